/* lian-json-scan-private.h: refusing hostile JSON before parsing it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Checks, in one pass and without building anything, what the parser
 * would not: that @data is UTF-8, nests at most LIAN_JSON_MAX_DEPTH deep,
 * has no string longer than LIAN_JSON_MAX_STRING_LENGTH bytes, no escape
 * JSON lacks, no "\u0000" or lone surrogate, no integer beyond 64 bits or
 * number beyond a double, is not cut short and has nothing after its end.
 * Errors give the line and column. */
gboolean lian_json_scan (const char  *data,
                         gsize        length,
                         GError     **error);

G_END_DECLS
