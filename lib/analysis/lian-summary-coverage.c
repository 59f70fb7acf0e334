/* lian-summary-coverage.c: how the enterprises in scope are covered by the
 * party's organisation, and the groups an organisation lies in by its
 * members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-summary-private.h"
#include "lian-registry-private.h"
#include "lian-registry-query.h"

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch (p)
#else
#define PREFETCH(p) ((void) (p))
#endif
/* How many enterprises ahead a walk fetches. */
#define AHEAD_OBJECT 32
/* How many members ahead the walk over the index of members fetches each
 * stage. */
#define AHEAD_BUCKET 24
#define AHEAD_ENTRY  16
#define AHEAD_ORG    8

enum {
  COVERED_WORK = LIAN_COVERAGE_WORK,                  /* member of any organisation */
  COVERED_ORGANIZATION = LIAN_COVERAGE_ORGANIZATION,  /* member of a grassroots one */
  COVERED_OWN = LIAN_COVERAGE_OWN_ORGANIZATION,       /* has its own organisation */
};

/* How an organisation covers its members. */
static guint
org_flags (LianPartyOrg *org)
{
  guint flags = COVERED_WORK;

  if (lian_party_org_kind_is_grassroots (lian_party_org_get_kind (org)))
    flags |= COVERED_ORGANIZATION;
  if (lian_party_org_get_kind (org) == LIAN_ORG_KIND_ENTERPRISE)
    flags |= COVERED_OWN;
  return flags;
}

/* Adds to @flags what @firm is by itself: an enterprise with enough party
 * members for its own primary organisation has one, or may set it up, and
 * is covered by the party's organisation. */
static inline guint
own_flags (LianRecord *firm,
           guint       flags)
{
  if (lian_enterprise_get_party_members (LIAN_ENTERPRISE (firm)) >= LIAN_OWN_ORGANIZATION_MEMBERS)
    flags |= COVERED_OWN;
  if (flags & COVERED_OWN)
    flags |= COVERED_WORK | COVERED_ORGANIZATION;
  return flags;
}

void
lian_id_filter_init (LianIdFilter *filter,
                     guint         n)
{
  /* 32 bits an id: a "maybe" for about one other id in 32. */
  guint32 n_bits = 1024;

  while (n_bits < 32 * (guint64) n && n_bits < (1u << 30))
    n_bits <<= 1;
  filter->bits = g_new0 (guint64, n_bits / 64);
  filter->mask = n_bits - 1;
}

void
lian_id_filter_clear (LianIdFilter *filter)
{
  g_clear_pointer (&filter->bits, g_free);
}

/* Coverage is a property of the enterprise: every organisation counts,
 * whatever the scope, if it existed on c->as_of. For many enterprises,
 * the members of every organisation are filed first under how they are
 * covered, and in a filter that passes over most of those that are
 * members of none without a lookup; for a few, each enterprise's
 * organisations are looked up. */
void
lian_collect_build_coverage (LianCollect *c)
{
  GPtrArray *orgs = lian_registry_get_array (c->registry, LIAN_RECORD_KIND_ORGANIZATION);
  GHashTableIter iter;
  gpointer id;

  c->coverage = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < orgs->len; i++)
    {
      LianRecord *record = lian_collect_borrow_at (c, orgs, i, LIAN_RECORD_KIND_ORGANIZATION);
      LianPartyOrg *org = LIAN_PARTY_ORG (record);
      /* The texts of its row: they stay when the row goes back. */
      const char * const *members = lian_party_org_get_member_ids (org);
      guint flags = org_flags (org);

      if (lian_collect_existed_on (c, lian_party_org_get_founded (org)))
        for (guint m = 0; members[m]; m++)
          {
            guint old = GPOINTER_TO_UINT (g_hash_table_lookup (c->coverage, members[m]));
            if ((old | flags) != old)
              g_hash_table_insert (c->coverage, (gpointer) members[m], GUINT_TO_POINTER (old | flags));
          }
      lian_collect_give_back (c, record);
    }
  lian_id_filter_init (&c->members, g_hash_table_size (c->coverage));
  g_hash_table_iter_init (&iter, c->coverage);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    lian_id_filter_add (&c->members, g_str_hash (id));
}

guint
lian_collect_coverage (LianCollect *c,
                       LianRecord  *firm)
{
  LianBucketIter iter;
  LianEntry *entry;
  guint flags = 0;

  if (c->coverage)
    {
      gboolean known = firm == c->firm;
      const char *id = known ? c->firm_id : lian_record_get_id (firm);

      /* Most enterprises are members of no organisation. */
      if (id == NULL ||
          !lian_id_filter_may_hold (&c->members, known ? c->firm_hash : g_str_hash (id)))
        return own_flags (firm, 0);
      return own_flags (firm, GPOINTER_TO_UINT (g_hash_table_lookup (c->coverage, id)));
    }
  lian_bucket_iter_init (&iter, c->registry,
                         lian_registry_get_bucket (c->registry, LIAN_INDEX_ORG_MEMBER,
                                                   lian_record_get_id (firm)));
  while ((entry = lian_bucket_iter_next (&iter)))
    {
      LianRecord *org;

      if (entry->kind != LIAN_RECORD_KIND_ORGANIZATION)
        continue;
      org = lian_collect_borrow_entry (c, entry);
      if (lian_collect_existed_on (c, lian_party_org_get_founded (LIAN_PARTY_ORG (org))))
        flags |= org_flags (LIAN_PARTY_ORG (org));
      lian_collect_give_back (c, org);
    }
  return own_flags (firm, flags);
}

/* Counts the coverage of the enterprise @id, a member of the organisations
 * of @bucket. */
static void
count_member_cb (const char *id,
                 LianBucket *orgs,
                 gpointer    data)
{
  LianCollect *c = data;
  LianSummary *s = c->one;
  LianEntry *entry = lian_registry_get_entry (c->registry, id);
  LianBucketIter iter;
  LianEntry *org;
  LianRecord *record;
  guint flags = 0;

  if (entry == NULL || entry->kind != LIAN_RECORD_KIND_ENTERPRISE)
    return;
  lian_bucket_iter_init (&iter, c->registry, orgs);
  while ((org = lian_bucket_iter_next (&iter)))
    {
      record = lian_collect_borrow_entry (c, org);
      flags |= org_flags (LIAN_PARTY_ORG (record));
      lian_collect_give_back (c, record);
    }
  record = lian_collect_borrow_entry (c, entry);
  flags = own_flags (record, flags);
  lian_collect_give_back (c, record);
  s->n_organization_covered += (flags & COVERED_ORGANIZATION) != 0;
  s->n_own_organization += (flags & COVERED_OWN) != 0;
  s->n_work_covered++;
}

/* The coverage of every enterprise in the registry, into c->one: from
 * the index of members, and then the enterprises that have their own
 * organisation without being members of any. */
void
lian_collect_count_coverage (LianCollect *c)
{
  LianSummary *s = c->one;
  GPtrArray *firms = lian_registry_get_array (c->registry, LIAN_RECORD_KIND_ENTERPRISE);

  s->n_enterprises = lian_registry_count_enterprises (c->registry, NULL);
  lian_registry_foreach_bucket (c->registry, LIAN_INDEX_ORG_MEMBER, count_member_cb, c);
  for (guint i = 0; i < firms->len; i++)
    {
      LianRecord *firm = lian_collect_borrow_at (c, firms, i, LIAN_RECORD_KIND_ENTERPRISE);
      gboolean alone;

      if (i + AHEAD_OBJECT < firms->len)
        PREFETCH (LIAN_ITEM_ROW (lian_registry_item_at (firms, i + AHEAD_OBJECT)));
      alone = own_flags (firm, 0) != 0 &&
              lian_bucket_size (lian_registry_get_bucket (c->registry, LIAN_INDEX_ORG_MEMBER,
                                                          lian_record_get_id (firm))) == 0;
      lian_collect_give_back (c, firm);
      if (!alone)
        continue;
      /* Its own organisation covers it, and no organisation of the
       * registry has it as a member. */
      s->n_organization_covered++;
      s->n_own_organization++;
      s->n_work_covered++;
    }
}

/* The enterprises of one region (@key) that lie in a group: how many, and
 * those with party members enough for their own organisation, which are
 * covered in every way. */
static void
count_region_cb (const char *key,
                 LianBucket *bucket,
                 gpointer    data)
{
  LianCollect *c = data;
  LianSummary *group = lian_collect_group_at (c, key);
  const LianRegionSums *sums;

  if (group == NULL)
    return;
  sums = lian_registry_get_region_sums (c->registry, bucket);
  if (sums->n_firms == 0)
    return;
  group->n_enterprises += sums->n_firms;
  group->n_organization_covered += sums->n_own;
  group->n_own_organization += sums->n_own;
  group->n_work_covered += sums->n_own;
  group->touched = TRUE;
}

/* The enterprise that is a member of the organisations of @orgs (a
 * bucket of the index of members): files them under its group, and counts
 * how they cover it unless it was counted with its region, having its own
 * organisation. */
static void
place_member (LianCollect *c,
              LianBucket  *orgs)
{
  gboolean own = FALSE;
  const char *region = lian_registry_get_member_place (c->registry, orgs, &own);
  LianSummary *group = region ? lian_collect_group_at (c, region) : NULL;
  guint flags = 0;
  LianBucketIter iter;
  LianEntry *entry;

  if (group == NULL)
    return;
  lian_bucket_iter_init (&iter, c->registry, orgs);
  while ((entry = lian_bucket_iter_next (&iter)))
    {
      LianOrgPlace *place;

      if (entry->kind != LIAN_RECORD_KIND_ORGANIZATION)
        continue;
      place = lian_collect_place_org (c, lian_entry_id (entry), group);
      /* Read once per organisation, not once per member. */
      if (place->flags == 0)
        {
          LianRecord *org = lian_collect_borrow_entry (c, entry);

          place->flags = org_flags (LIAN_PARTY_ORG (org)) | LIAN_ORG_PLACE_READ;
          lian_collect_give_back (c, org);
        }
      flags |= place->flags & ~LIAN_ORG_PLACE_READ;
    }
  if (own)
    return;
  if (flags & COVERED_OWN)
    flags |= COVERED_WORK | COVERED_ORGANIZATION;
  group->n_organization_covered += (flags & COVERED_ORGANIZATION) != 0;
  group->n_own_organization += (flags & COVERED_OWN) != 0;
  group->n_work_covered += (flags & COVERED_WORK) != 0;
}

static void
gather_cb (const char *key,
           LianBucket *bucket,
           gpointer    data)
{
  g_ptr_array_add (data, bucket);
}

/* Every enterprise of c->region counts in its group (none is outside a
 * date or a test): the registry sums them, and those with their own
 * organisation, per region; only the members of organisations are read,
 * from the index of members. */
void
lian_collect_count_region_firms (LianCollect *c)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  LianBucket **b;
  guint n;

  c->org_places = lian_collect_new_org_places ();
  lian_registry_foreach_bucket (c->registry, LIAN_INDEX_ENTERPRISE_REGION, count_region_cb, c);
  lian_registry_foreach_bucket (c->registry, LIAN_INDEX_ORG_MEMBER, gather_cb, members);
  /* Buckets, their first organisation's entry, then its record, fetched
   * early in stages, as they lie all over the heap. */
  b = (LianBucket **) members->pdata;
  n = members->len;
  for (guint i = 0; i < n; i++)
    {
      if (i + AHEAD_BUCKET < n)
        PREFETCH (b[i + AHEAD_BUCKET]);
      if (i + AHEAD_ENTRY < n && b[i + AHEAD_ENTRY]->len > 0)
        PREFETCH (lian_bucket_first (c->registry, b[i + AHEAD_ENTRY]));
      if (i + AHEAD_ORG < n && b[i + AHEAD_ORG]->len > 0)
        PREFETCH (lian_bucket_first (c->registry, b[i + AHEAD_ORG])->row);
      place_member (c, b[i]);
    }
}

LianOrgPlace *
lian_collect_place_org (LianCollect *c,
                        const char  *org_id,
                        LianSummary *group)
{
  LianOrgPlace *place = g_hash_table_lookup (c->org_places, org_id);

  if (place == NULL)
    {
      place = g_new0 (LianOrgPlace, 1);
      g_hash_table_insert (c->org_places, (gpointer) org_id, place);
    }
  for (guint i = 0; i < place->n; i++)
    if (lian_org_place_group (place, i) == group)
      return place;
  if (place->n < G_N_ELEMENTS (place->first))
    place->first[place->n] = group;
  else
    {
      if (place->more == NULL)
        place->more = g_ptr_array_new ();
      g_ptr_array_add (place->more, group);
    }
  place->n++;
  return place;
}

static void
org_place_free (gpointer data)
{
  LianOrgPlace *place = data;

  g_clear_pointer (&place->more, g_ptr_array_unref);
  g_free (place);
}

GHashTable *
lian_collect_new_org_places (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, org_place_free);
}

/* For a c->region with few of the enterprises: files each organisation
 * with a member there under the groups its members lie in, from the index
 * of members, instead of looking where every member of every organisation
 * lies. */
void
lian_collect_build_org_places (LianCollect *c)
{
  LianBucket *bucket = lian_registry_get_bucket (c->registry, LIAN_INDEX_ENTERPRISE_REGION, c->region);
  g_autoptr(GPtrArray) firms = lian_bucket_to_array (c->registry, bucket);

  c->org_places = lian_collect_new_org_places ();
  for (guint i = 0; i < firms->len; i++)
    {
      LianRecord *firm = lian_collect_borrow_entry (c, firms->pdata[i]);
      LianSummary *group = lian_collect_group_at (c, lian_enterprise_get_region (LIAN_ENTERPRISE (firm)));
      const char *id = lian_record_get_id (firm);
      LianBucketIter iter;
      LianEntry *entry;

      lian_collect_give_back (c, firm);
      if (group == NULL)
        continue;
      lian_bucket_iter_init (&iter, c->registry,
                             lian_registry_get_bucket (c->registry, LIAN_INDEX_ORG_MEMBER, id));
      while ((entry = lian_bucket_iter_next (&iter)))
        if (entry->kind == LIAN_RECORD_KIND_ORGANIZATION)
          lian_collect_place_org (c, lian_entry_id (entry), group);
    }
}

/* Tests @record against the scope and adds it if it is in. @group is
 * where it lies if that is already known (and in c->region), else NULL. */
