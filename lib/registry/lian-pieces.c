/* lian-pieces.c: pieces of memory that go all together
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A registry of millions of records has millions of index buckets, most
 * of a few dozen bytes: from malloc() each costs a header and a rounding
 * up to 16 bytes, and freeing the registry visited and freed each one (at
 * 2,000,000 records most of the time it took). Here pieces are carved in
 * sizes of 8 bytes from blocks that grow from 4 KiB to 256 KiB, a piece
 * given back waits on the list of its size for the next piece of that
 * size, and the registry frees its blocks at the end. A piece larger than
 * LIAN_PIECES_SMALL (a long array of entries, a bitmap) is malloc()'s, on
 * a list of its own.
 *
 * Built with AddressSanitizer, every piece is malloc()'s
 * (LIAN_PIECES_CARVED).
 */
#include "config.h"

#include <string.h>

#include "lian-pieces-private.h"

struct _LianPiecesBig
{
  LianPiecesBig *prev;
  LianPiecesBig *next;
};

#define BLOCK_FIRST ((gsize) 4 << 10)
#define BLOCK_MOST  ((gsize) 256 << 10)
#define BLOCK_HEAD  16   /* the link to the next block, aligned */

/* Whether a piece of @size bytes is malloc()'s. */
#define IS_BIG(size) (!LIAN_PIECES_CARVED || (size) > LIAN_PIECES_SMALL)

G_STATIC_ASSERT (sizeof (LianPiecesBig) % 8 == 0);
G_STATIC_ASSERT (LIAN_PIECES_SMALL / 8 == G_N_ELEMENTS (((LianPieces *) NULL)->free));

static inline guint
size_class (gsize size)
{
  return (size - 1) / 8;
}

/* Puts @big first on the list of large pieces; returns its piece. */
static gpointer
link_big (LianPieces    *pieces,
          LianPiecesBig *big)
{
  big->prev = NULL;
  big->next = pieces->big;
  if (pieces->big)
    pieces->big->prev = big;
  pieces->big = big;
  return big + 1;
}

static void
unlink_big (LianPieces    *pieces,
            LianPiecesBig *big)
{
  if (big->prev)
    big->prev->next = big->next;
  else
    pieces->big = big->next;
  if (big->next)
    big->next->prev = big->prev;
}

/* A new block to carve from; what was left of the last one stays unused. */
static void
new_block (LianPieces *pieces)
{
  char *block;

  pieces->block_size = pieces->block_size ? MIN (2 * pieces->block_size, BLOCK_MOST) : BLOCK_FIRST;
  block = g_malloc (pieces->block_size);
  *(gpointer *) block = pieces->blocks;
  pieces->blocks = block;
  pieces->next = block + BLOCK_HEAD;
  pieces->end = block + pieces->block_size;
}

gpointer
lian_pieces_alloc (LianPieces *pieces,
                   gsize       size)
{
  gpointer *list;
  gsize room;
  char *piece;

  g_assert (size > 0);
  if (IS_BIG (size))
    return link_big (pieces, g_malloc (sizeof (LianPiecesBig) + size));
  list = &pieces->free[size_class (size)];
  if (*list)
    {
      piece = *list;
      *list = *(gpointer *) piece;
      return piece;
    }
  room = (size + 7) & ~(gsize) 7;
  if (pieces->next == NULL || (gsize) (pieces->end - pieces->next) < room)
    new_block (pieces);
  piece = pieces->next;
  pieces->next += room;
  return piece;
}

void
lian_pieces_free (LianPieces *pieces,
                  gpointer    piece,
                  gsize       size)
{
  gpointer *list;

  if (piece == NULL)
    return;
  if (IS_BIG (size))
    {
      LianPiecesBig *big = (LianPiecesBig *) piece - 1;

      unlink_big (pieces, big);
      g_free (big);
      return;
    }
  list = &pieces->free[size_class (size)];
  *(gpointer *) piece = *list;
  *list = piece;
}

gpointer
lian_pieces_realloc (LianPieces *pieces,
                     gpointer    piece,
                     gsize       size,
                     gsize       new_size)
{
  gpointer moved;

  if (IS_BIG (size) && IS_BIG (new_size))
    {
      LianPiecesBig *big = (LianPiecesBig *) piece - 1;

      unlink_big (pieces, big);
      return link_big (pieces, g_realloc (big, sizeof (LianPiecesBig) + new_size));
    }
  moved = lian_pieces_alloc (pieces, new_size);
  memcpy (moved, piece, MIN (size, new_size));
  lian_pieces_free (pieces, piece, size);
  return moved;
}

void
lian_pieces_clear (LianPieces *pieces)
{
  while (pieces->blocks)
    {
      gpointer next = *(gpointer *) pieces->blocks;

      g_free (pieces->blocks);
      pieces->blocks = next;
    }
  while (pieces->big)
    {
      LianPiecesBig *next = pieces->big->next;

      g_free (pieces->big);
      pieces->big = next;
    }
  memset (pieces, 0, sizeof *pieces);
}
