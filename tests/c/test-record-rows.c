/* test-record-rows.c: a record's row out of its object and back
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The registry will keep loaded records as bare rows and make their
 * objects when asked: a row given out of its object and made into a new
 * one reads as the record did, through every property, and whatever the
 * row owns (texts, links, a history) is freed once. The program is built
 * from lian's objects, for the row functions are lian's own; run it under
 * valgrind to see that nothing leaks or is freed twice.
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"
#include "test-record-rows.h"
#include "lian-record-private.h"
#include "lian-refs-private.h"
#include "lian-enterprise-private.h"
#include "lian-chain-link-private.h"

static void
append_ref_cb (LianRecord    *record,
               const LianRef *ref,
               gpointer       data)
{
  g_string_append_printf (data, " %s[%u]=%s", ref->field, ref->index, ref->target);
}

static void
append_key_cb (const char *key,
               gpointer    data)
{
  g_string_append_printf (data, " %s", key);
}

/* What the registry reads of @row, a row of @decl's kind. */
static char *
describe_row (const LianKindDecl *decl,
              gconstpointer       row)
{
  GString *text = g_string_new (NULL);
  g_autofree char *description = lian_row_dup_description (decl, row);
  const char *parent = lian_row_get_parent_id (decl, row);
  const char *region = lian_row_get_own_region (decl, row);

  g_string_append_printf (text, "%s parent=%s region=%s refs:", description,
                          parent ? parent : "-", region ? region : "-");
  lian_row_foreach_ref (decl, row, append_ref_cb, text);
  for (guint i = 0; i < decl->n_keys; i++)
    {
      g_string_append_printf (text, " %s:", decl->keys[i].index);
      lian_row_foreach_key (decl, row, &decl->keys[i], append_key_cb, text);
    }
  return g_string_free (text, FALSE);
}

/* Every readable property of @record, its links and its history, and
 * what the registry reads of it. */
static char *
describe (LianRecord *record)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree char *read = NULL;
  g_autofree char *description = lian_record_dup_description (record);
  GString *text = g_string_new (description);
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *shown = NULL;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (record), pspecs[i]->name, &value);
      shown = g_strdup_value_contents (&value);
      g_string_append_printf (text, " %s=%s", pspecs[i]->name, shown);
    }
  if (LIAN_IS_ENTERPRISE (record))
    {
      GPtrArray *links = lian_enterprise_get_chain_links (LIAN_ENTERPRISE (record));

      for (guint i = 0; i < links->len; i++)
        g_string_append_printf (text, " link=%s/%s/%d",
                                lian_chain_link_get_chain_id (links->pdata[i]),
                                lian_chain_link_get_segment (links->pdata[i]),
                                lian_chain_link_get_role (links->pdata[i]));
    }
  if (LIAN_IS_NEED (record))
    {
      GPtrArray *history = lian_need_get_history (LIAN_NEED (record));

      for (guint i = 0; i < history->len; i++)
        {
          g_autofree char *at = g_date_time_format_iso8601 (lian_need_event_get_at (history->pdata[i]));

          g_string_append_printf (text, " event=%s/%d", at,
                                  lian_need_event_get_status (history->pdata[i]));
        }
      g_string_append_printf (text, " days=%d", lian_need_get_days_to_resolve (LIAN_NEED (record)));
    }
  read = describe_row (decl, lian_record_row (record, decl));
  g_string_append_printf (text, " | %s", read);
  return g_string_free (text, FALSE);
}

/* Gives @record's row out, checks that the object is left fresh, and
 * makes a new record of the row that reads as @record did. */
static void
assert_round_trip (LianRecord *record)
{
  LianRecordKind kind = lian_record_get_record_kind (record);
  const LianKindDecl *decl = lian_record_kind_get_decl (kind);
  g_autofree char *before = describe (record);
  g_autofree char *fresh = NULL;
  g_autofree char *after = NULL;
  g_autofree char *read = NULL;
  g_autofree gpointer row = g_malloc (decl->row_size);
  g_autoptr(LianRecord) empty = g_object_new (G_OBJECT_TYPE (record), NULL);
  g_autoptr(LianRecord) made = NULL;

  lian_record_give_row (record, row);
  fresh = describe (empty);
  after = describe (record);
  CU_ASSERT_STRING_EQUAL (after, fresh);
  /* The bare row reads as the record did. */
  read = describe_row (decl, row);
  CU_ASSERT_PTR_NOT_NULL (strstr (before, read));

  made = lian_record_new_from_row (kind, row);
  g_clear_pointer (&after, g_free);
  after = describe (made);
  if (!g_str_equal (after, before))
    g_printerr ("before: %s\nafter:  %s\n", before, after);
  CU_ASSERT_STRING_EQUAL (after, before);
  /* @row is a fresh row now: clearing it frees nothing. */
  CU_ASSERT_EQUAL (memcmp (row, lian_record_kind_fresh_row (kind), decl->row_size), 0);
  lian_row_clear (decl, row);
}

static LianEnterprise *
make_firm (void)
{
  LianEnterprise *firm = lian_test_firm ("e1", "320214", "c1", "c2");
  const char *aliases[] = { "无锡一号", "一号公司", NULL };

  lian_enterprise_add_chain_link (firm, "c3", "封装", LIAN_CHAIN_ROLE_SUPPORTING);
  lian_enterprise_set_aliases (firm, aliases);
  lian_enterprise_set_tags (firm, LIAN_ENTERPRISE_TAGS_HIGH_TECH | LIAN_ENTERPRISE_TAGS_SRDI);
  lian_enterprise_set_parent_id (firm, "hq");
  return firm;
}

static LianNeed *
make_need (void)
{
  LianNeed *need = lian_test_need ("n1", "e1", "c1", LIAN_NEED_CATEGORY_FINANCING,
                                   LIAN_NEED_STATUS_SUBMITTED, "2024-03-01", NULL, TRUE);

  lian_test_event (need, "2024-03-02T09:00:00+08:00", LIAN_NEED_STATUS_ACCEPTED);
  lian_test_event (need, "2024-03-05T09:00:00+08:00", LIAN_NEED_STATUS_IN_PROGRESS);
  return need;
}

static void
test_round_trip_made (void)
{
  const char *services[] = { "s1", "s2", NULL };
  LianRecord *records[] = {
    LIAN_RECORD (make_firm ()),
    LIAN_RECORD (make_need ()),
    LIAN_RECORD (lian_test_chain ("c1", LIAN_CHAIN_TIER_KEY, LIAN_LEVEL_CITY, "320200", "集群")),
    LIAN_RECORD (lian_demand_post_new ("p1", "e1", "c1", "晶圆")),
    LIAN_RECORD (lian_capability_new ("cap1", "e1")),
    LIAN_RECORD (lian_response_new ("r1", "p1", "e2")),
    LIAN_RECORD (lian_actor_new ("a1", "张三", LIAN_ROLES_CLERK | LIAN_ROLES_COORDINATOR)),
  };

  lian_need_set_service_ids (LIAN_NEED (records[1]), services);
  lian_need_set_resolved (LIAN_NEED (records[1]), "2024-03-09");
  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    {
      assert_round_trip (records[i]);
      g_object_unref (records[i]);
    }
}

/* Every record of the sample, each kind it has, in a copy of its own. */
static void
test_round_trip_sample (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();

  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (registry, k);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (list, i);
          g_autoptr(LianRecord) copy = lian_record_dup_state (record);

          assert_round_trip (copy);
        }
    }
}

/* A kind's fresh row is what a new record of it has, and owns nothing. */
static void
test_fresh_rows (void)
{
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (k);
      g_autoptr(LianRecord) record = g_object_new (lian_record_kind_get_gtype (k), NULL);
      gconstpointer fresh = lian_record_kind_fresh_row (k);

      CU_ASSERT_EQUAL (decl->kind, k);
      CU_ASSERT_TRUE (decl->row_size >= sizeof (LianRowHead));
      CU_ASSERT_EQUAL (memcmp (lian_record_row (record, decl), fresh, decl->row_size), 0);
      CU_ASSERT_PTR_EQUAL (fresh, lian_record_kind_fresh_row (k));
    }
}

/* A loader's work on a bare row: an enterprise's links, a need's events,
 * and a borrowed head's flags coming along. */
static void
test_row_filled (void)
{
  const LianKindDecl *firms = lian_record_kind_get_decl (LIAN_RECORD_KIND_ENTERPRISE);
  const LianKindDecl *needs = lian_record_kind_get_decl (LIAN_RECORD_KIND_NEED);
  g_autofree LianEnterpriseRow *firm = g_memdup2 (lian_record_kind_fresh_row (LIAN_RECORD_KIND_ENTERPRISE),
                                                  firms->row_size);
  g_autofree gpointer need = g_memdup2 (lian_record_kind_fresh_row (LIAN_RECORD_KIND_NEED),
                                            needs->row_size);
  g_autoptr(LianChainLink) link = lian_chain_link_new ("c1", "材料", LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) again = lian_chain_link_new ("c1", "材料", LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) other = lian_chain_link_new ("c2", NULL, LIAN_CHAIN_ROLE_SUPPORTING);
  g_autoptr(GDateTime) at = g_date_time_new_utc (2024, 3, 2, 1, 0, 0);
  g_autoptr(LianNeedEvent) event = lian_need_event_new (at, LIAN_NEED_STATUS_ACCEPTED, NULL, NULL);
  g_autoptr(LianRecord) made_firm = NULL;
  g_autoptr(LianRecord) made_need = NULL;

  firm->head.id = g_strdup ("e1");
  firm->head.revision = 4;
  firm->head.validated = TRUE;
  CU_ASSERT_TRUE (lian_enterprise_row_add_link (firm, link));
  CU_ASSERT_FALSE (lian_enterprise_row_add_link (firm, again));
  CU_ASSERT_TRUE (lian_enterprise_row_add_link (firm, other));
  CU_ASSERT_PTR_EQUAL (lian_enterprise_row_get_chain_link (firm, "c1"), link);
  CU_ASSERT_PTR_NULL (lian_enterprise_row_get_chain_link (firm, "c9"));
  made_firm = lian_record_new_from_row (LIAN_RECORD_KIND_ENTERPRISE, firm);
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (made_firm), "e1");
  CU_ASSERT_EQUAL (lian_record_get_revision (made_firm), 4);
  CU_ASSERT_TRUE (lian_record_is_validated (made_firm));
  CU_ASSERT_EQUAL (g_strv_length ((GStrv) lian_enterprise_get_chain_ids (LIAN_ENTERPRISE (made_firm))), 2);
  CU_ASSERT_PTR_EQUAL (lian_enterprise_get_chain_link (LIAN_ENTERPRISE (made_firm), "c2"), other);

  ((LianRowHead *) need)->id = g_strdup ("n1");
  test_rows_append_event (need, event);
  test_rows_append_event (need, event);
  made_need = lian_record_new_from_row (LIAN_RECORD_KIND_NEED, need);
  CU_ASSERT_EQUAL (lian_need_get_n_events (LIAN_NEED (made_need)), 2);
  CU_ASSERT_PTR_EQUAL (g_ptr_array_index (lian_need_get_history (LIAN_NEED (made_need)), 1), event);
}

/* A borrowed row keeps its flag, and clearing it frees none of its texts. */
static void
test_borrowed_row (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(GListModel) list = lian_registry_get_records (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(LianRecord) record = g_list_model_get_item (list, 0);
  const LianKindDecl *decl = lian_record_get_kind_decl (record);
  g_autofree gpointer row = g_memdup2 (lian_record_row (record, decl), decl->row_size);
  g_autofree char *description = lian_record_dup_description (record);
  g_autofree char *row_description = lian_row_dup_description (decl, row);

  CU_ASSERT_TRUE (lian_record_borrows_texts (record));
  CU_ASSERT_STRING_EQUAL (description, row_description);
  /* A copy of a held row's bits: clearing it must free nothing it borrowed. */
  test_rows_forget_history (row);
  lian_row_clear (decl, row);
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (record), ((LianRowHead *) row)->id);
}

/* A need with none of its rarely set fields has no side block, and
 * reading the needs, as the checks, an export and a summary do, makes it
 * none. */
static void
test_reading_makes_no_side_block (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(GListModel) problems = lian_registry_check (registry, "2024-01-01", 30);
  g_autoptr(LianFilter) needs = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autofree char *csv = lian_registry_export_csv_to_data (registry, needs,
                                                           LIAN_CSV_EXPORT_FLAGS_NONE, NULL);
  const LianKindDecl *decl = lian_record_kind_get_decl (LIAN_RECORD_KIND_NEED);
  LianRecord *bare, *full;

  CU_ASSERT_PTR_NOT_NULL (csv);
  bare = lian_registry_lookup (registry, "need-010");
  full = lian_registry_lookup (registry, "need-003");
  CU_ASSERT_EQUAL (lian_need_get_n_events (LIAN_NEED (bare)), 0);
  CU_ASSERT_FALSE (test_rows_has_more (lian_record_row (bare, decl)));
  CU_ASSERT_TRUE (test_rows_has_more (lian_record_row (full, decl)));
  /* Its setters make the block and, once it is empty again, free it. */
  lian_need_set_due (LIAN_NEED (bare), "2024-01-31");
  CU_ASSERT_TRUE (test_rows_has_more (lian_record_row (bare, decl)));
  lian_need_set_due (LIAN_NEED (bare), NULL);
  CU_ASSERT_FALSE (test_rows_has_more (lian_record_row (bare, decl)));
}

int
main (void)
{
  static const LianTest tests[] = {
    { "fresh rows", test_fresh_rows },
    { "round trip of made records", test_round_trip_made },
    { "round trip of the sample's records", test_round_trip_sample },
    { "a row filled as a loader fills it", test_row_filled },
    { "a borrowed row", test_borrowed_row },
    { "reading makes no side block", test_reading_makes_no_side_block },
    { NULL, NULL },
  };

  return lian_test_run ("record-rows", tests);
}
