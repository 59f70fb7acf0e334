/* lian-registry-batch.c: changes that stand or fall together
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-registry-change-private.h"
#include "lian-record-private.h"
#include "lian-change-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

typedef struct
{
  LianChange *change;
  LianRecord *before;    /* an update's record before it, a removed one's
                          * state when removed */
  guint64     seq;       /* a removed record's place in the order of addition */
  gboolean    changed;   /* and whether it had changed since it was added */
  guint       first;     /* where the changes held with it start */
  guint64     revision;  /* an added record's revision before the addition */
} Held;

struct _LianBatch
{
  guint   depth;
  GArray *held;          /* of Held, in the order the changes were made */
  GError *refused;       /* the first change of the batch the registry refused */
};

static void
held_clear (gpointer data)
{
  Held *held = data;

  g_clear_object (&held->change);
  g_clear_object (&held->before);
}

static void
batch_free (struct _LianBatch *batch)
{
  g_array_unref (batch->held);
  g_clear_error (&batch->refused);
  g_free (batch);
}

void
lian_registry_batch_drop (LianRegistry *self)
{
  g_clear_pointer (&self->batch, batch_free);
}

void
lian_registry_batch_hold (LianRegistry *self,
                          GPtrArray    *changes,
                          LianRecord   *before)
{
  guint first = self->batch->held->len;
  int watched = -1;   /* not yet asked */

  for (guint i = 0; i < changes->len; i++)
    {
      LianChange *change = changes->pdata[i];
      Held held = { g_object_ref (change), before ? g_object_ref (before) : NULL, 0, FALSE, first, 0 };

      /* A record about to be removed is still filed: where it stands in
       * the order of addition is kept, to put it back there. It may
       * change while it is out, in a batch the caller opened or in a
       * handler of the removal, before the store refuses it: how it was
       * is kept too. Nothing else runs before the commit of a removal's
       * own batch. */
      if (lian_change_get_operation (change) == LIAN_CHANGE_OPERATION_REMOVE)
        {
          LianRecord *record = lian_change_get_record (change);
          LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

          if (entry != NULL && lian_entry_object (entry) == record)
            {
              held.seq = entry->seq;
              held.changed = entry->changed;
            }
          if (watched < 0)
            watched = self->batch->depth > 1 || lian_registry_removals_watched (self);
          if (held.before == NULL && watched)
            held.before = lian_record_dup_state (record);
        }
      /* Not yet counted: a record removed and added again keeps its
       * revision. */
      else if (lian_change_get_operation (change) == LIAN_CHANGE_OPERATION_ADD)
        held.revision = lian_record_get_revision (lian_change_get_record (change));
      g_array_append_val (self->batch->held, held);
    }
}

void
lian_registry_batch_refused (LianRegistry *self,
                             const GError *error)
{
  if (self->batch->refused == NULL)
    self->batch->refused = g_error_copy (error);
}

/* Forgets what the batch did, and a refusal of it: a clear. */
void
lian_registry_batch_forget (LianRegistry *self)
{
  g_array_set_size (self->batch->held, 0);
  g_clear_error (&self->batch->refused);
}

/* A record put back, not yet in its kind's list nor told of. */
typedef struct
{
  LianRecord *record;
  guint64     seq;
} Back;

static int
by_seq (gconstpointer a,
        gconstpointer b)
{
  guint64 x = ((const Back *) a)->seq, y = ((const Back *) b)->seq;

  return x < y ? -1 : x > y;
}

/* Tells of the records of @back still held, listed already, as added,
 * in the order they were put back. */
static void
tell_added_back (LianRegistry *self,
                 GArray       *back)
{
  for (guint i = 0; i < back->len && !self->disposed; i++)
    {
      LianRecord *record = g_array_index (back, Back, i).record;
      LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

      /* Not of one a handler took out, or took out and added again (that
       * addition told of it). */
      if (entry == NULL || lian_entry_object (entry) != record || !entry->untold)
        continue;
      /* Taken by a clear that has not told so yet: it does first. */
      if (self->clearing)
        {
          lian_registry_tell_cleared (self, record);
          entry = lian_registry_get_entry (self, lian_record_get_id (record));
          if (entry == NULL || lian_entry_object (entry) != record || !entry->untold)
            continue;
        }
      entry->untold = FALSE;
      /* Not of one an addition being told has not told of yet: it will. */
      if (!lian_registry_is_untold (self, entry))
        g_signal_emit_by_name (self, "record-added", record);
    }
}

/* The undos telling of what they put back, innermost first
 * (LianRegistry.putting_back). */
struct _LianPutBack
{
  GArray              *back;
  struct _LianPutBack *outer;
};

/* A clear begins: what undos put back and have not told of yet goes
 * at once, untold, so that no handler sees it after the clear. */
void
lian_registry_clear_put_back (LianRegistry *self)
{
  for (struct _LianPutBack *p = self->putting_back; p; p = p->outer)
    for (guint i = 0; i < p->back->len; i++)
      lian_registry_forget_untold (self, g_array_index (p->back, Back, i).record);
}

static void tell_put_back_in (LianRegistry *self, GArray *back);

/* Puts the records of @back still held into their kinds' lists, each
 * list at once, then tells of them, in the order they were put back. A
 * handler that clears the registry meanwhile takes those listed; those
 * not listed yet go with them, untold. */
static void
tell_put_back (LianRegistry *self,
               GArray       *back)
{
  struct _LianPutBack frame = { back, self->putting_back };

  self->putting_back = &frame;
  tell_put_back_in (self, back);
  self->putting_back = frame.outer;
}

static void
tell_put_back_in (LianRegistry *self,
                  GArray       *back)
{
  g_autoptr(GArray) kind_back = g_array_new (FALSE, FALSE, sizeof (Back));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  guint64 clears = self->clears;

  for (guint k = 0; k < LIAN_N_RECORD_KINDS && back->len > 0; k++)
    {
      g_array_set_size (kind_back, 0);
      g_array_set_size (places, 0);
      g_ptr_array_set_size (records, 0);
      /* Undone in a handler of an addition's list: the records appended
       * are told of before the places are found. */
      lian_record_list_tell (self->lists[k]);
      if (self->disposed || self->clears != clears)
        break;
      for (guint i = 0; i < back->len; i++)
        {
          Back *b = &g_array_index (back, Back, i);
          LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (b->record));

          if (entry && lian_entry_object (entry) == b->record && entry->kind == k)
            g_array_append_val (kind_back, *b);
        }
      g_array_sort (kind_back, by_seq);
      for (guint i = 0; i < kind_back->len; i++)
        {
          Back *b = &g_array_index (kind_back, Back, i);
          guint place = lian_registry_place_of (self, lian_registry_get_array (self, k), b->seq);

          g_array_append_val (places, place);
          g_ptr_array_add (records, b->record);
        }
      lian_record_list_insert_many (self->lists[k], (guint *) places->data,
                                    (LianRecord **) records->pdata, records->len);
      if (self->disposed || self->clears != clears)
        break;
    }
  if (self->disposed)
    return;
  if (self->clears != clears)
    for (guint i = 0; i < back->len; i++)
      lian_registry_forget_untold (self, g_array_index (back, Back, i).record);
  else
    tell_added_back (self, back);
  g_array_set_size (back, 0);
}

/* Puts back the record @held removed as it was: held again with its
 * place in the order of addition, so that its kind's list (once
 * tell_put_back() puts it there), the selections and the lookups by
 * alias find it where they did. The changes after its removal are undone
 * already: its id is free and what it refers to is there, unless a store
 * brought in other changes since. */
static gboolean
put_back (LianRegistry *self,
          const Held   *held,
          GArray       *back)
{
  LianRecord *record = lian_change_get_record (held->change);
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

  /* A handler of the undo added it back itself: it is back, and told of. */
  if (entry)
    return lian_entry_object (entry) == record;
  if (held->before)
    lian_record_restore_state (record, held->before);
  entry = lian_entry_new (self, record, FALSE);
  lian_entries_add (self->entries, entry);
  if (!lian_registry_check_held (self, entry, NULL))
    {
      lian_entries_remove (self->entries, entry);
      lian_entry_free (self->entries, entry);
      return FALSE;
    }
  g_object_ref (record);
  lian_record_set_revision (record, lian_change_get_revision (held->change));
  entry->seq = held->seq;
  entry->changed = held->changed;
  entry->untold = TRUE;
  lian_index_file (self, entry);
  lian_record_set_owner (record, self, lian_registry_record_changed);
  g_array_append_vals (back, &(Back) { record, held->seq }, 1);
  return TRUE;
}

/* Puts back the records one removal took, @held[@first] to
 * @held[@end - 1]. They went the last first: they come back the first
 * first, each after what it refers to. One that refers to a record of the
 * group put back after it (a response added before the post it answers,
 * both of the enterprise removed) waits for another pass. */
static void
put_back_group (LianRegistry *self,
                GArray       *held,
                guint         first,
                guint         end,
                GArray       *back)
{
  g_autofree gboolean *done = g_new0 (gboolean, end - first);
  gboolean progress = TRUE;

  while (progress && !self->disposed)
    {
      progress = FALSE;
      for (guint j = first; j < end && !self->disposed; j++)
        if (!done[j - first] && put_back (self, &g_array_index (held, Held, j), back))
          done[j - first] = progress = TRUE;
    }
  /* While a clear runs, what a record refers to may be gone already: the
   * clear would have taken it too. */
  for (guint j = first; j < end && !self->disposed && !self->clear_floor; j++)
    if (!done[j - first])
      g_critical ("%s: its removal in the batch cannot be undone",
                  lian_change_get_record_id (g_array_index (held, Held, j).change));
}

/* Puts back what the changes of a batch did, the last first, until a
 * handler disposes of the registry or clears it. */
static void
undo (LianRegistry *self,
      GArray       *held)
{
  g_autoptr(GArray) back = g_array_new (FALSE, FALSE, sizeof (Back));
  guint64 clears = self->clears;

  for (guint i = held->len; i > 0 && !self->disposed && self->clears == clears; i--)
    {
      Held *h = &g_array_index (held, Held, i - 1);
      LianRecord *record = lian_change_get_record (h->change);
      guint64 revision = lian_change_get_revision (h->change);
      guint first = h->first;

      /* The records put back by the removals undone in a row go into
       * their lists together. */
      if (lian_change_get_operation (h->change) != LIAN_CHANGE_OPERATION_REMOVE)
        {
          tell_put_back (self, back);
          if (self->disposed || self->clears != clears)
            break;
        }
      switch (lian_change_get_operation (h->change))
        {
        case LIAN_CHANGE_OPERATION_UPDATE:
          if (h->before == NULL)
            {
              g_critical ("%s: a change of the batch cannot be undone",
                          lian_change_get_record_id (h->change));
              break;
            }
          lian_record_restore_state (record, h->before);
          lian_record_set_revision (record, revision - 1);
          lian_registry_refile (self, record);
          break;
        case LIAN_CHANGE_OPERATION_ADD:
          lian_registry_take_out (self, record);
          lian_record_set_revision (record, h->revision);
          break;
        case LIAN_CHANGE_OPERATION_REMOVE:
        default:
          put_back_group (self, held, first, i, back);
          i = first + 1;
          break;
        }
    }
  if (!self->disposed)
    tell_put_back (self, back);
}

/**
 * lian_registry_begin_batch:
 * @self: a registry
 *
 * Starts a batch: the changes made until [method@Lian.Registry.commit_batch]
 * or [method@Lian.Registry.abort_batch] stand or fall together. Each is
 * checked as it is made, as always, and is seen at once (its signals and
 * notifications); the journal and the store receive them all at the
 * commit. Batches nest: only the outermost commit or abort ends it. A
 * batch still open when the registry goes ends with it: its changes stay
 * made, and no store receives them.
 *
 * ```python
 * registry.begin_batch()
 * need.props.assignee_id = 'org-wx-ic'
 * firm.props.employees = 1200
 * registry.commit_batch()    # raises, with every change undone, if one failed
 * ```
 */
void
lian_registry_begin_batch (LianRegistry *self)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));

  if (self->batch == NULL)
    {
      self->batch = g_new0 (struct _LianBatch, 1);
      self->batch->held = g_array_new (FALSE, TRUE, sizeof (Held));
      g_array_set_clear_func (self->batch->held, held_clear);
    }
  self->batch->depth++;
}

/* Ends the outermost batch: what it held, and its refusal. */
static struct _LianBatch *
end_batch (LianRegistry *self)
{
  struct _LianBatch *batch = self->batch;

  if (--batch->depth > 0)
    return NULL;
  self->batch = NULL;
  return batch;
}

/**
 * lian_registry_commit_batch:
 * @self: a registry
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Ends a batch begun with [method@Lian.Registry.begin_batch]. When every
 * change of the batch was accepted and the store (if any) takes them all,
 * they go into the journal, in order. When one of them was refused (a
 * setter's change, which could not say so then), or the store refuses
 * them, every change of the batch is undone, the last first, and the
 * registry is as it was when the batch began.
 *
 * Returns: true if the batch's changes stand; false with the first refusal
 *   otherwise
 */
gboolean
lian_registry_commit_batch (LianRegistry  *self,
                            GError       **error)
{
  struct _LianBatch *batch;
  g_autoptr(GPtrArray) changes = NULL;
  GError *local = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  /* Disposed with the batch open: the batch went with the records. */
  if (self->batch == NULL && !lian_registry_check_open (self, error))
    return FALSE;
  g_return_val_if_fail (self->batch != NULL, FALSE);

  batch = end_batch (self);
  if (batch == NULL)
    return TRUE;

  changes = g_ptr_array_new ();
  for (guint i = 0; i < batch->held->len; i++)
    {
      LianChange *change = g_array_index (batch->held, Held, i).change;
      lian_change_set_sequence (change, self->journal_seq + 1 + i);
      g_ptr_array_add (changes, change);
    }
  if (batch->refused)
    local = g_steal_pointer (&batch->refused);
  else if (!lian_registry_commit (self, changes, &local))
    g_assert (local != NULL);
  if (local)
    {
      undo (self, batch->held);
      batch_free (batch);
      g_propagate_error (error, local);
      return FALSE;
    }
  for (guint i = 0; i < changes->len; i++)
    lian_registry_publish (self, changes->pdata[i]);
  batch_free (batch);
  return TRUE;
}

/**
 * lian_registry_abort_batch:
 * @self: a registry
 *
 * Ends a batch begun with [method@Lian.Registry.begin_batch] by undoing
 * every change made in it, the last first. A record the batch removed
 * comes back to its place in the order of addition: the lists, the
 * selections and the lookups by alias find it where they did before.
 * A clear in the batch is not undone, nor what the batch did before it
 * ([method@Lian.Registry.clear]).
 */
void
lian_registry_abort_batch (LianRegistry *self)
{
  struct _LianBatch *batch;

  g_return_if_fail (LIAN_IS_REGISTRY (self));
  if (self->batch == NULL && self->disposed)
    return;   /* disposed with the batch open: the batch went with the records */
  g_return_if_fail (self->batch != NULL);

  batch = end_batch (self);
  if (batch == NULL)
    return;
  undo (self, batch->held);
  batch_free (batch);
}
