/* lian-store-schema.c: the tables every database store shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The one description of a register as tables, that the SQLite and the
 * PostgreSQL stores both make their schema from: a table per kind, named
 * as the kind's member of a lian document ("needs"), with a column per
 * member; a list member is a child table (`needs_service_ids`:
 * record_id, position, value), a list of small objects one with a column
 * per member of the objects (`enterprises_chain_links`, `needs_history`).
 * Members lian does not know are kept as a JSON object in the `extra`
 * column. A kind added to lian is added here, once, and appears in both
 * stores. doc/store.md describes the tables for people who query them.
 */
#include "config.h"

#include <string.h>

#include "lian-store-schema-private.h"
#include "lian-enum-types.h"
#include "lian-change-private.h"
#include "lian-record-json-private.h"
#include "lian-json-writer-private.h"

#define T(m) { m, LIAN_COLUMN_TEXT, NULL }
#define I(m) { m, LIAN_COLUMN_INTEGER, NULL }
#define B(m) { m, LIAN_COLUMN_BOOLEAN, NULL }
#define L(m) { m, LIAN_COLUMN_LIST, NULL }
#define O(m, f) { m, LIAN_COLUMN_OBJECTS, f }
#define END { NULL, 0, NULL }

static const char * const link_fields[] = { "chain", "segment", "role", NULL };
static const char * const event_fields[] = { "at", "status", "actor", "note", NULL };

static const LianColumn region_columns[] = { T ("id"), T ("name"), END };
static const LianColumn chain_columns[] = {
  T ("id"), T ("name"), T ("tier"), T ("cluster"), T ("level"), T ("region"),
  L ("segments"), L ("leader_ids"), END
};
static const LianColumn enterprise_columns[] = {
  T ("id"), T ("name"), T ("uscc"), T ("region"), T ("size"), L ("tags"),
  I ("employees"), I ("party_members"), T ("contact_name"), T ("contact_phone"),
  T ("parent_id"), O ("chain_links", link_fields), END
};
static const LianColumn organization_columns[] = {
  T ("id"), T ("name"), T ("kind"), T ("level"), T ("region"), T ("parent_id"),
  L ("chain_ids"), L ("member_ids"), I ("party_members"), T ("brand"), T ("founded"), END
};
static const LianColumn service_columns[] = {
  T ("id"), T ("name"), T ("kind"), T ("provider"), T ("description"), L ("categories"),
  T ("region"), L ("chain_ids"), T ("valid_from"), T ("valid_until"), L ("keywords"), END
};
static const LianColumn need_columns[] = {
  T ("id"), T ("name"), T ("enterprise_id"), T ("chain_id"), T ("category"), T ("title"),
  T ("description"), B ("bottleneck"), I ("amount_yuan"), T ("status"), T ("assignee_id"),
  T ("due"), T ("submitted"), T ("resolved"), L ("service_ids"), T ("project_id"),
  O ("history", event_fields), END
};
static const LianColumn project_columns[] = {
  T ("id"), T ("name"), T ("owner_id"), L ("need_ids"), L ("service_ids"), T ("status"),
  T ("started"), T ("due"), T ("finished"), I ("loans_yuan"), I ("talents"),
  I ("problems_solved"), END
};
static const LianColumn activity_columns[] = {
  T ("id"), T ("name"), T ("kind"), T ("org_id"), T ("chain_id"), T ("date"),
  I ("participants"), END
};

static const LianColumn post_columns[] = {
  T ("id"), T ("name"), T ("enterprise_id"), T ("chain_id"), T ("segment"), T ("product"),
  T ("industry_code"), T ("specification"), I ("quantity"), T ("unit"), T ("published"),
  T ("delivery_from"), T ("delivery_until"), I ("budget_yuan"), T ("visibility"), T ("status"),
  END
};
static const LianColumn capability_columns[] = {
  T ("id"), T ("name"), T ("enterprise_id"), L ("products"), L ("industry_codes"),
  I ("capacity"), T ("unit"), T ("period"), I ("min_order"), I ("lead_days"),
  L ("certifications"), L ("regions"), END
};
static const LianColumn response_columns[] = {
  T ("id"), T ("name"), T ("post_id"), T ("enterprise_id"), I ("quantity"), I ("lead_days"),
  I ("price_yuan"), T ("status"), L ("moves"), END
};

static const LianColumn person_columns[] = {
  T ("id"), T ("name"), T ("org_id"), L ("roles"), L ("regions"), T ("scope_org_id"),
  L ("chain_ids"), END
};

static const LianTable tables[] = {
  { "regions", region_columns },
  { "chains", chain_columns },
  { "enterprises", enterprise_columns },
  { "organizations", organization_columns },
  { "services", service_columns },
  { "needs", need_columns },
  { "projects", project_columns },
  { "activities", activity_columns },
  [LIAN_RECORD_KIND_POST] = { "posts", post_columns },
  [LIAN_RECORD_KIND_CAPABILITY] = { "capabilities", capability_columns },
  [LIAN_RECORD_KIND_RESPONSE] = { "responses", response_columns },
  [LIAN_RECORD_KIND_PERSON] = { "people", person_columns },
};

G_STATIC_ASSERT (G_N_ELEMENTS (tables) == LIAN_N_RECORD_KINDS);

const LianTable *
lian_store_table (LianRecordKind kind)
{
  return &tables[kind];
}

const char *
lian_store_kind_nick (LianRecordKind kind)
{
  GEnumClass *klass = g_type_class_ref (LIAN_TYPE_RECORD_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);   /* enum classes stay loaded */
  return value->value_nick;
}

int
lian_store_kind_from_nick (const char *nick)
{
  GEnumClass *klass = g_type_class_ref (LIAN_TYPE_RECORD_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  g_type_class_unref (klass);
  return value ? value->value : -1;
}

/* The log of changes */

/* The members that differ between @before and @after, each side as an
 * object (NULL for a side that is not there); @property is set to the
 * one member when only one differs. */
void
lian_store_diff (JsonObject  *before,
                  JsonObject  *after,
                  char       **before_text,
                  char       **after_text,
                  const char **property,
                  guint       *n_diff)
{
  g_autoptr(JsonObject) b = json_object_new ();
  g_autoptr(JsonObject) a = json_object_new ();
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GList) mb = before ? json_object_get_members (before) : NULL;
  g_autoptr(GList) ma = after ? json_object_get_members (after) : NULL;
  GHashTableIter iter;
  gpointer name;
  g_autoptr(JsonNode) nb = NULL;
  g_autoptr(JsonNode) na = NULL;

  for (GList *l = mb; l; l = l->next)
    g_hash_table_add (names, l->data);
  for (GList *l = ma; l; l = l->next)
    g_hash_table_add (names, l->data);
  *n_diff = 0;
  *property = NULL;
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      JsonNode *x = before ? json_object_get_member (before, name) : NULL;
      JsonNode *y = after ? json_object_get_member (after, name) : NULL;

      if (x && y && json_node_equal (x, y))
        continue;
      json_object_set_member (b, name, x ? json_node_copy (x) : json_node_new (JSON_NODE_NULL));
      json_object_set_member (a, name, y ? json_node_copy (y) : json_node_new (JSON_NODE_NULL));
      (*n_diff)++;
      *property = name;
    }
  if (*n_diff != 1)
    *property = NULL;
  else
    *property = g_intern_string (*property);
  nb = json_node_init_object (json_node_alloc (), before ? b : NULL);
  na = json_node_init_object (json_node_alloc (), after ? a : NULL);
  *before_text = before ? lian_store_json_text (nb) : NULL;
  *after_text = after ? lian_store_json_text (na) : NULL;
}

/* Rows of `changes` */

static LianChangeOperation
operation_from_name (const char *name)
{
  return g_strcmp0 (name, "add") == 0 ? LIAN_CHANGE_OPERATION_ADD
         : g_strcmp0 (name, "remove") == 0 ? LIAN_CHANGE_OPERATION_REMOVE
         : LIAN_CHANGE_OPERATION_UPDATE;
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = NULL;

  if (text == NULL)
    return NULL;
  node = json_from_string (text, NULL);
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
  g_value_take_string (value, lian_store_json_text (node));
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

GHashTable *
lian_store_gone_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

LianChange *
lian_store_change_from_row (LianRegistry *registry,
                            GHashTable   *gone,
                            gint64        sequence,
                            gint64        time,
                            const char   *actor,
                            const char   *record_id,
                            const char   *kind_nick,
                            const char   *operation,
                            gint64        revision,
                            const char   *before_text,
                            const char   *after_text)
{
  int kind = kind_nick ? lian_store_kind_from_nick (kind_nick) : -1;
  g_autoptr(JsonObject) before = parse_object (before_text);
  g_autoptr(JsonObject) after = parse_object (after_text);
  g_autoptr(LianRecord) record = NULL;
  LianChange *change;

  if (record_id == NULL || kind < 0)
    return NULL;
  record = change_record (registry, gone, record_id, kind, after ? after : before);
  change = lian_change_new (sequence, time, actor, operation_from_name (operation),
                            record, revision);
  add_fields (change, before, after);
  return change;
}

JsonObject *
lian_store_extra_members (const LianTable *t,
                          JsonObject      *object)
{
  JsonObject *extra = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    {
      gboolean known = FALSE;

      for (const LianColumn *c = t->columns; c->member && !known; c++)
        known = g_str_equal (c->member, l->data);
      if (!known)
        json_object_set_member (extra, l->data,
                                json_node_copy (json_object_get_member (object, l->data)));
    }
  return extra;
}

char *
lian_store_json_text (JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);
  GString *out;

  if (strchr (text, 0x1f) == NULL)
    return g_steal_pointer (&text);
  /* Outside strings JSON text has no control character: each is in one. */
  out = g_string_sized_new (strlen (text) + 16);
  for (const char *c = text; *c; c++)
    if (*c == 0x1f)
      g_string_append (out, "\\u001f");
    else
      g_string_append_c (out, *c);
  return g_string_free (out, FALSE);
}

JsonObject *
lian_store_record_to_object (LianRecord *record)
{
  LianJsonWriter w;
  LianJsonPull pull;
  g_autoptr(JsonNode) node = NULL;

  lian_json_writer_init (&w, NULL, NULL);
  lian_record_write_json (record, &w);
  /* Read back by lian's own reader, or json-glib's for what lian's
   * refuses in a document (a string longer than it reads). */
  lian_json_pull_init (&pull, w.buffer->str, w.buffer->len);
  if (lian_json_pull_next (&pull, NULL))
    node = lian_json_pull_node (&pull, NULL, NULL);
  lian_json_pull_clear (&pull);
  if (node == NULL)
    node = json_from_string (w.buffer->str, NULL);
  lian_json_writer_clear (&w);
  return json_object_ref (json_node_get_object (node));
}
