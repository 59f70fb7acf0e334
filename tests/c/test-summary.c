/* test-summary.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <string.h>

#include "lian-test.h"

/* Building registries */

static const char uscc_symbols[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const int uscc_weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

/* A valid USCC for an enterprise of @region, unique by @n. */
static void
make_uscc (char        out[19],
           const char *region,
           guint       n)
{
  int sum = 0;

  g_snprintf (out, 19, "91%s%09u", region, n);
  for (int i = 0; i < 17; i++)
    sum += (int) (strchr (uscc_symbols, out[i]) - uscc_symbols) * uscc_weights[i];
  out[17] = uscc_symbols[(31 - sum % 31) % 31];
  out[18] = '\0';
}

static void
add (LianRegistry *registry,
     gpointer      record)
{
  g_autoptr(GError) error = NULL;

  if (!lian_registry_add (registry, record, &error))
    g_printerr ("cannot add %s: %s\n", lian_record_get_id (record), error->message);
  CU_ASSERT_PTR_NULL (error);
  g_object_unref (record);
}

static LianChain *
chain (const char    *id,
       LianChainTier  tier,
       LianLevel      level,
       const char    *region,
       const char    *cluster)
{
  LianChain *chain = lian_chain_new (id, id);

  lian_chain_set_tier (chain, tier);
  lian_chain_set_level (chain, level);
  lian_chain_set_region (chain, region);
  lian_chain_set_cluster (chain, cluster);
  return chain;
}

static LianEnterprise *
firm (const char *id,
      const char *region,
      const char *chain1,
      const char *chain2)
{
  static guint n;
  char uscc[19];
  LianEnterprise *firm;

  make_uscc (uscc, region, ++n);
  firm = lian_enterprise_new (id, id, uscc, region);
  if (chain1)
    lian_enterprise_add_chain_link (firm, chain1, NULL, LIAN_CHAIN_ROLE_CORE);
  if (chain2)
    lian_enterprise_add_chain_link (firm, chain2, NULL, LIAN_CHAIN_ROLE_SUPPORTING);
  return firm;
}

static LianPartyOrg *
org (const char  *id,
     LianOrgKind  kind,
     LianLevel    level,
     const char  *region,
     const char  *founded,
     const char  *members,     /* space-separated, or NULL */
     const char  *chains)      /* space-separated, or NULL */
{
  LianPartyOrg *org = lian_party_org_new (id, id, kind);
  g_auto(GStrv) m = g_strsplit (members ? members : "", " ", -1);
  g_auto(GStrv) c = g_strsplit (chains ? chains : "", " ", -1);

  lian_party_org_set_level (org, level);
  lian_party_org_set_region (org, region);
  lian_party_org_set_founded (org, founded);
  for (guint i = 0; m[i]; i++)
    if (m[i][0])
      lian_party_org_add_member (org, m[i]);
  for (guint i = 0; c[i]; i++)
    if (c[i][0])
      lian_party_org_add_chain (org, c[i]);
  return org;
}

static LianServiceItem *
service (const char      *id,
         LianServiceKind  kind,
         const char      *region,
         const char      *chain_id)
{
  LianServiceItem *item = lian_service_item_new (id, id, kind);

  lian_service_item_set_region (item, region);
  lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_FINANCING);
  if (chain_id)
    lian_service_item_add_chain (item, chain_id);
  return item;
}

static LianNeed *
need (const char       *id,
      const char       *enterprise,
      const char       *chain_id,
      LianNeedCategory  category,
      LianNeedStatus    status,
      const char       *submitted,
      const char       *resolved,
      gboolean          bottleneck)
{
  return g_object_new (LIAN_TYPE_NEED, "id", id, "title", id, "enterprise-id", enterprise,
                       "chain-id", chain_id, "category", category, "status", status,
                       "submitted", submitted, "resolved", resolved,
                       "bottleneck", bottleneck, NULL);
}

/* Appends a history event at @at (ISO 8601 with a zone). */
static void
event (LianNeed       *need,
       const char     *at,
       LianNeedStatus  status)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(LianNeedEvent) e = NULL;

  g_assert (when != NULL);
  e = lian_need_event_new (when, status, NULL, NULL);
  lian_need_append_event (need, e);
}

static LianActionProject *
project (const char        *id,
         const char        *owner,
         const char        *need_id,
         LianProjectStatus  status,
         const char        *started,
         gint64             loans,
         guint              talents,
         guint              problems)
{
  LianActionProject *p = lian_action_project_new (id, id, owner);

  if (need_id)
    lian_action_project_add_need (p, need_id);
  lian_action_project_set_status (p, status);
  lian_action_project_set_started (p, started);
  lian_action_project_set_loans_yuan (p, loans);
  lian_action_project_set_talents (p, talents);
  lian_action_project_set_problems_solved (p, problems);
  return p;
}

static LianActivity *
activity (const char       *id,
          LianActivityKind  kind,
          const char       *org_id,
          const char       *chain_id,
          const char       *date)
{
  LianActivity *a = lian_activity_new (id, kind, date);

  lian_activity_set_org_id (a, org_id);
  lian_activity_set_chain_id (a, chain_id);
  return a;
}

/* The small registry most tests use. Figures worked out by hand are in
 * the tests.
 *
 *   chains   c1 key/province @320000 集成电路; c2 advantage/city @320200
 *            新能源汽车; c3 unrated/county @320214 集成电路
 *   firms    e1 @320214 on c1; e2 @320214 on c1, c2; e3 @320281 on c2;
 *            e4 @320583 on c1
 *   orgs     o1 branch/county @320214 founded 2023-01-01, members e1 e2,
 *            serves c1; o2 joint-committee/city @320200 founded 2023-06-01,
 *            member e1 (so e1 is in two grassroots organisations), serves
 *            c1; o3 alliance/province @320000 founded 2022-01-01, member e3,
 *            serves c1 c2; o4 service-team/county @320583, no founding date,
 *            no member, serves c2
 *   services s1 policy @320000 for every chain; s2 resource @320200 for c2;
 *            s3 carrier @320214 for c1
 *   needs    n1 e1 c1 financing bottleneck, submitted and resolved
 *            2023-03-01 (0 days), history accepted 09:00, resolved 17:00;
 *            n2 e2 c2 technology resolved, 2023-02-01 → 2023-02-11 (10 days),
 *            no history; n3 e3 c2 talent in-progress, submitted 2023-04-01,
 *            accepted 2023-04-02, in-progress 2023-05-01; n4 e4 c1 land
 *            closed, submitted 2023-05-01, closed 2023-05-10; n5 e1 c1
 *            financing submitted 2023-07-01, no history; n6 e2 c1 technology
 *            bottleneck resolved, 2023-01-10 → 2023-01-30 (20 days), accepted
 *            2023-01-11, resolved 2023-01-30
 *   projects p1 owner o1 for n1, done, started 2023-03-01, loans 1000000,
 *            talents 2, problems 1; p2 owner o3 for n3, active, started
 *            2023-06-01, loans 500
 *   acts     a1 meeting o1 c1 2023-02-01; a2 training o2 c1 2023-08-01;
 *            a3 case o3 c2 2023-03-01
 */
static LianRegistry *
small_registry (void)
{
  LianRegistry *r = lian_registry_new ();
  LianNeed *n;

  add (r, chain ("c1", LIAN_CHAIN_TIER_KEY, LIAN_LEVEL_PROVINCE, "320000", "集成电路"));
  add (r, chain ("c2", LIAN_CHAIN_TIER_ADVANTAGE, LIAN_LEVEL_CITY, "320200", "新能源汽车"));
  add (r, chain ("c3", LIAN_CHAIN_TIER_UNRATED, LIAN_LEVEL_COUNTY, "320214", "集成电路"));

  add (r, firm ("e1", "320214", "c1", NULL));
  add (r, firm ("e2", "320214", "c1", "c2"));
  add (r, firm ("e3", "320281", "c2", NULL));
  add (r, firm ("e4", "320583", "c1", NULL));

  add (r, org ("o1", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_COUNTY, "320214", "2023-01-01", "e1 e2", "c1"));
  add (r, org ("o2", LIAN_ORG_KIND_JOINT_COMMITTEE, LIAN_LEVEL_CITY, "320200", "2023-06-01", "e1", "c1"));
  add (r, org ("o3", LIAN_ORG_KIND_ALLIANCE, LIAN_LEVEL_PROVINCE, "320000", "2022-01-01", "e3", "c1 c2"));
  add (r, org ("o4", LIAN_ORG_KIND_SERVICE_TEAM, LIAN_LEVEL_COUNTY, "320583", NULL, NULL, "c2"));

  add (r, service ("s1", LIAN_SERVICE_KIND_POLICY, "320000", NULL));
  add (r, service ("s2", LIAN_SERVICE_KIND_RESOURCE, "320200", "c2"));
  add (r, service ("s3", LIAN_SERVICE_KIND_CARRIER, "320214", "c1"));

  n = need ("n1", "e1", "c1", LIAN_NEED_CATEGORY_FINANCING, LIAN_NEED_STATUS_RESOLVED,
            "2023-03-01", "2023-03-01", TRUE);
  event (n, "2023-03-01T09:00:00+08:00", LIAN_NEED_STATUS_ACCEPTED);
  event (n, "2023-03-01T17:00:00+08:00", LIAN_NEED_STATUS_RESOLVED);
  add (r, n);
  add (r, need ("n2", "e2", "c2", LIAN_NEED_CATEGORY_TECHNOLOGY, LIAN_NEED_STATUS_RESOLVED,
                "2023-02-01", "2023-02-11", FALSE));
  n = need ("n3", "e3", "c2", LIAN_NEED_CATEGORY_TALENT, LIAN_NEED_STATUS_IN_PROGRESS,
            "2023-04-01", NULL, FALSE);
  event (n, "2023-04-02T10:00:00+08:00", LIAN_NEED_STATUS_ACCEPTED);
  event (n, "2023-05-01T10:00:00+08:00", LIAN_NEED_STATUS_IN_PROGRESS);
  add (r, n);
  n = need ("n4", "e4", "c1", LIAN_NEED_CATEGORY_LAND, LIAN_NEED_STATUS_CLOSED,
            "2023-05-01", NULL, FALSE);
  event (n, "2023-05-10T10:00:00+08:00", LIAN_NEED_STATUS_CLOSED);
  add (r, n);
  add (r, need ("n5", "e1", "c1", LIAN_NEED_CATEGORY_FINANCING, LIAN_NEED_STATUS_SUBMITTED,
                "2023-07-01", NULL, FALSE));
  n = need ("n6", "e2", "c1", LIAN_NEED_CATEGORY_TECHNOLOGY, LIAN_NEED_STATUS_RESOLVED,
            "2023-01-10", "2023-01-30", TRUE);
  event (n, "2023-01-11T10:00:00+08:00", LIAN_NEED_STATUS_ACCEPTED);
  event (n, "2023-01-30T10:00:00+08:00", LIAN_NEED_STATUS_RESOLVED);
  add (r, n);

  add (r, project ("p1", "o1", "n1", LIAN_PROJECT_STATUS_DONE, "2023-03-01", 1000000, 2, 1));
  add (r, project ("p2", "o3", "n3", LIAN_PROJECT_STATUS_ACTIVE, "2023-06-01", 500, 0, 0));

  add (r, activity ("a1", LIAN_ACTIVITY_KIND_MEETING, "o1", "c1", "2023-02-01"));
  add (r, activity ("a2", LIAN_ACTIVITY_KIND_TRAINING, "o2", "c1", "2023-08-01"));
  add (r, activity ("a3", LIAN_ACTIVITY_KIND_CASE, "o3", "c2", "2023-03-01"));
  return r;
}

static LianFilter *
scope_of (const char *region,
          const char *chain_id)
{
  return g_object_new (LIAN_TYPE_FILTER, "region", region, "chain-id", chain_id, NULL);
}

/* The figures as JSON, without what names the scope and the day. */
static JsonNode *
figures (LianSummary *summary)
{
  JsonNode *node = lian_summary_to_json (summary);
  JsonObject *object = json_node_get_object (node);

  json_object_remove_member (object, "scope");
  json_object_remove_member (object, "key");
  json_object_remove_member (object, "label");
  json_object_remove_member (object, "as_of");
  return node;
}

static void
assert_same_figures (LianSummary *a,
                     LianSummary *b)
{
  g_autoptr(JsonNode) x = figures (a);
  g_autoptr(JsonNode) y = figures (b);
  gboolean same = json_node_equal (x, y);

  if (!same)
    {
      g_autofree char *sx = json_to_string (x, FALSE), *sy = json_to_string (y, FALSE);
      g_printerr ("\n%s\n  differs from\n%s\n", sx, sy);
    }
  CU_ASSERT_TRUE (same);
}

/* The tests */

static void
test_everything_by_hand (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
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
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_kind_and_level (s, LIAN_ORG_KIND_SERVICE_TEAM,
                                                                       LIAN_LEVEL_COUNTY), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations_by_kind_and_level (s, LIAN_ORG_KIND_SERVICE_TEAM,
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
  CU_ASSERT_EQUAL (lian_summary_get_n_activities_by_kind (s, LIAN_ACTIVITY_KIND_POLICY_DOCUMENT), 0);
}

static void
test_coverage_counts_an_enterprise_once (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(LianSummary) s = NULL;

  /* One enterprise in a branch and in a joint committee, one in an
   * alliance only, one in nothing: organisation coverage 1 of 3, work
   * coverage 2 of 3. */
  add (r, firm ("x1", "320214", NULL, NULL));
  add (r, firm ("x2", "320214", NULL, NULL));
  add (r, firm ("x3", "320214", NULL, NULL));
  add (r, org ("b", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_COUNTY, "320214", NULL, "x1", NULL));
  add (r, org ("j", LIAN_ORG_KIND_JOINT_COMMITTEE, LIAN_LEVEL_COUNTY, "320214", NULL, "x1", NULL));
  add (r, org ("a", LIAN_ORG_KIND_ALLIANCE, LIAN_LEVEL_COUNTY, "320214", NULL, "x1 x2", NULL));
  s = lian_summary_new (r, NULL, NULL);
  CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (s), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_organization_coverage (s), 1.0 / 3, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_work_coverage (s), 2.0 / 3, 1e-12);
  g_clear_object (&s);

  /* The same through a scope (another way through the registry). */
  {
    g_autoptr(LianFilter) scope = scope_of ("320214", NULL);
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

  add (r, firm ("x1", "320214", NULL, NULL));
  add (r, need ("m1", "x1", NULL, LIAN_NEED_CATEGORY_TAX, LIAN_NEED_STATUS_CLOSED,
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

  add (r, firm ("x1", "320214", NULL, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (1, 1, 2023);
      g_autofree char *id = g_strdup_printf ("m%u", i);
      char submitted[11], resolved[11];

      g_date_strftime (submitted, sizeof submitted, "%Y-%m-%d", date);
      g_date_add_days (date, days[i]);
      g_date_strftime (resolved, sizeof resolved, "%Y-%m-%d", date);
      add (r, need (id, "x1", NULL, LIAN_NEED_CATEGORY_TAX, LIAN_NEED_STATUS_RESOLVED,
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

  add (r, firm ("x1", "320214", NULL, NULL));
  add (r, need ("m1", "x1", NULL, LIAN_NEED_CATEGORY_TAX, LIAN_NEED_STATUS_RESOLVED,
                NULL, "2023-01-05", FALSE));
  add (r, need ("m2", "x1", NULL, LIAN_NEED_CATEGORY_TAX, LIAN_NEED_STATUS_RESOLVED,
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
  g_autoptr(LianRegistry) r = small_registry ();
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
  g_autoptr(LianRegistry) r = small_registry ();
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
  assert_same_figures (late, now);
}

static void
test_scope_by_region (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(LianFilter) wuxi = scope_of ("320200", NULL);
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
  /* o1, o2; s2, s3; needs of e1, e2, e3: n1 n2 n3 n5 n6, resolved 3 of 5
   * (none closed); bottleneck n1, n6; p1 (owner o1); a1, a2. */
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 5);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_RESOLVED), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (s, LIAN_NEED_STATUS_SUBMITTED), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_bottleneck_needs (s), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_resolution_rate (s), 0.6, 1e-12);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_loans_yuan (s), 1000000);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 2);
}

static void
test_scope_by_chain (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(LianFilter) nev = scope_of (NULL, "c2");
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
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(LianFilter) both = scope_of ("320214", "c1");
  g_autoptr(LianSummary) s = lian_summary_new (r, both, NULL);

  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (s), "新吴区, c1");
  /* c1 lies in the province: no chain. e1, e2; o1; s3; n1 n5 n6; p1; a1. */
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 1);
}

static void
test_scope_dates_keep_dated_kinds (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(LianFilter) since = g_object_new (LIAN_TYPE_FILTER, "since", "2023-03-01", NULL);
  g_autoptr(LianSummary) s = lian_summary_new (r, since, NULL);

  /* As lian_registry_select() decides: records without a date are out.
   * Needs submitted from 03-01: n1 n3 n4 n5; organisations founded: o2;
   * projects started: p1, p2; activities: a2, a3. */
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (s), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (s), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (s), 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (s), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (s), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (s), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (s), 2);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (s), "since 2023-03-01");
}

static void
test_scope_agrees_with_select (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  const char *regions[] = { NULL, "320000", "320200", "320214", "320500", "321100" };
  const char *chains[] = { NULL, "c1", "c2", "c3" };

  /* For each kind, the summary's count is what select() selects. */
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    for (guint j = 0; j < G_N_ELEMENTS (chains); j++)
      {
        g_autoptr(LianFilter) scope = scope_of (regions[i], chains[j]);
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
            selected = lian_registry_select (r, scope);
            CU_ASSERT_EQUAL (counts[k], g_list_model_get_n_items (selected));
          }
      }
}

static void
test_rollup_regions (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, NULL, "320000", NULL);
  g_autoptr(GListModel) counties = lian_summary_rollup_regions (r, NULL, "320200", NULL);
  g_autoptr(GListModel) none = lian_summary_rollup_regions (r, NULL, "320214", NULL);
  g_autoptr(LianSummary) wuxi = NULL, suzhou = NULL, xinwu = NULL, jiangyin = NULL;

  CU_ASSERT_EQUAL (g_list_model_get_item_type (cities), LIAN_TYPE_SUMMARY);
  /* Cities with records, by code: 320200 and 320500 (e4, n4, o4). */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (cities), 2);
  wuxi = g_list_model_get_item (cities, 0);
  suzhou = g_list_model_get_item (cities, 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (wuxi), "320200");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (wuxi), "无锡市");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (suzhou), "320500");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (suzhou), "苏州市");
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (suzhou), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (suzhou), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (suzhou), 1);
  {
    g_autoptr(LianFilter) scope = scope_of ("320200", NULL);
    g_autoptr(LianSummary) direct = lian_summary_new (r, scope, NULL);
    assert_same_figures (wuxi, direct);
  }

  /* Wuxi's counties with records: 320214 (c3, e1, e2, o1, s3, n1 n2 n5
   * n6, p1, a1), 320281 (e3, n3). What lies at 320200 itself (c2, o2, s2,
   * a2) is in neither. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (counties), 2);
  xinwu = g_list_model_get_item (counties, 0);
  jiangyin = g_list_model_get_item (counties, 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (xinwu), "320214");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (xinwu), "新吴区");
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (xinwu), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (xinwu), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (xinwu), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (xinwu), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (xinwu), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (xinwu), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (xinwu), 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (jiangyin), "320281");
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (jiangyin), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (jiangyin), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (jiangyin), 0);

  /* A county has nothing below it. */
  CU_ASSERT_EQUAL (g_list_model_get_n_items (none), 0);
}

static void
test_rollup_regions_with_scope_and_as_of (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(LianFilter) c1 = scope_of (NULL, "c1");
  g_autoptr(LianFilter) suzhou = scope_of ("320500", NULL);
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, c1, "320000", "2023-04-15");
  g_autoptr(GListModel) outside = lian_summary_rollup_regions (r, suzhou, "320200", NULL);
  g_autoptr(GListModel) within = lian_summary_rollup_regions (r, suzhou, "320000", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LianSummary) city = g_list_model_get_item (cities, i);
      g_autoptr(LianFilter) scope = scope_of (lian_summary_get_key (city), "c1");
      g_autoptr(LianSummary) direct = lian_summary_new (r, scope, "2023-04-15");

      assert_same_figures (city, direct);
      CU_ASSERT_STRING_EQUAL (lian_summary_get_as_of (city), "2023-04-15");
    }
  /* The scope's region and the one rolled up do not overlap: nothing. */
  CU_ASSERT_EQUAL (g_list_model_get_n_items (outside), 0);
  /* The scope's region is one of the cities: only it. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (within), 1);
  {
    g_autoptr(LianSummary) only = g_list_model_get_item (within, 0);
    CU_ASSERT_STRING_EQUAL (lian_summary_get_key (only), "320500");
  }
}

static void
test_rollup_chains (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(GListModel) chains = lian_summary_rollup_chains (r, NULL, NULL);
  g_autoptr(LianFilter) wuxi = scope_of ("320281", NULL);
  g_autoptr(GListModel) jiangyin = lian_summary_rollup_chains (r, wuxi, NULL);
  g_autoptr(LianSummary) c1 = NULL, c3 = NULL;

  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (chains), 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LianSummary) group = g_list_model_get_item (chains, i);
      g_autoptr(LianFilter) scope = scope_of (NULL, lian_summary_get_key (group));
      g_autoptr(LianSummary) direct = lian_summary_new (r, scope, NULL);

      assert_same_figures (group, direct);
    }
  /* c1: e1 e2 e4; o1 o2 o3; s1 s3; n1 n4 n5 n6; p1; a1 a2. e2 is also in
   * c2's. c3 has only itself and s1 (for every chain). */
  c1 = g_list_model_get_item (chains, 0);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (c1), "c1");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (c1), "c1");
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (c1), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (c1), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (c1), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (c1), 4);
  c3 = g_list_model_get_item (chains, 2);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (c3), "c3");
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (c3), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (c3), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (c3), 0);

  /* In 320281 only e3 and n3 (on c2) lie: only c2 is listed. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (jiangyin), 1);
  {
    g_autoptr(LianSummary) c2 = g_list_model_get_item (jiangyin, 0);
    CU_ASSERT_STRING_EQUAL (lian_summary_get_key (c2), "c2");
    CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (c2), "江阴市, c2");
    CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (c2), 1);
    CU_ASSERT_EQUAL (lian_summary_get_n_needs (c2), 1);
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
          g_autofree char *at = g_strconcat (by_nick[i].path, ".", klass->values[v].value_nick, NULL);
          CU_ASSERT_TRUE_FATAL (has_path (root, at));
          CU_ASSERT_EQUAL (int_at (root, at), 0);
        }
    }
  for (guint k = 0; k < kinds->n_values; k++)
    for (guint l = 0; l < levels->n_values; l++)
      {
        g_autofree char *at = g_strconcat ("organizations.by_kind_and_level.", kinds->values[k].value_nick,
                                           ".", levels->values[l].value_nick, NULL);
        CU_ASSERT_TRUE_FATAL (has_path (root, at));
        CU_ASSERT_EQUAL (int_at (root, at), 0);
      }

  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (json_node_get_object (root), "scope"), "all");
  CU_ASSERT_TRUE (json_object_get_null_member (json_node_get_object (root), "as_of"));
  needs = json_object_get_object_member (json_node_get_object (root), "needs");
  CU_ASSERT_EQUAL (json_object_get_double_member (needs, "resolution_rate"), 0.0);
  CU_ASSERT_TRUE (json_object_get_null_member (json_object_get_object_member (needs, "days_to_resolve"),
                                               "median"));
  /* The text is the same tree. */
  CU_ASSERT_PTR_NOT_NULL_FATAL (parsed);
  CU_ASSERT_TRUE (json_node_equal (root, parsed));
}

static void
test_to_json_values (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, NULL, "320000", "2023-12-31");
  g_autoptr(LianSummary) wuxi = g_list_model_get_item (cities, 0);
  g_autoptr(JsonNode) root = lian_summary_to_json (wuxi);
  JsonObject *o = json_node_get_object (root);

  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "key"), "320200");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "label"), "无锡市");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "scope"), "无锡市");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (o, "as_of"), "2023-12-31");
  CU_ASSERT_EQUAL (int_at (root, "needs.by_status.resolved"), 3);
  CU_ASSERT_EQUAL (int_at (root, "needs.by_category.financing"), 2);
  CU_ASSERT_EQUAL (int_at (root, "organizations.by_kind_and_level.branch.county"), 1);
  CU_ASSERT_EQUAL (int_at (root, "organizations.by_kind_and_level.joint-committee.city"), 1);
  CU_ASSERT_EQUAL (int_at (root, "chains.by_tier.advantage"), 1);
  CU_ASSERT_EQUAL (int_at (root, "projects.loans_yuan"), 1000000);
  CU_ASSERT_DOUBLE_EQUAL (json_object_get_double_member (
                            json_object_get_object_member (o, "needs"), "resolution_rate"), 0.6, 1e-12);
}

static void
test_snapshot_and_finalized (void)
{
  g_autoptr(LianRegistry) r = small_registry ();
  LianSummary *s = lian_summary_new (r, NULL, NULL);
  GListModel *chains = lian_summary_rollup_chains (r, NULL, NULL);
  gpointer weak_s = s, weak_list = chains, weak_item;
  LianSummary *item = g_list_model_get_item (chains, 0);

  weak_item = item;
  g_object_add_weak_pointer (G_OBJECT (s), &weak_s);
  g_object_add_weak_pointer (G_OBJECT (chains), &weak_list);
  g_object_add_weak_pointer (G_OBJECT (item), &weak_item);

  /* Later changes do not reach a summary. */
  add (r, firm ("e9", "320214", NULL, NULL));
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
  g_autoptr(LianRegistry) r = small_registry ();
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

/* Generated data, for what must hold on any data */

static const char *gen_cities[] = { "320200", "320500" };

static void
random_date (GRand *rand,
             char   out[11])
{
  g_autoptr(GDate) date = g_date_new_dmy (1, 1, 2023);

  g_date_add_days (date, g_rand_int_range (rand, 0, 365));
  g_date_strftime (out, 11, "%Y-%m-%d", date);
}

static void
random_county (GRand *rand,
               char   out[7])
{
  g_snprintf (out, 7, "%.4s%02d", gen_cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (gen_cities))],
              g_rand_int_range (rand, 1, 7));
}

/* A random registry in which every record lies at county level (so that
 * a city's figures are the sums of its counties'), with projects,
 * activities, need histories and organisations founded on various days. */
static LianRegistry *
generate (guint32 seed,
          guint   n_firms,
          guint   n_needs)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  LianRegistry *r = lian_registry_new ();
  static const char *clusters[] = { "集成电路", "新能源汽车", "生物医药" };
  const guint n_chains = 6, n_orgs = 30, n_services = 12, n_projects = 15, n_acts = 20;
  char region[7], date[11];

  for (guint i = 0; i < n_chains; i++)
    {
      g_autofree char *id = g_strdup_printf ("gc%u", i);
      random_county (rand, region);
      add (r, chain (id, g_rand_int_range (rand, 0, 4), LIAN_LEVEL_COUNTY, region,
                     g_rand_boolean (rand) ? clusters[g_rand_int_range (rand, 0, 3)] : NULL));
    }
  for (guint i = 0; i < n_firms; i++)
    {
      g_autofree char *id = g_strdup_printf ("gf%u", i);
      g_autofree char *c1 = g_strdup_printf ("gc%u", g_rand_int_range (rand, 0, n_chains));
      g_autofree char *c2 = g_strdup_printf ("gc%u", g_rand_int_range (rand, 0, n_chains));
      random_county (rand, region);
      add (r, firm (id, region, c1, g_rand_int_range (rand, 0, 3) == 0 && strcmp (c1, c2) ? c2 : NULL));
    }
  for (guint i = 0; i < n_orgs; i++)
    {
      g_autofree char *id = g_strdup_printf ("go%u", i);
      g_autofree char *c = g_strdup_printf ("gc%u", g_rand_int_range (rand, 0, n_chains));
      g_autoptr(GString) members = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 6);

      for (guint m = 0; m < n; m++)
        {
          guint f = g_rand_int_range (rand, 0, n_firms);
          g_autofree char *mid = g_strdup_printf (" gf%u ", f);
          if (strstr (members->str, mid) == NULL)
            g_string_append (members, mid);
        }
      random_county (rand, region);
      random_date (rand, date);
      add (r, org (id, g_rand_int_range (rand, 0, 8), LIAN_LEVEL_COUNTY, region,
                   g_rand_boolean (rand) ? date : NULL, members->str, c));
    }
  for (guint i = 0; i < n_services; i++)
    {
      g_autofree char *id = g_strdup_printf ("gs%u", i);
      g_autofree char *c = g_strdup_printf ("gc%u", g_rand_int_range (rand, 0, n_chains));
      random_county (rand, region);
      add (r, service (id, g_rand_int_range (rand, 0, 5), region, g_rand_boolean (rand) ? c : NULL));
    }
  for (guint i = 0; i < n_needs; i++)
    {
      g_autofree char *id = g_strdup_printf ("gn%u", i);
      g_autofree char *f = g_strdup_printf ("gf%u", g_rand_int_range (rand, 0, n_firms));
      g_autofree char *c = g_strdup_printf ("gc%u", g_rand_int_range (rand, 0, n_chains));
      LianNeedStatus status = g_rand_int_range (rand, 0, 5);
      g_autoptr(GDate) day = g_date_new_dmy (1, 1, 2023);
      char submitted[11], resolved[11];
      LianNeed *n;

      g_date_add_days (day, g_rand_int_range (rand, 0, 300));
      g_date_strftime (submitted, sizeof submitted, "%Y-%m-%d", day);
      g_date_add_days (day, g_rand_int_range (rand, 0, 60));
      g_date_strftime (resolved, sizeof resolved, "%Y-%m-%d", day);
      n = need (id, f, g_rand_boolean (rand) ? c : NULL, g_rand_int_range (rand, 0, 13), status,
                submitted, status == LIAN_NEED_STATUS_RESOLVED ? resolved : NULL,
                g_rand_int_range (rand, 0, 4) == 0);
      if (status != LIAN_NEED_STATUS_SUBMITTED && g_rand_boolean (rand))
        {
          g_autofree char *at = g_strdup_printf ("%sT12:00:00+08:00", resolved);
          event (n, at, status);
        }
      add (r, n);
    }
  for (guint i = 0; i < n_projects; i++)
    {
      g_autofree char *id = g_strdup_printf ("gp%u", i);
      g_autofree char *o = g_strdup_printf ("go%u", g_rand_int_range (rand, 0, n_orgs));
      g_autofree char *n = g_strdup_printf ("gn%u", g_rand_int_range (rand, 0, n_needs));
      random_date (rand, date);
      add (r, project (id, o, n, g_rand_int_range (rand, 0, 4), g_rand_boolean (rand) ? date : NULL,
                       g_rand_int_range (rand, 0, 1000000), g_rand_int_range (rand, 0, 10),
                       g_rand_int_range (rand, 0, 3)));
    }
  for (guint i = 0; i < n_acts; i++)
    {
      g_autofree char *id = g_strdup_printf ("ga%u", i);
      g_autofree char *o = g_strdup_printf ("go%u", g_rand_int_range (rand, 0, n_orgs));
      g_autofree char *c = g_strdup_printf ("gc%u", g_rand_int_range (rand, 0, n_chains));
      random_date (rand, date);
      add (r, activity (id, g_rand_int_range (rand, 0, 4), o, g_rand_boolean (rand) ? c : NULL, date));
    }
  return r;
}

/* Adds the integer figures of @node (by path) into @sums; the number of
 * distinct clusters does not add up and is left out. */
static void
add_counts (GHashTable *sums,
            const char *prefix,
            JsonNode   *node)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &member))
    {
      g_autofree char *path = g_strconcat (prefix, name, NULL);

      if (JSON_NODE_HOLDS_OBJECT (member))
        {
          g_autofree char *deeper = g_strconcat (path, ".", NULL);
          add_counts (sums, deeper, member);
        }
      else if (JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_INT64 &&
               strcmp (path, "chains.clusters") != 0)
        {
          gint64 *sum = g_hash_table_lookup (sums, path);
          if (sum == NULL)
            {
              sum = g_new0 (gint64, 1);
              g_hash_table_insert (sums, g_strdup (path), sum);
            }
          *sum += json_node_get_int (member);
        }
    }
}

static GHashTable *
counts_of (LianSummary *summary)
{
  GHashTable *sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonNode) node = lian_summary_to_json (summary);

  add_counts (sums, "", node);
  return sums;
}

/* Checks that @parent's counts are the sums of its roll-up's, and that
 * each region of the roll-up is the summary of its own scope. Returns
 * how many regions there were. */
static guint
check_rollup (LianRegistry *r,
              const char   *parent,
              const char   *chain_id,
              const char   *as_of)
{
  g_autoptr(LianFilter) scope = scope_of (NULL, chain_id);
  g_autoptr(LianFilter) at_parent = scope_of (parent, chain_id);
  g_autoptr(LianSummary) whole = lian_summary_new (r, at_parent, as_of);
  g_autoptr(GListModel) parts = lian_summary_rollup_regions (r, chain_id ? scope : NULL, parent, as_of);
  g_autoptr(GHashTable) expected = counts_of (whole);
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer path, value;
  guint failures = 0;

  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(LianSummary) part = g_list_model_get_item (parts, i);
      g_autoptr(LianFilter) own = scope_of (lian_summary_get_key (part), chain_id);
      g_autoptr(LianSummary) direct = lian_summary_new (r, own, as_of);
      g_autoptr(JsonNode) node = lian_summary_to_json (part);

      assert_same_figures (part, direct);
      add_counts (sums, "", node);
    }
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &path, &value))
    {
      gint64 *sum = g_hash_table_lookup (sums, path);
      gint64 got = sum ? *sum : 0;
      if (got != *(gint64 *) value)
        {
          g_printerr ("%s %s %s: %s is %" G_GINT64_FORMAT ", its parts add up to %" G_GINT64_FORMAT "\n",
                      parent, chain_id ? chain_id : "-", as_of ? as_of : "-", (char *) path,
                      *(gint64 *) value, got);
          failures++;
        }
    }
  CU_ASSERT_EQUAL (failures, 0);
  return g_list_model_get_n_items (parts);
}

static void
test_generated_rollups_add_up (void)
{
  const char *as_of[] = { NULL, "2023-06-30" };
  const char *chains[] = { NULL, "gc1" };

  for (guint32 seed = 1; seed <= 3; seed++)
    {
      g_autoptr(LianRegistry) r = generate (seed, 400, 2500);
      g_autoptr(LianSummary) all = lian_summary_new (r, NULL, NULL);

      CU_ASSERT_EQUAL (lian_summary_get_n_needs (all), 2500);
      for (guint a = 0; a < G_N_ELEMENTS (as_of); a++)
        for (guint c = 0; c < G_N_ELEMENTS (chains); c++)
          {
            /* The province by its cities, each city by its counties. */
            CU_ASSERT_EQUAL (check_rollup (r, "320000", chains[c], as_of[a]), 2);
            for (guint i = 0; i < G_N_ELEMENTS (gen_cities); i++)
              CU_ASSERT_EQUAL (check_rollup (r, gen_cities[i], chains[c], as_of[a]), 6);
          }
    }
}

static void
test_generated_chain_rollup_matches_scopes (void)
{
  g_autoptr(LianRegistry) r = generate (7, 300, 1500);
  g_autoptr(LianFilter) city = scope_of ("320500", NULL);
  LianFilter *scopes[] = { NULL, city };

  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    {
      g_autoptr(GListModel) chains = lian_summary_rollup_chains (r, scopes[i], "2023-09-01");

      CU_ASSERT_TRUE (g_list_model_get_n_items (chains) > 0);
      for (guint j = 0; j < g_list_model_get_n_items (chains); j++)
        {
          g_autoptr(LianSummary) group = g_list_model_get_item (chains, j);
          g_autoptr(LianFilter) own = scope_of (scopes[i] ? "320500" : NULL, lian_summary_get_key (group));
          g_autoptr(LianSummary) direct = lian_summary_new (r, own, "2023-09-01");

          assert_same_figures (group, direct);
        }
    }
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
    { "/lian/summary/rollup-regions", test_rollup_regions },
    { "/lian/summary/rollup-regions-with-scope-and-as-of", test_rollup_regions_with_scope_and_as_of },
    { "/lian/summary/rollup-chains", test_rollup_chains },
    { "/lian/summary/to-json-keys", test_to_json_keys },
    { "/lian/summary/to-json-values", test_to_json_values },
    { "/lian/summary/snapshot-and-finalized", test_snapshot_and_finalized },
    { "/lian/summary/properties", test_properties },
    { "/lian/summary/generated-rollups-add-up", test_generated_rollups_add_up },
    { "/lian/summary/generated-chain-rollup-matches-scopes", test_generated_chain_rollup_matches_scopes },
    { NULL, NULL },
  };
  return lian_test_run ("summary", tests);
}
