/* lian-record-private.h: what the registry and the loaders share with records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-record.h"

G_BEGIN_DECLS

/*
 * The one way a held record changes. Every setter and work function of a
 * record opens a change (LIAN_RECORD_CHANGE_SCOPE) before it touches a
 * field and reports each property it changed with lian_record_changed().
 * When the outermost change of a record held by an owner (its registry)
 * closes, the owner is asked to accept it: @before is the record as it was
 * when the change opened (a detached copy), @pspecs the properties that
 * changed. An owner that accepts it commits it (revision, journal, indexes),
 * notifies the properties and returns TRUE; one that refuses it sets @error
 * and returns FALSE, and the record is put back as @before was, with no
 * notification: the change never happened. A refusal comes with an error
 * that is logged as a warning, unless the owner told it elsewhere (then
 * it returns FALSE without one).
 */
typedef gboolean (*LianRecordOwnerFunc) (LianRecord  *record,
                                         LianRecord  *before,
                                         GParamSpec **pspecs,
                                         guint        n_pspecs,
                                         gpointer     owner,
                                         GError     **error);

void      lian_record_set_owner    (LianRecord          *self,
                                    gpointer             owner,
                                    LianRecordOwnerFunc  func);
gpointer  lian_record_get_owner    (LianRecord          *self);

/* While a loader fills a record that no one else holds yet, its changes
 * need tell no one: lian_record_changed() does nothing. */
void      lian_record_set_quiet    (LianRecord          *self,
                                    gboolean             quiet);

/* Every setter and list mutator calls this once per real change. */
void      lian_record_changed      (LianRecord          *self,
                                    GParamSpec          *pspec);

/* Opens a change of @self (a gpointer so that it may come before a
 * setter's type check); NULL when @self is held by no owner. */
typedef LianRecord LianRecordChange;
LianRecordChange *lian_record_begin_change (gpointer          self);
void              lian_record_end_change   (LianRecordChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianRecordChange, lian_record_end_change)

/* The first declaration of every function that changes a record: the change
 * closes, and is checked, when the function returns. */
#define LIAN_RECORD_CHANGE_SCOPE(self) \
  g_autoptr(LianRecordChange) lian_change_scope_ G_GNUC_UNUSED = lian_record_begin_change (self)

/* A detached copy of @self's state (fields, lists, history, extra members),
 * held by no one; and putting such a copy's state back, quietly. */
LianRecord *lian_record_dup_state     (LianRecord *self);
void        lian_record_restore_state (LianRecord *self,
                                       LianRecord *state);

/* State a kind keeps beyond its writable properties (a need's status and
 * history, an enterprise's chain links): copies it from @src to @dst. */
typedef void (*LianRecordCopyFunc) (LianRecord *dst,
                                    LianRecord *src);
void      lian_record_class_set_copy_func (gpointer           klass,
                                           LianRecordCopyFunc func);

/* While set, a record's setters change it without opening a change or
 * telling anyone: lian_record_restore_state() uses it. */
void      lian_record_set_restoring (LianRecord *self,
                                     gboolean    restoring);

/* Sets the revision of a record that is not held yet (a store loading it);
 * a registry counts it on from there. */
void      lian_record_set_revision  (LianRecord *self,
                                     guint64     revision);
/* One more accepted change: the owner's to call. */
guint64   lian_record_bump_revision (LianRecord *self);

/* Validation helpers: each names @field in its message. */
gboolean  lian_check_required      (const char          *field,
                                    const char          *value,
                                    GError             **error);
gboolean  lian_check_id_field      (const char          *field,
                                    const char          *id,
                                    gboolean             required,
                                    GError             **error);
gboolean  lian_check_region_field  (const char          *field,
                                    const char          *code,
                                    gboolean             required,
                                    GError             **error);
gboolean  lian_check_date_field    (const char          *field,
                                    const char          *date,
                                    gboolean             required,
                                    GError             **error);
gboolean  lian_check_dates_ordered (const char          *early_field,
                                    const char          *early,
                                    const char          *late_field,
                                    const char          *late,
                                    GError             **error);
gboolean  lian_check_id_list       (const char          *field,
                                    const char * const  *ids,
                                    GError             **error);
gboolean  lian_check_string_list   (const char          *field,
                                    const char * const  *items,
                                    GError             **error);

G_END_DECLS
