/* lian-industry-code.h: GB/T 4754-2017 industry codes
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
gboolean     lian_industry_code_lookup      (const char         *code,
                                             const char        **name,
                                             LianIndustryLevel  *level,
                                             const char        **parent);
LIAN_AVAILABLE_IN_ALL
gboolean     lian_industry_code_check       (const char         *code,
                                             GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean     lian_industry_code_contains    (const char         *ancestor,
                                             const char         *code);
LIAN_AVAILABLE_IN_ALL
const char  *lian_industry_codes_get_edition (void);

G_END_DECLS
