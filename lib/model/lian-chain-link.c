/* lian-chain-link.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-chain-link-private.h"
#include "lian-error.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-i18n-private.h"

/**
 * LianChainLink:
 *
 * An enterprise's place on one industrial chain: the id of the
 * [class@Lian.Chain], the segment of the chain it works in, if known, and its
 * [enum@Lian.ChainRole] there.
 *
 * A link is immutable and reference counted: a link taken from an
 * enterprise keeps saying what it said. To move an enterprise on a chain,
 * call [method@Lian.Enterprise.add_chain_link] again; it replaces the link.
 *
 * ```python
 * link = Lian.ChainLink.new('chain-ic', '封装测试', Lian.ChainRole.CORE)
 * print(link.get_chain_id(), link.get_segment(), link.get_role())
 * ```
 */

struct _LianChainLink
{
  gatomicrefcount ref_count;

  LianChainRole role;
  char *segment;
  union
  {
    char       *chain_id;
    const char *ids[2];  /* {chain_id, NULL}: the chain ids of a record
                          * linked by this link alone */
  };
};

G_DEFINE_BOXED_TYPE (LianChainLink, lian_chain_link,
                     lian_chain_link_ref, lian_chain_link_unref)

/**
 * lian_chain_link_new:
 * @chain_id: the id of a [class@Lian.Chain]
 * @segment: (nullable): the segment of the chain, one of the chain's
 *   [property@Lian.Chain:segments], or `NULL` if not known
 * @role: the enterprise's role on the chain
 *
 * Creates a chain link. [method@Lian.Record.validate] on the enterprise
 * holding it checks the chain id and the segment.
 *
 * Returns: (transfer full): a new chain link
 */
LianChainLink *
lian_chain_link_new (const char    *chain_id,
                     const char    *segment,
                     LianChainRole  role)
{
  LianChainLink *self;

  g_return_val_if_fail (chain_id != NULL, NULL);

  self = g_new0 (LianChainLink, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->chain_id = lian_str_new_shared (chain_id);
  self->segment = lian_str_new_shared (segment);
  self->role = role;
  return self;
}

/**
 * lian_chain_link_ref:
 * @self: a chain link
 *
 * Takes a reference to @self.
 *
 * Returns: (transfer full): @self
 */
LianChainLink *
lian_chain_link_ref (LianChainLink *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * lian_chain_link_unref:
 * @self: (transfer full): a chain link
 *
 * Drops a reference to @self, and frees it when that was the last.
 */
void
lian_chain_link_unref (LianChainLink *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  lian_str_free_shared (self->chain_id);
  lian_str_free_shared (self->segment);
  g_free (self);
}

/**
 * lian_chain_link_get_chain_id:
 * @self: a chain link
 *
 * Gets the id of the chain.
 *
 * Returns: the id of a [class@Lian.Chain]
 */
const char *
lian_chain_link_get_chain_id (const LianChainLink *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->chain_id;
}

/**
 * lian_chain_link_get_segment:
 * @self: a chain link
 *
 * Gets the segment of the chain the enterprise works in.
 *
 * Returns: (nullable): the segment, or `NULL` if not known
 */
const char *
lian_chain_link_get_segment (const LianChainLink *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->segment;
}

/**
 * lian_chain_link_get_role:
 * @self: a chain link
 *
 * Gets the enterprise's role on the chain.
 *
 * Returns: the role
 */
LianChainRole
lian_chain_link_get_role (const LianChainLink *self)
{
  g_return_val_if_fail (self != NULL, LIAN_CHAIN_ROLE_LEADER);

  return self->role;
}

/**
 * lian_chain_link_equal:
 * @a: (nullable): a chain link
 * @b: (nullable): another chain link
 *
 * Whether @a and @b say the same: the same chain, the same segment (or both
 * none) and the same role. Two `NULL` links are equal.
 *
 * Returns: true if the links are equal
 */
gboolean
lian_chain_link_equal (const LianChainLink *a,
                       const LianChainLink *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return a->role == b->role &&
         g_strcmp0 (a->chain_id, b->chain_id) == 0 &&
         g_strcmp0 (a->segment, b->segment) == 0;
}

/* Private API */

/* Past this many links, a table finds a chain's link without a scan. */
#define INDEXED_FROM 8

struct _LianChainLinksList
{
  guint          len;
  GHashTable    *index;    /* chain id → 1 + position, or NULL while few */
  const char   **ids;      /* the links' own ids, or NULL until asked for */
  LianChainLink *items[];  /* len of them, in room_for (len) */
};

/* A list is told from a single link by the lowest bit of the pointer:
 * both are allocations, aligned on more than 2. */
#define LIST_BIT ((guintptr) 1)

static inline LianChainLink *
one_of (const LianChainLinks *links)
{
  return ((guintptr) links->p & LIST_BIT) ? NULL : links->p;
}

static inline LianChainLinksList *
list_of (const LianChainLinks *links)
{
  return ((guintptr) links->p & LIST_BIT) ? (gpointer) ((guintptr) links->p & ~LIST_BIT) : NULL;
}

static inline void
set_list (LianChainLinks     *links,
          LianChainLinksList *list)
{
  g_assert (((guintptr) list & LIST_BIT) == 0);
  links->p = (gpointer) ((guintptr) list | LIST_BIT);
}

/* The room a list of @len links has: a power of 2, so that links added
 * one at a time move the list a logarithmic number of times. */
static gsize
room_for (guint len)
{
  gsize room = 2;

  while (room < len)
    room <<= 1;
  return room;
}

static LianChainLinksList *
list_resize (LianChainLinksList *list,
             guint               len)
{
  if (list == NULL || room_for (len) != room_for (list->len))
    list = g_realloc (list, sizeof (LianChainLinksList) + room_for (len) * sizeof (LianChainLink *));
  list->len = len;
  return list;
}

void
lian_chain_links_init (LianChainLinks *links)
{
  links->p = NULL;
}

void
lian_chain_links_clear (LianChainLinks *links)
{
  if (one_of (links))
    lian_chain_link_unref (one_of (links));
  else if (list_of (links))
    {
      LianChainLinksList *list = list_of (links);

      for (guint i = 0; i < list->len; i++)
        lian_chain_link_unref (list->items[i]);
      g_clear_pointer (&list->index, g_hash_table_unref);
      g_free (list->ids);
      g_free (list);
    }
  lian_chain_links_init (links);
}

LianChainLink * const *
lian_chain_links_peek (const LianChainLinks *links,
                       guint                *n)
{
  LianChainLinksList *list = list_of (links);

  if (links->p && list == NULL)
    {
      /* The pointer is the link itself. */
      *n = 1;
      return (LianChainLink * const *) &links->p;
    }
  *n = list ? list->len : 0;
  return list ? list->items : NULL;
}

/* The table holds chain id → 1 + position; the keys are the links' own. */
static void
index_from (LianChainLinksList *list,
            guint               from)
{
  if (list->index == NULL)
    {
      if (list->len < INDEXED_FROM)
        return;
      list->index = g_hash_table_new (g_str_hash, g_str_equal);
      from = 0;
    }
  for (guint i = from; i < list->len; i++)
    g_hash_table_replace (list->index, list->items[i]->chain_id, GUINT_TO_POINTER (i + 1));
}

static gboolean
find_index (LianChainLinks *links,
            const char     *chain_id,
            guint          *index)
{
  guint n;
  LianChainLink * const *items = lian_chain_links_peek (links, &n);

  if (n > 1 && list_of (links)->index)
    {
      guint found = GPOINTER_TO_UINT (g_hash_table_lookup (list_of (links)->index, chain_id));

      *index = found - 1;
      return found > 0;
    }
  for (guint i = 0; i < n; i++)
    if (g_str_equal (items[i]->chain_id, chain_id))
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

static void
append (LianChainLinks *links,
        LianChainLink  *link)
{
  LianChainLinksList *list;
  guint n;

  lian_chain_links_peek (links, &n);
  if (n == 0)
    {
      links->p = link;
      return;
    }
  if (n == 1)
    {
      list = g_malloc0 (sizeof (LianChainLinksList) + room_for (2) * sizeof (LianChainLink *));
      list->len = 1;
      list->items[0] = one_of (links);
    }
  else
    list = list_of (links);
  list = list_resize (list, n + 1);
  list->items[n] = link;
  g_clear_pointer (&list->ids, g_free);
  index_from (list, n);
  set_list (links, list);
}

gboolean
lian_chain_links_add (LianChainLinks *links,
                      const char     *chain_id,
                      const char     *segment,
                      LianChainRole   role)
{
  return lian_chain_links_take (links, lian_chain_link_new (chain_id, segment, role));
}

gboolean
lian_chain_links_take (LianChainLinks *links,
                       LianChainLink  *link)
{
  guint index, n;
  LianChainLink **items;

  if (!find_index (links, link->chain_id, &index))
    {
      append (links, link);
      return TRUE;
    }
  items = (LianChainLink **) lian_chain_links_peek (links, &n);
  if (lian_chain_link_equal (items[index], link))
    {
      lian_chain_link_unref (link);
      return FALSE;
    }
  /* In place, with the ids of the new link. */
  lian_chain_link_unref (items[index]);
  items[index] = link;
  if (n > 1)
    {
      g_clear_pointer (&list_of (links)->ids, g_free);
      if (list_of (links)->index)
        index_from (list_of (links), index);
    }
  return TRUE;
}

gboolean
lian_chain_links_remove (LianChainLinks *links,
                         const char     *chain_id)
{
  LianChainLinksList *list = list_of (links);
  guint index, n;

  if (!find_index (links, chain_id, &index))
    return FALSE;
  lian_chain_links_peek (links, &n);
  if (n == 1)
    {
      lian_chain_links_clear (links);
      return TRUE;
    }
  /* The table first: @chain_id may be the removed link's own. */
  if (list->index)
    g_hash_table_remove (list->index, chain_id);
  lian_chain_link_unref (list->items[index]);
  memmove (list->items + index, list->items + index + 1, (n - index - 1) * sizeof (LianChainLink *));
  list->len = n - 1;
  g_clear_pointer (&list->ids, g_free);
  if (list->index)
    index_from (list, index);
  if (n == 2)
    {
      LianChainLink *last = list->items[0];

      g_clear_pointer (&list->index, g_hash_table_unref);
      g_free (list);
      links->p = last;
    }
  else
    set_list (links, list_resize (list, n - 1));
  return TRUE;
}

LianChainLink *
lian_chain_links_find (LianChainLinks *links,
                       const char     *chain_id)
{
  guint index, n;
  LianChainLink * const *items = lian_chain_links_peek (links, &n);

  return find_index (links, chain_id, &index) ? items[index] : NULL;
}

const char * const *
lian_chain_links_get_ids (LianChainLinks *links)
{
  LianChainLinksList *list = list_of (links);

  if (one_of (links))
    return one_of (links)->ids;
  if (list == NULL)
    return lian_strv_empty;
  if (list->ids == NULL)
    {
      list->ids = g_new (const char *, list->len + 1);
      for (guint i = 0; i < list->len; i++)
        list->ids[i] = list->items[i]->chain_id;
      list->ids[list->len] = NULL;
    }
  return list->ids;
}

gboolean
lian_chain_links_check (const LianChainLinks  *links,
                        const char            *field,
                        GError               **error)
{
  guint n;
  LianChainLink * const *items = lian_chain_links_peek (links, &n);

  for (guint i = 0; i < n; i++)
    {
      const LianChainLink *link = items[i];

      if (!lian_check_id_field (NULL, link->chain_id, TRUE, NULL))
        {
          g_autofree char *item = g_strdup_printf ("%s[%u].chain", field, i);
          return lian_check_id_field (item, link->chain_id, TRUE, error);
        }
      if (link->segment != NULL && link->segment[0] == '\0')
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("%s[%u].segment: an empty string"), field, i);
          return FALSE;
        }
    }
  return TRUE;
}
