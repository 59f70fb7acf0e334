/* lian-text.c: text given by a caller: quoted in messages, names compared
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A GError message is UTF-8 (bindings turn it into a native string, and
 * fail on anything else) and is read by people: the text it quotes from a
 * caller, which may be any bytes of any length, is made valid and cut.
 */
#include "config.h"

#include <string.h>

#include "lian-text-private.h"

/* @text with each byte that is not UTF-8 replaced by U+FFFD, cut after
 * LIAN_QUOTE_MAX_CHARS characters with "…"; "" for NULL. */
char *
lian_text_for_message (const char *text)
{
  g_autofree char *valid = NULL;
  const char *end;

  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_validate (text, -1, NULL) && strlen (text) <= LIAN_QUOTE_MAX_CHARS)
    return g_strdup (text);
  valid = g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (valid, -1) <= LIAN_QUOTE_MAX_CHARS)
    return g_steal_pointer (&valid);
  end = g_utf8_offset_to_pointer (valid, LIAN_QUOTE_MAX_CHARS);
  return g_strdup_printf ("%.*s…", (int) (end - valid), valid);
}

/* Names */

static const char * const company_suffixes[] = {
  "股份有限公司", "有限责任公司", "有限公司", "集团", "公司",
};

/* Their lengths in bytes: 3 for each of their characters. */
static const guint8 suffix_lengths[] = { 18, 18, 12, 6, 6 };

G_STATIC_ASSERT (G_N_ELEMENTS (suffix_lengths) == G_N_ELEMENTS (company_suffixes));

static void
strip_suffixes (GString *out)
{
  gboolean stripped;

  do
    {
      stripped = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (company_suffixes); i++)
        {
          gsize len = suffix_lengths[i];
          /* The last bytes first: most names end in none of them. */
          if (out->len >= len && out->str[out->len - 1] == company_suffixes[i][len - 1] &&
              memcmp (out->str + out->len - len, company_suffixes[i], len) == 0)
            {
              g_string_truncate (out, out->len - len);
              stripped = TRUE;
              break;
            }
        }
    }
  while (stripped && out->len > 0);
}

/* Brackets of every kind, as ASCII: '(' or ')', or 0 for anything else. */
static char
bracket (gunichar c)
{
  switch (c)
    {
    case '(': case '[': case '{': case 0xFF08: case 0xFF3B: case 0xFF5B:
    case 0x3010: case 0x3014: case 0x3016:
      return '(';
    case ')': case ']': case '}': case 0xFF09: case 0xFF3D: case 0xFF5D:
    case 0x3011: case 0x3015: case 0x3017:
      return ')';
    default:
      return 0;
    }
}

/* The next character of @p and its length in bytes, or a length of 0 for
 * a byte that does not start a valid UTF-8 sequence. */
static inline int
next_char (const guchar *p,
           gunichar     *c)
{
  guchar b = *p;
  int len;

  if (b < 0x80)
    len = 1, *c = b;
  else if ((b & 0xE0) == 0xC0)
    len = 2, *c = b & 0x1F;
  else if ((b & 0xF0) == 0xE0)
    len = 3, *c = b & 0x0F;
  else if ((b & 0xF8) == 0xF0)
    len = 4, *c = b & 0x07;
  else
    return 0;
  for (int k = 1; k < len; k++)
    {
      /* Stops at the terminating NUL too: it is no continuation byte. */
      if ((p[k] & 0xC0) != 0x80)
        return 0;
      *c = (*c << 6) | (p[k] & 0x3F);
    }
  return len;
}

/* The ASCII bytes a name keeps as they are: printable, not a space, an
 * upper-case letter or a bracket bracket() writes as another. */
static const guchar ascii_kept[256] = {
  ['!'] = 1, ['"'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1,
  ['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1,
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
  ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
  [':'] = 1, [';'] = 1, ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1,
  ['\\'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
  ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
  ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
  ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
  ['|'] = 1, ['~'] = 1,
};

/* 3 if @p starts a character of a run of Han characters, kana and CJK
 * punctuation (0x3000 < c < 0xA640, in three bytes), else 0. The brackets
 * among them (0x3010-0x3017, with 〒 and 〓) end a run; bracket() reads
 * them, and a run starts again after them. */
static inline int
han_length (const guchar *p)
{
  gunichar c;

  if (p[0] < 0xE3 || p[0] > 0xEA || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
    return 0;
  c = (gunichar) (p[0] & 0x0F) << 12 | (gunichar) (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
  return c > 0x3000 && c < 0xA640 && (c < 0x3010 || c > 0x3017) ? 3 : 0;
}

/*
 * Writes into @out the name as names are compared, everywhere lian compares
 * them (duplicate checks, references by name in CSV files): without spaces
 * (full-width ones too), full-width ASCII turned into ASCII, case folded,
 * brackets of every kind (（）【】〔〕[]) as ( and ), company suffixes
 * dropped (more than one: 集团有限公司). Bytes that are not UTF-8 are kept
 * as they are. NULL gives "".
 */
void
lian_text_normalize_name (const char *name,
                          GString    *out)
{
  const guchar *p = (const guchar *) (name ? name : "");

  g_string_truncate (out, 0);
  while (*p)
    {
      gunichar c;
      int len;
      char b;

      /* A run of ASCII that the name keeps as it is (digits, lower case,
       * punctuation but the brackets written otherwise) is appended whole. */
      if (ascii_kept[*p])
        {
          const guchar *run = p;

          while (ascii_kept[*++p])
            ;
          lian_text_append (out, (const char *) run, p - run);
          continue;
        }
      len = next_char (p, &c);

      if (len == 0)
        {
          g_string_append_c (out, (char) *p++);
          continue;
        }
      if ((b = bracket (c)))
        {
          g_string_append_c (out, b);
          p += len;
          continue;
        }
      if (len == 1)
        {
          if (!g_ascii_isspace (c))
            g_string_append_c (out, c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c);
          p++;
          continue;
        }
      /* Han characters, kana and CJK punctuation have no case and no space:
       * a run of them (most of a Chinese name) is appended whole. */
      if (c > 0x3000 && c < 0xA640)
        {
          const guchar *run = p;

          p += len;
          while ((len = han_length (p)))
            p += len;
          lian_text_append (out, (const char *) run, p - run);
          continue;
        }
      p += len;
      if (c >= 0xFF01 && c <= 0xFF5E)
        g_string_append_c (out, g_ascii_tolower ((char) (c - 0xFEE0)));
      else if (!g_unichar_isspace (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  strip_suffixes (out);
}

/* The name as lian_text_normalize_name() writes it, as a new string. */
char *
lian_text_dup_normalized_name (const char *name)
{
  GString *out = g_string_new (NULL);

  lian_text_normalize_name (name, out);
  return g_string_free (out, FALSE);
}
