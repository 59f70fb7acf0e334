/* lian-csv-seen.c: the rows that had each key, in one import
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An import asks, for every row, whether an earlier row had the same
 * credit code, id or name, and notes the row's own when none did. A table
 * that answers and notes in one probe, keeping each key's hash beside it,
 * does what a lookup and an insert into a GHashTable did with half the
 * hashing and probing, and grows without rehashing a key. The codes and
 * names of a large file are kept in order instead and checked once every
 * row is read (below): looked up one by one, in a table larger than the
 * caches, each cost a wait for memory.
 */
#include "config.h"

#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-i18n-private.h"
#include "lian-text-private.h"
#include "lian-pages-private.h"

typedef struct
{
  guint       hash;
  guint       row;     /* 0: an empty slot */
  const char *key;     /* in keys */
} Slot;

struct _LianCsvSeen
{
  Slot         *slots;
  gsize         mask;  /* the number of slots, a power of two, less one */
  guint         shift; /* 32 less the bits of mask */
  gsize         n;
  GStringChunk *keys;
};

LianCsvSeen *
lian_csv_seen_new (void)
{
  LianCsvSeen *seen = g_new0 (LianCsvSeen, 1);

  seen->mask = 1023;
  seen->shift = 32 - 10;
  seen->slots = g_new0 (Slot, seen->mask + 1);
  seen->keys = g_string_chunk_new (64 * 1024);
  return seen;
}

void
lian_csv_seen_free (LianCsvSeen *seen)
{
  g_free (seen->slots);
  g_string_chunk_free (seen->keys);
  g_free (seen);
}

/* The first slot to try for @hash: its top bits once mixed, as the low
 * bits of a string's hash differ little from one key to the next. */
static inline gsize
home (guint hash,
      guint shift)
{
  return (guint) (hash * 2654435769u) >> shift;
}

/* The slot of @key, which holds it or is where it goes. */
static inline Slot *
find_slot (LianCsvSeen *seen,
           guint        hash,
           const char  *key)
{
  Slot *slots = seen->slots;
  gsize mask = seen->mask;

  for (gsize i = home (hash, seen->shift);; i = (i + 1) & mask)
    if (slots[i].row == 0 ||
        (slots[i].hash == hash && strcmp (slots[i].key, key) == 0))
      return &slots[i];
}

static void
grow (LianCsvSeen *seen)
{
  gsize mask = seen->mask * 2 + 1;
  guint shift = seen->shift - 1;
  Slot *slots = g_new0 (Slot, mask + 1);

  /* The keys are all different: each goes to the first empty slot. */
  for (gsize i = 0; i <= seen->mask; i++)
    {
      Slot *slot = &seen->slots[i];
      gsize j = home (slot->hash, shift);

      if (slot->row == 0)
        continue;
      while (slots[j].row)
        j = (j + 1) & mask;
      slots[j] = *slot;
    }
  g_free (seen->slots);
  seen->slots = slots;
  seen->mask = mask;
  seen->shift = shift;
}

guint
lian_csv_seen_lookup (LianCsvSeen *seen,
                      const char  *key)
{
  return find_slot (seen, lian_csv_hash (key), key)->row;
}

guint
lian_csv_seen_note (LianCsvSeen *seen,
                    const char  *key,
                    guint        row)
{
  return lian_csv_seen_note_hashed (seen, key, lian_csv_hash (key), row);
}

guint
lian_csv_seen_note_hashed (LianCsvSeen *seen,
                           const char  *key,
                           guint        hash,
                           guint        row)
{
  Slot *slot;

  g_return_val_if_fail (row > 0, 0);

  if ((seen->n + 1) * 4 > (seen->mask + 1) * 3)
    grow (seen);
  slot = find_slot (seen, hash, key);
  if (slot->row)
    return slot->row;
  slot->hash = hash;
  slot->row = row;
  slot->key = g_string_chunk_insert (seen->keys, key);
  seen->n++;
  return 0;
}

/* Names seen, answered at the end
 *
 * Whether a row's name is like an earlier row's changes only the row's
 * remark, not what the row does: the names are kept in order, and once
 * every row is read, sorted by their hashes (in three passes of eleven
 * bits over a small array, in order in memory), instead of looked up one
 * by one in a table larger than the caches. */

typedef struct
{
  const char *key;     /* in keys, or a name kept where it is */
  guint       row;
  guint       result;
} Name;

typedef struct
{
  guint hash;
  guint index;   /* in names */
} Hashed;

struct _LianCsvNamesSeen
{
  Name         *names;
  Hashed       *hashes;  /* in the order of names */
  gsize         n;
  gsize         room;    /* of both arrays */
  LianTextArena *keys;   /* in blocks of up to 2 MiB, each marked for huge
                          * pages (lian-pages-private.h) */
  gboolean      by_name; /* the keys are names, not yet normalised */
};

LianCsvNamesSeen *
lian_csv_names_seen_new (gboolean names)
{
  LianCsvNamesSeen *seen = g_new0 (LianCsvNamesSeen, 1);

  seen->by_name = names;
  seen->keys = lian_text_arena_new ();
  return seen;
}

void
lian_csv_names_seen_free (LianCsvNamesSeen *seen)
{
  g_free (seen->names);
  g_free (seen->hashes);
  lian_text_arena_unref (seen->keys);
  g_free (seen);
}

/* Room for @n names; not written until a name takes it. */
void
lian_csv_names_seen_reserve (LianCsvNamesSeen *seen,
                             gsize             n)
{
  if (n <= seen->room)
    return;
  seen->names = g_renew (Name, seen->names, n);
  seen->hashes = g_renew (Hashed, seen->hashes, n);
  lian_pages_advise (seen->names + seen->n, (n - seen->n) * sizeof (Name));
  lian_pages_advise (seen->hashes + seen->n, (n - seen->n) * sizeof (Hashed));
  seen->room = n;
}

static void
add (LianCsvNamesSeen *seen,
     const char       *key,
     guint             hash,
     guint             row,
     guint             result)
{
  if (seen->n == seen->room)
    lian_csv_names_seen_reserve (seen, MAX (seen->room * 2, 256));
  seen->names[seen->n] = (Name) { key, row, result };
  seen->hashes[seen->n] = (Hashed) { hash, seen->n };
  seen->n++;
}

void
lian_csv_names_seen_add (LianCsvNamesSeen *seen,
                         const char       *key,
                         guint             hash,
                         guint             row,
                         guint             result)
{
  gsize size = strlen (key) + 1;

  g_return_if_fail (!seen->by_name);

  add (seen, memcpy (lian_text_arena_alloc (seen->keys, size, 1), key, size), hash, row, result);
}

void
lian_csv_names_seen_add_name (LianCsvNamesSeen *seen,
                              const char       *name,
                              guint             hash,
                              guint             row,
                              guint             result)
{
  g_return_if_fail (seen->by_name);

  add (seen, name, hash, row, result);
}

/* Sorts @n items by hash, keeping the order of equal ones; @tmp has room
 * for @n. Returns the sorted array, @items or @tmp. */
static Hashed *
sort_by_hash (Hashed *items,
              Hashed *tmp,
              gsize   n)
{
  for (guint shift = 0; shift < 32; shift += 11)
    {
      gsize counts[2048] = { 0, }, sum = 0;
      Hashed *swap;

      for (gsize i = 0; i < n; i++)
        counts[(items[i].hash >> shift) & 2047]++;
      for (guint d = 0; d < 2048; d++)
        {
          gsize c = counts[d];
          counts[d] = sum;
          sum += c;
        }
      for (gsize i = 0; i < n; i++)
        tmp[counts[(items[i].hash >> shift) & 2047]++] = items[i];
      swap = items, items = tmp, tmp = swap;
    }
  return items;
}

void
lian_csv_names_seen_resolve (LianCsvNamesSeen  *seen,
                             LianCsvLikeFunc    func,
                             gpointer           data)
{
  gsize n = seen->n;
  g_autofree Hashed *tmp = g_new (Hashed, MAX (n, 1));
  const Name *names = seen->names;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  Hashed *sorted;

  lian_pages_advise (tmp, n * sizeof (Hashed));
  sorted = sort_by_hash (seen->hashes, tmp, n);

  /* Each run of one hash is in the rows' order: a name is like the first
   * earlier one that is the same. */
  for (gsize start = 0, end; start < n; start = end)
    {
      for (end = start + 1; end < n && sorted[end].hash == sorted[start].hash; end++)
        ;
      if (end - start < 2)
        continue;
      /* The keys of the run's names, made again. */
      g_ptr_array_set_size (keys, 0);
      for (gsize i = start; seen->by_name && i < end; i++)
        g_ptr_array_add (keys, lian_text_dup_normalized_name (names[sorted[i].index].key));
      for (gsize i = start + 1; i < end; i++)
        for (gsize j = start; j < i; j++)
          {
            const char *a = seen->by_name ? keys->pdata[i - start] : names[sorted[i].index].key;
            const char *b = seen->by_name ? keys->pdata[j - start] : names[sorted[j].index].key;

            if (strcmp (a, b) == 0)
              {
                func (a, names[sorted[i].index].result, names[sorted[j].index].row, data);
                break;
              }
          }
    }
}

/* The file column of the records' names, or -1. */
int
lian_csv_import_name_column (LianCsvImport *import)
{
  for (guint j = 0; j < import->n_columns; j++)
    if (import->map[j] >= 0 && g_strcmp0 (import->table[import->map[j]].property, "name") == 0)
      return j;
  return -1;
}

/* The row's remark for a name like an earlier row's, after the remark on
 * a masked telephone it may have. */
static void
like_row_cb (const char *key,
             guint       result,
             guint       first,
             gpointer    data)
{
  LianCsvImport *import = data;
  LianCsvResultEntry *entry = &g_array_index (import->set->entries, LianCsvResultEntry, result);
  g_autofree char *warning = g_strdup_printf (_("the name is like row %u's: check that it is "
                                                "not the same enterprise"), first);
  g_autofree char *both = NULL;

  if (entry->message)
    /* TRANSLATORS: between two remarks on one CSV row */
    both = g_strconcat (entry->message, _("; "), warning, NULL);
  else
    entry->column = lian_csv_import_name_column (import);
  entry->message = g_string_chunk_insert (import->set->chunk, both ? both : warning);
}

void
lian_csv_import_name_remarks (LianCsvImport *import)
{
  lian_csv_names_seen_resolve (import->names_seen, like_row_cb, import);
}

static void
repeated_cb (const char *key,
             guint       result,
             guint       first,
             gpointer    data)
{
  LianCsvImport *import = data;

  if (import->codes_repeated == NULL)
    import->codes_repeated = lian_csv_seen_new ();
  lian_csv_seen_note (import->codes_repeated, key, first);
}

gboolean
lian_csv_import_codes_repeat (LianCsvImport *import)
{
  lian_csv_names_seen_resolve (import->codes_later, repeated_cb, import);
  return import->codes_repeated != NULL;
}
