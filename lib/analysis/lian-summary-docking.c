/* lian-summary-docking.c: what demand posts and their responses add to a
 * summary (同享同行: orders shared along a chain)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-summary-private.h"
#include "lian-registry.h"
#include "lian-enterprise.h"
#include "lian-chain-link.h"
#include "lian-demand-post.h"
#include "lian-response.h"

static gboolean
on_chain (LianEnterprise *firm,
          const char     *chain_id)
{
  return chain_id && lian_enterprise_get_chain_link (firm, chain_id) != NULL;
}

/* LIAN_DOCKING_* of @response: awarded, and then whether its supplier is
 * on the post's chain and in the publisher's province. */
guint
lian_summary_response_facts (LianRegistry *registry,
                             LianRecord   *response)
{
  LianResponse *r = LIAN_RESPONSE (response);
  LianRecord *post = lian_registry_lookup (registry, lian_response_get_post_id (r));
  LianEnterprise *supplier = lian_registry_lookup_enterprise (registry, lian_response_get_enterprise_id (r));
  LianEnterprise *publisher;
  const char *from, *to;
  guint facts = LIAN_DOCKING_AWARDED;

  if (lian_response_get_status (r) != LIAN_RESPONSE_STATUS_AWARDED)
    return 0;
  if (post == NULL || !LIAN_IS_DEMAND_POST (post) || supplier == NULL)
    return facts;
  if (on_chain (supplier, lian_demand_post_get_chain_id (LIAN_DEMAND_POST (post))))
    facts |= LIAN_DOCKING_SAME_CHAIN;
  publisher = lian_registry_lookup_enterprise (registry,
                                               lian_demand_post_get_enterprise_id (LIAN_DEMAND_POST (post)));
  from = lian_enterprise_get_region (supplier);
  to = publisher ? lian_enterprise_get_region (publisher) : NULL;
  if (from && to && strncmp (from, to, 2) == 0)
    facts |= LIAN_DOCKING_SAME_PROVINCE;
  return facts;
}

void
lian_summary_add_response (LianSummary *s,
                           LianRecord  *response,
                           guint        facts)
{
  s->n_responses++;
  if (!(facts & LIAN_DOCKING_AWARDED))
    return;
  s->n_awards++;
  s->n_awards_same_chain += (facts & LIAN_DOCKING_SAME_CHAIN) != 0;
  s->n_awards_same_province += (facts & LIAN_DOCKING_SAME_PROVINCE) != 0;
  if (s->awarded_yuan <= G_MAXINT64 - lian_response_get_price_yuan (LIAN_RESPONSE (response)))
    s->awarded_yuan += lian_response_get_price_yuan (LIAN_RESPONSE (response));
  else
    s->awarded_yuan = G_MAXINT64;
}

/**
 * lian_summary_get_n_posts:
 * @self: a summary
 *
 * Counts the demand posts ([class@Lian.DemandPost]) in scope: those of the
 * enterprises of its region, on its chain, published in its period.
 *
 * Returns: the number of posts
 */
guint
lian_summary_get_n_posts (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_posts;
}

/**
 * lian_summary_get_n_responses:
 * @self: a summary
 *
 * Counts the suppliers' responses ([class@Lian.Response]) to the posts in
 * scope: a response counts where its post does.
 *
 * Returns: the number of responses
 */
guint
lian_summary_get_n_responses (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_responses;
}

/**
 * lian_summary_get_n_awards:
 * @self: a summary
 *
 * Counts the responses in scope that won the order (awarded).
 *
 * Returns: the number of awards
 */
guint
lian_summary_get_n_awards (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_awards;
}

/**
 * lian_summary_get_awarded_yuan:
 * @self: a summary
 *
 * Sums the prices of the awarded responses in scope: the value of the
 * orders shared, in yuan (an award without a price adds nothing).
 *
 * Returns: the value in yuan
 */
gint64
lian_summary_get_awarded_yuan (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->awarded_yuan;
}

/**
 * lian_summary_get_award_share_same_chain:
 * @self: a summary
 *
 * The share of the awards in scope won by suppliers on the post's own
 * chain (with a chain link to it).
 *
 * Returns: the share, from 0 to 1; 0 without awards
 */
double
lian_summary_get_award_share_same_chain (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_awards ? (double) self->n_awards_same_chain / self->n_awards : 0;
}

/**
 * lian_summary_get_award_share_same_province:
 * @self: a summary
 *
 * The share of the awards in scope won by suppliers in the publisher's own
 * province.
 *
 * Returns: the share, from 0 to 1; 0 without awards
 */
double
lian_summary_get_award_share_same_province (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_awards ? (double) self->n_awards_same_province / self->n_awards : 0;
}
