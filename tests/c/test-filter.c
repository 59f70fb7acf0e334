/* test-filter.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

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

static int
compare_strings (const char * const *a,
               const char * const *b)
{
  return g_strcmp0 (*a, *b);
}

/* The ids @filter selects from the small registry, or "refused: <message>". */
static char *
selected (LianRegistry *reg,
          LianFilter   *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = lian_registry_select (reg, filter, &error);
  GString *ids;

  if (list == NULL)
    return g_strdup_printf ("refused: %s", error->message);
  ids = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (list, i);
      g_string_append_printf (ids, "%s%s", i ? "," : "", lian_record_get_id (record));
    }
  return g_string_free (ids, FALSE);
}

#define ASSERT_SELECTS(reg, filter, expected)                               \
  do {                                                                    \
    g_autofree char *got_ = selected ((reg), (filter));                   \
    if (strcmp (got_, (expected)) != 0)                                   \
      g_printerr ("selected \"%s\", expected \"%s\"\n", got_, (expected)); \
    CU_ASSERT_STRING_EQUAL (got_, (expected));                            \
  } while (0)

static void
test_new_criteria_default_off (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GString) seen = g_string_new (NULL);

  CU_ASSERT_FALSE (lian_filter_get_bottleneck_only (filter));
  CU_ASSERT_EQUAL (lian_filter_get_open_longer_than (filter), 0);
  CU_ASSERT_PTR_NULL (lian_filter_get_as_of (filter));
  CU_ASSERT_PTR_NULL (lian_filter_get_resolved_since (filter));
  CU_ASSERT_PTR_NULL (lian_filter_get_resolved_until (filter));

  g_signal_connect (filter, "notify", G_CALLBACK (record_notify_cb), seen);
  g_object_set (filter, "bottleneck-only", TRUE, "open-longer-than", 30, "as-of", "2023-12-31",
                "resolved-since", "2023-01-01", "resolved-until", "2023-06-30", NULL);
  g_object_set (filter, "bottleneck-only", TRUE, "open-longer-than", 30, "as-of", "2023-12-31",
                "resolved-since", "2023-01-01", "resolved-until", "2023-06-30", NULL);
  /* Each notified once, in the order GLib thaws them. */
  {
    g_auto(GStrv) names = g_strsplit (seen->str, ";", -1);
    g_autofree char *sorted = NULL;

    qsort (names, g_strv_length (names), sizeof (char *), (int (*)(const void *, const void *)) compare_strings);
    sorted = g_strjoinv (";", names);
    CU_ASSERT_STRING_EQUAL (sorted, ";as-of;bottleneck-only;open-longer-than;resolved-since;resolved-until");
  }
  CU_ASSERT_TRUE (lian_filter_get_bottleneck_only (filter));
  CU_ASSERT_EQUAL (lian_filter_get_open_longer_than (filter), 30);
  CU_ASSERT_STRING_EQUAL (lian_filter_get_as_of (filter), "2023-12-31");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_resolved_since (filter), "2023-01-01");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_resolved_until (filter), "2023-06-30");
}

static void
test_select_bottleneck (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);

  lian_filter_set_bottleneck_only (filter, TRUE);
  ASSERT_SELECTS (reg, filter, "n1,n6");
  lian_filter_set_resolved_since (filter, "2023-02-01");
  ASSERT_SELECTS (reg, filter, "n1");
}

static void
test_select_open_longer_than (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);

  /* n3 was submitted on 2023-04-01 and is still in progress; n5, on
   * 2023-07-01, is open for 14 days only; n4 was closed on 2023-05-10. */
  lian_filter_set_open_longer_than (filter, 60);
  lian_filter_set_as_of (filter, "2023-07-15");
  ASSERT_SELECTS (reg, filter, "n3");
  lian_filter_set_open_longer_than (filter, 13);
  ASSERT_SELECTS (reg, filter, "n3,n5");
  lian_filter_set_open_longer_than (filter, 14);
  ASSERT_SELECTS (reg, filter, "n3");

  /* On 2023-05-05, n4 (submitted 2023-05-01) was not closed yet, and n5
   * not submitted; their history says so. */
  lian_filter_set_as_of (filter, "2023-05-05");
  lian_filter_set_open_longer_than (filter, 3);
  ASSERT_SELECTS (reg, filter, "n3,n4");

  /* n2 has no history: it was open until its resolution on 2023-02-11. */
  lian_filter_set_as_of (filter, "2023-02-05");
  ASSERT_SELECTS (reg, filter, "n2");

  /* Without an as-of, today counts, with each need's status now: only
   * the needs open now, all submitted long ago. */
  lian_filter_set_as_of (filter, NULL);
  ASSERT_SELECTS (reg, filter, "n3,n5");
}

static void
test_select_resolved_between (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);

  lian_filter_set_resolved_since (filter, "2023-02-01");
  lian_filter_set_resolved_until (filter, "2023-03-31");
  ASSERT_SELECTS (reg, filter, "n1,n2");
  lian_filter_set_resolved_since (filter, NULL);
  ASSERT_SELECTS (reg, filter, "n1,n2,n6");
  lian_filter_set_resolved_until (filter, "2023-01-29");
  ASSERT_SELECTS (reg, filter, "");
}

static void
test_region_by_name_or_trimmed_code (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autofree char *code = NULL;

  lian_filter_set_region (filter, "320200");
  ASSERT_SELECTS (reg, filter, "n1,n2,n3,n5,n6");
  lian_filter_set_region (filter, "无锡市");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_region (filter), "无锡市");
  ASSERT_SELECTS (reg, filter, "n1,n2,n3,n5,n6");
  lian_filter_set_region (filter, " 320200\t");
  CU_ASSERT_STRING_EQUAL (lian_filter_get_region (filter), "320200");
  ASSERT_SELECTS (reg, filter, "n1,n2,n3,n5,n6");
  lian_filter_set_region (filter, " 苏州市 ");
  ASSERT_SELECTS (reg, filter, "n4");

  code = lian_registry_resolve_region (reg, "无锡市", NULL);
  CU_ASSERT_STRING_EQUAL (code, "320200");
}

static void
test_region_name_of_a_record_wins (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(LianRegion) park = lian_region_new ("320281", "江阴高新区");
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_add (reg, LIAN_RECORD (park), NULL));
  lian_filter_set_region (filter, "江阴高新区");
  ASSERT_SELECTS (reg, filter, "n3");
  /* The record renames 320281: the built-in name no longer finds it. */
  CU_ASSERT_PTR_NULL (lian_registry_resolve_region (reg, "江阴市", &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
}

static void
test_bad_filter_is_an_error (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  static const struct {
    const char *property, *value;
    GQuark (*domain) (void);
    int code;
    const char *message;
  } cases[] = {
    { "since", "2023-13-01", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_DATE,
      "filter since: \"2023-13-01\" is not a date: there is no month 13" },
    { "until", "2023/12/31", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_DATE,
      "filter until: \"2023/12/31\" is not a date of the form YYYY-MM-DD" },
    { "as-of", "yesterday", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_DATE,
      "filter as-of: \"yesterday\" is not a date of the form YYYY-MM-DD" },
    { "resolved-until", "2023-02-29", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_DATE,
      "filter resolved-until: \"2023-02-29\" is not a date: February 2023 has 28 days" },
    { "region", "3202", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_REGION,
      "filter region: region code \"3202\" does not have 6 digits" },
    { "region", "990000", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_REGION,
      "filter region: region code \"990000\" names no province (11-82)" },
    { "region", "无锡", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_REGION,
      "filter region: no region is named \"无锡\": give its 6-digit code (such as 320200) "
      "or its exact name (such as 无锡市)" },
    { "region", "鼓楼区", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_REGION,
      "filter region: \"鼓楼区\" names 2 regions, 320106 (in 南京市), 320302 (in 徐州市): "
      "give the code of the one meant" },
    { "region", "  ", lian_data_error_quark, LIAN_DATA_ERROR_INVALID_REGION,
      "filter region is empty: give a code such as 320200, a name such as 无锡市, "
      "or no region at all" },
    { "chain-id", "c9", lian_registry_error_quark, LIAN_REGISTRY_ERROR_NOT_FOUND,
      "filter chain-id: no chain has the id \"c9\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (LianRecordKind kind = LIAN_RECORD_KIND_REGION; kind <= LIAN_RECORD_KIND_ACTIVITY; kind++)
      {
        g_autoptr(LianFilter) filter = lian_filter_new (kind);
        g_autoptr(GError) error = NULL;
        g_autoptr(GListModel) list = NULL;
        g_autofree char *how = NULL;

        g_object_set (filter, cases[i].property, cases[i].value, NULL);
        list = lian_registry_select (reg, filter, &error);
        CU_ASSERT_PTR_NULL (list);
        CU_ASSERT_PTR_NOT_NULL_FATAL (error);
        CU_ASSERT_TRUE (g_error_matches (error, cases[i].domain (), cases[i].code));
        if (strcmp (error->message, cases[i].message) != 0)
          g_printerr ("message \"%s\", expected \"%s\"\n", error->message, cases[i].message);
        CU_ASSERT_STRING_EQUAL (error->message, cases[i].message);
        g_clear_error (&error);
        how = lian_registry_explain_select (reg, filter, NULL, &error);
        CU_ASSERT_PTR_NULL (how);
        CU_ASSERT_TRUE (g_error_matches (error, cases[i].domain (), cases[i].code));
      }
}

static void
test_reversed_range_is_an_error (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ACTIVITY);

  lian_filter_set_since (filter, "2023-09-01");
  lian_filter_set_until (filter, "2023-08-31");
  ASSERT_SELECTS (reg, filter, "refused: filter since 2023-09-01 comes after until 2023-08-31: "
                               "the range holds no day");
  lian_filter_set_until (filter, "2023-09-01");
  ASSERT_SELECTS (reg, filter, "");
  lian_filter_set_resolved_since (filter, "2023-02-01");
  lian_filter_set_resolved_until (filter, "2023-01-31");
  ASSERT_SELECTS (reg, filter, "refused: filter resolved-since 2023-02-01 comes after "
                               "resolved-until 2023-01-31: the range holds no day");
}

static void
test_check_without_registry (void)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_filter_check (filter, &error));
  CU_ASSERT_PTR_NULL (error);
  /* A name cannot be resolved without a registry: it passes here. */
  lian_filter_set_region (filter, "无锡");
  CU_ASSERT_TRUE (lian_filter_check (filter, NULL));
  lian_filter_set_region (filter, "32020");
  CU_ASSERT_FALSE (lian_filter_check (filter, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  lian_filter_set_region (filter, NULL);
  lian_filter_set_since (filter, "2023-13-01");
  CU_ASSERT_FALSE (lian_filter_check (filter, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
}

static void
test_consumers_refuse_a_bad_filter (void)
{
  g_autoptr(LianRegistry) reg = lian_test_small_registry ();
  g_autoptr(LianFilter) bad = g_object_new (LIAN_TYPE_FILTER, "region", "无锡", NULL);
  g_autoptr(LianMatcher) matcher = lian_matcher_new (reg);
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "needs.csv", NULL);
  g_autofree char *text = NULL;
  gsize length = 1;

  /* A file: the error, and no file. */
  CU_ASSERT_FALSE (lian_registry_export_csv_to_file (reg, bad, 0, path, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  CU_ASSERT_FALSE (g_file_test (path, G_FILE_TEST_EXISTS));

  /* No GError to report it through: a critical, and nothing. */
  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*no region is named*");
  text = lian_registry_export_csv_to_data (reg, bad, 0, &length);
  g_test_assert_expected_messages ();
  CU_ASSERT_STRING_EQUAL (text, "");
  CU_ASSERT_EQUAL (length, 0);

  g_test_expect_message ("Lian", G_LOG_LEVEL_CRITICAL, "*no region is named*");
  matches = lian_matcher_match_all (matcher, bad, 3);
  g_test_assert_expected_messages ();
  CU_ASSERT_EQUAL (g_list_model_get_n_items (matches), 0);
  lian_test_remove_dir (dir);
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
    { "/lian/filter/new-criteria-default-off", test_new_criteria_default_off },
    { "/lian/filter/select-bottleneck", test_select_bottleneck },
    { "/lian/filter/select-open-longer-than", test_select_open_longer_than },
    { "/lian/filter/select-resolved-between", test_select_resolved_between },
    { "/lian/filter/region-by-name-or-trimmed-code", test_region_by_name_or_trimmed_code },
    { "/lian/filter/region-name-of-a-record-wins", test_region_name_of_a_record_wins },
    { "/lian/filter/bad-filter-is-an-error", test_bad_filter_is_an_error },
    { "/lian/filter/reversed-range-is-an-error", test_reversed_range_is_an_error },
    { "/lian/filter/check-without-registry", test_check_without_registry },
    { "/lian/filter/consumers-refuse-a-bad-filter", test_consumers_refuse_a_bad_filter },
    { NULL, NULL },
  };
  return lian_test_run ("filter", tests);
}
