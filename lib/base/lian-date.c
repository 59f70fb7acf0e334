/* lian-date.c: ISO 8601 calendar dates, `2023-07-11`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-date.h"
#include "lian-error.h"
#include "lian-date-private.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"

static gboolean
parse_digits (const char *p,
              int         n,
              int        *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* The numbers of a string of the form `YYYY-MM-DD`, whatever they are. */
static gboolean
parse_form (const char *date,
            int        *y,
            int        *m,
            int        *d)
{
  return date != NULL && strlen (date) == 10 && date[4] == '-' && date[7] == '-' &&
         parse_digits (date, 4, y) && parse_digits (date + 5, 2, m) &&
         parse_digits (date + 8, 2, d);
}

/* Why @date, of the form YYYY-MM-DD, is no date ("February 2023 has 28
 * days"); NULL when it is one, or is not of that form. */
static char *
why_not_a_date (const char *date)
{
  /* TRANSLATORS: the year, then the days of the month in that year */
  static const char * const month_days[] = {
    N_("January %d has %d days"), N_("February %d has %d days"), N_("March %d has %d days"),
    N_("April %d has %d days"), N_("May %d has %d days"), N_("June %d has %d days"),
    N_("July %d has %d days"), N_("August %d has %d days"), N_("September %d has %d days"),
    N_("October %d has %d days"), N_("November %d has %d days"),
    N_("December %d has %d days"),
  };
  int y, m, d;

  if (!parse_form (date, &y, &m, &d))
    return NULL;
  if (y < 1)
    return g_strdup (_("there is no year 0"));
  if (m < 1 || m > 12)
    return g_strdup_printf (_("there is no month %d"), m);
  if (d < 1)
    return g_strdup (_("there is no day 0"));
  if (d > g_date_get_days_in_month (m, y))
    return g_strdup_printf (_(month_days[m - 1]), y, g_date_get_days_in_month (m, y));
  return NULL;
}

/* Days since 1970-01-01 of a `YYYY-MM-DD` string, or LIAN_DAY_INVALID. */
gint32
lian_date_to_day (const char *date)
{
  int y, m, d;

  if (!parse_form (date, &y, &m, &d))
    return LIAN_DAY_INVALID;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > g_date_get_days_in_month (m, y))
    return LIAN_DAY_INVALID;

  /* Days from civil, proleptic Gregorian calendar. */
  y -= m <= 2;
  {
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }
}

gboolean
lian_date_check_field (const char  *field,
                       const char  *date,
                       GError     **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *why = NULL;
  g_autofree char *what = NULL;

  if (lian_date_to_day (date) != LIAN_DAY_INVALID)
    return TRUE;
  quoted = lian_text_for_message (date);
  why = why_not_a_date (date);
  if (why)
    what = g_strdup_printf (_("\"%s\" is not a date: %s"), quoted, why);
  else
    what = g_strdup_printf (_("\"%s\" is not a date of the form YYYY-MM-DD"), quoted);
  if (field)
    /* TRANSLATORS: where (a field, a JSON path), then what is wrong there */
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE, _("%s: %s"), field, what);
  else
    g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE, what);
  return FALSE;
}

gboolean
lian_date_check_as_written (const char  *written,
                            const char  *date,
                            GError     **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *why = NULL;

  if (lian_date_to_day (date) != LIAN_DAY_INVALID)
    return TRUE;
  quoted = lian_text_for_message (written);
  why = why_not_a_date (date);
  if (why)
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                 _("\"%s\" is not a date: %s"), quoted, why);
  else
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                 _("\"%s\" is not a date such as 2023-09-12, 2023/9/12 or 2023年9月12日"),
                 quoted);
  return FALSE;
}

GDateTime *
lian_date_time_parse (const char *text,
                      GTimeZone  *zone)
{
  g_autofree char *iso = NULL;
  gsize n;

  if (text == NULL || strlen (text) < 16)
    return NULL;
  iso = g_strdup (text);
  if (iso[10] == ' ')
    iso[10] = 'T';
  /* 10:00 to 10:00:00, before any zone */
  n = strlen (iso);
  if (iso[10] == 'T' && iso[13] == ':' && (n == 16 || (iso[16] != ':' && iso[16] != '.')))
    {
      char *longer = g_strdup_printf ("%.16s:00%s", iso, iso + 16);
      g_free (iso);
      iso = longer;
    }
  return g_date_time_new_from_iso8601 (iso, zone);
}

char *
lian_date_time_to_iso8601 (GDateTime *when)
{
  g_autofree char *time = g_date_time_format (when, g_date_time_get_microsecond (when)
                                                    ? "T%H:%M:%S.%f%:z" : "T%H:%M:%S%:z");
  int y, m, d;

  g_date_time_get_ymd (when, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d%s", y, m, d, time);
}

/**
 * lian_date_is_valid:
 * @date: (nullable): a string
 *
 * Whether @date is a real calendar date written `YYYY-MM-DD`, as lian
 * writes dates: `2023-07-11` is, `2023-02-30` and `2023-7-11` are not.
 *
 * Returns: true if @date is a valid date
 */
gboolean
lian_date_is_valid (const char *date)
{
  return lian_date_to_day (date) != LIAN_DAY_INVALID;
}

/**
 * lian_date_check:
 * @date: (nullable): a string
 * @error: return location for a [error@Lian.DataError]
 *
 * Like [func@Lian.date_is_valid], with an error that says why.
 *
 * Returns: true if @date is a valid date; false with
 *   `LIAN_DATA_ERROR_INVALID_DATE` otherwise
 */
gboolean
lian_date_check (const char  *date,
                 GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return lian_date_check_field (NULL, date, error);
}

/**
 * lian_date_days_between:
 * @from: a valid date
 * @to: a valid date
 *
 * Counts the days from @from to @to: 0 for the same day, negative when @to
 * comes first.
 *
 * Returns: the number of days
 */
int
lian_date_days_between (const char *from,
                        const char *to)
{
  gint32 a = lian_date_to_day (from);
  gint32 b = lian_date_to_day (to);

  g_return_val_if_fail (a != LIAN_DAY_INVALID, 0);
  g_return_val_if_fail (b != LIAN_DAY_INVALID, 0);

  return b - a;
}

/**
 * lian_date_from_date_time:
 * @when: a date and time
 *
 * The calendar date of @when in its own time zone, as `YYYY-MM-DD`: the
 * year has 4 digits, `0999-12-31` for the year 999.
 *
 * Returns: (transfer full): the date
 */
char *
lian_date_from_date_time (GDateTime *when)
{
  int y, m, d;

  g_return_val_if_fail (when != NULL, NULL);

  /* Not g_date_time_format()'s %Y, which writes the year 999 as "999". */
  g_date_time_get_ymd (when, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}
