/* test-actor.c: people, their roles and scopes, enforced in the change
 * path; what they may read; work queues on a fixed day
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

#define ON "2026-12-01"

/* tests/data/people/register.json: Wuxi (320200) with Xishan (320205) and
 * Huishan (320206), Kunshan (320583); a clerk and a coordinator of Xishan,
 * a coordinator of Wuxi, a provincial reviewer and an administrator. */
static LianRegistry *
people_registry (void)
{
  g_autofree char *path = lian_test_data ("people/register.json");
  g_autoptr(GError) error = NULL;
  LianRegistry *registry = lian_registry_new ();

  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_file (registry, path, NULL, &error));
  return registry;
}

static guint
journal_length (LianRegistry *registry)
{
  return g_list_model_get_n_items (lian_registry_get_journal (registry));
}

static void
test_people_are_records (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autoptr(GListModel) people = lian_registry_get_records (registry, LIAN_RECORD_KIND_PERSON);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  LianActor *clerk = LIAN_ACTOR (lian_registry_lookup (registry, "p-xs-clerk"));

  CU_ASSERT_EQUAL (g_list_model_get_n_items (people), 5);
  CU_ASSERT_TRUE (lian_registry_has_people (registry));
  CU_ASSERT_EQUAL (lian_actor_get_roles (clerk), LIAN_ROLES_CLERK);
  CU_ASSERT_STRING_EQUAL (lian_actor_get_regions (clerk)[0], "320205");
  CU_ASSERT_STRING_EQUAL (lian_actor_get_org_id (clerk), "org-xs");
  CU_ASSERT_FALSE (lian_actor_is_unlimited (clerk));
  CU_ASSERT_TRUE (lian_actor_is_unlimited (LIAN_ACTOR (lian_registry_lookup (registry, "p-admin"))));

  text = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "\"people\""));
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (again, text, -1, &error));
  text_again = lian_registry_save_to_data (again, NULL);
  CU_ASSERT_STRING_EQUAL (text, text_again);
}

/* A register without people saves as it did: no "people" member. */
static void
test_no_people_no_member (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autofree char *text = lian_registry_save_to_data (registry, NULL);

  CU_ASSERT_PTR_NULL (strstr (text, "people"));
  CU_ASSERT_FALSE (lian_registry_has_people (registry));
}

static void
test_clerk_write_elsewhere_refused (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianEnterprise) firm = NULL;
  g_auto(GValue) title = G_VALUE_INIT;
  LianNeed *there = lian_registry_lookup_need (registry, "need-hs-1");
  LianNeed *here = lian_registry_lookup_need (registry, "need-xs-2");
  LianEnterprise *ks = lian_registry_lookup_enterprise (registry, "ent-ks-board");
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL;
  g_autoptr(LianChange) change = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_act_as (registry, "p-xs-clerk", &error));
  CU_ASSERT_STRING_EQUAL (lian_registry_get_actor (registry), "p-xs-clerk");

  /* update(): the error names the rule; nothing applied. */
  g_value_init (&title, G_TYPE_STRING);
  g_value_set_string (&title, "改掉别区的需求");
  CU_ASSERT_FALSE (lian_registry_update (registry, LIAN_RECORD (there), "title", &title, &error));
  LIAN_ASSERT_MESSAGE (error, "rule \"scope\"");
  LIAN_ASSERT_MESSAGE (error, "need \"need-hs-1\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (there), "扩建用地");
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (there)), 1);

  /* A setter: a checked auto-commit, refused and put back. */
  lian_record_set_name (LIAN_RECORD (ks), "改名");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ks)), "昆山电路板有限公司");

  /* An addition in another county, a removal there. */
  firm = lian_enterprise_new ("ent-ks-new", "昆山新企业", "91320581608159327W", "320583");
  CU_ASSERT_FALSE (lian_registry_add (registry, LIAN_RECORD (firm), &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "ent-ks-new"));
  CU_ASSERT_FALSE (lian_registry_remove (registry, "ent-hs-wafer", TRUE, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup (registry, "need-hs-1"));

  /* Moving a need of its own county onto another county's enterprise. */
  lian_need_set_enterprise_id (here, "ent-ks-board");
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (here), "ent-xs-chip");

  CU_ASSERT_EQUAL (journal_length (registry), 0);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);

  /* Its own county: accepted and signed. */
  g_value_set_string (&title, "流动资金贷款（续）");
  CU_ASSERT_TRUE (lian_registry_update (registry, LIAN_RECORD (here), "title", &title, &error));
  CU_ASSERT_PTR_NULL (error);
  change = g_list_model_get_item (lian_registry_get_journal (registry), 0);
  CU_ASSERT_STRING_EQUAL (lian_change_get_actor (change), "p-xs-clerk");
}

static void
test_clerk_may_not_route (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(GError) error = NULL;

  lian_registry_act_as (registry, "p-xs-clerk", &error);
  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-xs-2", "org-xs", NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "rule \"routing\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION);
  CU_ASSERT_PTR_NULL (lian_need_get_assignee_id (lian_registry_lookup_need (registry, "need-xs-2")));
  /* Nor change a chain: no role of a clerk's gives it. */
  lian_record_set_name (LIAN_RECORD (lian_registry_lookup_chain (registry, "chain-ic")), "改");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (lian_registry_lookup_chain (registry, "chain-ic"))),
                          "集成电路产业链");
}

static void
test_city_coordinator_assigns_in_its_counties (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(GError) error = NULL;
  LianNeedEvent *event;
  GPtrArray *history;

  CU_ASSERT_TRUE_FATAL (lian_registry_act_as (registry, "p-wx-coord", &error));
  CU_ASSERT_TRUE (lian_registry_assign_need (registry, "need-xs-2", "org-xs", "2026-12-20", &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-hs-1", LIAN_NEED_STATUS_IN_PROGRESS,
                                           NULL, NULL, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  history = lian_need_get_history (lian_registry_lookup_need (registry, "need-hs-1"));
  event = history->pdata[history->len - 1];
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_actor (event), "p-wx-coord");

  CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-ks-1", "org-wx", NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION);
  CU_ASSERT_STRING_EQUAL (lian_need_get_assignee_id (lian_registry_lookup_need (registry, "need-ks-1")),
                          "org-ks");
}

/* In a batch, a refused change undoes the whole batch. */
static void
test_refusal_in_batch_undoes_it (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(GError) error = NULL;
  LianNeed *here = lian_registry_lookup_need (registry, "need-xs-2");

  lian_registry_act_as (registry, "p-xs-clerk", &error);
  lian_registry_begin_batch (registry);
  lian_need_set_title (here, "本区的修改");
  lian_need_set_title (lian_registry_lookup_need (registry, "need-ks-1"), "别区的修改");
  CU_ASSERT_FALSE (lian_registry_commit_batch (registry, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (here), "流动资金贷款");
  CU_ASSERT_EQUAL (journal_length (registry), 0);
}

/* Free text cannot replace the person's signature. */
static void
test_actor_follows_person (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(GError) error = NULL;

  lian_registry_set_actor (registry, "free text");   /* no person: as before */
  CU_ASSERT_STRING_EQUAL (lian_registry_get_actor (registry), "free text");
  lian_registry_act_as (registry, "p-admin", &error);
  CU_ASSERT_STRING_EQUAL (lian_registry_get_actor (registry), "p-admin");
  lian_registry_set_actor (registry, "张三随便写");      /* warned, refused */
  CU_ASSERT_STRING_EQUAL (lian_registry_get_actor (registry), "p-admin");
  CU_ASSERT_FALSE (lian_registry_act_as (registry, "nobody", &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_FALSE (lian_registry_act_as (registry, "org-xs", &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
}

static void
test_county_reads_its_county (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(LianRegistry) county = NULL;
  g_autoptr(GListModel) firms = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL, *dashboard = NULL, *book = NULL;
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);

  lian_registry_act_as (registry, "p-xs-clerk", &error);
  CU_ASSERT_FALSE (lian_registry_may_read (registry, LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-ks-board"))));
  county = lian_registry_dup_visible (registry, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (county);
  firms = lian_registry_get_enterprises (county);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (firms), 1);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_enterprise (county, "ent-xs-chip"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_need (county, "need-hs-1"));
  CU_ASSERT_EQUAL (g_strv_length ((char **) lian_chain_get_leader_ids (lian_registry_lookup_chain (county, "chain-ic"))), 1);

  csv = lian_registry_export_csv_to_data (county, filter, LIAN_CSV_EXPORT_FLAGS_NONE, NULL);
  CU_ASSERT_PTR_NOT_NULL (strstr (csv, "锡山芯片"));
  CU_ASSERT_PTR_NULL (strstr (csv, "惠山晶圆"));
  CU_ASSERT_PTR_NULL (strstr (csv, "昆山电路板"));
  dashboard = lian_report_dashboard (county, "320000", LIAN_REPORT_FORMAT_MARKDOWN,
                                     LIAN_REPORT_FLAGS_NONE, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dashboard);
  CU_ASSERT_PTR_NULL (strstr (dashboard, "惠山晶圆"));
  CU_ASSERT_PTR_NULL (strstr (dashboard, "昆山电路板"));
  book = lian_report_chain_book (county, "chain-ic", ON, LIAN_REPORT_FORMAT_MARKDOWN,
                                 LIAN_REPORT_FLAGS_NONE, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (book);
  CU_ASSERT_PTR_NOT_NULL (strstr (book, "锡山芯片"));
  CU_ASSERT_PTR_NULL (strstr (book, "昆山电路板"));
}

static void
test_city_and_province_read (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(LianRegistry) city = NULL;
  g_autoptr(LianRegistry) province = NULL;
  g_autoptr(GListModel) city_firms = NULL;
  g_autoptr(GListModel) province_firms = NULL;
  g_autoptr(GError) error = NULL;

  lian_registry_act_as (registry, "p-wx-coord", &error);
  city = lian_registry_dup_visible (registry, &error);
  city_firms = lian_registry_get_enterprises (city);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (city_firms), 2);
  CU_ASSERT_PTR_NULL (lian_registry_lookup_enterprise (city, "ent-ks-board"));

  lian_registry_act_as (registry, "p-js-reviewer", &error);
  province = lian_registry_dup_visible (registry, &error);
  province_firms = lian_registry_get_enterprises (province);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (province_firms), 3);
  /* A reviewer reads, and changes nothing. */
  lian_record_set_name (LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-xs-chip")), "x");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-xs-chip"))),
                          "锡山芯片有限公司");
}

static char *
queue_ids (LianRegistry  *registry,
           const char    *org,
           LianQueueKind  kind,
           guint          days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) queue = lian_registry_dup_queue (registry, org, kind, ON, days, &error);
  g_autoptr(GString) ids = g_string_new (NULL);

  CU_ASSERT_PTR_NOT_NULL_FATAL (queue);
  for (guint i = 0; i < queue->len; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "", lian_record_get_id (queue->pdata[i]));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

#define ASSERT_QUEUE(registry, org, kind, days, expected)            \
  do {                                                                \
    g_autofree char *got_ = queue_ids (registry, org, kind, days);    \
    if (!g_str_equal (got_, expected))                                \
      g_printerr ("%s %d: \"%s\", not \"%s\"\n", org, kind, got_, expected); \
    CU_ASSERT_STRING_EQUAL (got_, expected);                          \
  } while (0)

static void
test_queues_on_a_fixed_day (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *deadline = NULL;
  guint accept = 0, resolve = 0;

  CU_ASSERT_TRUE (lian_registry_get_service_level (registry, LIAN_NEED_CATEGORY_FINANCING,
                                                   &accept, &resolve));
  CU_ASSERT_EQUAL (accept, 3);
  CU_ASSERT_EQUAL (resolve, 20);
  CU_ASSERT_FALSE (lian_registry_get_service_level (registry, LIAN_NEED_CATEGORY_LAND, NULL, NULL));
  /* Submitted on 25 November, three days to accept it. */
  deadline = lian_registry_dup_need_deadline (registry, lian_registry_lookup_need (registry, "need-xs-2"));
  CU_ASSERT_STRING_EQUAL (deadline, "2026-11-28");

  ASSERT_QUEUE (registry, "org-xs", LIAN_QUEUE_KIND_ASSIGNED, 0, "need-xs-1");
  ASSERT_QUEUE (registry, "org-xs", LIAN_QUEUE_KIND_OVERDUE, 0, "need-xs-1");
  ASSERT_QUEUE (registry, "org-hs", LIAN_QUEUE_KIND_OVERDUE, 0, "");
  ASSERT_QUEUE (registry, "org-hs", LIAN_QUEUE_KIND_DUE_SOON, 7, "need-hs-1");
  ASSERT_QUEUE (registry, "org-hs", LIAN_QUEUE_KIND_DUE_SOON, 3, "");
  ASSERT_QUEUE (registry, "org-ks", LIAN_QUEUE_KIND_STALLED, 30, "need-ks-1");
  ASSERT_QUEUE (registry, "org-ks", LIAN_QUEUE_KIND_STALLED, 90, "");
  /* Escalation: Xishan's overdue need rises to Wuxi, not to the province. */
  ASSERT_QUEUE (registry, "org-wx", LIAN_QUEUE_KIND_ESCALATED, 0, "need-xs-1");
  ASSERT_QUEUE (registry, "org-js", LIAN_QUEUE_KIND_ESCALATED, 0, "");

  CU_ASSERT_PTR_NULL (lian_registry_dup_queue (registry, "org-xs", LIAN_QUEUE_KIND_OVERDUE, "2026-13-01", 0, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  CU_ASSERT_PTR_NULL (lian_registry_dup_queue (registry, "org-none", LIAN_QUEUE_KIND_OVERDUE, ON, 0, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
}

static void
test_digest_masks_contacts (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *md = lian_registry_write_digest (registry, "org-wx", ON, 7, FALSE, &error);
  g_autofree char *html = lian_registry_write_digest (registry, "org-xs", ON, 7, TRUE, &error);

  CU_ASSERT_PTR_NOT_NULL_FATAL (md);
  CU_ASSERT_PTR_NOT_NULL_FATAL (html);
  CU_ASSERT_PTR_NOT_NULL (strstr (md, "## Overdue below, escalated (1)"));
  CU_ASSERT_PTR_NOT_NULL (strstr (md, "need-xs-1"));
  CU_ASSERT_PTR_NOT_NULL (strstr (md, "138****0001"));
  CU_ASSERT_PTR_NULL (strstr (md, "13800000001"));
  CU_ASSERT_PTR_NULL (strstr (md, "张三"));
  CU_ASSERT_PTR_NOT_NULL (strstr (html, "<h2>Overdue (1)</h2>"));
  CU_ASSERT_PTR_NULL (strstr (html, "13800000001"));
}

/* A SQLite store keeps people in its table, and signs its log with them. */
static void
test_sqlite_store_keeps_people (void)
{
  g_autoptr(LianRegistry) registry = people_registry ();
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "people.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianStore) store = lian_store_open (path, &error);
  g_autoptr(LianRegistry) opened = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(LianChange) change = NULL;

  if (store == NULL)   /* built without SQLite */
    {
      LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED);
      lian_test_remove_dir (dir);
      return;
    }
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, registry, &error));
  lian_store_close (store);
  opened = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  CU_ASSERT_TRUE (lian_registry_has_people (opened));
  /* Service levels are kept with the register, in the document table. */
  CU_ASSERT_TRUE (lian_registry_get_service_level (opened, LIAN_NEED_CATEGORY_TECHNOLOGY, NULL, NULL));
  CU_ASSERT_TRUE_FATAL (lian_registry_act_as (opened, "p-xs-coord", &error));
  CU_ASSERT_TRUE (lian_registry_assign_need (opened, "need-xs-2", "org-xs", NULL, &error));
  CU_ASSERT_FALSE (lian_registry_assign_need (opened, "need-hs-1", "org-xs", NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION);
  changes = lian_store_list_changes (lian_registry_get_store (opened), NULL, NULL, NULL, NULL, &error);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (changes), 1);
  change = g_list_model_get_item (changes, 0);
  CU_ASSERT_STRING_EQUAL (lian_change_get_actor (change), "p-xs-coord");
  CU_ASSERT_STRING_EQUAL (lian_change_get_record_id (change), "need-xs-2");
  g_clear_object (&opened);
  lian_test_remove_dir (dir);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/actor/people-are-records", test_people_are_records },
    { "/lian/actor/no-people-no-member", test_no_people_no_member },
    { "/lian/actor/clerk-write-elsewhere-refused", test_clerk_write_elsewhere_refused },
    { "/lian/actor/clerk-may-not-route", test_clerk_may_not_route },
    { "/lian/actor/city-coordinator-assigns-in-its-counties", test_city_coordinator_assigns_in_its_counties },
    { "/lian/actor/refusal-in-batch-undoes-it", test_refusal_in_batch_undoes_it },
    { "/lian/actor/actor-follows-person", test_actor_follows_person },
    { "/lian/actor/county-reads-its-county", test_county_reads_its_county },
    { "/lian/actor/city-and-province-read", test_city_and_province_read },
    { "/lian/actor/queues-on-a-fixed-day", test_queues_on_a_fixed_day },
    { "/lian/actor/digest-masks-contacts", test_digest_masks_contacts },
    { "/lian/actor/sqlite-store-keeps-people", test_sqlite_store_keeps_people },
    { NULL, NULL },
  };
  return lian_test_run ("actor", tests);
}
