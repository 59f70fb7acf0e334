/* lian-demand-post.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>
#include <lian/lian-enums.h>

G_BEGIN_DECLS

#define LIAN_TYPE_DEMAND_POST (lian_demand_post_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianDemandPost, lian_demand_post, LIAN, DEMAND_POST, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianDemandPost     *lian_demand_post_new                (const char *id,
                                                         const char *enterprise_id,
                                                         const char *chain_id,
                                                         const char *product) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_enterprise_id  (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_enterprise_id  (LianDemandPost *self,
                                                         const char     *enterprise_id);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_chain_id       (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_chain_id       (LianDemandPost *self,
                                                         const char     *chain_id);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_segment        (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_segment        (LianDemandPost *self,
                                                         const char     *segment);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_product        (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_product        (LianDemandPost *self,
                                                         const char     *product);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_industry_code  (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_industry_code  (LianDemandPost *self,
                                                         const char     *industry_code);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_specification  (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_specification  (LianDemandPost *self,
                                                         const char     *specification);
LIAN_AVAILABLE_IN_ALL
guint               lian_demand_post_get_quantity       (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_quantity       (LianDemandPost *self,
                                                         guint           quantity);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_unit           (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_unit           (LianDemandPost *self,
                                                         const char     *unit);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_published      (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_published      (LianDemandPost *self,
                                                         const char     *published);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_delivery_from  (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_delivery_from  (LianDemandPost *self,
                                                         const char     *delivery_from);
LIAN_AVAILABLE_IN_ALL
const char         *lian_demand_post_get_delivery_until (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_delivery_until (LianDemandPost *self,
                                                         const char     *delivery_until);
LIAN_AVAILABLE_IN_ALL
gint64              lian_demand_post_get_budget_yuan    (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_budget_yuan    (LianDemandPost *self,
                                                         gint64          budget_yuan);
LIAN_AVAILABLE_IN_ALL
LianPostVisibility  lian_demand_post_get_visibility     (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_visibility     (LianDemandPost     *self,
                                                         LianPostVisibility  visibility);
LIAN_AVAILABLE_IN_ALL
LianPostStatus      lian_demand_post_get_status         (LianDemandPost *self);
LIAN_AVAILABLE_IN_ALL
void                lian_demand_post_set_status         (LianDemandPost *self,
                                                         LianPostStatus  status);

G_END_DECLS
