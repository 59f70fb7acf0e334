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

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "lian-csv-guard-private.h"
#include "lian-csv-private.h"
#include "lian-csv-importer.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* Text helpers
 *
 * They work on the bytes of the UTF-8 text: the characters they look for
 * are ASCII, or U+3000, U+00A0, U+FEFF and the full-width forms
 * U+FF01..U+FF5E, whose UTF-8 forms are recognised by their first bytes.
 */

/* The length of the space character at @p, or 0. */
static inline guint
space_at (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] == ' ' || u[0] == '\t' || u[0] == '\r' || u[0] == '\n')
    return 1;
  if (u[0] == 0xC2 && u[1] == 0xA0)
    return 2;
  if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
    return 3;
  if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return 3;
  return 0;
}

/* The length of the space character ending at @end (after @start), or 0. */
static inline guint
space_before (const char *start,
              const char *end)
{
  gsize n = end - start;

  if (n >= 1 && space_at (end - 1) == 1)
    return 1;
  if (n >= 2 && space_at (end - 2) == 2)
    return 2;
  if (n >= 3 && space_at (end - 3) == 3)
    return 3;
  return 0;
}

char *
lian_csv_trim_in_place (char *text)
{
  char *start = text, *end = text + strlen (text);
  guint n;

  while (start < end && (n = space_at (start)))
    start += n;
  while (end > start && (n = space_before (start, end)))
    end -= n;
  *end = '\0';
  return start;
}

char *
lian_csv_trim (const char *text)
{
  g_autofree char *copy = g_strdup (text);

  return g_strdup (lian_csv_trim_in_place (copy));
}

gsize
lian_csv_fold_into (char       *out,
                    const char *text)
{
  const guchar *p = (const guchar *) text;
  char *o = out;

  while (*p)
    {
      guint n;
      if (*p < 0x80)
        {
          if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
            *o++ = (char) *p;
          p++;
        }
      else if ((n = space_at ((const char *) p)))
        p += n;
      else if (p[0] == 0xEF && ((p[1] == 0xBC && p[2] >= 0x81 && p[2] <= 0xBF) ||
                                (p[1] == 0xBD && p[2] >= 0x80 && p[2] <= 0x9E)))
        {
          /* U+FF01..U+FF5E, full-width ASCII: EF BC 81..BF, EF BD 80..9E */
          *o++ = (char) (p[1] == 0xBC ? p[2] - 0x80 + 0x20 : p[2] - 0x80 + 0x60);
          p += 3;
        }
      else
        *o++ = (char) *p++;
    }
  *o = '\0';
  return o - out;
}

char *
lian_csv_fold (const char *text)
{
  char *out = g_malloc (strlen (text) + 1);

  lian_csv_fold_into (out, text);
  return out;
}

/* The length of the list separator at @p, or 0: , ; newline 、 ， ； */
static inline guint
separator_at (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] == ',' || u[0] == ';' || u[0] == '\n')
    return 1;
  if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x81)
    return 3;
  if (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x8C || u[2] == 0x9B))
    return 3;
  return 0;
}

void
lian_csv_split_in_place (char      *text,
                         gboolean   keep_empty,
                         GPtrArray *items)
{
  char *start = text;

  g_ptr_array_set_size (items, 0);
  if (text[0] == '\0')
    return;
  for (char *p = text;;)
    {
      guint n = *p ? separator_at (p) : 1;
      if (n)
        {
          gboolean last = *p == '\0';
          char *item;
          *p = '\0';
          item = lian_csv_trim_in_place (start);
          if (item[0] || keep_empty)
            g_ptr_array_add (items, item);
          if (last)
            break;
          p += n;
          start = p;
        }
      else
        p++;
    }
}

GStrv
lian_csv_split_list (const char *text,
                     gboolean    keep_empty)
{
  g_autofree char *copy = g_strdup (text);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GStrv result;

  lian_csv_split_in_place (copy, keep_empty, items);
  result = g_new (char *, items->len + 1);
  for (guint i = 0; i < items->len; i++)
    result[i] = g_strdup (g_ptr_array_index (items, i));
  result[items->len] = NULL;
  return result;
}

/* Reads one item of a guard formula at *p: "text" (quotes doubled) or
 * CHAR(9), CHAR(10), CHAR(13). */
static gboolean
read_guard_item (const char **p,
                 GString     *out)
{
  const char *q = *p;

  if (*q == '"')
    {
      for (q++;; q++)
        {
          if (*q == '\0')
            return FALSE;
          if (*q == '"')
            {
              if (q[1] != '"')
                break;
              q++;
            }
          g_string_append_c (out, *q);
        }
      *p = q + 1;
      return TRUE;
    }
  if (g_ascii_strncasecmp (q, "CHAR(", 5) == 0)
    {
      static const char * const codes[] = { "9)", "10)", "13)" };
      static const char chars[] = { '\t', '\n', '\r' };
      for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
        if (g_str_has_prefix (q + 5, codes[i]))
          {
            g_string_append_c (out, chars[i]);
            *p = q + 5 + strlen (codes[i]);
            return TRUE;
          }
    }
  return FALSE;
}

const char *
lian_csv_unguard (const char  *cell,
                  char       **owned)
{
  const char *p = cell + 1;
  GString *inner;
  guint apostrophes;

  *owned = NULL;
  /* '=… as written when a formula would be too long: one apostrophe less. */
  if (cell[0] == '\'' && lian_csv_starts_formula (cell, &apostrophes))
    return cell + 1;
  if (cell[0] != '=' || (cell[1] != '"' && g_ascii_strncasecmp (cell + 1, "CHAR(", 5) != 0))
    return cell;
  inner = g_string_sized_new (strlen (cell));
  for (;;)
    {
      if (!read_guard_item (&p, inner))
        break;
      if (*p == '\0')
        {
          *owned = g_string_free (inner, FALSE);
          return *owned;
        }
      if (*p++ != '&')
        break;
    }
  g_string_free (inner, TRUE);
  return cell;   /* not a formula of text: leave it alone */
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
                   _("line %u: the bytes are not %s text"), line_at (data, end - data), name);
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
                 _("unknown encoding \"%s\""), encoding);
  else
    g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                 _("line %u: the bytes are not %s text"), line_at (data, bytes_read), name);
  return NULL;
}

/* Whether NUL, quote, comma and line ends are those bytes in @encoding. */
static gboolean
ascii_compatible (const char *encoding)
{
  static const char * const names[] = { "UTF-8", "UTF8", "GB18030", "GBK", "GB2312", "CP936" };

  if (encoding == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (encoding, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A NUL in @text: an error naming it, its line and the cell it is in. */
static gboolean
nul_byte (const char  *text,
          gsize        length,
          GError     **error)
{
  const char *nul = memchr (text, '\0', length);
  gboolean quoted = FALSE;
  guint line = 1, column = 1;

  if (nul == NULL)
    return FALSE;
  for (const char *p = text; p < nul; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '\n')
        {
          line++;
          if (!quoted)
            column = 1;
        }
      else if (*p == ',' && !quoted)
        column++;
    }
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
               _("line %u, column %u: a NUL byte (0x00), which no text holds: the file is "
               "damaged, or is not a CSV file"), line, column);
  return TRUE;
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

  if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    {
      g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                           _("the file is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV\""));
      return NULL;
    }
  /* Before decoding, in the encodings where a NUL is a NUL byte: a NUL
   * is no UTF-8 a validator takes, and GB18030 would read on past it. */
  if (ascii_compatible (encoding) && nul_byte (data, length, error))
    return NULL;
  if (encoding == NULL)
    {
      if (has_bom)
        text = take_utf8 (data + 3, length - 3, "UTF-8", &n, error);
      else if (g_utf8_validate_len (data, length, NULL))
        text = take_utf8 (data, length, "UTF-8", &n, error);
      else
        text = convert (data, length, "GB18030", _("UTF-8 or GB18030"), &n, error);
    }
  else if (g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0)
    text = has_bom ? take_utf8 (data + 3, length - 3, "UTF-8", &n, error)
                   : take_utf8 (data, length, "UTF-8", &n, error);
  else
    text = convert (data, length, encoding, encoding, &n, error);
  if (text == NULL)
    return NULL;

  if (nul_byte (text, n, error))
    return NULL;
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

static void
set_file_error (GError     **error,
                const char  *path,
                int          code,
                const char  *why)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, code, "%s: %s", display, why);
}

GMappedFile *
lian_csv_map_file (const char  *path,
          GError     **error)
{
  g_autoptr(GError) local = NULL;
  GMappedFile *mapped;
  GStatBuf st;
  int fd, saved;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      saved = errno;
      set_file_error (error, path, g_io_error_from_errno (saved), g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      close (fd);
      set_file_error (error, path, G_IO_ERROR_IS_DIRECTORY, _("a folder, not a CSV file"));
      return NULL;
    }
  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local);
  close (fd);
  if (mapped == NULL)
    set_file_error (error, path, g_io_error_from_file_error (local->code), local->message);
  return mapped;
}


void
lian_csv_reader_init (LianCsvReader *r,
                      const char    *data,
                      gsize          length)
{
  r->data = data;
  r->length = length;
  r->pos = 0;
  r->line = 1;
  r->row = 0;
  r->row_line = 0;
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
               _("line %u, column %u: a cell longer than %d bytes (a quote never closed?)"),
               line, r->n_cells + 1, LIAN_CSV_MAX_CELL_LENGTH);
  return TRUE;
}

/* A byte-order mark starting a row after the first: two files joined
 * into one, the second keeping its mark (and its header). */
static gboolean
stray_bom (LianCsvReader  *r,
           GError        **error)
{
  if (r->pos == 0 || r->length - r->pos < 3 || memcmp (r->data + r->pos, "\xEF\xBB\xBF", 3) != 0)
    return FALSE;
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
               _("line %u: a byte-order mark (U+FEFF) in the middle of the file, as when two "
               "CSV files are joined into one; remove it and the second header row"),
               r->line);
  return TRUE;
}

gboolean
lian_csv_reader_next (LianCsvReader  *r,
                      GError        **error)
{
  const char *data = r->data;
  gsize end = r->length, p = r->pos;

  if (p >= end || stray_bom (r, error))
    return FALSE;
  g_string_truncate (r->arena, 0);
  g_array_set_size (r->offsets, 0);
  r->n_cells = 0;
  r->row++;
  r->row_line = r->line;

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
                               _("line %u, column %u: a quoted cell is never closed"),
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

/* A header row that is one cell holding tabs or semicolons is of a file
 * saved as "Text (Tab delimited)", or as CSV where the list separator is
 * ';': @error (taken) with a hint saying so. */
GError *
lian_csv_hint_separator (LianCsvReader *reader,
                GError        *error)
{
  const char *cell = lian_csv_reader_cell (reader, 0);
  const char *what = NULL;
  GError *hinted;

  if (reader->n_cells != 1 || error->domain != LIAN_FORMAT_ERROR ||
      error->code != LIAN_FORMAT_ERROR_MISSING)
    return error;
  if (strchr (cell, '\t'))
    what = _("tabs");
  else if (strchr (cell, ';'))
    what = _("semicolons");
  if (what == NULL)
    return error;
  hinted = g_error_new (error->domain, error->code,
                        _("%s; its cells are separated by %s, not commas: save the sheet as "
                        "\"CSV UTF-8\" (逗号分隔)"), error->message, what);
  g_error_free (error);
  return hinted;
}

/* Writing */

void
lian_csv_write_bom (GString *out)
{
  g_string_append (out, "\xEF\xBB\xBF");
}

void
lian_csv_write_cell (GString    *out,
                     gboolean    first,
                     const char *text,
                     gboolean    guard)
{
  if (!first)
    g_string_append_c (out, ',');
  lian_csv_append_field (out, text, guard);
}

void
lian_csv_end_row (GString *out)
{
  g_string_append (out, "\r\n");
}
