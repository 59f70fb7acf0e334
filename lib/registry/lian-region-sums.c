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
 *
 * The members of organisations are known by id: for each, where its
 * enterprise lies is kept too (the bucket of its own region, and whether
 * it has its own organisation), set when the enterprise or the first
 * organisation naming it is filed, so that a roll-up finds where the
 * members lie without looking each up.
 */
#include "config.h"

#include <string.h>

#include "lian-region-sums-private.h"
#include "lian-registry-struct-private.h"
#include "lian-need-private.h"
#include "lian-enterprise.h"

static void
sums_free (gpointer data)
{
  LianRegionSums *sums = data;

  g_clear_pointer (&sums->days, g_array_unref);
  g_free (sums);
}

/* The sums of @bucket, made (empty) if it has none and @make. */
static LianRegionSums *
sums_of (LianRegistry *registry,
         LianBucket   *bucket,
         gboolean      make)
{
  LianRegionSums *sums;

  if (registry->region_sums == NULL)
    {
      if (!make)
        return NULL;
      registry->region_sums = g_hash_table_new_full (NULL, NULL, NULL, sums_free);
    }
  sums = g_hash_table_lookup (registry->region_sums, GUINT_TO_POINTER (bucket->number));
  if (sums == NULL && make)
    {
      sums = g_new0 (LianRegionSums, 1);
      g_hash_table_insert (registry->region_sums, GUINT_TO_POINTER (bucket->number), sums);
    }
  return sums;
}

/* Where an enterprise's party_members lies in its row (the registry
 * reads no enterprise's header besides the need's). */
static const LianFieldDecl *
members_field (void)
{
  static const LianFieldDecl *field;

  if (g_once_init_enter (&field))
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (LIAN_RECORD_KIND_ENTERPRISE);
      const LianFieldDecl *found = NULL;

      for (guint i = 0; i < decl->n_fields && found == NULL; i++)
        if (g_str_equal (decl->fields[i].member, "party_members"))
          found = &decl->fields[i];
      g_assert (found != NULL);
      g_once_init_leave (&field, found);
    }
  return field;
}

static gboolean
has_own (LianEntry *firm)
{
  const LianFieldDecl *field = members_field ();
  gconstpointer value = lian_row_field (lian_record_kind_get_decl (LIAN_RECORD_KIND_ENTERPRISE),
                                        firm->row, field->offset);

  return value && lian_field_get_number (value, field->size, FALSE) >= LIAN_REGION_SUMS_OWN_MEMBERS;
}

static void
add_record (LianRegionSums *sums,
            LianEntry      *entry)
{
  if (entry->kind == LIAN_RECORD_KIND_NEED)
    {
      const LianNeedRow *need = entry->row;
      gint32 days;

      sums->by_category[need->category]++;
      sums->n_bottleneck += need->bottleneck != FALSE;
      if (need->status == LIAN_NEED_STATUS_RESOLVED && (days = need->days_to_resolve) >= 0)
        {
          if (sums->days == NULL)
            sums->days = g_array_new (FALSE, FALSE, sizeof (gint32));
          g_array_append_val (sums->days, days);
        }
    }
  else if (entry->kind == LIAN_RECORD_KIND_ENTERPRISE)
    {
      sums->n_firms++;
      sums->n_own += has_own (entry);
    }
}

/* Keeps where @firm (filed under its own region, or not when @filed is
 * FALSE) lies for @members, its bucket in LIAN_INDEX_ORG_MEMBER, or
 * forgets it: a place is its region's bucket number, twice, plus whether
 * it has its own organisation, plus 1. */
static void
set_place (LianRegistry *registry,
           LianBucket   *members,
           LianEntry    *firm,
           gboolean      filed)
{
  gpointer key = GUINT_TO_POINTER (members->number);

  if (!filed || firm == NULL || firm->kind != LIAN_RECORD_KIND_ENTERPRISE ||
      firm->region == LIAN_NO_BUCKET)
    {
      if (registry->member_places)
        g_hash_table_remove (registry->member_places, key);
      return;
    }
  if (registry->member_places == NULL)
    registry->member_places = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (registry->member_places, key,
                       GSIZE_TO_POINTER (((gsize) firm->region * 2 + has_own (firm)) + 1));
}

/* The enterprise @entry, filed under its own region or leaving it: where
 * it lies, for the organisations that name it. */
static void
place_firm (LianRegistry *registry,
            LianEntry    *entry,
            gboolean      filed)
{
  GHashTable *members = registry->indexes[LIAN_INDEX_ORG_MEMBER];
  LianBucket *orgs;

  /* While no organisation is filed (a document's enterprises come
   * first), no lookup. */
  if (g_hash_table_size (members) == 0)
    return;
  orgs = lian_index_lookup (members, lian_entry_id (entry));
  if (orgs)
    set_place (registry, orgs, entry, filed);
}

void
lian_region_sums_note (LianRegistry *registry,
                       LianBucket   *bucket,
                       LianEntry    *entry,
                       gboolean      filed)
{
  LianRegionSums *sums;

  if (bucket->index == LIAN_INDEX_ENTERPRISE_REGION && bucket->number == entry->region)
    place_firm (registry, entry, filed);
  if (!filed && bucket->len == 0)
    {
      /* A bucket left empty goes, and its number may serve another. */
      if (registry->region_sums)
        g_hash_table_remove (registry->region_sums, GUINT_TO_POINTER (bucket->number));
      if (registry->member_places)
        g_hash_table_remove (registry->member_places, GUINT_TO_POINTER (bucket->number));
      return;
    }
  if (bucket->index == LIAN_INDEX_ORG_MEMBER)
    {
      /* The first organisation naming a member finds where it lies. */
      if (filed && bucket->len == 1)
        set_place (registry, bucket, lian_entries_lookup (registry->entries, bucket->key), TRUE);
      return;
    }
  sums = sums_of (registry, bucket, filed);
  if (filed && !sums->dirty)
    add_record (sums, entry);
  else if (sums)
    sums->dirty = TRUE;
}

const LianRegionSums *
lian_registry_get_region_sums (LianRegistry *registry,
                               LianBucket   *bucket)
{
  static const LianRegionSums none;
  LianRegionSums *sums = sums_of (registry, bucket, FALSE);
  gboolean own = bucket->index == LIAN_INDEX_ENTERPRISE_REGION;
  LianBucketIter iter;
  LianEntry *entry;

  /* Nothing was filed here since the bucket was made: an area above the
   * enterprises' regions. */
  if (sums == NULL)
    return &none;
  if (!sums->dirty)
    return sums;
  g_clear_pointer (&sums->days, g_array_unref);
  memset (sums, 0, sizeof *sums);
  lian_bucket_iter_init (&iter, registry, bucket);
  while ((entry = lian_bucket_iter_next (&iter)))
    if (!own || entry->region == bucket->number)
      add_record (sums, entry);
  return sums;
}

const char *
lian_registry_get_member_place (LianRegistry *registry,
                                LianBucket   *members,
                                gboolean     *own)
{
  gsize place = registry->member_places
                ? GPOINTER_TO_SIZE (g_hash_table_lookup (registry->member_places,
                                                         GUINT_TO_POINTER (members->number)))
                : 0;
  LianBucket *region;

  if (place == 0)
    return NULL;
  place--;
  *own = place & 1;
  region = registry->buckets->pdata[place / 2];
  return region->key;
}
