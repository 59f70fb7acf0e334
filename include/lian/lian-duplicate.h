/* lian-duplicate.h: two records that may be one
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <lian/lian-version.h>
#include <lian/lian-record.h>
#include <lian/lian-registry.h>

G_BEGIN_DECLS

/**
 * LianDuplicateBand:
 * @LIAN_DUPLICATE_BAND_UNLIKELY: the two look somewhat alike, most likely
 *   two records of two things (the same name in two cities)
 * @LIAN_DUPLICATE_BAND_LIKELY: the two look alike enough that a person
 *   should decide
 * @LIAN_DUPLICATE_BAND_CERTAIN: the two are one (the same credit code; a
 *   need entered twice)
 *
 * How sure lian is that two records are one.
 */
typedef enum {
  LIAN_DUPLICATE_BAND_UNLIKELY,
  LIAN_DUPLICATE_BAND_LIKELY,
  LIAN_DUPLICATE_BAND_CERTAIN,
} LianDuplicateBand;

#define LIAN_TYPE_DUPLICATE (lian_duplicate_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianDuplicate, lian_duplicate, LIAN, DUPLICATE, GObject)

LIAN_AVAILABLE_IN_ALL
const char          *lian_duplicate_get_first_id  (LianDuplicate *self);
LIAN_AVAILABLE_IN_ALL
const char          *lian_duplicate_get_second_id (LianDuplicate *self);
LIAN_AVAILABLE_IN_ALL
LianRecordKind       lian_duplicate_get_kind      (LianDuplicate *self);
LIAN_AVAILABLE_IN_ALL
LianDuplicateBand    lian_duplicate_get_band      (LianDuplicate *self);
LIAN_AVAILABLE_IN_ALL
double               lian_duplicate_get_score     (LianDuplicate *self);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_duplicate_get_reasons   (LianDuplicate *self);

LIAN_AVAILABLE_IN_ALL
GListModel          *lian_registry_find_duplicates    (LianRegistry       *self,
                                                       LianRecordKind      kind,
                                                       LianDuplicateBand   min_band,
                                                       GError            **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel          *lian_registry_find_duplicates_of (LianRegistry       *self,
                                                       LianRecord         *record,
                                                       LianDuplicateBand   min_band) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
gboolean             lian_registry_decide_duplicate   (LianRegistry       *self,
                                                       const char         *first_id,
                                                       const char         *second_id,
                                                       gboolean            same,
                                                       GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_registry_merge_enterprises  (LianRegistry       *self,
                                                       const char         *keep_id,
                                                       const char         *gone_id,
                                                       GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_registry_unmerge_enterprises (LianRegistry      *self,
                                                        const char        *keep_id,
                                                        const char        *gone_id,
                                                        GError           **error);

G_END_DECLS
