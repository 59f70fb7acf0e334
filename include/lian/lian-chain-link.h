/* lian-chain-link.h: an enterprise's place on one chain
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

#define LIAN_TYPE_CHAIN_LINK (lian_chain_link_get_type ())

typedef struct _LianChainLink LianChainLink;

LIAN_AVAILABLE_IN_ALL
GType           lian_chain_link_get_type     (void) G_GNUC_CONST;
LIAN_AVAILABLE_IN_ALL
LianChainLink  *lian_chain_link_new          (const char           *chain_id,
                                              const char           *segment,
                                              LianChainRole         role) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianChainLink  *lian_chain_link_ref          (LianChainLink        *self);
LIAN_AVAILABLE_IN_ALL
void            lian_chain_link_unref        (LianChainLink        *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_chain_link_get_chain_id (const LianChainLink  *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_chain_link_get_segment  (const LianChainLink  *self);
LIAN_AVAILABLE_IN_ALL
LianChainRole   lian_chain_link_get_role     (const LianChainLink  *self);
LIAN_AVAILABLE_IN_ALL
gboolean        lian_chain_link_equal        (const LianChainLink  *a,
                                              const LianChainLink  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianChainLink, lian_chain_link_unref)

G_END_DECLS
