/* lian-firm-map.c: enterprise ids → where they lie, for walks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-firm-map-private.h"

/* Sized for @n enterprises: at most half full. */
void
lian_firm_map_init (LianFirmMap *map,
                    guint        n)
{
  guint32 size = 16;

  while (size < 2 * (gsize) n)
    size <<= 1;
  map->slots = g_new0 (LianFirmSlot, size);
  map->mask = size - 1;
  map->keys = g_string_sized_new (16 * (gsize) n + 1);
}

void
lian_firm_map_clear (LianFirmMap *map)
{
  g_clear_pointer (&map->slots, g_free);
  g_string_free (g_steal_pointer (&map->keys), TRUE);
}

void
lian_firm_map_insert (LianFirmMap *map,
                      const char  *id,
                      LianSummary *group)
{
  guint32 hash = lian_firm_map_hash (id);
  guint32 i = hash & map->mask;

  while (map->slots[i].key)
    {
      if (map->slots[i].hash == hash && strcmp (map->keys->str + map->slots[i].key - 1, id) == 0)
        {
          map->slots[i].group = group;
          return;
        }
      i = (i + 1) & map->mask;
    }
  map->slots[i].hash = hash;
  map->slots[i].key = map->keys->len + 1;
  map->slots[i].group = group;
  g_string_append_len (map->keys, id, strlen (id) + 1);
}

/* Where the enterprise @id (of hash @hash) lies, or NULL. */
LianSummary *
lian_firm_map_lookup (LianFirmMap *map,
                      guint32      hash,
                      const char  *id)
{
  guint32 i;

  if (id == NULL)
    return NULL;
  for (i = hash & map->mask; map->slots[i].key; i = (i + 1) & map->mask)
    if (map->slots[i].hash == hash && strcmp (map->keys->str + map->slots[i].key - 1, id) == 0)
      return map->slots[i].group;
  return NULL;
}
