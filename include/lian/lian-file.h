/* lian-file.h: writing a file safely
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <gio/gio.h>
#include <lian/lian-version.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
gboolean lian_file_set_contents (const char    *path,
                                 const char    *contents,
                                 gssize         length,
                                 GCancellable  *cancellable,
                                 GError       **error);

G_END_DECLS
