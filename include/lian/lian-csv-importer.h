/* lian-csv-importer.h: taking in spreadsheets saved as CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <gio/gio.h>
#include <lian/lian-version.h>
#include <lian/lian-enums.h>
#include <lian/lian-registry.h>

G_BEGIN_DECLS

/**
 * LIAN_CSV_MAX_COLUMNS:
 *
 * The most columns a CSV file may have. A header with more is refused
 * with `LIAN_FORMAT_ERROR_LIMIT`; a row with more is rejected.
 */
#define LIAN_CSV_MAX_COLUMNS 256

/**
 * LIAN_CSV_MAX_CELL_LENGTH:
 *
 * The longest cell a CSV file may hold, in bytes of UTF-8 (64 KiB). A
 * longer cell, most often a quote never closed, refuses the file with
 * `LIAN_FORMAT_ERROR_LIMIT`.
 */
#define LIAN_CSV_MAX_CELL_LENGTH 65536

/**
 * LIAN_CSV_MAX_FILE_SIZE:
 *
 * The largest CSV file, in bytes, an importer takes unless told otherwise
 * (256 MiB: a full Excel sheet of 1,048,576 rows at 256 bytes a row). A
 * larger file is refused with `LIAN_FORMAT_ERROR_LIMIT` before a byte of it
 * is read; [property@Lian.CsvImporter:max-file-size] changes the limit.
 */
#define LIAN_CSV_MAX_FILE_SIZE 268435456

#define LIAN_TYPE_CSV_IMPORTER (lian_csv_importer_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianCsvImporter, lian_csv_importer, LIAN, CSV_IMPORTER, GObject)

LIAN_AVAILABLE_IN_ALL
LianCsvImporter *lian_csv_importer_new             (LianRegistry     *registry,
                                                    LianRecordKind    kind) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianRegistry    *lian_csv_importer_get_registry    (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
LianRecordKind   lian_csv_importer_get_record_kind (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
gboolean         lian_csv_importer_get_partial     (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
void             lian_csv_importer_set_partial     (LianCsvImporter  *self,
                                                    gboolean          partial);
LIAN_AVAILABLE_IN_ALL
const char      *lian_csv_importer_get_encoding    (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
void             lian_csv_importer_set_encoding    (LianCsvImporter  *self,
                                                    const char       *encoding);
LIAN_AVAILABLE_IN_ALL
gboolean         lian_csv_importer_get_update      (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
void             lian_csv_importer_set_update      (LianCsvImporter  *self,
                                                    gboolean          update);
LIAN_AVAILABLE_IN_ALL
guint64          lian_csv_importer_get_max_file_size (LianCsvImporter *self);
LIAN_AVAILABLE_IN_ALL
void             lian_csv_importer_set_max_file_size (LianCsvImporter *self,
                                                      guint64          max_size);
LIAN_AVAILABLE_IN_ALL
gboolean         lian_csv_importer_import_file     (LianCsvImporter  *self,
                                                    const char       *path,
                                                    GCancellable     *cancellable,
                                                    GError          **error);
LIAN_AVAILABLE_IN_ALL
gboolean         lian_csv_importer_import_data     (LianCsvImporter  *self,
                                                    const char       *data,
                                                    gssize            length,
                                                    GError          **error);
LIAN_AVAILABLE_IN_ALL
GListModel      *lian_csv_importer_get_results     (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
guint            lian_csv_importer_get_n_imported  (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
guint            lian_csv_importer_get_n_updated   (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
guint            lian_csv_importer_get_n_rejected  (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
guint            lian_csv_importer_get_n_skipped   (LianCsvImporter  *self);
LIAN_AVAILABLE_IN_ALL
char            *lian_csv_importer_dup_report      (LianCsvImporter  *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
gboolean         lian_csv_importer_write_report    (LianCsvImporter  *self,
                                                    const char       *path,
                                                    GError          **error);

LIAN_AVAILABLE_IN_ALL
gboolean         lian_csv_importer_get_allow_duplicates (LianCsvImporter *self);
LIAN_AVAILABLE_IN_ALL
void             lian_csv_importer_set_allow_duplicates (LianCsvImporter *self,
                                                         gboolean         allow);

G_END_DECLS
