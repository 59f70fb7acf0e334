/* lian-summary-lend.c: reading records held as rows without making their
 * objects
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A summary reads most records once and keeps nothing of them but their
 * ids (whose texts stay where the row has them). A record the registry
 * holds as a row is read through a shell of its kind, an object the row
 * is lent to for the time of the reading, so that no object is made for
 * it and none has to go back to a row when the summary ends. Shells nest:
 * a kind whose shell is lent takes another. What a summary reads of a
 * need makes nothing in its row (its history is peeked at, not made).
 */
#include "config.h"

#include "lian-summary-private.h"
#include "lian-registry-private.h"

/* @row's record, of @kind, lent to a shell. */
static LianRecord *
lend (LianCollect    *c,
      LianRecordKind  kind,
      gpointer        row)
{
  GPtrArray *free = c->shells[kind];
  LianRecord *shell;

  if (free && free->len > 0)
    shell = g_ptr_array_steal_index_fast (free, free->len - 1);
  else
    shell = g_object_new (lian_record_kind_get_gtype (kind), NULL);
  lian_record_lend_row (shell, row);
  return shell;
}

LianRecord *
lian_collect_borrow_entry (LianCollect *c,
                           LianEntry   *entry)
{
  if (!entry->unmade)
    return lian_entry_record (c->registry, entry);
  return lend (c, entry->kind, entry->row);
}

LianRecord *
lian_collect_borrow_at (LianCollect    *c,
                        GPtrArray      *records,
                        guint           i,
                        LianRecordKind  kind)
{
  gpointer item = lian_registry_item_at (records, i);

  if (!LIAN_ITEM_IS_ROW (item))
    return item;
  return lend (c, kind, LIAN_ITEM_ROW (item));
}

void
lian_collect_give_back (LianCollect *c,
                        LianRecord  *record)
{
  LianRecordKind kind;

  /* A record of the registry's has its owner; a shell has none. */
  if (lian_record_get_owner (record) != NULL)
    return;
  /* It keeps the row until the next is lent to it, or it goes. */
  kind = lian_record_get_record_kind (record);
  if (c->shells[kind] == NULL)
    c->shells[kind] = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (c->shells[kind], record);
}

void
lian_collect_clear_shells (LianCollect *c)
{
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      for (guint i = 0; c->shells[k] && i < c->shells[k]->len; i++)
        lian_record_unlend_row (c->shells[k]->pdata[i]);
      g_clear_pointer (&c->shells[k], g_ptr_array_unref);
    }
}
