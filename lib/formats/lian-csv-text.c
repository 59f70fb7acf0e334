/* lian-csv-text.c: decoding, reading and writing CSV text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader follows RFC 4180 and what Excel and WPS write: cells
 * separated by commas, quoted when they hold a comma, a quote ("") or a
 * line break, rows ending in CRLF, LF or CR. It is lenient where a
 * spreadsheet would be: a quote inside an unquoted cell is kept as it is,
 * text after a closing quote is appended. A quoted cell that is never
 * closed is an error, as it would swallow the rest of the file.
 */
#include "config.h"

#include <string.h>

#include "lian-csv-private.h"
#include "lian-csv-importer.h"
#include "lian-error.h"

/* Text helpers */

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 ||
         c == 0x00A0 || c == 0xFEFF;
}

char *
lian_csv_trim (const char *text)
{
  const char *start = text, *end = text + strlen (text);

  while (*start && is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      if (!is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

char *
lian_csv_fold (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
      if (is_space (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_separator (gunichar c)
{
  return c == ',' || c == ';' || c == '\n' || c == 0x3001 || c == 0xFF0C || c == 0xFF1B;
}

GStrv
lian_csv_split_list (const char *text,
                     gboolean    keep_empty)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  const char *start = text;
  GStrv result;

  if (text[0] != '\0')
    for (const char *p = text;; p = g_utf8_next_char (p))
      {
        if (*p == '\0' || is_separator (g_utf8_get_char (p)))
          {
            g_autofree char *raw = g_strndup (start, p - start);
            g_autofree char *item = lian_csv_trim (raw);
            if (item[0] || keep_empty)
              g_strv_builder_add (builder, item);
            if (*p == '\0')
              break;
            start = g_utf8_next_char (p);
          }
      }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

const char *
lian_csv_unguard (const char  *cell,
                  char       **owned)
{
  gsize len = strlen (cell);
  GString *inner;

  *owned = NULL;
  if (len < 3 || cell[0] != '=' || cell[1] != '"' || cell[len - 1] != '"')
    return cell;
  inner = g_string_sized_new (len);
  for (gsize i = 2; i < len - 1; i++)
    {
      if (cell[i] == '"')
        {
          if (cell[i + 1] != '"' || i + 1 >= len - 1)
            {
              g_string_free (inner, TRUE);
              return cell;   /* not a formula string: leave it alone */
            }
          i++;
        }
      g_string_append_c (inner, cell[i]);
    }
  *owned = g_string_free (inner, FALSE);
  return *owned;
}

/* Decoding */

static guint
line_at (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

static char *
take_utf8 (const char  *data,
           gsize        length,
           const char  *name,
           gsize       *out_length,
           GError     **error)
{
  const char *end;

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                   "line %u: the bytes are not %s text", line_at (data, end - data), name);
      return NULL;
    }
  *out_length = length;
  return g_strndup (data, length);
}

static char *
convert (const char  *data,
         gsize        length,
         const char  *encoding,
         const char  *name,
         gsize       *out_length,
         GError     **error)
{
  g_autoptr(GError) local = NULL;
  gsize bytes_read = 0;
  char *text;

  text = g_convert (data, length, "UTF-8", encoding, &bytes_read, out_length, &local);
  if (text)
    return text;
  if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
    g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                 "unknown encoding \"%s\"", encoding);
  else
    g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                 "line %u: the bytes are not %s text", line_at (data, bytes_read), name);
  return NULL;
}

char *
lian_csv_decode (const char  *data,
                 gsize        length,
                 const char  *encoding,
                 gsize       *out_length,
                 GError     **error)
{
  static const char bom[] = "\xEF\xBB\xBF";
  gboolean has_bom = length >= 3 && memcmp (data, bom, 3) == 0;
  g_autofree char *text = NULL;
  gsize n = 0;
  const char *nul;

  if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    {
      g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                           "the file is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV\"");
      return NULL;
    }
  if (encoding == NULL)
    {
      if (has_bom)
        text = take_utf8 (data + 3, length - 3, "UTF-8", &n, error);
      else if (g_utf8_validate_len (data, length, NULL))
        text = take_utf8 (data, length, "UTF-8", &n, error);
      else
        text = convert (data, length, "GB18030", "UTF-8 or GB18030", &n, error);
    }
  else if (g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0)
    text = has_bom ? take_utf8 (data + 3, length - 3, "UTF-8", &n, error)
                   : take_utf8 (data, length, "UTF-8", &n, error);
  else
    text = convert (data, length, encoding, encoding, &n, error);
  if (text == NULL)
    return NULL;

  nul = memchr (text, '\0', n);
  if (nul)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                   "line %u: a NUL byte; this is not a text file", line_at (text, nul - text));
      return NULL;
    }
  /* A BOM that came through a conversion (GB18030 has one too). */
  if (n >= 3 && memcmp (text, bom, 3) == 0)
    {
      memmove (text, text + 3, n - 3 + 1);
      n -= 3;
    }
  *out_length = n;
  return g_steal_pointer (&text);
}

/* Reading */

void
lian_csv_reader_init (LianCsvReader *r,
                      const char    *data,
                      gsize          length)
{
  r->data = data;
  r->length = length;
  r->pos = 0;
  r->line = 1;
  r->arena = g_string_sized_new (1024);
  r->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  r->n_cells = 0;
}

void
lian_csv_reader_clear (LianCsvReader *r)
{
  g_string_free (r->arena, TRUE);
  g_array_unref (r->offsets);
}

static gboolean
cell_too_long (LianCsvReader  *r,
               gsize           start,
               guint           line,
               GError        **error)
{
  if (r->arena->len - start <= LIAN_CSV_MAX_CELL_LENGTH)
    return FALSE;
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT,
               "line %u, column %u: a cell longer than %d bytes (a quote never closed?)",
               line, r->n_cells + 1, LIAN_CSV_MAX_CELL_LENGTH);
  return TRUE;
}

gboolean
lian_csv_reader_next (LianCsvReader  *r,
                      guint          *line,
                      GError        **error)
{
  const char *data = r->data;
  gsize end = r->length, p = r->pos;

  if (p >= end)
    return FALSE;
  g_string_truncate (r->arena, 0);
  g_array_set_size (r->offsets, 0);
  r->n_cells = 0;
  *line = r->line;

  for (;;)
    {
      gsize start = r->arena->len;
      gboolean keep = r->n_cells <= LIAN_CSV_MAX_COLUMNS;
      guint cell_line = r->line;

      if (p < end && data[p] == '"')
        {
          p++;
          for (;;)
            {
              const char *quote = memchr (data + p, '"', end - p);
              if (quote == NULL)
                {
                  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                               "line %u, column %u: a quoted cell is never closed",
                               cell_line, r->n_cells + 1);
                  return FALSE;
                }
              for (const char *q = data + p; q < quote; q++)
                if (*q == '\n')
                  r->line++;
              if (keep)
                g_string_append_len (r->arena, data + p, quote - (data + p));
              p = quote - data + 1;
              if (p < end && data[p] == '"')
                {
                  if (keep)
                    g_string_append_c (r->arena, '"');
                  p++;
                  continue;
                }
              break;
            }
        }
      /* Unquoted text, or what follows a closing quote. */
      {
        gsize s = p;
        while (p < end && data[p] != ',' && data[p] != '\n' && data[p] != '\r')
          p++;
        if (keep)
          g_string_append_len (r->arena, data + s, p - s);
      }
      if (keep)
        {
          guint offset = start;
          if (cell_too_long (r, start, cell_line, error))
            return FALSE;
          g_string_append_c (r->arena, '\0');
          g_array_append_val (r->offsets, offset);
        }
      r->n_cells++;

      if (p < end && data[p] == ',')
        {
          p++;
          continue;
        }
      if (p < end && data[p] == '\r')
        p++;
      if (p < end && data[p] == '\n')
        p++;
      r->line++;
      break;
    }
  r->pos = p;
  return TRUE;
}

/* Writing */

void
lian_csv_write_bom (GString *out)
{
  g_string_append (out, "\xEF\xBB\xBF");
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
 * number that loses digits or a leading zero, a date, a formula. */
static gboolean
needs_guard (const char *text)
{
  gsize len = strlen (text);
  const char *e, *dot, *sep;

  if (len > 255 || strpbrk (text, "\"\r\n"))
    return FALSE;
  if (strchr ("=+-@", text[0]))
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

void
lian_csv_write_cell (GString    *out,
                     gboolean    first,
                     const char *text,
                     gboolean    guard)
{
  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || text[0] == '\0')
    return;
  if (guard && needs_guard (text))
    {
      g_string_append (out, "\"=\"\"");
      g_string_append (out, text);
      g_string_append (out, "\"\"\"");
      return;
    }
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
lian_csv_end_row (GString *out)
{
  g_string_append (out, "\r\n");
}
