/* test-docking.c: demand posts, capabilities, responses, supplier matching
 * and the code tables (tests/data/docking.json has the known answers)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static LianRegistry *
load_docking (void)
{
  g_autofree char *path = lian_test_data ("docking.json");
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_registry_load_from_file (registry, path, NULL, &error));
  if (error)
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NULL (error);
  return registry;
}

static void
test_post_validate_names_field (void)
{
  g_autoptr(LianDemandPost) post = lian_demand_post_new ("post-1", "ent-1", "chain-1", "压铸件");
  g_autoptr(GError) error = NULL;

  lian_demand_post_set_quantity (post, 100);
  lian_demand_post_set_published (post, "2024-03-01");
  lian_demand_post_set_delivery_until (post, "2024-06-30");
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (post), NULL));
  CU_ASSERT_EQUAL (lian_demand_post_get_status (post), LIAN_POST_STATUS_OPEN);

  lian_demand_post_set_industry_code (post, "9999");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (post), &error));
  LIAN_ASSERT_MESSAGE (error, "industry_code: industry code \"9999\" is not in GB/T 4754-2017");
  g_clear_error (&error);

  lian_demand_post_set_industry_code (post, "3670");
  lian_demand_post_set_delivery_from (post, "2024-07-01");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (post), &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  lian_demand_post_set_delivery_from (post, NULL);
  lian_demand_post_set_quantity (post, 0);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (post), &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
}

static void
test_capability_capacity_for_days (void)
{
  g_autoptr(LianCapability) cap = lian_capability_new ("cap-1", "ent-1");
  static const char * const regions[] = { "310000", "329999", NULL };
  g_autoptr(GError) error = NULL;

  lian_capability_set_capacity (cap, 3000);
  CU_ASSERT_EQUAL (lian_capability_get_period (cap), LIAN_CAPACITY_PERIOD_MONTH);
  CU_ASSERT_EQUAL (lian_capability_get_capacity_for_days (cap, 45), 4500);
  lian_capability_set_period (cap, LIAN_CAPACITY_PERIOD_WEEK);
  CU_ASSERT_EQUAL (lian_capability_get_capacity_for_days (cap, 14), 6000);

  lian_capability_set_regions (cap, regions);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (cap), &error));
  LIAN_ASSERT_MESSAGE (error, "regions[1]: region code \"329999\"");
  g_clear_error (&error);
}

static void
test_response_transition_appends_dated_moves (void)
{
  g_autoptr(LianResponse) resp = lian_response_new ("resp-1", "post-1", "ent-1");
  g_autoptr(GError) error = NULL;
  const char * const *moves;

  CU_ASSERT_EQUAL (lian_response_get_status (resp), LIAN_RESPONSE_STATUS_DRAFT);
  CU_ASSERT_FALSE (lian_response_transition (resp, LIAN_RESPONSE_STATUS_AWARDED, "2024-03-05", &error));
  LIAN_ASSERT_MESSAGE (error, "status: cannot move from draft to awarded; allowed: submitted");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);

  CU_ASSERT_TRUE (lian_response_transition (resp, LIAN_RESPONSE_STATUS_SUBMITTED, "2024-03-05", NULL));
  CU_ASSERT_FALSE (lian_response_transition (resp, LIAN_RESPONSE_STATUS_SHORTLISTED, "2024-03-01", &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  CU_ASSERT_TRUE (lian_response_transition (resp, LIAN_RESPONSE_STATUS_SHORTLISTED, "2024-03-12", NULL));
  CU_ASSERT_TRUE (lian_response_transition (resp, LIAN_RESPONSE_STATUS_AWARDED, "2024-03-20", NULL));

  moves = lian_response_get_moves (resp);
  CU_ASSERT_EQUAL (g_strv_length ((GStrv) moves), 3);
  CU_ASSERT_STRING_EQUAL (moves[0], "2024-03-05 submitted");
  CU_ASSERT_STRING_EQUAL (moves[2], "2024-03-20 awarded");
  CU_ASSERT_STRING_EQUAL (lian_response_get_status_date (resp, LIAN_RESPONSE_STATUS_SHORTLISTED),
                          "2024-03-12");
  CU_ASSERT_PTR_NULL (lian_response_get_status_date (resp, LIAN_RESPONSE_STATUS_DECLINED));
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (resp), NULL));
}

static void
test_response_status_must_end_its_moves (void)
{
  g_autoptr(LianResponse) resp = lian_response_new ("resp-1", "post-1", "ent-1");
  static const char * const skipping[] = { "2024-03-05 submitted", "2024-03-06 awarded", NULL };
  static const char * const garbled[] = { "2024-03-05submitted", NULL };
  g_autoptr(GError) error = NULL;

  lian_response_set_status (resp, LIAN_RESPONSE_STATUS_SUBMITTED);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (resp), &error));
  LIAN_ASSERT_MESSAGE (error, "status: submitted, but its moves end in draft");
  g_clear_error (&error);

  lian_response_set_moves (resp, skipping);
  lian_response_set_status (resp, LIAN_RESPONSE_STATUS_AWARDED);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (resp), &error));
  LIAN_ASSERT_MESSAGE (error, "moves[1]: status: cannot move from submitted to awarded");
  g_clear_error (&error);

  lian_response_set_moves (resp, garbled);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (resp), &error));
  LIAN_ASSERT_MESSAGE (error, "moves[0]: \"2024-03-05submitted\" is not a day and a status");
  g_clear_error (&error);
}

static void
test_registry_checks_docking_references (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  g_autoptr(GError) error = NULL;
  LianDemandPost *post = lian_demand_post_new ("post-9", "ent-none", "chain-nev", "压铸件");
  LianResponse *resp = lian_response_new ("resp-9", "post-none", "ent-parts-wx");
  LianCapability *cap = lian_capability_new ("cap-9", "chain-nev");

  lian_demand_post_set_quantity (post, 10);
  lian_demand_post_set_published (post, "2024-03-01");
  lian_demand_post_set_delivery_until (post, "2024-06-30");
  CU_ASSERT_FALSE (lian_registry_add (registry, LIAN_RECORD (post), &error));
  LIAN_ASSERT_MESSAGE (error, "enterprise_id: unknown enterprise \"ent-none\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);
  CU_ASSERT_FALSE (lian_registry_add (registry, LIAN_RECORD (resp), &error));
  LIAN_ASSERT_MESSAGE (error, "post_id: unknown post \"post-none\"");
  g_clear_error (&error);
  CU_ASSERT_FALSE (lian_registry_add (registry, LIAN_RECORD (cap), &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);

  /* Removing a post removes its responses. */
  CU_ASSERT_TRUE (lian_registry_remove (registry, "post-1", TRUE, NULL, &error));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "resp-1"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "resp-2"));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup (registry, "resp-3"));
  g_object_unref (post);
  g_object_unref (resp);
  g_object_unref (cap);
}

static void
test_move_response_is_one_journaled_change (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  GListModel *journal = lian_registry_get_journal (registry);
  LianRecord *resp = lian_registry_lookup (registry, "resp-3");
  g_autoptr(GError) error = NULL;

  CU_ASSERT_EQUAL (lian_record_get_revision (resp), 1);
  CU_ASSERT_TRUE (lian_registry_move_response (registry, "resp-3", LIAN_RESPONSE_STATUS_SHORTLISTED,
                                               "2024-04-10", &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (journal), 1);
  CU_ASSERT_EQUAL (lian_record_get_revision (resp), 2);
  CU_ASSERT_EQUAL (lian_response_get_status (LIAN_RESPONSE (resp)), LIAN_RESPONSE_STATUS_SHORTLISTED);

  CU_ASSERT_FALSE (lian_registry_move_response (registry, "resp-3", LIAN_RESPONSE_STATUS_SUBMITTED,
                                                "2024-04-11", &error));
  LIAN_ASSERT_MESSAGE (error, "response \"resp-3\": status: cannot move from shortlisted to submitted");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (journal), 1);
  CU_ASSERT_EQUAL (lian_record_get_revision (resp), 2);

  CU_ASSERT_FALSE (lian_registry_move_response (registry, "post-1", LIAN_RESPONSE_STATUS_SUBMITTED,
                                                NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);

  /* A setter that would break the moves is refused and undone. */
  g_test_expect_message ("Lian", G_LOG_LEVEL_WARNING, "*status: awarded, but its moves end in shortlisted*");
  lian_response_set_status (LIAN_RESPONSE (resp), LIAN_RESPONSE_STATUS_AWARDED);
  g_test_assert_expected_messages ();
  CU_ASSERT_EQUAL (lian_response_get_status (LIAN_RESPONSE (resp)), LIAN_RESPONSE_STATUS_SHORTLISTED);
}

static void
test_docking_document_round_trips (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
  g_autofree char *resaved = NULL;
  g_autoptr(GListModel) responses = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (saved);
  CU_ASSERT_PTR_NOT_NULL (strstr (saved, "\"posts\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (saved, "\"2024-03-12 shortlisted\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (saved, "\"certifications\""));
  CU_ASSERT_TRUE (lian_registry_load_from_data (again, saved, -1, &error));
  resaved = lian_registry_save_to_data (again, NULL);
  CU_ASSERT_STRING_EQUAL (saved, resaved);
  responses = lian_registry_get_records (again, LIAN_RECORD_KIND_RESPONSE);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (responses), 3);
}

static void
test_match_post_known_answers (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(GListModel) matches = lian_matcher_match_post (matcher, "post-1", 0, NULL);
  static const char * const expected[] = { "ent-parts-wx", "ent-parts-sh", "ent-metal-sz" };
  static const double scores[] = { 90, 50, 25 };
  g_autoptr(LianSupplierMatch) first = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *reasons;

  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (matches), 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LianSupplierMatch) m = g_list_model_get_item (matches, i);
      CU_ASSERT_STRING_EQUAL (lian_supplier_match_get_enterprise_id (m), expected[i]);
      CU_ASSERT_DOUBLE_EQUAL (lian_supplier_match_get_score (m), scores[i], 0.001);
      CU_ASSERT_STRING_EQUAL (lian_supplier_match_get_post_id (m), "post-1");
    }
  first = g_list_model_get_item (matches, 0);
  CU_ASSERT_STRING_EQUAL (lian_supplier_match_get_capability_id (first), "cap-parts-wx");
  reasons = lian_supplier_match_get_reasons (first);
  CU_ASSERT_STRING_EQUAL (reasons[0], "on the same chain, upstream: 零部件 before 整车制造");
  CU_ASSERT_STRING_EQUAL (reasons[1], "industry class 3670");
  CU_ASSERT_STRING_EQUAL (reasons[2], "can make 35000 件 in the window (20000 wanted)");
  CU_ASSERT_STRING_EQUAL (reasons[3], "in the same province");

  CU_ASSERT_PTR_NULL (lian_matcher_match_post (matcher, "ent-leader", 0, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND);
}

static void
test_post_gaps_are_open_posts_nobody_serves (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(GListModel) gaps = lian_matcher_find_post_gaps (matcher);
  g_autoptr(LianRecord) gap = NULL;

  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (gaps), 1);
  gap = g_list_model_get_item (gaps, 0);
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (gap), "post-2");
}

static void
test_industry_code_lookup (void)
{
  const char *name = NULL, *parent = NULL;
  LianIndustryLevel level;
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_industry_code_lookup ("C", &name, &level, &parent));
  CU_ASSERT_STRING_EQUAL (name, "制造业");
  CU_ASSERT_EQUAL (level, LIAN_INDUSTRY_LEVEL_SECTION);
  CU_ASSERT_PTR_NULL (parent);
  CU_ASSERT_TRUE (lian_industry_code_lookup ("36", &name, &level, &parent));
  CU_ASSERT_STRING_EQUAL (name, "汽车制造业");
  CU_ASSERT_STRING_EQUAL (parent, "C");
  CU_ASSERT_TRUE (lian_industry_code_lookup ("3670", &name, &level, &parent));
  CU_ASSERT_EQUAL (level, LIAN_INDUSTRY_LEVEL_CLASS);
  CU_ASSERT_STRING_EQUAL (name, "汽车零部件及配件制造");
  CU_ASSERT_STRING_EQUAL (parent, "367");
  CU_ASSERT_TRUE (lian_industry_code_lookup ("397", &name, &level, &parent));
  CU_ASSERT_STRING_EQUAL (name, "电子器件制造");
  CU_ASSERT_EQUAL (level, LIAN_INDUSTRY_LEVEL_GROUP);
  CU_ASSERT_STRING_EQUAL (parent, "39");
  /* A group of a single class bears its name. */
  CU_ASSERT_TRUE (lian_industry_code_lookup ("362", &name, NULL, NULL));
  CU_ASSERT_STRING_EQUAL (name, "汽车用发动机制造");
  /* Manufacturing is listed to its classes: 3672 is none of them. */
  CU_ASSERT_FALSE (lian_industry_code_lookup ("3672", NULL, NULL, NULL));
  /* Section D's groups are not listed yet: read by the division. */
  CU_ASSERT_TRUE (lian_industry_code_lookup ("4411", &name, &level, &parent));
  CU_ASSERT_PTR_NULL (name);
  CU_ASSERT_STRING_EQUAL (parent, "441");
  CU_ASSERT_TRUE (lian_industry_code_lookup ("97", &name, NULL, &parent));
  CU_ASSERT_STRING_EQUAL (parent, "T");
  CU_ASSERT_FALSE (lian_industry_code_lookup ("98", NULL, NULL, NULL));
  CU_ASSERT_FALSE (lian_industry_code_lookup ("U", NULL, NULL, NULL));
  CU_ASSERT_FALSE (lian_industry_code_lookup ("33a", NULL, NULL, NULL));
  CU_ASSERT_TRUE (lian_industry_code_contains ("C", "3670"));
  CU_ASSERT_TRUE (lian_industry_code_contains ("367", "3670"));
  CU_ASSERT_FALSE (lian_industry_code_contains ("33", "3670"));
  CU_ASSERT_FALSE (lian_industry_code_check ("9801", &error));
  LIAN_ASSERT_MESSAGE (error, "\"9801\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  CU_ASSERT_STRING_EQUAL (lian_industry_codes_get_edition (), "GB/T 4754-2017");
}

static void
test_region_codes_of_the_whole_country (void)
{
  const char *name = NULL;
  g_autofree char *parent = NULL;
  LianLevel level;
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_adcode_is_valid ("310000"));
  CU_ASSERT_TRUE (lian_adcode_is_valid ("440300"));
  CU_ASSERT_TRUE (lian_adcode_lookup ("310115", &name, &level, &parent));
  CU_ASSERT_STRING_EQUAL (name, "浦东新区");
  CU_ASSERT_EQUAL (level, LIAN_LEVEL_COUNTY);
  CU_ASSERT_STRING_EQUAL (parent, "310100");
  CU_ASSERT_STRING_EQUAL (lian_adcode_get_name ("440300"), "深圳市");
  CU_ASSERT_STRING_EQUAL (lian_adcode_get_name ("650000"), "新疆维吾尔自治区");
  CU_ASSERT_FALSE (lian_adcode_check ("329999", &error));
  LIAN_ASSERT_MESSAGE (error, "\"329999\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  CU_ASSERT_FALSE (lian_adcode_check ("990000", &error));
  LIAN_ASSERT_MESSAGE (error, "\"990000\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  CU_ASSERT_FALSE (lian_adcode_lookup ("329999", &name, NULL, NULL));
  CU_ASSERT_PTR_NULL (name);
  CU_ASSERT_STRING_EQUAL (lian_adcodes_get_edition (), "2023");
}

static void
test_enterprise_in_shanghai_can_be_entered (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  LianRecord *firm = lian_registry_lookup (registry, "ent-parts-sh");

  CU_ASSERT_PTR_NOT_NULL_FATAL (firm);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_region (LIAN_ENTERPRISE (firm)), "310115");
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (registry, "310000"), 1);
  CU_ASSERT_EQUAL (lian_registry_count_enterprises (registry, "440300"), 1);
}

static void
test_summary_counts_outcomes (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  g_autoptr(LianSummary) all = lian_summary_new (registry, NULL, "2024-12-31");
  g_autoptr(LianFilter) wuxi = lian_filter_new (LIAN_RECORD_KIND_POST);
  g_autoptr(LianSummary) in_wuxi = NULL;
  g_autoptr(GListModel) chains = NULL;
  g_autoptr(LianSummary) nev = NULL;
  g_autoptr(GError) error = NULL;

  CU_ASSERT_EQUAL (lian_summary_get_n_posts (all), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_responses (all), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_awards (all), 1);
  CU_ASSERT_EQUAL (lian_summary_get_awarded_yuan (all), 1200000);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_award_share_same_chain (all), 1.0, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_award_share_same_province (all), 1.0, 1e-9);

  /* A response counts where its post's publisher lies. */
  lian_filter_set_region (wuxi, "320200");
  in_wuxi = lian_summary_new (registry, wuxi, "2024-12-31");
  CU_ASSERT_EQUAL (lian_summary_get_n_posts (in_wuxi), 4);
  CU_ASSERT_EQUAL (lian_summary_get_n_responses (in_wuxi), 3);

  chains = lian_summary_rollup_chains (registry, NULL, "2024-12-31");
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (chains), 1);
  nev = g_list_model_get_item (chains, 0);
  CU_ASSERT_EQUAL (lian_summary_get_n_awards (nev), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_responses (nev), 3);

  /* Moving resp-3 to awarded adds an award from another chain's supplier. */
  CU_ASSERT_TRUE (lian_registry_move_response (registry, "resp-3", LIAN_RESPONSE_STATUS_SHORTLISTED,
                                               "2024-04-10", &error));
  CU_ASSERT_TRUE (lian_registry_move_response (registry, "resp-3", LIAN_RESPONSE_STATUS_AWARDED,
                                               "2024-04-12", &error));
  g_clear_object (&all);
  all = lian_summary_new (registry, NULL, "2024-12-31");
  CU_ASSERT_EQUAL (lian_summary_get_n_awards (all), 2);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_award_share_same_chain (all), 0.5, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (lian_summary_get_award_share_same_province (all), 1.0, 1e-9);
}

static void
test_book_and_dashboard_have_the_section (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  g_autofree char *book = lian_report_chain_book (registry, "chain-nev", "2024-12-31",
                                                  LIAN_REPORT_FORMAT_MARKDOWN, LIAN_REPORT_FLAGS_NONE,
                                                  NULL);
  g_autofree char *dashboard = lian_report_dashboard (registry, "320200", LIAN_REPORT_FORMAT_HTML,
                                                      LIAN_REPORT_FLAGS_NONE, NULL);
  g_autofree char *shanghai = lian_report_dashboard (registry, "310000", LIAN_REPORT_FORMAT_MARKDOWN,
                                                     LIAN_REPORT_FLAGS_NONE, NULL);

  CU_ASSERT_PTR_NOT_NULL_FATAL (book);
  CU_ASSERT_PTR_NOT_NULL (strstr (book, "## Orders and capacity shared"));
  CU_ASSERT_PTR_NOT_NULL (strstr (book, "- **Value of orders shared**: 1,200,000 yuan"));
  CU_ASSERT_PTR_NOT_NULL (strstr (book, "| 碳化硅功率芯片需求 | 无锡整车制造有限公司 | 碳化硅功率芯片 | open | "
                                        "2024-09-01 | none: a lead for investment promotion |"));
  CU_ASSERT_PTR_NOT_NULL (strstr (book, "| 仪表盘总成需求 | 无锡整车制造有限公司 | 仪表盘总成 | cancelled | "
                                        "2024-05-31 | 0 |"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (dashboard);
  CU_ASSERT_PTR_NOT_NULL (strstr (dashboard, "Orders and capacity shared"));
  /* Shanghai publishes no post: no section. */
  CU_ASSERT_PTR_NOT_NULL_FATAL (shanghai);
  CU_ASSERT_PTR_NULL (strstr (shanghai, "Orders and capacity shared"));
}

static void
test_csv_export_of_posts_and_responses (void)
{
  g_autoptr(LianRegistry) registry = load_docking ();
  g_autoptr(LianFilter) posts = lian_filter_new (LIAN_RECORD_KIND_POST);
  g_autoptr(LianFilter) responses = lian_filter_new (LIAN_RECORD_KIND_RESPONSE);
  g_autofree char *chinese = NULL, *english = NULL;

  lian_filter_set_region (posts, "320200");
  chinese = lian_registry_export_csv_to_data (registry, posts, LIAN_CSV_EXPORT_FLAGS_NONE, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (chinese);
  CU_ASSERT_TRUE (g_str_has_prefix (chinese, "\xef\xbb\xbf编号,名称,发布企业,产业链,环节,产品,行业代码,"));
  CU_ASSERT_PTR_NOT_NULL (strstr (chinese, "post-2,碳化硅功率芯片需求,ent-leader,chain-nev,整车制造,碳化硅功率芯片,"
                                           "3972,,5000,片,2024-03-01,,2024-09-01,,公开,征集中\r\n"));
  english = lian_registry_export_csv_to_data (registry, responses, LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS, NULL);
  CU_ASSERT_PTR_NOT_NULL (strstr (english, "resp-2,浦东报价,post-1,ent-parts-sh,20000,10,1100000,declined,"
                                           "\"2024-03-06 submitted,2024-03-12 declined\"\r\n"));
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/demand-post/validate-names-field", test_post_validate_names_field },
    { "/lian/capability/capacity-for-days", test_capability_capacity_for_days },
    { "/lian/response/transition-appends-dated-moves", test_response_transition_appends_dated_moves },
    { "/lian/response/status-must-end-its-moves", test_response_status_must_end_its_moves },
    { "/lian/registry/docking-references-checked", test_registry_checks_docking_references },
    { "/lian/registry/move-response-is-one-journaled-change", test_move_response_is_one_journaled_change },
    { "/lian/registry-json/docking-document-round-trips", test_docking_document_round_trips },
    { "/lian/matcher/match-post-known-answers", test_match_post_known_answers },
    { "/lian/matcher/post-gaps-are-open-posts-nobody-serves", test_post_gaps_are_open_posts_nobody_serves },
    { "/lian/industry-code/lookup", test_industry_code_lookup },
    { "/lian/region-code/whole-country", test_region_codes_of_the_whole_country },
    { "/lian/enterprise/in-shanghai-can-be-entered", test_enterprise_in_shanghai_can_be_entered },
    { "/lian/summary/counts-docking-outcomes", test_summary_counts_outcomes },
    { "/lian/reports/book-and-dashboard-have-docking-section", test_book_and_dashboard_have_the_section },
    { "/lian/csv-export/posts-and-responses", test_csv_export_of_posts_and_responses },
    { NULL, NULL },
  };
  return lian_test_run ("docking", tests);
}
