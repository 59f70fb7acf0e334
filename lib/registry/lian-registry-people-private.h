/* lian-registry-people-private.h: the change path's checks of the person a
 * registry works as
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry-people.h"
#include "lian-registry-private.h"

G_BEGIN_DECLS

/* Whether the actor may become @actor: always, unless the registry works
 * as a person and @actor is not their id (warned). */
gboolean lian_registry_actor_may_change (LianRegistry  *self,
                                         const char    *actor);

/* Whether the person the registry works as, if any, may add the records of
 * @entries (LianEntry), change @record from @before, remove the records of
 * @entries; else LIAN_REGISTRY_ERROR_PERMISSION naming the rule. */
gboolean lian_registry_check_additions  (LianRegistry  *self,
                                         GPtrArray     *entries,
                                         GError       **error);
gboolean lian_registry_check_update     (LianRegistry  *self,
                                         LianRecord    *record,
                                         LianRecord    *before,
                                         GParamSpec   **pspecs,
                                         guint          n_pspecs,
                                         GError       **error);
gboolean lian_registry_check_removals   (LianRegistry  *self,
                                         GPtrArray     *entries,
                                         GError       **error);

/* Whether @record is on @chain, as a filter's chain selects it
 * (lian-registry-select.c). */
gboolean lian_registry_on_chain         (LianRegistry  *self,
                                         LianRecord    *record,
                                         const char    *chain);

G_END_DECLS
