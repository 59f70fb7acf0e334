/* lian-store.c: where a registry's records are kept between runs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-store-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/**
 * LianStore:
 *
 * Where a registry's records are kept between runs, and shared between
 * processes: a lian JSON document (`register.json`) or a SQLite database
 * (`register.db`, `sqlite:PATH`).
 *
 * A store loads into a registry and then follows it: the records added,
 * changed or removed there are written by [method@Lian.Store.commit], all
 * of them in one transaction, and the store remembers each record's
 * revision. A change to a record that another process has changed since
 * it was loaded is refused with `LIAN_REGISTRY_ERROR_CONFLICT`: nothing is
 * written, and the registry is brought back to what the store holds.
 * [method@Lian.Store.refresh] brings in what other processes committed,
 * with the registry's usual signals.
 *
 * ```c
 * g_autoptr(LianRegistry) registry = lian_registry_open ("register.db", &error);
 * LianStore *store = lian_registry_get_store (registry);
 *
 * lian_enterprise_set_employees (lian_registry_lookup_enterprise (registry, "e1"), 42);
 * if (!lian_store_commit (store, &error))
 *   g_printerr ("%s\n", error->message);   // another process changed e1 first
 * ```
 *
 * The SQLite schema and the conflict model are described in `doc/store.md`.
 */

G_DEFINE_INTERFACE (LianStore, lian_store, G_TYPE_OBJECT)

static void
lian_store_default_init (LianStoreInterface *iface)
{
}

const char *
lian_store_op_to_string (LianStoreOp op)
{
  static const char * const names[] = { "add", "update", "remove" };

  return names[op];
}

static void
pending_free (gpointer data)
{
  LianStorePending *p = data;

  g_free (p->id);
  g_free (p);
}

void
lian_store_state_init (LianStoreState *state,
                       const char     *uri)
{
  const char *user = g_getenv ("LIAN_ACTOR");

  state->uri = g_strdup (uri);
  state->actor = g_strdup (user && *user ? user : g_get_user_name ());
  g_weak_ref_init (&state->registry, NULL);
  state->pending_index = g_hash_table_new (g_str_hash, g_str_equal);
  state->pending = g_ptr_array_new_with_free_func (pending_free);
  state->revisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
detach (LianStoreState *state)
{
  g_autoptr(LianRegistry) registry = g_weak_ref_get (&state->registry);

  if (registry)
    for (guint i = 0; i < G_N_ELEMENTS (state->handlers); i++)
      g_clear_signal_handler (&state->handlers[i], registry);
  g_weak_ref_set (&state->registry, NULL);
}

void
lian_store_state_clear (LianStoreState *state)
{
  detach (state);
  g_weak_ref_clear (&state->registry);
  g_clear_pointer (&state->uri, g_free);
  g_clear_pointer (&state->actor, g_free);
  g_clear_pointer (&state->pending_index, g_hash_table_unref);
  g_clear_pointer (&state->pending, g_ptr_array_unref);
  g_clear_pointer (&state->revisions, g_hash_table_unref);
}

guint64
lian_store_state_get_revision (LianStoreState *state,
                               const char     *id)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (state->revisions, id, NULL, &value))
    return 0;
  return (guint64) GPOINTER_TO_SIZE (value);
}

void
lian_store_state_set_revision (LianStoreState *state,
                               const char     *id,
                               guint64         revision)
{
  if (revision == 0)
    g_hash_table_remove (state->revisions, id);
  else
    g_hash_table_insert (state->revisions, g_strdup (id), GSIZE_TO_POINTER ((gsize) revision));
}

static LianStoreState *
get_state (LianStore *self)
{
  return LIAN_STORE_GET_IFACE (self)->get_state (self);
}

/* Pending changes */

/* Folds a new change of a record into what is pending for it: an addition
 * then a removal is nothing, a removal then an addition a change. */
static void
note_change (LianStoreState *state,
             LianRecord     *record,
             LianStoreOp     op)
{
  const char *id = lian_record_get_id (record);
  LianStorePending *p;

  if (state->applying > 0)
    return;
  p = g_hash_table_lookup (state->pending_index, id);
  if (p == NULL)
    {
      p = g_new0 (LianStorePending, 1);
      p->id = g_strdup (id);
      p->kind = lian_record_get_record_kind (record);
      p->op = op;
      g_ptr_array_add (state->pending, p);
      g_hash_table_insert (state->pending_index, p->id, p);
      return;
    }
  if (p->op == LIAN_STORE_OP_ADD && op == LIAN_STORE_OP_REMOVE)
    {
      g_hash_table_remove (state->pending_index, id);
      g_ptr_array_remove (state->pending, p);
    }
  else if (p->op == LIAN_STORE_OP_REMOVE && op == LIAN_STORE_OP_ADD)
    p->op = LIAN_STORE_OP_UPDATE;
  else if (op == LIAN_STORE_OP_REMOVE)
    p->op = LIAN_STORE_OP_REMOVE;
}

static void
record_added_cb (LianRegistry *registry,
                 LianRecord   *record,
                 gpointer      data)
{
  note_change (data, record, LIAN_STORE_OP_ADD);
}

static void
record_removed_cb (LianRegistry *registry,
                   LianRecord   *record,
                   gpointer      data)
{
  note_change (data, record, LIAN_STORE_OP_REMOVE);
}

static void
record_changed_cb (LianRegistry *registry,
                   LianRecord   *record,
                   const char   *property,
                   gpointer      data)
{
  note_change (data, record, LIAN_STORE_OP_UPDATE);
}

/* The one place a store learns of the registry's changes. */
static void
attach (LianStore    *self,
        LianRegistry *registry)
{
  LianStoreState *state = get_state (self);

  g_weak_ref_set (&state->registry, registry);
  state->handlers[0] = g_signal_connect (registry, "record-added",
                                         G_CALLBACK (record_added_cb), state);
  state->handlers[1] = g_signal_connect (registry, "record-removed",
                                         G_CALLBACK (record_removed_cb), state);
  state->handlers[2] = g_signal_connect (registry, "record-changed",
                                         G_CALLBACK (record_changed_cb), state);
  g_object_set_data_full (G_OBJECT (registry), "lian-store", g_object_ref (self),
                          g_object_unref);
}

static void
clear_pending (LianStoreState *state)
{
  g_hash_table_remove_all (state->pending_index);
  g_ptr_array_set_size (state->pending, 0);
}

/* Applying what the store holds */

/* Whether the writable properties, the extra members and, for a need,
 * the history of @local differ from @stored's; copies them. */
static gboolean
copy_need_history (LianNeed  *local,
                   LianNeed  *stored,
                   GError   **error)
{
  GPtrArray *mine = lian_need_get_history (local);
  GPtrArray *theirs = lian_need_get_history (stored);

  for (guint i = mine->len; i < theirs->len; i++)
    {
      LianNeedEvent *ev = g_ptr_array_index (theirs, i);

      if (lian_need_event_get_status (ev) != lian_need_get_status (local))
        {
          if (!lian_need_transition (local, lian_need_event_get_status (ev),
                                     lian_need_event_get_actor (ev),
                                     lian_need_event_get_note (ev),
                                     lian_need_event_get_at (ev), error))
            return FALSE;
        }
      else
        lian_need_append_event (local, ev);
    }
  return TRUE;
}

static gboolean
update_in_place (LianRecord  *local,
                 LianRecord  *stored,
                 GError     **error)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (local);
  g_autofree GParamSpec **pspecs = NULL;
  JsonObject *extra_local = lian_record_get_extra (local);
  JsonObject *extra_stored = lian_record_get_extra (stored);
  guint n;

  if (LIAN_IS_NEED (local) &&
      !copy_need_history (LIAN_NEED (local), LIAN_NEED (stored), error))
    return FALSE;

  pspecs = g_object_class_list_properties (klass, &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_WRITABLE) == 0 ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&a, pspec->value_type);
      g_value_init (&b, pspec->value_type);
      g_object_get_property (G_OBJECT (local), pspec->name, &a);
      g_object_get_property (G_OBJECT (stored), pspec->name, &b);
      if (G_TYPE_FUNDAMENTAL (pspec->value_type) == G_TYPE_BOXED ||
          g_param_values_cmp (pspec, &a, &b) != 0)
        g_object_set_property (G_OBJECT (local), pspec->name, &b);
    }
  if ((extra_local == NULL) != (extra_stored == NULL) ||
      (extra_local && !json_object_equal (extra_local, extra_stored)))
    lian_record_set_extra (local, extra_stored);
  return TRUE;
}

gboolean
lian_store_apply_record (LianStore     *self,
                         LianRegistry  *registry,
                         const char    *id,
                         LianRecord    *stored,
                         GError       **error)
{
  LianStoreState *state = get_state (self);
  LianRecord *local = lian_registry_lookup (registry, id);
  gboolean ok = TRUE;

  state->applying++;
  if (stored == NULL && local != NULL)
    ok = lian_registry_remove (registry, id, FALSE, NULL, error);
  else if (stored != NULL && local == NULL)
    ok = lian_registry_add (registry, stored, error);
  else if (stored != NULL &&
           lian_record_get_record_kind (local) != lian_record_get_record_kind (stored))
    ok = lian_registry_remove (registry, id, FALSE, NULL, error) &&
         lian_registry_add (registry, stored, error);
  else if (stored != NULL)
    ok = update_in_place (local, stored, error);
  state->applying--;
  return ok;
}

/* Additions first, kind by kind (a record refers to kinds before its
 * own), then changes, then removals from the last kind back. */
static int
apply_rank (LianRegistry *registry,
            const char   *id,
            LianRecord   *stored)
{
  LianRecord *local = lian_registry_lookup (registry, id);

  if (stored && !local)
    return lian_record_get_record_kind (stored);
  if (stored)
    return 100;
  if (local)
    return 300 - (int) lian_record_get_record_kind (local);
  return -1;
}

gboolean
lian_store_apply_records (LianStore     *self,
                          LianRegistry  *registry,
                          GPtrArray     *ids,
                          GPtrArray     *stored,
                          guint         *n_applied,
                          GError       **error)
{
  LianStoreState *state = get_state (self);
  guint n = 0;

  for (int rank = 0; rank <= 300; rank++)
    for (guint i = 0; i < ids->len; i++)
      {
        const char *id = g_ptr_array_index (ids, i);
        LianRecord *record = g_ptr_array_index (stored, i);

        if (g_hash_table_contains (state->pending_index, id) ||
            apply_rank (registry, id, record) != rank)
          continue;
        if (!lian_store_apply_record (self, registry, id, record, error))
          return FALSE;
        n++;
      }
  if (n_applied)
    *n_applied = n;
  return TRUE;
}

/* Opening */

#if !HAVE_SQLITE
LianStore *
lian_store_sqlite_open (const char  *path,
                        const char  *uri,
                        GError     **error)
{
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
               _("%s: this lian was built without SQLite"), uri);
  return NULL;
}
#endif

static gboolean
has_suffix_nocase (const char *s,
                   const char *suffix)
{
  gsize n = strlen (s), m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (s + n - m, suffix) == 0;
}

/**
 * lian_store_open:
 * @uri: a path or URI: `PATH.json` or `file:PATH.json` for a lian JSON
 *   document, `PATH.db`, `PATH.sqlite` or `sqlite:PATH` for a SQLite
 *   database
 * @error: return location for a #GError
 *
 * Opens the store @uri names, creating an empty SQLite database if there
 * is none. A JSON document is read only by [method@Lian.Store.load].
 *
 * Returns: (transfer full): the store, or `NULL` with `LIAN_FORMAT_ERROR_UNSUPPORTED`
 *   for a URI of no known kind, or another error when it cannot be opened
 */
LianStore *
lian_store_open (const char  *uri,
                 GError     **error)
{
  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_str_has_prefix (uri, "sqlite:"))
    return lian_store_sqlite_open (uri + strlen ("sqlite:"), uri, error);
  if (g_str_has_prefix (uri, "file:"))
    {
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
      const char *p = path ? path : uri + strlen ("file:");

      return has_suffix_nocase (p, ".json") ? lian_store_document_open (p, uri, error)
                                            : lian_store_sqlite_open (p, uri, error);
    }
  if (has_suffix_nocase (uri, ".db") || has_suffix_nocase (uri, ".sqlite") ||
      has_suffix_nocase (uri, ".sqlite3"))
    return lian_store_sqlite_open (uri, uri, error);
  if (has_suffix_nocase (uri, ".json") || g_file_test (uri, G_FILE_TEST_IS_REGULAR))
    return lian_store_document_open (uri, uri, error);

  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
               _("%s: not a store lian knows (a .json document, a .db file or sqlite:PATH)"),
               uri);
  return NULL;
}

/**
 * lian_store_get_uri:
 * @self: a store
 *
 * The path or URI the store was opened with.
 *
 * Returns: the URI
 */
const char *
lian_store_get_uri (LianStore *self)
{
  g_return_val_if_fail (LIAN_IS_STORE (self), NULL);

  return get_state (self)->uri;
}

/**
 * lian_store_get_actor:
 * @self: a store
 *
 * Who the changes this store commits are written down as having been
 * made by, in the store's log of changes: by default `$LIAN_ACTOR`, or
 * else the user's login name.
 *
 * Returns: the actor
 */
const char *
lian_store_get_actor (LianStore *self)
{
  g_return_val_if_fail (LIAN_IS_STORE (self), NULL);

  return get_state (self)->actor;
}

/**
 * lian_store_set_actor:
 * @self: a store
 * @actor: (nullable): who makes the next changes; `NULL` for the user's
 *   login name
 *
 * Sets who the changes committed from now on are written down as having
 * been made by.
 */
void
lian_store_set_actor (LianStore  *self,
                      const char *actor)
{
  LianStoreState *state;

  g_return_if_fail (LIAN_IS_STORE (self));

  state = get_state (self);
  g_free (state->actor);
  state->actor = g_strdup (actor ? actor : g_get_user_name ());
}

/**
 * lian_store_get_registry:
 * @self: a store
 *
 * The registry the store loaded and follows.
 *
 * Returns: (transfer none) (nullable): the registry, or `NULL` before
 *   [method@Lian.Store.load] or after [method@Lian.Store.close]
 */
LianRegistry *
lian_store_get_registry (LianStore *self)
{
  g_autoptr(LianRegistry) registry = NULL;

  g_return_val_if_fail (LIAN_IS_STORE (self), NULL);

  /* The registry holds the store, so the pointer stays good while the
   * caller holds either. */
  registry = g_weak_ref_get (&get_state (self)->registry);
  return registry;
}

/**
 * lian_store_load:
 * @self: a store
 * @registry: an empty registry
 * @error: return location for a #GError
 *
 * Loads the store's records into @registry, which then keeps the store
 * (see [method@Lian.Registry.get_store]) and the store follows its
 * changes until [method@Lian.Store.commit] writes them. A store loads
 * one registry, once.
 *
 * Returns: true if the records were loaded; on an error @registry is
 *   left empty
 */
gboolean
lian_store_load (LianStore     *self,
                 LianRegistry  *registry,
                 GError       **error)
{
  LianStoreState *state;

  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (lian_registry_get_n_records (registry) == 0, FALSE);

  state = get_state (self);
  g_return_val_if_fail (!state->closed, FALSE);
  g_return_val_if_fail (lian_store_get_registry (self) == NULL, FALSE);

  if (!LIAN_STORE_GET_IFACE (self)->load (self, registry, error))
    {
      lian_registry_clear (registry);
      g_hash_table_remove_all (state->revisions);
      return FALSE;
    }
  attach (self, registry);
  return TRUE;
}

/**
 * lian_store_has_changes:
 * @self: a store
 *
 * Whether the registry holds changes not yet committed.
 *
 * Returns: true if [method@Lian.Store.commit] has something to write
 */
gboolean
lian_store_has_changes (LianStore *self)
{
  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);

  return get_state (self)->pending->len > 0;
}

/**
 * lian_store_commit:
 * @self: a store that loaded a registry
 * @error: return location for a #GError
 *
 * Writes the records added, changed or removed in the registry since the
 * last commit, all in one transaction, and one entry per record in the
 * store's log of changes.
 *
 * If another process has changed or removed one of those records since
 * this store last saw it (or added one with the same id), nothing is
 * written and the commit fails with `LIAN_REGISTRY_ERROR_CONFLICT`, whose
 * message names the record, who changed it and when; the registry's
 * records concerned are then brought back to what the store holds. On
 * any other error (a read-only folder, a full disk) the store is left as
 * it was and the changes stay pending.
 *
 * Returns: true if the changes were written
 */
gboolean
lian_store_commit (LianStore  *self,
                   GError    **error)
{
  LianStoreState *state;
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  state = get_state (self);
  registry = g_weak_ref_get (&state->registry);
  g_return_val_if_fail (registry != NULL, FALSE);

  if (state->pending->len == 0)
    return TRUE;
  if (LIAN_STORE_GET_IFACE (self)->commit (self, registry, state->pending, &local_error))
    {
      clear_pending (state);
      return TRUE;
    }
  if (g_error_matches (local_error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT))
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) revert_error = NULL;

      for (guint i = 0; i < state->pending->len; i++)
        g_ptr_array_add (ids, g_strdup (((LianStorePending *) state->pending->pdata[i])->id));
      clear_pending (state);
      if (!LIAN_STORE_GET_IFACE (self)->refresh (self, registry, ids, NULL, &revert_error))
        g_warning ("%s: %s", state->uri, revert_error->message);
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * lian_store_refresh:
 * @self: a store that loaded a registry
 * @n_applied: (out) (optional): how many records were brought in
 * @error: return location for a #GError
 *
 * Brings into the registry what other processes have committed since
 * this store last looked, with the registry's usual signals. Records
 * with changes of this process not yet committed are left as they are
 * (their commit will then be refused as a conflict).
 *
 * Returns: true if the registry is up to date
 */
gboolean
lian_store_refresh (LianStore  *self,
                    guint      *n_applied,
                    GError    **error)
{
  g_autoptr(LianRegistry) registry = NULL;

  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  registry = g_weak_ref_get (&get_state (self)->registry);
  g_return_val_if_fail (registry != NULL, FALSE);

  if (n_applied)
    *n_applied = 0;
  return LIAN_STORE_GET_IFACE (self)->refresh (self, registry, NULL, n_applied, error);
}

/**
 * lian_store_save:
 * @self: a store
 * @registry: the registry whose records to keep
 * @error: return location for a #GError
 *
 * Replaces everything the store holds with @registry's records, as one
 * transaction (`lian convert` uses it); the log of changes records no
 * change for it. The store does not follow @registry afterwards.
 *
 * Returns: true if the records were written
 */
gboolean
lian_store_save (LianStore     *self,
                 LianRegistry  *registry,
                 GError       **error)
{
  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return LIAN_STORE_GET_IFACE (self)->save (self, registry, error);
}

/**
 * lian_store_close:
 * @self: a store
 *
 * Stops following the registry and closes the file; changes not yet
 * committed are not written. Closing twice does nothing.
 */
void
lian_store_close (LianStore *self)
{
  LianStoreState *state;

  g_return_if_fail (LIAN_IS_STORE (self));

  state = get_state (self);
  if (state->closed)
    return;
  state->closed = TRUE;
  detach (state);
  clear_pending (state);
  LIAN_STORE_GET_IFACE (self)->close (self);
}

/* The registry's side */

/**
 * lian_registry_open:
 * @uri: a path or URI, as [func@Lian.Store.open] takes
 * @error: return location for a #GError
 *
 * Opens the store @uri names and loads it into a new registry, which
 * keeps the store: see [method@Lian.Registry.get_store].
 *
 * Returns: (transfer full): the registry, or `NULL` with an error
 */
LianRegistry *
lian_registry_open (const char  *uri,
                    GError     **error)
{
  g_autoptr(LianStore) store = NULL;
  g_autoptr(LianRegistry) registry = NULL;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = lian_store_open (uri, error);
  if (store == NULL)
    return NULL;
  registry = lian_registry_new ();
  if (!lian_store_load (store, registry, error))
    return NULL;
  return g_steal_pointer (&registry);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LianRegistry *registry;

  if (g_task_return_error_if_cancelled (task))
    return;
  /* The registry is made in this thread and seen by no one else until
   * the task returns it. */
  registry = lian_registry_open (task_data, &error);
  if (registry == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, registry, g_object_unref);
}

/**
 * lian_registry_open_async:
 * @uri: a path or URI, as [func@Lian.Store.open] takes
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the registry is open
 * @user_data: data for @callback
 *
 * Opens the store @uri names and loads it into a new registry in a
 * worker thread; finish with [func@Lian.Registry.open_finish].
 */
void
lian_registry_open_async (const char          *uri,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (uri != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lian_registry_open_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * lian_registry_open_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Finishes [func@Lian.Registry.open_async].
 *
 * Returns: (transfer full): the registry, or `NULL` with an error
 */
LianRegistry *
lian_registry_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lian_registry_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * lian_registry_get_store:
 * @registry: a registry
 *
 * The store the registry was loaded from by [func@Lian.Registry.open] or
 * [method@Lian.Store.load].
 *
 * Returns: (transfer none) (nullable): the store, or `NULL`
 */
LianStore *
lian_registry_get_store (LianRegistry *registry)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);

  return g_object_get_data (G_OBJECT (registry), "lian-store");
}
