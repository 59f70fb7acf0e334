/* test-enterprise.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

#define USCC_WX "91320214745555318W"
#define USCC_SZ "913205056082348768"

static void
record_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (pspec->name));
}

static GPtrArray *
watch_notify (LianEnterprise *ent)
{
  GPtrArray *seen = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (ent, "notify", G_CALLBACK (record_notify_cb), seen);
  return seen;
}

static gboolean
seen_equal (GPtrArray         *seen,
            const char * const expected[])
{
  guint n = g_strv_length ((char **) expected);

  if (seen->len != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (strcmp (g_ptr_array_index (seen, i), expected[i]) != 0)
      return FALSE;
  return TRUE;
}

static LianEnterprise *
valid_enterprise (void)
{
  return lian_enterprise_new ("ent-wx", "无锡华润微电子有限公司", USCC_WX, "320214");
}

static void
test_construct_with_properties (void)
{
  g_autoptr(LianEnterprise) ent = g_object_new (LIAN_TYPE_ENTERPRISE,
                                                "id", "ent-sz",
                                                "name", "苏州某某科技有限公司",
                                                "uscc", USCC_SZ,
                                                "region", "320505",
                                                "size", LIAN_ENTERPRISE_SIZE_MEDIUM,
                                                "tags", LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_PRIVATE,
                                                "employees", 850,
                                                "party-members", 62,
                                                "contact-name", "王经理",
                                                "contact-phone", "0512-66668888",
                                                "parent-id", "ent-hq-sh",
                                                NULL);
  g_auto(GStrv) chain_ids = NULL;
  LianEnterpriseTags tags = 0;
  guint party_members = 0;
  g_autoptr(GError) error = NULL;

  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (ent)), "ent-sz");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "苏州某某科技有限公司");
  CU_ASSERT_EQUAL (lian_record_get_record_kind (LIAN_RECORD (ent)), LIAN_RECORD_KIND_ENTERPRISE);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_uscc (ent), USCC_SZ);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_region (ent), "320505");
  CU_ASSERT_EQUAL (lian_enterprise_get_size (ent), LIAN_ENTERPRISE_SIZE_MEDIUM);
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent), LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_PRIVATE);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 850);
  CU_ASSERT_EQUAL (lian_enterprise_get_party_members (ent), 62);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_name (ent), "王经理");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (ent), "0512-66668888");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_parent_id (ent), "ent-hq-sh");

  g_object_get (ent, "tags", &tags, "party-members", &party_members,
                "chain-ids", &chain_ids, NULL);
  CU_ASSERT_EQUAL (tags, LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_PRIVATE);
  CU_ASSERT_EQUAL (party_members, 62);
  CU_ASSERT_PTR_NOT_NULL_FATAL (chain_ids);
  CU_ASSERT_PTR_NULL (chain_ids[0]);

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (ent), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_new_and_defaults (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (ent)), "ent-wx");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "无锡华润微电子有限公司");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_uscc (ent), USCC_WX);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_region (ent), "320214");
  CU_ASSERT_EQUAL (lian_enterprise_get_size (ent), LIAN_ENTERPRISE_SIZE_UNKNOWN);
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent), LIAN_ENTERPRISE_TAGS_NONE);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 0);
  CU_ASSERT_EQUAL (lian_enterprise_get_party_members (ent), 0);
  CU_ASSERT_PTR_NULL (lian_enterprise_get_contact_name (ent));
  CU_ASSERT_PTR_NULL (lian_enterprise_get_contact_phone (ent));
  CU_ASSERT_PTR_NULL (lian_enterprise_get_parent_id (ent));
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_enterprise_get_chain_links (ent));
  CU_ASSERT_EQUAL (lian_enterprise_get_chain_links (ent)->len, 0);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_enterprise_get_chain_ids (ent));
  CU_ASSERT_PTR_NULL (lian_enterprise_get_chain_ids (ent)[0]);
  CU_ASSERT_PTR_NULL (lian_enterprise_get_chain_link (ent, "chain-ic"));
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (ent), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_setters_notify_once_per_change (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(GPtrArray) seen = watch_notify (ent);
  static const char * const expected[] = {
    "uscc", "region", "size", "tags", "employees", "party-members",
    "contact-name", "contact-phone", "parent-id", NULL,
  };

  /* Nothing changes. */
  lian_enterprise_set_uscc (ent, USCC_WX);
  lian_enterprise_set_region (ent, "320214");
  lian_enterprise_set_size (ent, LIAN_ENTERPRISE_SIZE_UNKNOWN);
  lian_enterprise_set_tags (ent, LIAN_ENTERPRISE_TAGS_NONE);
  lian_enterprise_set_employees (ent, 0);
  lian_enterprise_set_party_members (ent, 0);
  lian_enterprise_set_contact_name (ent, NULL);
  lian_enterprise_set_contact_phone (ent, NULL);
  lian_enterprise_set_parent_id (ent, NULL);
  CU_ASSERT_EQUAL (seen->len, 0);

  lian_enterprise_set_uscc (ent, USCC_SZ);
  lian_enterprise_set_region (ent, "320505");
  lian_enterprise_set_size (ent, LIAN_ENTERPRISE_SIZE_LARGE);
  lian_enterprise_set_tags (ent, LIAN_ENTERPRISE_TAGS_LISTED);
  lian_enterprise_set_employees (ent, 3000);
  lian_enterprise_set_party_members (ent, 210);
  lian_enterprise_set_contact_name (ent, "李主任");
  lian_enterprise_set_contact_phone (ent, "0510-85800000");
  lian_enterprise_set_parent_id (ent, "ent-hq");
  CU_ASSERT_TRUE (seen_equal (seen, expected));

  /* The same values again: no more notifications. */
  lian_enterprise_set_uscc (ent, USCC_SZ);
  lian_enterprise_set_region (ent, "320505");
  lian_enterprise_set_size (ent, LIAN_ENTERPRISE_SIZE_LARGE);
  lian_enterprise_set_tags (ent, LIAN_ENTERPRISE_TAGS_LISTED);
  lian_enterprise_set_employees (ent, 3000);
  lian_enterprise_set_party_members (ent, 210);
  lian_enterprise_set_contact_name (ent, "李主任");
  lian_enterprise_set_contact_phone (ent, "0510-85800000");
  lian_enterprise_set_parent_id (ent, "ent-hq");
  g_object_set (ent, "employees", 3000, "parent-id", "ent-hq", NULL);
  CU_ASSERT_TRUE (seen_equal (seen, expected));

  /* Through properties, one notification each. */
  g_object_set (ent, "employees", 3001, NULL);
  CU_ASSERT_EQUAL (seen->len, 10);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (seen, 9), "employees");
  g_signal_handlers_disconnect_by_data (ent, seen);
}

static void
test_tags (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();

  CU_ASSERT_TRUE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_NONE));
  CU_ASSERT_FALSE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_SRDI));

  lian_enterprise_set_tags (ent, LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_LITTLE_GIANT |
                                 LIAN_ENTERPRISE_TAGS_HEADQUARTERS);
  CU_ASSERT_TRUE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_SRDI));
  CU_ASSERT_TRUE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_HEADQUARTERS));
  CU_ASSERT_TRUE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_SRDI |
                                                LIAN_ENTERPRISE_TAGS_LITTLE_GIANT));
  CU_ASSERT_FALSE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_LISTED));
  /* Several tags: all of them, not any of them. */
  CU_ASSERT_FALSE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_SRDI |
                                                 LIAN_ENTERPRISE_TAGS_LISTED));

  lian_enterprise_set_tags (ent, LIAN_ENTERPRISE_TAGS_NONE);
  CU_ASSERT_FALSE (lian_enterprise_has_tag (ent, LIAN_ENTERPRISE_TAGS_SRDI));
}

static gboolean
chain_ids_are (LianEnterprise     *ent,
               const char * const  expected[])
{
  GPtrArray *links = lian_enterprise_get_chain_links (ent);
  const char * const *ids = lian_enterprise_get_chain_ids (ent);

  if (!g_strv_equal (ids, expected) || links->len != g_strv_length ((char **) expected))
    return FALSE;
  for (guint i = 0; i < links->len; i++)
    if (strcmp (lian_chain_link_get_chain_id (g_ptr_array_index (links, i)), expected[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
test_chain_links_add_keeps_order (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  static const char * const two[] = { "chain-ic", "chain-auto", NULL };
  static const char * const three[] = { "chain-ic", "chain-auto", "chain-bio", NULL };
  LianChainLink *link;

  lian_enterprise_add_chain_link (ent, "chain-ic", "封装测试", LIAN_CHAIN_ROLE_LEADER);
  lian_enterprise_add_chain_link (ent, "chain-auto", NULL, LIAN_CHAIN_ROLE_SUPPORTING);
  CU_ASSERT_TRUE (chain_ids_are (ent, two));
  lian_enterprise_add_chain_link (ent, "chain-bio", "原料", LIAN_CHAIN_ROLE_SERVICE);
  CU_ASSERT_TRUE (chain_ids_are (ent, three));

  link = lian_enterprise_get_chain_link (ent, "chain-ic");
  CU_ASSERT_PTR_NOT_NULL_FATAL (link);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "封装测试");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_LEADER);
  link = lian_enterprise_get_chain_link (ent, "chain-auto");
  CU_ASSERT_PTR_NOT_NULL_FATAL (link);
  CU_ASSERT_PTR_NULL (lian_chain_link_get_segment (link));
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_SUPPORTING);
  CU_ASSERT_PTR_EQUAL (g_ptr_array_index (lian_enterprise_get_chain_links (ent), 1), link);
  CU_ASSERT_PTR_NULL (lian_enterprise_get_chain_link (ent, "chain-none"));
}

static void
test_chain_links_replace_in_place (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(GPtrArray) seen = NULL;
  g_autoptr(LianChainLink) old = NULL;
  static const char * const ids[] = { "chain-ic", "chain-auto", "chain-bio", NULL };
  LianChainLink *link;

  lian_enterprise_add_chain_link (ent, "chain-ic", "design", LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_add_chain_link (ent, "chain-auto", NULL, LIAN_CHAIN_ROLE_SUPPORTING);
  lian_enterprise_add_chain_link (ent, "chain-bio", NULL, LIAN_CHAIN_ROLE_SERVICE);
  old = lian_chain_link_ref (lian_enterprise_get_chain_link (ent, "chain-auto"));
  seen = watch_notify (ent);

  /* The same link again: nothing changes. */
  lian_enterprise_add_chain_link (ent, "chain-auto", NULL, LIAN_CHAIN_ROLE_SUPPORTING);
  CU_ASSERT_EQUAL (seen->len, 0);
  CU_ASSERT_PTR_EQUAL (lian_enterprise_get_chain_link (ent, "chain-auto"), old);

  /* Another role: replaced where it stands, one notification. */
  lian_enterprise_add_chain_link (ent, "chain-auto", NULL, LIAN_CHAIN_ROLE_LEADER);
  CU_ASSERT_EQUAL (seen->len, 1);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (seen, 0), "chain-ids");
  CU_ASSERT_TRUE (chain_ids_are (ent, ids));
  link = lian_enterprise_get_chain_link (ent, "chain-auto");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_LEADER);
  /* The old link is immutable: whoever holds it still sees what it said. */
  CU_ASSERT_EQUAL (lian_chain_link_get_role (old), LIAN_CHAIN_ROLE_SUPPORTING);

  /* Another segment, then none. */
  lian_enterprise_add_chain_link (ent, "chain-auto", "电池", LIAN_CHAIN_ROLE_LEADER);
  CU_ASSERT_EQUAL (seen->len, 2);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (lian_enterprise_get_chain_link (ent, "chain-auto")), "电池");
  lian_enterprise_add_chain_link (ent, "chain-auto", NULL, LIAN_CHAIN_ROLE_LEADER);
  CU_ASSERT_EQUAL (seen->len, 3);
  CU_ASSERT_PTR_NULL (lian_chain_link_get_segment (lian_enterprise_get_chain_link (ent, "chain-auto")));
  CU_ASSERT_TRUE (chain_ids_are (ent, ids));
  CU_ASSERT_EQUAL (lian_enterprise_get_chain_links (ent)->len, 3);
  g_signal_handlers_disconnect_by_data (ent, seen);
}

static void
test_chain_links_remove (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(GPtrArray) seen = NULL;
  static const char * const after[] = { "chain-ic", "chain-bio", NULL };
  static const char * const last[] = { "chain-bio", NULL };
  static const char * const none[] = { NULL };

  lian_enterprise_add_chain_link (ent, "chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_add_chain_link (ent, "chain-auto", NULL, LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_add_chain_link (ent, "chain-bio", NULL, LIAN_CHAIN_ROLE_CORE);
  seen = watch_notify (ent);

  CU_ASSERT_FALSE (lian_enterprise_remove_chain_link (ent, "chain-none"));
  CU_ASSERT_EQUAL (seen->len, 0);
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-auto"));
  CU_ASSERT_EQUAL (seen->len, 1);
  CU_ASSERT_TRUE (chain_ids_are (ent, after));
  CU_ASSERT_FALSE (lian_enterprise_remove_chain_link (ent, "chain-auto"));
  CU_ASSERT_EQUAL (seen->len, 1);
  CU_ASSERT_PTR_NULL (lian_enterprise_get_chain_link (ent, "chain-auto"));
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-ic"));
  CU_ASSERT_TRUE (chain_ids_are (ent, last));
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-bio"));
  CU_ASSERT_TRUE (chain_ids_are (ent, none));
  CU_ASSERT_PTR_NOT_NULL (lian_enterprise_get_chain_ids (ent));
  CU_ASSERT_EQUAL (seen->len, 3);

  /* Added again after removal: at the end. */
  lian_enterprise_add_chain_link (ent, "chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_EQUAL (seen->len, 4);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_chain_ids (ent)[0], "chain-ic");
  CU_ASSERT_PTR_NULL (lian_enterprise_get_chain_ids (ent)[1]);
  /* From one to two again, and back to the other one. */
  lian_enterprise_add_chain_link (ent, "chain-bio", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_TRUE (chain_ids_are (ent, after));
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-ic"));
  CU_ASSERT_TRUE (chain_ids_are (ent, last));
  CU_ASSERT_EQUAL (seen->len, 6);
  g_signal_handlers_disconnect_by_data (ent, seen);
}

static void
chain_ids_notify_cb (GObject    *object,
                     GParamSpec *pspec,
                     GStrv      *snapshot)
{
  g_strfreev (*snapshot);
  g_object_get (object, "chain-ids", snapshot, NULL);
}

static void
test_chain_ids_property_follows_links (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_auto(GStrv) snapshot = NULL;
  static const char * const one[] = { "chain-ic", NULL };
  static const char * const two[] = { "chain-ic", "chain-bio", NULL };

  g_signal_connect (ent, "notify::chain-ids", G_CALLBACK (chain_ids_notify_cb), &snapshot);
  lian_enterprise_add_chain_link (ent, "chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_PTR_NOT_NULL_FATAL (snapshot);
  CU_ASSERT_TRUE (g_strv_equal ((const char * const *) snapshot, one));
  lian_enterprise_add_chain_link (ent, "chain-bio", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_TRUE (g_strv_equal ((const char * const *) snapshot, two));
  lian_enterprise_remove_chain_link (ent, "chain-ic");
  CU_ASSERT_STRING_EQUAL (snapshot[0], "chain-bio");
  CU_ASSERT_PTR_NULL (snapshot[1]);
  g_signal_handlers_disconnect_by_data (ent, &snapshot);
}

static void
assert_invalid (LianEnterprise *ent,
                int             code,
                const char     *message)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (ent), &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  if (!g_str_has_prefix (error->message, message))
    g_printerr ("message \"%s\" does not start with \"%s\"\n", error->message, message);
  CU_ASSERT_TRUE (g_str_has_prefix (error->message, message));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, code);
}

static void
test_validate_required_fields (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(LianEnterprise) bad_id = lian_enterprise_new ("ent wx", NULL, NULL, NULL);

  /* The base class first: the id. */
  assert_invalid (bad_id, LIAN_DATA_ERROR_INVALID_ID, "id: ");

  lian_record_set_name (LIAN_RECORD (ent), NULL);
  assert_invalid (ent, LIAN_DATA_ERROR_MISSING, "name: ");
  lian_record_set_name (LIAN_RECORD (ent), "");
  assert_invalid (ent, LIAN_DATA_ERROR_MISSING, "name: ");
  lian_record_set_name (LIAN_RECORD (ent), "无锡华润微电子有限公司");

  lian_enterprise_set_uscc (ent, NULL);
  assert_invalid (ent, LIAN_DATA_ERROR_MISSING, "uscc: ");
  lian_enterprise_set_uscc (ent, "");
  assert_invalid (ent, LIAN_DATA_ERROR_MISSING, "uscc: ");
  lian_enterprise_set_uscc (ent, USCC_WX);

  lian_enterprise_set_region (ent, NULL);
  assert_invalid (ent, LIAN_DATA_ERROR_MISSING, "region: ");
  lian_enterprise_set_region (ent, "320214");
}

static void
test_validate_uscc_exactly_as_stored (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(GError) error = NULL;

  lian_enterprise_set_uscc (ent, "91320214745555318X");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (ent), &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "uscc: check character is 'W', not 'X'");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);

  lian_enterprise_set_uscc (ent, "9132021474555531");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_USCC, "uscc: a credit code has 18 characters");

  /* Valid once normalised, but not as stored: refused, and left alone. */
  lian_enterprise_set_uscc (ent, "91320214745555318w");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_USCC, "uscc: ");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_uscc (ent), "91320214745555318w");
  lian_enterprise_set_uscc (ent, "9132 0214 7455 5531 8W");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (ent), &error));
  LIAN_ASSERT_MESSAGE (error, "91320214745555318W");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_uscc (ent), "9132 0214 7455 5531 8W");

  lian_enterprise_set_uscc (ent, USCC_SZ);
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (ent), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_validate_region_and_order (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();

  lian_enterprise_set_region (ent, "32021");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_REGION, "region: ");
  lian_enterprise_set_region (ent, "990000");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_REGION, "region: ");

  /* The first bad field in declaration order is the one reported. */
  lian_enterprise_set_uscc (ent, "91320214745555318X");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_USCC, "uscc: ");
  lian_record_set_name (LIAN_RECORD (ent), NULL);
  assert_invalid (ent, LIAN_DATA_ERROR_MISSING, "name: ");
}

static void
test_validate_parent_id (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(GError) error = NULL;

  lian_enterprise_set_parent_id (ent, "ent hq");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_ID, "parent_id: ");
  lian_enterprise_set_parent_id (ent, "ent-wx");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_VALUE, "parent_id: ");
  /* Headquarters in another province: any other id will do. */
  lian_enterprise_set_parent_id (ent, "ent-hq-beijing");
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (ent), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_validate_chain_links (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  g_autoptr(GError) error = NULL;

  lian_enterprise_add_chain_link (ent, "chain-ic", "design", LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_add_chain_link (ent, "chain bio", NULL, LIAN_CHAIN_ROLE_CORE);
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_ID, "chain_links[1].chain: ");
  lian_enterprise_remove_chain_link (ent, "chain bio");
  lian_enterprise_add_chain_link (ent, "", NULL, LIAN_CHAIN_ROLE_CORE);
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_ID, "chain_links[1].chain: ");
  lian_enterprise_remove_chain_link (ent, "");

  lian_enterprise_add_chain_link (ent, "chain-ic", "", LIAN_CHAIN_ROLE_CORE);
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_VALUE, "chain_links[0].segment: ");
  lian_enterprise_add_chain_link (ent, "chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (ent), &error));
  CU_ASSERT_PTR_NULL (error);

  /* Fields come before the links. */
  lian_enterprise_add_chain_link (ent, "chain bio", NULL, LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_set_parent_id (ent, "ent-wx");
  assert_invalid (ent, LIAN_DATA_ERROR_INVALID_VALUE, "parent_id: ");
}

static void
test_enterprise_is_finalized_links_outlive_it (void)
{
  LianEnterprise *ent = valid_enterprise ();
  g_autoptr(LianChainLink) link = NULL;

  lian_enterprise_add_chain_link (ent, "chain-ic", "设计", LIAN_CHAIN_ROLE_LEADER);
  link = lian_chain_link_ref (lian_enterprise_get_chain_link (ent, "chain-ic"));
  g_object_add_weak_pointer (G_OBJECT (ent), (gpointer *) &ent);
  g_object_unref (ent);
  CU_ASSERT_PTR_NULL (ent);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_chain_id (link), "chain-ic");
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "设计");
}

/* Past a handful of links the enterprise finds them through a table: it
 * must say the same as the list after adds, replacements and removals. */
static void
test_chain_links_many (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  GPtrArray *links = lian_enterprise_get_chain_links (ent);
  const guint n = 2000;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      lian_enterprise_add_chain_link (ent, id, NULL, LIAN_CHAIN_ROLE_CORE);
    }
  CU_ASSERT_EQUAL_FATAL (links->len, n);
  /* Replaced where it stands; every third one taken off. */
  lian_enterprise_add_chain_link (ent, "chain-1500", "封装测试", LIAN_CHAIN_ROLE_LEADER);
  for (guint i = 0; i < n; i += 3)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, id));
      CU_ASSERT_FALSE (lian_enterprise_remove_chain_link (ent, id));
    }
  CU_ASSERT_EQUAL_FATAL (links->len, n - (n + 2) / 3);
  CU_ASSERT_EQUAL (g_strv_length ((char **) lian_enterprise_get_chain_ids (ent)), links->len);
  for (guint i = 0, at = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      LianChainLink *link = lian_enterprise_get_chain_link (ent, id);

      if (i % 3 == 0)
        {
          CU_ASSERT_PTR_NULL (link);
          continue;
        }
      CU_ASSERT_PTR_EQUAL (link, g_ptr_array_index (links, at));
      CU_ASSERT_STRING_EQUAL (lian_enterprise_get_chain_ids (ent)[at], id);
      CU_ASSERT_EQUAL (lian_chain_link_get_role (link),
                       i == 1500 ? LIAN_CHAIN_ROLE_LEADER : LIAN_CHAIN_ROLE_CORE);
      at++;
    }
  /* Back at the end after a removal; found there. */
  lian_enterprise_add_chain_link (ent, "chain-0", NULL, LIAN_CHAIN_ROLE_SERVICE);
  CU_ASSERT_PTR_EQUAL (lian_enterprise_get_chain_link (ent, "chain-0"),
                       g_ptr_array_index (links, links->len - 1));
}

/* Without the public array: from none to one, two, three links and back,
 * each replaced where it stands; an array made afterwards says the same, and
 * one held across changes follows them. */
static void
test_chain_links_without_array (void)
{
  g_autoptr(LianEnterprise) ent = valid_enterprise ();
  static const char * const one[] = { "chain-ic", NULL };
  static const char * const two[] = { "chain-ic", "chain-auto", NULL };
  static const char * const three[] = { "chain-ic", "chain-auto", "chain-bio", NULL };
  static const char * const bio[] = { "chain-bio", NULL };
  static const char * const none[] = { NULL };
  GPtrArray *links;

  lian_enterprise_add_chain_link (ent, "chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_TRUE (g_strv_equal (lian_enterprise_get_chain_ids (ent), one));
  lian_enterprise_add_chain_link (ent, "chain-ic", "设计", LIAN_CHAIN_ROLE_LEADER);
  CU_ASSERT_TRUE (g_strv_equal (lian_enterprise_get_chain_ids (ent), one));
  CU_ASSERT_EQUAL (lian_chain_link_get_role (lian_enterprise_get_chain_link (ent, "chain-ic")),
                   LIAN_CHAIN_ROLE_LEADER);
  lian_enterprise_add_chain_link (ent, "chain-auto", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_TRUE (g_strv_equal (lian_enterprise_get_chain_ids (ent), two));
  lian_enterprise_add_chain_link (ent, "chain-bio", NULL, LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_add_chain_link (ent, "chain-auto", "整车", LIAN_CHAIN_ROLE_SERVICE);
  CU_ASSERT_TRUE (g_strv_equal (lian_enterprise_get_chain_ids (ent), three));
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-ic"));
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-auto"));
  CU_ASSERT_TRUE (g_strv_equal (lian_enterprise_get_chain_ids (ent), bio));
  CU_ASSERT_PTR_NULL (lian_enterprise_get_chain_link (ent, "chain-auto"));
  CU_ASSERT_PTR_NOT_NULL (lian_enterprise_get_chain_link (ent, "chain-bio"));

  links = lian_enterprise_get_chain_links (ent);
  CU_ASSERT_PTR_EQUAL (links, lian_enterprise_get_chain_links (ent));
  CU_ASSERT_TRUE (chain_ids_are (ent, bio));
  lian_enterprise_add_chain_link (ent, "chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_EQUAL (links->len, 2);
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-bio"));
  CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, "chain-ic"));
  CU_ASSERT_EQUAL (links->len, 0);
  CU_ASSERT_TRUE (chain_ids_are (ent, none));

  /* Past a handful, each taken off by its link's own chain id. */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      lian_enterprise_add_chain_link (ent, id, NULL, LIAN_CHAIN_ROLE_CORE);
    }
  for (guint i = 12; i > 0; i--)
    {
      LianChainLink *link = g_ptr_array_index (links, 7 % i);
      CU_ASSERT_TRUE (lian_enterprise_remove_chain_link (ent, lian_chain_link_get_chain_id (link)));
      CU_ASSERT_EQUAL (links->len, i - 1);
      CU_ASSERT_EQUAL (g_strv_length ((char **) lian_enterprise_get_chain_ids (ent)), i - 1);
    }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/enterprise/construct-with-properties", test_construct_with_properties },
    { "/lian/enterprise/new-and-defaults", test_new_and_defaults },
    { "/lian/enterprise/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/enterprise/tags", test_tags },
    { "/lian/enterprise/chain-links-add-keeps-order", test_chain_links_add_keeps_order },
    { "/lian/enterprise/chain-links-replace-in-place", test_chain_links_replace_in_place },
    { "/lian/enterprise/chain-links-remove", test_chain_links_remove },
    { "/lian/enterprise/chain-ids-property-follows-links", test_chain_ids_property_follows_links },
    { "/lian/enterprise/validate-required-fields", test_validate_required_fields },
    { "/lian/enterprise/validate-uscc-exactly-as-stored", test_validate_uscc_exactly_as_stored },
    { "/lian/enterprise/validate-region-and-order", test_validate_region_and_order },
    { "/lian/enterprise/validate-parent-id", test_validate_parent_id },
    { "/lian/enterprise/validate-chain-links", test_validate_chain_links },
    { "/lian/enterprise/finalized-links-outlive-it", test_enterprise_is_finalized_links_outlive_it },
    { "/lian/enterprise/chain-links-many", test_chain_links_many },
    { "/lian/enterprise/chain-links-without-array", test_chain_links_without_array },
    { NULL, NULL },
  };
  return lian_test_run ("enterprise", tests);
}
