/* lian-matching-private.h: the rules and the score of LianMatcher, for one
 * call at a time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry.h"

G_BEGIN_DECLS

/* What one call of the matcher learns as it goes (the service items it
 * read, the candidates per category and region, names): valid while the
 * registry does not change, so made afresh for each call. */
typedef struct _LianMatching LianMatching;

/* Service items are judged valid on @as_of, `YYYY-MM-DD`; today in the
 * local time zone if NULL. */
LianMatching *lian_matching_new           (LianRegistry *registry,
                                           const char   *as_of);
void          lian_matching_free          (LianMatching *self);

/* Appends to @matches (of LianMatch) the @top best matches for @need,
 * best first; all of them if @top is 0. */
void          lian_matching_rank          (LianMatching *self,
                                           LianNeed     *need,
                                           guint         top,
                                           GPtrArray    *matches);

/* Whether any service item can serve @need; if none, @region is set to
 * the region of its enterprise (NULL if unknown). */
gboolean      lian_matching_can_serve     (LianMatching  *self,
                                           LianNeed      *need,
                                           const char   **region);

/* The name of the region @code, from the registry; @code if none. */
const char   *lian_matching_region_name   (LianMatching *self,
                                           const char   *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianMatching, lian_matching_free)

G_END_DECLS
