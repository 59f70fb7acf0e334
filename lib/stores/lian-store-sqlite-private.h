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
/* Adds the records of @kind, in the order they were written, to @read.
 * Returns the number of records, or -1. */
gssize           lian_sqlite_read_records   (sqlite3       *db,
                                             const char    *path,
                                             LianDocument  *read,
                                             LianRecordKind kind,
                                             GError       **error);
/* Prepared statements kept by their SQL, for one connection. */
GHashTable      *lian_sqlite_cache_new      (void);
/* The statement for @sql, reset and unbound; owned by @cache. */
sqlite3_stmt    *lian_sqlite_cached         (sqlite3       *db,
                                             GHashTable    *cache,
                                             const char    *sql,
                                             GError       **error);
/* Writes @object, the record @id's JSON members, into its table and
 * child tables, replacing what was there when @replace. */
gboolean         lian_sqlite_write_row      (sqlite3       *db,
                                             GHashTable    *cache,
                                             LianRecordKind kind,
                                             const char    *id,
                                             JsonObject    *object,
                                             gboolean       replace,
                                             GError       **error);
#define LIAN_SQLITE_MAX_COLUMNS 32
/* The most rows one statement inserts into a table. */
#define LIAN_SQLITE_MANY 8
/* A kind's INSERT statements (owned by a cache), looked up once for many
 * records: its rows' for 1 to LIAN_SQLITE_MANY records at once, each list
 * column's, and each list of values' for 1 to LIAN_SQLITE_MANY rows. */
typedef struct
{
  LianRecordKind  kind;
  sqlite3_stmt   *rows[LIAN_SQLITE_MANY];
  sqlite3_stmt   *children[LIAN_SQLITE_MAX_COLUMNS];
  sqlite3_stmt   *values[LIAN_SQLITE_MAX_COLUMNS][LIAN_SQLITE_MANY];
} LianSqliteInserts;

gboolean         lian_sqlite_inserts_prepare (sqlite3            *db,
                                              GHashTable         *cache,
                                              LianRecordKind      kind,
                                              LianSqliteInserts  *inserts,
                                              GError            **error);
/* Inserts @records (1 to LIAN_SQLITE_MANY), of which the tables hold
 * nothing yet, as lian_sqlite_write_row() would their members. */
gboolean         lian_sqlite_insert_records (sqlite3                  *db,
                                             const LianSqliteInserts  *inserts,
                                             LianRecord * const       *records,
                                             guint                     n,
                                             GError                  **error);
/* Around a save of every record: a store that holds nothing and that no
 * one else has open is written with a rollback journal (see the
 * function); returns whether it left WAL, for _save_end(). */
gboolean         lian_sqlite_save_begin     (sqlite3       *db);
void             lian_sqlite_save_end       (sqlite3       *db,
                                             gboolean       left_wal);
gboolean         lian_sqlite_delete_row     (sqlite3       *db,
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
