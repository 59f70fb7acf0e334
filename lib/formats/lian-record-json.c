/* lian-record-json.c: one record to and from its JSON members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A record's members are its properties in snake_case, in the fixed order
 * of the tables below; enum values are nicks, flags arrays of nicks. Two
 * members are lists of small objects: an enterprise's `chain_links`
 * (`{"chain", "segment", "role"}`) and a need's `history`
 * (`{"at", "status", "actor", "note"}`). Members lian does not know are
 * kept on the record (lian_record_get_extra()) and written after the rest.
 */
#include "config.h"

#include <pthread.h>

#include <string.h>

#include "lian-record-json-private.h"
#include "lian-registry.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-date-private.h"

static const char * const region_members[] = { "id", "name", NULL };
static const char * const chain_members[] = {
  "id", "name", "tier", "cluster", "level", "region", "segments", "leader_ids", NULL
};
static const char * const enterprise_members[] = {
  "id", "name", "uscc", "region", "size", "tags", "employees", "party_members",
  "contact_name", "contact_phone", "parent_id", "chain_links", NULL
};
static const char * const organization_members[] = {
  "id", "name", "kind", "level", "region", "parent_id", "chain_ids", "member_ids",
  "party_members", "brand", "founded", NULL
};
static const char * const service_members[] = {
  "id", "name", "kind", "provider", "description", "categories", "region", "chain_ids",
  "valid_from", "valid_until", "keywords", NULL
};
static const char * const need_members[] = {
  "id", "name", "enterprise_id", "chain_id", "category", "title", "description",
  "bottleneck", "amount_yuan", "status", "assignee_id", "due", "submitted", "resolved",
  "service_ids", "project_id", "history", NULL
};
static const char * const project_members[] = {
  "id", "name", "owner_id", "need_ids", "service_ids", "status", "started", "due",
  "finished", "loans_yuan", "talents", "problems_solved", NULL
};
static const char * const activity_members[] = {
  "id", "name", "kind", "org_id", "chain_id", "date", "participants", NULL
};

static const struct {
  const char         *member;
  const char * const *fields;
  GType             (*get_type) (void);
} kinds[] = {
  { "regions", region_members, lian_region_get_type },
  { "chains", chain_members, lian_chain_get_type },
  { "enterprises", enterprise_members, lian_enterprise_get_type },
  { "organizations", organization_members, lian_party_org_get_type },
  { "services", service_members, lian_service_item_get_type },
  { "needs", need_members, lian_need_get_type },
  { "projects", project_members, lian_action_project_get_type },
  { "activities", activity_members, lian_activity_get_type },
};

int
lian_record_kind_from_member (const char *member)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (g_str_equal (kinds[k].member, member))
      return k;
  return -1;
}

const char *
lian_record_kind_to_member (LianRecordKind kind)
{
  return kinds[kind].member;
}

/* Each kind's members with the property behind each (NULL for the two
 * list members written by hand), looked up once. */
typedef struct
{
  GHashTable  *index;    /* member name → position + 1 */
  GParamSpec **pspecs;   /* in the order of the kind's fields */
} MemberTable;

static MemberTable tables[G_N_ELEMENTS (kinds)];

static void
init_member_tables (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GObjectClass *klass = g_type_class_ref (kinds[k].get_type ());
      guint n = g_strv_length ((char **) kinds[k].fields);

      tables[k].index = g_hash_table_new (g_str_hash, g_str_equal);
      tables[k].pspecs = g_new0 (GParamSpec *, n);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *prop = g_strdup (kinds[k].fields[i]);
          g_strdelimit (prop, "_", '-');
          tables[k].pspecs[i] = g_object_class_find_property (klass, prop);
          g_hash_table_insert (tables[k].index, (gpointer) kinds[k].fields[i],
                               GUINT_TO_POINTER (i + 1));
        }
      /* Classes are never unloaded; the table keeps its pspecs. */
    }
}

static const MemberTable *
member_table (LianRecordKind kind)
{
  static pthread_once_t once = PTHREAD_ONCE_INIT;

  /* Documents may be read in several threads at once. */
  pthread_once (&once, init_member_tables);
  return &tables[kind];
}

/* The position of @name among the kind's members, or -1. */
static int
member_position (LianRecordKind  kind,
                 const char     *name)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (member_table (kind)->index, name)) - 1;
}

/* Building */

struct _LianRecordBuilder
{
  LianRecordKind kind;
  GObjectClass  *klass;
  GPtrArray     *names;     /* property names, static */
  GArray        *values;    /* GValue */
  GPtrArray     *links;     /* LianChainLink */
  GPtrArray     *events;    /* LianNeedEvent */
  JsonObject    *extra;
};

LianRecordBuilder *
lian_record_builder_new (LianRecordKind kind)
{
  LianRecordBuilder *b = g_new0 (LianRecordBuilder, 1);

  b->kind = kind;
  b->klass = g_type_class_ref (kinds[kind].get_type ());
  b->names = g_ptr_array_new ();
  b->values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_array_set_clear_func (b->values, (GDestroyNotify) g_value_unset);
  return b;
}

void
lian_record_builder_free (LianRecordBuilder *b)
{
  g_type_class_unref (b->klass);
  g_ptr_array_unref (b->names);
  g_array_unref (b->values);
  g_clear_pointer (&b->links, g_ptr_array_unref);
  g_clear_pointer (&b->events, g_ptr_array_unref);
  g_clear_pointer (&b->extra, json_object_unref);
  g_free (b);
}

static gboolean
wrong_type (GError     **error,
            const char  *path,
            const char  *name,
            const char  *expected)
{
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
               "%s.%s: expected %s", path, name, expected);
  return FALSE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* An array of strings as a NULL-terminated vector; NULL if it is not one. */
static GStrv
string_array (JsonNode *node)
{
  JsonArray *array;
  GStrv strv;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  strv = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      if (!is_string (item))
        {
          g_strfreev (strv);
          return NULL;
        }
      strv[i] = g_strdup (json_node_get_string (item));
    }
  return strv;
}

static gboolean
nick_error (GError     **error,
            GError      *local,
            const char  *path,
            const char  *name)
{
  g_set_error (error, local->domain, local->code, "%s.%s: %s", path, name, local->message);
  g_error_free (local);
  return FALSE;
}

static gboolean
read_property (GParamSpec  *pspec,
               JsonNode    *node,
               GValue      *value,
               const char  *path,
               const char  *name,
               GError     **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  GError *local = NULL;

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    {
      if (!is_string (node))
        return wrong_type (error, path, name, "a string");
      g_value_set_string (value, json_node_get_string (node));
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return wrong_type (error, path, name, "true or false");
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (type == G_TYPE_UINT || type == G_TYPE_INT64)
    {
      gint64 n;
      gint64 max = type == G_TYPE_UINT ? G_MAXUINT : G_MAXINT64;
      if (!is_integer (node))
        return wrong_type (error, path, name, "a whole number");
      n = json_node_get_int (node);
      if (n < 0 || n > max)
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
                       "%s.%s: %" G_GINT64_FORMAT " is %s", path, name, n,
                       n < 0 ? "negative" : "too large");
          return FALSE;
        }
      if (type == G_TYPE_UINT)
        g_value_set_uint (value, (guint) n);
      else
        g_value_set_int64 (value, n);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int v;
      if (!is_string (node))
        return wrong_type (error, path, name, "a string");
      if (!lian_enum_from_nick (type, json_node_get_string (node), &v, &local))
        return nick_error (error, local, path, name);
      g_value_set_enum (value, v);
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_auto(GStrv) nicks = string_array (node);
      guint v;
      if (nicks == NULL)
        return wrong_type (error, path, name, "an array of strings");
      if (!lian_flags_from_nicks (type, (const char * const *) nicks, &v, &local))
        return nick_error (error, local, path, name);
      g_value_set_flags (value, v);
    }
  else if (type == G_TYPE_STRV)
    {
      GStrv strv = string_array (node);
      if (strv == NULL)
        return wrong_type (error, path, name, "an array of strings");
      g_value_take_boxed (value, strv);
    }
  else
    g_assert_not_reached ();
  return TRUE;
}

/* Reads the members of a small object into @out, refusing unknown ones. */
static gboolean
read_small_object (JsonNode            *node,
                   const char * const  *names,
                   JsonNode           **out,
                   const char          *path,
                   GError             **error)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                   "%s: expected an object", path);
      return FALSE;
    }
  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (guint i = 0; names[i]; i++)
    out[i] = NULL;
  for (GList *l = members; l; l = l->next)
    {
      guint i;
      for (i = 0; names[i] && !g_str_equal (names[i], l->data); i++)
        ;
      if (names[i] == NULL)
        {
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                       "%s.%s: unknown member", path, (const char *) l->data);
          return FALSE;
        }
      out[i] = json_object_get_member (object, l->data);
      if (JSON_NODE_HOLDS_NULL (out[i]))
        out[i] = NULL;
      else if (!is_string (out[i]))
        return wrong_type (error, path, l->data, "a string");
    }
  return TRUE;
}

static gboolean
read_chain_links (LianRecordBuilder  *b,
                  JsonNode           *node,
                  const char         *path,
                  GError            **error)
{
  static const char * const names[] = { "chain", "segment", "role", NULL };
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (error, path, "chain_links", "an array");
  array = json_node_get_array (node);
  /* A repeated member: the last one counts. */
  g_clear_pointer (&b->links, g_ptr_array_unref);
  b->links = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_chain_link_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.chain_links[%u]", path, i);
      JsonNode *m[3];
      int role = LIAN_CHAIN_ROLE_SUPPORTING;
      GError *local = NULL;

      if (!read_small_object (json_array_get_element (array, i), names, m, where, error))
        return FALSE;
      if (m[0] == NULL)
        {
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
                       "%s.chain: a chain id is required", where);
          return FALSE;
        }
      if (m[2] && !lian_enum_from_nick (LIAN_TYPE_CHAIN_ROLE, json_node_get_string (m[2]),
                                        &role, &local))
        return nick_error (error, local, where, "role");
      g_ptr_array_add (b->links, lian_chain_link_new (json_node_get_string (m[0]),
                                                      m[1] ? json_node_get_string (m[1]) : NULL,
                                                      role));
    }
  return TRUE;
}

static gboolean
read_history (LianRecordBuilder  *b,
              JsonNode           *node,
              const char         *path,
              GError            **error)
{
  static const char * const names[] = { "at", "status", "actor", "note", NULL };
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (error, path, "history", "an array");
  array = json_node_get_array (node);
  /* A repeated member: the last one counts. */
  g_clear_pointer (&b->events, g_ptr_array_unref);
  b->events = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.history[%u]", path, i);
      g_autoptr(GDateTime) at = NULL;
      JsonNode *m[4];
      int status;
      GError *local = NULL;

      if (!read_small_object (json_array_get_element (array, i), names, m, where, error))
        return FALSE;
      if (m[0] == NULL || m[1] == NULL)
        {
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
                       "%s.%s: a value is required", where, m[0] ? "status" : "at");
          return FALSE;
        }
      at = g_date_time_new_from_iso8601 (json_node_get_string (m[0]), NULL);
      if (at == NULL)
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                       "%s.at: \"%s\" is not an ISO 8601 time with a zone", where,
                       json_node_get_string (m[0]));
          return FALSE;
        }
      if (!lian_enum_from_nick (LIAN_TYPE_NEED_STATUS, json_node_get_string (m[1]),
                                &status, &local))
        return nick_error (error, local, where, "status");
      g_ptr_array_add (b->events,
                       lian_need_event_new (at, status,
                                            m[2] ? json_node_get_string (m[2]) : NULL,
                                            m[3] ? json_node_get_string (m[3]) : NULL));
    }
  return TRUE;
}

gboolean
lian_record_builder_member (LianRecordBuilder  *b,
                            const char         *path,
                            const char         *name,
                            JsonNode           *value,
                            GError            **error)
{
  int position = member_position (b->kind, name);
  GParamSpec *pspec;

  if (position < 0)
    {
      if (b->extra == NULL)
        b->extra = json_object_new ();
      json_object_set_member (b->extra, name, json_node_copy (value));
      return TRUE;
    }
  if (JSON_NODE_HOLDS_NULL (value))
    return TRUE;
  if (g_str_equal (name, "chain_links"))
    return read_chain_links (b, value, path, error);
  if (g_str_equal (name, "history"))
    return read_history (b, value, path, error);

  pspec = member_table (b->kind)->pspecs[position];
  g_assert (pspec != NULL);
  for (guint i = 0; i < b->names->len; i++)
    if (b->names->pdata[i] == pspec->name)
      {
        /* A repeated member: the last one counts. */
        g_array_remove_index (b->values, i);
        g_ptr_array_remove_index (b->names, i);
        break;
      }
  g_array_set_size (b->values, b->values->len + 1);
  if (!read_property (pspec, value, &g_array_index (b->values, GValue, b->values->len - 1),
                      path, name, error))
    {
      g_array_set_size (b->values, b->values->len - 1);
      return FALSE;
    }
  g_ptr_array_add (b->names, (gpointer) pspec->name);
  return TRUE;
}

LianRecord *
lian_record_builder_end (LianRecordBuilder  *b,
                         const char         *path,
                         GError            **error)
{
  LianRecord *record;

  record = LIAN_RECORD (g_object_new_with_properties (kinds[b->kind].get_type (),
                                                      b->names->len,
                                                      (const char **) b->names->pdata,
                                                      (const GValue *) b->values->data));
  for (guint i = 0; b->links && i < b->links->len; i++)
    {
      LianChainLink *link = g_ptr_array_index (b->links, i);
      if (lian_enterprise_get_chain_link (LIAN_ENTERPRISE (record),
                                          lian_chain_link_get_chain_id (link)))
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       "%s.chain_links[%u].chain: \"%s\" appears twice", path, i,
                       lian_chain_link_get_chain_id (link));
          g_object_unref (record);
          return NULL;
        }
      lian_enterprise_add_chain_link (LIAN_ENTERPRISE (record),
                                      lian_chain_link_get_chain_id (link),
                                      lian_chain_link_get_segment (link),
                                      lian_chain_link_get_role (link));
    }
  for (guint i = 0; b->events && i < b->events->len; i++)
    lian_need_append_event (LIAN_NEED (record), g_ptr_array_index (b->events, i));
  if (b->extra)
    lian_record_set_extra (record, b->extra);
  return record;
}

/* Writing */

static void
write_chain_links (LianEnterprise *enterprise,
                   LianJsonWriter *w)
{
  GPtrArray *links = lian_enterprise_get_chain_links (enterprise);

  if (links->len == 0)
    return;
  lian_json_writer_member (w, "chain_links");
  lian_json_writer_begin_array (w);
  for (guint i = 0; i < links->len; i++)
    {
      LianChainLink *link = g_ptr_array_index (links, i);
      lian_json_writer_element (w);
      lian_json_writer_begin_object (w);
      lian_json_writer_member (w, "chain");
      lian_json_writer_string (w, lian_chain_link_get_chain_id (link));
      if (lian_chain_link_get_segment (link))
        {
          lian_json_writer_member (w, "segment");
          lian_json_writer_string (w, lian_chain_link_get_segment (link));
        }
      lian_json_writer_member (w, "role");
      lian_json_writer_string (w, lian_enum_to_nick (LIAN_TYPE_CHAIN_ROLE,
                                                     lian_chain_link_get_role (link)));
      lian_json_writer_end_object (w);
    }
  lian_json_writer_end_array (w);
}

static void
write_history (LianNeed       *need,
               LianJsonWriter *w)
{
  GPtrArray *events = lian_need_get_history (need);

  if (events->len == 0)
    return;
  lian_json_writer_member (w, "history");
  lian_json_writer_begin_array (w);
  for (guint i = 0; i < events->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (events, i);
      GDateTime *when = lian_need_event_get_at (event);
      g_autofree char *at = lian_date_time_to_iso8601 (when);
      lian_json_writer_element (w);
      lian_json_writer_begin_object (w);
      lian_json_writer_member (w, "at");
      lian_json_writer_string (w, at);
      lian_json_writer_member (w, "status");
      lian_json_writer_string (w, lian_enum_to_nick (LIAN_TYPE_NEED_STATUS,
                                                     lian_need_event_get_status (event)));
      if (lian_need_event_get_actor (event))
        {
          lian_json_writer_member (w, "actor");
          lian_json_writer_string (w, lian_need_event_get_actor (event));
        }
      if (lian_need_event_get_note (event))
        {
          lian_json_writer_member (w, "note");
          lian_json_writer_string (w, lian_need_event_get_note (event));
        }
      lian_json_writer_end_object (w);
    }
  lian_json_writer_end_array (w);
}

/* Writes one property member, leaving out what is unset: NULL or empty
 * strings and lists, false, 0, and no flags. Enums are always written. */
static void
write_property (LianRecord     *record,
                const char     *name,
                GParamSpec     *pspec,
                LianJsonWriter *w)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (&value, type);
  g_object_get_property (G_OBJECT (record), pspec->name, &value);
  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (&value);
      if (s == NULL || s[0] == '\0')
        return;
      lian_json_writer_member (w, name);
      lian_json_writer_string (w, s);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!g_value_get_boolean (&value))
        return;
      lian_json_writer_member (w, name);
      lian_json_writer_boolean (w, TRUE);
    }
  else if (type == G_TYPE_UINT || type == G_TYPE_INT64)
    {
      gint64 n = type == G_TYPE_UINT ? g_value_get_uint (&value) : g_value_get_int64 (&value);
      if (n == 0)
        return;
      lian_json_writer_member (w, name);
      lian_json_writer_int (w, n);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      lian_json_writer_member (w, name);
      lian_json_writer_string (w, lian_enum_to_nick (type, g_value_get_enum (&value)));
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_auto(GStrv) nicks = lian_flags_to_nicks (type, g_value_get_flags (&value));
      lian_json_writer_strv_member (w, name, (const char * const *) nicks);
    }
  else if (type == G_TYPE_STRV)
    lian_json_writer_strv_member (w, name, g_value_get_boxed (&value));
}

void
lian_record_write_json (LianRecord     *record,
                        LianJsonWriter *w)
{
  LianRecordKind kind = lian_record_get_record_kind (record);
  const char * const *fields = kinds[kind].fields;
  JsonObject *extra = lian_record_get_extra (record);

  lian_json_writer_begin_object (w);
  for (guint i = 0; fields[i]; i++)
    {
      if (g_str_equal (fields[i], "chain_links"))
        write_chain_links (LIAN_ENTERPRISE (record), w);
      else if (g_str_equal (fields[i], "history"))
        write_history (LIAN_NEED (record), w);
      else
        write_property (record, fields[i], member_table (kind)->pspecs[i], w);
    }
  if (extra)
    {
      g_autoptr(GList) members = json_object_get_members (extra);
      for (GList *l = members; l; l = l->next)
        if (member_position (kind, l->data) < 0)
          {
            lian_json_writer_member (w, l->data);
            lian_json_writer_node (w, json_object_get_member (extra, l->data));
          }
    }
  lian_json_writer_end_object (w);
}
