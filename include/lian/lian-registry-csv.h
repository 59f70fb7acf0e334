/* lian-registry-csv.h: writing records as CSV for spreadsheets
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

LIAN_AVAILABLE_IN_ALL
char     *lian_registry_export_csv_to_data (LianRegistry        *self,
                                            LianFilter          *filter,
                                            LianCsvExportFlags   flags,
                                            gsize               *length) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_export_csv_to_file (LianRegistry        *self,
                                            LianFilter          *filter,
                                            LianCsvExportFlags   flags,
                                            const char          *path,
                                            GError             **error);

G_END_DECLS
