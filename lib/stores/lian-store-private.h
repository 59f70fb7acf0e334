/* lian-store-private.h: what the store backends share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A store is the committer of the registry it loaded
 * (lian_registry_set_committer()): each change or batch the registry
 * accepts is written in one transaction before the registry publishes
 * it. A store remembers, for each record, the revision it last saw; a
 * change to a record with another revision in the store is refused with
 * LIAN_REGISTRY_ERROR_CONFLICT and the registry undoes it.
 */
#pragma once

#include "lian-store.h"
#include "lian-registry-private.h"
#include "lian-document-private.h"
#include "lian-change.h"

G_BEGIN_DECLS

/* What every backend keeps the same way. */
typedef struct
{
  char         *uri;
  char         *actor;
  GWeakRef      registry;
  GHashTable   *revisions;      /* id → guint64 as a pointer-sized int, as last seen */
  struct _LianLoadedRevisions *loaded;  /* those a load read, for the ids not in @revisions */
  guint         applying;       /* > 0: changes come from the store itself */
  guint         refresh_interval;   /* ms; 0: no refresh by itself */
  GSource      *refresh_source;
  GSource      *watch_source;   /* ready when others may have committed */
  gboolean      closed;
} LianStoreState;

struct _LianStoreInterface
{
  GTypeInterface g_iface;

  LianStoreState *(*get_state) (LianStore    *self);
  /* Fills the empty @registry and the revisions. */
  gboolean        (*load)      (LianStore    *self,
                                LianRegistry *registry,
                                GError      **error);
  /* Writes @changes (LianChange) of @registry in one transaction. */
  gboolean        (*commit)    (LianStore    *self,
                                LianRegistry *registry,
                                GPtrArray    *changes,
                                GError      **error);
  /* Makes @registry hold what the store holds for the records changed
   * by others since the last look. */
  gboolean        (*refresh)   (LianStore    *self,
                                LianRegistry *registry,
                                guint        *n_applied,
                                GError      **error);
  /* Replaces everything the store holds by @registry's records. */
  gboolean        (*save)      (LianStore    *self,
                                LianRegistry *registry,
                                GError      **error);
  void            (*close)     (LianStore    *self);
  /* Appends to @out the changes of the store's log (LianChange), oldest
   * first, of @record_id, at or after @since (µs), by @actor (each filter
   * unless NULL; G_MININT64 for no time). NULL: the registry's journal. */
  gboolean        (*list_changes) (LianStore    *self,
                                   LianRegistry *registry,
                                   const char   *record_id,
                                   gint64        since,
                                   const char   *actor,
                                   GPtrArray    *out,
                                   GError      **error);
  /* A source, not yet attached, that is ready when another process may
   * have committed (the PostgreSQL store's notifications); NULL when the
   * store has none. The refresh interval's callback is set on it. */
  GSource        *(*watch)        (LianStore    *self);
  /* Counts the records of @kind (needs at @status unless it is -1) that
   * lie in @region (NULL: anywhere) in the whole store; NULL: the
   * registry holds the whole store and counts. */
  gboolean        (*count)        (LianStore    *self,
                                   LianRecordKind kind,
                                   const char   *region,
                                   int           status,
                                   guint64      *count,
                                   GError      **error);
  /* a{st}: region code at @level → records of @kind there. */
  GVariant       *(*count_by_region) (LianStore    *self,
                                      LianRecordKind kind,
                                      const char   *region,
                                      LianLevel     level,
                                      GError      **error);
  /* Lets a database role read what a person may; NULL: not supported. */
  gboolean        (*grant_reader) (LianStore    *self,
                                   const char   *role,
                                   const char   *person_id,
                                   GError      **error);
};

void      lian_store_state_init   (LianStoreState *state,
                                   const char     *uri);
void      lian_store_state_clear  (LianStoreState *state);

guint64   lian_store_state_get_revision (LianStoreState *state,
                                         const char     *id);
void      lian_store_state_set_revision (LianStoreState *state,
                                         const char     *id,
                                         guint64         revision);
/* Forgets every revision, before a load or after one that failed. */
void      lian_store_state_clear_revisions (LianStoreState *state);
/* The revision of @id as a load reads it: ids given in ascending order
 * (strcmp()) are kept in one sorted table, cheaper than the hash of those
 * set one by one; one out of order is set as by _set_revision(). */
void      lian_store_state_load_revision (LianStoreState *state,
                                          const char     *id,
                                          guint64         revision);
/* Gives @record, read from the store, the revision the store holds for
 * it (after the revisions were loaded). */
void      lian_store_state_revise        (LianStoreState *state,
                                          LianRecord     *record);
/* Ends @doc, the store's records as a document being written, reads it
 * and adds its records to @registry at the revisions the store holds; an
 * error names @where. */
gboolean  lian_store_state_add_document (LianStoreState *state,
                                         GString        *doc,
                                         LianRegistry   *registry,
                                         const char     *where,
                                         GError        **error);
/* Who made @change: its actor, or the store's. */
const char *lian_store_state_actor      (LianStoreState *state,
                                         LianChange     *change);

/* Makes the record @id of @registry what the store holds: @stored, or
 * nothing when NULL, at @revision; emits the registry's usual signals
 * and is not taken for a change to commit. */
gboolean  lian_store_apply_record (LianStore      *self,
                                   LianRegistry   *registry,
                                   const char     *id,
                                   LianRecord     *stored,
                                   guint64         revision,
                                   GError        **error);
/* Applies a batch in an order the registry accepts: additions by kind,
 * then changes, then removals from the last kind back. @stored holds a
 * LianRecord or NULL for each id of @ids, @revisions its revision. */
gboolean  lian_store_apply_records (LianStore     *self,
                                    LianRegistry  *registry,
                                    GPtrArray     *ids,
                                    GPtrArray     *stored,
                                    const guint64 *revisions,
                                    guint         *n_applied,
                                    GError       **error);

LianStore *lian_store_sqlite_open   (const char  *path,
                                     const char  *uri,
                                     GError     **error);
LianStore *lian_store_document_open (const char  *path,
                                     const char  *uri,
                                     GError     **error);
LianStore *lian_store_pg_open       (const char  *uri,
                                     GError     **error);

G_END_DECLS
