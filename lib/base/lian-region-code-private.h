/* lian-region-code-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The codes of the built-in table, sorted; owned by the library. */
const char * const *lian_region_code_list_builtin (void);

G_END_DECLS
