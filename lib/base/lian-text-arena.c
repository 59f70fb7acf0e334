/* lian-text-arena.c: the texts of loaded records, in large blocks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A loaded record's texts (its id, title, dates, lists of ids) would each
 * be one allocation of their own, with its overhead, freed one by one with
 * the record. An arena hands them out from blocks that grow to 1 MiB, and
 * frees the blocks all at once.
 */
#include "config.h"

#include <string.h>

#include "lian-text-arena-private.h"

#define FIRST_BLOCK 4096
#define LAST_BLOCK  (1024 * 1024)

/* An interned text, found by its hash and length before its bytes. */
typedef struct
{
  guint32  hash;
  guint32  length;
  char    *text;   /* NULL: a free slot */
} Interned;

typedef struct _Block Block;
struct _Block
{
  Block *next;
};

struct _LianTextArena
{
  gatomicrefcount  refs;
  Block           *blocks;
  char            *free;        /* the unused end of the current block */
  char            *end;
  gsize            block_size;  /* of the next block */
  /* The interned texts: an open table of a power of 2 slots, at most
   * half full, made at the first. */
  Interned        *interned;
  guint            n_slots;
  guint            n_interned;
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
  g_free (self->interned);
  while (self->blocks)
    {
      Block *next = self->blocks->next;
      g_free (self->blocks);
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
  block = g_malloc (block_size);
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

/* FNV-1a over @length bytes of @text. */
static guint32
text_hash (const char *text,
           gsize       length)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) text[i]) * 16777619u;
  return h;
}

/* The slot of @hash in @table, of @n_slots: the one that holds @text (of
 * @length bytes), or the free one where it goes. */
static Interned *
interned_slot (Interned   *table,
               guint       n_slots,
               guint32     hash,
               const char *text,
               gsize       length)
{
  guint i = hash & (n_slots - 1);

  while (table[i].text &&
         !(table[i].hash == hash && table[i].length == length &&
           memcmp (table[i].text, text, length) == 0))
    i = (i + 1) & (n_slots - 1);
  return &table[i];
}

static void
grow_interned (LianTextArena *self)
{
  guint n_slots = self->n_slots ? self->n_slots * 2 : 256;
  Interned *table = g_new0 (Interned, n_slots);

  for (guint i = 0; i < self->n_slots; i++)
    if (self->interned[i].text)
      {
        guint j = self->interned[i].hash & (n_slots - 1);
        while (table[j].text)
          j = (j + 1) & (n_slots - 1);
        table[j] = self->interned[i];
      }
  g_free (self->interned);
  self->interned = table;
  self->n_slots = n_slots;
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
  if (2 * (self->n_interned + 1) > self->n_slots)
    grow_interned (self);
  hash = text_hash (text, length);
  slot = interned_slot (self->interned, self->n_slots, hash, text, length);
  if (slot->text == NULL)
    {
      slot->hash = hash;
      slot->length = length;
      slot->text = memcpy (arena_alloc (self, length + 1, 1), text, length + 1);
      self->n_interned++;
    }
  return slot->text;
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
