/* lian-text-arena-private.h: the texts of loaded records, in large blocks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A counted store of texts that are never freed one by one: a loader
 * copies the texts of the records it makes into one, and the records
 * borrow them (lian_record_borrow_texts()) for as long as whoever holds
 * the records (the registry) holds the arena. One thread fills it; a
 * filled one may be held and released from any. */
typedef struct _LianTextArena LianTextArena;

LianTextArena *lian_text_arena_new    (void);
LianTextArena *lian_text_arena_ref    (LianTextArena      *self);
void           lian_text_arena_unref  (LianTextArena      *self);

/* @size bytes aligned on @align (a power of 2), not zeroed, valid while
 * the arena lives: a loader's rows of records lie among their texts. */
gpointer       lian_text_arena_alloc  (LianTextArena      *self,
                                       gsize               size,
                                       gsize               align);
/* A copy of @text (NULL for NULL), valid while the arena lives. */
char          *lian_text_arena_dup    (LianTextArena      *self,
                                       const char         *text);
/* The same, one copy for every equal text asked for: for values that
 * repeat across records (dates, region codes, the ids of chains). */
char          *lian_text_arena_intern (LianTextArena      *self,
                                       const char         *text);
/* A copy of the list @texts, array and items (NULL for NULL). */
char         **lian_text_arena_dupv   (LianTextArena      *self,
                                       const char * const *texts);
/* The same, one copy for every equal list asked for (its items interned
 * too): for lists that repeat across records (a few dozen lists of
 * keywords among thousands of services). */
char         **lian_text_arena_internv (LianTextArena      *self,
                                        const char * const *texts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianTextArena, lian_text_arena_unref)

G_END_DECLS
