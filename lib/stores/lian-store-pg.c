/* lian-store-pg.c: a register in a PostgreSQL database
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The SQLite store's tables and rules on a server that many processes on
 * many machines use at once. A commit is one transaction holding one
 * advisory lock: it checks that each record it writes still has the
 * revision this process last saw, writes those records and one row per
 * record in `changes`, and notifies `lian_changes`, which every open store
 * listens on. A lost connection (the server restarted, the backend ended)
 * is made again; a commit that had not reached COMMIT is sent again, one
 * whose COMMIT got no answer is looked up in `changes` before it is.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-private.h"
#include "lian-document-private.h"
#include "lian-record-json-private.h"
#include "lian-json-writer-private.h"
#include "lian-error.h"
#include "lian-format.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"

/* How long a commit waits for a restarted server. */
#define RECONNECT_WAIT_MS 10000

#define LOCK_SQL "SELECT pg_advisory_xact_lock(" G_STRINGIFY (LIAN_STORE_PG_COMMIT_LOCK) ")"

#define LIAN_TYPE_STORE_PG (lian_store_pg_get_type ())
G_DECLARE_FINAL_TYPE (LianStorePg, lian_store_pg, LIAN, STORE_PG, GObject)

typedef struct
{
  GSource      source;
  LianStorePg *store;
  gpointer     tag;
} Watch;

struct _LianStorePg
{
  GObject         parent_instance;

  LianStoreState  state;
  PGconn         *conn;
  char           *where;           /* the URI without its password */
  gint64          last_sequence;   /* the last change this process looked at */
  Watch          *watch;
  /* The first change the commit under way logged, to find it again. */
  char           *mark_record;
  gint64          mark_revision;
  gint64          mark_time;
};

static void store_iface_init (LianStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LianStorePg, lian_store_pg, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIAN_TYPE_STORE, store_iface_init))

static void
lian_store_pg_finalize (GObject *object)
{
  LianStorePg *self = LIAN_STORE_PG (object);

  lian_store_state_clear (&self->state);
  if (self->watch)
    self->watch->store = NULL;
  g_clear_pointer (&self->conn, PQfinish);
  g_free (self->where);
  g_free (self->mark_record);
  G_OBJECT_CLASS (lian_store_pg_parent_class)->finalize (object);
}

static void
lian_store_pg_class_init (LianStorePgClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_store_pg_finalize;
}

static void
lian_store_pg_init (LianStorePg *self)
{
}

/* The URI as people may see it: without a password. */
static char *
redact (const char *uri)
{
  const char *start = strstr (uri, "://");
  const char *at, *colon;

  if (start == NULL)
    return g_strdup (uri);
  start += 3;
  at = strchr (start, '@');
  colon = strchr (start, ':');
  if (at == NULL || colon == NULL || colon > at || memchr (start, '/', at - start))
    return g_strdup (uri);
  return g_strdup_printf ("%.*s%s", (int) (colon - uri), uri, at);
}

/* Connecting */

static void
watch_fd (LianStorePg *self)
{
  if (self->watch == NULL)
    return;
  if (self->watch->tag)
    g_source_remove_unix_fd (&self->watch->source, self->watch->tag);
  self->watch->tag = NULL;
  if (self->conn && PQstatus (self->conn) == CONNECTION_OK && PQsocket (self->conn) >= 0)
    self->watch->tag = g_source_add_unix_fd (&self->watch->source, PQsocket (self->conn), G_IO_IN);
}

/* The server's notices and warnings are for the debug log, not stderr. */
static void
notice_cb (void       *data,
           const char *message)
{
  g_debug ("%s: %s", (const char *) data, message);
}

static gboolean
connect_once (LianStorePg  *self,
              GError      **error)
{
  PGresult *res;

  g_clear_pointer (&self->conn, PQfinish);
  self->conn = PQconnectdb (self->state.uri);
  if (PQstatus (self->conn) != CONNECTION_OK)
    return lian_pg_error (self->conn, NULL, self->where, error);
  PQsetNoticeProcessor (self->conn, notice_cb, self->where);
  PQsetClientEncoding (self->conn, "UTF8");
  res = PQexec (self->conn, "SET client_min_messages = warning; LISTEN " LIAN_STORE_PG_CHANNEL);
  if (PQresultStatus (res) != PGRES_COMMAND_OK)
    {
      lian_pg_error (self->conn, res, self->where, error);
      PQclear (res);
      return FALSE;
    }
  PQclear (res);
  watch_fd (self);
  return TRUE;
}

/* Makes the connection again when it was lost, waiting up to @wait_ms
 * for the server to come back. */
static gboolean
ensure_connected (LianStorePg  *self,
                  guint         wait_ms,
                  GError      **error)
{
  gint64 give_up = g_get_monotonic_time () + (gint64) wait_ms * 1000;

  if (self->conn && PQstatus (self->conn) == CONNECTION_OK)
    return TRUE;
  while (TRUE)
    {
      g_autoptr(GError) local = NULL;

      if (connect_once (self, &local))
        return TRUE;
      if (g_get_monotonic_time () >= give_up)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      g_usleep (100 * 1000);
    }
}

static gboolean
lost (LianStorePg *self)
{
  return self->conn == NULL || PQstatus (self->conn) != CONNECTION_OK;
}

/* Runs @sql with @n text parameters; NULL with @error unless it gave
 * @expect. */
static PGresult *
query (LianStorePg        *self,
       const char         *sql,
       int                 n,
       const char * const *params,
       ExecStatusType      expect,
       GError            **error)
{
  PGresult *res = n > 0 ? PQexecParams (self->conn, sql, n, NULL, params, NULL, NULL, 0)
                        : PQexec (self->conn, sql);

  if (PQresultStatus (res) != expect)
    {
      lian_pg_error (self->conn, res, self->where, error);
      PQclear (res);
      return NULL;
    }
  return res;
}

static gboolean
exec (LianStorePg  *self,
      const char   *sql,
      GError      **error)
{
  PGresult *res = query (self, sql, 0, NULL, PGRES_COMMAND_OK, error);

  PQclear (res);
  return res != NULL;
}

static gboolean
exec_tuples (LianStorePg  *self,
             const char   *sql,
             GError      **error)
{
  PGresult *res = query (self, sql, 0, NULL, PGRES_TUPLES_OK, error);

  PQclear (res);
  return res != NULL;
}

static void
rollback (LianStorePg *self)
{
  if (!lost (self) && PQtransactionStatus (self->conn) != PQTRANS_IDLE)
    PQclear (PQexec (self->conn, "ROLLBACK"));
}

LianStore *
lian_store_pg_open (const char  *uri,
                    GError     **error)
{
  g_autoptr(LianStorePg) self = g_object_new (LIAN_TYPE_STORE_PG, NULL);

  lian_store_state_init (&self->state, uri);
  self->where = redact (uri);
  if (!connect_once (self, error) ||
      !lian_pg_ensure_schema (self->conn, self->where, error))
    return NULL;
  return LIAN_STORE (g_steal_pointer (&self));
}

/* Reading */

static void
append_json_string (GString    *out,
                    const char *name)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), name);
  g_autofree char *text = json_to_string (node, FALSE);

  g_string_append (out, text);
}

/* Appends the records of @kind (or those of @ids, a JSON array) to a
 * document being written: ,"needs":[...]. */
static gboolean
append_records (LianStorePg     *self,
                GString         *doc,
                LianRecordKind   kind,
                const char      *ids,
                GError         **error)
{
  g_autofree char *sql = lian_pg_select_json (kind, ids != NULL);
  PGresult *res = query (self, sql, ids ? 1 : 0, &ids, PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (res); i++)
    {
      g_autofree char *json = lian_pg_row_json (res, i);

      g_string_append (doc, i == 0 ? ",\n" : ",");
      if (i == 0)
        {
          append_json_string (doc, lian_store_table (kind)->name);
          g_string_append (doc, ":[");
        }
      g_string_append (doc, json);
    }
  if (PQntuples (res) > 0)
    g_string_append (doc, "]");
  PQclear (res);
  return TRUE;
}

static gboolean
append_document_members (LianStorePg  *self,
                         GString      *doc,
                         GError      **error)
{
  PGresult *res = query (self, "SELECT member, value FROM document ORDER BY member", 0, NULL,
                         PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (res); i++)
    {
      g_string_append (doc, ",\n");
      append_json_string (doc, PQgetvalue (res, i, 0));
      g_string_append_c (doc, ':');
      g_string_append (doc, PQgetvalue (res, i, 1));
    }
  PQclear (res);
  return TRUE;
}

static gboolean
read_revisions (LianStorePg  *self,
                GError      **error)
{
  PGresult *res = query (self, "SELECT id, revision FROM records", 0, NULL, PGRES_TUPLES_OK,
                         error);

  if (res == NULL)
    return FALSE;
  g_hash_table_remove_all (self->state.revisions);
  for (int i = 0; i < PQntuples (res); i++)
    lian_store_state_set_revision (&self->state, PQgetvalue (res, i, 0),
                                   g_ascii_strtoull (PQgetvalue (res, i, 1), NULL, 10));
  PQclear (res);
  return TRUE;
}

static gboolean
last_sequence (LianStorePg  *self,
               gint64       *last,
               GError      **error)
{
  PGresult *res = query (self, "SELECT coalesce(max(sequence), 0) FROM changes", 0, NULL,
                         PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  *last = g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10);
  PQclear (res);
  return TRUE;
}

static gboolean
add_document (LianStorePg   *self,
              GString       *doc,
              LianRegistry  *registry,
              GError       **error)
{
  g_autoptr(LianDocument) read = NULL;

  g_string_append (doc, "\n}\n");
  read = lian_document_read (doc->str, doc->len, error);
  if (read == NULL)
    {
      g_prefix_error (error, "%s: ", self->where);
      return FALSE;
    }
  for (guint i = 0; i < read->records->len; i++)
    {
      LianRecord *record = read->records->pdata[i];

      lian_record_set_revision (record, lian_store_state_get_revision (&self->state,
                                                                     lian_record_get_id (record)));
    }
  if (!lian_document_add (read, registry, error))
    {
      g_prefix_error (error, "%s: ", self->where);
      return FALSE;
    }
  return TRUE;
}

static gboolean
pg_load (LianStore     *store,
         LianRegistry  *registry,
         GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);
  g_autoptr(GString) doc = g_string_new ("{\"format\":\"lian\",\"version\":1");
  gboolean ok;

  /* One snapshot: the records, their revisions and the last change are
   * one moment of the store. */
  if (!ensure_connected (self, 0, error) ||
      !exec (self, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
    return FALSE;
  ok = append_document_members (self, doc, error);
  for (guint k = 0; ok && k < LIAN_N_RECORD_KINDS; k++)
    ok = append_records (self, doc, k, NULL, error);
  ok = ok && read_revisions (self, error) &&
       last_sequence (self, &self->last_sequence, error);
  rollback (self);
  return ok && add_document (self, doc, registry, error);
}

static char *
ids_to_json (const char * const *ids,
             guint               n)
{
  g_autoptr(JsonArray) array = json_array_sized_new (n);
  g_autoptr(JsonNode) node = NULL;

  for (guint i = 0; i < n; i++)
    json_array_add_string_element (array, ids[i]);
  node = json_node_init_array (json_node_alloc (), array);
  return json_to_string (node, FALSE);
}

/* The JSON members of @id as the store holds them, or NULL. */
static JsonObject *
read_object (LianStorePg     *self,
             LianRecordKind   kind,
             const char      *id,
             GError         **error)
{
  g_autofree char *sql = lian_pg_select_json (kind, TRUE);
  g_autofree char *ids = ids_to_json (&id, 1);
  const char *param = ids;
  PGresult *res = query (self, sql, 1, &param, PGRES_TUPLES_OK, error);
  JsonObject *object = NULL;

  if (res == NULL)
    return NULL;
  if (PQntuples (res) > 0)
    {
      g_autofree char *json = lian_pg_row_json (res, 0);
      g_autoptr(JsonNode) node = json_from_string (json, NULL);

      if (node && JSON_NODE_HOLDS_OBJECT (node))
        object = json_object_ref (json_node_get_object (node));
    }
  PQclear (res);
  if (object == NULL)
    object = json_object_new ();
  return object;
}

static JsonObject *
record_to_object (LianRecord *record)
{
  LianJsonWriter w;
  g_autoptr(JsonNode) node = NULL;

  lian_json_writer_init (&w, NULL, NULL);
  lian_record_write_json (record, &w);
  node = json_from_string (w.buffer->str, NULL);
  lian_json_writer_clear (&w);
  return json_object_ref (json_node_get_object (node));
}

/* Committing: each change's record is read as the store holds it (outside
 * the lock), then one round trip takes the lock, checks every revision,
 * writes, notifies and commits; the lock is held for that trip only. */

/* A record as this commit leaves it. */
typedef struct
{
  guint64     revision;   /* 0: not in the store */
  int         kind;       /* -1: not in the store */
  JsonObject *object;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_clear_pointer (&p->object, json_object_unref);
  g_free (p);
}

/* The conflict a commit's check raises (RAISE … USING ERRCODE). */
#define CONFLICT_STATE "LN409"

/* What the store holds of @id: its revision, kind and members. */
static Pending *
read_stored (LianStorePg  *self,
             const char   *id,
             GError      **error)
{
  PGresult *res = query (self, "SELECT revision, kind FROM records WHERE id = $1", 1, &id,
                         PGRES_TUPLES_OK, error);
  Pending *p;

  if (res == NULL)
    return NULL;
  p = g_new0 (Pending, 1);
  p->kind = -1;
  if (PQntuples (res) > 0)
    {
      p->revision = g_ascii_strtoull (PQgetvalue (res, 0, 0), NULL, 10);
      p->kind = lian_store_kind_from_nick (PQgetvalue (res, 0, 1));
    }
  PQclear (res);
  if (p->kind >= 0 && (p->object = read_object (self, p->kind, id, error)) == NULL)
    return pending_free (p), NULL;
  return p;
}

static gboolean
set_conflict (LianStorePg  *self,
              const char   *id,
              GError      **error)
{
  PGresult *res = query (self, "SELECT c.actor, c.time, r.id IS NOT NULL FROM changes c "
                               "LEFT JOIN records r ON r.id = c.record WHERE c.record = $1 "
                               "ORDER BY c.sequence DESC LIMIT 1", 1, &id, PGRES_TUPLES_OK, NULL);
  g_autofree char *actor = NULL;
  g_autofree char *when = NULL;
  gboolean in_store = TRUE;

  if (res && PQntuples (res) > 0)
    {
      g_autoptr(GDateTime) t =
        g_date_time_new_from_unix_utc (g_ascii_strtoll (PQgetvalue (res, 0, 1), NULL, 10) /
                                       G_USEC_PER_SEC);

      actor = g_strdup (PQgetvalue (res, 0, 0));
      when = t ? lian_format_time (t) : NULL;
      in_store = PQgetvalue (res, 0, 2)[0] == 't';
    }
  PQclear (res);
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

static const char *
operation_name (LianChangeOperation op)
{
  return op == LIAN_CHANGE_OPERATION_ADD ? "add"
         : op == LIAN_CHANGE_OPERATION_REMOVE ? "remove" : "update";
}

/* Appends to @sql the row of `changes` for one change; FALSE when it
 * changes no member. */
static gboolean
log_change_sql (LianStorePg      *self,
                GString          *sql,
                LianChange       *change,
                LianRecordKind    kind,
                const char       *operation,
                guint64           revision,
                JsonObject       *before,
                JsonObject       *after)
{
  const char *id = lian_change_get_record_id (change);
  const char *actor = lian_store_state_actor (&self->state, change);
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  const char *property;
  guint n_diff;

  lian_store_diff (before, after, &before_text, &after_text, &property, &n_diff);
  if (n_diff == 0)
    return FALSE;
  g_string_append_printf (sql, "INSERT INTO changes (time, actor, record, kind, operation, "
                          "revision, property, fields_before, fields_after) VALUES (%"
                          G_GINT64_FORMAT ", ", lian_change_get_time (change));
  lian_pg_append_literal (self->conn, sql, actor);
  g_string_append (sql, ", ");
  lian_pg_append_literal (self->conn, sql, id);
  g_string_append_printf (sql, ", '%s', '%s', %" G_GUINT64_FORMAT ", ",
                          lian_store_kind_nick (kind), operation, revision);
  lian_pg_append_literal (self->conn, sql, g_str_equal (operation, "update") ? property : NULL);
  g_string_append (sql, ", ");
  lian_pg_append_literal (self->conn, sql, before_text);
  g_string_append (sql, ", ");
  lian_pg_append_literal (self->conn, sql, after_text);
  g_string_append (sql, ");\n");
  if (self->mark_record == NULL)
    {
      self->mark_record = g_strdup (id);
      self->mark_revision = revision;
      self->mark_time = lian_change_get_time (change);
    }
  return TRUE;
}

static void
record_sql (LianStorePg    *self,
            GString        *sql,
            const char     *id,
            LianRecordKind  kind,
            guint64         revision)
{
  if (revision == 0)
    {
      g_string_append (sql, "DELETE FROM records WHERE id = ");
      lian_pg_append_literal (self->conn, sql, id);
      g_string_append (sql, ";\n");
      return;
    }
  g_string_append (sql, "INSERT INTO records (id, kind, revision) VALUES (");
  lian_pg_append_literal (self->conn, sql, id);
  g_string_append_printf (sql, ", '%s', %" G_GUINT64_FORMAT ") ON CONFLICT (id) DO UPDATE "
                          "SET kind = EXCLUDED.kind, revision = EXCLUDED.revision;\n",
                          lian_store_kind_nick (kind), revision);
}

/* Appends to @sql the check that @id still has @revision in the store
 * (0: is not there), raising CONFLICT_STATE with the id otherwise. */
static void
check_sql (LianStorePg *self,
           GString     *sql,
           const char  *id,
           guint64      revision)
{
  g_string_append (sql, "DO $lian$ BEGIN IF (SELECT revision FROM records WHERE id = ");
  lian_pg_append_literal (self->conn, sql, id);
  if (revision == 0)
    g_string_append (sql, ") IS NOT NULL");
  else
    g_string_append_printf (sql, ") IS DISTINCT FROM %" G_GUINT64_FORMAT, revision);
  g_string_append (sql, " THEN RAISE EXCEPTION USING ERRCODE = '" CONFLICT_STATE "', MESSAGE = ");
  lian_pg_append_literal (self->conn, sql, id);
  g_string_append (sql, "; END IF; END $lian$;\n");
}

/* Appends to @sql what one change writes; @pending holds each record as
 * the changes before it in this commit leave it. */
static gboolean
change_sql (LianStorePg  *self,
            GString      *sql,
            LianChange   *change,
            GHashTable   *pending,
            GError      **error)
{
  const char *id = lian_change_get_record_id (change);
  LianRecordKind kind = lian_change_get_record_kind (change);
  LianChangeOperation op = lian_change_get_operation (change);
  g_autoptr(JsonObject) after = NULL;
  Pending *p = g_hash_table_lookup (pending, id);

  if (p == NULL)
    {
      /* The revision this process saw is the one checked under the lock;
       * what was read before it is what that revision holds. */
      guint64 seen = lian_store_state_get_revision (&self->state, id);

      if ((p = read_stored (self, id, error)) == NULL)
        return FALSE;
      g_hash_table_insert (pending, g_strdup (id), p);
      check_sql (self, sql, id, seen);
      if (p->revision != seen)
        return TRUE;   /* the check refuses it */
    }
  if (op != LIAN_CHANGE_OPERATION_REMOVE)
    after = record_to_object (lian_change_get_record (change));
  else if (p->kind < 0)
    return TRUE;
  if (p->kind < 0)
    op = LIAN_CHANGE_OPERATION_ADD;
  if (!log_change_sql (self, sql, change, kind, operation_name (op), p->revision + 1,
                       p->object, after))
    return TRUE;
  if (p->kind >= 0 && (after == NULL || (int) kind != p->kind))
    lian_pg_delete_row_sql (self->conn, sql, p->kind, id);
  if (after)
    lian_pg_write_row_sql (self->conn, sql, kind, id, after);
  record_sql (self, sql, id, kind, after ? p->revision + 1 : 0);
  /* A removed record's revision lives on in its last change. */
  p->revision = after ? p->revision + 1 : 0;
  p->kind = after ? (int) kind : -1;
  g_clear_pointer (&p->object, json_object_unref);
  p->object = g_steal_pointer (&after);
  return TRUE;
}

typedef enum {
  COMMITTED,
  REFUSED,     /* nothing written; the connection is fine */
  NOT_SENT,    /* the connection was lost before the commit was sent */
  UNKNOWN,     /* the connection was lost while the commit was under way */
} Outcome;

static Outcome
try_commit (LianStorePg  *self,
            GPtrArray    *changes,
            GHashTable   *pending,
            GError      **error)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN;\n" LOCK_SQL ";\n");
  PGresult *res;
  const char *state;

  g_clear_pointer (&self->mark_record, g_free);
  g_hash_table_remove_all (pending);
  if (!ensure_connected (self, RECONNECT_WAIT_MS, error))
    return NOT_SENT;
  for (guint i = 0; i < changes->len; i++)
    if (!change_sql (self, sql, changes->pdata[i], pending, error))
      return lost (self) ? NOT_SENT : REFUSED;
  g_string_append (sql, "NOTIFY " LIAN_STORE_PG_CHANNEL ";\nCOMMIT;\n");
  res = PQexec (self->conn, sql->str);
  if (PQresultStatus (res) == PGRES_COMMAND_OK)
    {
      PQclear (res);
      return COMMITTED;
    }
  if (lost (self))
    {
      lian_pg_error (self->conn, res, self->where, error);
      PQclear (res);
      return UNKNOWN;
    }
  rollback (self);
  state = PQresultErrorField (res, PG_DIAG_SQLSTATE);
  if (g_strcmp0 (state, CONFLICT_STATE) == 0)
    set_conflict (self, PQresultErrorField (res, PG_DIAG_MESSAGE_PRIMARY), error);
  else
    lian_pg_error (self->conn, res, self->where, error);
  PQclear (res);
  return REFUSED;
}

/* Whether the commit whose answer was lost reached the store. */
static gboolean
landed (LianStorePg *self)
{
  g_autofree char *revision = NULL;
  g_autofree char *time = NULL;
  const char *params[3];
  PGresult *res;
  gboolean found;

  if (self->mark_record == NULL)
    return TRUE;   /* it changed nothing */
  revision = g_strdup_printf ("%" G_GINT64_FORMAT, self->mark_revision);
  time = g_strdup_printf ("%" G_GINT64_FORMAT, self->mark_time);
  params[0] = self->mark_record;
  params[1] = revision;
  params[2] = time;
  res = query (self, "SELECT count(*) FROM changes WHERE record = $1 AND revision = $2::bigint "
                     "AND time = $3::bigint", 3, params, PGRES_TUPLES_OK, NULL);
  found = res && g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10) > 0;
  PQclear (res);
  return found;
}

static void
keep_revisions (LianStorePg *self,
                GHashTable  *pending)
{
  GHashTableIter iter;
  gpointer id, value;

  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, &id, &value))
    lian_store_state_set_revision (&self->state, id, ((Pending *) value)->revision);
}

static gboolean
pg_commit (LianStore     *store,
           LianRegistry  *registry,
           GPtrArray     *changes,
           GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);
  g_autoptr(GHashTable) pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         pending_free);

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local = NULL;
      Outcome outcome = try_commit (self, changes, pending, &local);

      if (outcome == COMMITTED ||
          (outcome == UNKNOWN && ensure_connected (self, RECONNECT_WAIT_MS, NULL) &&
           landed (self)))
        {
          keep_revisions (self, pending);
          return TRUE;
        }
      /* A commit that did not reach the store is safe to send again, once,
       * on a connection made anew. */
      if (outcome == REFUSED || attempt > 0 ||
          !ensure_connected (self, RECONNECT_WAIT_MS, NULL))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          if (outcome != REFUSED)
            g_prefix_error (error, outcome == UNKNOWN && lost (self)
                            ? _("whether the last change was written is not known: ")
                            : _("nothing was written: "));
          return FALSE;
        }
    }
}

/* Refreshing */

static void
drain_notifications (LianStorePg *self)
{
  PGnotify *n;

  if (lost (self))
    return;
  PQconsumeInput (self->conn);
  while ((n = PQnotifies (self->conn)) != NULL)
    PQfreemem (n);
}

/* The ids of the records changed by others since the last look, with the
 * store's revision of each and their ids of each kind. */
static gboolean
changed_ids (LianStorePg  *self,
             gint64        last,
             GPtrArray    *ids,
             GArray       *revisions,
             GPtrArray   **of_kind,
             GError      **error)
{
  g_autofree char *from = g_strdup_printf ("%" G_GINT64_FORMAT, self->last_sequence);
  g_autofree char *to = g_strdup_printf ("%" G_GINT64_FORMAT, last);
  const char *params[2] = { from, to };
  PGresult *res = query (self, "SELECT c.record, r.revision, r.kind FROM (SELECT record, "
                               "min(sequence) AS first FROM changes WHERE sequence > $1::bigint "
                               "AND sequence <= $2::bigint GROUP BY record) c "
                               "LEFT JOIN records r ON r.id = c.record ORDER BY c.first",
                         2, params, PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (res); i++)
    {
      const char *id = PQgetvalue (res, i, 0);
      gboolean gone = PQgetisnull (res, i, 2);
      guint64 revision = gone ? 0 : g_ascii_strtoull (PQgetvalue (res, i, 1), NULL, 10);
      int kind = gone ? -1 : lian_store_kind_from_nick (PQgetvalue (res, i, 2));

      if (revision == lian_store_state_get_revision (&self->state, id) && !gone)
        continue;
      g_ptr_array_add (ids, g_strdup (id));
      g_array_append_val (revisions, revision);
      if (kind >= 0)
        g_ptr_array_add (of_kind[kind], ids->pdata[ids->len - 1]);
    }
  PQclear (res);
  return TRUE;
}

/* Sets @fresh when no record changed since the last look has another
 * revision than this process knows (and then looks no further back). */
static gboolean
nothing_new (LianStorePg  *self,
             gboolean     *fresh,
             GError      **error)
{
  g_autofree char *from = g_strdup_printf ("%" G_GINT64_FORMAT, self->last_sequence);
  PGresult *res = query (self, "WITH c AS (SELECT sequence, record FROM changes "
                               "WHERE sequence > $1::bigint) "
                               "SELECT (SELECT coalesce(max(sequence), $1::bigint) FROM c), "
                               "c.record, r.revision FROM c LEFT JOIN records r "
                               "ON r.id = c.record", 1, (const char * const *) &from,
                         PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  *fresh = TRUE;
  for (int i = 0; i < PQntuples (res) && *fresh; i++)
    *fresh = !PQgetisnull (res, i, 2) &&
             g_ascii_strtoull (PQgetvalue (res, i, 2), NULL, 10) ==
             lian_store_state_get_revision (&self->state, PQgetvalue (res, i, 1));
  if (*fresh && PQntuples (res) > 0)
    self->last_sequence = MAX (self->last_sequence,
                               g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10));
  PQclear (res);
  return TRUE;
}

static gboolean
read_changed (LianStorePg  *self,
              GPtrArray    *ids,
              GArray       *revisions,
              GString      *doc,
              gint64       *last,
              GError      **error)
{
  GPtrArray *of_kind[LIAN_N_RECORD_KINDS];
  gboolean ok;

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    of_kind[k] = g_ptr_array_new ();
  ok = exec (self, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error) &&
       last_sequence (self, last, error) &&
       changed_ids (self, *last, ids, revisions, of_kind, error);
  for (guint k = 0; ok && k < LIAN_N_RECORD_KINDS; k++)
    if (of_kind[k]->len > 0)
      {
        g_autofree char *json = ids_to_json ((const char * const *) of_kind[k]->pdata,
                                             of_kind[k]->len);
        ok = append_records (self, doc, k, json, error);
      }
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    g_ptr_array_unref (of_kind[k]);
  rollback (self);
  return ok;
}

static gboolean
refresh_once (LianStorePg   *self,
              LianRegistry  *registry,
              guint         *n_applied,
              GError       **error)
{
  g_autoptr(GString) doc = g_string_new ("{\"format\":\"lian\",\"version\":1");
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) revisions = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GPtrArray) stored = g_ptr_array_new ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(LianDocument) read = NULL;
  gint64 last = 0;
  gboolean fresh;

  drain_notifications (self);
  /* Most looks find nothing new, or only this process's own commits:
   * one statement says so. */
  if (!nothing_new (self, &fresh, error))
    return FALSE;
  if (fresh)
    return TRUE;
  if (!read_changed (self, ids, revisions, doc, &last, error))
    return FALSE;
  if (ids->len > 0)
    {
      g_string_append (doc, "}");
      read = lian_document_read (doc->str, doc->len, error);
      if (read == NULL)
        return FALSE;
      for (guint i = 0; i < read->records->len; i++)
        g_hash_table_insert (by_id, (gpointer) lian_record_get_id (read->records->pdata[i]),
                             read->records->pdata[i]);
      for (guint i = 0; i < ids->len; i++)
        g_ptr_array_add (stored, g_hash_table_lookup (by_id, ids->pdata[i]));
      if (!lian_store_apply_records (LIAN_STORE (self), registry, ids, stored,
                                     (const guint64 *) revisions->data, n_applied, error))
        return FALSE;
    }
  self->last_sequence = MAX (self->last_sequence, last);
  return TRUE;
}

static gboolean
pg_refresh (LianStore     *store,
            LianRegistry  *registry,
            guint         *n_applied,
            GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);
  g_autoptr(GError) local = NULL;

  /* A refresh only reads: after a lost connection it is tried again on a
   * new one (without waiting: a window's main loop must go on). */
  if (ensure_connected (self, 0, &local) && refresh_once (self, registry, n_applied, &local))
    return TRUE;
  if (!lost (self))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_clear_error (&local);
  return ensure_connected (self, 0, error) && refresh_once (self, registry, n_applied, error);
}

/* Saving everything */

static gboolean
save_all (LianStorePg   *self,
          LianRegistry  *registry,
          GError       **error)
{
  JsonObject *extra = lian_registry_get_extra (registry);
  g_autoptr(GList) members = extra ? json_object_get_members (extra) : NULL;
  g_autoptr(GString) sql = g_string_new ("TRUNCATE records, document");

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    g_string_append_printf (sql, ", %s", lian_store_table (k)->name);
  g_string_append (sql, " CASCADE;\n");
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      g_autoptr(GListModel) records = lian_registry_get_records (registry, k);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (records, i);
          g_autoptr(JsonObject) object = record_to_object (record);
          const char *id = lian_record_get_id (record);

          lian_pg_write_row_sql (self->conn, sql, k, id, object);
          record_sql (self, sql, id, k, 1);
          if (sql->len > (1 << 20) && !exec (self, sql->str, error))
            return FALSE;
          if (sql->len > (1 << 20))
            g_string_truncate (sql, 0);
        }
    }
  for (GList *l = members; l; l = l->next)
    {
      g_autofree char *text = json_to_string (json_object_get_member (extra, l->data), FALSE);

      g_string_append (sql, "INSERT INTO document (member, value) VALUES (");
      lian_pg_append_literal (self->conn, sql, l->data);
      g_string_append (sql, ", ");
      lian_pg_append_literal (self->conn, sql, text);
      g_string_append (sql, ");\n");
    }
  g_string_append (sql, "NOTIFY " LIAN_STORE_PG_CHANNEL ";\n");
  return exec (self, sql->str, error);
}

static gboolean
pg_save (LianStore     *store,
         LianRegistry  *registry,
         GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);

  if (!ensure_connected (self, RECONNECT_WAIT_MS, error) ||
      !exec (self, "BEGIN", error) || !exec_tuples (self, LOCK_SQL, error))
    {
      rollback (self);
      return FALSE;
    }
  if (!save_all (self, registry, error) || !exec (self, "COMMIT", error))
    {
      rollback (self);
      return FALSE;
    }
  return TRUE;
}

static void
pg_close (LianStore *store)
{
  LianStorePg *self = LIAN_STORE_PG (store);

  g_clear_pointer (&self->conn, PQfinish);
  watch_fd (self);
}

static gboolean
pg_list_changes (LianStore     *store,
                 LianRegistry  *registry,
                 const char    *record_id,
                 gint64         since,
                 const char    *actor,
                 GPtrArray     *out,
                 GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);

  if (!ensure_connected (self, 0, error))
    return FALSE;
  return lian_pg_read_changes (self->conn, self->where, registry, record_id, since, actor,
                               out, error);
}

/* Hearing of others' commits */

static gboolean
watch_dispatch (GSource     *source,
                GSourceFunc  callback,
                gpointer     data)
{
  Watch *watch = (Watch *) source;

  /* A closed socket stays readable: stop watching it until the next
   * refresh connects again. */
  if (watch->store && watch->tag &&
      (lost (watch->store) || !PQconsumeInput (watch->store->conn)))
    {
      g_source_remove_unix_fd (source, watch->tag);
      watch->tag = NULL;
    }
  return callback ? callback (data) : G_SOURCE_CONTINUE;
}

static void
watch_finalize (GSource *source)
{
  Watch *watch = (Watch *) source;

  if (watch->store)
    watch->store->watch = NULL;
}

static GSourceFuncs watch_funcs = {
  NULL, NULL, watch_dispatch, watch_finalize, NULL, NULL
};

static GSource *
pg_watch (LianStore *store)
{
  LianStorePg *self = LIAN_STORE_PG (store);
  Watch *watch = (Watch *) g_source_new (&watch_funcs, sizeof (Watch));

  g_source_set_static_name (&watch->source, "[lian] PostgreSQL notifications");
  if (self->watch)
    self->watch->store = NULL;
  watch->store = self;
  self->watch = watch;
  watch_fd (self);
  return &watch->source;
}

static LianStoreState *
pg_get_state (LianStore *store)
{
  return &LIAN_STORE_PG (store)->state;
}

static void
store_iface_init (LianStoreInterface *iface)
{
  iface->get_state = pg_get_state;
  iface->load = pg_load;
  iface->commit = pg_commit;
  iface->refresh = pg_refresh;
  iface->save = pg_save;
  iface->close = pg_close;
  iface->list_changes = pg_list_changes;
  iface->watch = pg_watch;
}
