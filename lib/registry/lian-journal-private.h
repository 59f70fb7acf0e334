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
/* The object of @row_entry, a registry's entry (LianEntry) of a record
 * it holds as a row: made if it has none (transfer none). */
typedef LianRecord *(*LianJournalMaker) (gpointer row_entry,
                                         gpointer data);
void         lian_journal_set_maker   (LianJournal         *self,
                                       LianJournalMaker     maker,
                                       gpointer             data);
/* Appends an addition of a record the registry holds as a row, in its
 * entry @row_entry: its object is made when the entry is read, or when
 * lian_journal_settle() says the record leaves the registry. */
void         lian_journal_append_row  (LianJournal         *self,
                                       guint64              sequence,
                                       gint64               time,
                                       const char          *actor,
                                       LianChangeOperation  operation,
                                       gpointer             row_entry,
                                       guint64              revision);
/* @row_entry's record leaves its registry, or its entry goes: the
 * entries that name it get its object now. */
void         lian_journal_settle      (LianJournal         *self,
                                       gpointer             row_entry);
/* The same for every entry that names a registry's entry. */
void         lian_journal_settle_all  (LianJournal         *self);
/* While held, appended entries are announced together, by one
 * ::items-changed when the hold is released; room is made for @expected
 * of them. */
void         lian_journal_hold        (LianJournal         *self,
                                       guint                expected);
void         lian_journal_release     (LianJournal         *self);

G_END_DECLS
