/* lian-store-sqlite-read.c: a whole kind of records, read from its tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Opening a store reads every record: each kind's table once in the order
 * the records were written, each child table once in its own order, the
 * typed columns written straight out as the JSON members lian's reader
 * reads, as lian_sqlite_select_json()'s statement writes them: the extra
 * members first, then the known ones; a NULL column, or a list with no
 * rows, is no member; a boolean is true or false.
 */
#include "config.h"

#include <string.h>

#include "lian-store-sqlite-private.h"
#include "lian-json-writer-private.h"

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

static void
append_string (GString    *out,
               const char *text)
{
  LianJsonWriter w = { .buffer = out };

  lian_json_writer_string (&w, text ? text : "");
}

/* Appends column @i of the current row as a JSON value: numbers as SQLite
 * writes them, NULL as null, anything else as a string. */
static void
append_value (GString      *out,
              sqlite3_stmt *stmt,
              int           i)
{
  switch (sqlite3_column_type (stmt, i))
    {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      g_string_append (out, (const char *) sqlite3_column_text (stmt, i));
      break;
    case SQLITE_NULL:
      g_string_append (out, "null");
      break;
    default:
      append_string (out, (const char *) sqlite3_column_text (stmt, i));
    }
}

/* The rows of the child table of @c, as one JSON array per record id. */
static GHashTable *
read_children (sqlite3          *db,
               const char       *path,
               const LianTable  *t,
               const LianColumn *c,
               GError          **error)
{
  g_autoptr(GHashTable) arrays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        free_string);
  g_autoptr(GString) sql = g_string_new ("SELECT record_id");
  sqlite3_stmt *stmt = NULL;
  GString *array = NULL;
  int rc;

  for (guint f = 0; c->fields && c->fields[f]; f++)
    g_string_append_printf (sql, ", %s", c->fields[f]);
  g_string_append_printf (sql, "%s FROM %s_%s ORDER BY record_id, position",
                          c->fields ? "" : ", value", t->name, c->member);
  if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return lian_sqlite_error (db, path, error), NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      gboolean first = TRUE;

      if (id == NULL)
        continue;
      array = g_hash_table_lookup (arrays, id);
      if (array == NULL)
        g_hash_table_insert (arrays, g_strdup (id), array = g_string_new ("["));
      else
        g_string_append_c (array, ',');
      if (c->fields == NULL)
        {
          append_value (array, stmt, 1);
          continue;
        }
      g_string_append_c (array, '{');
      for (guint f = 0; c->fields[f]; f++)
        if (sqlite3_column_type (stmt, f + 1) != SQLITE_NULL)
          {
            g_string_append (array, first ? "\"" : ",\"");
            g_string_append (array, c->fields[f]);
            g_string_append (array, "\":");
            append_value (array, stmt, f + 1);
            first = FALSE;
          }
      g_string_append_c (array, '}');
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return lian_sqlite_error (db, path, error), NULL;
  return g_steal_pointer (&arrays);
}

/* Opens the record's object in @doc with its extra members, if any;
 * returns whether none was written. */
static gboolean
begin_object (GString    *doc,
              const char *extra)
{
  gsize start = doc->len;

  if (extra == NULL)
    {
      g_string_append_c (doc, '{');
      return TRUE;
    }
  g_string_append (doc, extra);
  /* The object stays open for the known members. */
  while (doc->len > start && g_ascii_isspace (doc->str[doc->len - 1]))
    g_string_truncate (doc, doc->len - 1);
  if (doc->len > start && doc->str[doc->len - 1] == '}')
    g_string_truncate (doc, doc->len - 1);
  while (doc->len > start && g_ascii_isspace (doc->str[doc->len - 1]))
    g_string_truncate (doc, doc->len - 1);
  return doc->len > start && doc->str[doc->len - 1] == '{';
}

static void
append_member (GString          *doc,
               gboolean         *first,
               const LianColumn *c)
{
  g_string_append (doc, *first ? "\"" : ",\"");
  g_string_append (doc, c->member);
  g_string_append (doc, "\":");
  *first = FALSE;
}

/* Appends the current row of @t as one JSON object; @children holds the
 * arrays of each list column, by column. */
static void
append_row (GString          *doc,
            sqlite3_stmt     *stmt,
            const LianTable  *t,
            GHashTable      **children,
            int               n_columns)
{
  const char *id = (const char *) sqlite3_column_text (stmt, 0);
  gboolean first = begin_object (doc, (const char *) sqlite3_column_text (stmt, n_columns));
  int i = 0;

  for (const LianColumn *c = t->columns; c->member; c++)
    {
      if (c->type == LIAN_COLUMN_LIST || c->type == LIAN_COLUMN_OBJECTS)
        {
          GString *array = id ? g_hash_table_lookup (children[c - t->columns], id) : NULL;

          if (array == NULL)
            continue;
          append_member (doc, &first, c);
          g_string_append_len (doc, array->str, array->len);
          g_string_append_c (doc, ']');
          continue;
        }
      if (sqlite3_column_type (stmt, i) != SQLITE_NULL)
        {
          append_member (doc, &first, c);
          if (c->type == LIAN_COLUMN_BOOLEAN)
            g_string_append (doc, sqlite3_column_double (stmt, i) != 0.0 ? "true" : "false");
          else
            append_value (doc, stmt, i);
        }
      i++;
    }
  g_string_append_c (doc, '}');
}

static guint
n_columns (const LianTable *t)
{
  guint n = 0;

  while (t->columns[n].member)
    n++;
  return n;
}

/* Appends the records of @kind to a document being written:
 * ,"needs":[...]. Returns the number of records, or -1. */
gssize
lian_sqlite_append_records (sqlite3         *db,
                            const char      *path,
                            GString         *doc,
                            LianRecordKind   kind,
                            GError         **error)
{
  const LianTable *t = lian_store_table (kind);
  guint n = n_columns (t);
  GHashTable **children = g_new0 (GHashTable *, n);
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int n_typed = 1;
  gssize rows = 0;
  int rc = SQLITE_DONE;

  for (const LianColumn *c = t->columns + 1; c->member; c++)
    if (c->type <= LIAN_COLUMN_BOOLEAN)
      g_string_append_printf (sql, ", %s", c->member), n_typed++;
  g_string_append_printf (sql, ", extra FROM %s ORDER BY rowid", t->name);
  for (guint c = 0; ok && c < n; c++)
    if (t->columns[c].type == LIAN_COLUMN_LIST || t->columns[c].type == LIAN_COLUMN_OBJECTS)
      ok = (children[c] = read_children (db, path, t, &t->columns[c], error)) != NULL;
  if (ok && sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    ok = lian_sqlite_error (db, path, error);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append (doc, rows == 0 ? ",\n\"" : ",");
      if (rows++ == 0)
        {
          g_string_append (doc, t->name);
          g_string_append (doc, "\":[");
        }
      append_row (doc, stmt, t, children, n_typed);
    }
  sqlite3_finalize (stmt);
  if (ok && rc != SQLITE_DONE)
    ok = lian_sqlite_error (db, path, error);
  for (guint c = 0; c < n; c++)
    g_clear_pointer (&children[c], g_hash_table_unref);
  g_free (children);
  if (!ok)
    return -1;
  if (rows > 0)
    g_string_append (doc, "]");
  return rows;
}
