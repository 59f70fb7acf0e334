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
  guint    n_bottleneck;                     /* needs */
  guint    by_category[LIAN_NEED_CATEGORY_OTHER + 1];
  GArray  *days;                             /* gint32: the days to resolve
                                              * of the resolved needs that
                                              * have them, or NULL */
  guint    n_firms;                          /* enterprises */
  guint    n_own;                            /* of them, with party members
                                              * enough for their own
                                              * organisation */
  gboolean dirty;                            /* to be summed again */
} LianRegionSums;

/* An enterprise with this many party members may set up its own primary
 * organisation (the party's constitution, article 30). */
#define LIAN_REGION_SUMS_OWN_MEMBERS 3

/* The index's hook: @entry was filed in @bucket, or left it (@filed
 * FALSE): a need under its region and status, an enterprise under its own
 * region, an organisation under one of its members; or any record
 * leaving a bucket it empties. */
void lian_region_sums_note (LianRegistry *registry,
                            LianBucket   *bucket,
                            LianEntry    *entry,
                            gboolean      filed);

/* The sums of @bucket (of one of the two indexes above), summed again
 * first if a record left it since; all 0 if nothing was filed there. */
const LianRegionSums *lian_registry_get_region_sums (LianRegistry *registry,
                                                     LianBucket   *bucket);

/* Where the enterprise whose id is the key of @members (a bucket of
 * LIAN_INDEX_ORG_MEMBER) lies: its region code, and in @own whether it
 * has party members enough for its own organisation; NULL if no
 * enterprise held has that id. */
const char *lian_registry_get_member_place (LianRegistry *registry,
                                            LianBucket   *members,
                                            gboolean     *own);

G_END_DECLS
