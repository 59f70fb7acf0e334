/* lian-index-private.h: the registry's indexes, key → bucket of entries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-record-private.h"
#include "lian-registry.h"

G_BEGIN_DECLS

typedef enum {
  LIAN_INDEX_NEED_ENTERPRISE,
  LIAN_INDEX_NEED_CHAIN,
  LIAN_INDEX_NEED_STATUS,
  LIAN_INDEX_NEED_CATEGORY,
  LIAN_INDEX_ENTERPRISE_CHAIN,
  LIAN_INDEX_ENTERPRISE_REGION,   /* keyed by the region and each ancestor */
  LIAN_INDEX_PARENT,               /* an organisation's parent, an enterprise's headquarters */
  LIAN_INDEX_ORG_CHAIN,
  LIAN_INDEX_ORG_MEMBER,
  LIAN_INDEX_SERVICE_CATEGORY,
  LIAN_INDEX_SERVICE_REGION,      /* keyed by the scope; "" for no scope */
  LIAN_INDEX_SERVICE_CATEGORY_SCOPE, /* "<category nick>/<scope or empty>", per category */
  LIAN_INDEX_REFERRER,            /* keyed by each id a record refers to, of any kind,
                                   * but for the references its kind's keys file it
                                   * under already (lian_index_dup_referrers()) */
  LIAN_INDEX_NEED_REGION_STATUS,  /* "<region of its enterprise>/<status nick>", once */
  LIAN_INDEX_NEED_AREA_STATUS,    /* counts only (no items): "<region or ancestor>/<status>" */
  LIAN_INDEX_ENTERPRISE_ALIAS,    /* an enterprise by the ids merged into it */
  LIAN_N_INDEXES
} LianIndexId;

typedef struct _LianEntry  LianEntry;

/* How many slots an entry holds in itself, in the room of a pointer
 * (most enterprises have one or two); and from how many on its array of
 * slots begins with their count, which its bits do not hold. */
#define LIAN_ENTRY_INLINE_SLOTS 2
#define LIAN_ENTRY_MANY_SLOTS   1023
typedef struct _LianBucket LianBucket;

G_STATIC_ASSERT (LIAN_N_INDEXES <= G_MAXUINT8);

/* What the registry keeps of a record, in its table of entries
 * (LianEntries), found by its id (lian_entry_id(), read in its row) or
 * its number: 32 bytes. */
struct _LianEntry
{
  gpointer    row;        /* the record's row: where the registry reads
                           * its fields and its id, which never changes
                           * while it is held; the record
                           * (lian_entry_record()) is owned */
  union {
    guint32  *slots;      /* the numbers of the buckets it is filed in
                           * but for bitmaps, @n_slots of them; from
                           * LIAN_ENTRY_MANY_SLOTS on, their count
                           * first */
    guint32   inline_slots[LIAN_ENTRY_INLINE_SLOTS];  /* while they are
                                                       * so few */
  } u;                    /* read them with lian_entry_slots() */
  guint64     seq : 39;   /* order of addition (2^39: a lifetime of additions) */
  guint64     kind : 8;   /* the record's LianRecordKind */
  guint64     changed : 1;  /* changed since it was added, when it was valid */
  guint64     in_slab : 1;  /* it came in a large batch: its slots are
                             * carved from the registry's slab */
  guint64     slots_in_slab : 1;
  guint64     filed : 1;    /* filed at least once */
  guint64     untold : 1;   /* put back by an undo, not told of yet */
  guint64     unmade : 1;   /* held as a row only: no object yet */
  guint64     handed : 1;   /* its object was handed to a caller outside a
                             * visit (a lookup): it keeps its object */
  guint64     n_slots : 10; /* how many slots, up to LIAN_ENTRY_MANY_SLOTS */
  guint32     number;       /* in the table of entries, while it lives */
  guint32     region;       /* an enterprise's bucket of its own region in
                             * LIAN_INDEX_ENTERPRISE_REGION, while filed;
                             * else LIAN_NO_BUCKET */
};

#define LIAN_NO_BUCKET G_MAXUINT32

/* The slots of @entry, *@n of them; they stay while @entry
 * is not filed or unfiled, nor a bucket it is in turned into an array. */
static inline const guint32 *
lian_entry_slots (const LianEntry *entry,
                  guint           *n)
{
  if (entry->n_slots <= LIAN_ENTRY_INLINE_SLOTS)
    {
      *n = entry->n_slots;
      return entry->u.inline_slots;
    }
  if (entry->n_slots < LIAN_ENTRY_MANY_SLOTS)
    {
      *n = entry->n_slots;
      return entry->u.slots;
    }
  *n = entry->u.slots[0];
  return entry->u.slots + 1;
}

/* The id of @entry's record, as it was filed: its row's (an id is set
 * when a record is made and never changes). */
static inline const char *
lian_entry_id (const LianEntry *entry)
{
  return ((const LianRowHead *) entry->row)->id;
}

/* Makes the object of @entry, a record @registry holds as a row only
 * (entry->unmade): the row moves into the object, which @entry owns
 * (lian-registry-lookup.c). */
LianRecord *lian_entry_make_record (LianRegistry *registry,
                                    LianEntry    *entry);

/* The object of @entry's record, or NULL while it has none: what a
 * record someone gives may be compared with. */
static inline LianRecord *
lian_entry_object (const LianEntry *entry)
{
  if (entry->unmade)
    return NULL;
  return (LianRecord *) ((char *) entry->row - LIAN_RECORD_ROW_OFFSET);
}

/* @entry's record as an item (lian-record-private.h): its object, or its
 * row while it has none. */
static inline gpointer
lian_entry_item (const LianEntry *entry)
{
  return entry->unmade ? LIAN_ITEM_OF_ROW (entry->row) : lian_entry_object (entry);
}

/* The record of @entry, in @registry: its object, made when first asked
 * for. The row of a record that has an object lies in it, at the same
 * place for every kind. */
static inline LianRecord *
lian_entry_record (LianRegistry *registry,
                   LianEntry    *entry)
{
  if (G_UNLIKELY (entry->unmade))
    return lian_entry_make_record (registry, entry);
  return lian_entry_object (entry);
}

G_STATIC_ASSERT (sizeof (LianEntry) <= 32);

/* The table of entries, each found by its id (lian-entries.c). */
typedef struct _LianEntries LianEntries;

LianEntries *lian_entries_new      (void);
/* Frees the table, calling @entry_free on each entry it held, with
 * @data, in the order of their numbers. */
void         lian_entries_free     (LianEntries       *entries,
                                    GFunc              entry_free,
                                    gpointer           data);
LianEntry   *lian_entries_lookup   (LianEntries       *entries,
                                    const char        *id);
/* The same with the hash of @id (lian_entries_hash()) known already. */
LianEntry   *lian_entries_lookup_hashed (LianEntries  *entries,
                                         const char   *id,
                                         guint32       hash);
/* Adds @entry, whose id no entry of @entries has. */
void         lian_entries_add      (LianEntries       *entries,
                                    LianEntry         *entry);
/* The same with the hash of its id known already. */
void         lian_entries_add_hashed (LianEntries     *entries,
                                      LianEntry       *entry,
                                      guint32          hash);
/* Takes @entry out, without freeing it. */
void         lian_entries_remove   (LianEntries       *entries,
                                    LianEntry         *entry);
/* A new entry, zeroed but for its number, at an address it keeps. */
LianEntry   *lian_entries_alloc    (LianEntries       *entries);
/* Gives @entry's number back, for another entry; @entry is out of the
 * table. */
void         lian_entries_release  (LianEntries       *entries,
                                    LianEntry         *entry);
/* The entry numbered @number. */
LianEntry   *lian_entries_at       (const LianEntries *entries,
                                    guint32            number);
/* How many numbers were handed out: each is below it. */
guint32      lian_entries_n_numbers (const LianEntries *entries);
/* Makes room for @n entries in all. */
void         lian_entries_reserve  (LianEntries       *entries,
                                    guint              n);
guint        lian_entries_size     (const LianEntries *entries);
/* The entry at or after *@position (from 0), moving *@position past it;
 * NULL at the end. The table must not change meanwhile. */
LianEntry   *lian_entries_next     (const LianEntries *entries,
                                    guint             *position);
/* The hash the table files @id under. */
guint32      lian_entries_hash     (const char        *id);
/* Asks the memory for what looking up an id of @hash will read, in four
 * steps taken in order some time apart: 0 the places of the hash, 1 the
 * entry there, 2 that entry's row, 3 the id the row names. A hint only:
 * nothing changes. */
void         lian_entries_prefetch (LianEntries       *entries,
                                    guint32            hash,
                                    guint              step);

/* A new entry for @item (a record, or a loader's row: lian-record-private.h),
 * whose slots are carved from the registry's slab when it comes in a
 * large batch. */
LianEntry  *lian_entry_new      (LianRegistry *registry,
                                 gpointer      item,
                                 gboolean      many);
/* Frees @entry's slots and gives its number back to @entries (NULL: the
 * table goes too); not its record. */
void        lian_entry_free     (LianEntries  *entries,
                                 LianEntry    *entry);
/* Frees @entry's slots, which it has no more. */
void        lian_entry_free_slots (LianEntry  *entry);

/* The entries filed under one key (read them with LianBucketIter, count
 * them with lian_bucket_size()), by their numbers (lian-bucket.c): first
 * an array of the numbers in order, up to four of them in the bucket
 * itself (most keys, an enterprise's needs, have few: with its key, the
 * bucket is then one block of 48 bytes); for a key that many records
 * share (a status, a category, a province), a bitmap over the entries'
 * numbers. Either way the entries come in the order of their numbers:
 * the order they were added in, but where a number was freed and taken
 * again. */
struct _LianBucket
{
  union {
    guint32  *items;        /* @on_heap: room for 1 << @room entries, at
                             * least 8 */
    guint32   inline_items[4];
    guint64  *bits;         /* @bitmap: bits[0] words of bits from the
                             * word bits[1] on follow (lian-bucket.c) */
  } u;
  guint       len;
  guint32     number;     /* in the registry's table of buckets */
  guint8      index;      /* LianIndexId */
  guint8      on_heap;    /* more than four entries came */
  guint8      bitmap;     /* @u is a bitmap */
  guint8      room;       /* @on_heap: log2 of the room of @u.items */
  char        key[];      /* also the key of the index's table */
};

/* A walk through a bucket's entries; the bucket must not change meanwhile:
 *
 *   LianBucketIter iter;
 *   LianEntry *entry;
 *
 *   lian_bucket_iter_init (&iter, registry, bucket);
 *   while ((entry = lian_bucket_iter_next (&iter)))
 *     ...
 */
typedef struct
{
  const LianEntries *entries;
  const LianBucket  *bucket;   /* or NULL: none */
  guint              i;        /* the next position, or the next number */
} LianBucketIter;

void        lian_bucket_iter_init (LianBucketIter   *iter,
                                   LianRegistry     *registry,
                                   const LianBucket *bucket);
LianEntry  *lian_bucket_iter_next (LianBucketIter   *iter);
/* The first entry of @bucket, or NULL if it is NULL or empty. */
LianEntry  *lian_bucket_first     (LianRegistry     *registry,
                                   const LianBucket *bucket);

/* A bucket of @key (@length bytes), empty, in one piece of @registry's
 * pool with its key. */
LianBucket *lian_bucket_new       (LianRegistry     *registry,
                                   const char       *key,
                                   gsize             length,
                                   LianIndexId       index);
/* Gives @bucket and its array or bitmap back to @registry's pool (once it
 * left its table). */
void        lian_bucket_free      (LianRegistry     *registry,
                                   LianBucket       *bucket);
/* Files @entry in @bucket; FALSE if it is there already. */
gboolean    lian_bucket_add       (LianRegistry     *registry,
                                   LianBucket       *bucket,
                                   LianEntry        *entry);
/* Whether @bucket is a bitmap and holds @entry. */
gboolean    lian_bucket_has_bit   (const LianBucket *bucket,
                                   LianEntry        *entry);
/* Before @bucket, a bitmap or not, leaves its index: @registry's list of
 * bitmaps forgets it. */
void        lian_bucket_forget_bitmap (LianRegistry *registry,
                                       LianBucket   *bucket);
/* Takes @entry, which is there, out of @bucket; a bitmap left with far
 * fewer entries than make one becomes an array again. */
void        lian_bucket_remove    (LianRegistry     *registry,
                                   LianBucket       *bucket,
                                   LianEntry        *entry);

/* A table of buckets for one index, as a set of their keys (a table whose
 * values are its keys keeps no array of values): lian_index_lookup()
 * finds a bucket by its key. */
GHashTable *lian_index_new      (void);

/* The bucket whose key @key is, or NULL. */
static inline LianBucket *
lian_bucket_of_key (gpointer key)
{
  return key ? (LianBucket *) ((char *) key - G_STRUCT_OFFSET (LianBucket, key)) : NULL;
}

static inline LianBucket *
lian_index_lookup (GHashTable *index,
                   const char *key)
{
  return lian_bucket_of_key (g_hash_table_lookup (index, key));
}

/* Files @entry of @registry under every key of every index it belongs
 * to; an enterprise whose region changed files its needs again. */
void        lian_index_file     (LianRegistry *registry,
                                 LianEntry    *entry);
/* The same, @firm the entry of @entry's enterprise when @entry is a need
 * and the caller found it (NULL: it is looked up). */
void        lian_index_file_with (LianRegistry *registry,
                                  LianEntry    *entry,
                                  LianEntry    *firm);
/* Before entry @i of a batch of @n is filed: asks the memory for what
 * filing the needs ahead of it will read of their enterprises (@firms,
 * NULL for a record that is not a need), a step each: the entry, then
 * where its region's bucket is. A hint only. */
void        lian_index_prefetch_firms (LianRegistry  *registry,
                                       LianEntry    **firms,
                                       guint          n,
                                       guint          i);
/* Takes @entry out of every bucket it is in. */
void        lian_index_unfile   (LianRegistry *registry,
                                 LianEntry    *entry);

static inline guint
lian_bucket_size (const LianBucket *bucket)
{
  return bucket ? bucket->len : 0;
}

/* The members of a bucket, in a new array. */
GPtrArray  *lian_bucket_to_array (LianRegistry     *registry,
                                  const LianBucket *bucket);

/* The entries of the records that refer to @id, in the order they were
 * added, each once. */
GPtrArray  *lian_index_dup_referrers (LianRegistry *registry,
                                      const char   *id);

G_END_DECLS
