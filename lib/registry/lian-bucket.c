/* lian-bucket.c: the entries filed under one key
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A bucket is an array of the numbers of its entries, in order: an entry
 * is found there by a binary search, and it joins or leaves by a move of
 * the numbers after it, most often none (a load files its entries in the
 * order of their numbers). When a key is shared by so many records that
 * a bit per entry of the registry takes less room than their numbers and
 * slots, its bucket becomes a bitmap over the entries' numbers from its
 * first entry's on (a bitmap of needs takes no room for the enterprises
 * loaded before them): an entry
 * is filed and leaves by setting and clearing its bit, and keeps no slot
 * for it. An array holds at most one number in 64 of the registry's, so
 * no move is long. Most bitmaps are of a need's status or category, a
 * province or a city. A bitmap left with far fewer entries than make one
 * (removals, or a registry that grew around it) is an array again; the
 * gap between the two sizes keeps a bucket at the edge from turning at
 * every entry that comes and goes.
 *
 * Buckets, their arrays and their bitmaps are pieces of the registry's
 * LianPieces (lian-pieces.c): a registry freed frees them a block at a
 * time, without a visit to each bucket.
 */
#include "config.h"

#include <string.h>

#include "lian-index-private.h"
#include "lian-registry-struct-private.h"
#include "lian-slab-private.h"

/* From how many entries on a bucket is a bitmap: where its bits take no
 * more room than the entries' numbers and slots would (8 bytes each, 64
 * entry numbers to a word). */
#define BITMAP_FROM 64

/* A bitmap's words cover the entry numbers from 64 × LO on, N of them:
 * bits[0] is N, bits[1] LO, the words follow. A bitmap of needs then takes
 * no room for the enterprises' numbers before them. */
#define BITS_N(bits)   ((bits)[0])
#define BITS_LO(bits)  ((bits)[1])
#define BITS_HEAD      2

/* The bytes of a bucket whose key is @length bytes long, the key's nul
 * included. */
static inline gsize
bucket_size (gsize length)
{
  return G_STRUCT_OFFSET (LianBucket, key) + length + 1;
}

#define BITS_SIZE(n_words) ((BITS_HEAD + (gsize) (n_words)) * sizeof (guint64))

void
lian_bucket_free (LianRegistry *registry,
                  LianBucket   *bucket)
{
  LianPieces *pieces = &registry->pieces;

  if (bucket->on_heap)
    lian_pieces_free (pieces, bucket->u.items, sizeof (guint32) << bucket->room);
  else if (bucket->bitmap)
    lian_pieces_free (pieces, bucket->u.bits, BITS_SIZE (BITS_N (bucket->u.bits)));
  lian_pieces_free (pieces, bucket, bucket_size (strlen (bucket->key)));
}

LianBucket *
lian_bucket_new (LianRegistry *registry,
                 const char   *key,
                 gsize         length,
                 LianIndexId   index)
{
  LianBucket *bucket = lian_pieces_alloc (&registry->pieces, bucket_size (length));

  bucket->on_heap = FALSE;
  bucket->bitmap = FALSE;
  bucket->room = 0;
  bucket->len = 0;
  bucket->number = G_MAXUINT32;
  bucket->index = index;
  memcpy (bucket->key, key, length);
  bucket->key[length] = '\0';
  return bucket;
}

GHashTable *
lian_index_new (void)
{
  /* The key is the bucket's own, and the bucket is found from it; the
   * buckets are the registry's pieces (lian_bucket_free()). */
  return g_hash_table_new (g_str_hash, g_str_equal);
}

static inline guint32 *
items_of (LianBucket *bucket)
{
  return bucket->on_heap ? bucket->u.items : bucket->u.inline_items;
}

/* Before an entry joins the array of @bucket: room for it. */
static void
grow (LianRegistry *registry,
      LianBucket   *bucket)
{
  guint len = bucket->len;

  if (!bucket->on_heap && len == G_N_ELEMENTS (bucket->u.inline_items))
    {
      guint32 *items = lian_pieces_alloc (&registry->pieces, 2 * sizeof bucket->u.inline_items);

      memcpy (items, bucket->u.inline_items, sizeof bucket->u.inline_items);
      bucket->u.items = items;
      bucket->on_heap = TRUE;
      bucket->room = g_bit_storage (2 * len) - 1;
    }
  else if (bucket->on_heap && len == 1u << bucket->room)
    {
      bucket->u.items = lian_pieces_realloc (&registry->pieces, bucket->u.items,
                                             sizeof (guint32) << bucket->room,
                                             sizeof (guint32) << (bucket->room + 1));
      bucket->room++;
    }
}

/* After an entry left the array of @bucket: down to four, it holds them
 * itself again. */
static void
shrink (LianRegistry *registry,
        LianBucket   *bucket)
{
  guint32 *items = bucket->u.items;

  if (!bucket->on_heap || bucket->len > G_N_ELEMENTS (bucket->u.inline_items))
    return;
  memcpy (bucket->u.inline_items, items, bucket->len * sizeof (guint32));
  bucket->on_heap = FALSE;
  lian_pieces_free (&registry->pieces, items, sizeof (guint32) << bucket->room);
}


/* The word of @bits that holds @number, or NULL if none does. */
static inline guint64 *
word_of (guint64 *bits,
         guint32  number)
{
  guint64 w = number / 64;

  return w >= BITS_LO (bits) && w - BITS_LO (bits) < BITS_N (bits)
         ? &bits[BITS_HEAD + w - BITS_LO (bits)] : NULL;
}

static inline gboolean
bit_test (const LianBucket *bucket,
          guint32           number)
{
  const guint64 *word = word_of (bucket->u.bits, number);

  return word && (*word >> (number % 64)) & 1;
}

/* New words for @bucket's bitmap, covering words @lo to @hi (not
 * included), its bits kept. */
static void
bits_cover (LianRegistry *registry,
            LianBucket   *bucket,
            guint64       lo,
            guint64       hi)
{
  guint64 *old = bucket->u.bits;
  guint64 *bits = memset (lian_pieces_alloc (&registry->pieces, BITS_SIZE (hi - lo)), 0, BITS_SIZE (hi - lo));
  guint64 from = MAX (lo, BITS_LO (old)), to = MIN (hi, BITS_LO (old) + BITS_N (old));

  BITS_N (bits) = hi - lo;
  BITS_LO (bits) = lo;
  if (from < to)
    memcpy (&bits[BITS_HEAD + from - lo], &old[BITS_HEAD + from - BITS_LO (old)],
            (to - from) * sizeof (guint64));
  lian_pieces_free (&registry->pieces, old, BITS_SIZE (BITS_N (old)));
  bucket->u.bits = bits;
}

static void
bit_set (LianRegistry *registry,
         LianBucket   *bucket,
         guint32       number)
{
  guint64 *bits = bucket->u.bits;
  guint64 w = number / 64, lo = BITS_LO (bits), hi = lo + BITS_N (bits);

  if (BITS_N (bits) == 0)
    bits_cover (registry, bucket, w, w + 1);
  else if (w >= hi)
    /* Up by half again: a load files its entries in the order of their
     * numbers, as it enters them. */
    bits_cover (registry, bucket, lo, MAX (w + 1, hi + BITS_N (bits) / 2));
  else if (w < lo)
    bits_cover (registry, bucket, w, hi);
  *word_of (bucket->u.bits, number) |= G_GUINT64_CONSTANT (1) << (number % 64);
}

/* Turns @bucket's array into a bitmap if it holds enough entries. */
static gboolean
to_bitmap (LianRegistry *registry,
           LianBucket   *bucket)
{
  guint32 n_numbers = lian_entries_n_numbers (registry->entries);
  guint32 *items = items_of (bucket);
  /* From the first entry's word to the end of the table's numbers. */
  guint64 lo = items[0] / 64, hi = MAX ((n_numbers + 63) / 64, (guint64) items[bucket->len - 1] / 64 + 1);
  guint64 *bits;

  if (bucket->len < BITMAP_FROM || bucket->len < n_numbers / 64)
    return FALSE;
  bits = memset (lian_pieces_alloc (&registry->pieces, BITS_SIZE (hi - lo)), 0, BITS_SIZE (hi - lo));
  BITS_N (bits) = hi - lo;
  BITS_LO (bits) = lo;
  for (guint i = 0; i < bucket->len; i++)
    *word_of (bits, items[i]) |= G_GUINT64_CONSTANT (1) << (items[i] % 64);
  if (bucket->on_heap)
    lian_pieces_free (&registry->pieces, items, sizeof (guint32) << bucket->room);
  bucket->u.bits = bits;
  bucket->on_heap = FALSE;
  bucket->bitmap = TRUE;
  g_debug ("bucket \"%s\": a bitmap, of %u entries", bucket->key, bucket->len);
  if (registry->bitmaps[bucket->index] == NULL)
    registry->bitmaps[bucket->index] = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (registry->bitmaps[bucket->index], bucket->number);
  return TRUE;
}

/* Whether bitmap @bucket holds so few entries that an array is better:
 * fewer than a quarter of the BITMAP_FROM an array turns into a bitmap
 * from, or than a sixteenth of one number in 64 of the registry's (its
 * bits then take sixteen times the room of an array; a longer array
 * would make each entry that leaves it a long move). An empty bucket
 * goes as it is. */
static inline gboolean
too_sparse (LianRegistry *registry,
            LianBucket   *bucket)
{
  guint32 n_numbers = lian_entries_n_numbers (registry->entries);

  return bucket->len > 0 && (bucket->len < BITMAP_FROM / 4 || bucket->len < n_numbers / 64 / 16);
}

/* Gives @entry a slot for bucket @number, unless it has one from before
 * the bucket was a bitmap. */
static void
add_slot (LianRegistry *registry,
          LianEntry    *entry,
          guint32       number)
{
  guint n;
  const guint32 *had = lian_entry_slots (entry, &n);
  guint32 *slots, *items;

  for (guint i = 0; i < n; i++)
    if (had[i] == number)
      return;
  /* One or two are kept in the entry itself. */
  if (n < LIAN_ENTRY_INLINE_SLOTS)
    {
      entry->u.inline_slots[n] = number;
      entry->n_slots = n + 1;
      return;
    }
  /* A new array (this is rare: a bitmap becoming an array), with the
   * count first from LIAN_ENTRY_MANY_SLOTS on. */
  slots = g_new (guint32, n + 2);
  items = n + 1 < LIAN_ENTRY_MANY_SLOTS ? slots : slots + 1;
  slots[0] = n + 1;
  memcpy (items, had, n * sizeof (guint32));
  items[n] = number;
  if (entry->slots_in_slab)
    lian_slab_free (entry->u.slots);
  else if (n > LIAN_ENTRY_INLINE_SLOTS)
    g_free (entry->u.slots);
  entry->slots_in_slab = FALSE;
  entry->u.slots = slots;
  entry->n_slots = MIN (n + 1, LIAN_ENTRY_MANY_SLOTS);
}

/* Turns bitmap @bucket into an array of the same entries, in the same
 * order; each gets a slot for it. */
static void
to_array (LianRegistry *registry,
          LianBucket   *bucket)
{
  guint64 *bits = bucket->u.bits;
  guint32 *items;
  guint n = 0;

  g_debug ("bucket \"%s\": an array again, of %u entries", bucket->key, bucket->len);
  lian_bucket_forget_bitmap (registry, bucket);
  bucket->bitmap = FALSE;
  bucket->on_heap = bucket->len > G_N_ELEMENTS (bucket->u.inline_items);
  if (bucket->on_heap)
    {
      guint room = 2 * G_N_ELEMENTS (bucket->u.inline_items);

      while (room < bucket->len)
        room *= 2;
      bucket->room = g_bit_storage (room) - 1;
      bucket->u.items = lian_pieces_alloc (&registry->pieces, sizeof (guint32) << bucket->room);
    }
  items = items_of (bucket);
  for (guint64 w = 0; w < BITS_N (bits); w++)
    for (guint64 word = bits[BITS_HEAD + w]; word; word &= word - 1)
      {
        guint32 number = (BITS_LO (bits) + w) * 64 + __builtin_ctzll (word);

        items[n++] = number;
        add_slot (registry, lian_entries_at (registry->entries, number), bucket->number);
      }
  g_assert (n == bucket->len);
  lian_pieces_free (&registry->pieces, bits, BITS_SIZE (BITS_N (bits)));
}

gboolean
lian_bucket_has_bit (const LianBucket *bucket,
                     LianEntry        *entry)
{
  return bucket->bitmap && bit_test (bucket, entry->number);
}

void
lian_bucket_forget_bitmap (LianRegistry *registry,
                           LianBucket   *bucket)
{
  GArray *bitmaps = registry->bitmaps[bucket->index];

  if (!bucket->bitmap)
    return;
  for (guint i = 0; i < bitmaps->len; i++)
    if (g_array_index (bitmaps, guint32, i) == bucket->number)
      {
        g_array_remove_index_fast (bitmaps, i);
        return;
      }
  g_assert_not_reached ();
}

void
lian_bucket_iter_init (LianBucketIter   *iter,
                       LianRegistry     *registry,
                       const LianBucket *bucket)
{
  *iter = (LianBucketIter) { registry->entries, bucket, 0 };
}

LianEntry *
lian_bucket_iter_next (LianBucketIter *iter)
{
  const LianBucket *bucket = iter->bucket;
  const guint64 *bits;
  guint64 word;

  if (bucket == NULL)
    return NULL;
  if (!bucket->bitmap)
    return iter->i < bucket->len
           ? lian_entries_at (iter->entries, items_of ((LianBucket *) bucket)[iter->i++])
           : NULL;
  /* The next bit set from number i on. */
  bits = bucket->u.bits;
  if (iter->i < BITS_LO (bits) * 64)
    iter->i = BITS_LO (bits) * 64;
  for (guint64 w = iter->i / 64; w < BITS_LO (bits) + BITS_N (bits); w++)
    {
      word = bits[BITS_HEAD + w - BITS_LO (bits)];
      if (w == iter->i / 64)
        word &= G_MAXUINT64 << (iter->i % 64);
      if (word)
        {
          guint32 number = w * 64 + __builtin_ctzll (word);

          iter->i = number + 1;
          return lian_entries_at (iter->entries, number);
        }
    }
  iter->i = (BITS_LO (bits) + BITS_N (bits)) * 64;
  return NULL;
}

LianEntry *
lian_bucket_first (LianRegistry     *registry,
                   const LianBucket *bucket)
{
  LianBucketIter iter;

  lian_bucket_iter_init (&iter, registry, bucket);
  return lian_bucket_iter_next (&iter);
}

GPtrArray *
lian_bucket_to_array (LianRegistry     *registry,
                      const LianBucket *bucket)
{
  GPtrArray *array = g_ptr_array_sized_new (lian_bucket_size (bucket));
  LianBucketIter iter;
  LianEntry *entry;

  lian_bucket_iter_init (&iter, registry, bucket);
  while ((entry = lian_bucket_iter_next (&iter)))
    g_ptr_array_add (array, entry);
  return array;
}

/* Where @number is in the array of @bucket, or would be. */
static inline guint
search (LianBucket *bucket,
        guint32     number)
{
  const guint32 *items = items_of (bucket);
  guint low = 0, high = bucket->len;

  /* Entries are mostly filed in the order of their numbers. */
  if (high == 0 || items[high - 1] < number)
    return high;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (items[middle] < number)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

gboolean
lian_bucket_add (LianRegistry *registry,
                 LianBucket   *bucket,
                 LianEntry    *entry)
{
  guint32 number = entry->number;
  guint32 *items;
  guint at;

  if (!bucket->bitmap)
    {
      items = items_of (bucket);
      at = search (bucket, number);
      /* Filed under this key already. */
      if (at < bucket->len && items[at] == number)
        return FALSE;
      if (bucket->len < BITMAP_FROM || !to_bitmap (registry, bucket))
        {
          grow (registry, bucket);
          items = items_of (bucket);
          if (at < bucket->len)
            memmove (items + at + 1, items + at, (bucket->len - at) * sizeof (guint32));
          items[at] = number;
          bucket->len++;
          return TRUE;
        }
    }
  if (bit_test (bucket, number))
    return FALSE;
  bit_set (registry, bucket, number);
  bucket->len++;
  return TRUE;
}

void
lian_bucket_remove (LianRegistry *registry,
                    LianBucket   *bucket,
                    LianEntry    *entry)
{
  guint32 *items;
  guint at;

  if (bucket->bitmap)
    {
      g_assert (bit_test (bucket, entry->number));
      *word_of (bucket->u.bits, entry->number) &= ~(G_GUINT64_CONSTANT (1) << (entry->number % 64));
      bucket->len--;
      if (too_sparse (registry, bucket))
        to_array (registry, bucket);
      return;
    }
  items = items_of (bucket);
  at = search (bucket, entry->number);
  g_assert (at < bucket->len && items[at] == entry->number);
  bucket->len--;
  memmove (items + at, items + at + 1, (bucket->len - at) * sizeof (guint32));
  shrink (registry, bucket);
}
