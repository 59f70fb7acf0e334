/* lian-bigrams-private.h: sets of character bigrams, to compare texts
 * without spaces
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One bigram: two lower-cased code points, the first in the high half. */
typedef guint64 LianBigram;

/* Appends the bigrams of @text (nullable) to @into (an array of
 * LianBigram): pairs of adjacent letters or digits; spaces and punctuation
 * break the text into runs, and a pair never spans two runs. */
void     lian_bigrams_collect  (GArray           *into,
                                const char       *text);

/* Sorts @bigrams and drops duplicates: a set. */
void     lian_bigrams_finish   (GArray           *bigrams);

/* The number of bigrams two sets share. */
guint    lian_bigrams_n_shared (const LianBigram *a,
                                guint             n_a,
                                const LianBigram *b,
                                guint             n_b);

/* A 64-bit summary of a set: two sets whose masks share no bit share no
 * bigram. */
guint64  lian_bigrams_mask     (const LianBigram *set,
                                guint             n);

/* A piece of a text. */
typedef struct
{
  const char *start;
  gsize       length;
} LianPiece;

/* Appends to @pieces (of LianPiece) the pieces of @text (at least two
 * characters long) covered by bigrams of @set, unless already there:
 * "研发贷款贴息" against the set of "科技贷款贴息" gives "贷款贴息". */
void     lian_bigrams_shared_pieces (GArray           *pieces,
                                     const char       *text,
                                     const LianBigram *set,
                                     guint             n);

G_END_DECLS
