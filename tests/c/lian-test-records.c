/* lian-test-records.c: building registries in tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

char *
lian_test_uscc (const char *region,
                guint       n)
{
  g_autofree char *base = g_strdup_printf ("91%s%09u", region, n);
  g_autoptr(GError) error = NULL;
  char *code = lian_uscc_complete (base, &error);

  CU_ASSERT_PTR_NULL (error);
  return code;
}

void
lian_test_add (LianRegistry *registry,
               gpointer      record)
{
  g_autoptr(GError) error = NULL;

  if (!lian_registry_add (registry, record, &error))
    g_printerr ("cannot add %s: %s\n", lian_record_get_id (record), error->message);
  CU_ASSERT_PTR_NULL (error);
  g_object_unref (record);
}

LianChain *
lian_test_chain (const char    *id,
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

LianEnterprise *
lian_test_firm (const char *id,
                const char *region,
                const char *chain1,
                const char *chain2)
{
  static guint n;
  g_autofree char *uscc = lian_test_uscc (region, ++n);
  LianEnterprise *firm;

  firm = lian_enterprise_new (id, id, uscc, region);
  if (chain1)
    lian_enterprise_add_chain_link (firm, chain1, NULL, LIAN_CHAIN_ROLE_CORE);
  if (chain2)
    lian_enterprise_add_chain_link (firm, chain2, NULL, LIAN_CHAIN_ROLE_SUPPORTING);
  return firm;
}

LianPartyOrg *
lian_test_org (const char  *id,
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

LianServiceItem *
lian_test_service (const char      *id,
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

LianNeed *
lian_test_need (const char       *id,
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
void
lian_test_event (LianNeed       *need,
                 const char     *at,
                 LianNeedStatus  status)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(LianNeedEvent) e = NULL;

  g_assert (when != NULL);
  e = lian_need_event_new (when, status, NULL, NULL);
  lian_need_append_event (need, e);
}

LianActionProject *
lian_test_project (const char        *id,
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

LianActivity *
lian_test_activity (const char       *id,
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

const char *lian_test_cities[2] = { "320200", "320500" };

/* Random values are drawn one per statement, so that the data does not
 * depend on the order a compiler evaluates arguments in. */
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
  /* Six real counties of each city (GB/T 2260 checks them). */
  static const int counties[G_N_ELEMENTS (lian_test_cities)][6] = {
    { 5, 6, 11, 13, 14, 81 }, { 5, 6, 7, 8, 9, 81 },
  };
  guint c = g_rand_int_range (rand, 0, G_N_ELEMENTS (lian_test_cities));
  int county = counties[c][g_rand_int_range (rand, 0, 6)];

  g_snprintf (out, 7, "%.4s%02d", lian_test_cities[c], county);
}

static char *
random_id (GRand      *rand,
           const char *prefix,
           guint       n)
{
  return g_strdup_printf ("%s%u", prefix, g_rand_int_range (rand, 0, n));
}

/* A random registry in which every record lies at county level (so that
 * a city's figures are the sums of its counties'), with projects,
 * activities, need histories and organisations founded on various days. */
LianRegistry *
lian_test_generate (guint32 seed,
                    guint   n_firms,
                    guint   n_needs)
{
  static const char *clusters[] = { "集成电路", "新能源汽车", "生物医药" };
  const guint n_chains = 6, n_orgs = 30, n_services = 12, n_projects = 15, n_acts = 20;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  LianRegistry *r = lian_registry_new ();
  char region[7], date[11];

  for (guint i = 0; i < n_chains; i++)
    {
      g_autofree char *id = g_strdup_printf ("gc%u", i);
      LianChainTier tier = g_rand_int_range (rand, 0, 4);
      const char *cluster = g_rand_boolean (rand) ? clusters[g_rand_int_range (rand, 0, 3)] : NULL;

      random_county (rand, region);
      lian_test_add (r, lian_test_chain (id, tier, LIAN_LEVEL_COUNTY, region, cluster));
    }
  for (guint i = 0; i < n_firms; i++)
    {
      g_autofree char *id = g_strdup_printf ("gf%u", i);
      g_autofree char *c1 = random_id (rand, "gc", n_chains);
      g_autofree char *c2 = random_id (rand, "gc", n_chains);
      gboolean two = g_rand_int_range (rand, 0, 3) == 0 && strcmp (c1, c2) != 0;

      random_county (rand, region);
      lian_test_add (r, lian_test_firm (id, region, c1, two ? c2 : NULL));
    }
  for (guint i = 0; i < n_orgs; i++)
    {
      g_autofree char *id = g_strdup_printf ("go%u", i);
      g_autofree char *c = random_id (rand, "gc", n_chains);
      g_autoptr(GString) members = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 6);
      LianOrgKind kind;
      gboolean dated;

      for (guint m = 0; m < n; m++)
        {
          g_autofree char *member = random_id (rand, " gf", n_firms);
          g_autofree char *spaced = g_strconcat (member, " ", NULL);
          if (strstr (members->str, spaced) == NULL)
            g_string_append (members, spaced);
        }
      random_county (rand, region);
      random_date (rand, date);
      kind = g_rand_int_range (rand, 0, 8);
      dated = g_rand_boolean (rand);
      lian_test_add (r, lian_test_org (id, kind, LIAN_LEVEL_COUNTY, region, dated ? date : NULL,
                                       members->str, c));
    }
  for (guint i = 0; i < n_services; i++)
    {
      g_autofree char *id = g_strdup_printf ("gs%u", i);
      g_autofree char *c = random_id (rand, "gc", n_chains);
      LianServiceKind kind = g_rand_int_range (rand, 0, 5);
      gboolean any_chain = g_rand_boolean (rand);

      random_county (rand, region);
      lian_test_add (r, lian_test_service (id, kind, region, any_chain ? NULL : c));
    }
  for (guint i = 0; i < n_needs; i++)
    {
      g_autofree char *id = g_strdup_printf ("gn%u", i);
      g_autofree char *f = random_id (rand, "gf", n_firms);
      g_autofree char *c = random_id (rand, "gc", n_chains);
      gboolean on_chain = g_rand_boolean (rand);
      LianNeedCategory category = g_rand_int_range (rand, 0, 13);
      LianNeedStatus status = g_rand_int_range (rand, 0, 5);
      gboolean bottleneck = g_rand_int_range (rand, 0, 4) == 0;
      g_autoptr(GDate) day = g_date_new_dmy (1, 1, 2023);
      char submitted[11], resolved[11];
      LianNeed *n;

      g_date_add_days (day, g_rand_int_range (rand, 0, 300));
      g_date_strftime (submitted, sizeof submitted, "%Y-%m-%d", day);
      g_date_add_days (day, g_rand_int_range (rand, 0, 60));
      g_date_strftime (resolved, sizeof resolved, "%Y-%m-%d", day);
      n = lian_test_need (id, f, on_chain ? c : NULL, category, status, submitted,
                          status == LIAN_NEED_STATUS_RESOLVED ? resolved : NULL, bottleneck);
      /* Some moved on the day they were resolved or closed, or, for the
       * others, on that day too: a history of one event. */
      if (status != LIAN_NEED_STATUS_SUBMITTED && g_rand_boolean (rand))
        {
          g_autofree char *at = g_strdup_printf ("%sT12:00:00+08:00", resolved);
          lian_test_event (n, at, status);
        }
      lian_test_add (r, n);
    }
  for (guint i = 0; i < n_projects; i++)
    {
      g_autofree char *id = g_strdup_printf ("gp%u", i);
      g_autofree char *o = random_id (rand, "go", n_orgs);
      g_autofree char *n = random_id (rand, "gn", n_needs);
      LianProjectStatus status = g_rand_int_range (rand, 0, 4);
      gboolean dated = g_rand_boolean (rand);
      gint64 loans = g_rand_int_range (rand, 0, 1000000);
      guint talents = g_rand_int_range (rand, 0, 10);
      guint problems = g_rand_int_range (rand, 0, 3);

      random_date (rand, date);
      lian_test_add (r, lian_test_project (id, o, n, status, dated ? date : NULL,
                                           loans, talents, problems));
    }
  for (guint i = 0; i < n_acts; i++)
    {
      g_autofree char *id = g_strdup_printf ("ga%u", i);
      g_autofree char *o = random_id (rand, "go", n_orgs);
      g_autofree char *c = random_id (rand, "gc", n_chains);
      LianActivityKind kind = g_rand_int_range (rand, 0, 4);
      gboolean on_chain = g_rand_boolean (rand);

      random_date (rand, date);
      lian_test_add (r, lian_test_activity (id, kind, o, on_chain ? c : NULL, date));
    }
  return r;
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
LianRegistry *
lian_test_small_registry (void)
{
  LianRegistry *r = lian_registry_new ();
  LianNeed *n;

  lian_test_add (r, lian_test_chain ("c1", LIAN_CHAIN_TIER_KEY, LIAN_LEVEL_PROVINCE, "320000",
                                     "集成电路"));
  lian_test_add (r, lian_test_chain ("c2", LIAN_CHAIN_TIER_ADVANTAGE, LIAN_LEVEL_CITY, "320200",
                                     "新能源汽车"));
  lian_test_add (r, lian_test_chain ("c3", LIAN_CHAIN_TIER_UNRATED, LIAN_LEVEL_COUNTY, "320214",
                                     "集成电路"));

  lian_test_add (r, lian_test_firm ("e1", "320214", "c1", NULL));
  lian_test_add (r, lian_test_firm ("e2", "320214", "c1", "c2"));
  lian_test_add (r, lian_test_firm ("e3", "320281", "c2", NULL));
  lian_test_add (r, lian_test_firm ("e4", "320583", "c1", NULL));

  lian_test_add (r, lian_test_org ("o1", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_COUNTY, "320214",
                                   "2023-01-01", "e1 e2", "c1"));
  lian_test_add (r, lian_test_org ("o2", LIAN_ORG_KIND_JOINT_COMMITTEE, LIAN_LEVEL_CITY, "320200",
                                   "2023-06-01", "e1", "c1"));
  lian_test_add (r, lian_test_org ("o3", LIAN_ORG_KIND_ALLIANCE, LIAN_LEVEL_PROVINCE, "320000",
                                   "2022-01-01", "e3", "c1 c2"));
  lian_test_add (r, lian_test_org ("o4", LIAN_ORG_KIND_SERVICE_TEAM, LIAN_LEVEL_COUNTY, "320583",
                                   NULL, NULL, "c2"));

  lian_test_add (r, lian_test_service ("s1", LIAN_SERVICE_KIND_POLICY, "320000", NULL));
  lian_test_add (r, lian_test_service ("s2", LIAN_SERVICE_KIND_RESOURCE, "320200", "c2"));
  lian_test_add (r, lian_test_service ("s3", LIAN_SERVICE_KIND_CARRIER, "320214", "c1"));

  n = lian_test_need ("n1", "e1", "c1", LIAN_NEED_CATEGORY_FINANCING, LIAN_NEED_STATUS_RESOLVED,
                      "2023-03-01", "2023-03-01", TRUE);
  lian_test_event (n, "2023-03-01T09:00:00+08:00", LIAN_NEED_STATUS_ACCEPTED);
  lian_test_event (n, "2023-03-01T17:00:00+08:00", LIAN_NEED_STATUS_RESOLVED);
  lian_test_add (r, n);
  lian_test_add (r, lian_test_need ("n2", "e2", "c2", LIAN_NEED_CATEGORY_TECHNOLOGY,
                                    LIAN_NEED_STATUS_RESOLVED,
                                    "2023-02-01", "2023-02-11", FALSE));
  n = lian_test_need ("n3", "e3", "c2", LIAN_NEED_CATEGORY_TALENT, LIAN_NEED_STATUS_IN_PROGRESS,
                      "2023-04-01", NULL, FALSE);
  lian_test_event (n, "2023-04-02T10:00:00+08:00", LIAN_NEED_STATUS_ACCEPTED);
  lian_test_event (n, "2023-05-01T10:00:00+08:00", LIAN_NEED_STATUS_IN_PROGRESS);
  lian_test_add (r, n);
  n = lian_test_need ("n4", "e4", "c1", LIAN_NEED_CATEGORY_LAND, LIAN_NEED_STATUS_CLOSED,
                      "2023-05-01", NULL, FALSE);
  lian_test_event (n, "2023-05-10T10:00:00+08:00", LIAN_NEED_STATUS_CLOSED);
  lian_test_add (r, n);
  lian_test_add (r, lian_test_need ("n5", "e1", "c1", LIAN_NEED_CATEGORY_FINANCING,
                                    LIAN_NEED_STATUS_SUBMITTED,
                                    "2023-07-01", NULL, FALSE));
  n = lian_test_need ("n6", "e2", "c1", LIAN_NEED_CATEGORY_TECHNOLOGY, LIAN_NEED_STATUS_RESOLVED,
                      "2023-01-10", "2023-01-30", TRUE);
  lian_test_event (n, "2023-01-11T10:00:00+08:00", LIAN_NEED_STATUS_ACCEPTED);
  lian_test_event (n, "2023-01-30T10:00:00+08:00", LIAN_NEED_STATUS_RESOLVED);
  lian_test_add (r, n);

  lian_test_add (r, lian_test_project ("p1", "o1", "n1", LIAN_PROJECT_STATUS_DONE, "2023-03-01",
                                       1000000, 2, 1));
  lian_test_add (r, lian_test_project ("p2", "o3", "n3", LIAN_PROJECT_STATUS_ACTIVE, "2023-06-01",
                                       500, 0, 0));

  lian_test_add (r, lian_test_activity ("a1", LIAN_ACTIVITY_KIND_MEETING, "o1", "c1",
                                        "2023-02-01"));
  lian_test_add (r, lian_test_activity ("a2", LIAN_ACTIVITY_KIND_TRAINING, "o2", "c1",
                                        "2023-08-01"));
  lian_test_add (r, lian_test_activity ("a3", LIAN_ACTIVITY_KIND_CASE, "o3", "c2", "2023-03-01"));
  return r;
}

LianFilter *
lian_test_scope (const char *region,
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

void
lian_test_assert_same_figures (LianSummary *a,
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

GPtrArray *
lian_test_hold_all (LianRegistry *registry)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k <= LIAN_RECORD_KIND_PERSON; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (registry, k);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (records, g_list_model_get_item (list, i));
    }
  return records;
}

LianRegistry *
lian_test_sample_registry (void)
{
  const char *root = g_getenv ("LIAN_SOURCE_DIR");
  g_autofree char *path = g_build_filename (root ? root : ".", "data", "jiangsu-sample.json", NULL);
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_file (registry, path, NULL, &error));
  return registry;
}

char *
lian_test_sample_store (const char *dir,
                        const char *name)
{
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(LianStore) store = lian_store_open (path, &error);

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, sample, &error));
  lian_store_close (store);
  return path;
}

gboolean
lian_test_set_employees (LianRegistry  *registry,
                         const char    *id,
                         guint          n,
                         GError       **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_set_uint (g_value_init (&value, G_TYPE_UINT), n);
  return lian_registry_update (registry, lian_registry_lookup (registry, id), "employees",
                               &value, error);
}

void
lian_test_remove_added_cb (GListModel *journal,
                           guint       position,
                           guint       removed,
                           guint       added,
                           gpointer    registry)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (journal, i);
      g_autoptr(GError) error = NULL;

      if (lian_change_get_operation (change) == LIAN_CHANGE_OPERATION_ADD)
        CU_ASSERT_TRUE (lian_registry_remove (registry, lian_change_get_record_id (change),
                                              FALSE, NULL, &error));
    }
}
