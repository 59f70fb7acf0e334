/* lian-matching-filed.c: the region of each open need's enterprise, by
 * need, as the registry's index by region and status files them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-matching-filed-private.h"
#include "lian-registry-private.h"
#include "lian-enum-types.h"
#include "lian-pages-private.h"

static void
file_open_cb (const char *key,
              LianBucket *bucket,
              gpointer    data)
{
  LianFiled *filed = data;
  const char *slash = strrchr (key, '/');
  g_autofree char *region = NULL;
  const char *kept;
  guint s = 0;
  LianBucketIter iter;
  LianEntry *entry;

  while (slash && s < G_N_ELEMENTS (filed->open) && strcmp (slash + 1, filed->open[s]) != 0)
    s++;
  if (slash == NULL || slash == key || s == G_N_ELEMENTS (filed->open))
    return;
  region = g_strndup (key, slash - key);
  kept = lian_matching_keep (filed->matching, region);
  /* The table holds twice the open needs; should the index file more
   * than there are, those left out are looked up as usual. */
  lian_bucket_iter_init (&iter, filed->registry, bucket);
  while (filed->n_filed * 2 < filed->mask && (entry = lian_bucket_iter_next (&iter)))
    {
      LianRecord *need = lian_entry_record (filed->registry, entry);
      LianFiledNeed *place = lian_filed_find (filed, need);

      filed->n_filed += place->need == NULL;
      *place = (LianFiledNeed) { need, kept };
    }
}

gboolean
lian_filed_init (LianFiled    *filed,
                 LianMatching *matching,
                 LianRegistry *registry,
                 guint         n_needs)
{
  gsize n_open = 0;

  *filed = (LianFiled) { matching, registry, NULL, 0, 0, {
    lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, LIAN_NEED_STATUS_SUBMITTED),
    lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, LIAN_NEED_STATUS_ACCEPTED),
    lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, LIAN_NEED_STATUS_IN_PROGRESS) } };
  for (guint s = 0; s < G_N_ELEMENTS (filed->open); s++)
    n_open += lian_bucket_size (lian_registry_get_bucket (registry, LIAN_INDEX_NEED_STATUS,
                                                          filed->open[s]));
  if (n_needs == 0 || n_needs < n_open / 4)
    return FALSE;
  filed->mask = 15;
  while (filed->mask < 2 * n_open)
    filed->mask = filed->mask * 2 + 1;
  /* Written once, then read and written at random (lian-pages-private.h). */
  filed->places = lian_pages_alloc0 ((filed->mask + 1) * sizeof (LianFiledNeed));
  lian_registry_foreach_bucket (registry, LIAN_INDEX_NEED_REGION_STATUS, file_open_cb, filed);
  return TRUE;
}

void
lian_filed_clear (LianFiled *filed)
{
  if (filed->places)
    lian_pages_free (filed->places, lian_pages_size ((filed->mask + 1) * sizeof (LianFiledNeed)));
  filed->places = NULL;
}
