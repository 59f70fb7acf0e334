/* lian-mask.c: hiding personal data
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-mask.h"

/**
 * lian_mask_phone:
 * @phone: a phone number, as text (UTF-8)
 *
 * Masks a phone number for showing or exporting it where personal data
 * must not be seen: the first 3 and the last 4 characters are kept and each
 * character between them becomes `*`, so `13812345678` becomes
 * `138****5678`. A text shorter than 8 characters is masked whole (`*` for
 * each character); an empty one stays empty. Characters are counted, not
 * bytes (a text that is not valid UTF-8 is first made valid, as
 * g_utf8_make_valid() does), and nothing is parsed: `+86 138…` keeps `+86`.
 *
 * The CSV export and the reports mask phone numbers with this function
 * unless asked to show personal data.
 *
 * ```python
 * Lian.mask_phone('13812345678')   # '138****5678'
 * ```
 *
 * Returns: (transfer full): the masked text
 */
char *
lian_mask_phone (const char *phone)
{
  g_autofree char *valid = NULL;
  glong n;
  GString *out;

  g_return_val_if_fail (phone != NULL, NULL);

  if (!g_utf8_validate (phone, -1, NULL))
    phone = valid = g_utf8_make_valid (phone, -1);

  n = g_utf8_strlen (phone, -1);
  out = g_string_sized_new (n + 1);
  if (n < 8)
    {
      for (glong i = 0; i < n; i++)
        g_string_append_c (out, '*');
      return g_string_free (out, FALSE);
    }
  g_string_append_len (out, phone, g_utf8_offset_to_pointer (phone, 3) - phone);
  for (glong i = 0; i < n - 7; i++)
    g_string_append_c (out, '*');
  g_string_append (out, g_utf8_offset_to_pointer (phone, n - 4));
  return g_string_free (out, FALSE);
}

/* The value of a digit, ASCII or full-width, or -1. */
static int
digit_value (gunichar c)
{
  if (c >= '0' && c <= '9')
    return (int) (c - '0');
  if (c >= 0xFF10 && c <= 0xFF19)
    return (int) (c - 0xFF10);
  return -1;
}

static gboolean
is_separator (gunichar c)
{
  return c == '-' || c == ' ' || c == '(' || c == ')' || c == 0xFF0D || c == 0x3000 ||
         c == 0xFF08 || c == 0xFF09 || c == 0x2014 || c == 0x2013;
}

/* Whether @c, right after a number, joins it to a word (an amount, a
 * code). */
static gboolean
is_word (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : digit_value (c) >= 0;
}

static gboolean
is_mobile (const char *digits)
{
  return digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
}

/* Whether @n digits look like a phone number of China: a mobile number
 * (1[3-9] and 9 more digits, maybe after 86 or 0086) or a number with its
 * area code (0, 2 or 3 more digits, then 7 or 8). */
static gboolean
is_phone (const char *digits,
          guint       n)
{
  return (n == 11 && is_mobile (digits)) ||
         (n == 13 && g_str_has_prefix (digits, "86") && is_mobile (digits + 2)) ||
         (n == 15 && g_str_has_prefix (digits, "0086") && is_mobile (digits + 4)) ||
         (n >= 10 && n <= 12 && digits[0] == '0' && digits[1] != '0');
}

/* The length in bytes of the phone number @p starts with, or 0. Digits may
 * be grouped by a space, a hyphen or brackets (0510-8521 2345, (0510)
 * 85212345, +86 138 1234 5678); the number ends where no digit follows. */
static gsize
phone_at (const char *p)
{
  char digits[16];
  gsize ends[16];
  guint n = 0, gap = 0;
  const char *q = p;

  if (*q == '+')
    q++;
  while (*q && n < 15)
    {
      gunichar c = g_utf8_get_char (q);
      int d = digit_value (c);
      if (d >= 0)
        {
          digits[n] = (char) ('0' + d);
          q = g_utf8_next_char (q);
          ends[n++] = q - p;
          gap = 0;
        }
      else if (is_separator (c) && n > 0 && ++gap <= 2)
        q = g_utf8_next_char (q);
      else
        break;
    }
  digits[n] = '\0';
  /* The longest phone number among the first digits that is not followed
   * at once by another digit or a letter. */
  for (guint k = n; k >= 10; k--)
    {
      const char *after = p + ends[k - 1];
      char saved = digits[k];
      gboolean phone;

      if (*after && is_word (g_utf8_get_char (after)))
        continue;
      digits[k] = '\0';
      phone = is_phone (digits, k);
      digits[k] = saved;
      if (phone)
        return ends[k - 1];
    }
  return 0;
}

/**
 * lian_mask_phone_numbers:
 * @text: any text (UTF-8)
 *
 * Masks, as [func@Lian.mask_phone] does, every phone number found in a text
 * whose meaning lian does not know: a spreadsheet's column 联系方式 or Tel,
 * kept as an extra member. A phone number is a mobile number of China (11
 * digits from 13 to 19, maybe after `+86`), or a number with its area code
 * (`0510-85212345`), its digits maybe grouped by spaces, hyphens or
 * brackets, and not part of a longer run of digits nor followed by a letter
 * (a credit code, an amount, a date are left as they are); letters before
 * it do not matter (`Tel13812345678`). The rest of the text is kept:
 * `王经理 13812345678` becomes `王经理 138****5678`.
 *
 * The CSV export masks the columns lian does not know with this function
 * unless asked to show personal data.
 *
 * ```python
 * Lian.mask_phone_numbers('王经理 13812345678')   # '王经理 138****5678'
 * ```
 *
 * Returns: (transfer full): the text with its phone numbers masked
 */
char *
lian_mask_phone_numbers (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  const char *p;
  gunichar previous = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (text));
  for (p = text; *p;)
    {
      gunichar c = g_utf8_get_char (p);
      gsize length = 0;

      /* Letters before a number do not make it a word (Tel13812345678,
       * 电话：TEL0510-85212345); a digit before it makes it part of a longer
       * number. */
      if ((c == '+' || digit_value (c) >= 0) && digit_value (previous) < 0 && previous != '+')
        length = phone_at (p);
      if (length)
        {
          g_autofree char *number = g_strndup (p, length);
          g_autofree char *masked = lian_mask_phone (number);
          g_string_append (out, masked);
          p += length;
          previous = '0';
          continue;
        }
      g_string_append_unichar (out, c);
      previous = c;
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}
