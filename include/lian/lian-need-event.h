/* lian-need-event.h: one step in the history of a need
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

#define LIAN_TYPE_NEED_EVENT (lian_need_event_get_type ())

typedef struct _LianNeedEvent LianNeedEvent;

LIAN_AVAILABLE_IN_ALL
GType           lian_need_event_get_type   (void) G_GNUC_CONST;
LIAN_AVAILABLE_IN_ALL
LianNeedEvent  *lian_need_event_new        (GDateTime      *at,
                                            LianNeedStatus  status,
                                            const char     *actor,
                                            const char     *note) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianNeedEvent  *lian_need_event_ref        (LianNeedEvent  *self);
LIAN_AVAILABLE_IN_ALL
void            lian_need_event_unref      (LianNeedEvent  *self);
LIAN_AVAILABLE_IN_ALL
GDateTime      *lian_need_event_get_at     (LianNeedEvent  *self);
LIAN_AVAILABLE_IN_ALL
LianNeedStatus  lian_need_event_get_status (LianNeedEvent  *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_need_event_get_actor  (LianNeedEvent  *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_need_event_get_note   (LianNeedEvent  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianNeedEvent, lian_need_event_unref)

G_END_DECLS
