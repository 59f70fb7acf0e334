/* lian-registry-work.h: following needs and projects through a registry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-registry.h>
#include <lian/lian-response.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_assign_need            (LianRegistry       *self,
                                               const char         *need_id,
                                               const char         *org_id,
                                               const char         *due,
                                               GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_move_need              (LianRegistry       *self,
                                               const char         *need_id,
                                               LianNeedStatus      status,
                                               const char         *actor_id,
                                               const char         *note,
                                               GDateTime          *when,
                                               GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_link_service           (LianRegistry       *self,
                                               const char         *need_id,
                                               const char         *service_id,
                                               GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_open_project           (LianRegistry       *self,
                                               LianActionProject  *project,
                                               GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_close_project          (LianRegistry       *self,
                                               const char         *project_id,
                                               const char         *finished,
                                               gint64              loans_yuan,
                                               guint               talents,
                                               guint               problems_solved,
                                               GError            **error);
LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_project_is_resolved    (LianRegistry       *self,
                                               const char         *project_id);
LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_close_resolved_project (LianRegistry       *self,
                                               const char         *project_id,
                                               const char         *finished,
                                               gint64              loans_yuan,
                                               guint               talents,
                                               guint               problems_solved,
                                               GError            **error);

LIAN_AVAILABLE_IN_ALL
gboolean lian_registry_move_response          (LianRegistry       *self,
                                               const char         *response_id,
                                               LianResponseStatus  status,
                                               const char         *date,
                                               GError            **error);

G_END_DECLS
