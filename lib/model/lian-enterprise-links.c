/* lian-enterprise-links.c: an enterprise's links to other records: its group
 * headquarters, the chains it is on, the enterprises merged into it and those
 * decided not to be the same
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-enterprise-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

#define props lian_enterprise_props

/* The key of that array in the enterprise's data, found once: a
 * quark's table is locked and searched at every look-up by name. */
static GQuark
array_quark (void)
{
  static gsize quark;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("lian-chain-links"));
  return (GQuark) quark;
}

/* The array lian_enterprise_get_chain_links() made, kept with the
 * enterprise once made: a caller may hold it across changes. */
static GPtrArray *
peek_array (LianEnterprise *self)
{
  return g_object_get_qdata (G_OBJECT (self), array_quark ());
}

void
lian_enterprise_sync_chain_links (LianEnterprise *self)
{
  GPtrArray *array;
  LianChainLink * const *links;
  guint n;

  /* No data at all, no array: its lock is not taken (a row given away). */
  if (G_OBJECT (self)->qdata == NULL || (array = peek_array (self)) == NULL)
    return;
  links = lian_chain_links_peek (&ENTERPRISE_ROW (self)->chain_links, &n);
  g_ptr_array_set_size (array, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, lian_chain_link_ref (links[i]));
}

LianChainLink * const *
lian_enterprise_peek_chain_links (LianEnterprise *self,
                                  guint          *n)
{
  return lian_chain_links_peek (&ENTERPRISE_ROW (self)->chain_links, n);
}

/* Tells of a change of the links; the chain ids are made again when asked for. */
static void
chain_links_changed (LianEnterprise *self)
{
  lian_enterprise_sync_chain_links (self);
  lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
}

/**
 * lian_enterprise_get_parent_id:
 * @self: an enterprise
 *
 * Gets the id of the enterprise's group headquarters.
 *
 * Returns: (nullable): the id, or `NULL` if it has none
 */
const char *
lian_enterprise_get_parent_id (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return ENTERPRISE_ROW (self)->parent_id;
}

/**
 * lian_enterprise_set_parent_id:
 * @self: an enterprise
 * @parent_id: (nullable): the id of another [class@Lian.Enterprise]
 *
 * Sets the enterprise's group headquarters, possibly in another province.
 */
void
lian_enterprise_set_parent_id (LianEnterprise *self,
                               const char     *parent_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (lian_str_set (&ENTERPRISE_ROW (self)->parent_id, parent_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PARENT_ID]);
}

/**
 * lian_enterprise_add_chain_link:
 * @self: an enterprise
 * @chain_id: the id of a [class@Lian.Chain]
 * @segment: (nullable): the segment of the chain it works in, if known
 * @role: its role on the chain
 *
 * Puts the enterprise on a chain. A new chain is added after the others; if
 * the enterprise is already on @chain_id, that link is replaced where it
 * stands. Nothing changes if the link would be the same.
 *
 * ```c
 * lian_enterprise_add_chain_link (ent, "chain-ic", "封装测试", LIAN_CHAIN_ROLE_CORE);
 * ```
 */
void
lian_enterprise_add_chain_link (LianEnterprise *self,
                                const char     *chain_id,
                                const char     *segment,
                                LianChainRole   role)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));
  g_return_if_fail (chain_id != NULL);

  if (lian_chain_links_add (&ENTERPRISE_ROW (self)->chain_links, chain_id, segment, role))
    chain_links_changed (self);
}

void
lian_enterprise_add_link (LianEnterprise *self,
                          LianChainLink  *link)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  if (lian_enterprise_row_add_link (ENTERPRISE_ROW (self), link))
    chain_links_changed (self);
}

gboolean
lian_enterprise_row_add_link (LianEnterpriseRow *row,
                              LianChainLink     *link)
{
  return lian_chain_links_take (&row->chain_links, lian_chain_link_ref (link));
}

LianChainLink *
lian_enterprise_row_get_chain_link (LianEnterpriseRow *row,
                                    const char        *chain_id)
{
  return lian_chain_links_find (&row->chain_links, chain_id);
}

/**
 * lian_enterprise_remove_chain_link:
 * @self: an enterprise
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Takes the enterprise off a chain. The other links keep their order.
 *
 * Returns: true if the enterprise was on @chain_id
 */
gboolean
lian_enterprise_remove_chain_link (LianEnterprise *self,
                                   const char     *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), FALSE);
  g_return_val_if_fail (chain_id != NULL, FALSE);

  if (!lian_chain_links_remove (&ENTERPRISE_ROW (self)->chain_links, chain_id))
    return FALSE;
  chain_links_changed (self);
  return TRUE;
}

/**
 * lian_enterprise_get_chain_link:
 * @self: an enterprise
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Gets the enterprise's link to a chain.
 *
 * Returns: (transfer none) (nullable): the link, or `NULL` if the
 *   enterprise is not on @chain_id
 */
LianChainLink *
lian_enterprise_get_chain_link (LianEnterprise *self,
                                const char     *chain_id)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);
  g_return_val_if_fail (chain_id != NULL, NULL);

  return lian_enterprise_row_get_chain_link (ENTERPRISE_ROW (self), chain_id);
}

/**
 * lian_enterprise_get_chain_links:
 * @self: an enterprise
 *
 * Gets the enterprise's links to chains, in the order they were added. The
 * array is made when first asked for; it belongs to the enterprise and
 * changes with it: do not modify it, and take a reference to a link to keep
 * it. To read the links, [method@Lian.Enterprise.get_chain_ids] and
 * [method@Lian.Enterprise.get_chain_link] make nothing.
 *
 * Returns: (transfer none) (element-type LianChainLink): the links, perhaps
 *   none
 */
GPtrArray *
lian_enterprise_get_chain_links (LianEnterprise *self)
{
  GPtrArray *array;

  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  array = peek_array (self);
  if (array == NULL)
    {
      array = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_chain_link_unref);
      g_object_set_qdata_full (G_OBJECT (self), array_quark (),
                               array, (GDestroyNotify) g_ptr_array_unref);
      lian_enterprise_sync_chain_links (self);
    }
  return array;
}

/**
 * lian_enterprise_get_chain_ids:
 * @self: an enterprise
 *
 * Gets the ids of the chains the enterprise is on, in the order of its
 * links. The array belongs to the enterprise's links: it is valid until
 * the enterprise's chain links next change; copy it (g_strdupv()) to keep
 * it longer.
 *
 * Returns: (transfer none) (array zero-terminated=1): the chain ids, perhaps
 *   none
 */
const char * const *
lian_enterprise_get_chain_ids (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return lian_chain_links_get_ids (&ENTERPRISE_ROW (self)->chain_links);
}

/**
 * lian_enterprise_get_aliases:
 * @self: an enterprise
 *
 * Gets the ids of the enterprises merged into this one.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly empty
 */
const char * const *
lian_enterprise_get_aliases (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return lian_strv_get (ENTERPRISE_ROW (self)->aliases);
}

/**
 * lian_enterprise_set_aliases:
 * @self: an enterprise
 * @aliases: (nullable) (array zero-terminated=1): ids of enterprises merged
 *   into this one
 *
 * Sets the ids of the enterprises merged into this one.
 */
void
lian_enterprise_set_aliases (LianEnterprise     *self,
                             const char * const *aliases)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (lian_strv_set (&ENTERPRISE_ROW (self)->aliases, aliases))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ALIASES]);
}

/**
 * lian_enterprise_get_not_duplicates:
 * @self: an enterprise
 *
 * Gets the ids of enterprises decided not to be the same as this one.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly empty
 */
const char * const *
lian_enterprise_get_not_duplicates (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return lian_strv_get (ENTERPRISE_ROW (self)->not_duplicates);
}

/**
 * lian_enterprise_set_not_duplicates:
 * @self: an enterprise
 * @ids: (nullable) (array zero-terminated=1): ids of enterprises that are
 *   not the same as this one
 *
 * Sets the ids of enterprises decided not to be the same as this one.
 */
void
lian_enterprise_set_not_duplicates (LianEnterprise     *self,
                                    const char * const *ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (lian_strv_set (&ENTERPRISE_ROW (self)->not_duplicates, ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_NOT_DUPLICATES]);
}
