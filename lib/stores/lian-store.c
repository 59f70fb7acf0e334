/* lian-store.c: where a registry's records are kept between runs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-store-private.h"
#include "lian-document-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"

/**
 * LianStore:
 *
 * Where a registry's records are kept between runs, and shared between
 * processes: a lian JSON document (`register.json`), a SQLite database
 * (`register.db`, `sqlite:PATH`) or a PostgreSQL database
 * (`postgresql://clerk@db.example.cn/register`).
 *
 * A store loads into a registry and then keeps it: each change or batch
 * the registry accepts is written to the store in one transaction before
 * the registry publishes it, and the store remembers each record's
 * revision. A change to a record that another process has changed since
 * this one read it is refused with `LIAN_REGISTRY_ERROR_CONFLICT`:
 * nothing is written and the registry undoes the change.
 * [method@Lian.Store.refresh] brings in what other processes committed,
 * with the registry's usual signals.
 *
 * ```c
 * g_autoptr(LianRegistry) registry = lian_registry_open ("register.db", &error);
 * LianEnterprise *e = lian_registry_lookup_enterprise (registry, "e1");
 * g_auto(GValue) employees = G_VALUE_INIT;
 *
 * g_value_set_uint (g_value_init (&employees, G_TYPE_UINT), 42);
 * if (!lian_registry_update (registry, LIAN_RECORD (e), "employees", &employees, &error))
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

void
lian_store_state_init (LianStoreState *state,
                       const char     *uri)
{
  const char *user = g_getenv ("LIAN_ACTOR");

  state->uri = g_strdup (uri);
  state->actor = g_strdup (user && *user ? user : g_get_user_name ());
  g_weak_ref_init (&state->registry, NULL);
  state->revisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
detach (LianStoreState *state)
{
  g_autoptr(LianRegistry) registry = g_weak_ref_get (&state->registry);

  if (registry)
    lian_registry_set_committer (registry, NULL, NULL, NULL);
  g_weak_ref_set (&state->registry, NULL);
}

static void
stop_refreshing (LianStoreState *state)
{
  if (state->refresh_source)
    {
      g_source_destroy (state->refresh_source);
      g_clear_pointer (&state->refresh_source, g_source_unref);
    }
  if (state->watch_source)
    {
      g_source_destroy (state->watch_source);
      g_clear_pointer (&state->watch_source, g_source_unref);
    }
}

void
lian_store_state_clear (LianStoreState *state)
{
  stop_refreshing (state);
  detach (state);
  g_weak_ref_clear (&state->registry);
  g_clear_pointer (&state->uri, g_free);
  g_clear_pointer (&state->actor, g_free);
  lian_store_state_clear_revisions (state);
  g_clear_pointer (&state->revisions, g_hash_table_unref);
}

/* The revisions a load read in the order of their ids: a whole store's
 * (the SQLite store reads them from its table's key), without a copy of
 * each id and a slot of the hash for each. */
struct _LianLoadedRevisions
{
  GString  *ids;        /* one after the other, each with its NUL */
  GArray   *starts;     /* gsize: where each begins in @ids */
  GArray   *numbers;    /* guint64: each one's revision */
  gsize     cursor;     /* where the last search ended */
  gboolean  all_one;    /* each is 1 */
};

static const char *
loaded_id (struct _LianLoadedRevisions *loaded,
           gsize                        i)
{
  return loaded->ids->str + g_array_index (loaded->starts, gsize, i);
}

/* Finds @id's position; looks first just after the last one found, as
 * the records of a kind come in the order of their ids. */
static gboolean
loaded_find (struct _LianLoadedRevisions *loaded,
             const char                  *id,
             gsize                       *position)
{
  gsize lo = 0, hi;

  if (loaded == NULL)
    return FALSE;
  hi = loaded->starts->len;
  for (gsize i = loaded->cursor; i < hi && i < loaded->cursor + 2; i++)
    if (strcmp (loaded_id (loaded, i), id) == 0)
      return (*position = loaded->cursor = i), TRUE;
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      int cmp = strcmp (loaded_id (loaded, mid), id);

      if (cmp == 0)
        return (*position = loaded->cursor = mid), TRUE;
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

void
lian_store_state_clear_revisions (LianStoreState *state)
{
  g_hash_table_remove_all (state->revisions);
  if (state->loaded)
    {
      g_string_free (state->loaded->ids, TRUE);
      g_array_unref (state->loaded->starts);
      g_array_unref (state->loaded->numbers);
      g_clear_pointer (&state->loaded, g_free);
    }
}

void
lian_store_state_load_revision (LianStoreState *state,
                                const char     *id,
                                guint64         revision)
{
  struct _LianLoadedRevisions *loaded = state->loaded;
  gsize n = loaded ? loaded->starts->len : 0;

  if (loaded == NULL)
    {
      loaded = state->loaded = g_new0 (struct _LianLoadedRevisions, 1);
      loaded->ids = g_string_new (NULL);
      loaded->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
      loaded->numbers = g_array_new (FALSE, FALSE, sizeof (guint64));
      loaded->all_one = TRUE;
    }
  if (n > 0 && strcmp (loaded_id (loaded, n - 1), id) >= 0)
    {
      lian_store_state_set_revision (state, id, revision);
      return;
    }
  g_array_append_val (loaded->starts, loaded->ids->len);
  g_array_append_val (loaded->numbers, revision);
  g_string_append_len (loaded->ids, id, strlen (id) + 1);
  loaded->all_one = loaded->all_one && revision == 1;
}

guint64
lian_store_state_get_revision (LianStoreState *state,
                               const char     *id)
{
  gpointer value;
  gsize i;

  if (g_hash_table_lookup_extended (state->revisions, id, NULL, &value))
    return (guint64) GPOINTER_TO_SIZE (value);
  if (loaded_find (state->loaded, id, &i))
    return g_array_index (state->loaded->numbers, guint64, i);
  return 0;
}

void
lian_store_state_set_revision (LianStoreState *state,
                               const char     *id,
                               guint64         revision)
{
  gsize i;

  /* 0 is none: kept as such over a revision a load read. */
  if (revision == 0 && !loaded_find (state->loaded, id, &i))
    g_hash_table_remove (state->revisions, id);
  else
    g_hash_table_insert (state->revisions, g_strdup (id), GSIZE_TO_POINTER ((gsize) revision));
}

static LianStoreState *
get_state (LianStore *self)
{
  return LIAN_STORE_GET_IFACE (self)->get_state (self);
}

void
lian_store_state_revise (LianStoreState *state,
                         LianRecord     *record)
{
  /* The registry gives a record with none (0) revision 1: so are most of
   * a store's, which need not be looked up when every one is 1. */
  if (g_hash_table_size (state->revisions) == 0 && (state->loaded == NULL || state->loaded->all_one))
    return;
  lian_record_set_revision (record, lian_store_state_get_revision (state, lian_record_get_id (record)));
}

/* A store's records as a document's text, read (in whichever thread reads
 * it) at the revisions the store holds. */
typedef struct
{
  LianStoreState  *state;
  GString         *text;
  const char      *where;
  gboolean         failed;     /* the reading failed: its error names @where */
  LianDocumentFunc next;       /* whoever waits for each record read */
  gpointer         next_data;
} Revising;

static void
revise_cb (LianDocument *doc,
           gpointer      data)
{
  Revising *r = data;

  lian_store_state_revise (r->state, doc->records->pdata[doc->records->len - 1]);
  if (r->next)
    r->next (doc, r->next_data);
}

static gboolean
fill_revised (LianDocument  *doc,
              gpointer       data,
              GError       **error)
{
  Revising *r = data;
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (r->text->str, r->text->len, NULL);
  gboolean ok;

  r->next = doc->read_func;
  r->next_data = doc->read_data;
  doc->read_func = revise_cb;
  doc->read_data = r;
  ok = lian_document_read_stream_into (doc, in, 0, NULL, error);
  doc->read_func = r->next;
  doc->read_data = r->next_data;
  if (!ok)
    g_prefix_error (error, "%s: ", r->where);
  r->failed = !ok;
  return ok;
}

gboolean
lian_store_state_add_document (LianStoreState *state,
                               GString        *doc,
                               LianRegistry   *registry,
                               const char     *where,
                               GError        **error)
{
  Revising r = { state, doc, where, FALSE, NULL, NULL };

  /* A large one is read in a thread of its own while the registry's
   * thread adds its records. */
  g_string_append (doc, "\n}\n");
  if (lian_document_load_filled (registry, fill_revised, &r, doc->len / 256,
                                 lian_document_reads_apart (doc->len), error))
    return TRUE;
  if (!r.failed)
    g_prefix_error (error, "%s: ", where);
  return FALSE;
}

const char *
lian_store_state_actor (LianStoreState *state,
                        LianChange     *change)
{
  const char *actor = lian_change_get_actor (change);

  return actor ? actor : state->actor;
}

static gboolean
commit_cb (LianRegistry  *registry,
           GPtrArray     *changes,
           gpointer       data,
           GError       **error)
{
  LianStore *self = data;

  /* What the store itself applies is already in it. */
  if (get_state (self)->applying > 0)
    return TRUE;
  return LIAN_STORE_GET_IFACE (self)->commit (self, registry, changes, error);
}

/* The one place a store learns of the registry's changes: it is the
 * registry's committer. The registry keeps the store; the store only
 * points back at it. */
static void
attach (LianStore    *self,
        LianRegistry *registry)
{
  LianStoreState *state = get_state (self);

  g_weak_ref_set (&state->registry, registry);
  lian_registry_set_committer (registry, commit_cb, self, NULL);
  g_object_set_data_full (G_OBJECT (registry), "lian-store", g_object_ref (self),
                          g_object_unref);
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
                         guint64        revision,
                         GError       **error)
{
  LianStoreState *state = get_state (self);
  LianRecord *local = lian_registry_lookup (registry, id);
  gboolean ok = TRUE, was_loading;

  if (stored)
    lian_record_set_revision (stored, revision);
  state->applying++;
  /* Another process's change: told here as usual, journaled there. */
  was_loading = lian_registry_set_loading (registry, TRUE);
  if (stored == NULL && local != NULL)
    ok = lian_registry_remove (registry, id, FALSE, NULL, error);
  else if (stored != NULL && local == NULL)
    ok = lian_registry_add (registry, stored, error);
  else if (stored != NULL &&
           lian_record_get_record_kind (local) != lian_record_get_record_kind (stored))
    ok = lian_registry_remove (registry, id, FALSE, NULL, error) &&
         lian_registry_add (registry, stored, error);
  else if (stored != NULL)
    {
      ok = update_in_place (local, stored, error);
      lian_record_set_revision (local, revision);
    }
  lian_registry_set_loading (registry, was_loading);
  state->applying--;
  if (ok)
    lian_store_state_set_revision (state, id, stored ? revision : 0);
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
                          const guint64 *revisions,
                          guint         *n_applied,
                          GError       **error)
{
  g_autofree int *ranks = g_new (int, ids->len + 1);
  guint n = 0;

  /* Ranked before anything is applied: an addition is not applied again
   * as a change. */
  for (guint i = 0; i < ids->len; i++)
    ranks[i] = apply_rank (registry, ids->pdata[i], stored->pdata[i]);
  for (int rank = 0; rank <= 300; rank++)
    for (guint i = 0; i < ids->len; i++)
      {
        const char *id = g_ptr_array_index (ids, i);
        LianRecord *record = g_ptr_array_index (stored, i);

        if (ranks[i] != rank)
          continue;
        if (!lian_store_apply_record (self, registry, id, record, revisions[i], error))
          return FALSE;
        n++;
      }
  if (n_applied)
    *n_applied = n;
  return TRUE;
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
 * Loads the store's records, with their revisions, into @registry, which
 * then keeps the store (see [method@Lian.Registry.get_store]). From then
 * on each change or batch the registry accepts is written to the store,
 * in one transaction, before the registry publishes it; one the store
 * refuses (`LIAN_REGISTRY_ERROR_CONFLICT` when another process has
 * changed the record since, an I/O error when the disk is full or the
 * folder read-only) the registry undoes, and the store is left as it was.
 * A store loads one registry, once.
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
      lian_store_state_clear_revisions (state);
      return FALSE;
    }
  attach (self, registry);
  return TRUE;
}

/**
 * lian_store_refresh:
 * @self: a store that loaded a registry
 * @n_applied: (out) (optional): how many records were brought in
 * @error: return location for a #GError
 *
 * Brings into the registry what other processes have committed since
 * this store last looked, with the registry's usual signals, and each
 * record's revision as the store has it. After a change was refused with
 * `LIAN_REGISTRY_ERROR_CONFLICT`, a refresh brings in the change that
 * made it so; the change can then be made again on top of it.
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
  return LIAN_STORE_GET_IFACE (self)->refresh (self, registry, n_applied, error);
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

static gboolean
refresh_tick_cb (gpointer data)
{
  LianStore *self = data;
  g_autoptr(GError) error = NULL;

  if (lian_store_get_registry (self) == NULL)
    return G_SOURCE_CONTINUE;
  /* A busy store or a file being replaced is tried again next time. */
  if (!lian_store_refresh (self, NULL, &error))
    g_debug ("%s: %s", get_state (self)->uri, error->message);
  return G_SOURCE_CONTINUE;
}

/**
 * lian_store_set_refresh_interval:
 * @self: a store
 * @interval: milliseconds between two looks at the store, or 0
 *
 * Makes the store bring in other processes' changes by itself (as
 * [method@Lian.Store.refresh] does, with the registry's usual signals)
 * every @interval milliseconds while the thread-default main context of
 * the caller runs: a window showing the register then shows the others'
 * changes without being reopened. A look at a store nothing changed is
 * cheap (one indexed query, or a `stat()` of a document). A PostgreSQL
 * store is also woken at once by the notification each commit sends, so
 * it shows another process's change within moments whatever @interval
 * is. 0, the default, stops it.
 */
void
lian_store_set_refresh_interval (LianStore *self,
                                 guint      interval)
{
  LianStoreState *state;

  g_return_if_fail (LIAN_IS_STORE (self));

  state = get_state (self);
  stop_refreshing (state);
  state->refresh_interval = interval;
  if (interval == 0 || state->closed)
    return;
  state->refresh_source = g_timeout_source_new (interval);
  g_source_set_callback (state->refresh_source, refresh_tick_cb, self, NULL);
  g_source_set_static_name (state->refresh_source, "[lian] store refresh");
  g_source_attach (state->refresh_source, g_main_context_get_thread_default ());
  /* A store that hears of others' commits looks at once. */
  if (LIAN_STORE_GET_IFACE (self)->watch)
    state->watch_source = LIAN_STORE_GET_IFACE (self)->watch (self);
  if (state->watch_source)
    {
      g_source_set_callback (state->watch_source, refresh_tick_cb, self, NULL);
      g_source_attach (state->watch_source, g_main_context_get_thread_default ());
    }
}

/**
 * lian_store_get_refresh_interval:
 * @self: a store
 *
 * See [method@Lian.Store.set_refresh_interval].
 *
 * Returns: the milliseconds between two looks at the store, or 0
 */
guint
lian_store_get_refresh_interval (LianStore *self)
{
  g_return_val_if_fail (LIAN_IS_STORE (self), 0);

  return get_state (self)->refresh_interval;
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
  stop_refreshing (state);
  detach (state);
  LIAN_STORE_GET_IFACE (self)->close (self);
}

/**
 * lian_store_grant_reader:
 * @self: a store
 * @role: the name of a database role: one per person, or per scope
 * @person_id: the id of a person ([class@Lian.Actor]) the store holds
 * @error: return location for a `G_IO_ERROR` or a [error@Lian.RegistryError]
 *
 * Lets whoever connects to the store's database as @role — with `psql`, a
 * BI tool, a report of their own — read what the person @person_id may
 * read, and nothing else: the server enforces the person's scope through
 * row-level security on every table of records (a county's role sees its
 * county's enterprises, needs and organisations, the chains and service
 * items everyone reads, and none of the log). The role is made, able to
 * log in, if the server has none of that name; it may read, never write:
 * changes go through lian, which checks them (see [method@Lian.Registry.set_person]).
 * A PostgreSQL store only.
 *
 * ```python
 * store = registry.get_store()        # postgresql://…
 * store.grant_reader('xishan_clerk', 'p-xs-clerk')
 * # psql "postgresql://xishan_clerk@server/register" sees only 320205
 * ```
 *
 * Returns: true if @role may now read the person's scope; false with
 *   `G_IO_ERROR_NOT_SUPPORTED` for a store of another kind, or
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` for a person the store does not hold
 */
gboolean
lian_store_grant_reader (LianStore   *self,
                         const char  *role,
                         const char  *person_id,
                         GError     **error)
{
  LianStoreInterface *iface;

  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);
  g_return_val_if_fail (role != NULL && role[0] != '\0', FALSE);
  g_return_val_if_fail (person_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iface = LIAN_STORE_GET_IFACE (self);
  if (iface->grant_reader == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* TRANSLATORS: %s is a store's URI or file name */
                   _("%s: only a PostgreSQL store lets database roles read by scope"),
                   get_state (self)->uri);
      return FALSE;
    }
  return iface->grant_reader (self, role, person_id, error);
}
