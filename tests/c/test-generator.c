/* test-generator.c: the jiangsu-2023 profile
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static guint
count (LianRegistry   *registry,
       LianRecordKind  kind)
{
  g_autoptr(GListModel) list = lian_registry_get_records (registry, kind);

  return g_list_model_get_n_items (list);
}

static guint
count_orgs (LianRegistry *registry,
            LianOrgKind   kind,
            const char   *region)
{
  g_autoptr(GListModel) orgs = lian_registry_get_organizations (registry);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(LianPartyOrg) org = g_list_model_get_item (orgs, i);
      if (lian_party_org_get_kind (org) == kind &&
          (region == NULL || lian_adcode_contains (region, lian_party_org_get_region (org))))
        n++;
    }
  return n;
}

static void
test_published_counts (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) services = NULL;
  g_autoptr(GListModel) activities = NULL;
  g_autoptr(LianFilter) wuxi = lian_filter_new (LIAN_RECORD_KIND_SERVICE);
  guint policy = 0, meetings = 0, cases = 0;

  CU_ASSERT_TRUE_FATAL (lian_registry_generate (registry, "jiangsu-2023", 1, 7, &error));
  CU_ASSERT_EQUAL (count (registry, LIAN_RECORD_KIND_ENTERPRISE), 28283);
  CU_ASSERT_EQUAL (count (registry, LIAN_RECORD_KIND_NEED), 17469);
  CU_ASSERT_EQUAL (count (registry, LIAN_RECORD_KIND_CHAIN), 90);
  CU_ASSERT_EQUAL (count (registry, LIAN_RECORD_KIND_SERVICE), 4689);
  CU_ASSERT_EQUAL (count_orgs (registry, LIAN_ORG_KIND_JOINT_COMMITTEE, "321100"), 8);
  CU_ASSERT_EQUAL (count_orgs (registry, LIAN_ORG_KIND_BRANCH, "321100"), 152);
  CU_ASSERT_EQUAL (count_orgs (registry, LIAN_ORG_KIND_ACTION_BRANCH, "320582"), 100);
  CU_ASSERT_EQUAL (count_orgs (registry, LIAN_ORG_KIND_PARTY_SCHOOL, "320612"), 12);
  CU_ASSERT_EQUAL (count_orgs (registry, LIAN_ORG_KIND_ALLIANCE, NULL) +
                   count_orgs (registry, LIAN_ORG_KIND_CHAIN_COMMITTEE, NULL), 434);

  lian_filter_set_region (wuxi, "320200");
  services = lian_registry_select (registry, wuxi, NULL);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (services), 499);

  activities = lian_registry_get_activities (registry);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(LianActivity) act = g_list_model_get_item (activities, i);
      policy += lian_activity_get_kind (act) == LIAN_ACTIVITY_KIND_POLICY_DOCUMENT;
      meetings += lian_activity_get_kind (act) == LIAN_ACTIVITY_KIND_MEETING;
      cases += lian_activity_get_kind (act) == LIAN_ACTIVITY_KIND_CASE;
    }
  CU_ASSERT_EQUAL (policy, 302);
  CU_ASSERT_EQUAL (meetings, 782);
  CU_ASSERT_EQUAL (cases, 90);
}

/* The profile as published, made once for the tests that only read it. */
static LianRegistry *profile;

static LianRegistry *
get_profile (void)
{
  if (profile == NULL)
    {
      g_autoptr(GError) error = NULL;

      profile = lian_registry_new ();
      CU_ASSERT_TRUE (lian_registry_generate (profile, "jiangsu-2023", 1, 7, &error));
      CU_ASSERT_PTR_NULL (error);
    }
  return profile;
}

/* The index of the city holding @code, 0 for 320100 … 12 for 321300. */
static guint
city_index (const char *code)
{
  return (guint) ((code[2] - '0') * 10 + (code[3] - '0') - 1);
}

#define N_CITIES 13

static void
test_every_city_gets_its_share (void)
{
  LianRegistry *registry = get_profile ();
  g_autoptr(GListModel) enterprises = lian_registry_get_enterprises (registry);
  g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
  g_autoptr(GListModel) orgs = lian_registry_get_organizations (registry);
  guint n_ents = g_list_model_get_n_items (enterprises), n_needs = g_list_model_get_n_items (needs);
  guint ents[N_CITIES] = { 0 }, city_needs[N_CITIES] = { 0 }, city_orgs[N_CITIES] = { 0 };

  for (guint i = 0; i < n_ents; i++)
    {
      g_autoptr(LianEnterprise) ent = g_list_model_get_item (enterprises, i);
      ents[city_index (lian_enterprise_get_region (ent))]++;
    }
  for (guint i = 0; i < n_needs; i++)
    {
      g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);
      LianEnterprise *ent = lian_registry_lookup_enterprise (registry, lian_need_get_enterprise_id (need));
      city_needs[city_index (lian_enterprise_get_region (ent))]++;
    }
  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(LianPartyOrg) org = g_list_model_get_item (orgs, i);
      LianOrgKind kind = lian_party_org_get_kind (org);
      if (kind == LIAN_ORG_KIND_ALLIANCE || kind == LIAN_ORG_KIND_CHAIN_COMMITTEE)
        city_orgs[city_index (lian_party_org_get_region (org))]++;
    }
  for (guint c = 0; c < N_CITIES; c++)
    {
      double share = (double) ents[c] / n_ents, need_share = (double) city_needs[c] / n_needs;

      /* The smallest economies (连云港, 宿迁) hold some 3.4% of the
       * province's GDP, Suzhou 19%. */
      CU_ASSERT_TRUE (share > 0.025 && share < 0.25);
      CU_ASSERT_TRUE (need_share > 0.7 * share && need_share < 1.3 * share);
      /* Of the 434 alliances and chain committees, at least 3% each. */
      CU_ASSERT_TRUE (city_orgs[c] >= 13);
    }
  /* Suzhou (320500) first, Wuxi and Nanjing ahead of Suqian (321300). */
  for (guint c = 0; c < N_CITIES; c++)
    CU_ASSERT_TRUE (ents[4] >= ents[c]);
  CU_ASSERT_TRUE (ents[0] > 2 * ents[12] && ents[1] > 2 * ents[12]);
  CU_ASSERT_TRUE (city_orgs[4] > 2 * city_orgs[12]);
}

static void
test_most_chain_enterprises_are_covered (void)
{
  LianRegistry *registry = get_profile ();
  g_autoptr(GListModel) orgs = lian_registry_get_organizations (registry);
  g_autoptr(GListModel) enterprises = lian_registry_get_enterprises (registry);
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (enterprises), n_covered = 0;
  guint ents[N_CITIES] = { 0 }, city_covered[N_CITIES] = { 0 };

  /* Through membership of a grassroots organisation, as LianSummary
   * counts organisation coverage. */
  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(LianPartyOrg) org = g_list_model_get_item (orgs, i);
      const char * const *members = lian_party_org_get_member_ids (org);

      if (lian_party_org_is_grassroots (org))
        for (guint m = 0; members[m]; m++)
          g_hash_table_add (covered, (gpointer) members[m]);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianEnterprise) ent = g_list_model_get_item (enterprises, i);
      guint c = city_index (lian_enterprise_get_region (ent));
      gboolean is_covered = g_hash_table_contains (covered, lian_record_get_id (LIAN_RECORD (ent)));

      ents[c]++;
      city_covered[c] += is_covered;
      n_covered += is_covered;
    }
  CU_ASSERT_TRUE ((double) n_covered / n > 0.85);
  CU_ASSERT_TRUE ((double) n_covered / n < 0.98);
  for (guint c = 0; c < N_CITIES; c++)
    CU_ASSERT_TRUE ((double) city_covered[c] / ents[c] > 0.8);
  /* Every chain leader has a party organisation of its own. */
  CU_ASSERT_TRUE (g_hash_table_contains (covered, "ent-000000"));
  CU_ASSERT_EQUAL (count_orgs (registry, LIAN_ORG_KIND_ENTERPRISE, NULL), 90);
}

static void
test_need_categories_are_uneven (void)
{
  LianRegistry *registry = get_profile ();
  g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
  guint by_category[LIAN_NEED_CATEGORY_OTHER + 1] = { 0 }, most = 0, least = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);
      by_category[lian_need_get_category (need)]++;
    }
  for (guint c = 0; c <= LIAN_NEED_CATEGORY_OTHER; c++)
    {
      most = MAX (most, by_category[c]);
      least = MIN (least, by_category[c]);
    }
  CU_ASSERT_EQUAL (most, by_category[LIAN_NEED_CATEGORY_FINANCING]);
  CU_ASSERT_TRUE (by_category[LIAN_NEED_CATEGORY_TECHNOLOGY] > 4 * by_category[LIAN_NEED_CATEGORY_LISTING]);
  CU_ASSERT_TRUE (least > 0);
  CU_ASSERT_TRUE (most > 5 * least);
}

static void
test_outcomes_roll_up_to_chains (void)
{
  LianRegistry *registry = get_profile ();
  g_autoptr(GListModel) projects = lian_registry_get_projects (registry);
  g_autoptr(GListModel) chains = lian_registry_get_chains (registry);
  gint64 loans = 0;
  guint talents = 0, solved = 0;

  /* Every project with an outcome bundles the resolved needs it served,
   * all on one chain. */
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(LianActionProject) p = g_list_model_get_item (projects, i);
      const char * const *ids = lian_action_project_get_need_ids (p);
      const char *chain = NULL;

      if (lian_action_project_get_loans_yuan (p) == 0 && lian_action_project_get_problems_solved (p) == 0)
        continue;
      CU_ASSERT_PTR_NOT_NULL_FATAL (ids[0]);
      for (guint k = 0; ids[k]; k++)
        {
          LianNeed *need = lian_registry_lookup_need (registry, ids[k]);

          CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_RESOLVED);
          CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (need), lian_record_get_id (LIAN_RECORD (p)));
          if (chain == NULL)
            chain = lian_need_get_chain_id (need);
          CU_ASSERT_STRING_EQUAL (lian_need_get_chain_id (need), chain);
        }
    }
  /* So the published outcomes add up over the chains. */
  for (guint i = 0; i < g_list_model_get_n_items (chains); i++)
    {
      g_autoptr(LianChain) chain = g_list_model_get_item (chains, i);
      g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_PROJECT);
      g_autoptr(GListModel) on_chain = NULL;

      lian_filter_set_chain_id (filter, lian_record_get_id (LIAN_RECORD (chain)));
      on_chain = lian_registry_select (registry, filter, NULL);
      for (guint k = 0; k < g_list_model_get_n_items (on_chain); k++)
        {
          g_autoptr(LianActionProject) p = g_list_model_get_item (on_chain, k);
          loans += lian_action_project_get_loans_yuan (p);
          talents += lian_action_project_get_talents (p);
          solved += lian_action_project_get_problems_solved (p);
        }
    }
  CU_ASSERT_EQUAL (loans, G_GINT64_CONSTANT (17280000000));
  CU_ASSERT_EQUAL (talents, 3000);
  CU_ASSERT_EQUAL (solved, 300);
}

static void
test_services_are_valid_over_years (void)
{
  LianRegistry *registry = get_profile ();
  g_autoptr(GListModel) services = lian_registry_get_services (registry);
  guint n = g_list_model_get_n_items (services), valid_then = 0, valid_later = 0, open_ended = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianServiceItem) item = g_list_model_get_item (services, i);
      valid_then += lian_service_item_is_valid_on (item, "2023-10-10");
      valid_later += lian_service_item_is_valid_on (item, "2027-01-01");
      open_ended += lian_service_item_get_valid_until (item) == NULL;
    }
  /* Most were valid when the figures were published; some have expired
   * since, a third run without end. */
  CU_ASSERT_TRUE (valid_then > n / 2);
  CU_ASSERT_TRUE (valid_later < valid_then && valid_later > n / 4);
  CU_ASSERT_TRUE (open_ended > n / 4 && open_ended < n / 2);
}

static void
test_same_seed_same_document (void)
{
  g_autoptr(LianRegistry) a = lian_registry_new ();
  g_autoptr(LianRegistry) b = lian_registry_new ();
  g_autoptr(LianRegistry) c = lian_registry_new ();
  g_autofree char *da = NULL, *db = NULL, *dc = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_generate (a, "jiangsu-2023", 1, 3, NULL));
  CU_ASSERT_TRUE_FATAL (lian_registry_generate (b, "jiangsu-2023", 1, 3, NULL));
  CU_ASSERT_TRUE_FATAL (lian_registry_generate (c, "jiangsu-2023", 1, 4, NULL));
  da = lian_registry_save_to_data (a, NULL);
  db = lian_registry_save_to_data (b, NULL);
  dc = lian_registry_save_to_data (c, NULL);
  CU_ASSERT_STRING_EQUAL (da, db);
  CU_ASSERT_STRING_NOT_EQUAL (da, dc);
}

static void
test_scale_multiplies (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();

  CU_ASSERT_TRUE_FATAL (lian_registry_generate (registry, "jiangsu-2023", 2, 1, NULL));
  CU_ASSERT_EQUAL (count (registry, LIAN_RECORD_KIND_ENTERPRISE), 2 * 28283);
  CU_ASSERT_EQUAL (count (registry, LIAN_RECORD_KIND_NEED), 2 * 17469);
  CU_ASSERT_EQUAL (count_orgs (registry, LIAN_ORG_KIND_PARTY_SCHOOL, "320612"), 24);
}

static void
test_unknown_profile_is_refused (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_registry_generate (registry, "zhejiang-2030", 1, 1, &error));
  LIAN_ASSERT_MESSAGE (error, "jiangsu-2023");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  CU_ASSERT_STRING_EQUAL (lian_registry_list_profiles ()[0], "jiangsu-2023");
}

static void
test_unknown_profile_in_chinese (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL, chinese = NULL;

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", &error));
  CU_ASSERT_FALSE (lian_registry_generate (registry, "zhejiang-2030", 1, 1, &chinese));
  lian_set_language (NULL, NULL);
  LIAN_ASSERT_MESSAGE (chinese, "未知的档案“zhejiang-2030”，可选：jiangsu-2023");
  CU_ASSERT_FALSE (lian_registry_generate (registry, "zhejiang-2030", 1, 1, &error));
  LIAN_ASSERT_MESSAGE (error, "unknown profile \"zhejiang-2030\"; expected one of jiangsu-2023");
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/generator/published-counts", test_published_counts },
    { "/lian/generator/same-seed-same-document", test_same_seed_same_document },
    { "/lian/generator/scale-multiplies", test_scale_multiplies },
    { "/lian/generator/unknown-profile-is-refused", test_unknown_profile_is_refused },
    { "/lian/generator/every-city-gets-its-share", test_every_city_gets_its_share },
    { "/lian/generator/most-chain-enterprises-are-covered", test_most_chain_enterprises_are_covered },
    { "/lian/generator/need-categories-are-uneven", test_need_categories_are_uneven },
    { "/lian/generator/outcomes-roll-up-to-chains", test_outcomes_roll_up_to_chains },
    { "/lian/generator/services-are-valid-over-years", test_services_are_valid_over_years },
    { "/lian/generator/unknown-profile-in-chinese", test_unknown_profile_in_chinese },
    { NULL, NULL },
  };
  int status = lian_test_run ("generator", tests);

  g_clear_object (&profile);
  return status;
}
