/* lian-queue.h: work queues of needs, with deadlines and escalation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-registry.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
gboolean   lian_registry_get_service_level (LianRegistry      *self,
                                            LianNeedCategory   category,
                                            guint             *accept_days,
                                            guint             *resolve_days);
LIAN_AVAILABLE_IN_ALL
char      *lian_registry_dup_need_deadline (LianRegistry      *self,
                                            LianNeed          *need) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GPtrArray *lian_registry_dup_queue         (LianRegistry      *self,
                                            const char        *org_id,
                                            LianQueueKind      kind,
                                            const char        *on,
                                            guint              days,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char      *lian_registry_write_digest      (LianRegistry      *self,
                                            const char        *org_id,
                                            const char        *on,
                                            guint              days,
                                            gboolean           html,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
