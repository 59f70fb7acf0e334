/* lian-report-dashboard.c: the figures of a region, and of the regions
 * one level below it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-report-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-party-org.h"
#include "lian-region-code.h"
#include "lian-summary.h"

#define N_CATEGORIES (LIAN_NEED_CATEGORY_OTHER + 1)
#define N_STATUSES   (LIAN_NEED_STATUS_CLOSED + 1)
#define N_ORG_KINDS  (LIAN_ORG_KIND_ENTERPRISE + 1)

typedef struct
{
  LianReport   r;
  LianSummary *summary;
  GPtrArray   *children;     /* LianSummary, one per region below, owned */
  GPtrArray   *labels;       /* their names, owned */
  const char  *below;        /* what the children are: 各市, 各县（市、区） */
} Dashboard;

static guint
n_open (LianSummary *s)
{
  return lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_SUBMITTED) +
         lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_ACCEPTED) +
         lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_IN_PROGRESS);
}

static void
write_headline (Dashboard *d)
{
  LianReport *r = &d->r;
  LianSummary *s = d->summary;
  guint n_ents = lian_summary_get_n_enterprises (s), grassroots = 0;
  g_autofree char *chains = lian_report_count (lian_summary_get_n_chains (s));
  g_autofree char *chain_tiers = g_strdup_printf ("重点 %u · 优势 %u · 卓越 %u",
                                                  lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_KEY),
                                                  lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_ADVANTAGE),
                                                  lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_EXCELLENT));
  g_autofree char *ents = lian_report_count (n_ents);
  g_autofree char *org_rate = lian_report_percent (lian_summary_get_organization_coverage (s));
  g_autofree char *org_detail = g_strdup_printf ("%u / %u 家企业加入基层党组织或有自己的党组织",
                                                 lian_summary_get_n_organization_covered (s), n_ents);
  g_autofree char *work_rate = lian_report_percent (lian_summary_get_work_coverage (s));
  g_autofree char *work_detail = g_strdup_printf ("%u / %u 家企业有党的工作",
                                                  lian_summary_get_n_work_covered (s), n_ents);
  g_autofree char *orgs = lian_report_count (lian_summary_get_n_organizations (s));
  g_autofree char *orgs_detail = NULL;
  g_autofree char *needs = lian_report_count (lian_summary_get_n_needs (s));
  g_autofree char *needs_detail = g_strdup_printf ("未解决 %u · 卡脖子 %u", n_open (s),
                                                   lian_summary_get_n_bottleneck_needs (s));
  g_autofree char *rate = lian_report_percent (lian_summary_get_resolution_rate (s));
  g_autofree char *rate_detail = g_strdup_printf ("已解决 %u 项（已关闭的不计）",
                                                  lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED));
  g_autofree char *median = lian_report_days (lian_summary_get_median_days_to_resolve (s));
  g_autofree char *p90 = lian_report_days (lian_summary_get_p90_days_to_resolve (s));
  g_autofree char *days_detail = p90 ? g_strdup_printf ("90%% 在 %s内解决（%u 项计时）", p90,
                                                        lian_summary_get_n_timed_resolutions (s))
                                     : g_strdup ("尚无计时的解决");
  g_autofree char *projects = lian_report_count (lian_summary_get_n_projects (s));
  g_autofree char *projects_detail = g_strdup_printf ("实施中 %u · 已完成 %u",
                                                      lian_summary_get_n_projects_by_status (s, LIAN_PROJECT_STATUS_ACTIVE),
                                                      lian_summary_get_n_projects_by_status (s, LIAN_PROJECT_STATUS_DONE));
  g_autofree char *loans = lian_report_yuan (lian_summary_get_loans_yuan (s));
  const char *loans_detail = lian_summary_is_saturated (s) ? "合计超出可记范围，仅为下限" : NULL;
  g_autofree char *talents = g_strdup_printf ("%u 人", lian_summary_get_talents (s));
  g_autofree char *solved = g_strdup_printf ("%u 项", lian_summary_get_problems_solved (s));
  g_autofree char *activities = lian_report_count (lian_summary_get_n_activities (s));
  g_autofree char *activities_detail = g_strdup_printf ("会议 %u · 政策文件 %u · 培训 %u · 案例 %u",
                                                        lian_summary_get_n_activities_by_kind (s, LIAN_ACTIVITY_KIND_MEETING),
                                                        lian_summary_get_n_activities_by_kind (s, LIAN_ACTIVITY_KIND_POLICY_DOCUMENT),
                                                        lian_summary_get_n_activities_by_kind (s, LIAN_ACTIVITY_KIND_TRAINING),
                                                        lian_summary_get_n_activities_by_kind (s, LIAN_ACTIVITY_KIND_CASE));

  for (guint k = 0; k < N_ORG_KINDS; k++)
    if (lian_party_org_kind_is_grassroots (k))
      grassroots += lian_summary_get_n_organizations_by_kind (s, k);
  orgs_detail = g_strdup_printf ("其中基层党组织 %u · 自有党组织企业 %u",
                                 grassroots, lian_summary_get_n_own_organization (s));

  lian_report_section (r, "主要指标");
  lian_report_tiles_begin (r);
  lian_report_tile (r, "产业链", chains, chain_tiers);
  lian_report_tile (r, "链上企业", ents, NULL);
  lian_report_tile (r, "组织覆盖率", org_rate, org_detail);
  lian_report_tile (r, "工作覆盖率", work_rate, work_detail);
  lian_report_tile (r, "党组织", orgs, orgs_detail);
  lian_report_tile (r, "企业需求", needs, needs_detail);
  lian_report_tile (r, "需求解决率", rate, rate_detail);
  lian_report_tile (r, "解决用时中位数", median, days_detail);
  lian_report_tile (r, "行动项目", projects, projects_detail);
  lian_report_tile (r, "协调融资", loans, loans_detail);
  lian_report_tile (r, "引进人才", talents, NULL);
  lian_report_tile (r, "攻克卡脖子难题", solved, NULL);
  lian_report_tile (r, "党建活动", activities, activities_detail);
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
    "需求按类别", { NULL }, { "#b3261e" }, FALSE,
  };
  const LianReportChart by_status = {
    "需求按状态", { NULL }, { "#1f5fa8" }, FALSE,
  };

  lian_report_section (r, "企业需求");
  if (lian_summary_get_n_needs (s) == 0)
    {
      lian_report_note (r, "尚无需求。");
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
  lian_report_table_begin (r, "lr", "类别", "需求");
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
  lian_report_table_begin (r, "lr", "状态", "需求");
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
  g_autofree char *title = NULL, *chart_title = NULL;
  LianReportChart chart = { NULL, { NULL }, { "#b3261e" }, TRUE };

  if (d->below == NULL)
    return;
  title = g_strdup_printf ("%s汇总", d->below);
  lian_report_section (r, title);
  if (d->children->len == 0)
    {
      lian_report_note (r, "下级地区尚无数据。");
      return;
    }
  bars = g_new0 (LianReportBar, d->children->len);
  for (guint i = 0; i < d->children->len; i++)
    {
      LianSummary *child = g_ptr_array_index (d->children, i);

      bars[i].label = g_ptr_array_index (d->labels, i);
      bars[i].values[0] = lian_summary_get_organization_coverage (child);
    }
  chart_title = g_strdup_printf ("%s组织覆盖率", d->below);
  chart.title = chart_title;
  lian_report_bar_chart (r, &chart, bars, d->children->len);

  lian_report_table_begin (r, "lrrrrrrrrrrr", "地区", "产业链", "企业", "组织覆盖率",
                           "工作覆盖率", "党组织", "自有党组织企业", "需求", "已解决", "解决率",
                           "行动项目", "协调融资");
  for (guint i = 0; i < d->children->len; i++)
    {
      LianSummary *child = g_ptr_array_index (d->children, i);
      rollup_row (r, child, g_ptr_array_index (d->labels, i), FALSE);
    }
  rollup_row (r, d->summary, "合计（含本级）", TRUE);
  lian_report_table_end (r);
  lian_report_note (r, "各地区按其下记录统计：产业链计入其所在地区和链主企业所在地区，"
                       "党组织计入其所在地区和成员企业所在地区，行动项目计入牵头党组织所在地区"
                       "和所解决需求的企业所在地区，在几个地区的各计一次，故各地区之和可能大于合计；"
                       "只在省、市本级的记录只计入合计，故也可能小于合计。");
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
  g_autoptr(GListModel) rollup = lian_summary_rollup_regions (d->r.registry, NULL, region, NULL);
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
      switch (lian_region_code_get_level (region))
        {
        case LIAN_LEVEL_PROVINCE:
          d->below = "各市";
          add_rollup (d, region);
          break;
        case LIAN_LEVEL_CITY:
          d->below = "各县（市、区）";
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
      d->below = "各市";
      add_rollup (d, g_ptr_array_index (provinces, 0));
      return;
    }
  d->below = provinces->len ? "各省" : NULL;
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
 *
 * A region's figures count what lies in it, as [class@Lian.Summary] says:
 * also the chains its enterprises lead, the organisations they are members
 * of and the projects working on their needs; the table of regions gives,
 * beside the organisations, the enterprises covered by an organisation of
 * their own (3 or more party members).
 *
 * As for [func@Lian.report_chain_book], the text is Chinese and the same
 * registry gives the same text.
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
  g_autofree char *name = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (format == LIAN_REPORT_FORMAT_HTML || format == LIAN_REPORT_FORMAT_MARKDOWN,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (region && !lian_region_code_check (region, error))
    return NULL;
  lian_report_init (&d.r, registry, format, flags);
  if (region)
    {
      scope = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
      lian_filter_set_region (scope, region);
    }
  d.summary = lian_summary_new (registry, scope, NULL);
  collect_children (&d, region);

  name = region ? lian_report_region_name (&d.r, region) : g_strdup ("全部地区");
  lian_report_begin (&d.r, "产业链党建数据看板", name);
  write_headline (&d);
  write_needs (&d);
  write_regions (&d);

  g_object_unref (d.summary);
  g_ptr_array_unref (d.children);
  g_ptr_array_unref (d.labels);
  return lian_report_finish (&d.r);
}
