/* lian-csv-reader.c: decoding the bytes of a CSV file and reading its rows
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader follows RFC 4180 and what Excel and WPS write: cells
 * separated by commas, quoted when they hold a comma, a quote ("") or a
 * line break, rows ending in CRLF, LF or CR. It is lenient where a
 * spreadsheet would be: a quote inside an unquoted cell is kept as it is,
 * text after a closing quote is appended. A quoted cell that is never
 * closed is an error, as it would swallow the rest of the file.
 *
 * UTF-8 is read where it lies, without a copy. GB18030 (through a table of
 * its two-byte characters, lian-csv-gb18030.c; GBK and GB2312 through iconv)
 * is decoded a block at a time into a window that holds the row being read
 * and the rest of the block: a row or a character cut by the end of a
 * block is completed from the next one. Other encodings iconv knows are
 * decoded whole.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lian-csv-private.h"
#include "lian-csv-importer.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* The bytes decoded at a time. */
#define BLOCK_SIZE (256 * 1024)

static const char bom[] = "\xEF\xBB\xBF";

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

static void
set_encoding_error (GError     **error,
                    const char  *data,
                    gsize        offset,
                    const char  *name)
{
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
               _("line %u: the bytes are not %s text"), line_at (data, offset), name);
}

/* The length of the UTF-8 character at @p, before @end, or 0 if it is
 * none g_utf8_validate() takes (a NUL, a byte no character starts with,
 * an overlong form, a surrogate, a code past U+10FFFF, one cut short). */
static inline gsize
utf8_char_length (const guchar *p,
                  const guchar *end)
{
  guchar c = p[0], lo = 0x80, hi = 0xBF;
  gsize n;

  if (c < 0x80)
    return c != 0;
  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      n = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      n = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    }
  else
    return 0;
  if ((gsize) (end - p) < n || p[1] < lo || p[1] > hi)
    return 0;
  for (gsize k = 2; k < n; k++)
    if ((p[k] & 0xC0) != 0x80)
      return 0;
  return n;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* How many of the first fifteen bytes of @w are characters of three bytes
 * but E0 and ED's (which have a narrower second byte), one after the other
 * from the first: 0, 3, 6, 9, 12 or 15. */
static inline gsize
three_byte_run (__m128i w)
{
  __m128i e = _mm_cmpeq_epi8 (_mm_and_si128 (w, _mm_set1_epi8 ((char) 0xF0)),
                              _mm_set1_epi8 ((char) 0xE0));
  __m128i narrow = _mm_or_si128 (_mm_cmpeq_epi8 (w, _mm_set1_epi8 ((char) 0xE0)),
                                 _mm_cmpeq_epi8 (w, _mm_set1_epi8 ((char) 0xED)));
  guint lead = (guint) _mm_movemask_epi8 (_mm_andnot_si128 (narrow, e));
  guint cont = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_and_si128 (w, _mm_set1_epi8 ((char) 0xC0)),
                                                          _mm_set1_epi8 ((char) 0x80)));
  /* A bit at each lead byte followed by two continuation bytes; the
   * first of the places 0, 3, 6, 9 and 12 without one ends the run. */
  guint missing = ~(lead & cont >> 1 & cont >> 2) & 0x1249;

  return missing ? (gsize) __builtin_ctz (missing) : 15;
}
#endif

/* g_utf8_validate_len(), sixteen (or eight) bytes at a time where they are
 * ASCII and none is a NUL, as most of a CSV file is, and up to five
 * characters of three bytes at once (most Chinese text). */
static gboolean
utf8_validate (const char  *data,
               gsize        length,
               const char **stop)
{
  const guchar *p = (const guchar *) data, *end = p + length;
#if !(defined(__SSE2__) && defined(__GNUC__))
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101), highs = ones << 7;
#endif

  while (p < end)
    {
      gsize n;
#if defined(__SSE2__) && defined(__GNUC__)
      if (end - p >= 16)
        {
          __m128i w = _mm_loadu_si128 ((const __m128i *) p);
          /* A bit for each byte that is not ASCII, or is a NUL. */
          int special = _mm_movemask_epi8 (_mm_or_si128 (w, _mm_cmpeq_epi8 (w, _mm_setzero_si128 ())));

          gsize step;

          if ((special & 1) == 0)
            {
              p += special ? __builtin_ctz (special) : 16;
              continue;
            }
          /* Up to five characters of three bytes, as below, at once. */
          if ((step = three_byte_run (w)) > 0)
            {
              p += step;
              continue;
            }
        }
#else
      guint64 w;

      if (end - p >= 8 && (memcpy (&w, p, 8), ((w | ((w - ones) & ~w)) & highs) == 0))
        {
          p += 8;
          continue;
        }
#endif
      if (p[0] - 1u < 0x7F)
        {
          p++;
          continue;
        }
      /* Most of the rest: a character of three bytes but E0 and ED's, which
       * have a narrower second byte. */
      if (end - p >= 3 && p[0] > 0xE0 && p[0] <= 0xEF && p[0] != 0xED &&
          (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        {
          p += 3;
          continue;
        }
      if ((n = utf8_char_length (p, end)) == 0)
        break;
      p += n;
    }
  if (stop)
    *stop = (const char *) p;
  return p == end;
}

static char *
convert (const char  *data,
         gsize        length,
         const char  *encoding,
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
    set_encoding_error (error, data, bytes_read, encoding);
  return NULL;
}

static gboolean
is_utf8 (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

/* The Chinese encodings, decoded in blocks: NUL, quote, comma and line
 * ends are those bytes in them, and no byte below 0x80 is part of a
 * longer character but the second of four in GB18030, a digit. */
static gboolean
is_chinese (const char *encoding)
{
  static const char * const names[] = { "GB18030", "GBK", "GB2312", "CP936" };

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

static gboolean
check_utf8 (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end;

  if (utf8_validate (data, length, &end))
    return TRUE;
  /* A NUL is no UTF-8 the check takes: said as such. */
  if (!nul_byte (data, length, error))
    set_encoding_error (error, data, end - data, "UTF-8");
  return FALSE;
}

static void
reader_init (LianCsvReader *r,
             const char    *data,
             gsize          length)
{
  memset (r, 0, sizeof *r);
  r->data = data;
  r->length = length;
  r->line = 1;
  r->eof = TRUE;
  r->conv = (GIConv) -1;
  r->arena = g_string_sized_new (1024);
}

/* Decodes the next block after what is left of the window from r->pos. */
static gboolean
decode_block (LianCsvReader  *r,
              GError        **error)
{
  GString *window = r->window;
  gsize kept = window->len - r->pos, chunk = MIN (r->in_left, BLOCK_SIZE);
  gsize in_left = chunk, out_left = chunk + chunk / 2 + 8;
  char *in = (char *) r->in, *out;
  gsize n;

  memmove (window->str, window->str + r->pos, kept);
  g_string_set_size (window, kept + out_left);
  out = window->str + kept;
  n = r->by_table ? lian_csv_gb18030_decode (r->conv, &in, &in_left, &out, &out_left)
                  : g_iconv (r->conv, &in, &in_left, &out, &out_left);
  if (n == (gsize) -1 && (errno == EILSEQ || (errno == EINVAL && r->in_left == chunk)))
    {
      set_encoding_error (error, r->raw, in - r->raw, r->encoding_name);
      return FALSE;
    }
  /* EINVAL: a character cut by the end of the block, read with the next. */
  g_string_set_size (window, out - window->str);
  r->in_left -= in - r->in;
  r->in = in;
  r->eof = r->in_left == 0;
  /* A byte-order mark GB18030 has too, at the start of the file. */
  if (!r->started && window->len >= 3 && memcmp (window->str, bom, 3) == 0)
    g_string_erase (window, 0, 3);
  r->started = TRUE;
  r->data = window->str;
  r->length = window->len;
  r->pos = 0;
  return TRUE;
}

static gboolean
open_in_blocks (LianCsvReader  *r,
                const char     *data,
                gsize           length,
                const char     *encoding,
                const char     *name,
                GError        **error)
{
  r->conv = g_iconv_open ("UTF-8", encoding);
  if (r->conv == (GIConv) -1)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   _("unknown encoding \"%s\""), encoding);
      return FALSE;
    }
  r->by_table = g_ascii_strcasecmp (encoding, "GB18030") == 0 && lian_csv_gb18030_available ();
  r->raw = r->in = data;
  r->in_left = length;
  r->encoding_name = name;
  r->window = g_string_sized_new (MIN (length, BLOCK_SIZE) * 2 + 8);
  r->eof = length == 0;
  return r->eof || decode_block (r, error);
}

/* Text in another encoding, decoded whole. */
static gboolean
open_converted (LianCsvReader  *r,
                const char     *data,
                gsize           length,
                const char     *encoding,
                GError        **error)
{
  gsize n = 0;
  char *text;

  text = convert (data, length, encoding, &n, error);
  if (text == NULL || nul_byte (text, n, error))
    {
      g_free (text);
      return FALSE;
    }
  r->owned = text;
  /* A BOM that came through the conversion. */
  if (n >= 3 && memcmp (text, bom, 3) == 0)
    text += 3, n -= 3;
  r->data = text;
  r->length = n;
  return TRUE;
}

gboolean
lian_csv_reader_open (LianCsvReader  *r,
                      const char     *data,
                      gsize           length,
                      const char     *encoding,
                      GError        **error)
{
  gboolean has_bom = length >= 3 && memcmp (data, bom, 3) == 0;
  gsize skip = has_bom ? 3 : 0;

  reader_init (r, "", 0);
  if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    {
      g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING,
                           _("the file is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV\""));
      return FALSE;
    }
  /* Before decoding GB18030, which would read on past a NUL byte. UTF-8
   * is looked at for one only when it fails its check (check_utf8()). */
  if (encoding && is_chinese (encoding) && nul_byte (data, length, error))
    return FALSE;
  /* Without a BOM, bytes that are UTF-8 are read as UTF-8, checked once. */
  if (encoding == NULL && !has_bom)
    {
      if (!utf8_validate (data, length, NULL))
        return !nul_byte (data, length, error) &&
               open_in_blocks (r, data, length, "GB18030", _("UTF-8 or GB18030"), error);
      r->data = data;
      r->length = length;
      return TRUE;
    }
  if (encoding == NULL)
    encoding = "UTF-8";
  if (is_utf8 (encoding))
    {
      if (!check_utf8 (data + skip, length - skip, error))
        return FALSE;
      r->data = data + skip;
      r->length = length - skip;
      return TRUE;
    }
  if (is_chinese (encoding))
    return open_in_blocks (r, data, length, encoding, encoding, error);
  return open_converted (r, data, length, encoding, error);
}

void
lian_csv_reader_clear (LianCsvReader *r)
{
  g_string_free (r->arena, TRUE);
  if (r->window)
    g_string_free (r->window, TRUE);
  if (r->conv != (GIConv) -1)
    g_iconv_close (r->conv);
  g_free (r->owned);
}

/* Reading */

typedef enum {
  ROW_READ,
  ROW_CUT,      /* the window ends inside the row: decode more */
  ROW_FAILED,
} RowStatus;

static gboolean
cell_too_long (LianCsvReader  *r,
               gsize           start,
               guint           line,
               GError        **error)
{
  /* The cell from @start, ended by its NUL. */
  if (r->arena->len - 1 - start <= LIAN_CSV_MAX_CELL_LENGTH)
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
  if (r->row == 0 || r->length - r->pos < 3 || memcmp (r->data + r->pos, bom, 3) != 0)
    return FALSE;
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
               _("line %u: a byte-order mark (U+FEFF) in the middle of the file, as when two "
               "CSV files are joined into one; remove it and the second header row"),
               r->line);
  return TRUE;
}

/* g_string_append_len() without its call when the arena has room, as it
 * has for all but the first rows. */
static inline void
arena_append (GString    *arena,
              const char *text,
              gsize       n)
{
  if (arena->len + n >= arena->allocated_len)
    {
      g_string_append_len (arena, text, n);
      return;
    }
  memcpy (arena->str + arena->len, text, n);
  arena->len += n;
  arena->str[arena->len] = '\0';
}

/* The @n bytes at @text, which @end follows in the text, as a cell of
 * the arena with its NUL. A short cell far enough from @end is copied
 * sixteen bytes at once, into room the arena has, without a call. */
static inline void
arena_append_cell (GString    *arena,
                   const char *text,
                   gsize       n,
                   const char *end)
{
  char *out = arena->str + arena->len;

  if (n > 16 || end - text < 16 || arena->len + 17 >= arena->allocated_len)
    {
      arena_append (arena, text, n);
      arena_append (arena, "", 1);
      return;
    }
  memcpy (out, text, 8);
  memcpy (out + 8, text + 8, 8);
  out[n] = '\0';
  arena->len += n + 1;
}

/* The bytes that end an unquoted cell. */
static const guchar cell_ends[256] = { [','] = 1, ['\n'] = 1, ['\r'] = 1 };

/* Where the unquoted text from @p ends: at a comma, a line end or @end. */
static inline gsize
unquoted_end (const char *data,
              gsize       p,
              gsize       end)
{
  const guchar *u = (const guchar *) data;

#if defined(__SSE2__) && defined(__GNUC__)
  /* Sixteen bytes at a time: most cells end in the first sixteen. */
  const __m128i comma = _mm_set1_epi8 (','), lf = _mm_set1_epi8 ('\n'), cr = _mm_set1_epi8 ('\r');

  while (p + 16 <= end)
    {
      __m128i w = _mm_loadu_si128 ((const __m128i *) (u + p));
      int mask = _mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (w, comma),
                                                                _mm_cmpeq_epi8 (w, lf)),
                                                  _mm_cmpeq_epi8 (w, cr)));
      if (mask)
        return p + __builtin_ctz (mask);
      p += 16;
    }
#endif
  while (p + 4 <= end &&
         !(cell_ends[u[p]] | cell_ends[u[p + 1]] | cell_ends[u[p + 2]] | cell_ends[u[p + 3]]))
    p += 4;
  while (p < end && !cell_ends[u[p]])
    p++;
  return p;
}

/* A quoted cell from *p, past its opening quote, to its closing one. */
static RowStatus
read_quoted (LianCsvReader  *r,
             gsize          *pos,
             gboolean        keep,
             guint           cell_line,
             GError        **error)
{
  const char *data = r->data;
  gsize end = r->length, p = *pos;

  for (;;)
    {
      const char *quote = memchr (data + p, '"', end - p);
      if (quote == NULL || (quote + 1 == data + end && !r->eof))
        {
          if (!r->eof)
            return ROW_CUT;
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                       _("line %u, column %u: a quoted cell is never closed"),
                       cell_line, r->n_cells + 1);
          return ROW_FAILED;
        }
      for (const char *q = data + p; q < quote; q++)
        if (*q == '\n')
          r->line++;
      if (keep)
        arena_append (r->arena, data + p, quote - (data + p));
      p = quote - data + 1;
      if (p < end && data[p] == '"')
        {
          if (keep)
            g_string_append_c (r->arena, '"');
          p++;
          continue;
        }
      *pos = p;
      return ROW_READ;
    }
}

/* The next row, from r->pos. */
static RowStatus
read_row (LianCsvReader  *r,
          gsize          *pos,
          GError        **error)
{
  const char *data = r->data;
  gsize end = r->length, p = *pos;

  for (;;)
    {
      gsize start = r->arena->len, s;
      gboolean keep = r->n_cells <= LIAN_CSV_MAX_COLUMNS;
      guint cell_line = r->line;

      if (p < end && data[p] == '"')
        {
          RowStatus status;
          p++;
          status = read_quoted (r, &p, keep, cell_line, error);
          if (status != ROW_READ)
            return status;
        }
      /* Unquoted text, or what follows a closing quote. */
      s = p;
      p = unquoted_end (data, p, end);
      /* A cut row, or a CR whose LF may be in the next block. */
      if (!r->eof && (p >= end || (data[p] == '\r' && p + 1 >= end)))
        return ROW_CUT;
      if (keep)
        {
          guint offset = start;
          arena_append_cell (r->arena, data + s, p - s, data + end);
          if (cell_too_long (r, start, cell_line, error))
            return ROW_FAILED;
          r->offsets[r->n_kept++] = offset;
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
      *pos = p;
      return ROW_READ;
    }
}

gboolean
lian_csv_reader_next (LianCsvReader  *r,
                      GError        **error)
{
  guint line = r->line;

  for (;;)
    {
      RowStatus status = ROW_CUT;
      gsize p = r->pos;

      if (p < r->length || r->eof)
        {
          if (p >= r->length)
            return FALSE;
          if (r->length - p < 3 && !r->eof)
            status = ROW_CUT;
          else if (stray_bom (r, error))
            return FALSE;
          else
            {
              g_string_truncate (r->arena, 0);
              r->n_kept = 0;
              r->n_cells = 0;
              r->line = line;
              status = read_row (r, &p, error);
            }
        }
      if (status == ROW_FAILED)
        return FALSE;
      if (status == ROW_READ)
        {
          r->row++;
          r->row_line = line;
          r->pos = p;
          return TRUE;
        }
      if (!decode_block (r, error))
        return FALSE;
    }
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
