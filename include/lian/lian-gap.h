/* lian-gap.h: open needs that no service item can serve
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <lian/lian-version.h>
#include <lian/lian-enums.h>

G_BEGIN_DECLS

#define LIAN_TYPE_GAP (lian_gap_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianGap, lian_gap, LIAN, GAP, GObject)

LIAN_AVAILABLE_IN_ALL
LianNeedCategory    lian_gap_get_category    (LianGap *self);
LIAN_AVAILABLE_IN_ALL
const char         *lian_gap_get_region      (LianGap *self);
LIAN_AVAILABLE_IN_ALL
const char         *lian_gap_get_region_name (LianGap *self);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_gap_get_need_ids    (LianGap *self);
LIAN_AVAILABLE_IN_ALL
guint               lian_gap_get_n_needs     (LianGap *self);

G_END_DECLS
