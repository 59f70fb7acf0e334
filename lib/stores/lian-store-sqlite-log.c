/* lian-store-sqlite-log.c: a SQLite store's `changes` table, read back
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each row becomes a LianChange whose fields are the members the row's
 * fields_before and fields_after name, each value the member's JSON text
 * as a string.
 */
#include "config.h"

#include <string.h>

#include "lian-store-sqlite-private.h"
#include "lian-change-private.h"
#include "lian-record-json-private.h"

static LianChangeOperation
operation_from_name (const char *name)
{
  return g_strcmp0 (name, "add") == 0 ? LIAN_CHANGE_OPERATION_ADD
         : g_strcmp0 (name, "remove") == 0 ? LIAN_CHANGE_OPERATION_REMOVE
         : LIAN_CHANGE_OPERATION_UPDATE;
}

static JsonObject *
parse_object (const unsigned char *text)
{
  g_autoptr(JsonNode) node = NULL;

  if (text == NULL)
    return NULL;
  node = json_from_string ((const char *) text, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_ref (json_node_get_object (node));
}

/* Sets, on a record no registry holds, the text members of @object that
 * are plain string properties (its region, its enterprise …), so that a
 * removed record can still be placed. */
static void
set_text_members (LianRecord     *record,
                  LianRecordKind  kind,
                  JsonObject     *object)
{
  const char * const *members = lian_record_kind_members (kind);

  for (guint i = 0; object && members[i]; i++)
    {
      GParamSpec *pspec = lian_record_kind_member_pspec (kind, i);
      JsonNode *node = json_object_get_member (object, members[i]);

      if (pspec == NULL || node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_STRING ||
          pspec->value_type != G_TYPE_STRING || !(pspec->flags & G_PARAM_WRITABLE) ||
          g_str_equal (pspec->name, "id"))
        continue;
      g_object_set (record, pspec->name, json_node_get_string (node), NULL);
    }
}

/* The record a change names: the registry's, or one made for a record
 * that is gone, remembered in @gone so that each change of it shares it. */
static LianRecord *
change_record (LianRegistry *registry,
               GHashTable   *gone,
               const char   *id,
               int           kind,
               JsonObject   *last)
{
  LianRecord *record = lian_registry_lookup (registry, id);

  if (record && (int) lian_record_get_record_kind (record) == kind)
    return g_object_ref (record);
  record = g_hash_table_lookup (gone, id);
  if (record == NULL)
    {
      record = g_object_new (lian_record_kind_get_record_type (kind), "id", id, NULL);
      g_hash_table_insert (gone, g_strdup (id), record);
    }
  set_text_members (record, kind, last);
  return g_object_ref (record);
}

static void
set_json_text (GValue   *value,
               JsonNode *node)
{
  g_value_init (value, G_TYPE_STRING);
  g_value_take_string (value, json_to_string (node, FALSE));
}

/* Adds to @change a field for each member of @before and @after. */
static void
add_fields (LianChange *change,
            JsonObject *before,
            JsonObject *after)
{
  g_autoptr(GList) names = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (before)
    names = json_object_get_members (before);
  if (after)
    names = g_list_concat (names, json_object_get_members (after));
  for (GList *l = names; l; l = l->next)
    {
      GValue b = G_VALUE_INIT, a = G_VALUE_INIT;

      if (!g_hash_table_add (seen, l->data))
        continue;
      if (before && json_object_has_member (before, l->data))
        set_json_text (&b, json_object_get_member (before, l->data));
      if (after && json_object_has_member (after, l->data))
        set_json_text (&a, json_object_get_member (after, l->data));
      lian_change_add_field (change, l->data, &b, &a);
      if (G_IS_VALUE (&b))
        g_value_unset (&b);
      if (G_IS_VALUE (&a))
        g_value_unset (&a);
    }
}

static LianChange *
row_to_change (sqlite3_stmt *stmt,
               LianRegistry *registry,
               GHashTable   *gone)
{
  const char *id = (const char *) sqlite3_column_text (stmt, 3);
  int kind = lian_sqlite_kind_from_nick ((const char *) sqlite3_column_text (stmt, 4));
  g_autoptr(JsonObject) before = parse_object (sqlite3_column_text (stmt, 7));
  g_autoptr(JsonObject) after = parse_object (sqlite3_column_text (stmt, 8));
  g_autoptr(LianRecord) record = NULL;
  LianChange *change;

  if (id == NULL || kind < 0)
    return NULL;
  record = change_record (registry, gone, id, kind, after ? after : before);
  change = lian_change_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                            (const char *) sqlite3_column_text (stmt, 2),
                            operation_from_name ((const char *) sqlite3_column_text (stmt, 5)),
                            record, sqlite3_column_int64 (stmt, 6));
  add_fields (change, before, after);
  return change;
}

gboolean
lian_sqlite_read_changes (sqlite3       *db,
                          const char    *path,
                          LianRegistry  *registry,
                          const char    *record_id,
                          gint64         since,
                          const char    *actor,
                          GPtrArray     *out,
                          GError       **error)
{
  g_autoptr(GHashTable) gone = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                      g_free, g_object_unref);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT sequence, time, actor, record, kind, operation, revision, "
                              "fields_before, fields_after FROM changes "
                              "WHERE (?1 IS NULL OR record = ?1) AND time >= ?2 "
                              "AND (?3 IS NULL OR actor = ?3) ORDER BY sequence",
                          -1, &stmt, NULL) != SQLITE_OK)
    return lian_sqlite_error (db, path, error);
  sqlite3_bind_text (stmt, 1, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, since);
  sqlite3_bind_text (stmt, 3, actor, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LianChange *change = row_to_change (stmt, registry, gone);

      if (change)
        g_ptr_array_add (out, change);
    }
  if (rc != SQLITE_DONE)
    {
      lian_sqlite_error (db, path, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  return TRUE;
}
