/* lian-region.h: a province, city or county, named
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_REGION (lian_region_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianRegion, lian_region, LIAN, REGION, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianRegion  *lian_region_new              (const char *code,
                                           const char *name) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char  *lian_region_get_code         (LianRegion *self);
LIAN_AVAILABLE_IN_ALL
LianLevel    lian_region_get_level        (LianRegion *self);
LIAN_DEPRECATED_FOR (lian_adcode_dup_parent)
char        *lian_region_dup_parent_code  (LianRegion *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
