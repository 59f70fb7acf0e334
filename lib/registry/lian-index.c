/* lian-index.c: filing records under their keys
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each index is a table key → bucket of entries' numbers (lian-bucket.c),
 * and each entry keeps its slots, the numbers of the buckets it is in, so
 * that filing costs a lookup and an append per key and leaving a search in
 * each of its buckets, with no string copied per record.
 */
#include "config.h"

#include <pthread.h>
#include <string.h>

#include "lian-index-private.h"
#include "lian-registry-struct-private.h"
#include "lian-registry-private.h"
#include "lian-region-code.h"
#include "lian-enum-types.h"
#include "lian-need-private.h"
#include "lian-enterprise.h"
#include "lian-refs-private.h"
#include "lian-record-private.h"
#include "lian-slab-private.h"
#include "lian-region-sums-private.h"

/* Gives @bucket a number in @registry's table of buckets: a slot of 4
 * bytes then says where its entry is. */
static void
number_bucket (LianRegistry *registry,
               LianBucket   *bucket)
{
  GArray *free = registry->free_buckets;

  if (free && free->len > 0)
    {
      bucket->number = g_array_index (free, guint32, free->len - 1);
      g_array_set_size (free, free->len - 1);
      registry->buckets->pdata[bucket->number] = bucket;
      return;
    }
  if (registry->buckets == NULL)
    registry->buckets = g_ptr_array_new ();
  g_assert (registry->buckets->len < G_MAXUINT32);
  bucket->number = registry->buckets->len;
  g_ptr_array_add (registry->buckets, bucket);
}

/* Before @bucket leaves its table: its number is free again. */
static void
unnumber_bucket (LianRegistry *registry,
                 LianBucket   *bucket)
{
  if (registry->free_buckets == NULL)
    registry->free_buckets = g_array_new (FALSE, FALSE, sizeof (guint32));
  registry->buckets->pdata[bucket->number] = NULL;
  g_array_append_val (registry->free_buckets, bucket->number);
}

static inline LianBucket *
bucket_at (LianRegistry *registry,
           guint32       number)
{
  return registry->buckets->pdata[number];
}

/* Filing one entry: its slots are gathered here, from slots[1] on, then
 * kept. */
typedef struct
{
  LianRegistry *registry;
  LianEntry   *entry;
  guint32     *slots;
  guint        len;
  guint        alloc;
  LianIndexId  index;     /* where the keys of the current declaration go */
  LianEntry   *firm;      /* a need's enterprise, when the caller knows it */
  guint32      local[32];   /* a copy of which fits in a slab piece */
} Filing;

/* The buckets filed under lately, by the address of the key they were
 * found with and their index: a key many records share (a status, a
 * chain's id, a region, all held once) is found again without hashing
 * it. The address may since hold another key, and the bucket be gone:
 * both are checked before the bucket is used. */
typedef struct
{
  const char *key;
  LianBucket *bucket;
  guint32     number;
} RecentBucket;

/* The same for the buckets of needs by where their enterprise lies and
 * their status, by the number of the enterprise's region bucket and the
 * status, with the buckets that count them in that region and above it
 * (area_buckets()). */
typedef struct
{
  LianBucket *bucket;
  GPtrArray  *areas;
  guint32     number;
  guint32     region;
  guint8      status;
} RecentArea;

#define N_RECENT 512
#define N_RECENT_AREAS 1024

struct _LianRecent
{
  RecentBucket buckets[N_RECENT];
  RecentArea   areas[N_RECENT_AREAS];
};

static struct _LianRecent *
recent_of (LianRegistry *registry)
{
  if (registry->recent == NULL)
    registry->recent = g_new0 (struct _LianRecent, 1);
  return registry->recent;
}

static RecentBucket *
recent_slot (LianRegistry *registry,
             LianIndexId   index,
             const char   *key)
{
  guintptr h = ((guintptr) key >> 3) * 31 + index;

  return &recent_of (registry)->buckets[(h ^ (h >> 9)) & (N_RECENT - 1)];
}

/* Whether @bucket, which @number named once, is still that bucket of the
 * registry's, of @index. */
static gboolean
still_bucket (LianRegistry *registry,
              LianBucket   *bucket,
              guint32       number,
              LianIndexId   index)
{
  return bucket != NULL && number < registry->buckets->len &&
         registry->buckets->pdata[number] == bucket && bucket->index == index;
}

/* The bucket of @key in @index if it is the one @recent holds. */
static LianBucket *
recent_bucket (LianRegistry       *registry,
               const RecentBucket *recent,
               LianIndexId         index,
               const char         *key)
{
  LianBucket *bucket = recent->bucket;

  /* Still a bucket of the registry's, then the same index and key. */
  if (recent->key != key || !still_bucket (registry, bucket, recent->number, index) ||
      strcmp (bucket->key, key) != 0)
    return NULL;
  return bucket;
}

/* The bucket of @key in @index, made if there is none. */
static LianBucket *
bucket_of (LianRegistry *registry,
           LianIndexId   index,
           const char   *key)
{
  GHashTable *table = registry->indexes[index];
  RecentBucket *recent = recent_slot (registry, index, key);
  LianBucket *bucket = recent_bucket (registry, recent, index, key);

  if (bucket == NULL)
    bucket = lian_index_lookup (table, key);
  if (bucket == NULL)
    {
      bucket = lian_bucket_new (registry, key, strlen (key), index);
      number_bucket (registry, bucket);
      g_hash_table_add (table, bucket->key);
    }
  *recent = (RecentBucket) { key, bucket, bucket->number };
  return bucket;
}

/* Files f->entry in @bucket of @index; returns the bucket, or NULL if
 * the entry was in it already. A bucket that is a bitmap takes no slot:
 * unfiling asks the bitmaps of the entry's indexes. */
static LianBucket *
file_in (Filing      *f,
         LianIndexId  index,
         LianBucket  *bucket)
{
  if (f->len == f->alloc)
    {
      f->alloc *= 2;
      if (f->slots == f->local)
        f->slots = g_memdup2 (f->local, sizeof f->local);
      f->slots = g_renew (guint32, f->slots, f->alloc);
    }
  if (!lian_bucket_add (f->registry, bucket, f->entry))
    return NULL;
  if (!bucket->bitmap)
    f->slots[f->len++] = bucket->number;
  if (index == LIAN_INDEX_NEED_REGION_STATUS || index == LIAN_INDEX_ORG_MEMBER)
    lian_region_sums_note (f->registry, bucket, f->entry, TRUE);
  return bucket;
}

/* Files f->entry under @key of @index: file_in() its bucket. */
static LianBucket *
file_key (Filing      *f,
          LianIndexId  index,
          const char  *key)
{
  return key ? file_in (f, index, bucket_of (f->registry, index, key)) : NULL;
}

/* The names kinds give the indexes they are filed under (the index of a
 * LianKeyDecl); the referrer index is filed from the references. */
static const char * const index_names[LIAN_N_INDEXES] = {
  [LIAN_INDEX_NEED_ENTERPRISE] = "need-enterprise",
  [LIAN_INDEX_NEED_CHAIN] = "need-chain",
  [LIAN_INDEX_NEED_STATUS] = "need-status",
  [LIAN_INDEX_NEED_CATEGORY] = "need-category",
  [LIAN_INDEX_ENTERPRISE_CHAIN] = "enterprise-chain",
  [LIAN_INDEX_ENTERPRISE_REGION] = "enterprise-region",
  [LIAN_INDEX_PARENT] = "parent",
  [LIAN_INDEX_ORG_CHAIN] = "org-chain",
  [LIAN_INDEX_ORG_MEMBER] = "org-member",
  [LIAN_INDEX_SERVICE_CATEGORY] = "service-category",
  [LIAN_INDEX_SERVICE_REGION] = "service-region",
  [LIAN_INDEX_SERVICE_CATEGORY_SCOPE] = "service-category-scope",
  [LIAN_INDEX_REFERRER] = NULL,
  [LIAN_INDEX_ENTERPRISE_ALIAS] = "enterprise-alias",
};

#define MAX_KEYS 8
#define MAX_REFS 8

/* The index of each key each kind declares, found once by name. */
static guint8 key_index[LIAN_RECORD_N_KINDS][MAX_KEYS];
/* The references of each kind (bits by their place in its declaration)
 * that a key of its own already files under the id they name, and the
 * indexes those keys file into: the referrer index leaves them out. */
static guint8 covered_refs[LIAN_RECORD_N_KINDS];
static guint32 referring_indexes[LIAN_RECORD_N_KINDS];
/* Whether a kind makes a reference (walked by lian_row_foreach_ref(): not
 * to outside the registry) that no key covers: only then is a record of
 * it filed in the referrer index. */
static gboolean refers_uncovered[LIAN_RECORD_N_KINDS];
/* The indexes a record of each kind may be filed in (bits by LianIndexId). */
static guint32 filed_indexes[LIAN_RECORD_N_KINDS];

/* Whether @key files a record under exactly the ids @ref names. */
static gboolean
key_covers_ref (const LianKeyDecl *key,
                const LianRefDecl *ref)
{
  if (ref->flags & LIAN_REF_OUTSIDE)
    return FALSE;
  if (key->style != ((ref->flags & LIAN_REF_LIST) ? LIAN_KEY_IDS : LIAN_KEY_ID))
    return FALSE;
  return key->offset == ref->offset && g_strcmp0 (key->property, ref->property) == 0;
}

static void
resolve_keys (void)
{
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (k);

      g_assert (decl->n_keys <= MAX_KEYS && decl->n_refs <= MAX_REFS);
      filed_indexes[k] = 1u << LIAN_INDEX_REFERRER;
      if (k == LIAN_RECORD_KIND_NEED)
        filed_indexes[k] |= 1u << LIAN_INDEX_NEED_REGION_STATUS;
      for (guint i = 0; i < decl->n_keys; i++)
        {
          guint j = 0;

          while (j < LIAN_N_INDEXES && g_strcmp0 (index_names[j], decl->keys[i].index) != 0)
            j++;
          /* A kind names an index the registry does not keep. */
          g_assert (j < LIAN_N_INDEXES);
          key_index[k][i] = j;
          filed_indexes[k] |= 1u << j;
          for (guint r = 0; r < decl->n_refs; r++)
            if (key_covers_ref (&decl->keys[i], &decl->refs[r]))
              {
                covered_refs[k] |= 1u << r;
                referring_indexes[k] |= 1u << j;
              }
        }
      for (guint r = 0; r < decl->n_refs; r++)
        if (!(decl->refs[r].flags & LIAN_REF_OUTSIDE) && !(covered_refs[k] & (1u << r)))
          refers_uncovered[k] = TRUE;
    }
}

static const guint8 *
indexes_of (LianRecordKind kind)
{
  static pthread_once_t once = PTHREAD_ONCE_INIT;

  /* Registries may be filled in several threads at once; pthread_once is
   * what ThreadSanitizer can follow. */
  pthread_once (&once, resolve_keys);
  return key_index[kind];
}

static void
file_key_cb (const char *key,
             gpointer    data)
{
  Filing *f = data;

  file_key (f, f->index, key);
}

static void
file_ref_cb (LianRecord    *record,
             const LianRef *ref,
             gpointer       data)
{
  Filing *f = data;
  guint covered = covered_refs[f->entry->kind];

  /* A key of the record's kind filed it under this id already. */
  if (covered)
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (f->entry->kind);

      for (guint r = 0; r < decl->n_refs; r++)
        if ((covered & (1u << r)) && decl->refs[r].member == ref->field)
          return;
    }
  file_key (f, LIAN_INDEX_REFERRER, ref->target);
}

GPtrArray *
lian_index_dup_referrers (LianRegistry *registry,
                          const char   *id)
{
  GPtrArray *result = lian_bucket_to_array (registry, lian_index_lookup (registry->indexes[LIAN_INDEX_REFERRER], id));
  guint32 indexes = 0;
  guint n = 0;

  indexes_of (0);
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    indexes |= referring_indexes[k];
  /* The buckets of @id where a kind's key stands for its reference; an
   * index some kinds file other ids in (a headquarters outside the
   * registry) counts only the records of the others. */
  for (guint j = 0; j < LIAN_N_INDEXES; j++)
    {
      LianBucket *bucket = (indexes & (1u << j)) ? lian_index_lookup (registry->indexes[j], id) : NULL;
      LianBucketIter iter;
      LianEntry *entry;

      lian_bucket_iter_init (&iter, registry, bucket);
      while ((entry = lian_bucket_iter_next (&iter)))
        if (referring_indexes[entry->kind] & (1u << j))
          g_ptr_array_add (result, entry);
    }
  g_ptr_array_sort (result, lian_entry_compare_seq);
  for (guint i = 0; i < result->len; i++)
    if (n == 0 || result->pdata[n - 1] != result->pdata[i])
      result->pdata[n++] = result->pdata[i];
  g_ptr_array_set_size (result, n);
  return result;
}

/* @region and the regions above it, nearest first, found once per
 * registry; empty if @region is not a region code. */
static const char * const *
areas_of (LianRegistry *registry,
          const char   *region)
{
  GStrv areas;

  if (registry->areas == NULL)
    registry->areas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_strfreev);
  areas = g_hash_table_lookup (registry->areas, region);
  if (areas == NULL)
    {
      GPtrArray *codes = g_ptr_array_new ();
      char *code = lian_adcode_is_valid (region) ? g_strdup (region) : NULL;

      for (; code; code = lian_adcode_dup_parent (code))
        g_ptr_array_add (codes, code);
      g_ptr_array_add (codes, NULL);
      areas = (GStrv) g_ptr_array_free (codes, FALSE);
      g_hash_table_insert (registry->areas, g_strdup (region), areas);
    }
  return (const char * const *) areas;
}

/* The buckets of LIAN_INDEX_NEED_AREA_STATUS that count the needs under
 * @key ("<region>/<status>") of LIAN_INDEX_NEED_REGION_STATUS: under the
 * region and each region above it, so that a count is one lookup. These
 * buckets hold a count in their len and no items, and stay, at 0 too, as
 * long as the registry: each key finds them once. */
static GPtrArray *
area_buckets (LianRegistry *registry,
              const char   *key)
{
  GHashTable *table = registry->indexes[LIAN_INDEX_NEED_AREA_STATUS];
  const char *slash = strchr (key, '/');
  gsize status_length = strlen (slash);
  char code[32];
  char area[64];
  const char * const *areas;
  GPtrArray *buckets;

  if (registry->area_counts == NULL)
    registry->area_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_ptr_array_unref);
  buckets = g_hash_table_lookup (registry->area_counts, key);
  if (buckets)
    return buckets;
  buckets = g_ptr_array_new ();
  g_hash_table_insert (registry->area_counts, g_strdup (key), buckets);

  g_assert (slash && (gsize) (slash - key) < sizeof code);
  memcpy (code, key, slash - key);
  code[slash - key] = '\0';
  areas = areas_of (registry, code);
  for (guint i = 0; areas[i]; i++)
    {
      LianBucket *bucket;
      gsize length = strlen (areas[i]);

      /* "<area>/<status>": the area is at most as long as the region. */
      g_assert (length + status_length < sizeof area);
      memcpy (area, areas[i], length);
      memcpy (area + length, slash, status_length + 1);
      length += status_length;
      bucket = lian_index_lookup (table, area);
      if (bucket == NULL)
        {
          bucket = lian_bucket_new (registry, area, length, LIAN_INDEX_NEED_AREA_STATUS);
          g_hash_table_add (table, bucket->key);
        }
      g_ptr_array_add (buckets, bucket);
    }
  return buckets;
}

/* Adds @delta to the counts of needs under @key of
 * LIAN_INDEX_NEED_REGION_STATUS. */
static void
count_in (GPtrArray *buckets,
          int        delta)
{
  for (guint i = 0; i < buckets->len; i++)
    {
      LianBucket *bucket = buckets->pdata[i];

      g_assert (delta > 0 || bucket->len > 0);
      bucket->len += delta;
    }
}

static void
count_area (LianRegistry *registry,
            const char   *key,
            int           delta)
{
  count_in (area_buckets (registry, key), delta);
}

/* The recent slot of the needs of @status whose enterprises lie in the
 * region of bucket @region (named @code), filled if it held another. */
static const RecentArea *
recent_area (LianRegistry   *registry,
             guint32         region,
             const char     *code,
             LianNeedStatus  status)
{
  RecentArea *recent = &recent_of (registry)->areas[(region * 8 + status) % N_RECENT_AREAS];
  gsize length = strlen (code);
  const char *nick;
  char key[64];

  /* The same bucket, still of the same key: a number freed may serve
   * another bucket since. */
  if (recent->region == region && recent->status == status &&
      still_bucket (registry, recent->bucket, recent->number, LIAN_INDEX_NEED_REGION_STATUS) &&
      strncmp (recent->bucket->key, code, length) == 0 && recent->bucket->key[length] == '/' &&
      strcmp (recent->bucket->key + length + 1, lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, status)) == 0)
    return recent;
  /* "<region>/<status>", joined without printf. */
  nick = lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, status);
  g_assert (length + 1 + strlen (nick) < sizeof key);
  memcpy (key, code, length);
  key[length] = '/';
  strcpy (key + length + 1, nick);
  recent->bucket = bucket_of (registry, LIAN_INDEX_NEED_REGION_STATUS, key);
  recent->areas = area_buckets (registry, key);
  recent->number = recent->bucket->number;
  recent->region = region;
  recent->status = status;
  return recent;
}

/* Files @f's entry under @region and each region above it, which the
 * registry knows once found; an enterprise keeps the bucket of its own. */
static void
file_region (Filing     *f,
             const char *region)
{
  const char * const *areas = region ? areas_of (f->registry, region) : NULL;
  LianBucket *own = NULL;

  for (guint i = 0; areas && areas[i]; i++)
    {
      LianBucket *bucket = file_key (f, f->index, areas[i]);

      own = i == 0 ? bucket : own;
    }
  if (f->index == LIAN_INDEX_ENTERPRISE_REGION && own)
    {
      f->entry->region = own->number;
      lian_region_sums_note (f->registry, own, f->entry, TRUE);
    }
}

/* A need's and an enterprise's fields, read in their rows. */

static const char *
need_firm_id (LianEntry *need)
{
  return ((LianNeedRow *) need->row)->enterprise_id;
}

static LianNeedStatus
need_status (LianEntry *need)
{
  return ((LianNeedRow *) need->row)->status;
}

static const char *
firm_region (LianEntry *firm)
{
  return lian_row_get_own_region (lian_record_kind_get_decl (LIAN_RECORD_KIND_ENTERPRISE),
                                  firm->row);
}

/* A need under where its enterprise lies and its status: counts per
 * region and status are then read from the index without visiting needs. */
static void
file_need_region (Filing       *f,
                  LianRegistry *registry,
                  LianEntry    *need)
{
  const char *firm_id = need_firm_id (need);
  LianEntry *firm = f->firm ? f->firm
                  : firm_id ? lian_entries_lookup (registry->entries, firm_id) : NULL;
  const RecentArea *recent;
  const char *region;

  if (firm == NULL || firm->kind != LIAN_RECORD_KIND_ENTERPRISE)
    return;
  /* The region's bucket is in the cache, the enterprise perhaps not; one
   * not filed yet (later in the same batch) tells its own. */
  region = firm->region != LIAN_NO_BUCKET
           ? bucket_at (registry, firm->region)->key
           : firm_region (firm);
  if (region == NULL || region[0] == '\0' || strlen (region) > 16)
    return;
  recent = recent_area (registry, firm->region, region, need_status (need));
  file_in (f, LIAN_INDEX_NEED_REGION_STATUS, recent->bucket);
  count_in (recent->areas, 1);
}

/* The region @need is filed under in LIAN_INDEX_NEED_REGION_STATUS, as
 * the start of a key, with its length; NULL if it is filed under none. */
static const char *
filed_region (LianRegistry *registry,
              LianEntry    *need,
              gsize        *length)
{
  GArray *bitmaps = registry->bitmaps[LIAN_INDEX_NEED_REGION_STATUS];
  LianBucket *found = NULL;
  guint n;
  const guint32 *slots = lian_entry_slots (need, &n);

  for (guint i = 0; i < n && !found; i++)
    {
      LianBucket *bucket = bucket_at (registry, slots[i]);

      if (bucket->index == LIAN_INDEX_NEED_REGION_STATUS)
        found = bucket;
    }
  for (guint i = 0; bitmaps && i < bitmaps->len && !found; i++)
    {
      LianBucket *bucket = bucket_at (registry, g_array_index (bitmaps, guint32, i));

      if (lian_bucket_has_bit (bucket, need))
        found = bucket;
    }
  if (found == NULL)
    return NULL;
  *length = strcspn (found->key, "/");
  return found->key;
}

/* After @firm is filed: its needs follow it if it moved to another region. */
static void
refile_needs (LianRegistry *registry,
              LianEntry    *firm)
{
  GHashTable *by_firm = registry->indexes[LIAN_INDEX_NEED_ENTERPRISE];
  const char *region;
  LianBucket *needs;
  g_autoptr(GPtrArray) moved = NULL;
  LianBucketIter iter;
  LianEntry *need;

  /* A registry without needs (an import of enterprises) hashes no id. */
  if (g_hash_table_size (by_firm) == 0)
    return;
  region = firm_region (firm);
  needs = lian_index_lookup (by_firm, lian_entry_id (firm));
  lian_bucket_iter_init (&iter, registry, needs);
  while ((need = lian_bucket_iter_next (&iter)))
    {
      gsize length = 0;
      const char *filed = filed_region (registry, need, &length);

      if (filed == NULL ? region == NULL || region[0] == '\0'
                        : region && strlen (region) == length && strncmp (filed, region, length) == 0)
        continue;
      if (moved == NULL)
        moved = g_ptr_array_new ();
      g_ptr_array_add (moved, need);
    }
  for (guint i = 0; moved && i < moved->len; i++)
    {
      lian_index_unfile (registry, moved->pdata[i]);
      lian_index_file (registry, moved->pdata[i]);
    }
}

/* How many records ahead of its filing a need's enterprise is asked for. */
#define FILE_AHEAD 8

void
lian_index_prefetch_firms (LianRegistry  *registry,
                           LianEntry    **firms,
                           guint          n,
                           guint          i)
{
  LianEntry *firm;

  if (i + 2 * FILE_AHEAD < n && (firm = firms[i + 2 * FILE_AHEAD]))
    __builtin_prefetch (firm);
  if (i + FILE_AHEAD < n && (firm = firms[i + FILE_AHEAD]) && firm->region != LIAN_NO_BUCKET)
    __builtin_prefetch (&registry->buckets->pdata[firm->region]);
}

/* Files @entry under the keys its kind declares and under each id it
 * refers to; a need also under where its enterprise lies and its status. */
void
lian_index_file (LianRegistry *registry,
                 LianEntry    *entry)
{
  lian_index_file_with (registry, entry, NULL);
}

/* Gives f->entry the slots gathered: in itself if they are few, else
 * from the slab (a large batch's first filing) or the heap, with their
 * count first if there are very many. */
static void
keep_slots (Filing *f)
{
  LianEntry *entry = f->entry;
  guint n = f->len - 1;

  entry->slots_in_slab = FALSE;
  entry->n_slots = MIN (n, LIAN_ENTRY_MANY_SLOTS);
  if (n == 0)
    entry->u.slots = NULL;
  else if (n <= LIAN_ENTRY_INLINE_SLOTS)
    memcpy (entry->u.inline_slots, f->slots + 1, n * sizeof (guint32));
  else if (n < LIAN_ENTRY_MANY_SLOTS && f->slots == f->local && entry->in_slab && !entry->filed)
    {
      entry->u.slots = memcpy (lian_slab_alloc (&f->registry->slab, n * sizeof (guint32)),
                               f->local + 1, n * sizeof (guint32));
      entry->slots_in_slab = TRUE;
    }
  else if (n < LIAN_ENTRY_MANY_SLOTS)
    entry->u.slots = g_memdup2 (f->slots + 1, n * sizeof (guint32));
  else
    {
      /* So many come only past the local room: on the heap already. */
      f->slots[0] = n;
      entry->u.slots = f->slots;
      f->slots = f->local;
    }
  if (f->slots != f->local)
    g_free (f->slots);
}

void
lian_index_file_with (LianRegistry *registry,
                      LianEntry    *entry,
                      LianEntry    *firm)
{
  Filing f = { registry, entry, NULL, 1, G_N_ELEMENTS (f.local), 0, firm, };
  const LianKindDecl *decl = lian_record_kind_get_decl (entry->kind);
  const guint8 *index = indexes_of (entry->kind);

  f.slots = f.local;
  g_assert (entry->n_slots == 0);
  for (guint i = 0; i < decl->n_keys; i++)
    {
      f.index = index[i];
      if (decl->keys[i].style == LIAN_KEY_REGION)
        file_region (&f, lian_row_text (decl, entry->row, decl->keys[i].offset));
      else
        lian_row_foreach_key (decl, entry->row, &decl->keys[i], file_key_cb, &f);
    }
  /* An enterprise's references are its chains, which a key filed. */
  if (refers_uncovered[entry->kind])
    lian_row_foreach_ref (decl, entry->row, file_ref_cb, &f);
  if (entry->kind == LIAN_RECORD_KIND_NEED)
    file_need_region (&f, registry, entry);

  keep_slots (&f);
  entry->filed = TRUE;
  registry->stamp++;
  if (entry->kind == LIAN_RECORD_KIND_ENTERPRISE)
    refile_needs (registry, entry);
}

/* Takes @entry out of @bucket, which goes if it is left empty. */
static void
leave (LianRegistry *registry,
       LianBucket   *bucket,
       LianEntry    *entry)
{
  lian_bucket_remove (registry, bucket, entry);
  if (bucket->index == LIAN_INDEX_NEED_REGION_STATUS)
    count_area (registry, bucket->key, -1);
  if (bucket->len == 0 || bucket->index == LIAN_INDEX_NEED_REGION_STATUS ||
      bucket->number == entry->region)
    lian_region_sums_note (registry, bucket, entry, FALSE);
  if (bucket->len == 0)
    {
      lian_bucket_forget_bitmap (registry, bucket);
      unnumber_bucket (registry, bucket);
      g_hash_table_remove (registry->indexes[bucket->index], bucket->key);
      lian_bucket_free (registry, bucket);
    }
}

void
lian_index_unfile (LianRegistry *registry,
                   LianEntry    *entry)
{
  guint32 indexes;
  guint n;
  const guint32 *slots = lian_entry_slots (entry, &n);

  for (guint i = 0; i < n; i++)
    leave (registry, bucket_at (registry, slots[i]), entry);
  /* The bitmaps it is in (a bucket that became one since it was filed
   * left with the slots): those of the indexes of its kind, a few. */
  indexes_of (0);
  indexes = filed_indexes[entry->kind];
  for (guint j = 0; j < LIAN_N_INDEXES; j++)
    {
      GArray *bitmaps = registry->bitmaps[j];

      /* Backwards: a bitmap left empty goes from the list by a swap. */
      for (guint i = (indexes & (1u << j)) && bitmaps ? bitmaps->len : 0; i-- > 0;)
        {
          LianBucket *bucket = bucket_at (registry, g_array_index (bitmaps, guint32, i));

          if (lian_bucket_has_bit (bucket, entry))
            leave (registry, bucket, entry);
        }
    }
  lian_entry_free_slots (entry);
  entry->region = LIAN_NO_BUCKET;
  registry->stamp++;
}
