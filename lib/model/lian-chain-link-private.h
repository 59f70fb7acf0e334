/* lian-chain-link-private.h: a record's list of chain links
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-chain-link.h"

G_BEGIN_DECLS

/* A GPtrArray of LianChainLink, at most one per chain id, in the order added. */
GPtrArray *lian_chain_links_new     (void);

/* Each returns TRUE when the list really changed. Adding the link of a chain
 * already in the list replaces that link where it stands. */
gboolean   lian_chain_links_add     (GPtrArray      *links,
                                     const char     *chain_id,
                                     const char     *segment,
                                     LianChainRole   role);
gboolean   lian_chain_links_remove  (GPtrArray      *links,
                                     const char     *chain_id);

LianChainLink *lian_chain_links_find (GPtrArray     *links,
                                      const char    *chain_id);

/* The chain ids in order, or NULL when there are no links. */
GStrv      lian_chain_links_dup_ids (GPtrArray      *links);

/* Each chain id a valid id, each segment non-empty if set; the message
 * names the link as `field[i].chain` or `field[i].segment`. */
gboolean   lian_chain_links_check   (GPtrArray      *links,
                                     const char     *field,
                                     GError        **error);

G_END_DECLS
