/* lian-matcher.h: proposing service items for needs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <gio/gio.h>
#include <lian/lian-version.h>
#include <lian/lian-enums.h>
#include <lian/lian-filter.h>
#include <lian/lian-need.h>
#include <lian/lian-registry.h>

G_BEGIN_DECLS

#define LIAN_TYPE_MATCHER (lian_matcher_get_type ())

/**
 * LianMatchFunc:
 * @need: an open need that some service item can serve
 * @matches: its matches, a list of [class@Lian.Match], best first (never
 *   empty); the list may be kept
 * @user_data: the data given to [method@Lian.Matcher.match_each]
 *
 * Receives the matches of one need from [method@Lian.Matcher.match_each].
 *
 * Returns: `TRUE` to go on with the next need, `FALSE` to stop
 */
typedef gboolean (*LianMatchFunc) (LianNeed   *need,
                                   GListModel *matches,
                                   gpointer    user_data);

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianMatcher, lian_matcher, LIAN, MATCHER, GObject)

LIAN_AVAILABLE_IN_ALL
LianMatcher  *lian_matcher_new          (LianRegistry  *registry) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianRegistry *lian_matcher_get_registry (LianMatcher   *self);
LIAN_AVAILABLE_IN_ALL
const char   *lian_matcher_get_as_of    (LianMatcher   *self);
LIAN_AVAILABLE_IN_ALL
void          lian_matcher_set_as_of    (LianMatcher   *self,
                                         const char    *as_of);
LIAN_AVAILABLE_IN_ALL
GListModel   *lian_matcher_match_need   (LianMatcher   *self,
                                         const char    *need_id,
                                         guint          max_results,
                                         GError       **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel   *lian_matcher_match_all    (LianMatcher   *self,
                                         LianFilter    *scope,
                                         guint          top) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
void          lian_matcher_match_each   (LianMatcher   *self,
                                         LianFilter    *scope,
                                         guint          top,
                                         LianMatchFunc  func,
                                         gpointer       user_data);
LIAN_AVAILABLE_IN_ALL
GListModel   *lian_matcher_find_gaps    (LianMatcher   *self,
                                         LianFilter    *scope,
                                         LianLevel      level) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
