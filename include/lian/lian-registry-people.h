/* lian-registry-people.h: a registry working as a person, within their scope
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-registry.h>
#include <lian/lian-actor.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
void          lian_registry_set_person     (LianRegistry  *self,
                                            LianActor     *person);
LIAN_AVAILABLE_IN_ALL
LianActor    *lian_registry_get_person     (LianRegistry  *self);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_registry_act_as         (LianRegistry  *self,
                                            const char    *person_id,
                                            GError       **error);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_registry_has_people     (LianRegistry  *self);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_registry_in_scope       (LianRegistry  *self,
                                            LianActor     *person,
                                            LianRecord    *record);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_registry_may_read       (LianRegistry  *self,
                                            LianRecord    *record);
LIAN_AVAILABLE_IN_ALL
LianRegistry *lian_registry_dup_visible    (LianRegistry  *self,
                                            GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
