/* test-enums.c: the registered vocabulary and its nicks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
test_nicks_are_the_document_strings (void)
{
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_CHAIN_TIER, LIAN_CHAIN_TIER_KEY), "key");
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, LIAN_NEED_STATUS_IN_PROGRESS), "in-progress");
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_ORG_KIND, LIAN_ORG_KIND_CHAIN_COMMITTEE), "chain-committee");
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_ACTIVITY_KIND, LIAN_ACTIVITY_KIND_POLICY_DOCUMENT), "policy-document");
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_RECORD_KIND, LIAN_RECORD_KIND_ORGANIZATION), "organization");
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_LEVEL, LIAN_LEVEL_COUNTY), "county");
  CU_ASSERT_PTR_NULL (lian_enum_to_nick (LIAN_TYPE_LEVEL, 99));
}

static void
round_trip_enum (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autoptr(GError) error = NULL;
      int value = -1;
      const char *nick = lian_enum_to_nick (type, klass->values[i].value);

      CU_ASSERT_TRUE (lian_enum_from_nick (type, nick, &value, &error));
      CU_ASSERT_EQUAL (value, klass->values[i].value);
    }
}

static void
test_every_enum_round_trips (void)
{
  GType types[] = {
    LIAN_TYPE_LEVEL, LIAN_TYPE_CHAIN_TIER, LIAN_TYPE_CHAIN_ROLE,
    LIAN_TYPE_ENTERPRISE_SIZE, LIAN_TYPE_ORG_KIND, LIAN_TYPE_SERVICE_KIND,
    LIAN_TYPE_NEED_CATEGORY, LIAN_TYPE_NEED_STATUS, LIAN_TYPE_PROJECT_STATUS,
    LIAN_TYPE_ACTIVITY_KIND, LIAN_TYPE_RECORD_KIND, LIAN_TYPE_DATA_ERROR,
    LIAN_TYPE_FORMAT_ERROR, LIAN_TYPE_REGISTRY_ERROR,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    round_trip_enum (types[i]);
}

static void
test_unknown_nick_lists_expected (void)
{
  g_autoptr(GError) error = NULL;
  int value = 42;

  CU_ASSERT_FALSE (lian_enum_from_nick (LIAN_TYPE_NEED_STATUS, "done", &value, &error));
  CU_ASSERT_EQUAL (value, 42);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message,
                          "unknown need status \"done\"; expected one of submitted, "
                          "accepted, in-progress, resolved, closed");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_UNKNOWN_NICK);
}

static void
test_flags_from_and_to_nicks (void)
{
  const char *nicks[] = { "srdi", "high-tech", NULL };
  const char *bad[] = { "srdi", "giant", NULL };
  const char *none[] = { NULL };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) back = NULL;
  guint value = 0;

  CU_ASSERT_TRUE (lian_flags_from_nicks (LIAN_TYPE_ENTERPRISE_TAGS, nicks, &value, &error));
  CU_ASSERT_EQUAL (value, LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_HIGH_TECH);
  back = lian_flags_to_nicks (LIAN_TYPE_ENTERPRISE_TAGS, value);
  CU_ASSERT_EQUAL (g_strv_length (back), 2);
  CU_ASSERT_STRING_EQUAL (back[0], "srdi");
  CU_ASSERT_STRING_EQUAL (back[1], "high-tech");

  CU_ASSERT_TRUE (lian_flags_from_nicks (LIAN_TYPE_NEED_CATEGORIES, none, &value, &error));
  CU_ASSERT_EQUAL (value, 0);

  CU_ASSERT_FALSE (lian_flags_from_nicks (LIAN_TYPE_ENTERPRISE_TAGS, bad, &value, &error));
  LIAN_ASSERT_MESSAGE (error, "\"giant\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_UNKNOWN_NICK);
}

static void
test_category_flags_match_categories (void)
{
  g_autoptr(GEnumClass) cats = g_type_class_ref (LIAN_TYPE_NEED_CATEGORY);

  CU_ASSERT_EQUAL (cats->n_values, 13);
  for (guint i = 0; i < cats->n_values; i++)
    {
      g_auto(GStrv) nicks = lian_flags_to_nicks (LIAN_TYPE_NEED_CATEGORIES,
                                                 1u << cats->values[i].value);
      CU_ASSERT_EQUAL_FATAL (g_strv_length (nicks), 1);
      CU_ASSERT_STRING_EQUAL (nicks[0], cats->values[i].value_nick);
    }
}

/* Found by fuzz-codes: the message quoted bytes that are not UTF-8. */
static void
test_unknown_nick_message_is_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_enum_from_nick (LIAN_TYPE_NEED_STATUS, "in-progress\xc3", NULL, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_utf8_validate (error->message, -1, NULL));
  LIAN_ASSERT_MESSAGE (error, "unknown need status \"in-progress\xef\xbf\xbd\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_UNKNOWN_NICK);
}

/* Labels */

static void
test_labels_in_english (void)
{
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_NEED_STATUS, LIAN_NEED_STATUS_IN_PROGRESS),
                          "in progress");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_NEED_CATEGORY, LIAN_NEED_CATEGORY_POLICY),
                          "policy");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_NEED_CATEGORIES, LIAN_NEED_CATEGORIES_LAND),
                          "land");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_ENTERPRISE_TAGS,
                                               LIAN_ENTERPRISE_TAGS_LITTLE_GIANT), "little giant");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_ORG_KIND, LIAN_ORG_KIND_BRANCH), "party branch");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_SEVERITY, LIAN_SEVERITY_WARNING), "warning");
  /* No label: unrated, no flag, two flags, no such value. */
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_CHAIN_TIER, LIAN_CHAIN_TIER_UNRATED), "");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_ENTERPRISE_TAGS, 0), "");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_ENTERPRISE_TAGS,
                                               LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_LISTED), "");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_LEVEL, 99), "");
}

static void
test_labels_in_chinese (void)
{
  static const char * const statuses[] = { "已提交", "已受理", "办理中", "已解决", "已关闭" };

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_NEED_STATUS, (int) i), statuses[i]);
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_NEED_CATEGORY, LIAN_NEED_CATEGORY_POLICY), "政策");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_NEED_CATEGORIES, LIAN_NEED_CATEGORIES_LAND),
                          "用地");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_ENTERPRISE_TAGS, LIAN_ENTERPRISE_TAGS_SRDI),
                          "专精特新");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_CHAIN_ROLE, LIAN_CHAIN_ROLE_LEADER), "链主");
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_CHAIN_TIER, LIAN_CHAIN_TIER_UNRATED), "");
  lian_set_language ("en", NULL);
  CU_ASSERT_STRING_EQUAL (lian_enum_get_label (LIAN_TYPE_NEED_STATUS, LIAN_NEED_STATUS_RESOLVED),
                          "resolved");
  lian_set_language (NULL, NULL);
}

static void
expect_label (GType       type,
              const char *text,
              int         expected)
{
  g_autoptr(GError) error = NULL;
  int value = -1;

  CU_ASSERT_TRUE (lian_enum_from_label (type, text, &value, &error));
  CU_ASSERT_PTR_NULL (error);
  if (value != expected)
    g_printerr ("\"%s\" read as %d, not %d\n", text, value, expected);
  CU_ASSERT_EQUAL (value, expected);
}

static void
test_from_label_reads_every_form (void)
{
  const char *languages[] = { "en", "zh_CN" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      CU_ASSERT_TRUE_FATAL (lian_set_language (languages[i], NULL));
      expect_label (LIAN_TYPE_NEED_STATUS, "办理中", LIAN_NEED_STATUS_IN_PROGRESS);
      expect_label (LIAN_TYPE_NEED_STATUS, "处理中", LIAN_NEED_STATUS_IN_PROGRESS);
      expect_label (LIAN_TYPE_NEED_STATUS, "In Progress", LIAN_NEED_STATUS_IN_PROGRESS);
      expect_label (LIAN_TYPE_NEED_STATUS, " in-progress ", LIAN_NEED_STATUS_IN_PROGRESS);
      expect_label (LIAN_TYPE_NEED_STATUS, "IN_PROGRESS", LIAN_NEED_STATUS_IN_PROGRESS);
      expect_label (LIAN_TYPE_CHAIN_TIER, "未评级", LIAN_CHAIN_TIER_UNRATED);
      expect_label (LIAN_TYPE_CHAIN_TIER, "unrated", LIAN_CHAIN_TIER_UNRATED);
      expect_label (LIAN_TYPE_NEED_CATEGORIES, "土地", LIAN_NEED_CATEGORIES_LAND);
      expect_label (LIAN_TYPE_NEED_CATEGORIES, "Land", LIAN_NEED_CATEGORIES_LAND);
      expect_label (LIAN_TYPE_NEED_CATEGORY, "land", LIAN_NEED_CATEGORY_LAND);
      expect_label (LIAN_TYPE_ENTERPRISE_TAGS, "SRDI", LIAN_ENTERPRISE_TAGS_SRDI);
      expect_label (LIAN_TYPE_ENTERPRISE_TAGS, "高企", LIAN_ENTERPRISE_TAGS_HIGH_TECH);
      expect_label (LIAN_TYPE_RECORD_KIND, "Service item", LIAN_RECORD_KIND_SERVICE);
      expect_label (LIAN_TYPE_RECORD_KIND, "organization", LIAN_RECORD_KIND_ORGANIZATION);
    }
  lian_set_language (NULL, NULL);
}

/* Every label of every value reads back as that value, in both languages. */
static void
test_every_label_round_trips (void)
{
  GType types[] = {
    LIAN_TYPE_LEVEL, LIAN_TYPE_CHAIN_TIER, LIAN_TYPE_CHAIN_ROLE, LIAN_TYPE_ENTERPRISE_SIZE,
    LIAN_TYPE_ENTERPRISE_TAGS, LIAN_TYPE_ORG_KIND, LIAN_TYPE_SERVICE_KIND,
    LIAN_TYPE_NEED_CATEGORY, LIAN_TYPE_NEED_CATEGORIES, LIAN_TYPE_NEED_STATUS,
    LIAN_TYPE_PROJECT_STATUS, LIAN_TYPE_ACTIVITY_KIND, LIAN_TYPE_RECORD_KIND,
    LIAN_TYPE_SEVERITY, LIAN_TYPE_CSV_OUTCOME, LIAN_TYPE_CSV_EXPORT_FLAGS,
    LIAN_TYPE_REPORT_FORMAT, LIAN_TYPE_REPORT_FLAGS, LIAN_TYPE_COVERAGE, LIAN_TYPE_PERIOD,
  };
  const char *languages[] = { "en", "zh_CN" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      CU_ASSERT_TRUE_FATAL (lian_set_language (languages[l], NULL));
      for (guint t = 0; t < G_N_ELEMENTS (types); t++)
        {
          guint labelled = 0;
          for (int v = 0; v < 1 << 14; v = G_TYPE_IS_FLAGS (types[t]) ? (v ? v << 1 : 1) : v + 1)
            {
              const char *label = lian_enum_get_label (types[t], v);
              if (*label == '\0')
                continue;
              labelled++;
              expect_label (types[t], label, v);
              if (G_TYPE_IS_FLAGS (types[t]) == FALSE && v > 32)
                break;
            }
          CU_ASSERT_TRUE (labelled >= 1);
        }
    }
  lian_set_language (NULL, NULL);
}

static void
test_unknown_label_lists_labels (void)
{
  g_autoptr(GError) error = NULL;
  int value = 42;

  CU_ASSERT_FALSE (lian_enum_from_label (LIAN_TYPE_NEED_STATUS, "done", &value, &error));
  CU_ASSERT_EQUAL (value, 42);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "need status \"done\": expected submitted, accepted, "
                          "in progress, resolved, closed");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);

  CU_ASSERT_FALSE (lian_enum_from_label (LIAN_TYPE_NEED_STATUS, "", &value, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  CU_ASSERT_FALSE (lian_enum_from_label (LIAN_TYPE_ENTERPRISE_TAGS, "none", &value, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  CU_ASSERT_FALSE (lian_enum_from_label (LIAN_TYPE_NEED_STATUS, "\xc3", &value, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  CU_ASSERT_FALSE (lian_enum_from_label (LIAN_TYPE_NEED_STATUS, "完成", &value, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "需求状态“完成”：应为 已提交、已受理、办理中、已解决、已关闭 之一");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  lian_set_language (NULL, NULL);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/enums/nicks-are-the-document-strings", test_nicks_are_the_document_strings },
    { "/lian/enums/every-enum-round-trips", test_every_enum_round_trips },
    { "/lian/enums/unknown-nick-lists-expected", test_unknown_nick_lists_expected },
    { "/lian/enums/flags-from-and-to-nicks", test_flags_from_and_to_nicks },
    { "/lian/enums/category-flags-match-categories", test_category_flags_match_categories },
    { "/lian/enums/unknown-nick-message-is-utf8", test_unknown_nick_message_is_utf8 },
    { "/lian/enums/labels-in-english", test_labels_in_english },
    { "/lian/enums/labels-in-chinese", test_labels_in_chinese },
    { "/lian/enums/from-label-reads-every-form", test_from_label_reads_every_form },
    { "/lian/enums/every-label-round-trips", test_every_label_round_trips },
    { "/lian/enums/unknown-label-lists-labels", test_unknown_label_lists_labels },
    { NULL, NULL },
  };
  return lian_test_run ("enums", tests);
}
