/* lian-uscc.h: Unified Social Credit Codes (GB 32100-2015)
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
gboolean  lian_uscc_is_valid  (const char  *code);
LIAN_AVAILABLE_IN_ALL
char     *lian_uscc_normalize (const char  *text,
                               GError     **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char     *lian_uscc_complete  (const char  *base,
                               GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
