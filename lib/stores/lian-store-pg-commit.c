/* lian-store-pg-commit.c: a PostgreSQL store's commits
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each change's record is read as the store holds it (outside the lock);
 * then one round trip takes the commit lock, checks every revision,
 * writes the records and their rows of `changes`, notifies and commits.
 * A commit lost with its connection is looked up, or sent again once.
 */
#include "config.h"

#include <string.h>

#include "lian-store-pg-store-private.h"
#include "lian-error.h"
#include "lian-format.h"
#include "lian-i18n-private.h"


/* A record as this commit leaves it. */
typedef struct
{
  guint64     revision;   /* 0: not in the store */
  int         kind;       /* -1: not in the store */
  JsonObject *object;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_clear_pointer (&p->object, json_object_unref);
  g_free (p);
}

/* The conflict a commit's check raises (RAISE … USING ERRCODE). */
#define CONFLICT_STATE "LN409"

/* What the store holds of @id, a record of @kind as this process knows
 * it: its revision, kind and members, in one statement unless its kind
 * changed. */
static Pending *
read_stored (LianStorePg     *self,
             const char      *id,
             LianRecordKind   kind,
             GError         **error)
{
  g_autofree char *sql = lian_pg_select_stored (kind);
  PGresult *res = lian_pg_store_query (self, sql, 1, &id, PGRES_TUPLES_OK, error);
  Pending *p;

  if (res == NULL)
    return NULL;
  p = g_new0 (Pending, 1);
  p->kind = -1;
  if (PQntuples (res) > 0)
    {
      p->revision = g_ascii_strtoull (PQgetvalue (res, 0, 3), NULL, 10);
      p->kind = lian_store_kind_from_nick (PQgetvalue (res, 0, 4));
    }
  if (p->kind >= 0 && p->kind == (int) kind)
    {
      g_autofree char *json = lian_pg_row_json (res, 0);
      g_autoptr(JsonNode) node = json_from_string (json, NULL);

      p->object = node && JSON_NODE_HOLDS_OBJECT (node)
                  ? json_object_ref (json_node_get_object (node)) : json_object_new ();
    }
  PQclear (res);
  if (p->kind >= 0 && p->object == NULL &&
      (p->object = lian_pg_store_read_object (self, p->kind, id, error)) == NULL)
    return pending_free (p), NULL;
  return p;
}

static gboolean
set_conflict (LianStorePg  *self,
              const char   *id,
              GError      **error)
{
  PGresult *res = lian_pg_store_query (self, "SELECT c.actor, c.time, r.id IS NOT NULL FROM changes c "
                               "LEFT JOIN records r ON r.id = c.record WHERE c.record = $1 "
                               "ORDER BY c.sequence DESC LIMIT 1", 1, &id, PGRES_TUPLES_OK, NULL);
  g_autofree char *actor = NULL;
  g_autofree char *when = NULL;
  gboolean in_store = TRUE;

  if (res && PQntuples (res) > 0)
    {
      g_autoptr(GDateTime) t =
        g_date_time_new_from_unix_utc (g_ascii_strtoll (PQgetvalue (res, 0, 1), NULL, 10) /
                                       G_USEC_PER_SEC);

      actor = g_strdup (PQgetvalue (res, 0, 0));
      when = t ? lian_format_time (t) : NULL;
      in_store = PQgetvalue (res, 0, 2)[0] == 't';
    }
  PQclear (res);
  if (!in_store)
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
                 /* TRANSLATORS: %s are a record id, a person and a time */
                 _("%s: removed by %s at %s, after this process read it; nothing was written"),
                 id, actor ? actor : "?", when ? when : "?");
  else
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
                 /* TRANSLATORS: %s are a record id, a person and a time */
                 _("%s: changed by %s at %s, after this process read it; nothing was written"),
                 id, actor ? actor : "?", when ? when : "?");
  return FALSE;
}

static const char *
operation_name (LianChangeOperation op)
{
  return op == LIAN_CHANGE_OPERATION_ADD ? "add"
         : op == LIAN_CHANGE_OPERATION_REMOVE ? "remove" : "update";
}

/* Appends to @sql the row of `changes` for one change; FALSE when it
 * changes no member. */
static gboolean
log_change_sql (LianStorePg      *self,
                GString          *sql,
                LianChange       *change,
                LianRecordKind    kind,
                const char       *operation,
                guint64           revision,
                JsonObject       *before,
                JsonObject       *after)
{
  const char *id = lian_change_get_record_id (change);
  const char *actor = lian_store_state_actor (&self->state, change);
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  const char *property;
  guint n_diff;

  lian_store_diff (before, after, &before_text, &after_text, &property, &n_diff);
  if (n_diff == 0)
    return FALSE;
  g_string_append_printf (sql, "INSERT INTO changes (time, actor, record, kind, operation, "
                          "revision, property, fields_before, fields_after) VALUES (%"
                          G_GINT64_FORMAT ", ", lian_change_get_time (change));
  lian_pg_append_literal (self->conn, sql, actor);
  g_string_append (sql, ", ");
  lian_pg_append_literal (self->conn, sql, id);
  g_string_append_printf (sql, ", '%s', '%s', %" G_GUINT64_FORMAT ", ",
                          lian_store_kind_nick (kind), operation, revision);
  lian_pg_append_literal (self->conn, sql, g_str_equal (operation, "update") ? property : NULL);
  g_string_append (sql, ", ");
  lian_pg_append_literal (self->conn, sql, before_text);
  g_string_append (sql, ", ");
  lian_pg_append_literal (self->conn, sql, after_text);
  g_string_append (sql, ");\n");
  if (self->mark_record == NULL)
    {
      self->mark_record = g_strdup (id);
      self->mark_revision = revision;
      self->mark_time = lian_change_get_time (change);
    }
  return TRUE;
}

void
lian_pg_store_record_sql (LianStorePg    *self,
                          GString        *sql,
                          const char     *id,
                          LianRecordKind  kind,
                          guint64         revision)
{
  if (revision == 0)
    {
      g_string_append (sql, "DELETE FROM records WHERE id = ");
      lian_pg_append_literal (self->conn, sql, id);
      g_string_append (sql, ";\n");
      return;
    }
  g_string_append (sql, "INSERT INTO records (id, kind, revision) VALUES (");
  lian_pg_append_literal (self->conn, sql, id);
  g_string_append_printf (sql, ", '%s', %" G_GUINT64_FORMAT ") ON CONFLICT (id) DO UPDATE "
                          "SET kind = EXCLUDED.kind, revision = EXCLUDED.revision;\n",
                          lian_store_kind_nick (kind), revision);
}

/* Appends to @sql the check that @id still has @revision in the store
 * (0: is not there), raising CONFLICT_STATE with the id otherwise. */
static void
check_sql (LianStorePg *self,
           GString     *sql,
           const char  *id,
           guint64      revision)
{
  g_string_append (sql, "DO $lian$ BEGIN IF (SELECT revision FROM records WHERE id = ");
  lian_pg_append_literal (self->conn, sql, id);
  if (revision == 0)
    g_string_append (sql, ") IS NOT NULL");
  else
    g_string_append_printf (sql, ") IS DISTINCT FROM %" G_GUINT64_FORMAT, revision);
  g_string_append (sql, " THEN RAISE EXCEPTION USING ERRCODE = '" CONFLICT_STATE "', MESSAGE = ");
  lian_pg_append_literal (self->conn, sql, id);
  g_string_append (sql, "; END IF; END $lian$;\n");
}

/* Appends to @sql what one change writes; @pending holds each record as
 * the changes before it in this commit leave it. */
static gboolean
change_sql (LianStorePg  *self,
            GString      *sql,
            LianChange   *change,
            GHashTable   *pending,
            GError      **error)
{
  const char *id = lian_change_get_record_id (change);
  LianRecordKind kind = lian_change_get_record_kind (change);
  LianChangeOperation op = lian_change_get_operation (change);
  g_autoptr(JsonObject) after = NULL;
  Pending *p = g_hash_table_lookup (pending, id);

  if (p == NULL)
    {
      /* The revision this process saw is the one checked under the lock;
       * what was read before it is what that revision holds. */
      guint64 seen = lian_store_state_get_revision (&self->state, id);

      if ((p = read_stored (self, id, kind, error)) == NULL)
        return FALSE;
      g_hash_table_insert (pending, g_strdup (id), p);
      check_sql (self, sql, id, seen);
      if (p->revision != seen)
        return TRUE;   /* the check refuses it */
    }
  if (op != LIAN_CHANGE_OPERATION_REMOVE)
    after = lian_store_record_to_object (lian_change_get_record (change));
  else if (p->kind < 0)
    return TRUE;
  if (p->kind < 0)
    op = LIAN_CHANGE_OPERATION_ADD;
  if (!log_change_sql (self, sql, change, kind, operation_name (op), p->revision + 1,
                       p->object, after))
    return TRUE;
  if (p->kind >= 0 && (after == NULL || (int) kind != p->kind))
    lian_pg_delete_row_sql (self->conn, sql, p->kind, id);
  if (after)
    lian_pg_write_row_sql (self->conn, sql, kind, id, after);
  lian_pg_store_record_sql (self, sql, id, kind, after ? p->revision + 1 : 0);
  /* A removed record's revision lives on in its last change. */
  p->revision = after ? p->revision + 1 : 0;
  p->kind = after ? (int) kind : -1;
  g_clear_pointer (&p->object, json_object_unref);
  p->object = g_steal_pointer (&after);
  return TRUE;
}

typedef enum {
  COMMITTED,
  REFUSED,     /* nothing written; the connection is fine */
  UNREACHABLE, /* no connection could be made: nothing was sent */
  NOT_SENT,    /* the connection was lost before the commit was sent */
  UNKNOWN,     /* the connection was lost while the commit was under way */
} Outcome;

static Outcome
try_commit (LianStorePg  *self,
            GPtrArray    *changes,
            GHashTable   *pending,
            GError      **error)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN;\n" LOCK_SQL ";\n");
  PGresult *res;
  const char *state;

  g_clear_pointer (&self->mark_record, g_free);
  g_hash_table_remove_all (pending);
  if (!lian_pg_store_ensure_connected (self, self->reconnect_wait_ms, error))
    return UNREACHABLE;
  for (guint i = 0; i < changes->len; i++)
    if (!change_sql (self, sql, changes->pdata[i], pending, error))
      return lian_pg_store_lost (self) ? NOT_SENT : REFUSED;
  g_string_append (sql, "NOTIFY " LIAN_STORE_PG_CHANNEL ";\nCOMMIT;\n");
  res = PQexec (self->conn, sql->str);
  if (PQresultStatus (res) == PGRES_COMMAND_OK)
    {
      PQclear (res);
      return COMMITTED;
    }
  if (lian_pg_store_lost (self))
    {
      lian_pg_error (self->conn, res, self->where, error);
      PQclear (res);
      return UNKNOWN;
    }
  lian_pg_store_rollback (self);
  state = PQresultErrorField (res, PG_DIAG_SQLSTATE);
  if (g_strcmp0 (state, CONFLICT_STATE) == 0)
    set_conflict (self, PQresultErrorField (res, PG_DIAG_MESSAGE_PRIMARY), error);
  else
    lian_pg_error (self->conn, res, self->where, error);
  PQclear (res);
  return REFUSED;
}

/* Whether the commit whose answer was lost reached the store. */
static gboolean
landed (LianStorePg *self)
{
  g_autofree char *revision = NULL;
  g_autofree char *time = NULL;
  const char *params[3];
  PGresult *res;
  gboolean found;

  if (self->mark_record == NULL)
    return TRUE;   /* it changed nothing */
  revision = g_strdup_printf ("%" G_GINT64_FORMAT, self->mark_revision);
  time = g_strdup_printf ("%" G_GINT64_FORMAT, self->mark_time);
  params[0] = self->mark_record;
  params[1] = revision;
  params[2] = time;
  res = lian_pg_store_query (self, "SELECT count(*) FROM changes WHERE record = $1 AND revision = $2::bigint "
                     "AND time = $3::bigint", 3, params, PGRES_TUPLES_OK, NULL);
  found = res && g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10) > 0;
  PQclear (res);
  return found;
}

static void
keep_revisions (LianStorePg *self,
                GHashTable  *pending)
{
  GHashTableIter iter;
  gpointer id, value;

  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, &id, &value))
    lian_store_state_set_revision (&self->state, id, ((Pending *) value)->revision);
}

gboolean
lian_pg_store_commit (LianStore     *store,
                      LianRegistry  *registry,
                      GPtrArray     *changes,
                      GError       **error)
{
  LianStorePg *self = LIAN_STORE_PG (store);
  g_autoptr(GHashTable) pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         pending_free);

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local = NULL;
      Outcome outcome = try_commit (self, changes, pending, &local);

      if (outcome == UNKNOWN &&
          lian_pg_store_ensure_connected (self, self->reconnect_wait_ms, NULL))
        outcome = landed (self) ? COMMITTED : NOT_SENT;
      if (outcome == COMMITTED)
        {
          keep_revisions (self, pending);
          return TRUE;
        }
      /* A commit that did not reach the store is safe to send again, once,
       * on a connection made anew. */
      if (outcome == NOT_SENT && attempt == 0 &&
          lian_pg_store_ensure_connected (self, self->reconnect_wait_ms, NULL))
        continue;
      g_propagate_error (error, g_steal_pointer (&local));
      if (outcome != REFUSED)
        g_prefix_error (error, outcome == UNKNOWN
                        ? _("whether the last change was written is not known: ")
                        : _("nothing was written: "));
      return FALSE;
    }
}

