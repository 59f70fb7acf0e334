/* lian-cycles-private.h: cycles of parent ids in a batch being added
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry-private.h"

G_BEGIN_DECLS

/* The entry of the record @entry's parent id names, when it is of the
 * same kind (the organisation tree and the headquarters trees), or NULL.
 * An enterprise's headquarters may be outside the registry. */
LianEntry  *lian_registry_get_parent_entry (LianRegistry *self,
                                            LianEntry    *entry);

/* The entries of @batch (LianEntry, in the table of entries, filed or
 * not yet) that lie on a cycle of parent ids, as a set, or NULL when none
 * does. */
GHashTable *lian_registry_find_cycles     (LianRegistry *self,
                                           GPtrArray    *batch);

/* "a → b → c → a": the parent ids from @entry, which lies on a cycle,
 * round to it again. */
char       *lian_registry_dup_cycle_trail (LianRegistry *self,
                                           LianEntry    *entry);

G_END_DECLS
