/* test-region-code.c: GB/T 2260 codes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
test_validity (void)
{
  CU_ASSERT_TRUE (lian_adcode_is_valid ("320000"));
  CU_ASSERT_TRUE (lian_adcode_is_valid ("320214"));
  CU_ASSERT_TRUE (lian_adcode_is_valid ("110101"));
  CU_ASSERT_TRUE (lian_adcode_is_valid ("429004"));
  CU_ASSERT_TRUE (lian_adcode_is_valid ("820000"));
  CU_ASSERT_FALSE (lian_adcode_is_valid ("100000"));
  CU_ASSERT_FALSE (lian_adcode_is_valid ("830000"));
  CU_ASSERT_FALSE (lian_adcode_is_valid ("32021"));
  CU_ASSERT_FALSE (lian_adcode_is_valid ("3202140"));
  CU_ASSERT_FALSE (lian_adcode_is_valid ("32O214"));
  CU_ASSERT_FALSE (lian_adcode_is_valid ("320014"));
  CU_ASSERT_FALSE (lian_adcode_is_valid (""));
  CU_ASSERT_FALSE (lian_adcode_is_valid (NULL));
}

static void
test_check_says_why (void)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_adcode_check ("990000", &error));
  LIAN_ASSERT_MESSAGE (error, "province");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  CU_ASSERT_FALSE (lian_adcode_check ("32x214", &error));
  LIAN_ASSERT_MESSAGE (error, "6 digits");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  CU_ASSERT_TRUE (lian_adcode_check ("321100", &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_level (void)
{
  CU_ASSERT_EQUAL (lian_adcode_get_level ("320000"), LIAN_LEVEL_PROVINCE);
  CU_ASSERT_EQUAL (lian_adcode_get_level ("320200"), LIAN_LEVEL_CITY);
  CU_ASSERT_EQUAL (lian_adcode_get_level ("320214"), LIAN_LEVEL_COUNTY);
  CU_ASSERT_EQUAL (lian_adcode_get_level ("429004"), LIAN_LEVEL_COUNTY);
}

static void
test_parent_chain (void)
{
  g_autofree char *county = lian_adcode_dup_parent ("320214");
  g_autofree char *city = lian_adcode_dup_parent ("320200");
  g_autofree char *province = lian_adcode_dup_parent ("320000");
  g_autofree char *direct = lian_adcode_dup_parent ("429004");

  CU_ASSERT_STRING_EQUAL (county, "320200");
  CU_ASSERT_STRING_EQUAL (city, "320000");
  CU_ASSERT_PTR_NULL (province);
  CU_ASSERT_STRING_EQUAL (direct, "420000");
}

static void
test_contains_ancestor_or_equal (void)
{
  CU_ASSERT_TRUE (lian_adcode_contains ("320000", "320214"));
  CU_ASSERT_TRUE (lian_adcode_contains ("320200", "320214"));
  CU_ASSERT_TRUE (lian_adcode_contains ("320214", "320214"));
  CU_ASSERT_TRUE (lian_adcode_contains ("320000", "320000"));
  CU_ASSERT_FALSE (lian_adcode_contains ("320200", "320500"));
  CU_ASSERT_FALSE (lian_adcode_contains ("320214", "320200"));
  CU_ASSERT_FALSE (lian_adcode_contains ("320200", "320000"));
  CU_ASSERT_FALSE (lian_adcode_contains ("330000", "320214"));
  CU_ASSERT_TRUE (lian_adcode_contains ("420000", "429004"));
  CU_ASSERT_FALSE (lian_adcode_contains ("429000", "429004"));
}

static void
test_builtin_names (void)
{
  static const char *cities[][2] = {
    { "320100", "南京市" }, { "320200", "无锡市" }, { "320300", "徐州市" },
    { "320400", "常州市" }, { "320500", "苏州市" }, { "320600", "南通市" },
    { "320700", "连云港市" }, { "320800", "淮安市" }, { "320900", "盐城市" },
    { "321000", "扬州市" }, { "321100", "镇江市" }, { "321200", "泰州市" },
    { "321300", "宿迁市" },
  };

  CU_ASSERT_STRING_EQUAL (lian_adcode_get_name ("320000"), "江苏省");
  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    CU_ASSERT_STRING_EQUAL (lian_adcode_get_name (cities[i][0]), cities[i][1]);
  CU_ASSERT_STRING_EQUAL (lian_adcode_get_name ("320582"), "张家港市");
  CU_ASSERT_STRING_EQUAL (lian_adcode_get_name ("110000"), "北京市");
  CU_ASSERT_PTR_NULL (lian_adcode_get_name ("nonsense"));
}

/* Found by fuzz-codes: 329000, whose level reads as a city, did not
 * contain itself, so a select by that region found nothing there. */
static void
test_every_code_contains_itself (void)
{
  static const char * const codes[] = { "320000", "320200", "320214", "469000", "429000", "429004", NULL };

  for (guint i = 0; codes[i]; i++)
    CU_ASSERT_TRUE (lian_adcode_contains (codes[i], codes[i]));
  CU_ASSERT_FALSE (lian_adcode_contains ("429000", "429004"));
  CU_ASSERT_TRUE (lian_adcode_contains ("420000", "429000"));
}

/* Found by fuzz-codes: the message quoted bytes that are not UTF-8. */
static void
test_check_message_is_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_adcode_check ("\xdf" "2012@", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_utf8_validate (error->message, -1, NULL));
  CU_ASSERT_STRING_EQUAL (error->message, "region code \"\xef\xbf\xbd" "2012@\" does not have 6 digits");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
}

/* The names of before (lian_region_code_*) still link and give the same
 * answers as the lian_adcode_* functions. */
static void
test_old_names_still_work (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  CU_ASSERT_TRUE (lian_region_code_is_valid ("320214"));
  CU_ASSERT_FALSE (lian_region_code_is_valid ("990000"));
  CU_ASSERT_FALSE (lian_region_code_check ("990000", &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  CU_ASSERT_EQUAL (lian_region_code_get_level ("320200"), LIAN_LEVEL_CITY);
  parent = lian_region_code_dup_parent ("320214");
  CU_ASSERT_STRING_EQUAL (parent, "320200");
  CU_ASSERT_TRUE (lian_region_code_contains ("320000", "320214"));
  CU_ASSERT_STRING_EQUAL (lian_region_code_get_name ("320200"), "无锡市");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/region-code/validity", test_validity },
    { "/lian/region-code/check-says-why", test_check_says_why },
    { "/lian/region-code/level", test_level },
    { "/lian/region-code/parent-chain", test_parent_chain },
    { "/lian/region-code/contains-ancestor-or-equal", test_contains_ancestor_or_equal },
    { "/lian/region-code/builtin-names", test_builtin_names },
    { "/lian/region-code/check-message-is-utf8", test_check_message_is_utf8 },
    { "/lian/region-code/every-code-contains-itself", test_every_code_contains_itself },
    { "/lian/region-code/old-names-still-work", test_old_names_still_work },
    { NULL, NULL },
  };
  return lian_test_run ("region-code", tests);
}
