/* lian-shells-private.h: reading records held as rows without making
 * their objects
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry-private.h"

G_BEGIN_DECLS

/* The free shells of a reader, by kind: objects rows are lent to. Zero it
 * to begin; lian_shells_clear() at the end. */
typedef struct
{
  GPtrArray *free[LIAN_RECORD_N_KINDS];
} LianShells;

/* The record of @entry to read, and let go of with lian_shells_give_back():
 * its object if it has one, else a shell its row is lent to. Nothing read
 * through a shell may be kept but the texts of its row, and nothing may
 * be made in it (a need's history is peeked at). Several may be borrowed
 * at once, of one kind or more. */
LianRecord *lian_shells_borrow_entry (LianShells     *shells,
                                      LianRegistry   *registry,
                                      LianEntry      *entry);
/* The same for record @i of @records (lian_registry_get_array()). */
LianRecord *lian_shells_borrow_at    (LianShells     *shells,
                                      LianRegistry   *registry,
                                      GPtrArray      *records,
                                      guint           i,
                                      LianRecordKind  kind);
void        lian_shells_give_back    (LianShells     *shells,
                                      LianRecord     *record);
void        lian_shells_clear        (LianShells     *shells);

G_END_DECLS
