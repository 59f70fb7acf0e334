/* lian-i18n.h: the language of lian's messages
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
gboolean     lian_set_language (const char  *language,
                                GError     **error);
LIAN_AVAILABLE_IN_ALL
const char  *lian_get_language (void);

G_END_DECLS
