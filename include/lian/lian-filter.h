/* lian-filter.h: which records a selection wants
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

#define LIAN_TYPE_FILTER (lian_filter_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianFilter, lian_filter, LIAN, FILTER, GObject)

LIAN_AVAILABLE_IN_ALL
LianFilter         *lian_filter_new              (LianRecordKind      kind) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianRecordKind      lian_filter_get_record_kind  (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_record_kind  (LianFilter         *self,
                                                  LianRecordKind      kind);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_region       (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_region       (LianFilter         *self,
                                                  const char         *region);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_chain_id     (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_chain_id     (LianFilter         *self,
                                                  const char         *chain_id);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_filter_get_has_status   (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
LianNeedStatus      lian_filter_get_status       (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_status       (LianFilter         *self,
                                                  LianNeedStatus      status);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_clear_status     (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_filter_get_open_only    (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_open_only    (LianFilter         *self,
                                                  gboolean            open_only);
LIAN_AVAILABLE_IN_ALL
LianNeedCategories  lian_filter_get_categories   (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_categories   (LianFilter         *self,
                                                  LianNeedCategories  categories);
LIAN_AVAILABLE_IN_ALL
LianEnterpriseTags  lian_filter_get_tags         (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_tags         (LianFilter         *self,
                                                  LianEnterpriseTags  tags);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_since        (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_since        (LianFilter         *self,
                                                  const char         *since);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_until        (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_until        (LianFilter         *self,
                                                  const char         *until);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_text         (LianFilter         *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_text         (LianFilter         *self,
                                                  const char         *text);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_filter_get_bottleneck_only  (LianFilter     *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_bottleneck_only  (LianFilter     *self,
                                                      gboolean        bottleneck_only);
LIAN_AVAILABLE_IN_ALL
guint               lian_filter_get_open_longer_than (LianFilter     *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_open_longer_than (LianFilter     *self,
                                                      guint           days);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_as_of            (LianFilter     *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_as_of            (LianFilter     *self,
                                                      const char     *as_of);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_resolved_since   (LianFilter     *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_resolved_since   (LianFilter     *self,
                                                      const char     *since);
LIAN_AVAILABLE_IN_ALL
const char         *lian_filter_get_resolved_until   (LianFilter     *self);
LIAN_AVAILABLE_IN_ALL
void                lian_filter_set_resolved_until   (LianFilter     *self,
                                                      const char     *until);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_filter_check                (LianFilter     *self,
                                                      GError        **error);

G_END_DECLS
