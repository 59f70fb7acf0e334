/* lian-csv-row-result.h: what became of one row of a CSV file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <lian/lian-version.h>
#include <lian/lian-enums.h>

G_BEGIN_DECLS

#define LIAN_TYPE_CSV_ROW_RESULT (lian_csv_row_result_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianCsvRowResult, lian_csv_row_result, LIAN, CSV_ROW_RESULT, GObject)

LIAN_AVAILABLE_IN_ALL
guint           lian_csv_row_result_get_row       (LianCsvRowResult *self);
LIAN_AVAILABLE_IN_ALL
LianCsvOutcome  lian_csv_row_result_get_outcome   (LianCsvRowResult *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_csv_row_result_get_record_id (LianCsvRowResult *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_csv_row_result_get_column    (LianCsvRowResult *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_csv_row_result_get_message   (LianCsvRowResult *self);

G_END_DECLS
