/* lian-action-project.h: an entry of the action-project list
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_ACTION_PROJECT (lian_action_project_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianActionProject, lian_action_project, LIAN, ACTION_PROJECT, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianActionProject   *lian_action_project_new                 (const char          *id,
                                                              const char          *name,
                                                              const char          *owner_id) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char          *lian_action_project_get_owner_id        (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_owner_id        (LianActionProject   *self,
                                                              const char          *owner_id);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_action_project_get_need_ids        (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_need_ids        (LianActionProject   *self,
                                                              const char * const  *need_ids);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_add_need            (LianActionProject   *self,
                                                              const char          *need_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_remove_need         (LianActionProject   *self,
                                                              const char          *need_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_has_need            (LianActionProject   *self,
                                                              const char          *need_id);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_action_project_get_service_ids     (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_service_ids     (LianActionProject   *self,
                                                              const char * const  *service_ids);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_add_service         (LianActionProject   *self,
                                                              const char          *service_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_remove_service      (LianActionProject   *self,
                                                              const char          *service_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_has_service         (LianActionProject   *self,
                                                              const char          *service_id);
LIAN_AVAILABLE_IN_ALL
LianProjectStatus    lian_action_project_get_status          (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_status          (LianActionProject   *self,
                                                              LianProjectStatus    status);
LIAN_AVAILABLE_IN_ALL
const char          *lian_action_project_get_started         (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_started         (LianActionProject   *self,
                                                              const char          *started);
LIAN_AVAILABLE_IN_ALL
const char          *lian_action_project_get_due             (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_due             (LianActionProject   *self,
                                                              const char          *due);
LIAN_AVAILABLE_IN_ALL
const char          *lian_action_project_get_finished        (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_finished        (LianActionProject   *self,
                                                              const char          *finished);
LIAN_AVAILABLE_IN_ALL
gint64               lian_action_project_get_loans_yuan      (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_loans_yuan      (LianActionProject   *self,
                                                              gint64               loans_yuan);
LIAN_AVAILABLE_IN_ALL
guint                lian_action_project_get_talents         (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_talents         (LianActionProject   *self,
                                                              guint                talents);
LIAN_AVAILABLE_IN_ALL
guint                lian_action_project_get_problems_solved (LianActionProject   *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_action_project_set_problems_solved (LianActionProject   *self,
                                                              guint                problems_solved);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_finish              (LianActionProject   *self,
                                                              const char          *finished,
                                                              gint64               loans_yuan,
                                                              guint                talents,
                                                              guint                problems_solved,
                                                              GError             **error);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_action_project_is_overdue          (LianActionProject   *self,
                                                              const char          *today);

G_END_DECLS
