/* lian-uscc.c: Unified Social Credit Codes (统一社会信用代码)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-uscc.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

#define USCC_LENGTH 18

/* The 31 symbols, in the order of their values 0..30. */
static const char symbols[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* Weights 3^(i-1) mod 31 for positions 1..17. */
static const int weights[USCC_LENGTH - 1] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
};

/* Each symbol's value plus one; 0 for any other byte. */
static const guint8 symbol_values[256] = {
  ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
  ['8'] = 9, ['9'] = 10, ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15,
  ['F'] = 16, ['G'] = 17, ['H'] = 18, ['J'] = 19, ['K'] = 20, ['L'] = 21, ['M'] = 22,
  ['N'] = 23, ['P'] = 24, ['Q'] = 25, ['R'] = 26, ['T'] = 27, ['U'] = 28, ['W'] = 29,
  ['X'] = 30, ['Y'] = 31,
};

static int
symbol_value (char c)
{
  return symbol_values[(guchar) c] - 1;
}

/* The characters of @code, -1 if it is not UTF-8; ASCII is counted as
 * it is scanned. */
static glong
char_count (const char *code)
{
  const char *p = code;

  while (*p && !((guchar) *p & 0x80))
    p++;
  if (*p == '\0')
    return p - code;
  return g_utf8_validate (code, -1, NULL) ? g_utf8_strlen (code, -1) : -1;
}

/* Checks the first @n symbols of @code (all 18, or the 17 before the
 * check character) and sets *@sum to the weighted sum of the first 17 of
 * them; on failure says why. */
static gboolean
check_symbols (const char  *code,
               int          n,
               int         *sum,
               GError     **error)
{
  *sum = 0;
  for (int i = 0; i < n; i++)
    {
      int value = symbol_value (code[i]);

      /* A multi-byte character has no symbol value, so stops here. */
      if (value < 0)
        {
          if (g_ascii_isgraph (code[i]))
            g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                         _("character %d '%c' is not one of 0-9A-HJ-NPQRTUWXY"),
                         i + 1, code[i]);
          else
            g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                         _("character %d is not one of 0-9A-HJ-NPQRTUWXY"), i + 1);
          return FALSE;
        }
      if (i >= 2 && i < 8 && !g_ascii_isdigit (code[i]))
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                       _("characters 3-8 are a region code, and character %d is '%c'"),
                       i + 1, code[i]);
          return FALSE;
        }
      if (i < USCC_LENGTH - 1)
        *sum += value * weights[i];
    }
  return TRUE;
}

/* The check character of the 17 symbols whose weighted sum is @sum. */
static char
check_character (int sum)
{
  return symbols[(31 - sum % 31) % 31];
}

/* Checks an already normalised code; on failure says why. */
static gboolean
check_code (const char  *code,
            GError     **error)
{
  glong len = char_count (code);
  int sum;
  char expected;

  if (len != USCC_LENGTH)
    {
      if (len < 0)
        g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                             _("a credit code must be UTF-8 text"));
      else
        g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                     _("a credit code has 18 characters, not %ld"), len);
      return FALSE;
    }
  if (!check_symbols (code, USCC_LENGTH, &sum, error))
    return FALSE;
  expected = check_character (sum);
  if (code[USCC_LENGTH - 1] != expected)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                   _("check character is '%c', not '%c'"), expected,
                   code[USCC_LENGTH - 1]);
      return FALSE;
    }
  return TRUE;
}

/**
 * lian_uscc_is_valid:
 * @code: (nullable): a string
 *
 * Whether @code is a Unified Social Credit Code exactly as written: 18
 * symbols of `0-9A-HJ-NPQRTUWXY`, digits in positions 3 to 8, and the right
 * check character. Use [func@Lian.uscc_normalize] for codes typed by hand.
 *
 * Returns: true if @code is a valid code
 */
gboolean
lian_uscc_is_valid (const char *code)
{
  int sum = 0;

  /* check_code() without its reasons, in one pass: the first NUL or
   * multi-byte character has no symbol value and ends it. */
  if (code == NULL)
    return FALSE;
  /* Characters 3 to 8 are a region code's digits. */
  for (int i = 0; i < USCC_LENGTH - 1; i++)
    {
      int value = symbol_value (code[i]);

      if (value < 0 || (value > 9 && (guint) (i - 2) < 6))
        return FALSE;
      sum += value * weights[i];
    }
  /* The check character is a symbol: the code has 18 of them. */
  return code[USCC_LENGTH - 1] == check_character (sum) && code[USCC_LENGTH] == '\0';
}

/**
 * lian_uscc_normalize:
 * @text: a code as typed: spaces, hyphens and lower case allowed
 * @error: return location for a [error@Lian.DataError]
 *
 * Strips spaces (also full-width ones) and hyphens from @text, turns
 * full-width digits and letters into ASCII, upper-cases it, and checks the
 * result.
 *
 * ```python
 * Lian.uscc_normalize('9132 0214 7455 5531 8w')  # '91320214745555318W'
 * ```
 *
 * Returns: (transfer full): the code, or `NULL` with
 *   `LIAN_DATA_ERROR_INVALID_USCC` saying why: its length, a character
 *   outside the set, or the check character expected
 */
char *
lian_uscc_normalize (const char  *text,
                     GError     **error)
{
  g_autoptr(GString) code = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                           _("a credit code must be UTF-8 text"));
      return NULL;
    }

  code = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)  /* full-width ASCII forms */
        c -= 0xFEE0;
      if (c == ' ' || c == '-' || c == '\t' || c == 0x3000 || c == 0x2010 ||
          c == 0x2011 || c == 0x2013 || c == 0x2014)
        continue;
      if (c < 0x80)
        g_string_append_c (code, g_ascii_toupper ((char) c));
      else
        g_string_append_unichar (code, c);
    }

  if (!check_code (code->str, error))
    return NULL;
  return g_string_free (g_steal_pointer (&code), FALSE);
}

/**
 * lian_uscc_complete:
 * @base: the first 17 characters of a code: symbols of `0-9A-HJ-NPQRTUWXY`,
 *   digits in positions 3 to 8
 * @error: return location for a [error@Lian.DataError]
 *
 * The code @base begins, with its check character appended: what a
 * registration office or a generator of test data makes of an
 * organisation's region and serial number.
 *
 * ```python
 * Lian.uscc_complete('91320214745555318')  # '91320214745555318W'
 * ```
 *
 * Returns: (transfer full): the 18-character code, or `NULL` with
 *   `LIAN_DATA_ERROR_INVALID_USCC` saying why: its length or a character
 *   outside the set
 */
char *
lian_uscc_complete (const char  *base,
                    GError     **error)
{
  glong len;
  int sum;
  char *code;

  g_return_val_if_fail (base != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = char_count (base);
  if (len != USCC_LENGTH - 1)
    {
      if (len < 0)
        g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                             _("a credit code must be UTF-8 text"));
      else
        g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                     _("a credit code without its check character has 17 characters, not %ld"),
                     len);
      return NULL;
    }
  if (!check_symbols (base, USCC_LENGTH - 1, &sum, error))
    return NULL;
  code = g_malloc (USCC_LENGTH + 1);
  memcpy (code, base, USCC_LENGTH - 1);
  code[USCC_LENGTH - 1] = check_character (sum);
  code[USCC_LENGTH] = '\0';
  return code;
}
