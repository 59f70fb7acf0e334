/* lian-duplicates-private.h: what the likeness pass shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-duplicate.h"
#include "lian-registry.h"

G_BEGIN_DECLS

LianDuplicate *lian_duplicate_new (LianRecordKind      kind,
                                   const char         *first_id,
                                   const char         *second_id,
                                   LianDuplicateBand   band,
                                   double              score,
                                   GStrv               reasons);

/* The core of an enterprise's name (lian-dup-names.c): normalised as
 * lian_text_normalize_name() does, then without a region it begins with
 * (无锡, 江苏省) or holds in brackets ((无锡)), and without brackets. A
 * name that would be left with less than two characters keeps its
 * normalised form. */
void  lian_dup_name_core (const char *name,
                          GString    *out);

/* The digits of a telephone number, without a leading 0 or +86; "" for
 * one with fewer than 7 digits. */
void  lian_dup_phone_key (const char *phone,
                          GString    *out);

/* Candidates for enterprises like a given one, found by key (credit code,
 * name core, telephone) among the enterprises of a registry: built once,
 * asked for many (a CSV import). */
typedef struct _LianDupIndex LianDupIndex;

LianDupIndex *lian_dup_index_new  (LianRegistry    *registry);
void          lian_dup_index_free (LianDupIndex    *index);
/* The pairs of @record (held or not) with the enterprises of the index at
 * @min_band or above, best first (LianDuplicate). */
GPtrArray    *lian_dup_index_find (LianDupIndex    *index,
                                   LianRecord      *record,
                                   LianDuplicateBand min_band);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianDupIndex, lian_dup_index_free)

G_END_DECLS
