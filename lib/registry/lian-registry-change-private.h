/* lian-registry-change-private.h: the parts of a registry's change path,
 * shared by lian-registry.c, -checks.c, -change.c and -batch.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry-struct-private.h"

G_BEGIN_DECLS

/* Checks */

/* Enters @records in the registry's table of entries after checking them
 * (fields, duplicate ids, references, cycles); NULL with @error, and none
 * entered, on the first problem. @firms, if given (one place a record),
 * receives the entry of each need's enterprise, found by the check.
 * @hashes, if given, holds the lian_entries_hash() of each record's id (0:
 * not known); with @refs_checked, the caller checked every reference
 * against the registry as it is, and they are not checked again (nor
 * @firms found). */
GPtrArray  *lian_registry_enter_records   (LianRegistry   *self,
                                           GPtrArray      *records,
                                           LianWhereFunc   where_func,
                                           gpointer        where_data,
                                           const guint32  *hashes,
                                           gboolean        refs_checked,
                                           LianEntry     **firms,
                                           GError        **error);
/* Where each kind's records lie among the records of an addition. */
typedef struct
{
  guint first[LIAN_N_RECORD_KINDS], last[LIAN_N_RECORD_KINDS], count[LIAN_N_RECORD_KINDS];
} LianAdded;

/* Notes that record @i of the addition is of @kind. */
static inline void
lian_added_note (LianAdded      *added,
                 LianRecordKind  kind,
                 guint           i)
{
  if (added->count[kind]++ == 0)
    added->first[kind] = i;
  added->last[kind] = i;
}

/* The last step of an addition, once @records are held and filed: each
 * kind's list grows by them, then ::record-added tells of each. */
/* Whether @entry's record is of an addition that has not told of it
 * yet (record-added): its removal meanwhile is not told either. */
gboolean    lian_registry_is_untold       (LianRegistry    *self,
                                           LianEntry       *entry);
void        lian_registry_list_added      (LianRegistry    *self,
                                           GPtrArray       *records,
                                           const LianAdded *added);
/* Whether anyone may be told of an addition now (a handler of
 * record-added or of a list, an emission hook, a clear that tells): if
 * not, @records of lian_registry_list_added() may be slots of entries
 * with no object (lian-record-list-private.h), and none is told of. */
gboolean    lian_registry_additions_told  (LianRegistry    *self);
/* Whether a handler runs when an addition is told: of a list's
 * items-changed, or of record-added. */
gboolean    lian_registry_additions_listened (LianRegistry *self);
/* What lian_registry_list_added() takes for @batch, entries of which some
 * have no object (a load's rows): their objects, or, when no one is told,
 * slots of the entries without; NULL when every entry has its object. */
GPtrArray  *lian_registry_slots_of        (LianRegistry    *self,
                                           GPtrArray       *batch);
/* Takes the entries of a refused batch back out of the table. */
void        lian_registry_forget_entries  (LianRegistry   *self,
                                           GPtrArray      *batch);
/* Whether the texts of @record's properties @pspecs (every property if
 * @pspecs is NULL; NULL members passed over) fit in a document: no text
 * longer than LIAN_RECORD_MAX_TEXT_LENGTH bytes, which a document could
 * not load back. */
gboolean    lian_registry_check_lengths   (LianRecord     *record,
                                           GParamSpec    **pspecs,
                                           guint           n_pspecs,
                                           GError        **error);
/* The same for every text of each record of @records. */
gboolean    lian_registry_check_texts     (GPtrArray      *records,
                                           GError        **error);
/* Checks a held record as its change made it. */
gboolean    lian_registry_check_held      (LianRegistry   *self,
                                           LianEntry      *entry,
                                           GError        **error);

/* The change path */

/* The owner function of every held record (a LianRecordOwnerFunc). */
gboolean    lian_registry_record_changed  (LianRecord     *record,
                                           LianRecord     *before,
                                           GParamSpec    **pspecs,
                                           guint           n_pspecs,
                                           gpointer        owner,
                                           GError        **error);
/* Hands @changes to the store, or to the open batch (@before: the record's
 * state before an update). */
gboolean    lian_registry_commit_changes  (LianRegistry   *self,
                                           GPtrArray      *changes,
                                           LianRecord     *before,
                                           GError        **error);
/* Appends @change to the journal, unless a batch holds it. */
void        lian_registry_journal         (LianRegistry   *self,
                                           LianChange     *change);
GPtrArray  *lian_registry_new_additions   (LianRegistry   *self,
                                           GPtrArray      *batch);
gboolean    lian_registry_commit_removals (LianRegistry   *self,
                                           GPtrArray      *gone,
                                           GPtrArray     **removals,
                                           GError        **error);
void        lian_registry_emit_changed    (LianRegistry   *self,
                                           LianRecord     *record,
                                           const char     *property);
void        lian_registry_emit_added      (LianRegistry   *self,
                                           LianRecord     *record);
void        lian_registry_emit_removed    (LianRegistry   *self,
                                           LianRecord     *record);
void        lian_registry_tell_cleared    (LianRegistry   *self,
                                           LianRecord     *record);
void        lian_registry_clear_put_back  (LianRegistry   *self);
void        lian_registry_forget_untold   (LianRegistry   *self,
                                           LianRecord     *record);
/* Whether a handler may run while records are removed (record-removed,
 * a list's items-changed), or an emission hook: one that may change a
 * record taken out. */
gboolean    lian_registry_removals_watched (LianRegistry  *self);
void        lian_registry_hooks_init      (guint           signal_id);
gboolean    lian_registry_hooks_maybe     (void);
/* Frees an entry and lets go of its record (lian-registry.c). */
void        lian_registry_entry_free      (gpointer        data);

G_END_DECLS
