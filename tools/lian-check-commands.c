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

int
cmd_validate (int    argc,
              char **argv)
{
  gboolean json = FALSE;
  g_autofree char *today = NULL;
  int max_open_days = 90;
  const GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today, N_("Check as of this day (default: today)"), "YYYY-MM-DD" },
    { "max-open-days", 0, 0, G_OPTION_ARG_INT, &max_open_days, N_("Report needs open longer (default 90)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the problems as JSON"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint errors = 0;

  if (!tool_parse_options ("validate", "FILE",
                           N_("Load a lian document, run the checks and print every problem with "
                           "its path. Exits 1 when the file cannot be loaded or a check finds an "
                           "error; warnings alone exit 0."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("validate", _("expected one FILE"));
  if (today && !lian_date_is_valid (today))
    return tool_usage_error ("validate", _("--today: \"%s\" is not a date YYYY-MM-DD"), today);
  if (max_open_days < 0)
    return tool_usage_error ("validate", _("--max-open-days must not be negative"));

  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  problems = lian_registry_check (registry, today, max_open_days);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, argv[1]);
  json_builder_set_member_name (builder, "records");
  json_builder_add_int_value (builder, lian_registry_get_n_records (registry));
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *path = problem_path (registry, problem);
      const char *field = lian_problem_get_field (problem);
      const char *message = lian_problem_get_message (problem);
      const char *severity = lian_enum_to_nick (LIAN_TYPE_SEVERITY,
                                                lian_problem_get_severity (problem));

      errors += lian_problem_get_severity (problem) == LIAN_SEVERITY_ERROR;
      /* The path already ends with the field the message starts with,
       * followed by ": " or, in Chinese, "：". */
      if (field && g_str_has_prefix (message, field))
        {
          const char *rest = message + strlen (field);
          if (g_str_has_prefix (rest, ": "))
            message = rest + strlen (": ");
          else if (g_str_has_prefix (rest, "："))
            message = rest + strlen ("：");
        }
      if (json)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "severity");
          json_builder_add_string_value (builder, severity);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, lian_problem_get_code (problem));
          json_builder_set_member_name (builder, "path");
          json_builder_add_string_value (builder, path);
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, message);
          json_builder_end_object (builder);
        }
      else
        /* TRANSLATORS: severity: path: message [code] */
        g_print (_("%s: %s: %s [%s]\n"), tool_enum_label (LIAN_TYPE_SEVERITY, lian_problem_get_severity (problem)), path,
                 message, lian_problem_get_code (problem));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (json)
    tool_print_json (json_builder_get_root (builder));
  else
    print_validate_totals (argv[1], lian_registry_get_n_records (registry),
                           g_list_model_get_n_items (problems), errors);
  return errors ? EXIT_DATA : EXIT_OK;
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

int
cmd_match (int    argc,
           char **argv)
{
  g_autofree char *need_id = NULL, *as_of = NULL;
  gboolean gaps = FALSE, json = FALSE;
  int top = 3;
  const GOptionEntry entries[] = {
    { "need", 0, 0, G_OPTION_ARG_STRING, &need_id, N_("Match this need only"), "ID" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Propose the services valid on this day (default: today)"), "YYYY-MM-DD" },
    { "top", 0, 0, G_OPTION_ARG_INT, &top, N_("How many services per need (default 3)"), "N" },
    { "gaps", 0, 0, G_OPTION_ARG_NONE, &gaps, N_("Print the needs no service can serve, by category and city"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianMatcher) matcher = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *current = NULL;

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
  if (as_of && !lian_date_is_valid (as_of))
    return tool_usage_error ("match", _("--as-of: \"%s\" is not a date YYYY-MM-DD"), as_of);

  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  matcher = lian_matcher_new (registry);
  lian_matcher_set_as_of (matcher, as_of);
  if (gaps)
    return print_gaps (registry, matcher, json);

  if (need_id)
    {
      matches = lian_matcher_match_need (matcher, need_id, top, &error);
      if (matches == NULL)
        {
          g_printerr (_("%s: %s\n"), argv[1], error->message);
          return EXIT_DATA;
        }
    }
  else
    matches = lian_matcher_match_all (matcher, NULL, top);

  json_builder_begin_object (builder);
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(LianMatch) match = g_list_model_get_item (matches, i);
      const char *need = lian_match_get_need_id (match);

      if (g_strcmp0 (need, current) != 0)
        {
          LianNeed *record = lian_registry_lookup_need (registry, need);
          if (json)
            {
              if (current)
                json_builder_end_array (builder);
              json_builder_set_member_name (builder, need);
              json_builder_begin_array (builder);
            }
          else
            g_print ("%s  %s\n", need, record ? lian_need_get_title (record) : "");
          g_free (current);
          current = g_strdup (need);
        }
      if (json)
        add_match_json (builder, match);
      else
        print_match (registry, match);
    }
  if (json && current)
    json_builder_end_array (builder);
  json_builder_end_object (builder);
  if (json)
    tool_print_json (json_builder_get_root (builder));
  else if (need_id && g_list_model_get_n_items (matches) == 0)
    g_print (_("%s: no service item can serve it\n"), need_id);
  return EXIT_OK;
}
