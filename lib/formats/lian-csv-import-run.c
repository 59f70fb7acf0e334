/* lian-csv-import-run.c: one import of a file, from its bytes to its results
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Opens the reader on the file's bytes, finds the header row (passing a
 * title row or two above it), checks every row, then commits, or explains
 * what each good row of a refused file would have done.
 */
#include "config.h"

#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-registry-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* In a refused file, each good row says what it would have done. */
static void
explain_skipped (LianCsvImport *import)
{
  for (guint i = 0; i < import->pending->len; i++)
    {
      LianCsvPending *pending = &g_array_index (import->pending, LianCsvPending, i);
      const LianCsvResultEntry *entry = &g_array_index (import->set->entries, LianCsvResultEntry,
                                                        pending->result);
      g_autofree char *message = NULL;

      if (entry->outcome != LIAN_CSV_OUTCOME_SKIPPED)
        continue;
      if (entry->message)
        message = g_strdup_printf (pending->update
                                   ? _("would update the record, but the file was refused; %s")
                                   : _("would be imported, but the file was refused; %s"),
                                   entry->message);
      else
        message = g_strdup (pending->update
                            ? _("would update the record, but the file was refused")
                            : _("would be imported, but the file was refused"));
      lian_csv_result_set_change (import->set, pending->result, LIAN_CSV_OUTCOME_SKIPPED, message);
    }
}

/* The rows a file of @length bytes likely has: its lines that are not
 * blank (a quoted cell may hold a line break), but no more than a row of
 * 64 bytes each would make (an encoding in units of two bytes has other
 * bytes that read as a line break), so that a file of empty or tiny lines
 * does not make room for rows it will never give. */
static guint
count_rows (const char *bytes,
            gsize       length)
{
  const char *end = bytes + length;
  const char *line = bytes;
  gsize n = 1, most = MIN (length / 64 + 1, G_MAXUINT / 4);

  for (const char *p; n < most && (p = memchr (line, '\n', end - line)); line = p + 1)
    if (p - line > 1 || (p - line == 1 && line[0] != '\r'))
      n++;
  return n;
}

/* The header is the first row naming the required columns; a title row
 * or two above it are passed over. */
static gboolean
find_header (LianCsvImport  *import,
             LianCsvReader  *reader,
             GError        **error)
{
  g_autoptr(GError) first_error = NULL;
  GError *local = NULL;
  gboolean have_header = FALSE;
  guint tries = 0;

  while (!have_header && tries < 5 && lian_csv_reader_next (reader, &local))
    {
      GError *header_error = NULL;
      if (reader->n_cells == 1 && lian_csv_reader_cell (reader, 0)[0] == '\0')
        continue;
      tries++;
      have_header = lian_csv_import_header (import, reader, reader->row_line, &header_error);
      if (header_error && first_error == NULL)
        first_error = lian_csv_hint_separator (reader, header_error);
      else
        g_clear_error (&header_error);
    }
  if (local)
    g_propagate_error (error, local);
  else if (have_header)
    return TRUE;
  else if (first_error)
    g_propagate_error (error, g_steal_pointer (&first_error));
  else
    g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
                         _("the file is empty: there is no header row"));
  return FALSE;
}

/* Checks every row after the header; FALSE on an error of the file's
 * (cut short by bytes no encoding reads, a quote never closed...) or on
 * cancelling. */
static gboolean
read_rows (LianCsvImport  *import,
           LianCsvReader  *reader,
           GCancellable   *cancellable,
           GError        **error)
{
  GError *local = NULL;
  guint rows = 0;

  while (lian_csv_reader_next (reader, &local))
    {
      lian_csv_import_row (import, reader, reader->row);
      if (++rows % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, &local))
        break;
    }
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

/* Reads the file: the header, then every row. */
static gboolean
read_file (LianCsvImport  *import,
           LianCsvReader  *reader,
           const char     *bytes,
           gsize           length,
           const char     *encoding,
           GCancellable   *cancellable,
           GError        **error)
{
  /* The registry as the rows' references are checked against it. */
  import->stamp = lian_registry_get_stamp (import->registry);
  return lian_csv_reader_open (reader, bytes, length, encoding, error) &&
         find_header (import, reader, error) &&
         read_rows (import, reader, cancellable, error);
}

/* Puts the import back as it was before the file was read, to read it
 * again checking at once each row's code that another row has. */
static void
restart_checking_codes (LianCsvImport *import)
{
  LianCsvImport fresh;

  lian_csv_import_init (&fresh, import->registry, import->kind, import->update);
  fresh.allow_duplicates = import->allow_duplicates;
  memcpy (fresh.hash, import->hash, sizeof fresh.hash);
  g_clear_pointer (&fresh.codes_later, lian_csv_names_seen_free);
  fresh.codes_repeated = g_steal_pointer (&import->codes_repeated);
  lian_csv_import_clear (import);
  *import = fresh;
}

gboolean
lian_csv_import_run (LianCsvImport  *import,
                     const char     *bytes,
                     gsize           length,
                     const char     *encoding,
                     gboolean        partial,
                     GCancellable   *cancellable,
                     GError        **error)
{
  LianCsvReader reader;
  guint n_rows = count_rows (bytes, length);
  gboolean ok = FALSE, read;

  /* Only needs and services take ids made from the file's hash. */
  if (import->kind != LIAN_RECORD_KIND_ENTERPRISE)
    {
      g_autofree char *hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                           (const guchar *) bytes, length);
      memcpy (import->hash, hash, 8);
    }
  lian_csv_import_expect (import, n_rows);
  read = read_file (import, &reader, bytes, length, encoding, cancellable, error);
  /* Rows with the same code: read again, to reject each where it is. */
  if (read && import->codes_later && lian_csv_import_codes_repeat (import))
    {
      lian_csv_reader_clear (&reader);
      restart_checking_codes (import);
      lian_csv_import_expect (import, n_rows);
      read = read_file (import, &reader, bytes, length, encoding, cancellable, error);
    }
  /* The rows' codes and names are of no more use once compared: given
   * back before the commit, whose records can take their memory. */
  g_clear_pointer (&import->codes_later, lian_csv_names_seen_free);
  if (read)
    lian_csv_import_name_remarks (import);
  g_clear_pointer (&import->names_seen, lian_csv_names_seen_free);
  if (read)
    {
      ok = lian_csv_import_commit (import, import->registry, partial, error);
      if (!ok)
        explain_skipped (import);
    }
  else
    {
      /* An error of the file's: no row has a result. */
      lian_csv_result_set_free (import->set);
      import->set = lian_csv_result_set_new ();
    }
  lian_csv_reader_clear (&reader);
  return ok;
}
