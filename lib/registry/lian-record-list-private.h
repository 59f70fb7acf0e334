/* lian-record-list-private.h: a GListModel of records backed by an array
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lian-record.h"

G_BEGIN_DECLS

#define LIAN_TYPE_RECORD_LIST (lian_record_list_get_type ())

G_DECLARE_FINAL_TYPE (LianRecordList, lian_record_list, LIAN, RECORD_LIST, GObject)

/* A list's array holds, for each record, a reference to its object or,
 * while it has none, its entry (a LianEntry * with its lowest bit set),
 * which the list's maker turns into the object when the record is read:
 * lian_record_list_slot_record(). */
#define LIAN_SLOT_IS_ENTRY(slot)   (((guintptr) (slot) & 1) != 0)
#define LIAN_SLOT_ENTRY(slot)      ((gpointer) ((guintptr) (slot) & ~(guintptr) 1))
#define LIAN_SLOT_OF_ENTRY(entry)  ((gpointer) ((guintptr) (entry) | 1))

/* The object of the record @entry stands for (transfer none), which the
 * slot at @position is to hold. */
typedef LianRecord *(*LianRecordListMake) (gpointer entry,
                                           guint    position,
                                           gpointer data);

LianRecordList *lian_record_list_new          (GType           item_type);
LianRecordList *lian_record_list_new_take     (GType           item_type,
                                               GPtrArray      *records);
void            lian_record_list_tell         (LianRecordList *self);
void            lian_record_lists_append      (LianRecordList **lists,
                                               guint            n_lists,
                                               GPtrArray       *records,
                                               const guint     *first,
                                               const guint     *last,
                                               const guint     *count);
void            lian_record_list_insert_many  (LianRecordList *self,
                                               const guint     *places,
                                               LianRecord     **records,
                                               guint            n_records);
gboolean        lian_record_list_remove       (LianRecordList *self,
                                               LianRecord     *record,
                                               guint           hint);
void            lian_record_list_remove_unheld (LianRecordList *self,
                                                gpointer        owner);
void            lian_record_list_drop_rows    (LianRecordList *self,
                                               GFunc           forget,
                                               gpointer        data);
GPtrArray      *lian_record_list_steal        (LianRecordList *self,
                                               guint          *n_told);
gboolean        lian_record_list_is_watched   (LianRecordList *self);
GPtrArray      *lian_record_list_get_array    (LianRecordList *self);
void            lian_record_list_set_maker    (LianRecordList     *self,
                                               LianRecordListMake  make,
                                               gpointer            data);
LianRecord     *lian_record_list_slot_record  (LianRecordList *self,
                                               guint           position);
void            lian_record_list_make_all     (LianRecordList *self);
gboolean        lian_record_list_has_entries  (LianRecordList *self);
/* The slot at @position, which holds @entry's object, names @entry again
 * and lets go of the object. */
void            lian_record_list_unmake       (LianRecordList *self,
                                               guint           position,
                                               gpointer        entry);
void            lian_record_list_settle       (LianRecordList *self,
                                               gpointer        entry,
                                               guint           hint);
/* The entry of the record at @position, or NULL if it is an object. */
static inline gpointer
lian_record_list_slot_entry (GPtrArray *records,
                             guint      position)
{
  gpointer slot = records->pdata[position];

  return LIAN_SLOT_IS_ENTRY (slot) ? LIAN_SLOT_ENTRY (slot) : NULL;
}

G_END_DECLS
