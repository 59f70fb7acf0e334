/* lian-matching-filed-private.h: the region of each open need's
 * enterprise, by need, as the registry's index files them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-matching-private.h"

G_BEGIN_DECLS

/* A need and the region of its enterprise, in a table by the need. */
typedef struct
{
  gconstpointer need;            /* NULL for a free place */
  const char   *region;          /* kept by the matching */
} LianFiledNeed;

/* The open needs as the registry's index by region and status files them,
 * in a table of open addressing, at most half full. */
typedef struct
{
  LianMatching  *matching;
  LianRegistry  *registry;
  LianFiledNeed *places;
  gsize          mask;           /* the number of places, less 1 */
  gsize          n_filed;
  const char    *open[3];        /* the nicks of the open states */
} LianFiled;

/* Files by need the region of the enterprise of each open need that
 * @registry files by it (a need whose enterprise is unknown or has no
 * region is not filed), the regions kept by @matching. A need then costs
 * no look-up of its enterprise by id, unless a service's chains ask for
 * it. Returns FALSE, filing nothing, when @n_needs are too few of the open
 * needs for it to pay. Clear @filed with lian_filed_clear() either way. */
gboolean lian_filed_init  (LianFiled    *filed,
                           LianMatching *matching,
                           LianRegistry *registry,
                           guint         n_needs);
void     lian_filed_clear (LianFiled    *filed);

/* The place of @need: its region, or a free place (need NULL). */
static inline LianFiledNeed *
lian_filed_find (const LianFiled *filed,
                 gconstpointer    need)
{
  gsize at = (gsize) (((guint64) (guintptr) need * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32)
             & filed->mask;

  while (filed->places[at].need && filed->places[at].need != need)
    at = (at + 1) & filed->mask;
  return &filed->places[at];
}

G_END_DECLS
