/* lian-entries.c: the registry's table of entries, by id
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An open-addressed table of the entries, each found by its id: an array
 * of the ids' hashes and one of the entries, probed in order from the
 * place a hash gives. A lookup reads the hashes, then only the entry
 * (and its id) whose hash is the one sought. Because the places are
 * plain arrays, a caller about to look up many ids (a load checking its
 * references) asks for them ahead with lian_entries_prefetch(), so that
 * the lookups of several records wait for memory together; and a load
 * sizes the table once for its records.
 */
#include "config.h"

#include <string.h>

#include "lian-index-private.h"
#include "lian-pages-private.h"
#include "lian-registry-struct-private.h"
#include "lian-slab-private.h"

/* The entries themselves lie in chunks of CHUNK, by their number: an
 * entry keeps its address while it lives, and a bucket or a place of the
 * table names it by its number, in 4 bytes. */
#define CHUNK_BITS 10
#define CHUNK (1u << CHUNK_BITS)
/* A large table's chunks, from the GROUP-th on, are carved GROUP at a
 * time from a huge page (lian-pages-private.h), owned by the first chunk
 * of the group: filling them takes a fault per 2 MiB, not per 4 KiB. */
#define GROUP ((guint) (LIAN_HUGE_PAGE / (CHUNK * sizeof (LianEntry))))
G_STATIC_ASSERT (LIAN_HUGE_PAGE % (CHUNK * sizeof (LianEntry)) == 0);

struct _LianEntries
{
  guint32    *hashes;    /* 0: a free place */
  guint32    *items;     /* the number of the entry at each place */
  guint       size;      /* places */
  guint       len;       /* entries */
  LianEntry **chunks;
  guint32     n_numbers; /* numbers handed out */
  GArray     *free;      /* numbers free for another entry */
};

static inline LianEntry *
entry_at (const LianEntries *self,
          guint32            number)
{
  return &self->chunks[number >> CHUNK_BITS][number & (CHUNK - 1)];
}

LianEntry *
lian_entries_at (const LianEntries *self,
                 guint32            number)
{
  g_assert (number < self->n_numbers);
  return entry_at (self, number);
}

guint32
lian_entries_n_numbers (const LianEntries *self)
{
  return self->n_numbers;
}

LianEntry *
lian_entries_alloc (LianEntries *self)
{
  guint32 number;
  LianEntry *entry;

  if (self->free && self->free->len > 0)
    {
      number = g_array_index (self->free, guint32, self->free->len - 1);
      g_array_set_size (self->free, self->free->len - 1);
    }
  else
    {
      g_assert (self->n_numbers < G_MAXUINT32);
      number = self->n_numbers++;
      if ((number & (CHUNK - 1)) == 0)
        {
          guint n = number >> CHUNK_BITS;

          /* The table of chunks doubles; a chunk is never moved. */
          if ((n & (n - 1)) == 0)
            self->chunks = g_renew (LianEntry *, self->chunks, MAX (n * 2, 1u));
          if (n < GROUP)
            self->chunks[n] = g_new (LianEntry, CHUNK);
          else if (n % GROUP == 0)
            self->chunks[n] = lian_pages_alloc (LIAN_HUGE_PAGE);
          else
            self->chunks[n] = self->chunks[n - 1] + CHUNK;
        }
    }
  entry = entry_at (self, number);
  memset (entry, 0, sizeof *entry);
  entry->number = number;
  return entry;
}

/* Gives back chunk @n, the last; a chunk of a group only with its first. */
static void
free_chunk (LianEntries *self,
            guint        n)
{
  if (n < GROUP)
    g_free (self->chunks[n]);
  else if (n % GROUP == 0)
    lian_pages_free (self->chunks[n], LIAN_HUGE_PAGE);
  self->chunks[n] = NULL;
}

/* The highest number handed out comes back: the range shrinks, and a
 * chunk left with no number is given back. Other numbers wait in the
 * free list for the next entries. */
void
lian_entries_release (LianEntries *self,
                      LianEntry   *entry)
{
  if (entry->number + 1 == self->n_numbers)
    {
      self->n_numbers--;
      if ((self->n_numbers & (CHUNK - 1)) == 0)
        free_chunk (self, self->n_numbers >> CHUNK_BITS);
      return;
    }
  if (self->free == NULL)
    self->free = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (self->free, entry->number);
}

#define MIN_SIZE 64

/* At most 13 of 16 places in use: the probes of a hash stay short. */
static inline guint
capacity (guint size)
{
  return size / 16 * 13;
}

static inline guint
next (const LianEntries *self,
      guint              i)
{
  return i + 1 < self->size ? i + 1 : 0;
}

/* g_str_hash() of @id, the same number, four bytes a step: h * 33 + c
 * four times over is h * 33⁴ + c₀ * 33³ + c₁ * 33² + c₂ * 33 + c₃, whose
 * products do not wait for each other. */
static inline guint32
str_hash (const char *id)
{
  const signed char *p = (const signed char *) id;
  gsize n = strlen (id);
  guint32 h = 5381;

  for (; n >= 4; p += 4, n -= 4)
    h = h * 1185921u + (guint32) p[0] * 35937u + (guint32) p[1] * 1089u +
        (guint32) p[2] * 33u + (guint32) p[3];
  for (; n > 0; p++, n--)
    h = h * 33u + (guint32) *p;
  return h;
}

static inline guint32
hash_of (const char *id)
{
  guint32 h = str_hash (id);

  return h ? h : 1;
}

/* Any number of places, so that a table sized for a load's records is
 * not up to twice as large as they need. Ids that follow each other ("ent-1041", "ent-1042") have hashes that
 * do: their places stay near each other, spread a little so that runs
 * do not pile up, and entries added or freed in order touch memory in
 * order. */
static inline guint
home (const LianEntries *self,
      guint32            hash)
{
  return (hash * 11u) % self->size;
}

static void
set_size (LianEntries *self,
          guint        size)
{
  self->size = size;
  /* Read before they are written: zeroed by writing (lian-pages-private.h). */
  self->hashes = lian_pages_alloc0 (size * sizeof (guint32));
  self->items = g_new (guint32, size);
}

LianEntries *
lian_entries_new (void)
{
  LianEntries *self = g_new0 (LianEntries, 1);

  set_size (self, MIN_SIZE);
  return self;
}

static void
place (LianEntries *self,
       guint32      hash,
       guint32      number)
{
  guint i = home (self, hash);

  while (self->hashes[i] != 0)
    i = next (self, i);
  self->hashes[i] = hash;
  self->items[i] = number;
}

/* Room for @n entries in all, so that adding them moves none. */
void
lian_entries_reserve (LianEntries *self,
                      guint        n)
{
  guint32 *hashes = self->hashes;
  guint32 *items = self->items;
  guint old = self->size;
  guint size = old;

  if (capacity (size) >= n)
    return;
  /* Twice the places as entries come one by one, just enough for a
   * batch whose size is known. */
  g_assert (n <= G_MAXUINT / 4);
  size = MAX (MAX (size * 2, n / 13 * 16 + 16), (guint) MIN_SIZE);
  /* A multiple of 11 would leave all places but every 11th without a
   * hash whose home it is. */
  if (size % 11 == 0)
    size++;
  g_assert (capacity (size) >= n);
  set_size (self, size);
  for (guint i = 0; i < old; i++)
    if (hashes[i] != 0)
      place (self, hashes[i], items[i]);
  lian_pages_free (hashes, lian_pages_size (old * sizeof (guint32)));
  g_free (items);
}

LianEntry *
lian_entries_lookup (LianEntries *self,
                     const char  *id)
{
  return lian_entries_lookup_hashed (self, id, hash_of (id));
}

LianEntry *
lian_entries_lookup_hashed (LianEntries *self,
                            const char  *id,
                            guint32      hash)
{
  for (guint i = home (self, hash); self->hashes[i] != 0; i = next (self, i))
    if (self->hashes[i] == hash &&
        strcmp (lian_entry_id (entry_at (self, self->items[i])), id) == 0)
      return entry_at (self, self->items[i]);
  return NULL;
}

guint32
lian_entries_hash (const char *id)
{
  return hash_of (id);
}

void
lian_entries_prefetch (LianEntries *self,
                       guint32      hash,
                       guint        step)
{
  guint i = home (self, hash);

  if (step == 0)
    {
      __builtin_prefetch (&self->hashes[i]);
      __builtin_prefetch (&self->items[i]);
      return;
    }
  for (; self->hashes[i] != 0; i = next (self, i))
    if (self->hashes[i] == hash)
      {
        if (step == 1)
          __builtin_prefetch (entry_at (self, self->items[i]));
        else if (step == 2)
          __builtin_prefetch (entry_at (self, self->items[i])->row);
        else
          __builtin_prefetch (lian_entry_id (entry_at (self, self->items[i])));
        return;
      }
}

void
lian_entries_add (LianEntries *self,
                  LianEntry   *entry)
{
  lian_entries_add_hashed (self, entry, hash_of (lian_entry_id (entry)));
}

void
lian_entries_add_hashed (LianEntries *self,
                         LianEntry   *entry,
                         guint32      hash)
{
  if (self->len + 1 > capacity (self->size))
    lian_entries_reserve (self, self->len + 1);
  place (self, hash, entry->number);
  self->len++;
}

/* Takes @entry out of the table without freeing it: the entries after
 * its place that it pushed on move back, so that no place is a tomb. */
void
lian_entries_remove (LianEntries *self,
                     LianEntry   *entry)
{
  guint32 hash = hash_of (lian_entry_id (entry));
  guint i = home (self, hash);

  while (self->items[i] != entry->number || self->hashes[i] == 0)
    {
      g_assert (self->hashes[i] != 0);
      i = next (self, i);
    }
  for (guint j = next (self, i); self->hashes[j] != 0; j = next (self, j))
    {
      guint k = home (self, self->hashes[j]);

      /* The entry at j may fill the hole at i if its home is not in (i, j]. */
      if (i <= j ? (k <= i || k > j) : (k <= i && k > j))
        {
          self->hashes[i] = self->hashes[j];
          self->items[i] = self->items[j];
          i = j;
        }
    }
  self->hashes[i] = 0;
  self->len--;
}

guint
lian_entries_size (const LianEntries *self)
{
  return self->len;
}

LianEntry *
lian_entries_next (const LianEntries *self,
                   guint             *position)
{
  for (; *position < self->size; (*position)++)
    if (self->hashes[*position] != 0)
      return entry_at (self, self->items[(*position)++]);
  return NULL;
}

void
lian_entries_free (LianEntries    *self,
                   GFunc           entry_free,
                   gpointer        data)
{
  guint n_chunks = (self->n_numbers + CHUNK - 1) >> CHUNK_BITS;
  guint64 *live = g_new0 (guint64, (self->n_numbers + 63) / 64 + 1);

  /* Nothing finds the entries any more while they go, in the order of
   * their numbers: the entries, and mostly their records, one after
   * the other in memory rather than in the table's order. */
  for (guint i = 0; i < self->size; i++)
    if (self->hashes[i] != 0)
      live[self->items[i] / 64] |= G_GUINT64_CONSTANT (1) << (self->items[i] % 64);
  for (guint32 n = 0; n < self->n_numbers; n++)
    if (live[n / 64] & (G_GUINT64_CONSTANT (1) << (n % 64)))
      entry_free (entry_at (self, n), data);
  g_free (live);
  lian_pages_free (self->hashes, lian_pages_size (self->size * sizeof (guint32)));
  g_free (self->items);
  while (n_chunks > 0)
    free_chunk (self, --n_chunks);
  g_free (self->chunks);
  if (self->free)
    g_array_unref (self->free);
  g_free (self);
}

/* An entry itself: made for a record, freed with its slots. */

void
lian_entry_free_slots (LianEntry *entry)
{
  if (entry->slots_in_slab)
    lian_slab_free (entry->u.slots);
  else if (entry->n_slots > LIAN_ENTRY_INLINE_SLOTS)
    g_free (entry->u.slots);
  entry->u.slots = NULL;
  entry->slots_in_slab = FALSE;
  entry->n_slots = 0;
}

LianEntry *
lian_entry_new (LianRegistry *registry,
                gpointer      item,
                gboolean      many)
{
  LianEntry *entry = lian_entries_alloc (registry->entries);
  const LianKindDecl *decl;

  entry->row = lian_item_row (item, &decl);
  entry->unmade = LIAN_ITEM_IS_ROW (item);
  g_assert (entry->unmade || lian_entry_object (entry) == item);
  entry->region = LIAN_NO_BUCKET;
  entry->kind = decl->kind;
  entry->in_slab = many;
  return entry;
}

void
lian_entry_free (LianEntries *entries,
                 LianEntry   *entry)
{
  lian_entry_free_slots (entry);
  if (entries)
    lian_entries_release (entries, entry);
}
