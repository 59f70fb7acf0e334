/* test-pieces.c: the pieces a registry's buckets and entries are made of
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-pieces-private.h"
#include "lian-index-private.h"

/* Pieces of every size, small and large, each filled with its own byte:
 * none overlaps another, and each is aligned on 8. */
static void
test_pieces_apart (void)
{
  LianPieces pieces = { { NULL } };
  guint8 *made[600];

  for (gsize size = 1; size < G_N_ELEMENTS (made); size++)
    {
      made[size] = lian_pieces_alloc (&pieces, size);
      CU_ASSERT_EQUAL ((guintptr) made[size] % 8, 0);
      memset (made[size], size & 0xff, size);
    }
  for (gsize size = 1; size < G_N_ELEMENTS (made); size++)
    for (gsize i = 0; i < size; i++)
      if (made[size][i] != (size & 0xff))
        {
          CU_FAIL ("a piece was written over");
          break;
        }
  lian_pieces_clear (&pieces);
  CU_ASSERT_PTR_NULL (pieces.blocks);
  CU_ASSERT_PTR_NULL (pieces.big);
}

/* A small piece given back is the next of its size (the same 8 bytes
 * rounded); a large one goes back to the heap. */
static void
test_pieces_given_back (void)
{
  LianPieces pieces = { { NULL } };
  gpointer a = lian_pieces_alloc (&pieces, 30);
  gpointer b = lian_pieces_alloc (&pieces, 30);
  gpointer big = lian_pieces_alloc (&pieces, LIAN_PIECES_SMALL + 1);
  gpointer other = lian_pieces_alloc (&pieces, 2 * LIAN_PIECES_SMALL);
  gpointer c, d, e;

  lian_pieces_free (&pieces, a, 30);
  c = lian_pieces_alloc (&pieces, 25);
  if (LIAN_PIECES_CARVED)
    CU_ASSERT_PTR_EQUAL (c, a);
  d = lian_pieces_alloc (&pieces, 30);
  CU_ASSERT_PTR_NOT_EQUAL (d, c);
  lian_pieces_free (&pieces, b, 30);
  e = lian_pieces_alloc (&pieces, 40);
  if (LIAN_PIECES_CARVED)
    CU_ASSERT_PTR_NOT_EQUAL (e, b);
  /* The large ones, first, last and alone on their list (with every
   * piece, where none is carved). */
  lian_pieces_free (&pieces, other, 2 * LIAN_PIECES_SMALL);
  lian_pieces_free (&pieces, big, LIAN_PIECES_SMALL + 1);
  if (!LIAN_PIECES_CARVED)
    {
      lian_pieces_free (&pieces, c, 25);
      lian_pieces_free (&pieces, d, 30);
      lian_pieces_free (&pieces, e, 40);
    }
  CU_ASSERT_PTR_NULL (pieces.big);
  lian_pieces_free (&pieces, NULL, 8);
  lian_pieces_clear (&pieces);
}

/* A piece moved to another size keeps what fits, small or large. */
static void
test_pieces_moved (void)
{
  LianPieces pieces = { { NULL } };
  gsize sizes[] = { 16, 64, 1024, 4096, 300, 8 };
  gsize size = 8;
  guint32 *piece = lian_pieces_alloc (&pieces, size);
  gpointer keep = lian_pieces_alloc (&pieces, 1000);

  piece[0] = 7;
  piece[1] = 11;
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      piece = lian_pieces_realloc (&pieces, piece, size, sizes[i]);
      size = sizes[i];
      CU_ASSERT_EQUAL (piece[0], 7);
      CU_ASSERT_EQUAL (piece[1], 11);
      if (size >= 64)
        piece[size / 4 - 1] = 13;
    }
  lian_pieces_free (&pieces, piece, size);
  lian_pieces_free (&pieces, keep, 1000);
  CU_ASSERT_PTR_NULL (pieces.big);
  lian_pieces_clear (&pieces);
}

/* Thousands of pieces fill several blocks, and clearing frees them all
 * (the memory checkers see no leak); the pieces are usable again. */
static void
test_pieces_cleared (void)
{
  LianPieces pieces = { { NULL } };

  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < 20000; i++)
        memset (lian_pieces_alloc (&pieces, 8 + i % 300), 1, 8);
      CU_ASSERT_TRUE (pieces.blocks != NULL || !LIAN_PIECES_CARVED);
      CU_ASSERT_PTR_NOT_NULL (pieces.big);
      lian_pieces_clear (&pieces);
      CU_ASSERT_PTR_NULL (pieces.next);
    }
}

static void
entry_unused (gpointer entry,
              gpointer data)
{
  CU_FAIL ("no entry was in the table");
}

/* Whether entries 0 to @n - 1 are @made, each where it was and marked
 * with its number. */
static gboolean
entries_are (LianEntries *entries,
             LianEntry  **made,
             guint        n)
{
  for (guint i = 0; i < n; i++)
    if (lian_entries_at (entries, i) != made[i] || made[i]->number != i || made[i]->region != i)
      return FALSE;
  return lian_entries_n_numbers (entries) == n;
}

/* A large table's entries, past the first chunks (carved a group at a
 * time from huge pages), keep their places as more come; the last ones
 * given back, past the start of two groups, give back their chunks, and
 * the numbers are taken again. */
static void
test_entries_in_groups (void)
{
  const guint n = 200000, kept = 60000;
  LianEntries *entries = lian_entries_new ();
  g_autofree LianEntry **made = g_new (LianEntry *, n);

  for (guint i = 0; i < n; i++)
    (made[i] = lian_entries_alloc (entries))->region = i;
  CU_ASSERT_TRUE (entries_are (entries, made, n));
  for (guint i = n; i-- > kept;)
    lian_entries_release (entries, made[i]);
  CU_ASSERT_TRUE (entries_are (entries, made, kept));
  for (guint i = kept; i < n; i++)
    (made[i] = lian_entries_alloc (entries))->region = i;
  CU_ASSERT_TRUE (entries_are (entries, made, n));
  lian_entries_free (entries, entry_unused, NULL);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "pieces lie apart", test_pieces_apart },
    { "a piece given back is used again", test_pieces_given_back },
    { "a piece moved keeps what fits", test_pieces_moved },
    { "clearing frees every piece", test_pieces_cleared },
    { "entries keep their places in groups of chunks", test_entries_in_groups },
    { NULL, NULL },
  };

  return lian_test_run ("pieces", tests);
}
