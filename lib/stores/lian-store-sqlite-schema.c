/* lian-store-sqlite-schema.c: the SQLite store's tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The tables of lian-store-schema.c's description, in SQLite: made,
 * migrated, read as JSON and written. doc/store.md describes them for
 * people who query them.
 */
#include "config.h"

#include <string.h>

#include "lian-store-sqlite-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* Errors */

gboolean
lian_sqlite_error (sqlite3     *db,
                   const char  *path,
                   GError     **error)
{
  int code = db ? sqlite3_errcode (db) & 0xff : SQLITE_NOMEM;
  const char *why = db ? sqlite3_errmsg (db) : "out of memory";
  GQuark domain = G_IO_ERROR;
  int gcode = G_IO_ERROR_FAILED;

  switch (code)
    {
    case SQLITE_READONLY:
      gcode = G_IO_ERROR_READ_ONLY;
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      gcode = G_IO_ERROR_PERMISSION_DENIED;
      break;
    case SQLITE_FULL:
      gcode = G_IO_ERROR_NO_SPACE;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      gcode = G_IO_ERROR_BUSY;
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      domain = LIAN_FORMAT_ERROR;
      gcode = LIAN_FORMAT_ERROR_UNSUPPORTED;
      break;
    default:
      break;
    }
  /* TRANSLATORS: the first %s is a file, the second what SQLite says */
  g_set_error (error, domain, gcode, _("%s: the SQLite store cannot be used: %s"), path, why);
  return FALSE;
}

gboolean
lian_sqlite_exec (sqlite3     *db,
                  const char  *path,
                  const char  *sql,
                  GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return lian_sqlite_error (db, path, error);
  return TRUE;
}

/* For the tests of a full disk only: $LIAN_TEST_SQLITE_SPARE_PAGES, when
 * set, lets the database grow by that many pages on this connection and
 * no more (PRAGMA max_page_count), so that a commit needing more fails
 * the way it does on a full disk (SQLITE_FULL). */
gboolean
lian_sqlite_limit_growth (sqlite3     *db,
                          const char  *path,
                          GError     **error)
{
  const char *spare = g_getenv ("LIAN_TEST_SQLITE_SPARE_PAGES");
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 pages = 0;

  if (spare == NULL || *spare == '\0')
    return TRUE;
  if (sqlite3_prepare_v2 (db, "PRAGMA page_count", -1, &stmt, NULL) != SQLITE_OK)
    return lian_sqlite_error (db, path, error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    pages = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                         pages + g_ascii_strtoll (spare, NULL, 10));
  return lian_sqlite_exec (db, path, sql, error);
}

/* Creating */

static const char *
sql_type (LianColumnType type)
{
  return type == LIAN_COLUMN_TEXT ? "TEXT" : "INTEGER";
}

static void
append_table_sql (GString         *sql,
                  const LianTable *t)
{
  g_string_append_printf (sql, "CREATE TABLE %s (\n  id TEXT PRIMARY KEY NOT NULL", t->name);
  for (const LianColumn *c = t->columns + 1; c->member; c++)
    if (c->type <= LIAN_COLUMN_BOOLEAN)
      g_string_append_printf (sql, ",\n  %s %s", c->member, sql_type (c->type));
  g_string_append (sql, ",\n  extra TEXT\n);\n");

  for (const LianColumn *c = t->columns; c->member; c++)
    {
      if (c->type == LIAN_COLUMN_LIST)
        g_string_append_printf (sql,
                                "CREATE TABLE %s_%s (\n  record_id TEXT NOT NULL REFERENCES %s (id),\n"
                                "  position INTEGER NOT NULL,\n  value TEXT,\n"
                                "  PRIMARY KEY (record_id, position)\n) WITHOUT ROWID;\n"
                                "CREATE INDEX %s_%s_value ON %s_%s (value);\n",
                                t->name, c->member, t->name, t->name, c->member, t->name,
                                c->member);
      else if (c->type == LIAN_COLUMN_OBJECTS)
        {
          g_string_append_printf (sql,
                                  "CREATE TABLE %s_%s (\n  record_id TEXT NOT NULL REFERENCES %s (id),\n"
                                  "  position INTEGER NOT NULL",
                                  t->name, c->member, t->name);
          for (guint f = 0; c->fields[f]; f++)
            g_string_append_printf (sql, ",\n  %s TEXT", c->fields[f]);
          g_string_append (sql, ",\n  PRIMARY KEY (record_id, position)\n) WITHOUT ROWID;\n");
        }
    }
}

static const char common_sql[] =
  "CREATE TABLE records (\n"
  "  id TEXT PRIMARY KEY NOT NULL,\n"
  "  kind TEXT NOT NULL,\n"
  "  revision INTEGER NOT NULL\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE changes (\n"
  "  sequence INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  time INTEGER NOT NULL,\n"
  "  actor TEXT,\n"
  "  record TEXT NOT NULL,\n"
  "  kind TEXT NOT NULL,\n"
  "  operation TEXT NOT NULL CHECK (operation IN ('add', 'update', 'remove')),\n"
  "  revision INTEGER NOT NULL,\n"
  "  property TEXT,\n"
  "  fields_before TEXT,\n"
  "  fields_after TEXT\n"
  ");\n"
  "CREATE INDEX changes_record ON changes (record, sequence);\n"
  "CREATE INDEX changes_time ON changes (time);\n"
  "CREATE TABLE document (\n"
  "  member TEXT PRIMARY KEY NOT NULL,\n"
  "  value TEXT NOT NULL,\n"
  "  position INTEGER\n"
  ") WITHOUT ROWID;\n";

static gboolean
create_schema (sqlite3     *db,
               const char  *path,
               GError     **error)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN IMMEDIATE;\n");

  g_string_append (sql, common_sql);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    append_table_sql (sql, lian_store_table (k));
  g_string_append_printf (sql, "PRAGMA user_version = %d;\nCOMMIT;\n",
                          LIAN_STORE_SQLITE_SCHEMA_VERSION);
  if (!lian_sqlite_exec (db, path, sql->str, error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Each migration takes a store of version i + 1 to i + 2; none yet. */
static const char * const migrations[LIAN_STORE_SQLITE_SCHEMA_VERSION - 1 + 1] = { NULL };

static gboolean
migrate (sqlite3     *db,
         const char  *path,
         int          version,
         GError     **error)
{
  for (int v = version; v < LIAN_STORE_SQLITE_SCHEMA_VERSION; v++)
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN IMMEDIATE;\n%s\nPRAGMA user_version = %d;\nCOMMIT;",
                                              migrations[v - 1], v + 1);
      if (!lian_sqlite_exec (db, path, sql, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* A kind lian learnt after the store was made (people) gets its tables
 * when the store is next opened: a store without them holds none of it.
 * So does the document table's position, which keeps the order of the
 * document's own members: the rows a store had before it (or that a
 * lian without it writes) have none, and are read first, by name. No
 * new schema version: a lian without the column opens the store still. */
static gboolean
add_new_kinds (sqlite3     *db,
               const char  *path,
               GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  if (query_int (db, "SELECT count(*) FROM pragma_table_info ('document') "
                     "WHERE name = 'position'") == 0)
    g_string_append (sql, "ALTER TABLE document ADD COLUMN position INTEGER;\n");

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      const LianTable *t = lian_store_table (k);
      g_autofree char *q = g_strdup_printf ("SELECT count(*) FROM sqlite_schema "
                                            "WHERE type = 'table' AND name = '%s'",
                                            t->name);
      if (query_int (db, q) == 0)
        append_table_sql (sql, t);
    }
  if (sql->len == 0)
    return TRUE;
  g_string_prepend (sql, "BEGIN IMMEDIATE;\n");
  g_string_append (sql, "COMMIT;\n");
  if (!lian_sqlite_exec (db, path, sql->str, error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
lian_sqlite_ensure_schema (sqlite3     *db,
                           const char  *path,
                           GError     **error)
{
  int version = query_int (db, "PRAGMA user_version");
  int n_tables;

  if (version < 0)
    return lian_sqlite_error (db, path, error);
  if (version > LIAN_STORE_SQLITE_SCHEMA_VERSION)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   _("%s: the store's schema version %d is newer than this lian reads (%d)"),
                   path, version, LIAN_STORE_SQLITE_SCHEMA_VERSION);
      return FALSE;
    }
  if (version > 0)
    return migrate (db, path, version, error) && add_new_kinds (db, path, error);

  n_tables = query_int (db, "SELECT count(*) FROM sqlite_schema");
  if (n_tables > 0)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   _("%s: a SQLite database, but not a lian store"), path);
      return FALSE;
    }
  return create_schema (db, path, error);
}

/* Reading: SQLite writes each record's JSON itself. Members whose value
 * is NULL are left out by json_patch(), empty lists by HAVING. */

static void
append_column_json (GString          *sql,
                    const LianTable  *t,
                    const LianColumn *c)
{
  switch (c->type)
    {
    case LIAN_COLUMN_TEXT:
    case LIAN_COLUMN_INTEGER:
      g_string_append_printf (sql, "t.%s", c->member);
      break;
    case LIAN_COLUMN_BOOLEAN:
      g_string_append_printf (sql, "json(CASE WHEN t.%s IS NULL THEN NULL "
                              "WHEN t.%s THEN 'true' ELSE 'false' END)", c->member, c->member);
      break;
    case LIAN_COLUMN_LIST:
      g_string_append_printf (sql, "(SELECT json_group_array(value) FROM "
                              "(SELECT value FROM %s_%s WHERE record_id = t.id ORDER BY position) "
                              "HAVING count(*) > 0)", t->name, c->member);
      break;
    case LIAN_COLUMN_OBJECTS:
      g_string_append (sql, "(SELECT json_group_array(json_patch('{}', json_object(");
      for (guint f = 0; c->fields[f]; f++)
        g_string_append_printf (sql, "%s'%s', %s", f ? ", " : "", c->fields[f], c->fields[f]);
      g_string_append_printf (sql, "))) FROM (SELECT * FROM %s_%s WHERE record_id = t.id "
                              "ORDER BY position) HAVING count(*) > 0)", t->name, c->member);
      break;
    default:
      g_assert_not_reached ();
    }
}

char *
lian_sqlite_select_json (LianRecordKind kind,
                         gboolean       some)
{
  const LianTable *t = lian_store_table (kind);
  GString *sql = g_string_new ("SELECT json_patch(coalesce(t.extra, '{}'), json_object(");

  for (const LianColumn *c = t->columns; c->member; c++)
    {
      g_string_append_printf (sql, "%s'%s', ", c == t->columns ? "" : ", ", c->member);
      if (c->type == LIAN_COLUMN_LIST || c->type == LIAN_COLUMN_OBJECTS)
        {
          g_string_append (sql, "json(");
          append_column_json (sql, t, c);
          g_string_append (sql, ")");
        }
      else
        append_column_json (sql, t, c);
    }
  g_string_append_printf (sql, ")) FROM %s AS t", t->name);
  g_string_append (sql, some ? " WHERE t.id IN (SELECT value FROM json_each (?1))"
                       : " ORDER BY t.rowid");
  return g_string_free (sql, FALSE);
}

/* Writing */

static gboolean
bind_node (sqlite3_stmt *stmt,
           int           i,
           JsonNode     *node)
{
  int rc;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    rc = sqlite3_bind_null (stmt, i);
  else if (!JSON_NODE_HOLDS_VALUE (node))
    {
      g_autofree char *text = lian_store_json_text (node);
      rc = sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
    }
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    rc = sqlite3_bind_text (stmt, i, json_node_get_string (node), -1, SQLITE_TRANSIENT);
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    rc = sqlite3_bind_int (stmt, i, json_node_get_boolean (node));
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    rc = sqlite3_bind_double (stmt, i, json_node_get_double (node));
  else
    rc = sqlite3_bind_int64 (stmt, i, json_node_get_int (node));
  return rc == SQLITE_OK;
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

GHashTable *
lian_sqlite_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
}

sqlite3_stmt *
lian_sqlite_cached (sqlite3     *db,
                    const char  *path,
                    GHashTable  *cache,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (cache, sql);

  if (stmt)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      lian_sqlite_error (db, path, error);
      return NULL;
    }
  g_hash_table_insert (cache, g_strdup (sql), stmt);
  return stmt;
}

/* Runs @sql with @id as parameter 1. */
static gboolean
run (sqlite3     *db,
     const char  *path,
     GHashTable  *cache,
     const char  *sql,
     const char  *id,
     GError     **error)
{
  sqlite3_stmt *stmt = lian_sqlite_cached (db, path, cache, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return lian_sqlite_error (db, path, error);
  return TRUE;
}

static gboolean
write_children (sqlite3          *db,
                const char       *path,
                GHashTable       *cache,
                const LianTable  *t,
                const LianColumn *c,
                const char       *id,
                JsonArray        *array,
                GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  guint n_fields = c->fields ? g_strv_length ((char **) c->fields) : 1;
  gboolean ok = TRUE;

  g_string_printf (sql, "INSERT INTO %s_%s (record_id, position", t->name, c->member);
  for (guint f = 0; f < n_fields; f++)
    g_string_append_printf (sql, ", %s", c->fields ? c->fields[f] : "value");
  g_string_append (sql, ") VALUES (?1, ?2");
  for (guint f = 0; f < n_fields; f++)
    g_string_append_printf (sql, ", ?%u", f + 3);
  g_string_append (sql, ")");
  stmt = lian_sqlite_cached (db, path, cache, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; ok && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, i);
      for (guint f = 0; f < n_fields; f++)
        {
          JsonNode *value = element;

          if (c->fields)
            value = JSON_NODE_HOLDS_OBJECT (element)
                    ? json_object_get_member (json_node_get_object (element), c->fields[f])
                    : NULL;
          bind_node (stmt, f + 3, value);
        }
      ok = sqlite3_step (stmt) == SQLITE_DONE;
    }
  sqlite3_reset (stmt);
  return ok ? TRUE : lian_sqlite_error (db, path, error);
}

gboolean
lian_sqlite_delete_row (sqlite3         *db,
                        const char      *path,
                        GHashTable      *cache,
                        LianRecordKind   kind,
                        const char      *id,
                        GError         **error)
{
  const LianTable *t = lian_store_table (kind);
  g_autofree char *sql = NULL;

  for (const LianColumn *c = t->columns; c->member; c++)
    if (c->type == LIAN_COLUMN_LIST || c->type == LIAN_COLUMN_OBJECTS)
      {
        g_autofree char *child = g_strdup_printf ("DELETE FROM %s_%s WHERE record_id = ?1",
                                                  t->name, c->member);
        if (!run (db, path, cache, child, id, error))
          return FALSE;
      }
  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", t->name);
  return run (db, path, cache, sql, id, error);
}

gboolean
lian_sqlite_write_row (sqlite3         *db,
                       const char      *path,
                       GHashTable      *cache,
                       LianRecordKind   kind,
                       const char      *id,
                       JsonObject      *object,
                       gboolean         replace,
                       GError         **error)
{
  const LianTable *t = lian_store_table (kind);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(JsonObject) extra = lian_store_extra_members (t, object);
  sqlite3_stmt *stmt = NULL;
  int n = 1;
  int rc;

  if (replace && !lian_sqlite_delete_row (db, path, cache, kind, id, error))
    return FALSE;

  g_string_printf (sql, "INSERT INTO %s (id", t->name);
  for (const LianColumn *c = t->columns + 1; c->member; c++)
    if (c->type <= LIAN_COLUMN_BOOLEAN)
      g_string_append_printf (sql, ", %s", c->member), n++;
  g_string_append (sql, ", extra) VALUES (?1");
  for (int i = 2; i <= n + 1; i++)
    g_string_append_printf (sql, ", ?%d", i);
  g_string_append (sql, ")");
  stmt = lian_sqlite_cached (db, path, cache, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  n = 1;
  for (const LianColumn *c = t->columns + 1; c->member; c++)
    if (c->type <= LIAN_COLUMN_BOOLEAN)
      bind_node (stmt, ++n, json_object_get_member (object, c->member));
  if (json_object_get_size (extra) > 0)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), extra);
      g_autofree char *text = lian_store_json_text (node);

      sqlite3_bind_text (stmt, n + 1, text, -1, SQLITE_TRANSIENT);
    }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return lian_sqlite_error (db, path, error);

  for (const LianColumn *c = t->columns; c->member; c++)
    {
      JsonNode *node = json_object_get_member (object, c->member);

      if ((c->type == LIAN_COLUMN_LIST || c->type == LIAN_COLUMN_OBJECTS) &&
          node && JSON_NODE_HOLDS_ARRAY (node) &&
          !write_children (db, path, cache, t, c, id, json_node_get_array (node), error))
        return FALSE;
    }
  return TRUE;
}
