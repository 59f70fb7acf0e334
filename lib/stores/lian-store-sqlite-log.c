/* lian-store-sqlite-log.c: a SQLite store's `changes` table, read back
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each row becomes a LianChange (lian_store_change_from_row()).
 */
#include "config.h"

#include <string.h>

#include "lian-store-sqlite-private.h"

static LianChange *
row_to_change (sqlite3_stmt *stmt,
               LianRegistry *registry,
               GHashTable   *gone)
{
  return lian_store_change_from_row (registry, gone,
                                     sqlite3_column_int64 (stmt, 0),
                                     sqlite3_column_int64 (stmt, 1),
                                     (const char *) sqlite3_column_text (stmt, 2),
                                     (const char *) sqlite3_column_text (stmt, 3),
                                     (const char *) sqlite3_column_text (stmt, 4),
                                     (const char *) sqlite3_column_text (stmt, 5),
                                     sqlite3_column_int64 (stmt, 6),
                                     (const char *) sqlite3_column_text (stmt, 7),
                                     (const char *) sqlite3_column_text (stmt, 8));
}

gboolean
lian_sqlite_read_changes (sqlite3       *db,
                          const char    *path,
                          LianRegistry  *registry,
                          const char    *record_id,
                          gint64         since,
                          const char    *actor,
                          GPtrArray     *out,
                          GError       **error)
{
  g_autoptr(GHashTable) gone = lian_store_gone_new ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT sequence, time, actor, record, kind, operation, revision, "
                              "fields_before, fields_after FROM changes "
                              "WHERE (?1 IS NULL OR record = ?1) AND time >= ?2 "
                              "AND (?3 IS NULL OR actor = ?3) ORDER BY sequence",
                          -1, &stmt, NULL) != SQLITE_OK)
    return lian_sqlite_error (db, path, error);
  sqlite3_bind_text (stmt, 1, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, since);
  sqlite3_bind_text (stmt, 3, actor, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LianChange *change = row_to_change (stmt, registry, gone);

      if (change)
        g_ptr_array_add (out, change);
    }
  if (rc != SQLITE_DONE)
    {
      lian_sqlite_error (db, path, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  return TRUE;
}
