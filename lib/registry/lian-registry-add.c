/* lian-registry-add.c: adding records to a registry, and telling of them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An addition enters its records in the table of entries, checks them,
 * hands them to a store or a batch, files them, puts them in their
 * kinds' lists and tells of them: record-added, then the journal.
 */
#include "config.h"

#include "lian-registry-change-private.h"
#include "lian-registry-people-private.h"
#include "lian-record-private.h"
#include "lian-change-private.h"
#include "lian-pages-private.h"

gboolean
lian_registry_additions_told (LianRegistry *self)
{
  return lian_registry_additions_listened (self) || self->clearing || lian_registry_hooks_maybe ();
}

GPtrArray *
lian_registry_slots_of (LianRegistry *self,
                        GPtrArray    *batch)
{
  GPtrArray *slots;
  gboolean told = FALSE;
  guint i;

  for (i = 0; i < batch->len && !((LianEntry *) batch->pdata[i])->unmade; i++)
    ;
  if (i == batch->len)
    return NULL;
  told = lian_registry_additions_told (self);
  slots = lian_pages_ptr_array (batch->len);
  for (i = 0; i < batch->len; i++)
    {
      LianEntry *entry = batch->pdata[i];

      g_ptr_array_add (slots, told || !entry->unmade ? (gpointer) lian_entry_record (self, entry)
                                                     : LIAN_SLOT_OF_ENTRY (entry));
    }
  return slots;
}

static gpointer
ref_record (gconstpointer record,
            gpointer      data)
{
  return g_object_ref ((gpointer) record);
}

/* An addition being told: its records (@first_seq to @end_seq, not
 * included, in their order) go into their lists, then record-added tells
 * of each; those from @told_seq on are not told of yet. */
struct _LianTelling
{
  LianRegistry        *registry;
  guint64              stamp;      /* the registry's when the telling began */
  guint64              first_seq;
  guint64              told_seq;
  guint64              end_seq;
  gboolean             held;       /* the records are held while handlers run */
  struct _LianTelling *outer;
};

/* While no handler filed or unfiled a record, or disposed of the
 * registry, each record is still held as the addition added it (and its
 * memory need not be read again). */
static gboolean
untouched (struct _LianTelling *t)
{
  return t->registry->stamp == t->stamp && !t->registry->disposed;
}

/* Whether @record (NULL: every record) is still held as the addition
 * added it: not removed by a handler, nor removed and added again (that
 * addition tells of it). With no handler, only an emission hook can have
 * changed the registry: the records it let go of may be gone, and none
 * is looked at. */
static gboolean
still_added (LianRecord *record,
             gpointer    data)
{
  struct _LianTelling *t = data;
  LianEntry *entry;

  if (untouched (t))
    return TRUE;
  if (record == NULL || !t->held || lian_record_get_owner (record) != t->registry)
    return FALSE;
  entry = lian_registry_get_entry (t->registry, lian_record_get_id (record));
  return entry && lian_entry_object (entry) == record && entry->seq >= t->first_seq && entry->seq < t->end_seq;
}

gboolean
lian_registry_is_untold (LianRegistry *self,
                         LianEntry    *entry)
{
  if (entry->untold)
    return TRUE;
  for (struct _LianTelling *t = self->telling; t; t = t->outer)
    if (entry->seq >= t->told_seq && entry->seq < t->end_seq)
      return TRUE;
  return FALSE;
}

void
lian_registry_list_added (LianRegistry    *self,
                          GPtrArray       *records,
                          const LianAdded *added)
{
  /* Handlers may remove records, clear or dispose of the registry
   * meanwhile, and a load's records have no other reference than the
   * registry's: they are held while handlers run. */
  g_autoptr(GPtrArray) held = lian_registry_additions_listened (self) ||
                              (self->clearing && lian_registry_removals_watched (self))
                              ? g_ptr_array_copy (records, ref_record, NULL) : NULL;
  struct _LianTelling t = { self, self->stamp, self->next_seq - records->len,
                            self->next_seq - records->len, self->next_seq, held != NULL,
                            self->telling };

  if (held)
    {
      g_ptr_array_set_free_func (held, g_object_unref);
      records = held;
    }
  /* A handler may let go of the registry meanwhile. */
  g_object_ref (self);
  self->telling = &t;
  lian_record_lists_append (self->lists, LIAN_N_RECORD_KINDS, records, added->first, added->last,
                            added->count);
  /* Slots of entries with no object: no one is told (see above). */
  if (records->len > 0 && LIAN_SLOT_IS_ENTRY (records->pdata[0]))
    g_assert (held == NULL);
  for (guint i = 0; i < records->len && (held || untouched (&t)) &&
                    !LIAN_SLOT_IS_ENTRY (records->pdata[i]); i++)
    {
      /* Taken by a clear that has not told so yet: it does now, while
       * the record is untold (a handler that removes it tells no one). */
      if (self->clearing)
        lian_registry_tell_cleared (self, records->pdata[i]);
      t.told_seq = t.first_seq + i + 1;
      if (still_added (records->pdata[i], &t))
        lian_registry_emit_added (self, records->pdata[i]);
    }
  self->telling = t.outer;
  g_object_unref (self);
}

/* Journals each entry of @batch, an addition that can no longer fail
 * (@additions: its changes, when a store or a batch took them), and files
 * it (@firms: each need's enterprise); notes its kinds in @added. */
static void
journal_and_file (LianRegistry  *self,
                  GPtrArray     *batch,
                  GPtrArray     *additions,
                  LianEntry    **firms,
                  gboolean       loading,
                  LianAdded     *added)
{
  gint64 now = g_get_real_time ();

  for (guint i = 0; i < batch->len; i++)
    {
      LianEntry *entry = g_ptr_array_index (batch, i);
      LianRecord *record = lian_entry_object (entry);
      LianRowHead *head = entry->row;

      if (head->revision == 0)
        head->revision = 1;
      if (additions)
        lian_registry_journal (self, additions->pdata[i]);
      else if (!loading && record == NULL)
        lian_journal_append_row (self->journal, ++self->journal_seq, now, self->actor,
                                 LIAN_CHANGE_OPERATION_ADD, entry, head->revision);
      else if (!loading)
        lian_journal_append_bare (self->journal, ++self->journal_seq, now, self->actor,
                                  LIAN_CHANGE_OPERATION_ADD, record,
                                  lian_record_get_revision (record));
      entry->seq = self->next_seq++;
      lian_index_prefetch_firms (self, firms, batch->len, i);
      lian_index_file_with (self, entry, firms[i]);
      if (record)
        lian_record_set_owner (g_object_ref (record), self, lian_registry_record_changed);
      lian_added_note (added, entry->kind, i);
    }
}

/* Whether the references @checked tells were checked still hold: no
 * record filed or unfiled since, and no clear or batch running, which
 * see records otherwise. */
static gboolean
still_checked (LianRegistry      *self,
               const LianChecked *checked)
{
  return checked && checked->stamp == self->stamp && self->clear_floor == 0 &&
         self->batch == NULL;
}

static gboolean
add_records (LianRegistry      *self,
             GPtrArray         *records,
             const LianChecked *checked,
             LianWhereFunc      where_func,
             gpointer           where_data,
             gboolean           loading,
             GError           **error)
{
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(GPtrArray) additions = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(LianJournal) journal = NULL;
  LianAdded added = { { 0, }, };
  /* Each need's enterprise, found once by the check for the filing. */
  g_autofree LianEntry **firms = g_new0 (LianEntry *, records->len);

  /* A load's items may be rows (lian-record-private.h), an addition's
   * when the registry takes them as rows. */
  gboolean rows = loading || lian_registry_adds_rows (self);
  gboolean any_row = FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      LianRecord *record = g_ptr_array_index (records, i);

      if (rows && LIAN_ITEM_IS_ROW (record))
        {
          any_row = TRUE;
          continue;
        }
      g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);
      g_return_val_if_fail (lian_record_get_owner (record) == NULL, FALSE);
    }

  batch = lian_registry_enter_records (self, records, where_func, where_data,
                                       checked ? checked->hashes : NULL,
                                       still_checked (self, checked), firms, error);
  if (batch == NULL)
    return FALSE;
  if (!loading && !lian_registry_check_additions (self, batch, error))
    {
      lian_registry_forget_entries (self, batch);
      return FALSE;
    }

  /* A store or a batch takes the additions as LianChange objects; the
   * journal alone keeps them bare. */
  if (!loading && (self->committer || self->batch))
    {
      additions = lian_registry_new_additions (self, batch);
      if (!lian_registry_commit_changes (self, additions, NULL, error))
        {
          lian_registry_forget_entries (self, batch);
          return FALSE;
        }
    }

  /* Nothing can fail from here on. The journal tells of the additions
   * together, once they are in their lists. */
  lian_journal_hold (self->journal, loading ? 0 : batch->len);
  journal_and_file (self, batch, additions, firms, loading, &added);
  /* Given back before the lists grow, which is when a load's memory peaks. */
  g_clear_pointer (&firms, g_free);
  slots = lian_registry_slots_of (self, batch);
  /* @records may hold rows whose objects a handler of the journal made
   * meanwhile (it read the entries): the lists take the objects. */
  if (slots == NULL && any_row)
    {
      slots = lian_pages_ptr_array (batch->len);
      for (guint i = 0; i < batch->len; i++)
        g_ptr_array_add (slots, lian_entry_record (self, g_ptr_array_index (batch, i)));
    }
  g_clear_pointer (&batch, g_ptr_array_unref);
  /* The journal tells last, once the records are in their lists: a
   * handler of it may remove them, or let go of the registry. */
  journal = g_object_ref (self->journal);
  lian_registry_list_added (self, slots ? slots : records, &added);
  lian_journal_release (journal);
  return TRUE;
}

gboolean
lian_registry_adds_rows (LianRegistry *self)
{
  return self->committer == NULL && self->batch == NULL && self->person == NULL &&
         !lian_registry_additions_told (self);
}

gboolean
lian_registry_add_many_at (LianRegistry   *self,
                           GPtrArray      *records,
                           LianWhereFunc   where_func,
                           gpointer        where_data,
                           GError        **error)
{
  return lian_registry_check_open (self, error) &&
         add_records (self, records, NULL, where_func, where_data, self->loading, error);
}

gboolean
lian_registry_add_checked_at (LianRegistry      *self,
                              GPtrArray         *records,
                              const LianChecked *checked,
                              LianWhereFunc      where_func,
                              gpointer           where_data,
                              GError           **error)
{
  return lian_registry_check_open (self, error) &&
         add_records (self, records, checked, where_func, where_data, self->loading, error);
}

gboolean
lian_registry_load_many_at (LianRegistry   *self,
                            GPtrArray      *records,
                            LianWhereFunc   where_func,
                            gpointer        where_data,
                            GError        **error)
{
  return add_records (self, records, NULL, where_func, where_data, TRUE, error);
}

/**
 * lian_registry_add:
 * @self: a registry
 * @record: a record that belongs to no registry yet
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Adds @record, after checking that it is one of lian's kinds of record
 * (`LIAN_REGISTRY_ERROR_UNKNOWN_TYPE` otherwise), its fields, that its id is new, that every
 * id it refers to is in the registry and of the right kind, and that it
 * closes no cycle in the organisation tree or among headquarters (an
 * enterprise whose [property@Lian.Enterprise:parent-id] leads back to it).
 *
 * Returns: true if @record was added; false with an error that names the
 *   record, the field and the reason otherwise, the registry unchanged
 */
gboolean
lian_registry_add (LianRegistry  *self,
                   LianRecord    *record,
                   GError       **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_ptr_array_add (one, record);
  return lian_registry_add_many (self, one, error);
}

/**
 * lian_registry_add_many:
 * @self: a registry
 * @records: (element-type LianRecord): records that belong to no registry yet
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Adds all of @records or none. They may refer to each other in any order:
 * a need and the project that bundles it can come together.
 *
 * Each kind's list then tells of its new records (`items-changed`, one a
 * list), in the order of the kinds, and shows them from then on; a record
 * a handler removes before its list told of it is neither shown nor told
 * of. Then [signal@Lian.Registry::record-added] tells of each record still
 * held as this addition added it.
 *
 * Returns: true if every record was added; false with an error about the
 *   first problem, the registry unchanged
 */
gboolean
lian_registry_add_many (LianRegistry  *self,
                        GPtrArray     *records,
                        GError       **error)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* What a document or a CSV file gave is no longer than it allows. */
  return lian_registry_check_texts (records, error) &&
         lian_registry_add_many_at (self, records, NULL, NULL, error);
}
