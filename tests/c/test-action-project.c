/* test-action-project.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

/* 无锡物联网产业链: loans coordinated by the chain's alliance in 2023. */
#define WX_LOANS_YUAN G_GINT64_CONSTANT (1728000000)
#define WX_TALENTS 300

/* Asserts that @error's message starts with @prefix. */
static void
record_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  GString    *seen)
{
  g_string_append_printf (seen, "%s;", pspec->name);
}

static LianActionProject *
wuxi_project (void)
{
  return lian_action_project_new ("prj-wx-iot-finance", "物联网产业链金融赋能行动",
                                  "org-wx-iot-alliance");
}

static void
test_construct_with_properties (void)
{
  const char *needs[] = { "need-wx-0001", "need-wx-0002", NULL };
  const char *services[] = { "svc-wx-kechuang-loan", NULL };
  g_autoptr(LianActionProject) prj = g_object_new (LIAN_TYPE_ACTION_PROJECT,
                                                   "id", "prj-wx-iot-finance",
                                                   "name", "物联网产业链金融赋能行动",
                                                   "owner-id", "org-wx-iot-alliance",
                                                   "need-ids", needs,
                                                   "service-ids", services,
                                                   "status", LIAN_PROJECT_STATUS_ACTIVE,
                                                   "started", "2023-03-01",
                                                   "due", "2023-12-31",
                                                   "finished", "2023-11-30",
                                                   "loans-yuan", WX_LOANS_YUAN,
                                                   "talents", WX_TALENTS,
                                                   "problems-solved", 42,
                                                   NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) need_ids = NULL;
  gint64 loans = 0;

  CU_ASSERT_EQUAL (lian_record_get_record_kind (LIAN_RECORD (prj)), LIAN_RECORD_KIND_PROJECT);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (prj)), "物联网产业链金融赋能行动");
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_owner_id (prj), "org-wx-iot-alliance");
  CU_ASSERT_TRUE (g_strv_equal (lian_action_project_get_need_ids (prj), needs));
  CU_ASSERT_TRUE (g_strv_equal (lian_action_project_get_service_ids (prj), services));
  CU_ASSERT_EQUAL (lian_action_project_get_status (prj), LIAN_PROJECT_STATUS_ACTIVE);
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_started (prj), "2023-03-01");
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_due (prj), "2023-12-31");
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_finished (prj), "2023-11-30");
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (prj), WX_LOANS_YUAN);
  CU_ASSERT_EQUAL (lian_action_project_get_talents (prj), WX_TALENTS);
  CU_ASSERT_EQUAL (lian_action_project_get_problems_solved (prj), 42);

  g_object_get (prj, "need-ids", &need_ids, "loans-yuan", &loans, NULL);
  CU_ASSERT_TRUE (g_strv_equal ((const char * const *) need_ids, needs));
  CU_ASSERT_EQUAL (loans, WX_LOANS_YUAN);

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (prj), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_new_sets_defaults (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();

  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (prj)), "prj-wx-iot-finance");
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_owner_id (prj), "org-wx-iot-alliance");
  CU_ASSERT_EQUAL (lian_action_project_get_status (prj), LIAN_PROJECT_STATUS_PLANNED);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_action_project_get_need_ids (prj));
  CU_ASSERT_PTR_NULL (lian_action_project_get_need_ids (prj)[0]);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_action_project_get_service_ids (prj));
  CU_ASSERT_PTR_NULL (lian_action_project_get_service_ids (prj)[0]);
  CU_ASSERT_PTR_NULL (lian_action_project_get_started (prj));
  CU_ASSERT_PTR_NULL (lian_action_project_get_due (prj));
  CU_ASSERT_PTR_NULL (lian_action_project_get_finished (prj));
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (prj), 0);
  CU_ASSERT_EQUAL (lian_action_project_get_talents (prj), 0);
  CU_ASSERT_EQUAL (lian_action_project_get_problems_solved (prj), 0);
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (prj), NULL));
}

static void
test_setters_notify_once_per_change (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();
  const char *needs[] = { "need-wx-0001", NULL };
  const char *services[] = { "svc-wx-kechuang-loan", NULL };
  const char *empty[] = { NULL };
  int count = 0;

  g_signal_connect (prj, "notify", G_CALLBACK (lian_test_count_notify_cb), &count);
  lian_action_project_set_owner_id (prj, "org-wx-iot-alliance");
  lian_action_project_set_need_ids (prj, NULL);
  lian_action_project_set_service_ids (prj, empty);
  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_PLANNED);
  lian_action_project_set_started (prj, NULL);
  lian_action_project_set_due (prj, NULL);
  lian_action_project_set_finished (prj, NULL);
  lian_action_project_set_loans_yuan (prj, 0);
  lian_action_project_set_talents (prj, 0);
  lian_action_project_set_problems_solved (prj, 0);
  CU_ASSERT_EQUAL (count, 0);

  lian_action_project_set_owner_id (prj, "org-wx-committee");
  lian_action_project_set_need_ids (prj, needs);
  lian_action_project_set_service_ids (prj, services);
  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_ACTIVE);
  lian_action_project_set_started (prj, "2023-03-01");
  lian_action_project_set_due (prj, "2023-12-31");
  lian_action_project_set_finished (prj, "2023-11-30");
  lian_action_project_set_loans_yuan (prj, WX_LOANS_YUAN);
  lian_action_project_set_talents (prj, WX_TALENTS);
  lian_action_project_set_problems_solved (prj, 42);
  CU_ASSERT_EQUAL (count, 10);

  lian_action_project_set_owner_id (prj, "org-wx-committee");
  lian_action_project_set_need_ids (prj, needs);
  lian_action_project_set_service_ids (prj, services);
  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_ACTIVE);
  lian_action_project_set_started (prj, "2023-03-01");
  lian_action_project_set_due (prj, "2023-12-31");
  lian_action_project_set_finished (prj, "2023-11-30");
  lian_action_project_set_loans_yuan (prj, WX_LOANS_YUAN);
  lian_action_project_set_talents (prj, WX_TALENTS);
  lian_action_project_set_problems_solved (prj, 42);
  g_object_set (prj, "talents", WX_TALENTS, "loans-yuan", WX_LOANS_YUAN, NULL);
  CU_ASSERT_EQUAL (count, 10);

  lian_action_project_set_need_ids (prj, NULL);
  CU_ASSERT_EQUAL (count, 11);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_action_project_get_need_ids (prj));
  CU_ASSERT_PTR_NULL (lian_action_project_get_need_ids (prj)[0]);
}

static void
test_need_list (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();
  const char *want[] = { "need-wx-0003", "need-wx-0001", "need-wx-0002", NULL };
  const char *after[] = { "need-wx-0003", "need-wx-0002", NULL };
  g_autoptr(GString) seen = g_string_new (NULL);

  g_signal_connect (prj, "notify", G_CALLBACK (record_notify_cb), seen);
  CU_ASSERT_FALSE (lian_action_project_has_need (prj, "need-wx-0001"));
  CU_ASSERT_TRUE (lian_action_project_add_need (prj, "need-wx-0003"));
  CU_ASSERT_TRUE (lian_action_project_add_need (prj, "need-wx-0001"));
  CU_ASSERT_TRUE (lian_action_project_add_need (prj, "need-wx-0002"));
  CU_ASSERT_FALSE (lian_action_project_add_need (prj, "need-wx-0001"));
  CU_ASSERT_TRUE (g_strv_equal (lian_action_project_get_need_ids (prj), want));
  CU_ASSERT_TRUE (lian_action_project_has_need (prj, "need-wx-0001"));
  CU_ASSERT_STRING_EQUAL (seen->str, "need-ids;need-ids;need-ids;");

  g_string_truncate (seen, 0);
  CU_ASSERT_TRUE (lian_action_project_remove_need (prj, "need-wx-0001"));
  CU_ASSERT_FALSE (lian_action_project_remove_need (prj, "need-wx-0001"));
  CU_ASSERT_FALSE (lian_action_project_has_need (prj, "need-wx-0001"));
  CU_ASSERT_TRUE (g_strv_equal (lian_action_project_get_need_ids (prj), after));
  CU_ASSERT_STRING_EQUAL (seen->str, "need-ids;");

  CU_ASSERT_TRUE (lian_action_project_remove_need (prj, "need-wx-0003"));
  CU_ASSERT_TRUE (lian_action_project_remove_need (prj, "need-wx-0002"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_action_project_get_need_ids (prj));
  CU_ASSERT_PTR_NULL (lian_action_project_get_need_ids (prj)[0]);
  CU_ASSERT_FALSE (lian_action_project_remove_need (prj, "need-wx-0002"));
  CU_ASSERT_STRING_EQUAL (seen->str, "need-ids;need-ids;need-ids;");
}

static void
test_service_list (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();
  const char *want[] = { "svc-wx-kechuang-loan", "svc-wx-talent-apartment", NULL };
  const char *after[] = { "svc-wx-talent-apartment", NULL };
  g_autoptr(GString) seen = g_string_new (NULL);

  g_signal_connect (prj, "notify", G_CALLBACK (record_notify_cb), seen);
  CU_ASSERT_TRUE (lian_action_project_add_service (prj, "svc-wx-kechuang-loan"));
  CU_ASSERT_TRUE (lian_action_project_add_service (prj, "svc-wx-talent-apartment"));
  CU_ASSERT_FALSE (lian_action_project_add_service (prj, "svc-wx-kechuang-loan"));
  CU_ASSERT_TRUE (g_strv_equal (lian_action_project_get_service_ids (prj), want));
  CU_ASSERT_TRUE (lian_action_project_has_service (prj, "svc-wx-talent-apartment"));
  CU_ASSERT_FALSE (lian_action_project_has_service (prj, "svc-wx-other"));
  CU_ASSERT_STRING_EQUAL (seen->str, "service-ids;service-ids;");

  g_string_truncate (seen, 0);
  CU_ASSERT_TRUE (lian_action_project_remove_service (prj, "svc-wx-kechuang-loan"));
  CU_ASSERT_FALSE (lian_action_project_remove_service (prj, "svc-wx-kechuang-loan"));
  CU_ASSERT_FALSE (lian_action_project_has_service (prj, "svc-wx-kechuang-loan"));
  CU_ASSERT_TRUE (g_strv_equal (lian_action_project_get_service_ids (prj), after));
  CU_ASSERT_STRING_EQUAL (seen->str, "service-ids;");
  /* The needs are a separate list. */
  CU_ASSERT_PTR_NULL (lian_action_project_get_need_ids (prj)[0]);
}

static void
status_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  char      **finished_seen)
{
  g_free (*finished_seen);
  *finished_seen = g_strdup (lian_action_project_get_finished (LIAN_ACTION_PROJECT (object)));
}

static void
test_finish_sets_outcomes (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *finished_seen = NULL;

  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_ACTIVE);
  lian_action_project_set_started (prj, "2023-03-01");
  lian_action_project_set_due (prj, "2023-12-31");
  lian_action_project_set_talents (prj, WX_TALENTS);
  g_signal_connect (prj, "notify", G_CALLBACK (record_notify_cb), seen);
  g_signal_connect (prj, "notify::status", G_CALLBACK (status_notify_cb), &finished_seen);

  CU_ASSERT_TRUE (lian_action_project_finish (prj, "2023-11-30", WX_LOANS_YUAN,
                                              WX_TALENTS, 42, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_action_project_get_status (prj), LIAN_PROJECT_STATUS_DONE);
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_finished (prj), "2023-11-30");
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (prj), WX_LOANS_YUAN);
  CU_ASSERT_EQUAL (lian_action_project_get_talents (prj), WX_TALENTS);
  CU_ASSERT_EQUAL (lian_action_project_get_problems_solved (prj), 42);

  /* Each changed property once, talents (unchanged) not at all, and only
   * once the whole outcome is in place. */
  CU_ASSERT_PTR_NULL (strstr (seen->str, "talents;"));
  CU_ASSERT_PTR_NOT_NULL (strstr (seen->str, "status;"));
  CU_ASSERT_PTR_NOT_NULL (strstr (seen->str, "finished;"));
  CU_ASSERT_PTR_NOT_NULL (strstr (seen->str, "loans-yuan;"));
  CU_ASSERT_PTR_NOT_NULL (strstr (seen->str, "problems-solved;"));
  CU_ASSERT_EQUAL (strlen (seen->str),
                   strlen ("status;finished;loans-yuan;problems-solved;"));
  CU_ASSERT_STRING_EQUAL (finished_seen, "2023-11-30");
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (prj), NULL));

  /* A planned project can be finished directly, on the day it started. */
  {
    g_autoptr(LianActionProject) other = wuxi_project ();

    lian_action_project_set_started (other, "2023-03-01");
    CU_ASSERT_TRUE (lian_action_project_finish (other, "2023-03-01", 0, 0, 0, NULL));
    CU_ASSERT_EQUAL (lian_action_project_get_status (other), LIAN_PROJECT_STATUS_DONE);
  }
}

static void
test_finish_refuses_and_changes_nothing (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();
  g_autoptr(GError) error = NULL;
  int count = 0;

  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_ACTIVE);
  lian_action_project_set_started (prj, "2023-03-01");
  g_signal_connect (prj, "notify", G_CALLBACK (lian_test_count_notify_cb), &count);

  CU_ASSERT_FALSE (lian_action_project_finish (prj, "2023-02-30", WX_LOANS_YUAN, 1, 1, &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "finished: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  CU_ASSERT_FALSE (lian_action_project_finish (prj, "2023/11/30", WX_LOANS_YUAN, 1, 1, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  CU_ASSERT_FALSE (lian_action_project_finish (prj, "2023-02-28", WX_LOANS_YUAN, 1, 1, &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "finished: ");
  LIAN_ASSERT_MESSAGE (error, "started");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  CU_ASSERT_FALSE (lian_action_project_finish (prj, "2023-11-30", -1, 1, 1, &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "loans_yuan: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE);

  CU_ASSERT_EQUAL (count, 0);
  CU_ASSERT_EQUAL (lian_action_project_get_status (prj), LIAN_PROJECT_STATUS_ACTIVE);
  CU_ASSERT_PTR_NULL (lian_action_project_get_finished (prj));
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (prj), 0);
  CU_ASSERT_EQUAL (lian_action_project_get_talents (prj), 0);
  CU_ASSERT_EQUAL (lian_action_project_get_problems_solved (prj), 0);

  CU_ASSERT_TRUE (lian_action_project_finish (prj, "2023-11-30", WX_LOANS_YUAN, WX_TALENTS, 42, NULL));
  count = 0;
  CU_ASSERT_FALSE (lian_action_project_finish (prj, "2023-12-01", 1, 1, 1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "status: the project is already done");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_EQUAL (count, 0);
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_finished (prj), "2023-11-30");
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (prj), WX_LOANS_YUAN);

  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_CANCELLED);
  count = 0;
  CU_ASSERT_FALSE (lian_action_project_finish (prj, "2023-12-01", 1, 1, 1, &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "status: the project is already cancelled");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_EQUAL (count, 0);
}

static void
test_is_overdue (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();

  CU_ASSERT_FALSE (lian_action_project_is_overdue (prj, "2024-06-30"));
  lian_action_project_set_due (prj, "2023-12-31");
  CU_ASSERT_FALSE (lian_action_project_is_overdue (prj, "2023-12-30"));
  CU_ASSERT_FALSE (lian_action_project_is_overdue (prj, "2023-12-31"));
  CU_ASSERT_TRUE (lian_action_project_is_overdue (prj, "2024-01-01"));
  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_ACTIVE);
  CU_ASSERT_TRUE (lian_action_project_is_overdue (prj, "2024-01-01"));
  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_CANCELLED);
  CU_ASSERT_FALSE (lian_action_project_is_overdue (prj, "2024-01-01"));
  lian_action_project_set_status (prj, LIAN_PROJECT_STATUS_ACTIVE);
  CU_ASSERT_TRUE (lian_action_project_finish (prj, "2024-01-15", WX_LOANS_YUAN, WX_TALENTS, 42, NULL));
  CU_ASSERT_FALSE (lian_action_project_is_overdue (prj, "2024-02-01"));
}

static void
expect_invalid (LianActionProject *prj,
                const char        *prefix,
                int                code)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (prj), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, prefix);
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, code);
}

static void
test_validate_names_bad_field (void)
{
  g_autoptr(LianActionProject) bad_id = lian_action_project_new ("prj wx", "行动", "org-wx");
  g_autoptr(LianActionProject) prj = wuxi_project ();

  expect_invalid (bad_id, "id: ", LIAN_DATA_ERROR_INVALID_ID);

  lian_record_set_name (LIAN_RECORD (prj), NULL);
  expect_invalid (prj, "name: ", LIAN_DATA_ERROR_MISSING);
  lian_record_set_name (LIAN_RECORD (prj), "");
  expect_invalid (prj, "name: ", LIAN_DATA_ERROR_MISSING);
  lian_record_set_name (LIAN_RECORD (prj), "物联网产业链金融赋能行动");

  lian_action_project_set_owner_id (prj, NULL);
  expect_invalid (prj, "owner_id: ", LIAN_DATA_ERROR_MISSING);
  lian_action_project_set_owner_id (prj, "无锡联盟");
  expect_invalid (prj, "owner_id: ", LIAN_DATA_ERROR_INVALID_ID);
  lian_action_project_set_owner_id (prj, "org-wx-iot-alliance");

  lian_action_project_add_need (prj, "need-wx-0001");
  lian_action_project_add_need (prj, "need wx 2");
  expect_invalid (prj, "need_ids[1]: ", LIAN_DATA_ERROR_INVALID_ID);
  lian_action_project_remove_need (prj, "need wx 2");

  lian_action_project_add_service (prj, "");
  expect_invalid (prj, "service_ids[0]: ", LIAN_DATA_ERROR_INVALID_ID);
  lian_action_project_remove_service (prj, "");

  lian_action_project_set_started (prj, "2023-3-1");
  expect_invalid (prj, "started: ", LIAN_DATA_ERROR_INVALID_DATE);
  lian_action_project_set_started (prj, "2023-03-01");
  lian_action_project_set_due (prj, "2023-12-32");
  expect_invalid (prj, "due: ", LIAN_DATA_ERROR_INVALID_DATE);
  lian_action_project_set_due (prj, "2023-12-31");
  lian_action_project_set_finished (prj, "2023-02-29");
  expect_invalid (prj, "finished: ", LIAN_DATA_ERROR_INVALID_DATE);

  lian_action_project_set_finished (prj, NULL);
  lian_action_project_set_due (prj, "2023-02-28");
  expect_invalid (prj, "due: ", LIAN_DATA_ERROR_INVALID_DATE);
  lian_action_project_set_due (prj, "2023-12-31");
  lian_action_project_set_finished (prj, "2023-01-31");
  expect_invalid (prj, "finished: ", LIAN_DATA_ERROR_INVALID_DATE);
  lian_action_project_set_finished (prj, "2023-11-30");

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (prj), NULL));

  /* The first bad field in declaration order wins. */
  lian_action_project_set_owner_id (prj, NULL);
  lian_action_project_set_due (prj, "bad");
  expect_invalid (prj, "owner_id: ", LIAN_DATA_ERROR_MISSING);
}

static void
test_loans_hold_int64 (void)
{
  g_autoptr(LianActionProject) prj = wuxi_project ();
  GValue value = G_VALUE_INIT;
  gint64 big = G_GINT64_CONSTANT (9007199254740993); /* 2^53 + 1 */

  lian_action_project_set_loans_yuan (prj, big);
  g_value_init (&value, G_TYPE_INT64);
  g_object_get_property (G_OBJECT (prj), "loans-yuan", &value);
  CU_ASSERT_EQUAL (g_value_get_int64 (&value), big);
  g_value_set_int64 (&value, WX_LOANS_YUAN);
  g_object_set_property (G_OBJECT (prj), "loans-yuan", &value);
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (prj), WX_LOANS_YUAN);
  g_value_unset (&value);
}

static void
test_records_are_finalized (void)
{
  LianActionProject *prj = wuxi_project ();

  lian_action_project_add_need (prj, "need-wx-0001");
  lian_action_project_add_service (prj, "svc-wx-kechuang-loan");
  lian_action_project_set_started (prj, "2023-03-01");
  g_object_add_weak_pointer (G_OBJECT (prj), (gpointer *) &prj);
  g_object_unref (prj);
  CU_ASSERT_PTR_NULL (prj);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/action-project/construct-with-properties", test_construct_with_properties },
    { "/lian/action-project/new-sets-defaults", test_new_sets_defaults },
    { "/lian/action-project/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/action-project/need-list", test_need_list },
    { "/lian/action-project/service-list", test_service_list },
    { "/lian/action-project/finish-sets-outcomes", test_finish_sets_outcomes },
    { "/lian/action-project/finish-refuses-and-changes-nothing", test_finish_refuses_and_changes_nothing },
    { "/lian/action-project/is-overdue", test_is_overdue },
    { "/lian/action-project/validate-names-bad-field", test_validate_names_bad_field },
    { "/lian/action-project/loans-hold-int64", test_loans_hold_int64 },
    { "/lian/action-project/records-are-finalized", test_records_are_finalized },
    { NULL, NULL },
  };
  return lian_test_run ("action-project", tests);
}
