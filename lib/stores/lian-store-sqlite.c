/* lian-store-sqlite.c: a register in a SQLite database
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One database file, in WAL mode, that many processes open at once. A
 * commit takes the write lock (BEGIN IMMEDIATE), checks that each record
 * it writes still has the revision this process last saw, writes only
 * those records and one row per record in `changes`, and commits; a
 * refresh reads the records `changes` names after the last sequence this
 * process looked at.
 */
#include "config.h"

#include <string.h>

#include "lian-store-sqlite-private.h"
#include "lian-document-private.h"
#include "lian-record-json-private.h"
#include "lian-registry-json.h"
#include "lian-error.h"
#include "lian-format.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"

/* How long a statement waits for another connection's lock. */
#define BUSY_TIMEOUT_MS 10000

#define LIAN_TYPE_STORE_SQLITE (lian_store_sqlite_get_type ())
G_DECLARE_FINAL_TYPE (LianStoreSqlite, lian_store_sqlite, LIAN, STORE_SQLITE, GObject)

struct _LianStoreSqlite
{
  GObject         parent_instance;

  LianStoreState  state;
  sqlite3        *db;
  GHashTable     *stmts;           /* prepared statements by their SQL */
  char           *path;
  gint64          last_sequence;   /* the last change this process looked at */
};

static void store_iface_init (LianStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LianStoreSqlite, lian_store_sqlite, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIAN_TYPE_STORE, store_iface_init))

static void
lian_store_sqlite_finalize (GObject *object)
{
  LianStoreSqlite *self = LIAN_STORE_SQLITE (object);

  lian_store_state_clear (&self->state);
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_free (self->path);
  G_OBJECT_CLASS (lian_store_sqlite_parent_class)->finalize (object);
}

static void
lian_store_sqlite_class_init (LianStoreSqliteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_store_sqlite_finalize;
}

static void
lian_store_sqlite_init (LianStoreSqlite *self)
{
}

static gboolean
fail (LianStoreSqlite  *self,
      GError          **error)
{
  return lian_sqlite_error (self->db, self->path, error);
}

static gboolean
exec (LianStoreSqlite  *self,
      const char       *sql,
      GError          **error)
{
  return lian_sqlite_exec (self->db, self->path, sql, error);
}

static void
rollback (LianStoreSqlite *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static sqlite3_stmt *
prepare (LianStoreSqlite  *self,
         const char       *sql,
         GError          **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (self, error);
      return NULL;
    }
  return stmt;
}

/* Asks for WAL: readers never wait for the writer; NORMAL survives a
 * killed process. SQLite does not wait for a lock to change the journal's
 * mode: while another process writes a new store through a rollback journal
 * (lian_sqlite_save_begin()), asking fails at once with SQLITE_BUSY. It is
 * asked again until the store's busy timeout has passed, as any other
 * statement would wait. */
static gboolean
ask_for_wal (LianStoreSqlite  *self,
             GError          **error)
{
  gint64 give_up = g_get_monotonic_time () + BUSY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (sqlite3_exec (self->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) == SQLITE_BUSY &&
         g_get_monotonic_time () < give_up)
    sqlite3_sleep (20);
  return exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", error);
}

LianStore *
lian_store_sqlite_open (const char  *path,
                        const char  *uri,
                        GError     **error)
{
  g_autoptr(LianStoreSqlite) self = g_object_new (LIAN_TYPE_STORE_SQLITE, NULL);
  int rc;

  lian_store_state_init (&self->state, uri);
  self->path = g_strdup (path);
  self->stmts = lian_sqlite_cache_new ();
  /* No mutex: like its registry, a store is used by one thread at a time. */
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      fail (self, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 0);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  if (!ask_for_wal (self, error) ||
      !lian_sqlite_ensure_schema (self->db, path, error) ||
      !lian_sqlite_limit_growth (self->db, path, error))
    return NULL;
  return LIAN_STORE (g_steal_pointer (&self));
}

/* Reading */

/* Appends @name as a JSON string. */
static void
append_json_string (GString    *out,
                    const char *name)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), name);
  g_autofree char *text = lian_store_json_text (node);

  g_string_append (out, text);
}

/* Appends the records of @kind (or those of @ids, a JSON array) to a
 * document being written: ,"needs":[...]. Returns the number of records. */
static gssize
append_records (LianStoreSqlite  *self,
                GString          *doc,
                LianRecordKind    kind,
                const char       *ids,
                GError          **error)
{
  g_autofree char *sql = lian_sqlite_select_json (kind, ids != NULL);
  sqlite3_stmt *stmt = prepare (self, sql, error);
  gssize n = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  if (ids)
    sqlite3_bind_text (stmt, 1, ids, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append (doc, n == 0 ? ",\n" : ",");
      if (n == 0)
        {
          append_json_string (doc, lian_store_table (kind)->name);
          g_string_append (doc, ":[");
        }
      g_string_append (doc, (const char *) sqlite3_column_text (stmt, 0));
      n++;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail (self, error), -1;
  if (n > 0)
    g_string_append (doc, "]");
  return n;
}

static gboolean
append_document_members (LianStoreSqlite  *self,
                         GString          *doc,
                         GError          **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT member, value FROM document ORDER BY position, member", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append (doc, ",\n");
      append_json_string (doc, (const char *) sqlite3_column_text (stmt, 0));
      g_string_append_c (doc, ':');
      g_string_append (doc, (const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error);
}

static gboolean
read_revisions (LianStoreSqlite  *self,
                GError          **error)
{
  /* In the order of the ids, as the table's key keeps them. */
  sqlite3_stmt *stmt = prepare (self, "SELECT id, revision FROM records ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  lian_store_state_clear_revisions (&self->state);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
      lian_store_state_load_revision (&self->state, (const char *) sqlite3_column_text (stmt, 0),
                                      sqlite3_column_int64 (stmt, 1));
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error);
}

static gint64
query_int64 (LianStoreSqlite *self,
             const char      *sql,
             const char      *arg,
             gint64           otherwise)
{
  sqlite3_stmt *stmt = prepare (self, sql, NULL);
  gint64 value = otherwise;

  if (stmt == NULL)
    return otherwise;
  if (arg)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* A load's reading of the store, in whichever thread reads it. */
typedef struct
{
  LianStoreSqlite *self;
  gboolean         failed;  /* the reading failed: its error names the file */
} Reading;

/* Fills @read with the store's records, at their revisions, and the
 * document's own members, in one read transaction: the records, their
 * revisions and the last change are one moment of the store. */
static gboolean
fill_from_store (LianDocument  *read,
                 gpointer       data,
                 GError       **error)
{
  Reading *reading = data;
  LianStoreSqlite *self = reading->self;
  g_autoptr(GString) doc = g_string_new ("{\"format\":\"lian\",\"version\":1");
  g_autoptr(GInputStream) header = NULL;
  gboolean ok;

  if (!exec (self, "BEGIN", error))
    return !(reading->failed = TRUE);
  ok = append_document_members (self, doc, error);
  g_string_append (doc, "\n}\n");
  /* The header and the document's own members, read as a document; the
   * records, from their columns. */
  header = g_memory_input_stream_new_from_data (doc->str, doc->len, NULL);
  if (ok && !lian_document_read_stream_into (read, header, 0, NULL, error))
    {
      g_prefix_error (error, "%s: ", self->path);
      ok = FALSE;
    }
  ok = ok && read_revisions (self, error);
  for (guint k = 0; ok && k < LIAN_N_RECORD_KINDS; k++)
    ok = lian_sqlite_read_records (self->db, self->path, read, &self->state, k, error) >= 0;
  self->last_sequence = query_int64 (self, "SELECT max(sequence) FROM changes", NULL, 0);
  rollback (self);
  reading->failed = !ok;
  return ok;
}

/* The store's size in bytes, for how it is read. */
static goffset
store_size (LianStoreSqlite *self)
{
  return query_int64 (self, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size",
                      NULL, -1);
}

/* A large store is read in a thread of its own while the registry's
 * thread adds its records, as a large document is. */
static gboolean
sqlite_load (LianStore     *store,
             LianRegistry  *registry,
             GError       **error)
{
  LianStoreSqlite *self = LIAN_STORE_SQLITE (store);
  Reading reading = { self, FALSE };
  goffset size = store_size (self);
  /* Room for as many records as it holds, its log of changes aside. */
  gint64 expected = query_int64 (self, "SELECT count(*) FROM records", NULL, 0);

  if (lian_document_load_filled (registry, fill_from_store, &reading, MAX (expected, 0),
                                 lian_document_reads_apart (size), error))
    return TRUE;
  if (!reading.failed)
    g_prefix_error (error, "%s: ", self->path);
  return FALSE;
}

/* @ids as a JSON array. */
static char *
ids_to_json (const char * const *ids,
             guint               n)
{
  g_autoptr(JsonArray) array = json_array_sized_new (n);
  g_autoptr(JsonNode) node = NULL;

  for (guint i = 0; i < n; i++)
    json_array_add_string_element (array, ids[i]);
  node = json_node_init_array (json_node_alloc (), array);
  return lian_store_json_text (node);
}

/* The JSON members of @id as the store holds them, or NULL. */
static JsonObject *
read_object (LianStoreSqlite  *self,
             LianRecordKind    kind,
             const char       *id)
{
  g_autofree char *sql = lian_sqlite_select_json (kind, TRUE);
  g_autofree char *ids = ids_to_json (&id, 1);
  sqlite3_stmt *stmt = prepare (self, sql, NULL);
  JsonObject *object = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ids, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(JsonNode) node = json_from_string ((const char *) sqlite3_column_text (stmt, 0), NULL);
      if (node && JSON_NODE_HOLDS_OBJECT (node))
        object = json_object_ref (json_node_get_object (node));
    }
  sqlite3_finalize (stmt);
  return object;
}

/* Committing */

typedef struct
{
  guint64     revision;
  int         kind;       /* -1: not in the store */
} Stored;

static Stored
stored_revision (LianStoreSqlite *self,
                 const char      *id)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT revision, kind FROM records WHERE id = ?1", NULL);
  Stored s = { 0, -1 };

  if (stmt == NULL)
    return s;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      s.revision = sqlite3_column_int64 (stmt, 0);
      s.kind = lian_store_kind_from_nick ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  return s;
}

static gboolean
set_conflict (LianStoreSqlite  *self,
              const char       *id,
              gboolean          in_store,
              GError          **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT actor, time, operation FROM changes "
                                      "WHERE record = ?1 ORDER BY sequence DESC LIMIT 1", NULL);
  g_autofree char *actor = NULL;
  g_autofree char *when = NULL;

  if (stmt)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc (sqlite3_column_int64 (stmt, 1) / G_USEC_PER_SEC);

          actor = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          when = t ? lian_format_time (t) : NULL;
        }
      sqlite3_finalize (stmt);
    }
  if (!in_store)
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
                 /* TRANSLATORS: %s are a record id, a person and a time */
                 _("%s: removed by %s at %s, after this process read it; nothing was written"),
                 id, actor ? actor : "?", when ? when : "?");
  else
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
                 /* TRANSLATORS: %s are a record id, a person and a time */
                 _("%s: changed by %s at %s, after this process read it; nothing was written"),
                 id, actor ? actor : "?", when ? when : "?");
  return FALSE;
}

static gboolean
log_change (LianStoreSqlite  *self,
            LianChange       *change,
            const char       *id,
            LianRecordKind    kind,
            const char       *operation,
            guint64           revision,
            JsonObject       *before,
            JsonObject       *after,
            gboolean         *changed,
            GError          **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  const char *property;
  guint n_diff;
  int rc;

  lian_store_diff (before, after, &before_text, &after_text, &property, &n_diff);
  *changed = n_diff > 0;
  if (!*changed)
    return TRUE;
  stmt = prepare (self, "INSERT INTO changes (time, actor, record, kind, operation, revision, "
                        "property, fields_before, fields_after) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lian_change_get_time (change));
  sqlite3_bind_text (stmt, 2, lian_store_state_actor (&self->state, change), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, lian_store_kind_nick (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, operation, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, revision);
  sqlite3_bind_text (stmt, 7, g_str_equal (operation, "update") ? property : NULL, -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, before_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, after_text, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error);
}

static gboolean
set_record_revision (LianStoreSqlite  *self,
                     const char       *id,
                     LianRecordKind    kind,
                     guint64           revision,
                     GError          **error)
{
  sqlite3_stmt *stmt = lian_sqlite_cached (self->db, self->path, self->stmts,
                                          "INSERT OR REPLACE INTO records (id, kind, revision) "
                                          "VALUES (?1, ?2, ?3)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, lian_store_kind_nick (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, revision);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error);
}

static gboolean
delete_record (LianStoreSqlite  *self,
               const char       *id,
               GError          **error)
{
  sqlite3_stmt *stmt = prepare (self, "DELETE FROM records WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error);
}

static const char *
operation_name (LianChangeOperation op)
{
  return op == LIAN_CHANGE_OPERATION_ADD ? "add"
         : op == LIAN_CHANGE_OPERATION_REMOVE ? "remove" : "update";
}

/* Writes one change and sets the record's revision in the store. */
static gboolean
commit_one (LianStoreSqlite  *self,
            LianChange       *change,
            GError          **error)
{
  const char *id = lian_change_get_record_id (change);
  LianRecordKind kind = lian_change_get_record_kind (change);
  LianChangeOperation op = lian_change_get_operation (change);
  Stored stored = stored_revision (self, id);
  g_autoptr(JsonObject) before = NULL;
  g_autoptr(JsonObject) after = NULL;
  gboolean changed;

  if (stored.revision != lian_store_state_get_revision (&self->state, id))
    return set_conflict (self, id, stored.kind >= 0, error);
  if (stored.kind >= 0)
    before = read_object (self, stored.kind, id);
  if (op != LIAN_CHANGE_OPERATION_REMOVE)
    after = lian_store_record_to_object (lian_change_get_record (change));
  else if (stored.kind < 0)
    return TRUE;
  if (stored.kind < 0)
    op = LIAN_CHANGE_OPERATION_ADD;

  if (!log_change (self, change, id, kind, operation_name (op), stored.revision + 1,
                   before, after, &changed, error))
    return FALSE;
  if (!changed)
    return TRUE;
  if (stored.kind >= 0 && (after == NULL || (int) kind != stored.kind) &&
      !lian_sqlite_delete_row (self->db, self->path, self->stmts, stored.kind, id, error))
    return FALSE;
  if (after &&
      !lian_sqlite_write_row (self->db, self->path, self->stmts, kind, id, after, TRUE, error))
    return FALSE;
  if (after == NULL)
    {
      /* A removed record's revision lives on in its last change. */
      lian_store_state_set_revision (&self->state, id, 0);
      return delete_record (self, id, error);
    }
  lian_store_state_set_revision (&self->state, id, stored.revision + 1);
  return set_record_revision (self, id, kind, stored.revision + 1, error);
}

static gboolean
sqlite_commit (LianStore     *store,
               LianRegistry  *registry,
               GPtrArray     *changes,
               GError       **error)
{
  LianStoreSqlite *self = LIAN_STORE_SQLITE (store);
  g_autoptr(GHashTable) saved = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer id, revision;

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* The revisions as they were, for a refused batch. */
  for (guint i = 0; i < changes->len; i++)
    {
      const char *rid = lian_change_get_record_id (changes->pdata[i]);

      if (!g_hash_table_contains (saved, rid))
        g_hash_table_insert (saved, (gpointer) rid,
                             GSIZE_TO_POINTER ((gsize) lian_store_state_get_revision (&self->state, rid)));
    }
  for (guint i = 0; i < changes->len; i++)
    if (!commit_one (self, changes->pdata[i], error))
      break;
    else if (i + 1 == changes->len && exec (self, "COMMIT", error))
      return TRUE;

  rollback (self);
  g_hash_table_iter_init (&iter, saved);
  while (g_hash_table_iter_next (&iter, &id, &revision))
    lian_store_state_set_revision (&self->state, id, GPOINTER_TO_SIZE (revision));
  return FALSE;
}

/* Refreshing */

/* The ids of the records changed by others since the last look. */
static GPtrArray *
changed_ids (LianStoreSqlite  *self,
             gint64           *last,
             GError          **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  *last = query_int64 (self, "SELECT max(sequence) FROM changes", NULL, 0);
  stmt = prepare (self, "SELECT record FROM changes WHERE sequence > ?1 AND sequence <= ?2 "
                        "GROUP BY record ORDER BY min(sequence)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, self->last_sequence);
  sqlite3_bind_int64 (stmt, 2, *last);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      Stored s = stored_revision (self, id);

      if (s.revision != lian_store_state_get_revision (&self->state, id) || s.kind < 0)
        g_ptr_array_add (ids, g_strdup (id));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail (self, error), NULL;
  return g_steal_pointer (&ids);
}

static gboolean
sqlite_refresh (LianStore     *store,
                LianRegistry  *registry,
                guint         *n_applied,
                GError       **error)
{
  LianStoreSqlite *self = LIAN_STORE_SQLITE (store);
  g_autoptr(GString) doc = g_string_new ("{\"format\":\"lian\",\"version\":1");
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) stored = g_ptr_array_new ();
  g_autoptr(GArray) revisions = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(LianDocument) read = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *of_kind[LIAN_N_RECORD_KINDS];
  gint64 last = 0;
  gboolean ok = TRUE;

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    of_kind[k] = g_ptr_array_new ();
  if (!exec (self, "BEGIN", error))
    {
      for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
        g_ptr_array_unref (of_kind[k]);
      return FALSE;
    }
  ids = changed_ids (self, &last, error);
  ok = ids != NULL;
  for (guint i = 0; ok && i < ids->len; i++)
    {
      Stored s = stored_revision (self, ids->pdata[i]);

      g_array_append_val (revisions, s.revision);
      if (s.kind >= 0)
        g_ptr_array_add (of_kind[s.kind], ids->pdata[i]);
    }
  for (guint k = 0; ok && k < LIAN_N_RECORD_KINDS; k++)
    if (of_kind[k]->len > 0)
      {
        g_autofree char *json = ids_to_json ((const char * const *) of_kind[k]->pdata,
                                             of_kind[k]->len);
        ok = append_records (self, doc, k, json, error) >= 0;
      }
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    g_ptr_array_unref (of_kind[k]);
  rollback (self);
  if (!ok)
    return FALSE;
  if (ids->len == 0)
    {
      self->last_sequence = MAX (self->last_sequence, last);
      return TRUE;
    }
  g_string_append (doc, "}");
  read = lian_document_read (doc->str, doc->len, error);
  if (read == NULL)
    return FALSE;
  for (guint i = 0; i < read->records->len; i++)
    g_hash_table_insert (by_id, (gpointer) lian_record_get_id (read->records->pdata[i]),
                         read->records->pdata[i]);
  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (stored, g_hash_table_lookup (by_id, ids->pdata[i]));
  if (!lian_store_apply_records (store, registry, ids, stored,
                                 (const guint64 *) revisions->data, n_applied, error))
    return FALSE;
  self->last_sequence = MAX (self->last_sequence, last);
  return TRUE;
}

static gboolean
sqlite_save (LianStore     *store,
             LianRegistry  *registry,
             GError       **error)
{
  LianStoreSqlite *self = LIAN_STORE_SQLITE (store);

  return lian_sqlite_save (self->db, self->stmts, self->path, registry, error);
}

static void
sqlite_close (LianStore *store)
{
  LianStoreSqlite *self = LIAN_STORE_SQLITE (store);

  g_hash_table_remove_all (self->stmts);
  g_clear_pointer (&self->db, sqlite3_close_v2);
}

static gboolean
sqlite_list_changes (LianStore     *store,
                     LianRegistry  *registry,
                     const char    *record_id,
                     gint64         since,
                     const char    *actor,
                     GPtrArray     *out,
                     GError       **error)
{
  LianStoreSqlite *self = LIAN_STORE_SQLITE (store);

  return lian_sqlite_read_changes (self->db, self->path, registry, record_id, since, actor,
                                   out, error);
}

static LianStoreState *
sqlite_get_state (LianStore *store)
{
  return &LIAN_STORE_SQLITE (store)->state;
}

static void
store_iface_init (LianStoreInterface *iface)
{
  iface->get_state = sqlite_get_state;
  iface->load = sqlite_load;
  iface->commit = sqlite_commit;
  iface->refresh = sqlite_refresh;
  iface->save = sqlite_save;
  iface->close = sqlite_close;
  iface->list_changes = sqlite_list_changes;
}
