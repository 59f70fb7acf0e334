/* lian-filter-private.h: the fields of a filter, for its two sources
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-filter.h"

G_BEGIN_DECLS

struct _LianFilter
{
  GObject parent_instance;

  LianRecordKind record_kind;
  char *region;
  char *chain_id;
  LianNeedStatus status;
  gboolean has_status;
  gboolean open_only;
  LianNeedCategories categories;
  LianEnterpriseTags tags;
  char *since;
  char *until;
  char *text;
  /* Criteria on needs only (lian-filter-needs.c). */
  gboolean bottleneck_only;
  guint open_longer_than;
  char *as_of;
  char *resolved_since;
  char *resolved_until;
};

typedef enum {
  LIAN_FILTER_PROP_0,
  LIAN_FILTER_PROP_RECORD_KIND,
  LIAN_FILTER_PROP_REGION,
  LIAN_FILTER_PROP_CHAIN_ID,
  LIAN_FILTER_PROP_STATUS,
  LIAN_FILTER_PROP_HAS_STATUS,
  LIAN_FILTER_PROP_OPEN_ONLY,
  LIAN_FILTER_PROP_CATEGORIES,
  LIAN_FILTER_PROP_TAGS,
  LIAN_FILTER_PROP_SINCE,
  LIAN_FILTER_PROP_UNTIL,
  LIAN_FILTER_PROP_TEXT,
  LIAN_FILTER_PROP_BOTTLENECK_ONLY,
  LIAN_FILTER_PROP_OPEN_LONGER_THAN,
  LIAN_FILTER_PROP_AS_OF,
  LIAN_FILTER_PROP_RESOLVED_SINCE,
  LIAN_FILTER_PROP_RESOLVED_UNTIL,
  LIAN_FILTER_N_PROPS
} LianFilterProp;

/* Notifies @prop of @self. */
void lian_filter_notify (LianFilter     *self,
                         LianFilterProp  prop);

/* Installs the properties of lian-filter-needs.c into @props. */
void lian_filter_install_need_props (GParamSpec **props);

G_END_DECLS
