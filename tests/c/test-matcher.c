/* test-matcher.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* The score parts, as LianMatcher documents them. */
#define CATEGORY 0.4
#define COUNTY   0.2
#define CITY     0.15
#define PROVINCE 0.1
#define NO_SCOPE 0.05
#define SAME     0.1
#define ANY      0.05
#define TEXT     0.3


static void
add (LianRegistry *registry,
     gpointer      record)
{
  g_autoptr(GError) error = NULL;

  if (!lian_registry_add (registry, record, &error))
    g_printerr ("cannot add %s: %s\n", lian_record_get_id (record), error->message);
  CU_ASSERT_PTR_NULL_FATAL (error);
  g_object_unref (record);
}

static void
add_enterprise (LianRegistry *registry,
                const char   *id,
                const char   *region,
                const char   *chain)
{
  static guint n;
  g_autofree char *uscc = lian_test_uscc (region, ++n);
  LianEnterprise *ent = lian_enterprise_new (id, id, uscc, region);

  if (chain)
    lian_enterprise_add_chain_link (ent, chain, NULL, LIAN_CHAIN_ROLE_CORE);
  add (registry, ent);
}

static void
add_chain (LianRegistry *registry,
           const char   *id,
           const char   *name)
{
  const char *segments[] = { "设计", "制造", "封测", NULL };
  LianChain *chain = lian_chain_new (id, name);

  lian_chain_set_segments (chain, segments);
  lian_chain_set_level (chain, LIAN_LEVEL_PROVINCE);
  lian_chain_set_region (chain, "320000");
  add (registry, chain);
}

static LianServiceItem *
service (const char         *id,
         const char         *name,
         LianNeedCategories  categories,
         const char         *region)
{
  LianServiceItem *item = lian_service_item_new (id, name, LIAN_SERVICE_KIND_POLICY);

  lian_service_item_set_categories (item, categories);
  lian_service_item_set_region (item, region);
  return item;
}

static LianNeed *
need_with_status (const char       *id,
                  const char       *enterprise,
                  const char       *chain,
                  LianNeedCategory  category,
                  const char       *title,
                  const char       *submitted,
                  LianNeedStatus    status)
{
  return g_object_new (LIAN_TYPE_NEED, "id", id, "enterprise-id", enterprise,
                       "chain-id", chain, "category", category, "title", title,
                       "submitted", submitted, "status", status, NULL);
}

static LianNeed *
need (const char       *id,
      const char       *enterprise,
      const char       *chain,
      LianNeedCategory  category,
      const char       *title,
      const char       *submitted)
{
  return need_with_status (id, enterprise, chain, category, title, submitted,
                           LIAN_NEED_STATUS_SUBMITTED);
}

/* A Wuxi enterprise (新吴区, 320214) on the IC chain with a financing need,
 * and service items around it. */
static LianRegistry *
make_registry (void)
{
  LianRegistry *registry = lian_registry_new ();
  const char *ic[] = { "chain-ic", NULL };
  const char *nev[] = { "chain-nev", NULL };
  const char *loan_words[] = { "贷款", "贴息", NULL };
  LianServiceItem *item;

  add_chain (registry, "chain-ic", "集成电路产业链");
  add_chain (registry, "chain-nev", "新能源汽车产业链");
  add_enterprise (registry, "ent-wx", "320214", "chain-ic");
  add_enterprise (registry, "ent-sz", "320583", "chain-ic");

  /* Proposed. */
  item = service ("svc-a-tech-loan", "科技贷款贴息", LIAN_NEED_CATEGORIES_FINANCING, "320200");
  lian_service_item_set_keywords (item, loan_words);
  add (registry, item);
  add (registry, service ("svc-b-generic", "融资服务", LIAN_NEED_CATEGORIES_FINANCING, "320200"));
  add (registry, service ("svc-c-province", "省级融资担保", LIAN_NEED_CATEGORIES_FINANCING, "320000"));
  add (registry, service ("svc-d-county", "新吴区企业贷款",
                          LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_TALENT, "320214"));
  item = service ("svc-same-chain", "集成电路专项贷", LIAN_NEED_CATEGORIES_FINANCING, "320000");
  lian_service_item_set_chain_ids (item, ic);
  add (registry, item);

  /* Never proposed for the Wuxi need. */
  add (registry, service ("svc-sz", "苏州贷款贴息", LIAN_NEED_CATEGORIES_FINANCING, "320500"));
  item = service ("svc-expired", "贷款贴息", LIAN_NEED_CATEGORIES_FINANCING, "320200");
  lian_service_item_set_valid_from (item, "2022-01-01");
  lian_service_item_set_valid_until (item, "2023-06-30");
  add (registry, item);
  item = service ("svc-future", "贷款贴息", LIAN_NEED_CATEGORIES_FINANCING, "320200");
  lian_service_item_set_valid_from (item, "2024-01-01");
  add (registry, item);
  item = service ("svc-other-chain", "新能源贷款贴息", LIAN_NEED_CATEGORIES_FINANCING, "320200");
  lian_service_item_set_chain_ids (item, nev);
  add (registry, item);
  add (registry, service ("svc-tech", "贷款贴息技术", LIAN_NEED_CATEGORIES_TECHNOLOGY, "320200"));

  add (registry, need ("need-wx", "ent-wx", "chain-ic", LIAN_NEED_CATEGORY_FINANCING,
                       "研发贷款贴息", "2023-09-12"));
  return registry;
}

/* The day the tests match on, unless they say otherwise: the day need-wx
 * was submitted. */
#define AS_OF "2023-09-12"

static LianMatcher *
matcher_on (LianRegistry *registry,
            const char   *as_of)
{
  LianMatcher *matcher = lian_matcher_new (registry);

  lian_matcher_set_as_of (matcher, as_of);
  return matcher;
}

/* The service ids of @matches, joined by spaces. */
static char *
service_ids (GListModel *matches)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(LianMatch) m = g_list_model_get_item (matches, i);
      g_string_append_printf (ids, "%s%s", i ? " " : "", lian_match_get_service_id (m));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static GListModel *
match_on (LianRegistry *registry,
          const char   *need_id,
          guint         max,
          const char   *as_of)
{
  g_autoptr(LianMatcher) matcher = matcher_on (registry, as_of);
  g_autoptr(GError) error = NULL;
  GListModel *matches = lian_matcher_match_need (matcher, need_id, max, &error);

  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (matches);
  CU_ASSERT_EQUAL (g_list_model_get_item_type (matches), LIAN_TYPE_MATCH);
  return matches;
}

static GListModel *
match (LianRegistry *registry,
       const char   *need_id,
       guint         max)
{
  return match_on (registry, need_id, max, AS_OF);
}

static LianMatch *
find_match (GListModel *matches,
            const char *service_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(LianMatch) m = g_list_model_get_item (matches, i);
      if (g_str_equal (lian_match_get_service_id (m), service_id))
        return m;   /* the list still holds it */
    }
  return NULL;
}

static void
test_wuxi_need_gets_wuxi_or_province_financing (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = match (registry, "need-wx", 0);
  g_autofree char *ids = service_ids (matches);
  /* 研发贷款贴息 has 5 bigrams. 科技贷款贴息 (+ keywords 贷款, 贴息) has 5 and
   * shares 贷款 款贴 贴息: Dice 6/10. 新吴区企业贷款 has 6 and shares 贷款:
   * 2/11. The others share nothing. */
  const struct { const char *id; double score; } expected[] = {
    { "svc-a-tech-loan", CATEGORY + CITY + ANY + TEXT * 6 / 10 },         /* 0.78 */
    { "svc-d-county", CATEGORY + COUNTY + ANY + TEXT * 2 / 11 },          /* 0.7045… */
    { "svc-b-generic", CATEGORY + CITY + ANY },                           /* 0.6 */
    { "svc-same-chain", CATEGORY + PROVINCE + SAME },                     /* 0.6, after b by id */
    { "svc-c-province", CATEGORY + PROVINCE + ANY },                      /* 0.55 */
  };

  CU_ASSERT_STRING_EQUAL (ids, "svc-a-tech-loan svc-d-county svc-b-generic svc-same-chain svc-c-province");
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (matches), G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(LianMatch) m = g_list_model_get_item (matches, i);
      LianServiceItem *item = lian_registry_lookup_service (registry, lian_match_get_service_id (m));

      CU_ASSERT_STRING_EQUAL (lian_match_get_need_id (m), "need-wx");
      CU_ASSERT_STRING_EQUAL (lian_match_get_service_id (m), expected[i].id);
      CU_ASSERT_DOUBLE_EQUAL (lian_match_get_score (m), expected[i].score, 1e-9);
      CU_ASSERT_TRUE (lian_service_item_serves_category (item, LIAN_NEED_CATEGORY_FINANCING));
      CU_ASSERT_TRUE (lian_adcode_contains (lian_service_item_get_region (item), "320214"));
      CU_ASSERT_TRUE (g_str_equal (lian_service_item_get_region (item), "320000") ||
                      lian_adcode_contains ("320200", lian_service_item_get_region (item)));
    }
}

static void
test_suzhou_service_never_proposed (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianMatcher) matcher = matcher_on (registry, AS_OF);
  g_autoptr(GListModel) matches = match (registry, "need-wx", 0);
  g_autoptr(GListModel) all = lian_matcher_match_all (matcher, NULL, 0);
  g_autoptr(GListModel) sz_matches = NULL;

  CU_ASSERT_PTR_NULL (find_match (matches, "svc-sz"));
  CU_ASSERT_PTR_NULL (find_match (all, "svc-sz"));
  CU_ASSERT_EQUAL (g_list_model_get_n_items (all), 5);

  /* It does serve a Suzhou (昆山市) need. */
  add (registry, need ("need-sz", "ent-sz", "chain-ic", LIAN_NEED_CATEGORY_FINANCING,
                       "贷款", "2023-09-12"));
  sz_matches = match (registry, "need-sz", 0);
  CU_ASSERT_PTR_NOT_NULL (find_match (sz_matches, "svc-sz"));
  CU_ASSERT_PTR_NULL (find_match (sz_matches, "svc-a-tech-loan"));
}

static void
test_expired_service_excluded (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = match (registry, "need-wx", 0);
  g_autoptr(GListModel) earlier = NULL;

  CU_ASSERT_PTR_NULL (find_match (matches, "svc-expired"));
  CU_ASSERT_PTR_NULL (find_match (matches, "svc-future"));

  /* On a day when it was valid, it is proposed. */
  earlier = match_on (registry, "need-wx", 0, "2023-06-30");
  CU_ASSERT_PTR_NOT_NULL (find_match (earlier, "svc-expired"));
  CU_ASSERT_PTR_NULL (find_match (earlier, "svc-future"));
}

static void
test_other_chain_excluded (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = match (registry, "need-wx", 0);
  g_autoptr(GListModel) nev = NULL;

  CU_ASSERT_PTR_NULL (find_match (matches, "svc-other-chain"));
  CU_ASSERT_PTR_NOT_NULL (find_match (matches, "svc-same-chain"));

  lian_need_set_chain_id (lian_registry_lookup_need (registry, "need-wx"), "chain-nev");
  nev = match (registry, "need-wx", 0);
  CU_ASSERT_PTR_NOT_NULL (find_match (nev, "svc-other-chain"));
  CU_ASSERT_PTR_NULL (find_match (nev, "svc-same-chain"));
}

static void
test_need_without_chain_uses_enterprise_chains (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = NULL;

  lian_need_set_chain_id (lian_registry_lookup_need (registry, "need-wx"), NULL);
  matches = match (registry, "need-wx", 0);
  CU_ASSERT_PTR_NOT_NULL (find_match (matches, "svc-same-chain"));
  CU_ASSERT_PTR_NULL (find_match (matches, "svc-other-chain"));
}

static void
test_bigram_likeness_ranks_related_words_first (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = match (registry, "need-wx", 0);
  LianMatch *loan = find_match (matches, "svc-a-tech-loan");
  LianMatch *generic = find_match (matches, "svc-b-generic");
  const char * const *reasons;

  CU_ASSERT_PTR_NOT_NULL_FATAL (loan);
  CU_ASSERT_PTR_NOT_NULL_FATAL (generic);
  /* Same category, scope and chains: only the text differs. */
  CU_ASSERT_DOUBLE_EQUAL (lian_match_get_score (loan) - lian_match_get_score (generic),
                          TEXT * 0.6, 1e-9);
  reasons = lian_match_get_reasons (generic);
  for (guint i = 0; reasons[i]; i++)
    CU_ASSERT_FALSE (g_str_has_prefix (reasons[i], "shared"));
}

static void
test_bigram_likeness_without_keywords (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = NULL;
  LianMatch *m;

  /* The Suzhou item (苏州贷款贴息, no keywords) moved to Wuxi shares the
   * text 贷款贴息 with the need; the reason quotes it. */
  lian_service_item_set_region (lian_registry_lookup_service (registry, "svc-sz"), "320200");
  matches = match (registry, "need-wx", 0);
  m = find_match (matches, "svc-sz");
  CU_ASSERT_PTR_NOT_NULL_FATAL (m);
  CU_ASSERT_STRING_EQUAL (lian_match_get_reasons (m)[4], "shared text: 贷款贴息");
  /* 苏州 州贷 贷款 款贴 贴息 against 研发 发贷 贷款 款贴 贴息: 2·3 / 10. */
  CU_ASSERT_DOUBLE_EQUAL (lian_match_get_score (m), CATEGORY + CITY + ANY + TEXT * 0.6, 1e-9);
}

static void
test_reasons (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = match (registry, "need-wx", 0);
  const char *loan[] = {
    "serves financing", "scope 无锡市 contains 新吴区", "no chain restriction",
    "valid on 2023-09-12", "shared words: 贷款, 贴息", NULL,
  };
  const char *chain[] = {
    "serves financing", "scope 江苏省 contains 新吴区", "same chain 集成电路产业链",
    "valid on 2023-09-12", NULL,
  };
  g_auto(GStrv) from_property = NULL;

  CU_ASSERT_TRUE (g_strv_equal (lian_match_get_reasons (find_match (matches, "svc-a-tech-loan")), loan));
  CU_ASSERT_TRUE (g_strv_equal (lian_match_get_reasons (find_match (matches, "svc-same-chain")), chain));
  g_object_get (find_match (matches, "svc-a-tech-loan"), "reasons", &from_property, NULL);
  CU_ASSERT_TRUE (g_strv_equal ((const char * const *) from_property, loan));
}

/* Under Chinese, the same reasons read in Chinese, the category by its
 * label, the words of a list joined by 、; back in English afterwards. */
static void
test_reasons_in_chinese (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = NULL, english = NULL;
  g_autoptr(GListModel) missing = NULL;
  g_autoptr(LianMatcher) matcher = matcher_on (registry, AS_OF);
  g_autoptr(GError) error = NULL;
  const char *loan[] = {
    "服务融资需求", "适用范围无锡市包含新吴区", "不限产业链",
    "2023-09-12 在有效期内", "共同关键词：贷款、贴息", NULL,
  };
  const char *chain[] = {
    "服务融资需求", "适用范围江苏省包含新吴区", "同属集成电路产业链",
    "2023-09-12 在有效期内", NULL,
  };

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", &error));
  matches = match (registry, "need-wx", 0);
  missing = lian_matcher_match_need (matcher, "need-nope", 3, &error);
  lian_set_language (NULL, NULL);

  CU_ASSERT_TRUE (g_strv_equal (lian_match_get_reasons (find_match (matches, "svc-a-tech-loan")), loan));
  CU_ASSERT_TRUE (g_strv_equal (lian_match_get_reasons (find_match (matches, "svc-same-chain")), chain));
  CU_ASSERT_PTR_NULL (missing);
  LIAN_ASSERT_MESSAGE (error, "没有编号为“need-nope”的需求");

  english = match (registry, "need-wx", 0);
  CU_ASSERT_STRING_EQUAL (lian_match_get_reasons (find_match (english, "svc-a-tech-loan"))[0],
                          "serves financing");
}

static void
test_service_without_scope_applies_everywhere (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) matches = NULL;
  LianMatch *m;

  add (registry, service ("svc-anywhere", "普惠金融", LIAN_NEED_CATEGORIES_FINANCING, NULL));
  matches = match (registry, "need-wx", 0);
  m = find_match (matches, "svc-anywhere");
  CU_ASSERT_PTR_NOT_NULL_FATAL (m);
  CU_ASSERT_DOUBLE_EQUAL (lian_match_get_score (m), CATEGORY + NO_SCOPE + ANY, 1e-9);
  CU_ASSERT_STRING_EQUAL (lian_match_get_reasons (m)[1], "no region scope");
  /* The lowest score: last. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (matches), 6);
  {
    g_autoptr(LianMatch) last = g_list_model_get_item (matches, 5);
    CU_ASSERT_PTR_EQUAL (last, m);
  }
}

static void
test_as_of_defaults_to_today (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *before = lian_date_from_date_time (now);
  g_autofree char *after = NULL;
  g_autofree char *valid_before = g_strconcat ("valid on ", before, NULL);
  g_autofree char *valid_after = NULL;
  g_autoptr(GListModel) matches = NULL;
  LianServiceItem *item;
  const char *reason;

  item = service ("svc-old", "贷款贴息", LIAN_NEED_CATEGORIES_FINANCING, "320200");
  lian_service_item_set_valid_until (item, "2000-01-01");
  add (registry, item);
  /* need-wx was submitted on 2023-09-12; it is judged today. */
  matches = match_on (registry, "need-wx", 0, NULL);
  /* Today as read after the match: across midnight, either day will do. */
  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_new_now_local ();
  after = lian_date_from_date_time (now);
  valid_after = g_strconcat ("valid on ", after, NULL);
  CU_ASSERT_PTR_NULL (find_match (matches, "svc-old"));
  CU_ASSERT_PTR_NULL (find_match (matches, "svc-expired"));
  /* Valid from 2024-01-01: not on the day the need came, but today. */
  CU_ASSERT_PTR_NOT_NULL (find_match (matches, "svc-future"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (find_match (matches, "svc-a-tech-loan"));
  reason = lian_match_get_reasons (find_match (matches, "svc-a-tech-loan"))[3];
  CU_ASSERT_TRUE (g_str_equal (reason, valid_before) || g_str_equal (reason, valid_after));
}

static void
test_validity_judged_on_as_of_not_on_submission (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) then = NULL, later = NULL, last_day = NULL, unsubmitted = NULL;
  LianServiceItem *item;

  item = service ("svc-srdi", "专精特新贷", LIAN_NEED_CATEGORIES_FINANCING, "320000");
  lian_service_item_set_valid_from (item, "2023-01-01");
  lian_service_item_set_valid_until (item, "2025-12-31");
  add (registry, item);

  then = match_on (registry, "need-wx", 0, "2023-09-12");
  CU_ASSERT_PTR_NOT_NULL (find_match (then, "svc-srdi"));
  CU_ASSERT_PTR_NULL (find_match (then, "svc-future"));

  /* The same need, still open in 2026: the loan has expired, the item
   * valid from 2024 has come. */
  later = match_on (registry, "need-wx", 0, "2026-01-15");
  CU_ASSERT_PTR_NULL (find_match (later, "svc-srdi"));
  CU_ASSERT_PTR_NULL (find_match (later, "svc-expired"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (find_match (later, "svc-future"));
  CU_ASSERT_STRING_EQUAL (lian_match_get_reasons (find_match (later, "svc-future"))[3],
                          "valid on 2026-01-15");

  /* Bounds are included. */
  last_day = match_on (registry, "need-wx", 0, "2025-12-31");
  CU_ASSERT_PTR_NOT_NULL (find_match (last_day, "svc-srdi"));

  /* A need without a submission day is judged on the same day. */
  lian_need_set_submitted (lian_registry_lookup_need (registry, "need-wx"), NULL);
  unsubmitted = match_on (registry, "need-wx", 0, "2026-01-15");
  CU_ASSERT_EQUAL (g_list_model_get_n_items (unsubmitted), g_list_model_get_n_items (later));
}

static void
test_as_of_property (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(LianMatcher) built = NULL;
  g_autofree char *from_property = NULL;
  int notified = 0;

  CU_ASSERT_PTR_NULL (lian_matcher_get_as_of (matcher));
  g_signal_connect (matcher, "notify::as-of", G_CALLBACK (lian_test_count_notify_cb), &notified);
  lian_matcher_set_as_of (matcher, "2024-03-01");
  lian_matcher_set_as_of (matcher, "2024-03-01");
  CU_ASSERT_EQUAL (notified, 1);
  CU_ASSERT_STRING_EQUAL (lian_matcher_get_as_of (matcher), "2024-03-01");
  g_object_get (matcher, "as-of", &from_property, NULL);
  CU_ASSERT_STRING_EQUAL (from_property, "2024-03-01");
  g_object_set (matcher, "as-of", NULL, NULL);
  CU_ASSERT_EQUAL (notified, 2);
  CU_ASSERT_PTR_NULL (lian_matcher_get_as_of (matcher));

  built = g_object_new (LIAN_TYPE_MATCHER, "registry", registry, "as-of", "2023-01-02", NULL);
  CU_ASSERT_STRING_EQUAL (lian_matcher_get_as_of (built), "2023-01-02");
}

static void
test_as_of_applies_to_match_all_and_gaps (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianMatcher) matcher = matcher_on (registry, "2023-10-01");
  g_autoptr(GListModel) before = NULL, after = NULL, gaps_before = NULL, gaps_after = NULL;
  LianServiceItem *item;

  item = service ("svc-land", "工业用地弹性出让", LIAN_NEED_CATEGORIES_LAND, "320200");
  lian_service_item_set_valid_until (item, "2023-12-31");
  add (registry, item);
  add (registry, need ("need-land", "ent-wx", "chain-ic", LIAN_NEED_CATEGORY_LAND,
                       "厂房用地", "2023-09-01"));

  before = lian_matcher_match_all (matcher, NULL, 0);
  gaps_before = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
  CU_ASSERT_PTR_NOT_NULL (find_match (before, "svc-land"));
  CU_ASSERT_PTR_NULL (find_match (before, "svc-future"));
  CU_ASSERT_EQUAL (g_list_model_get_n_items (gaps_before), 0);

  lian_matcher_set_as_of (matcher, "2024-01-01");
  after = lian_matcher_match_all (matcher, NULL, 0);
  gaps_after = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
  CU_ASSERT_PTR_NULL (find_match (after, "svc-land"));
  CU_ASSERT_PTR_NOT_NULL (find_match (after, "svc-future"));
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (gaps_after), 1);
  {
    g_autoptr(LianGap) gap = g_list_model_get_item (gaps_after, 0);
    CU_ASSERT_EQUAL (lian_gap_get_category (gap), LIAN_NEED_CATEGORY_LAND);
    CU_ASSERT_STRING_EQUAL (lian_gap_get_need_ids (gap)[0], "need-land");
  }
}

static void
test_max_results (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) three = match (registry, "need-wx", 3);
  g_autoptr(GListModel) one = match (registry, "need-wx", 1);
  g_autoptr(GListModel) many = match (registry, "need-wx", 100);
  g_autofree char *ids3 = service_ids (three), *ids1 = service_ids (one);

  CU_ASSERT_STRING_EQUAL (ids3, "svc-a-tech-loan svc-d-county svc-b-generic");
  CU_ASSERT_STRING_EQUAL (ids1, "svc-a-tech-loan");
  CU_ASSERT_EQUAL (g_list_model_get_n_items (many), 5);
}

static void
test_unknown_need_is_not_found (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianMatcher) matcher = matcher_on (registry, AS_OF);
  g_autoptr(GError) error = NULL;
  GListModel *matches;

  matches = lian_matcher_match_need (matcher, "need-nope", 3, &error);
  CU_ASSERT_PTR_NULL (matches);
  LIAN_ASSERT_MESSAGE (error, "need-nope");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);

  /* An id of another kind of record is no need either. */
  matches = lian_matcher_match_need (matcher, "ent-wx", 3, &error);
  CU_ASSERT_PTR_NULL (matches);
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
}

static void
test_match_all_order_and_scope (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianMatcher) matcher = matcher_on (registry, AS_OF);
  g_autoptr(LianFilter) suzhou = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GListModel) all = NULL, top2 = NULL, in_suzhou = NULL;
  g_autofree char *ids_suzhou = NULL;
  GString *order = g_string_new (NULL);

  add (registry, need ("need-a-sz", "ent-sz", "chain-ic", LIAN_NEED_CATEGORY_FINANCING,
                       "贷款", "2023-09-12"));
  add (registry, need_with_status ("need-0-done", "ent-wx", "chain-ic", LIAN_NEED_CATEGORY_FINANCING,
                                   "贷款", "2023-09-12", LIAN_NEED_STATUS_CLOSED));

  top2 = lian_matcher_match_all (matcher, NULL, 2);
  for (guint i = 0; i < g_list_model_get_n_items (top2); i++)
    {
      g_autoptr(LianMatch) m = g_list_model_get_item (top2, i);
      g_string_append_printf (order, "%s:%s ", lian_match_get_need_id (m), lian_match_get_service_id (m));
    }
  /* need-a-sz (昆山): svc-sz 0.15+0.05 and text 贷款 vs 苏州贷款贴息 (1 of
   * 1+5: 2/6 → 0.1) = 0.7; svc-same-chain 0.1+0.1 = 0.6. The closed need
   * has none. */
  CU_ASSERT_STRING_EQUAL (order->str,
                          "need-a-sz:svc-sz need-a-sz:svc-same-chain "
                          "need-wx:svc-a-tech-loan need-wx:svc-d-county ");
  g_string_free (order, TRUE);

  all = lian_matcher_match_all (matcher, NULL, 0);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (all), 3 + 5);

  /* The scope's kind does not matter; its region does. */
  lian_filter_set_region (suzhou, "320500");
  in_suzhou = lian_matcher_match_all (matcher, suzhou, 3);
  ids_suzhou = service_ids (in_suzhou);
  CU_ASSERT_STRING_EQUAL (ids_suzhou, "svc-sz svc-same-chain svc-c-province");
}

static void
test_gap_report (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianMatcher) matcher = matcher_on (registry, AS_OF);
  g_autoptr(GListModel) gaps = NULL, by_county = NULL, wuxi_only = NULL, after = NULL;
  g_autoptr(LianFilter) wuxi = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(LianGap) first = NULL, second = NULL, third = NULL;
  const char *wuxi_land[] = { "need-land-1", "need-land-2", NULL };

  add_enterprise (registry, "ent-wx-2", "320211", "chain-nev");
  add (registry, need ("need-land-2", "ent-wx-2", "chain-nev", LIAN_NEED_CATEGORY_LAND,
                       "厂房用地", "2023-09-01"));
  add (registry, need ("need-land-1", "ent-wx", "chain-ic", LIAN_NEED_CATEGORY_LAND,
                       "二期用地", "2023-09-01"));
  add (registry, need ("need-land-3", "ent-sz", "chain-ic", LIAN_NEED_CATEGORY_LAND,
                       "用地", "2023-09-01"));
  add (registry, need ("need-env", "ent-sz", "chain-ic", LIAN_NEED_CATEGORY_ENVIRONMENT,
                       "环评", "2023-09-01"));
  add (registry, need_with_status ("need-land-closed", "ent-wx", "chain-ic", LIAN_NEED_CATEGORY_LAND,
                                   "用地", "2023-09-01", LIAN_NEED_STATUS_CLOSED));

  gaps = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
  CU_ASSERT_EQUAL (g_list_model_get_item_type (gaps), LIAN_TYPE_GAP);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (gaps), 3);
  first = g_list_model_get_item (gaps, 0);
  second = g_list_model_get_item (gaps, 1);
  third = g_list_model_get_item (gaps, 2);
  /* land (1) before environment (6); 320200 before 320500. */
  CU_ASSERT_EQUAL (lian_gap_get_category (first), LIAN_NEED_CATEGORY_LAND);
  CU_ASSERT_STRING_EQUAL (lian_gap_get_region (first), "320200");
  CU_ASSERT_STRING_EQUAL (lian_gap_get_region_name (first), "无锡市");
  CU_ASSERT_TRUE (g_strv_equal (lian_gap_get_need_ids (first), wuxi_land));
  CU_ASSERT_EQUAL (lian_gap_get_n_needs (first), 2);
  CU_ASSERT_EQUAL (lian_gap_get_category (second), LIAN_NEED_CATEGORY_LAND);
  CU_ASSERT_STRING_EQUAL (lian_gap_get_region (second), "320500");
  CU_ASSERT_STRING_EQUAL (lian_gap_get_region_name (second), "苏州市");
  CU_ASSERT_STRING_EQUAL (lian_gap_get_need_ids (second)[0], "need-land-3");
  CU_ASSERT_EQUAL (lian_gap_get_category (third), LIAN_NEED_CATEGORY_ENVIRONMENT);

  /* By county, the two Wuxi land needs part. */
  by_county = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_COUNTY);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (by_county), 4);

  /* In a Wuxi scope, only the Wuxi land needs. */
  lian_filter_set_region (wuxi, "320200");
  wuxi_only = lian_matcher_find_gaps (matcher, wuxi, LIAN_LEVEL_PROVINCE);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (wuxi_only), 1);
  {
    g_autoptr(LianGap) gap = g_list_model_get_item (wuxi_only, 0);
    CU_ASSERT_STRING_EQUAL (lian_gap_get_region (gap), "320000");
    CU_ASSERT_EQUAL (lian_gap_get_n_needs (gap), 2);
  }

  /* A Suzhou land item closes the Suzhou land gap, not the Wuxi one. */
  add (registry, service ("svc-sz-land", "工业用地", LIAN_NEED_CATEGORIES_LAND, "320500"));
  after = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (after), 2);
  {
    g_autoptr(LianGap) gap = g_list_model_get_item (after, 0);
    CU_ASSERT_STRING_EQUAL (lian_gap_get_region (gap), "320200");
  }
}

static void
test_index_follows_changes (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(GListModel) before = match (registry, "need-wx", 0);
  g_autoptr(GListModel) after = NULL, after_category = NULL;
  LianServiceItem *tech = lian_registry_lookup_service (registry, "svc-tech");

  CU_ASSERT_PTR_NULL (find_match (before, "svc-tech"));
  lian_service_item_set_categories (tech, LIAN_NEED_CATEGORIES_TECHNOLOGY |
                                          LIAN_NEED_CATEGORIES_FINANCING);
  after = match (registry, "need-wx", 0);
  CU_ASSERT_PTR_NOT_NULL (find_match (after, "svc-tech"));

  lian_service_item_set_region (tech, "320500");
  after_category = match (registry, "need-wx", 0);
  CU_ASSERT_PTR_NULL (find_match (after_category, "svc-tech"));
}

static void
test_properties_are_read_only (void)
{
  g_autoptr(LianRegistry) registry = make_registry ();
  g_autoptr(LianMatcher) matcher = matcher_on (registry, AS_OF);
  g_autoptr(GListModel) matches = match (registry, "need-wx", 1);
  g_autoptr(LianMatch) m = g_list_model_get_item (matches, 0);
  g_autofree char *need_id = NULL, *service_id = NULL;
  g_autoptr(LianRegistry) from_property = NULL;
  double score;
  GParamSpec *pspec;

  g_object_get (m, "need-id", &need_id, "service-id", &service_id, "score", &score, NULL);
  CU_ASSERT_STRING_EQUAL (need_id, "need-wx");
  CU_ASSERT_STRING_EQUAL (service_id, "svc-a-tech-loan");
  CU_ASSERT_DOUBLE_EQUAL (score, 0.78, 1e-9);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (m), "score");
  CU_ASSERT_FALSE (pspec->flags & G_PARAM_WRITABLE);
  pspec = g_object_class_find_property (g_type_class_peek (LIAN_TYPE_GAP), "need-ids");
  CU_ASSERT_FALSE (pspec->flags & G_PARAM_WRITABLE);

  g_object_get (matcher, "registry", &from_property, NULL);
  CU_ASSERT_PTR_EQUAL (from_property, registry);
  CU_ASSERT_PTR_EQUAL (lian_matcher_get_registry (matcher), registry);
}

static void
test_objects_finalized (void)
{
  LianRegistry *registry = make_registry ();
  LianMatcher *matcher = matcher_on (registry, AS_OF);
  GListModel *matches = lian_matcher_match_all (matcher, NULL, 3);
  GListModel *gaps = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
  LianMatch *m = g_list_model_get_item (matches, 0);
  gpointer weak_registry = registry, weak_matcher = matcher, weak_match = m, weak_list = matches;

  g_object_add_weak_pointer (G_OBJECT (registry), &weak_registry);
  g_object_add_weak_pointer (G_OBJECT (matcher), &weak_matcher);
  g_object_add_weak_pointer (G_OBJECT (m), &weak_match);
  g_object_add_weak_pointer (G_OBJECT (matches), &weak_list);

  g_object_unref (registry);
  CU_ASSERT_PTR_NOT_NULL (weak_registry);   /* the matcher holds it */
  g_object_unref (matcher);
  CU_ASSERT_PTR_NULL (weak_registry);
  CU_ASSERT_PTR_NULL (weak_matcher);
  g_object_unref (matches);
  CU_ASSERT_PTR_NULL (weak_list);
  CU_ASSERT_PTR_NOT_NULL (weak_match);
  CU_ASSERT_STRING_EQUAL (lian_match_get_service_id (m), "svc-a-tech-loan");
  g_object_unref (m);
  CU_ASSERT_PTR_NULL (weak_match);
  g_object_unref (gaps);
}

int
main (void)
{
  const LianTest tests[] = {
    { "/lian/matcher/wuxi-need-gets-wuxi-or-province-financing", test_wuxi_need_gets_wuxi_or_province_financing },
    { "/lian/matcher/suzhou-service-never-proposed", test_suzhou_service_never_proposed },
    { "/lian/matcher/expired-service-excluded", test_expired_service_excluded },
    { "/lian/matcher/other-chain-excluded", test_other_chain_excluded },
    { "/lian/matcher/need-without-chain-uses-enterprise-chains", test_need_without_chain_uses_enterprise_chains },
    { "/lian/matcher/bigram-likeness-ranks-related-words-first", test_bigram_likeness_ranks_related_words_first },
    { "/lian/matcher/bigram-likeness-without-keywords", test_bigram_likeness_without_keywords },
    { "/lian/matcher/reasons", test_reasons },
    { "/lian/matcher/service-without-scope-applies-everywhere", test_service_without_scope_applies_everywhere },
    { "/lian/matcher/as-of-defaults-to-today", test_as_of_defaults_to_today },
    { "/lian/matcher/max-results", test_max_results },
    { "/lian/matcher/unknown-need-is-not-found", test_unknown_need_is_not_found },
    { "/lian/matcher/match-all-order-and-scope", test_match_all_order_and_scope },
    { "/lian/matcher/gap-report", test_gap_report },
    { "/lian/matcher/index-follows-changes", test_index_follows_changes },
    { "/lian/matcher/properties-are-read-only", test_properties_are_read_only },
    { "/lian/matcher/objects-finalized", test_objects_finalized },
    { "/lian/matcher/validity-judged-on-as-of-not-on-submission", test_validity_judged_on_as_of_not_on_submission },
    { "/lian/matcher/as-of-property", test_as_of_property },
    { "/lian/matcher/as-of-applies-to-match-all-and-gaps", test_as_of_applies_to_match_all_and_gaps },
    { "/lian/matcher/reasons-in-chinese", test_reasons_in_chinese },
    { NULL, NULL },
  };

  return lian_test_run ("matcher", tests);
}
