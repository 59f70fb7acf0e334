/* lian-store-pg-copy.c: every record of a registry, sent at once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Saving a register into a PostgreSQL store sends each table's rows as
 * COPY … FROM STDIN, in text format, a kind at a time: its table, then
 * its child tables (which refer to it), then its rows of `records`. The
 * values are those lian_pg_write_row_sql() writes as literals.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-store-private.h"
#include "lian-registry-private.h"

/* Flushed, a kind's tables together, past this many bytes. */
#define COPY_CHUNK (16 << 20)

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* Appends @text as a field of COPY's text format; NULL is \N. */
static void
append_field (GString    *out,
              const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "\\N");
      return;
    }
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      default: g_string_append_c (out, *p);
      }
}

/* @node as lian_pg_write_row_sql() gives it: @text_values for a child
 * table, whose values are all text. */
static void
append_node (GString  *out,
             JsonNode *node,
             gboolean  text_values)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *text = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    append_field (out, NULL);
  else if (!JSON_NODE_HOLDS_VALUE (node) ||
           (text_values && json_node_get_value_type (node) != G_TYPE_STRING))
    append_field (out, text = lian_store_json_text (node));
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    append_field (out, json_node_get_string (node));
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    g_string_append (out, g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
}

static void
append_children (GString          *out,
                 const LianColumn *c,
                 const char       *id,
                 JsonArray        *array)
{
  guint n_fields = c->fields ? g_strv_length ((char **) c->fields) : 1;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      append_field (out, id);
      g_string_append_printf (out, "\t%u", i);
      for (guint f = 0; f < n_fields; f++)
        {
          JsonNode *value = element;

          if (c->fields)
            value = JSON_NODE_HOLDS_OBJECT (element)
                    ? json_object_get_member (json_node_get_object (element), c->fields[f])
                    : NULL;
          g_string_append_c (out, '\t');
          append_node (out, value, TRUE);
        }
      g_string_append_c (out, '\n');
    }
}

/* Appends the row of @object to @rows[0], its children to @rows[column]. */
static void
append_record (GString         **rows,
               const LianTable  *t,
               const char       *id,
               JsonObject       *object)
{
  g_autoptr(JsonObject) extra = lian_store_extra_members (t, object);

  append_field (rows[0], id);
  for (const LianColumn *c = t->columns + 1; c->member; c++)
    if (c->type <= LIAN_COLUMN_BOOLEAN)
      {
        g_string_append_c (rows[0], '\t');
        append_node (rows[0], json_object_get_member (object, c->member), FALSE);
      }
  g_string_append_c (rows[0], '\t');
  if (json_object_get_size (extra) > 0)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), extra);
      g_autofree char *text = lian_store_json_text (node);

      append_field (rows[0], text);
    }
  else
    append_field (rows[0], NULL);
  g_string_append_c (rows[0], '\n');

  for (const LianColumn *c = t->columns; c->member; c++)
    {
      JsonNode *node = json_object_get_member (object, c->member);

      if (c->type > LIAN_COLUMN_BOOLEAN && node && JSON_NODE_HOLDS_ARRAY (node))
        append_children (rows[c - t->columns + 1], c, id, json_node_get_array (node));
    }
}

/* Sends @rows into @table (@columns) by COPY, and empties it. */
static gboolean
copy_rows (LianStorePg  *self,
           const char   *table,
           const char   *columns,
           GString      *rows,
           GError      **error)
{
  g_autofree char *sql = NULL;
  PGresult *res;
  gboolean ok;

  if (rows->len == 0)
    return TRUE;
  sql = g_strdup_printf ("COPY %s (%s) FROM STDIN", table, columns);
  res = lian_pg_store_query (self, sql, 0, NULL, PGRES_COPY_IN, error);
  if (res == NULL)
    return FALSE;
  PQclear (res);
  ok = PQputCopyData (self->conn, rows->str, (int) rows->len) == 1;
  ok = PQputCopyEnd (self->conn, ok ? NULL : "lian: the rows could not be sent") == 1 && ok;
  g_string_truncate (rows, 0);
  while ((res = PQgetResult (self->conn)) != NULL)
    {
      if (PQresultStatus (res) != PGRES_COMMAND_OK && ok)
        ok = lian_pg_error (self->conn, res, self->where, error);
      PQclear (res);
    }
  return ok ? TRUE : (error && *error) ? FALSE : lian_pg_error (self->conn, NULL, self->where, error);
}

/* The column lists of a kind's tables, as @rows holds them. */
static gboolean
copy_kind (LianStorePg      *self,
           const LianTable  *t,
           GString         **rows,
           GString          *records,
           GError          **error)
{
  g_autoptr(GString) columns = g_string_new ("id");

  for (const LianColumn *c = t->columns + 1; c->member; c++)
    if (c->type <= LIAN_COLUMN_BOOLEAN)
      g_string_append_printf (columns, ", %s", c->member);
  g_string_append (columns, ", extra");
  if (!copy_rows (self, t->name, columns->str, rows[0], error))
    return FALSE;
  for (const LianColumn *c = t->columns; c->member; c++)
    if (c->type > LIAN_COLUMN_BOOLEAN)
      {
        g_autofree char *table = g_strdup_printf ("%s_%s", t->name, c->member);

        g_string_assign (columns, "record_id, position");
        for (guint f = 0; c->fields && c->fields[f]; f++)
          g_string_append_printf (columns, ", %s", c->fields[f]);
        if (c->fields == NULL)
          g_string_append (columns, ", value");
        if (!copy_rows (self, table, columns->str, rows[c - t->columns + 1], error))
          return FALSE;
      }
  return copy_rows (self, "records", "id, kind, revision", records, error);
}

static gboolean
save_kind (LianStorePg     *self,
           LianRegistry    *registry,
           LianRecordKind   kind,
           GError         **error)
{
  const LianTable *t = lian_store_table (kind);
  g_autoptr(GListModel) list = lian_registry_get_records (registry, kind);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_string);
  g_autoptr(GString) records = g_string_new (NULL);
  const char *nick = lian_store_kind_nick (kind);
  guint n = 0;

  while (t->columns[n].member)
    n++;
  for (guint c = 0; c <= n; c++)
    g_ptr_array_add (rows, g_string_new (NULL));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (list, i);
      g_autoptr(JsonObject) object = lian_store_record_to_object (record);
      const char *id = lian_record_get_id (record);
      gsize size = records->len;

      append_record ((GString **) rows->pdata, t, id, object);
      append_field (records, id);
      g_string_append_printf (records, "\t%s\t1\n", nick);
      for (guint c = 0; c <= n; c++)
        size += ((GString *) rows->pdata[c])->len;
      if (size > COPY_CHUNK)
        {
          if (!copy_kind (self, t, (GString **) rows->pdata, records, error))
            return FALSE;
        }
    }
  return copy_kind (self, t, (GString **) rows->pdata, records, error);
}

gboolean
lian_pg_store_copy_records (LianStorePg   *self,
                            LianRegistry  *registry,
                            GError       **error)
{
  LianVisit visit;
  gboolean ok = TRUE;

  /* The records held as rows stay rows once written. */
  lian_registry_begin_visit (registry, &visit);
  for (guint k = 0; ok && k < LIAN_N_RECORD_KINDS; k++)
    ok = save_kind (self, registry, k, error);
  lian_registry_end_visit (registry, &visit);
  return ok;
}
