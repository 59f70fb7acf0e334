/* lian-region-code.h: region codes, the administrative division codes
 * (adcodes) of GB/T 2260
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

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
gboolean     lian_adcode_is_valid    (const char  *code);
LIAN_AVAILABLE_IN_ALL
gboolean     lian_adcode_check       (const char  *code,
                                      GError     **error);
LIAN_AVAILABLE_IN_ALL
LianLevel    lian_adcode_get_level   (const char  *code);
LIAN_AVAILABLE_IN_ALL
char        *lian_adcode_dup_parent  (const char  *code) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
gboolean     lian_adcode_contains    (const char  *ancestor,
                                      const char  *code);
LIAN_AVAILABLE_IN_ALL
const char  *lian_adcode_get_name    (const char  *code);
LIAN_AVAILABLE_IN_ALL
gboolean     lian_adcode_lookup      (const char  *code,
                                      const char **name,
                                      LianLevel   *level,
                                      char       **parent);
LIAN_AVAILABLE_IN_ALL
const char  *lian_adcodes_get_edition (void);

/* The names of before, kept for programs written against them. */
LIAN_DEPRECATED_FOR (lian_adcode_is_valid)
gboolean     lian_region_code_is_valid    (const char  *code);
LIAN_DEPRECATED_FOR (lian_adcode_check)
gboolean     lian_region_code_check       (const char  *code,
                                           GError     **error);
LIAN_DEPRECATED_FOR (lian_adcode_get_level)
LianLevel    lian_region_code_get_level   (const char  *code);
LIAN_DEPRECATED_FOR (lian_adcode_dup_parent)
char        *lian_region_code_dup_parent  (const char  *code) G_GNUC_WARN_UNUSED_RESULT;
LIAN_DEPRECATED_FOR (lian_adcode_contains)
gboolean     lian_region_code_contains    (const char  *ancestor,
                                           const char  *code);
LIAN_DEPRECATED_FOR (lian_adcode_get_name)
const char  *lian_region_code_get_name    (const char  *code);

G_END_DECLS
