/* lian-registry-private.h: the registry's entries and indexes, for the
 * layers above it (its fields are in lian-registry-struct-private.h)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry.h"
#include "lian-record-list-private.h"
#include "lian-index-private.h"
#include "lian-change.h"
#include "lian-record-private.h"
#include "lian-text-arena-private.h"

G_BEGIN_DECLS

#define LIAN_N_RECORD_KINDS LIAN_RECORD_N_KINDS

/* A store's part in the change path: called with the changes (of
 * LianChange) of one accepted change or batch after they passed the
 * registry's checks and before they are published. Returning FALSE with an
 * error (a conflict, a full disk) refuses them: the registry undoes them. */
typedef gboolean (*LianCommitFunc) (LianRegistry  *registry,
                                    GPtrArray     *changes,
                                    gpointer       data,
                                    GError       **error);

void lian_registry_set_committer (LianRegistry   *self,
                                  LianCommitFunc  func,
                                  gpointer        data,
                                  GDestroyNotify  destroy);

/* A visit of every record that reads and changes nothing (the checks):
 * the objects it makes of records held as rows, that no one holds when
 * it ends, go back to being rows, so that reading a registry once does
 * not leave an object per record behind. One that anyone holds, or that
 * the registry changed meanwhile, keeps its object. A visit whose
 * objects outlive the call that made them (matching's results hold its
 * needs and items) leaves the registry when the call returns, and ends
 * when its results are let go; an object it made that other results
 * still hold then keeps its object. */
typedef struct _LianVisit LianVisit;
struct _LianVisit
{
  GArray    *made;       /* LianVisitMade; NULL in a visit within another */
  guint32   *index;      /* an entry's number → its place in @made, or
                          * G_MAXUINT32; made once it has made many */
  guint32    n_numbers;
  guint64    stamp;
  gboolean   summary;    /* hands no record out (a summary's): the
                          * objects earlier visits left to others wait
                          * for the end of a visit that may (set after
                          * lian_registry_begin_visit()) */
};

void        lian_registry_begin_visit (LianRegistry *self,
                                       LianVisit    *visit);
/* Stops noting the objects made: later ones are not the visit's. */
void        lian_registry_leave_visit (LianRegistry *self,
                                       LianVisit    *visit);
/* Notes again what is made, after lian_registry_leave_visit(). */
void        lian_registry_resume_visit (LianRegistry *self,
                                        LianVisit    *visit);
/* Gives back the rows of the objects the visit made that no one holds,
 * and frees what it kept; from the thread that began it. */
void        lian_registry_end_visit   (LianRegistry *self,
                                       LianVisit    *visit);
/* Frees what @visit kept, giving nothing back: for a visit whose
 * registry is gone, or that ends in another thread. */
void        lian_visit_forget         (LianVisit    *visit);
/* @entry's object lies in its list's slot @position now. */
void        lian_registry_note_made_slot (LianRegistry *self,
                                          LianEntry    *entry,
                                          guint         position);

/* The entries filed under @key in @index, or NULL (also for a NULL @key). */
LianBucket *lian_registry_get_bucket  (LianRegistry   *self,
                                       LianIndexId     index,
                                       const char     *key);
/* The entry of the record with the id @id, or NULL. */
LianEntry  *lian_registry_get_entry   (LianRegistry   *self,
                                       const char     *id);
/* The records of @kind, in the order they were added (borrowed; do not
 * change the registry while reading it): its length counts them, and
 * each is read with lian_registry_record_at(), never in the array
 * itself, since the registry will list records whose objects it makes
 * only when they are read. */
GPtrArray  *lian_registry_get_array   (LianRegistry   *self,
                                       LianRecordKind  kind);
/* The record at @i of @records as an item (lian-record-private.h): its
 * object, or its row if it has none yet; made for no one. */
static inline gpointer
lian_registry_item_at (GPtrArray *records,
                       guint      i)
{
  gpointer slot = records->pdata[i];
  LianEntry *entry;

  if (G_LIKELY (!((guintptr) slot & 1)))
    return slot;
  entry = (LianEntry *) ((guintptr) slot & ~(guintptr) 1);
  return entry->unmade ? LIAN_ITEM_OF_ROW (entry->row) : lian_entry_object (entry);
}

/* The same records, each with a reference of its own, in a new array. */
GPtrArray  *lian_registry_dup_array   (LianRegistry   *self,
                                       LianRecordKind  kind);

gpointer    lian_registry_record_at_slow (LianRegistry *self,
                                          GPtrArray    *records,
                                          guint         i);

/* The record at @i of @records, an array from lian_registry_get_array()
 * (a gpointer, as g_ptr_array_index() gives): its object, made if the
 * registry held it as a row only (an odd slot: its entry). */
static inline gpointer
lian_registry_record_at (LianRegistry *self,
                         GPtrArray    *records,
                         guint         i)
{
  gpointer slot = records->pdata[i];

  if (G_UNLIKELY ((guintptr) slot & 1))
    return lian_registry_record_at_slow (self, records, i);
  return slot;
}

/* Called with each key of an index and its bucket. */
typedef void (*LianBucketFunc) (const char *key,
                                LianBucket *bucket,
                                gpointer    data);

/* Calls @func for every key of @index, in no order. */
void        lian_registry_foreach_bucket (LianRegistry   *self,
                                          LianIndexId     index,
                                          LianBucketFunc  func,
                                          gpointer        data);

/* Called with each entry of the registry. */
typedef void (*LianEntryFunc) (LianEntry *entry,
                               gpointer   data);

/* Calls @func for every entry, in no order. */
void        lian_registry_foreach_entry  (LianRegistry   *self,
                                          LianEntryFunc   func,
                                          gpointer        data);

/* Orders entries by when they were added (for g_ptr_array_sort). */
static inline int
lian_entry_compare_seq (gconstpointer a,
                        gconstpointer b)
{
  const LianEntry *x = *(LianEntry * const *) a, *y = *(LianEntry * const *) b;

  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Names where record @i of a batch came from ("$.needs[12]"); owned. */
typedef char *(*LianWhereFunc) (guint    i,
                                gpointer data);

/* Adds @records, refusing all of them on the first problem; @where, if
 * given, names each record's place for the messages. */
gboolean lian_registry_add_many_at (LianRegistry   *self,
                                    GPtrArray      *records,
                                    LianWhereFunc   where,
                                    gpointer        where_data,
                                    GError        **error);

/* What an importer found out about the records it adds, so that the
 * registry need not find it out again (lian_registry_add_checked_at()). */
typedef struct
{
  const guint32 *hashes;  /* lian_registry_hash_id() of each record's id, 0
                           * if not worked out; or NULL */
  guint64        stamp;   /* lian_registry_get_stamp() when the importer
                           * checked every reference of each record: in the
                           * registry, and of the kind it names */
} LianChecked;

/* Like lian_registry_add_many_at(), for records whose references @checked
 * tells were all checked: while the registry is as it was then (no record
 * filed or unfiled since, no clear or batch running), they are not
 * checked again. The same records are added or refused, with the same
 * errors, as lian_registry_add_many_at() adds or refuses them. */
gboolean lian_registry_add_checked_at (LianRegistry      *self,
                                       GPtrArray         *records,
                                       const LianChecked *checked,
                                       LianWhereFunc      where,
                                       gpointer           where_data,
                                       GError           **error);

/* The number the registry's table of entries files @id under: a record's
 * lookup and addition with it do not work it out again. Never 0. */
guint32     lian_registry_hash_id        (const char   *id);
/* lian_registry_lookup() of @id, whose lian_registry_hash_id() is @hash. */
LianRecord *lian_registry_lookup_hashed  (LianRegistry *self,
                                          const char   *id,
                                          guint32       hash);
/* Changes each time a record is filed or unfiled: the same stamp, the
 * same records under the same ids. */
guint64     lian_registry_get_stamp      (LianRegistry *self);

/* Whether records added now may come as rows (LIAN_ITEM_IS_ROW) and stay
 * rows: no one is told of additions (lian_registry_additions_told()), and
 * no store, batch or person takes them as objects. The journal tells of
 * such a row's addition, and makes its object when it is read. */
gboolean lian_registry_adds_rows   (LianRegistry   *self);

/* Like lian_registry_add_many_at(), for records a store or a document
 * brings in: they keep the revision they carry (1 if none) and make no
 * journal entries. */
gboolean lian_registry_load_many_at (LianRegistry   *self,
                                     GPtrArray      *records,
                                     LianWhereFunc   where,
                                     gpointer        where_data,
                                     GError        **error);

/* A load that takes its records a chunk at a time as they are read, in
 * the registry's thread (lian-registry-checks.c): begin (@expected
 * records, a guess: room is made for them once a first chunk came whole),
 * take each chunk
 * (the records of the document in order; borrowed until the end), then
 * finish with all of them, or abandon if the document could not be read.
 * Finishing gives exactly what lian_registry_load_many_at() of all the
 * records gives, the same error included; abandoning leaves the registry
 * as it was. A load that finishes well takes over the reference @records
 * holds on each record (it has no free function after): its last pass
 * over them is the caller's freeing of a plain array. */
typedef struct _LianLoad LianLoad;

/* How many records a reader hands over at a time. */
#define LIAN_LOAD_CHUNK 4096

LianLoad *lian_registry_load_begin   (LianRegistry   *self,
                                      guint           expected);
void      lian_registry_load_take    (LianLoad       *load,
                                      GPtrArray      *records);
gboolean  lian_registry_load_finish  (LianLoad       *load,
                                      GPtrArray      *records,
                                      LianWhereFunc   where,
                                      gpointer        where_data,
                                      GError        **error);
void      lian_registry_load_abandon (LianLoad       *load);

/* Holds @arena, which records it holds borrow their texts from, until
 * its records are gone; as it goes, the records that someone else holds
 * copy their own (lian-registry.c, its dispose). */
void     lian_registry_keep_texts    (LianRegistry   *self,
                                      LianTextArena  *arena);

/* While set, records and changes come from a store (a load, or other
 * processes' changes a refresh brings in): they are checked and told as
 * usual, but make no journal entries and reach no committer, for they are
 * not this registry's changes. Returns what it was. */
gboolean lian_registry_set_loading (LianRegistry   *self,
                                    gboolean        loading);

/* Between begin and end, a change of a held record that the registry
 * refuses goes to @error (the first one only) instead of a warning: the
 * work functions and lian_registry_update() use it. */
void     lian_registry_capture_begin (LianRegistry   *self,
                                      GError        **error);
gboolean lian_registry_capture_end   (LianRegistry   *self);

/* The change path's parts the batch uses (lian-registry-batch.c). */
gboolean lian_registry_commit       (LianRegistry  *self,
                                     GPtrArray     *changes,
                                     GError       **error);
void     lian_registry_publish      (LianRegistry  *self,
                                     LianChange    *change);
/* Files @record again after its state was put back, and says it changed. */
void     lian_registry_refile       (LianRegistry  *self,
                                     LianRecord    *record);
/* Where a record added at @seq stands, or would stand, in @records, the
 * records of a kind in the order of addition (lian-registry-remove.c). */
guint    lian_registry_place_of     (LianRegistry  *self,
                                     GPtrArray     *records,
                                     guint64        seq);
/* Removes @record without a journal entry (undoing its addition). */
void     lian_registry_take_out     (LianRegistry  *self,
                                     LianRecord    *record);
/* An open batch keeps @changes (and @before, the record's state before an
 * update) until it commits; and the first refusal of one of its changes. */
void     lian_registry_batch_hold    (LianRegistry  *self,
                                      GPtrArray     *changes,
                                      LianRecord    *before);
void     lian_registry_batch_refused (LianRegistry  *self,
                                      const GError  *error);
/* A clear in a batch: what came before it cannot be undone. */
void     lian_registry_batch_forget  (LianRegistry  *self);
/* The registry goes with a batch open: the batch goes, its changes stay
 * made and uncommitted to any store. */
void     lian_registry_batch_drop    (LianRegistry  *self);

/* FALSE with LIAN_REGISTRY_ERROR_DISPOSED when @self was disposed: every
 * call that would bring records into it asks (lian-registry-change.c). */
gboolean lian_registry_check_open    (LianRegistry  *self,
                                      GError       **error);

/* The region code a record is located by: an enterprise's, a need's
 * enterprise's, an organisation's, a service's scope, a chain's. */
const char *lian_registry_locate (LianRegistry *self,
                                  LianRecord   *record);

/* Whether @record lies in @region or below it: where lian_registry_locate()
 * puts it, and also, for a chain, where any of its leader enterprises
 * lies; for an organisation, where any of its member enterprises lies;
 * for a project, where the enterprise of any of its needs lies. */
gboolean lian_registry_lies_in (LianRegistry *self,
                                LianRecord   *record,
                                const char   *region);

/* Whether lian_registry_select() would select @record for a filter like
 * @filter asking for @record's kind (the filter's own kind is not looked
 * at). */
gboolean lian_registry_matches (LianRegistry *self,
                                LianFilter   *filter,
                                LianRecord   *record);

G_END_DECLS
