/* lian-store-sqlite-private.h: the SQLite store's schema
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <sqlite3.h>
#include <json-glib/json-glib.h>

#include "lian-store-schema-private.h"
#include "lian-json-writer-private.h"
#include "lian-document-private.h"
#include "lian-store-private.h"

G_BEGIN_DECLS

/* The schema version this lian writes (PRAGMA user_version). */
#define LIAN_STORE_SQLITE_SCHEMA_VERSION 1

/* Creates the schema in an empty database, or migrates an older one. */
gboolean         lian_sqlite_ensure_schema  (sqlite3       *db,
                                             const char    *path,
                                             GError       **error);
/* A SELECT giving one column: each record of @kind as a JSON object,
 * lists and objects included; with @some, only the records whose ids are
 * bound to parameter 1 as a JSON array. Owned. */
char            *lian_sqlite_select_json    (LianRecordKind kind,
                                             gboolean       some);
/* Adds the records of @kind, in the order they were written, to @read,
 * each at the revision @state holds (NULL: as read), calling @read's
 * read_func after each. Returns the number of records, or -1. */
gssize           lian_sqlite_read_records   (sqlite3        *db,
                                             const char     *path,
                                             LianDocument   *read,
                                             LianStoreState *state,
                                             LianRecordKind  kind,
                                             GError        **error);
/* Prepared statements kept by their SQL, for one connection. */
GHashTable      *lian_sqlite_cache_new      (void);
/* The statement for @sql, reset and unbound; owned by @cache. */
sqlite3_stmt    *lian_sqlite_cached         (sqlite3       *db,
                                             const char    *path,
                                             GHashTable    *cache,
                                             const char    *sql,
                                             GError       **error);
/* Writes @object, the record @id's JSON members, into its table and
 * child tables, replacing what was there when @replace. */
gboolean         lian_sqlite_write_row      (sqlite3       *db,
                                             const char    *path,
                                             GHashTable    *cache,
                                             LianRecordKind kind,
                                             const char    *id,
                                             JsonObject    *object,
                                             gboolean       replace,
                                             GError       **error);
/* Replaces everything the store holds by @registry's records, in one
 * transaction (lian_store_save()); @stmts is the connection's cache. */
gboolean         lian_sqlite_save           (sqlite3       *db,
                                             GHashTable    *stmts,
                                             const char    *path,
                                             LianRegistry  *registry,
                                             GError       **error);
gboolean         lian_sqlite_delete_row     (sqlite3       *db,
                                             const char    *path,
                                             GHashTable    *cache,
                                             LianRecordKind kind,
                                             const char    *id,
                                             GError       **error);
/* Sets @error from the database's last error, naming @path. */
gboolean         lian_sqlite_error          (sqlite3       *db,
                                             const char    *path,
                                             GError       **error);
/* Appends to @out (LianChange) the rows of `changes`, oldest first:
 * of @record_id when not NULL, made at or after @since (µs since 1970),
 * by @actor when not NULL. The changes' records are @registry's, or made
 * for records that are gone. */
gboolean         lian_sqlite_read_changes   (sqlite3       *db,
                                             const char    *path,
                                             LianRegistry  *registry,
                                             const char    *record_id,
                                             gint64         since,
                                             const char    *actor,
                                             GPtrArray     *out,
                                             GError       **error);
/* Tests only: with $LIAN_TEST_SQLITE_SPARE_PAGES=N, the database may grow
 * by N pages on this connection, no more, as if the disk were full. */
gboolean         lian_sqlite_limit_growth   (sqlite3       *db,
                                             const char    *path,
                                             GError       **error);
gboolean         lian_sqlite_exec           (sqlite3       *db,
                                             const char    *path,
                                             const char    *sql,
                                             GError       **error);

G_END_DECLS
