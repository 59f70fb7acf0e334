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
          (region == NULL || lian_region_code_contains (region, lian_party_org_get_region (org))))
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

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/generator/published-counts", test_published_counts },
    { "/lian/generator/same-seed-same-document", test_same_seed_same_document },
    { "/lian/generator/scale-multiplies", test_scale_multiplies },
    { "/lian/generator/unknown-profile-is-refused", test_unknown_profile_is_refused },
    { NULL, NULL },
  };
  return lian_test_run ("generator", tests);
}
