/* lian-store-pg-read.c: a whole kind of records, read from its tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Opening a whole store reads each kind's table once in its rows' order,
 * each child table once, and writes the typed columns out as the JSON
 * members lian's reader reads, as lian_pg_select_json()'s statement
 * writes them: the known members, then the extra ones; a NULL column, or
 * a list with no rows, is no member, nor a NULL member of a small object.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-store-private.h"
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

  lian_json_writer_string (&w, text);
}

static void
append_member (GString    *out,
               gboolean   *first,
               const char *name)
{
  g_string_append (out, *first ? "\"" : ",\"");
  g_string_append (out, name);
  g_string_append (out, "\":");
  *first = FALSE;
}

/* The rows of the child table of @c, as one JSON array per record id. */
static GHashTable *
read_children (LianStorePg       *self,
               const LianTable   *t,
               const LianColumn  *c,
               GError           **error)
{
  g_autoptr(GHashTable) arrays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        free_string);
  g_autoptr(GString) sql = g_string_new ("SELECT record_id");
  PGresult *res;

  for (guint f = 0; c->fields && c->fields[f]; f++)
    g_string_append_printf (sql, ", %s", c->fields[f]);
  g_string_append_printf (sql, "%s FROM %s_%s ORDER BY record_id, position",
                          c->fields ? "" : ", value", t->name, c->member);
  res = lian_pg_store_query (self, sql->str, 0, NULL, PGRES_TUPLES_OK, error);
  if (res == NULL)
    return NULL;
  for (int i = 0; i < PQntuples (res); i++)
    {
      const char *id = PQgetvalue (res, i, 0);
      GString *array = g_hash_table_lookup (arrays, id);
      gboolean first = TRUE;

      if (array == NULL)
        g_hash_table_insert (arrays, g_strdup (id), array = g_string_new ("["));
      else
        g_string_append_c (array, ',');
      if (c->fields == NULL)
        {
          if (PQgetisnull (res, i, 1))
            g_string_append (array, "null");
          else
            append_string (array, PQgetvalue (res, i, 1));
          continue;
        }
      g_string_append_c (array, '{');
      for (guint f = 0; c->fields[f]; f++)
        if (!PQgetisnull (res, i, f + 1))
          {
            append_member (array, &first, c->fields[f]);
            append_string (array, PQgetvalue (res, i, f + 1));
          }
      g_string_append_c (array, '}');
    }
  PQclear (res);
  return g_steal_pointer (&arrays);
}

/* Appends row @i of @res, a row of @t, as one JSON object. */
static void
append_row (GString          *doc,
            PGresult         *res,
            int               i,
            const LianTable  *t,
            GHashTable      **children)
{
  const char *id = PQgetvalue (res, i, 0);
  const char *extra;
  gboolean first = TRUE;
  int column = 0;

  g_string_append_c (doc, '{');
  for (const LianColumn *c = t->columns; c->member; c++)
    {
      GString *array;

      if (c->type > LIAN_COLUMN_BOOLEAN)
        {
          array = g_hash_table_lookup (children[c - t->columns], id);
          if (array == NULL)
            continue;
          append_member (doc, &first, c->member);
          g_string_append_len (doc, array->str, array->len);
          g_string_append_c (doc, ']');
          continue;
        }
      if (!PQgetisnull (res, i, column))
        {
          const char *value = PQgetvalue (res, i, column);

          append_member (doc, &first, c->member);
          if (c->type == LIAN_COLUMN_TEXT)
            append_string (doc, value);
          else if (c->type == LIAN_COLUMN_BOOLEAN)
            g_string_append (doc, value[0] == 't' ? "true" : "false");
          else
            g_string_append (doc, value);
        }
      column++;
    }
  /* The extra members, which lian does not know, after the known ones. */
  extra = PQgetisnull (res, i, column) ? NULL : PQgetvalue (res, i, column);
  if (extra && extra[0] == '{' && strlen (extra) >= 3)
    {
      g_string_append_c (doc, ',');
      g_string_append (doc, extra + 1);
    }
  else
    g_string_append_c (doc, '}');
}

/* Appends every record of @kind to a document being written:
 * ,"needs":[...]. */
gboolean
lian_pg_store_append_all_records (LianStorePg     *self,
                                  GString         *doc,
                                  LianRecordKind   kind,
                                  GError         **error)
{
  const LianTable *t = lian_store_table (kind);
  GHashTable *children[32] = { NULL };
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  PGresult *res = NULL;
  gboolean ok = TRUE;

  for (const LianColumn *c = t->columns; ok && c->member; c++)
    if (c->type > LIAN_COLUMN_BOOLEAN)
      ok = (children[c - t->columns] = read_children (self, t, c, error)) != NULL;
    else if (c > t->columns)
      g_string_append_printf (sql, ", %s", c->member);
  g_string_append_printf (sql, ", extra FROM %s ORDER BY row_order", t->name);
  if (ok)
    res = lian_pg_store_query (self, sql->str, 0, NULL, PGRES_TUPLES_OK, error);
  for (int i = 0; res && i < PQntuples (res); i++)
    {
      g_string_append (doc, i == 0 ? ",\n\"" : ",");
      if (i == 0)
        {
          g_string_append (doc, t->name);
          g_string_append (doc, "\":[");
        }
      append_row (doc, res, i, t, children);
    }
  if (res && PQntuples (res) > 0)
    g_string_append (doc, "]");
  PQclear (res);
  for (guint c = 0; c < G_N_ELEMENTS (children); c++)
    g_clear_pointer (&children[c], g_hash_table_unref);
  return res != NULL;
}
