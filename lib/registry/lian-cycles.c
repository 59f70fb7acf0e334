/* lian-cycles.c: the trees of parent ids the registry keeps without cycles
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Organisations form a tree by their parent ids, enterprises by their
 * headquarters'. Adding a batch walks the parents of its records for a
 * way back to where the walk began; each record is visited once per
 * batch, so a tree 100,000 deep costs no more than 100,000 records side by
 * side.
 */
#include "config.h"

#include "lian-cycles-private.h"
#include "lian-refs-private.h"
#include "lian-record-private.h"
#include "lian-registry-struct-private.h"

LianEntry *
lian_registry_get_parent_entry (LianRegistry *self,
                                LianEntry    *entry)
{
  const char *parent_id = lian_row_get_parent_id (lian_record_kind_get_decl (entry->kind),
                                                  entry->row);
  LianEntry *parent = lian_registry_get_entry (self, parent_id);

  return parent && parent->kind == entry->kind ? parent : NULL;
}

/* Whether @entry's record is the registry's already: its object's owner,
 * or filed for a row a load gave (an object gets its owner when filed). */
static gboolean
held_already (LianRegistry *self,
              LianEntry    *entry)
{
  LianRecord *record = lian_entry_object (entry);

  return record ? lian_record_get_owner (record) == self : entry->filed;
}

/* Whether a record already in the registry names one of @batch as its
 * parent. When none does, no walk from the batch can come back to it
 * through the registry: a cycle is made of the batch alone. */
static gboolean
batch_is_named (LianRegistry *self,
                GPtrArray    *batch)
{
  /* A registry where nothing has a parent yet (one being loaded) names none. */
  if (g_hash_table_size (self->indexes[LIAN_INDEX_PARENT]) == 0)
    return FALSE;
  for (guint i = 0; i < batch->len; i++)
    {
      LianEntry *entry = g_ptr_array_index (batch, i);

      if (lian_registry_get_bucket (self, LIAN_INDEX_PARENT, lian_entry_id (entry)))
        return TRUE;
    }
  return FALSE;
}

/* The entries of @batch that lie on a cycle of parent ids, or NULL when
 * none does. Each record is walked through once, whatever the depth, and
 * the records already in the registry only when one of them names one of
 * the batch: adding one record at a time to a deep tree does not walk it. */
GHashTable *
lian_registry_find_cycles (LianRegistry *self,
                           GPtrArray    *batch)
{
  g_autoptr(GHashTable) walk_of = g_hash_table_new (NULL, NULL);   /* entry → walk */
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  gboolean through_registry = batch_is_named (self, batch);
  GHashTable *on_cycle = NULL;

  for (guint i = 0; i < batch->len; i++)
    {
      gpointer walk = GUINT_TO_POINTER (i + 1);
      LianEntry *current = g_ptr_array_index (batch, i);
      guint start;

      /* Without a parent, it lies on no cycle; a walk that comes to it ends. */
      if (lian_registry_get_parent_entry (self, current) == NULL)
        continue;
      g_ptr_array_set_size (path, 0);
      while (current && !g_hash_table_contains (walk_of, current))
        {
          g_hash_table_insert (walk_of, current, walk);
          g_ptr_array_add (path, current);
          current = lian_registry_get_parent_entry (self, current);
          if (current && !through_registry && held_already (self, current))
            current = NULL;
        }
      if (current == NULL || g_hash_table_lookup (walk_of, current) != walk)
        continue;
      /* This walk came back on itself: from @current on, it is a cycle. */
      for (start = path->len - 1; path->pdata[start] != current; start--)
        ;
      if (on_cycle == NULL)
        on_cycle = g_hash_table_new (NULL, NULL);
      for (guint p = start; p < path->len; p++)
        g_hash_table_add (on_cycle, path->pdata[p]);
    }
  return on_cycle;
}

char *
lian_registry_dup_cycle_trail (LianRegistry *self,
                               LianEntry    *entry)
{
  GString *trail = g_string_new (lian_entry_id (entry));
  LianEntry *current = entry;

  do
    {
      current = lian_registry_get_parent_entry (self, current);
      g_string_append_printf (trail, " → %s", lian_entry_id (current));
    }
  while (current != entry);
  return g_string_free (trail, FALSE);
}
