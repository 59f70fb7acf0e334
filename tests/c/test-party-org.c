/* test-party-org.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

/* Asserts that @error is set and its message starts with @prefix. */
#define ALLIANCE_NAME "无锡市集成电路产业链党建联盟"

static void
log_notify_cb (GObject    *object,
               GParamSpec *pspec,
               GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static gboolean
strv_is (const char * const *strv,
         const char * const *expected)
{
  return strv != NULL && g_strv_equal (strv, expected);
}

static void
test_construct_with_properties (void)
{
  const char * const chains[] = { "chain-ic", "chain-bio", NULL };
  const char * const members[] = { "ent-1", "ent-2", NULL };
  g_autoptr(LianPartyOrg) org = g_object_new (LIAN_TYPE_PARTY_ORG,
                                              "id", "org-wx-ic",
                                              "name", ALLIANCE_NAME,
                                              "kind", LIAN_ORG_KIND_ALLIANCE,
                                              "level", LIAN_LEVEL_CITY,
                                              "region", "320200",
                                              "parent-id", "org-js",
                                              "chain-ids", chains,
                                              "member-ids", members,
                                              "party-members", 1200,
                                              "brand", "芯联盟",
                                              "founded", "2021-06-30",
                                              NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) read_back = NULL;

  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (org)), "org-wx-ic");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (org)), ALLIANCE_NAME);
  CU_ASSERT_EQUAL (lian_record_get_record_kind (LIAN_RECORD (org)), LIAN_RECORD_KIND_ORGANIZATION);
  CU_ASSERT_EQUAL (lian_party_org_get_kind (org), LIAN_ORG_KIND_ALLIANCE);
  CU_ASSERT_EQUAL (lian_party_org_get_level (org), LIAN_LEVEL_CITY);
  CU_ASSERT_STRING_EQUAL (lian_party_org_get_region (org), "320200");
  CU_ASSERT_STRING_EQUAL (lian_party_org_get_parent_id (org), "org-js");
  CU_ASSERT_TRUE (strv_is (lian_party_org_get_chain_ids (org), chains));
  CU_ASSERT_TRUE (strv_is (lian_party_org_get_member_ids (org), members));
  CU_ASSERT_EQUAL (lian_party_org_get_party_members (org), 1200);
  CU_ASSERT_STRING_EQUAL (lian_party_org_get_brand (org), "芯联盟");
  CU_ASSERT_STRING_EQUAL (lian_party_org_get_founded (org), "2021-06-30");
  g_object_get (org, "member-ids", &read_back, NULL);
  CU_ASSERT_TRUE (strv_is ((const char * const *) read_back, members));
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (org), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_new_and_defaults (void)
{
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", "镇江市新材料产业链党委",
                                                    LIAN_ORG_KIND_CHAIN_COMMITTEE);
  g_auto(GStrv) chains = NULL;

  CU_ASSERT_EQUAL (lian_party_org_get_kind (org), LIAN_ORG_KIND_CHAIN_COMMITTEE);
  CU_ASSERT_EQUAL (lian_party_org_get_level (org), LIAN_LEVEL_PROVINCE);
  CU_ASSERT_PTR_NULL (lian_party_org_get_region (org));
  CU_ASSERT_PTR_NULL (lian_party_org_get_parent_id (org));
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_party_org_get_chain_ids (org));
  CU_ASSERT_PTR_NULL (lian_party_org_get_chain_ids (org)[0]);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_party_org_get_member_ids (org));
  CU_ASSERT_PTR_NULL (lian_party_org_get_member_ids (org)[0]);
  CU_ASSERT_EQUAL (lian_party_org_get_party_members (org), 0);
  CU_ASSERT_PTR_NULL (lian_party_org_get_brand (org));
  CU_ASSERT_PTR_NULL (lian_party_org_get_founded (org));
  g_object_get (org, "chain-ids", &chains, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (chains);
  CU_ASSERT_PTR_NULL (chains[0]);
}

static void
test_setters_notify_once_per_change (void)
{
  const char * const chains[] = { "chain-ic", NULL };
  const char * const members[] = { "ent-1", NULL };
  const char * const none[] = { NULL };
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", ALLIANCE_NAME, LIAN_ORG_KIND_ALLIANCE);
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (org, "notify", G_CALLBACK (log_notify_cb), log);
  lian_party_org_set_kind (org, LIAN_ORG_KIND_ALLIANCE);
  lian_party_org_set_level (org, LIAN_LEVEL_PROVINCE);
  lian_party_org_set_region (org, NULL);
  lian_party_org_set_parent_id (org, NULL);
  lian_party_org_set_chain_ids (org, NULL);
  lian_party_org_set_chain_ids (org, none);
  lian_party_org_set_member_ids (org, NULL);
  lian_party_org_set_party_members (org, 0);
  lian_party_org_set_brand (org, NULL);
  lian_party_org_set_founded (org, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "");

  lian_party_org_set_kind (org, LIAN_ORG_KIND_BRANCH);
  lian_party_org_set_level (org, LIAN_LEVEL_COUNTY);
  lian_party_org_set_region (org, "320214");
  lian_party_org_set_parent_id (org, "org-wx-ic");
  lian_party_org_set_chain_ids (org, chains);
  lian_party_org_set_member_ids (org, members);
  lian_party_org_set_party_members (org, 35);
  lian_party_org_set_brand (org, "红芯");
  lian_party_org_set_founded (org, "2022-07-01");
  CU_ASSERT_STRING_EQUAL (log->str,
                          "kind;level;region;parent-id;chain-ids;member-ids;"
                          "party-members;brand;founded;");

  g_string_truncate (log, 0);
  lian_party_org_set_kind (org, LIAN_ORG_KIND_BRANCH);
  lian_party_org_set_level (org, LIAN_LEVEL_COUNTY);
  lian_party_org_set_region (org, "320214");
  lian_party_org_set_parent_id (org, "org-wx-ic");
  lian_party_org_set_chain_ids (org, chains);
  lian_party_org_set_member_ids (org, members);
  lian_party_org_set_party_members (org, 35);
  lian_party_org_set_brand (org, "红芯");
  lian_party_org_set_founded (org, "2022-07-01");
  g_object_set (org, "party-members", 35, "region", "320214", NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "");

  g_object_set (org, "party-members", 36, NULL);
  lian_party_org_set_region (org, NULL);
  lian_party_org_set_member_ids (org, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "party-members;region;member-ids;");
  CU_ASSERT_PTR_NULL (lian_party_org_get_member_ids (org)[0]);
}

static void
test_chains_refuse_duplicates_and_keep_order (void)
{
  const char * const after_add[] = { "chain-ic", "chain-bio", "chain-ev", NULL };
  const char * const after_remove[] = { "chain-ic", "chain-ev", NULL };
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", ALLIANCE_NAME, LIAN_ORG_KIND_ALLIANCE);
  int count = 0;

  g_signal_connect (org, "notify::chain-ids", G_CALLBACK (lian_test_count_notify_cb), &count);
  CU_ASSERT_FALSE (lian_party_org_serves_chain (org, "chain-ic"));
  CU_ASSERT_TRUE (lian_party_org_add_chain (org, "chain-ic"));
  CU_ASSERT_TRUE (lian_party_org_add_chain (org, "chain-bio"));
  CU_ASSERT_FALSE (lian_party_org_add_chain (org, "chain-ic"));
  CU_ASSERT_TRUE (lian_party_org_add_chain (org, "chain-ev"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_TRUE (strv_is (lian_party_org_get_chain_ids (org), after_add));
  CU_ASSERT_TRUE (lian_party_org_serves_chain (org, "chain-bio"));

  CU_ASSERT_TRUE (lian_party_org_remove_chain (org, "chain-bio"));
  CU_ASSERT_FALSE (lian_party_org_remove_chain (org, "chain-bio"));
  CU_ASSERT_EQUAL (count, 4);
  CU_ASSERT_TRUE (strv_is (lian_party_org_get_chain_ids (org), after_remove));
  CU_ASSERT_FALSE (lian_party_org_serves_chain (org, "chain-bio"));

  CU_ASSERT_TRUE (lian_party_org_remove_chain (org, "chain-ic"));
  CU_ASSERT_TRUE (lian_party_org_remove_chain (org, "chain-ev"));
  CU_ASSERT_EQUAL (count, 6);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_party_org_get_chain_ids (org));
  CU_ASSERT_PTR_NULL (lian_party_org_get_chain_ids (org)[0]);
  CU_ASSERT_FALSE (lian_party_org_remove_chain (org, "chain-ic"));
  CU_ASSERT_EQUAL (count, 6);
}

static void
test_members_refuse_duplicates_and_keep_order (void)
{
  const char * const after_add[] = { "ent-3", "ent-1", "ent-2", NULL };
  const char * const after_remove[] = { "ent-1", "ent-2", NULL };
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", ALLIANCE_NAME, LIAN_ORG_KIND_ALLIANCE);
  int count = 0;

  g_signal_connect (org, "notify::member-ids", G_CALLBACK (lian_test_count_notify_cb), &count);
  CU_ASSERT_TRUE (lian_party_org_add_member (org, "ent-3"));
  CU_ASSERT_TRUE (lian_party_org_add_member (org, "ent-1"));
  CU_ASSERT_TRUE (lian_party_org_add_member (org, "ent-2"));
  CU_ASSERT_FALSE (lian_party_org_add_member (org, "ent-1"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_TRUE (strv_is (lian_party_org_get_member_ids (org), after_add));
  CU_ASSERT_TRUE (lian_party_org_has_member (org, "ent-3"));
  CU_ASSERT_FALSE (lian_party_org_has_member (org, "ent-4"));

  CU_ASSERT_TRUE (lian_party_org_remove_member (org, "ent-3"));
  CU_ASSERT_FALSE (lian_party_org_remove_member (org, "ent-4"));
  CU_ASSERT_EQUAL (count, 4);
  CU_ASSERT_TRUE (strv_is (lian_party_org_get_member_ids (org), after_remove));
  CU_ASSERT_FALSE (lian_party_org_has_member (org, "ent-3"));
}

static void
test_grassroots_kinds (void)
{
  static const struct {
    LianOrgKind kind;
    gboolean grassroots;
  } cases[] = {
    { LIAN_ORG_KIND_ALLIANCE, FALSE },
    { LIAN_ORG_KIND_CHAIN_COMMITTEE, FALSE },
    { LIAN_ORG_KIND_JOINT_COMMITTEE, TRUE },
    { LIAN_ORG_KIND_BRANCH, TRUE },
    { LIAN_ORG_KIND_ACTION_BRANCH, TRUE },
    { LIAN_ORG_KIND_SERVICE_TEAM, FALSE },
    { LIAN_ORG_KIND_PARTY_SCHOOL, FALSE },
    { LIAN_ORG_KIND_ENTERPRISE, TRUE },
  };
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", ALLIANCE_NAME, LIAN_ORG_KIND_ALLIANCE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CU_ASSERT_EQUAL (lian_party_org_kind_is_grassroots (cases[i].kind), cases[i].grassroots);
      lian_party_org_set_kind (org, cases[i].kind);
      /* The deprecated form still answers the same. */
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      CU_ASSERT_EQUAL (lian_party_org_is_grassroots (org), cases[i].grassroots);
      G_GNUC_END_IGNORE_DEPRECATIONS
    }
}

static void
test_validate_names_bad_field (void)
{
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", NULL, LIAN_ORG_KIND_BRANCH);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "name: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  lian_record_set_name (LIAN_RECORD (org), "");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  lian_record_set_name (LIAN_RECORD (org), "集成电路产业链联合党委");

  lian_party_org_set_region (org, "990000");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "region: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  lian_party_org_set_region (org, "321100");

  lian_party_org_set_parent_id (org, "org 0");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "parent_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_party_org_set_parent_id (org, "org-1");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "parent_id: an organisation cannot be its own parent");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  lian_party_org_set_parent_id (org, "org-0");

  lian_party_org_add_chain (org, "chain-ic");
  lian_party_org_add_chain (org, "芯片链");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "chain_ids[1]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_party_org_remove_chain (org, "芯片链");

  lian_party_org_add_member (org, "");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "member_ids[0]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_party_org_remove_member (org, "");

  lian_party_org_set_founded (org, "2021-02-29");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "founded: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  lian_party_org_set_founded (org, "2020-02-29");

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (org), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_validate_stops_at_first_bad_field (void)
{
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", ALLIANCE_NAME, LIAN_ORG_KIND_ALLIANCE);
  g_autoptr(GError) error = NULL;

  lian_party_org_set_founded (org, "yesterday");
  lian_party_org_add_member (org, "ent 1");
  lian_party_org_set_parent_id (org, "org-1");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE (error, "parent_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);

  lian_party_org_set_parent_id (org, NULL);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (org), &error));
  LIAN_ASSERT_MESSAGE (error, "member_ids[0]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
}

static void
test_orgs_are_finalized (void)
{
  LianPartyOrg *org = lian_party_org_new ("org-1", ALLIANCE_NAME, LIAN_ORG_KIND_ALLIANCE);

  lian_party_org_add_chain (org, "chain-ic");
  lian_party_org_add_member (org, "ent-1");
  lian_party_org_set_region (org, "320200");
  g_object_add_weak_pointer (G_OBJECT (org), (gpointer *) &org);
  g_object_unref (org);
  CU_ASSERT_PTR_NULL (org);
}

/* Each kind and level, held in a byte, comes back as it was set; a value
 * that is none of the enum's is refused and leaves the organisation as it
 * was. */
static void
test_every_enum_value_is_kept (void)
{
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("org-1", "镇江市新材料产业链党委",
                                                    LIAN_ORG_KIND_CHAIN_COMMITTEE);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (LIAN_TYPE_ORG_KIND);
  g_autoptr(GEnumClass) levels = g_type_class_ref (LIAN_TYPE_LEVEL);

  for (guint i = 0; i < kinds->n_values; i++)
    {
      lian_party_org_set_kind (org, kinds->values[i].value);
      CU_ASSERT_EQUAL (lian_party_org_get_kind (org), kinds->values[i].value);
    }
  for (guint i = 0; i < levels->n_values; i++)
    {
      lian_party_org_set_level (org, levels->values[i].value);
      CU_ASSERT_EQUAL (lian_party_org_get_level (org), levels->values[i].value);
    }
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*kind <= LIAN_ORG_KIND_ENTERPRISE*");
  lian_party_org_set_kind (org, 256 + LIAN_ORG_KIND_BRANCH);
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*level <= LIAN_LEVEL_COUNTY*");
  lian_party_org_set_level (org, 256 + LIAN_LEVEL_CITY);
  g_test_assert_expected_messages ();
  CU_ASSERT_EQUAL (lian_party_org_get_kind (org), kinds->values[kinds->n_values - 1].value);
  CU_ASSERT_EQUAL (lian_party_org_get_level (org), LIAN_LEVEL_COUNTY);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/party-org/construct-with-properties", test_construct_with_properties },
    { "/lian/party-org/new-and-defaults", test_new_and_defaults },
    { "/lian/party-org/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/party-org/chains-refuse-duplicates-and-keep-order", test_chains_refuse_duplicates_and_keep_order },
    { "/lian/party-org/members-refuse-duplicates-and-keep-order", test_members_refuse_duplicates_and_keep_order },
    { "/lian/party-org/grassroots-kinds", test_grassroots_kinds },
    { "/lian/party-org/validate-names-bad-field", test_validate_names_bad_field },
    { "/lian/party-org/validate-stops-at-first-bad-field", test_validate_stops_at_first_bad_field },
    { "/lian/party-org/every-enum-value-is-kept", test_every_enum_value_is_kept },
    { "/lian/party-org/finalized", test_orgs_are_finalized },
    { NULL, NULL },
  };
  return lian_test_run ("party-org", tests);
}
