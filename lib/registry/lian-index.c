/* lian-index.c: filing records under their keys
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each index is a table key → bucket; a bucket is an array of entries,
 * and each entry keeps its slots (bucket and position), so that filing
 * costs a lookup and an append per key and leaving costs a swap, with no
 * string copied per record.
 */
#include "config.h"

#include <pthread.h>

#include "lian-index-private.h"
#include "lian-refs-private.h"
#include "lian-record-private.h"

static void
bucket_free (gpointer data)
{
  LianBucket *bucket = data;

  g_free (bucket->key);
  g_free (bucket->items);
  g_free (bucket);
}

GHashTable *
lian_index_new (void)
{
  /* The key is the bucket's own. */
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, bucket_free);
}

GPtrArray *
lian_bucket_to_array (const LianBucket *bucket)
{
  guint n = lian_bucket_size (bucket);
  GPtrArray *array = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, bucket->items[i]);
  return array;
}

/* Filing one entry: its slots are gathered here, then kept. */
typedef struct
{
  GHashTable **indexes;
  LianEntry   *entry;
  LianSlot    *slots;
  guint        len;
  guint        alloc;
  LianIndexId  index;     /* where the keys of the current declaration go */
  LianSlot     local[16];
} Filing;

static void
file_key (Filing      *f,
          LianIndexId  index,
          const char  *key)
{
  GHashTable *table = f->indexes[index];
  LianBucket *bucket;

  if (key == NULL)
    return;
  bucket = g_hash_table_lookup (table, key);
  if (bucket == NULL)
    {
      bucket = g_new0 (LianBucket, 1);
      bucket->key = g_strdup (key);
      g_hash_table_insert (table, bucket->key, bucket);
    }
  /* Filed under this key already: nothing else was filed since. */
  else if (bucket->len > 0 && bucket->items[bucket->len - 1] == f->entry)
    return;

  if (bucket->len == bucket->alloc)
    {
      bucket->alloc = MAX (4, bucket->alloc * 2);
      bucket->items = g_renew (LianEntry *, bucket->items, bucket->alloc);
    }
  if (f->len == f->alloc)
    {
      f->alloc *= 2;
      if (f->slots == f->local)
        f->slots = g_memdup2 (f->local, sizeof f->local);
      f->slots = g_renew (LianSlot, f->slots, f->alloc);
    }
  f->slots[f->len++] = (LianSlot) { bucket, bucket->len, index };
  bucket->items[bucket->len++] = f->entry;
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
};

#define MAX_KEYS 8

/* The index of each key each kind declares, found once by name. */
static guint8 key_index[LIAN_RECORD_N_KINDS][MAX_KEYS];

static void
resolve_keys (void)
{
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (k);

      g_assert (decl->n_keys <= MAX_KEYS);
      for (guint i = 0; i < decl->n_keys; i++)
        {
          guint j = 0;

          while (j < LIAN_N_INDEXES && g_strcmp0 (index_names[j], decl->keys[i].index) != 0)
            j++;
          /* A kind names an index the registry does not keep. */
          g_assert (j < LIAN_N_INDEXES);
          key_index[k][i] = j;
        }
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
  file_key (data, LIAN_INDEX_REFERRER, ref->target);
}

/* Files @entry under the keys its kind declares and under each id it
 * refers to. */
void
lian_index_file (GHashTable **indexes,
                 LianEntry   *entry)
{
  Filing f = { indexes, entry, NULL, 0, G_N_ELEMENTS (f.local), };
  LianRecord *record = entry->record;
  const LianKindDecl *decl = lian_record_get_kind_decl (record);
  const guint8 *index = indexes_of (entry->kind);

  f.slots = f.local;
  g_assert (entry->slots == NULL);
  for (guint i = 0; i < decl->n_keys; i++)
    {
      f.index = index[i];
      lian_record_foreach_key (record, &decl->keys[i], file_key_cb, &f);
    }
  lian_record_foreach_ref (record, file_ref_cb, &f);

  entry->n_slots = f.len;
  entry->slots = f.slots == f.local ? g_memdup2 (f.local, f.len * sizeof (LianSlot)) : f.slots;
}

/* The slot of @entry in @bucket. */
static LianSlot *
find_slot (LianEntry  *entry,
           LianBucket *bucket)
{
  for (guint i = 0; i < entry->n_slots; i++)
    if (entry->slots[i].bucket == bucket)
      return &entry->slots[i];
  g_assert_not_reached ();
}

void
lian_index_unfile (GHashTable **indexes,
                   LianEntry   *entry)
{
  for (guint i = 0; i < entry->n_slots; i++)
    {
      LianSlot *slot = &entry->slots[i];
      LianBucket *bucket = slot->bucket;
      LianEntry *last = bucket->items[--bucket->len];

      g_assert (bucket->items[slot->position] == entry);
      if (slot->position != bucket->len)
        {
          bucket->items[slot->position] = last;
          find_slot (last, bucket)->position = slot->position;
        }
      if (bucket->len == 0)
        g_hash_table_remove (indexes[slot->index], bucket->key);
    }
  g_clear_pointer (&entry->slots, g_free);
  entry->n_slots = 0;
}
