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
  GHashTable      *interned;    /* text → itself, made at the first */
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
  g_clear_pointer (&self->interned, g_hash_table_unref);
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

char *
lian_text_arena_intern (LianTextArena *self,
                        const char    *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  if (self->interned == NULL)
    self->interned = g_hash_table_new (g_str_hash, g_str_equal);
  copy = g_hash_table_lookup (self->interned, text);
  if (copy == NULL)
    {
      copy = lian_text_arena_dup (self, text);
      g_hash_table_add (self->interned, copy);
    }
  return copy;
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
