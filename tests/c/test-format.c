/* test-format.c: counts, amounts, times and widths as people read them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
expect (char       *got,
        const char *expected)
{
  if (g_strcmp0 (got, expected) != 0)
    g_printerr ("\"%s\", not \"%s\"\n", got, expected);
  CU_ASSERT_STRING_EQUAL (got, expected);
  g_free (got);
}

static void
test_count_has_thousands_separators (void)
{
  expect (lian_format_count (0), "0");
  expect (lian_format_count (980), "980");
  expect (lian_format_count (17280), "17,280");
  expect (lian_format_count (1234567), "1,234,567");
  expect (lian_format_count (-3456), "-3,456");
  expect (lian_format_count (G_MININT64), "-9,223,372,036,854,775,808");
  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  expect (lian_format_count (17280), "17,280");
  lian_set_language (NULL, NULL);
}

static void
test_yuan_in_english_is_exact (void)
{
  CU_ASSERT_TRUE_FATAL (lian_set_language ("en", NULL));
  expect (lian_format_yuan (17280000000), "17,280,000,000 yuan");
  expect (lian_format_yuan (980), "980 yuan");
  expect (lian_format_yuan (-12345), "-12,345 yuan");
  expect (lian_format_yuan (G_MAXINT64), "9,223,372,036,854,775,807 yuan");
  lian_set_language (NULL, NULL);
  /* The tests' locale is C.UTF-8: English. */
  expect (lian_format_yuan (34560000), "34,560,000 yuan");
}

static void
test_yuan_in_chinese_counts_myriads (void)
{
  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  expect (lian_format_yuan (17280000000), "172.8 亿元");
  expect (lian_format_yuan (34560000), "3,456 万元");
  expect (lian_format_yuan (34567890), "3,456.8 万元");
  expect (lian_format_yuan (15000), "1.5 万元");
  expect (lian_format_yuan (10000), "1 万元");
  expect (lian_format_yuan (9999), "9,999 元");
  expect (lian_format_yuan (980), "980 元");
  expect (lian_format_yuan (0), "0 元");
  expect (lian_format_yuan (100000000), "1 亿元");
  /* Rounded half up; 9,999.96 万 is 1 亿. */
  expect (lian_format_yuan (12350), "1.2 万元");
  expect (lian_format_yuan (12349), "1.2 万元");
  expect (lian_format_yuan (12950), "1.3 万元");
  expect (lian_format_yuan (99999600), "1 亿元");
  expect (lian_format_yuan (99994999), "9,999.5 万元");
  expect (lian_format_yuan (-17280000000), "-172.8 亿元");
  expect (lian_format_yuan (-980), "-980 元");
  expect (lian_format_yuan (G_MININT64), "-92,233,720,368.5 亿元");
  lian_set_language (NULL, NULL);
}

static void
test_time_is_china_time (void)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2023, 9, 4, 2, 0, 30);
  g_autoptr(GTimeZone) paris = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GDateTime) evening = g_date_time_new (paris, 2023, 9, 3, 20, 5, 0);

  expect (lian_format_time (utc), "2023-09-04 10:00");
  /* 18:05 UTC is 02:05 the next day in China. */
  expect (lian_format_time (evening), "2023-09-04 02:05");
  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  expect (lian_format_time (utc), "2023-09-04 10:00");
  lian_set_language (NULL, NULL);
}

static void
test_display_width_counts_columns (void)
{
  CU_ASSERT_EQUAL (lian_text_display_width (""), 0);
  CU_ASSERT_EQUAL (lian_text_display_width ("city"), 4);
  CU_ASSERT_EQUAL (lian_text_display_width ("无锡市"), 6);
  CU_ASSERT_EQUAL (lian_text_display_width ("无锡 IC"), 7);
  CU_ASSERT_EQUAL (lian_text_display_width ("（合计）"), 8);
  /* e and a combining acute accent; a zero-width space; a tab. */
  CU_ASSERT_EQUAL (lian_text_display_width ("e\xcc\x81"), 1);
  CU_ASSERT_EQUAL (lian_text_display_width ("a\xe2\x80\x8b" "b"), 2);
  CU_ASSERT_EQUAL (lian_text_display_width ("a\tb"), 2);
  /* A byte that is not UTF-8 is shown as one replacement character. */
  CU_ASSERT_EQUAL (lian_text_display_width ("ab\xc3"), 3);
  CU_ASSERT_EQUAL (lian_text_display_width ("\xff市"), 3);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/format/count-has-thousands-separators", test_count_has_thousands_separators },
    { "/lian/format/yuan-in-english-is-exact", test_yuan_in_english_is_exact },
    { "/lian/format/yuan-in-chinese-counts-myriads", test_yuan_in_chinese_counts_myriads },
    { "/lian/format/time-is-china-time", test_time_is_china_time },
    { "/lian/format/display-width-counts-columns", test_display_width_counts_columns },
    { NULL, NULL },
  };
  return lian_test_run ("format", tests);
}
