/* lian-registry-duplicates.c: finding records that may be one
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The pass never compares every pair. Each enterprise gives up to three
 * keys — its credit code, the core of its name (lian-dup-names.c), its
 * telephone — as 64-bit hashes; the keys are sorted, and only the
 * enterprises that share a key (a block) are compared, by
 * lian-dup-score.c. A need gives one key, its enterprise and category. A
 * block larger than BLOCK_MAX (a switchboard's number on hundreds of
 * records) says nothing about any two of them and is passed over.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lian-registry-struct-private.h"
#include "lian-dup-score-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-refs-private.h"
#include "lian-index-private.h"

#define BLOCK_MAX 64

typedef struct
{
  guint64 hash;
  guint32 index;
} Key;

static guint64
hash_key (char        tag,
          const char *s,
          gsize       len)
{
  guint64 h = 14695981039346656037ull;   /* FNV-1a, 64 bits */

  h = (h ^ (guchar) tag) * 1099511628211ull;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * 1099511628211ull;
  return h;
}

/* The keys of @ent: up to three hashes in @out; how many. */
static guint
enterprise_keys (LianEnterprise *ent,
                 GString        *tmp,
                 guint64        *out)
{
  const char *uscc = lian_enterprise_get_uscc (ent);
  guint n = 0;

  if (uscc && uscc[0])
    out[n++] = hash_key ('c', uscc, strlen (uscc));
  lian_dup_name_core (lian_record_get_name (LIAN_RECORD (ent)), tmp);
  if (tmp->len)
    out[n++] = hash_key ('n', tmp->str, tmp->len);
  lian_dup_phone_key (lian_enterprise_get_contact_phone (ent), tmp);
  if (tmp->len)
    out[n++] = hash_key ('p', tmp->str, tmp->len);
  return n;
}

static guint
need_keys (LianNeed *need,
           GString  *tmp,
           guint64  *out)
{
  const char *ent = lian_need_get_enterprise_id (need);

  if (ent == NULL)
    return 0;
  g_string_printf (tmp, "%s/%d", ent, lian_need_get_category (need));
  out[0] = hash_key ('e', tmp->str, tmp->len);
  return 1;
}

static guint
record_keys (LianRecord *record,
             GString    *tmp,
             guint64    *out)
{
  if (LIAN_IS_ENTERPRISE (record))
    return enterprise_keys (LIAN_ENTERPRISE (record), tmp, out);
  return need_keys (LIAN_NEED (record), tmp, out);
}

static int
compare_keys (const void *a,
              const void *b)
{
  const Key *x = a, *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* The keys of @records, sorted by hash. */
static GArray *
sorted_keys (GPtrArray *records)
{
  GArray *keys = g_array_sized_new (FALSE, FALSE, sizeof (Key), records->len * 2 + 1);
  g_autoptr(GString) tmp = g_string_sized_new (128);

  for (guint i = 0; i < records->len; i++)
    {
      guint64 hashes[3];
      guint n = record_keys (records->pdata[i], tmp, hashes);

      for (guint k = 0; k < n; k++)
        {
          Key key = { hashes[k], i };
          g_array_append_val (keys, key);
        }
    }
  if (keys->len > 1)
    qsort (keys->data, keys->len, sizeof (Key), compare_keys);
  return keys;
}

static LianDuplicate *
score (LianRecord     *a,
       LianRecord     *b,
       int             min_band,
       LianDupScratch *s)
{
  if (LIAN_IS_ENTERPRISE (a))
    return lian_dup_score_enterprises (LIAN_ENTERPRISE (a), LIAN_ENTERPRISE (b), min_band, s);
  return lian_dup_score_needs (LIAN_NEED (a), LIAN_NEED (b), min_band, s);
}

static int
compare_pairs (const void *a,
               const void *b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* Every pair that shares a block, once: (first << 32) | second. */
static GArray *
candidate_pairs (GArray *keys)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint start = 0;

  while (start < keys->len)
    {
      guint end = start + 1;
      guint64 hash = g_array_index (keys, Key, start).hash;

      while (end < keys->len && g_array_index (keys, Key, end).hash == hash)
        end++;
      if (end - start >= 2 && end - start <= BLOCK_MAX)
        for (guint i = start; i < end; i++)
          for (guint j = i + 1; j < end; j++)
            {
              guint64 pair = ((guint64) g_array_index (keys, Key, i).index << 32) |
                             g_array_index (keys, Key, j).index;
              g_array_append_val (pairs, pair);
            }
      start = end;
    }
  if (pairs->len > 1)
    qsort (pairs->data, pairs->len, sizeof (guint64), compare_pairs);
  return pairs;
}

typedef struct
{
  LianDuplicate *pair;
  guint64        order;
} Found;

static int
compare_found (const void *a,
               const void *b)
{
  const Found *x = a, *y = b;
  LianDuplicateBand bx = lian_duplicate_get_band (x->pair);
  LianDuplicateBand by = lian_duplicate_get_band (y->pair);
  double sx = lian_duplicate_get_score (x->pair), sy = lian_duplicate_get_score (y->pair);

  if (bx != by)
    return bx > by ? -1 : 1;
  if (sx != sy)
    return sx > sy ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Sorts @found (Found) best first. */
static void
sort_found (GArray *found)
{
  if (found->len > 1)
    qsort (found->data, found->len, sizeof (Found), compare_found);
}

/* Sorts @found (Found) best first into a list of LianDuplicate; @found
 * may be NULL for none. */
static GListModel *
sorted_model (GArray *found)
{
  GListStore *store = g_list_store_new (LIAN_TYPE_DUPLICATE);

  if (found == NULL)
    return G_LIST_MODEL (store);
  sort_found (found);
  for (guint i = 0; i < found->len; i++)
    {
      LianDuplicate *pair = g_array_index (found, Found, i).pair;
      g_list_store_append (store, pair);
      g_object_unref (pair);
    }
  return G_LIST_MODEL (store);
}

static GListModel *
find_pairs (GPtrArray *records,
            int        min_band)
{
  g_autoptr(GArray) keys = sorted_keys (records);
  g_autoptr(GArray) pairs = candidate_pairs (keys);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  LianDupScratch s = { g_string_sized_new (128), g_string_sized_new (128) };
  guint64 last = G_MAXUINT64;

  for (guint i = 0; i < pairs->len; i++)
    {
      guint64 p = g_array_index (pairs, guint64, i);
      Found f = { NULL, p };

      if (p == last)
        continue;
      last = p;
      f.pair = score (records->pdata[p >> 32], records->pdata[p & G_MAXUINT32], min_band, &s);
      if (f.pair)
        g_array_append_val (found, f);
    }
  g_string_free (s.x, TRUE);
  g_string_free (s.y, TRUE);
  return sorted_model (found);
}

/**
 * lian_registry_find_duplicates:
 * @self: a registry
 * @kind: `LIAN_RECORD_KIND_ENTERPRISE` or `LIAN_RECORD_KIND_NEED`
 * @min_band: the least sure band to list
 * @error: return location for a #GError
 *
 * Finds the pairs of records of @kind that may be one, each with its band
 * and reasons, the surest first; the review queue of duplicates. Two
 * enterprises are compared when they share a credit code, the core of a
 * name (without company form, brackets or region) or a telephone; two
 * needs when they share an enterprise and category. A pair a person
 * decided is two ([method@Lian.Registry.decide_duplicate]) is left out.
 *
 * A million enterprises take a few seconds: the pass compares only the
 * records that share a key, never every pair.
 *
 * Returns: (transfer full) (nullable): a list of [class@Lian.Duplicate], or
 *   `NULL` with `LIAN_REGISTRY_ERROR_WRONG_KIND` for another kind
 */
GListModel *
lian_registry_find_duplicates (LianRegistry       *self,
                               LianRecordKind      kind,
                               LianDuplicateBand   min_band,
                               GError            **error)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kind != LIAN_RECORD_KIND_ENTERPRISE && kind != LIAN_RECORD_KIND_NEED)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                   /* TRANSLATORS: the end is a kind of record: "a chain" */
                   _("duplicates are looked for among enterprises and needs, not %s"),
                   lian_record_kind_with_article (kind));
      return NULL;
    }
  records = lian_registry_dup_array (self, kind);
  return find_pairs (records, min_band);
}

/* Candidates for one enterprise */

struct _LianDupIndex
{
  GPtrArray *records;   /* LianEnterprise, owned */
  GArray    *keys;      /* Key, sorted */
};

LianDupIndex *
lian_dup_index_new (LianRegistry *registry)
{
  LianDupIndex *index = g_new0 (LianDupIndex, 1);

  index->records = lian_registry_dup_array (registry, LIAN_RECORD_KIND_ENTERPRISE);
  index->keys = sorted_keys (index->records);
  return index;
}

void
lian_dup_index_free (LianDupIndex *index)
{
  if (index == NULL)
    return;
  g_ptr_array_unref (index->records);
  g_array_unref (index->keys);
  g_free (index);
}

/* The position of the first key of @hash, or keys->len. */
static guint
first_of (GArray  *keys,
          guint64  hash)
{
  guint lo = 0, hi = keys->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (keys, Key, mid).hash < hash)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Scores @record against @other unless it is itself or already found. */
static void
consider (LianRecord     *record,
          LianRecord     *other,
          guint64         order,
          int             min_band,
          GHashTable     *seen,
          GArray         *found,
          LianDupScratch *s)
{
  Found f = { NULL, order };

  if (other == record ||
      g_strcmp0 (lian_record_get_id (other), lian_record_get_id (record)) == 0 ||
      !g_hash_table_add (seen, other))
    return;
  f.pair = score (other, record, min_band, s);
  if (f.pair)
    g_array_append_val (found, f);
}

/* The first key of each block @record shares with @index, as positions in
 * @index->keys (a block larger than BLOCK_MAX passed over); how many. */
static guint
shared_blocks (LianDupIndex *index,
               LianRecord   *record,
               GString      *tmp,
               guint        *starts,
               guint        *ends)
{
  guint64 hashes[3];
  guint n, n_blocks = 0;

  if (index->keys->len == 0)
    return 0;
  n = enterprise_keys (LIAN_ENTERPRISE (record), tmp, hashes);
  for (guint k = 0; k < n; k++)
    {
      guint i = first_of (index->keys, hashes[k]);
      guint end = i;

      while (end < index->keys->len && g_array_index (index->keys, Key, end).hash == hashes[k])
        end++;
      if (end > i && end - i <= BLOCK_MAX)
        {
          starts[n_blocks] = i;
          ends[n_blocks++] = end;
        }
    }
  return n_blocks;
}

/* The pairs of @record with the records of @index it shares a key with,
 * in a sorted array of Found; NULL when it shares none (an import into a
 * register without such enterprises costs only the keys). */
static GArray *
index_find (LianDupIndex *index,
            LianRecord   *record,
            int           min_band)
{
  g_autoptr(GHashTable) seen = NULL;
  GArray *found;
  LianDupScratch s = { g_string_sized_new (128), NULL };
  guint starts[3], ends[3];
  guint n_blocks = shared_blocks (index, record, s.x, starts, ends);

  if (n_blocks == 0)
    {
      g_string_free (s.x, TRUE);
      return NULL;
    }
  seen = g_hash_table_new (NULL, NULL);
  found = g_array_new (FALSE, FALSE, sizeof (Found));
  s.y = g_string_sized_new (128);
  for (guint b = 0; b < n_blocks; b++)
    for (guint j = starts[b]; j < ends[b]; j++)
      {
        guint at = g_array_index (index->keys, Key, j).index;
        consider (record, index->records->pdata[at], at, min_band, seen, found, &s);
      }
  g_string_free (s.x, TRUE);
  g_string_free (s.y, TRUE);
  return found;
}

GPtrArray *
lian_dup_index_find (LianDupIndex      *index,
                     LianRecord        *record,
                     LianDuplicateBand  min_band)
{
  g_autoptr(GArray) found = index_find (index, record, min_band);
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_object_unref);

  if (found == NULL)
    return pairs;
  sort_found (found);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (pairs, g_array_index (found, Found, i).pair);
  return pairs;
}

static GListModel *
find_needs_of (LianRegistry *self,
               LianNeed     *need,
               int           min_band)
{
  LianBucket *bucket = lian_registry_get_bucket (self, LIAN_INDEX_NEED_ENTERPRISE,
                                                 lian_need_get_enterprise_id (need));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  LianDupScratch s = { g_string_sized_new (128), g_string_sized_new (128) };
  LianBucketIter iter;
  LianEntry *other;

  lian_bucket_iter_init (&iter, self, bucket);
  while ((other = lian_bucket_iter_next (&iter)))
    consider (LIAN_RECORD (need), lian_entry_record (self, other), other->seq, min_band, seen, found, &s);
  g_string_free (s.x, TRUE);
  g_string_free (s.y, TRUE);
  return sorted_model (found);
}

/**
 * lian_registry_find_duplicates_of:
 * @self: a registry
 * @record: an enterprise or a need, held by @self or about to be added
 * @min_band: the least sure band to list
 *
 * Finds the records of @self that may be the same as @record: what to warn
 * about before [method@Lian.Registry.add] adds it, or after. Adding never
 * refuses a record for looking like another (two enterprises may have one
 * name in two cities); a program asks this and lets a person decide. Each
 * pair has the record of @self first and @record second.
 *
 * ```python
 * for pair in registry.find_duplicates_of(firm, Lian.DuplicateBand.LIKELY):
 *     print('like', pair.get_first_id(), pair.get_reasons())
 * registry.add(firm)
 * ```
 *
 * For an enterprise this reads every enterprise of @self once; a program
 * adding many should use a [class@Lian.CsvImporter], which warns of each.
 *
 * Returns: (transfer full): a list of [class@Lian.Duplicate], the surest
 *   first; empty for another kind of record
 */
GListModel *
lian_registry_find_duplicates_of (LianRegistry      *self,
                                  LianRecord        *record,
                                  LianDuplicateBand  min_band)
{
  g_autoptr(LianDupIndex) index = NULL;
  g_autoptr(GArray) found = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (LIAN_IS_RECORD (record), NULL);

  if (LIAN_IS_NEED (record))
    return find_needs_of (self, LIAN_NEED (record), min_band);
  if (!LIAN_IS_ENTERPRISE (record))
    return G_LIST_MODEL (g_list_store_new (LIAN_TYPE_DUPLICATE));
  index = lian_dup_index_new (self);
  found = index_find (index, record, min_band);
  return sorted_model (found);
}
