/* lian-report-docking.c: the section on orders and capacity shared along
 * a chain (同享同行), in the chain book and the dashboard
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-report-private.h"
#include "lian-i18n-private.h"
#include "lian-enum-types.h"
#include "lian-summary.h"
#include "lian-filter.h"
#include "lian-registry-query.h"
#include "lian-demand-post.h"
#include "lian-supplier-match.h"

static void
write_figures (LianReport  *r,
               LianSummary *s)
{
  g_autofree char *posts = lian_report_count (lian_summary_get_n_posts (s));
  g_autofree char *responses = lian_report_count (lian_summary_get_n_responses (s));
  g_autofree char *awards = lian_report_count (lian_summary_get_n_awards (s));
  g_autofree char *value = lian_report_yuan (lian_summary_get_awarded_yuan (s));
  g_autofree char *chain = lian_report_percent (lian_summary_get_award_share_same_chain (s));
  g_autofree char *province = lian_report_percent (lian_summary_get_award_share_same_province (s));

  lian_report_fields_begin (r);
  lian_report_field (r, _("Demand posts"), posts);
  lian_report_field (r, _("Responses"), responses);
  lian_report_field (r, _("Orders awarded"), awards);
  lian_report_field (r, _("Value of orders shared"), value);
  lian_report_field (r, _("Awarded on the same chain"), chain);
  lian_report_field (r, _("Awarded in the same province"), province);
  lian_report_fields_end (r);
}

static void
write_posts (LianReport *r,
             LianFilter *scope)
{
  g_autoptr(GListModel) posts = lian_registry_select (r->registry, scope, NULL);
  g_autoptr(LianMatcher) matcher = lian_matcher_new (r->registry);
  guint n = g_list_model_get_n_items (posts);

  lian_report_table_begin (r, "lllllr", _("Demand post"), _("Publisher"), _("Product"),
                           _("Status"), _("Deliver by"), _("Suppliers proposed"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianDemandPost) post = g_list_model_get_item (posts, i);
      g_autoptr(GListModel) matches = lian_matcher_match_post (matcher, lian_record_get_id (LIAN_RECORD (post)),
                                                               0, NULL);
      guint n_matches = matches ? g_list_model_get_n_items (matches) : 0;
      g_autofree char *proposed = lian_report_count (n_matches);

      lian_report_row (r, lian_record_get_name (LIAN_RECORD (post)),
                       lian_report_record_name (r, lian_demand_post_get_enterprise_id (post)),
                       lian_demand_post_get_product (post),
                       lian_report_label (LIAN_TYPE_POST_STATUS, lian_demand_post_get_status (post)),
                       lian_demand_post_get_delivery_until (post),
                       n_matches || lian_demand_post_get_status (post) != LIAN_POST_STATUS_OPEN
                         ? proposed : _("none: a lead for investment promotion"));
    }
  lian_report_table_end (r);
}

/* The section, when the scope holds demand posts: the outcome figures,
 * then the posts one by one with how many suppliers could serve each. The
 * scope is a chain (@chain_id) or a region (@region), or the whole. */
void
lian_report_write_docking (LianReport *r,
                           const char *chain_id,
                           const char *region)
{
  g_autoptr(LianFilter) scope = lian_filter_new (LIAN_RECORD_KIND_POST);
  g_autoptr(LianSummary) summary = NULL;

  if (chain_id)
    lian_filter_set_chain_id (scope, chain_id);
  if (region)
    lian_filter_set_region (scope, region);
  summary = lian_summary_new (r->registry, scope, NULL);
  if (lian_summary_get_n_posts (summary) == 0)
    return;
  /* TRANSLATORS: leaders' demand posts answered by suppliers up and down
   * the chain: 同享同行 (订单共享、产能对接) */
  lian_report_section (r, _("Orders and capacity shared"));
  write_figures (r, summary);
  write_posts (r, scope);
}
