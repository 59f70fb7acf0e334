/* lian-store-sqlite-save.c: every record of a registry, written at once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Saving a register (lian convert) writes each record's JSON with lian's
 * writer and reads it back a token at a time straight into the bound
 * parameters of the kind's INSERT statements, prepared once: no tree of
 * the record is made. What lands in the tables is what
 * lian_sqlite_write_row() writes for the record's members.
 */
#include "config.h"

#include <string.h>

#include "lian-store-sqlite-private.h"
#include "lian-json-pull-private.h"
#include "lian-record-json-private.h"
#include "lian-error.h"

/* Binds the value at the current token as lian_sqlite_write_row() does:
 * a list or an object as its JSON text. */
static gboolean
bind_value (sqlite3_stmt  *stmt,
            int            i,
            LianJsonPull  *pull,
            GError       **error)
{
  g_autoptr(JsonNode) node = NULL;

  switch (pull->token)
    {
    case LIAN_TOKEN_STRING:
      sqlite3_bind_text (stmt, i, pull->string->str, -1, SQLITE_TRANSIENT);
      return TRUE;
    case LIAN_TOKEN_INT:
      sqlite3_bind_int64 (stmt, i, pull->int_value);
      return TRUE;
    case LIAN_TOKEN_DOUBLE:
      sqlite3_bind_double (stmt, i, pull->double_value);
      return TRUE;
    case LIAN_TOKEN_TRUE:
    case LIAN_TOKEN_FALSE:
      sqlite3_bind_int (stmt, i, pull->token == LIAN_TOKEN_TRUE);
      return TRUE;
    case LIAN_TOKEN_NULL:
      sqlite3_bind_null (stmt, i);
      return TRUE;
    default:
      node = lian_json_pull_node (pull, NULL, error);
      if (node == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, i, lian_store_json_text (node), -1, g_free);
      return TRUE;
    }
}

/* The column named @name, looked for from @hint on: the writer writes
 * the members in one order. */
static int
find_column (const LianColumn *columns,
             const char       *name,
             int               hint)
{
  for (int i = hint; columns[i].member; i++)
    if (strcmp (columns[i].member, name) == 0)
      return i;
  for (int i = 0; i < hint && columns[i].member; i++)
    if (strcmp (columns[i].member, name) == 0)
      return i;
  return -1;
}

/* Binds the members of the object at the current token that are fields
 * of @c, from parameter 3 on. */
static gboolean
bind_fields (sqlite3_stmt      *stmt,
             const LianColumn  *c,
             LianJsonPull      *pull,
             GError           **error)
{
  for (guint n = 0;; n++)
    {
      int f = -1;

      if (!lian_json_pull_next (pull, error) ||
          (n > 0 && pull->token != LIAN_TOKEN_END_OBJECT &&
           !lian_json_pull_next_item (pull, TRUE, error)))
        return FALSE;
      if (pull->token == LIAN_TOKEN_END_OBJECT)
        return TRUE;
      for (guint i = 0; f < 0 && c->fields[i]; i++)
        if (strcmp (c->fields[i], pull->string->str) == 0)
          f = i;
      if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
          !lian_json_pull_next (pull, error) ||
          !(f >= 0 ? bind_value (stmt, f + 3, pull, error) : lian_json_pull_skip (pull, error)))
        return FALSE;
    }
}

#define MAX_COLUMNS 32

/* A kind's INSERT statements, made once: the row's parameters are 1 the
 * id, one per typed column in order, then `extra`. */
typedef struct
{
  char *row;
  int   params[MAX_COLUMNS];   /* each typed column's parameter */
  int   n_params;
  char *children[MAX_COLUMNS]; /* each list column's */
} KindSql;

static char *
children_sql (const LianTable  *t,
              const LianColumn *c)
{
  GString *sql = g_string_new (NULL);
  guint n_fields = c->fields ? g_strv_length ((char **) c->fields) : 1;

  g_string_printf (sql, "INSERT INTO %s_%s (record_id, position", t->name, c->member);
  for (guint f = 0; f < n_fields; f++)
    g_string_append_printf (sql, ", %s", c->fields ? c->fields[f] : "value");
  g_string_append (sql, ") VALUES (?1, ?2");
  for (guint f = 0; f < n_fields; f++)
    g_string_append_printf (sql, ", ?%u", f + 3);
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

static void
make_kind_sql (KindSql         *k,
               const LianTable *t)
{
  GString *sql = g_string_new (NULL);
  int n = 1;

  g_string_printf (sql, "INSERT INTO %s (id", t->name);
  for (const LianColumn *c = t->columns + 1; c->member; c++)
    {
      g_assert (c - t->columns < MAX_COLUMNS);
      if (c->type <= LIAN_COLUMN_BOOLEAN)
        {
          g_string_append_printf (sql, ", %s", c->member);
          k->params[c - t->columns] = ++n;
        }
      else
        k->children[c - t->columns] = children_sql (t, c);
    }
  g_string_append (sql, ", extra) VALUES (?1");
  for (int i = 2; i <= n + 1; i++)
    g_string_append_printf (sql, ", ?%d", i);
  g_string_append (sql, ")");
  k->n_params = n + 1;
  k->row = g_string_free (sql, FALSE);
}

static const KindSql *
kind_sql (LianRecordKind kind)
{
  static KindSql *all;

  if (g_once_init_enter (&all))
    {
      KindSql *made = g_new0 (KindSql, LIAN_N_RECORD_KINDS);

      for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
        make_kind_sql (&made[k], lian_store_table (k));
      g_once_init_leave (&all, made);
    }
  return &all[kind];
}

/* The rows of the list member @c of the record @id, at the current token. */
static gboolean
insert_children (sqlite3           *db,
                 GHashTable        *cache,
                 const char        *sql,
                 const LianColumn  *c,
                 const char        *id,
                 LianJsonPull      *pull,
                 GError           **error)
{
  sqlite3_stmt *stmt;

  if (pull->token != LIAN_TOKEN_BEGIN_ARRAY)
    return lian_json_pull_skip (pull, error);
  stmt = lian_sqlite_cached (db, cache, sql, error);
  if (stmt == NULL)
    return FALSE;
  for (int i = 0;; i++)
    {
      gboolean ok;

      if (!lian_json_pull_next (pull, error) ||
          (i > 0 && pull->token != LIAN_TOKEN_END_ARRAY &&
           !lian_json_pull_next_item (pull, FALSE, error)))
        return FALSE;
      if (pull->token == LIAN_TOKEN_END_ARRAY)
        return TRUE;
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, i);
      if (c->fields == NULL)
        ok = bind_value (stmt, 3, pull, error);
      else if (pull->token == LIAN_TOKEN_BEGIN_OBJECT)
        ok = bind_fields (stmt, c, pull, error);
      else
        ok = lian_json_pull_skip (pull, error);
      if (!ok)
        return FALSE;
      ok = sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_reset (stmt);
      if (!ok)
        return lian_sqlite_error (db, sqlite3_db_filename (db, "main"), error);
    }
}

/* Reads the members of the record's object, binding or inserting each. */
static gboolean
read_members (sqlite3          *db,
              GHashTable       *cache,
              const LianTable  *t,
              sqlite3_stmt     *stmt,
              const KindSql    *sql,
              const char       *id,
              LianJsonPull     *pull,
              JsonObject      **extra,
              GError          **error)
{
  int hint = 0;

  if (!lian_json_pull_expect (pull, LIAN_TOKEN_BEGIN_OBJECT, "'{'", error))
    return FALSE;
  for (guint n = 0;; n++)
    {
      g_autofree char *name = NULL;
      int c;
      gboolean ok;

      if (!lian_json_pull_next (pull, error) ||
          (n > 0 && pull->token != LIAN_TOKEN_END_OBJECT &&
           !lian_json_pull_next_item (pull, TRUE, error)))
        return FALSE;
      if (pull->token == LIAN_TOKEN_END_OBJECT)
        return TRUE;
      c = find_column (t->columns, pull->string->str, hint);
      if (c < 0)
        name = g_strdup (pull->string->str);
      if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
          !lian_json_pull_next (pull, error))
        return FALSE;
      if (c < 0)
        {
          JsonNode *node = lian_json_pull_node (pull, NULL, error);

          if (*extra == NULL)
            *extra = json_object_new ();
          if (node)
            json_object_set_member (*extra, name, node);
          ok = node != NULL;
        }
      else if (t->columns[c].type > LIAN_COLUMN_BOOLEAN)
        ok = insert_children (db, cache, sql->children[c], &t->columns[c], id, pull, error);
      else if (c == 0)
        ok = lian_json_pull_skip (pull, error);
      else
        ok = bind_value (stmt, sql->params[c], pull, error);
      if (!ok)
        return FALSE;
      hint = c < 0 ? hint : c + 1;
    }
}

/* What lian's reader refuses in a document (a string longer than it
 * reads) is written the way of a commit, the rows begun taken back. */
static gboolean
write_slowly (sqlite3         *db,
              GHashTable      *cache,
              LianRecordKind   kind,
              LianRecord      *record,
              GError         **error)
{
  g_autoptr(JsonObject) object = lian_store_record_to_object (record);

  return lian_sqlite_write_row (db, cache, kind, lian_record_get_id (record), object, TRUE,
                                error);
}

/* Inserts @record, of a kind whose tables hold nothing of it yet; @w is
 * a writer to reuse. */
gboolean
lian_sqlite_insert_record (sqlite3         *db,
                           GHashTable      *cache,
                           LianRecordKind   kind,
                           LianRecord      *record,
                           LianJsonWriter  *w,
                           GError         **error)
{
  const LianTable *t = lian_store_table (kind);
  const char *id = lian_record_get_id (record);
  const KindSql *sql = kind_sql (kind);
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GError) local = NULL;
  sqlite3_stmt *stmt = lian_sqlite_cached (db, cache, sql->row, error);
  LianJsonPull pull;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  g_string_truncate (w->buffer, 0);
  w->depth = 0;
  w->first = TRUE;
  lian_record_write_json (record, w);
  lian_json_pull_init (&pull, w->buffer->str, w->buffer->len);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  ok = read_members (db, cache, t, stmt, sql, id, &pull, &extra, &local);
  lian_json_pull_clear (&pull);
  if (!ok && local->domain != LIAN_FORMAT_ERROR)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!ok)
    return write_slowly (db, cache, kind, record, error);
  if (extra)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), extra);

      sqlite3_bind_text (stmt, sql->n_params, lian_store_json_text (node), -1, g_free);
    }
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_reset (stmt);
  return ok ? TRUE : lian_sqlite_error (db, sqlite3_db_filename (db, "main"), error);
}
