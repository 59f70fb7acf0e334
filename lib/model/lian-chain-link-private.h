/* lian-chain-link-private.h: a record's list of chain links
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-chain-link.h"
#include "lian-enterprise.h"

G_BEGIN_DECLS

/* A record's links, at most one per chain id, in the order added. Most
 * records have one: it is held here, and gives its chain ids {chain id,
 * NULL} itself. Two or more are a list of exactly their number, with a
 * table chain id → position once there are many (so that a long list is
 * not searched from the start for each link) and the chain ids, made when
 * asked for and dropped on a change. */
typedef struct _LianChainLinksList LianChainLinksList;

typedef struct
{
  gpointer p;   /* NULL for none; while exactly one, that LianChainLink;
                 * while two or more, their LianChainLinksList with its
                 * lowest bit set (lian-chain-link.c): one pointer in a
                 * row */
} LianChainLinks;

void       lian_chain_links_init    (LianChainLinks *links);
void       lian_chain_links_clear   (LianChainLinks *links);

/* Each returns TRUE when the list really changed. Adding the link of a chain
 * already in the list replaces that link where it stands. */
gboolean   lian_chain_links_add     (LianChainLinks *links,
                                     const char     *chain_id,
                                     const char     *segment,
                                     LianChainRole   role);
/* The same with a link made already, which it takes. */
gboolean   lian_chain_links_take    (LianChainLinks *links,
                                     LianChainLink  *link);
gboolean   lian_chain_links_remove  (LianChainLinks *links,
                                     const char     *chain_id);

/* lian_enterprise_add_chain_link() with a link made already (a loader's),
 * which the enterprise then shares. */
void       lian_enterprise_add_link (LianEnterprise *self,
                                     LianChainLink  *link);

/* The links in order, @n of them, without making anything; valid until
 * the next change. */
LianChainLink * const *lian_chain_links_peek (const LianChainLinks *links,
                                              guint                *n);

/* The same for an enterprise's links. */
LianChainLink * const *lian_enterprise_peek_chain_links (LianEnterprise *self,
                                                         guint          *n);

LianChainLink *lian_chain_links_find (LianChainLinks *links,
                                      const char     *chain_id);

/* The chain ids in order, never NULL; valid until the next change. */
const char * const *lian_chain_links_get_ids (LianChainLinks *links);

/* Each chain id a valid id, each segment non-empty if set; the message
 * names the link as `field[i].chain` or `field[i].segment`. */
gboolean   lian_chain_links_check   (const LianChainLinks *links,
                                     const char           *field,
                                     GError              **error);

G_END_DECLS
