/* lian-store-sqlite-save.c: every record of a registry, written at once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Saving a register (lian convert) binds each record's properties straight
 * to the parameters of the kind's INSERT statements, prepared once, as
 * lian's writer would write them (what is unset is left out): no JSON
 * text of the record is made. What lands in the tables is what
 * lian_sqlite_write_row() writes for the record's members.
 */
#include "config.h"

#include <string.h>

#include "lian-chain-link-private.h"
#include "lian-store-sqlite-private.h"
#include "lian-record-json-private.h"
#include "lian-record-members-private.h"
#include "lian-registry.h"
#include "lian-registry-private.h"
#include "lian-enum-types.h"
#include "lian-date-private.h"

/* The column named @name, or -1. */
static int
find_column (const LianColumn *columns,
             const char       *name)
{
  for (int i = 0; columns[i].member; i++)
    if (strcmp (columns[i].member, name) == 0)
      return i;
  return -1;
}

#define MAX_COLUMNS 32
/* The most rows one statement inserts into a table. */
#define MANY 8

/* A kind's INSERT statements (owned by a cache), looked up once for many
 * records: its rows' for 1 to MANY records at once, each list column's,
 * and each list of values' for 1 to MANY rows. */
typedef struct
{
  LianRecordKind  kind;
  const char     *path;
  sqlite3_stmt   *rows[MANY];
  sqlite3_stmt   *children[MAX_COLUMNS];
  sqlite3_stmt   *values[MAX_COLUMNS][MANY];
} Inserts;

/* A kind's INSERT statements, made once: a row's parameters are 1 the
 * id, one per typed column in order, then `extra`; the next row's follow
 * (n_params more). */
typedef struct
{
  char *rows[MANY]; /* for 1, 2... records */
  int   params[MAX_COLUMNS];   /* each typed column's parameter */
  int   n_params;
  char *children[MAX_COLUMNS]; /* each list column's */
  char *values[MAX_COLUMNS][MANY]; /* each list of values', for 1, 2... rows */
} KindSql;

/* Inserts @rows rows of a child table: ?1 the record's id, then each
 * row's position and fields. OR FAIL: a statement of several rows that
 * may abort keeps a journal of its own to undo just itself, page by page;
 * a save that fails is undone whole (ROLLBACK), so it needs none. */
static char *
children_sql (const LianTable  *t,
              const LianColumn *c,
              guint             rows)
{
  GString *sql = g_string_new (NULL);
  guint n_fields = c->fields ? g_strv_length ((char **) c->fields) : 1;

  g_string_printf (sql, "INSERT OR FAIL INTO %s_%s (record_id, position", t->name, c->member);
  for (guint f = 0; f < n_fields; f++)
    g_string_append_printf (sql, ", %s", c->fields ? c->fields[f] : "value");
  g_string_append (sql, ") VALUES ");
  for (guint r = 0; r < rows; r++)
    {
      g_string_append_printf (sql, "%s(?1", r ? ", " : "");
      for (guint f = 0; f <= n_fields; f++)
        g_string_append_printf (sql, ", ?%u", 2 + r * (n_fields + 1) + f);
      g_string_append (sql, ")");
    }
  return g_string_free (sql, FALSE);
}

static void
make_kind_sql (KindSql         *k,
               const LianTable *t)
{
  GString *sql = g_string_new (NULL);
  int n = 1;

  /* OR FAIL, as children_sql()'s. */
  g_string_printf (sql, "INSERT OR FAIL INTO %s (id", t->name);
  for (const LianColumn *c = t->columns + 1; c->member; c++)
    {
      g_assert (c - t->columns < MAX_COLUMNS);
      if (c->type <= LIAN_COLUMN_BOOLEAN)
        {
          g_string_append_printf (sql, ", %s", c->member);
          k->params[c - t->columns] = ++n;
        }
      else
        k->children[c - t->columns] = children_sql (t, c, 1);
      for (guint r = 0; c->type == LIAN_COLUMN_LIST && r < MANY; r++)
        k->values[c - t->columns][r] = children_sql (t, c, r + 1);
    }
  g_string_append (sql, ", extra) VALUES ");
  k->n_params = n + 1;
  for (guint r = 0; r < MANY; r++)
    {
      g_autoptr(GString) rows = g_string_new (sql->str);

      for (guint i = 0; i <= r; i++)
        for (int p = 1; p <= k->n_params; p++)
          g_string_append_printf (rows, "%s?%u%s", p > 1 ? ", " : i ? ", (" : "(",
                                  i * k->n_params + p, p == k->n_params ? ")" : "");
      k->rows[r] = g_string_free (g_steal_pointer (&rows), FALSE);
    }
  g_string_free (sql, TRUE);
}

static const KindSql *
kind_sql (LianRecordKind kind)
{
  static KindSql *all;

  if (g_once_init_enter (&all))
    {
      KindSql *made = g_new0 (KindSql, LIAN_N_RECORD_KINDS);

      for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
        make_kind_sql (&made[k], lian_store_table (k));
      g_once_init_leave (&all, made);
    }
  return &all[kind];
}

static gboolean
step (sqlite3       *db,
      const char    *path,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  gboolean ok = sqlite3_step (stmt) == SQLITE_DONE;

  /* Statements are kept: once stepped, one holds no pointer into the
   * texts it was given (bound SQLITE_STATIC). */
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok ? TRUE : lian_sqlite_error (db, path, error);
}

/* The rows of a list of values, in order, up to MANY at a
 * time: @stmts[r] inserts r + 1 rows. */
static gboolean
insert_values (sqlite3             *db,
               const char          *path,
               sqlite3_stmt * const *stmts,
               const char          *id,
               const char * const  *values,
               GError             **error)
{
  guint n = values ? g_strv_length ((char **) values) : 0;

  for (guint i = 0; i < n;)
    {
      guint rows = MIN (n - i, MANY);
      sqlite3_stmt *s = stmts[rows - 1];

      sqlite3_bind_text (s, 1, id, -1, SQLITE_STATIC);
      for (guint r = 0; r < rows; r++, i++)
        {
          sqlite3_bind_int (s, 2 + 2 * r, i);
          sqlite3_bind_text (s, 3 + 2 * r, values[i], -1, SQLITE_STATIC);
        }
      if (!step (db, path, s, error))
        return FALSE;
    }
  return TRUE;
}

/* One row of a list of small objects: @values[i], or NULL, is the
 * member @names[i]. */
static gboolean
insert_object (sqlite3             *db,
               const char          *path,
               sqlite3_stmt        *stmt,
               const LianColumn    *c,
               const char          *id,
               int                  position,
               const char * const  *names,
               const char * const  *values,
               GError             **error)
{
  /* Cleared by the last step(): a member with no value is NULL. */
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, position);
  for (guint i = 0; names[i]; i++)
    for (guint f = 0; values[i] && c->fields[f]; f++)
      if (g_str_equal (c->fields[f], names[i]))
        sqlite3_bind_text (stmt, f + 3, values[i], -1, SQLITE_STATIC);
  return step (db, path, stmt, error);
}

/* The rows of an enterprise's chain_links or a need's history, as
 * lian's writer writes their members. */
static gboolean
insert_objects (sqlite3           *db,
                const char        *path,
                sqlite3_stmt      *stmt,
                const LianColumn  *c,
                LianRecord        *record,
                GError           **error)
{
  static const char * const link_names[] = { "chain", "segment", "role", NULL };
  static const char * const event_names[] = { "at", "status", "actor", "note", NULL };
  const char *id = lian_record_get_id (record);
  gboolean links = LIAN_IS_ENTERPRISE (record);
  /* A need's history is asked for only when it has one: asking makes it. */
  GPtrArray *items = links || lian_need_get_n_events (LIAN_NEED (record)) == 0
                     ? NULL : lian_need_get_history (LIAN_NEED (record));
  guint n = items ? items->len : 0;
  LianChainLink * const *chain = links ? lian_enterprise_peek_chain_links (LIAN_ENTERPRISE (record), &n)
                                       : NULL;

  for (guint i = 0; i < n; i++)
    {
      gboolean ok;

      if (links)
        {
          LianChainLink *link = chain[i];
          const char *values[] = { lian_chain_link_get_chain_id (link), lian_chain_link_get_segment (link),
                                   lian_enum_to_nick (LIAN_TYPE_CHAIN_ROLE,
                                                      lian_chain_link_get_role (link)) };
          ok = insert_object (db, path, stmt, c, id, i, link_names, values, error);
        }
      else
        {
          LianNeedEvent *event = g_ptr_array_index (items, i);
          g_autofree char *at = lian_date_time_to_iso8601 (lian_need_event_get_at (event));
          const char *values[] = { at, lian_enum_to_nick (LIAN_TYPE_NEED_STATUS,
                                                          lian_need_event_get_status (event)),
                                   lian_need_event_get_actor (event),
                                   lian_need_event_get_note (event) };
          ok = insert_object (db, path, stmt, c, id, i, event_names, values, error);
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Straight to the class that owns the property: get_property only
 * forwards to the getters. */
static void
get_property (LianRecord *record,
              GParamSpec *pspec,
              GValue     *value)
{
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  G_OBJECT_CLASS (g_type_class_peek (pspec->owner_type))->get_property (G_OBJECT (record),
                                                                         pspec->param_id,
                                                                         value, pspec);
}

/* @strings as a JSON array's text. */
static char *
strings_text (const char * const *strings)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = NULL;

  for (guint i = 0; strings[i]; i++)
    json_array_add_string_element (array, strings[i]);
  node = json_node_init_array (json_node_alloc (), array);
  return lian_store_json_text (node);
}

/* The nicks of the flags set in @value, borrowed from @klass, into
 * @nicks (room for each value of @klass and NULL), in the order of
 * lian_flags_to_nicks(). */
static const char * const *
flag_nicks (GFlagsClass  *klass,
            guint         value,
            const char  **nicks)
{
  guint n = 0;

  for (guint i = 0; i < klass->n_values; i++)
    {
      guint v = klass->values[i].value;
      if (v != 0 && (value & v) == v)
        nicks[n++] = klass->values[i].value_nick;
    }
  nicks[n] = NULL;
  return nicks;
}

/* Binds, or inserts the rows of, the property behind column @c as lian's
 * writer writes it: what is unset is left out. A member the kind declares
 * a field for (@slot) is read from it, as its getter would, else through
 * the property. */
static gboolean
write_property (sqlite3                  *db,
                const Inserts  *inserts,
                sqlite3_stmt             *row,
                int                       base,
                const KindSql            *sql,
                const LianTable  *t,
                int               c,
                LianRecord       *record,
                GParamSpec       *pspec,
                const LianMemberSlot *slot,
                GError          **error)
{
  int param = base + sql->params[c];
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  gboolean list = t->columns[c].type > LIAN_COLUMN_BOOLEAN;
  const char * const *strings = NULL;
  const char *s = NULL;
  gint64 n = 0;

  /* Every member with a property has its field (lian_member_table()). */
  lian_member_slot_get (slot, record, &s, &strings, &n);
  if (type == G_TYPE_STRING && !list)
    {
      /* A field's text stays as it is until the row is inserted (the
       * bindings are cleared once it is). */
      if (s && s[0])
        sqlite3_bind_text (row, param, s, -1, SQLITE_STATIC);
    }
  else if ((type == G_TYPE_BOOLEAN || type == G_TYPE_UINT || type == G_TYPE_INT64) && !list)
    {
      if (n != 0)
        sqlite3_bind_int64 (row, param, type == G_TYPE_BOOLEAN ? 1 : n);
    }
  else if (G_PARAM_SPEC_TYPE (pspec) == G_TYPE_PARAM_ENUM && !list)
    sqlite3_bind_text (row, param, lian_enum_to_nick (type, (int) n),
                       -1, SQLITE_STATIC);
  else if (G_PARAM_SPEC_TYPE (pspec) == G_TYPE_PARAM_FLAGS)
    {
      GFlagsClass *klass = G_PARAM_SPEC_FLAGS (pspec)->flags_class;
      strings = flag_nicks (klass, (guint) n, g_newa (const char *, klass->n_values + 1));
    }
  if (strings == NULL || strings[0] == NULL)
    return TRUE;
  if (list)
    return insert_values (db, inserts->path, inserts->values[c], lian_record_get_id (record),
                          strings, error);
  sqlite3_bind_text (row, param, strings_text (strings), -1, g_free);
  return TRUE;
}

/* The column of each of @kind's members; -1 for those kept in `extra`. */
static const int *
member_columns (LianRecordKind kind)
{
  static int *all[LIAN_N_RECORD_KINDS];

  if (g_once_init_enter (&all[kind]))
    {
      const char * const *members = lian_record_kind_members (kind);
      const LianTable *t = lian_store_table (kind);
      int *made = g_new (int, g_strv_length ((char **) members) + 1);

      for (guint i = 0; members[i]; i++)
        made[i] = find_column (t->columns, members[i]);
      g_once_init_leave (&all[kind], made);
    }
  return all[kind];
}

/* The member of @pspec as lian's writer writes it, or NULL when unset. */
static JsonNode *
property_node (LianRecord *record,
               GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GStrv) nicks = NULL;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  const char * const *strings = NULL;
  JsonArray *array;

  get_property (record, pspec, &value);
  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (&value);
      return s && s[0] ? json_node_init_string (json_node_alloc (), s) : NULL;
    }
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (&value) ? json_node_init_boolean (json_node_alloc (), TRUE) : NULL;
  if (type == G_TYPE_UINT || type == G_TYPE_INT64)
    {
      gint64 n = type == G_TYPE_UINT ? g_value_get_uint (&value) : g_value_get_int64 (&value);
      return n != 0 ? json_node_init_int (json_node_alloc (), n) : NULL;
    }
  if (G_TYPE_IS_ENUM (type))
    return json_node_init_string (json_node_alloc (),
                                  lian_enum_to_nick (type, g_value_get_enum (&value)));
  if (G_TYPE_IS_FLAGS (type))
    strings = (const char * const *) (nicks = lian_flags_to_nicks (type, g_value_get_flags (&value)));
  else if (type == G_TYPE_STRV)
    strings = g_value_get_boxed (&value);
  if (strings == NULL || strings[0] == NULL)
    return NULL;
  array = json_array_new ();
  for (guint i = 0; strings[i]; i++)
    json_array_add_string_element (array, strings[i]);
  return json_node_init_array (json_node_alloc (), array);
}

/* Whether @record may have a member with no column that lian's writer
 * writes: read from the fields, as property_node() would find it set (a
 * text or a list not empty, a number, boolean or flags not 0, any enum). */
static gboolean
may_have_columnless (LianRecord     *record,
                     LianRecordKind  kind,
                     const int      *columns)
{
  const char * const *members = lian_record_kind_members (kind);
  const LianMemberSlot *slots = lian_member_table (kind)->slots;

  for (guint i = 0; members[i]; i++)
    {
      const char *s = NULL;
      const char * const *strings = NULL;
      gint64 n = 0;

      if (columns[i] >= 0 || lian_record_kind_member_pspec (kind, i) == NULL)
        continue;
      if (slots[i].style == LIAN_SLOT_NONE || slots[i].style == LIAN_SLOT_ENUM)
        return TRUE;
      lian_member_slot_get (&slots[i], record, &s, &strings, &n);
      if ((s && s[0]) || (strings && strings[0]) || n != 0)
        return TRUE;
    }
  return FALSE;
}

/* The members of @record the kind's table has no column for, as JSON
 * text, or NULL: those of its properties lian's writer writes, then the
 * extra members it keeps. */
static char *
extra_text (LianRecord     *record,
            LianRecordKind  kind,
            const int      *columns)
{
  const char * const *members = lian_record_kind_members (kind);
  JsonObject *extra = lian_record_get_extra (record);
  g_autoptr(JsonObject) kept = NULL;
  g_autoptr(GList) names = NULL;
  g_autoptr(JsonNode) node = NULL;

  /* Most records have nothing for it. */
  if (extra == NULL && !may_have_columnless (record, kind, columns))
    return NULL;
  names = extra ? json_object_get_members (extra) : NULL;
  kept = json_object_new ();
  for (guint i = 0; members[i]; i++)
    if (columns[i] < 0 && lian_record_kind_member_pspec (kind, i))
      {
        JsonNode *value = property_node (record, lian_record_kind_member_pspec (kind, i));
        if (value)
          json_object_set_member (kept, members[i], value);
      }
  for (GList *l = names; l; l = l->next)
    if (!lian_record_kind_has_member (kind, l->data))
      json_object_set_member (kept, l->data, json_node_copy (json_object_get_member (extra, l->data)));
  if (json_object_get_size (kept) == 0)
    return NULL;
  node = json_node_init_object (json_node_alloc (), kept);
  return lian_store_json_text (node);
}

/* Looks up @kind's INSERT statements in @cache, once for many records. */
static gboolean
inserts_prepare (sqlite3            *db,
                 const char         *path,
                 GHashTable         *cache,
                 LianRecordKind      kind,
                 Inserts  *inserts,
                 GError            **error)
{
  const KindSql *sql = kind_sql (kind);

  memset (inserts, 0, sizeof *inserts);
  inserts->kind = kind;
  inserts->path = path;
  for (guint r = 0; r < MANY; r++)
    if ((inserts->rows[r] = lian_sqlite_cached (db, path, cache, sql->rows[r], error)) == NULL)
      return FALSE;
  for (guint c = 0; c < MAX_COLUMNS; c++)
    {
      if (sql->children[c] &&
          (inserts->children[c] = lian_sqlite_cached (db, path, cache, sql->children[c], error)) == NULL)
        return FALSE;
      for (guint r = 0; r < MANY && sql->values[c][r]; r++)
        if ((inserts->values[c][r] = lian_sqlite_cached (db, path, cache, sql->values[c][r], error)) == NULL)
          return FALSE;
    }
  return TRUE;
}

/* Binds @record as the row at @base of @row, and inserts the rows of its
 * lists: its members as lian's writer writes them, straight from its
 * properties. */
static gboolean
bind_record (sqlite3                  *db,
             const Inserts  *inserts,
             sqlite3_stmt             *row,
             int                       base,
             LianRecord               *record,
             GError                  **error)
{
  LianRecordKind kind = inserts->kind;
  const LianTable *t = lian_store_table (kind);
  const KindSql *sql = kind_sql (kind);
  const char * const *members = lian_record_kind_members (kind);
  const int *columns = member_columns (kind);
  char *extra;

  sqlite3_bind_text (row, base + 1, lian_record_get_id (record), -1, SQLITE_STATIC);
  for (guint i = 0; members[i]; i++)
    {
      GParamSpec *pspec = lian_record_kind_member_pspec (kind, i);
      gboolean ok;

      if (columns[i] <= 0)
        continue;
      if (pspec == NULL)
        ok = insert_objects (db, inserts->path, inserts->children[columns[i]],
                             &t->columns[columns[i]], record, error);
      else
        ok = write_property (db, inserts, row, base, sql, t, columns[i], record, pspec,
                             &lian_member_table (kind)->slots[i], error);
      if (!ok)
        return FALSE;
    }
  extra = extra_text (record, kind, columns);
  if (extra)
    sqlite3_bind_text (row, base + sql->n_params, extra, -1, g_free);
  return TRUE;
}

/* Inserts @records (1 to MANY, in order) of a kind whose
 * tables hold nothing of them yet, their rows in one statement. */
static gboolean
insert_records (sqlite3                  *db,
                const Inserts  *inserts,
                LianRecord * const       *records,
                guint                     n,
                GError                  **error)
{
  sqlite3_stmt *row = inserts->rows[n - 1];
  int n_params = kind_sql (inserts->kind)->n_params;

  g_assert (n >= 1 && n <= MANY);
  /* Its bindings were cleared when it was last stepped, or failed. */
  for (guint i = 0; i < n; i++)
    if (!bind_record (db, inserts, row, i * n_params, records[i], error))
      {
        /* A member failed before the rows were stepped. */
        sqlite3_clear_bindings (row);
        return FALSE;
      }
  return step (db, inserts->path, row, error);
}

/* A text of one row and column that @sql gives, into @out (room for
 * @size bytes), or "" */
static void
query_text (sqlite3    *db,
            const char *sql,
            char       *out,
            gsize       size)
{
  sqlite3_stmt *stmt = NULL;

  out[0] = '\0';
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    g_strlcpy (out, (const char *) sqlite3_column_text (stmt, 0), size);
  sqlite3_finalize (stmt);
}

/* A store that holds nothing yet (the new file of lian convert) and that
 * no other connection has open is saved with a rollback journal rather
 * than through WAL: WAL writes each page of the records to its log, then
 * again to the file; a journal keeps only the few pages of the empty
 * store, and the records' pages go once to the file. A crash during the
 * save still leaves the empty store: the journal is synced before the
 * file is written (synchronous = FULL, as a journal needs to survive a
 * power cut). SQLite refuses to leave WAL while another connection has
 * the file open: the save then goes through WAL as any other. Returns
 * whether the store left WAL; save_end() takes it back. */
static gboolean
save_begin (sqlite3 *db)
{
  char mode[16];

  query_text (db, "SELECT NOT EXISTS (SELECT 1 FROM records) AND "
                  "NOT EXISTS (SELECT 1 FROM changes) AND NOT EXISTS (SELECT 1 FROM document)",
              mode, sizeof mode);
  if (!g_str_equal (mode, "1"))
    return FALSE;
  query_text (db, "PRAGMA journal_mode = DELETE", mode, sizeof mode);
  if (g_ascii_strcasecmp (mode, "delete") != 0)
    return FALSE;
  sqlite3_exec (db, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
  return TRUE;
}

/* Takes the store back to WAL after a save that left it (whether the
 * save was written or not). Should another process hold the file just
 * then, the file stays in journal mode until the next store that opens
 * it (each open asks for WAL); it is as safe either way. */
static void
save_end (sqlite3  *db,
          gboolean  left_wal)
{
  if (left_wal)
    sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", NULL, NULL,
                  NULL);
}

static sqlite3_stmt *
prepare (sqlite3     *db,
         const char  *path,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      lian_sqlite_error (db, path, error);
      return NULL;
    }
  return stmt;
}

static gboolean
save_extra (sqlite3          *db,
            const char       *path,
            LianRegistry     *registry,
            GError          **error)
{
  JsonObject *extra = lian_registry_get_extra (registry);
  g_autoptr(GList) members = extra ? json_object_get_members (extra) : NULL;
  int position = 0;

  /* In the document's order, which the position keeps. */
  for (GList *l = members; l; l = l->next)
    {
      sqlite3_stmt *stmt = prepare (db, path, "INSERT INTO document (member, value, position) "
                                    "VALUES (?1, ?2, ?3)", error);
      g_autofree char *text = NULL;
      int rc;

      if (stmt == NULL)
        return FALSE;
      text = lian_store_json_text (json_object_get_member (extra, l->data));
      sqlite3_bind_text (stmt, 1, l->data, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, position++);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return lian_sqlite_error (db, path, error);
    }
  return TRUE;
}

/* Empties the tables of @t. The indexes of its lists' values go until
 * their rows are in: sorting them once is quicker than keeping them
 * through each insert. */
static gboolean
empty_tables (sqlite3          *db,
              const char       *path,
              const LianTable  *t,
              GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (const LianColumn *c = t->columns; c->member; c++)
    if (c->type == LIAN_COLUMN_LIST)
      g_string_append_printf (sql, "DELETE FROM %s_%s; DROP INDEX IF EXISTS %s_%s_value;", t->name,
                              c->member, t->name, c->member);
    else if (c->type == LIAN_COLUMN_OBJECTS)
      g_string_append_printf (sql, "DELETE FROM %s_%s;", t->name, c->member);
  g_string_append_printf (sql, "DELETE FROM %s;", t->name);
  return lian_sqlite_exec (db, path, sql->str, error);
}

/* Makes the indexes of @t's lists again and gives each of its records
 * revision 1, in the order of their ids. */
static gboolean
index_tables (sqlite3          *db,
              const char       *path,
              const LianTable  *t,
              LianRecordKind    kind,
              GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *records = g_strdup_printf ("INSERT OR REPLACE INTO records (id, kind, revision) "
                                              "SELECT id, ?1, 1 FROM %s ORDER BY id", t->name);
  sqlite3_stmt *stmt;
  int rc;

  for (const LianColumn *c = t->columns; c->member; c++)
    if (c->type == LIAN_COLUMN_LIST)
      g_string_append_printf (sql, "CREATE INDEX %s_%s_value ON %s_%s (value);", t->name,
                              c->member, t->name, c->member);
  if (sql->len > 0 && !lian_sqlite_exec (db, path, sql->str, error))
    return FALSE;
  stmt = prepare (db, path, records, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, lian_store_kind_nick (kind), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : lian_sqlite_error (db, path, error);
}

static gboolean
save_all (sqlite3          *db,
          GHashTable       *stmts,
          const char       *path,
          LianRegistry     *registry,
          GError          **error)
{
  if (!lian_sqlite_exec (db, path, "DELETE FROM records; DELETE FROM document;", error))
    return FALSE;
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      const LianTable *t = lian_store_table (k);
      g_autoptr(GListModel) records = lian_registry_get_records (registry, k);
      guint n = g_list_model_get_n_items (records);
      Inserts inserts;

      if (!empty_tables (db, path, t, error) ||
          !inserts_prepare (db, path, stmts, k, &inserts, error))
        return FALSE;
      for (guint i = 0; i < n; i += MANY)
        {
          LianRecord *some[MANY];
          guint m = MIN (n - i, MANY);
          gboolean ok;

          for (guint j = 0; j < m; j++)
            some[j] = g_list_model_get_item (records, i + j);
          ok = insert_records (db, &inserts, some, m, error);
          for (guint j = 0; j < m; j++)
            g_object_unref (some[j]);
          if (!ok)
            return FALSE;
        }
      if (!index_tables (db, path, t, k, error))
        return FALSE;
    }
  return save_extra (db, path, registry, error);
}

gboolean
lian_sqlite_save (sqlite3       *db,
                  GHashTable    *stmts,
                  const char    *path,
                  LianRegistry  *registry,
                  GError       **error)
{
  gboolean left_wal = save_begin (db);
  LianVisit visit;
  gboolean ok;

  /* The records held as rows stay rows once written. */
  lian_registry_begin_visit (registry, &visit);
  ok = lian_sqlite_exec (db, path, "BEGIN IMMEDIATE", error) &&
       save_all (db, stmts, path, registry, error) &&
       lian_sqlite_exec (db, path, "COMMIT", error);
  lian_registry_end_visit (registry, &visit);
  if (!ok && !sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  save_end (db, left_wal);
  return ok;
}
