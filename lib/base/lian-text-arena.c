/* lian-text-arena.c: the texts of loaded records, in large blocks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A loaded record's texts (its id, title, dates, lists of ids) would each
 * be one allocation of their own, with its overhead, freed one by one with
 * the record. An arena hands them out from blocks that grow to 2 MiB (huge
 * pages where the kernel gives them, lian-pages.c), and frees the blocks
 * all at once.
 *
 * Texts and lists that repeat across records (dates, region codes, a
 * need's title, a service's keywords) are interned: one copy of each,
 * which many records borrow. A record never frees or changes a text it
 * borrowed (it copies its texts before it changes), so they may share.
 */
#include "config.h"

#include <string.h>

#include "lian-text-arena-private.h"
#include "lian-pages-private.h"

#define FIRST_BLOCK 4096
#define LAST_BLOCK  LIAN_HUGE_PAGE

/* An interned text, or list of texts, found by its hash and length (a
 * text's bytes, a list's items) before its contents. */
typedef struct
{
  guint32   hash;
  guint32   length;
  gpointer  item;   /* NULL: a free slot */
} Interned;

/* An open table of a power of 2 slots, at most half full, made at the
 * first. */
typedef struct
{
  Interned *slots;
  guint     n_slots;
  guint     n_items;
} InternTable;

typedef struct _Block Block;
struct _Block
{
  Block *next;
  gsize  size;
};

struct _LianTextArena
{
  gatomicrefcount  refs;
  Block           *blocks;
  char            *free;        /* the unused end of the current block */
  char            *end;
  gsize            block_size;  /* of the next block */
  InternTable      texts;       /* the interned texts */
  InternTable      lists;       /* the interned lists */
};

LianTextArena *
lian_text_arena_new (void)
{
  LianTextArena *self = g_new0 (LianTextArena, 1);

  g_atomic_ref_count_init (&self->refs);
  self->block_size = FIRST_BLOCK;
  return self;
}

LianTextArena *
lian_text_arena_ref (LianTextArena *self)
{
  g_atomic_ref_count_inc (&self->refs);
  return self;
}

void
lian_text_arena_unref (LianTextArena *self)
{
  if (!g_atomic_ref_count_dec (&self->refs))
    return;
  g_free (self->texts.slots);
  g_free (self->lists.slots);
  while (self->blocks)
    {
      Block *next = self->blocks->next;
      lian_pages_free (self->blocks, self->blocks->size);
      self->blocks = next;
    }
  g_free (self);
}

/* @size bytes aligned for @align (a power of 2). */
static gpointer
arena_alloc (LianTextArena *self,
             gsize          size,
             gsize          align)
{
  gsize pad = -(guintptr) self->free & (align - 1);
  Block *block;
  char *start;
  gsize block_size;

  if (self->free && size + pad <= (gsize) (self->end - self->free))
    {
      start = self->free + pad;
      self->free = start + size;
      return start;
    }
  block_size = MAX (self->block_size, sizeof (Block) + size + align);
  block = lian_pages_alloc (block_size);
  block->size = block_size;
  start = (char *) (block + 1);
  start += -(guintptr) start & (align - 1);
  if (self->blocks && size > self->block_size / 4)
    {
      /* A long text gets a block of its own, behind the current one. */
      block->next = self->blocks->next;
      self->blocks->next = block;
      return start;
    }
  block->next = self->blocks;
  self->blocks = block;
  self->free = start + size;
  self->end = (char *) block + block_size;
  self->block_size = MIN (self->block_size * 2, LAST_BLOCK);
  return start;
}

gpointer
lian_text_arena_alloc (LianTextArena *self,
                       gsize          size,
                       gsize          align)
{
  return arena_alloc (self, size, align);
}

char *
lian_text_arena_dup (LianTextArena *self,
                     const char    *text)
{
  gsize size;

  if (text == NULL)
    return NULL;
  size = strlen (text) + 1;
  return memcpy (arena_alloc (self, size, 1), text, size);
}

/* A hash of @length bytes of @text, going on from @hash: eight bytes at
 * a step, as one little-endian word (the last, short one read from the
 * end back, or byte by byte in a short text), each mixed in by a rotation
 * and a multiplication; FINISH folds it into the 32 bits a table keeps
 * (a product's high bits depend on every bit of the factors, its low
 * ones only on the low ones). */
#define MIX(h, word) ((((h) << 5 | (h) >> 59) ^ (word)) * G_GUINT64_CONSTANT (0x517cc1b727220a95))
#define FINISH(h) ((guint32) ((((h) ^ (h) >> 32) * G_GUINT64_CONSTANT (0x517cc1b727220a95)) >> 32))

static inline guint64
word_at (const char *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return GUINT64_FROM_LE (word);
}

static inline guint64
text_hash (guint64     hash,
           const char *text,
           gsize       length)
{
  gsize n = length;
  guint64 last = 0;

  for (; n >= 8; n -= 8, text += 8)
    hash = MIX (hash, word_at (text));
  if (n == 0)
    return hash;
  if (length >= 8)
    last = word_at (text + n - 8) >> (8 * (8 - n));
  else
    for (gsize i = 0; i < n; i++)
      last |= (guint64) (guchar) text[i] << (8 * i);
  return MIX (hash, last);
}

static void
grow (InternTable *table)
{
  guint n_slots = table->n_slots ? table->n_slots * 2 : 256;
  Interned *slots = g_new0 (Interned, n_slots);

  for (guint i = 0; i < table->n_slots; i++)
    if (table->slots[i].item)
      {
        guint j = table->slots[i].hash & (n_slots - 1);
        while (slots[j].item)
          j = (j + 1) & (n_slots - 1);
        slots[j] = table->slots[i];
      }
  g_free (table->slots);
  table->slots = slots;
  table->n_slots = n_slots;
}

/* Room for one more item in @table, which stays at most half full. */
static inline void
reserve (InternTable *table)
{
  if (G_UNLIKELY (2 * (table->n_items + 1) > table->n_slots))
    grow (table);
}

static gboolean
same_text (const Interned *slot,
           gconstpointer   text)
{
  return memcmp (slot->item, text, slot->length) == 0;
}

static gboolean
same_list (const Interned *slot,
           gconstpointer   texts)
{
  const char * const *items = slot->item;
  const char * const *others = texts;

  for (guint i = 0; i < slot->length; i++)
    if (strcmp (items[i], others[i]) != 0)
      return FALSE;
  return TRUE;
}

/* The slot of @hash in @table that holds an item equal to @key (of
 * @length), or the free one where it goes. */
static inline Interned *
find_slot (InternTable    *table,
           guint32         hash,
           gconstpointer   key,
           gsize           length,
           gboolean      (*same) (const Interned *slot,
                                  gconstpointer   key))
{
  guint i = hash & (table->n_slots - 1);

  while (table->slots[i].item &&
         !(table->slots[i].hash == hash && table->slots[i].length == length &&
           same (&table->slots[i], key)))
    i = (i + 1) & (table->n_slots - 1);
  return &table->slots[i];
}

char *
lian_text_arena_intern (LianTextArena *self,
                        const char    *text)
{
  Interned *slot;
  gsize length;
  guint32 hash;

  if (text == NULL)
    return NULL;
  length = strlen (text);
  /* Texts longer than 4 GiB are not for sharing. */
  if (length > G_MAXUINT32)
    return lian_text_arena_dup (self, text);
  reserve (&self->texts);
  hash = FINISH (text_hash (length, text, length));
  slot = find_slot (&self->texts, hash, text, length, same_text);
  if (slot->item == NULL)
    {
      slot->hash = hash;
      slot->length = length;
      slot->item = memcpy (arena_alloc (self, length + 1, 1), text, length + 1);
      self->texts.n_items++;
    }
  return slot->item;
}

char **
lian_text_arena_internv (LianTextArena      *self,
                         const char * const *texts)
{
  guint64 hash = 0;
  Interned *slot;
  gsize n;

  if (texts == NULL)
    return NULL;
  /* Each item, and after it a byte no UTF-8 text holds. */
  for (n = 0; texts[n]; n++)
    hash = MIX (text_hash (hash, texts[n], strlen (texts[n])), 0xff);
  if (n > G_MAXUINT32)
    return lian_text_arena_dupv (self, texts);
  reserve (&self->lists);
  slot = find_slot (&self->lists, FINISH (hash), texts, n, same_list);
  if (slot->item == NULL)
    {
      char **copy = arena_alloc (self, (n + 1) * sizeof (char *), sizeof (char *));

      for (gsize i = 0; i < n; i++)
        copy[i] = lian_text_arena_intern (self, texts[i]);
      copy[n] = NULL;
      slot->hash = FINISH (hash);
      slot->length = n;
      slot->item = copy;
      self->lists.n_items++;
    }
  return slot->item;
}

char **
lian_text_arena_dupv (LianTextArena      *self,
                      const char * const *texts)
{
  char **copy;
  guint n;

  if (texts == NULL)
    return NULL;
  n = g_strv_length ((char **) texts);
  copy = arena_alloc (self, (n + 1) * sizeof (char *), sizeof (char *));
  for (guint i = 0; i < n; i++)
    copy[i] = lian_text_arena_dup (self, texts[i]);
  copy[n] = NULL;
  return copy;
}
