/* test-date.c: ISO 8601 dates
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
test_valid_and_invalid_dates (void)
{
  CU_ASSERT_TRUE (lian_date_is_valid ("2023-07-11"));
  CU_ASSERT_TRUE (lian_date_is_valid ("2024-02-29"));
  CU_ASSERT_FALSE (lian_date_is_valid ("2023-02-29"));
  CU_ASSERT_FALSE (lian_date_is_valid ("2023-02-30"));
  CU_ASSERT_FALSE (lian_date_is_valid ("2023-13-01"));
  CU_ASSERT_FALSE (lian_date_is_valid ("2023-7-11"));
  CU_ASSERT_FALSE (lian_date_is_valid ("2023-07-11T00:00:00Z"));
  CU_ASSERT_FALSE (lian_date_is_valid (""));
  CU_ASSERT_FALSE (lian_date_is_valid (NULL));
}

static void
test_check_reports_invalid_date (void)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_date_check ("2023-02-30", &error));
  LIAN_ASSERT_MESSAGE (error, "2023-02-30");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE);
}

static void
test_check_says_why (void)
{
  static const struct { const char *date, *message; } cases[] = {
    { "2023-02-29", "\"2023-02-29\" is not a date: February 2023 has 28 days" },
    { "2024-02-30", "\"2024-02-30\" is not a date: February 2024 has 29 days" },
    { "2023-04-31", "\"2023-04-31\" is not a date: April 2023 has 30 days" },
    { "2023-13-01", "\"2023-13-01\" is not a date: there is no month 13" },
    { "2023-00-10", "\"2023-00-10\" is not a date: there is no month 0" },
    { "2023-01-00", "\"2023-01-00\" is not a date: there is no day 0" },
    { "0000-01-01", "\"0000-01-01\" is not a date: there is no year 0" },
    { "2023/1/1", "\"2023/1/1\" is not a date of the form YYYY-MM-DD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      CU_ASSERT_FALSE (lian_date_check (cases[i].date, &error));
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      CU_ASSERT_STRING_EQUAL (error->message, cases[i].message);
    }
}

static void
test_days_between (void)
{
  CU_ASSERT_EQUAL (lian_date_days_between ("2023-07-11", "2023-07-11"), 0);
  CU_ASSERT_EQUAL (lian_date_days_between ("2023-07-11", "2023-07-14"), 3);
  CU_ASSERT_EQUAL (lian_date_days_between ("2023-12-31", "2024-03-01"), 61);
  CU_ASSERT_EQUAL (lian_date_days_between ("2024-03-01", "2023-12-31"), -61);
  CU_ASSERT_EQUAL (lian_date_days_between ("1970-01-01", "2000-01-01"), 10957);
}

static void
test_from_date_time_uses_its_zone (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+08:00");
  g_autoptr(GDateTime) when = g_date_time_new (tz, 2023, 7, 11, 1, 30, 0);
  g_autofree char *date = lian_date_from_date_time (when);

  CU_ASSERT_STRING_EQUAL (date, "2023-07-11");
}

/* Found by fuzz-codes: g_date_time_format()'s %Y wrote the year 1 as "1". */
static void
test_from_date_time_four_digit_year (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) first = g_date_time_new (utc, 1, 1, 1, 12, 0, 0);
  g_autoptr(GDateTime) late = g_date_time_new (utc, 999, 12, 31, 12, 0, 0);
  g_autofree char *a = lian_date_from_date_time (first);
  g_autofree char *b = lian_date_from_date_time (late);

  CU_ASSERT_STRING_EQUAL (a, "0001-01-01");
  CU_ASSERT_STRING_EQUAL (b, "0999-12-31");
  CU_ASSERT_TRUE (lian_date_is_valid (a));
  CU_ASSERT_TRUE (lian_date_is_valid (b));
}

/* Found by fuzz-codes: the message quoted the bytes as they came. */
static void
test_check_message_is_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *longer = g_strnfill (200, '9');

  CU_ASSERT_FALSE (lian_date_check ("2023-0\xff-01", &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (g_utf8_validate (error->message, -1, NULL));
  LIAN_ASSERT_MESSAGE (error, "\"2023-0\xef\xbf\xbd-01\"");
  g_clear_error (&error);
  /* A long text is cut: a message is read by people. */
  CU_ASSERT_FALSE (lian_date_check (longer, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_TRUE (strlen (error->message) < 150);
  LIAN_ASSERT_MESSAGE (error, "…\" is not a date");
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/date/valid-and-invalid-dates", test_valid_and_invalid_dates },
    { "/lian/date/check-reports-invalid-date", test_check_reports_invalid_date },
    { "/lian/date/days-between", test_days_between },
    { "/lian/date/from-date-time-uses-its-zone", test_from_date_time_uses_its_zone },
    { "/lian/date/from-date-time-four-digit-year", test_from_date_time_four_digit_year },
    { "/lian/date/check-message-is-utf8", test_check_message_is_utf8 },
    { "/lian/date/check-says-why", test_check_says_why },
    { NULL, NULL },
  };
  return lian_test_run ("date", tests);
}
