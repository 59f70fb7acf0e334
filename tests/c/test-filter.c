/* test-filter.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
record_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  GString    *seen)
{
  g_string_append_printf (seen, "%s;", g_param_spec_get_name (pspec));
}

/* Both notified once each, in either order (a property set freezes
 * notifications, and GLib decides the order they are thawed in). */
static gboolean
notified_status_and_has_status (GString *seen)
{
  return g_str_equal (seen->str, "status;has-status;") ||
         g_str_equal (seen->str, "has-status;status;");
}

static void
test_new_matches_everything (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);

  CU_ASSERT_EQUAL (lian_filter_get_record_kind (filter), LIAN_RECORD_KIND_ENTERPRISE);
  CU_ASSERT_PTR_NULL (lian_filter_get_region (filter));
  CU_ASSERT_PTR_NULL (lian_filter_get_chain_id (filter));
  CU_ASSERT_FALSE (lian_filter_get_has_status (filter));
  CU_ASSERT_EQUAL (lian_filter_get_status (filter), LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_FALSE (lian_filter_get_open_only (filter));
  CU_ASSERT_EQUAL (lian_filter_get_categories (filter), LIAN_NEED_CATEGORIES_NONE);
  CU_ASSERT_EQUAL (lian_filter_get_tags (filter), LIAN_ENTERPRISE_TAGS_NONE);
  CU_ASSERT_PTR_NULL (lian_filter_get_since (filter));
  CU_ASSERT_PTR_NULL (lian_filter_get_until (filter));
  CU_ASSERT_PTR_NULL (lian_filter_get_text (filter));
}

static void
test_default_kind_is_need (void)
{
  g_autoptr(LianFilter) filter = g_object_new (LIAN_TYPE_FILTER, NULL);

  CU_ASSERT_EQUAL (lian_filter_get_record_kind (filter), LIAN_RECORD_KIND_NEED);
  CU_ASSERT_FALSE (lian_filter_get_has_status (filter));
}

static void
test_construct_with_properties (void)
{
  g_autoptr(LianFilter) filter = g_object_new (LIAN_TYPE_FILTER,
                                               "record-kind", LIAN_RECORD_KIND_SERVICE,
                                               "region", "320200",
                                               "chain-id", "chain-wx-ic",
                                               "status", LIAN_NEED_STATUS_RESOLVED,
                                               "open-only", TRUE,
                                               "categories", LIAN_NEED_CATEGORIES_FINANCING |
                                                             LIAN_NEED_CATEGORIES_TALENT,
                                               "tags", LIAN_ENTERPRISE_TAGS_SRDI,
                                               "since", "2023-01-01",
                                               "until", "2023-12-31",
                                               "text", "贷款",
                                               NULL);

  CU_ASSERT_EQUAL (lian_filter_get_record_kind (filter), LIAN_RECORD_KIND_SERVICE);
  CU_ASSERT_STRING_EQUAL (lian_filter_get_region (filter), "320200");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_chain_id (filter), "chain-wx-ic");
  CU_ASSERT_EQUAL (lian_filter_get_status (filter), LIAN_NEED_STATUS_RESOLVED);
  CU_ASSERT_TRUE (lian_filter_get_has_status (filter));
  CU_ASSERT_TRUE (lian_filter_get_open_only (filter));
  CU_ASSERT_EQUAL (lian_filter_get_categories (filter),
                   LIAN_NEED_CATEGORIES_FINANCING | LIAN_NEED_CATEGORIES_TALENT);
  CU_ASSERT_EQUAL (lian_filter_get_tags (filter), LIAN_ENTERPRISE_TAGS_SRDI);
  CU_ASSERT_STRING_EQUAL (lian_filter_get_since (filter), "2023-01-01");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_until (filter), "2023-12-31");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_text (filter), "贷款");
}

static void
test_construct_with_default_status_sets_has_status (void)
{
  g_autoptr(LianFilter) filter = g_object_new (LIAN_TYPE_FILTER,
                                               "status", LIAN_NEED_STATUS_SUBMITTED,
                                               NULL);

  CU_ASSERT_TRUE (lian_filter_get_has_status (filter));
  CU_ASSERT_EQUAL (lian_filter_get_status (filter), LIAN_NEED_STATUS_SUBMITTED);
}

static void
test_properties_read_back (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autofree char *region = NULL, *chain_id = NULL, *since = NULL, *until = NULL, *text = NULL;
  LianRecordKind kind;
  LianNeedStatus status;
  LianNeedCategories categories;
  LianEnterpriseTags tags;
  gboolean has_status, open_only;

  lian_filter_set_record_kind (filter, LIAN_RECORD_KIND_PROJECT);
  lian_filter_set_region (filter, "320211");
  lian_filter_set_chain_id (filter, "chain-1");
  lian_filter_set_status (filter, LIAN_NEED_STATUS_CLOSED);
  lian_filter_set_open_only (filter, TRUE);
  lian_filter_set_categories (filter, LIAN_NEED_CATEGORIES_LAND);
  lian_filter_set_tags (filter, LIAN_ENTERPRISE_TAGS_HIGH_TECH | LIAN_ENTERPRISE_TAGS_LISTED);
  lian_filter_set_since (filter, "2022-07-01");
  lian_filter_set_until (filter, "2022-07-31");
  lian_filter_set_text (filter, "园区");

  g_object_get (filter,
                "record-kind", &kind,
                "region", &region,
                "chain-id", &chain_id,
                "status", &status,
                "has-status", &has_status,
                "open-only", &open_only,
                "categories", &categories,
                "tags", &tags,
                "since", &since,
                "until", &until,
                "text", &text,
                NULL);
  CU_ASSERT_EQUAL (kind, LIAN_RECORD_KIND_PROJECT);
  CU_ASSERT_STRING_EQUAL (region, "320211");
  CU_ASSERT_STRING_EQUAL (chain_id, "chain-1");
  CU_ASSERT_EQUAL (status, LIAN_NEED_STATUS_CLOSED);
  CU_ASSERT_TRUE (has_status);
  CU_ASSERT_TRUE (open_only);
  CU_ASSERT_EQUAL (categories, LIAN_NEED_CATEGORIES_LAND);
  CU_ASSERT_EQUAL (tags, LIAN_ENTERPRISE_TAGS_HIGH_TECH | LIAN_ENTERPRISE_TAGS_LISTED);
  CU_ASSERT_STRING_EQUAL (since, "2022-07-01");
  CU_ASSERT_STRING_EQUAL (until, "2022-07-31");
  CU_ASSERT_STRING_EQUAL (text, "园区");

  lian_filter_set_region (filter, NULL);
  lian_filter_set_text (filter, NULL);
  CU_ASSERT_PTR_NULL (lian_filter_get_region (filter));
  CU_ASSERT_PTR_NULL (lian_filter_get_text (filter));
}

static void
test_has_status_is_read_only (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (LIAN_TYPE_FILTER);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "has-status");

  CU_ASSERT_PTR_NOT_NULL_FATAL (pspec);
  CU_ASSERT_TRUE (pspec->flags & G_PARAM_READABLE);
  CU_ASSERT_FALSE (pspec->flags & G_PARAM_WRITABLE);
  CU_ASSERT_EQUAL (pspec->value_type, G_TYPE_BOOLEAN);
}

static void
test_setters_notify_once_per_change (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  int count = 0;

  g_signal_connect (filter, "notify", G_CALLBACK (lian_test_count_notify_cb), &count);
  lian_filter_set_record_kind (filter, LIAN_RECORD_KIND_NEED);
  lian_filter_set_region (filter, NULL);
  lian_filter_set_chain_id (filter, NULL);
  lian_filter_set_open_only (filter, FALSE);
  lian_filter_set_categories (filter, LIAN_NEED_CATEGORIES_NONE);
  lian_filter_set_tags (filter, LIAN_ENTERPRISE_TAGS_NONE);
  lian_filter_set_since (filter, NULL);
  lian_filter_set_until (filter, NULL);
  lian_filter_set_text (filter, NULL);
  lian_filter_clear_status (filter);
  CU_ASSERT_EQUAL (count, 0);

  lian_filter_set_record_kind (filter, LIAN_RECORD_KIND_CHAIN);
  CU_ASSERT_EQUAL (count, 1);
  lian_filter_set_region (filter, "320200");
  CU_ASSERT_EQUAL (count, 2);
  lian_filter_set_chain_id (filter, "chain-1");
  CU_ASSERT_EQUAL (count, 3);
  lian_filter_set_open_only (filter, TRUE);
  CU_ASSERT_EQUAL (count, 4);
  lian_filter_set_categories (filter, LIAN_NEED_CATEGORIES_TAX);
  CU_ASSERT_EQUAL (count, 5);
  lian_filter_set_tags (filter, LIAN_ENTERPRISE_TAGS_PRIVATE);
  CU_ASSERT_EQUAL (count, 6);
  lian_filter_set_since (filter, "2023-01-01");
  CU_ASSERT_EQUAL (count, 7);
  lian_filter_set_until (filter, "2023-06-30");
  CU_ASSERT_EQUAL (count, 8);
  lian_filter_set_text (filter, "融资");
  CU_ASSERT_EQUAL (count, 9);

  lian_filter_set_record_kind (filter, LIAN_RECORD_KIND_CHAIN);
  lian_filter_set_region (filter, "320200");
  lian_filter_set_chain_id (filter, "chain-1");
  lian_filter_set_open_only (filter, TRUE);
  lian_filter_set_categories (filter, LIAN_NEED_CATEGORIES_TAX);
  lian_filter_set_tags (filter, LIAN_ENTERPRISE_TAGS_PRIVATE);
  lian_filter_set_since (filter, "2023-01-01");
  lian_filter_set_until (filter, "2023-06-30");
  lian_filter_set_text (filter, "融资");
  CU_ASSERT_EQUAL (count, 9);

  g_object_set (filter, "text", "融资", "open-only", TRUE, NULL);
  CU_ASSERT_EQUAL (count, 9);
  g_object_set (filter, "text", "贷款", NULL);
  CU_ASSERT_EQUAL (count, 10);
}

static void
test_set_status_notifies_both (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GString) seen = g_string_new (NULL);

  g_signal_connect (filter, "notify", G_CALLBACK (record_notify_cb), seen);

  /* Even the value status already holds puts the criterion in force. */
  lian_filter_set_status (filter, LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_TRUE (lian_filter_get_has_status (filter));
  CU_ASSERT_TRUE (notified_status_and_has_status (seen));

  g_string_truncate (seen, 0);
  lian_filter_set_status (filter, LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_STRING_EQUAL (seen->str, "");

  lian_filter_set_status (filter, LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_STRING_EQUAL (seen->str, "status;");
  CU_ASSERT_EQUAL (lian_filter_get_status (filter), LIAN_NEED_STATUS_IN_PROGRESS);

  g_string_truncate (seen, 0);
  g_object_set (filter, "status", LIAN_NEED_STATUS_IN_PROGRESS, NULL);
  CU_ASSERT_STRING_EQUAL (seen->str, "");
  g_object_set (filter, "status", LIAN_NEED_STATUS_RESOLVED, NULL);
  CU_ASSERT_STRING_EQUAL (seen->str, "status;");
}

static void
test_clear_status (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GString) seen = g_string_new (NULL);

  lian_filter_set_status (filter, LIAN_NEED_STATUS_ACCEPTED);
  g_signal_connect (filter, "notify", G_CALLBACK (record_notify_cb), seen);

  lian_filter_clear_status (filter);
  CU_ASSERT_FALSE (lian_filter_get_has_status (filter));
  CU_ASSERT_STRING_EQUAL (seen->str, "has-status;");
  /* The value stays; only the criterion is out of force. */
  CU_ASSERT_EQUAL (lian_filter_get_status (filter), LIAN_NEED_STATUS_ACCEPTED);

  g_string_truncate (seen, 0);
  lian_filter_clear_status (filter);
  CU_ASSERT_STRING_EQUAL (seen->str, "");

  /* Setting the kept value again, here as a property, puts it back in force. */
  g_object_set (filter, "status", LIAN_NEED_STATUS_ACCEPTED, NULL);
  CU_ASSERT_TRUE (lian_filter_get_has_status (filter));
  CU_ASSERT_TRUE (notified_status_and_has_status (seen));
}

static void
test_dates_not_checked_by_setters (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ACTIVITY);

  lian_filter_set_since (filter, "2023-02-30");
  lian_filter_set_until (filter, "not a date");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_since (filter), "2023-02-30");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_until (filter), "not a date");
}

static void
test_finalized (void)
{
  LianFilter *filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  gpointer weak = filter;

  g_object_add_weak_pointer (G_OBJECT (filter), &weak);
  lian_filter_set_region (filter, "320200");
  lian_filter_set_text (filter, "贷款");
  lian_filter_set_since (filter, "2023-01-01");
  g_object_unref (filter);
  CU_ASSERT_PTR_NULL (weak);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/filter/new-matches-everything", test_new_matches_everything },
    { "/lian/filter/default-kind-is-need", test_default_kind_is_need },
    { "/lian/filter/construct-with-properties", test_construct_with_properties },
    { "/lian/filter/construct-with-default-status-sets-has-status",
      test_construct_with_default_status_sets_has_status },
    { "/lian/filter/properties-read-back", test_properties_read_back },
    { "/lian/filter/has-status-is-read-only", test_has_status_is_read_only },
    { "/lian/filter/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/filter/set-status-notifies-both", test_set_status_notifies_both },
    { "/lian/filter/clear-status", test_clear_status },
    { "/lian/filter/dates-not-checked-by-setters", test_dates_not_checked_by_setters },
    { "/lian/filter/finalized", test_finalized },
    { NULL, NULL },
  };
  return lian_test_run ("filter", tests);
}
