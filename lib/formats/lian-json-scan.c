/* lian-json-scan.c: refusing hostile JSON before parsing it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

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

gboolean
lian_json_scan (const char  *data,
                gsize        length,
                GError     **error)
{
  Scan s = { data, length, 0, 1, data };
  const char *end_valid = NULL;
  guint depth = 0;

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
        }
      else if (c == '[' || c == '{')
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
          if (depth > 0)
            depth--;
          s.pos++;
        }
      else if (c == '"')
        {
          gsize start = ++s.pos;
          while (s.pos < length && data[s.pos] != '"')
            {
              if (data[s.pos] == '\\' && s.pos + 1 < length)
                s.pos++;
              s.pos++;
            }
          if (s.pos - start > LIAN_JSON_MAX_STRING_LENGTH)
            {
              g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT,
                           "line %u, column %d: a string longer than %d bytes",
                           s.line, column (&s, p), LIAN_JSON_MAX_STRING_LENGTH);
              return FALSE;
            }
          s.pos++;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize start = s.pos;
          gboolean integer = TRUE;
          while (s.pos < length && (g_ascii_isdigit (data[s.pos]) || strchr ("+-.eE", data[s.pos])))
            {
              if (data[s.pos] == '.' || data[s.pos] == 'e' || data[s.pos] == 'E')
                integer = FALSE;
              s.pos++;
            }
          if (integer && s.pos - start > 18)
            {
              g_autofree char *digits = g_strndup (data + start, s.pos - start);
              gint64 value;
              if (!g_ascii_string_to_signed (digits, 10, G_MININT64, G_MAXINT64, &value, NULL))
                {
                  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
                               "line %u, column %d: %.40s does not fit in a 64-bit integer",
                               s.line, column (&s, p), digits);
                  return FALSE;
                }
            }
        }
      else
        s.pos++;
    }
  return TRUE;
}
