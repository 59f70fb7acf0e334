/* lian-region-code-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The codes of the built-in table, sorted; owned by the library. */
const char * const *lian_region_code_list_builtin (void);

/* Whether @code has the form of a region code (six digits, a province
 * 11-82, no county under no city), whether or not GB/T 2260 has it. */
gboolean            lian_adcode_has_form          (const char *code);

G_END_DECLS
