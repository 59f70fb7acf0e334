/* lian-format.c: numbers, amounts, times and text widths for readers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-format.h"
#include "lian-i18n-private.h"

#define WAN G_GUINT64_CONSTANT (10000)
#define YI G_GUINT64_CONSTANT (100000000)

/* @n with a comma between each group of three digits. */
static void
append_grouped (GString *out,
                guint64  n)
{
  char digits[24];
  int len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);

  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* The size of @n, as an unsigned number (G_MININT64 has no positive twin). */
static guint64
magnitude (gint64 n)
{
  return n < 0 ? (guint64) -(n + 1) + 1 : (guint64) n;
}

/**
 * lian_format_count:
 * @n: a number of things
 *
 * Writes a count as people read it in a table or a sentence, with thousands
 * separators in every language: `17,280`, `-3,456`.
 *
 * Returns: (transfer full): the count
 */
char *
lian_format_count (gint64 n)
{
  GString *out = g_string_new (n < 0 ? "-" : NULL);

  append_grouped (out, magnitude (n));
  return g_string_free (out, FALSE);
}

/* @m yuan in 万 or 亿 with one decimal where it is not 0, rounded half up:
 * 3,456 万元, 172.8 亿元; an amount that rounds to 10,000 万 is 1 亿. */
static void
append_myriads (GString *out,
                guint64  m)
{
  guint64 unit = m >= YI ? YI : WAN;
  guint64 tenths = (m + unit / 20) / (unit / 10);

  if (unit == WAN && tenths >= 10 * (YI / WAN))
    {
      unit = YI;
      tenths = (m + unit / 20) / (unit / 10);
    }
  append_grouped (out, tenths / 10);
  if (tenths % 10)
    g_string_append_printf (out, ".%u", (guint) (tenths % 10));
  g_string_append (out, unit == YI ? " 亿元" : " 万元");
}

/**
 * lian_format_yuan:
 * @yuan: an amount of money, in yuan
 *
 * Writes an amount of money as people read it in the language of lian's
 * messages ([func@Lian.set_language]). In Chinese, amounts of 1 万 and more
 * are counted in 万 or 亿, with one decimal where it is not 0 (rounded half
 * up); smaller ones exactly:
 * `172.8 亿元`, `3,456 万元`, `1.5 万元`, `980 元`. In English, the exact
 * amount with thousands separators: `17,280,000,000 yuan`. A negative amount
 * starts with `-`.
 *
 * Returns: (transfer full): the amount
 */
char *
lian_format_yuan (gint64 yuan)
{
  GString *out = g_string_new (yuan < 0 ? "-" : NULL);
  guint64 m = magnitude (yuan);

  if (lian_language_is_chinese () && m >= WAN)
    append_myriads (out, m);
  else
    {
      append_grouped (out, m);
      /* TRANSLATORS: after an amount of money below 10,000 yuan (980 元) */
      g_string_append (out, _(" yuan"));
    }
  return g_string_free (out, FALSE);
}

static GTimeZone *
china_time_zone (void)
{
  static GTimeZone *zone = NULL;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *tz = g_time_zone_new_identifier ("Asia/Shanghai");

      /* Without the system's time zone data: China has kept +08:00, with
       * no summer time, since 1992. */
      if (tz == NULL)
        tz = g_time_zone_new_offset (8 * 3600);
      g_once_init_leave (&zone, tz);
    }
  return zone;
}

/**
 * lian_format_time:
 * @when: a moment, in any time zone
 *
 * Writes a moment as people in China read it: the date and the time of day
 * in China's time zone (Asia/Shanghai, UTC+08:00), to the minute, in every
 * language: `2023-09-04 10:00` for `2023-09-04T02:00:00Z`.
 *
 * Returns: (transfer full): the date and time
 */
char *
lian_format_time (GDateTime *when)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (when != NULL, NULL);

  local = g_date_time_to_timezone (when, china_time_zone ());
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * lian_text_display_width:
 * @utf8: text in UTF-8
 *
 * Counts the columns a terminal gives @utf8, to line up tables: a wide
 * character (a Chinese character, full-width punctuation such as `，`) takes
 * two, a combining mark or another character of no width none, a control
 * character none, any other one. A byte that is not UTF-8 counts as one
 * column (it is shown as one replacement character).
 *
 * ```python
 * Lian.text_display_width('无锡市')   # 6
 * ```
 *
 * Returns: the width in columns
 */
guint
lian_text_display_width (const char *utf8)
{
  guint width = 0;

  g_return_val_if_fail (utf8 != NULL, 0);

  for (const char *p = utf8; *p;)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          width++;
          p++;
          continue;
        }
      if (g_unichar_iswide (c))
        width += 2;
      else if (!g_unichar_iszerowidth (c) && !g_unichar_iscntrl (c))
        width++;
      p = g_utf8_next_char (p);
    }
  return width;
}
