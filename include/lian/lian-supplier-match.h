/* lian-supplier-match.h: a supplier proposed for a demand post
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <lian/lian-version.h>
#include <lian/lian-matcher.h>

G_BEGIN_DECLS

#define LIAN_TYPE_SUPPLIER_MATCH (lian_supplier_match_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianSupplierMatch, lian_supplier_match, LIAN, SUPPLIER_MATCH, GObject)

LIAN_AVAILABLE_IN_ALL
const char         *lian_supplier_match_get_post_id       (LianSupplierMatch *self);
LIAN_AVAILABLE_IN_ALL
const char         *lian_supplier_match_get_enterprise_id (LianSupplierMatch *self);
LIAN_AVAILABLE_IN_ALL
const char         *lian_supplier_match_get_capability_id (LianSupplierMatch *self);
LIAN_AVAILABLE_IN_ALL
double              lian_supplier_match_get_score         (LianSupplierMatch *self);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_supplier_match_get_reasons       (LianSupplierMatch *self);

LIAN_AVAILABLE_IN_ALL
GListModel *lian_matcher_match_post      (LianMatcher  *self,
                                          const char   *post_id,
                                          guint         max_results,
                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel *lian_matcher_find_post_gaps  (LianMatcher  *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
