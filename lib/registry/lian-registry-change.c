/* lian-registry-change.c: the change path of a registry's held records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A held record's change is checked here (lian-registry-checks.c), handed
 * to the store or held by an open batch, counted in the record's revision,
 * journaled and told; see doc/core.md.
 */
#include "config.h"

#include "lian-registry-change-private.h"
#include "lian-registry-people-private.h"
#include "lian-record-private.h"
#include "lian-change-private.h"
#include "lian-refs-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* Asks the store, if any, to take @changes; in a batch, holds them until
 * the batch commits (@before: the record's state before an update, to
 * undo it by). */
gboolean
lian_registry_commit_changes (LianRegistry  *self,
                GPtrArray     *changes,
                LianRecord    *before,
                GError       **error)
{
  if (self->loading)
    return TRUE;   /* a store's own: it holds them already */
  if (self->batch)
    {
      lian_registry_batch_hold (self, changes, before);
      return TRUE;
    }
  return lian_registry_commit (self, changes, error);
}


gboolean
lian_registry_check_open (LianRegistry  *self,
                          GError       **error)
{
  if (!self->disposed)
    return TRUE;
  g_set_error_literal (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DISPOSED,
                       _("the registry was disposed: it holds no records and takes none"));
  return FALSE;
}

gboolean
lian_registry_set_loading (LianRegistry *self,
                           gboolean      loading)
{
  gboolean was = self->loading;

  self->loading = !!loading;
  return was;
}

gboolean
lian_registry_commit (LianRegistry  *self,
                      GPtrArray     *changes,
                      GError       **error)
{
  return self->committer == NULL || changes->len == 0 ||
         self->committer (self, changes, self->committer_data, error);
}


static void
read_value (GValue     *value,
            LianRecord *record,
            GParamSpec *pspec)
{
  if (pspec)
    {
      g_value_init (value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, value);
    }
  else
    {
      g_value_init (value, JSON_TYPE_OBJECT);
      g_value_set_boxed (value, lian_record_get_extra (record));
    }
}


static LianChange *
new_update (LianRegistry  *self,
            LianRecord    *record,
            LianRecord    *before,
            GParamSpec   **pspecs,
            guint          n_pspecs)
{
  LianChange *change = lian_change_new (self->journal_seq + 1, g_get_real_time (), self->actor,
                                        LIAN_CHANGE_OPERATION_UPDATE, record,
                                        lian_record_get_revision (record) + 1);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) old = G_VALUE_INIT;
      g_auto(GValue) now = G_VALUE_INIT;

      if (before)
        read_value (&old, before, pspecs[i]);
      read_value (&now, record, pspecs[i]);
      lian_change_add_field (change, pspecs[i] ? pspecs[i]->name : "extra",
                             before ? &old : NULL, &now);
    }
  return change;
}


/* Appends @change to the journal, unless a batch holds it. */
void
lian_registry_journal (LianRegistry *self,
                       LianChange   *change)
{
  if (self->loading)
    return;        /* not this registry's change */
  if (self->batch == NULL)
    lian_registry_publish (self, change);
}


void
lian_registry_publish (LianRegistry *self,
                       LianChange   *change)
{
  self->journal_seq = lian_change_get_sequence (change);
  lian_journal_append (self->journal, change);
}


void
lian_registry_refile (LianRegistry *self,
                      LianRecord   *record)
{
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

  /* A handler of a change undone before may have removed it, or disposed
   * of the registry. */
  if (entry == NULL || lian_entry_object (entry) != record)
    return;
  lian_index_unfile (self, entry);
  lian_index_file (self, entry);
  lian_registry_emit_changed (self, record, NULL);
}


/* The owner function of every held record: the change path. */
gboolean
lian_registry_record_changed (LianRecord  *record,
                              LianRecord  *before,
                              GParamSpec **pspecs,
                              guint        n_pspecs,
                              gpointer     owner,
                              GError     **error)
{
  LianRegistry *self = owner;
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;

  g_assert (entry != NULL && lian_entry_object (entry) == record);
  g_ptr_array_add (changes, new_update (self, record, before, pspecs, n_pspecs));
  if (!lian_registry_check_lengths (record, pspecs, n_pspecs, &local) ||
      !lian_registry_check_held (self, entry, &local) ||
      !lian_registry_check_update (self, record, before, pspecs, n_pspecs, &local) ||
      !lian_registry_commit_changes (self, changes, before, &local))
    {
      if (self->batch)
        lian_registry_batch_refused (self, local);
      if (self->capture == NULL && self->batch && !lian_record_is_reporting (record))
        g_error_free (local);   /* the batch's commit tells it */
      else if (self->capture == NULL)
        g_propagate_error (error, local);
      else if (*self->capture == NULL)
        g_propagate_error (self->capture, local);
      else
        g_error_free (local);
      return FALSE;
    }

  /* Filed again before anyone is told: a handler of the journal or of
   * the revision may remove the record, and its entry with it. */
  entry->changed = TRUE;
  lian_index_unfile (self, entry);
  lian_index_file (self, entry);
  lian_registry_journal (self, changes->pdata[0]);
  lian_record_bump_revision (record);
  for (guint i = 0; i < n_pspecs; i++)
    {
      if (pspecs[i])
        g_object_notify_by_pspec (G_OBJECT (record), pspecs[i]);
      lian_registry_emit_changed (self, record, pspecs[i] ? pspecs[i]->name : NULL);
    }
  return TRUE;
}


/* The journal entries of a batch about to be added; its records' revisions
 * are counted from 1, or from what a store says they are. */
GPtrArray *
lian_registry_new_additions (LianRegistry *self,
                             GPtrArray    *batch)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = g_get_real_time ();

  for (guint i = 0; i < batch->len; i++)
    {
      LianRecord *record = lian_entry_record (self, (LianEntry *) g_ptr_array_index (batch, i));
      g_ptr_array_add (changes,
                       lian_change_new (self->journal_seq + 1 + i, now, self->actor,
                                        LIAN_CHANGE_OPERATION_ADD, record,
                                        MAX (lian_record_get_revision (record), 1)));
    }
  return changes;
}


/* The journal entries of the removal of @gone, once a store took them. */
gboolean
lian_registry_commit_removals (LianRegistry  *self,
                               GPtrArray     *gone,
                               GPtrArray    **removals,
                               GError       **error)
{
  gint64 now = g_get_real_time ();

  *removals = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < gone->len; i++)
    {
      LianRecord *record = g_ptr_array_index (gone, i);
      g_ptr_array_add (*removals,
                       lian_change_new (self->journal_seq + gone->len - i, now, self->actor,
                                        LIAN_CHANGE_OPERATION_REMOVE, record,
                                        lian_record_get_revision (record)));
    }
  return lian_registry_commit_changes (self, *removals, NULL, error);
}


/* The change path */

void
lian_registry_set_committer (LianRegistry   *self,
                             LianCommitFunc  func,
                             gpointer        data,
                             GDestroyNotify  destroy)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));

  if (self->committer_destroy)
    self->committer_destroy (self->committer_data);
  self->committer = func;
  self->committer_data = data;
  self->committer_destroy = destroy;
}

void
lian_registry_capture_begin (LianRegistry  *self,
                             GError       **error)
{
  g_return_if_fail (self->capture == NULL);

  self->capture = error;
}

gboolean
lian_registry_capture_end (LianRegistry *self)
{
  gboolean refused = self->capture && *self->capture;

  self->capture = NULL;
  return !refused;
}

/**
 * lian_registry_update:
 * @self: a registry
 * @record: a record @self holds
 * @property: the name of one of @record's writable properties
 * @value: the new value, of the property's type or one that converts to it
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Changes one property of a held record, as its setter would, and says
 * why when the registry refuses the change (where a setter could only
 * log a warning).
 *
 * ```python
 * ok = registry.update(need, 'enterprise-id', 'no-such-firm')
 * # GLib.Error: need "n1": enterprise_id: unknown enterprise "no-such-firm"
 * ```
 *
 * Returns: true if the change was accepted (or changed nothing); false
 *   with an error naming the record, the field and the reason otherwise,
 *   the record unchanged (`LIAN_REGISTRY_ERROR_NOT_FOUND` if @self does
 *   not hold @record: another registry's, or one of a registry disposed)
 */
gboolean
lian_registry_update (LianRegistry  *self,
                      LianRecord    *record,
                      const char    *property,
                      const GValue  *value,
                      GError       **error)
{
  g_auto(GValue) converted = G_VALUE_INIT;
  GParamSpec *pspec;
  GError *local = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Another registry's record, one no registry holds, one of a registry
   * since disposed (@self, maybe): nothing to change here. */
  if (lian_record_get_owner (record) != self)
    {
      g_autofree char *who = lian_record_dup_description (record);
      /* TRANSLATORS: a record, as need "need-001" */
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("%s: the registry does not hold this record"), who);
      return FALSE;
    }

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) ||
      (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
    {
      g_autofree char *who = lian_record_dup_description (record);
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%s: \"%s\" is not a property that can be changed"), who, property);
      return FALSE;
    }
  g_value_init (&converted, pspec->value_type);
  if (!g_value_transform (value, &converted) || g_param_value_validate (pspec, &converted))
    {
      g_autofree char *who = lian_record_dup_description (record);
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%s: %s: a value of type %s does not fit"), who, property,
                   G_VALUE_TYPE_NAME (value));
      return FALSE;
    }

  lian_registry_capture_begin (self, &local);
  g_object_set_property (G_OBJECT (record), property, &converted);
  if (lian_registry_capture_end (self))
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

/**
 * lian_registry_get_journal:
 * @self: a registry
 *
 * Gets the changes the registry accepted since it was made, in order: the
 * records added (not those a document or a store loaded), the updates and
 * the removals, each a [class@Lian.Change]. A store persists them.
 *
 * The journal tells of an addition (`items-changed`) after the registry's
 * lists and [signal@Lian.Registry::record-added] did: a handler of it
 * finds the new records in the registry and may change or remove them.
 *
 * Returns: (transfer none): a list model of [class@Lian.Change]
 */
GListModel *
lian_registry_get_journal (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->journal);
}
