/* lian-generator.h: synthetic registries with published figures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-version.h>
#include <lian/lian-registry.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
const char * const *lian_registry_list_profiles (void);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_registry_generate      (LianRegistry  *self,
                                                 const char    *profile,
                                                 guint          scale,
                                                 guint32        seed,
                                                 GError       **error);

G_END_DECLS
