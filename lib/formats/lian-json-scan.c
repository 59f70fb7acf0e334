/* lian-json-scan.c: refusing hostile JSON before parsing it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lian-json-scan-private.h"
#include "lian-registry-json.h"
#include "lian-error.h"

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  const char *line_start;
} Scan;

static int
column (Scan       *s,
        const char *at)
{
  return (int) g_utf8_strlen (s->line_start, at - s->line_start) + 1;
}

static void
advance_lines (Scan       *s,
               const char *to)
{
  for (const char *p = s->data + s->pos; p < to; p++)
    if (*p == '\n')
      {
        s->line++;
        s->line_start = p + 1;
      }
}

/* The value of the 4 hex digits after "\u" at @pos, or -1. */
static int
unicode_escape (Scan *s,
                gsize pos)
{
  int value = 0;

  if (pos + 6 > s->length || s->data[pos] != '\\' || s->data[pos + 1] != 'u')
    return -1;
  for (gsize i = pos + 2; i < pos + 6; i++)
    {
      int digit = g_ascii_xdigit_value (s->data[i]);
      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* json-glib lets through escapes JSON does not have ("\x41" reads "x41"),
 * lone surrogates (it writes them as invalid UTF-8) and "\u0000" (which
 * ends a C string early): refuse them, since each would change the text. */
static gboolean
scan_escape (Scan     *s,
             GError  **error)
{
  const char *at = s->data + s->pos;
  char c;
  int value;

  if (s->pos + 1 >= s->length)
    return TRUE;  /* the string is unterminated; the caller says so */
  c = s->data[s->pos + 1];
  if (c != '\0' && strchr ("\"\\/bfnrt", c) != NULL)
    {
      s->pos += 2;
      return TRUE;
    }
  if (c != 'u')
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                   "line %u, column %d: \\%c is not a JSON escape",
                   s->line, column (s, at), c);
      return FALSE;
    }
  value = unicode_escape (s, s->pos);
  if (value < 0)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                   "line %u, column %d: \\u needs 4 hex digits", s->line, column (s, at));
      return FALSE;
    }
  if (value == 0)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                   "line %u, column %d: \\u0000 cannot be held in a string",
                   s->line, column (s, at));
      return FALSE;
    }
  if (value >= 0xDC00 && value <= 0xDFFF)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                   "line %u, column %d: \\u%04X is half of a surrogate pair",
                   s->line, column (s, at), (guint) value);
      return FALSE;
    }
  if (value >= 0xD800 && value <= 0xDBFF)
    {
      int low = unicode_escape (s, s->pos + 6);
      if (low < 0xDC00 || low > 0xDFFF)
        {
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                       "line %u, column %d: \\u%04X is half of a surrogate pair",
                       s->line, column (s, at), (guint) value);
          return FALSE;
        }
      s->pos += 6;
    }
  s->pos += 6;
  return TRUE;
}

static gboolean
scan_string (Scan     *s,
             GError  **error)
{
  Scan opening = *s;  /* for messages about the string as a whole */
  gsize start = ++s->pos;

  while (s->pos < s->length && s->data[s->pos] != '"')
    {
      if (s->data[s->pos] == '\\')
        {
          if (!scan_escape (s, error))
            return FALSE;
          continue;
        }
      if (s->data[s->pos] == '\n')
        {
          s->line++;
          s->line_start = s->data + s->pos + 1;
        }
      s->pos++;
    }
  if (s->pos - start > LIAN_JSON_MAX_STRING_LENGTH)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT,
                   "line %u, column %d: a string longer than %d bytes", opening.line,
                   column (&opening, opening.data + opening.pos), LIAN_JSON_MAX_STRING_LENGTH);
      return FALSE;
    }
  if (s->pos >= s->length)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                   "line %u, column %d: the document ends inside this string", opening.line,
                   column (&opening, opening.data + opening.pos));
      return FALSE;
    }
  s->pos++;
  return TRUE;
}

static gboolean
scan_number (Scan     *s,
             GError  **error)
{
  const char *p = s->data + s->pos;
  gsize start = s->pos;
  gboolean integer = TRUE;
  g_autofree char *text = NULL;

  while (s->pos < s->length && (g_ascii_isdigit (s->data[s->pos]) ||
                                strchr ("+-.eE", s->data[s->pos])))
    {
      if (s->data[s->pos] == '.' || s->data[s->pos] == 'e' || s->data[s->pos] == 'E')
        integer = FALSE;
      s->pos++;
    }
  if (integer && s->pos - start <= 18)
    return TRUE;

  text = g_strndup (p, s->pos - start);
  if (integer)
    {
      gint64 value;
      if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, NULL))
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
                       "line %u, column %d: %.40s does not fit in a 64-bit integer",
                       s->line, column (s, p), text);
          return FALSE;
        }
    }
  else if (isinf (g_ascii_strtod (text, NULL)))
    {
      /* json-glib would read infinity, and lian write it back as null. */
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
                   "line %u, column %d: %.40s does not fit in a double",
                   s->line, column (s, p), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
lian_json_scan (const char  *data,
                gsize        length,
                GError     **error)
{
  Scan s = { data, length, 0, 1, data };
  const char *end_valid = NULL;
  guint depth = 0;
  gboolean closed = FALSE;  /* the top-level value has ended */

  if (!g_utf8_validate_len (data, length, &end_valid))
    {
      advance_lines (&s, end_valid);
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                   "line %u, column %d: the document is not UTF-8 text",
                   s.line, column (&s, end_valid));
      return FALSE;
    }

  while (s.pos < length)
    {
      const char *p = data + s.pos;
      char c = *p;

      if (c == '\n')
        {
          s.line++;
          s.line_start = p + 1;
          s.pos++;
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\r')
        {
          s.pos++;
          continue;
        }
      if (closed)
        {
          /* json-glib would silently drop a second document. */
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                       "line %u, column %d: text after the end of the document",
                       s.line, column (&s, p));
          return FALSE;
        }
      if (c == '[' || c == '{')
        {
          if (++depth > LIAN_JSON_MAX_DEPTH)
            {
              g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT,
                           "line %u, column %d: nesting deeper than %d levels",
                           s.line, column (&s, p), LIAN_JSON_MAX_DEPTH);
              return FALSE;
            }
          s.pos++;
        }
      else if (c == ']' || c == '}')
        {
          if (depth > 0 && --depth == 0)
            closed = TRUE;
          s.pos++;
        }
      else if (c == '"')
        {
          if (!scan_string (&s, error))
            return FALSE;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          if (!scan_number (&s, error))
            return FALSE;
        }
      else
        s.pos++;
    }
  if (depth > 0)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                   "line %u, column %d: the document ends before it is complete",
                   s.line, column (&s, data + length));
      return FALSE;
    }
  return TRUE;
}
