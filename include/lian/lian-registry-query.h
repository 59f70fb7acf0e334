/* lian-registry-query.h: counting and visiting a registry's records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-registry.h>

G_BEGIN_DECLS

/**
 * LianRecordVisitFunc:
 * @record: a record of the registry
 * @user_data: the data given to [method@Lian.Registry.foreach]
 *
 * Called by [method@Lian.Registry.foreach] with each record.
 *
 * Returns: true to go on, false to stop
 */
typedef gboolean (*LianRecordVisitFunc) (LianRecord *record,
                                         gpointer    user_data);

LIAN_AVAILABLE_IN_ALL
guint     lian_registry_count_records     (LianRegistry        *self,
                                           LianRecordKind       kind);
LIAN_AVAILABLE_IN_ALL
guint     lian_registry_count_enterprises (LianRegistry        *self,
                                           const char          *region);
LIAN_AVAILABLE_IN_ALL
guint     lian_registry_count_needs       (LianRegistry        *self,
                                           const char          *region);
LIAN_AVAILABLE_IN_ALL
guint     lian_registry_count_needs_by_status (LianRegistry    *self,
                                           const char          *region,
                                           LianNeedStatus       status);
LIAN_AVAILABLE_IN_ALL
GStrv     lian_registry_dup_regions_at    (LianRegistry        *self,
                                           const char          *region,
                                           LianLevel            level) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
guint64   lian_registry_get_change_count  (LianRegistry        *self);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_foreach           (LianRegistry        *self,
                                           LianRecordKind       kind,
                                           LianRecordVisitFunc  func,
                                           gpointer             user_data,
                                           GError             **error);

G_END_DECLS
