/* lian-pieces-private.h: pieces of memory that go all together
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LianPiecesBig LianPiecesBig;

/* Where a registry's index buckets and their arrays come from: pieces up
 * to LIAN_PIECES_SMALL bytes are carved from blocks and given back to a
 * list of their size for the next piece of that size; larger ones are
 * the heap's, each on a list. Clearing frees the blocks and the large
 * pieces without a look at any other piece. Zero-filled is empty. */
typedef struct
{
  gpointer       free[32];    /* the pieces given back, by size: 8, 16, … 256 bytes */
  char          *next;        /* where the next piece is carved */
  char          *end;         /* the end of the block carved from */
  gpointer       blocks;      /* the blocks, linked through their first word */
  gsize          block_size;  /* of the last block */
  LianPiecesBig *big;         /* the large pieces */
} LianPieces;

#define LIAN_PIECES_SMALL 256

/* Whether small pieces are carved from blocks: not under AddressSanitizer,
 * where every piece is malloc()'s, so that a piece read after it was given
 * back is still caught. */
#if defined(__SANITIZE_ADDRESS__)
# define LIAN_PIECES_CARVED 0
#else
# define LIAN_PIECES_CARVED 1
#endif

/* @size bytes (not zeroed, aligned on 8), to give back with that size. */
gpointer lian_pieces_alloc   (LianPieces *pieces,
                              gsize       size);
/* Gives back @piece of lian_pieces_alloc(@pieces, @size). */
void     lian_pieces_free    (LianPieces *pieces,
                              gpointer    piece,
                              gsize       size);
/* @piece, of @size bytes, moved to one of @new_size bytes (the first of
 * both sizes kept). */
gpointer lian_pieces_realloc (LianPieces *pieces,
                              gpointer    piece,
                              gsize       size,
                              gsize       new_size);
/* Frees every piece of @pieces at once; it is empty again. */
void     lian_pieces_clear   (LianPieces *pieces);

G_END_DECLS
