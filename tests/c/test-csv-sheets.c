/* test-csv-sheets.c: LianCsvImporter and the sheets counties send
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What a needs sheet or an enterprise sheet filled in by hand brings: a
 * status caught up with its dates, names as people write them, region
 * codes, phone numbers under any header, columns lian does not know.
 */
#include <string.h>

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

/* Imports @csv (partial) into @registry and checks every row's result. */
static void
import_and_check (LianRegistry   *registry,
                  LianRecordKind  kind,
                  const char     *csv,
                  const Expected *expected,
                  guint           n)
{
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, kind);
  g_autoptr(GError) error = NULL;
  GListModel *results;

  lian_csv_importer_set_partial (importer, TRUE);
  lian_csv_importer_import_data (importer, csv, -1, &error);
  results = lian_csv_importer_get_results (importer);
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
    }
}

/* A file-level error: the header is refused. */
static void
assert_file_refused (LianRecordKind  kind,
                     const char     *csv,
                     const char     *message)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, kind);
  g_autoptr(GError) error = NULL;

  lian_csv_importer_set_partial (importer, TRUE);
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, csv, -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_error_matches (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX));
  if (strstr (error->message, message) == NULL)
    g_printerr ("\n%s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, message));
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_csv_importer_get_results (importer)), 0);
}

static void
check_event (LianNeed       *need,
             guint           i,
             const char     *at,
             LianNeedStatus  status,
             const char     *actor,
             const char     *note)
{
  LianNeedEvent *event;
  g_autofree char *when = NULL;

  CU_ASSERT_TRUE_FATAL (i < lian_need_get_n_events (need));
  event = g_ptr_array_index (lian_need_get_history (need), i);
  when = g_date_time_format_iso8601 (lian_need_event_get_at (event));
  check_str ("event time", i, when, at);
  CU_ASSERT_EQUAL (lian_need_event_get_status (event), status);
  check_str ("event actor", i, lian_need_event_get_actor (event), actor);
  check_str ("event note", i, lian_need_event_get_note (event), note);
}

/* Statuses */

static void
test_status_takes_the_sheets_date (void)
{
  static const Expected expected[] = {
    { 2, UPDATED, "need-002", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianFilter) wuxi = g_object_new (LIAN_TYPE_FILTER, "region", "320200", NULL);
  g_autoptr(LianSummary) summary = NULL;
  LianNeed *need = lian_registry_lookup_need (registry, "need-002");

  import_and_check (registry, LIAN_RECORD_KIND_NEED,
                    "编号,企业编号,问题类别,需求标题,状态,解决日期\n"
                    "need-002,ent-wx-wafer,人才,工艺工程师招聘,已解决,2023-10-20\n",
                    expected, G_N_ELEMENTS (expected));
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_RESOLVED);
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-10-20");
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 2);
  check_event (need, 1, "2023-10-20T00:00:00+08", LIAN_NEED_STATUS_RESOLVED, NULL,
               "据导入表格第2行补录");

  /* Counted as resolved at the end of the year, and not before. */
  summary = lian_summary_new (registry, wuxi, "2023-12-31");
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (summary, LIAN_NEED_STATUS_RESOLVED), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (summary, LIAN_NEED_STATUS_ACCEPTED), 0);
  g_clear_object (&summary);
  summary = lian_summary_new (registry, wuxi, "2023-10-19");
  CU_ASSERT_EQUAL (lian_summary_get_n_needs_by_status (summary, LIAN_NEED_STATUS_ACCEPTED), 1);
}

static void
test_catch_up_through_several_statuses (void)
{
  static const Expected expected[] = {
    { 2, UPDATED, "need-001", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");

  import_and_check (registry, LIAN_RECORD_KIND_NEED,
                    "编号,企业编号,问题类别,需求标题,状态,提交日期,承办组织,解决日期\n"
                    "need-001,ent-ks-equip,融资,流动资金贷款,已解决,2023-09-12,org-ks-service-team,"
                    "2023/10/20\n",
                    expected, G_N_ELEMENTS (expected));
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_RESOLVED);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 2);
  check_event (need, 0, "2023-10-20T00:00:00+08", LIAN_NEED_STATUS_ACCEPTED,
               "org-ks-service-team", "据导入表格第2行补录");
  check_event (need, 1, "2023-10-20T00:00:00+08", LIAN_NEED_STATUS_RESOLVED,
               "org-ks-service-team", "据导入表格第2行补录");
  CU_ASSERT_EQUAL (lian_need_get_days_to_resolve (need), 38);
}

static void
test_moves_the_machine_refuses (void)
{
  static const Expected expected[] = {
    { 2, REJECTED, "need-004", "状态",
      "a need cannot move from 已解决 to 已提交 by any way the status machine allows; "
      "from 已解决 it can move to 办理中" },
    { 3, REJECTED, "need-002", "解决日期",
      "已解决 on 2023-09-02 would come before the need's last move, on 2023-09-04" },
    { 4, REJECTED, "need-007", "解决日期",
      "已解决 on 2023-10-01 would come before the need was submitted, on 2023-10-08" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-002");

  import_and_check (registry, LIAN_RECORD_KIND_NEED,
                    "编号,企业编号,问题类别,需求标题,状态,解决日期\n"
                    "need-004,ent-dy-frame,物流,出口订单物流受阻,已提交,\n"
                    "need-002,ent-wx-wafer,人才,工艺工程师招聘,已解决,2023-09-02\n"
                    "need-007,ent-wx-chip,融资,x,已解决,2023-10-01\n",
                    expected, G_N_ELEMENTS (expected));
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 1);
}

static void
test_resolved_the_day_of_the_last_move (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-002");
  static const Expected expected[] = {
    { 2, UPDATED, "need-002", NULL, NULL },
  };

  import_and_check (registry, LIAN_RECORD_KIND_NEED,
                    "编号,企业编号,问题类别,需求标题,状态,解决日期\n"
                    "need-002,ent-wx-wafer,人才,工艺工程师招聘,已解决,2023-09-04\n",
                    expected, G_N_ELEMENTS (expected));
  /* Not before the acceptance, at 10:00 that day. */
  check_event (need, 1, "2023-09-04T10:00:00+08", LIAN_NEED_STATUS_RESOLVED, NULL,
               "据导入表格第2行补录");
  CU_ASSERT_STRING_EQUAL (lian_need_get_resolved (need), "2023-09-04");
}

/* Names and codes */

static void
test_enterprise_found_by_a_name_as_people_write_it (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "n-1", NULL, NULL },
    { 3, IMPORTED, "n-2", NULL, NULL },
    { 4, IMPORTED, "n-3", NULL, NULL },
    { 5, REJECTED, "n-4", "企业名称",
      "no enterprise has the id or name \"无锡华心微电子\"; did you mean "
      "无锡华芯微电子有限公司 (ent-wx-chip)?" },
    { 6, REJECTED, "n-5", "企业名称", "no enterprise has the id or name \"某某公司\"" },
    { 7, REJECTED, "n-6", "企业名称",
      "\"江苏光电\" is like the names of more than one enterprise (ent-gd-a (江苏光电有限公司) "
      "and ent-gd-b (江苏光电股份有限公司)); give its id" },
  };
  static const char * const added[][2] = {
    { "ent-hx", "华芯半导体（无锡）有限公司" },
    { "ent-gd-a", "江苏光电有限公司" },
    { "ent-gd-b", "江苏光电股份有限公司" },
  };
  static const char * const codes[] = {
    "913202140000000079", "91320214000000008C", "91320214000000009F",
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    {
      g_autoptr(LianEnterprise) ent = lian_enterprise_new (added[i][0], added[i][1], codes[i],
                                                           "320214");
      CU_ASSERT_TRUE (lian_registry_add (registry, LIAN_RECORD (ent), &error));
    }
  import_and_check (registry, LIAN_RECORD_KIND_NEED,
                    "编号,企业名称,问题类别,需求标题\n"
                    "n-1,无锡华芯微电子,技术,a\n"
                    "n-2,华芯半导体(无锡),技术,b\n"
                    "n-3,无锡 华芯微电子 有限公司,技术,c\n"
                    "n-4,无锡华心微电子,技术,d\n"
                    "n-5,某某公司,技术,e\n"
                    "n-6,江苏光电,技术,f\n",
                    expected, G_N_ELEMENTS (expected));
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (lian_registry_lookup_need (registry, "n-1")),
                          "ent-wx-chip");
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (lian_registry_lookup_need (registry, "n-2")),
                          "ent-hx");
}

/* Among many names alike (无锡华芯 in every one of them), a name that
 * matches none is still told the one it is most like, found through the
 * bigrams it shares with few names; the same name on two rows is told the
 * same. */
static void
test_suggestion_among_many_alike_names (void)
{
  static const Expected expected[] = {
    { 2, REJECTED, "n-1", "企业名称",
      "no enterprise has the id or name \"无锡华芯微电\"; did you mean "
      "无锡华芯微电子有限公司 (ent-chip)?" },
    { 3, REJECTED, "n-2", "企业名称",
      "no enterprise has the id or name \"无锡华芯微电\"; did you mean "
      "无锡华芯微电子有限公司 (ent-chip)?" },
  };
  g_autoptr(LianRegistry) registry = lian_registry_new ();

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%u", i);
      g_autofree char *name = g_strdup_printf ("无锡华芯%u号有限公司", i);
      LianEnterprise *ent = lian_test_firm (id, "320214", NULL, NULL);

      lian_record_set_name (LIAN_RECORD (ent), name);
      lian_test_add (registry, ent);
    }
  {
    LianEnterprise *ent = lian_test_firm ("ent-chip", "320214", NULL, NULL);

    lian_record_set_name (LIAN_RECORD (ent), "无锡华芯微电子有限公司");
    lian_test_add (registry, ent);
  }
  import_and_check (registry, LIAN_RECORD_KIND_NEED,
                    "编号,企业名称,问题类别,需求标题\n"
                    "n-1,无锡华芯微电,技术,a\n"
                    "n-2,无锡华芯微电,技术,b\n",
                    expected, G_N_ELEMENTS (expected));
}

static void
test_unknown_region_code_refused (void)
{
  static const Expected expected[] = {
    { 2, REJECTED, NULL, "所在地区代码", "no region of 江苏省 has the code 329999 (GB/T 2260)" },
    { 3, IMPORTED, "ent-913202060000000027", NULL, NULL },
    { 4, IMPORTED, "ent-91110108000000003G", NULL, NULL },
    { 5, REJECTED, "ent-913202140000000040", "所在地区代码",
      "region code \"32021\" does not have 6 digits" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();

  import_and_check (registry, LIAN_RECORD_KIND_ENTERPRISE,
                    "企业名称,统一社会信用代码,所在地区代码\n"
                    "甲公司,91320214000000001N,329999\n"
                    "乙公司,913202060000000027,320206\n"
                    "丙公司,91110108000000003G,110108\n"
                    "丁公司,913202140000000040,32021\n",
                    expected, G_N_ELEMENTS (expected));
}

static void
test_near_duplicate_names_warned (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-91320214000000001N", "企业名称",
      "the name is like enterprise \"ent-wx-chip\"'s, 无锡华芯微电子有限公司: check that it is "
      "not the same enterprise" },
    { 3, IMPORTED, "ent-913202140000000053", NULL, NULL },
    { 4, IMPORTED, "ent-913202140000000066", "企业名称",
      "the name is like row 3's: check that it is not the same enterprise" },
    { 5, UPDATED, "ent-wx-chip", NULL, NULL },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();

  import_and_check (registry, LIAN_RECORD_KIND_ENTERPRISE,
                    "企业名称,统一社会信用代码,所在地区代码\n"
                    "无锡华芯微电子,91320214000000001N,320214\n"
                    "新吴精密（无锡）有限公司,913202140000000053,320214\n"
                    "新吴精密【无锡】,913202140000000066,320214\n"
                    "无锡华芯微电子有限公司,91320214474555530F,320214\n",
                    expected, G_N_ELEMENTS (expected));
}

/* A row rejected for a repeated code names no enterprise a later row's
 * name is like; a remark on a name comes after one on a masked number. */
static void
test_names_like_rows_after_repeated_code (void)
{
  static const Expected expected[] = {
    { 2, IMPORTED, "ent-91320214000000011P", NULL, NULL },
    { 3, REJECTED, "ent-91320214000000011P", "统一社会信用代码", "the same code as row 2" },
    { 4, IMPORTED, "ent-91320214000000012T", "联系电话",
      "a masked number was left out; the name is like row 2's: check that it is not the same "
      "enterprise" },
    { 5, IMPORTED, "ent-91320214000000013X", "企业名称",
      "the name is like row 2's: check that it is not the same enterprise" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();

  import_and_check (registry, LIAN_RECORD_KIND_ENTERPRISE,
                    "企业名称,统一社会信用代码,所在地区代码,联系电话\n"
                    "梁溪精工有限公司,91320214000000011P,320214,13800000000\n"
                    "梁溪精工有限公司,91320214000000011P,320214,\n"
                    "梁溪精工,91320214000000012T,320214,138****0000\n"
                    "梁溪 精工有限公司,91320214000000013X,320214,\n",
                    expected, G_N_ELEMENTS (expected));
}

static void
test_need_region_column (void)
{
  static const Expected expected[] = {
    { 2, UPDATED, "need-002", NULL, NULL },
    { 3, UPDATED, "need-003", NULL, NULL },
    { 4, REJECTED, "need-007", "所在地区代码",
      "enterprise \"ent-wx-chip\" is in 320214 (新吴区), not in 320205 (锡山区); a need's region "
      "is its enterprise's" },
    { 5, REJECTED, "need-001", "所在地区代码", "no region of 江苏省 has the code 329999 (GB/T 2260)" },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();

  import_and_check (registry, LIAN_RECORD_KIND_NEED,
                    "编号,企业编号,所在地区代码,问题类别,需求标题\n"
                    "need-002,ent-wx-wafer,320214,人才,工艺工程师招聘\n"
                    "need-003,ent-wx-chip,320200,技术,EDA工具国产化替代\n"
                    "need-007,ent-wx-chip,320205,融资,x\n"
                    "need-001,ent-ks-equip,329999,融资,x\n",
                    expected, G_N_ELEMENTS (expected));
  CU_ASSERT_PTR_NULL (lian_record_get_extra (LIAN_RECORD (lian_registry_lookup_need (registry,
                                                                                       "need-002"))));
}

/* Columns */

static void
test_columns_never_lost_quietly (void)
{
  assert_file_refused (LIAN_RECORD_KIND_ENTERPRISE,
                       "企业名称,统一社会信用代码,所在地区代码,备注,联系人,备注\n"
                       "甲公司,91320214000000001N,320214,a,王,b\n",
                       "line 1: columns 4 and 6 are both named \"备注\"");
  assert_file_refused (LIAN_RECORD_KIND_ENTERPRISE,
                       "企业名称,统一社会信用代码,所在地区代码,chain_links\n"
                       "甲公司,91320214000000001N,320214,chain-ic\n",
                       "line 1: column 4 is named \"chain_links\", a member lian writes itself and "
                       "would not keep from a CSV column; give chain links in the columns 所属产业链");
}

static void
test_phone_headers_recognised (void)
{
  static const char * const headers[] = { "手机号", "联系方式", "Phone", "Tel", "联系人手机" };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      static const Expected expected[] = {
        { 2, IMPORTED, "ent-91320214000000001N", NULL, NULL },
      };
      g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
      g_autofree char *csv = g_strdup_printf ("企业名称,统一社会信用代码,所在地区代码,%s\n"
                                              "甲公司,91320214000000001N,320214,13812345678\n",
                                              headers[i]);
      LianEnterprise *ent;

      import_and_check (registry, LIAN_RECORD_KIND_ENTERPRISE, csv, expected, 1);
      ent = lian_registry_lookup_enterprise (registry, "ent-91320214000000001N");
      CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
      check_str (headers[i], 2, lian_enterprise_get_contact_phone (ent), "13812345678");
      CU_ASSERT_PTR_NULL (lian_record_get_extra (LIAN_RECORD (ent)));
    }
}

/* A rejected row and the refused file say why in the reader's language;
 * the file's own words (headers, labels) stay as they are. */
static void
test_rejected_row_speaks_the_language (void)
{
  static const char csv[] = "编号,企业名称,问题类别,需求标题\n"
                            "need-x,无锡华芯微电子有限公司,技术,测试,多余\n";
  static const struct { const char *language, *row, *file; } cases[] = {
    { NULL, "the row has 5 cells; the header has 4",
      "1 of 1 rows rejected; first: row 2: the row has 5 cells; the header has 4" },
    { "zh_CN", "该行有 5 个单元格；表头有 4 列",
      "1 行被拒绝（共 1 行）；第一处：第 2 行：该行有 5 个单元格；表头有 4 列" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
      g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
      g_autoptr(LianCsvRowResult) result = NULL;
      g_autoptr(GError) error = NULL;

      CU_ASSERT_TRUE_FATAL (lian_set_language (cases[i].language, &error));
      CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, csv, -1, &error));
      LIAN_ASSERT_MESSAGE (error, cases[i].file);
      g_clear_error (&error);
      result = g_list_model_get_item (lian_csv_importer_get_results (importer), 0);
      CU_ASSERT_PTR_NOT_NULL_FATAL (result);
      check_str ("message", 2, lian_csv_row_result_get_message (result), cases[i].row);
    }
  lian_set_language (NULL, NULL);
}

/* Labels are read in English too (high-tech enterprise, chain leader),
 * whatever the language, beside the file's Chinese ones and the nicks. */
static void
test_english_labels_read (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry,
                                                               LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  LianEnterprise *ent;
  GPtrArray *links;

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", &error));
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer,
      "企业名称,统一社会信用代码,所在地区代码,企业标签,企业规模,所属产业链,链上角色\n"
      "甲公司,91320214526018159X,320214,\"High-tech enterprise、little giant\",Medium,chain-ic,"
      "Chain Leader\n", -1, &error));
  lian_set_language (NULL, NULL);
  CU_ASSERT_PTR_NULL_FATAL (error);
  ent = LIAN_ENTERPRISE (lian_registry_lookup (registry, "ent-91320214526018159X"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent),
                   LIAN_ENTERPRISE_TAGS_HIGH_TECH | LIAN_ENTERPRISE_TAGS_LITTLE_GIANT);
  CU_ASSERT_EQUAL (lian_enterprise_get_size (ent), LIAN_ENTERPRISE_SIZE_MEDIUM);
  links = lian_enterprise_get_chain_links (ent);
  CU_ASSERT_EQUAL_FATAL (links->len, 1);
  CU_ASSERT_EQUAL (lian_chain_link_get_role (g_ptr_array_index (links, 0)), LIAN_CHAIN_ROLE_LEADER);
}

/* Rows on chains, segments and roles whose texts differ in few bytes
 * share no link but their own. */
static void
test_links_alike_kept_apart (void)
{
  static const char *chains[] = { "ca-001", "cb-001", "ca-002" };
  static const char *segments[] = { "原材料", "原料", "", "原材料加工" };
  static const char *roles[] = { "链主", "配套", "" };
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry,
                                                               LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GString) csv = g_string_new ("企业名称,统一社会信用代码,所在地区代码,所属产业链,环节,"
                                         "链上角色\n");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (chains); i++)
    lian_test_add (registry, lian_test_chain (chains[i], LIAN_CHAIN_TIER_KEY, LIAN_LEVEL_PROVINCE,
                                              "320000", NULL));
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (chains) * G_N_ELEMENTS (segments) * G_N_ELEMENTS (roles); i++)
      {
        g_autofree char *code = lian_test_uscc ("320214", ++n);

        g_string_append_printf (csv, "企业%u,%s,320214,%s,%s,%s\n", n, code,
                                chains[i % 3], segments[i / 3 % 4], roles[i / 12]);
      }
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, csv->str, csv->len, &error));
  CU_ASSERT_PTR_NULL_FATAL (error);
  n = 0;
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (chains) * G_N_ELEMENTS (segments) * G_N_ELEMENTS (roles); i++)
      {
        g_autofree char *code = lian_test_uscc ("320214", ++n);
        g_autofree char *id = NULL;
        LianEnterprise *ent;
        LianChainLink *link;

        id = g_strconcat ("ent-", code, NULL);
        ent = LIAN_ENTERPRISE (lian_registry_lookup (registry, id));
        CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
        CU_ASSERT_EQUAL_FATAL (lian_enterprise_get_chain_links (ent)->len, 1);
        link = g_ptr_array_index (lian_enterprise_get_chain_links (ent), 0);
        check_str ("chain", n, lian_chain_link_get_chain_id (link), chains[i % 3]);
        check_str ("segment", n, lian_chain_link_get_segment (link),
                   segments[i / 3 % 4][0] ? segments[i / 3 % 4] : NULL);
        CU_ASSERT_EQUAL (lian_chain_link_get_role (link),
                         i / 12 == 0 ? LIAN_CHAIN_ROLE_LEADER : LIAN_CHAIN_ROLE_SUPPORTING);
      }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/csv-import/status-takes-the-sheets-date", test_status_takes_the_sheets_date },
    { "/lian/csv-import/catch-up-through-several-statuses", test_catch_up_through_several_statuses },
    { "/lian/csv-import/moves-the-machine-refuses", test_moves_the_machine_refuses },
    { "/lian/csv-import/resolved-the-day-of-the-last-move", test_resolved_the_day_of_the_last_move },
    { "/lian/csv-import/enterprise-found-by-a-name-as-people-write-it",
      test_enterprise_found_by_a_name_as_people_write_it },
    { "/lian/csv-import/unknown-region-code-refused", test_unknown_region_code_refused },
    { "/lian/csv-import/near-duplicate-names-warned", test_near_duplicate_names_warned },
    { "/lian/csv-import/names-like-rows-after-repeated-code",
      test_names_like_rows_after_repeated_code },
    { "/lian/csv-import/need-region-column", test_need_region_column },
    { "/lian/csv-import/columns-never-lost-quietly", test_columns_never_lost_quietly },
    { "/lian/csv-import/phone-headers-recognised", test_phone_headers_recognised },
    { "/lian/csv-import/rejected-row-speaks-the-language", test_rejected_row_speaks_the_language },
    { "/lian/csv-import/english-labels-read", test_english_labels_read },
    { "/lian/csv-import/suggestion-among-many-alike-names", test_suggestion_among_many_alike_names },
    { "/lian/csv-import/links-alike-kept-apart", test_links_alike_kept_apart },
    { NULL, NULL },
  };
  return lian_test_run ("csv-sheets", tests);
}
