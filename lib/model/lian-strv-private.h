/* lian-strv-private.h: string and string-list fields of records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

#include "lian-text-arena-private.h"

G_BEGIN_DECLS

/* A field holding NULL reads as this empty list. */
extern const char * const lian_strv_empty[];

/* While a loader fills a record that borrows its texts from @arena, the
 * setters below copy into @arena and free nothing (NULL: as usual).
 * Returns the arena filled before, to put back. */
LianTextArena *lian_texts_fill_into (LianTextArena *arena);
LianTextArena *lian_texts_filling   (void);

/* Each returns TRUE when the field really changed. */
gboolean  lian_str_set     (char               **field,
                            const char          *value);
/* The same for fields whose values repeat across records: they hold a
 * shared, counted copy, given back with lian_str_free_shared(). */
gboolean  lian_str_set_shared  (char           **field,
                                const char      *value);
char     *lian_str_new_shared  (const char      *value);
void      lian_str_free_shared (char            *value);
gboolean  lian_strv_set    (GStrv               *field,
                            const char * const  *value);
/* The same three, with the arena being filled given (NULL: none), for a
 * loader that knows it. */
gboolean  lian_str_set_with        (LianTextArena       *arena,
                                    char               **field,
                                    const char          *value);
gboolean  lian_str_set_shared_with (LianTextArena       *arena,
                                    char               **field,
                                    const char          *value);
gboolean  lian_strv_set_with       (LianTextArena       *arena,
                                    GStrv               *field,
                                    const char * const  *value);
/* The same two for an OWN text or a LIST whose values repeat across
 * records (LianTextDecl.repeats): with an arena, the field takes the
 * arena's one copy of its value, which other records borrow too; with
 * none, a copy of its own, as above. */
gboolean  lian_str_set_repeated_with  (LianTextArena       *arena,
                                       char               **field,
                                       const char          *value);
gboolean  lian_strv_set_repeated_with (LianTextArena       *arena,
                                       GStrv               *field,
                                       const char * const  *value);
gboolean  lian_strv_add    (GStrv               *field,
                            const char          *item);
gboolean  lian_strv_remove (GStrv               *field,
                            const char          *item);

/* The list a getter returns: never NULL. */
static inline const char * const *
lian_strv_get (GStrv field)
{
  return field ? (const char * const *) field : lian_strv_empty;
}

G_END_DECLS
