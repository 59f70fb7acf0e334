/* lian-registry-batch.c: changes that stand or fall together
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-registry-private.h"
#include "lian-registry-struct-private.h"
#include "lian-record-private.h"
#include "lian-change-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

typedef struct
{
  LianChange *change;
  LianRecord *before;    /* an update's record before it, or NULL */
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
  for (guint i = 0; i < changes->len; i++)
    {
      Held held = { g_object_ref (changes->pdata[i]), before ? g_object_ref (before) : NULL };
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

void
lian_registry_batch_forget (LianRegistry *self)
{
  g_array_set_size (self->batch->held, 0);
}

/* Puts back what the changes of a batch did, the last first. */
static void
undo (LianRegistry *self,
      GArray       *held)
{
  for (guint i = held->len; i > 0; i--)
    {
      Held *h = &g_array_index (held, Held, i - 1);
      LianRecord *record = lian_change_get_record (h->change);
      guint64 revision = lian_change_get_revision (h->change);
      g_autoptr(GPtrArray) one = NULL;

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
          lian_record_set_revision (record, revision - 1);
          break;
        case LIAN_CHANGE_OPERATION_REMOVE:
        default:
          one = g_ptr_array_new ();
          g_ptr_array_add (one, record);
          if (!lian_registry_load_many_at (self, one, NULL, NULL, NULL))
            g_critical ("%s: its removal in the batch cannot be undone",
                        lian_change_get_record_id (h->change));
          break;
        }
    }
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
  g_return_val_if_fail (self->batch != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

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
 * every change made in it, the last first.
 */
void
lian_registry_abort_batch (LianRegistry *self)
{
  struct _LianBatch *batch;

  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (self->batch != NULL);

  batch = end_batch (self);
  if (batch == NULL)
    return;
  undo (self, batch->held);
  batch_free (batch);
}
