/* lian-csv-guard.c: a CSV cell a spreadsheet reads as the text it is
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every CSV lian writes (an export, a summary, a report) writes its text
 * cells here: quoted as RFC 4180 quotes them and, where a spreadsheet
 * would take the text for a formula, a number or a date, written as a
 * formula whose value is the text (="…"), which the importer reads back.
 */
#include "config.h"

#include <string.h>

#include "lian-csv-guard-private.h"

/* Whether @text, past any apostrophes and white space, starts as a
 * formula does; *apostrophes gets how many apostrophes lead. */
gboolean
lian_csv_starts_formula (const char *text,
                         guint      *apostrophes)
{
  const char *p = text;
  gunichar c;

  *apostrophes = 0;
  while (*p == '\'')
    {
      p++;
      (*apostrophes)++;
    }
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' ||
         g_utf8_get_char (p) == 0x3000)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return FALSE;
  c = g_utf8_get_char (p);
  /* and their full-width forms, which WPS may take for them */
  return c == '=' || c == '+' || c == '-' || c == '@' ||
         c == 0xFF1D || c == 0xFF0B || c == 0xFF0D || c == 0xFF20;
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  if (n == 0)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* Whether a spreadsheet would read @text as something else than text: a
 * formula (past any white space or apostrophes: Excel and WPS skip some,
 * and the importer takes one off), a number that loses digits or a
 * leading zero, a date. */
gboolean
lian_csv_needs_guard (const char *text)
{
  gsize len = strlen (text);
  const char *e, *dot, *sep;
  guint apostrophes;

  if (lian_csv_starts_formula (text, &apostrophes))
    return TRUE;
  if (all_digits (text, len))
    return len > 15 || (len > 1 && text[0] == '0');
  /* 12.50, 1E5, 2.3e10 */
  e = strpbrk (text, "eE");
  dot = strchr (text, '.');
  if (e && all_digits (text, e - text) && all_digits (e + 1, len - (e - text) - 1))
    return TRUE;
  if (dot && all_digits (text, dot - text) && all_digits (dot + 1, len - (dot - text) - 1))
    return TRUE;
  /* 3-4, 12/1, 2023-1-5: dates to a spreadsheet */
  sep = strpbrk (text, "-/");
  if (sep && sep > text && sep - text <= 4 && all_digits (text, sep - text))
    {
      const char *rest = sep + 1, *sep2 = strpbrk (rest, "-/");
      gsize n2 = sep2 ? (gsize) (sep2 - rest) : strlen (rest);
      if (n2 >= 1 && n2 <= 2 && all_digits (rest, n2) &&
          (sep2 == NULL || (strlen (sep2 + 1) >= 1 && strlen (sep2 + 1) <= 4 &&
                            all_digits (sep2 + 1, strlen (sep2 + 1)))))
        return TRUE;
    }
  return FALSE;
}

/* Excel's limits: 255 characters in a text in a formula, 8,192 in a
 * formula; counted in UTF-16 units, as Excel counts. */
#define GUARD_MAX_PIECE 255
#define GUARD_MAX_FORMULA 8000

static guint
utf16_units (gunichar c)
{
  return c > 0xFFFF ? 2 : 1;
}

/* @text as a formula whose value is @text: ="…", in pieces joined by &
 * within Excel's limits, line breaks and tabs as CHAR(10), CHAR(13),
 * CHAR(9). NULL if it would be longer than a formula may be. */
static char *
guard_formula (const char *text)
{
  GString *f = g_string_sized_new (strlen (text) + 8);
  guint piece = 0, units = 1;
  gboolean open = FALSE;

  g_string_append_c (f, '=');
  for (const char *p = text; *p && units <= GUARD_MAX_FORMULA; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *code = c == '\n' ? "CHAR(10)" : c == '\r' ? "CHAR(13)" : c == '\t' ? "CHAR(9)" : NULL;
      guint n = code ? strlen (code) : utf16_units (c) * (c == '"' ? 2 : 1);

      if (open && (code || piece + n > GUARD_MAX_PIECE))
        {
          g_string_append_c (f, '"');
          open = FALSE;
          units++;
        }
      if (f->len > 1 && !open)
        {
          g_string_append_c (f, '&');
          units++;
        }
      if (code)
        {
          g_string_append (f, code);
          units += n;
          continue;
        }
      if (!open)
        {
          g_string_append_c (f, '"');
          open = TRUE;
          piece = 0;
          units++;
        }
      if (c == '"')
        g_string_append_c (f, '"');
      g_string_append_unichar (f, c);
      piece += n;
      units += n;
    }
  if (open)
    {
      g_string_append_c (f, '"');
      units++;
    }
  if (units > GUARD_MAX_FORMULA)
    {
      g_string_free (f, TRUE);
      return NULL;
    }
  return g_string_free (f, FALSE);
}

static void
write_quoted (GString    *out,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL && text[0] != ' ' && text[strlen (text) - 1] != ' ')
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
lian_csv_append_field (GString    *out,
                       const char *text,
                       gboolean    guard)
{
  if (text == NULL || text[0] == '\0')
    return;
  if (guard && lian_csv_needs_guard (text))
    {
      g_autofree char *formula = guard_formula (text);
      g_autofree char *apostrophe = NULL;
      guint apostrophes;

      /* Too long for a formula: an apostrophe keeps it from being one, and
       * the importer takes it off. */
      if (formula == NULL && lian_csv_starts_formula (text, &apostrophes))
        apostrophe = g_strconcat ("'", text, NULL);
      write_quoted (out, formula ? formula : apostrophe ? apostrophe : text);
      return;
    }
  write_quoted (out, text);
}
