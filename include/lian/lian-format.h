/* lian-format.h: numbers, amounts, times and text widths for readers
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
char   *lian_format_count        (gint64      n) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char   *lian_format_yuan         (gint64      yuan) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char   *lian_format_time         (GDateTime  *when) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
guint   lian_text_display_width  (const char *utf8);

G_END_DECLS
