/* lian-store-pg-store-private.h: the PostgreSQL store's object, shared by
 * its connection, commit and refresh files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-store-pg-private.h"
#include "lian-document-private.h"

G_BEGIN_DECLS

/* How long a commit waits for a restarted server, unless
 * $LIAN_PG_RECONNECT_WAIT (milliseconds) says otherwise. */
#define RECONNECT_WAIT_MS 10000

#define LOCK_SQL "SELECT pg_advisory_xact_lock(" G_STRINGIFY (LIAN_STORE_PG_COMMIT_LOCK) ")"

#define LIAN_TYPE_STORE_PG (lian_store_pg_get_type ())
G_DECLARE_FINAL_TYPE (LianStorePg, lian_store_pg, LIAN, STORE_PG, GObject)

typedef struct
{
  GSource      source;
  LianStorePg *store;
  gpointer     tag;
} Watch;

struct _LianStorePg
{
  GObject         parent_instance;

  LianStoreState  state;
  PGconn         *conn;
  char           *where;           /* the URI without its password */
  char           *conninfo;        /* the URI libpq is given: without scope= */
  char           *scope_prefix;    /* ?scope=: the start of the region's codes, or NULL */
  gint64          last_sequence;   /* the last change this process looked at */
  Watch          *watch;
  guint           reconnect_wait_ms;
  gboolean        has_position;    /* whether `document` has its position column */
  /* The first change the commit under way logged, to find it again. */
  char           *mark_record;
  gint64          mark_revision;
  gint64          mark_time;
};

/* Connecting (lian-store-pg.c) */
gboolean    lian_pg_store_ensure_connected (LianStorePg        *self,
                                            guint               wait_ms,
                                            GError            **error);
/* Whether the connection was lost. */
gboolean    lian_pg_store_lost             (LianStorePg        *self);
/* Runs @sql with @n text parameters; NULL with @error unless it gave
 * @expect. */
PGresult   *lian_pg_store_query            (LianStorePg        *self,
                                            const char         *sql,
                                            int                 n,
                                            const char * const *params,
                                            ExecStatusType      expect,
                                            GError            **error);
gboolean    lian_pg_store_exec             (LianStorePg        *self,
                                            const char         *sql,
                                            GError            **error);
gboolean    lian_pg_store_exec_tuples      (LianStorePg        *self,
                                            const char         *sql,
                                            GError            **error);
void        lian_pg_store_rollback         (LianStorePg        *self);

/* Reading (lian-store-pg.c) */
gboolean    lian_pg_store_append_records   (LianStorePg        *self,
                                            GString            *doc,
                                            LianRecordKind      kind,
                                            const char         *ids,
                                            GError            **error);
/* Appends every record of @kind, read from its typed columns. */
gboolean    lian_pg_store_append_all_records (LianStorePg      *self,
                                              GString          *doc,
                                              LianRecordKind    kind,
                                              GError          **error);
gboolean    lian_pg_store_last_sequence    (LianStorePg        *self,
                                            gint64             *last,
                                            GError            **error);
char       *lian_pg_store_ids_to_json      (const char * const *ids,
                                            guint               n);
JsonObject *lian_pg_store_read_object      (LianStorePg        *self,
                                            LianRecordKind      kind,
                                            const char         *id,
                                            GError            **error);

/* lian-store-pg-commit.c, lian-store-pg-refresh.c */
/* Appends to @sql the row of `records` for @id at @revision (0: none). */
/* Writes every record of @registry into the emptied tables by COPY. */
gboolean    lian_pg_store_copy_records     (LianStorePg        *self,
                                            LianRegistry       *registry,
                                            GError            **error);
void        lian_pg_store_record_sql       (LianStorePg        *self,
                                            GString            *sql,
                                            const char         *id,
                                            LianRecordKind      kind,
                                            guint64             revision);
gboolean    lian_pg_store_commit           (LianStore          *store,
                                            LianRegistry       *registry,
                                            GPtrArray          *changes,
                                            GError            **error);
gboolean    lian_pg_store_refresh          (LianStore          *store,
                                            LianRegistry       *registry,
                                            guint              *n_applied,
                                            GError            **error);

/* Figures of the whole store (lian-store-pg-count.c); @status -1: any. */
gboolean    lian_pg_store_count            (LianStorePg        *self,
                                            LianRecordKind      kind,
                                            const char         *region,
                                            int                 status,
                                            guint64            *count,
                                            GError            **error);
GVariant   *lian_pg_store_count_by_region  (LianStorePg        *self,
                                            LianRecordKind      kind,
                                            const char         *region,
                                            LianLevel           level,
                                            GError            **error);

/* Opening part of a store (lian-store-pg-scope.c) */
gboolean    lian_pg_scope_parse            (const char         *uri,
                                            const char         *where,
                                            char              **conninfo,
                                            char              **prefix,
                                            GError            **error);
gboolean    lian_pg_scope_append_records   (LianStorePg        *self,
                                            GString            *doc,
                                            GError            **error);
gboolean    lian_pg_scope_filter           (LianStorePg        *self,
                                            LianRegistry       *registry,
                                            GPtrArray          *ids,
                                            GArray             *revisions,
                                            GPtrArray         **of_kind,
                                            GError            **error);
gboolean    lian_pg_scope_bring_referenced (LianStorePg        *self,
                                            LianRegistry       *registry,
                                            LianDocument       *read,
                                            LianDocument      **extra,
                                            GPtrArray          *ids,
                                            GArray             *revisions,
                                            GError            **error);

G_END_DECLS
