/* test-need.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

#define N_STATUSES (LIAN_NEED_STATUS_CLOSED + 1)

/* Records the names notified, each followed by a space. */
static void
log_notify_cb (GObject    *object,
               GParamSpec *pspec,
               GString    *log)
{
  g_string_append_printf (log, "%s ", pspec->name);
}

static GDateTime *
beijing_time (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (8 * 3600);

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static const char *
nick (LianNeedStatus status)
{
  return lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, status);
}

static LianNeed *
need_in (LianNeedStatus status)
{
  return g_object_new (LIAN_TYPE_NEED,
                       "id", "need-1",
                       "enterprise-id", "ent-1",
                       "title", "流动资金贷款",
                       "submitted", "2023-07-01",
                       "status", status,
                       "resolved", status == LIAN_NEED_STATUS_RESOLVED ? "2023-07-05" : NULL,
                       NULL);
}

static void
test_construct_with_properties (void)
{
  const char *services[] = { "svc-loan", "svc-guarantee", NULL };
  g_autoptr(LianNeed) need = g_object_new (LIAN_TYPE_NEED,
                                           "id", "need-1",
                                           "name", "贷款需求",
                                           "enterprise-id", "ent-1",
                                           "chain-id", "chain-ev",
                                           "category", LIAN_NEED_CATEGORY_FINANCING,
                                           "title", "流动资金贷款",
                                           "description", "扩产需要流动资金五百万元",
                                           "bottleneck", TRUE,
                                           "amount-yuan", (gint64) 5000000,
                                           "status", LIAN_NEED_STATUS_IN_PROGRESS,
                                           "assignee-id", "org-wx-alliance",
                                           "due", "2023-08-31",
                                           "submitted", "2023-07-01",
                                           "resolved", NULL,
                                           "service-ids", services,
                                           "project-id", "proj-1",
                                           NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *enterprise_id = NULL, *title = NULL, *due = NULL;
  g_auto(GStrv) service_ids = NULL;
  LianNeedStatus status;
  LianNeedCategory category;
  gint64 amount;
  gboolean bottleneck;
  guint n_events;

  CU_ASSERT_EQUAL (lian_record_get_record_kind (LIAN_RECORD (need)), LIAN_RECORD_KIND_NEED);
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (need)), "need-1");
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), "ent-1");
  CU_ASSERT_STRING_EQUAL (lian_need_get_chain_id (need), "chain-ev");
  CU_ASSERT_EQUAL (lian_need_get_category (need), LIAN_NEED_CATEGORY_FINANCING);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "流动资金贷款");
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (need), "扩产需要流动资金五百万元");
  CU_ASSERT_TRUE (lian_need_get_bottleneck (need));
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (need), 5000000);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_STRING_EQUAL (lian_need_get_assignee_id (need), "org-wx-alliance");
  CU_ASSERT_STRING_EQUAL (lian_need_get_due (need), "2023-08-31");
  CU_ASSERT_STRING_EQUAL (lian_need_get_submitted (need), "2023-07-01");
  CU_ASSERT_PTR_NULL (lian_need_get_resolved (need));
  CU_ASSERT_TRUE (g_strv_equal (lian_need_get_service_ids (need), services));
  CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (need), "proj-1");
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 0);

  g_object_get (need,
                "enterprise-id", &enterprise_id, "category", &category,
                "title", &title, "bottleneck", &bottleneck,
                "amount-yuan", &amount, "status", &status, "due", &due,
                "service-ids", &service_ids, "n-events", &n_events,
                NULL);
  CU_ASSERT_STRING_EQUAL (enterprise_id, "ent-1");
  CU_ASSERT_EQUAL (category, LIAN_NEED_CATEGORY_FINANCING);
  CU_ASSERT_STRING_EQUAL (title, "流动资金贷款");
  CU_ASSERT_TRUE (bottleneck);
  CU_ASSERT_EQUAL (amount, 5000000);
  CU_ASSERT_EQUAL (status, LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_STRING_EQUAL (due, "2023-08-31");
  CU_ASSERT_TRUE (g_strv_equal ((const char * const *) service_ids, services));
  CU_ASSERT_EQUAL (n_events, 0);

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (need), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_defaults (void)
{
  g_autoptr(LianNeed) need = lian_need_new ("need-1", "ent-1", LIAN_NEED_CATEGORY_LAND, "用地指标");
  g_autoptr(LianNeed) bare = g_object_new (LIAN_TYPE_NEED, "id", "need-2", NULL);

  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), "ent-1");
  CU_ASSERT_EQUAL (lian_need_get_category (need), LIAN_NEED_CATEGORY_LAND);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "用地指标");
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_TRUE (lian_need_is_open (need));

  CU_ASSERT_EQUAL (lian_need_get_category (bare), LIAN_NEED_CATEGORY_OTHER);
  CU_ASSERT_EQUAL (lian_need_get_status (bare), LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_FALSE (lian_need_get_bottleneck (bare));
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (bare), 0);
  CU_ASSERT_PTR_NULL (lian_need_get_chain_id (bare));
  CU_ASSERT_PTR_NULL (lian_need_get_due (bare));
  CU_ASSERT_PTR_NULL (lian_need_get_resolved (bare));
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_need_get_service_ids (bare));
  CU_ASSERT_PTR_NULL (lian_need_get_service_ids (bare)[0]);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_need_get_history (bare));
  CU_ASSERT_EQUAL (lian_need_get_history (bare)->len, 0);
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (bare), -1);
}

static void
test_status_is_construct_only (void)
{
  GParamSpec *pspec = g_object_class_find_property (g_type_class_peek (LIAN_TYPE_NEED), "status");
  GParamSpec *n_events = g_object_class_find_property (g_type_class_peek (LIAN_TYPE_NEED), "n-events");
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_CLOSED);

  CU_ASSERT_PTR_NOT_NULL_FATAL (pspec);
  CU_ASSERT_TRUE (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  CU_ASSERT_TRUE (pspec->flags & G_PARAM_READABLE);
  CU_ASSERT_EQUAL (G_PARAM_SPEC_VALUE_TYPE (pspec), LIAN_TYPE_NEED_STATUS);
  CU_ASSERT_PTR_NOT_NULL_FATAL (n_events);
  CU_ASSERT_FALSE (n_events->flags & G_PARAM_WRITABLE);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_CLOSED);
  CU_ASSERT_FALSE (lian_need_is_open (need));
}

static void
test_setters_notify_once_per_change (void)
{
  const char *services[] = { "svc-1", NULL };
  g_autoptr(LianNeed) need = lian_need_new ("need-1", "ent-1", LIAN_NEED_CATEGORY_OTHER, "t");
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (need, "notify", G_CALLBACK (log_notify_cb), log);

  /* The values it already has: no notification. */
  lian_need_set_enterprise_id (need, "ent-1");
  lian_need_set_chain_id (need, NULL);
  lian_need_set_category (need, LIAN_NEED_CATEGORY_OTHER);
  lian_need_set_title (need, "t");
  lian_need_set_description (need, NULL);
  lian_need_set_bottleneck (need, FALSE);
  lian_need_set_amount_yuan (need, 0);
  lian_need_set_assignee_id (need, NULL);
  lian_need_set_due (need, NULL);
  lian_need_set_submitted (need, NULL);
  lian_need_set_resolved (need, NULL);
  lian_need_set_service_ids (need, NULL);
  lian_need_set_project_id (need, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "");

  lian_need_set_enterprise_id (need, "ent-2");
  lian_need_set_chain_id (need, "chain-1");
  lian_need_set_category (need, LIAN_NEED_CATEGORY_TALENT);
  lian_need_set_title (need, "引进工程师");
  lian_need_set_description (need, "急需五名工艺工程师");
  lian_need_set_bottleneck (need, TRUE);
  lian_need_set_amount_yuan (need, 100000);
  lian_need_set_assignee_id (need, "org-1");
  lian_need_set_due (need, "2023-09-30");
  lian_need_set_submitted (need, "2023-07-01");
  lian_need_set_resolved (need, "2023-07-20");
  lian_need_set_service_ids (need, services);
  lian_need_set_project_id (need, "proj-1");
  CU_ASSERT_STRING_EQUAL (log->str,
                          "enterprise-id chain-id category title description bottleneck "
                          "amount-yuan assignee-id due submitted resolved service-ids "
                          "project-id ");

  /* Again the same values, and a different "true": still nothing. */
  g_string_truncate (log, 0);
  lian_need_set_title (need, "引进工程师");
  lian_need_set_bottleneck (need, 2);
  lian_need_set_amount_yuan (need, 100000);
  lian_need_set_service_ids (need, services);
  lian_need_set_due (need, "2023-09-30");
  CU_ASSERT_STRING_EQUAL (log->str, "");

  /* Through GObject, once per real change as well. */
  g_object_set (need, "title", "引进技师", "amount-yuan", (gint64) 100000, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "title ");
  lian_need_set_resolved (need, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "title resolved ");
  CU_ASSERT_PTR_NULL (lian_need_get_resolved (need));
}

static void
test_service_links (void)
{
  const char *empty[] = { NULL };
  g_autoptr(LianNeed) need = lian_need_new ("need-1", "ent-1", LIAN_NEED_CATEGORY_FINANCING, "贷款");
  const char * const *ids;
  int count = 0;

  g_signal_connect (need, "notify::service-ids", G_CALLBACK (lian_test_count_notify_cb), &count);
  CU_ASSERT_FALSE (lian_need_has_service (need, "svc-a"));
  CU_ASSERT_TRUE (lian_need_add_service (need, "svc-c"));
  CU_ASSERT_TRUE (lian_need_add_service (need, "svc-a"));
  CU_ASSERT_TRUE (lian_need_add_service (need, "svc-b"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_FALSE (lian_need_add_service (need, "svc-a"));
  CU_ASSERT_EQUAL (count, 3);

  ids = lian_need_get_service_ids (need);
  CU_ASSERT_EQUAL_FATAL (g_strv_length ((GStrv) ids), 3);
  CU_ASSERT_STRING_EQUAL (ids[0], "svc-c");
  CU_ASSERT_STRING_EQUAL (ids[1], "svc-a");
  CU_ASSERT_STRING_EQUAL (ids[2], "svc-b");
  CU_ASSERT_TRUE (lian_need_has_service (need, "svc-a"));

  CU_ASSERT_TRUE (lian_need_remove_service (need, "svc-a"));
  CU_ASSERT_EQUAL (count, 4);
  CU_ASSERT_FALSE (lian_need_remove_service (need, "svc-a"));
  CU_ASSERT_FALSE (lian_need_remove_service (need, "svc-z"));
  CU_ASSERT_EQUAL (count, 4);
  CU_ASSERT_FALSE (lian_need_has_service (need, "svc-a"));
  ids = lian_need_get_service_ids (need);
  CU_ASSERT_EQUAL_FATAL (g_strv_length ((GStrv) ids), 2);
  CU_ASSERT_STRING_EQUAL (ids[0], "svc-c");
  CU_ASSERT_STRING_EQUAL (ids[1], "svc-b");

  CU_ASSERT_TRUE (lian_need_remove_service (need, "svc-c"));
  CU_ASSERT_TRUE (lian_need_remove_service (need, "svc-b"));
  CU_ASSERT_EQUAL (count, 6);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_need_get_service_ids (need));
  CU_ASSERT_PTR_NULL (lian_need_get_service_ids (need)[0]);
  /* An empty list and no list are the same. */
  lian_need_set_service_ids (need, empty);
  CU_ASSERT_EQUAL (count, 6);
}

static void
test_move_table (void)
{
  /* expected[from][to], straight from the design. */
  static const gboolean expected[N_STATUSES][N_STATUSES] = {
    /* to:                       sub    acc    prog   res    closed */
    [LIAN_NEED_STATUS_SUBMITTED] = { FALSE, TRUE, FALSE, FALSE, TRUE },
    [LIAN_NEED_STATUS_ACCEPTED] = { FALSE, FALSE, TRUE, TRUE, TRUE },
    [LIAN_NEED_STATUS_IN_PROGRESS] = { FALSE, FALSE, FALSE, TRUE, TRUE },
    [LIAN_NEED_STATUS_RESOLVED] = { FALSE, FALSE, TRUE, FALSE, FALSE },
    [LIAN_NEED_STATUS_CLOSED] = { FALSE, FALSE, TRUE, FALSE, FALSE },
  };
  guint allowed = 0;

  for (int from = 0; from < N_STATUSES; from++)
    for (int to = 0; to < N_STATUSES; to++)
      {
        gboolean got = lian_need_is_move_allowed (from, to);
        if (got != expected[from][to])
          g_printerr ("%s → %s: %d\n", nick (from), nick (to), got);
        CU_ASSERT_EQUAL (got, expected[from][to]);
        allowed += got;
      }
  CU_ASSERT_EQUAL (allowed, 9);
}

static void
test_whole_life (void)
{
  g_autoptr(LianNeed) need = lian_need_new ("need-1", "ent-1", LIAN_NEED_CATEGORY_TECHNOLOGY,
                                            "电池隔膜涂覆工艺");
  g_autoptr(GDateTime) accepted = beijing_time (2023, 7, 10, 9, 0);
  g_autoptr(GDateTime) started = beijing_time (2023, 7, 11, 14, 30);
  /* 01:30 in Beijing is still the 11th in UTC: resolved must take the
   * date in the zone of the time given. */
  g_autoptr(GDateTime) resolved = beijing_time (2023, 7, 12, 1, 30);
  g_autoptr(GError) error = NULL;
  GPtrArray *history;
  LianNeedEvent *event;

  lian_need_set_submitted (need, "2023-07-10");
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_ACCEPTED, "org-alliance",
                                        "转新材料产业链党委", accepted, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_TRUE (lian_need_is_open (need));
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, "org-chain-committee",
                                        NULL, started, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NULL (lian_need_get_resolved (need));
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_RESOLVED, "org-chain-committee",
                                        "高校团队攻关完成", resolved, &error));
  CU_ASSERT_PTR_NULL (error);

  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_RESOLVED);
  CU_ASSERT_FALSE (lian_need_is_open (need));
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-07-12");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), 2);

  history = lian_need_get_history (need);
  CU_ASSERT_EQUAL_FATAL (history->len, 3);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 3);

  event = g_ptr_array_index (history, 0);
  CU_ASSERT_EQUAL (lian_need_event_get_status (event), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_TRUE (g_date_time_equal (lian_need_event_get_at (event), accepted));
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_actor (event), "org-alliance");
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_note (event), "转新材料产业链党委");

  event = g_ptr_array_index (history, 1);
  CU_ASSERT_EQUAL (lian_need_event_get_status (event), LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_TRUE (g_date_time_equal (lian_need_event_get_at (event), started));
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_actor (event), "org-chain-committee");
  CU_ASSERT_PTR_NULL (lian_need_event_get_note (event));

  event = g_ptr_array_index (history, 2);
  CU_ASSERT_EQUAL (lian_need_event_get_status (event), LIAN_NEED_STATUS_RESOLVED);
  CU_ASSERT_TRUE (g_date_time_equal (lian_need_event_get_at (event), resolved));
  CU_ASSERT_EQUAL (g_date_time_get_utc_offset (lian_need_event_get_at (event)),
                   8 * G_TIME_SPAN_HOUR);
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_note (event), "高校团队攻关完成");

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (need), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_every_illegal_move_is_refused (void)
{
  g_autoptr(GDateTime) when = beijing_time (2023, 7, 20, 10, 0);
  guint refused = 0;

  for (int from = 0; from < N_STATUSES; from++)
    for (int to = 0; to < N_STATUSES; to++)
      {
        g_autoptr(LianNeed) need = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *prefix = NULL;
        g_autofree char *resolved_before = NULL;
        int count = 0;

        if (lian_need_is_move_allowed (from, to))
          continue;
        refused++;
        need = need_in (from);
        resolved_before = g_strdup (lian_need_get_resolved (need));
        g_signal_connect (need, "notify", G_CALLBACK (lian_test_count_notify_cb), &count);

        CU_ASSERT_FALSE (lian_need_transition (need, to, "org-1", "a note", when, &error));
        prefix = g_strdup_printf ("status: cannot move from %s to %s; allowed: ",
                                  nick (from), nick (to));
        CU_ASSERT_PTR_NOT_NULL_FATAL (error);
        if (!g_str_has_prefix (error->message, prefix))
          g_printerr ("message \"%s\" lacks \"%s\"\n", error->message, prefix);
        CU_ASSERT_TRUE (g_str_has_prefix (error->message, prefix));
        LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);

        /* Nothing changed. */
        CU_ASSERT_EQUAL (lian_need_get_status (need), from);
        CU_ASSERT_EQUAL (lian_need_get_history (need)->len, 0);
        CU_ASSERT_EQUAL (lian_need_get_n_events (need), 0);
        CU_ASSERT_STRING_EQUAL (lian_need_get_submitted (need), "2023-07-01");
        CU_ASSERT_EQUAL (g_strcmp0 (lian_need_get_resolved (need), resolved_before), 0);
        CU_ASSERT_EQUAL (count, 0);

        /* Without an error location it is refused just the same. */
        CU_ASSERT_FALSE (lian_need_transition (need, to, NULL, "a note", when, NULL));
        CU_ASSERT_EQUAL (lian_need_get_status (need), from);
        CU_ASSERT_EQUAL (count, 0);
      }
  CU_ASSERT_EQUAL (refused, N_STATUSES * N_STATUSES - 9);
}

static void
test_every_allowed_move_is_made (void)
{
  g_autoptr(GDateTime) when = beijing_time (2023, 7, 20, 10, 0);

  for (int from = 0; from < N_STATUSES; from++)
    for (int to = 0; to < N_STATUSES; to++)
      {
        g_autoptr(LianNeed) need = NULL;
        g_autoptr(GError) error = NULL;
        LianNeedEvent *event;

        if (!lian_need_is_move_allowed (from, to))
          continue;
        need = need_in (from);
        CU_ASSERT_TRUE (lian_need_transition (need, to, "org-1", "a note", when, &error));
        CU_ASSERT_PTR_NULL (error);
        CU_ASSERT_EQUAL (lian_need_get_status (need), to);
        CU_ASSERT_EQUAL_FATAL (lian_need_get_history (need)->len, 1);
        event = g_ptr_array_index (lian_need_get_history (need), 0);
        CU_ASSERT_EQUAL (lian_need_event_get_status (event), to);
        if (to == LIAN_NEED_STATUS_RESOLVED)
          {
            CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-07-20");
          }
        else
          {
            CU_ASSERT_PTR_NULL (lian_need_get_resolved (need));
          }
      }
}

static void
test_resolved_to_submitted_is_refused (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_RESOLVED);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_SUBMITTED, "org-1", "重新提交",
                                         NULL, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message,
                          "status: cannot move from resolved to submitted; allowed: in-progress");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_RESOLVED);
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-07-05");

  /* Staying put is not a move either; the message lists every way out. */
  g_clear_object (&need);
  need = need_in (LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_ACCEPTED, NULL, NULL, NULL, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message,
                          "status: cannot move from accepted to accepted; "
                          "allowed: in-progress, resolved, closed");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
}

/* Found by fuzz-need-moves: the move went through, and left a need that
 * no longer validated (resolved before submitted), in a registry whose
 * saved document would not load. */
static void
test_resolve_before_submitted_refused (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_IN_PROGRESS);
  g_autoptr(GDateTime) early = beijing_time (2023, 6, 30, 9, 0);
  g_autoptr(GDateTime) same_day = beijing_time (2023, 7, 1, 9, 0);
  g_autoptr(GError) error = NULL;
  int notified = 0;

  g_signal_connect (need, "notify", G_CALLBACK (lian_test_count_notify_cb), &notified);
  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_RESOLVED, NULL, NULL, early, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "resolved: 2023-06-30 comes before submitted 2023-07-01");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 0);
  CU_ASSERT_PTR_NULL (lian_need_get_resolved (need));
  CU_ASSERT_EQUAL (notified, 0);

  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_RESOLVED, NULL, NULL, same_day, &error));
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-07-01");
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (need), NULL));
}

static void
test_reopen_takes_a_note (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_RESOLVED);
  g_autoptr(GDateTime) when = beijing_time (2023, 7, 25, 16, 0);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  LianNeedEvent *event;

  g_signal_connect (need, "notify", G_CALLBACK (log_notify_cb), log);

  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, "org-1", NULL,
                                         when, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "note: reopening a need takes a note");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, "org-1", "",
                                         when, &error));
  LIAN_ASSERT_MESSAGE (error, "note: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_RESOLVED);
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-07-05");
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 0);
  CU_ASSERT_STRING_EQUAL (log->str, "");

  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, "org-1",
                                        "企业反映贷款未到位", when, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_TRUE (lian_need_is_open (need));
  CU_ASSERT_PTR_NULL (lian_need_get_resolved (need));
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), -1);
  CU_ASSERT_STRING_EQUAL (log->str, "status resolved n-events ");
  CU_ASSERT_EQUAL_FATAL (lian_need_get_n_events (need), 1);
  event = g_ptr_array_index (lian_need_get_history (need), 0);
  CU_ASSERT_EQUAL (lian_need_event_get_status (event), LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_note (event), "企业反映贷款未到位");

  /* A closed need reopens the same way; it had no resolved date to clear. */
  g_clear_object (&need);
  g_string_truncate (log, 0);
  need = need_in (LIAN_NEED_STATUS_CLOSED);
  g_signal_connect (need, "notify", G_CALLBACK (log_notify_cb), log);
  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, NULL, NULL,
                                         when, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_CLOSED);
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, NULL,
                                        "误关闭，恢复办理", when, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (log->str, "status n-events ");
}

static void
status_notify_cb (LianNeed   *need,
                  GParamSpec *pspec,
                  guint      *n_events_seen)
{
  /* Handlers see the whole move: the event is there already. */
  *n_events_seen = lian_need_get_history (need)->len;
}

static void
test_transition_notifies_once_each (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_SUBMITTED);
  g_autoptr(GDateTime) when = beijing_time (2023, 7, 5, 11, 0);
  g_autoptr(GString) log = g_string_new (NULL);
  guint n_events_seen = 0;

  g_signal_connect (need, "notify", G_CALLBACK (log_notify_cb), log);
  g_signal_connect (need, "notify::status", G_CALLBACK (status_notify_cb), &n_events_seen);

  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_ACCEPTED, NULL, NULL, when, NULL));
  CU_ASSERT_STRING_EQUAL (log->str, "status n-events ");
  CU_ASSERT_EQUAL (n_events_seen, 1);

  g_string_truncate (log, 0);
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_RESOLVED, NULL, NULL, when, NULL));
  CU_ASSERT_STRING_EQUAL (log->str, "status resolved n-events ");
  CU_ASSERT_EQUAL (n_events_seen, 2);

  /* Resolved again on a day it already holds: resolved did not change. */
  g_string_truncate (log, 0);
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, NULL, "again",
                                        when, NULL));
  lian_need_set_resolved (need, "2023-07-05");
  g_string_truncate (log, 0);
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_RESOLVED, NULL, NULL, when, NULL));
  CU_ASSERT_STRING_EQUAL (log->str, "status n-events ");
}

static void
test_transition_without_time_uses_now (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_ACCEPTED);
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(GDateTime) after = NULL;
  g_autofree char *day_before = lian_date_from_date_time (before);
  g_autofree char *day_after = NULL;
  GDateTime *at;

  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_RESOLVED, "org-1", NULL, NULL, NULL));
  after = g_date_time_new_now_local ();
  day_after = lian_date_from_date_time (after);

  at = lian_need_event_get_at (g_ptr_array_index (lian_need_get_history (need), 0));
  CU_ASSERT_TRUE (g_date_time_compare (before, at) <= 0);
  CU_ASSERT_TRUE (g_date_time_compare (at, after) <= 0);
  CU_ASSERT_EQUAL (g_date_time_get_utc_offset (at), g_date_time_get_utc_offset (before));
  CU_ASSERT_TRUE (g_strcmp0 (lian_need_get_resolved (need), day_before) == 0 ||
                  g_strcmp0 (lian_need_get_resolved (need), day_after) == 0);
}

static void
test_days_to_resolve (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_IN_PROGRESS);
  g_autoptr(GDateTime) morning = beijing_time (2023, 7, 1, 8, 0);

  /* Resolved the day it was submitted. */
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), -1);
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_RESOLVED, NULL, NULL, morning, NULL));
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-07-01");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), 0);

  lian_need_set_submitted (need, "2024-02-28");
  lian_need_set_resolved (need, "2024-03-01");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), 2);
  lian_need_set_submitted (need, "2022-12-31");
  lian_need_set_resolved (need, "2023-01-01");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), 1);

  lian_need_set_resolved (need, "2022-12-30");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), -1);
  lian_need_set_resolved (need, "2023-02-30");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), -1);
  lian_need_set_resolved (need, "2023-01-01");
  lian_need_set_submitted (need, NULL);
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), -1);
}

static void
test_is_open (void)
{
  static const gboolean open[N_STATUSES] = { TRUE, TRUE, TRUE, FALSE, FALSE };

  for (int s = 0; s < N_STATUSES; s++)
    {
      g_autoptr(LianNeed) need = need_in (s);
      CU_ASSERT_EQUAL (lian_need_is_open (need), open[s]);
    }
}

static void
test_append_event_restores_history (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_SUBMITTED);
  g_autoptr(GDateTime) at = beijing_time (2023, 6, 1, 9, 0);
  g_autoptr(LianNeedEvent) closed = lian_need_event_new (at, LIAN_NEED_STATUS_CLOSED, "org-1", "旧记录");
  g_autoptr(LianNeedEvent) resolved = lian_need_event_new (at, LIAN_NEED_STATUS_RESOLVED, NULL, NULL);
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (need, "notify", G_CALLBACK (log_notify_cb), log);
  lian_need_append_event (need, closed);
  lian_need_append_event (need, resolved);
  CU_ASSERT_STRING_EQUAL (log->str, "n-events n-events ");
  /* Neither checked against the machine nor moving the status. */
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_EQUAL_FATAL (lian_need_get_n_events (need), 2);
  CU_ASSERT_PTR_EQUAL (g_ptr_array_index (lian_need_get_history (need), 0), closed);
  CU_ASSERT_PTR_EQUAL (g_ptr_array_index (lian_need_get_history (need), 1), resolved);

  /* Transitions append after the restored events. */
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_ACCEPTED, NULL, NULL, at, NULL));
  CU_ASSERT_EQUAL_FATAL (lian_need_get_n_events (need), 3);
  CU_ASSERT_EQUAL (lian_need_event_get_status (g_ptr_array_index (lian_need_get_history (need), 2)),
                   LIAN_NEED_STATUS_ACCEPTED);
}

static void
test_validate_names_bad_field (void)
{
  g_autoptr(LianNeed) need = lian_need_new ("need-1", NULL, LIAN_NEED_CATEGORY_TAX, NULL);
  g_autoptr(GError) error = NULL;
  const char *bad_services[] = { "svc-1", "svc 2", NULL };

  /* Both enterprise_id and title missing: the first in order is named. */
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "enterprise_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);

  lian_need_set_enterprise_id (need, "ent 1");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "enterprise_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_need_set_enterprise_id (need, "ent-1");

  lian_need_set_chain_id (need, "链1");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "chain_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_need_set_chain_id (need, "chain-1");

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "title: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  lian_need_set_title (need, "");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "title: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  lian_need_set_title (need, "研发费用加计扣除");

  lian_need_set_assignee_id (need, "org/1");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "assignee_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_need_set_assignee_id (need, "org-1");

  lian_need_set_due (need, "2023-9-30");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "due: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  lian_need_set_due (need, "2023-09-30");

  lian_need_set_submitted (need, "2023-02-29");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "submitted: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  lian_need_set_submitted (need, "2023-07-10");

  lian_need_set_resolved (need, "yesterday");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "resolved: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  lian_need_set_resolved (need, "2023-07-09");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "resolved: 2023-07-09 comes before submitted 2023-07-10");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  lian_need_set_resolved (need, "2023-07-10");

  lian_need_set_service_ids (need, bad_services);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "service_ids[1]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_need_remove_service (need, "svc 2");

  lian_need_set_project_id (need, "proj 1");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "project_id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_need_set_project_id (need, "proj-1");

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (need), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_validate_chains_up (void)
{
  g_autoptr(LianNeed) need = lian_need_new (NULL, NULL, LIAN_NEED_CATEGORY_OTHER, NULL);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (need), &error));
  LIAN_ASSERT_MESSAGE (error, "id: ");
  CU_ASSERT_TRUE (g_str_has_prefix (error->message, "id: "));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
}

static void
test_finalized (void)
{
  LianNeed *need = lian_need_new ("need-1", "ent-1", LIAN_NEED_CATEGORY_MARKET, "订单对接");
  g_autoptr(GDateTime) when = beijing_time (2023, 7, 1, 8, 0);
  g_autoptr(LianNeedEvent) kept = NULL;

  g_object_add_weak_pointer (G_OBJECT (need), (gpointer *) &need);
  lian_need_add_service (need, "svc-1");
  CU_ASSERT_TRUE (lian_need_transition (need, LIAN_NEED_STATUS_CLOSED, "org-1", "企业撤回", when, NULL));
  kept = lian_need_event_ref (g_ptr_array_index (lian_need_get_history (need), 0));
  g_object_unref (need);
  CU_ASSERT_PTR_NULL (need);
  /* An event outlives the need that held it. */
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_note (kept), "企业撤回");
}

/* A refused move is explained in the reader's language: labels in Chinese,
 * nicks in English. */
static void
test_refused_move_in_chinese (void)
{
  g_autoptr(LianNeed) need = need_in (LIAN_NEED_STATUS_RESOLVED);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_SUBMITTED, "org-1", NULL, NULL,
                                         &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "status：不能从已解决改为已提交；可改为：办理中");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_IN_PROGRESS, "org-1", NULL, NULL,
                                         &error));
  LIAN_ASSERT_MESSAGE (error, "note：重新打开需求须填写说明");
  g_clear_error (&error);

  CU_ASSERT_TRUE_FATAL (lian_set_language ("en", NULL));
  CU_ASSERT_FALSE (lian_need_transition (need, LIAN_NEED_STATUS_SUBMITTED, "org-1", NULL, NULL,
                                         &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message,
                          "status: cannot move from resolved to submitted; allowed: in-progress");
  lian_set_language (NULL, NULL);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_RESOLVED);
}

/* Each value of the enums a need holds in a byte comes back as it was set;
 * one that is none of the enum's is refused, from C as through the
 * property, and leaves the need as it was. */
static void
test_every_enum_value_is_kept (void)
{
  g_autoptr(LianNeed) need = lian_need_new ("need-1", "ent-1", LIAN_NEED_CATEGORY_OTHER, "t");
  g_autoptr(GEnumClass) categories = g_type_class_ref (LIAN_TYPE_NEED_CATEGORY);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (LIAN_TYPE_NEED_STATUS);

  for (guint i = 0; i < categories->n_values; i++)
    {
      lian_need_set_category (need, categories->values[i].value);
      CU_ASSERT_EQUAL (lian_need_get_category (need), categories->values[i].value);
    }
  for (guint i = 0; i < statuses->n_values; i++)
    {
      g_autoptr(LianNeed) made = g_object_new (LIAN_TYPE_NEED, "id", "need-2",
                                               "status", statuses->values[i].value, NULL);
      CU_ASSERT_EQUAL (lian_need_get_status (made), statuses->values[i].value);
    }
  lian_need_set_category (need, LIAN_NEED_CATEGORY_LAND);
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*category <= LIAN_NEED_CATEGORY_OTHER*");
  lian_need_set_category (need, 256 + LIAN_NEED_CATEGORY_TALENT);
  g_test_assert_expected_messages ();
  g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*out of range*");
  g_object_set (need, "category", 256 + LIAN_NEED_CATEGORY_TALENT, NULL);
  g_test_assert_expected_messages ();
  CU_ASSERT_EQUAL (lian_need_get_category (need), LIAN_NEED_CATEGORY_LAND);
  lian_need_set_bottleneck (need, 256);
  CU_ASSERT_EQUAL (lian_need_get_bottleneck (need), TRUE);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/need/construct-with-properties", test_construct_with_properties },
    { "/lian/need/defaults", test_defaults },
    { "/lian/need/status-is-construct-only", test_status_is_construct_only },
    { "/lian/need/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/need/service-links", test_service_links },
    { "/lian/need/move-table", test_move_table },
    { "/lian/need/whole-life", test_whole_life },
    { "/lian/need/every-illegal-move-is-refused", test_every_illegal_move_is_refused },
    { "/lian/need/every-allowed-move-is-made", test_every_allowed_move_is_made },
    { "/lian/need/resolved-to-submitted-is-refused", test_resolved_to_submitted_is_refused },
    { "/lian/need/reopen-takes-a-note", test_reopen_takes_a_note },
    { "/lian/need/transition-notifies-once-each", test_transition_notifies_once_each },
    { "/lian/need/transition-without-time-uses-now", test_transition_without_time_uses_now },
    { "/lian/need/days-to-resolve", test_days_to_resolve },
    { "/lian/need/is-open", test_is_open },
    { "/lian/need/append-event-restores-history", test_append_event_restores_history },
    { "/lian/need/validate-names-bad-field", test_validate_names_bad_field },
    { "/lian/need/validate-chains-up", test_validate_chains_up },
    { "/lian/need/finalized", test_finalized },
    { "/lian/need/resolve-before-submitted-refused", test_resolve_before_submitted_refused },
    { "/lian/need/refused-move-in-chinese", test_refused_move_in_chinese },
    { "/lian/need/every-enum-value-is-kept", test_every_enum_value_is_kept },
    { NULL, NULL },
  };
  return lian_test_run ("need", tests);
}
