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
GPtrArray      *lian_record_list_steal        (LianRecordList *self,
                                               guint          *n_told);
gboolean        lian_record_list_is_watched   (LianRecordList *self);
GPtrArray      *lian_record_list_get_array    (LianRecordList *self);

G_END_DECLS
