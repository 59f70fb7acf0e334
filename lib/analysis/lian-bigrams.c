/* lian-bigrams.c: sets of character bigrams
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-bigrams-private.h"

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c);
}

static inline gunichar
fold (gunichar c)
{
  if (c < 0x80)
    return g_ascii_tolower (c);
  return g_unichar_tolower (c);
}

static inline LianBigram
make_bigram (gunichar first,
             gunichar second)
{
  return ((guint64) first << 32) | second;
}

void
lian_bigrams_collect (GArray     *into,
                      const char *text)
{
  gunichar previous = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_word_char (c))
        {
          previous = 0;
          continue;
        }
      c = fold (c);
      if (previous)
        {
          LianBigram bigram = make_bigram (previous, c);
          g_array_append_val (into, bigram);
        }
      previous = c;
    }
}

static int
compare_bigrams (gconstpointer a,
                 gconstpointer b)
{
  LianBigram x = *(const LianBigram *) a, y = *(const LianBigram *) b;

  return x < y ? -1 : x > y;
}

void
lian_bigrams_finish (GArray *bigrams)
{
  LianBigram *items = (LianBigram *) bigrams->data;
  guint kept = 0;

  if (bigrams->len < 2)
    return;
  g_array_sort (bigrams, compare_bigrams);
  for (guint i = 0; i < bigrams->len; i++)
    if (kept == 0 || items[kept - 1] != items[i])
      items[kept++] = items[i];
  g_array_set_size (bigrams, kept);
}

guint
lian_bigrams_n_shared (const LianBigram *a,
                       guint             n_a,
                       const LianBigram *b,
                       guint             n_b)
{
  guint i = 0, j = 0, shared = 0;

  /* A merge without branches but the loop's: the sets are short. */
  while (i < n_a && j < n_b)
    {
      LianBigram x = a[i], y = b[j];

      shared += x == y;
      i += x <= y;
      j += y <= x;
    }
  return shared;
}

guint64
lian_bigrams_mask (const LianBigram *set,
                   guint             n)
{
  guint64 mask = 0;

  for (guint i = 0; i < n; i++)
    mask |= G_GUINT64_CONSTANT (1) << ((set[i] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 58);
  return mask;
}

static gboolean
lian_bigrams_contains (const LianBigram *set,
                       guint             n,
                       LianBigram        bigram)
{
  guint low = 0, high = n;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      if (set[mid] < bigram)
        low = mid + 1;
      else if (set[mid] > bigram)
        high = mid;
      else
        return TRUE;
    }
  return FALSE;
}

static void
add_piece (GArray     *pieces,
           const char *start,
           const char *end)
{
  LianPiece piece = { start, end - start };

  for (guint i = 0; i < pieces->len; i++)
    {
      const LianPiece *other = &g_array_index (pieces, LianPiece, i);
      if (other->length == piece.length && memcmp (other->start, start, piece.length) == 0)
        return;
    }
  g_array_append_val (pieces, piece);
}

void
lian_bigrams_shared_pieces (GArray           *pieces,
                            const char       *text,
                            const LianBigram *set,
                            guint             n)
{
  const char *previous = NULL;     /* the word character before p, if any */
  const char *piece = NULL;        /* where the current piece starts */
  gunichar previous_c = 0;
  const char *p;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean linked;

      if (!is_word_char (c))
        {
          if (piece)
            add_piece (pieces, piece, p);
          piece = previous = NULL;
          continue;
        }
      c = fold (c);
      linked = previous && lian_bigrams_contains (set, n, make_bigram (previous_c, c));
      if (linked && piece == NULL)
        piece = previous;
      else if (!linked && piece)
        {
          add_piece (pieces, piece, p);
          piece = NULL;
        }
      previous = p;
      previous_c = c;
    }
  if (piece)
    add_piece (pieces, piece, p);
}
