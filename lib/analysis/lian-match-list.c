/* lian-match-list.c: the matcher's results as a list model
 *
 * Matching every open need of a large register gives millions of
 * matches: they are kept as rows of a few words each, and a LianMatch is
 * made only for the rows someone asks for. The list keeps the matches it
 * made, as a GListStore would: asking twice gives the same object, and a
 * caller may use an item it unreferenced while the list lives.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-match-list-private.h"
#include "lian-match-private.h"

struct _LianMatchList
{
  GObject parent_instance;

  LianMatching *matching;
  GArray       *rows;          /* LianMatchRow */
  LianMatch   **made;          /* per row, NULL until asked for; NULL until one is */
  GObject      *keep;          /* nullable */
};

static void lian_match_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LianMatchList, lian_match_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      lian_match_list_model_init))

static GType
lian_match_list_get_item_type (GListModel *model)
{
  return LIAN_TYPE_MATCH;
}

static guint
lian_match_list_get_n_items (GListModel *model)
{
  return LIAN_MATCH_LIST (model)->rows->len;
}

static gpointer
lian_match_list_get_item (GListModel *model,
                          guint       position)
{
  LianMatchList *self = LIAN_MATCH_LIST (model);
  LianMatch **made, *match;

  if (position >= self->rows->len)
    return NULL;
  made = g_atomic_pointer_get (&self->made);
  if (made == NULL)
    {
      made = g_new0 (LianMatch *, self->rows->len);
      if (!g_atomic_pointer_compare_and_exchange (&self->made, NULL, made))
        {
          g_free (made);
          made = g_atomic_pointer_get (&self->made);
        }
    }
  match = g_atomic_pointer_get (&made[position]);
  if (match == NULL)
    {
      match = lian_match_new_from_row (self->matching,
                                       &g_array_index (self->rows, LianMatchRow, position));
      /* Two threads may make it at once: the first wins. */
      if (!g_atomic_pointer_compare_and_exchange (&made[position], NULL, match))
        {
          g_object_unref (match);
          match = g_atomic_pointer_get (&made[position]);
        }
    }
  return g_object_ref (match);
}

static void
lian_match_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lian_match_list_get_item_type;
  iface->get_n_items = lian_match_list_get_n_items;
  iface->get_item = lian_match_list_get_item;
}

static void
lian_match_list_dispose (GObject *object)
{
  LianMatchList *self = LIAN_MATCH_LIST (object);

  if (self->made)
    for (guint i = 0; i < self->rows->len; i++)
      g_clear_object (&self->made[i]);
  g_clear_object (&self->keep);

  G_OBJECT_CLASS (lian_match_list_parent_class)->dispose (object);
}

static void
lian_match_list_finalize (GObject *object)
{
  LianMatchList *self = LIAN_MATCH_LIST (object);

  g_free (self->made);
  g_array_unref (self->rows);
  lian_matching_unref (self->matching);

  G_OBJECT_CLASS (lian_match_list_parent_class)->finalize (object);
}

static void
lian_match_list_class_init (LianMatchListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lian_match_list_dispose;
  object_class->finalize = lian_match_list_finalize;
}

static void
lian_match_list_init (LianMatchList *self)
{
}

GListModel *
lian_match_list_new (LianMatching *matching,
                     GArray       *rows,
                     GObject      *keep)
{
  LianMatchList *self = g_object_new (LIAN_TYPE_MATCH_LIST, NULL);

  self->matching = lian_matching_ref (matching);
  self->rows = rows;
  self->keep = keep ? g_object_ref (keep) : NULL;
  return G_LIST_MODEL (self);
}
