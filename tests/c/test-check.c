/* test-check.c: lian_registry_check() and LianProblem
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

#define TODAY "2023-08-01"
#define MAX_OPEN 90

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

static LianEnterprise *
new_enterprise (const char *id,
                const char *name,
                guint       n)
{
  g_autofree char *uscc = lian_test_uscc ("320214", n);

  return lian_enterprise_new (id, name, uscc, "320214");
}

static LianNeed *
new_need (const char *id,
          const char *submitted)
{
  return g_object_new (LIAN_TYPE_NEED, "id", id, "enterprise-id", "ent-1",
                       "category", LIAN_NEED_CATEGORY_FINANCING, "title", "流动资金贷款",
                       "submitted", submitted, NULL);
}

/* A registry without a problem on TODAY with MAX_OPEN: a chain with its
 * leader, enterprises in its segments, organisations with members, needs
 * that are recent or resolved, a project on time. */
static LianRegistry *
make_clean_registry (void)
{
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *segments[] = { "材料", "芯片", "整机", NULL };
  LianChain *chain = lian_chain_new ("chain-ic", "集成电路产业链");
  LianChain *second = lian_chain_new ("chain-ev", "新能源汽车产业链");
  LianEnterprise *e1 = new_enterprise ("ent-1", "无锡芯片有限公司", 1);
  LianEnterprise *e2 = new_enterprise ("ent-2", "无锡整机有限公司", 2);
  LianEnterprise *e3 = new_enterprise ("ent-3", "常州电池有限公司", 3);
  LianPartyOrg *alliance = lian_party_org_new ("org-1", "集成电路产业链党建联盟", LIAN_ORG_KIND_ALLIANCE);
  LianPartyOrg *branch = lian_party_org_new ("org-2", "芯片党支部", LIAN_ORG_KIND_BRANCH);
  LianServiceItem *svc = lian_service_item_new ("svc-1", "科技贷", LIAN_SERVICE_KIND_POLICY);
  LianNeed *old_resolved = new_need ("need-2", "2023-01-05");
  LianNeed *recent = new_need ("need-1", "2023-07-01");
  LianActionProject *project = lian_action_project_new ("prj-1", "金融赋能行动", "org-1");

  lian_chain_set_region (chain, "320000");
  lian_chain_set_segments (chain, segments);
  lian_chain_add_leader (chain, "ent-1");
  lian_chain_set_region (second, "320400");
  lian_chain_add_segment (second, "电池");
  g_ptr_array_add (records, chain);
  g_ptr_array_add (records, second);
  lian_enterprise_add_chain_link (e1, "chain-ic", "芯片", LIAN_CHAIN_ROLE_LEADER);
  lian_enterprise_add_chain_link (e2, "chain-ic", "整机", LIAN_CHAIN_ROLE_CORE);
  /* A leader by its link only: the chain lists none. */
  lian_enterprise_add_chain_link (e3, "chain-ev", "电池", LIAN_CHAIN_ROLE_LEADER);
  g_ptr_array_add (records, e1);
  g_ptr_array_add (records, e2);
  g_ptr_array_add (records, e3);
  lian_party_org_add_member (alliance, "ent-1");
  lian_party_org_add_member (alliance, "ent-2");
  g_ptr_array_add (records, alliance);
  lian_party_org_set_parent_id (branch, "org-1");
  lian_party_org_add_member (branch, "ent-1");
  g_ptr_array_add (records, branch);
  lian_service_item_set_categories (svc, LIAN_NEED_CATEGORIES_FINANCING);
  g_ptr_array_add (records, svc);
  lian_need_set_due (recent, "2023-08-01");   /* due today: not yet late */
  g_ptr_array_add (records, recent);
  lian_need_set_due (old_resolved, "2023-02-01");
  g_ptr_array_add (records, old_resolved);
  lian_action_project_add_need (project, "need-1");
  lian_action_project_set_started (project, "2023-07-10");
  lian_action_project_set_due (project, "2023-12-31");
  g_ptr_array_add (records, project);

  /* Chain and leader refer to each other: they come together. */
  if (!lian_registry_add_many (registry, records, &error))
    g_error ("%s", error->message);

  /* Moved on days of its own, not today's: its history agrees with it. */
  {
    g_autoptr(GDateTime) accepted = g_date_time_new_from_iso8601 ("2023-01-06T10:00:00+08:00", NULL);
    g_autoptr(GDateTime) resolved = g_date_time_new_from_iso8601 ("2023-03-01T16:00:00+08:00", NULL);

    g_assert (lian_need_transition (lian_registry_lookup_need (registry, "need-2"),
                                    LIAN_NEED_STATUS_ACCEPTED, NULL, NULL, accepted, NULL));
    g_assert (lian_need_transition (lian_registry_lookup_need (registry, "need-2"),
                                    LIAN_NEED_STATUS_RESOLVED, NULL, NULL, resolved, NULL));
  }
  return registry;
}

static char *
describe_problems (GListModel *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
      g_string_append_printf (text, "%s %s %s %s: %s\n",
                              lian_enum_to_nick (LIAN_TYPE_SEVERITY, lian_problem_get_severity (problem)),
                              lian_problem_get_code (problem), lian_problem_get_record_id (problem),
                              lian_problem_get_field (problem) ? lian_problem_get_field (problem) : "-",
                              lian_problem_get_message (problem));
    }
  return g_string_free (text, FALSE);
}

/* Checks @registry and asserts it has exactly one problem, as described;
 * returns its message. */
static char *
assert_one_problem (LianRegistry *registry,
                    LianSeverity  severity,
                    const char   *code,
                    const char   *record_id,
                    const char   *field)
{
  g_autoptr(GListModel) problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  g_autoptr(LianProblem) problem = NULL;

  CU_ASSERT_EQUAL_FATAL (g_list_model_get_item_type (problems), LIAN_TYPE_PROBLEM);
  if (g_list_model_get_n_items (problems) != 1)
    {
      g_autofree char *text = describe_problems (problems);
      g_printerr ("expected one %s problem, got:\n%s", code, text);
    }
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (problems), 1);
  problem = g_list_model_get_item (problems, 0);
  CU_ASSERT_EQUAL (lian_problem_get_severity (problem), severity);
  CU_ASSERT_STRING_EQUAL (lian_problem_get_code (problem), code);
  CU_ASSERT_STRING_EQUAL (lian_problem_get_record_id (problem), record_id);
  if (field)
    {
      CU_ASSERT_STRING_EQUAL (lian_problem_get_field (problem), field);
    }
  else
    {
      CU_ASSERT_PTR_NULL (lian_problem_get_field (problem));
    }
  return g_strdup (lian_problem_get_message (problem));
}

#define ASSERT_CONTAINS(text, part)                                       \
  do {                                                                    \
    if (strstr ((text), (part)) == NULL)                                  \
      g_printerr ("\"%s\" lacks \"%s\"\n", (text), (part));               \
    CU_ASSERT_PTR_NOT_NULL (strstr ((text), (part)));                     \
  } while (0)

static void
test_clean_registry_has_no_problem (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autoptr(LianRegistry) empty = lian_registry_new ();
  g_autoptr(GListModel) problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  g_autoptr(GListModel) none = lian_registry_check (empty, TODAY, 0);
  g_autofree char *text = describe_problems (problems);

  if (g_list_model_get_n_items (problems) != 0)
    g_printerr ("unexpected problems:\n%s", text);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (none), 0);
  CU_ASSERT_EQUAL (g_list_model_get_item_type (none), LIAN_TYPE_PROBLEM);
}

static void
test_duplicate_uscc (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *uscc = lian_test_uscc ("320214", 2);
  g_autofree char *message = NULL;
  LianEnterprise *copy = lian_enterprise_new ("ent-9", "完全不同的名字", uscc, "320214");

  add_or_fail (registry, copy);
  message = assert_one_problem (registry, LIAN_SEVERITY_ERROR, "duplicate-uscc", "ent-9", "uscc");
  ASSERT_CONTAINS (message, "uscc: ");
  ASSERT_CONTAINS (message, uscc);
  ASSERT_CONTAINS (message, "\"ent-2\"");
}

static void
test_duplicate_uscc_and_name_is_one_error (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *uscc = lian_test_uscc ("320214", 1);
  g_autofree char *message = NULL;

  add_or_fail (registry, lian_enterprise_new ("ent-0", "无锡芯片有限公司", uscc, "320214"));
  message = assert_one_problem (registry, LIAN_SEVERITY_ERROR, "duplicate-uscc", "ent-0", "uscc");
  ASSERT_CONTAINS (message, "\"ent-1\"");
}

static void
test_duplicate_name_after_normalising (void)
{
  static const struct { const char *first, *later; } same[] = {
    { "无锡芯片有限公司", "无锡 芯片\u3000股份有限公司" },
    { "ＡＢＣ科技集团有限公司", "abc科技" },
    { "Suzhou Nano Co.", "ＳＵＺＨＯＵ　ＮＡＮＯ　ＣＯ．有限责任公司" },
    { "江苏（无锡）微电子集团", "江苏(无锡)微电子公司" },
    { "华芯【无锡】微电子有限公司", "华芯〔无锡〕微电子" },
    { "华芯[无锡]微电子有限公司", "华芯（无锡）微电子" },
  };
  static const char *different[] = { "无锡芯片研究院", "无锡芯片科技有限公司", "公司" };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(LianRegistry) registry = lian_registry_new ();
      g_autofree char *message = NULL;

      add_or_fail (registry, new_enterprise ("ent-a", same[i].first, 100));
      add_or_fail (registry, new_enterprise ("ent-b", same[i].later, 101));
      message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "duplicate-name", "ent-b", "name");
      ASSERT_CONTAINS (message, "\"ent-a\"");
      ASSERT_CONTAINS (message, same[i].first);
    }
  {
    g_autoptr(LianRegistry) registry = make_clean_registry ();
    g_autoptr(GListModel) problems = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (different); i++)
      {
        g_autofree char *id = g_strdup_printf ("ent-d%u", i);
        add_or_fail (registry, new_enterprise (id, different[i], 200 + i));
      }
    problems = lian_registry_check (registry, TODAY, MAX_OPEN);
    CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
  }
}

static void
test_duplicates_name_the_first_of_many (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GListModel) problems = NULL;

  add_or_fail (registry, new_enterprise ("ent-c", "无锡芯片有限公司", 1));
  add_or_fail (registry, new_enterprise ("ent-a", "无锡芯片", 2));
  add_or_fail (registry, new_enterprise ("ent-b", "无锡芯片集团", 3));
  problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (problems), 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
      CU_ASSERT_STRING_EQUAL (lian_problem_get_record_id (problem), i == 0 ? "ent-a" : "ent-b");
      ASSERT_CONTAINS (lian_problem_get_message (problem), "\"ent-c\"");
    }
}

static void
test_chain_without_leader (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  LianChain *chain = lian_chain_new ("chain-bio", "生物医药产业链");
  g_autofree char *message = NULL;

  lian_chain_set_region (chain, "320500");
  add_or_fail (registry, chain);
  message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "chain-without-leader",
                                "chain-bio", "leader_ids");
  ASSERT_CONTAINS (message, "leader_ids: ");

  /* A link as core does not make a leader; a link as leader does. */
  lian_enterprise_add_chain_link (lian_registry_lookup_enterprise (registry, "ent-2"),
                                  "chain-bio", NULL, LIAN_CHAIN_ROLE_CORE);
  g_free (assert_one_problem (registry, LIAN_SEVERITY_WARNING, "chain-without-leader",
                              "chain-bio", "leader_ids"));
  lian_chain_add_leader (chain, "ent-2");
  {
    g_autoptr(GListModel) problems = lian_registry_check (registry, TODAY, MAX_OPEN);
    CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
  }
}

static void
test_unknown_segment (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  LianEnterprise *ent = new_enterprise ("ent-9", "苏州封装有限公司", 9);
  g_autofree char *message = NULL;

  lian_enterprise_add_chain_link (ent, "chain-ev", "电池", LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_add_chain_link (ent, "chain-ic", "封装", LIAN_CHAIN_ROLE_SUPPORTING);
  add_or_fail (registry, ent);
  message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "unknown-segment",
                                "ent-9", "chain_links");
  ASSERT_CONTAINS (message, "chain_links[1].segment: chain \"chain-ic\" has no segment \"封装\"");

  /* The chain gaining the segment settles it. */
  lian_chain_add_segment (lian_registry_lookup_chain (registry, "chain-ic"), "封装");
  {
    g_autoptr(GListModel) problems = lian_registry_check (registry, TODAY, MAX_OPEN);
    CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
  }
}

static void
test_need_open_too_long (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *message = NULL;

  /* 2023-05-03 is exactly 90 days before TODAY: not yet too long. */
  add_or_fail (registry, new_need ("need-8", "2023-05-03"));
  add_or_fail (registry, new_need ("need-9", "2023-05-02"));
  message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "need-open-too-long",
                                "need-9", "submitted");
  ASSERT_CONTAINS (message, "91 days since 2023-05-02");

  /* Closing it settles it. */
  g_assert (lian_need_transition (lian_registry_lookup_need (registry, "need-9"),
                                  LIAN_NEED_STATUS_CLOSED, NULL, NULL, NULL, NULL));
  {
    g_autoptr(GListModel) problems = lian_registry_check (registry, TODAY, MAX_OPEN);
    g_autoptr(GListModel) strict = lian_registry_check (registry, TODAY, 30);
    CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
    /* need-1 (31 days) and need-8 with a stricter limit. */
    CU_ASSERT_EQUAL (g_list_model_get_n_items (strict), 2);
  }
}

static void
test_need_overdue (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *message = NULL;

  lian_need_set_due (lian_registry_lookup_need (registry, "need-1"), "2023-07-31");
  message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "need-overdue", "need-1", "due");
  ASSERT_CONTAINS (message, "due: 2023-07-31 has passed and the need is still submitted");
}

static void
test_implausible_amount (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *message = NULL;

  /* One trillion yuan is plausible, a yuan more is not. */
  lian_need_set_amount_yuan (lian_registry_lookup_need (registry, "need-1"),
                             G_GINT64_CONSTANT (1000000000000));
  lian_action_project_set_loans_yuan (lian_registry_lookup_project (registry, "prj-1"),
                                      G_GINT64_CONSTANT (9200000000000000000));
  message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "implausible-amount", "prj-1",
                                "loans_yuan");
  ASSERT_CONTAINS (message, "loans_yuan: 9,200,000,000,000,000,000 yuan is more than 1,000,000,000,000 yuan");
  g_clear_pointer (&message, g_free);

  lian_action_project_set_loans_yuan (lian_registry_lookup_project (registry, "prj-1"), 0);
  lian_need_set_amount_yuan (lian_registry_lookup_need (registry, "need-1"),
                             G_GINT64_CONSTANT (1000000000001));
  message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "implausible-amount", "need-1",
                                "amount_yuan");
  ASSERT_CONTAINS (message, "amount_yuan: 1,000,000,000,001 yuan");
}

static void
test_project_overdue (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  LianActionProject *project = lian_registry_lookup_project (registry, "prj-1");
  g_autofree char *message = NULL;

  lian_action_project_set_due (project, "2023-07-20");
  message = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "project-overdue", "prj-1", "due");
  ASSERT_CONTAINS (message, "due: 2023-07-20 has passed");

  lian_action_project_set_status (project, LIAN_PROJECT_STATUS_CANCELLED);
  {
    g_autoptr(GListModel) problems = lian_registry_check (registry, TODAY, MAX_OPEN);
    CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
  }
}

static void
test_org_without_members (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();

  add_or_fail (registry, lian_party_org_new ("org-9", "流动党校", LIAN_ORG_KIND_PARTY_SCHOOL));
  g_free (assert_one_problem (registry, LIAN_SEVERITY_INFO, "org-without-members", "org-9",
                              "member_ids"));
}

/* The registry refuses to set @property of @record to @value, with an error
 * that contains @expected; the record keeps its revision, the journal
 * grows by nothing, and the check finds the registry as clean as before. */
static void
assert_refused (LianRegistry *registry,
                gpointer      record,
                const char   *property,
                const char   *value,
                const char   *expected)
{
  g_auto(GValue) v = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) problems = NULL;
  guint64 revision = lian_record_get_revision (record);
  guint changes = g_list_model_get_n_items (lian_registry_get_journal (registry));

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  CU_ASSERT_FALSE (lian_registry_update (registry, record, property, &v, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  if (strstr (error->message, expected) == NULL)
    g_printerr ("\"%s\" does not contain \"%s\"\n", error->message, expected);
  ASSERT_CONTAINS (error->message, expected);
  CU_ASSERT_EQUAL (lian_record_get_revision (record), revision);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), changes);
  problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
}

/* References, values and cycles that the check used to find once a setter
 * had made them are refused by the registry before they are made. */
static void
test_dangling_reference (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  LianPartyOrg *org = lian_registry_lookup_organization (registry, "org-2");
  g_autoptr(GListModel) problems = NULL;

  assert_refused (registry, lian_registry_lookup_need (registry, "need-1"), "chain-id",
                  "chain-gone", "chain_id: unknown chain \"chain-gone\"");
  /* A setter that cannot return the error leaves the record as it was. */
  lian_party_org_add_member (org, "ent-gone");
  CU_ASSERT_EQUAL (g_strv_length ((GStrv) lian_party_org_get_member_ids (org)), 1);
  problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
}

static void
test_wrong_kind_reference (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();

  assert_refused (registry, lian_registry_lookup_project (registry, "prj-1"), "owner-id", "ent-1",
                  "owner_id: \"ent-1\" is an enterprise, not an organization");
}

static void
test_invalid_record (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *good = lian_test_uscc ("320214", 3);
  LianNeed *need = lian_registry_lookup_need (registry, "need-2");
  char bad[19];

  /* The good code with another check character. */
  memcpy (bad, good, sizeof bad);
  bad[17] = bad[17] == '0' ? '1' : '0';
  assert_refused (registry, lian_registry_lookup_enterprise (registry, "ent-3"), "uscc", bad,
                  "uscc: ");
  lian_need_set_title (need, NULL);
  CU_ASSERT_PTR_NOT_NULL (lian_need_get_title (need));
}

static void
test_org_cycle (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  LianPartyOrg *a = lian_party_org_new ("org-b", "联合党委", LIAN_ORG_KIND_JOINT_COMMITTEE);
  LianPartyOrg *b = lian_party_org_new ("org-c", "第一支部", LIAN_ORG_KIND_BRANCH);
  LianPartyOrg *c = lian_party_org_new ("org-d", "第二支部", LIAN_ORG_KIND_BRANCH);
  LianPartyOrg *below = lian_party_org_new ("org-e", "小组", LIAN_ORG_KIND_BRANCH);

  lian_party_org_add_member (a, "ent-1");
  lian_party_org_add_member (b, "ent-1");
  lian_party_org_add_member (c, "ent-2");
  lian_party_org_add_member (below, "ent-2");
  lian_party_org_set_parent_id (b, "org-b");
  lian_party_org_set_parent_id (c, "org-c");
  lian_party_org_set_parent_id (below, "org-d");
  add_or_fail (registry, g_object_ref (a));
  add_or_fail (registry, g_object_ref (b));
  add_or_fail (registry, g_object_ref (c));
  add_or_fail (registry, g_object_ref (below));

  /* org-b → org-d would close org-b → org-d → org-c → org-b. */
  assert_refused (registry, a, "parent-id", "org-d", "org-b → org-d → org-c → org-b");
  /* Its own parent does not validate. */
  assert_refused (registry, below, "parent-id", "org-e", "parent_id: ");
  g_object_unref (a);
  g_object_unref (b);
  g_object_unref (c);
  g_object_unref (below);
}

static void
test_order_errors_first_then_by_id (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *text = NULL;

  add_or_fail (registry, lian_party_org_new ("org-0", "流动党校", LIAN_ORG_KIND_PARTY_SCHOOL));
  lian_need_set_due (lian_registry_lookup_need (registry, "need-1"), "2023-07-31");
  lian_action_project_set_due (lian_registry_lookup_project (registry, "prj-1"), "2023-07-20");
  add_or_fail (registry, new_enterprise ("ent-0", "宜兴整机有限公司", 2));

  problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  text = describe_problems (problems);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 4);
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
    const char *expected[] = {
      "error duplicate-uscc ent-0 uscc",
      "warning need-overdue need-1 due",
      "warning project-overdue prj-1 due",
      "info org-without-members org-0 member_ids",
    };
    for (guint i = 0; i < G_N_ELEMENTS (expected) && lines[i]; i++)
      {
        if (!g_str_has_prefix (lines[i], expected[i]))
          g_printerr ("line %u: \"%s\", expected \"%s\"\n", i, lines[i], expected[i]);
        CU_ASSERT_TRUE (g_str_has_prefix (lines[i], expected[i]));
      }
  }
}

typedef struct
{
  guint signals;
  guint notifies;
} Quiet;

static void
count_changed_cb (LianRegistry *registry,
                  LianRecord   *record,
                  const char   *property,
                  Quiet        *quiet)
{
  quiet->signals++;
}

static void
count_record_cb (LianRegistry *registry,
                 LianRecord   *record,
                 Quiet        *quiet)
{
  quiet->signals++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 Quiet      *quiet)
{
  quiet->notifies++;
}

static void
test_check_changes_nothing (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GListModel) problems = NULL;
  Quiet quiet = { 0, 0 };
  gsize length;
  const LianRecordKind kinds[] = { LIAN_RECORD_KIND_CHAIN, LIAN_RECORD_KIND_ENTERPRISE,
                                   LIAN_RECORD_KIND_ORGANIZATION, LIAN_RECORD_KIND_NEED,
                                   LIAN_RECORD_KIND_PROJECT };

  /* Give it a problem of every kind first. */
  add_or_fail (registry, new_enterprise ("ent-9", "无锡芯片 股份有限公司", 2));
  add_or_fail (registry, lian_party_org_new ("org-9", "流动党校", LIAN_ORG_KIND_PARTY_SCHOOL));

  before = lian_registry_save_to_data (registry, &length);
  g_signal_connect (registry, "record-changed", G_CALLBACK (count_changed_cb), &quiet);
  g_signal_connect (registry, "record-added", G_CALLBACK (count_record_cb), &quiet);
  g_signal_connect (registry, "record-removed", G_CALLBACK (count_record_cb), &quiet);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) records = lian_registry_get_records (registry, kinds[k]);
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (records, i);
          g_signal_connect (record, "notify", G_CALLBACK (count_notify_cb), &quiet);
        }
    }

  problems = lian_registry_check (registry, TODAY, 10);
  CU_ASSERT_TRUE (g_list_model_get_n_items (problems) >= 3);
  CU_ASSERT_EQUAL (quiet.signals, 0);
  CU_ASSERT_EQUAL (quiet.notifies, 0);
  after = lian_registry_save_to_data (registry, &length);
  CU_ASSERT_STRING_EQUAL (before, after);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) records = lian_registry_get_records (registry, kinds[k]);
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (records, i);
          g_signal_handlers_disconnect_by_data (record, &quiet);
        }
    }
  g_signal_handlers_disconnect_by_data (registry, &quiet);
}

static void
test_problem_is_read_only (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(LianProblem) problem = NULL;
  g_autofree char *code = NULL, *record_id = NULL, *field = NULL, *message = NULL;
  LianSeverity severity;
  const char *names[] = { "severity", "code", "record-id", "field", "message" };

  add_or_fail (registry, lian_party_org_new ("org-9", "流动党校", LIAN_ORG_KIND_PARTY_SCHOOL));
  problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  problem = g_list_model_get_item (problems, 0);
  g_object_get (problem, "severity", &severity, "code", &code, "record-id", &record_id,
                "field", &field, "message", &message, NULL);
  CU_ASSERT_EQUAL (severity, LIAN_SEVERITY_INFO);
  CU_ASSERT_STRING_EQUAL (code, "org-without-members");
  CU_ASSERT_STRING_EQUAL (record_id, "org-9");
  CU_ASSERT_STRING_EQUAL (field, "member_ids");
  CU_ASSERT_STRING_EQUAL (message, lian_problem_get_message (problem));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (problem), names[i]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (pspec);
      CU_ASSERT_TRUE (pspec->flags & G_PARAM_READABLE);
      CU_ASSERT_FALSE (pspec->flags & G_PARAM_WRITABLE);
    }
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_SEVERITY, LIAN_SEVERITY_WARNING), "warning");
}

static void
test_today_defaults_to_now (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autoptr(GListModel) problems = NULL;

  /* Today is long after 2023: need-1 is open too long, and past due. */
  problems = lian_registry_check (registry, NULL, MAX_OPEN);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 3);
}

static void
test_finalized (void)
{
  LianRegistry *registry = make_clean_registry ();
  GListModel *problems;
  LianProblem *problem;
  gpointer weak_registry = registry, weak_problem;

  add_or_fail (registry, lian_party_org_new ("org-9", "流动党校", LIAN_ORG_KIND_PARTY_SCHOOL));
  problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  problem = g_list_model_get_item (problems, 0);
  weak_problem = problem;
  g_object_add_weak_pointer (G_OBJECT (registry), &weak_registry);
  g_object_add_weak_pointer (G_OBJECT (problem), &weak_problem);
  g_object_unref (registry);
  CU_ASSERT_PTR_NULL (weak_registry);
  /* A problem outlives the registry it was found in. */
  CU_ASSERT_STRING_EQUAL (lian_problem_get_record_id (problem), "org-9");
  g_object_unref (problem);
  CU_ASSERT_PTR_NOT_NULL (weak_problem);
  g_object_unref (problems);
  CU_ASSERT_PTR_NULL (weak_problem);
}

/* Adds need @id of ent-1 in @status, with @resolved, and a history of
 * @events: pairs of an ISO 8601 time and a status nick, NULL-terminated. */
static void
add_need_with_history (LianRegistry   *registry,
                       const char     *id,
                       LianNeedStatus  status,
                       const char     *resolved,
                       const char    **events)
{
  LianNeed *need = g_object_new (LIAN_TYPE_NEED, "id", id, "enterprise-id", "ent-1",
                                 "category", LIAN_NEED_CATEGORY_FINANCING, "title", "技术攻关",
                                 "submitted", "2023-07-01", "status", status,
                                 "resolved", resolved, NULL);

  for (guint i = 0; events[i]; i += 2)
    {
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (events[i], NULL);
      int to = 0;
      g_autoptr(LianNeedEvent) event = NULL;

      g_assert (at != NULL && lian_enum_from_nick (LIAN_TYPE_NEED_STATUS, events[i + 1], &to, NULL));
      event = lian_need_event_new (at, to, NULL, NULL);
      lian_need_append_event (need, event);
    }
  add_or_fail (registry, need);
}

/* The problem @code on need-h of a registry with only that added; its
 * message must contain @part. */
static void
assert_history_problem (LianNeedStatus  status,
                        const char     *resolved,
                        const char    **events,
                        const char     *code,
                        const char     *field,
                        const char     *part)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autofree char *message = NULL;

  add_need_with_history (registry, "need-h", status, resolved, events);
  message = assert_one_problem (registry, LIAN_SEVERITY_ERROR, code, "need-h", field);
  ASSERT_CONTAINS (message, part);
}

static void
test_need_history_contradictions (void)
{
  const char *accepted[] = { "2023-07-02T09:00:00+08:00", "accepted", NULL };
  const char *jumped[] = { "2023-07-02T09:00:00+08:00", "resolved",
                           "2023-07-03T09:00:00+08:00", "closed",
                           "2023-07-04T09:00:00+08:00", "in-progress", NULL };
  const char *back[] = { "2023-07-02T09:00:00+08:00", "accepted",
                         "2023-07-03T09:00:00+08:00", "submitted",
                         "2023-07-04T09:00:00+08:00", "accepted", NULL };
  const char *backwards[] = { "2023-07-05T09:00:00+08:00", "accepted",
                              "2023-07-02T09:00:00+08:00", "in-progress", NULL };
  /* Resolved on the 11th where it happened, the 10th in UTC. */
  const char *resolved[] = { "2023-07-02T09:00:00+08:00", "submitted",
                             "2023-07-03T09:00:00+08:00", "accepted",
                             "2023-07-11T01:00:00+08:00", "resolved", NULL };
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autoptr(GListModel) problems = NULL;

  assert_history_problem (LIAN_NEED_STATUS_IN_PROGRESS, NULL, accepted,
                          "status-contradicts-history", "status",
                          "status: the need is in-progress, but its history ends in accepted (history[0])");
  assert_history_problem (LIAN_NEED_STATUS_IN_PROGRESS, NULL, jumped, "history-illegal-move",
                          "history", "history[1].status: a need cannot move from resolved to closed");
  assert_history_problem (LIAN_NEED_STATUS_ACCEPTED, NULL, back, "history-illegal-move",
                          "history", "history[1].status: a need cannot move from accepted to submitted");
  assert_history_problem (LIAN_NEED_STATUS_IN_PROGRESS, NULL, backwards, "history-out-of-order",
                          "history", "history[1].at: 2023-07-02T09:00:00+08 comes before the move above it");
  assert_history_problem (LIAN_NEED_STATUS_RESOLVED, "2023-07-12", resolved,
                          "resolved-contradicts-history", "resolved",
                          "resolved: 2023-07-12, but the history resolved the need on 2023-07-11 (history[2])");
  assert_history_problem (LIAN_NEED_STATUS_RESOLVED, NULL, resolved,
                          "resolved-contradicts-history", "resolved",
                          "resolved: no day, but the history resolved the need on 2023-07-11");
  assert_history_problem (LIAN_NEED_STATUS_ACCEPTED, "2023-07-12", accepted,
                          "resolved-contradicts-history", "resolved",
                          "resolved: 2023-07-12, but the history ends in accepted (history[0]), not resolved");

  /* Agreeing, with the day where it was resolved and a recorded submission first. */
  add_need_with_history (registry, "need-h", LIAN_NEED_STATUS_RESOLVED, "2023-07-11", resolved);
  /* A history that begins after moves nobody recorded: loaded accepted, then moved. */
  add_need_with_history (registry, "need-i", LIAN_NEED_STATUS_IN_PROGRESS, NULL, jumped + 4);
  problems = lian_registry_check (registry, TODAY, MAX_OPEN);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
}

/* Under Chinese, the problems read in Chinese, statuses by their labels;
 * codes and fields stay as they are. Back in English afterwards. */
static void
test_problems_in_chinese (void)
{
  const char *back[] = { "2023-07-02T09:00:00+08:00", "accepted",
                         "2023-07-03T09:00:00+08:00", "submitted",
                         "2023-07-04T09:00:00+08:00", "accepted", NULL };
  g_autoptr(LianRegistry) registry = make_clean_registry ();
  g_autoptr(LianRegistry) history = make_clean_registry ();
  g_autoptr(LianRegistry) refs = make_clean_registry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *overdue = NULL, *moved = NULL, *school = NULL, *english = NULL;
  g_autofree char *owner = NULL, *loans = NULL;

  lian_need_set_due (lian_registry_lookup_need (registry, "need-1"), "2023-07-31");
  add_need_with_history (history, "need-h", LIAN_NEED_STATUS_ACCEPTED, NULL, back);

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", &error));
  overdue = assert_one_problem (registry, LIAN_SEVERITY_WARNING, "need-overdue", "need-1", "due");
  moved = assert_one_problem (history, LIAN_SEVERITY_ERROR, "history-illegal-move", "need-h",
                              "history");
  lian_need_set_due (lian_registry_lookup_need (registry, "need-1"), NULL);
  add_or_fail (registry, lian_party_org_new ("org-9", "流动党校", LIAN_ORG_KIND_PARTY_SCHOOL));
  school = assert_one_problem (registry, LIAN_SEVERITY_INFO, "org-without-members", "org-9",
                               "member_ids");
  {
    g_auto(GValue) v = G_VALUE_INIT;
    g_autoptr(GError) refused = NULL;

    g_value_init (&v, G_TYPE_STRING);
    g_value_set_string (&v, "ent-1");
    CU_ASSERT_FALSE (lian_registry_update (refs, LIAN_RECORD (lian_registry_lookup_project (refs, "prj-1")),
                                           "owner-id", &v, &refused));
    owner = g_strdup (refused ? refused->message : "");
  }
  lian_action_project_set_loans_yuan (lian_registry_lookup_project (refs, "prj-1"),
                                      G_GINT64_CONSTANT (9200000000000000000));
  loans = assert_one_problem (refs, LIAN_SEVERITY_WARNING, "implausible-amount", "prj-1",
                              "loans_yuan");
  lian_set_language (NULL, NULL);

  CU_ASSERT_STRING_EQUAL (overdue, "due: 已过期限 2023-07-31，需求仍为已提交");
  CU_ASSERT_STRING_EQUAL (moved, "history[1].status: 需求不能从“已受理”转为“已提交”");
  CU_ASSERT_STRING_EQUAL (school, "member_ids: 党组织“org-9”没有成员企业");
  ASSERT_CONTAINS (owner, "owner_id：“ent-1”是企业，不是党组织");
  CU_ASSERT_STRING_EQUAL (loans, "loans_yuan: 92,000,000,000 亿元 超过 10,000 亿元，"
                                 "超出单个项目可能协调的金额");

  english = assert_one_problem (registry, LIAN_SEVERITY_INFO, "org-without-members", "org-9",
                                "member_ids");
  CU_ASSERT_STRING_EQUAL (english, "member_ids: organization \"org-9\" has no member enterprises");

  /* Counts of days with separators, in both languages. */
  add_or_fail (refs, new_need ("need-9", "2020-01-01"));
  lian_action_project_set_loans_yuan (lian_registry_lookup_project (refs, "prj-1"), 0);
  g_free (english);
  english = assert_one_problem (refs, LIAN_SEVERITY_WARNING, "need-open-too-long", "need-9",
                                "submitted");
  CU_ASSERT_STRING_EQUAL (english, "submitted: open for 1,308 days since 2020-01-01, more than 90");
}

/* A change that would close a loop of headquarters is refused. */
static void
test_headquarters_cycle (void)
{
  g_autoptr(LianRegistry) registry = make_clean_registry ();

  lian_enterprise_set_parent_id (lian_registry_lookup_enterprise (registry, "ent-2"), "ent-3");
  lian_enterprise_set_parent_id (lian_registry_lookup_enterprise (registry, "ent-1"), "ent-2");
  assert_refused (registry, lian_registry_lookup_enterprise (registry, "ent-3"), "parent-id",
                  "ent-2", "would be its own headquarters (ent-3 → ent-2 → ent-3)");
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/check/clean-registry-has-no-problem", test_clean_registry_has_no_problem },
    { "/lian/check/duplicate-uscc", test_duplicate_uscc },
    { "/lian/check/duplicate-uscc-and-name-is-one-error", test_duplicate_uscc_and_name_is_one_error },
    { "/lian/check/duplicate-name-after-normalising", test_duplicate_name_after_normalising },
    { "/lian/check/duplicates-name-the-first-of-many", test_duplicates_name_the_first_of_many },
    { "/lian/check/chain-without-leader", test_chain_without_leader },
    { "/lian/check/unknown-segment", test_unknown_segment },
    { "/lian/check/need-open-too-long", test_need_open_too_long },
    { "/lian/check/need-overdue", test_need_overdue },
    { "/lian/check/project-overdue", test_project_overdue },
    { "/lian/check/org-without-members", test_org_without_members },
    { "/lian/check/dangling-reference", test_dangling_reference },
    { "/lian/check/wrong-kind-reference", test_wrong_kind_reference },
    { "/lian/check/invalid-record", test_invalid_record },
    { "/lian/check/org-cycle", test_org_cycle },
    { "/lian/check/order-errors-first-then-by-id", test_order_errors_first_then_by_id },
    { "/lian/check/check-changes-nothing", test_check_changes_nothing },
    { "/lian/check/problem-is-read-only", test_problem_is_read_only },
    { "/lian/check/today-defaults-to-now", test_today_defaults_to_now },
    { "/lian/check/finalized", test_finalized },
    { "/lian/check/need-history-contradictions", test_need_history_contradictions },
    { "/lian/check/headquarters-cycle", test_headquarters_cycle },
    { "/lian/check/implausible-amount", test_implausible_amount },
    { "/lian/check/problems-in-chinese", test_problems_in_chinese },
    { NULL, NULL },
  };
  return lian_test_run ("check", tests);
}
