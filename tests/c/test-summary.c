/* test-summary.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* The tests */

static void
test_everything_by_hand (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, NULL);

  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (s), "all");
  CU_ASSERT_PTR_NULL (lian_summary_get_as_of (s));
  CU_ASSERT_PTR_NULL (lian_summary_get_key (s));

  /* c1 key/province, c2 advantage/city, c3 unrated/county; clusters
   * 集成电路 (c1, c3) and 新能源汽车: 2. */
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_KEY), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_ADVANTAGE), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_UNRATED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_EXCELLENT), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains_by_level (s, LIAN_LEVEL_PROVINCE), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains_by_level (s, LIAN_LEVEL_COUNTY), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_clusters (s), 2);

  /* Grassroots: o1 (e1, e2), o2 (e1 again): 2 enterprises, e1 once.
   * Any organisation: also o3 (e3): 3. e4 is in none. */
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_organization_coverage (s), 0.5, 1e-12);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), 3);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_work_coverage (s), 0.75, 1e-12);

  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_kind (s, LIAN_ORG_KIND_BRANCH), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_kind (s, LIAN_ORG_KIND_PARTY_SCHOOL), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_level (s, LIAN_LEVEL_COUNTY), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_level (s, LIAN_LEVEL_CITY), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_kind_and_level (s,
                                                                       LIAN_ORG_KIND_SERVICE_TEAM,
                                                                       LIAN_LEVEL_COUNTY), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_kind_and_level (s,
                                                                       LIAN_ORG_KIND_SERVICE_TEAM,
                                                                       LIAN_LEVEL_CITY), 0);

  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_services_by_kind (s, LIAN_SERVICE_KIND_CARRIER), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_services_by_kind (s, LIAN_SERVICE_KIND_PROJECT), 0);

  /* Needs: resolved n1 n2 n6, in-progress n3, closed n4, submitted n5;
   * rate 3 / (6 − 1) = 0.6; days {0, 10, 20}: median 10, p90 at rank
   * 0.9 × 2 = 1.8: 10 + 0.8 × 10 = 18. */
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 6);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_IN_PROGRESS), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_CLOSED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_SUBMITTED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_ACCEPTED), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_category (s, LIAN_NEED_CATEGORY_FINANCING), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_category (s, LIAN_NEED_CATEGORY_TECHNOLOGY), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_category (s, LIAN_NEED_CATEGORY_OTHER), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_bottleneck_needs (s), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_resolution_rate (s), 0.6, 1e-12);
  CU_ASSERT_EQUAL (lian_summary_get_n_timed_resolutions (s), 3);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_median_days_to_resolve (s), 10.0, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_p90_days_to_resolve (s), 18.0, 1e-12);

  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects_by_status (s, LIAN_PROJECT_STATUS_DONE), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects_by_status (s, LIAN_PROJECT_STATUS_ACTIVE), 1);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (s), 1000500);
  CU_ASSERT_EQUAL (lian_summary_get_talents (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_problems_solved (s), 1);

  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities_by_kind (s, LIAN_ACTIVITY_KIND_MEETING), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities_by_kind (s, LIAN_ACTIVITY_KIND_POLICY_DOCUMENT),
                   0);
}

static void
test_coverage_counts_an_enterprise_once (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = NULL;

  /* One enterprise in a branch and in a joint committee, one in an
   * alliance only, one in nothing: organisation coverage 1 of 3, work
   * coverage 2 of 3. */
  lian_test_add (r, lian_test_firm ("x1", "320214", NULL, NULL));
  lian_test_add (r, lian_test_firm ("x2", "320214", NULL, NULL));
  lian_test_add (r, lian_test_firm ("x3", "320214", NULL, NULL));
  lian_test_add (r, lian_test_org ("b", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_COUNTY, "320214", NULL,
                                   "x1", NULL));
  lian_test_add (r, lian_test_org ("j", LIAN_ORG_KIND_JOINT_COMMITTEE, LIAN_LEVEL_COUNTY, "320214",
                                   NULL, "x1", NULL));
  lian_test_add (r, lian_test_org ("a", LIAN_ORG_KIND_ALLIANCE, LIAN_LEVEL_COUNTY, "320214", NULL,
                                   "x1 x2", NULL));
  s = lian_summary_new (r, NULL, NULL);
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_organization_coverage (s), 1.0 / 3, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_work_coverage (s), 2.0 / 3, 1e-12);
  g_clear_object (&s);

  /* The same through a scope (another way through the registry). */
  {
    g_autoptr(LianFilter) scope = lian_test_scope ("320214", NULL);
    s = lian_summary_new (r, scope, NULL);
    CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), 1);
    CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), 2);
  }
}

static void
test_empty_registry_is_defined (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, NULL);

  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 0);
  CU_ASSERT_FALSE (isnan (lian_summary_get_resolution_rate (s)));
  CU_ASSERT_EQUAL (lian_summary_get_resolution_rate (s), 0.0);
  CU_ASSERT_EQUAL (lian_summary_get_organization_coverage (s), 0.0);
  CU_ASSERT_EQUAL (lian_summary_get_work_coverage (s), 0.0);
  CU_ASSERT_EQUAL (lian_summary_get_median_days_to_resolve (s), -1.0);
  CU_ASSERT_EQUAL (lian_summary_get_p90_days_to_resolve (s), -1.0);
  CU_ASSERT_EQUAL (lian_summary_get_n_timed_resolutions (s), 0);
}

static void
test_only_closed_needs_rate_is_zero (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = NULL;

  lian_test_add (r, lian_test_firm ("x1", "320214", NULL, NULL));
  lian_test_add (r, lian_test_need ("m1", "x1", NULL, LIAN_NEED_CATEGORY_TAX,
                                    LIAN_NEED_STATUS_CLOSED,
                                    "2023-01-01", NULL, FALSE));
  s = lian_summary_new (r, NULL, NULL);
  /* resolved 0 / (1 − 1 closed): no need is owed an answer: 0, not NaN. */
  CU_ASSERT_FALSE (isnan (lian_summary_get_resolution_rate (s)));
  CU_ASSERT_EQUAL (lian_summary_get_resolution_rate (s), 0.0);
}

/* A registry with one enterprise and resolved needs taking @days. */
static LianRegistry *
resolved_after (const int *days,
                guint      n)
{
  LianRegistry *r = lian_registry_new ();

  lian_test_add (r, lian_test_firm ("x1", "320214", NULL, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (1, 1, 2023);
      g_autofree char *id = g_strdup_printf ("m%u", i);
      char submitted[11], resolved[11];

      g_date_strftime (submitted, sizeof submitted, "%Y-%m-%d", date);
      g_date_add_days (date, days[i]);
      g_date_strftime (resolved, sizeof resolved, "%Y-%m-%d", date);
      lian_test_add (r, lian_test_need (id, "x1", NULL, LIAN_NEED_CATEGORY_TAX,
                                        LIAN_NEED_STATUS_RESOLVED,
                                        submitted, resolved, FALSE));
    }
  return r;
}

static void
test_resolved_same_day_is_zero_days (void)
{
  static const int days[] = { 0 };
  g_autoptr(LianRegistry) r = resolved_after (days, 1);
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, NULL);

  CU_ASSERT_EQUAL (lian_summary_get_n_timed_resolutions (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_median_days_to_resolve (s), 0.0);
  CU_ASSERT_EQUAL (lian_summary_get_p90_days_to_resolve (s), 0.0);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_resolution_rate (s), 1.0, 1e-12);
}

static void
test_median_of_even_count (void)
{
  /* Given out of order. Sorted {0, 3, 7, 30}: median (3 + 7) / 2 = 5;
   * p90 at rank 0.9 × 3 = 2.7: 7 + 0.7 × (30 − 7) = 23.1. */
  static const int days[] = { 30, 0, 7, 3 };
  g_autoptr(LianRegistry) r = resolved_after (days, G_N_ELEMENTS (days));
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, NULL);

  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_median_days_to_resolve (s), 5.0, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_p90_days_to_resolve (s), 23.1, 1e-9);
}

static void
test_p90 (void)
{
  /* 1 to 10: median at rank 4.5: 5.5; p90 at rank 8.1: 9 + 0.1 = 9.1. */
  static const int days[] = { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
  g_autoptr(LianRegistry) r = resolved_after (days, G_N_ELEMENTS (days));
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, NULL);
  /* 0 × 9 and 100: p90 at rank 9 is the last value, the median 0. */
  static const int skewed[] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 100 };
  g_autoptr(LianRegistry) r2 = resolved_after (skewed, G_N_ELEMENTS (skewed));
  g_autoptr(LianSummary) s2 = lian_summary_new (r2, NULL, NULL);

  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_median_days_to_resolve (s), 5.5, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_p90_days_to_resolve (s), 9.1, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_median_days_to_resolve (s2), 0.0, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_p90_days_to_resolve (s2), 10.0, 1e-9);
}

static void
test_resolved_without_dates_not_timed (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = NULL;

  lian_test_add (r, lian_test_firm ("x1", "320214", NULL, NULL));
  lian_test_add (r, lian_test_need ("m1", "x1", NULL, LIAN_NEED_CATEGORY_TAX,
                                    LIAN_NEED_STATUS_RESOLVED,
                                    NULL, "2023-01-05", FALSE));
  lian_test_add (r, lian_test_need ("m2", "x1", NULL, LIAN_NEED_CATEGORY_TAX,
                                    LIAN_NEED_STATUS_RESOLVED,
                                    "2023-01-01", "2023-01-05", FALSE));
  s = lian_summary_new (r, NULL, NULL);
  /* m1 has no submitted date: resolved, but not timed. */
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_timed_resolutions (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_median_days_to_resolve (s), 4.0);
}

static void
test_as_of_counts_what_existed (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, "2023-04-15");

  CU_ASSERT_STRING_EQUAL (lian_summary_get_as_of (s), "2023-04-15");
  /* Needs submitted by 04-15: n1 (03-01), n2 (02-01), n3 (04-01), n6
   * (01-10); n4 and n5 come later. n3 was accepted 04-02 and moved on
   * only 05-01: accepted. n1 and n6 have every event before: resolved;
   * n2, no history, resolved 02-11: resolved. Days {0, 10, 20}. */
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_ACCEPTED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_IN_PROGRESS), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_CLOSED), 0);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_resolution_rate (s), 0.75, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_median_days_to_resolve (s), 10.0, 1e-12);
  /* Organisations founded by then: o1 (01-01), o3 (2022), o4 (no date);
   * not o2 (06-01). Coverage by o1: e1, e2; work also o3: e3. */
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_kind (s, LIAN_ORG_KIND_JOINT_COMMITTEE), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), 3);
  /* Projects started by then: p1 (03-01), not p2 (06-01). Activities: a1
   * (02-01), a3 (03-01), not a2 (08-01). Chains, enterprises and services
   * have no date: all counted. */
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (s), 1000000);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 3);
}

static void
test_as_of_uses_status_of_that_day (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianSummary) early = lian_summary_new (r, NULL, "2023-01-20");
  g_autoptr(LianSummary) feb = lian_summary_new (r, NULL, "2023-02-05");
  g_autoptr(LianSummary) before = lian_summary_new (r, NULL, "2022-12-31");
  g_autoptr(LianSummary) late = lian_summary_new (r, NULL, "2030-01-01");
  g_autoptr(LianSummary) now = lian_summary_new (r, NULL, NULL);

  /* 01-20: only n6 (submitted 01-10), accepted 01-11, resolved only 01-30:
   * accepted; nothing resolved yet. */
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (early), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (early, LIAN_NEED_STATUS_ACCEPTED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_median_days_to_resolve (early), -1.0);

  /* 02-05: n6 resolved (01-30); n2 (submitted 02-01, no history, resolved
   * only 02-11) counts as submitted. */
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (feb), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (feb, LIAN_NEED_STATUS_SUBMITTED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (feb, LIAN_NEED_STATUS_RESOLVED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_median_days_to_resolve (feb), 20.0);

  /* Before anything: no need, no organisation but o4 (no date), hence no
   * coverage but none either from o3 (founded 2022-01-01, so counted:
   * work coverage e3). */
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (before), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (before), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (before), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (before), 1);

  /* A day after everything gives the current figures. */
  lian_test_assert_same_figures (late, now);
}

static void
test_scope_by_region (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianFilter) wuxi = lian_test_scope ("320200", NULL);
  g_autoptr(LianSummary) s = lian_summary_new (r, wuxi, NULL);
  g_autofree char *label = NULL;

  g_object_get (s, "scope-label", &label, NULL);
  CU_ASSERT_STRING_EQUAL (label, "无锡市");
  /* Chains lying in 320200: c2 (320200), c3 (320214); clusters 2. */
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_clusters (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains_by_tier (s, LIAN_CHAIN_TIER_KEY), 0);
  /* e1, e2, e3; grassroots e1, e2; any organisation also e3 (through o3,
   * which lies in the province, outside the scope: coverage is the
   * enterprise's). */
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), 3);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_work_coverage (s), 1.0, 1e-12);
  /* o1, o2, and o3 (in the province, but its member e3 lies in Wuxi);
   * s2, s3; needs of e1, e2, e3: n1 n2 n3 n5 n6, resolved 3 of 5 (none
   * closed); bottleneck n1, n6; p1 (owner o1), p2 (owner o3 in the
   * province, but its need n3 is e3's); a1, a2. */
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 5);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_SUBMITTED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_bottleneck_needs (s), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_resolution_rate (s), 0.6, 1e-12);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (s), 1000500);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 2);
}

static void
test_scope_by_chain (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianFilter) nev = lian_test_scope (NULL, "c2");
  g_autoptr(LianSummary) s = lian_summary_new (r, nev, NULL);

  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (s), "c2");
  /* c2; e2, e3 (organisation e2, any e2 e3); o3, o4; s1 (every chain), s2;
   * n2, n3 (one resolved of two); p2 (for n3); a3. */
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_resolution_rate (s), 0.5, 1e-12);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (s), 500);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 1);
}

static void
test_scope_by_region_and_chain (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianFilter) both = lian_test_scope ("320214", "c1");
  g_autoptr(LianSummary) s = lian_summary_new (r, both, NULL);

  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (s), "新吴区, c1");
  /* c1 lies in the province and has no leader: no chain. e1, e2; o1, and
   * o2 (in the city, but its member e1 lies here); s3; n1 n5 n6; p1; a1. */
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 1);
}

static void
test_scope_dates_keep_dated_kinds (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianFilter) since = g_object_new (LIAN_TYPE_FILTER, "since", "2023-03-01", NULL);
  g_autoptr(LianSummary) s = lian_summary_new (r, since, NULL);

  /* As lian_registry_select() decides: a date range applies to the kinds
   * that have a date, and chains, enterprises and services all count.
   * Needs submitted from 03-01: n1 n3 n4 n5; organisations founded: o2;
   * projects started: p1, p2; activities: a2, a3. */
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 2);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (s), "since 2023-03-01");
}

static void
test_scope_agrees_with_select (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  const char *regions[] = { NULL, "320000", "320200", "320214", "320500", "321100" };
  const char *chains[] = { NULL, "c1", "c2", "c3" };

  /* For each kind, the summary's count is what select() selects. */
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    for (guint j = 0; j < G_N_ELEMENTS (chains); j++)
      {
        g_autoptr(LianFilter) scope = lian_test_scope (regions[i], chains[j]);
        g_autoptr(LianSummary) s = lian_summary_new (r, scope, NULL);
        guint counts[] = {
          0, lian_summary_get_n_chains (s), lian_summary_get_n_enterprises (s),
          lian_summary_get_n_organizations (s), lian_summary_get_n_services (s),
          lian_summary_get_n_needs (s), lian_summary_get_n_projects (s),
          lian_summary_get_n_activities (s),
        };

        for (LianRecordKind k = LIAN_RECORD_KIND_CHAIN; k <= LIAN_RECORD_KIND_ACTIVITY; k++)
          {
            g_autoptr(GListModel) selected = NULL;

            lian_filter_set_record_kind (scope, k);
            selected = lian_registry_select (r, scope, NULL);
            CU_ASSERT_EQUAL (counts[k], g_list_model_get_n_items (selected));
          }
      }
}

static gboolean
has_path (JsonNode   *root,
          const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i]; i++)
    {
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return FALSE;
      object = json_node_get_object (node);
      if (!json_object_has_member (object, parts[i]))
        return FALSE;
      node = json_object_get_member (object, parts[i]);
    }
  return TRUE;
}

static gint64
int_at (JsonNode   *root,
        const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i]; i++)
    node = json_object_get_member (json_node_get_object (node), parts[i]);
  return json_node_get_int (node);
}

static void
test_to_json_keys (void)
{
  static const char *paths[] = {
    "scope", "as_of", "enterprises.total", "enterprises.organization_coverage.count",
    "enterprises.organization_coverage.rate", "enterprises.work_coverage.count",
    "enterprises.work_coverage.rate", "needs.total", "needs.bottleneck",
    "needs.resolution_rate", "needs.days_to_resolve.median", "needs.days_to_resolve.p90",
    "needs.days_to_resolve.count", "chains.total", "chains.clusters", "organizations.total",
    "services.total", "projects.total", "projects.loans_yuan", "projects.talents",
    "projects.problems_solved", "activities.total",
  };
  static const struct { const char *path; GType (*type) (void); } by_nick[] = {
    { "needs.by_status", lian_need_status_get_type },
    { "needs.by_category", lian_need_category_get_type },
    { "chains.by_tier", lian_chain_tier_get_type },
    { "chains.by_level", lian_level_get_type },
    { "organizations.by_kind", lian_org_kind_get_type },
    { "organizations.by_level", lian_level_get_type },
    { "services.by_kind", lian_service_kind_get_type },
    { "projects.by_status", lian_project_status_get_type },
    { "activities.by_kind", lian_activity_kind_get_type },
  };
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, NULL);
  g_autoptr(JsonNode) root = lian_summary_to_json (s);
  g_autofree char *text = lian_summary_to_json_string (s);
  g_autoptr(JsonNode) parsed = json_from_string (text, NULL);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (LIAN_TYPE_ORG_KIND);
  g_autoptr(GEnumClass) levels = g_type_class_ref (LIAN_TYPE_LEVEL);
  JsonObject *needs;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      if (!has_path (root, paths[i]))
        g_printerr ("missing %s\n", paths[i]);
      CU_ASSERT_TRUE (has_path (root, paths[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (by_nick); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (by_nick[i].type ());
      for (guint v = 0; v < klass->n_values; v++)
        {
          g_autofree char *at = g_strconcat (by_nick[i].path, ".", klass->values[v].value_nick,
                                             NULL);
          CU_ASSERT_TRUE_FATAL (has_path (root, at));
          CU_ASSERT_EQUAL (int_at (root, at), 0);
        }
    }
  for (guint k = 0; k < kinds->n_values; k++)
    for (guint l = 0; l < levels->n_values; l++)
      {
        g_autofree char *at = g_strconcat ("organizations.by_kind_and_level.",
                                           kinds->values[k].value_nick,
                                           ".", levels->values[l].value_nick, NULL);
        CU_ASSERT_TRUE_FATAL (has_path (root, at));
        CU_ASSERT_EQUAL (int_at (root, at), 0);
      }

  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (json_node_get_object (root), "scope"),
                          "all");
  CU_ASSERT_TRUE (json_object_get_null_member (json_node_get_object (root), "as_of"));
  needs = json_object_get_object_member (json_node_get_object (root), "needs");
  CU_ASSERT_EQUAL (json_object_get_double_member (needs, "resolution_rate"), 0.0);
  CU_ASSERT_TRUE (json_object_get_null_member (json_object_get_object_member (needs,
                                                                              "days_to_resolve"),
                                               "median"));
  /* The text is the same tree. */
  CU_ASSERT_PTR_NOT_NULL_FATAL (parsed);
  CU_ASSERT_TRUE (json_node_equal (root, parsed));
}

static void
test_to_json_values (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, NULL, "320000", LIAN_LEVEL_CITY, "2023-12-31");
  g_autoptr(LianSummary) wuxi = g_list_model_get_item (cities, 0);
  g_autoptr(JsonNode) root = lian_summary_to_json (wuxi);
  JsonObject *o = json_node_get_object (root);
  JsonObject *needs;

  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "key"), "320200");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "label"), "无锡市");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "scope"), "无锡市");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "as_of"), "2023-12-31");
  CU_ASSERT_EQUAL (int_at (root, "needs.by_status.resolved"), 3);
  CU_ASSERT_EQUAL (int_at (root, "needs.by_category.financing"), 2);
  CU_ASSERT_EQUAL (int_at (root, "organizations.by_kind_and_level.branch.county"), 1);
  CU_ASSERT_EQUAL (int_at (root, "organizations.by_kind_and_level.joint-committee.city"), 1);
  CU_ASSERT_EQUAL (int_at (root, "chains.by_tier.advantage"), 1);
  /* p1, and p2 for e3's need n3. */
  CU_ASSERT_EQUAL (int_at (root, "projects.loans_yuan"), 1000500);
  needs = json_object_get_object_member (o, "needs");
  CU_ASSERT_DOUBLE_EQUAL (json_object_get_double_member (needs, "resolution_rate"), 0.6, 1e-12);
}

static void
test_snapshot_and_finalized (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  LianSummary *s = lian_summary_new (r, NULL, NULL);
  GListModel *chains = lian_summary_rollup_chains (r, NULL, NULL);
  gpointer weak_s = s, weak_list = chains, weak_item;
  LianSummary *item = g_list_model_get_item (chains, 0);

  weak_item = item;
  g_object_add_weak_pointer (G_OBJECT (s), &weak_s);
  g_object_add_weak_pointer (G_OBJECT (chains), &weak_list);
  g_object_add_weak_pointer (G_OBJECT (item), &weak_item);

  /* Later changes do not reach a summary. */
  lian_test_add (r, lian_test_firm ("e9", "320214", NULL, NULL));
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 4);

  g_object_unref (s);
  g_object_unref (item);
  g_object_unref (chains);
  CU_ASSERT_PTR_NULL (weak_s);
  CU_ASSERT_PTR_NULL (weak_item);
  CU_ASSERT_PTR_NULL (weak_list);
}

static void
test_properties (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(GListModel) chains = lian_summary_rollup_chains (r, NULL, "2023-06-30");
  g_autoptr(LianSummary) c2 = g_list_model_get_item (chains, 1);
  g_autoptr(LianSummary) bare = g_object_new (LIAN_TYPE_SUMMARY, NULL);
  g_autofree char *scope = NULL, *as_of = NULL, *key = NULL, *label = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (c2), "key");

  g_object_get (c2, "scope-label", &scope, "as-of", &as_of, "key", &key, "label", &label, NULL);
  CU_ASSERT_STRING_EQUAL (scope, "c2");
  CU_ASSERT_STRING_EQUAL (as_of, "2023-06-30");
  CU_ASSERT_STRING_EQUAL (key, "c2");
  CU_ASSERT_STRING_EQUAL (label, "c2");
  CU_ASSERT_FALSE (pspec->flags & G_PARAM_WRITABLE);
  /* Made bare, a summary is empty and defined. */
  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (bare), "all");
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (bare), 0);
  CU_ASSERT_EQUAL (lian_summary_get_median_days_to_resolve (bare), -1.0);
}

static LianEnterprise *
firm_with_members (const char *id,
                   const char *region,
                   guint       party_members)
{
  LianEnterprise *firm = lian_test_firm (id, region, NULL, NULL);

  lian_enterprise_set_party_members (firm, party_members);
  return firm;
}

static void
assert_coverage (LianSummary *s,
                 guint        organization,
                 guint        own,
                 guint        work)
{
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), organization);
  CU_ASSERT_EQUAL (lian_summary_get_n_own_organization (s), own);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), work);
}

static void
test_own_organization_covers (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianFilter) county = lian_test_scope ("320214", NULL);
  g_autoptr(LianSummary) all = NULL, scoped = NULL, dated = NULL;
  g_autoptr(GListModel) counties = NULL;
  g_autoptr(LianSummary) xinwu = NULL;

  /* x3 has 3 party members, enough for its own primary organisation; x2
   * has 2, and is only in an alliance (work, not organisation); x1 has none
   * but is in an enterprise's own organisation; x0 has 2 and nothing. */
  lian_test_add (r, firm_with_members ("x0", "320214", 2));
  lian_test_add (r, firm_with_members ("x1", "320214", 0));
  lian_test_add (r, firm_with_members ("x2", "320214", 2));
  lian_test_add (r, firm_with_members ("x3", "320214", 3));
  lian_test_add (r, lian_test_org ("own", LIAN_ORG_KIND_ENTERPRISE, LIAN_LEVEL_COUNTY, "320214",
                                   "2023-01-01", "x1", NULL));
  lian_test_add (r, lian_test_org ("al", LIAN_ORG_KIND_ALLIANCE, LIAN_LEVEL_CITY, "320200",
                                   "2023-01-01", "x2 x3", NULL));

  /* Every way through the registry gives the same: the whole registry,
   * a region, a day (which the enterprises' members do not depend on). */
  all = lian_summary_new (r, NULL, NULL);
  assert_coverage (all, 2, 2, 3);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_organization_coverage (all), 0.5, 1e-12);
  scoped = lian_summary_new (r, county, NULL);
  assert_coverage (scoped, 2, 2, 3);
  dated = lian_summary_new (r, NULL, "2022-12-31");
  assert_coverage (dated, 1, 1, 1);
  counties = lian_summary_rollup_regions (r, NULL, "320200", LIAN_LEVEL_COUNTY, NULL);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (counties), 1);
  xinwu = g_list_model_get_item (counties, 0);
  assert_coverage (xinwu, 2, 2, 3);
  /* The alliance at the city covers x2 and x3: it is the county's too. */
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (xinwu), 2);

  /* Enterprise by enterprise, by the same rules. */
  CU_ASSERT_EQUAL (lian_summary_coverage_of (r, lian_registry_lookup_enterprise (r, "x0"), NULL),
                   LIAN_COVERAGE_NONE);
  CU_ASSERT_EQUAL (lian_summary_coverage_of (r, lian_registry_lookup_enterprise (r, "x1"), NULL),
                   LIAN_COVERAGE_WORK | LIAN_COVERAGE_ORGANIZATION | LIAN_COVERAGE_OWN_ORGANIZATION);
  CU_ASSERT_EQUAL (lian_summary_coverage_of (r, lian_registry_lookup_enterprise (r, "x1"),
                                             "2022-12-31"), LIAN_COVERAGE_NONE);
  CU_ASSERT_EQUAL (lian_summary_coverage_of (r, lian_registry_lookup_enterprise (r, "x2"), NULL),
                   LIAN_COVERAGE_WORK);
  CU_ASSERT_EQUAL (lian_summary_coverage_of (r, lian_registry_lookup_enterprise (r, "x3"),
                                             "2022-12-31"),
                   LIAN_COVERAGE_WORK | LIAN_COVERAGE_ORGANIZATION | LIAN_COVERAGE_OWN_ORGANIZATION);
}

static void
test_chain_lies_where_its_leaders_do (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  LianChain *chain = lian_test_chain ("ch", LIAN_CHAIN_TIER_KEY, LIAN_LEVEL_PROVINCE, "320000",
                                      "集成电路");
  g_autoptr(LianFilter) wuxi = lian_test_scope ("320200", NULL);
  g_autoptr(LianFilter) suzhou = lian_test_scope ("320500", NULL);
  g_autoptr(LianSummary) in_wuxi = NULL, in_suzhou = NULL;
  g_autoptr(GListModel) cities = NULL;
  g_autoptr(LianSummary) first = NULL;

  /* Two leaders in Wuxi's counties: the chain lies in Wuxi, once. */
  lian_test_add (r, lian_test_firm ("lead1", "320214", NULL, NULL));
  lian_test_add (r, lian_test_firm ("lead2", "320281", NULL, NULL));
  lian_chain_set_leader_ids (chain, (const char *[]) { "lead1", "lead2", NULL });
  lian_test_add (r, chain);

  in_wuxi = lian_summary_new (r, wuxi, NULL);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (in_wuxi), 1);
  in_suzhou = lian_summary_new (r, suzhou, NULL);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (in_suzhou), 0);
  cities = lian_summary_rollup_regions (r, NULL, "320000", LIAN_LEVEL_CITY, NULL);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (cities), 1);
  first = g_list_model_get_item (cities, 0);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (first), "320200");
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (first), 1);
}

static void
test_sums_saturate (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = NULL, exact = NULL;
  g_autoptr(GListModel) problems = NULL, none = NULL;
  g_autoptr(GListModel) cities = NULL;
  g_autoptr(LianSummary) city = NULL;
  g_autoptr(LianProblem) first = NULL, second = NULL;
  g_autoptr(JsonNode) json = NULL;
  JsonArray *saturated;

  lian_test_add (r, lian_test_org ("o", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_COUNTY, "320214",
                                   NULL, NULL, NULL));
  lian_test_add (r, lian_test_project ("p1", "o", NULL, LIAN_PROJECT_STATUS_DONE, NULL,
                                       G_GINT64_CONSTANT (9200000000000000000), G_MAXUINT, 1));
  exact = lian_summary_new (r, NULL, NULL);
  CU_ASSERT_FALSE (lian_summary_is_saturated (exact));
  none = lian_summary_get_problems (exact);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (none), 0);

  /* A second project of 9.2 × 10^18 yuan would wrap to a negative sum. */
  lian_test_add (r, lian_test_project ("p2", "o", NULL, LIAN_PROJECT_STATUS_DONE, NULL,
                                       G_GINT64_CONSTANT (9200000000000000000), 1, 1));
  s = lian_summary_new (r, NULL, NULL);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (s), G_MAXINT64);
  CU_ASSERT_EQUAL (lian_summary_get_talents (s), G_MAXUINT);
  CU_ASSERT_EQUAL (lian_summary_get_problems_solved (s), 2);
  CU_ASSERT_TRUE (lian_summary_is_saturated (s));
  problems = lian_summary_get_problems (s);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (problems), 2);
  first = g_list_model_get_item (problems, 0);
  second = g_list_model_get_item (problems, 1);
  CU_ASSERT_STRING_EQUAL (lian_problem_get_code (first), "sum-saturated");
  CU_ASSERT_EQUAL (lian_problem_get_severity (first), LIAN_SEVERITY_WARNING);
  CU_ASSERT_STRING_EQUAL (lian_problem_get_field (first), "projects.loans_yuan");
  CU_ASSERT_PTR_NOT_NULL (strstr (lian_problem_get_message (first), "9,223,372,036,854,775,807 yuan"));
  CU_ASSERT_STRING_EQUAL (lian_problem_get_field (second), "projects.talents");
  json = lian_summary_to_json (s);
  saturated = json_object_get_array_member (json_node_get_object (json), "saturated");
  CU_ASSERT_EQUAL_FATAL (json_array_get_length (saturated), 2);
  CU_ASSERT_STRING_EQUAL (json_array_get_string_element (saturated, 0), "projects.loans_yuan");

  /* The same in a roll-up's groups. */
  cities = lian_summary_rollup_regions (r, NULL, "320000", LIAN_LEVEL_CITY, NULL);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (cities), 1);
  city = g_list_model_get_item (cities, 0);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (city), G_MAXINT64);
  CU_ASSERT_TRUE (lian_summary_is_saturated (city));
}

static void
test_figures_are_properties (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianSummary) s = lian_summary_new (r, NULL, NULL);
  guint n_props = 0, n_needs = 0, covered = 0, resolutions = 0;
  double rate = 0, p90 = 0;
  gint64 loans = 0;
  gboolean saturated = TRUE;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (s),
                                                                  &n_props);

  g_object_get (s, "n-needs", &n_needs, "n-organization-covered", &covered,
                "resolution-rate", &rate, "p90-days-to-resolve", &p90, "loans-yuan", &loans,
                "n-resolutions", &resolutions, "saturated", &saturated, NULL);
  CU_ASSERT_EQUAL (n_needs, lian_summary_get_n_needs (s));
  CU_ASSERT_EQUAL (covered, lian_summary_get_n_organization_covered (s));
  CU_ASSERT_EQUAL (rate, lian_summary_get_resolution_rate (s));
  CU_ASSERT_EQUAL (p90, lian_summary_get_p90_days_to_resolve (s));
  CU_ASSERT_EQUAL (loans, 1000500);
  CU_ASSERT_EQUAL (resolutions, 3);
  CU_ASSERT_FALSE (saturated);
  /* 4 about the scope, 23 figures; none can be set. */
  CU_ASSERT_EQUAL (n_props, 27);
  for (guint i = 0; i < n_props; i++)
    CU_ASSERT_FALSE (pspecs[i]->flags & G_PARAM_WRITABLE);
}

static const char *
key_at (GListModel *list,
        guint       i)
{
  g_autoptr(LianSummary) s = g_list_model_get_item (list, i);

  return lian_summary_get_key (s);
}

/* Under Chinese, what a summary covers and its periods read in Chinese;
 * keys stay as they are. English again after. */
static void
test_labels_in_chinese (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianFilter) range = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(LianSummary) all = NULL, dated = NULL, english = NULL;
  g_autoptr(LianSummary) jan = NULL, q1 = NULL;
  g_autoptr(GListModel) months = NULL, quarters = NULL;
  g_autoptr(GError) error = NULL;

  lian_filter_set_since (range, "2023-01-01");
  lian_filter_set_until (range, "2023-06-30");
  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", &error));
  all = lian_summary_new (r, NULL, NULL);
  dated = lian_summary_new (r, range, NULL);
  months = lian_summary_rollup_periods (r, NULL, LIAN_PERIOD_MONTH, NULL);
  quarters = lian_summary_rollup_periods (r, NULL, LIAN_PERIOD_QUARTER, NULL);
  lian_set_language (NULL, NULL);
  english = lian_summary_new (r, range, NULL);

  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (all), "全部");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (dated), "2023-01-01 起、截至 2023-06-30");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (english),
                          "since 2023-01-01, until 2023-06-30");
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (months), 20);
  jan = g_list_model_get_item (months, 12);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (jan), "2023-01");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (jan), "2023年1月");
  q1 = g_list_model_get_item (quarters, 4);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (q1), "2023-Q1");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (q1), "2023年第1季度");
}

/* A sum held at its largest value says so in Chinese, the amount in 亿元. */
static void
test_saturated_in_chinese (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(LianProblem) loans = NULL, talents = NULL;
  g_autoptr(GError) error = NULL;

  lian_test_add (r, lian_test_org ("o", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_COUNTY, "320214",
                                   NULL, NULL, NULL));
  lian_test_add (r, lian_test_project ("p1", "o", NULL, LIAN_PROJECT_STATUS_DONE, NULL,
                                       G_GINT64_CONSTANT (9200000000000000000), G_MAXUINT, 1));
  lian_test_add (r, lian_test_project ("p2", "o", NULL, LIAN_PROJECT_STATUS_DONE, NULL,
                                       G_GINT64_CONSTANT (9200000000000000000), 1, 1));
  s = lian_summary_new (r, NULL, NULL);
  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", &error));
  problems = lian_summary_get_problems (s);
  lian_set_language (NULL, NULL);

  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (problems), 2);
  loans = g_list_model_get_item (problems, 0);
  talents = g_list_model_get_item (problems, 1);
  CU_ASSERT_STRING_EQUAL (lian_problem_get_code (loans), "sum-saturated");
  CU_ASSERT_STRING_EQUAL (lian_problem_get_message (loans),
                          "projects.loans_yuan: 项目协调融资合计超过 92,233,720,368.5 亿元，"
                          "数字按此值记，仅为下限");
  CU_ASSERT_STRING_EQUAL (lian_problem_get_message (talents),
                          "projects.talents: 引进人才合计超过 4,294,967,295，数字按此值记，仅为下限");
}

static void
test_rollup_periods (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(GListModel) months = lian_summary_rollup_periods (r, NULL, LIAN_PERIOD_MONTH, NULL);
  g_autoptr(GListModel) quarters = lian_summary_rollup_periods (r, NULL, LIAN_PERIOD_QUARTER,
                                                                NULL);
  g_autoptr(GListModel) early = lian_summary_rollup_periods (r, NULL, LIAN_PERIOD_MONTH,
                                                             "2023-02-15");
  g_autoptr(LianSummary) jan = NULL, q1 = NULL, feb = NULL;
  g_autoptr(GListModel) nothing = NULL;
  g_autoptr(LianRegistry) empty = lian_registry_new ();
  guint needs = 0, resolutions = 0;

  /* From o3 (founded 2022-01-01) to a2 (2023-08-01): 20 months, the
   * quiet ones of 2022 included. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (months), 20);
  CU_ASSERT_STRING_EQUAL (key_at (months, 0), "2022-01");
  CU_ASSERT_STRING_EQUAL (key_at (months, 1), "2022-02");
  CU_ASSERT_STRING_EQUAL (key_at (months, 19), "2023-08");
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(LianSummary) m = g_list_model_get_item (months, i);
      needs += lian_summary_get_n_needs (m);
      resolutions += lian_summary_get_n_resolutions (m);
      CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (m), 0);
      CU_ASSERT_EQUAL (lian_summary_get_n_chains (m), 0);
    }
  CU_ASSERT_EQUAL (needs, 6);
  CU_ASSERT_EQUAL (resolutions, 3);
  /* January 2023: n6 submitted 01-10 and resolved 01-30, in 20 days; o1
   * founded. */
  jan = g_list_model_get_item (months, 12);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (jan), "2023-01");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (jan), "2023-01");
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (jan), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_resolutions (jan), 1);
  CU_ASSERT_EQUAL (lian_summary_get_median_days_to_resolve (jan), 20.0);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (jan), 1);

  /* 2022-Q1 to 2023-Q3. Q1 2023: n6, n2, n1 submitted and resolved; p1
   * started; a1, a3. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (quarters), 7);
  CU_ASSERT_STRING_EQUAL (key_at (quarters, 0), "2022-Q1");
  q1 = g_list_model_get_item (quarters, 4);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (q1), "2023-Q1");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (q1), "2023 Q1");
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (q1), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_resolutions (q1), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (q1), 1);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (q1), 1000000);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (q1), 2);

  /* As of 2023-02-15: n2 (resolved 02-11) counts in February, and nothing
   * after the day is listed. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (early), 14);
  feb = g_list_model_get_item (early, 13);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (feb), "2023-02");
  CU_ASSERT_EQUAL (lian_summary_get_n_resolutions (feb), 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_as_of (feb), "2023-02-15");

  nothing = lian_summary_rollup_periods (empty, NULL, LIAN_PERIOD_QUARTER, NULL);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (nothing), 0);
}

static void
test_csv (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, NULL, "320000", LIAN_LEVEL_CITY, NULL);
  g_autoptr(LianSummary) all = lian_summary_new (r, NULL, NULL);
  g_autoptr(GListStore) none = g_list_store_new (LIAN_TYPE_SUMMARY);
  g_autofree char *text = lian_summary_list_to_csv (cities);
  g_autofree char *one = lian_summary_to_csv (all);
  g_autofree char *empty = lian_summary_list_to_csv (G_LIST_MODEL (none));
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_auto(GStrv) one_lines = g_strsplit (one, "\r\n", -1);
  g_auto(GStrv) header = NULL, wuxi = NULL;
  g_autoptr(LianRegistry) odd = lian_registry_new ();
  g_autoptr(GListModel) chains = NULL;
  g_autofree char *quoted = NULL;
  int needs = -1;

  /* A header, Wuxi, Suzhou, and the empty string after the last CRLF. */
  CU_ASSERT_EQUAL_FATAL (g_strv_length (lines), 4);
  CU_ASSERT_STRING_EQUAL (lines[3], "");
  CU_ASSERT_TRUE (g_str_has_prefix (lines[0], "key,label,scope,as_of,chains.total,"));
  CU_ASSERT_TRUE (g_str_has_suffix (lines[0], ",saturated"));
  header = g_strsplit (lines[0], ",", -1);
  wuxi = g_strsplit (lines[1], ",", -1);
  CU_ASSERT_EQUAL_FATAL (g_strv_length (header), g_strv_length (wuxi));
  CU_ASSERT_STRING_EQUAL (wuxi[0], "320200");
  CU_ASSERT_STRING_EQUAL (wuxi[1], "无锡市");
  CU_ASSERT_STRING_EQUAL (wuxi[3], "");
  for (guint i = 0; header[i]; i++)
    if (g_str_equal (header[i], "needs.total"))
      needs = atoi (wuxi[i]);
  CU_ASSERT_EQUAL (needs, 5);

  /* A summary alone has the same columns, key and label empty. */
  CU_ASSERT_STRING_EQUAL (one_lines[0], lines[0]);
  CU_ASSERT_TRUE (g_str_has_prefix (one_lines[1], ",,all,,3,2,"));
  CU_ASSERT_TRUE (g_str_has_suffix (empty, "saturated\r\n"));
  CU_ASSERT_PTR_NULL (strstr (empty, "\r\n320"));

  /* A name with a comma and a quote is quoted. */
  {
    LianChain *chain = lian_test_chain ("c", LIAN_CHAIN_TIER_KEY, LIAN_LEVEL_CITY, "320200", NULL);
    lian_record_set_name (LIAN_RECORD (chain), "芯片,\"设计\"");
    lian_test_add (odd, chain);
  }
  chains = lian_summary_rollup_chains (odd, NULL, NULL);
  quoted = lian_summary_list_to_csv (chains);
  CU_ASSERT_PTR_NOT_NULL (strstr (quoted, "\r\nc,\"芯片,\"\"设计\"\"\",\"芯片,\"\"设计\"\"\","));
}

/* A chain or region named as a formula reaches the CSV as the text it is,
 * ="…", as the CSV export writes it; figures and dates stay as they are. */
static void
test_csv_formulas_guarded (void)
{
  g_autoptr(LianRegistry) odd = lian_registry_new ();
  g_autoptr(GListModel) chains = NULL;
  g_autofree char *text = NULL;
  LianChain *chain = lian_test_chain ("c", LIAN_CHAIN_TIER_KEY, LIAN_LEVEL_CITY, "320200", NULL);

  lian_record_set_name (LIAN_RECORD (chain), "=cmd|' /C calc'!A0");
  lian_test_add (odd, chain);
  chains = lian_summary_rollup_chains (odd, NULL, NULL);
  text = lian_summary_list_to_csv (chains);
  CU_ASSERT_PTR_NULL (strstr (text, ",=cmd"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "\r\nc,\"=\"\"=cmd|' /C calc'!A0\"\"\",\"=\"\"=cmd|' /C calc'!A0\"\"\","));
  CU_ASSERT_TRUE (g_str_has_suffix (text, "\r\n"));
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/summary/everything-by-hand", test_everything_by_hand },
    { "/lian/summary/coverage-counts-an-enterprise-once", test_coverage_counts_an_enterprise_once },
    { "/lian/summary/empty-registry-is-defined", test_empty_registry_is_defined },
    { "/lian/summary/only-closed-needs-rate-is-zero", test_only_closed_needs_rate_is_zero },
    { "/lian/summary/resolved-same-day-is-zero-days", test_resolved_same_day_is_zero_days },
    { "/lian/summary/median-of-even-count", test_median_of_even_count },
    { "/lian/summary/p90", test_p90 },
    { "/lian/summary/resolved-without-dates-not-timed", test_resolved_without_dates_not_timed },
    { "/lian/summary/as-of-counts-what-existed", test_as_of_counts_what_existed },
    { "/lian/summary/as-of-uses-status-of-that-day", test_as_of_uses_status_of_that_day },
    { "/lian/summary/scope-by-region", test_scope_by_region },
    { "/lian/summary/scope-by-chain", test_scope_by_chain },
    { "/lian/summary/scope-by-region-and-chain", test_scope_by_region_and_chain },
    { "/lian/summary/scope-dates-keep-dated-kinds", test_scope_dates_keep_dated_kinds },
    { "/lian/summary/scope-agrees-with-select", test_scope_agrees_with_select },
    { "/lian/summary/to-json-keys", test_to_json_keys },
    { "/lian/summary/to-json-values", test_to_json_values },
    { "/lian/summary/snapshot-and-finalized", test_snapshot_and_finalized },
    { "/lian/summary/properties", test_properties },
    { "/lian/summary/own-organization-covers", test_own_organization_covers },
    { "/lian/summary/chain-lies-where-its-leaders-do", test_chain_lies_where_its_leaders_do },
    { "/lian/summary/sums-saturate", test_sums_saturate },
    { "/lian/summary/figures-are-properties", test_figures_are_properties },
    { "/lian/summary/rollup-periods", test_rollup_periods },
    { "/lian/summary/csv", test_csv },
    { "/lian/summary/labels-in-chinese", test_labels_in_chinese },
    { "/lian/summary/saturated-in-chinese", test_saturated_in_chinese },
    { "/lian/summary/csv-formulas-guarded", test_csv_formulas_guarded },
    { NULL, NULL },
  };
  return lian_test_run ("summary", tests);
}
