/* lian-registry-remove.c: taking records out of a registry, and what
 * they take with them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <pthread.h>

#include "lian-registry-change-private.h"
#include "lian-registry-people-private.h"
#include "lian-refs-private.h"
#include "lian-record-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* Removing */

typedef struct
{
  LianRecord *referrer;   /* owned */
  char       *field;
  char       *target;
} Unlink;

static void
unlink_free (gpointer data)
{
  Unlink *u = data;

  g_object_unref (u->referrer);
  g_free (u->field);
  g_free (u->target);
  g_free (u);
}

typedef struct
{
  const char *target;
  gboolean    required;
  GPtrArray  *unlinks;
  char       *field;   /* the first field found */
} FindRefs;

static void
find_refs_cb (LianRecord    *record,
              const LianRef *ref,
              gpointer       data)
{
  FindRefs *find = data;
  Unlink *u;

  if (!g_str_equal (ref->target, find->target))
    return;
  if (find->field == NULL)
    find->field = g_strdup (ref->field);
  if (ref->required)
    {
      find->required = TRUE;
      return;
    }
  u = g_new0 (Unlink, 1);
  u->referrer = g_object_ref (record);
  u->field = g_strdup (ref->field);
  u->target = g_strdup (ref->target);
  g_ptr_array_add (find->unlinks, u);
}

/* Where a record added at @seq stands, or would stand, in @records, the
 * records of a kind in the order of addition: every record there is
 * filed, and an undone batch puts a record back where it stood. */
guint
lian_registry_place_of (LianRegistry *self,
                        GPtrArray    *records,
                        guint64       seq)
{
  guint low = 0, high = records->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      LianEntry *entry = lian_record_list_slot_entry (records, middle);

      if (entry == NULL)
        entry = lian_registry_get_entry (self, lian_record_get_id (records->pdata[middle]));
      if (entry == NULL)   /* not filed: the caller's hint will be wrong */
        return records->len;
      if (entry->seq < seq)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* Emission hooks */

/* GLib tells of no emission hook: g_signal_has_handler_pending() does not
 * see them. But the ids it gives hooks only grow, one a hook: a probe
 * added and removed at once takes the next id after the last probe's,
 * unless someone added a hook meanwhile, to any signal. From then on, a
 * hook may run while records are removed (of record-removed, of a list's
 * items-changed; a record's notify takes none). */
static guint removed_signal;
static gulong last_probe;
static gint hooked;
/* A pthread mutex, which thread checkers follow: loads in several threads
 * probe at once. */
static pthread_mutex_t probe_lock = PTHREAD_MUTEX_INITIALIZER;

static gboolean
probe_cb (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               data)
{
  return TRUE;   /* run by an emission in another thread: removed by its prober */
}

static gulong
probe_hooks (void)
{
  gulong id = g_signal_add_emission_hook (removed_signal, 0, probe_cb, NULL, NULL);

  g_signal_remove_emission_hook (removed_signal, id);
  return id;
}

/* From the registry's class_init, before anyone can add a hook to
 * @signal_id, record-removed. */
void
lian_registry_hooks_init (guint signal_id)
{
  pthread_mutex_lock (&probe_lock);
  removed_signal = signal_id;
  last_probe = probe_hooks ();
  /* GLib numbers hooks from 1: a probe that is not the first hook ever
   * added comes after one someone added before this class was made (to
   * a list's items-changed, say), which may still be there. */
  if (last_probe != 1)
    g_atomic_int_set (&hooked, TRUE);
  pthread_mutex_unlock (&probe_lock);
}

/* Whether an emission hook may run, as far as can be known: a few
 * hundred nanoseconds while no one ever added one. */
gboolean
lian_registry_hooks_maybe (void)
{
  if (g_atomic_int_get (&hooked))
    return TRUE;
  pthread_mutex_lock (&probe_lock);
  if (!hooked)
    {
      gulong id = probe_hooks ();

      if (id != last_probe + 1)
        g_atomic_int_set (&hooked, TRUE);
      last_probe = id;
    }
  pthread_mutex_unlock (&probe_lock);
  return g_atomic_int_get (&hooked);
}

/* Forgets @entry's record, which the caller holds, before its list tells
 * anyone: a change a handler makes to it must not file it again. */
static void
forget_entry (LianRegistry *self,
              LianEntry    *entry)
{
  LianRecordList *list = self->lists[entry->kind];
  LianRecord *record;

  /* Its list's slot may name the entry, which goes: it takes the object. */
  if (list && lian_record_list_has_entries (list))
    {
      guint place = lian_registry_place_of (self, lian_record_list_get_array (list), entry->seq);

      lian_record_list_settle (list, entry, place);
    }
  record = lian_entry_record (self, entry);
  /* The journal may tell of its addition as a row's: it takes the object. */
  if (self->journal)
    lian_journal_settle (self->journal, entry);

  lian_index_unfile (self, entry);
  lian_entries_remove (self->entries, entry);
  lian_registry_entry_free (entry);
  lian_entries_release (self->entries, entry);
  lian_record_own_texts (record);   /* it may outlive the registry */
}

/* Forgets @data's entry @entry, a record held as a row only, which no
 * one was told of and no one holds: a clear's. */
static void
forget_row_cb (gpointer entry,
               gpointer data)
{
  LianRegistry *self = data;

  lian_index_unfile (self, entry);
  lian_entries_remove (self->entries, entry);
  lian_registry_entry_free (entry);
  lian_entries_release (self->entries, entry);
}

/* Removals not told of yet: a clear's, or one record's while its list
 * tells. The records of @gone (references of their own) from @next on
 * are not told of yet. */
struct _LianClearing
{
  LianRecord          **gone;     /* NULL where told of */
  guint                 len;
  guint                 next;
  GHashTable           *places;   /* record → its index in @gone, of those
                                   * not told of; made when first asked */
  struct _LianClearing *outer;
};

/* Where @record is in @c's records not told of yet, or -1. */
static gint
place_of_untold (struct _LianClearing *c,
                 LianRecord           *record)
{
  gpointer place;

  if (c->len - c->next <= 8)
    {
      for (guint i = c->next; i < c->len; i++)
        if (c->gone[i] == record)
          return i;
      return -1;
    }
  if (c->places == NULL)
    {
      c->places = g_hash_table_new (NULL, NULL);
      for (guint i = c->next; i < c->len; i++)
        if (c->gone[i])
          g_hash_table_insert (c->places, c->gone[i], GUINT_TO_POINTER (i));
    }
  if (!g_hash_table_steal_extended (c->places, record, NULL, &place))
    return -1;
  return GPOINTER_TO_UINT (place);
}

/* Tells that @record is gone, if a removal (a clear) took it and has not
 * told so yet: an addition that brings it back tells of it as added
 * after, not before, it is told of as removed. */
void
lian_registry_tell_cleared (LianRegistry *self,
                            LianRecord   *record)
{
  for (struct _LianClearing *c = self->clearing; c; c = c->outer)
    {
      g_autoptr(LianRecord) gone = NULL;
      gint place = place_of_untold (c, record);

      if (place < 0)
        continue;
      gone = g_steal_pointer (&c->gone[place]);
      lian_registry_emit_removed (self, gone);
      return;
    }
}

static void
remove_entry (LianRegistry *self,
              LianEntry    *entry,
              LianChange   *change)
{
  g_autoptr(LianRecord) record = g_object_ref (lian_entry_record (self, entry));
  LianRecordKind kind = lian_record_get_record_kind (record);
  guint place = lian_registry_place_of (self, lian_registry_get_array (self, kind), entry->seq);
  /* Told of as removed only if told of as added: first, if a handler of
   * the list adds it back. */
  LianRecord *to_tell = lian_registry_is_untold (self, entry) ? NULL : g_object_ref (record);
  struct _LianClearing removal = { &to_tell, 1, 0, NULL, self->clearing };

  forget_entry (self, entry);
  self->clearing = &removal;
  lian_record_list_remove (self->lists[kind], record, place);
  self->clearing = removal.outer;
  if (change)
    lian_registry_journal (self, change);
  if (to_tell)
    {
      lian_registry_emit_removed (self, to_tell);
      g_object_unref (to_tell);
    }
}

/* Forgets @record if it is held and was put back by an undo that has
 * not told of it yet, nor listed it: a handler cleared the registry
 * before it could. */
void
lian_registry_forget_untold (LianRegistry *self,
                             LianRecord   *record)
{
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));
  g_autoptr(LianRecord) hold = NULL;

  if (entry == NULL || lian_entry_object (entry) != record || !entry->untold)
    return;
  hold = g_object_ref (record);
  forget_entry (self, entry);
}

/* Removes @record unless a handler of an earlier change removed it. */
static void
remove_record (LianRegistry *self,
               LianRecord   *record,
               LianChange   *change)
{
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

  if (entry && lian_entry_object (entry) == record)
    remove_entry (self, entry, change);
}

void
lian_registry_take_out (LianRegistry *self,
                        LianRecord   *record)
{
  remove_record (self, record, NULL);
}

/* Gathers into @doomed what removing @entry takes with it (the records
 * that cannot be without it, when @cascade), and into @unlinks the
 * references to drop; false with STILL_REFERENCED when something refers
 * to it and @cascade is false. */
static gboolean
collect_doomed (LianRegistry  *self,
                LianEntry     *entry,
                gboolean       cascade,
                GPtrArray     *doomed,
                GHashTable    *doomed_set,
                GPtrArray     *unlinks,
                GError       **error)
{
  g_ptr_array_add (doomed, entry);
  g_hash_table_add (doomed_set, entry);
  for (guint i = 0; i < doomed->len; i++)
    {
      LianEntry *gone = g_ptr_array_index (doomed, i);
      const char *gone_id = lian_record_get_id (lian_entry_record (self, gone));
      g_autoptr(GPtrArray) sorted = lian_index_dup_referrers (self, gone_id);

      for (guint r = 0; r < sorted->len; r++)
        {
          LianEntry *referrer = g_ptr_array_index (sorted, r);
          FindRefs find = { gone_id, FALSE, unlinks, NULL };

          if (g_hash_table_contains (doomed_set, referrer))
            continue;
          lian_record_foreach_ref (lian_entry_record (self, referrer), find_refs_cb, &find);
          if (!cascade)
            {
              g_autofree char *who = lian_record_dup_description (lian_entry_record (self, referrer));
              g_autofree char *what = lian_record_dup_description (lian_entry_record (self, gone));
              g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_STILL_REFERENCED,
                           _("%s still refers to %s (%s); remove it with cascade"),
                           who, what, find.field);
              g_free (find.field);
              return FALSE;
            }
          g_free (find.field);
          if (find.required)
            {
              g_ptr_array_add (doomed, referrer);
              g_hash_table_add (doomed_set, referrer);
            }
        }
    }
  return TRUE;
}

/* Removes @id and what it takes with it, in the batch lian_registry_remove()
 * opened. */
static gboolean
remove_records (LianRegistry  *self,
                const char    *id,
                gboolean       cascade,
                GStrv         *affected,
                GError       **error)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();          /* LianEntry, in order */
  g_autoptr(GHashTable) doomed_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) unlinks = g_ptr_array_new_with_free_func (unlink_free);
  g_autoptr(GPtrArray) gone_records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) removals = NULL;
  LianEntry *entry;

  entry = lian_registry_get_entry (self, id);
  if (entry == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("no record has the id \"%s\""), id);
      return FALSE;
    }

  if (!collect_doomed (self, entry, cascade, doomed, doomed_set, unlinks, error) ||
      !lian_registry_check_removals (self, doomed, error))
    return FALSE;

  for (guint i = 0; i < doomed->len; i++)
    {
      LianRecord *gone = lian_entry_record (self, (LianEntry *) g_ptr_array_index (doomed, i));
      const char *gone_id = lian_record_get_id (gone);
      g_ptr_array_add (gone_records, g_object_ref (gone));
      g_strv_builder_add (ids, gone_id);
      g_hash_table_add (seen_ids, (gpointer) gone_id);
    }
  for (guint i = 0; i < unlinks->len; i++)
    {
      Unlink *u = g_ptr_array_index (unlinks, i);
      const char *uid = lian_record_get_id (u->referrer);
      if (g_hash_table_contains (seen_ids, uid))
        continue;
      g_hash_table_add (seen_ids, (gpointer) uid);
      g_strv_builder_add (ids, uid);
    }
  if (affected)
    *affected = g_strv_builder_end (ids);

  /* Drop references first, while every record is still in place. Handlers
   * of the changes and removals may change the registry: look again. */
  for (guint i = 0; i < unlinks->len; i++)
    {
      Unlink *u = g_ptr_array_index (unlinks, i);
      LianEntry *referrer = lian_registry_get_entry (self, lian_record_get_id (u->referrer));
      if (referrer && lian_entry_object (referrer) == u->referrer &&
          !g_hash_table_contains (doomed_set, referrer))
        lian_record_unlink_ref (u->referrer, u->field, u->target);
    }
  /* A handler of those changes may have removed some of them already. */
  for (guint i = gone_records->len; i > 0; i--)
    {
      LianRecord *gone = g_ptr_array_index (gone_records, i - 1);
      LianEntry *still = lian_registry_get_entry (self, lian_record_get_id (gone));

      if (still == NULL || lian_entry_object (still) != gone)
        g_ptr_array_remove_index (gone_records, i - 1);
    }
  if (!lian_registry_commit_removals (self, gone_records, &removals, error))
    return FALSE;
  for (guint i = gone_records->len; i > 0; i--)
    remove_record (self, g_ptr_array_index (gone_records, i - 1),
                   removals->pdata[i - 1]);
  return TRUE;
}

/**
 * lian_registry_remove:
 * @self: a registry
 * @id: the id of the record to remove
 * @cascade: whether to remove or unlink the records that refer to it
 * @affected: (out) (optional) (transfer full) (array zero-terminated=1):
 *   the ids of every record removed or changed, @id first
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Removes a record. While other records refer to it, the registry refuses,
 * unless @cascade is true: then a record that cannot be without it (a need
 * of a removed enterprise, a project of a removed organisation) is removed
 * too, and any other reference is dropped from the record that made it (an
 * enterprise leaves the member list of an organisation).
 *
 * The references dropped and the records removed are one change of the
 * register: its journal and its store receive them together, and a store
 * that refuses them (a conflict) leaves the registry unchanged.
 *
 * Each record removed leaves its kind's list (`items-changed`), then
 * [signal@Lian.Registry::record-removed] tells of it. A handler of the
 * list that adds the record back meanwhile has it told of as removed
 * first, then as added.
 *
 * Returns: true if the record was removed; false with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_STILL_REFERENCED`
 *   (naming who refers to it), or a store's refusal, the registry unchanged
 */
gboolean
lian_registry_remove (LianRegistry  *self,
                      const char    *id,
                      gboolean       cascade,
                      GStrv         *affected,
                      GError       **error)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lian_registry_check_open (self, error))
    return FALSE;
  /* The references dropped and the records removed are one batch: a store
   * takes all of them or none, and a refusal undoes them all. */
  lian_registry_begin_batch (self);
  if (!remove_records (self, id, cascade, &ids, error))
    {
      lian_registry_abort_batch (self);
      return FALSE;
    }
  if (!lian_registry_commit_batch (self, error))
    return FALSE;
  if (affected)
    *affected = g_steal_pointer (&ids);
  return TRUE;
}

/* Forgets the records of @all, a kind's in its list's order, still held,
 * then takes them out of the list at once, then tells of each in that
 * order, unless an addition brought it back and told of it first. */
static void
clear_kind (LianRegistry   *self,
            LianRecordKind  kind,
            GPtrArray      *all)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_sized_new (all->len);
  struct _LianClearing clearing = { NULL, 0, 0, NULL, self->clearing };
  gboolean removed = FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      LianRecord *record = all->pdata[i];
      LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

      g_autoptr(LianRecord) hold = NULL;

      if (entry == NULL || lian_entry_object (entry) != record)
        continue;
      hold = g_object_ref (record);
      /* Told of as removed only if told of as added. */
      if (!lian_registry_is_untold (self, entry))
        g_ptr_array_add (gone, g_object_ref (record));
      forget_entry (self, entry);
      removed = TRUE;
    }
  if (!removed)
    return;
  /* Handlers of the list and of the removals may add a record back. */
  clearing.gone = (LianRecord **) gone->pdata;
  clearing.len = gone->len;
  self->clearing = &clearing;
  lian_record_list_remove_unheld (self->lists[kind], self);
  while (clearing.next < gone->len)
    {
      g_autoptr(LianRecord) record = g_steal_pointer (&gone->pdata[clearing.next++]);

      if (record == NULL)
        continue;
      if (clearing.places)
        g_hash_table_remove (clearing.places, record);
      lian_registry_emit_removed (self, record);
    }
  self->clearing = clearing.outer;
  g_clear_pointer (&clearing.places, g_hash_table_unref);
}

/**
 * lian_registry_clear:
 * @self: a registry
 *
 * Removes every record, and the document members lian does not know.
 * Kind by kind, the records of a kind leave its list at once (one
 * `items-changed`), then [signal@Lian.Registry::record-removed] tells of
 * each, in the list's order. A record a handler adds meanwhile stays,
 * and may not refer to a record the clear takes (of a kind it has not
 * come to yet): `LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE`. One it adds back
 * is told of as removed first, then as added (so the last signal about
 * each record says whether the registry holds it).
 *
 * A clear is not a change of the register: it makes no journal entries,
 * and in a batch it cannot be undone. The batch forgets the changes made
 * before the clear and those handlers make while it runs (and a refusal
 * among them), and goes on from the empty registry: an abort or a refused
 * commit then undoes only the changes made after the clear. A handler that aborts the batch while
 * the clear runs undoes the changes made since it began, but for a
 * removal of a record whose references the clear has taken already: that
 * record stays out, as the clear takes it. An undo (an abort, a refused
 * commit) that a handler interrupts with a clear ends there.
 */
void
lian_registry_clear (LianRegistry *self)
{
  GPtrArray *all[LIAN_N_RECORD_KINDS];
  guint64 floor = self->clear_floor;

  g_return_if_fail (LIAN_IS_REGISTRY (self));

  /* What an open batch did is not undone (undo() stops too): the
   * registry it did it to is going. */
  self->clears++;
  if (self->batch)
    lian_registry_batch_forget (self);
  lian_registry_clear_put_back (self);
  /* The additions the journal tells of as rows get their objects. */
  if (self->journal)
    lian_journal_settle_all (self->journal);
  /* The records held as rows go first, with no object made for them,
   * when no one is told of removals. */
  if (!lian_registry_removals_watched (self))
    for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
      lian_record_list_drop_rows (self->lists[k], forget_row_cb, self);
  /* Who goes is known first: what handlers add meanwhile stays. */
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    all[k] = lian_registry_dup_array (self, k);
  /* A handler may let go of the registry, or dispose of it, meanwhile;
   * what it adds may not refer to a record of a kind not cleared yet. */
  g_object_ref (self);
  self->clear_floor = self->next_seq;
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      if (!self->disposed)
        clear_kind (self, k, all[k]);
      g_ptr_array_unref (all[k]);
    }
  self->clear_floor = floor;
  g_clear_pointer (&self->extra, json_object_unref);
  if (self->batch)
    lian_registry_batch_forget (self);
  g_object_unref (self);
}
