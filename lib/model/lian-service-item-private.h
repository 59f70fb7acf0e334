/* lian-service-item-private.h: what the sources of LianServiceItem share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-service-item.h"
#include "lian-record-private.h"

G_BEGIN_DECLS

typedef struct
{
  LianRowHead head;
  LianServiceKind kind;
  char *provider;
  char *description;
  LianNeedCategories categories;
  char *region;
  GStrv chain_ids;
  char *valid_from;
  char *valid_until;
  GStrv keywords;
} LianServiceItemRow;

struct _LianServiceItem
{
  LianRecordObject parent_instance;
  LianServiceItemRow row;
};

/* The fields of @self, in its row. */
#define SERVICE_ITEM_ROW(self) (&(self)->row)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PROVIDER,
  PROP_DESCRIPTION,
  PROP_CATEGORIES,
  PROP_REGION,
  PROP_CHAIN_IDS,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_KEYWORDS,
  LIAN_SERVICE_ITEM_N_PROPS
};

extern GParamSpec *lian_service_item_props[LIAN_SERVICE_ITEM_N_PROPS];

G_END_DECLS
