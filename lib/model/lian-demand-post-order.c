/* lian-demand-post-order.c: a demand post's order: quantity, delivery
 * window, budget, who sees it, status
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-demand-post-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

#define props lian_demand_post_props

/**
 * lian_demand_post_get_quantity:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:quantity].
 *
 * Returns: the quantity
 */
guint
lian_demand_post_get_quantity (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), 0);

  return DEMAND_POST_ROW (self)->quantity;
}

/**
 * lian_demand_post_set_quantity:
 * @self: a demand post
 * @quantity: the quantity
 *
 * Sets [property@Lian.DemandPost:quantity].
 */
void
lian_demand_post_set_quantity (LianDemandPost *self,
                               guint           quantity)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (DEMAND_POST_ROW (self)->quantity == quantity)
    return;
  DEMAND_POST_ROW (self)->quantity = quantity;
  lian_record_changed (LIAN_RECORD (self), props[PROP_QUANTITY]);
}

/**
 * lian_demand_post_get_unit:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:unit].
 *
 * Returns: (nullable): the unit
 */
const char *
lian_demand_post_get_unit (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->unit;
}

/**
 * lian_demand_post_set_unit:
 * @self: a demand post
 * @unit: (nullable): the unit
 *
 * Sets [property@Lian.DemandPost:unit].
 */
void
lian_demand_post_set_unit (LianDemandPost *self,
                           const char     *unit)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set_shared (&DEMAND_POST_ROW (self)->unit, unit))
    lian_record_changed (LIAN_RECORD (self), props[PROP_UNIT]);
}

/**
 * lian_demand_post_get_published:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:published].
 *
 * Returns: (nullable): the day it was published
 */
const char *
lian_demand_post_get_published (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->published;
}

/**
 * lian_demand_post_set_published:
 * @self: a demand post
 * @published: (nullable): the day it was published
 *
 * Sets [property@Lian.DemandPost:published].
 */
void
lian_demand_post_set_published (LianDemandPost *self,
                                const char     *published)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set_shared (&DEMAND_POST_ROW (self)->published, published))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PUBLISHED]);
}

/**
 * lian_demand_post_get_delivery_from:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:delivery-from].
 *
 * Returns: (nullable): the first day of the window
 */
const char *
lian_demand_post_get_delivery_from (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->delivery_from;
}

/**
 * lian_demand_post_set_delivery_from:
 * @self: a demand post
 * @delivery_from: (nullable): the first day of the window
 *
 * Sets [property@Lian.DemandPost:delivery-from].
 */
void
lian_demand_post_set_delivery_from (LianDemandPost *self,
                                    const char     *delivery_from)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set_shared (&DEMAND_POST_ROW (self)->delivery_from, delivery_from))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DELIVERY_FROM]);
}

/**
 * lian_demand_post_get_delivery_until:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:delivery-until].
 *
 * Returns: (nullable): the last day of the window
 */
const char *
lian_demand_post_get_delivery_until (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->delivery_until;
}

/**
 * lian_demand_post_set_delivery_until:
 * @self: a demand post
 * @delivery_until: (nullable): the last day of the window
 *
 * Sets [property@Lian.DemandPost:delivery-until].
 */
void
lian_demand_post_set_delivery_until (LianDemandPost *self,
                                     const char     *delivery_until)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set_shared (&DEMAND_POST_ROW (self)->delivery_until, delivery_until))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DELIVERY_UNTIL]);
}

/**
 * lian_demand_post_get_budget_yuan:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:budget-yuan].
 *
 * Returns: the budget in yuan
 */
gint64
lian_demand_post_get_budget_yuan (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), 0);

  return DEMAND_POST_ROW (self)->budget_yuan;
}

/**
 * lian_demand_post_set_budget_yuan:
 * @self: a demand post
 * @budget_yuan: the budget in yuan
 *
 * Sets [property@Lian.DemandPost:budget-yuan].
 */
void
lian_demand_post_set_budget_yuan (LianDemandPost *self,
                                  gint64          budget_yuan)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (DEMAND_POST_ROW (self)->budget_yuan == budget_yuan)
    return;
  DEMAND_POST_ROW (self)->budget_yuan = budget_yuan;
  lian_record_changed (LIAN_RECORD (self), props[PROP_BUDGET_YUAN]);
}

/**
 * lian_demand_post_get_visibility:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:visibility].
 *
 * Returns: who may see it
 */
LianPostVisibility
lian_demand_post_get_visibility (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), LIAN_POST_VISIBILITY_CHAIN);

  return DEMAND_POST_ROW (self)->visibility;
}

/**
 * lian_demand_post_set_visibility:
 * @self: a demand post
 * @visibility: who may see it
 *
 * Sets [property@Lian.DemandPost:visibility].
 */
void
lian_demand_post_set_visibility (LianDemandPost     *self,
                                 LianPostVisibility  visibility)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (DEMAND_POST_ROW (self)->visibility == visibility)
    return;
  DEMAND_POST_ROW (self)->visibility = visibility;
  lian_record_changed (LIAN_RECORD (self), props[PROP_VISIBILITY]);
}

/**
 * lian_demand_post_get_status:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:status].
 *
 * Returns: the status
 */
LianPostStatus
lian_demand_post_get_status (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), LIAN_POST_STATUS_OPEN);

  return DEMAND_POST_ROW (self)->status;
}

/**
 * lian_demand_post_set_status:
 * @self: a demand post
 * @status: the status
 *
 * Sets [property@Lian.DemandPost:status].
 */
void
lian_demand_post_set_status (LianDemandPost *self,
                             LianPostStatus  status)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (DEMAND_POST_ROW (self)->status == status)
    return;
  DEMAND_POST_ROW (self)->status = status;
  lian_record_changed (LIAN_RECORD (self), props[PROP_STATUS]);
}
