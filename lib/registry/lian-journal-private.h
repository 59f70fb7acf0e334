/* lian-journal-private.h: a registry's journal, a list model of LianChange
 * kept as compact entries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-change.h"

G_BEGIN_DECLS

#define LIAN_TYPE_JOURNAL (lian_journal_get_type ())
G_DECLARE_FINAL_TYPE (LianJournal, lian_journal, LIAN, JOURNAL, GObject)

LianJournal *lian_journal_new         (void);
/* Appends a change already made (an update, with its fields). */
void         lian_journal_append      (LianJournal         *self,
                                       LianChange          *change);
/* Appends an addition or a removal without making its LianChange: it is
 * made when someone reads it. */
void         lian_journal_append_bare (LianJournal         *self,
                                       guint64              sequence,
                                       gint64               time,
                                       const char          *actor,
                                       LianChangeOperation  operation,
                                       LianRecord          *record,
                                       guint64              revision);
/* While held, appended entries are announced together, by one
 * ::items-changed when the hold is released; room is made for @expected
 * of them. */
void         lian_journal_hold        (LianJournal         *self,
                                       guint                expected);
void         lian_journal_release     (LianJournal         *self);

G_END_DECLS
