/* lian-stats-command.c: stats
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-tool.h"

/* The province the records lie in: the first province-level region record,
 * else the province of the first enterprise. */
static char *
find_province (LianRegistry *registry)
{
  g_autoptr(GListModel) regions = lian_registry_get_regions (registry);
  g_autoptr(GListModel) enterprises = lian_registry_get_enterprises (registry);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(LianRegion) region = g_list_model_get_item (regions, i);
      if (lian_region_get_level (region) == LIAN_LEVEL_PROVINCE)
        return g_strdup (lian_region_get_code (region));
    }
  if (g_list_model_get_n_items (enterprises) > 0)
    {
      g_autoptr(LianEnterprise) ent = g_list_model_get_item (enterprises, 0);
      const char *code = lian_enterprise_get_region (ent);
      if (lian_region_code_is_valid (code))
        return g_strdup_printf ("%.2s0000", code);
    }
  return NULL;
}

static void
print_enum_counts (const char  *title,
                   GType        type,
                   LianSummary *summary,
                   guint      (*get) (LianSummary *, int))
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (line, "%s%s %u", i ? ", " : "", klass->values[i].value_nick,
                            get (summary, klass->values[i].value));
  g_print ("  %-22s %s\n", title, line->str);
}

/* Adapters: the getters take their enum, not an int. */
static guint by_tier (LianSummary *s, int v) { return lian_summary_get_n_chains_by_tier (s, v); }
static guint org_by_kind (LianSummary *s, int v) { return lian_summary_get_n_organizations_by_kind (s, v); }
static guint svc_by_kind (LianSummary *s, int v) { return lian_summary_get_n_services_by_kind (s, v); }
static guint by_status (LianSummary *s, int v) { return lian_summary_get_n_needs_by_status (s, v); }
static guint by_category (LianSummary *s, int v) { return lian_summary_get_n_needs_by_category (s, v); }
static guint proj_by_status (LianSummary *s, int v) { return lian_summary_get_n_projects_by_status (s, v); }
static guint act_by_kind (LianSummary *s, int v) { return lian_summary_get_n_activities_by_kind (s, v); }

/* "at least " before a sum held at its maximum. */
static const char *
at_least (LianSummary *s,
          const char  *field)
{
  g_autoptr(GListModel) problems = lian_summary_get_problems (s);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
      if (g_str_equal (lian_problem_get_field (problem), field))
        return "at least ";
    }
  return "";
}

/* Warns, on standard error, of the sums of @rows held at their maximum. */
static void
warn_saturated (GPtrArray *rows)
{
  for (guint r = 0; r < rows->len; r++)
    {
      LianSummary *s = g_ptr_array_index (rows, r);
      g_autoptr(GListModel) problems = lian_summary_get_problems (s);

      for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
        {
          g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
          g_printerr ("warning: %s%s%s\n", lian_summary_get_key (s) ? lian_summary_get_key (s) : "",
                      lian_summary_get_key (s) ? ": " : "", lian_problem_get_message (problem));
        }
    }
}

static void
print_summary (LianSummary *s)
{
  double median = lian_summary_get_median_days_to_resolve (s);
  double p90 = lian_summary_get_p90_days_to_resolve (s);

  g_print ("%s%s%s\n", lian_summary_get_scope_label (s),
           lian_summary_get_as_of (s) ? ", as of " : "",
           lian_summary_get_as_of (s) ? lian_summary_get_as_of (s) : "");
  g_print ("  %-22s %u in %u clusters\n", "chains", lian_summary_get_n_chains (s),
           lian_summary_get_n_clusters (s));
  print_enum_counts ("  by tier", LIAN_TYPE_CHAIN_TIER, s, by_tier);
  g_print ("  %-22s %u; organisation coverage %u (%.1f%%, own organisation %u), "
           "work coverage %u (%.1f%%)\n",
           "enterprises", lian_summary_get_n_enterprises (s),
           lian_summary_get_n_organization_covered (s), 100 * lian_summary_get_organization_coverage (s),
           lian_summary_get_n_own_organization (s),
           lian_summary_get_n_work_covered (s), 100 * lian_summary_get_work_coverage (s));
  g_print ("  %-22s %u\n", "organisations", lian_summary_get_n_organizations (s));
  print_enum_counts ("  by kind", LIAN_TYPE_ORG_KIND, s, org_by_kind);
  g_print ("  %-22s %u\n", "service items", lian_summary_get_n_services (s));
  print_enum_counts ("  by kind", LIAN_TYPE_SERVICE_KIND, s, svc_by_kind);
  g_print ("  %-22s %u; bottleneck %u; resolution rate %.1f%%\n", "needs",
           lian_summary_get_n_needs (s), lian_summary_get_n_bottleneck_needs (s),
           100 * lian_summary_get_resolution_rate (s));
  print_enum_counts ("  by status", LIAN_TYPE_NEED_STATUS, s, by_status);
  print_enum_counts ("  by category", LIAN_TYPE_NEED_CATEGORY, s, by_category);
  if (median >= 0)
    g_print ("  %-22s median %.1f, 90th percentile %.1f\n", "  days to resolve", median, p90);
  g_print ("  %-22s %u; loans %s%" G_GINT64_FORMAT " yuan, talents %s%u, problems solved %s%u\n",
           "projects", lian_summary_get_n_projects (s),
           at_least (s, "projects.loans_yuan"), lian_summary_get_loans_yuan (s),
           at_least (s, "projects.talents"), lian_summary_get_talents (s),
           at_least (s, "projects.problems_solved"), lian_summary_get_problems_solved (s));
  print_enum_counts ("  by status", LIAN_TYPE_PROJECT_STATUS, s, proj_by_status);
  g_print ("  %-22s %u\n", "activities", lian_summary_get_n_activities (s));
  print_enum_counts ("  by kind", LIAN_TYPE_ACTIVITY_KIND, s, act_by_kind);
}

static void
print_rollup_row (LianSummary *s)
{
  g_print ("%-10s %-12s %8u %8u %8u %6.1f%% %8u %10" G_GINT64_FORMAT "\n",
           lian_summary_get_key (s), lian_summary_get_label (s) ? lian_summary_get_label (s) : "",
           lian_summary_get_n_enterprises (s), lian_summary_get_n_organizations (s),
           lian_summary_get_n_needs (s), 100 * lian_summary_get_resolution_rate (s),
           lian_summary_get_n_services (s), lian_summary_get_loans_yuan (s));
}

static void
print_period_row (LianSummary *s)
{
  g_print ("%-10s %8u %8u %8u %8u %8u %10" G_GINT64_FORMAT "\n",
           lian_summary_get_key (s), lian_summary_get_n_needs (s),
           lian_summary_get_n_resolutions (s), lian_summary_get_n_organizations (s),
           lian_summary_get_n_projects (s), lian_summary_get_n_activities (s),
           lian_summary_get_loans_yuan (s));
}

static void
add_rollup (GPtrArray  *rows,
            GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (rows, g_list_model_get_item (list, i));
}

int
cmd_stats (int    argc,
           char **argv)
{
  g_autofree char *region = NULL, *chain = NULL, *by = NULL, *as_of = NULL;
  gboolean json = FALSE, csv = FALSE;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, "Only this region and what lies below it", "CODE" },
    { "chain", 0, 0, G_OPTION_ARG_STRING, &chain, "Only this chain", "ID" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by,
      "A roll-up: city, county, chain, category, month or quarter", "WHAT" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, "The figures as they were on this day", "YYYY-MM-DD" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print the summary JSON (see doc/summary-json.md)", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Print CSV: a header and one row per summary", NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianFilter) scope = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (!tool_parse_options ("stats", "FILE",
                           "Print the figures of a scope: chains, enterprises and coverage, "
                           "organisations, service items, needs and their resolution, projects "
                           "and outcomes, activities; or a roll-up: one level down, by chain, "
                           "or by month or quarter.",
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("stats", "expected one FILE");
  if (region && !lian_region_code_is_valid (region))
    return tool_usage_error ("stats", "--region: \"%s\" is not a region code", region);
  if (as_of && !lian_date_is_valid (as_of))
    return tool_usage_error ("stats", "--as-of: \"%s\" is not a date YYYY-MM-DD", as_of);
  if (by && !g_strv_contains ((const char *[]) { "city", "county", "chain", "category", "month",
                                                 "quarter", NULL }, by))
    return tool_usage_error ("stats", "--by must be city, county, chain, category, month or quarter");
  if (json && csv)
    return tool_usage_error ("stats", "--json and --csv cannot be given together");

  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (chain && lian_registry_lookup_chain (registry, chain) == NULL)
    {
      g_printerr ("%s: no chain has the id \"%s\"\n", argv[1], chain);
      return EXIT_DATA;
    }
  scope = g_object_new (LIAN_TYPE_FILTER, "region", region, "chain-id", chain, NULL);

  if (by == NULL || g_str_equal (by, "category"))
    {
      g_autoptr(LianSummary) summary = lian_summary_new (registry, scope, as_of);
      g_ptr_array_add (rows, g_object_ref (summary));
      warn_saturated (rows);
      if (json)
        {
          g_autofree char *text = lian_summary_to_json_string (summary);
          g_print ("%s\n", text);
        }
      else if (csv)
        {
          g_autofree char *text = lian_summary_to_csv (summary);
          g_print ("%s", text);
        }
      else if (by)
        print_enum_counts ("needs by category", LIAN_TYPE_NEED_CATEGORY, summary, by_category);
      else
        print_summary (summary);
      return EXIT_OK;
    }

  if (g_str_equal (by, "month") || g_str_equal (by, "quarter"))
    {
      LianPeriod period = g_str_equal (by, "month") ? LIAN_PERIOD_MONTH : LIAN_PERIOD_QUARTER;
      g_autoptr(GListModel) list = lian_summary_rollup_periods (registry, scope, period, as_of);
      add_rollup (rows, list);
    }
  else if (g_str_equal (by, "chain"))
    {
      g_autoptr(GListModel) list = lian_summary_rollup_chains (registry, scope, as_of);
      add_rollup (rows, list);
    }
  else
    {
      g_autofree char *root = region ? g_strdup (region) : find_province (registry);
      g_autoptr(GListModel) children = NULL;

      if (root == NULL)
        return EXIT_OK;
      children = lian_summary_rollup_regions (registry, scope, root, as_of);
      /* County figures of a province: one level further. */
      if (g_str_equal (by, "county") && lian_region_code_get_level (root) == LIAN_LEVEL_PROVINCE)
        for (guint i = 0; i < g_list_model_get_n_items (children); i++)
          {
            g_autoptr(LianSummary) city = g_list_model_get_item (children, i);
            g_autoptr(GListModel) counties =
              lian_summary_rollup_regions (registry, scope, lian_summary_get_key (city), as_of);
            add_rollup (rows, counties);
          }
      else
        add_rollup (rows, children);
    }

  warn_saturated (rows);
  if (csv)
    {
      g_autoptr(GListStore) store = g_list_store_new (LIAN_TYPE_SUMMARY);
      g_autofree char *text = NULL;

      g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
      text = lian_summary_list_to_csv (G_LIST_MODEL (store));
      g_print ("%s", text);
    }
  else if (json)
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      for (guint i = 0; i < rows->len; i++)
        json_array_add_element (array, lian_summary_to_json (g_ptr_array_index (rows, i)));
      json_node_set_array (node, array);
      tool_print_json (node);
    }
  else if (g_str_equal (by, "month") || g_str_equal (by, "quarter"))
    {
      g_print ("%-10s %8s %8s %8s %8s %8s %10s\n", "period", "needs", "resolved", "orgs",
               "projects", "acts", "loans");
      for (guint i = 0; i < rows->len; i++)
        print_period_row (g_ptr_array_index (rows, i));
    }
  else
    {
      g_print ("%-10s %-12s %8s %8s %8s %7s %8s %10s\n", "key", "name", "firms", "orgs",
               "needs", "solved", "services", "loans");
      for (guint i = 0; i < rows->len; i++)
        print_rollup_row (g_ptr_array_index (rows, i));
    }
  return EXIT_OK;
}
