/* lian-store-pg-private.h: the PostgreSQL store's schema and statements
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <libpq-fe.h>

#include "lian-store-schema-private.h"

G_BEGIN_DECLS

/* The schema version this lian writes (lian_schema.version). */
#define LIAN_STORE_PG_SCHEMA_VERSION 1
/* The advisory lock every commit holds: commits are one at a time, so
 * `changes` grows in the order they commit and a refresh that reads past
 * its last sequence misses none. */
#define LIAN_STORE_PG_COMMIT_LOCK 1818845550   /* "lian" as a 32-bit number */
/* The channel a commit notifies and every open store listens on. */
#define LIAN_STORE_PG_CHANNEL "lian_changes"

/* Sets @error from @result (or the connection's last error when NULL):
 * a G_IO_ERROR naming @where (the URI without its password). */
gboolean  lian_pg_error         (PGconn        *conn,
                                 PGresult      *result,
                                 const char    *where,
                                 GError       **error);
/* Whether the connection was lost (the server stopped or ended it). */
gboolean  lian_pg_lost          (PGconn        *conn,
                                 PGresult      *result);
/* Creates the schema in an empty database (one at a time), or refuses a
 * newer one or a database that is not a lian store; @has_position: whether
 * the document table has (or was given) its position. */
gboolean  lian_pg_ensure_schema (PGconn        *conn,
                                 const char    *where,
                                 gboolean      *has_position,
                                 GError       **error);
/* A SELECT giving two columns, each record of @kind as a JSON object
 * (lists and objects included, no extra members) and its `extra`; with
 * @some, only the records whose ids are in the JSON array $1. Owned. */
char     *lian_pg_select_json   (LianRecordKind kind,
                                 gboolean       some);
/* A SELECT giving, for the record whose id is $1, the columns of
 * lian_pg_select_json() as a record of @kind (NULL members when it is
 * of another kind), then its revision and kind; no row when the store
 * does not hold it. Owned. */
char     *lian_pg_select_stored (LianRecordKind kind);
/* The record's JSON text from a row of lian_pg_select_json(). Owned. */
char     *lian_pg_row_json      (PGresult      *result,
                                 int            row);
/* Appends to @sql the statements that write @object, the record @id's
 * members, into its table and child tables, replacing what was there. */
void      lian_pg_write_row_sql (PGconn        *conn,
                                 GString       *sql,
                                 LianRecordKind kind,
                                 const char    *id,
                                 JsonObject    *object);
/* Appends to @sql the statements that delete the record @id of @kind. */
void      lian_pg_delete_row_sql (PGconn        *conn,
                                  GString       *sql,
                                  LianRecordKind kind,
                                  const char    *id);
/* Appends @text as a quoted literal, or NULL. */
void      lian_pg_append_literal (PGconn        *conn,
                                  GString       *sql,
                                  const char    *text);
/* The changes of the log, as lian_store_list_changes() wants them. */
gboolean  lian_pg_read_changes  (PGconn        *conn,
                                 const char    *where,
                                 LianRegistry  *registry,
                                 const char    *record_id,
                                 gint64         since,
                                 const char    *actor,
                                 GPtrArray     *out,
                                 GError       **error);

/* The SELECT of lian_pg_select_json() for the records that lie within the
 * region whose codes begin with $1 (lian-store-pg-scope.c); and the ids,
 * of the JSON array $1, of those within $2. Owned. */
char     *lian_pg_select_json_within (LianRecordKind kind);
char     *lian_pg_select_ids_within  (LianRecordKind kind);
/* Where records lie (lian-store-pg-count.c). The kinds everyone reads:
 * regions, chains, service items. */
gboolean  lian_pg_kind_is_common (LianRecordKind kind);
/* Appends to @from (" FROM <table> t") the joins that reach where a row t
 * of @kind lies; the SQL expression of its region code, owned: NULL for
 * the common reference, "NULL::text" for a kind that lies nowhere. */
char     *lian_pg_append_place  (GString        *from,
                                 LianRecordKind  kind);
/* Appends " FROM <table> t … WHERE" the row lies within the region whose
 * codes begin with the parameter @param ("$1"). */
void      lian_pg_append_from_within (GString        *sql,
                                      LianRecordKind  kind,
                                      const char     *param);
/* Appends the row-level security of the tables (lian-store-pg-policy.c):
 * the functions and policies that show a person's role its scope. */
void      lian_pg_append_policies_sql (GString     *sql);
/* Lets the database role @role (made if need be) read what the person
 * @person_id may read. */
gboolean  lian_pg_grant_reader  (PGconn        *conn,
                                 const char    *where,
                                 const char    *role,
                                 const char    *person_id,
                                 GError       **error);

G_END_DECLS
