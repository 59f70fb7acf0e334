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
  return lian_csv_trim_in_place_len (text, strlen (text));
}

char *
lian_csv_trim_in_place_len (char  *text,
                            gsize  length)
{
  /* The bytes a space character can start with, and end with. */
  static const guchar starts[256] = { [' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1,
                                      [0xC2] = 1, [0xE3] = 1, [0xEF] = 1 };
  static const guchar ends[256] = { [' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1,
                                    [0xA0] = 1, [0x80] = 1, [0xBF] = 1 };
  char *start = text, *end = text + length;
  guint n;

  /* Most cells: nothing to cut. */
  if (length == 0 || (!starts[(guchar) text[0]] && !ends[(guchar) text[length - 1]]))
    return text;
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

/* Files */

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
