/* lian-match.h: a service item proposed for a need
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <lian/lian-version.h>

G_BEGIN_DECLS

#define LIAN_TYPE_MATCH (lian_match_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianMatch, lian_match, LIAN, MATCH, GObject)

LIAN_AVAILABLE_IN_ALL
const char         *lian_match_get_need_id    (LianMatch *self);
LIAN_AVAILABLE_IN_ALL
const char         *lian_match_get_service_id (LianMatch *self);
LIAN_AVAILABLE_IN_ALL
double              lian_match_get_score      (LianMatch *self);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_match_get_reasons    (LianMatch *self);

G_END_DECLS
