/* lian-store-sqlite-read.c: a whole kind of records, read from its tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Opening a store reads every record: each kind's table once in the order
 * the records were written, and beside it each child table once: in the
 * order of its records' ids when these ascend with the rows (a converted
 * store), else joined to the kind's table so that its rows come in the
 * same order as the records. The typed columns go
 * straight to lian's record builder as the values the JSON members
 * lian_sqlite_select_json() writes would hold: the extra members first,
 * then the known ones; a NULL column, or a list with no rows, is no
 * member; a boolean is true when not 0.
 */
#include "config.h"

#include <string.h>

#include "lian-store-sqlite-private.h"
#include "lian-record-json-private.h"

/* A child table, read beside its records: each row's first column is its
 * record's rowid. */
typedef struct
{
  const LianColumn *column;
  guint             position;   /* among the kind's members */
  sqlite3_stmt     *stmt;
  int               rc;         /* the last step's */
  gboolean          merge;      /* rows in the order of their records' ids, not joined */
  int               type;       /* of the current row's first column, */
  const char       *id;         /* as a text with @length bytes when merged, */
  int               length;
  gint64            rowid;      /* else as the record's rowid */
  GString          *texts;      /* a list's items, one after the other */
  GArray           *ends;       /* where each ends in @texts */
  sqlite3          *db;
  const char       *path;
  GError           *error;      /* of the first step that failed */
} Child;

/* The record of a kind's current row, read once for its children. */
typedef struct
{
  gint64      rowid;
  const char *id;
  int         length;
} RowKey;

/* Steps to the child's next row, and reads which record it is of; a
 * failure is read from the connection at once, before another
 * statement's call replaces what it says. */
static void
child_step (Child *child)
{
  child->rc = sqlite3_step (child->stmt);
  if (child->rc == SQLITE_ROW && child->merge)
    {
      /* Its type before its text: reading the text may change the type. */
      child->type = sqlite3_column_type (child->stmt, 0);
      child->id = child->type == SQLITE_TEXT ? (const char *) sqlite3_column_text (child->stmt, 0)
                                             : NULL;
      child->length = child->id ? sqlite3_column_bytes (child->stmt, 0) : 0;
    }
  else if (child->rc == SQLITE_ROW)
    child->rowid = sqlite3_column_int64 (child->stmt, 0);
  else if (child->rc != SQLITE_DONE && child->error == NULL)
    lian_sqlite_error (child->db, child->path, &child->error);
}

/* SQLite's BINARY order of two texts. */
static int
compare_texts (const char *a,
               int         a_len,
               const char *b,
               int         b_len)
{
  int cmp = memcmp (a, b, MIN (a_len, b_len));

  return cmp != 0 ? cmp : (a_len > b_len) - (a_len < b_len);
}

/* Whether the child's current row is of the record @key (its rowid, or
 * its id when merged). Read in the order of the ids, the rows before it
 * are of no record and skipped: the ids ascend. A record_id that is not
 * a text is of no record: SQLite orders NULL and numbers before every
 * text (skipped), blobs after them (where reading stops). */
static gboolean
child_at (Child        *child,
          const RowKey *key)
{
  int cmp = -1;

  if (!child->merge)
    return child->rc == SQLITE_ROW && child->rowid == key->rowid;
  for (; child->rc == SQLITE_ROW; child_step (child))
    {
      if (child->type == SQLITE_BLOB)
        break;
      if (child->type == SQLITE_TEXT &&
          (cmp = compare_texts (child->id, child->length, key->id, key->length)) >= 0)
        break;
    }
  return child->rc == SQLITE_ROW && cmp == 0;
}

static int
member_position (LianRecordKind  kind,
                 const char     *member)
{
  const char * const *members = lian_record_kind_members (kind);

  for (int i = 0; members[i]; i++)
    if (g_str_equal (members[i], member))
      return i;
  g_assert_not_reached ();
  return -1;
}

static gboolean
child_open (sqlite3         *db,
            const char      *path,
            const LianTable *t,
            Child           *child,
            gint64           from,
            GError         **error)
{
  const LianColumn *c = child->column;
  g_autoptr(GString) sql = g_string_new (child->merge ? "SELECT c.record_id" : "SELECT p.rowid");

  for (guint f = 0; c->fields && c->fields[f]; f++)
    g_string_append_printf (sql, ", c.%s", c->fields[f]);
  if (child->merge)
    g_string_append_printf (sql, "%s FROM %s_%s c ORDER BY c.record_id, c.position",
                            c->fields ? "" : ", c.value", t->name, c->member);
  else
    g_string_append_printf (sql, "%s FROM %s p JOIN %s_%s c ON c.record_id = p.id "
                            "WHERE p.rowid >= ?1 ORDER BY p.rowid, c.position",
                            c->fields ? "" : ", c.value", t->name, t->name, c->member);
  if (sqlite3_prepare_v2 (db, sql->str, -1, &child->stmt, NULL) != SQLITE_OK)
    return lian_sqlite_error (db, path, error);
  if (!child->merge)
    sqlite3_bind_int64 (child->stmt, 1, from);
  child->db = db;
  child->path = path;
  child->texts = g_string_new (NULL);
  child->ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  child_step (child);
  return TRUE;
}

/* A list of values: as an array of strings, or, with any other value in
 * it, as something else. */
static gboolean
read_list (LianRecordBuilder  *b,
           LianPlace          *place,
           Child              *child,
           const RowKey       *key,
           GError            **error)
{
  g_autofree const char **items = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean strings = TRUE;
  guint n;

  g_string_truncate (child->texts, 0);
  g_array_set_size (child->ends, 0);
  for (; child_at (child, key); child_step (child))
    {
      const char *text;

      /* Its type before its text: reading the text may change the type. */
      strings = strings && sqlite3_column_type (child->stmt, 1) == SQLITE_TEXT;
      text = (const char *) sqlite3_column_text (child->stmt, 1);
      /* Up to its first NUL, as an item is read. */
      g_string_append_len (child->texts, text, text ? strlen (text) + 1 : 0);
      g_array_append_val (child->ends, child->texts->len);
    }
  n = child->ends->len;
  if (n == 0)
    return TRUE;
  items = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    items[i] = child->texts->str + (i ? g_array_index (child->ends, gsize, i - 1) : 0);
  items[n] = NULL;
  if (strings)
    {
      g_value_init (&value, G_TYPE_STRV);
      g_value_set_static_boxed (&value, items);
    }
  else
    g_value_init (&value, G_TYPE_POINTER);
  return lian_record_builder_set (b, place, child->position, &value, error);
}

static gboolean
read_objects (LianRecordBuilder  *b,
              LianPlace          *place,
              Child              *child,
              const RowKey       *key,
              GError            **error)
{
  const char * const *fields = child->column->fields;
  const char *values[8];
  guint index = 0;

  for (; child_at (child, key); child_step (child))
    {
      for (guint f = 0; fields[f]; f++)
        {
          g_assert (f < G_N_ELEMENTS (values) - 1);
          values[f] = (const char *) sqlite3_column_text (child->stmt, f + 1);
        }
      if (!lian_record_builder_add_item (b, place, child->position, index++, fields, values,
                                         error))
        return FALSE;
    }
  return TRUE;
}

/* The extra members, from their JSON text. */
static gboolean
read_extra (LianRecordBuilder  *b,
            LianPlace          *place,
            const char         *text,
            int                 length,
            GError            **error)
{
  LianJsonPull pull;
  gboolean ok;
  guint n = 0;

  lian_json_pull_init (&pull, text, length);
  ok = lian_json_pull_expect (&pull, LIAN_TOKEN_BEGIN_OBJECT, "'{'", error) &&
       lian_json_pull_next (&pull, error);
  while (ok && pull.token != LIAN_TOKEN_END_OBJECT)
    ok = (n++ == 0 || lian_json_pull_next_item (&pull, TRUE, error)) &&
         lian_record_builder_read (b, place, &pull, error) &&
         lian_json_pull_next (&pull, error);
  lian_json_pull_clear (&pull);
  return ok;
}

/* The values a column gives, one of each type, made once for a kind's
 * rows: a double is always 0 (the builder takes no double's value). */
enum { VALUE_BOOLEAN, VALUE_INT64, VALUE_DOUBLE, VALUE_STRING, N_VALUES };

static void
values_init (GValue *values)
{
  g_value_init (&values[VALUE_BOOLEAN], G_TYPE_BOOLEAN);
  g_value_init (&values[VALUE_INT64], G_TYPE_INT64);
  g_value_init (&values[VALUE_DOUBLE], G_TYPE_DOUBLE);
  g_value_init (&values[VALUE_STRING], G_TYPE_STRING);
}

/* Column @i of the current row, of SQLite's @type, for the member at
 * @position. */
static gboolean
read_column (LianRecordBuilder  *b,
             LianPlace          *place,
             sqlite3_stmt       *stmt,
             int                 i,
             int                 type,
             const LianColumn   *c,
             guint               position,
             GValue             *values,
             GError            **error)
{
  GValue *value;

  switch (c->type == LIAN_COLUMN_BOOLEAN ? -1 : type)
    {
    case -1:
      value = &values[VALUE_BOOLEAN];
      g_value_set_boolean (value, sqlite3_column_double (stmt, i) != 0.0);
      break;
    case SQLITE_INTEGER:
      value = &values[VALUE_INT64];
      g_value_set_int64 (value, sqlite3_column_int64 (stmt, i));
      break;
    case SQLITE_FLOAT:
      value = &values[VALUE_DOUBLE];
      break;
    default:
      value = &values[VALUE_STRING];
      g_value_set_static_string (value, (const char *) sqlite3_column_text (stmt, i));
    }
  return lian_record_builder_set (b, place, position, value, error);
}

/* Makes the record of the current row of @t, its children beside it. */
static LianRecord *
read_row (LianRecordBuilder  *b,
          LianPlace          *place,
          sqlite3_stmt       *stmt,
          const RowKey       *key,
          const LianTable    *t,
          const int          *positions,
          Child              *children,
          int                 n_typed,
          GValue             *values,
          GError            **error)
{
  gboolean ok = TRUE;
  int i = 1;

  lian_record_builder_reset (b);
  if (sqlite3_column_type (stmt, n_typed + 1) != SQLITE_NULL)
    ok = read_extra (b, place, (const char *) sqlite3_column_text (stmt, n_typed + 1),
                     sqlite3_column_bytes (stmt, n_typed + 1), error);
  for (const LianColumn *c = t->columns; ok && c->member; c++)
    {
      guint k = c - t->columns;
      int type;

      if (c->type == LIAN_COLUMN_LIST)
        ok = read_list (b, place, &children[k], key, error);
      else if (c->type == LIAN_COLUMN_OBJECTS)
        ok = read_objects (b, place, &children[k], key, error);
      else if ((type = sqlite3_column_type (stmt, i++)) != SQLITE_NULL)
        ok = read_column (b, place, stmt, i - 1, type, c, positions[k], values, error);
    }
  return ok ? lian_record_builder_end (b, place, error) : NULL;
}

/* Where the reading of a kind's records stands. */
typedef struct
{
  sqlite3        *db;
  const char     *path;
  LianDocument   *read;
  LianStoreState *state;
  LianRecordKind  kind;
  guint           rows;     /* read so far */
  gint64          from;     /* the rowid to read on from */
  GString        *last;     /* the last id read, when merged */
} KindRead;

/* Opens the child tables of @t's lists beside its rows. */
static gboolean
children_open (KindRead         *r,
               const LianTable  *t,
               const int        *positions,
               Child            *children,
               gboolean          merge,
               GError          **error)
{
  for (guint c = 0; t->columns[c].member; c++)
    if (t->columns[c].type == LIAN_COLUMN_LIST || t->columns[c].type == LIAN_COLUMN_OBJECTS)
      {
        children[c].column = &t->columns[c];
        children[c].position = positions[c];
        children[c].merge = merge;
        if (!child_open (r->db, r->path, t, &children[c], r->from, error))
          return FALSE;
      }
  return TRUE;
}

/* Closes the child tables; @ok becomes FALSE, with the error, if a step
 * of one failed. */
static gboolean
children_close (Child     *children,
                guint      n,
                gboolean   ok,
                GError   **error)
{
  for (guint c = 0; c < n; c++)
    {
      if (ok && children[c].error)
        {
          g_propagate_error (error, g_steal_pointer (&children[c].error));
          ok = FALSE;
        }
      g_clear_error (&children[c].error);
      sqlite3_finalize (children[c].stmt);
      if (children[c].texts)
        g_string_free (children[c].texts, TRUE);
      g_clear_pointer (&children[c].ends, g_array_unref);
    }
  return ok;
}


/* Whether the current row's id, of @stmt's column 1, is a text after the
 * previous row's; @key is the row's. */
static gboolean
id_ascends (KindRead     *r,
            sqlite3_stmt *stmt,
            RowKey       *key)
{
  if (sqlite3_column_type (stmt, 1) != SQLITE_TEXT)
    return FALSE;
  key->id = (const char *) sqlite3_column_text (stmt, 1);
  key->length = sqlite3_column_bytes (stmt, 1);
  if (r->rows > 0 && compare_texts (key->id, key->length, r->last->str, r->last->len) <= 0)
    return FALSE;
  g_string_truncate (r->last, 0);
  g_string_append_len (r->last, key->id, key->length);
  return TRUE;
}

/* The record of @stmt's current row for its children; FALSE when merged
 * and its id does not ascend: the rows from it on are read joined. */
static gboolean
row_key (KindRead     *r,
         sqlite3_stmt *stmt,
         gboolean      merge,
         RowKey       *key)
{
  key->rowid = sqlite3_column_int64 (stmt, 0);
  if (merge && !id_ascends (r, stmt, key))
    {
      r->from = key->rowid;
      return FALSE;
    }
  return TRUE;
}

/* The record just read, handed to whoever waits for it. */
static void
add_record (KindRead   *r,
            LianRecord *record)
{
  g_ptr_array_add (r->read->records, record);
  if (r->state)
    lian_store_state_revise (r->state, record);
  if (r->read->read_func)
    r->read->read_func (r->read, r->read->read_data);
  r->rows++;
}

/* Reads the records of @r's kind from the row @r->from on; with @merge,
 * the child tables in the order of their records' ids, beside the
 * kind's table, and stops (FALSE in @ascends) at the first row whose id
 * does not ascend. */
static gboolean
read_kind (KindRead  *r,
           gboolean   merge,
           gboolean  *ascends,
           GError   **error)
{
  const LianTable *t = lian_store_table (r->kind);
  g_autoptr(LianRecordBuilder) b = lian_record_builder_new (r->kind, r->read->texts);
  g_autoptr(GString) sql = g_string_new ("SELECT rowid, id");
  g_autofree int *positions = NULL;
  g_autofree Child *children = NULL;
  GValue values[N_VALUES] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  sqlite3_stmt *stmt = NULL;
  RowKey key = { 0, NULL, 0 };
  gboolean ok = TRUE;
  guint n = 0;
  int n_typed = 1;
  int rc = SQLITE_DONE;

  /* Filled from records the registry's thread makes ahead, if it does. */
  if (r->read->stock == NULL)
    r->read->stock = g_ptr_array_new_with_free_func (g_object_unref);
  lian_record_builder_take_from (b, &r->read->stock);
  *ascends = TRUE;
  while (t->columns[n].member)
    n++;
  positions = g_new (int, n);
  children = g_new0 (Child, n);
  for (guint c = 0; c < n; c++)
    positions[c] = member_position (r->kind, t->columns[c].member);
  for (const LianColumn *c = t->columns + 1; c->member; c++)
    if (c->type <= LIAN_COLUMN_BOOLEAN)
      g_string_append_printf (sql, ", %s", c->member), n_typed++;
  g_string_append_printf (sql, ", extra FROM %s WHERE rowid >= ?1 ORDER BY rowid", t->name);
  ok = children_open (r, t, positions, children, merge, error);
  values_init (values);
  if (ok && sqlite3_prepare_v2 (r->db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    ok = lian_sqlite_error (r->db, r->path, error);
  if (ok)
    sqlite3_bind_int64 (stmt, 1, r->from);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW &&
         (*ascends = row_key (r, stmt, merge, &key)))
    {
      g_auto(LianPlace) place = { NULL, t->name, r->rows, TRUE, NULL };
      LianRecord *record = read_row (b, &place, stmt, &key, t, positions, children, n_typed,
                                     values, error);

      ok = record != NULL;
      if (!ok)
        g_prefix_error (error, "%s: ", r->path);
      else
        add_record (r, record);
    }
  if (ok && *ascends && rc != SQLITE_DONE)
    ok = lian_sqlite_error (r->db, r->path, error);
  sqlite3_finalize (stmt);
  for (guint v = 0; v < N_VALUES; v++)
    g_value_unset (&values[v]);
  return children_close (children, n, ok, error);
}

/* Adds the records of @kind, in the order they were written, to @read.
 * Their ids most often ascend with their rows (a converted store): then
 * each child table is read in its own order, beside them, and no
 * record's rows are looked up; from the first whose id does not, the
 * rest are read with each child table joined to them. */
gssize
lian_sqlite_read_records (sqlite3         *db,
                          const char      *path,
                          LianDocument    *read,
                          LianStoreState  *state,
                          LianRecordKind   kind,
                          GError         **error)
{
  g_autoptr(GString) last = g_string_new (NULL);
  KindRead r = { db, path, read, state, kind, 0, G_MININT64, last };
  gboolean ascends;

  if (!read_kind (&r, TRUE, &ascends, error))
    return -1;
  if (!ascends && !read_kind (&r, FALSE, &ascends, error))
    return -1;
  return r.rows;
}
