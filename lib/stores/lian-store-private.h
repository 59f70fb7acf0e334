/* lian-store-private.h: what the store backends share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A store follows the registry it loaded: every record added, changed or
 * removed there is remembered as pending (one entry per record, in the
 * order first touched) until lian_store_commit() writes the pending
 * records in one transaction. A store remembers, for each record, the
 * revision it last saw; a commit whose record has another revision in the
 * store is refused with LIAN_REGISTRY_ERROR_CONFLICT and the registry is
 * brought back to what the store holds.
 */
#pragma once

#include "lian-store.h"
#include "lian-registry-private.h"

G_BEGIN_DECLS

typedef enum {
  LIAN_STORE_OP_ADD,
  LIAN_STORE_OP_UPDATE,
  LIAN_STORE_OP_REMOVE,
} LianStoreOp;

/* The nick written in the changes table: "add", "update", "remove". */
const char *lian_store_op_to_string (LianStoreOp op);

typedef struct
{
  char           *id;
  LianRecordKind  kind;
  LianStoreOp     op;
} LianStorePending;

/* What every backend keeps the same way. */
typedef struct
{
  char         *uri;
  char         *actor;
  GWeakRef      registry;
  GHashTable   *pending_index;  /* id → LianStorePending */
  GPtrArray    *pending;        /* LianStorePending, in order */
  GHashTable   *revisions;      /* id → guint64 as a pointer-sized int, as last seen */
  gulong        handlers[3];
  guint         applying;       /* > 0: changes come from the store itself */
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
  /* Writes @pending (LianStorePending) of @registry in one transaction;
   * on a conflict fills @conflicts with the ids concerned. */
  gboolean        (*commit)    (LianStore    *self,
                                LianRegistry *registry,
                                GPtrArray    *pending,
                                GError      **error);
  /* Makes @registry hold what the store holds for the records changed
   * by others (all of them, or @only: ids). */
  gboolean        (*refresh)   (LianStore    *self,
                                LianRegistry *registry,
                                GPtrArray    *only,
                                guint        *n_applied,
                                GError      **error);
  /* Replaces everything the store holds by @registry's records. */
  gboolean        (*save)      (LianStore    *self,
                                LianRegistry *registry,
                                GError      **error);
  void            (*close)     (LianStore    *self);
};

void      lian_store_state_init   (LianStoreState *state,
                                   const char     *uri);
void      lian_store_state_clear  (LianStoreState *state);

guint64   lian_store_state_get_revision (LianStoreState *state,
                                         const char     *id);
void      lian_store_state_set_revision (LianStoreState *state,
                                         const char     *id,
                                         guint64         revision);

/* Makes the record @id of @registry what the store holds: @stored, or
 * nothing when NULL; emits the registry's usual signals and is not
 * taken for a change to commit. */
gboolean  lian_store_apply_record (LianStore      *self,
                                   LianRegistry   *registry,
                                   const char     *id,
                                   LianRecord     *stored,
                                   GError        **error);
/* Applies a batch in an order the registry accepts: additions by kind,
 * then changes, then removals from the last kind back. @stored holds a
 * LianRecord or NULL for each id of @ids. */
gboolean  lian_store_apply_records (LianStore     *self,
                                    LianRegistry  *registry,
                                    GPtrArray     *ids,
                                    GPtrArray     *stored,
                                    guint         *n_applied,
                                    GError       **error);

LianStore *lian_store_sqlite_open   (const char  *path,
                                     const char  *uri,
                                     GError     **error);
LianStore *lian_store_document_open (const char  *path,
                                     const char  *uri,
                                     GError     **error);

G_END_DECLS
