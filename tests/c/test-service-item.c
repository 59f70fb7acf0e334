/* test-service-item.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

/* Asserts that @error is set and its message starts with @prefix. */
#define LOAN_NAME "科技贷款贴息"

static void
log_notify_cb (GObject    *object,
               GParamSpec *pspec,
               GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static gboolean
strv_is (const char * const *strv,
         const char * const *expected)
{
  return strv != NULL && g_strv_equal (strv, expected);
}

static void
test_construct_with_properties (void)
{
  const char * const chains[] = { "chain-ic", NULL };
  const char * const keywords[] = { "贷款", "贴息", NULL };
  g_autoptr(LianServiceItem) item =
    g_object_new (LIAN_TYPE_SERVICE_ITEM,
                  "id", "svc-loan",
                  "name", LOAN_NAME,
                  "kind", LIAN_SERVICE_KIND_PROJECT,
                  "provider", "镇江市科技局",
                  "description", "对科技型中小企业贷款给予贴息",
                  "categories", LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_TECHNOLOGY,
                  "region", "321100",
                  "chain-ids", chains,
                  "valid-from", "2023-01-01",
                  "valid-until", "2025-12-31",
                  "keywords", keywords,
                  NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) read_back = NULL;

  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (item)), "svc-loan");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (item)), LOAN_NAME);
  CU_ASSERT_EQUAL (lian_record_get_record_kind (LIAN_RECORD (item)), LIAN_RECORD_KIND_SERVICE);
  CU_ASSERT_EQUAL (lian_service_item_get_kind (item), LIAN_SERVICE_KIND_PROJECT);
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_provider (item), "镇江市科技局");
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_description (item), "对科技型中小企业贷款给予贴息");
  CU_ASSERT_EQUAL (lian_service_item_get_categories (item),
                   LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_TECHNOLOGY);
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_region (item), "321100");
  CU_ASSERT_TRUE (strv_is (lian_service_item_get_chain_ids (item), chains));
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_valid_from (item), "2023-01-01");
  CU_ASSERT_STRING_EQUAL (lian_service_item_get_valid_until (item), "2025-12-31");
  CU_ASSERT_TRUE (strv_is (lian_service_item_get_keywords (item), keywords));
  g_object_get (item, "keywords", &read_back, NULL);
  CU_ASSERT_TRUE (strv_is ((const char * const *) read_back, keywords));
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (item), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_new_and_defaults (void)
{
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_CARRIER);

  CU_ASSERT_EQUAL (lian_service_item_get_kind (item), LIAN_SERVICE_KIND_CARRIER);
  CU_ASSERT_PTR_NULL (lian_service_item_get_provider (item));
  CU_ASSERT_PTR_NULL (lian_service_item_get_description (item));
  CU_ASSERT_EQUAL (lian_service_item_get_categories (item), LIAN_NEED_CATEGORIES_NONE);
  CU_ASSERT_PTR_NULL (lian_service_item_get_region (item));
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_service_item_get_chain_ids (item));
  CU_ASSERT_PTR_NULL (lian_service_item_get_chain_ids (item)[0]);
  CU_ASSERT_PTR_NULL (lian_service_item_get_valid_from (item));
  CU_ASSERT_PTR_NULL (lian_service_item_get_valid_until (item));
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_service_item_get_keywords (item));
  CU_ASSERT_PTR_NULL (lian_service_item_get_keywords (item)[0]);
}

static void
test_setters_notify_once_per_change (void)
{
  const char * const chains[] = { "chain-ic", NULL };
  const char * const keywords[] = { "贴息", NULL };
  const char * const none[] = { NULL };
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_POLICY);
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (item, "notify", G_CALLBACK (log_notify_cb), log);
  lian_service_item_set_kind (item, LIAN_SERVICE_KIND_POLICY);
  lian_service_item_set_provider (item, NULL);
  lian_service_item_set_description (item, NULL);
  lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_NONE);
  lian_service_item_set_region (item, NULL);
  lian_service_item_set_chain_ids (item, none);
  lian_service_item_set_valid_from (item, NULL);
  lian_service_item_set_valid_until (item, NULL);
  lian_service_item_set_keywords (item, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "");

  for (int round = 0; round < 2; round++)
    {
      lian_service_item_set_kind (item, LIAN_SERVICE_KIND_SERVICE);
      lian_service_item_set_provider (item, "无锡市工业和信息化局");
      lian_service_item_set_description (item, "贴息");
      lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_FINANCING);
      lian_service_item_set_region (item, "320200");
      lian_service_item_set_chain_ids (item, chains);
      lian_service_item_set_valid_from (item, "2023-01-01");
      lian_service_item_set_valid_until (item, "2023-12-31");
      lian_service_item_set_keywords (item, keywords);
    }
  CU_ASSERT_STRING_EQUAL (log->str,
                          "kind;provider;description;categories;region;chain-ids;"
                          "valid-from;valid-until;keywords;");

  g_string_truncate (log, 0);
  g_object_set (item, "categories", LIAN_NEED_CATEGORIES_FINANCING, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "");
  g_object_set (item, "categories", LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_TAX, NULL);
  g_object_set (item, "valid-until", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (log->str, "categories;valid-until;");
}

static void
test_serves_category (void)
{
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_POLICY);

  for (LianNeedCategory c = LIAN_NEED_CATEGORY_FINANCING; c <= LIAN_NEED_CATEGORY_OTHER; c++)
    CU_ASSERT_FALSE (lian_service_item_serves_category (item, c));
  lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_FINANCING |
                                          LIAN_NEED_CATEGORIES_TALENT |
                                          LIAN_NEED_CATEGORIES_OTHER);
  for (LianNeedCategory c = LIAN_NEED_CATEGORY_FINANCING; c <= LIAN_NEED_CATEGORY_OTHER; c++)
    CU_ASSERT_EQUAL (lian_service_item_serves_category (item, c),
                     c == LIAN_NEED_CATEGORY_FINANCING || c == LIAN_NEED_CATEGORY_TALENT ||
                     c == LIAN_NEED_CATEGORY_OTHER);
}

static void
test_is_valid_on_with_open_and_closed_bounds (void)
{
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_POLICY);

  CU_ASSERT_TRUE (lian_service_item_is_valid_on (item, "1990-01-01"));
  CU_ASSERT_TRUE (lian_service_item_is_valid_on (item, "2099-12-31"));

  lian_service_item_set_valid_from (item, "2023-03-01");
  CU_ASSERT_FALSE (lian_service_item_is_valid_on (item, "2023-02-28"));
  CU_ASSERT_TRUE (lian_service_item_is_valid_on (item, "2023-03-01"));
  CU_ASSERT_TRUE (lian_service_item_is_valid_on (item, "2099-12-31"));

  lian_service_item_set_valid_until (item, "2024-02-29");
  CU_ASSERT_TRUE (lian_service_item_is_valid_on (item, "2024-02-29"));
  CU_ASSERT_FALSE (lian_service_item_is_valid_on (item, "2024-03-01"));
  CU_ASSERT_FALSE (lian_service_item_is_valid_on (item, "2023-02-28"));

  lian_service_item_set_valid_from (item, NULL);
  CU_ASSERT_TRUE (lian_service_item_is_valid_on (item, "1990-01-01"));
  CU_ASSERT_FALSE (lian_service_item_is_valid_on (item, "2025-01-01"));

  lian_service_item_set_valid_from (item, "2024-02-29");
  CU_ASSERT_TRUE (lian_service_item_is_valid_on (item, "2024-02-29"));
  CU_ASSERT_FALSE (lian_service_item_is_valid_on (item, "2024-02-28"));
}

static void
test_is_valid_on_refuses_a_bad_date (void)
{
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_POLICY);

  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*lian_date_is_valid*");
  CU_ASSERT_FALSE (lian_service_item_is_valid_on (item, "2023-02-30"));
  g_test_assert_expected_messages ();
}

static void
test_chain_scope (void)
{
  const char * const two[] = { "chain-ic", "chain-ev", NULL };
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_POLICY);
  int count = 0;

  g_signal_connect (item, "notify::chain-ids", G_CALLBACK (lian_test_count_notify_cb), &count);
  CU_ASSERT_TRUE (lian_service_item_applies_to_chain (item, "chain-ic"));
  CU_ASSERT_TRUE (lian_service_item_applies_to_chain (item, "chain-bio"));

  CU_ASSERT_TRUE (lian_service_item_add_chain (item, "chain-ic"));
  CU_ASSERT_TRUE (lian_service_item_add_chain (item, "chain-ev"));
  CU_ASSERT_FALSE (lian_service_item_add_chain (item, "chain-ic"));
  CU_ASSERT_EQUAL (count, 2);
  CU_ASSERT_TRUE (strv_is (lian_service_item_get_chain_ids (item), two));
  CU_ASSERT_TRUE (lian_service_item_applies_to_chain (item, "chain-ev"));
  CU_ASSERT_FALSE (lian_service_item_applies_to_chain (item, "chain-bio"));

  CU_ASSERT_TRUE (lian_service_item_remove_chain (item, "chain-ic"));
  CU_ASSERT_FALSE (lian_service_item_remove_chain (item, "chain-ic"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_FALSE (lian_service_item_applies_to_chain (item, "chain-ic"));
  CU_ASSERT_TRUE (lian_service_item_remove_chain (item, "chain-ev"));
  CU_ASSERT_EQUAL (count, 4);
  CU_ASSERT_TRUE (lian_service_item_applies_to_chain (item, "chain-ic"));
}

static void
test_keywords_refuse_duplicates_and_keep_order (void)
{
  const char * const added[] = { "贷款", "贴息", "科技", NULL };
  const char * const removed[] = { "贷款", "科技", NULL };
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_POLICY);
  int count = 0;

  g_signal_connect (item, "notify::keywords", G_CALLBACK (lian_test_count_notify_cb), &count);
  CU_ASSERT_TRUE (lian_service_item_add_keyword (item, "贷款"));
  CU_ASSERT_TRUE (lian_service_item_add_keyword (item, "贴息"));
  CU_ASSERT_FALSE (lian_service_item_add_keyword (item, "贷款"));
  CU_ASSERT_TRUE (lian_service_item_add_keyword (item, "科技"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_TRUE (strv_is (lian_service_item_get_keywords (item), added));
  CU_ASSERT_TRUE (lian_service_item_remove_keyword (item, "贴息"));
  CU_ASSERT_FALSE (lian_service_item_remove_keyword (item, "贴息"));
  CU_ASSERT_EQUAL (count, 4);
  CU_ASSERT_TRUE (strv_is (lian_service_item_get_keywords (item), removed));
}

static void
test_validate_names_bad_field (void)
{
  g_autoptr(LianServiceItem) item = lian_service_item_new ("svc-1", NULL, LIAN_SERVICE_KIND_POLICY);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "name: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  lian_record_set_name (LIAN_RECORD (item), LOAN_NAME);

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "categories: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  lian_service_item_set_categories (item, LIAN_NEED_CATEGORIES_FINANCING);

  lian_service_item_set_region (item, "320014");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "region: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  lian_service_item_set_region (item, "321100");

  lian_service_item_add_chain (item, "chain ic");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "chain_ids[0]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
  lian_service_item_remove_chain (item, "chain ic");

  lian_service_item_set_valid_from (item, "2023/01/01");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "valid_from: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  lian_service_item_set_valid_from (item, "2023-07-01");

  lian_service_item_set_valid_until (item, "2023-06-31");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "valid_until: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);

  lian_service_item_set_valid_until (item, "2023-06-30");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "valid_until: ");
  LIAN_ASSERT_MESSAGE (error, "2023-07-01");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
  lian_service_item_set_valid_until (item, "2023-07-01");

  lian_service_item_add_keyword (item, "贴息");
  lian_service_item_add_keyword (item, "");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (item), &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "keywords[1]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  lian_service_item_remove_keyword (item, "");

  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (item), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_items_are_finalized (void)
{
  LianServiceItem *item = lian_service_item_new ("svc-1", LOAN_NAME, LIAN_SERVICE_KIND_POLICY);

  lian_service_item_add_chain (item, "chain-ic");
  lian_service_item_add_keyword (item, "贴息");
  lian_service_item_set_valid_from (item, "2023-01-01");
  g_object_add_weak_pointer (G_OBJECT (item), (gpointer *) &item);
  g_object_unref (item);
  CU_ASSERT_PTR_NULL (item);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/service-item/construct-with-properties", test_construct_with_properties },
    { "/lian/service-item/new-and-defaults", test_new_and_defaults },
    { "/lian/service-item/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/service-item/serves-category", test_serves_category },
    { "/lian/service-item/is-valid-on-with-open-and-closed-bounds", test_is_valid_on_with_open_and_closed_bounds },
    { "/lian/service-item/is-valid-on-refuses-a-bad-date", test_is_valid_on_refuses_a_bad_date },
    { "/lian/service-item/chain-scope", test_chain_scope },
    { "/lian/service-item/keywords-refuse-duplicates-and-keep-order", test_keywords_refuse_duplicates_and_keep_order },
    { "/lian/service-item/validate-names-bad-field", test_validate_names_bad_field },
    { "/lian/service-item/finalized", test_items_are_finalized },
    { NULL, NULL },
  };
  return lian_test_run ("service-item", tests);
}
