/* lian-demand-post-private.h: what the two sources of LianDemandPost share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-demand-post.h"
#include "lian-record-private.h"

G_BEGIN_DECLS

typedef struct
{
  LianRowHead head;
  char *enterprise_id;
  char *chain_id;
  char *segment;
  char *product;
  char *industry_code;
  char *specification;
  guint quantity;
  char *unit;
  char *published;
  char *delivery_from;
  char *delivery_until;
  gint64 budget_yuan;
  LianPostVisibility visibility;
  LianPostStatus status;
} LianDemandPostRow;

struct _LianDemandPost
{
  LianRecordObject parent_instance;
  LianDemandPostRow row;
};

/* The fields of @self, in its row. */
#define DEMAND_POST_ROW(self) (&(self)->row)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_CHAIN_ID,
  PROP_SEGMENT,
  PROP_PRODUCT,
  PROP_INDUSTRY_CODE,
  PROP_SPECIFICATION,
  PROP_QUANTITY,
  PROP_UNIT,
  PROP_PUBLISHED,
  PROP_DELIVERY_FROM,
  PROP_DELIVERY_UNTIL,
  PROP_BUDGET_YUAN,
  PROP_VISIBILITY,
  PROP_STATUS,
  LIAN_DEMAND_POST_N_PROPS
};


extern GParamSpec *lian_demand_post_props[LIAN_DEMAND_POST_N_PROPS];

G_END_DECLS
