/* lian-csv-row-result-private.h: making row results
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-csv-row-result.h"

G_BEGIN_DECLS

LianCsvRowResult *lian_csv_row_result_new (guint           row,
                                           LianCsvOutcome  outcome,
                                           const char     *record_id,
                                           const char     *column,
                                           const char     *message);

G_END_DECLS
