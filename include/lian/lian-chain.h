/* lian-chain.h: an industrial chain, its segments and its leaders
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_CHAIN (lian_chain_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianChain, lian_chain, LIAN, CHAIN, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianChain           *lian_chain_new                (const char          *id,
                                                    const char          *name) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianChainTier        lian_chain_get_tier           (LianChain           *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_chain_set_tier           (LianChain           *self,
                                                    LianChainTier        tier);
LIAN_AVAILABLE_IN_ALL
const char          *lian_chain_get_cluster        (LianChain           *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_chain_set_cluster        (LianChain           *self,
                                                    const char          *cluster);
LIAN_AVAILABLE_IN_ALL
LianLevel            lian_chain_get_level          (LianChain           *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_chain_set_level          (LianChain           *self,
                                                    LianLevel            level);
LIAN_AVAILABLE_IN_ALL
const char          *lian_chain_get_region         (LianChain           *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_chain_set_region         (LianChain           *self,
                                                    const char          *region);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_chain_get_segments       (LianChain           *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_chain_set_segments       (LianChain           *self,
                                                    const char * const  *segments);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_chain_add_segment        (LianChain           *self,
                                                    const char          *segment);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_chain_remove_segment     (LianChain           *self,
                                                    const char          *segment);
LIAN_AVAILABLE_IN_ALL
int                  lian_chain_get_segment_index  (LianChain           *self,
                                                    const char          *segment);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_chain_has_segment        (LianChain           *self,
                                                    const char          *segment);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_chain_get_leader_ids     (LianChain           *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_chain_set_leader_ids     (LianChain           *self,
                                                    const char * const  *leader_ids);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_chain_add_leader         (LianChain           *self,
                                                    const char          *enterprise_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_chain_remove_leader      (LianChain           *self,
                                                    const char          *enterprise_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_chain_is_leader          (LianChain           *self,
                                                    const char          *enterprise_id);

G_END_DECLS
