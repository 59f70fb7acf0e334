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

#include "lian-store-pg-store-private.h"
#include "lian-document-private.h"
#include "lian-record-json-private.h"
#include "lian-error.h"
#include "lian-format.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"

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
  g_free (self->conninfo);
  g_free (self->scope_prefix);
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
  self->conn = PQconnectdb (self->conninfo);
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
gboolean
lian_pg_store_ensure_connected (LianStorePg  *self,
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

gboolean
lian_pg_store_lost (LianStorePg *self)
{
  return self->conn == NULL || PQstatus (self->conn) != CONNECTION_OK;
}

/* Runs @sql with @n text parameters; NULL with @error unless it gave
 * @expect. */
PGresult *
lian_pg_store_query (LianStorePg        *self,
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

gboolean
lian_pg_store_exec (LianStorePg  *self,
                    const char   *sql,
                    GError      **error)
{
  PGresult *res = lian_pg_store_query (self, sql, 0, NULL, PGRES_COMMAND_OK, error);

  PQclear (res);
  return res != NULL;
}

gboolean
lian_pg_store_exec_tuples (LianStorePg  *self,
                           const char   *sql,
                           GError      **error)
{
  PGresult *res = lian_pg_store_query (self, sql, 0, NULL, PGRES_TUPLES_OK, error);

  PQclear (res);
  return res != NULL;
}

void
lian_pg_store_rollback (LianStorePg *self)
{
  if (!lian_pg_store_lost (self) && PQtransactionStatus (self->conn) != PQTRANS_IDLE)
    PQclear (PQexec (self->conn, "ROLLBACK"));
}

LianStore *
lian_store_pg_open (const char  *uri,
                    GError     **error)
{
  g_autoptr(LianStorePg) self = g_object_new (LIAN_TYPE_STORE_PG, NULL);
  const char *wait;

  lian_store_state_init (&self->state, uri);
  self->where = redact (uri);
  if (!lian_pg_scope_parse (uri, self->where, &self->conninfo, &self->scope_prefix, error))
    return NULL;
  wait = g_getenv ("LIAN_PG_RECONNECT_WAIT");
  self->reconnect_wait_ms = wait && *wait ? (guint) g_ascii_strtoull (wait, NULL, 10)
                                          : RECONNECT_WAIT_MS;
  if (!connect_once (self, error) ||
      !lian_pg_ensure_schema (self->conn, self->where, &self->has_position, error))
    return NULL;
  return LIAN_STORE (g_steal_pointer (&self));
}

/* Reading */

static void
append_json_string (GString    *out,
                    const char *name)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), name);
  g_autofree char *text = lian_store_json_text (node);

  g_string_append (out, text);
}

/* Appends the records of @kind (or those of @ids, a JSON array) to a
 * document being written: ,"needs":[...]. */
gboolean
lian_pg_store_append_records (LianStorePg     *self,
                              GString         *doc,
                              LianRecordKind   kind,
                              const char      *ids,
                              GError         **error)
{
  g_autofree char *sql = lian_pg_select_json (kind, ids != NULL);
  PGresult *res = lian_pg_store_query (self, sql, ids ? 1 : 0, &ids, PGRES_TUPLES_OK, error);

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
  /* In the document's order; rows without a position first, by name. */
  const char *sql = self->has_position
                    ? "SELECT member, value FROM document ORDER BY position NULLS FIRST, member"
                    : "SELECT member, value FROM document ORDER BY member";
  PGresult *res = lian_pg_store_query (self, sql, 0, NULL, PGRES_TUPLES_OK, error);

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
  PGresult *res = lian_pg_store_query (self, "SELECT id, revision FROM records", 0, NULL, PGRES_TUPLES_OK,
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

gboolean
lian_pg_store_last_sequence (LianStorePg  *self,
                             gint64       *last,
                             GError      **error)
{
  PGresult *res = lian_pg_store_query (self, "SELECT coalesce(max(sequence), 0) FROM changes", 0, NULL,
                         PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  *last = g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10);
  PQclear (res);
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
  if (!lian_pg_store_ensure_connected (self, 0, error) ||
      !lian_pg_store_exec (self, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
    return FALSE;
  ok = append_document_members (self, doc, error);
  if (self->scope_prefix)
    ok = ok && lian_pg_scope_append_records (self, doc, error);
  for (guint k = 0; ok && !self->scope_prefix && k < LIAN_N_RECORD_KINDS; k++)
    ok = lian_pg_store_append_all_records (self, doc, k, error);
  ok = ok && read_revisions (self, error) &&
       lian_pg_store_last_sequence (self, &self->last_sequence, error);
  lian_pg_store_rollback (self);
  return ok && lian_store_state_add_document (&self->state, doc, registry, self->where, error);
}

char *
lian_pg_store_ids_to_json (const char * const *ids,
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
JsonObject *
lian_pg_store_read_object (LianStorePg     *self,
                           LianRecordKind   kind,
                           const char      *id,
                           GError         **error)
{
  g_autofree char *sql = lian_pg_select_json (kind, TRUE);
  g_autofree char *ids = lian_pg_store_ids_to_json (&id, 1);
  const char *param = ids;
  PGresult *res = lian_pg_store_query (self, sql, 1, &param, PGRES_TUPLES_OK, error);
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

/* Saving everything */

static gboolean
save_all (LianStorePg   *self,
          LianRegistry  *registry,
          GError       **error)
{
  JsonObject *extra = lian_registry_get_extra (registry);
  g_autoptr(GList) members = extra ? json_object_get_members (extra) : NULL;
  g_autoptr(GString) sql = g_string_new ("TRUNCATE records, document");
  int position = 0;

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    g_string_append_printf (sql, ", %s", lian_store_table (k)->name);
  g_string_append (sql, " CASCADE;\n");
  if (!lian_pg_store_exec (self, sql->str, error) ||
      !lian_pg_store_copy_records (self, registry, error))
    return FALSE;
  g_string_truncate (sql, 0);
  for (GList *l = members; l; l = l->next)
    {
      g_autofree char *text = lian_store_json_text (json_object_get_member (extra, l->data));

      g_string_append_printf (sql, "INSERT INTO document (member, value%s) VALUES (",
                              self->has_position ? ", position" : "");
      lian_pg_append_literal (self->conn, sql, l->data);
      g_string_append (sql, ", ");
      lian_pg_append_literal (self->conn, sql, text);
      if (self->has_position)
        g_string_append_printf (sql, ", %d", position++);
      g_string_append (sql, ");\n");
    }
  g_string_append (sql, "NOTIFY " LIAN_STORE_PG_CHANNEL ";\n");
  return lian_pg_store_exec (self, sql->str, error);
}

static gboolean
pg_save (LianStore     *store,
         LianRegistry  *registry,
         GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);

  if (!lian_pg_store_ensure_connected (self, self->reconnect_wait_ms, error) ||
      !lian_pg_store_exec (self, "BEGIN", error) || !lian_pg_store_exec_tuples (self, LOCK_SQL, error))
    {
      lian_pg_store_rollback (self);
      return FALSE;
    }
  if (!save_all (self, registry, error) || !lian_pg_store_exec (self, "COMMIT", error))
    {
      lian_pg_store_rollback (self);
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

  if (!lian_pg_store_ensure_connected (self, 0, error))
    return FALSE;
  return lian_pg_read_changes (self->conn, self->where, registry, record_id, since, actor,
                               out, error);
}

static gboolean
pg_count (LianStore       *store,
          LianRecordKind   kind,
          const char      *region,
          int              status,
          guint64         *count,
          GError         **error)
{
  return lian_pg_store_count (LIAN_STORE_PG (store), kind, region, status, count, error);
}

static GVariant *
pg_count_by_region (LianStore       *store,
                    LianRecordKind   kind,
                    const char      *region,
                    LianLevel        level,
                    GError         **error)
{
  return lian_pg_store_count_by_region (LIAN_STORE_PG (store), kind, region, level, error);
}

static gboolean
pg_grant_reader (LianStore   *store,
                 const char  *role,
                 const char  *person_id,
                 GError     **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);

  return lian_pg_store_ensure_connected (self, 0, error) &&
         lian_pg_grant_reader (self->conn, self->where, role, person_id, error);
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
      (lian_pg_store_lost (watch->store) || !PQconsumeInput (watch->store->conn)))
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
  iface->commit = lian_pg_store_commit;
  iface->refresh = lian_pg_store_refresh;
  iface->save = pg_save;
  iface->close = pg_close;
  iface->list_changes = pg_list_changes;
  iface->watch = pg_watch;
  iface->grant_reader = pg_grant_reader;
  iface->count = pg_count;
  iface->count_by_region = pg_count_by_region;
}
