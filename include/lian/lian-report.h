/* lian-report.h: the chain book, the enterprise form and the dashboard
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib.h>
#include <lian/lian-version.h>
#include <lian/lian-enums.h>
#include <lian/lian-registry.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
char *lian_report_chain_book      (LianRegistry      *registry,
                                   const char        *chain_id,
                                   const char        *as_of,
                                   LianReportFormat   format,
                                   LianReportFlags    flags,
                                   GError           **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char *lian_report_enterprise_form (LianRegistry      *registry,
                                   const char        *enterprise_id,
                                   const char        *as_of,
                                   LianReportFormat   format,
                                   LianReportFlags    flags,
                                   GError           **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char *lian_report_dashboard       (LianRegistry      *registry,
                                   const char        *region,
                                   LianReportFormat   format,
                                   LianReportFlags    flags,
                                   GError           **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
