/* lian-report-dashboard.c: the figures of a region, and of the regions
 * one level below it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-report-private.h"
#include "lian-i18n-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-party-org.h"
#include "lian-region-code.h"
#include "lian-summary.h"

#define N_CATEGORIES (LIAN_NEED_CATEGORY_OTHER + 1)
#define N_STATUSES   (LIAN_NEED_STATUS_CLOSED + 1)
#define N_ORG_KINDS  (LIAN_ORG_KIND_ENTERPRISE + 1)

/* The section and the chart about the regions one level below. */
typedef struct
{
  const char *section;
  const char *chart;
} Below;

static const Below cities = {
  N_("By city"), N_("Organisation coverage by city"),
};
static const Below counties = {
  N_("By county, county-level city and district"),
  N_("Organisation coverage by county, county-level city and district"),
};
static const Below provinces_below = {
  N_("By province"), N_("Organisation coverage by province"),
};

typedef struct
{
  LianReport   r;
  LianSummary *summary;
  GPtrArray   *children;     /* LianSummary, one per region below, owned */
  GPtrArray   *labels;       /* their names, owned */
  const Below *below;        /* what the children are: cities, counties */
} Dashboard;

static guint
n_open (LianSummary *s)
{
  return lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_SUBMITTED) +
         lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_ACCEPTED) +
         lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_IN_PROGRESS);
}

/* "Key 1 · Advantage 1 · Excellent 0": the labels of @values of @type,
 * each with its count. */
static char *
by_label (GType        type,
          const int   *values,
          const guint *counts,
          guint        n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *count = lian_report_count (counts[i]);
      g_string_append_printf (text, "%s%s %s", i ? " · " : "",
                              lian_report_label (type, values[i]), count);
    }
  return g_string_free (text, FALSE);
}

static char *
tiers_detail (LianSummary *s)
{
  const int tiers[] = { LIAN_CHAIN_TIER_KEY, LIAN_CHAIN_TIER_ADVANTAGE, LIAN_CHAIN_TIER_EXCELLENT };
  guint counts[G_N_ELEMENTS (tiers)];

  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    counts[i] = lian_summary_get_n_chains_by_tier (s, tiers[i]);
  return by_label (LIAN_TYPE_CHAIN_TIER, tiers, counts, G_N_ELEMENTS (tiers));
}

static char *
projects_detail (LianSummary *s)
{
  const int statuses[] = { LIAN_PROJECT_STATUS_ACTIVE, LIAN_PROJECT_STATUS_DONE };
  guint counts[G_N_ELEMENTS (statuses)];

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    counts[i] = lian_summary_get_n_projects_by_status (s, statuses[i]);
  return by_label (LIAN_TYPE_PROJECT_STATUS, statuses, counts, G_N_ELEMENTS (statuses));
}

static char *
activities_detail (LianSummary *s)
{
  const int kinds[] = {
    LIAN_ACTIVITY_KIND_MEETING, LIAN_ACTIVITY_KIND_POLICY_DOCUMENT, LIAN_ACTIVITY_KIND_TRAINING,
    LIAN_ACTIVITY_KIND_CASE,
  };
  guint counts[G_N_ELEMENTS (kinds)];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    counts[i] = lian_summary_get_n_activities_by_kind (s, kinds[i]);
  return by_label (LIAN_TYPE_ACTIVITY_KIND, kinds, counts, G_N_ELEMENTS (kinds));
}

/* @n of a unit, as @one for 1 and @many (with a %s) otherwise. */
static char *
quantity (guint       n,
          const char *one,
          const char *many)
{
  g_autofree char *count = NULL;

  if (n == 1)
    return g_strdup (one);
  count = lian_report_count (n);
  return g_strdup_printf (many, count);
}

static char *
coverage_detail (guint       covered,
                 guint       total,
                 const char *format)
{
  g_autofree char *a = lian_report_count (covered);
  g_autofree char *b = lian_report_count (total);

  return g_strdup_printf (format, a, b);
}

static char *
days_detail (LianSummary *s)
{
  g_autofree char *p90 = lian_report_days (lian_summary_get_p90_days_to_resolve (s));
  g_autofree char *timed = lian_report_count (lian_summary_get_n_timed_resolutions (s));

  if (p90 == NULL)
    return g_strdup (_("No timed resolutions yet"));
  /* TRANSLATORS: under the median days to resolve a need: "90% within
   * 110.2 days (3 timed)". */
  return g_strdup_printf (_("90%% within %s (%s timed)"), p90, timed);
}

static void
write_headline (Dashboard *d)
{
  LianReport *r = &d->r;
  LianSummary *s = d->summary;
  guint n_ents = lian_summary_get_n_enterprises (s), grassroots = 0;
  g_autofree char *chains = lian_report_count (lian_summary_get_n_chains (s));
  g_autofree char *chain_tiers = tiers_detail (s);
  g_autofree char *ents = lian_report_count (n_ents);
  g_autofree char *org_rate = lian_report_percent (lian_summary_get_organization_coverage (s));
  g_autofree char *org_detail = coverage_detail (lian_summary_get_n_organization_covered (s), n_ents,
                                                 /* TRANSLATORS: under the organisation
                                                  * coverage rate: "31 / 32 enterprises…". */
                                                 _("%s / %s enterprises in a grassroots "
                                                   "organisation or with their own"));
  g_autofree char *work_rate = lian_report_percent (lian_summary_get_work_coverage (s));
  g_autofree char *work_detail = coverage_detail (lian_summary_get_n_work_covered (s), n_ents,
                                                  _("%s / %s enterprises with party work"));
  g_autofree char *orgs = lian_report_count (lian_summary_get_n_organizations (s));
  g_autofree char *orgs_detail = NULL, *n_grassroots = NULL, *n_own = NULL;
  g_autofree char *needs = lian_report_count (lian_summary_get_n_needs (s));
  g_autofree char *n_open_needs = lian_report_count (n_open (s));
  g_autofree char *n_bottleneck = lian_report_count (lian_summary_get_n_bottleneck_needs (s));
  /* TRANSLATORS: under the number of needs: "Open 7 · Bottleneck 3". */
  g_autofree char *needs_detail = g_strdup_printf (_("Open %s · Bottleneck %s"), n_open_needs,
                                                   n_bottleneck);
  g_autofree char *rate = lian_report_percent (lian_summary_get_resolution_rate (s));
  g_autofree char *n_resolved = lian_report_count (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED));
  /* TRANSLATORS: under the resolution rate. */
  g_autofree char *rate_detail = g_strdup_printf (_("%s resolved (closed ones not counted)"),
                                                  n_resolved);
  g_autofree char *median = lian_report_days (lian_summary_get_median_days_to_resolve (s));
  g_autofree char *timing = days_detail (s);
  g_autofree char *projects = lian_report_count (lian_summary_get_n_projects (s));
  g_autofree char *project_statuses = projects_detail (s);
  g_autofree char *loans = lian_report_yuan (lian_summary_get_loans_yuan (s));
  const char *loans_detail = lian_summary_is_saturated (s)
                             ? _("The sum is too large to hold: a lower bound") : NULL;
  g_autofree char *talents = quantity (lian_summary_get_talents (s), _("1 person"), _("%s people"));
  /* TRANSLATORS: a number of bottleneck problems solved. */
  g_autofree char *solved = quantity (lian_summary_get_problems_solved (s), _("1 problem"),
                                      _("%s problems"));
  g_autofree char *activities = lian_report_count (lian_summary_get_n_activities (s));
  g_autofree char *activity_kinds = activities_detail (s);

  for (guint k = 0; k < N_ORG_KINDS; k++)
    if (lian_party_org_kind_is_grassroots (k))
      grassroots += lian_summary_get_n_organizations_by_kind (s, k);
  n_grassroots = lian_report_count (grassroots);
  n_own = lian_report_count (lian_summary_get_n_own_organization (s));
  /* TRANSLATORS: under the number of organisations. */
  orgs_detail = g_strdup_printf (_("Grassroots organisations %s · Enterprises with their own %s"),
                                 n_grassroots, n_own);

  lian_report_section (r, _("Headline figures"));
  lian_report_tiles_begin (r);
  lian_report_tile (r, _("Industrial chains"), chains, chain_tiers);
  lian_report_tile (r, _("Enterprises on chains"), ents, NULL);
  lian_report_tile (r, _("Organisation coverage rate"), org_rate, org_detail);
  lian_report_tile (r, _("Work coverage rate"), work_rate, work_detail);
  lian_report_tile (r, _("Party organisations"), orgs, orgs_detail);
  lian_report_tile (r, _("Enterprise needs"), needs, needs_detail);
  lian_report_tile (r, _("Need resolution rate"), rate, rate_detail);
  lian_report_tile (r, _("Median days to resolve"), median, timing);
  lian_report_tile (r, _("Action projects"), projects, project_statuses);
  lian_report_tile (r, _("Loans coordinated"), loans, loans_detail);
  lian_report_tile (r, _("Talents brought in"), talents, NULL);
  lian_report_tile (r, _("Bottleneck problems solved"), solved, NULL);
  lian_report_tile (r, _("Party-building activities"), activities, activity_kinds);
  lian_report_tiles_end (r);
}

static void
write_needs (Dashboard *d)
{
  LianReport *r = &d->r;
  LianSummary *s = d->summary;
  LianReportBar bars[N_CATEGORIES] = { { 0 } };
  guint n_bars = 0;
  const LianReportChart by_category = {
    _("Needs by category"), { NULL }, { "#b3261e" }, FALSE,
  };
  const LianReportChart by_status = {
    _("Needs by status"), { NULL }, { "#1f5fa8" }, FALSE,
  };

  lian_report_section (r, _("Enterprise needs"));
  if (lian_summary_get_n_needs (s) == 0)
    {
      lian_report_note (r, _("No needs yet."));
      return;
    }
  for (guint c = 0; c < N_CATEGORIES; c++)
    if (lian_summary_get_n_needs_by_category (s, c))
      {
        bars[n_bars].label = lian_report_label (LIAN_TYPE_NEED_CATEGORY, c);
        bars[n_bars].values[0] = lian_summary_get_n_needs_by_category (s, c);
        n_bars++;
      }
  lian_report_bar_chart (r, &by_category, bars, n_bars);
  lian_report_table_begin (r, "lr", _("Category"), _("Needs"));
  for (guint i = 0; i < n_bars; i++)
    {
      g_autofree char *count = lian_report_count ((guint) bars[i].values[0]);
      lian_report_row (r, bars[i].label, count);
    }
  lian_report_table_end (r);

  for (guint st = 0; st < N_STATUSES; st++)
    {
      bars[st].label = lian_report_label (LIAN_TYPE_NEED_STATUS, st);
      bars[st].values[0] = lian_summary_get_n_needs_by_status (s, st);
    }
  lian_report_bar_chart (r, &by_status, bars, N_STATUSES);
  lian_report_table_begin (r, "lr", _("Status"), _("Needs"));
  for (guint st = 0; st < N_STATUSES; st++)
    {
      g_autofree char *count = lian_report_count ((guint) bars[st].values[0]);
      lian_report_row (r, bars[st].label, count);
    }
  lian_report_table_end (r);
}

static void
rollup_row (LianReport  *r,
            LianSummary *s,
            const char  *label,
            gboolean     footer)
{
  g_autofree char *chains = lian_report_count (lian_summary_get_n_chains (s));
  g_autofree char *ents = lian_report_count (lian_summary_get_n_enterprises (s));
  g_autofree char *org = lian_report_percent (lian_summary_get_organization_coverage (s));
  g_autofree char *work = lian_report_percent (lian_summary_get_work_coverage (s));
  g_autofree char *orgs = lian_report_count (lian_summary_get_n_organizations (s));
  g_autofree char *own = lian_report_count (lian_summary_get_n_own_organization (s));
  g_autofree char *needs = lian_report_count (lian_summary_get_n_needs (s));
  g_autofree char *resolved = lian_report_count (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED));
  g_autofree char *rate = lian_report_percent (lian_summary_get_resolution_rate (s));
  g_autofree char *projects = lian_report_count (lian_summary_get_n_projects (s));
  g_autofree char *loans = lian_report_yuan (lian_summary_get_loans_yuan (s));

  if (footer)
    lian_report_footer_row (r, label, chains, ents, org, work, orgs, own, needs, resolved, rate,
                            projects, loans);
  else
    lian_report_row (r, label, chains, ents, org, work, orgs, own, needs, resolved, rate,
                     projects, loans);
}

static void
write_regions (Dashboard *d)
{
  LianReport *r = &d->r;
  g_autofree LianReportBar *bars = NULL;
  LianReportChart chart = { NULL, { NULL }, { "#b3261e" }, TRUE };

  if (d->below == NULL)
    return;
  lian_report_section (r, _(d->below->section));
  if (d->children->len == 0)
    {
      lian_report_note (r, _("No figures for the regions below yet."));
      return;
    }
  bars = g_new0 (LianReportBar, d->children->len);
  for (guint i = 0; i < d->children->len; i++)
    {
      LianSummary *child = g_ptr_array_index (d->children, i);

      bars[i].label = g_ptr_array_index (d->labels, i);
      bars[i].values[0] = lian_summary_get_organization_coverage (child);
    }
  chart.title = _(d->below->chart);
  lian_report_bar_chart (r, &chart, bars, d->children->len);

  lian_report_table_begin (r, "lrrrrrrrrrrr", _("Region"), _("Industrial chains"),
                           _("Enterprises"), _("Organisation coverage rate"),
                           _("Work coverage rate"), _("Party organisations"),
                           _("Enterprises with their own organisation"), _("Needs"),
                           _("Resolved"), _("Resolution rate"), _("Action projects"),
                           _("Loans coordinated"));
  for (guint i = 0; i < d->children->len; i++)
    {
      LianSummary *child = g_ptr_array_index (d->children, i);
      rollup_row (r, child, g_ptr_array_index (d->labels, i), FALSE);
    }
  /* TRANSLATORS: the last row of the table of regions: the region
   * itself, with what lies at its own level. */
  rollup_row (r, d->summary, _("Total (with this level)"), TRUE);
  lian_report_table_end (r);
  lian_report_note (r, _("Each region counts the records in it: a chain in its region and in "
                         "those of its leader enterprises, an organisation in its region and in "
                         "those of its member enterprises, an action project in the region of "
                         "its lead organisation and in those of the enterprises whose needs it "
                         "works on; a record in several regions counts once in each, so the "
                         "regions may add up to more than the total; records only at the level "
                         "of the province or city count in the total alone, so they may also "
                         "add up to less."));
}

static void
add_province (GHashTable *provinces,
              const char *code)
{
  if (code && strlen (code) == 6)
    g_hash_table_add (provinces, g_strdup_printf ("%.2s0000", code));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The provinces the registry's regions and records lie in, sorted. */
static GPtrArray *
find_provinces (LianRegistry *registry)
{
  g_autoptr(GHashTable) provinces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const LianRecordKind kinds[] = {
    LIAN_RECORD_KIND_REGION, LIAN_RECORD_KIND_CHAIN, LIAN_RECORD_KIND_ENTERPRISE,
    LIAN_RECORD_KIND_ORGANIZATION,
  };
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) records = lian_registry_get_records (registry, kinds[k]);
      guint n = g_list_model_get_n_items (records);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (records, i);

          if (LIAN_IS_REGION (record))
            add_province (provinces, lian_region_get_code (LIAN_REGION (record)));
          else if (LIAN_IS_CHAIN (record))
            add_province (provinces, lian_chain_get_region (LIAN_CHAIN (record)));
          else if (LIAN_IS_ENTERPRISE (record))
            add_province (provinces, lian_enterprise_get_region (LIAN_ENTERPRISE (record)));
          else
            add_province (provinces, lian_party_org_get_region (LIAN_PARTY_ORG (record)));
        }
    }
  g_hash_table_iter_init (&iter, provinces);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (result, key);
    }
  g_ptr_array_sort (result, compare_codes);
  return result;
}

static void
add_rollup (Dashboard  *d,
            const char *region)
{
  LianLevel below = MIN (lian_adcode_get_level (region) + 1, LIAN_LEVEL_COUNTY);
  g_autoptr(GListModel) rollup = lian_summary_rollup_regions (d->r.registry, NULL, region, below,
                                                              NULL);
  guint n = g_list_model_get_n_items (rollup);

  for (guint i = 0; i < n; i++)
    {
      LianSummary *child = g_list_model_get_item (rollup, i);
      const char *label = lian_summary_get_label (child);

      g_ptr_array_add (d->children, child);
      g_ptr_array_add (d->labels, g_strdup (label ? label : lian_summary_get_key (child)));
    }
}

/* The regions one level below @region; for the whole registry, the cities
 * of its province, or its provinces if it has several. */
static void
collect_children (Dashboard  *d,
                  const char *region)
{
  g_autoptr(GPtrArray) provinces = NULL;

  d->children = g_ptr_array_new_with_free_func (g_object_unref);
  d->labels = g_ptr_array_new_with_free_func (g_free);
  if (region)
    {
      switch (lian_adcode_get_level (region))
        {
        case LIAN_LEVEL_PROVINCE:
          d->below = &cities;
          add_rollup (d, region);
          break;
        case LIAN_LEVEL_CITY:
          d->below = &counties;
          add_rollup (d, region);
          break;
        case LIAN_LEVEL_COUNTY:
        default:
          break;
        }
      return;
    }
  provinces = find_provinces (d->r.registry);
  if (provinces->len == 1)
    {
      d->below = &cities;
      add_rollup (d, g_ptr_array_index (provinces, 0));
      return;
    }
  d->below = provinces->len ? &provinces_below : NULL;
  for (guint i = 0; i < provinces->len; i++)
    {
      g_autoptr(LianFilter) scope = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);

      lian_filter_set_region (scope, g_ptr_array_index (provinces, i));
      g_ptr_array_add (d->children, lian_summary_new (d->r.registry, scope, NULL));
      g_ptr_array_add (d->labels, lian_report_region_name (&d->r, g_ptr_array_index (provinces, i)));
    }
}

/**
 * lian_report_dashboard:
 * @registry: a registry
 * @region: (nullable): the code of the region to show, or `NULL` for the
 *   whole registry
 * @format: HTML or Markdown
 * @flags: whether to show personal data (the dashboard shows none: only
 *   figures)
 * @error: return location for a [error@Lian.DataError]
 *
 * Writes the dashboard of a region: its figures as a [class@Lian.Summary]
 * computes them (with no date limit), and those of the regions one level
 * below it.
 *
 * - *Headline figures*: chains (by tier), enterprises, organisation and
 *   work coverage, organisations (of which grassroots), needs (open,
 *   bottleneck), the resolution rate, the median and 90th percentile days
 *   to resolve, action projects, loans coordinated, talents brought in,
 *   bottleneck problems solved, activities.
 * - *Needs* by category and by status: tables, and in HTML bar charts.
 * - The *regions one level below* (a province's cities, a city's
 *   counties; for the whole registry, the cities of its province, or its
 *   provinces if it spans several), as
 *   [func@Lian.Summary.rollup_regions] computes them: in HTML a bar chart of
 *   their organisation coverage, and a table with their main figures and,
 *   last, those of the region itself. A county has no such part.
 * - When the region has demand posts ([class@Lian.DemandPost]), the
 *   *orders and capacity shared* (同享同行): posts, responses, awards, the
 *   value of the orders and the shares awarded on the post's chain and in
 *   the publisher's province, then each post with how many suppliers
 *   [method@Lian.Matcher.match_post] proposes.
 *
 * A region's figures count what lies in it, as [class@Lian.Summary] says:
 * also the chains its enterprises lead, the organisations they are members
 * of and the projects working on their needs; the table of regions gives,
 * beside the organisations, the enterprises covered by an organisation of
 * their own (3 or more party members).
 *
 * As for [func@Lian.report_chain_book], the text is in the language of
 * lian's messages, and the same registry gives the same text on the same
 * day. The dashboard says the day its data stands at (数据截至, "Data as
 * of"): today in the local time zone, or the day of `SOURCE_DATE_EPOCH`
 * when that is set, for reproducible documents.
 *
 * Returns: (transfer full): the document (UTF-8), or `NULL` with
 *   `LIAN_DATA_ERROR_INVALID_REGION` if @region is not a valid region code
 */
char *
lian_report_dashboard (LianRegistry      *registry,
                       const char        *region,
                       LianReportFormat   format,
                       LianReportFlags    flags,
                       GError           **error)
{
  Dashboard d = { 0 };
  g_autoptr(LianFilter) scope = NULL;
  g_autofree char *name = NULL, *as_of = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (format == LIAN_REPORT_FORMAT_HTML || format == LIAN_REPORT_FORMAT_MARKDOWN,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (region && !lian_adcode_check (region, error))
    return NULL;
  lian_report_init (&d.r, registry, format, flags);
  if (region)
    {
      scope = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
      lian_filter_set_region (scope, region);
    }
  d.summary = lian_summary_new (registry, scope, NULL);
  collect_children (&d, region);

  name = region ? lian_report_region_name (&d.r, region) : g_strdup (_("All regions"));
  as_of = lian_report_dup_as_of (NULL);
  /* TRANSLATORS: the kind of report: 产业链党建数据看板. */
  lian_report_begin (&d.r, _("Industrial-chain party-building dashboard"), name, as_of);
  write_headline (&d);
  write_needs (&d);
  write_regions (&d);
  lian_report_write_docking (&d.r, NULL, region);

  g_object_unref (d.summary);
  g_ptr_array_unref (d.children);
  g_ptr_array_unref (d.labels);
  return lian_report_finish (&d.r);
}
