/* lian-change-private.h: how a registry writes its journal's entries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-change.h"

G_BEGIN_DECLS

LianChange *lian_change_new       (guint64              sequence,
                                   gint64               time,
                                   const char          *actor,
                                   LianChangeOperation  operation,
                                   LianRecord          *record,
                                   guint64              revision);

void        lian_change_set_sequence (LianChange *self,
                                      guint64     sequence);

/* Adds a field the change changed, with its values before and after (a
 * value may be NULL where it cannot be told). */
void        lian_change_add_field (LianChange          *self,
                                   const char          *field,
                                   const GValue        *before,
                                   const GValue        *after);

G_END_DECLS
