/* test-csv-import.c: LianCsvImporter and LianCsvRowResult
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One test per fixture under tests/data/csv/, each checking every row's
 * result: its row number, outcome, record id, column and message.
 */
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "lian-test.h"
#include "lian-test-records.h"

typedef struct
{
  guint           row;
  LianCsvOutcome  outcome;
  const char     *record_id;
  const char     *column;
  const char     *message;
} Expected;

#define IMPORTED LIAN_CSV_OUTCOME_IMPORTED
#define UPDATED LIAN_CSV_OUTCOME_UPDATED
#define REJECTED LIAN_CSV_OUTCOME_REJECTED
#define SKIPPED LIAN_CSV_OUTCOME_SKIPPED

static gboolean
import_fixture (LianCsvImporter  *importer,
                const char       *name,
                GError          **error)
{
  g_autofree char *relative = g_build_filename ("csv", name, NULL);
  g_autofree char *path = lian_test_data (relative);

  return lian_csv_importer_import_file (importer, path, NULL, error);
}

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *relative = g_build_filename ("csv", name, NULL);
  g_autofree char *path = lian_test_data (relative);
  char *data = NULL;

  CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &data, length, NULL));
  return data;
}

static guint
n_enterprises (LianRegistry *registry)
{
  g_autoptr(GListModel) list = lian_registry_get_enterprises (registry);

  return g_list_model_get_n_items (list);
}

static void
check_str (const char *what,
           guint       row,
           const char *actual,
           const char *expected)
{
  if (g_strcmp0 (actual, expected) != 0)
    g_printerr ("row %u %s: \"%s\", expected \"%s\"\n", row, what,
                actual ? actual : "(null)", expected ? expected : "(null)");
  CU_ASSERT_EQUAL (g_strcmp0 (actual, expected), 0);
}

static void
check_results (LianCsvImporter *importer,
               const Expected  *expected,
               guint            n)
{
  GListModel *results = lian_csv_importer_get_results (importer);
  guint counts[4] = { 0, };

  CU_ASSERT_EQUAL (g_list_model_get_item_type (results), LIAN_TYPE_CSV_ROW_RESULT);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (results), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianCsvRowResult) result = g_list_model_get_item (results, i);
      guint row = expected[i].row;

      CU_ASSERT_EQUAL (lian_csv_row_result_get_row (result), row);
      if (lian_csv_row_result_get_outcome (result) != expected[i].outcome)
        g_printerr ("row %u outcome %d, expected %d\n", row,
                    lian_csv_row_result_get_outcome (result), expected[i].outcome);
      CU_ASSERT_EQUAL (lian_csv_row_result_get_outcome (result), expected[i].outcome);
      check_str ("record id", row, lian_csv_row_result_get_record_id (result), expected[i].record_id);
      check_str ("column", row, lian_csv_row_result_get_column (result), expected[i].column);
      check_str ("message", row, lian_csv_row_result_get_message (result), expected[i].message);
      counts[expected[i].outcome]++;
    }
  CU_ASSERT_PTR_NULL (g_list_model_get_item (results, n));
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_imported (importer), counts[IMPORTED]);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_updated (importer), counts[UPDATED]);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_rejected (importer), counts[REJECTED]);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_skipped (importer), counts[SKIPPED]);
}

static LianCsvImporter *
partial_importer (LianRegistry   *registry,
                  LianRecordKind  kind)
{
  LianCsvImporter *importer = lian_csv_importer_new (registry, kind);

  lian_csv_importer_set_partial (importer, TRUE);
  return importer;
}

static void
count_cb (gpointer  instance,
          gpointer  record,
          int      *count)
{
  (*count)++;
}

static void
count_changed_cb (LianRegistry *registry,
                  LianRecord   *record,
                  const char   *property,
                  int          *count)
{
  (*count)++;
}

static void
test_construction_and_properties (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(LianCsvImporter) other = g_object_new (LIAN_TYPE_CSV_IMPORTER, "registry", registry,
                                                   "record-kind", LIAN_RECORD_KIND_SERVICE,
                                                   "partial", TRUE, "encoding", "GB18030",
                                                   "update", FALSE, NULL);
  int count = 0;

  CU_ASSERT_PTR_EQUAL (lian_csv_importer_get_registry (importer), registry);
  CU_ASSERT_EQUAL (lian_csv_importer_get_record_kind (importer), LIAN_RECORD_KIND_NEED);
  CU_ASSERT_FALSE (lian_csv_importer_get_partial (importer));
  CU_ASSERT_PTR_NULL (lian_csv_importer_get_encoding (importer));
  CU_ASSERT_TRUE (lian_csv_importer_get_update (importer));
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_csv_importer_get_results (importer)), 0);

  CU_ASSERT_EQUAL (lian_csv_importer_get_record_kind (other), LIAN_RECORD_KIND_SERVICE);
  CU_ASSERT_TRUE (lian_csv_importer_get_partial (other));
  CU_ASSERT_STRING_EQUAL (lian_csv_importer_get_encoding (other), "GB18030");
  CU_ASSERT_FALSE (lian_csv_importer_get_update (other));

  g_signal_connect (importer, "notify", G_CALLBACK (count_cb), &count);
  lian_csv_importer_set_partial (importer, FALSE);
  lian_csv_importer_set_update (importer, TRUE);
  lian_csv_importer_set_encoding (importer, NULL);
  CU_ASSERT_EQUAL (count, 0);
  lian_csv_importer_set_partial (importer, TRUE);
  lian_csv_importer_set_update (importer, FALSE);
  lian_csv_importer_set_encoding (importer, "UTF-8");
  lian_csv_importer_set_encoding (importer, "UTF-8");
  CU_ASSERT_EQUAL (count, 3);
}

static void
test_new_refuses_other_kinds (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();

  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*kind_is_importable*");
  CU_ASSERT_PTR_NULL (lian_csv_importer_new (registry, LIAN_RECORD_KIND_CHAIN));
  g_test_assert_expected_messages ();
}

static void
test_clean_enterprises (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-wx-sensor", NULL, NULL },
    { 3, IMPORTED, "ent-91320583083016613K", NULL, NULL },
    { 4, UPDATED, "ent-dy-coating", NULL, NULL },
    { 5, IMPORTED, "ent-zjg-cell", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  LianEnterprise *ent;
  LianChainLink *link;
  JsonObject *extra;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises.csv", &error));
  CU_ASSERT_PTR_NULL (error);
  check_results (importer, expected, G_N_ELEMENTS (expected));

  ent = lian_registry_lookup_enterprise (registry, "ent-wx-sensor");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "无锡感知科技有限公司");
  CU_ASSERT_EQUAL (lian_enterprise_get_size (ent), LIAN_ENTERPRISE_SIZE_MEDIUM);
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent),
                   LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_HIGH_TECH);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 360);
  CU_ASSERT_EQUAL (lian_enterprise_get_party_members (ent), 28);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (ent), "13912345678");
  link = lian_enterprise_get_chain_link (ent, "chain-ic");
  CU_ASSERT_PTR_NOT_NULL_FATAL (link);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "芯片设计");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_CORE);
  extra = lian_record_get_extra (LIAN_RECORD (ent));
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (extra, "备注"), "2023年新入链");

  /* No id: made from the code; the code typed with spaces and lower case,
   * full-width digits, the chain named rather than given by id. */
  ent = lian_registry_lookup_enterprise (registry, "ent-91320583083016613K");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_uscc (ent), "91320583083016613K");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_region (ent), "320583");
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 85);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (ent), "13800001111");
  CU_ASSERT_PTR_NOT_NULL (lian_enterprise_get_chain_link (ent, "chain-ic"));
  CU_ASSERT_PTR_NULL (lian_record_get_extra (LIAN_RECORD (ent)));

  /* The sample already has ent-dy-coating: the row replaces it, and its
   * empty cells clear the tags, the contact and the segment. */
  ent = lian_registry_lookup_enterprise (registry, "ent-dy-coating");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "丹阳膜层光电有限公司");
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent), LIAN_ENTERPRISE_TAGS_NONE);
  CU_ASSERT_PTR_NULL (lian_enterprise_get_contact_name (ent));
  link = lian_enterprise_get_chain_link (ent, "chain-zj-optics");
  CU_ASSERT_PTR_NOT_NULL_FATAL (link);
  CU_ASSERT_PTR_NULL (lian_chain_link_get_segment (link));
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_SUPPORTING);

  /* Mixed list separators, a thousands separator, two chains in parallel lists. */
  ent = lian_registry_lookup_enterprise (registry, "ent-zjg-cell");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent), LIAN_ENTERPRISE_TAGS_PRIVATE |
                   LIAN_ENTERPRISE_TAGS_LISTED | LIAN_ENTERPRISE_TAGS_HEADQUARTERS);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 2100);
  CU_ASSERT_EQUAL (lian_enterprise_get_chain_links (ent)->len, 2);
  link = lian_enterprise_get_chain_link (ent, "chain-nev");
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "动力电池");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_LEADER);
  link = lian_enterprise_get_chain_link (ent, "chain-ic");
  CU_ASSERT_PTR_NULL (lian_chain_link_get_segment (link));
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_SUPPORTING);
}

static void
test_english_headers (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-jy-test", NULL, NULL },
    { 3, IMPORTED, "ent-wx-en", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  LianEnterprise *ent;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-english.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  ent = lian_registry_lookup_enterprise (registry, "ent-jy-test");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_EQUAL (lian_enterprise_get_size (ent), LIAN_ENTERPRISE_SIZE_LARGE);
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent),
                   LIAN_ENTERPRISE_TAGS_HIGH_TECH | LIAN_ENTERPRISE_TAGS_LISTED);
  CU_ASSERT_EQUAL (lian_chain_link_get_role (lian_enterprise_get_chain_link (ent, "chain-ic")),
                   LIAN_CHAIN_ROLE_LEADER);
  ent = lian_registry_lookup_enterprise (registry, "ent-wx-en");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_EQUAL (lian_enterprise_get_size (ent), LIAN_ENTERPRISE_SIZE_SMALL);
  CU_ASSERT_EQUAL (lian_enterprise_get_party_members (ent), 0);
}

static const Expected gb18030_partial[] = {
  { 2, IMPORTED, "ent-91321183993518190H", NULL, NULL },
  { 3, IMPORTED, "ent-9132021493786579EY", NULL, NULL },
  { 4, REJECTED, NULL, "统一社会信用代码", "check character is 'U', not 'X'" },
  { 5, IMPORTED, "ent-9132118178778932CG", NULL, NULL },
};

static void
test_gb18030_partial (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  LianEnterprise *ent;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-gb18030.csv", &error));
  CU_ASSERT_PTR_NULL (error);
  check_results (importer, gb18030_partial, G_N_ELEMENTS (gb18030_partial));
  ent = lian_registry_lookup_enterprise (registry, "ent-91321183993518190H");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "句容绿能新材料有限公司");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (lian_enterprise_get_chain_link (ent, "chain-nev")),
                   LIAN_CHAIN_ROLE_SUPPORTING);
  /* The chain given by its name, 镇江光学眼镜产业链. */
  ent = lian_registry_lookup_enterprise (registry, "ent-9132118178778932CG");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_PTR_NOT_NULL (lian_enterprise_get_chain_link (ent, "chain-zj-optics"));
  CU_ASSERT_EQUAL (n_enterprises (registry), 35);

  /* Forced GB18030 reads it the same. */
  g_clear_object (&registry);
  registry = lian_test_sample_registry ();
  g_clear_object (&importer);
  importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  lian_csv_importer_set_encoding (importer, "GB18030");
  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-gb18030.csv", &error));
  check_results (importer, gb18030_partial, G_N_ELEMENTS (gb18030_partial));
}

static void
test_gb18030_all_or_nothing (void)
{
  static const Expected expected[] = {
    { 2, SKIPPED, "ent-91321183993518190H", NULL, "would be imported, but the file was refused" },
    { 3, SKIPPED, "ent-9132021493786579EY", NULL, "would be imported, but the file was refused" },
    { 4, REJECTED, NULL, "统一社会信用代码", "check character is 'U', not 'X'" },
    { 5, SKIPPED, "ent-9132118178778932CG", NULL, "would be imported, but the file was refused" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL;
  int added = 0, changed = 0;

  g_signal_connect (registry, "record-added", G_CALLBACK (count_cb), &added);
  g_signal_connect (registry, "record-changed", G_CALLBACK (count_changed_cb), &changed);
  CU_ASSERT_FALSE (import_fixture (importer, "enterprises-gb18030.csv", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "1 of 4 rows rejected; first: row 4, 统一社会信用代码: "
                                          "check character is 'U', not 'X'");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);
  check_results (importer, expected, G_N_ELEMENTS (expected));
  CU_ASSERT_EQUAL (added, 0);
  CU_ASSERT_EQUAL (changed, 0);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (before, after);
}

static void
test_encodings_forced_and_refused (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  static const char utf16[] = "\xFF\xFE" "a\0,\0b\0";

  lian_csv_importer_set_encoding (importer, "UTF-8");
  CU_ASSERT_FALSE (import_fixture (importer, "enterprises-gb18030.csv", &error));
  LIAN_ASSERT_MESSAGE (error, "line 1: the bytes are not UTF-8 text");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_csv_importer_get_results (importer)), 0);

  lian_csv_importer_set_encoding (importer, "KOI9-X");
  CU_ASSERT_FALSE (import_fixture (importer, "enterprises.csv", &error));
  LIAN_ASSERT_MESSAGE (error, "unknown encoding \"KOI9-X\"");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED);

  lian_csv_importer_set_encoding (importer, NULL);
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, utf16, sizeof utf16 - 1, &error));
  LIAN_ASSERT_MESSAGE (error, "UTF-16");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING);

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, "a,b\n\0,c\n", 9, &error));
  LIAN_ASSERT_MESSAGE (error, "line 2, column 1: a NUL byte (0x00)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING);
}

/* A NUL in UTF-8 text, past a cell with a line break: named, on its own
 * line and in its own cell (not taken for GB18030 text that goes wrong
 * somewhere else). */
static void
test_nul_byte_named_where_it_is (void)
{
  static const char data[] = "企业名称,统一社会信用代码,所在地区代码\n"
                             "\"甲公司\n（一期）\",91320214526018159X,320214\n"
                             "乙公司,\"9132\0\",320214\n";
  static const char with_bom[] = "\xEF\xBB\xBF企业名称,统一社会信用代码,所在地区代码\n"
                                 "\"甲公司\n（一期）\",91320214526018159X,320214\n"
                                 "乙公司,\"9132\0\",320214\n";
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, data, sizeof data - 1, &error));
  LIAN_ASSERT_MESSAGE (error, "line 4, column 2: a NUL byte (0x00)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING);
  lian_csv_importer_set_encoding (importer, "GB18030");
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, data, sizeof data - 1, &error));
  LIAN_ASSERT_MESSAGE (error, "line 4, column 2: a NUL byte (0x00)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING);
  /* UTF-8 said, or marked by a BOM: the same. */
  lian_csv_importer_set_encoding (importer, "UTF-8");
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, data, sizeof data - 1, &error));
  LIAN_ASSERT_MESSAGE (error, "line 4, column 2: a NUL byte (0x00)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING);
  lian_csv_importer_set_encoding (importer, NULL);
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, with_bom, sizeof with_bom - 1, &error));
  LIAN_ASSERT_MESSAGE (error, "line 4, column 2: a NUL byte (0x00)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING);
}

static void
test_bom_and_crlf (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-913202818792174211", NULL, NULL },
    { 3, IMPORTED, "ent-91320500809679290P", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  LianEnterprise *ent;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-bom.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  /* The ="…" cells Excel keeps as text: an all-digit code, a leading zero. */
  ent = lian_registry_lookup_enterprise (registry, "ent-913202818792174211");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "江阴智造装备有限公司");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (ent), "051086001234");
  ent = lian_registry_lookup_enterprise (registry, "ent-91320500809679290P");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_PTR_NULL (lian_enterprise_get_contact_phone (ent));
}

static void
test_quoted_newlines (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "need-q1", NULL, NULL },
    { 3, IMPORTED, "need-q2", NULL, NULL },   /* on line 5 of the file */
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  LianNeed *need;

  CU_ASSERT_TRUE (import_fixture (importer, "needs-quoted-newlines.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  need = lian_registry_lookup_need (registry, "need-q1");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "设备贷款, 二期");
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (need),
                          "一、购置光刻设备\n二、扩建洁净室\n（\"急需\"）");
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), "ent-wx-chip");
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (need), 50000000);
  CU_ASSERT_STRING_EQUAL (lian_need_get_submitted (need), "2023-10-08");
  need = lian_registry_lookup_need (registry, "need-q2");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), "ent-ks-equip");
  CU_ASSERT_EQUAL (lian_need_get_category (need), LIAN_NEED_CATEGORY_TALENT);
}

static void
test_clean_needs (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *data = read_fixture ("needs.csv", &length);
  g_autofree char *hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) data, length);
  g_autofree char *generated = g_strdup_printf ("need-%.8s-4", hash);
  const Expected expected[] = {
    { 2, IMPORTED, "need-101", NULL, NULL },
    { 3, IMPORTED, "need-102", NULL, NULL },
    { 4, IMPORTED, generated, NULL, NULL },
  };
  LianNeed *need;

  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, data, length, &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  need = lian_registry_lookup_need (registry, "need-101");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_STRING_EQUAL (lian_need_get_chain_id (need), "chain-ic");
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (need), 3000000);
  CU_ASSERT_FALSE (lian_need_get_bottleneck (need));
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_SUBMITTED);
  need = lian_registry_lookup_need (registry, "need-102");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), "ent-wx-wafer");
  CU_ASSERT_STRING_EQUAL (lian_need_get_chain_id (need), "chain-ic");
  CU_ASSERT_TRUE (lian_need_get_bottleneck (need));
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_STRING_EQUAL (lian_need_get_submitted (need), "2023-10-15");
  need = lian_registry_lookup_need (registry, generated);
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_EQUAL (lian_need_get_category (need), LIAN_NEED_CATEGORY_LAND);
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (need), 1200000);
  CU_ASSERT_STRING_EQUAL (lian_need_get_submitted (need), "2023-10-20");

  /* The same file again finds the same records. */
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, data, length, &error));
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_updated (importer), 3);
}

static void
test_clean_services (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_SERVICE);
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *data = read_fixture ("services.csv", &length);
  g_autofree char *hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) data, length);
  g_autofree char *generated = g_strdup_printf ("svc-%.8s-4", hash);
  const Expected expected[] = {
    { 2, IMPORTED, "svc-101", NULL, NULL },
    { 3, IMPORTED, "svc-102", NULL, NULL },
    { 4, IMPORTED, generated, NULL, NULL },
  };
  const char * const keywords[] = { "住房", "补贴", NULL };
  LianServiceItem *item;

  CU_ASSERT_TRUE (import_fixture (importer, "services.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  item = lian_registry_lookup_service (registry, "svc-101");
  CU_ASSERT_PTR_NOT_NULL_FATAL (item);
  CU_ASSERT_EQUAL (lian_service_item_get_kind (item), LIAN_SERVICE_KIND_POLICY);
  CU_ASSERT_EQUAL (lian_service_item_get_categories (item),
                   LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_TECHNOLOGY);
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_valid_until (item), "2024-12-31");
  item = lian_registry_lookup_service (registry, "svc-102");
  CU_ASSERT_PTR_NOT_NULL_FATAL (item);
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_valid_from (item), "2023-03-01");
  CU_ASSERT_TRUE (g_strv_equal (lian_service_item_get_keywords (item), keywords));
  item = lian_registry_lookup_service (registry, generated);
  CU_ASSERT_PTR_NOT_NULL_FATAL (item);
  CU_ASSERT_EQUAL (lian_service_item_get_kind (item), LIAN_SERVICE_KIND_CARRIER);
  CU_ASSERT_EQUAL (lian_service_item_get_categories (item),
                   LIAN_NEED_CATEGORIES_TECHNOLOGY | LIAN_NEED_CATEGORIES_MARKET);
}

static void
test_duplicate_uscc (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-91320214526018159X", NULL, NULL },
    { 3, IMPORTED, "ent-91320583083016613K", NULL, NULL },
    { 4, REJECTED, "ent-91320214526018159X", "统一社会信用代码", "the same code as row 2" },
    { 5, UPDATED, "ent-wx-chip", NULL, NULL },
  };
  static const Expected without_update[] = {
    { 2, IMPORTED, "ent-91320214526018159X", NULL, NULL },
    { 3, IMPORTED, "ent-91320583083016613K", NULL, NULL },
    { 4, REJECTED, "ent-91320214526018159X", "统一社会信用代码", "the same code as row 2" },
    { 5, REJECTED, "ent-wx-chip", "统一社会信用代码",
      "91320214474555530F is already the code of enterprise \"ent-wx-chip\", and updates are off" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-duplicate-uscc.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-91320214526018159X"))),
                          "甲公司");

  g_clear_object (&registry);
  registry = lian_test_sample_registry ();
  g_clear_object (&importer);
  importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  lian_csv_importer_set_update (importer, FALSE);
  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-duplicate-uscc.csv", &error));
  check_results (importer, without_update, G_N_ELEMENTS (without_update));
}

static void
test_invalid_uscc (void)
{
  static const Expected expected[] = {
    { 2, REJECTED, NULL, "统一社会信用代码", "check character is 'X', not 'Y'" },
    { 3, REJECTED, NULL, "统一社会信用代码", "a credit code has 18 characters, not 16" },
    { 4, REJECTED, NULL, "统一社会信用代码",
      "\"9.13212E+17\" is a number a spreadsheet rounded; format the column as text and type it again" },
    { 5, IMPORTED, "ent-91320582996030824K", NULL, NULL },
    { 6, REJECTED, NULL, "统一社会信用代码", "a value is required" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-invalid-uscc.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));

  /* All or nothing: the error carries the first rejected row's code. */
  lian_csv_importer_set_partial (importer, FALSE);
  CU_ASSERT_FALSE (import_fixture (importer, "enterprises-invalid-uscc.csv", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "4 of 5 rows rejected; first: row 2, 统一社会信用代码: "
                                          "check character is 'X', not 'Y'");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);
}

static void
test_unknown_category (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "need-201", NULL, NULL },
    { 3, REJECTED, "need-202", "问题类别",
      "unknown need category \"贷款难\"; expected one of 融资, 用地, 技术, 人才, 税务, 上市, "
      "环保, 安全, 物流, 市场, 招商, 政策, 其他" },
    { 4, IMPORTED, "need-203", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (import_fixture (importer, "needs-unknown-category.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  /* 科技 is one of the words read as technology. */
  CU_ASSERT_EQUAL (lian_need_get_category (lian_registry_lookup_need (registry, "need-203")),
                   LIAN_NEED_CATEGORY_TECHNOLOGY);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "need-202"));
}

static void
test_short_row (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-91320214526018159X", NULL, NULL },
    { 3, REJECTED, NULL, NULL, "the row has 3 cells; the header has 4" },
    { 4, IMPORTED, "ent-91320582996030824K", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-short-row.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));

  lian_csv_importer_set_partial (importer, FALSE);
  CU_ASSERT_FALSE (import_fixture (importer, "enterprises-short-row.csv", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "1 of 3 rows rejected; first: row 3: "
                                          "the row has 3 cells; the header has 4");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
}

static void
test_long_row (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-91320214526018159X", NULL, NULL },
    { 3, REJECTED, NULL, NULL, "the row has 5 cells; the header has 4" },
    { 4, IMPORTED, "ent-91320582996030824K", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-long-row.csv", &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
}

static void
test_empty_file (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (import_fixture (importer, "empty.csv", &error));
  LIAN_ASSERT_MESSAGE (error, "the file is empty: there is no header row");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_csv_importer_get_results (importer)), 0);

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, "\r\n\n", -1, &error));
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING);
}

static void
test_header_only (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  guint before = lian_registry_get_n_records (registry);

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-header-only.csv", &error));
  CU_ASSERT_PTR_NULL (error);
  check_results (importer, NULL, 0);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), before);
}

static void
test_missing_columns (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (import_fixture (importer, "enterprises.csv", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "line 1: the header lacks the required columns "
                                          "问题类别 (category), 需求标题 (title)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING);

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, "问题类别,需求标题\n融资,贷款\n", -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "line 1: the header lacks the required column "
                                          "企业编号 (enterprise_id) or 统一社会信用代码 (enterprise_uscc)");
  g_clear_error (&error);

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, "企业编号,问题类别,需求标题,类别\n", -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "line 1: columns 2 (问题类别) and 4 (类别) are both "
                                          "问题类别 (category)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
}

static void
test_header_forms_and_title_row (void)
{
  static const Expected expected[] = {
    { 4, IMPORTED, "ent-91320214526018159X", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  /* A title row above the header; '*' marks, full-width spaces, English case. */
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer,
                                                 "2023年某县企业名录,,\n"
                                                 "\n"
                                                 "*企业名称　, USCC ,Region,Contact Phone\n"
                                                 "甲公司,91320214526018159X,320214,13900000000\n", -1, &error));
  CU_ASSERT_PTR_NULL (error);
  check_results (importer, expected, G_N_ELEMENTS (expected));
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (lian_registry_lookup_enterprise (registry, "ent-91320214526018159X")),
                          "13900000000");
}

static void
test_syntax_and_limits (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) wide = g_string_new ("企业名称,统一社会信用代码,所在地区代码");
  g_autoptr(GString) tall = g_string_new ("企业名称,统一社会信用代码,所在地区代码\n\"");

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer,
                                                  "企业名称,统一社会信用代码,所在地区代码\n"
                                                  "甲公司,91320214526018159X,320214\n"
                                                  "乙公司,\"91320583083016613K,320583\n", -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "line 3, column 2: a quoted cell is never closed");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_csv_importer_get_results (importer)), 0);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "ent-91320214526018159X"));

  for (guint i = 3; i < LIAN_CSV_MAX_COLUMNS + 10; i++)
    g_string_append_printf (wide, ",c%u", i);
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, wide->str, -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "line 1: the header has 266 columns; at most 256 are read");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT);

  for (guint i = 0; i < LIAN_CSV_MAX_CELL_LENGTH + 1; i++)
    g_string_append_c (tall, 'x');
  g_string_append (tall, "\",91320214526018159X,320214\n");
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, tall->str, -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "line 2, column 1: a cell longer than 65536 bytes "
                                          "(a quote never closed?)");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT);
}

static void
test_cells_read_as_typed (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "n1", NULL, NULL },
    { 3, REJECTED, "n2", "金额（元）", "-5 is negative" },
    { 4, REJECTED, "n3", "是否卡脖子", "\"也许\" is not 是 or 否 (true or false, 1 or 0)" },
    { 5, REJECTED, "n4", "提交日期", "\"2024/2/30\" is not a date: February 2024 has 29 days" },
    { 6, REJECTED, "n5", "所属产业链", "no chain has the id or name \"芯片链\"" },
    { 7, REJECTED, "n6", "所属产业链", "\"ent-wx-chip\" is an enterprise, not a chain" },
    { 8, REJECTED, "n/7", "编号", "id \"n/7\" holds '/', not one of [A-Za-z0-9._:-]" },
    { 9, REJECTED, "n8", "统一社会信用代码", "the code is enterprise \"ent-wx-wafer\"'s, not \"ent-wx-chip\"'s" },
    { 10, REJECTED, "n9", "金额（元）", "\"2千万\" is not a whole number" },
    { 12, IMPORTED, "n10", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  LianNeed *need;

  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer,
      "编号,企业编号,统一社会信用代码,问题类别,需求标题,金额（元）,是否卡脖子,提交日期,所属产业链,备注\n"
      "n1,无锡华芯微电子有限公司,,FINANCING,贷款,\"1,234.00\",TRUE,2023.9.1 0:00,chain-ic,急\n"
      "n2,ent-wx-chip,,融资,贷款,-5,,,,\n"
      "n3,ent-wx-chip,,融资,贷款,,也许,,,\n"
      "n4,ent-wx-chip,,融资,贷款,,,2024/2/30,,\n"
      "n5,ent-wx-chip,,融资,贷款,,,,芯片链,\n"
      "n6,ent-wx-chip,,融资,贷款,,,,ent-wx-chip,\n"
      "n/7,ent-wx-chip,,融资,贷款,,,,,\n"
      "n8,ent-wx-chip,91320214608234871A,融资,贷款,,,,,\n"
      "n9,ent-wx-chip,,融资,贷款,2千万,,,,\n"
      ",,,,,,,,,\n"
      "n10,,91320214474555530F,其它,\"=\"\"007\"\"\",,否,,集成电路产业链,\n", -1, &error));
  CU_ASSERT_PTR_NULL (error);
  check_results (importer, expected, G_N_ELEMENTS (expected));
  need = lian_registry_lookup_need (registry, "n1");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), "ent-wx-chip");
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (need), 1234);
  CU_ASSERT_TRUE (lian_need_get_bottleneck (need));
  CU_ASSERT_STRING_EQUAL (lian_need_get_submitted (need), "2023-09-01");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (lian_record_get_extra (LIAN_RECORD (need)), "备注"),
                          "急");
  need = lian_registry_lookup_need (registry, "n10");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "007");
  CU_ASSERT_EQUAL (lian_need_get_category (need), LIAN_NEED_CATEGORY_OTHER);
  CU_ASSERT_STRING_EQUAL (lian_need_get_chain_id (need), "chain-ic");
  CU_ASSERT_PTR_NULL (lian_record_get_extra (LIAN_RECORD (need)));
}

static void
test_update_existing_records (void)
{
  static const Expected enterprises[] = {
    { 2, UPDATED, "ent-wx-chip", "联系电话", "a masked number; the one on record was kept" },
    { 3, UPDATED, "ent-jy-pack", NULL, NULL },
  };
  static const Expected needs[] = {
    { 2, UPDATED, "need-001", NULL, NULL },
    { 3, REJECTED, "need-004", "状态", "a need cannot move from 已解决 to 已提交 by any way the status machine "
      "allows; from 已解决 it can move to 办理中" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  LianEnterprise *chip = lian_registry_lookup_enterprise (registry, "ent-wx-chip");
  LianEnterprise *pack = lian_registry_lookup_enterprise (registry, "ent-jy-pack");
  LianNeed *need;
  int notified = 0, changed = 0;

  g_signal_connect (chip, "notify::employees", G_CALLBACK (count_cb), &notified);
  g_signal_connect (registry, "record-changed", G_CALLBACK (count_changed_cb), &changed);
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer,
      "编号,企业名称,统一社会信用代码,所在地区代码,从业人数,联系电话,所属产业链,环节,链上角色,备注\n"
      "ent-wx-chip,无锡华芯微电子有限公司,91320214474555530F,320214,2400,138****5678,chain-ic,芯片设计,链主,\n"
      ",江阴长封科技股份有限公司,91320281712033662X,320281,1200,13600000000,chain-ic、chain-nev,封装测试、,核心、配套,扩产中\n",
      -1, &error));
  check_results (importer, enterprises, G_N_ELEMENTS (enterprises));
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (chip), 2400);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (chip), "13812345678");
  CU_ASSERT_EQUAL (notified, 1);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (pack), "13600000000");
  CU_ASSERT_EQUAL (lian_enterprise_get_chain_links (pack)->len, 2);
  CU_ASSERT_EQUAL (lian_chain_link_get_role (lian_enterprise_get_chain_link (pack, "chain-nev")),
                   LIAN_CHAIN_ROLE_SUPPORTING);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (lian_record_get_extra (LIAN_RECORD (pack)), "备注"),
                          "扩产中");
  /* Tags had no column: left alone. */
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (pack), LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_LISTED);
  CU_ASSERT_TRUE (changed >= 4);

  g_clear_object (&importer);
  importer = partial_importer (registry, LIAN_RECORD_KIND_NEED);
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer,
      "编号,企业编号,问题类别,需求标题,状态\n"
      "need-001,ent-ks-equip,融资,流动资金贷款,已受理\n"
      "need-004,ent-dy-frame,物流,出口订单物流受阻,已提交\n", -1, &error));
  check_results (importer, needs, G_N_ELEMENTS (needs));
  need = lian_registry_lookup_need (registry, "need-001");
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 1);
  /* The description had no column: kept. */
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (need), "扩产需流动资金贷款2000万元");
  CU_ASSERT_EQUAL (lian_need_get_status (lian_registry_lookup_need (registry, "need-004")),
                   LIAN_NEED_STATUS_RESOLVED);
}

static void
test_id_of_another_kind (void)
{
  static const Expected expected[] = {
    { 2, REJECTED, "chain-ic", "编号", "\"chain-ic\" is already the id of a chain" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_SERVICE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer,
                                                 "编号,名称,类型,服务类别\nchain-ic,x,政策,融资\n",
                                                 -1, &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
}

static void
test_extra_columns_survive_json (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *extra;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises.csv", &error));
  json = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (again, json, -1, &error));
  extra = lian_record_get_extra (lian_registry_lookup (again, "ent-zjg-cell"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (extra, "备注"), "重点培育");
}

static void
test_report (void)
{
  static const char expected[] =
    "\xEF\xBB\xBF行号,结果,编号,列,说明\r\n"
    "2,已导入,ent-91321183993518190H,,\r\n"
    "3,已导入,ent-9132021493786579EY,,\r\n"
    "4,已拒绝,,统一社会信用代码,\"check character is 'U', not 'X'\"\r\n"
    "5,已导入,ent-9132118178778932CG,,\r\n";
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL, *path = NULL, *written = NULL;
  int fd;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-gb18030.csv", &error));
  report = lian_csv_importer_dup_report (importer);
  CU_ASSERT_STRING_EQUAL (report, expected);

  fd = g_file_open_tmp ("lian-report-XXXXXX.csv", &path, &error);
  CU_ASSERT_TRUE_FATAL (fd >= 0);
  close (fd);
  CU_ASSERT_TRUE (lian_csv_importer_write_report (importer, path, &error));
  CU_ASSERT_TRUE (g_file_get_contents (path, &written, NULL, NULL));
  CU_ASSERT_STRING_EQUAL (written, expected);
  g_unlink (path);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *calls)
{
  guint call[3] = { position, removed, added };

  g_array_append_vals (calls, call, 3);
}

static void
test_results_list_signals (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *results = lian_csv_importer_get_results (importer);
  g_autoptr(GError) error = NULL;

  g_signal_connect (results, "items-changed", G_CALLBACK (items_changed_cb), calls);
  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-gb18030.csv", &error));
  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-short-row.csv", &error));
  CU_ASSERT_PTR_EQUAL (lian_csv_importer_get_results (importer), results);
  CU_ASSERT_EQUAL_FATAL (calls->len, 6);
  CU_ASSERT_EQUAL (g_array_index (calls, guint, 0), 0);
  CU_ASSERT_EQUAL (g_array_index (calls, guint, 1), 0);
  CU_ASSERT_EQUAL (g_array_index (calls, guint, 2), 4);
  CU_ASSERT_EQUAL (g_array_index (calls, guint, 4), 4);
  CU_ASSERT_EQUAL (g_array_index (calls, guint, 5), 3);
}

static void
test_cancelled (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = lian_test_data ("csv/enterprises.csv");
  guint before = lian_registry_get_n_records (registry);

  g_cancellable_cancel (cancellable);
  CU_ASSERT_FALSE (lian_csv_importer_import_file (importer, path, cancellable, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), before);

  CU_ASSERT_FALSE (lian_csv_importer_import_file (importer, "/nonexistent/x.csv", NULL, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_fifty_thousand_rows (void)
{
  static const char * const regions[] = { "320214", "320583", "321181", "320582", "320281" };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GString) csv = g_string_new ("企业名称,统一社会信用代码,所在地区代码,企业规模,从业人数,所属产业链,环节,链上角色\r\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LianCsvRowResult) bad = NULL, last = NULL;
  GListModel *results;
  int fd;

  for (guint i = 0; i < 50000; i++)
    {
      g_autofree char *code = lian_test_uscc (regions[i % 5], i + 1);

      if (i == 29999)
        code[17] = code[17] == '0' ? '1' : '0';
      g_string_append_printf (csv, "测试企业%u有限公司,%s,%s,小型,%u,chain-ic,封装测试,配套\r\n",
                              i + 1, code, regions[i % 5], 10 + i % 500);
    }
  fd = g_file_open_tmp ("lian-50k-XXXXXX.csv", &path, &error);
  CU_ASSERT_TRUE_FATAL (fd >= 0);
  close (fd);
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, csv->str, csv->len, &error));

  CU_ASSERT_TRUE (lian_csv_importer_import_file (importer, path, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  g_unlink (path);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_imported (importer), 49999);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_rejected (importer), 1);
  results = lian_csv_importer_get_results (importer);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (results), 50000);
  bad = g_list_model_get_item (results, 29999);
  CU_ASSERT_EQUAL (lian_csv_row_result_get_row (bad), 30001);
  CU_ASSERT_EQUAL (lian_csv_row_result_get_outcome (bad), REJECTED);
  CU_ASSERT_STRING_EQUAL (lian_csv_row_result_get_column (bad), "统一社会信用代码");
  CU_ASSERT_TRUE (g_str_has_prefix (lian_csv_row_result_get_message (bad), "check character is"));
  last = g_list_model_get_item (results, 49999);
  CU_ASSERT_EQUAL (lian_csv_row_result_get_row (last), 50001);
  CU_ASSERT_EQUAL (lian_csv_row_result_get_outcome (last), IMPORTED);
  CU_ASSERT_EQUAL (n_enterprises (registry), 32 + 49999);
}

/* Rows are numbered as the spreadsheet shows them: a row whose cells hold
 * line breaks is one row, and so are a title row and a blank one. */
static void
test_rows_numbered_as_the_sheet (void)
{
  static const Expected expected[] = {
    { 4, IMPORTED, "n-4", NULL, NULL },
    { 5, IMPORTED, "n-5", NULL, NULL },
    { 6, IMPORTED, "n-6", NULL, NULL },
    { 7, REJECTED, "n-7", "问题类别", "a value is required" },
    { 8, IMPORTED, "n-8", NULL, NULL },
    { 9, IMPORTED, "n-9", NULL, NULL },
    { 10, IMPORTED, "n-10", NULL, NULL },
    { 11, REJECTED, "n-11", "企业编号", "no enterprise has the id or name \"ent-none\"" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) data = g_string_new ("2023年需求清单\r\n\r\n编号,企业编号,问题类别,需求标题,需求描述\r\n");

  for (guint row = 4; row <= 11; row++)
    g_string_append_printf (data, "n-%u,%s,%s,标题%u,\"第一行\n第二行%s\"\r\n", row,
                            row == 11 ? "ent-none" : "ent-wx-chip", row == 7 ? "" : "融资",
                            row, row % 2 ? "\n第三行" : "");
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, data->str, -1, &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
}

/* Two exports joined into one file: the second byte-order mark is named. */
static void
test_joined_files_refused (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  static const char part[] = "\xEF\xBB\xBF企业名称,统一社会信用代码,所在地区代码\r\n"
                             "甲公司,91320214526018159X,320214\r\n";
  g_autofree char *joined = g_strconcat (part, part, NULL);

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, joined, -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "line 3: a byte-order mark (U+FEFF) in the middle of the "
                                          "file, as when two CSV files are joined into one; remove it "
                                          "and the second header row");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "ent-91320214526018159X"));
}

/* A refused file still says what became of every row, all its errors
 * included, in the results and the report. */
static void
test_refused_file_reports_every_row (void)
{
  static const char data[] =
    "编号,企业编号,问题类别,需求标题\n"
    "need-001,ent-ks-equip,融资,更新的标题\n"
    "n-2,ent-none,融资,甲\n"
    "n-3,ent-wx-chip,火星,乙\n"
    "n-4,ent-wx-chip,人才,丙\n";
  static const Expected expected[] = {
    { 2, SKIPPED, "need-001", NULL, "would update the record, but the file was refused" },
    { 3, REJECTED, "n-2", "企业编号", "no enterprise has the id or name \"ent-none\"" },
    { 4, REJECTED, "n-3", "问题类别", NULL },
    { 5, SKIPPED, "n-4", NULL, "would be imported, but the file was refused" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  GListModel *results = lian_csv_importer_get_results (importer);

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, data, -1, &error));
  LIAN_ASSERT_MESSAGE (error, "2 of 4 rows rejected; first: row 3");
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (results), G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(LianCsvRowResult) result = g_list_model_get_item (results, i);
      CU_ASSERT_EQUAL (lian_csv_row_result_get_row (result), expected[i].row);
      CU_ASSERT_EQUAL (lian_csv_row_result_get_outcome (result), expected[i].outcome);
      if (expected[i].message)
        CU_ASSERT_STRING_EQUAL (lian_csv_row_result_get_message (result), expected[i].message);
    }
  report = lian_csv_importer_dup_report (importer);
  CU_ASSERT_PTR_NOT_NULL (strstr (report, "\r\n2,未导入,need-001,,\"would update the record, but the "
                                          "file was refused\"\r\n3,已拒绝,n-2,企业编号,"));
  CU_ASSERT_PTR_NOT_NULL (strstr (report, "\r\n4,已拒绝,n-3,问题类别,"));
  CU_ASSERT_PTR_NOT_NULL (strstr (report, "\r\n5,未导入,n-4,,"));
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (lian_registry_lookup_need (registry, "need-001")),
                          "流动资金贷款");
}

/* History times as people type them: a space for the T, no seconds, no
 * zone (China Standard Time), as the CSV guide says. */
static void
test_history_times_as_typed (void)
{
  static const char data[] =
    "编号,企业编号,问题类别,需求标题,状态,办理记录\n"
    "h-1,ent-wx-chip,融资,贷款,已受理,\"2023-09-04 10:00 | 已提交\n"
    "2023-09-05T09:30 | 已受理 | org-wx-ic-committee | 转市委人才办\n"
    "2023-09-05 09:45:10+09:00 | 已受理\"\n"
    "h-2,ent-wx-chip,融资,贷款,,2023-09-04 10 | 已提交\n";
  static const Expected expected[] = {
    { 2, IMPORTED, "h-1", NULL, NULL },
    { 3, REJECTED, "h-2", "办理记录",
      "line 1: \"2023-09-04 10\" is not a time such as 2023-09-04T10:00:00+08:00" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  GPtrArray *history;
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  LianNeed *need;

  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, data, -1, &error));
  check_results (importer, expected, G_N_ELEMENTS (expected));
  need = lian_registry_lookup_need (registry, "h-1");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  history = lian_need_get_history (need);
  CU_ASSERT_EQUAL_FATAL (history->len, 3);
  first = g_date_time_format_iso8601 (lian_need_event_get_at (g_ptr_array_index (history, 0)));
  second = g_date_time_format_iso8601 (lian_need_event_get_at (g_ptr_array_index (history, 1)));
  third = g_date_time_format_iso8601 (lian_need_event_get_at (g_ptr_array_index (history, 2)));
  CU_ASSERT_STRING_EQUAL (first, "2023-09-04T10:00:00+08");
  CU_ASSERT_STRING_EQUAL (second, "2023-09-05T09:30:00+08");
  CU_ASSERT_STRING_EQUAL (third, "2023-09-05T09:45:10+09");
}

/* A sheet saved as tab-separated text: the header error says so. */
static void
test_tab_separated_file_hinted (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer,
                                                  "企业名称\t统一社会信用代码\t所在地区代码\n"
                                                  "甲公司\t91320214526018159X\t320214\n", -1, &error));
  LIAN_ASSERT_MESSAGE (error, "the header lacks the required columns");
  LIAN_ASSERT_MESSAGE (error, "; its cells are separated by tabs, not commas: save the sheet as "
                              "\"CSV UTF-8\"");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING);
  g_clear_error (&error);
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, "企业名称;统一社会信用代码;所在地区代码\n",
                                                  -1, &error));
  LIAN_ASSERT_MESSAGE (error, "separated by semicolons");
  g_clear_error (&error);
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, "名称,代码\n", -1, &error));
  CU_ASSERT_PTR_NULL (strstr (error->message, "separated"));
}

static void
test_objects_finalized (void)
{
  LianRegistry *registry = lian_test_sample_registry ();
  LianCsvImporter *importer = partial_importer (registry, LIAN_RECORD_KIND_ENTERPRISE);
  LianCsvRowResult *result;
  g_autoptr(GError) error = NULL;
  gpointer weak_importer = importer, weak_result;

  CU_ASSERT_TRUE (import_fixture (importer, "enterprises-gb18030.csv", &error));
  result = g_list_model_get_item (lian_csv_importer_get_results (importer), 2);
  weak_result = result;
  g_object_add_weak_pointer (G_OBJECT (importer), &weak_importer);
  g_object_add_weak_pointer (G_OBJECT (result), &weak_result);
  g_object_unref (importer);
  CU_ASSERT_PTR_NULL (weak_importer);
  CU_ASSERT_STRING_EQUAL (lian_csv_row_result_get_message (result), "check character is 'U', not 'X'");
  g_object_unref (result);
  CU_ASSERT_PTR_NULL (weak_result);
  g_object_unref (registry);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/csv-import/construction-and-properties", test_construction_and_properties },
    { "/lian/csv-import/new-refuses-other-kinds", test_new_refuses_other_kinds },
    { "/lian/csv-import/clean-enterprises", test_clean_enterprises },
    { "/lian/csv-import/english-headers", test_english_headers },
    { "/lian/csv-import/gb18030-partial", test_gb18030_partial },
    { "/lian/csv-import/gb18030-all-or-nothing", test_gb18030_all_or_nothing },
    { "/lian/csv-import/encodings-forced-and-refused", test_encodings_forced_and_refused },
    { "/lian/csv-import/bom-and-crlf", test_bom_and_crlf },
    { "/lian/csv-import/quoted-newlines", test_quoted_newlines },
    { "/lian/csv-import/clean-needs", test_clean_needs },
    { "/lian/csv-import/clean-services", test_clean_services },
    { "/lian/csv-import/duplicate-uscc", test_duplicate_uscc },
    { "/lian/csv-import/invalid-uscc", test_invalid_uscc },
    { "/lian/csv-import/unknown-category", test_unknown_category },
    { "/lian/csv-import/short-row", test_short_row },
    { "/lian/csv-import/long-row", test_long_row },
    { "/lian/csv-import/empty-file", test_empty_file },
    { "/lian/csv-import/header-only", test_header_only },
    { "/lian/csv-import/missing-columns", test_missing_columns },
    { "/lian/csv-import/header-forms-and-title-row", test_header_forms_and_title_row },
    { "/lian/csv-import/syntax-and-limits", test_syntax_and_limits },
    { "/lian/csv-import/cells-read-as-typed", test_cells_read_as_typed },
    { "/lian/csv-import/update-existing-records", test_update_existing_records },
    { "/lian/csv-import/id-of-another-kind", test_id_of_another_kind },
    { "/lian/csv-import/extra-columns-survive-json", test_extra_columns_survive_json },
    { "/lian/csv-import/report", test_report },
    { "/lian/csv-import/results-list-signals", test_results_list_signals },
    { "/lian/csv-import/cancelled", test_cancelled },
    { "/lian/csv-import/fifty-thousand-rows", test_fifty_thousand_rows },
    { "/lian/csv-import/objects-finalized", test_objects_finalized },
    { "/lian/csv-import/nul-byte-named-where-it-is", test_nul_byte_named_where_it_is },
    { "/lian/csv-import/rows-numbered-as-the-sheet", test_rows_numbered_as_the_sheet },
    { "/lian/csv-import/joined-files-refused", test_joined_files_refused },
    { "/lian/csv-import/refused-file-reports-every-row", test_refused_file_reports_every_row },
    { "/lian/csv-import/history-times-as-typed", test_history_times_as_typed },
    { "/lian/csv-import/tab-separated-file-hinted", test_tab_separated_file_hinted },
    { NULL, NULL },
  };
  return lian_test_run ("csv-import", tests);
}
