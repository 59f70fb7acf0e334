/* lian-check-commands.c: validate, match
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "lian-tool.h"

/* `$.needs[?(@.id=='need-001')].due`: a JSONPath that finds the record
 * whatever its position. */
static char *
problem_path (LianRegistry *registry,
              LianProblem  *problem)
{
  static const char * const members[] = {
    "regions", "chains", "enterprises", "organizations", "services", "needs",
    "projects", "activities",
  };
  const char *id = lian_problem_get_record_id (problem);
  LianRecord *record = id ? lian_registry_lookup (registry, id) : NULL;
  const char *field = lian_problem_get_field (problem);

  if (record == NULL)
    return g_strdup ("$");
  return g_strdup_printf ("$.%s[?(@.id=='%s')]%s%s",
                          members[lian_record_get_record_kind (record)], id,
                          field ? "." : "", field ? field : "");
}

static void
print_validate_totals (const char *file,
                       guint       n_records,
                       guint       n_problems,
                       guint       n_errors)
{
  g_autofree char *records = lian_format_count (n_records);
  g_autofree char *problems = lian_format_count (n_problems);
  g_autofree char *errors = lian_format_count (n_errors);

  g_print (_("%s: %s records, %s problems, %s errors\n"), file, records, problems, errors);
}

/* The message without the field the path already ends with: it starts
 * with the field followed by ": " or, in Chinese, "：". */
static const char *
problem_message (LianProblem *problem)
{
  const char *field = lian_problem_get_field (problem);
  const char *message = lian_problem_get_message (problem);

  if (field && g_str_has_prefix (message, field))
    {
      const char *rest = message + strlen (field);
      if (g_str_has_prefix (rest, ": "))
        return rest + strlen (": ");
      if (g_str_has_prefix (rest, "："))
        return rest + strlen ("：");
    }
  return message;
}

static void
add_problem_json (JsonBuilder  *builder,
                  LianRegistry *registry,
                  LianProblem  *problem)
{
  g_autofree char *path = problem_path (registry, problem);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "severity");
  json_builder_add_string_value (builder, lian_enum_to_nick (LIAN_TYPE_SEVERITY,
                                                             lian_problem_get_severity (problem)));
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, lian_problem_get_code (problem));
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, problem_message (problem));
  json_builder_end_object (builder);
}

/* The ids of the records lying in @region or below, as
 * lian_registry_select() places them. */
static GHashTable *
region_record_ids (LianRegistry *registry,
                   const char   *region,
                   GError      **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int kind = LIAN_RECORD_KIND_REGION; kind <= LIAN_RECORD_KIND_ACTIVITY; kind++)
    {
      g_autoptr(LianFilter) filter = lian_filter_new (kind);
      g_autoptr(GListModel) records = NULL;

      lian_filter_set_region (filter, region);
      records = lian_registry_select (registry, filter, error);
      if (records == NULL)
        return NULL;
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (records, i);
          g_hash_table_add (ids, g_strdup (lian_record_get_id (record)));
        }
    }
  return g_steal_pointer (&ids);
}

/* --code CODE, repeatable, each a list with commas: the set of codes, or
 * NULL for all. */
static GHashTable *
code_set (char **codes)
{
  GHashTable *set;

  if (codes == NULL || codes[0] == NULL)
    return NULL;
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; codes[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (codes[i], ",", -1);
      for (guint j = 0; parts[j]; j++)
        {
          g_strstrip (parts[j]);
          if (*parts[j])
            g_hash_table_add (set, g_strdup (parts[j]));
        }
    }
  return set;
}

/* The problems of @all that --region and --code keep, in their order. */
static GPtrArray *
shown_problems (GListModel *all,
                GHashTable *region_ids,
                GHashTable *codes)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (all, i);
      const char *id = lian_problem_get_record_id (problem);

      if (region_ids && (id == NULL || !g_hash_table_contains (region_ids, id)))
        continue;
      if (codes && !g_hash_table_contains (codes, lian_problem_get_code (problem)))
        continue;
      g_ptr_array_add (shown, g_steal_pointer (&problem));
    }
  return shown;
}

/* The problems of one code, in the order the checks found them. */
typedef struct {
  const char   *code;
  LianSeverity  severity;
  GPtrArray    *problems;
} ProblemGroup;

static void
problem_group_free (gpointer data)
{
  ProblemGroup *group = data;

  g_ptr_array_unref (group->problems);
  g_free (group);
}

/* Errors first, then warnings, then notes; within one severity the code
 * with the most problems first, then by code. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const ProblemGroup *x = *(ProblemGroup * const *) a;
  const ProblemGroup *y = *(ProblemGroup * const *) b;

  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  if (x->problems->len != y->problems->len)
    return x->problems->len > y->problems->len ? -1 : 1;
  return strcmp (x->code, y->code);
}

static GPtrArray *
group_problems (GPtrArray *problems)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (problem_group_free);
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < problems->len; i++)
    {
      LianProblem *problem = problems->pdata[i];
      const char *code = lian_problem_get_code (problem);
      ProblemGroup *group = g_hash_table_lookup (by_code, code);

      if (group == NULL)
        {
          group = g_new0 (ProblemGroup, 1);
          group->code = code;
          group->severity = lian_problem_get_severity (problem);
          group->problems = g_ptr_array_new ();
          g_hash_table_insert (by_code, (gpointer) code, group);
          g_ptr_array_add (groups, group);
        }
      /* A code has one severity; should one vary, the worst counts. */
      group->severity = MAX (group->severity, lian_problem_get_severity (problem));
      g_ptr_array_add (group->problems, problem);
    }
  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

#define N_EXAMPLES 3

static void
print_problem (LianRegistry *registry,
               LianProblem  *problem)
{
  g_autofree char *path = problem_path (registry, problem);

  /* TRANSLATORS: severity: path: message [code] */
  g_print (_("%s: %s: %s [%s]\n"), tool_enum_label (LIAN_TYPE_SEVERITY, lian_problem_get_severity (problem)),
           path, problem_message (problem), lian_problem_get_code (problem));
}

static void
print_groups (LianRegistry *registry,
              GPtrArray    *groups)
{
  for (guint i = 0; i < groups->len; i++)
    {
      ProblemGroup *group = groups->pdata[i];
      g_autofree char *count = lian_format_count (group->problems->len);

      /* TRANSLATORS: severity [code]: number of problems */
      g_print (_("%s [%s]: %s problems\n"), tool_enum_label (LIAN_TYPE_SEVERITY, group->severity),
               group->code, count);
      for (guint j = 0; j < MIN (group->problems->len, N_EXAMPLES); j++)
        {
          LianProblem *problem = group->problems->pdata[j];
          g_autofree char *path = problem_path (registry, problem);

          /* TRANSLATORS: an example of a group: path: message */
          g_print (_("  %s: %s\n"), path, problem_message (problem));
        }
      if (group->problems->len > N_EXAMPLES)
        {
          g_autofree char *more = lian_format_count (group->problems->len - N_EXAMPLES);
          g_print (_("  … and %s more (--all lists them)\n"), more);
        }
    }
}

static void
add_groups_json (JsonBuilder  *builder,
                 LianRegistry *registry,
                 GPtrArray    *groups)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < groups->len; i++)
    {
      ProblemGroup *group = groups->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, group->code);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, lian_enum_to_nick (LIAN_TYPE_SEVERITY, group->severity));
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, group->problems->len);
      json_builder_set_member_name (builder, "examples");
      json_builder_begin_array (builder);
      for (guint j = 0; j < MIN (group->problems->len, N_EXAMPLES); j++)
        add_problem_json (builder, registry, group->problems->pdata[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_validate_json (const char   *file,
                     LianRegistry *registry,
                     GPtrArray    *problems,
                     GPtrArray    *groups)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, file);
  json_builder_set_member_name (builder, "records");
  json_builder_add_int_value (builder, lian_registry_get_n_records (registry));
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    add_problem_json (builder, registry, problems->pdata[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "groups");
  add_groups_json (builder, registry, groups);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  tool_print_json (root);
}

static guint
count_errors (GPtrArray *problems)
{
  guint errors = 0;

  for (guint i = 0; i < problems->len; i++)
    errors += lian_problem_get_severity (problems->pdata[i]) == LIAN_SEVERITY_ERROR;
  return errors;
}

static void
print_validate (const char   *file,
                LianRegistry *registry,
                GPtrArray    *problems,
                gboolean      json,
                gboolean      all)
{
  g_autoptr(GPtrArray) groups = group_problems (problems);

  if (json)
    print_validate_json (file, registry, problems, groups);
  else
    {
      if (all)
        for (guint i = 0; i < problems->len; i++)
          print_problem (registry, problems->pdata[i]);
      else
        print_groups (registry, groups);
      print_validate_totals (file, lian_registry_get_n_records (registry), problems->len,
                             count_errors (problems));
    }
}

int
cmd_validate (int    argc,
              char **argv)
{
  gboolean json = FALSE, all = FALSE;
  g_autofree char *today = NULL;
  g_autofree char *region = NULL;
  g_auto(GStrv) codes = NULL;
  int max_open_days = 90;
  const GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today, N_("Check as of this day (default: today)"), "YYYY-MM-DD" },
    { "max-open-days", 0, 0, G_OPTION_ARG_INT, &max_open_days, N_("Report needs open longer (default 90)"), "N" },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("Only the problems of records in this region or below (code or name)"), "REGION" },
    { "code", 0, 0, G_OPTION_ARG_STRING_ARRAY, &codes, N_("Only problems with this code (repeatable, or comma-separated)"), "CODE" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("List every problem instead of a few of each code"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the problems as JSON"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GHashTable) region_ids = NULL;
  g_autoptr(GHashTable) code_filter = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GError) error = NULL;

  if (!tool_parse_options ("validate", "FILE",
                           N_("Load a lian document, run the checks and print the problems grouped "
                           "by code, errors first: how many of each and the first three with their "
                           "path, then a summary line; --all lists every problem. --region and "
                           "--code choose which. Exits 1 when the file cannot be loaded or an error "
                           "is among the problems chosen; warnings alone exit 0."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("validate", _("expected one FILE"));
  if (today && !lian_date_is_valid (today))
    return tool_usage_error ("validate", _("--today: \"%s\" is not a date YYYY-MM-DD"), today);
  if (max_open_days < 0)
    return tool_usage_error ("validate", _("--max-open-days must not be negative"));

  registry = tool_load_visible (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (region)
    {
      g_autofree char *code = lian_registry_resolve_region (registry, region, &error);
      if (code == NULL)
        return tool_usage_error ("validate", "--region: %s", error->message);
      region_ids = region_record_ids (registry, code, &error);
      if (region_ids == NULL)
        {
          tool_print_error (argv[1], error);
          return EXIT_DATA;
        }
    }
  code_filter = code_set (codes);
  problems = lian_registry_check (registry, today, max_open_days);
  shown = shown_problems (problems, region_ids, code_filter);
  print_validate (argv[1], registry, shown, json, all);
  return count_errors (shown) ? EXIT_DATA : EXIT_OK;
}

static void
add_match_json (JsonBuilder *builder,
                LianMatch   *match)
{
  const char * const *reasons = lian_match_get_reasons (match);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "service");
  json_builder_add_string_value (builder, lian_match_get_service_id (match));
  json_builder_set_member_name (builder, "score");
  json_builder_add_double_value (builder, lian_match_get_score (match));
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint r = 0; reasons[r]; r++)
    json_builder_add_string_value (builder, reasons[r]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_match (LianRegistry *registry,
             LianMatch    *match)
{
  LianRecord *service = lian_registry_lookup (registry, lian_match_get_service_id (match));
  /* TRANSLATORS: between the reasons of a match: 服务融资；… */
  g_autofree char *reasons = g_strjoinv ((char *) _("; "), (char **) lian_match_get_reasons (match));

  g_print ("  %.2f  %s  %s\n        %s\n", lian_match_get_score (match),
           lian_match_get_service_id (match),
           service && lian_record_get_name (service) ? lian_record_get_name (service) : "",
           reasons);
}

static int
print_gaps (LianRegistry *registry,
            LianMatcher  *matcher,
            gboolean      json)
{
  g_autoptr(GListModel) gaps = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr(LianGap) gap = g_list_model_get_item (gaps, i);
      const char *category = lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, lian_gap_get_category (gap));
      const char *label = tool_enum_label (LIAN_TYPE_NEED_CATEGORY, lian_gap_get_category (gap));
      const char *region = lian_gap_get_region (gap);
      const char *name = lian_gap_get_region_name (gap);
      const char * const *ids = lian_gap_get_need_ids (gap);

      if (json)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "category");
          json_builder_add_string_value (builder, category);
          json_builder_set_member_name (builder, "region");
          json_builder_add_string_value (builder, region);
          json_builder_set_member_name (builder, "region_name");
          json_builder_add_string_value (builder, name);
          json_builder_set_member_name (builder, "needs");
          json_builder_begin_array (builder);
          for (guint k = 0; ids[k]; k++)
            json_builder_add_string_value (builder, ids[k]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      else
        {
          g_autofree char *list = g_strjoinv (_(", "), (char **) ids);
          g_autofree char *n = lian_format_count (lian_gap_get_n_needs (gap));
          g_autoptr(GString) line = g_string_new (NULL);

          tool_pad (line, label, 12, FALSE);
          g_print (_("%s %s %s: %s needs no service serves (%s)\n"), line->str,
                   region ? region : "-", name ? name : "", n, list);
        }
    }
  json_builder_end_array (builder);
  if (json)
    tool_print_json (json_builder_get_root (builder));
  else if (g_list_model_get_n_items (gaps) == 0)
    g_print ("%s\n", _("every open need has a service that can serve it"));
  return EXIT_OK;
}

/* What `lian match` prints the needs' matches with, as they come. */
typedef struct
{
  LianRegistry *registry;
  gboolean      json;
  guint         n_needs;
} MatchPrinter;

static void
print_need_matches (MatchPrinter *printer,
                    LianNeed     *need,
                    GListModel   *matches)
{
  const char *id = lian_record_get_id (LIAN_RECORD (need));

  if (printer->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) key = json_node_init_string (json_node_alloc (), id);
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *name = NULL, *array = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
        {
          g_autoptr(LianMatch) match = g_list_model_get_item (matches, i);
          add_match_json (builder, match);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, key);
      name = json_generator_to_data (generator, NULL);
      json_generator_set_root (generator, root);
      array = json_generator_to_data (generator, NULL);
      /* One need a line, so that a reader can follow the stream. */
      g_print ("%s\n  %s: %s", printer->n_needs ? "," : "{", name, array);
    }
  else
    {
      g_print ("%s  %s\n", id, lian_need_get_title (need));
      for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
        {
          g_autoptr(LianMatch) match = g_list_model_get_item (matches, i);
          print_match (printer->registry, match);
        }
    }
  printer->n_needs++;
}

static gboolean
print_need_matches_cb (LianNeed   *need,
                       GListModel *matches,
                       gpointer    user_data)
{
  print_need_matches (user_data, need, matches);
  return TRUE;
}

int
cmd_match (int    argc,
           char **argv)
{
  g_autofree char *need_id = NULL, *as_of = NULL;
  gboolean gaps = FALSE, json = FALSE, all = FALSE;
  int top = 3;
  const GOptionEntry entries[] = {
    { "need", 0, 0, G_OPTION_ARG_STRING, &need_id, N_("Match this need only"), "ID" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Match every open need, printing each as it is matched (the default)"), NULL },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Propose the services valid on this day (default: today)"), "YYYY-MM-DD" },
    { "top", 0, 0, G_OPTION_ARG_INT, &top, N_("How many services per need (default 3)"), "N" },
    { "gaps", 0, 0, G_OPTION_ARG_NONE, &gaps, N_("Print the needs no service can serve, by category and city"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianMatcher) matcher = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GError) error = NULL;
  MatchPrinter printer = { NULL, FALSE, 0 };

  if (!tool_parse_options ("match", "FILE",
                           N_("Match open needs to the service items that can serve them, best "
                           "first, with the reasons; or print the gap report."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("match", _("expected one FILE"));
  if (top < 1)
    return tool_usage_error ("match", _("--top must be at least 1"));
  if (gaps && need_id)
    return tool_usage_error ("match", _("--gaps and --need do not go together"));
  if (all && (need_id || gaps))
    return tool_usage_error ("match", _("--all goes with neither --need nor --gaps"));
  if (as_of && !lian_date_is_valid (as_of))
    return tool_usage_error ("match", _("--as-of: \"%s\" is not a date YYYY-MM-DD"), as_of);

  registry = tool_load_visible (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  matcher = lian_matcher_new (registry);
  lian_matcher_set_as_of (matcher, as_of);
  if (gaps)
    return print_gaps (registry, matcher, json);

  printer.registry = registry;
  printer.json = json;
  if (need_id)
    {
      matches = lian_matcher_match_need (matcher, need_id, top, &error);
      if (matches == NULL)
        {
          g_printerr (_("%s: %s\n"), argv[1], error->message);
          return EXIT_DATA;
        }
      if (g_list_model_get_n_items (matches))
        print_need_matches (&printer, lian_registry_lookup_need (registry, need_id), matches);
    }
  else
    lian_matcher_match_each (matcher, NULL, top, print_need_matches_cb, &printer);

  if (json)
    g_print ("%s}\n", printer.n_needs ? "\n" : "{");
  else if (need_id && printer.n_needs == 0)
    g_print (_("%s: no service item can serve it\n"), need_id);
  return EXIT_OK;
}
