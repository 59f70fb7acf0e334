/* test-duplicates.c: likeness, the review queue, merging and decisions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* The hand-made sheet of 40 enterprises (tests/data/duplicates), read as
 * plain comma-separated text: it has no quotes. */
static LianRegistry *
sheet_registry (void)
{
  g_autofree char *path = lian_test_data ("duplicates/enterprises.csv");
  g_autofree char *text = lian_test_read_file (path, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  LianRegistry *registry = lian_registry_new ();

  for (guint i = 1; lines[i] && lines[i][0]; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);
      g_autoptr(LianEnterprise) ent = NULL;
      g_autoptr(GError) error = NULL;

      CU_ASSERT_EQUAL_FATAL (g_strv_length (cells), 6);
      ent = g_object_new (LIAN_TYPE_ENTERPRISE, "id", cells[0], "name", cells[1],
                          "uscc", cells[2], "region", cells[3], NULL);
      if (cells[4][0])
        lian_enterprise_set_contact_name (ent, cells[4]);
      if (cells[5][0])
        lian_enterprise_set_contact_phone (ent, cells[5]);
      CU_ASSERT_TRUE (lian_registry_add (registry, LIAN_RECORD (ent), &error));
    }
  CU_ASSERT_EQUAL (lian_registry_count_records (registry, LIAN_RECORD_KIND_ENTERPRISE), 40);
  return registry;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* "e01,e02,certain;…" of the pairs found at @band or above. */
static char *
pairs_text (LianRegistry      *registry,
            LianRecordKind     kind,
            LianDuplicateBand  band)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pairs = lian_registry_find_duplicates (registry, kind, band, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GEnumClass) bands = g_type_class_ref (LIAN_TYPE_DUPLICATE_BAND);

  CU_ASSERT_PTR_NOT_NULL_FATAL (pairs);
  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(LianDuplicate) pair = g_list_model_get_item (pairs, i);
      g_ptr_array_add (lines, g_strdup_printf ("%s,%s,%s", lian_duplicate_get_first_id (pair),
                                               lian_duplicate_get_second_id (pair),
                                               g_enum_get_value (bands, lian_duplicate_get_band (pair))->value_nick));
    }
  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv (";", (char **) lines->pdata);
}

static void
test_sheet_gives_the_known_pairs (void)
{
  g_autoptr(LianRegistry) registry = sheet_registry ();
  g_autofree char *path = lian_test_data ("duplicates/expected.csv");
  g_autofree char *text = lian_test_read_file (path, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autofree char *want = NULL, *got = NULL;

  for (guint i = 1; lines[i] && lines[i][0]; i++)
    g_ptr_array_add (expected, lines[i]);
  g_ptr_array_sort (expected, compare_strings);
  g_ptr_array_add (expected, NULL);
  want = g_strjoinv (";", (char **) expected->pdata);
  got = pairs_text (registry, LIAN_RECORD_KIND_ENTERPRISE, LIAN_DUPLICATE_BAND_UNLIKELY);
  CU_ASSERT_STRING_EQUAL (got, want);
}

static void
test_bands_and_reasons (void)
{
  g_autoptr(LianRegistry) registry = sheet_registry ();
  g_autoptr(GListModel) certain = lian_registry_find_duplicates (registry, LIAN_RECORD_KIND_ENTERPRISE,
                                                                 LIAN_DUPLICATE_BAND_CERTAIN, NULL);
  g_autoptr(GListModel) likely = lian_registry_find_duplicates (registry, LIAN_RECORD_KIND_ENTERPRISE,
                                                                LIAN_DUPLICATE_BAND_LIKELY, NULL);
  g_autoptr(LianDuplicate) first = g_list_model_get_item (certain, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) none = NULL;

  CU_ASSERT_EQUAL (g_list_model_get_n_items (certain), 2);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (likely), 8);
  CU_ASSERT_TRUE (g_strv_contains (lian_duplicate_get_reasons (first), "same credit code"));
  CU_ASSERT_TRUE (lian_duplicate_get_score (first) >= 1.0);
  CU_ASSERT_EQUAL (lian_duplicate_get_kind (first), LIAN_RECORD_KIND_ENTERPRISE);
  none = lian_registry_find_duplicates (registry, LIAN_RECORD_KIND_SERVICE,
                                        LIAN_DUPLICATE_BAND_LIKELY, &error);
  CU_ASSERT_PTR_NULL (none);
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);
}

static void
test_before_add_warns (void)
{
  g_autoptr(LianRegistry) registry = sheet_registry ();
  g_autoptr(LianEnterprise) firm = g_object_new (LIAN_TYPE_ENTERPRISE, "id", "new",
                                                 "name", "江苏新洁能半导体有限公司",
                                                 "uscc", "913202141234567802",
                                                 "region", "320214", NULL);
  g_autoptr(GListModel) like = lian_registry_find_duplicates_of (registry, LIAN_RECORD (firm),
                                                                 LIAN_DUPLICATE_BAND_LIKELY);

  CU_ASSERT_EQUAL (g_list_model_get_n_items (like), 2);
  CU_ASSERT_TRUE (lian_registry_add (registry, LIAN_RECORD (firm), NULL));
}

static void
test_needs_entered_twice (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-003");
  g_autoptr(LianNeed) again = g_object_new (LIAN_TYPE_NEED, "id", "need-003b",
                                            "enterprise-id", lian_need_get_enterprise_id (need),
                                            "category", lian_need_get_category (need),
                                            "title", lian_need_get_title (need),
                                            "submitted", lian_need_get_submitted (need), NULL);
  g_autofree char *got = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (again), NULL));
  got = pairs_text (registry, LIAN_RECORD_KIND_NEED, LIAN_DUPLICATE_BAND_UNLIKELY);
  CU_ASSERT_STRING_EQUAL (got, "need-003,need-003b,certain");
}

static void
test_merge_keeps_every_reference (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianRegistry) loaded = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL, *again = NULL;
  g_autoptr(GPtrArray) left = NULL;
  LianEnterprise *wafer;

  lian_enterprise_set_parent_id (lian_registry_lookup_enterprise (registry, "ent-wx-gas"),
                                 "ent-wx-chip");
  CU_ASSERT_TRUE_FATAL (lian_registry_merge_enterprises (registry, "ent-wx-wafer", "ent-wx-chip",
                                                         &error));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "ent-wx-chip"));
  wafer = lian_registry_lookup_enterprise (registry, "ent-wx-chip");
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (wafer)), "ent-wx-wafer");
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (lian_registry_lookup_need (registry, "need-003")),
                          "ent-wx-wafer");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_parent_id (lian_registry_lookup_enterprise (registry, "ent-wx-gas")),
                          "ent-wx-wafer");
  CU_ASSERT_TRUE (g_strv_contains (lian_chain_get_leader_ids (lian_registry_lookup_chain (registry, "chain-ic")),
                                   "ent-wx-wafer"));
  left = lian_registry_dup_referrers (registry, "ent-wx-chip");
  CU_ASSERT_EQUAL (left->len, 0);

  saved = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (loaded, saved, -1, &error));
  again = lian_registry_save_to_data (loaded, NULL);
  CU_ASSERT_STRING_EQUAL (again, saved);
  wafer = lian_registry_lookup_enterprise (loaded, "ent-wx-chip");
  CU_ASSERT_PTR_NOT_NULL_FATAL (wafer);
  CU_ASSERT_TRUE (g_strv_contains (lian_enterprise_get_aliases (wafer), "ent-wx-chip"));
}

static void
test_unmerge_puts_it_back (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_merge_enterprises (registry, "ent-wx-wafer", "ent-wx-chip",
                                                         &error));
  CU_ASSERT_TRUE_FATAL (lian_registry_unmerge_enterprises (registry, "ent-wx-wafer", "ent-wx-chip",
                                                           &error));
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);
  CU_ASSERT_FALSE (lian_registry_unmerge_enterprises (registry, "ent-wx-wafer", "ent-wx-chip",
                                                      &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
}

static void
test_refused_merge_changes_nothing (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL;

  CU_ASSERT_FALSE (lian_registry_merge_enterprises (registry, "ent-wx-wafer", "nobody", &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_FALSE (lian_registry_merge_enterprises (registry, "ent-wx-wafer", "need-003", &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_FALSE (lian_registry_merge_enterprises (registry, "ent-wx-wafer", "ent-wx-wafer", &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);
}

/* Saves the sheet in @uri, decides e17 and e18 apart, and opens it again. */
static void
check_decision_survives (const char *name)
{
  g_autoptr(LianRegistry) registry = sheet_registry ();
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *uri = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianStore) store = lian_store_open (uri, &error);
  g_autoptr(LianRegistry) opened = NULL, reopened = NULL;
  g_autofree char *got = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, registry, &error));
  lian_store_close (store);
  opened = lian_registry_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  CU_ASSERT_TRUE (lian_registry_decide_duplicate (opened, "e17", "e18", FALSE, &error));
  lian_store_close (lian_registry_get_store (opened));
  reopened = lian_registry_open (uri, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (reopened);
  got = pairs_text (reopened, LIAN_RECORD_KIND_ENTERPRISE, LIAN_DUPLICATE_BAND_UNLIKELY);
  CU_ASSERT_PTR_NULL (strstr (got, "e17,e18"));
  CU_ASSERT_PTR_NOT_NULL (strstr (got, "e19,e20"));
  lian_store_close (lian_registry_get_store (reopened));
  lian_test_remove_dir (dir);
}

static void
test_different_survives_a_document (void)
{
  check_decision_survives ("register.json");
}

static void
test_different_survives_sqlite (void)
{
  check_decision_survives ("register.db");
}

static const char needs_sheet[] =
  "企业编号,所属产业链,问题类别,需求标题,需求描述,提交日期\n"
  "ent-wx-chip,chain-ic,融资,设备融资租赁,%s,2023-10-12\n";

static guint
import_needs (LianRegistry *registry,
              const char   *description,
              gboolean      allow)
{
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  g_autofree char *text = g_strdup_printf (needs_sheet, description);

  lian_csv_importer_set_allow_duplicates (importer, allow);
  lian_csv_importer_import_data (importer, text, -1, NULL);
  return lian_csv_importer_get_n_imported (importer);
}

static void
test_reimported_needs_add_nothing (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  guint n = lian_registry_count_records (registry, LIAN_RECORD_KIND_NEED);

  CU_ASSERT_EQUAL (import_needs (registry, "购置", FALSE), 1);
  CU_ASSERT_EQUAL (import_needs (registry, "购置检测设备", FALSE), 0);
  CU_ASSERT_EQUAL (lian_registry_count_records (registry, LIAN_RECORD_KIND_NEED), n + 1);
  CU_ASSERT_EQUAL (import_needs (registry, "再次购置", TRUE), 1);
  CU_ASSERT_EQUAL (lian_registry_count_records (registry, LIAN_RECORD_KIND_NEED), n + 2);
}

/* Two enterprises that name the same id an alias: the one added first is
 * found by it, also when the other took the place of a removed record. */
static void
test_alias_finds_the_first_added (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianEnterprise) gone = lian_test_firm ("ent-gone", "320214", NULL, NULL);
  g_autoptr(LianEnterprise) first = lian_test_firm ("ent-first", "320214", NULL, NULL);
  g_autoptr(LianEnterprise) second = lian_test_firm ("ent-second", "320214", NULL, NULL);
  const char * const aliases[] = { "ent-old", NULL };
  g_autoptr(GError) error = NULL;

  lian_enterprise_set_aliases (first, aliases);
  lian_enterprise_set_aliases (second, aliases);
  CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (gone), &error));
  CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (first), &error));
  CU_ASSERT_TRUE_FATAL (lian_registry_remove (registry, "ent-gone", FALSE, NULL, &error));
  CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (second), &error));
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_enterprise (registry, "ent-old"), first);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/duplicate/sheet-gives-the-known-pairs", test_sheet_gives_the_known_pairs },
    { "/lian/duplicate/bands-and-reasons", test_bands_and_reasons },
    { "/lian/duplicate/before-add-warns", test_before_add_warns },
    { "/lian/duplicate/needs-entered-twice", test_needs_entered_twice },
    { "/lian/duplicate/merge-keeps-every-reference", test_merge_keeps_every_reference },
    { "/lian/duplicate/unmerge-puts-it-back", test_unmerge_puts_it_back },
    { "/lian/duplicate/refused-merge-changes-nothing", test_refused_merge_changes_nothing },
    { "/lian/duplicate/different-survives-a-document", test_different_survives_a_document },
    { "/lian/duplicate/different-survives-sqlite", test_different_survives_sqlite },
    { "/lian/duplicate/reimported-needs-add-nothing", test_reimported_needs_add_nothing },
    { "/lian/duplicate/alias-finds-the-first-added", test_alias_finds_the_first_added },
    { NULL, NULL },
  };
  return lian_test_run ("duplicates", tests);
}
