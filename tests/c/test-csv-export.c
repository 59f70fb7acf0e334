/* test-csv-export.c: lian_registry_export_csv_to_data() and _to_file()
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "lian-test.h"
#include "lian-test-records.h"

#define BOM "\xEF\xBB\xBF"
#define ENTERPRISE_HEADER "编号,企业名称,统一社会信用代码,所在地区代码,企业规模,企业标签,从业人数," \
                          "党员人数,联系人,联系电话,总部企业编号,所属产业链,环节,链上角色\r\n"

static char *
sample_path (void)
{
  const char *root = g_getenv ("LIAN_SOURCE_DIR");

  return g_build_filename (root ? root : ".", "data", "jiangsu-sample.json", NULL);
}

static char *
export (LianRegistry       *registry,
        LianRecordKind      kind,
        const char         *region,
        LianCsvExportFlags  flags)
{
  g_autoptr(LianFilter) filter = lian_filter_new (kind);
  gsize length = 0;
  char *text;

  lian_filter_set_region (filter, region);
  text = lian_registry_export_csv_to_data (registry, filter, flags, &length);
  CU_ASSERT_EQUAL (strlen (text), length);
  return text;
}

static void
check_text (const char *actual,
            const char *expected)
{
  if (g_strcmp0 (actual, expected) != 0)
    g_printerr ("got:\n%s\nexpected:\n%s\n", actual, expected);
  CU_ASSERT_STRING_EQUAL (actual, expected);
}

static void
test_enterprises_for_spreadsheets (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *text = export (registry, LIAN_RECORD_KIND_ENTERPRISE, "321181",
                                  LIAN_CSV_EXPORT_FLAGS_NONE);

  /* BOM, CRLF, Chinese headers and labels, phones masked, the all-digit
   * credit code kept from Excel's number conversion. */
  check_text (text,
              BOM ENTERPRISE_HEADER
              "ent-dy-coating,丹阳精膜镀膜有限公司,\"=\"\"913211810961437267\"\"\",321181,微型,民营,38,2,"
              "金经理,139****0200,,chain-zj-optics,镜片加工,配套\r\n"
              "ent-dy-ecommerce,丹阳眼镜城电子商务有限公司,91321181320591786E,321181,微型,民营,32,2,"
              "魏经理,139****0211,,chain-zj-optics,眼镜成品,服务\r\n"
              "ent-dy-frame,丹阳天工眼镜有限公司,\"=\"\"913211813195567087\"\"\",321181,微型,民营,45,3,"
              "周经理,136****4566,,chain-zj-optics,眼镜成品,配套\r\n"
              "ent-dy-lens,丹阳明光光学有限公司,91321181604188297D,321181,中型,专精特新,820,64,"
              "黄经理,137****3455,,chain-zj-optics,镜片加工,链主\r\n"
              "ent-dy-resin,丹阳万新树脂材料有限公司,9132118179130486X6,321181,中型,专精特新,360,29,"
              "严经理,139****0188,,chain-zj-optics,镜片材料,核心\r\n");
}

static void
test_english_headers (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *text = export (registry, LIAN_RECORD_KIND_ENTERPRISE, "321181",
                                  LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS);

  check_text (text,
              BOM "id,name,uscc,region,size,tags,employees,party_members,contact_name,"
              "contact_phone,parent_id,chain,segment,role\r\n"
              "ent-dy-coating,丹阳精膜镀膜有限公司,\"=\"\"913211810961437267\"\"\",321181,micro,private,38,2,"
              "金经理,139****0200,,chain-zj-optics,镜片加工,supporting\r\n"
              "ent-dy-ecommerce,丹阳眼镜城电子商务有限公司,91321181320591786E,321181,micro,private,32,2,"
              "魏经理,139****0211,,chain-zj-optics,眼镜成品,service\r\n"
              "ent-dy-frame,丹阳天工眼镜有限公司,\"=\"\"913211813195567087\"\"\",321181,micro,private,45,3,"
              "周经理,136****4566,,chain-zj-optics,眼镜成品,supporting\r\n"
              "ent-dy-lens,丹阳明光光学有限公司,91321181604188297D,321181,medium,srdi,820,64,"
              "黄经理,137****3455,,chain-zj-optics,镜片加工,leader\r\n"
              "ent-dy-resin,丹阳万新树脂材料有限公司,9132118179130486X6,321181,medium,srdi,360,29,"
              "严经理,139****0188,,chain-zj-optics,镜片材料,core\r\n");
}

static void
test_show_personal_and_raw_text (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *text = export (registry, LIAN_RECORD_KIND_ENTERPRISE, "321181",
                                  LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL |
                                  LIAN_CSV_EXPORT_FLAGS_RAW_TEXT);

  check_text (text,
              BOM ENTERPRISE_HEADER
              "ent-dy-coating,丹阳精膜镀膜有限公司,913211810961437267,321181,微型,民营,38,2,"
              "金经理,13912360200,,chain-zj-optics,镜片加工,配套\r\n"
              "ent-dy-ecommerce,丹阳眼镜城电子商务有限公司,91321181320591786E,321181,微型,民营,32,2,"
              "魏经理,13912360211,,chain-zj-optics,眼镜成品,服务\r\n"
              "ent-dy-frame,丹阳天工眼镜有限公司,913211813195567087,321181,微型,民营,45,3,"
              "周经理,13612354566,,chain-zj-optics,眼镜成品,配套\r\n"
              "ent-dy-lens,丹阳明光光学有限公司,91321181604188297D,321181,中型,专精特新,820,64,"
              "黄经理,13712353455,,chain-zj-optics,镜片加工,链主\r\n"
              "ent-dy-resin,丹阳万新树脂材料有限公司,9132118179130486X6,321181,中型,专精特新,360,29,"
              "严经理,13912360188,,chain-zj-optics,镜片材料,核心\r\n");
}

static void
test_needs_with_history (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *text = export (registry, LIAN_RECORD_KIND_NEED, "321181",
                                  LIAN_CSV_EXPORT_FLAGS_NONE);
  g_autofree char *english = export (registry, LIAN_RECORD_KIND_NEED, "321181",
                                     LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS);

  check_text (text,
              BOM "编号,企业编号,统一社会信用代码,企业名称,所在地区代码,所属产业链,问题类别,需求标题,需求描述,"
              "是否卡脖子,金额（元）,状态,提交日期,承办组织,办结时限,解决日期,关联资源,行动项目,办理记录\r\n"
              "need-004,ent-dy-frame,\"=\"\"913211813195567087\"\"\",丹阳天工眼镜有限公司,321181,chain-zj-optics,"
              "物流,出口订单物流受阻,,否,,已解决,2023-07-11,org-dy-lens-branch,2023-07-20,2023-07-14,"
              "svc-js-logistics,,\"2023-07-11T16:00:00+08:00 | 已受理 | org-dy-lens-branch\n"
              "2023-07-12T09:00:00+08:00 | 办理中 | org-dy-lens-branch\n"
              "2023-07-14T17:30:00+08:00 | 已解决 | org-dy-lens-branch | 协调专线车辆，货物已发出\"\r\n"
              "need-009,ent-dy-resin,9132118179130486X6,丹阳万新树脂材料有限公司,321181,chain-zj-optics,"
              "技术,高折射率树脂单体国产化,,是,,办理中,2023-08-15,org-zj-optics-joint,2024-03-31,,"
              "svc-zj-optics-testing,,\"2023-08-16T09:00:00+08:00 | 已受理 | org-zj-optics-joint\n"
              "2023-08-25T15:00:00+08:00 | 办理中 | org-zj-optics-joint | 联合镜片企业开展验证\"\r\n");
  check_text (english,
              BOM "id,enterprise_id,enterprise_uscc,enterprise_name,region,chain,category,title,description,"
              "bottleneck,amount_yuan,status,submitted,assignee_id,due,resolved,service_ids,project_id,"
              "history\r\n"
              "need-004,ent-dy-frame,\"=\"\"913211813195567087\"\"\",丹阳天工眼镜有限公司,321181,chain-zj-optics,"
              "logistics,出口订单物流受阻,,false,,resolved,2023-07-11,org-dy-lens-branch,2023-07-20,"
              "2023-07-14,svc-js-logistics,,\"2023-07-11T16:00:00+08:00 | accepted | org-dy-lens-branch\n"
              "2023-07-12T09:00:00+08:00 | in-progress | org-dy-lens-branch\n"
              "2023-07-14T17:30:00+08:00 | resolved | org-dy-lens-branch | 协调专线车辆，货物已发出\"\r\n"
              "need-009,ent-dy-resin,9132118179130486X6,丹阳万新树脂材料有限公司,321181,chain-zj-optics,"
              "technology,高折射率树脂单体国产化,,true,,in-progress,2023-08-15,org-zj-optics-joint,"
              "2024-03-31,,svc-zj-optics-testing,,\"2023-08-16T09:00:00+08:00 | accepted | org-zj-optics-joint\n"
              "2023-08-25T15:00:00+08:00 | in-progress | org-zj-optics-joint | 联合镜片企业开展验证\"\r\n");
}

static void
test_services_and_other_kinds (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *services = export (registry, LIAN_RECORD_KIND_SERVICE, "320500",
                                      LIAN_CSV_EXPORT_FLAGS_NONE);
  g_autofree char *chains = export (registry, LIAN_RECORD_KIND_CHAIN, "321100",
                                    LIAN_CSV_EXPORT_FLAGS_NONE);
  g_autofree char *none = export (registry, LIAN_RECORD_KIND_ACTIVITY, "440300",
                                  LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS);

  check_text (services,
              BOM "编号,名称,类型,提供部门,说明,服务类别,适用地区,适用产业链,有效期起,有效期止,关键词\r\n"
              "svc-sz-talent-flat,人才公寓,资源,苏州市人力资源和社会保障局,,人才,320500,,2023-01-01,,"
              "人才、住房\r\n");
  check_text (chains,
              BOM "编号,名称,等级,产业集群,层级,所在地区代码,环节,链主企业\r\n"
              "chain-zj-optics,镇江光学眼镜产业链,,高端装备,市级,321100,镜片材料、镜片加工、眼镜成品,"
              "ent-dy-lens\r\n");
  check_text (none, BOM "id,name,kind,org_id,chain_id,date,participants\r\n");
}

static void
test_chain_without_segments (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianChain) chain = lian_chain_new ("chain-x", "生物医药产业链");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  lian_chain_set_region (chain, "320500");
  CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (chain), &error));
  text = export (registry, LIAN_RECORD_KIND_CHAIN, NULL, LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS);
  check_text (text, BOM "id,name,tier,cluster,level,region,segments,leader_ids\r\n"
                    "chain-x,生物医药产业链,unrated,,province,320500,,\r\n");
}

static void
test_quoting_and_guards (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", "贷款, \"快贷\"", LIAN_SERVICE_KIND_POLICY);
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *raw = NULL;
  const char * const keywords[] = { "0510", "=1+1", NULL };

  lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_FINANCING);
  lian_service_item_set_provider (item, "=HYPERLINK(\"x\")");
  lian_service_item_set_description (item, "第一行\n第二行");
  lian_service_item_set_keywords (item, keywords);
  json_object_set_string_member (extra, "备注", "007");
  json_object_set_int_member (extra, "序号", 12);
  json_object_set_string_member (extra, "服务类别", "taken for a column: left out");
  lian_record_set_extra (LIAN_RECORD (item), extra);
  CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (item), &error));

  text = export (registry, LIAN_RECORD_KIND_SERVICE, NULL, LIAN_CSV_EXPORT_FLAGS_NONE);
  check_text (text,
              BOM "编号,名称,类型,提供部门,说明,服务类别,适用地区,适用产业链,有效期起,有效期止,关键词,"
              "备注,序号\r\n"
              "svc-1,\"贷款, \"\"快贷\"\"\",政策,\"=\"\"=HYPERLINK(\"\"\"\"x\"\"\"\")\"\"\","
              "\"第一行\n第二行\",融资,,,,,"
              "0510、=1+1,\"=\"\"007\"\"\",12\r\n");
  raw = export (registry, LIAN_RECORD_KIND_SERVICE, NULL, LIAN_CSV_EXPORT_FLAGS_RAW_TEXT);
  CU_ASSERT_PTR_NOT_NULL (strstr (raw, ",0510、=1+1,007,12\r\n"));
}

/* Regions and chains (without their leaders, which are enterprises) of the
 * sample, as a document of their own. */
static char *
sample_part (const char * const *members,
             gboolean            drop_links)
{
  g_autofree char *path = sample_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *doc;

  CU_ASSERT_TRUE_FATAL (json_parser_load_from_file (parser, path, NULL));
  doc = json_node_get_object (json_parser_get_root (parser));
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "lian");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  for (guint i = 0; members[i]; i++)
    {
      JsonArray *array = json_object_get_array_member (doc, members[i]);
      json_builder_set_member_name (builder, members[i]);
      json_builder_begin_array (builder);
      for (guint j = 0; j < json_array_get_length (array); j++)
        {
          JsonNode *copy = json_node_copy (json_array_get_element (array, j));
          if (drop_links)
            {
              json_object_remove_member (json_node_get_object (copy), "leader_ids");
              json_object_remove_member (json_node_get_object (copy), "need_ids");
            }
          json_builder_add_value (builder, copy);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char *
member_json (LianRegistry *registry,
             const char   *member)
{
  g_autofree char *data = lian_registry_save_to_data (registry, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  CU_ASSERT_TRUE_FATAL (json_parser_load_from_data (parser, data, -1, NULL));
  return json_to_string (json_object_get_member (json_node_get_object (json_parser_get_root (parser)),
                                                 member), TRUE);
}

static void
import_text (LianRegistry   *registry,
             LianRecordKind  kind,
             const char     *text)
{
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, kind);
  g_autoptr(GError) error = NULL;

  if (!lian_csv_importer_import_data (importer, text, -1, &error))
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_rejected (importer), 0);
}

static void
check_round_trip (LianCsvExportFlags flags)
{
  static const char * const base[] = { "regions", "chains", NULL };
  static const char * const rest[] = { "organizations", "projects", NULL };
  static const char * const kinds[] = { "enterprises", "services", "needs" };
  g_autoptr(LianRegistry) source = lian_test_sample_registry ();
  g_autoptr(LianRegistry) target = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = sample_part (base, TRUE);
  g_autofree char *second = sample_part (rest, TRUE);
  g_autofree char *enterprises = export (source, LIAN_RECORD_KIND_ENTERPRISE, NULL, flags);
  g_autofree char *services = export (source, LIAN_RECORD_KIND_SERVICE, NULL, flags);
  g_autofree char *needs = export (source, LIAN_RECORD_KIND_NEED, NULL, flags);

  /* Chains, then the enterprises on them and the services; organisations
   * and projects (without their needs), then the needs that refer to them. */
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (target, first, -1, &error));
  import_text (target, LIAN_RECORD_KIND_ENTERPRISE, enterprises);
  import_text (target, LIAN_RECORD_KIND_SERVICE, services);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (target, second, -1, &error));
  import_text (target, LIAN_RECORD_KIND_NEED, needs);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *want = member_json (source, kinds[i]);
      g_autofree char *got = member_json (target, kinds[i]);
      check_text (got, want);
    }
}

/* The cell of @field in the row of @id of an export of needs, as the CSV
 * text holds it (quoted as written). */
static char *
need_cell (const char *csv,
           const char *id,
           guint       field)
{
  const char *row = strstr (csv, id);
  const char *p = row;
  gboolean quoted = FALSE;
  const char *start;

  CU_ASSERT_PTR_NOT_NULL_FATAL (row);
  for (guint i = 0; i < field; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        i++;
    }
  start = p;
  for (quoted = FALSE; *p && (quoted || (*p != ',' && *p != '\r')); p++)
    if (*p == '"')
      quoted = !quoted;
  return g_strndup (start, p - start);
}

static void
test_formulas_neutralised (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianRegistry) target = lian_test_sample_registry ();
  g_autoptr(GString) long_text = g_string_new ("=HYPERLINK(\"http://evil\",\"");
  g_autoptr(GString) huge = g_string_new ("@SUM(1)\n");
  g_autofree char *first = NULL, *second = NULL, *title = NULL, *description = NULL;
  const char * const titles[] = { "=HYPERLINK(\"http://evil\",\"x\")", "\t=1+1", "\r=1+1", " +1",
                                  "-2+3", "@SUM(A1)", "＝1+1", "'=1+1", "'plain", "=a\"\nb\"", NULL };
  const char * const needs[] = { "need-001", "need-002", "need-003", "need-004", "need-005",
                                 "need-006", "need-007", "need-008", "need-009", "need-010" };
  LianNeed *need;

  for (guint i = 0; titles[i]; i++)
    lian_need_set_title (lian_registry_lookup_need (registry, needs[i]), titles[i]);
  for (guint i = 0; i < 100; i++)
    g_string_append (long_text, "长\"引号\"");
  for (guint i = 0; i < 40; i++)
    g_string_append (long_text, "第一行\"引号\"\n");
  g_string_append (long_text, "\")");
  for (guint i = 0; i < 3000; i++)
    g_string_append (huge, "长文本\n");
  need = lian_registry_lookup_need (registry, "need-001");
  lian_need_set_description (need, long_text->str);
  need = lian_registry_lookup_need (registry, "need-002");
  lian_need_set_description (need, huge->str);

  first = export (registry, LIAN_RECORD_KIND_NEED, NULL, LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL);
  /* Each is a formula of text, or past Excel's limits, text after an apostrophe. */
  title = need_cell (first, "need-001,", 7);
  CU_ASSERT_STRING_EQUAL (title, "\"=\"\"=HYPERLINK(\"\"\"\"http://evil\"\"\"\",\"\"\"\"x\"\"\"\")\"\"\"");
  g_clear_pointer (&title, g_free);
  title = need_cell (first, "need-002,", 7);
  CU_ASSERT_STRING_EQUAL (title, "\"=CHAR(9)&\"\"=1+1\"\"\"");
  g_clear_pointer (&title, g_free);
  title = need_cell (first, "need-010,", 7);
  CU_ASSERT_STRING_EQUAL (title, "\"=\"\"=a\"\"\"\"\"\"&CHAR(10)&\"\"b\"\"\"\"\"\"\"");
  g_clear_pointer (&title, g_free);
  title = need_cell (first, "need-009,", 7);
  CU_ASSERT_STRING_EQUAL (title, "'plain");
  g_clear_pointer (&title, g_free);
  description = need_cell (first, "need-001,", 8);
  CU_ASSERT_TRUE (g_str_has_prefix (description, "\"=\"\"=HYPERLINK("));
  CU_ASSERT_PTR_NOT_NULL (strstr (description, "\"\"&\"\""));       /* pieces of at most 255 */
  CU_ASSERT_PTR_NOT_NULL (strstr (description, "&CHAR(10)&"));
  g_clear_pointer (&description, g_free);
  description = need_cell (first, "need-002,", 8);
  CU_ASSERT_TRUE (g_str_has_prefix (description, "\"'@SUM(1)\n长文本"));
  g_clear_pointer (&description, g_free);
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *cell = need_cell (first, needs[i], 7);
      CU_ASSERT_TRUE (g_str_has_prefix (cell, "\"=\"\"") || g_str_has_prefix (cell, "\"=CHAR(") ||
                      g_str_has_prefix (cell, "=\"\""));
    }

  /* Read back as they were (white space around a cell is trimmed), and
   * guarded again. */
  import_text (target, LIAN_RECORD_KIND_NEED, first);
  need = lian_registry_lookup_need (target, "need-001");
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), titles[0]);
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (need), long_text->str);
  need = lian_registry_lookup_need (target, "need-002");
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "=1+1");
  g_string_truncate (huge, huge->len - 1);
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (need), huge->str);
  for (guint i = 4; titles[i]; i++)
    CU_ASSERT_STRING_EQUAL (lian_need_get_title (lian_registry_lookup_need (target, needs[i])),
                            titles[i]);
  second = export (target, LIAN_RECORD_KIND_NEED, NULL, LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL);
  title = need_cell (second, "need-008,", 7);
  CU_ASSERT_STRING_EQUAL (title, "\"=\"\"'=1+1\"\"\"");
  g_clear_pointer (&title, g_free);
  title = need_cell (second, "need-002,", 7);
  CU_ASSERT_STRING_EQUAL (title, "\"=\"\"=1+1\"\"\"");
}

/* A region or a date that a setter would make into a formula on a record
 * already held is refused by the registry, so it never reaches a sheet;
 * a real code or date is written as it is. */
static void
test_codes_and_dates_guarded (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  const char *formula = "=cmd|' /C calc'!A0";
  const char *guarded = "\"=\"\"=cmd|' /C calc'!A0\"\"\"";
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  LianEnterprise *enterprise = lian_registry_lookup_enterprise (registry,
                                                                lian_need_get_enterprise_id (need));
  g_autofree char *enterprises = NULL, *needs = NULL, *plain = NULL;

  plain = export (registry, LIAN_RECORD_KIND_NEED, NULL, LIAN_CSV_EXPORT_FLAGS_NONE);
  CU_ASSERT_PTR_NULL (strstr (plain, "=\"\"20"));
  CU_ASSERT_PTR_NULL (strstr (plain, "=\"\"32"));
  lian_enterprise_set_region (enterprise, formula);
  lian_need_set_submitted (need, "+1+1");
  enterprises = export (registry, LIAN_RECORD_KIND_ENTERPRISE, NULL, LIAN_CSV_EXPORT_FLAGS_NONE);
  needs = export (registry, LIAN_RECORD_KIND_NEED, NULL, LIAN_CSV_EXPORT_FLAGS_NONE);
  CU_ASSERT_PTR_NULL (strstr (enterprises, "=cmd"));
  CU_ASSERT_PTR_NULL (strstr (enterprises, guarded));
  CU_ASSERT_PTR_NULL (strstr (needs, "=cmd"));
  CU_ASSERT_PTR_NULL (strstr (needs, "+1+1"));
  CU_ASSERT_STRING_EQUAL (needs, plain);
}

static void
test_list_cells_guarded (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianRegistry) target = lian_registry_new ();
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", "贷款", LIAN_SERVICE_KIND_POLICY);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char * const keywords[] = { "=2+2", "=HYPERLINK(\"http://evil\")", NULL };
  LianServiceItem *back;

  lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_FINANCING);
  lian_service_item_set_keywords (item, keywords);
  CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (item), &error));
  text = export (registry, LIAN_RECORD_KIND_SERVICE, NULL, LIAN_CSV_EXPORT_FLAGS_NONE);
  CU_ASSERT_PTR_NOT_NULL (strstr (text, ",\"=\"\"=2+2、=HYPERLINK(\"\"\"\"http://evil\"\"\"\")\"\"\"\r\n"));
  import_text (target, LIAN_RECORD_KIND_SERVICE, text);
  back = lian_registry_lookup_service (target, "svc-1");
  CU_ASSERT_PTR_NOT_NULL_FATAL (back);
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_keywords (back)[1], keywords[1]);
}

static void
test_round_trip_of_the_sample (void)
{
  check_round_trip (LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL);
  check_round_trip (LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL | LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS);
  check_round_trip (LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL | LIAN_CSV_EXPORT_FLAGS_RAW_TEXT);
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
test_masked_export_updates_nothing (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autofree char *text = export (registry, LIAN_RECORD_KIND_ENTERPRISE, NULL,
                                  LIAN_CSV_EXPORT_FLAGS_NONE);
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  int changed = 0;

  g_signal_connect (registry, "record-changed", G_CALLBACK (count_changed_cb), &changed);
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, text, -1, &error));
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_updated (importer), 32);
  CU_ASSERT_EQUAL (changed, 0);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (before, after);
}

/* A needs sheet with a column lian does not know, 联系方式: its phone
 * numbers are masked on export, and a masked export read back keeps them. */
static void
test_phones_in_unknown_columns (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  g_autofree char *masked = NULL, *shown = NULL, *before = NULL, *after = NULL;
  LianNeed *need = lian_registry_lookup_need (registry, "need-004");

  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer,
      "编号,企业编号,问题类别,需求标题,联系方式,Tel,备注\n"
      "need-004,ent-dy-frame,物流,出口订单物流受阻,王经理 13812345678,0511-86123456,金额 20000000 元\n",
      -1, &error));
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (lian_record_get_extra (LIAN_RECORD (need)),
                                                         "联系方式"), "王经理 13812345678");
  masked = export (registry, LIAN_RECORD_KIND_NEED, "321181", LIAN_CSV_EXPORT_FLAGS_NONE);
  CU_ASSERT_PTR_NOT_NULL (strstr (masked, ",王经理 138****5678,051******3456,金额 20000000 元\r\n"));
  CU_ASSERT_PTR_NULL (strstr (masked, "13812345678"));
  shown = export (registry, LIAN_RECORD_KIND_NEED, "321181", LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL);
  CU_ASSERT_PTR_NOT_NULL (strstr (shown, ",王经理 13812345678,0511-86123456,"));

  before = lian_registry_save_to_data (registry, NULL);
  g_clear_object (&importer);
  importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, masked, -1, &error));
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (before, after);
}

static void
test_to_file (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_SERVICE);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *written = NULL;
  g_autofree char *text = lian_registry_export_csv_to_data (registry, filter,
                                                            LIAN_CSV_EXPORT_FLAGS_NONE, NULL);
  int fd = g_file_open_tmp ("lian-export-XXXXXX.csv", &path, &error);

  CU_ASSERT_TRUE_FATAL (fd >= 0);
  close (fd);
  CU_ASSERT_TRUE (lian_registry_export_csv_to_file (registry, filter, LIAN_CSV_EXPORT_FLAGS_NONE,
                                                    path, &error));
  CU_ASSERT_TRUE (g_file_get_contents (path, &written, NULL, NULL));
  CU_ASSERT_STRING_EQUAL (written, text);
  g_unlink (path);

  CU_ASSERT_FALSE (lian_registry_export_csv_to_file (registry, filter, LIAN_CSV_EXPORT_FLAGS_NONE,
                                                     "/nonexistent/dir/x.csv", &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The CSV file is a data format: its headers and labels are the same
 * whatever the language lian speaks, and English headers come only on
 * request. */
static void
test_same_file_in_every_language (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  static const LianCsvExportFlags flags[] = {
    LIAN_CSV_EXPORT_FLAGS_NONE, LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS,
  };

  for (guint k = LIAN_RECORD_KIND_REGION; k <= LIAN_RECORD_KIND_ACTIVITY; k++)
    for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
      {
        g_autofree char *plain = NULL, *chinese = NULL, *english = NULL;

        CU_ASSERT_TRUE_FATAL (lian_set_language (NULL, NULL));
        plain = export (registry, k, NULL, flags[i]);
        CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
        chinese = export (registry, k, NULL, flags[i]);
        CU_ASSERT_TRUE_FATAL (lian_set_language ("en", NULL));
        english = export (registry, k, NULL, flags[i]);
        check_text (chinese, plain);
        check_text (english, plain);
      }
  lian_set_language (NULL, NULL);
  {
    g_autofree char *needs = export (registry, LIAN_RECORD_KIND_NEED, NULL, LIAN_CSV_EXPORT_FLAGS_NONE);
    CU_ASSERT_TRUE (g_str_has_prefix (needs, BOM "编号,企业编号,"));
    CU_ASSERT_PTR_NOT_NULL (strstr (needs, ",已解决,"));
  }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/csv-export/enterprises-for-spreadsheets", test_enterprises_for_spreadsheets },
    { "/lian/csv-export/english-headers", test_english_headers },
    { "/lian/csv-export/show-personal-and-raw-text", test_show_personal_and_raw_text },
    { "/lian/csv-export/needs-with-history", test_needs_with_history },
    { "/lian/csv-export/services-and-other-kinds", test_services_and_other_kinds },
    { "/lian/csv-export/chain-without-segments", test_chain_without_segments },
    { "/lian/csv-export/quoting-and-guards", test_quoting_and_guards },
    { "/lian/csv-export/round-trip-of-the-sample", test_round_trip_of_the_sample },
    { "/lian/csv-export/masked-export-updates-nothing", test_masked_export_updates_nothing },
    { "/lian/csv-export/to-file", test_to_file },
    { "/lian/csv-export/formulas-neutralised", test_formulas_neutralised },
    { "/lian/csv-export/list-cells-guarded", test_list_cells_guarded },
    { "/lian/csv-export/phones-in-unknown-columns", test_phones_in_unknown_columns },
    { "/lian/csv-export/same-file-in-every-language", test_same_file_in_every_language },
    { "/lian/csv-export/codes-and-dates-guarded", test_codes_and_dates_guarded },
    { NULL, NULL },
  };
  return lian_test_run ("csv-export", tests);
}
