/* lian-firm-map-private.h: enterprise ids → where they lie, for walks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-summary-private.h"

G_BEGIN_DECLS

/* Enterprise id → where it lies, for walking the needs in order: open
 * addressing, with the ids copied together so that comparing them stays
 * in the cache. */
typedef struct
{
  guint32      hash;
  guint32      key;          /* offset in keys + 1; 0 for an empty slot */
  LianSummary *group;
} LianFirmSlot;

typedef struct
{
  LianFirmSlot *slots;
  guint32       mask;
  GString      *keys;
} LianFirmMap;

static inline guint32
lian_firm_map_hash (const char *id)
{
  return id ? g_str_hash (id) : 0;
}

void          lian_firm_map_init   (LianFirmMap *map,
                                    guint        n);
void          lian_firm_map_clear  (LianFirmMap *map);
void          lian_firm_map_insert (LianFirmMap *map,
                                    const char  *id,
                                    LianSummary *group);
LianSummary  *lian_firm_map_lookup (LianFirmMap *map,
                                    guint32      hash,
                                    const char  *id);

G_END_DECLS
