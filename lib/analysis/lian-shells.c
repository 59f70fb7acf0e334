/* lian-shells.c: reading records held as rows without making their objects
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A summary or a check reads most records once and keeps nothing of them
 * but their ids and texts (which stay where the row has them). A record
 * the registry holds as a row is read through a shell of its kind, an
 * object the row is lent to for the time of the reading, so that no object
 * is made for it and none has to go back to a row when the reading ends.
 * What a summary or a check reads of a need makes nothing in its row (its
 * history is peeked at, not made).
 */
#include "config.h"

#include "lian-shells-private.h"

/* @row's record, of @kind, lent to a shell. */
static LianRecord *
lend (LianShells     *shells,
      LianRecordKind  kind,
      gpointer        row)
{
  GPtrArray *free = shells->free[kind];
  LianRecord *shell;

  if (free && free->len > 0)
    shell = g_ptr_array_steal_index_fast (free, free->len - 1);
  else
    shell = g_object_new (lian_record_kind_get_gtype (kind), NULL);
  lian_record_lend_row (shell, row);
  return shell;
}

LianRecord *
lian_shells_borrow_entry (LianShells   *shells,
                          LianRegistry *registry,
                          LianEntry    *entry)
{
  if (!entry->unmade)
    return lian_entry_record (registry, entry);
  return lend (shells, entry->kind, entry->row);
}

LianRecord *
lian_shells_borrow_at (LianShells     *shells,
                       LianRegistry   *registry,
                       GPtrArray      *records,
                       guint           i,
                       LianRecordKind  kind)
{
  gpointer item = lian_registry_item_at (records, i);

  if (!LIAN_ITEM_IS_ROW (item))
    return item;
  return lend (shells, kind, LIAN_ITEM_ROW (item));
}

void
lian_shells_give_back (LianShells *shells,
                       LianRecord *record)
{
  LianRecordKind kind;

  /* A record of the registry's has its owner; a shell has none. It keeps
   * the row until the next is lent to it, or it goes. */
  if (lian_record_get_owner (record) != NULL)
    return;
  kind = lian_record_get_record_kind (record);
  if (shells->free[kind] == NULL)
    shells->free[kind] = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (shells->free[kind], record);
}

void
lian_shells_clear (LianShells *shells)
{
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      for (guint i = 0; shells->free[k] && i < shells->free[k]->len; i++)
        lian_record_unlend_row (shells->free[k]->pdata[i]);
      g_clear_pointer (&shells->free[k], g_ptr_array_unref);
    }
}
