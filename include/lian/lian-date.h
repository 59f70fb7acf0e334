/* lian-date.h: ISO 8601 dates as lian writes them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib.h>
#include <lian/lian-version.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
gboolean lian_date_is_valid      (const char  *date);
LIAN_AVAILABLE_IN_ALL
gboolean lian_date_check         (const char  *date,
                                  GError     **error);
LIAN_AVAILABLE_IN_ALL
int      lian_date_days_between  (const char  *from,
                                  const char  *to);
LIAN_AVAILABLE_IN_ALL
char    *lian_date_from_date_time (GDateTime  *when) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
