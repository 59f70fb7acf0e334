/* lian-history-commands.c: history and log
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Both read a store's log of changes (lian_store_list_changes()): a
 * SQLite store's `changes` table; a JSON document keeps none on disk.
 */
#include "lian-tool.h"

/* Opens @path, a SQLite store or a JSON document, with its store. */
static LianRegistry *
open_register (const char *path)
{
  g_autoptr(GError) error = NULL;
  LianRegistry *registry;

  if (tool_is_store (path))
    return tool_load (path);
  registry = lian_registry_open (path, &error);
  if (registry == NULL)
    tool_print_error (path, error);
  return registry;
}

/* Working as a person whose scope is limited, the changes of the records
 * they may read (a removed record's are left out: it lies nowhere now). */
static GListModel *
only_readable (LianRegistry *registry,
               GListModel   *changes)
{
  LianActor *person = lian_registry_get_person (registry);
  GListStore *kept;

  if (person == NULL || lian_actor_is_unlimited (person))
    return changes;
  kept = g_list_store_new (LIAN_TYPE_CHANGE);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (changes, i);
      LianRecord *record = lian_change_get_record (change);

      if (lian_record_get_registry (record) == registry && lian_registry_may_read (registry, record))
        g_list_store_append (kept, change);
    }
  g_object_unref (changes);
  return G_LIST_MODEL (kept);
}

static GListModel *
list_changes (LianRegistry *registry,
              const char   *path,
              const char   *id,
              const char   *since,
              const char   *actor,
              const char   *region)
{
  g_autoptr(GError) error = NULL;
  GListModel *changes = lian_store_list_changes (lian_registry_get_store (registry),
                                                 id, since, actor, region, &error);

  if (changes == NULL)
    tool_print_error (path, error);
  return changes ? only_readable (registry, changes) : NULL;
}

static GDateTime *
change_time (LianChange *change)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (lian_change_get_time (change) /
                                                           G_USEC_PER_SEC);

  return g_date_time_add (utc, lian_change_get_time (change) % G_USEC_PER_SEC);
}

static char *
format_change_time (LianChange *change)
{
  g_autoptr(GDateTime) when = change_time (change);

  return lian_format_time (when);
}

/* A field's value as text: a SQLite store's JSON text as it is, another
 * value as GLib writes it; NULL when there is none. */
static char *
value_text (const GValue *value)
{
  GValue text = G_VALUE_INIT;
  char *result;

  if (value == NULL)
    return NULL;
  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "null");
  g_value_init (&text, G_TYPE_STRING);
  if (g_value_transform (value, &text))
    result = g_value_dup_string (&text);
  else
    result = g_strdup_value_contents (value);
  g_value_unset (&text);
  return result;
}

static const char *
operation_label (LianChangeOperation op)
{
  switch (op)
    {
    /* TRANSLATORS: what a change of a record did */
    case LIAN_CHANGE_OPERATION_ADD: return _("added");
    case LIAN_CHANGE_OPERATION_REMOVE: return _("removed");
    case LIAN_CHANGE_OPERATION_UPDATE:
    default: return _("changed");
    }
}

/* "field: before → after", a missing side shown as "(none)". */
static char *
field_line (LianChange *change,
            const char *field)
{
  g_autofree char *before = value_text (lian_change_get_before (change, field));
  g_autofree char *after = value_text (lian_change_get_after (change, field));
  /* TRANSLATORS: a field's value before an addition or after a removal */
  const char *none = _("(none)");

  /* TRANSLATORS: a field, its value before and its value after a change */
  return g_strdup_printf (_("%s: %s → %s"), field, before ? before : none, after ? after : none);
}

static void
print_change (LianChange *change,
              gboolean    with_id)
{
  g_autofree char *time = format_change_time (change);
  const char *actor = lian_change_get_actor (change);
  const char * const *fields = lian_change_get_fields (change);
  g_autofree char *revision = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                               lian_change_get_revision (change));

  /* TRANSLATORS: when, who, what (added, changed, removed), the record's
   * id when shown, and its revision after the change */
  g_print (_("%s  %s  %s%s%s  (revision %s)\n"), time,
           actor ? actor : "-", operation_label (lian_change_get_operation (change)),
           with_id ? " " : "", with_id ? lian_change_get_record_id (change) : "", revision);
  for (guint i = 0; fields[i]; i++)
    {
      g_autofree char *line = field_line (change, fields[i]);
      g_print ("    %s\n", line);
    }
}

/* `lian history STORE ID`: every change of a record, oldest first. */
int
cmd_history (int    argc,
             char **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GListModel) changes = NULL;
  guint n;

  if (!tool_parse_options ("history", "STORE ID",
                           N_("Print every change of a record, oldest first, field by field, "
                              "with who made it and when (China Standard Time)."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 3)
    return tool_usage_error ("history", _("expected STORE and a record ID"));
  registry = open_register (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  changes = list_changes (registry, argv[1], argv[2], NULL, NULL, NULL);
  if (changes == NULL)
    return EXIT_DATA;
  n = g_list_model_get_n_items (changes);
  if (n == 0 && lian_registry_lookup (registry, argv[2]) == NULL)
    {
      g_printerr (_("%s: no record has the id \"%s\", and the log has no change of it\n"),
                  argv[1], argv[2]);
      return EXIT_DATA;
    }
  g_print ("%s\n", argv[2]);
  if (n == 0)
    g_print ("%s\n", tool_is_store (argv[1])
             ? _("no change of it since it was written to the store")
             : _("no history: a JSON document keeps none beyond a need's own moves"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (changes, i);
      print_change (change, FALSE);
    }
  return EXIT_OK;
}

static JsonNode *
change_json (LianChange *change)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GDateTime) utc = change_time (change);
  g_autoptr(GTimeZone) china = g_time_zone_new_offset (8 * 3600);
  g_autoptr(GDateTime) when = g_date_time_to_timezone (utc, china);
  g_autofree char *iso = g_date_time_format (when, "%Y-%m-%dT%H:%M:%S.%f%:z");
  const char * const *fields = lian_change_get_fields (change);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "sequence");
  json_builder_add_int_value (b, (gint64) lian_change_get_sequence (change));
  json_builder_set_member_name (b, "time");
  json_builder_add_string_value (b, iso);
  json_builder_set_member_name (b, "actor");
  json_builder_add_string_value (b, lian_change_get_actor (change));
  json_builder_set_member_name (b, "operation");
  json_builder_add_string_value (b, lian_enum_to_nick (LIAN_TYPE_CHANGE_OPERATION,
                                                       lian_change_get_operation (change)));
  json_builder_set_member_name (b, "record");
  json_builder_add_string_value (b, lian_change_get_record_id (change));
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, lian_enum_to_nick (LIAN_TYPE_RECORD_KIND,
                                                       lian_change_get_record_kind (change)));
  json_builder_set_member_name (b, "revision");
  json_builder_add_int_value (b, (gint64) lian_change_get_revision (change));
  json_builder_set_member_name (b, "fields");
  json_builder_begin_object (b);
  for (guint i = 0; fields[i]; i++)
    {
      g_autofree char *before = value_text (lian_change_get_before (change, fields[i]));
      g_autofree char *after = value_text (lian_change_get_after (change, fields[i]));

      json_builder_set_member_name (b, fields[i]);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "before");
      json_builder_add_string_value (b, before);
      json_builder_set_member_name (b, "after");
      json_builder_add_string_value (b, after);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
print_log_json (GListModel *changes)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(JsonArray) array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (changes, i);
      json_array_add_element (array, change_json (change));
    }
  json_node_set_array (root, array);
  tool_print_json (root);
}

/* `lian log STORE [--since DATE] [--actor WHO] [--region CODE] [--json]` */
int
cmd_log (int    argc,
         char **argv)
{
  g_autofree char *since = NULL, *actor = NULL, *region = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, N_("Only changes made on or after this day (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM), China Standard Time"), "DATE" },
    { "actor", 0, 0, G_OPTION_ARG_STRING, &actor, N_("Only changes this actor made"), "WHO" },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("Only changes of records that lie in this region (a code: 320200)"), "CODE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the changes as JSON"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GListModel) changes = NULL;
  guint n;

  if (!tool_parse_options ("log", "STORE",
                           N_("Print the log of changes of a store, oldest first."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("log", _("expected STORE"));
  registry = open_register (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  changes = list_changes (registry, argv[1], NULL, since, actor, region);
  if (changes == NULL)
    return EXIT_DATA;
  if (json)
    {
      print_log_json (changes);
      return EXIT_OK;
    }
  n = g_list_model_get_n_items (changes);
  if (n == 0)
    g_print ("%s\n", _("no changes"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (changes, i);
      print_change (change, TRUE);
    }
  return EXIT_OK;
}
