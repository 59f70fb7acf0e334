/* lian-store-pg-refresh.c: bringing in what other processes committed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A look that finds nothing new is one statement; otherwise the records
 * `changes` names after the last sequence this process looked at are read
 * in one snapshot and applied with the registry's usual signals.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-store-private.h"
#include "lian-document-private.h"

static void
drain_notifications (LianStorePg *self)
{
  PGnotify *n;

  if (lian_pg_store_lost (self))
    return;
  PQconsumeInput (self->conn);
  while ((n = PQnotifies (self->conn)) != NULL)
    PQfreemem (n);
}

/* The ids of the records changed by others since the last look, with the
 * store's revision of each and their ids of each kind. */
static gboolean
changed_ids (LianStorePg  *self,
             gint64        last,
             GPtrArray    *ids,
             GArray       *revisions,
             GPtrArray   **of_kind,
             GError      **error)
{
  g_autofree char *from = g_strdup_printf ("%" G_GINT64_FORMAT, self->last_sequence);
  g_autofree char *to = g_strdup_printf ("%" G_GINT64_FORMAT, last);
  const char *params[2] = { from, to };
  PGresult *res = lian_pg_store_query (self, "SELECT c.record, r.revision, r.kind FROM (SELECT record, "
                               "min(sequence) AS first FROM changes WHERE sequence > $1::bigint "
                               "AND sequence <= $2::bigint GROUP BY record) c "
                               "LEFT JOIN records r ON r.id = c.record ORDER BY c.first",
                         2, params, PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (res); i++)
    {
      const char *id = PQgetvalue (res, i, 0);
      gboolean gone = PQgetisnull (res, i, 2);
      guint64 revision = gone ? 0 : g_ascii_strtoull (PQgetvalue (res, i, 1), NULL, 10);
      int kind = gone ? -1 : lian_store_kind_from_nick (PQgetvalue (res, i, 2));

      if (revision == lian_store_state_get_revision (&self->state, id) && !gone)
        continue;
      g_ptr_array_add (ids, g_strdup (id));
      g_array_append_val (revisions, revision);
      if (kind >= 0)
        g_ptr_array_add (of_kind[kind], ids->pdata[ids->len - 1]);
    }
  PQclear (res);
  return TRUE;
}

/* Sets @fresh when no record changed since the last look has another
 * revision than this process knows (and then looks no further back). */
static gboolean
nothing_new (LianStorePg  *self,
             gboolean     *fresh,
             GError      **error)
{
  g_autofree char *from = g_strdup_printf ("%" G_GINT64_FORMAT, self->last_sequence);
  PGresult *res = lian_pg_store_query (self, "WITH c AS (SELECT sequence, record FROM changes "
                               "WHERE sequence > $1::bigint) "
                               "SELECT (SELECT coalesce(max(sequence), $1::bigint) FROM c), "
                               "c.record, r.revision FROM c LEFT JOIN records r "
                               "ON r.id = c.record", 1, (const char * const *) &from,
                         PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  *fresh = TRUE;
  for (int i = 0; i < PQntuples (res) && *fresh; i++)
    *fresh = !PQgetisnull (res, i, 2) &&
             g_ascii_strtoull (PQgetvalue (res, i, 2), NULL, 10) ==
             lian_store_state_get_revision (&self->state, PQgetvalue (res, i, 1));
  if (*fresh && PQntuples (res) > 0)
    self->last_sequence = MAX (self->last_sequence,
                               g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10));
  PQclear (res);
  return TRUE;
}

/* Begins a read-only snapshot and sets @last to its last sequence, in
 * one round trip. */
static gboolean
snapshot_last_sequence (LianStorePg  *self,
                        gint64       *last,
                        GError      **error)
{
  PGresult *res = lian_pg_store_query (self, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
                                             "SELECT coalesce(max(sequence), 0) FROM changes",
                                       0, NULL, PGRES_TUPLES_OK, error);

  if (res == NULL)
    return FALSE;
  *last = g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10);
  PQclear (res);
  return TRUE;
}

static gboolean
read_changed (LianStorePg  *self,
              LianRegistry *registry,
              GPtrArray    *ids,
              GArray       *revisions,
              GString      *doc,
              gint64       *last,
              GError      **error)
{
  GPtrArray *of_kind[LIAN_N_RECORD_KINDS];
  gboolean ok;

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    of_kind[k] = g_ptr_array_new ();
  ok = snapshot_last_sequence (self, last, error) &&
       changed_ids (self, *last, ids, revisions, of_kind, error) &&
       (self->scope_prefix == NULL ||
        lian_pg_scope_filter (self, registry, ids, revisions, of_kind, error));
  for (guint k = 0; ok && k < LIAN_N_RECORD_KINDS; k++)
    if (of_kind[k]->len > 0)
      {
        g_autofree char *json = lian_pg_store_ids_to_json ((const char * const *) of_kind[k]->pdata,
                                             of_kind[k]->len);
        ok = lian_pg_store_append_records (self, doc, k, json, error);
      }
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    g_ptr_array_unref (of_kind[k]);
  lian_pg_store_rollback (self);
  return ok;
}

static gboolean
refresh_once (LianStorePg   *self,
              LianRegistry  *registry,
              guint         *n_applied,
              GError       **error)
{
  g_autoptr(GString) doc = g_string_new ("{\"format\":\"lian\",\"version\":1");
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) revisions = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GPtrArray) stored = g_ptr_array_new ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(LianDocument) read = NULL;
  g_autoptr(LianDocument) extra = NULL;
  gint64 last = 0;
  gboolean fresh;

  drain_notifications (self);
  /* Most looks find nothing new, or only this process's own commits:
   * one statement says so. */
  if (!nothing_new (self, &fresh, error))
    return FALSE;
  if (fresh)
    return TRUE;
  if (!read_changed (self, registry, ids, revisions, doc, &last, error))
    return FALSE;
  if (ids->len > 0)
    {
      g_string_append (doc, "}");
      read = lian_document_read (doc->str, doc->len, error);
      if (read == NULL)
        return FALSE;
      for (guint i = 0; i < read->records->len; i++)
        g_hash_table_insert (by_id, (gpointer) lian_record_get_id (read->records->pdata[i]),
                             read->records->pdata[i]);
      /* A new record of the scope comes with what it refers to. */
      if (self->scope_prefix &&
          !lian_pg_scope_bring_referenced (self, registry, read, &extra, ids, revisions, error))
        return FALSE;
      for (guint i = 0; extra && i < extra->records->len; i++)
        g_hash_table_insert (by_id, (gpointer) lian_record_get_id (extra->records->pdata[i]),
                             extra->records->pdata[i]);
      for (guint i = 0; i < ids->len; i++)
        g_ptr_array_add (stored, g_hash_table_lookup (by_id, ids->pdata[i]));
      if (!lian_store_apply_records (LIAN_STORE (self), registry, ids, stored,
                                     (const guint64 *) revisions->data, n_applied, error))
        return FALSE;
    }
  self->last_sequence = MAX (self->last_sequence, last);
  return TRUE;
}

gboolean
lian_pg_store_refresh (LianStore     *store,
                       LianRegistry  *registry,
                       guint         *n_applied,
                       GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);
  g_autoptr(GError) local = NULL;

  /* A refresh only reads: after a lost connection it is tried again on a
   * new one (without waiting: a window's main loop must go on). */
  if (lian_pg_store_ensure_connected (self, 0, &local) && refresh_once (self, registry, n_applied, &local))
    return TRUE;
  if (!lian_pg_store_lost (self))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_clear_error (&local);
  return lian_pg_store_ensure_connected (self, 0, error) && refresh_once (self, registry, n_applied, error);
}

