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
    { NULL, NULL },
  };
  return lian_test_run ("enums", tests);
}
