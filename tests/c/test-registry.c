/* test-registry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* What a registry and its lists emitted. */
typedef struct
{
  LianRegistry *reg;
  GPtrArray *added;     /* ids */
  GPtrArray *removed;   /* ids */
  GPtrArray *changed;   /* "id:property" */
  GString   *items;     /* "kind@position-removed+added " */
} Events;

static void
record_added_cb (LianRegistry *reg,
                 LianRecord   *record,
                 Events       *events)
{
  g_ptr_array_add (events->added, g_strdup (lian_record_get_id (record)));
}

static void
record_removed_cb (LianRegistry *reg,
                   LianRecord   *record,
                   Events       *events)
{
  CU_ASSERT_PTR_NULL (lian_record_get_registry (record));
  g_ptr_array_add (events->removed, g_strdup (lian_record_get_id (record)));
}

static void
record_changed_cb (LianRegistry *reg,
                   LianRecord   *record,
                   const char   *property,
                   Events       *events)
{
  g_ptr_array_add (events->changed, g_strdup_printf ("%s:%s", lian_record_get_id (record),
                                                     property ? property : "(null)"));
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Events     *events)
{
  g_string_append_printf (events->items, "%s@%u-%u+%u ",
                          (const char *) g_object_get_data (G_OBJECT (list), "kind"),
                          position, removed, added);
}

static void
events_watch (Events       *events,
              LianRegistry *reg)
{
  static const char * const kinds[] = {
    "regions", "chains", "enterprises", "organizations", "services", "needs",
    "projects", "activities",
  };

  events->reg = reg;
  events->added = g_ptr_array_new_with_free_func (g_free);
  events->removed = g_ptr_array_new_with_free_func (g_free);
  events->changed = g_ptr_array_new_with_free_func (g_free);
  events->items = g_string_new (NULL);
  g_signal_connect (reg, "record-added", G_CALLBACK (record_added_cb), events);
  g_signal_connect (reg, "record-removed", G_CALLBACK (record_removed_cb), events);
  g_signal_connect (reg, "record-changed", G_CALLBACK (record_changed_cb), events);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (reg, k);
      g_object_set_data (G_OBJECT (list), "kind", (gpointer) kinds[k]);
      g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), events);
    }
}

static void
events_clear (Events *events)
{
  g_ptr_array_set_size (events->added, 0);
  g_ptr_array_set_size (events->removed, 0);
  g_ptr_array_set_size (events->changed, 0);
  g_string_truncate (events->items, 0);
}

static void
events_free (Events *events)
{
  g_signal_handlers_disconnect_by_data (events->reg, events);
  for (guint k = 0; k <= LIAN_RECORD_KIND_ACTIVITY; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (events->reg, k);
      g_signal_handlers_disconnect_by_data (list, events);
    }
  g_ptr_array_unref (events->added);
  g_ptr_array_unref (events->removed);
  g_ptr_array_unref (events->changed);
  g_string_free (events->items, TRUE);
}

/* "a,b,c" */
static char *
join_ids (GPtrArray *ids)
{
  g_ptr_array_add (ids, NULL);
  g_ptr_array_set_size (ids, ids->len - 1);
  return g_strjoinv (",", (char **) ids->pdata);
}

static char *
join_list (GListModel *list)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (list, i);
      g_ptr_array_add (ids, (gpointer) lian_record_get_id (record));
    }
  return join_ids (ids);
}

#define ASSERT_IDS(joined, expected)                                     \
  do {                                                                   \
    g_autofree char *j_ = (joined);                                      \
    if (strcmp (j_, (expected)) != 0)                                    \
      g_printerr ("got \"%s\", expected \"%s\"\n", j_, (expected));      \
    CU_ASSERT_STRING_EQUAL (j_, (expected));                             \
  } while (0)

static char *
select_ids (LianRegistry *reg,
            LianFilter   *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) result = lian_registry_select (reg, filter, &error);

  return result ? join_list (result) : g_strdup_printf ("refused: %s", error->message);
}

/* The registry most tests start from. */

static LianNeed *
new_need (const char       *id,
          const char       *enterprise_id,
          LianNeedCategory  category,
          const char       *title,
          const char       *chain_id,
          const char       *submitted)
{
  LianNeed *need = lian_need_new (id, enterprise_id, category, title);

  lian_need_set_chain_id (need, chain_id);
  lian_need_set_submitted (need, submitted);
  return need;
}

static GPtrArray *
new_jiangsu_records (void)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  LianChain *c1 = lian_chain_new ("c1", "集成电路");
  LianChain *c2 = lian_chain_new ("c2", "新能源汽车");
  LianEnterprise *wx1 = lian_enterprise_new ("e-wx1", "无锡芯片", "91320214745555318W", "320214");
  LianEnterprise *wx2 = lian_enterprise_new ("e-wx2", "无锡电池", "91110000600037341L", "320205");
  LianEnterprise *sz = lian_enterprise_new ("e-sz", "张家港封装", "913205056082348768", "320582");
  LianEnterprise *szc = lian_enterprise_new ("e-szc", "苏州研究院", "121200004013590816", "320500");
  LianPartyOrg *al = lian_party_org_new ("o-al", "集成电路产业链党建联盟", LIAN_ORG_KIND_ALLIANCE);
  LianPartyOrg *br = lian_party_org_new ("o-br", "电池党支部", LIAN_ORG_KIND_BRANCH);
  LianServiceItem *loan = lian_service_item_new ("s-loan", "科技贷", LIAN_SERVICE_KIND_POLICY);
  LianServiceItem *tech = lian_service_item_new ("s-tech", "技术对接", LIAN_SERVICE_KIND_SERVICE);
  LianServiceItem *land = lian_service_item_new ("s-land", "工业用地", LIAN_SERVICE_KIND_RESOURCE);
  LianActionProject *p1 = lian_action_project_new ("p1", "贷款攻坚", "o-al");
  LianActivity *a1 = lian_activity_new ("a1", LIAN_ACTIVITY_KIND_MEETING, "2023-05-18");
  LianNeed *n1 = new_need ("n1", "e-wx1", LIAN_NEED_CATEGORY_FINANCING, "流动资金贷款", "c1", "2023-03-01");

  g_ptr_array_add (records, lian_region_new ("320000", "江苏省"));
  lian_chain_set_region (c1, "320200");
  lian_chain_add_leader (c1, "e-wx1");
  lian_chain_set_region (c2, "320000");
  g_ptr_array_add (records, c1);
  g_ptr_array_add (records, c2);

  lian_enterprise_add_chain_link (wx1, "c1", "设计", LIAN_CHAIN_ROLE_LEADER);
  lian_enterprise_set_tags (wx1, LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_HIGH_TECH);
  lian_enterprise_add_chain_link (wx2, "c2", "电芯", LIAN_CHAIN_ROLE_CORE);
  lian_enterprise_set_tags (wx2, LIAN_ENTERPRISE_TAGS_SRDI);
  lian_enterprise_add_chain_link (sz, "c1", "封测", LIAN_CHAIN_ROLE_SUPPORTING);
  lian_enterprise_set_tags (sz, LIAN_ENTERPRISE_TAGS_HIGH_TECH);
  g_ptr_array_add (records, wx1);
  g_ptr_array_add (records, wx2);
  g_ptr_array_add (records, sz);
  g_ptr_array_add (records, szc);

  lian_party_org_set_region (al, "320200");
  lian_party_org_add_chain (al, "c1");
  lian_party_org_add_member (al, "e-wx1");
  lian_party_org_add_member (al, "e-sz");
  lian_party_org_set_founded (al, "2022-06-01");
  lian_party_org_set_region (br, "320205");
  lian_party_org_set_parent_id (br, "o-al");
  lian_party_org_add_member (br, "e-wx2");
  g_ptr_array_add (records, al);
  g_ptr_array_add (records, br);

  lian_service_item_set_categories (loan, LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_LISTING);
  lian_service_item_set_region (loan, "320200");
  lian_service_item_set_categories (tech, LIAN_NEED_CATEGORIES_TECHNOLOGY);
  lian_service_item_add_chain (tech, "c1");
  lian_service_item_set_categories (land, LIAN_NEED_CATEGORIES_LAND);
  g_ptr_array_add (records, loan);
  g_ptr_array_add (records, tech);
  g_ptr_array_add (records, land);

  lian_need_set_project_id (n1, "p1");
  g_ptr_array_add (records, n1);
  g_ptr_array_add (records, new_need ("n2", "e-wx2", LIAN_NEED_CATEGORY_TECHNOLOGY, "电池回收技术", "c2", "2023-05-10"));
  g_ptr_array_add (records, new_need ("n3", "e-sz", LIAN_NEED_CATEGORY_LISTING, "上市辅导", "c1", "2023-07-01"));
  g_ptr_array_add (records, new_need ("n4", "e-szc", LIAN_NEED_CATEGORY_LAND, "研发用地", NULL, "2023-09-15"));
  g_ptr_array_add (records, new_need ("n5", "e-wx1", LIAN_NEED_CATEGORY_TALENT, "IC设计人才", "c1", "2023-11-20"));

  lian_action_project_add_need (p1, "n1");
  lian_action_project_set_started (p1, "2023-04-01");
  g_ptr_array_add (records, p1);
  lian_activity_set_org_id (a1, "o-al");
  lian_activity_set_chain_id (a1, "c1");
  g_ptr_array_add (records, a1);
  return records;
}

#define N_JIANGSU 19

static LianRegistry *
new_jiangsu (void)
{
  LianRegistry *reg = lian_registry_new ();
  g_autoptr(GPtrArray) records = new_jiangsu_records ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_add_many (reg, records, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU);
  return reg;
}

/* Adding */

/* Tries to add @record; asserts that it was refused and changed nothing. */
static void
assert_add_refused (LianRegistry *reg,
                    LianRecord   *record,
                    GQuark        domain,
                    int           code,
                    const char   *message)
{
  Events events;
  guint before = lian_registry_get_n_records (reg);
  g_autoptr(GError) error = NULL;

  events_watch (&events, reg);
  CU_ASSERT_FALSE (lian_registry_add (reg, record, &error));
  LIAN_ASSERT_MESSAGE (error, message);
  LIAN_ASSERT_ERROR (error, domain, code);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), before);
  CU_ASSERT_PTR_NULL (lian_record_get_registry (record));
  CU_ASSERT_EQUAL (events.added->len, 0);
  CU_ASSERT_STRING_EQUAL (events.items->str, "");
  events_free (&events);
}

/* A record type made outside lian: it inherits the kind of the class it
 * derives from, but none of a kind's behaviour. */
typedef struct { LianRecord parent_instance; } TestOddRecord;
typedef struct { LianRecordClass parent_class; } TestOddRecordClass;

GType test_odd_record_get_type (void);
G_DEFINE_TYPE (TestOddRecord, test_odd_record, LIAN_TYPE_RECORD)

static void
test_odd_record_class_init (TestOddRecordClass *klass)
{
}

static void
test_odd_record_init (TestOddRecord *self)
{
}

static void
test_add_refuses_unknown_type (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianRecord) odd = g_object_new (test_odd_record_get_type (), "id", "odd-1",
                                            "name", "外来记录", NULL);
  g_autoptr(LianRegistry) back = lian_registry_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *before = NULL;

  before = lian_registry_save_to_data (reg, NULL);
  assert_add_refused (reg, odd, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_TYPE,
                      "record \"odd-1\": a record of type TestOddRecord is none of lian's kinds");
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "odd-1"));

  /* In a batch, the good records are refused with it. */
  g_ptr_array_add (batch, lian_region_new ("320100", "南京市"));
  g_ptr_array_add (batch, g_object_ref (odd));
  CU_ASSERT_FALSE (lian_registry_add_many (reg, batch, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_TYPE);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "320100"));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU);

  /* What is saved is what was there, and it loads back. */
  saved = lian_registry_save_to_data (reg, NULL);
  CU_ASSERT_STRING_EQUAL (saved, before);
  CU_ASSERT_TRUE (lian_registry_load_from_data (back, saved, -1, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (back), N_JIANGSU);
}

static void
test_add_refuses_invalid_record (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianEnterprise) bad = lian_enterprise_new ("e-bad", "坏企业", "91320214745555318X", "320214");
  g_autoptr(LianNeed) untitled = lian_need_new ("n-x", "e-wx1", LIAN_NEED_CATEGORY_LAND, NULL);

  assert_add_refused (reg, LIAN_RECORD (bad), LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                      "enterprise \"e-bad\": uscc: ");
  assert_add_refused (reg, LIAN_RECORD (untitled), LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                      "need \"n-x\": title: ");
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "e-bad"));

  /* Far into a batch, a record without an id. */
  {
    g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < 20; i++)
      {
        g_autofree char *id = i == 12 ? NULL : g_strdup_printf ("e-batch-%u", i);

        g_ptr_array_add (batch, lian_test_firm (id, "320214", NULL, NULL));
      }
    CU_ASSERT_FALSE (lian_registry_add_many (reg, batch, &error));
    CU_ASSERT_PTR_NOT_NULL (error);
    CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "e-batch-0"));
  }
}

static void
test_add_refuses_duplicate_id (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianEnterprise) again = lian_enterprise_new ("e-wx1", "又一个", "91320214745555318W", "320214");
  g_autoptr(LianNeed) named_like_chain = lian_need_new ("c1", "e-wx1", LIAN_NEED_CATEGORY_LAND, "用地");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  Events events;

  assert_add_refused (reg, LIAN_RECORD (again), LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      "enterprise \"e-wx1\": id: \"e-wx1\" is already");
  assert_add_refused (reg, LIAN_RECORD (named_like_chain), LIAN_REGISTRY_ERROR,
                      LIAN_REGISTRY_ERROR_DUPLICATE_ID, "need \"c1\": id: ");
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_chain (reg, "c1"));

  /* Twice in one batch, neither in the registry: none is added. */
  g_ptr_array_add (batch, lian_need_new ("n-new", "e-wx1", LIAN_NEED_CATEGORY_LAND, "用地"));
  g_ptr_array_add (batch, lian_need_new ("n-dup", "e-wx1", LIAN_NEED_CATEGORY_LAND, "用地"));
  g_ptr_array_add (batch, lian_need_new ("n-dup", "e-wx2", LIAN_NEED_CATEGORY_TAX, "税务"));
  events_watch (&events, reg);
  CU_ASSERT_FALSE (lian_registry_add_many (reg, batch, &error));
  LIAN_ASSERT_MESSAGE (error, "need \"n-dup\": id: \"n-dup\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "n-new"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "n-dup"));
  CU_ASSERT_EQUAL (events.added->len, 0);
  CU_ASSERT_STRING_EQUAL (events.items->str, "");
  events_free (&events);
}

static void
test_add_refuses_bad_reference (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianNeed) orphan = lian_need_new ("n-x", "e-gone", LIAN_NEED_CATEGORY_LAND, "用地");
  g_autoptr(LianNeed) on_chain = lian_need_new ("n-y", "c1", LIAN_NEED_CATEGORY_LAND, "用地");
  g_autoptr(LianPartyOrg) org = lian_party_org_new ("o-x", "支部", LIAN_ORG_KIND_BRANCH);

  assert_add_refused (reg, LIAN_RECORD (orphan), LIAN_REGISTRY_ERROR,
                      LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                      "need \"n-x\": enterprise_id: unknown enterprise \"e-gone\"");
  assert_add_refused (reg, LIAN_RECORD (on_chain), LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                      "need \"n-y\": enterprise_id: \"c1\" is a chain, not an enterprise");

  /* A list member is named with its index. */
  lian_party_org_add_member (org, "e-wx1");
  lian_party_org_add_member (org, "n1");
  assert_add_refused (reg, LIAN_RECORD (org), LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                      "organization \"o-x\": member_ids[1]: \"n1\" is a need, not an enterprise");
}

static void
test_add_refuses_cycle (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "o1", "o2", "o3" };
  Events events;

  for (guint i = 0; i < 3; i++)
    {
      LianPartyOrg *org = lian_party_org_new (ids[i], "支部", LIAN_ORG_KIND_BRANCH);
      lian_party_org_set_parent_id (org, ids[(i + 1) % 3]);
      g_ptr_array_add (batch, org);
    }
  /* A good record first: it must not be added either. */
  g_ptr_array_insert (batch, 0, lian_chain_new ("c3", "物联网"));
  lian_chain_set_region (batch->pdata[0], "320200");

  events_watch (&events, reg);
  CU_ASSERT_FALSE (lian_registry_add_many (reg, batch, &error));
  LIAN_ASSERT_MESSAGE (error, "organization \"o1\": parent_id: ");
  LIAN_ASSERT_MESSAGE (error, "o1 → o2 → o3 → o1");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CYCLE);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "c3"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "o1"));
  CU_ASSERT_EQUAL (events.added->len, 0);
  CU_ASSERT_STRING_EQUAL (events.items->str, "");
  for (guint i = 0; i < batch->len; i++)
    CU_ASSERT_PTR_NULL (lian_record_get_registry (batch->pdata[i]));
  events_free (&events);

  /* Broken at one point, the same orgs go in; the root may come last. */
  lian_party_org_set_parent_id (batch->pdata[3], NULL);
  CU_ASSERT_TRUE (lian_registry_add_many (reg, batch, &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_add_many_any_order (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  LianNeed *need = lian_need_new ("n1", "e1", LIAN_NEED_CATEGORY_FINANCING, "贷款");
  LianNeed *other = lian_need_new ("n2", "e1", LIAN_NEED_CATEGORY_TAX, "税务");
  LianActionProject *project = lian_action_project_new ("p1", "贷款攻坚", "o1");
  LianPartyOrg *org = lian_party_org_new ("o1", "联盟", LIAN_ORG_KIND_ALLIANCE);
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  g_autoptr(GListModel) needs = NULL;
  g_autoptr(LianRecord) first = NULL;
  g_autoptr(LianRecord) second = NULL;
  Events events;

  lian_need_set_project_id (need, "p1");
  lian_action_project_add_need (project, "n1");
  lian_party_org_add_member (org, "e1");
  g_ptr_array_add (batch, need);
  g_ptr_array_add (batch, project);
  g_ptr_array_add (batch, other);
  g_ptr_array_add (batch, org);
  g_ptr_array_add (batch, lian_enterprise_new ("e1", "无锡芯片", "91320214745555318W", "320214"));

  events_watch (&events, reg);
  CU_ASSERT_TRUE (lian_registry_add_many (reg, batch, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), 5);
  added = join_ids (events.added);
  CU_ASSERT_STRING_EQUAL (added, "n1,p1,n2,o1,e1");
  /* Once per list, all of a kind at once. */
  CU_ASSERT_STRING_EQUAL (events.items->str,
                          "enterprises@0-0+1 organizations@0-0+1 needs@0-0+2 projects@0-0+1 ");
  /* The needs, apart in the batch, in its order. */
  needs = lian_registry_get_needs (reg);
  first = g_list_model_get_item (needs, 0);
  second = g_list_model_get_item (needs, 1);
  CU_ASSERT_PTR_EQUAL (first, need);
  CU_ASSERT_PTR_EQUAL (second, other);
  for (guint i = 0; i < batch->len; i++)
    CU_ASSERT_PTR_EQUAL (lian_record_get_registry (batch->pdata[i]), reg);
  CU_ASSERT_EQUAL (events.changed->len, 0);
  events_free (&events);
}

/* Looking up */

static void
test_lookup (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianNeed) loose = lian_need_new ("n9", "e-wx1", LIAN_NEED_CATEGORY_LAND, "用地");
  LianRecord *wx1 = lian_registry_lookup (reg, "e-wx1");

  CU_ASSERT_TRUE (LIAN_IS_ENTERPRISE (wx1));
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (wx1), "无锡芯片");
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "e-none"));
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_enterprise (reg, "e-wx1"), wx1);
  CU_ASSERT_PTR_NULL (lian_registry_lookup_need (reg, "e-wx1"));

  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_region (reg, "320000"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_region (reg, "320200"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_region (reg, "c1"));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_chain (reg, "c1"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_chain (reg, "320000"));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_organization (reg, "o-al"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_organization (reg, "p1"));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_service (reg, "s-loan"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_service (reg, "o-al"));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_need (reg, "n3"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_need (reg, "s-loan"));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_project (reg, "p1"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_project (reg, "a1"));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_activity (reg, "a1"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_activity (reg, "n1"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_enterprise (reg, "c1"));

  CU_ASSERT_PTR_EQUAL (lian_record_get_registry (wx1), reg);
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (loose)));
  CU_ASSERT_TRUE (lian_registry_add (reg, LIAN_RECORD (loose), NULL));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU + 1);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_need (reg, "n9"), loose);
  CU_ASSERT_PTR_EQUAL (lian_record_get_registry (LIAN_RECORD (loose)), reg);
  CU_ASSERT_TRUE (lian_registry_remove (reg, "n9", FALSE, NULL, NULL));
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (loose)));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "n9"));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU);
}

static char *
join_records (GPtrArray *records)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (ids, (gpointer) lian_record_get_id (records->pdata[i]));
  return join_ids (ids);
}

static void
test_dup_referrers (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(GPtrArray) referrers = NULL;
  LianEnterprise *branch;

  /* In the order they were added, whatever the field. */
  referrers = lian_registry_dup_referrers (reg, "e-wx1");
  ASSERT_IDS (join_records (referrers), "c1,o-al,n1,n5");
  g_clear_pointer (&referrers, g_ptr_array_unref);
  referrers = lian_registry_dup_referrers (reg, "c1");
  ASSERT_IDS (join_records (referrers), "e-wx1,e-sz,o-al,s-tech,n1,n3,n5,a1");
  g_clear_pointer (&referrers, g_ptr_array_unref);
  referrers = lian_registry_dup_referrers (reg, "o-al");
  ASSERT_IDS (join_records (referrers), "o-br,p1,a1");
  g_clear_pointer (&referrers, g_ptr_array_unref);
  referrers = lian_registry_dup_referrers (reg, "n4");
  CU_ASSERT_EQUAL (referrers->len, 0);
  g_clear_pointer (&referrers, g_ptr_array_unref);
  referrers = lian_registry_dup_referrers (reg, "nobody");
  CU_ASSERT_EQUAL (referrers->len, 0);
  g_clear_pointer (&referrers, g_ptr_array_unref);

  /* A branch names its headquarters without referring to it. */
  branch = lian_test_firm ("e-branch", "320214", NULL, NULL);
  lian_enterprise_set_parent_id (branch, "e-wx1");
  lian_test_add (reg, branch);
  referrers = lian_registry_dup_referrers (reg, "e-wx1");
  ASSERT_IDS (join_records (referrers), "c1,o-al,n1,n5");
}

static void
test_dup_region_name (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autofree char *province = lian_registry_dup_region_name (reg, "320000");
  g_autofree char *wuxi = lian_registry_dup_region_name (reg, "320200");
  g_autofree char *renamed = NULL;
  g_autofree char *unknown = lian_registry_dup_region_name (reg, "329999");
  g_autoptr(LianRegion) region = lian_region_new ("320200", "锡城");

  CU_ASSERT_STRING_EQUAL (province, "江苏省");
  CU_ASSERT_STRING_EQUAL (wuxi, "无锡市");
  CU_ASSERT_PTR_NULL (unknown);
  CU_ASSERT_TRUE (lian_registry_add (reg, LIAN_RECORD (region), NULL));
  renamed = lian_registry_dup_region_name (reg, "320200");
  CU_ASSERT_STRING_EQUAL (renamed, "锡城");
}

/* Lists */

/* A new record of @kind that refers only to what the Jiangsu registry has. */
static LianRecord *
new_loose_record (LianRecordKind kind)
{
  switch (kind)
    {
    case LIAN_RECORD_KIND_REGION:
      return LIAN_RECORD (lian_region_new ("320500", "苏州市"));
    case LIAN_RECORD_KIND_CHAIN:
      {
        LianChain *chain = lian_chain_new ("c9", "物联网");
        lian_chain_set_region (chain, "320200");
        lian_chain_add_leader (chain, "e-wx2");
        return LIAN_RECORD (chain);
      }
    case LIAN_RECORD_KIND_ENTERPRISE:
      return LIAN_RECORD (lian_enterprise_new ("e9", "无锡传感", "91320214745555318W", "320214"));
    case LIAN_RECORD_KIND_ORGANIZATION:
      {
        LianPartyOrg *org = lian_party_org_new ("o9", "先锋服务队", LIAN_ORG_KIND_SERVICE_TEAM);
        lian_party_org_set_parent_id (org, "o-br");
        return LIAN_RECORD (org);
      }
    case LIAN_RECORD_KIND_SERVICE:
      {
        LianServiceItem *item = lian_service_item_new ("s9", "人才公寓", LIAN_SERVICE_KIND_CARRIER);
        lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_TALENT);
        return LIAN_RECORD (item);
      }
    case LIAN_RECORD_KIND_NEED:
      return LIAN_RECORD (lian_need_new ("n9", "e-sz", LIAN_NEED_CATEGORY_MARKET, "订单"));
    case LIAN_RECORD_KIND_PROJECT:
      return LIAN_RECORD (lian_action_project_new ("p9", "订单对接", "o-br"));
    case LIAN_RECORD_KIND_ACTIVITY:
    default:
      return LIAN_RECORD (lian_activity_new ("a9", LIAN_ACTIVITY_KIND_TRAINING, "2023-08-08"));
    }
}

static void
test_lists (void)
{
  static const struct {
    GListModel *(*get) (LianRegistry *);
    const char *kind;
    const char *ids;
  } lists[] = {
    { lian_registry_get_regions, "regions", "320000" },
    { lian_registry_get_chains, "chains", "c1,c2" },
    { lian_registry_get_enterprises, "enterprises", "e-wx1,e-wx2,e-sz,e-szc" },
    { lian_registry_get_organizations, "organizations", "o-al,o-br" },
    { lian_registry_get_services, "services", "s-loan,s-tech,s-land" },
    { lian_registry_get_needs, "needs", "n1,n2,n3,n4,n5" },
    { lian_registry_get_projects, "projects", "p1" },
    { lian_registry_get_activities, "activities", "a1" },
  };
  const GType types[] = {
    LIAN_TYPE_REGION, LIAN_TYPE_CHAIN, LIAN_TYPE_ENTERPRISE, LIAN_TYPE_PARTY_ORG,
    LIAN_TYPE_SERVICE_ITEM, LIAN_TYPE_NEED, LIAN_TYPE_ACTION_PROJECT, LIAN_TYPE_ACTIVITY,
  };
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(GListModel) needs = lian_registry_get_needs (reg);
  Events events;

  events_watch (&events, reg);
  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    {
      g_autoptr(GListModel) list = lists[k].get (reg);
      g_autoptr(GListModel) by_kind = lian_registry_get_records (reg, k);
      g_autoptr(LianRecord) record = new_loose_record (k);
      g_autoptr(LianRecord) last = NULL;
      g_autofree char *expected = NULL;
      guint n = g_list_model_get_n_items (list);

      CU_ASSERT_EQUAL (g_list_model_get_item_type (list), types[k]);
      CU_ASSERT_EQUAL (lian_record_get_record_kind (record), k);
      CU_ASSERT_PTR_EQUAL (list, by_kind);
      ASSERT_IDS (join_list (list), lists[k].ids);
      CU_ASSERT_PTR_NULL (g_list_model_get_item (list, n));

      events_clear (&events);
      CU_ASSERT_TRUE_FATAL (lian_registry_add (reg, record, NULL));
      expected = g_strdup_printf ("%s@%u-0+1 ", lists[k].kind, n);
      CU_ASSERT_STRING_EQUAL (events.items->str, expected);
      CU_ASSERT_EQUAL (g_list_model_get_n_items (list), n + 1);
      last = g_list_model_get_item (list, n);
      CU_ASSERT_PTR_EQUAL (last, record);
      g_clear_pointer (&expected, g_free);

      events_clear (&events);
      CU_ASSERT_TRUE_FATAL (lian_registry_remove (reg, lian_record_get_id (record), FALSE, NULL, NULL));
      expected = g_strdup_printf ("%s@%u-1+0 ", lists[k].kind, n);
      CU_ASSERT_STRING_EQUAL (events.items->str, expected);
      CU_ASSERT_EQUAL (g_list_model_get_n_items (list), n);
    }

  /* From the middle. */
  events_clear (&events);
  CU_ASSERT_TRUE (lian_registry_remove (reg, "n3", FALSE, NULL, NULL));
  CU_ASSERT_STRING_EQUAL (events.items->str, "needs@2-1+0 ");
  ASSERT_IDS (join_list (needs), "n1,n2,n4,n5");
  events_free (&events);
}

/* Changes */

static void
test_record_changed_reindexes (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianFilter) submitted = g_object_new (LIAN_TYPE_FILTER, "record-kind", LIAN_RECORD_KIND_NEED,
                                                  "status", LIAN_NEED_STATUS_SUBMITTED, NULL);
  g_autoptr(LianFilter) accepted = g_object_new (LIAN_TYPE_FILTER, "record-kind", LIAN_RECORD_KIND_NEED,
                                                 "status", LIAN_NEED_STATUS_ACCEPTED, NULL);
  g_autoptr(LianFilter) on_c1 = g_object_new (LIAN_TYPE_FILTER, "record-kind", LIAN_RECORD_KIND_NEED,
                                              "chain-id", "c1", NULL);
  g_autoptr(LianFilter) on_c2 = g_object_new (LIAN_TYPE_FILTER, "record-kind", LIAN_RECORD_KIND_NEED,
                                              "chain-id", "c2", NULL);
  g_autoptr(LianFilter) in_wuxi = g_object_new (LIAN_TYPE_FILTER, "record-kind", LIAN_RECORD_KIND_NEED,
                                                "region", "320200", NULL);
  g_autoptr(GPtrArray) referrers = NULL;
  g_autoptr(GError) error = NULL;
  LianNeed *n2 = lian_registry_lookup_need (reg, "n2");
  Events events;

  events_watch (&events, reg);
  CU_ASSERT_TRUE (lian_need_transition (n2, LIAN_NEED_STATUS_ACCEPTED, "o-br", NULL, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE_FATAL (events.changed->len >= 1);
  CU_ASSERT_STRING_EQUAL (events.changed->pdata[0], "n2:status");
  CU_ASSERT_STRING_EQUAL (events.items->str, "");
  ASSERT_IDS (select_ids (reg, submitted), "n1,n3,n4,n5");
  ASSERT_IDS (select_ids (reg, accepted), "n2");

  events_clear (&events);
  lian_need_set_chain_id (n2, "c1");
  CU_ASSERT_EQUAL (events.changed->len, 1);
  CU_ASSERT_STRING_EQUAL (events.changed->pdata[0], "n2:chain-id");
  ASSERT_IDS (select_ids (reg, on_c1), "n1,n2,n3,n5");
  ASSERT_IDS (select_ids (reg, on_c2), "");
  referrers = lian_registry_dup_referrers (reg, "c2");
  ASSERT_IDS (join_records (referrers), "e-wx2");

  /* A need is placed by its enterprise: moving the enterprise moves it. */
  events_clear (&events);
  lian_enterprise_set_region (lian_registry_lookup_enterprise (reg, "e-sz"), "320205");
  CU_ASSERT_EQUAL (events.changed->len, 1);
  CU_ASSERT_STRING_EQUAL (events.changed->pdata[0], "e-sz:region");
  ASSERT_IDS (select_ids (reg, in_wuxi), "n1,n2,n3,n5");

  /* And a need moved to another enterprise follows it. */
  lian_need_set_enterprise_id (lian_registry_lookup_need (reg, "n4"), "e-wx2");
  ASSERT_IDS (select_ids (reg, in_wuxi), "n1,n2,n3,n4,n5");

  /* A change without a property of its own. */
  events_clear (&events);
  {
    g_autoptr(JsonObject) extra = json_object_new ();
    lian_record_set_extra (LIAN_RECORD (n2), extra);
  }
  CU_ASSERT_EQUAL (events.changed->len, 1);
  CU_ASSERT_STRING_EQUAL (events.changed->pdata[0], "n2:(null)");
  events_free (&events);
}

/* Removing */

static void
test_remove_refused (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) affected = NULL;
  Events events;

  events_watch (&events, reg);
  CU_ASSERT_FALSE (lian_registry_remove (reg, "e-none", TRUE, &affected, &error));
  LIAN_ASSERT_MESSAGE (error, "\"e-none\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);

  CU_ASSERT_FALSE (lian_registry_remove (reg, "e-wx1", FALSE, &affected, &error));
  LIAN_ASSERT_MESSAGE (error, "chain \"c1\" still refers to enterprise \"e-wx1\" (leader_ids)");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_STILL_REFERENCED);
  CU_ASSERT_FALSE (lian_registry_remove (reg, "n1", FALSE, NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "project \"p1\" still refers to need \"n1\" (need_ids)");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_STILL_REFERENCED);

  CU_ASSERT_PTR_NULL (affected);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU);
  CU_ASSERT_TRUE (lian_chain_is_leader (lian_registry_lookup_chain (reg, "c1"), "e-wx1"));
  CU_ASSERT_EQUAL (events.removed->len, 0);
  CU_ASSERT_EQUAL (events.changed->len, 0);
  CU_ASSERT_STRING_EQUAL (events.items->str, "");
  events_free (&events);
}

static void
assert_strv (GStrv       strv,
             const char *expected)
{
  g_autofree char *joined = g_strjoinv (",", strv);

  if (strcmp (joined, expected) != 0)
    g_printerr ("got \"%s\", expected \"%s\"\n", joined, expected);
  CU_ASSERT_STRING_EQUAL (joined, expected);
}

static gboolean
has_string (GPtrArray  *strings,
            const char *s)
{
  return g_ptr_array_find_with_equal_func (strings, s, g_str_equal, NULL);
}

static void
test_remove_enterprise_cascades (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianNeed) n1 = g_object_ref (lian_registry_lookup_need (reg, "n1"));
  g_autoptr(GPtrArray) referrers = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) affected = NULL;
  Events events;

  events_watch (&events, reg);
  CU_ASSERT_TRUE_FATAL (lian_registry_remove (reg, "e-wx1", TRUE, &affected, &error));
  CU_ASSERT_PTR_NULL (error);
  /* The removed first, then the records that lost a reference. */
  assert_strv (affected, "e-wx1,n1,n5,c1,o-al,p1");
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU - 3);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "e-wx1"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "n1"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "n5"));
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (n1)));

  CU_ASSERT_FALSE (lian_chain_is_leader (lian_registry_lookup_chain (reg, "c1"), "e-wx1"));
  CU_ASSERT_FALSE (lian_party_org_has_member (lian_registry_lookup_organization (reg, "o-al"), "e-wx1"));
  CU_ASSERT_TRUE (lian_party_org_has_member (lian_registry_lookup_organization (reg, "o-al"), "e-sz"));
  CU_ASSERT_FALSE (lian_action_project_has_need (lian_registry_lookup_project (reg, "p1"), "n1"));

  CU_ASSERT_EQUAL (events.removed->len, 3);
  CU_ASSERT_TRUE (has_string (events.removed, "e-wx1"));
  CU_ASSERT_TRUE (has_string (events.removed, "n1"));
  CU_ASSERT_TRUE (has_string (events.removed, "n5"));
  CU_ASSERT_TRUE (has_string (events.changed, "c1:leader-ids"));
  CU_ASSERT_TRUE (has_string (events.changed, "o-al:member-ids"));
  CU_ASSERT_TRUE (has_string (events.changed, "p1:need-ids"));
  CU_ASSERT_PTR_NOT_NULL (strstr (events.items->str, "enterprises@0-1+0 "));

  /* Nothing refers to what is gone. */
  referrers = lian_registry_dup_referrers (reg, "e-wx1");
  CU_ASSERT_EQUAL (referrers->len, 0);
  g_clear_pointer (&referrers, g_ptr_array_unref);
  referrers = lian_registry_dup_referrers (reg, "n1");
  CU_ASSERT_EQUAL (referrers->len, 0);
  events_free (&events);

  /* Every remaining record still refers only to records that are there. */
  {
    g_autoptr(GListModel) needs = lian_registry_get_needs (reg);
    ASSERT_IDS (join_list (needs), "n2,n3,n4");
  }
}

static void
test_remove_organization_and_chain_cascade (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_auto(GStrv) affected = NULL;
  g_autoptr(LianFilter) on_c1 = g_object_new (LIAN_TYPE_FILTER, "record-kind", LIAN_RECORD_KIND_NEED,
                                              "chain-id", "c1", NULL);

  /* A project cannot be without its owner; a branch can without its parent. */
  CU_ASSERT_TRUE_FATAL (lian_registry_remove (reg, "o-al", TRUE, &affected, NULL));
  assert_strv (affected, "o-al,p1,o-br,a1,n1");
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "p1"));
  CU_ASSERT_PTR_NULL (lian_party_org_get_parent_id (lian_registry_lookup_organization (reg, "o-br")));
  CU_ASSERT_PTR_NULL (lian_activity_get_org_id (lian_registry_lookup_activity (reg, "a1")));
  CU_ASSERT_PTR_NULL (lian_need_get_project_id (lian_registry_lookup_need (reg, "n1")));
  g_clear_pointer (&affected, g_strfreev);

  /* Nothing needs a chain: every reference to it is dropped. */
  CU_ASSERT_TRUE_FATAL (lian_registry_remove (reg, "c1", TRUE, &affected, NULL));
  assert_strv (affected, "c1,e-wx1,e-sz,s-tech,n1,n3,n5,a1");
  CU_ASSERT_PTR_NULL (lian_enterprise_get_chain_link (lian_registry_lookup_enterprise (reg, "e-wx1"), "c1"));
  CU_ASSERT_PTR_NULL (lian_need_get_chain_id (lian_registry_lookup_need (reg, "n3")));
  CU_ASSERT_PTR_NULL (lian_service_item_get_chain_ids (lian_registry_lookup_service (reg, "s-tech"))[0]);
  ASSERT_IDS (select_ids (reg, on_c1), "refused: filter chain-id: no chain has the id \"c1\"");
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU - 3);

  /* Without a cascade, a record no one refers to goes alone. */
  CU_ASSERT_TRUE (lian_registry_remove (reg, "n4", FALSE, NULL, NULL));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU - 4);
}

/* Handlers that change the registry while it removes records. */

static void
remove_needs_too_cb (LianRegistry *reg,
                     LianRecord   *record,
                     gpointer      data)
{
  g_autoptr(GPtrArray) referrers = NULL;

  if (!LIAN_IS_ENTERPRISE (record))
    return;
  referrers = lian_registry_dup_referrers (reg, lian_record_get_id (record));
  for (guint i = 0; i < referrers->len; i++)
    if (LIAN_IS_NEED (referrers->pdata[i]))
      CU_ASSERT_TRUE (lian_registry_remove (reg, lian_record_get_id (referrers->pdata[i]),
                                            TRUE, NULL, NULL));
}

static void
remove_n1_too_cb (LianRegistry *reg,
                  LianRecord   *record,
                  gpointer      data)
{
  if (g_str_equal (lian_record_get_id (record), "n5"))
    CU_ASSERT_TRUE (lian_registry_remove (reg, "n1", TRUE, NULL, NULL));
}

static void
retitle_removed_cb (GListModel *list,
                    guint       position,
                    guint       removed,
                    guint       added,
                    LianNeed   *need)
{
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (need)));
  lian_need_set_title (need, "改过");
}

static void
test_handlers_may_change_registry (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(GListModel) needs = lian_registry_get_needs (reg);
  g_autoptr(LianNeed) n5 = g_object_ref (lian_registry_lookup_need (reg, "n5"));
  g_autoptr(GPtrArray) referrers = NULL;
  g_auto(GStrv) affected = NULL;
  gulong id;

  /* A need removed (and changed) by a handler while the registry removes it. */
  id = g_signal_connect (needs, "items-changed", G_CALLBACK (retitle_removed_cb), n5);
  CU_ASSERT_TRUE (lian_registry_remove (reg, "n5", FALSE, NULL, NULL));
  g_signal_handler_disconnect (needs, id);
  referrers = lian_registry_dup_referrers (reg, "e-wx1");
  ASSERT_IDS (join_records (referrers), "c1,o-al,n1");
  CU_ASSERT_TRUE (lian_registry_add (reg, LIAN_RECORD (n5), NULL));

  /* A record the cascade was about to remove, removed by a handler first. */
  id = g_signal_connect (reg, "record-removed", G_CALLBACK (remove_n1_too_cb), NULL);
  CU_ASSERT_TRUE (lian_registry_remove (reg, "e-wx1", TRUE, &affected, NULL));
  g_signal_handler_disconnect (reg, id);
  assert_strv (affected, "e-wx1,n1,n5,c1,o-al,p1");
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU - 3);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (needs), 3);

  /* A handler clearing up after each enterprise while everything goes. */
  g_signal_connect (reg, "record-removed", G_CALLBACK (remove_needs_too_cb), NULL);
  lian_registry_clear (reg);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), 0);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (needs), 0);
}

/* Selecting */

static void
test_select_needs (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianFilter) f = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GListModel) result = NULL;

  ASSERT_IDS (select_ids (reg, f), "n1,n2,n3,n4,n5");
  result = lian_registry_select (reg, f, NULL);
  CU_ASSERT_EQUAL (g_list_model_get_item_type (result), LIAN_TYPE_NEED);

  /* A city selects the needs of enterprises in its counties, not others. */
  lian_filter_set_region (f, "320200");
  ASSERT_IDS (select_ids (reg, f), "n1,n2,n5");
  lian_filter_set_region (f, "320214");
  ASSERT_IDS (select_ids (reg, f), "n1,n5");
  lian_filter_set_region (f, "320500");
  ASSERT_IDS (select_ids (reg, f), "n3,n4");
  lian_filter_set_region (f, "320582");
  ASSERT_IDS (select_ids (reg, f), "n3");
  lian_filter_set_region (f, "320000");
  ASSERT_IDS (select_ids (reg, f), "n1,n2,n3,n4,n5");
  lian_filter_set_region (f, "110000");
  ASSERT_IDS (select_ids (reg, f), "");
  lian_filter_set_region (f, NULL);

  lian_filter_set_chain_id (f, "c1");
  ASSERT_IDS (select_ids (reg, f), "n1,n3,n5");
  lian_filter_set_region (f, "320200");
  ASSERT_IDS (select_ids (reg, f), "n1,n5");
  lian_filter_set_region (f, NULL);
  lian_filter_set_chain_id (f, NULL);

  CU_ASSERT_TRUE (lian_need_transition (lian_registry_lookup_need (reg, "n2"),
                                        LIAN_NEED_STATUS_ACCEPTED, NULL, NULL, NULL, NULL));
  CU_ASSERT_TRUE (lian_need_transition (lian_registry_lookup_need (reg, "n4"),
                                        LIAN_NEED_STATUS_CLOSED, NULL, NULL, NULL, NULL));
  lian_filter_set_status (f, LIAN_NEED_STATUS_ACCEPTED);
  ASSERT_IDS (select_ids (reg, f), "n2");
  lian_filter_set_status (f, LIAN_NEED_STATUS_CLOSED);
  ASSERT_IDS (select_ids (reg, f), "n4");
  lian_filter_clear_status (f);
  lian_filter_set_open_only (f, TRUE);
  ASSERT_IDS (select_ids (reg, f), "n1,n2,n3,n5");
  lian_filter_set_open_only (f, FALSE);

  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_LAND);
  ASSERT_IDS (select_ids (reg, f), "n1,n4");
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_NONE);

  lian_filter_set_since (f, "2023-05-10");
  lian_filter_set_until (f, "2023-09-15");
  ASSERT_IDS (select_ids (reg, f), "n2,n3,n4");
  lian_filter_set_until (f, NULL);
  ASSERT_IDS (select_ids (reg, f), "n2,n3,n4,n5");
  lian_filter_set_since (f, "2023-02-30");
  ASSERT_IDS (select_ids (reg, f),
              "refused: filter since: \"2023-02-30\" is not a date: February 2023 has 28 days");
  lian_filter_set_since (f, NULL);

  lian_filter_set_text (f, "贷款");
  ASSERT_IDS (select_ids (reg, f), "n1");
  lian_filter_set_text (f, "ic设计");
  ASSERT_IDS (select_ids (reg, f), "n5");
  lian_filter_set_text (f, "");
  ASSERT_IDS (select_ids (reg, f), "n1,n2,n3,n4,n5");
}

static void
test_select_other_kinds (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianFilter) f = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);

  lian_filter_set_region (f, "320200");
  ASSERT_IDS (select_ids (reg, f), "e-wx1,e-wx2");
  lian_filter_set_region (f, "320500");
  ASSERT_IDS (select_ids (reg, f), "e-sz,e-szc");
  lian_filter_set_region (f, NULL);
  lian_filter_set_chain_id (f, "c1");
  ASSERT_IDS (select_ids (reg, f), "e-wx1,e-sz");
  lian_filter_set_chain_id (f, NULL);
  lian_filter_set_tags (f, LIAN_ENTERPRISE_TAGS_SRDI);
  ASSERT_IDS (select_ids (reg, f), "e-wx1,e-wx2");
  lian_filter_set_tags (f, LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_HIGH_TECH);
  ASSERT_IDS (select_ids (reg, f), "e-wx1");
  lian_filter_set_tags (f, LIAN_ENTERPRISE_TAGS_NONE);
  lian_filter_set_text (f, "无锡");
  ASSERT_IDS (select_ids (reg, f), "e-wx1,e-wx2");
  lian_filter_set_text (f, NULL);

  /* Criteria that do not apply to a kind are ignored: enterprises have no date. */
  lian_filter_set_since (f, "2023-01-01");
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_LAND);
  lian_filter_set_open_only (f, TRUE);
  ASSERT_IDS (select_ids (reg, f), "e-wx1,e-wx2,e-sz,e-szc");

  g_clear_object (&f);
  f = lian_filter_new (LIAN_RECORD_KIND_SERVICE);
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_FINANCING);
  ASSERT_IDS (select_ids (reg, f), "s-loan");
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_LAND | LIAN_NEED_CATEGORIES_TECHNOLOGY);
  ASSERT_IDS (select_ids (reg, f), "s-tech,s-land");
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_TAX);
  ASSERT_IDS (select_ids (reg, f), "");
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_NONE);
  /* An item with no chain scope applies to every chain. */
  lian_filter_set_chain_id (f, "c1");
  ASSERT_IDS (select_ids (reg, f), "s-loan,s-tech,s-land");
  lian_filter_set_chain_id (f, "c2");
  ASSERT_IDS (select_ids (reg, f), "s-loan,s-land");

  g_clear_object (&f);
  f = lian_filter_new (LIAN_RECORD_KIND_ORGANIZATION);
  lian_filter_set_region (f, "320200");
  ASSERT_IDS (select_ids (reg, f), "o-al,o-br");
  lian_filter_set_region (f, "320205");
  ASSERT_IDS (select_ids (reg, f), "o-br");
  lian_filter_set_region (f, NULL);
  lian_filter_set_chain_id (f, "c1");
  ASSERT_IDS (select_ids (reg, f), "o-al");
  lian_filter_set_chain_id (f, NULL);
  lian_filter_set_since (f, "2022-01-01");
  ASSERT_IDS (select_ids (reg, f), "o-al");

  g_clear_object (&f);
  f = lian_filter_new (LIAN_RECORD_KIND_PROJECT);
  /* p1's owner lies in 320200, the enterprise of its need n1 in 320214:
   * it lies in both. */
  lian_filter_set_region (f, "320214");
  ASSERT_IDS (select_ids (reg, f), "p1");
  lian_filter_set_region (f, "320500");
  ASSERT_IDS (select_ids (reg, f), "");
  lian_filter_set_region (f, "320200");
  lian_filter_set_chain_id (f, "c1");
  ASSERT_IDS (select_ids (reg, f), "p1");
  /* A project is on the chains of its needs, and on no other. */
  lian_filter_set_chain_id (f, "c2");
  ASSERT_IDS (select_ids (reg, f), "");

  /* A region is on no chain in particular: a chain does not narrow it. */
  g_clear_object (&f);
  f = lian_filter_new (LIAN_RECORD_KIND_REGION);
  lian_filter_set_chain_id (f, "c2");
  ASSERT_IDS (select_ids (reg, f), "320000");

  g_clear_object (&f);
  f = lian_filter_new (LIAN_RECORD_KIND_ACTIVITY);
  lian_filter_set_until (f, "2023-05-18");
  lian_filter_set_chain_id (f, "c1");
  ASSERT_IDS (select_ids (reg, f), "a1");
  lian_filter_set_until (f, "2023-05-17");
  ASSERT_IDS (select_ids (reg, f), "");
}

static void
test_select_visits_only_the_index (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LianFilter) f = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *how = NULL;
  g_autofree char *expected_ids = NULL;
  guint visited = 0;

  g_ptr_array_add (batch, lian_chain_new ("c1", "集成电路"));
  lian_chain_set_region (batch->pdata[0], "320200");
  g_ptr_array_add (batch, lian_chain_new ("c2", "新能源"));
  lian_chain_set_region (batch->pdata[1], "320200");
  g_ptr_array_add (batch, lian_enterprise_new ("e1", "无锡芯片", "91320214745555318W", "320214"));
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("need-%03u", i);
      g_autofree char *title = g_strdup_printf ("需求 %03u", i);
      g_ptr_array_add (batch, new_need (id, "e1", LIAN_NEED_CATEGORY_FINANCING + i % 13, title,
                                        i % 20 == 7 ? "c1" : "c2", "2023-06-01"));
      if (i % 20 == 7)
        g_ptr_array_add (expected, g_strdup (id));
    }
  CU_ASSERT_TRUE_FATAL (lian_registry_add_many (reg, batch, NULL));

  lian_filter_set_chain_id (f, "c1");
  how = lian_registry_explain_select (reg, f, &visited, NULL);
  CU_ASSERT_EQUAL (visited, 10);
  CU_ASSERT_STRING_EQUAL (how, "needs by chain: 10 visited, 10 selected");
  expected_ids = join_ids (expected);
  ASSERT_IDS (select_ids (reg, f), expected_ids);
  g_clear_pointer (&how, g_free);

  /* The smallest index wins. */
  CU_ASSERT_TRUE (lian_need_transition (lian_registry_lookup_need (reg, "need-007"),
                                        LIAN_NEED_STATUS_ACCEPTED, NULL, NULL, NULL, NULL));
  lian_filter_set_status (f, LIAN_NEED_STATUS_ACCEPTED);
  how = lian_registry_explain_select (reg, f, &visited, NULL);
  CU_ASSERT_EQUAL (visited, 1);
  CU_ASSERT_STRING_EQUAL (how, "needs by status: 1 visited, 1 selected");
  g_clear_pointer (&how, g_free);
  lian_filter_clear_status (f);

  /* The index follows a change. */
  lian_need_set_chain_id (lian_registry_lookup_need (reg, "need-199"), "c1");
  how = lian_registry_explain_select (reg, f, NULL, NULL);
  CU_ASSERT_STRING_EQUAL (how, "needs by chain: 11 visited, 11 selected");
  g_clear_pointer (&how, g_free);

  lian_filter_set_chain_id (f, NULL);
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_TAX);
  how = lian_registry_explain_select (reg, f, &visited, NULL);
  CU_ASSERT_EQUAL (visited, 16);
  g_clear_pointer (&how, g_free);
  lian_filter_set_categories (f, LIAN_NEED_CATEGORIES_NONE);

  /* Text has no index: every need is visited. */
  lian_filter_set_text (f, "需求 12");
  how = lian_registry_explain_select (reg, f, &visited, NULL);
  CU_ASSERT_EQUAL (visited, 200);
  CU_ASSERT_STRING_EQUAL (how, "scan: 200 visited, 10 selected");
}

/* Clearing and lifetime */

static void
test_clear (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianRecord) n1 = g_object_ref (lian_registry_lookup (reg, "n1"));
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(LianFilter) f = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GPtrArray) referrers = NULL;
  Events events;

  lian_registry_set_extra (reg, extra);
  events_watch (&events, reg);
  lian_registry_clear (reg);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), 0);
  CU_ASSERT_EQUAL (events.removed->len, N_JIANGSU);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "n1"));
  CU_ASSERT_PTR_NULL (lian_record_get_registry (n1));
  CU_ASSERT_PTR_NULL (lian_registry_get_extra (reg));
  for (guint k = 0; k <= LIAN_RECORD_KIND_ACTIVITY; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (reg, k);
      CU_ASSERT_EQUAL (g_list_model_get_n_items (list), 0);
    }
  lian_filter_set_chain_id (f, "c1");
  ASSERT_IDS (select_ids (reg, f), "refused: filter chain-id: no chain has the id \"c1\"");
  referrers = lian_registry_dup_referrers (reg, "e-wx1");
  CU_ASSERT_EQUAL (referrers->len, 0);
  events_free (&events);

  /* It is as good as new. */
  {
    g_autoptr(GPtrArray) records = new_jiangsu_records ();
    CU_ASSERT_TRUE (lian_registry_add_many (reg, records, NULL));
    CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), N_JIANGSU);
    ASSERT_IDS (select_ids (reg, f), "n1,n3,n5");
  }
}

static void
test_finalize (void)
{
  LianRegistry *reg = new_jiangsu ();
  GListModel *needs = lian_registry_get_needs (reg);
  LianRecord *kept = g_object_ref (lian_registry_lookup (reg, "e-wx1"));
  gpointer weak_reg = reg, weak_need = lian_registry_lookup (reg, "n1");
  gpointer weak_chain = lian_registry_lookup (reg, "c1"), weak_needs = needs;
  gpointer weak_kept = kept;

  g_object_add_weak_pointer (G_OBJECT (reg), &weak_reg);
  g_object_add_weak_pointer (G_OBJECT (weak_need), &weak_need);
  g_object_add_weak_pointer (G_OBJECT (weak_chain), &weak_chain);
  g_object_add_weak_pointer (G_OBJECT (needs), &weak_needs);
  g_object_add_weak_pointer (G_OBJECT (kept), &weak_kept);

  g_object_unref (reg);
  CU_ASSERT_PTR_NULL (weak_reg);
  CU_ASSERT_PTR_NULL (weak_chain);
  /* A list or a record held elsewhere outlives the registry, on its own. */
  CU_ASSERT_PTR_NOT_NULL (weak_need);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (needs), 5);
  CU_ASSERT_PTR_NULL (lian_record_get_registry (kept));
  lian_record_set_name (kept, "改名");   /* tells no one, crashes nothing */
  g_object_unref (needs);
  CU_ASSERT_PTR_NULL (weak_needs);
  CU_ASSERT_PTR_NULL (weak_need);
  g_object_unref (kept);
  CU_ASSERT_PTR_NULL (weak_kept);
}

/* Headquarters outside the registry are fine; a loop of them is not. */
static void
test_add_refuses_headquarters_cycle (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "hq-a", "hq-b", "hq-c" };
  LianEnterprise *outside = lian_test_firm ("hq-out", "320214", NULL, NULL);

  lian_enterprise_set_parent_id (outside, "ent-in-shanghai");
  lian_test_add (reg, outside);
  for (guint i = 0; i < 3; i++)
    {
      LianEnterprise *ent = lian_test_firm (ids[i], "320214", NULL, NULL);
      lian_enterprise_set_parent_id (ent, ids[(i + 1) % 3]);
      g_ptr_array_add (batch, ent);
    }
  /* The cycle's first member in the batch is named, after a good record. */
  g_ptr_array_insert (batch, 0, lian_test_firm ("hq-d", "320214", NULL, NULL));
  lian_enterprise_set_parent_id (batch->pdata[0], "hq-b");
  CU_ASSERT_FALSE (lian_registry_add_many (reg, batch, &error));
  LIAN_ASSERT_MESSAGE (error, "enterprise \"hq-a\": parent_id: enterprise \"hq-a\" would be "
                              "its own headquarters (hq-a → hq-b → hq-c → hq-a)");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CYCLE);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "hq-d"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (reg, "hq-a"));

  /* Open the loop: the chain hq-d → hq-b → hq-c → hq-a → hq-out goes in. */
  lian_enterprise_set_parent_id (batch->pdata[1], "hq-out");
  CU_ASSERT_TRUE (lian_registry_add_many (reg, batch, &error));
  CU_ASSERT_PTR_NULL (error);

  /* A headquarters named before it was added closes a loop when it comes
   * pointing into the registry: refused too. */
  {
    g_autoptr(LianEnterprise) far = lian_test_firm ("ent-in-shanghai", "320214", NULL, NULL);
    lian_enterprise_set_parent_id (far, "hq-d");
    CU_ASSERT_FALSE (lian_registry_add (reg, LIAN_RECORD (far), &error));
    LIAN_ASSERT_MESSAGE (error, "(ent-in-shanghai → hq-d → hq-b → hq-c → hq-a → hq-out → "
                                "ent-in-shanghai)");
    LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CYCLE);
    lian_enterprise_set_parent_id (far, NULL);
    CU_ASSERT_TRUE (lian_registry_add (reg, LIAN_RECORD (far), &error));
  }

  /* An organisation's parent set afterwards to an id not there yet is
   * refused: the loop it could close with what comes later never opens. */
  {
    LianPartyOrg *below = lian_party_org_new ("org-below", "支部", LIAN_ORG_KIND_BRANCH);
    g_autoptr(LianPartyOrg) above = lian_party_org_new ("org-above", "联合党委",
                                                        LIAN_ORG_KIND_JOINT_COMMITTEE);

    lian_test_add (reg, below);
    lian_party_org_set_parent_id (below, "org-above");
    CU_ASSERT_PTR_NULL (lian_party_org_get_parent_id (below));
    lian_party_org_set_parent_id (above, "org-below");
    CU_ASSERT_TRUE (lian_registry_add (reg, LIAN_RECORD (above), &error));
    CU_ASSERT_PTR_NULL (error);
  }
}

/* A duplicate id, a dangling reference and a cycle, explained in Chinese. */
static void
test_refusals_in_chinese (void)
{
  g_autoptr(LianRegistry) reg = new_jiangsu ();
  g_autoptr(LianEnterprise) again = lian_enterprise_new ("e-wx1", "又一个", "91320214745555318W", "320214");
  g_autoptr(LianNeed) orphan = lian_need_new ("n-x", "e-gone", LIAN_NEED_CATEGORY_LAND, "用地");
  g_autoptr(LianNeed) on_chain = lian_need_new ("n-y", "c1", LIAN_NEED_CATEGORY_LAND, "用地");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  assert_add_refused (reg, LIAN_RECORD (again), LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      "企业“e-wx1”：id：“e-wx1”已是另一条记录的 id");
  assert_add_refused (reg, LIAN_RECORD (orphan), LIAN_REGISTRY_ERROR,
                      LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                      "需求“n-x”：enterprise_id：未知的企业“e-gone”");
  assert_add_refused (reg, LIAN_RECORD (on_chain), LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                      "需求“n-y”：enterprise_id：“c1”是产业链，不是企业");
  for (guint i = 0; i < 2; i++)
    {
      LianPartyOrg *org = lian_party_org_new (i ? "o2" : "o1", "支部", LIAN_ORG_KIND_BRANCH);
      lian_party_org_set_parent_id (org, i ? "o1" : "o2");
      g_ptr_array_add (batch, org);
    }
  CU_ASSERT_FALSE (lian_registry_add_many (reg, batch, &error));
  LIAN_ASSERT_MESSAGE (error, "党组织“o1”：parent_id：党组织“o1”将成为自己的上级（o1 → o2 → o1）");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CYCLE);
  CU_ASSERT_FALSE (lian_registry_remove (reg, "nowhere", FALSE, NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "没有 id 为“nowhere”的记录");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  lian_set_language (NULL, NULL);
}

/* Many records in, a pseudo-random third of them out and back in: each
 * id finds its record, or none, after every step. */
static void
test_remove_many_finds_the_rest (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autoptr(GError) error = NULL;
  g_autofree gboolean *gone = g_new0 (gboolean, 3000);

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%u", i);

      g_ptr_array_add (batch, lian_test_firm (id, "320214", NULL, NULL));
    }
  CU_ASSERT_TRUE (lian_registry_add_many (reg, batch, &error));
  for (guint round = 0; round < 2; round++)
    {
      for (guint n = 0; n < 1000; n++)
        {
          guint i = g_rand_int_range (rand, 0, 3000);
          g_autofree char *id = g_strdup_printf ("ent-%u", i);

          if (gone[i])
            lian_test_add (reg, lian_test_firm (id, "320214", NULL, NULL));
          else
            CU_ASSERT_TRUE (lian_registry_remove (reg, id, FALSE, NULL, NULL));
          gone[i] = !gone[i];
        }
      for (guint i = 0, n = 0; i < 3000; i++)
        {
          g_autofree char *id = g_strdup_printf ("ent-%u", i);
          LianRecord *record = lian_registry_lookup (reg, id);

          n += !gone[i];
          CU_ASSERT_EQUAL (record == NULL, gone[i]);
          if (record)
            CU_ASSERT_STRING_EQUAL (lian_record_get_id (record), id);
          if (i == 2999)
            CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), n);
        }
    }
}

/* An enterprise's needs, a bucket that holds up to two itself: past two,
 * back to two, and past again, it finds each of them. */
static void
test_bucket_grows_and_shrinks (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(LianFilter) f = lian_filter_new (LIAN_RECORD_KIND_NEED);
  static const char * const removed[] = { "n2", "n4", "n3" };

  lian_test_add (reg, lian_test_firm ("e1", "320214", NULL, NULL));
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);

      lian_test_add (reg, lian_test_need (id, "e1", NULL, LIAN_NEED_CATEGORY_LAND,
                                          LIAN_NEED_STATUS_SUBMITTED, "2024-01-02", NULL, FALSE));
    }
  lian_filter_set_region (f, "320214");
  ASSERT_IDS (select_ids (reg, f), "n1,n2,n3,n4,n5");
  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    CU_ASSERT_TRUE (lian_registry_remove (reg, removed[i], FALSE, NULL, NULL));
  ASSERT_IDS (select_ids (reg, f), "n1,n5");
  {
    g_autoptr(GPtrArray) referrers = lian_registry_dup_referrers (reg, "e1");

    ASSERT_IDS (join_records (referrers), "n1,n5");
  }
  for (guint i = 6; i <= 8; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);

      lian_test_add (reg, lian_test_need (id, "e1", NULL, LIAN_NEED_CATEGORY_LAND,
                                          LIAN_NEED_STATUS_SUBMITTED, "2024-01-02", NULL, FALSE));
    }
  ASSERT_IDS (select_ids (reg, f), "n1,n5,n6,n7,n8");
  CU_ASSERT_TRUE (lian_registry_remove (reg, "n1", FALSE, NULL, NULL));
  ASSERT_IDS (select_ids (reg, f), "n5,n6,n7,n8");
}

/* An organisation of more members than an entry counts slots in its bits
 * (LIAN_ENTRY_MANY_SLOTS): filed under each, found from each, and gone
 * from each when it goes; then one of two members, whose slots the entry
 * holds itself, as one of them comes and goes. */
static void
test_many_and_few_slots (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) members = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const guint n = 1100;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%u", i);

      g_ptr_array_add (batch, lian_test_firm (id, "320214", NULL, NULL));
      g_string_append_printf (members, "%s%s", i ? " " : "", id);
    }
  CU_ASSERT_TRUE (lian_registry_add_many (reg, batch, &error));
  lian_test_add (reg, lian_test_org ("o-big", LIAN_ORG_KIND_ALLIANCE, LIAN_LEVEL_CITY, "320200",
                                     "2020-01-01", members->str, NULL));
  lian_test_add (reg, lian_test_org ("o-two", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_CITY, "320200",
                                     "2020-01-01", "ent-1 ent-2", NULL));
  for (guint i = 0; i < n; i += 99)
    {
      g_autofree char *id = g_strdup_printf ("ent-%u", i);
      g_autoptr(GPtrArray) referrers = lian_registry_dup_referrers (reg, id);

      ASSERT_IDS (join_records (referrers), "o-big");
    }
  {
    g_autoptr(GPtrArray) referrers = lian_registry_dup_referrers (reg, "ent-2");

    ASSERT_IDS (join_records (referrers), "o-big,o-two");
  }
  CU_ASSERT_TRUE (lian_registry_remove (reg, "o-big", FALSE, NULL, NULL));
  for (guint i = 0; i < n; i += 99)
    {
      g_autofree char *id = g_strdup_printf ("ent-%u", i);
      g_autoptr(GPtrArray) referrers = lian_registry_dup_referrers (reg, id);

      CU_ASSERT_EQUAL (referrers->len, 0);
    }
  CU_ASSERT_TRUE (lian_party_org_remove_member (LIAN_PARTY_ORG (lian_registry_lookup (reg, "o-two")),
                                                "ent-1"));
  {
    g_autoptr(GPtrArray) gone = lian_registry_dup_referrers (reg, "ent-1");
    g_autoptr(GPtrArray) kept = lian_registry_dup_referrers (reg, "ent-2");

    CU_ASSERT_EQUAL (gone->len, 0);
    ASSERT_IDS (join_records (kept), "o-two");
  }
  CU_ASSERT_TRUE (lian_registry_remove (reg, "o-two", FALSE, NULL, NULL));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (reg), n);
}

static gboolean
visit_cb (LianRecord *record,
          gpointer    data)
{
  (*(guint *) data)++;
  return TRUE;
}

/* A registry disposed (g_object_run_dispose(), as Python's run_dispose()
 * and gjs may) reads as an empty one and takes no records; the records it
 * held and someone still holds go on on their own. */
static void
test_disposed_registry_is_empty_and_closed (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
  g_autoptr(LianEnterprise) firm = g_object_ref (lian_registry_lookup_enterprise (registry, "ent-wx-chip"));
  g_autoptr(LianNeed) need = g_object_ref (lian_registry_lookup_need (registry, "need-001"));
  g_autoptr(GListModel) old_needs = lian_registry_get_needs (registry);
  g_autoptr(GListModel) firms = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(LianEnterprise) newcomer = lian_test_firm ("ent-new", "320214", NULL, NULL);
  g_autoptr(LianCsvImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv_path = lian_test_data ("csv/enterprises.csv");
  g_autofree char *explained = NULL;
  g_auto(GStrv) regions = NULL;
  guint n_needs = g_list_model_get_n_items (old_needs);
  guint visited = 0;

  g_object_run_dispose (G_OBJECT (registry));

  /* Its records are let go; its lists someone holds are emptied. */
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (firm)));
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (need)), "need-001");
  lian_enterprise_set_employees (firm, 4321);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (firm), 4321);
  lian_need_set_title (need, "设备更新贷款");
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "设备更新贷款");
  CU_ASSERT_TRUE (n_needs > 0);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (old_needs), 0);

  /* Reading it: empty. */
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "need-001"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup_enterprise (registry, "ent-wx-chip"));
  firms = lian_registry_get_enterprises (registry);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (firms), 0);
  g_clear_object (&firms);
  firms = lian_registry_get_needs (registry);
  CU_ASSERT_PTR_EQUAL (firms, old_needs);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  CU_ASSERT_EQUAL (lian_registry_count_records (registry, LIAN_RECORD_KIND_NEED), 0);
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (registry, "320000"), 0);
  CU_ASSERT_EQUAL (lian_registry_count_needs (registry, "320000"), 0);
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (registry, "320000", LIAN_NEED_STATUS_SUBMITTED), 0);
  regions = lian_registry_dup_regions_at (registry, "320000", LIAN_LEVEL_CITY);
  CU_ASSERT_PTR_NULL (regions[0]);
  lian_filter_set_region (filter, "320200");
  found = lian_registry_select (registry, filter, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (found);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (found), 0);
  explained = lian_registry_explain_select (registry, filter, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL (explained);
  CU_ASSERT_TRUE (lian_registry_foreach (registry, LIAN_RECORD_KIND_NEED, visit_cb, &visited, &error));
  CU_ASSERT_EQUAL (visited, 0);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), 0);
  problems = lian_registry_check (registry, "2024-06-01", 90);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (problems), 0);
  empty = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_PTR_NOT_NULL (empty);
  CU_ASSERT_PTR_NULL (strstr (empty, "need-001"));
  csv = lian_registry_export_csv_to_data (registry, filter, 0, NULL);
  CU_ASSERT_PTR_NOT_NULL (csv);

  /* Changing it: refused. */
  CU_ASSERT_FALSE (lian_registry_add (registry, LIAN_RECORD (newcomer), &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DISPOSED);
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (newcomer)));
  CU_ASSERT_FALSE (lian_registry_remove (registry, "need-001", TRUE, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DISPOSED);
  CU_ASSERT_FALSE (lian_registry_load_from_data (registry, saved, -1, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DISPOSED);
  importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  CU_ASSERT_FALSE (lian_csv_importer_import_file (importer, csv_path, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DISPOSED);
  CU_ASSERT_FALSE (lian_registry_merge_enterprises (registry, "ent-wx-chip", "ent-cs-parts", &error));
  CU_ASSERT_PTR_NOT_NULL (error);
  g_clear_error (&error);
  lian_registry_begin_batch (registry);
  CU_ASSERT_FALSE (lian_registry_add (registry, LIAN_RECORD (newcomer), &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DISPOSED);
  CU_ASSERT_TRUE (lian_registry_commit_batch (registry, &error));
  lian_registry_clear (registry);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);

  /* A record it held is none of its records, nor another's. */
  {
    g_autoptr(LianRegistry) other = lian_registry_new ();
    g_auto(GValue) title = G_VALUE_INIT;

    g_value_init (&title, G_TYPE_STRING);
    g_value_set_string (&title, "另一个标题");
    CU_ASSERT_FALSE (lian_registry_update (registry, LIAN_RECORD (need), "title", &title, &error));
    LIAN_ASSERT_MESSAGE (error, "need-001");
    LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
    CU_ASSERT_FALSE (lian_registry_update (other, LIAN_RECORD (need), "title", &title, &error));
    LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
    CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "设备更新贷款");
    CU_ASSERT_FALSE (lian_registry_assign_need (registry, "need-001", "org-wx-ic", NULL, &error));
    LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
    CU_ASSERT_FALSE (lian_registry_move_need (registry, "need-001", LIAN_NEED_STATUS_ACCEPTED,
                                              NULL, NULL, NULL, &error));
    LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  }

  /* Disposed again, then freed: nothing left over. */
  g_object_run_dispose (G_OBJECT (registry));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/registry/add-refuses-invalid-record", test_add_refuses_invalid_record },
    { "/lian/registry/disposed-registry-is-empty-and-closed", test_disposed_registry_is_empty_and_closed },
    { "/lian/registry/add-refuses-duplicate-id", test_add_refuses_duplicate_id },
    { "/lian/registry/add-refuses-bad-reference", test_add_refuses_bad_reference },
    { "/lian/registry/add-refuses-cycle", test_add_refuses_cycle },
    { "/lian/registry/add-many-any-order", test_add_many_any_order },
    { "/lian/registry/lookup", test_lookup },
    { "/lian/registry/dup-referrers", test_dup_referrers },
    { "/lian/registry/dup-region-name", test_dup_region_name },
    { "/lian/registry/lists", test_lists },
    { "/lian/registry/record-changed-reindexes", test_record_changed_reindexes },
    { "/lian/registry/remove-refused", test_remove_refused },
    { "/lian/registry/remove-enterprise-cascades", test_remove_enterprise_cascades },
    { "/lian/registry/remove-organization-and-chain-cascade", test_remove_organization_and_chain_cascade },
    { "/lian/registry/handlers-may-change-registry", test_handlers_may_change_registry },
    { "/lian/registry/select-needs", test_select_needs },
    { "/lian/registry/select-other-kinds", test_select_other_kinds },
    { "/lian/registry/select-visits-only-the-index", test_select_visits_only_the_index },
    { "/lian/registry/clear", test_clear },
    { "/lian/registry/finalize", test_finalize },
    { "/lian/registry/add-refuses-headquarters-cycle", test_add_refuses_headquarters_cycle },
    { "/lian/registry/refusals-in-chinese", test_refusals_in_chinese },
    { "/lian/registry/add-refuses-unknown-type", test_add_refuses_unknown_type },
    { "/lian/registry/remove-many-finds-the-rest", test_remove_many_finds_the_rest },
    { "/lian/registry/bucket-grows-and-shrinks", test_bucket_grows_and_shrinks },
    { "/lian/registry/many-and-few-slots", test_many_and_few_slots },
    { NULL, NULL },
  };
  return lian_test_run ("registry", tests);
}
