/* lian-region-sums-private.h: what the registry sums per region, kept as
 * records are filed, for roll-ups that need not visit them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry.h"
#include "lian-index-private.h"

G_BEGIN_DECLS

/* The sums of one bucket: of LIAN_INDEX_NEED_REGION_STATUS, over its needs;
 * of LIAN_INDEX_ENTERPRISE_REGION, over the enterprises whose own region
 * its key is (not those of the regions below). */
typedef struct
{
  guint   n_bottleneck;                      /* needs */
  guint   by_category[LIAN_NEED_CATEGORY_OTHER + 1];
  GArray *days;                              /* gint32: the days to resolve
                                              * of the resolved needs that
                                              * have them, or NULL */
  guint   n_own;                             /* enterprises with party members
                                              * enough for their own
                                              * organisation */
  guint   n_firms;                           /* enterprises */
  gboolean dirty;                            /* to be summed again */
} LianRegionSums;

/* The enterprises with this many party members may set up their own
 * primary organisation (the party's constitution, article 30). */
#define LIAN_REGION_SUMS_OWN_MEMBERS 3

/* The change path's hook, called by the index: @record was filed in
 * @bucket (a need under its region and status, an enterprise under its own
 * region), or, with @record NULL, one left it. */
void lian_region_sums_note (LianRegistry *registry,
                            LianBucket   *bucket,
                            LianRecord   *record);

/* The sums of @bucket (of one of the two indexes above), summed again
 * first if a record left it since. */
const LianRegionSums *lian_registry_get_region_sums (LianRegistry *registry,
                                                     LianBucket   *bucket);

G_END_DECLS
