/* test-registry-work.c: assigning, moving and linking needs, opening and
 * closing projects, through a registry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

static void
add_or_fail (LianRegistry *registry,
             gpointer      record)
{
  g_autoptr(GError) error = NULL;

  if (!lian_registry_add (registry, LIAN_RECORD (record), &error))
    g_printerr ("cannot add: %s\n", error->message);
  CU_ASSERT_PTR_NULL (error);
  g_object_unref (record);
}

static LianNeed *
new_need (const char *id,
          const char *enterprise_id,
          const char *submitted)
{
  return g_object_new (LIAN_TYPE_NEED, "id", id, "enterprise-id", enterprise_id,
                       "category", LIAN_NEED_CATEGORY_FINANCING, "title", "流动资金贷款",
                       "submitted", submitted, NULL);
}

/* A small registry: a chain, two enterprises, two organisations, a
 * service item and three needs. */
static LianRegistry *
make_registry (void)
{
  LianRegistry *registry = lian_registry_new ();
  g_autofree char *uscc1 = lian_test_uscc ("320214", 1), *uscc2 = lian_test_uscc ("320583", 2);
  const char *segments[] = { "材料", "芯片", "整机", NULL };
  LianChain *chain = lian_chain_new ("chain-ic", "集成电路产业链");
  LianEnterprise *e1 = lian_enterprise_new ("ent-1", "无锡芯片有限公司", uscc1, "320214");
  LianEnterprise *e2 = lian_enterprise_new ("ent-2", "昆山整机有限公司", uscc2, "320583");
  LianPartyOrg *alliance = lian_party_org_new ("org-1", "集成电路产业链党建联盟", LIAN_ORG_KIND_ALLIANCE);
  LianPartyOrg *branch = lian_party_org_new ("org-2", "芯片党支部", LIAN_ORG_KIND_BRANCH);
  LianServiceItem *svc = lian_service_item_new ("svc-1", "科技贷", LIAN_SERVICE_KIND_POLICY);

  lian_chain_set_region (chain, "320000");
  lian_chain_set_segments (chain, segments);
  add_or_fail (registry, chain);
  lian_enterprise_add_chain_link (e1, "chain-ic", "芯片", LIAN_CHAIN_ROLE_LEADER);
  lian_enterprise_add_chain_link (e2, "chain-ic", "整机", LIAN_CHAIN_ROLE_CORE);
  add_or_fail (registry, e1);
  add_or_fail (registry, e2);
  lian_party_org_add_member (alliance, "ent-1");
  lian_party_org_add_member (alliance, "ent-2");
  add_or_fail (registry, alliance);
  lian_party_org_set_parent_id (branch, "org-1");
  lian_party_org_add_member (branch, "ent-1");
  add_or_fail (registry, branch);
  lian_service_item_set_categories (svc, LIAN_NEED_CATEGORIES_FINANCING);
  add_or_fail (registry, svc);
  add_or_fail (registry, new_need ("need-1", "ent-1", "2023-07-01"));
  add_or_fail (registry, new_need ("need-2", "ent-2", "2023-07-03"));
  add_or_fail (registry, new_need ("need-3", "ent-2", "2023-07-05"));
  return registry;
}

/* Every signal the registry emits, as "changed:need-1:due " and so on. */
static void
log_changed_cb (LianRegistry *registry,
                LianRecord   *record,
                const char   *property,
                GString      *log)
{
  g_string_append_printf (log, "changed:%s:%s ", lian_record_get_id (record),
                          property ? property : "-");
}

static void
log_added_cb (LianRegistry *registry,
              LianRecord   *record,
              GString      *log)
{
  g_string_append_printf (log, "added:%s ", lian_record_get_id (record));
}

static void
log_removed_cb (LianRegistry *registry,
                LianRecord   *record,
                GString      *log)
{
  g_string_append_printf (log, "removed:%s ", lian_record_get_id (record));
}

static GString *
watch (LianRegistry *registry)
{
  GString *log = g_string_new (NULL);

  g_signal_connect (registry, "record-changed", G_CALLBACK (log_changed_cb), log);
  g_signal_connect (registry, "record-added", G_CALLBACK (log_added_cb), log);
  g_signal_connect (registry, "record-removed", G_CALLBACK (log_removed_cb), log);
  return log;
}

static void
unwatch (LianRegistry *registry,
         GString      *log)
{
  g_signal_handlers_disconnect_by_data (registry, log);
  g_string_free (log, TRUE);
}

static GDateTime *
beijing (int month, int day)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (8 * 3600);

  return g_date_time_new (tz, 2023, month, day, 10, 0, 0);
}

static guint
count_selected (LianRegistry   *registry,
                LianNeedStatus  status)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GListModel) selected = NULL;

  g_object_set (filter, "status", status, NULL);
  selected = lian_registry_select (registry, filter, NULL);
  return g_list_model_get_n_items (selected);
}

static void
test_assign_sets_assignee_and_due (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  GString *log = watch (registry);
  g_autoptr(GError) error = NULL;
  LianNeed *need = lian_registry_lookup_need (registry, "need-1");

  CU_ASSERT_TRUE (lian_registry_assign_need (registry, "need-1", "org-1", "2023-08-31", &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (lian_need_get_assignee_id (need), "org-1");
  CU_ASSERT_STRING_EQUAL (lian_need_get_due (need), "2023-08-31");
  CU_ASSERT_STRING_EQUAL (log->str, "changed:need-1:assignee-id changed:need-1:due ");

  /* Handing it on to the branch keeps the deadline when none is given. */
  g_string_truncate (log, 0);
  CU_ASSERT_TRUE (lian_registry_assign_need (registry, "need-1", "org-2", NULL, &error));
  CU_ASSERT_STRING_EQUAL (lian_need_get_assignee_id (need), "org-2");
  CU_ASSERT_STRING_EQUAL (lian_need_get_due (need), "2023-08-31");
  CU_ASSERT_STRING_EQUAL (log->str, "changed:need-1:assignee-id ");

  /* The same again changes nothing and says nothing. */
  g_string_truncate (log, 0);
  CU_ASSERT_TRUE (lian_registry_assign_need (registry, "need-1", "org-2", "2023-08-31", &error));
  CU_ASSERT_STRING_EQUAL (log->str, "");

  /* The registry now sees the organisation as referred to. */
  {
    g_autoptr(GPtrArray) referrers = lian_registry_dup_referrers (registry, "org-2");
    gboolean found = FALSE;
    for (guint i = 0; i < referrers->len; i++)
      found |= g_ptr_array_index (referrers, i) == (gpointer) need;
    CU_ASSERT_TRUE (found);
  }
  unwatch (registry, log);
}

static void
test_assign_refuses_bad_input (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  GString *log = watch (registry);
  g_autoptr(GError) error = NULL;
  LianNeed *need = lian_registry_lookup_need (registry, "need-1");

  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-9", "org-1", NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "need-9");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);

  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "ent-1", "org-1", NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "is an enterprise, not a need");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);

  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-1", "org-9", "2023-08-31", &error));
  LIAN_ASSERT_MESSAGE (error, "need \"need-1\": assignee_id: unknown organization \"org-9\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);

  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-1", "ent-2", "2023-08-31", &error));
  LIAN_ASSERT_MESSAGE (error, "assignee_id: \"ent-2\" is an enterprise, not an organization");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);

  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-1", "org-1", "2023-02-30", &error));
  LIAN_ASSERT_MESSAGE (error, "due: \"2023-02-30\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-1", "org-1", "2023-06-30", &error));
  LIAN_ASSERT_MESSAGE (error, "due: 2023-06-30 comes before submitted 2023-07-01");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-2", LIAN_NEED_STATUS_CLOSED,
                                           "org-1", "企业撤回", NULL, &error));
  g_string_truncate (log, 0);
  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-2", "org-1", NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "a closed need cannot be assigned");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);

  /* Nothing changed, nothing was said. */
  CU_ASSERT_PTR_NULL (lian_need_get_assignee_id (need));
  CU_ASSERT_PTR_NULL (lian_need_get_due (need));
  CU_ASSERT_PTR_NULL (lian_need_get_assignee_id (lian_registry_lookup_need (registry, "need-2")));
  CU_ASSERT_STRING_EQUAL (log->str, "");
  unwatch (registry, log);
}

static void
test_move_appends_history_and_reindexes (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  GString *log = watch (registry);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = beijing (7, 10);
  LianNeed *need = lian_registry_lookup_need (registry, "need-1");
  LianNeedEvent *event;

  CU_ASSERT_EQUAL (count_selected (registry, LIAN_NEED_STATUS_SUBMITTED), 3);
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-1", LIAN_NEED_STATUS_ACCEPTED,
                                           "org-1", "转县工信局", when, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 1);
  event = g_ptr_array_index (lian_need_get_history (need), 0);
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_actor (event), "org-1");
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_note (event), "转县工信局");
  CU_ASSERT_TRUE (g_date_time_equal (lian_need_event_get_at (event), when));
  CU_ASSERT_STRING_EQUAL (log->str, "changed:need-1:status changed:need-1:n-events ");
  /* The status index follows. */
  CU_ASSERT_EQUAL (count_selected (registry, LIAN_NEED_STATUS_SUBMITTED), 2);
  CU_ASSERT_EQUAL (count_selected (registry, LIAN_NEED_STATUS_ACCEPTED), 1);

  g_string_truncate (log, 0);
  CU_ASSERT_FALSE (lian_registry_move_need (registry, "need-1", LIAN_NEED_STATUS_SUBMITTED,
                                            NULL, NULL, NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "need \"need-1\": status: cannot move from accepted to submitted");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_FALSE (lian_registry_move_need (registry, "svc-1", LIAN_NEED_STATUS_ACCEPTED,
                                            NULL, NULL, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);
  CU_ASSERT_FALSE (lian_registry_move_need (registry, "nobody", LIAN_NEED_STATUS_ACCEPTED,
                                            NULL, NULL, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 1);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_STRING_EQUAL (log->str, "");
  unwatch (registry, log);
}

static void
test_link_service (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  GString *log = watch (registry);
  g_autoptr(GError) error = NULL;
  LianNeed *need = lian_registry_lookup_need (registry, "need-1");

  CU_ASSERT_TRUE (lian_registry_link_service (registry, "need-1", "svc-1", &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_need_has_service (need, "svc-1"));
  CU_ASSERT_STRING_EQUAL (log->str, "changed:need-1:service-ids ");

  g_string_truncate (log, 0);
  CU_ASSERT_TRUE (lian_registry_link_service (registry, "need-1", "svc-1", &error));
  CU_ASSERT_EQUAL (g_strv_length ((GStrv) lian_need_get_service_ids (need)), 1);
  CU_ASSERT_STRING_EQUAL (log->str, "");

  CU_ASSERT_FALSE (lian_registry_link_service (registry, "need-2", "svc-9", &error));
  LIAN_ASSERT_MESSAGE (error, "service_ids: unknown service \"svc-9\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);
  CU_ASSERT_FALSE (lian_registry_link_service (registry, "need-2", "org-1", &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);
  CU_ASSERT_FALSE (lian_registry_link_service (registry, "need-9", "svc-1", &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_EQUAL (lian_need_get_service_ids (lian_registry_lookup_need (registry, "need-2"))[0], NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "");
  unwatch (registry, log);
}

static LianActionProject *
new_project (const char *id,
             const char *owner_id,
             const char *need_id)
{
  LianActionProject *project = lian_action_project_new (id, "金融赋能行动", owner_id);

  if (need_id)
    lian_action_project_add_need (project, need_id);
  lian_action_project_set_started (project, "2023-07-15");
  return project;
}

static void
test_open_project_points_needs_to_it (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  GString *log = watch (registry);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianActionProject) project = new_project ("prj-1", "org-1", "need-1");

  lian_action_project_add_need (project, "need-2");
  lian_action_project_add_service (project, "svc-1");
  CU_ASSERT_TRUE (lian_registry_open_project (registry, project, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_project (registry, "prj-1"), project);
  CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (lian_registry_lookup_need (registry, "need-1")), "prj-1");
  CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (lian_registry_lookup_need (registry, "need-2")), "prj-1");
  CU_ASSERT_PTR_NULL (lian_need_get_project_id (lian_registry_lookup_need (registry, "need-3")));
  CU_ASSERT_STRING_EQUAL (log->str,
                          "added:prj-1 changed:need-1:project-id changed:need-2:project-id ");
  unwatch (registry, log);
}

static void
test_open_project_refuses (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianActionProject) first = new_project ("prj-1", "org-1", "need-1");
  g_autoptr(LianActionProject) again = new_project ("prj-2", "org-2", "need-1");
  g_autoptr(LianActionProject) listed = new_project ("prj-3", "org-2", "need-3");
  g_autoptr(LianActionProject) by_enterprise = new_project ("prj-4", "ent-1", "need-2");
  g_autoptr(LianActionProject) unknown_need = new_project ("prj-5", "org-1", "need-9");
  g_autoptr(LianActionProject) done = new_project ("prj-6", "org-1", "need-2");
  g_autoptr(LianActionProject) later = new_project ("prj-7", "org-1", "need-1");
  guint n_records;
  GString *log;

  CU_ASSERT_TRUE (lian_registry_open_project (registry, first, &error));
  n_records = lian_registry_get_n_records (registry);
  log = watch (registry);

  CU_ASSERT_FALSE (lian_registry_open_project (registry, again, &error));
  LIAN_ASSERT_MESSAGE (error, "need_ids[0]: need \"need-1\" is already in the open project \"prj-1\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);

  /* A project that lists a need which does not name it still holds it. */
  lian_action_project_add_need (first, "need-3");
  CU_ASSERT_FALSE (lian_registry_open_project (registry, listed, &error));
  LIAN_ASSERT_MESSAGE (error, "\"prj-1\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  lian_action_project_remove_need (first, "need-3");

  CU_ASSERT_FALSE (lian_registry_open_project (registry, by_enterprise, &error));
  LIAN_ASSERT_MESSAGE (error, "owner_id: \"ent-1\" is an enterprise, not an organization");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);

  CU_ASSERT_FALSE (lian_registry_open_project (registry, unknown_need, &error));
  LIAN_ASSERT_MESSAGE (error, "need_ids[0]: unknown need \"need-9\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);

  lian_action_project_set_status (done, LIAN_PROJECT_STATUS_DONE);
  CU_ASSERT_FALSE (lian_registry_open_project (registry, done, &error));
  LIAN_ASSERT_MESSAGE (error, "not done");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);

  /* Nothing changed but the list edits made on purpose above. */
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), n_records);
  CU_ASSERT_PTR_NULL (lian_need_get_project_id (lian_registry_lookup_need (registry, "need-2")));
  CU_ASSERT_PTR_NULL (lian_need_get_project_id (lian_registry_lookup_need (registry, "need-3")));
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (again)));
  unwatch (registry, log);

  /* Once the first project is done, its need may join another. */
  CU_ASSERT_TRUE (lian_registry_close_project (registry, "prj-1", "2023-09-30", 0, 0, 0, &error));
  CU_ASSERT_TRUE (lian_registry_open_project (registry, later, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (lian_registry_lookup_need (registry, "need-1")), "prj-7");
}

static void
test_close_project (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianActionProject) project = new_project ("prj-1", "org-1", "need-1");
  GString *log;

  CU_ASSERT_TRUE (lian_registry_open_project (registry, project, &error));
  log = watch (registry);

  CU_ASSERT_FALSE (lian_registry_close_project (registry, "prj-1", "2023-07-01", 1, 2, 3, &error));
  LIAN_ASSERT_MESSAGE (error, "project \"prj-1\": finished: 2023-07-01 comes before started");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  CU_ASSERT_FALSE (lian_registry_close_project (registry, "need-1", "2023-09-30", 1, 2, 3, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);
  CU_ASSERT_FALSE (lian_registry_close_project (registry, "prj-9", "2023-09-30", 1, 2, 3, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_STRING_EQUAL (log->str, "");

  /* close_project does not ask about the needs: need-1 is still open. */
  CU_ASSERT_TRUE (lian_registry_close_project (registry, "prj-1", "2023-09-30",
                                               5000000, 2, 1, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_action_project_get_status (project), LIAN_PROJECT_STATUS_DONE);
  CU_ASSERT_STRING_EQUAL (lian_action_project_get_finished (project), "2023-09-30");
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (project), 5000000);
  CU_ASSERT_EQUAL (lian_action_project_get_talents (project), 2);
  CU_ASSERT_EQUAL (lian_action_project_get_problems_solved (project), 1);
  CU_ASSERT_STRING_EQUAL (log->str,
                          "changed:prj-1:status changed:prj-1:finished changed:prj-1:loans-yuan "
                          "changed:prj-1:talents changed:prj-1:problems-solved ");

  g_string_truncate (log, 0);
  CU_ASSERT_FALSE (lian_registry_close_project (registry, "prj-1", "2023-10-30", 1, 2, 3, &error));
  LIAN_ASSERT_MESSAGE (error, "already done");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (project), 5000000);
  CU_ASSERT_STRING_EQUAL (log->str, "");
  unwatch (registry, log);
}

static void
test_close_resolved_project (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianActionProject) project = new_project ("prj-1", "org-1", "need-1");
  g_autoptr(LianActionProject) empty = new_project ("prj-2", "org-2", NULL);
  g_autoptr(GDateTime) when = beijing (8, 1);
  const LianNeedStatus path[] = { LIAN_NEED_STATUS_ACCEPTED, LIAN_NEED_STATUS_IN_PROGRESS,
                                  LIAN_NEED_STATUS_RESOLVED };

  lian_action_project_add_need (project, "need-2");
  CU_ASSERT_TRUE (lian_registry_open_project (registry, project, &error));
  CU_ASSERT_TRUE (lian_registry_open_project (registry, empty, &error));

  CU_ASSERT_FALSE (lian_registry_project_is_resolved (registry, "prj-1"));
  CU_ASSERT_TRUE (lian_registry_project_is_resolved (registry, "prj-2"));
  CU_ASSERT_FALSE (lian_registry_project_is_resolved (registry, "prj-9"));
  CU_ASSERT_FALSE (lian_registry_project_is_resolved (registry, "need-1"));

  CU_ASSERT_FALSE (lian_registry_close_resolved_project (registry, "prj-1", "2023-09-30",
                                                         1, 1, 1, &error));
  LIAN_ASSERT_MESSAGE (error, "2 needs are not resolved: need-1 (submitted), need-2 (submitted)");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);

  for (guint i = 0; i < G_N_ELEMENTS (path); i++)
    CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-1", path[i], "org-1", NULL, when, &error));
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-2", LIAN_NEED_STATUS_CLOSED,
                                           "org-1", "企业撤回", when, &error));
  /* A need closed without a resolution is not resolved. */
  CU_ASSERT_FALSE (lian_registry_project_is_resolved (registry, "prj-1"));
  CU_ASSERT_FALSE (lian_registry_close_resolved_project (registry, "prj-1", "2023-09-30",
                                                         1, 1, 1, &error));
  LIAN_ASSERT_MESSAGE (error, "1 need is not resolved: need-2 (closed)");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);

  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-2", LIAN_NEED_STATUS_IN_PROGRESS,
                                           "org-1", "企业重新提出", when, &error));
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-2", LIAN_NEED_STATUS_RESOLVED,
                                           "org-1", NULL, when, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_registry_project_is_resolved (registry, "prj-1"));
  /* Resolving every need did not close the project. */
  CU_ASSERT_EQUAL (lian_action_project_get_status (project), LIAN_PROJECT_STATUS_PLANNED);

  CU_ASSERT_TRUE (lian_registry_close_resolved_project (registry, "prj-1", "2023-09-30",
                                                        3000000, 1, 2, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_action_project_get_status (project), LIAN_PROJECT_STATUS_DONE);
  CU_ASSERT_EQUAL (lian_action_project_get_problems_solved (project), 2);

  CU_ASSERT_FALSE (lian_registry_close_resolved_project (registry, "prj-1", "2023-09-30",
                                                         1, 1, 1, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_TRUE (lian_registry_close_resolved_project (registry, "prj-2", "2023-09-30",
                                                        0, 0, 0, &error));
}

static void
test_unresolved_list_is_bounded (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianActionProject) project = new_project ("prj-1", "org-1", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("need-x%02u", i);
      add_or_fail (registry, new_need (id, "ent-1", "2023-07-01"));
      lian_action_project_add_need (project, id);
    }
  CU_ASSERT_TRUE (lian_registry_open_project (registry, project, &error));
  CU_ASSERT_FALSE (lian_registry_close_resolved_project (registry, "prj-1", "2023-09-30",
                                                         0, 0, 0, &error));
  LIAN_ASSERT_MESSAGE (error, "12 needs are not resolved: need-x00 (submitted)");
  LIAN_ASSERT_MESSAGE (error, "need-x09 (submitted) and 2 more");
  g_clear_error (&error);
}

/* What a new user does: take a need, hand it on, link a service, bundle
 * it into a project, resolve it, close the project, and look back. */
static void
test_scenario (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianActionProject) project = new_project ("prj-1", "org-1", "need-1");
  g_autoptr(GDateTime) t1 = beijing (7, 2), t2 = beijing (7, 20), t3 = beijing (9, 12);
  LianNeed *need = lian_registry_lookup_need (registry, "need-1");
  GPtrArray *history;
  g_autoptr(GString) printed = g_string_new (NULL);

  CU_ASSERT_TRUE (lian_registry_assign_need (registry, "need-1", "org-2", "2023-09-30", &error));
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-1", LIAN_NEED_STATUS_ACCEPTED,
                                           "org-2", "支部受理", t1, &error));
  CU_ASSERT_TRUE (lian_registry_link_service (registry, "need-1", "svc-1", &error));
  lian_action_project_add_service (project, "svc-1");
  CU_ASSERT_TRUE (lian_registry_open_project (registry, project, &error));
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-1", LIAN_NEED_STATUS_IN_PROGRESS,
                                           "org-2", "对接银行", t2, &error));
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-1", LIAN_NEED_STATUS_RESOLVED,
                                           "org-2", "贷款到位", t3, &error));
  CU_ASSERT_TRUE (lian_registry_project_is_resolved (registry, "prj-1"));
  CU_ASSERT_TRUE (lian_registry_close_resolved_project (registry, "prj-1", "2023-09-30",
                                                        5000000, 0, 1, &error));
  CU_ASSERT_PTR_NULL (error);

  history = lian_need_get_history (need);
  for (guint i = 0; i < history->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (history, i);
      g_autofree char *at = g_date_time_format_iso8601 (lian_need_event_get_at (event));
      g_string_append_printf (printed, "%s %s %s %s\n", at,
                              lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, lian_need_event_get_status (event)),
                              lian_need_event_get_actor (event), lian_need_event_get_note (event));
    }
  g_print ("\n%s", printed->str);
  CU_ASSERT_STRING_EQUAL (printed->str,
                          "2023-07-02T10:00:00+08 accepted org-2 支部受理\n"
                          "2023-07-20T10:00:00+08 in-progress org-2 对接银行\n"
                          "2023-09-12T10:00:00+08 resolved org-2 贷款到位\n");
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-09-12");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), 73);
  CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (need), "prj-1");
  CU_ASSERT_STRING_EQUAL (lian_need_get_assignee_id (need), "org-2");
  CU_ASSERT_EQUAL (lian_action_project_get_status (project), LIAN_PROJECT_STATUS_DONE);
  CU_ASSERT_EQUAL (lian_action_project_get_loans_yuan (project), 5000000);
}

static void
test_finalized (void)
{
  LianRegistry *registry = make_registry ();
  LianActionProject *project = new_project ("prj-1", "org-1", "need-1");
  gpointer weak_registry = registry, weak_project = project;

  g_object_add_weak_pointer (G_OBJECT (registry), &weak_registry);
  g_object_add_weak_pointer (G_OBJECT (project), &weak_project);
  CU_ASSERT_TRUE (lian_registry_open_project (registry, project, NULL));
  g_object_unref (project);
  CU_ASSERT_PTR_NOT_NULL (weak_project);
  g_object_unref (registry);
  CU_ASSERT_PTR_NULL (weak_registry);
  CU_ASSERT_PTR_NULL (weak_project);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/registry-work/assign-sets-assignee-and-due", test_assign_sets_assignee_and_due },
    { "/lian/registry-work/assign-refuses-bad-input", test_assign_refuses_bad_input },
    { "/lian/registry-work/move-appends-history-and-reindexes", test_move_appends_history_and_reindexes },
    { "/lian/registry-work/link-service", test_link_service },
    { "/lian/registry-work/open-project-points-needs-to-it", test_open_project_points_needs_to_it },
    { "/lian/registry-work/open-project-refuses", test_open_project_refuses },
    { "/lian/registry-work/close-project", test_close_project },
    { "/lian/registry-work/close-resolved-project", test_close_resolved_project },
    { "/lian/registry-work/unresolved-list-is-bounded", test_unresolved_list_is_bounded },
    { "/lian/registry-work/scenario", test_scenario },
    { "/lian/registry-work/finalized", test_finalized },
    { NULL, NULL },
  };
  return lian_test_run ("registry-work", tests);
}
