/* lian-need.h: what an enterprise asked for, and where it stands
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>
#include <lian/lian-need-event.h>

G_BEGIN_DECLS

#define LIAN_TYPE_NEED (lian_need_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianNeed, lian_need, LIAN, NEED, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianNeed            *lian_need_new                 (const char          *id,
                                                    const char          *enterprise_id,
                                                    LianNeedCategory     category,
                                                    const char          *title) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_enterprise_id   (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_enterprise_id   (LianNeed            *self,
                                                    const char          *enterprise_id);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_chain_id        (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_chain_id        (LianNeed            *self,
                                                    const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
LianNeedCategory     lian_need_get_category        (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_category        (LianNeed            *self,
                                                    LianNeedCategory     category);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_title           (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_title           (LianNeed            *self,
                                                    const char          *title);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_description     (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_description     (LianNeed            *self,
                                                    const char          *description);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_need_get_bottleneck      (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_bottleneck      (LianNeed            *self,
                                                    gboolean             bottleneck);
LIAN_AVAILABLE_IN_ALL
gint64               lian_need_get_amount_yuan     (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_amount_yuan     (LianNeed            *self,
                                                    gint64               amount_yuan);
LIAN_AVAILABLE_IN_ALL
LianNeedStatus       lian_need_get_status          (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_assignee_id     (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_assignee_id     (LianNeed            *self,
                                                    const char          *assignee_id);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_due             (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_due             (LianNeed            *self,
                                                    const char          *due);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_submitted       (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_submitted       (LianNeed            *self,
                                                    const char          *submitted);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_resolved        (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_resolved        (LianNeed            *self,
                                                    const char          *resolved);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_need_get_service_ids     (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_service_ids     (LianNeed            *self,
                                                    const char * const  *service_ids);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_need_add_service         (LianNeed            *self,
                                                    const char          *service_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_need_remove_service      (LianNeed            *self,
                                                    const char          *service_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_need_has_service         (LianNeed            *self,
                                                    const char          *service_id);
LIAN_AVAILABLE_IN_ALL
const char          *lian_need_get_project_id      (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_set_project_id      (LianNeed            *self,
                                                    const char          *project_id);
LIAN_AVAILABLE_IN_ALL
guint                lian_need_get_n_events        (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
GPtrArray           *lian_need_get_history         (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_need_append_event        (LianNeed            *self,
                                                    LianNeedEvent       *event);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_need_is_move_allowed     (LianNeedStatus       from,
                                                    LianNeedStatus       to);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_need_transition          (LianNeed            *self,
                                                    LianNeedStatus       status,
                                                    const char          *actor_id,
                                                    const char          *note,
                                                    GDateTime           *when,
                                                    GError             **error);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_need_is_open             (LianNeed            *self);
LIAN_AVAILABLE_IN_ALL
int                  lian_need_get_days_to_resolve (LianNeed            *self);

G_END_DECLS
