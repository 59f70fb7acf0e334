/* lian-region-sums.c: what the registry sums per region, kept as records
 * are filed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A roll-up by region counts, region by region, the needs by category,
 * the bottleneck ones and their days to resolve, and the enterprises
 * with their own organisation: figures no index counts. They are summed
 * here per bucket of the index of needs by region and status, and per
 * bucket of an enterprise's own region, as each record is filed, so that
 * a roll-up reads a few hundred sums instead of every record.
 *
 * A record that leaves a bucket has already changed (the change path
 * re-files a record after its fields changed), so what it added cannot be
 * taken away: the bucket's sums are marked to be summed again from the
 * records it holds, when next read, and records filed meanwhile add
 * nothing.
 */
#include "config.h"

#include <string.h>

#include "lian-region-sums-private.h"
#include "lian-registry-struct-private.h"
#include "lian-need.h"
#include "lian-enterprise.h"

static void
sums_free (gpointer data)
{
  LianRegionSums *sums = data;

  if (sums == NULL)
    return;
  g_clear_pointer (&sums->days, g_array_unref);
  g_free (sums);
}

/* The sums of @bucket, made (empty) if it has none and @make. */
static LianRegionSums *
sums_of (LianRegistry *registry,
         LianBucket   *bucket,
         gboolean      make)
{
  GPtrArray *all = registry->region_sums;

  if (all == NULL || bucket->number >= all->len || all->pdata[bucket->number] == NULL)
    {
      if (!make)
        return NULL;
      if (all == NULL)
        all = registry->region_sums = g_ptr_array_new_with_free_func (sums_free);
      if (bucket->number >= all->len)
        g_ptr_array_set_size (all, bucket->number + 1);
      all->pdata[bucket->number] = g_new0 (LianRegionSums, 1);
    }
  return all->pdata[bucket->number];
}

static void
add_record (LianRegionSums *sums,
            LianRecord     *record)
{
  if (LIAN_IS_NEED (record))
    {
      LianNeed *need = LIAN_NEED (record);
      gint32 days;

      sums->by_category[lian_need_get_category (need)]++;
      sums->n_bottleneck += lian_need_get_bottleneck (need) != FALSE;
      if (lian_need_get_status (need) == LIAN_NEED_STATUS_RESOLVED &&
          (days = lian_need_get_days_to_resolve (need)) >= 0)
        {
          if (sums->days == NULL)
            sums->days = g_array_new (FALSE, FALSE, sizeof (gint32));
          g_array_append_val (sums->days, days);
        }
    }
  else if (LIAN_IS_ENTERPRISE (record))
    {
      sums->n_firms++;
      sums->n_own += lian_enterprise_get_party_members (LIAN_ENTERPRISE (record)) >=
                     LIAN_REGION_SUMS_OWN_MEMBERS;
    }
}

void
lian_region_sums_note (LianRegistry *registry,
                       LianBucket   *bucket,
                       LianRecord   *record)
{
  LianRegionSums *sums = sums_of (registry, bucket, record != NULL);

  if (record == NULL)
    {
      /* A bucket left empty goes, and its number may serve another. */
      if (sums && bucket->len == 0)
        {
          sums_free (sums);
          registry->region_sums->pdata[bucket->number] = NULL;
        }
      else if (sums)
        sums->dirty = TRUE;
      return;
    }
  if (!sums->dirty)
    add_record (sums, record);
}

const LianRegionSums *
lian_registry_get_region_sums (LianRegistry *registry,
                               LianBucket   *bucket)
{
  LianRegionSums *sums = sums_of (registry, bucket, FALSE);
  gboolean own = bucket->index == LIAN_INDEX_ENTERPRISE_REGION;

  if (sums == NULL)
    {
      /* None was filed here (an area above the enterprises' regions). */
      sums = sums_of (registry, bucket, TRUE);
      sums->dirty = TRUE;
    }
  if (!sums->dirty)
    return sums;
  g_clear_pointer (&sums->days, g_array_unref);
  memset (sums, 0, sizeof *sums);
  for (guint i = 0; i < bucket->len; i++)
    if (!own || bucket->items[i]->region == bucket->number)
      add_record (sums, bucket->items[i]->record);
  return sums;
}
