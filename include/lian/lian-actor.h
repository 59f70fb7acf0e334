/* lian-actor.h: a person who works on the register, with roles and a scope
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_ACTOR (lian_actor_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianActor, lian_actor, LIAN, ACTOR, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianActor          *lian_actor_new              (const char         *id,
                                                 const char         *name,
                                                 LianRoles           roles) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char         *lian_actor_get_org_id       (LianActor          *self);
LIAN_AVAILABLE_IN_ALL
void                lian_actor_set_org_id       (LianActor          *self,
                                                 const char         *org_id);
LIAN_AVAILABLE_IN_ALL
LianRoles           lian_actor_get_roles        (LianActor          *self);
LIAN_AVAILABLE_IN_ALL
void                lian_actor_set_roles        (LianActor          *self,
                                                 LianRoles           roles);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_actor_has_role         (LianActor          *self,
                                                 LianRoles           role);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_actor_get_regions      (LianActor          *self);
LIAN_AVAILABLE_IN_ALL
void                lian_actor_set_regions      (LianActor          *self,
                                                 const char * const *regions);
LIAN_AVAILABLE_IN_ALL
const char         *lian_actor_get_scope_org_id (LianActor          *self);
LIAN_AVAILABLE_IN_ALL
void                lian_actor_set_scope_org_id (LianActor          *self,
                                                 const char         *org_id);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_actor_get_chain_ids    (LianActor          *self);
LIAN_AVAILABLE_IN_ALL
void                lian_actor_set_chain_ids    (LianActor          *self,
                                                 const char * const *chain_ids);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_actor_is_unlimited     (LianActor          *self);

G_END_DECLS
