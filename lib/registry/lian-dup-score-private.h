/* lian-dup-score-private.h: how alike two records are
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-duplicates-private.h"
#include "lian-enterprise.h"
#include "lian-need.h"

G_BEGIN_DECLS

/* Two strings to compare in, reused from pair to pair. */
typedef struct
{
  GString *x;
  GString *y;
} LianDupScratch;

/* The pair @a, @b at @min_band or above, or NULL (also for a pair a
 * person decided is two). */
LianDuplicate *lian_dup_score_enterprises (LianEnterprise *a,
                                           LianEnterprise *b,
                                           int             min_band,
                                           LianDupScratch *s);
LianDuplicate *lian_dup_score_needs       (LianNeed       *a,
                                           LianNeed       *b,
                                           int             min_band,
                                           LianDupScratch *s);

G_END_DECLS
