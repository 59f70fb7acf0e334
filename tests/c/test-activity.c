/* test-activity.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
test_construct_with_properties (void)
{
  g_autoptr(LianActivity) act = g_object_new (LIAN_TYPE_ACTIVITY,
                                              "id", "act-1",
                                              "name", "产业链党建联盟推进会",
                                              "kind", LIAN_ACTIVITY_KIND_POLICY_DOCUMENT,
                                              "org-id", "org-1",
                                              "chain-id", "chain-1",
                                              "date", "2023-05-18",
                                              "participants", 40,
                                              NULL);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_EQUAL (lian_activity_get_kind (act), LIAN_ACTIVITY_KIND_POLICY_DOCUMENT);
  CU_ASSERT_STRING_EQUAL (lian_activity_get_org_id (act), "org-1");
  CU_ASSERT_STRING_EQUAL (lian_activity_get_chain_id (act), "chain-1");
  CU_ASSERT_STRING_EQUAL (lian_activity_get_date (act), "2023-05-18");
  CU_ASSERT_EQUAL (lian_activity_get_participants (act), 40);
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (act), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_setters_notify_once_per_change (void)
{
  g_autoptr(LianActivity) act = lian_activity_new ("act-1", LIAN_ACTIVITY_KIND_MEETING, "2023-05-18");
  int count = 0;

  g_signal_connect (act, "notify", G_CALLBACK (lian_test_count_notify_cb), &count);
  lian_activity_set_kind (act, LIAN_ACTIVITY_KIND_MEETING);
  lian_activity_set_date (act, "2023-05-18");
  lian_activity_set_participants (act, 0);
  lian_activity_set_org_id (act, NULL);
  CU_ASSERT_EQUAL (count, 0);
  lian_activity_set_kind (act, LIAN_ACTIVITY_KIND_TRAINING);
  lian_activity_set_date (act, "2023-05-19");
  lian_activity_set_participants (act, 12);
  lian_activity_set_org_id (act, "org-2");
  lian_activity_set_chain_id (act, "chain-2");
  CU_ASSERT_EQUAL (count, 5);
  lian_activity_set_chain_id (act, "chain-2");
  CU_ASSERT_EQUAL (count, 5);
}

static void
test_validate_names_bad_field (void)
{
  g_autoptr(LianActivity) act = lian_activity_new ("act-1", LIAN_ACTIVITY_KIND_MEETING, "2023-02-30");
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (act), &error));
  LIAN_ASSERT_MESSAGE (error, "date: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  lian_activity_set_date (act, NULL);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (act), &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);

  lian_activity_set_date (act, "2023-02-28");
  lian_activity_set_org_id (act, "org 1");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (act), &error));
  LIAN_ASSERT_MESSAGE (error, "org_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/activity/construct-with-properties", test_construct_with_properties },
    { "/lian/activity/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/activity/validate-names-bad-field", test_validate_names_bad_field },
    { NULL, NULL },
  };
  return lian_test_run ("activity", tests);
}
