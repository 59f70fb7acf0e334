/* lian-registry-private.h: the registry's indexes, for select and analysis
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-registry.h"
#include "lian-record-list-private.h"
#include "lian-index-private.h"

G_BEGIN_DECLS

#define LIAN_N_RECORD_KINDS (LIAN_RECORD_KIND_ACTIVITY + 1)

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

struct _LianRegistry
{
  GObject parent_instance;

  GHashTable     *entries;                  /* id → LianEntry */
  LianRecordList *lists[LIAN_N_RECORD_KINDS];
  GHashTable     *indexes[LIAN_N_INDEXES];  /* key → LianBucket */
  JsonObject     *extra;
  guint64         next_seq;

  /* The change path */
  GListStore     *journal;                  /* of LianChange */
  guint64         journal_seq;
  char           *actor;
  LianCommitFunc  committer;
  gpointer        committer_data;
  GDestroyNotify  committer_destroy;
  GError        **capture;                  /* where a refusal goes, or NULL to warn */
  gboolean        loading;                  /* records come from a store: no journal */
};

/* The entries filed under @key, or NULL. */
static inline LianBucket *
lian_registry_get_bucket (LianRegistry *self,
                          LianIndexId   index,
                          const char   *key)
{
  return key ? g_hash_table_lookup (self->indexes[index], key) : NULL;
}

static inline LianEntry *
lian_registry_get_entry (LianRegistry *self,
                         const char   *id)
{
  return id ? g_hash_table_lookup (self->entries, id) : NULL;
}

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

/* Like lian_registry_add_many_at(), for records a store or a document
 * brings in: they keep the revision they carry (1 if none) and make no
 * journal entries. */
gboolean lian_registry_load_many_at (LianRegistry   *self,
                                     GPtrArray      *records,
                                     LianWhereFunc   where,
                                     gpointer        where_data,
                                     GError        **error);

/* Between begin and end, a change of a held record that the registry
 * refuses goes to @error (the first one only) instead of a warning: the
 * work functions and lian_registry_update() use it. */
void     lian_registry_capture_begin (LianRegistry   *self,
                                      GError        **error);
gboolean lian_registry_capture_end   (LianRegistry   *self);

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
