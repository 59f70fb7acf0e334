/* lian-match-private.h: how the matcher makes its results
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-match.h"
#include "lian-matching-private.h"

G_BEGIN_DECLS

/* The match of @row, found by @matching: copies the ids and keeps
 * @matching, the need and the item to make the reasons when first read. */
LianMatch *lian_match_new_from_row (LianMatching       *matching,
                                    const LianMatchRow *row) G_GNUC_WARN_UNUSED_RESULT;

/* Fills @words in the current language. */
void       lian_match_words_init   (LianReasonWords    *words);

G_END_DECLS
