/* test-registry-query.c: counts per index key, regions, the change count
 * and visits that notice changes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* The region of the enterprise of @need, found by a lookup. */
static const char *
need_region (LianRegistry *reg,
             LianNeed     *need)
{
  LianEnterprise *firm = lian_registry_lookup_enterprise (reg, lian_need_get_enterprise_id (need));

  return firm ? lian_enterprise_get_region (firm) : NULL;
}

static gboolean
lies_in (const char *region,
         const char *code)
{
  return region == NULL || (code && lian_adcode_is_valid (code) &&
                            lian_adcode_contains (region, code));
}

/* Compares every count of @reg, in @region, with a scan of its lists. */
static void
assert_counts_match_scan (LianRegistry *reg,
                          const char   *region)
{
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (reg);
  g_autoptr(GListModel) needs = lian_registry_get_needs (reg);
  guint n_firms = 0, n_needs = 0, by_status[LIAN_NEED_STATUS_CLOSED + 1] = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (firms); i++)
    {
      g_autoptr(LianEnterprise) firm = g_list_model_get_item (firms, i);
      n_firms += lies_in (region, lian_enterprise_get_region (firm));
    }
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);
      if (!lies_in (region, need_region (reg, need)))
        continue;
      n_needs++;
      by_status[lian_need_get_status (need)]++;
    }
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (reg, region), n_firms);
  CU_ASSERT_EQUAL (lian_registry_count_needs (reg, region), n_needs);
  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, region, s), by_status[s]);
}

/* Every region at every level of @reg, and the whole. */
static guint
assert_all_counts (LianRegistry *reg)
{
  guint n_regions = 0;

  assert_counts_match_scan (reg, NULL);
  for (guint level = LIAN_LEVEL_PROVINCE; level <= LIAN_LEVEL_COUNTY; level++)
    {
      g_auto(GStrv) codes = lian_registry_dup_regions_at (reg, NULL, level);

      for (guint i = 0; codes[i]; i++, n_regions++)
        assert_counts_match_scan (reg, codes[i]);
    }
  return n_regions;
}

static void
test_counts_match_scan (void)
{
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(LianRegistry) generated = lian_test_generate (7, 300, 900);
  g_autoptr(GListModel) chains = lian_registry_get_chains (sample);

  CU_ASSERT_TRUE (assert_all_counts (sample) > 5);
  CU_ASSERT_TRUE (assert_all_counts (generated) > 5);
  CU_ASSERT_EQUAL (lian_registry_count_records (sample, LIAN_RECORD_KIND_CHAIN),
                   g_list_model_get_n_items (chains));
  CU_ASSERT_EQUAL (lian_registry_count_records (generated, LIAN_RECORD_KIND_NEED), 900);
  CU_ASSERT_EQUAL (lian_registry_count_needs (generated, NULL), 900);
  /* A region where nothing lies. */
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (sample, "110000"), 0);
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (sample, "110000",
                                                        LIAN_NEED_STATUS_SUBMITTED), 0);
}

static void
test_regions_at (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_auto(GStrv) provinces = NULL;
  g_auto(GStrv) cities = NULL;
  g_auto(GStrv) counties = NULL;
  g_auto(GStrv) none = NULL;

  lian_test_add (reg, lian_test_firm ("f1", "320505", NULL, NULL));
  lian_test_add (reg, lian_test_firm ("f2", "320205", NULL, NULL));
  lian_test_add (reg, lian_test_firm ("f3", "320200", NULL, NULL));
  lian_test_add (reg, lian_test_firm ("f4", "330102", NULL, NULL));

  provinces = lian_registry_dup_regions_at (reg, NULL, LIAN_LEVEL_PROVINCE);
  cities = lian_registry_dup_regions_at (reg, "320000", LIAN_LEVEL_CITY);
  counties = lian_registry_dup_regions_at (reg, "320000", LIAN_LEVEL_COUNTY);
  none = lian_registry_dup_regions_at (reg, "110000", LIAN_LEVEL_CITY);
  CU_ASSERT_EQUAL (g_strv_length (provinces), 2);
  CU_ASSERT_STRING_EQUAL (provinces[0], "320000");
  CU_ASSERT_STRING_EQUAL (provinces[1], "330000");
  CU_ASSERT_EQUAL (g_strv_length (cities), 2);
  CU_ASSERT_STRING_EQUAL (cities[0], "320200");
  CU_ASSERT_STRING_EQUAL (cities[1], "320500");
  CU_ASSERT_EQUAL (g_strv_length (counties), 2);
  CU_ASSERT_STRING_EQUAL (counties[0], "320205");
  CU_ASSERT_STRING_EQUAL (counties[1], "320505");
  CU_ASSERT_EQUAL (g_strv_length (none), 0);
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (reg, "320200"), 2);
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (reg, "320000"), 3);
}

/* Counts follow a need that moves, an enterprise that moves (its needs
 * with it), and removals. */
static void
test_counts_follow_changes (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  LianEnterprise *firm;
  guint64 count;

  lian_test_add (reg, lian_test_firm ("f1", "320505", NULL, NULL));
  lian_test_add (reg, lian_test_firm ("f2", "320205", NULL, NULL));
  lian_test_add (reg, lian_test_need ("n1", "f1", NULL, LIAN_NEED_CATEGORY_FINANCING,
                                      LIAN_NEED_STATUS_SUBMITTED, "2023-01-02", NULL, FALSE));
  lian_test_add (reg, lian_test_need ("n2", "f1", NULL, LIAN_NEED_CATEGORY_TALENT,
                                      LIAN_NEED_STATUS_SUBMITTED, "2023-01-03", NULL, FALSE));
  lian_test_add (reg, lian_test_need ("n3", "f2", NULL, LIAN_NEED_CATEGORY_TALENT,
                                      LIAN_NEED_STATUS_SUBMITTED, "2023-01-03", NULL, FALSE));
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, "320500", LIAN_NEED_STATUS_SUBMITTED), 2);
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, "320000", LIAN_NEED_STATUS_SUBMITTED), 3);

  count = lian_registry_get_change_count (reg);
  CU_ASSERT_TRUE (lian_registry_move_need (reg, "n1", LIAN_NEED_STATUS_ACCEPTED, NULL, NULL,
                                           NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_registry_get_change_count (reg) > count);
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, "320500", LIAN_NEED_STATUS_SUBMITTED), 1);
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, "320505", LIAN_NEED_STATUS_ACCEPTED), 1);
  assert_counts_match_scan (reg, "320500");

  /* The enterprise moves to Wuxi: its needs lie there now. */
  count = lian_registry_get_change_count (reg);
  firm = lian_registry_lookup_enterprise (reg, "f1");
  lian_enterprise_set_region (firm, "320211");
  CU_ASSERT_TRUE (lian_registry_get_change_count (reg) > count);
  CU_ASSERT_EQUAL (lian_registry_count_needs (reg, "320500"), 0);
  CU_ASSERT_EQUAL (lian_registry_count_needs (reg, "320200"), 3);
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, "320211", LIAN_NEED_STATUS_ACCEPTED), 1);
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (reg, "320200"), 2);
  assert_all_counts (reg);

  count = lian_registry_get_change_count (reg);
  CU_ASSERT_TRUE (lian_registry_remove (reg, "f1", TRUE, NULL, &error));
  CU_ASSERT_TRUE (lian_registry_get_change_count (reg) > count);
  CU_ASSERT_EQUAL (lian_registry_count_needs (reg, "320200"), 1);
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, NULL, LIAN_NEED_STATUS_ACCEPTED), 0);
  CU_ASSERT_EQUAL (lian_registry_count_records (reg, LIAN_RECORD_KIND_NEED), 1);
  assert_all_counts (reg);

  /* Reading changes nothing. */
  count = lian_registry_get_change_count (reg);
  assert_all_counts (reg);
  CU_ASSERT_EQUAL (lian_registry_get_change_count (reg), count);
}

/* The needs at @status, selected by the registry (from its index) and
 * found by a scan: the same, in the same order. */
static void
assert_select_matches_scan (LianRegistry   *reg,
                            LianNeedStatus  status)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GListModel) needs = lian_registry_get_needs (reg);
  g_autoptr(GListModel) selected = NULL;
  guint n = 0;

  lian_filter_set_status (filter, status);
  selected = lian_registry_select (reg, filter, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);
      g_autoptr(LianNeed) other = NULL;

      if (lian_need_get_status (need) != status)
        continue;
      other = g_list_model_get_item (selected, n++);
      CU_ASSERT_PTR_EQUAL (other, need);
    }
  CU_ASSERT_EQUAL (g_list_model_get_n_items (selected), n);
}

/* Enough needs that the buckets of a status, a category and a province
 * are bitmaps: moves and removals keep every count and every select. */
static void
test_counts_follow_many_changes (void)
{
  g_autoptr(LianRegistry) reg = lian_test_generate (11, 300, 900);
  g_autoptr(GListModel) needs = lian_registry_get_needs (reg);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint moved = 0, removed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(LianRecord) need = g_list_model_get_item (needs, i);

      g_ptr_array_add (ids, g_strdup (lian_record_get_id (need)));
    }
  for (guint i = 0; i < ids->len; i += 2)
    if (lian_need_get_status (lian_registry_lookup_need (reg, ids->pdata[i])) ==
        LIAN_NEED_STATUS_SUBMITTED)
      moved += lian_registry_move_need (reg, ids->pdata[i], LIAN_NEED_STATUS_ACCEPTED,
                                        NULL, NULL, NULL, NULL);
  CU_ASSERT_TRUE (moved > 20);
  assert_all_counts (reg);
  /* A need another record refers to stays. */
  for (guint i = 1; i < ids->len; i += 3)
    removed += lian_registry_remove (reg, ids->pdata[i], FALSE, NULL, NULL);
  CU_ASSERT_TRUE (removed > 200);
  CU_ASSERT_EQUAL (lian_registry_count_needs (reg, NULL), ids->len - removed);
  assert_all_counts (reg);
  for (LianNeedStatus s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    assert_select_matches_scan (reg, s);
}

/* The bitmap of a status begins at its first need's number: a need that
 * takes a number freed before it (an enterprise's, removed) is counted,
 * selected and removed as any other. */
static void
test_bitmap_takes_a_lower_number (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("firm-%03u", i);

      lian_test_add (reg, lian_test_firm (id, "320205", NULL, NULL));
    }
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *id = g_strdup_printf ("need-%03u", i);

      lian_test_add (reg, lian_test_need (id, "firm-199", NULL, LIAN_NEED_CATEGORY_FINANCING,
                                          LIAN_NEED_STATUS_SUBMITTED, "2024-03-01", NULL, FALSE));
    }
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("firm-%03u", i);

      CU_ASSERT_TRUE_FATAL (lian_registry_remove (reg, id, FALSE, NULL, &error));
    }
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("early-%03u", i);

      lian_test_add (reg, lian_test_need (id, "firm-150", NULL, LIAN_NEED_CATEGORY_FINANCING,
                                          LIAN_NEED_STATUS_SUBMITTED, "2024-03-01", NULL, FALSE));
    }
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, NULL, LIAN_NEED_STATUS_SUBMITTED), 500);
  assert_all_counts (reg);
  assert_select_matches_scan (reg, LIAN_NEED_STATUS_SUBMITTED);
  for (guint i = 0; i < 100; i += 2)
    {
      g_autofree char *id = g_strdup_printf ("early-%03u", i);

      CU_ASSERT_TRUE (lian_registry_remove (reg, id, FALSE, NULL, &error));
    }
  CU_ASSERT_EQUAL (lian_registry_count_needs_by_status (reg, NULL, LIAN_NEED_STATUS_SUBMITTED), 450);
  assert_all_counts (reg);
  assert_select_matches_scan (reg, LIAN_NEED_STATUS_SUBMITTED);
}

typedef struct
{
  GString      *ids;
  LianRegistry *reg;
  guint         stop_after;  /* return FALSE after this many; 0: never */
  guint         change_at;   /* change a record at this one (1-based); 0: never */
  guint         n;
} Visit;

static gboolean
visit_cb (LianRecord *record,
          gpointer    data)
{
  Visit *v = data;

  g_string_append_printf (v->ids, "%s ", lian_record_get_id (record));
  v->n++;
  if (v->change_at == v->n)
    lian_enterprise_set_employees (LIAN_ENTERPRISE (record), 12345);
  return v->stop_after == 0 || v->n < v->stop_after;
}

static void
test_foreach (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);
  Visit v = { ids, reg, 0, 0, 0 };

  lian_test_add (reg, lian_test_firm ("f1", "320505", NULL, NULL));
  lian_test_add (reg, lian_test_firm ("f2", "320205", NULL, NULL));
  lian_test_add (reg, lian_test_firm ("f3", "320205", NULL, NULL));
  lian_test_add (reg, lian_test_need ("n1", "f1", NULL, LIAN_NEED_CATEGORY_FINANCING,
                                      LIAN_NEED_STATUS_SUBMITTED, "2023-01-02", NULL, FALSE));

  /* In the order they were added. */
  CU_ASSERT_TRUE (lian_registry_foreach (reg, LIAN_RECORD_KIND_ENTERPRISE, visit_cb, &v, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (ids->str, "f1 f2 f3 ");

  /* Stopped by the function: not an error. */
  g_string_truncate (ids, 0);
  v.n = 0;
  v.stop_after = 2;
  CU_ASSERT_TRUE (lian_registry_foreach (reg, LIAN_RECORD_KIND_ENTERPRISE, visit_cb, &v, &error));
  CU_ASSERT_STRING_EQUAL (ids->str, "f1 f2 ");

  /* A change under the visit stops it before the next record. */
  g_string_truncate (ids, 0);
  v.n = 0;
  v.stop_after = 0;
  v.change_at = 1;
  CU_ASSERT_FALSE (lian_registry_foreach (reg, LIAN_RECORD_KIND_ENTERPRISE, visit_cb, &v, &error));
  CU_ASSERT_STRING_EQUAL (ids->str, "f1 ");
  LIAN_ASSERT_MESSAGE (error, "after 1 of 3");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CHANGED);

  /* A change at the last record leaves nothing unvisited. */
  g_string_truncate (ids, 0);
  v.n = 0;
  v.change_at = 3;
  CU_ASSERT_TRUE (lian_registry_foreach (reg, LIAN_RECORD_KIND_ENTERPRISE, visit_cb, &v, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (ids->str, "f1 f2 f3 ");

  /* No record of a kind: nothing visited. */
  g_string_truncate (ids, 0);
  CU_ASSERT_TRUE (lian_registry_foreach (reg, LIAN_RECORD_KIND_CHAIN, visit_cb, &v, &error));
  CU_ASSERT_STRING_EQUAL (ids->str, "");
}

static void
test_foreach_error_in_chinese (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);
  Visit v = { ids, reg, 0, 1, 0 };

  lian_test_add (reg, lian_test_firm ("f1", "320505", NULL, NULL));
  lian_test_add (reg, lian_test_firm ("f2", "320205", NULL, NULL));
  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  CU_ASSERT_FALSE (lian_registry_foreach (reg, LIAN_RECORD_KIND_ENTERPRISE, visit_cb, &v, &error));
  LIAN_ASSERT_MESSAGE (error, "登记库发生了变化");
  g_clear_error (&error);
  lian_set_language (NULL, NULL);
}

/* The three statistics (needs by status, enterprises by region, the
 * resolution rate) of @summary, a summary of @region (or of everything),
 * are those the counts give. */
static void
assert_summary_matches_counts (LianRegistry *reg,
                               LianSummary  *summary,
                               const char   *region)
{
  guint n = lian_registry_count_needs (reg, region);
  guint resolved = lian_registry_count_needs_by_status (reg, region, LIAN_NEED_STATUS_RESOLVED);
  guint closed = lian_registry_count_needs_by_status (reg, region, LIAN_NEED_STATUS_CLOSED);
  double rate = n > closed ? (double) resolved / (n - closed) : 0.0;

  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (summary),
                   lian_registry_count_enterprises (reg, region));
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (summary), n);
  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (summary, s),
                     lian_registry_count_needs_by_status (reg, region, s));
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_resolution_rate (summary), rate, 1e-12);
}

static void
assert_rollup_matches_counts (LianRegistry *reg,
                              const char   *province,
                              LianLevel     level)
{
  g_autoptr(GListModel) rollup = lian_summary_rollup_regions (reg, NULL, province, level, NULL);
  g_auto(GStrv) codes = lian_registry_dup_regions_at (reg, province, level);
  guint n = g_list_model_get_n_items (rollup);

  /* Every region where an enterprise lies is in the roll-up, and the
   * roll-up has no other (every record of these registries lies at an
   * enterprise's region or above it). */
  CU_ASSERT_TRUE (n > 1);
  CU_ASSERT_EQUAL (n, g_strv_length (codes));
  for (guint i = 0; i < n && codes[i]; i++)
    {
      g_autoptr(LianSummary) part = g_list_model_get_item (rollup, i);

      CU_ASSERT_STRING_EQUAL (lian_summary_get_key (part), codes[i]);
      assert_summary_matches_counts (reg, part, codes[i]);
      assert_counts_match_scan (reg, codes[i]);
    }
}

static void
test_summary_figures_match_counts (void)
{
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(LianRegistry) generated = lian_test_generate (11, 400, 1500);
  g_autoptr(LianSummary) all = lian_summary_new (generated, NULL, NULL);
  g_autoptr(LianSummary) sample_all = lian_summary_new (sample, NULL, NULL);
  g_autoptr(LianFilter) city = lian_test_scope (lian_test_cities[0], NULL);
  g_autoptr(LianSummary) one_city = lian_summary_new (generated, city, NULL);

  assert_summary_matches_counts (generated, all, NULL);
  assert_summary_matches_counts (sample, sample_all, NULL);
  assert_summary_matches_counts (generated, one_city, lian_test_cities[0]);
  assert_rollup_matches_counts (sample, "320000", LIAN_LEVEL_CITY);
  assert_rollup_matches_counts (generated, "320000", LIAN_LEVEL_CITY);
  assert_rollup_matches_counts (generated, "320000", LIAN_LEVEL_COUNTY);
}

static void
count_arrays_cb (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        data)
{
  if (strstr (message, "an array again"))
    (*(guint *) data)++;
}

/* The ids of the enterprises a selection by @region gives, joined. */
static char *
ids_at (LianRegistry *reg,
        const char   *region)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GListModel) found = NULL;
  GString *ids = g_string_new (NULL);

  lian_filter_set_region (filter, region);
  found = lian_registry_select (reg, filter, NULL);
  for (guint i = 0; found && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(LianRecord) firm = g_list_model_get_item (found, i);
      g_string_append_printf (ids, "%s ", lian_record_get_id (firm));
    }
  return g_string_free (ids, FALSE);
}

/* What a selection by @region should give: the ids of @reg's enterprises
 * in the order they were added that lie there, by their region. */
static char *
expected_at (LianRegistry *reg,
             const char   *region)
{
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (reg);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (firms); i++)
    {
      g_autoptr(LianEnterprise) firm = g_list_model_get_item (firms, i);
      if (g_str_has_prefix (lian_enterprise_get_region (firm), region))
        g_string_append_printf (ids, "%s ", lian_record_get_id (LIAN_RECORD (firm)));
    }
  return g_string_free (ids, FALSE);
}

static void
assert_region (LianRegistry *reg,
               const char   *region,
               const char   *prefix,
               guint         count)
{
  g_autofree char *found = ids_at (reg, region);
  g_autofree char *expected = expected_at (reg, prefix);

  CU_ASSERT_STRING_EQUAL (found, expected);
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (reg, region), count);
}

/* A key many records shared, whose records then mostly went, is filed
 * as an array of them again; it counts and gives its records as before,
 * and they leave it as they come and go. */
static void
test_shrunk_key_counts_right (void)
{
  g_autoptr(LianRegistry) reg = lian_registry_new ();
  g_autoptr(GPtrArray) firms = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autofree char *resaved = NULL;
  guint arrays = 0;
  guint handler;

  handler = g_log_set_handler ("Lian", G_LOG_LEVEL_DEBUG, count_arrays_cb, &arrays);
  /* Many at once: their slots come from the registry's slab. */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%03u", i);
      g_ptr_array_add (firms, lian_test_firm (id, i % 2 ? "320214" : "320102", NULL, NULL));
    }
  CU_ASSERT_TRUE_FATAL (lian_registry_add_many (reg, firms, &error));
  assert_region (reg, "320214", "320214", 100);

  /* Down to 10 in Wuxi's district, where a bitmap turns into an array. */
  for (guint i = 1; i < 200; i += 2)
    if (i % 20 != 1)
      {
        g_autofree char *id = g_strdup_printf ("ent-%03u", i);
        CU_ASSERT_TRUE (lian_registry_remove (reg, id, FALSE, NULL, &error));
      }
  CU_ASSERT_TRUE (arrays >= 2);   /* the district and its city */
  assert_region (reg, "320214", "320214", 10);
  assert_region (reg, "320200", "3202", 10);
  assert_region (reg, "320000", "32", 110);

  /* Records come and go, one moves away and back: each is where it lies. */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-new-%02u", i);
      lian_test_add (reg, lian_test_firm (id, "320214", NULL, NULL));
    }
  for (guint i = 0; i < 30; i += 3)
    {
      g_autofree char *id = g_strdup_printf ("ent-new-%02u", i);
      CU_ASSERT_TRUE (lian_registry_remove (reg, id, FALSE, NULL, &error));
    }
  lian_enterprise_set_region (lian_registry_lookup_enterprise (reg, "ent-021"), "320102");
  assert_region (reg, "320214", "320214", 29);
  assert_region (reg, "320102", "320102", 101);
  lian_enterprise_set_region (lian_registry_lookup_enterprise (reg, "ent-021"), "320214");
  assert_region (reg, "320214", "320214", 30);
  assert_region (reg, "320000", "32", 130);

  saved = lian_registry_save_to_data (reg, NULL);
  CU_ASSERT_TRUE (lian_registry_load_from_data (again, saved, -1, &error));
  resaved = lian_registry_save_to_data (again, NULL);
  CU_ASSERT_STRING_EQUAL (resaved, saved);

  /* All of them go: nothing of the key is left. */
  lian_registry_clear (reg);
  assert_region (reg, "320214", "320214", 0);
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (reg, "320000"), 0);
  g_log_remove_handler ("Lian", handler);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/registry-query/counts-match-scan", test_counts_match_scan },
    { "/lian/registry-query/regions-at", test_regions_at },
    { "/lian/registry-query/counts-follow-changes", test_counts_follow_changes },
    { "/lian/registry-query/counts-follow-many-changes", test_counts_follow_many_changes },
    { "/lian/registry-query/bitmap-takes-a-lower-number", test_bitmap_takes_a_lower_number },
    { "/lian/registry-query/foreach", test_foreach },
    { "/lian/registry-query/foreach-error-in-chinese", test_foreach_error_in_chinese },
    { "/lian/registry-query/summary-figures-match-counts", test_summary_figures_match_counts },
    { "/lian/registry-query/shrunk-key-counts-right", test_shrunk_key_counts_right },
    { NULL, NULL },
  };

  return lian_test_run ("registry-query", tests);
}
