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
      if (lian_adcode_is_valid (code))
        return g_strdup_printf ("%.2s0000", code);
    }
  return NULL;
}

/* "  by tier              unrated 1, key 1": a heading padded to the
 * column the figures start at, by display width. */
static void
print_line (const char *heading,
            const char *figures)
{
  g_autoptr(GString) line = g_string_new ("  ");

  tool_pad (line, heading, 22, FALSE);
  g_print ("%s %s\n", line->str, figures);
}

static char *
count (gint64 n)
{
  return lian_format_count (n);
}

static void
print_enum_counts (const char  *heading,
                   GType        type,
                   LianSummary *summary,
                   guint      (*get) (LianSummary *, int))
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autofree char *n = count (get (summary, klass->values[i].value));
      /* TRANSLATORS: between the items of a list: 重点 1，优势 1 */
      g_string_append_printf (line, "%s%s %s", i ? _(", ") : "",
                              tool_enum_label (type, klass->values[i].value), n);
    }
  print_line (heading, line->str);
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
        /* TRANSLATORS: before a sum too large to hold: "loans at least 9,223,… yuan" */
        return _("at least ");
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
          const char *key = lian_summary_get_key (s);
          g_autofree char *text = key ? g_strdup_printf ("%s: %s", key,
                                                         lian_problem_get_message (problem))
                                      : g_strdup (lian_problem_get_message (problem));
          g_printerr (_("warning: %s\n"), text);
        }
    }
}

static void
print_figures (const char *heading,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static void
print_figures (const char *heading,
               const char *format,
               ...)
{
  g_autofree char *figures = NULL;
  va_list args;

  va_start (args, format);
  figures = g_strdup_vprintf (format, args);
  va_end (args);
  print_line (heading, figures);
}

static void
print_projects (LianSummary *s)
{
  g_autofree char *n = count (lian_summary_get_n_projects (s));
  g_autofree char *loans = lian_format_yuan (lian_summary_get_loans_yuan (s));
  g_autofree char *talents = count (lian_summary_get_talents (s));
  g_autofree char *solved = count (lian_summary_get_problems_solved (s));

  print_figures (_("projects"), _("%s; loans %s%s, talents %s%s, problems solved %s%s"), n,
                 at_least (s, "projects.loans_yuan"), loans,
                 at_least (s, "projects.talents"), talents,
                 at_least (s, "projects.problems_solved"), solved);
  print_enum_counts (_("  by status"), LIAN_TYPE_PROJECT_STATUS, s, proj_by_status);
}

static void
print_enterprises (LianSummary *s)
{
  g_autofree char *n = count (lian_summary_get_n_enterprises (s));
  g_autofree char *covered = count (lian_summary_get_n_organization_covered (s));
  g_autofree char *own = count (lian_summary_get_n_own_organization (s));
  g_autofree char *worked = count (lian_summary_get_n_work_covered (s));

  print_figures (_("enterprises"), _("%s; organisation coverage %s (%.1f%%, own organisation %s), "
                                     "work coverage %s (%.1f%%)"),
                 n, covered, 100 * lian_summary_get_organization_coverage (s), own,
                 worked, 100 * lian_summary_get_work_coverage (s));
}

static void
print_needs (LianSummary *s)
{
  g_autofree char *n = count (lian_summary_get_n_needs (s));
  g_autofree char *bottleneck = count (lian_summary_get_n_bottleneck_needs (s));
  double median = lian_summary_get_median_days_to_resolve (s);
  double p90 = lian_summary_get_p90_days_to_resolve (s);

  print_figures (_("needs"), _("%s; bottleneck %s; resolution rate %.1f%%"), n, bottleneck,
                 100 * lian_summary_get_resolution_rate (s));
  print_enum_counts (_("  by status"), LIAN_TYPE_NEED_STATUS, s, by_status);
  print_enum_counts (_("  by category"), LIAN_TYPE_NEED_CATEGORY, s, by_category);
  if (median >= 0)
    print_figures (_("  days to resolve"), _("median %.1f, 90th percentile %.1f"), median, p90);
}

static void
print_summary (LianSummary *s)
{
  g_autofree char *chains = count (lian_summary_get_n_chains (s));
  g_autofree char *clusters = count (lian_summary_get_n_clusters (s));
  g_autofree char *orgs = count (lian_summary_get_n_organizations (s));
  g_autofree char *services = count (lian_summary_get_n_services (s));
  g_autofree char *activities = count (lian_summary_get_n_activities (s));

  if (lian_summary_get_as_of (s))
    /* TRANSLATORS: the scope of the figures and the day they stand at */
    g_print (_("%s, as of %s\n"), lian_summary_get_scope_label (s), lian_summary_get_as_of (s));
  else
    g_print ("%s\n", lian_summary_get_scope_label (s));
  print_figures (_("chains"), _("%s in %s clusters"), chains, clusters);
  print_enum_counts (_("  by tier"), LIAN_TYPE_CHAIN_TIER, s, by_tier);
  print_enterprises (s);
  print_line (_("organisations"), orgs);
  print_enum_counts (_("  by kind"), LIAN_TYPE_ORG_KIND, s, org_by_kind);
  print_line (_("service items"), services);
  print_enum_counts (_("  by kind"), LIAN_TYPE_SERVICE_KIND, s, svc_by_kind);
  print_needs (s);
  print_projects (s);
  print_line (_("activities"), activities);
  print_enum_counts (_("  by kind"), LIAN_TYPE_ACTIVITY_KIND, s, act_by_kind);
}

/* The cells of one row of a table, NULL-terminated; the figures formatted
 * for a reader. */
static char **
row_of (GPtrArray *cells)
{
  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}

static char **
rollup_row (LianSummary *s)
{
  GPtrArray *cells = g_ptr_array_new ();
  const char *label = lian_summary_get_label (s);

  g_ptr_array_add (cells, g_strdup (lian_summary_get_key (s)));
  g_ptr_array_add (cells, g_strdup (label ? label : ""));
  g_ptr_array_add (cells, count (lian_summary_get_n_enterprises (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_organizations (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_needs (s)));
  g_ptr_array_add (cells, g_strdup_printf ("%.1f%%", 100 * lian_summary_get_resolution_rate (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_services (s)));
  g_ptr_array_add (cells, lian_format_yuan (lian_summary_get_loans_yuan (s)));
  return row_of (cells);
}

static char **
period_row (LianSummary *s)
{
  GPtrArray *cells = g_ptr_array_new ();

  g_ptr_array_add (cells, g_strdup (lian_summary_get_key (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_needs (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_resolutions (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_organizations (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_projects (s)));
  g_ptr_array_add (cells, count (lian_summary_get_n_activities (s)));
  g_ptr_array_add (cells, lian_format_yuan (lian_summary_get_loans_yuan (s)));
  return row_of (cells);
}

static char **
header_row (const char * const *words)
{
  GPtrArray *cells = g_ptr_array_new ();

  for (guint i = 0; words[i]; i++)
    g_ptr_array_add (cells, g_strdup (_(words[i])));
  return row_of (cells);
}

/* The roll-up as a table aligned by display width: by period, or by region
 * or chain. */
static void
print_rollup_table (GPtrArray *rows,
                    gboolean   periods)
{
  static const char * const period_words[] = {
    /* TRANSLATORS: the headings of `lian stats --by month|quarter` */
    N_("period"), N_("needs"), N_("resolved"), N_("orgs"), N_("projects"), N_("acts"),
    N_("loans"), NULL
  };
  static const char * const rollup_words[] = {
    /* TRANSLATORS: the headings of `lian stats --by city|county|chain` */
    N_("key"), N_("name"), N_("firms"), N_("orgs"), N_("needs"), N_("solved"), N_("services"),
    N_("loans"), NULL
  };
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (table, header_row (periods ? period_words : rollup_words));
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (table, (periods ? period_row : rollup_row) (g_ptr_array_index (rows, i)));
  tool_print_table (table, periods ? 1 : 2);
}

static void
add_rollup (GPtrArray  *rows,
            GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (rows, g_list_model_get_item (list, i));
}

/* The options of `lian stats`, checked. */
typedef struct
{
  char     *region;
  char     *chain;
  char     *by;
  char     *as_of;
  gboolean  json;
  gboolean  csv;
} StatsOptions;

static void
stats_options_clear (StatsOptions *o)
{
  g_clear_pointer (&o->region, g_free);
  g_clear_pointer (&o->chain, g_free);
  g_clear_pointer (&o->by, g_free);
  g_clear_pointer (&o->as_of, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StatsOptions, stats_options_clear)

/* Parses and checks the options; EXIT_OK, or the exit status of a usage
 * error it has printed. */
static int
parse_stats_options (StatsOptions   *o,
                     int            *argc,
                     char         ***argv)
{
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &o->region, N_("Only this region and what lies below it"), "CODE" },
    { "chain", 0, 0, G_OPTION_ARG_STRING, &o->chain, N_("Only this chain"), "ID" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &o->by,
      N_("A roll-up: city, county, chain, category, month or quarter"), "WHAT" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &o->as_of, N_("The figures as they were on this day"), "YYYY-MM-DD" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o->json, N_("Print the summary JSON (see doc/summary-json.md)"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o->csv, N_("Print CSV: a header and one row per summary"), NULL },
    { NULL }
  };

  if (!tool_parse_options ("stats", "FILE",
                           N_("Print the figures of a scope: chains, enterprises and coverage, "
                           "organisations, service items, needs and their resolution, projects "
                           "and outcomes, activities; or a roll-up: one level down, by chain, "
                           "or by month or quarter."),
                           entries, argc, argv))
    return EXIT_USAGE;
  if (*argc != 2)
    return tool_usage_error ("stats", _("expected one FILE"));
  if (o->region && !lian_adcode_is_valid (o->region))
    return tool_usage_error ("stats", _("--region: \"%s\" is not a region code"), o->region);
  if (o->as_of && !lian_date_is_valid (o->as_of))
    return tool_usage_error ("stats", _("--as-of: \"%s\" is not a date YYYY-MM-DD"), o->as_of);
  if (o->by && !g_strv_contains ((const char *[]) { "city", "county", "chain", "category", "month",
                                                    "quarter", NULL }, o->by))
    return tool_usage_error ("stats", _("--by must be city, county, chain, category, month or quarter"));
  if (o->json && o->csv)
    return tool_usage_error ("stats", _("--json and --csv cannot be given together"));
  return EXIT_OK;
}

/* The figures of the whole scope: its JSON, its CSV, its needs by
 * category, or all of them for a reader. */
static void
print_one_summary (LianSummary        *summary,
                   const StatsOptions *o)
{
  if (o->json)
    {
      g_autofree char *text = lian_summary_to_json_string (summary);
      g_print ("%s\n", text);
    }
  else if (o->csv)
    {
      g_autofree char *text = lian_summary_to_csv (summary);
      g_print ("%s", text);
    }
  else if (o->by)
    print_enum_counts (_("needs by category"), LIAN_TYPE_NEED_CATEGORY, summary, by_category);
  else
    print_summary (summary);
}

/* A roll-up (@rows, LianSummary): as CSV, as a JSON array, or as a table. */
static void
print_rollups (GPtrArray          *rows,
               const StatsOptions *o)
{
  if (o->csv)
    {
      g_autoptr(GListStore) store = g_list_store_new (LIAN_TYPE_SUMMARY);
      g_autofree char *text = NULL;

      g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
      text = lian_summary_list_to_csv (G_LIST_MODEL (store));
      g_print ("%s", text);
    }
  else if (o->json)
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      for (guint i = 0; i < rows->len; i++)
        json_array_add_element (array, lian_summary_to_json (g_ptr_array_index (rows, i)));
      json_node_set_array (node, array);
      tool_print_json (node);
    }
  else
    print_rollup_table (rows, g_str_equal (o->by, "month") || g_str_equal (o->by, "quarter"));
}

int
cmd_stats (int    argc,
           char **argv)
{
  g_auto(StatsOptions) o = { NULL, };
  const char *region, *chain, *by, *as_of;
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianFilter) scope = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int status = parse_stats_options (&o, &argc, &argv);

  if (status != EXIT_OK)
    return status;
  region = o.region;
  chain = o.chain;
  by = o.by;
  as_of = o.as_of;
  /* Figures only, no record and no personal data: a person reads those
   * of every level, as roll-ups. */
  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (chain && lian_registry_lookup_chain (registry, chain) == NULL)
    {
      g_printerr (_("%s: no chain has the id \"%s\"\n"), argv[1], chain);
      return EXIT_DATA;
    }
  scope = g_object_new (LIAN_TYPE_FILTER, "region", region, "chain-id", chain, NULL);

  if (by == NULL || g_str_equal (by, "category"))
    {
      g_autoptr(LianSummary) summary = lian_summary_new (registry, scope, as_of);
      g_ptr_array_add (rows, g_object_ref (summary));
      warn_saturated (rows);
      print_one_summary (summary, &o);
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
      LianLevel level;

      if (root == NULL)
        return EXIT_OK;
      /* One level below the root; county figures of a province in one
       * roll-up straight by counties. */
      level = lian_adcode_get_level (root) + 1;
      if (g_str_equal (by, "county") && level == LIAN_LEVEL_CITY)
        level = LIAN_LEVEL_COUNTY;
      if (level > LIAN_LEVEL_COUNTY)
        level = LIAN_LEVEL_COUNTY;   /* a county: nothing below it */
      children = lian_summary_rollup_regions (registry, scope, root, level, as_of);
      add_rollup (rows, children);
    }

  warn_saturated (rows);
  print_rollups (rows, &o);
  return EXIT_OK;
}
