/* lian-csv-import-private.h: one import under way
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An import runs in two steps. The first reads every row, builds a
 * candidate record from it and checks it against the registry without
 * changing anything (lian-csv-import-row.c). The second adds the new
 * records and applies the updates, or, for an all-or-nothing import with a
 * rejected row, nothing at all (lian-csv-importer.c).
 */
#pragma once

#include "lian-csv-importer.h"
#include "lian-registry.h"
#include "lian-csv-private.h"
#include "lian-csv-results-private.h"
#include "lian-text-arena-private.h"

G_BEGIN_DECLS

/* Records of one kind by name (lian-csv-names.c). */
typedef struct _LianCsvNames LianCsvNames;
/* The rows that had each key (lian-csv-seen.c). */
typedef struct _LianCsvSeen LianCsvSeen;
/* The rows' names, for the remarks on names like an earlier row's. */
typedef struct _LianCsvNamesSeen LianCsvNamesSeen;

/* What a row that updates a record brings to it. */
typedef struct
{
  LianRecord *candidate;   /* the row's values (owned) */
  GPtrArray  *moves;       /* LianNeedEvent: the status moves it makes, or NULL */
  gboolean    phone_masked;
} LianCsvUpdate;

typedef struct
{
  guint          result;   /* index in the result set */
  guint32        id_hash;  /* lian_registry_hash_id() of a new record's id, or 0 */
  LianRecord    *record;   /* a new record, or the one to update (owned refs); a new
                            * one may be a row (an item: LIAN_ITEM_IS_ROW), owned */
  LianCsvUpdate *update;   /* for an update (owned), else NULL */
} LianCsvPending;

/* What a row's value holds, read from its GValue once: the text, list or
 * number (an enum's, flags', count's or boolean's value) a record's field
 * takes. */
typedef struct
{
  const char         *string;
  const char * const *strings;
  gint64              number;
  gboolean            read;     /* the other members are the value's */
} LianCsvHeld;

typedef struct
{
  LianRegistry        *registry;
  LianRecordKind       kind;
  gboolean             update;
  const LianCsvColumn *table;
  guint                n_table;
  GObjectClass        *klass;       /* of the records made */
  GParamSpec          *id_pspec;    /* its "id" */

  guint                n_columns;   /* in the file */
  GStrv                headers;     /* as written, trimmed */
  int                 *map;         /* file column → table index; -1 unknown, -2 no header */
  GType               *types;       /* the enum or flags type of each file column */
  int                  by_type[LIAN_CSV_CELL_N_TYPES];  /* file column of each cell type, or -1 */
  int                  id_column;
  int                  status_column;
  char                 hash[9];     /* of the file's bytes, for generated ids */
  guint64              stamp;       /* the registry's when the rows were checked
                                     * (lian_registry_get_stamp()) */

  GPtrArray           *cells;       /* char *: this row's cells, unguarded and trimmed, in
                                     * the reader's row or in owned */
  GPtrArray           *owned;       /* char *: this row's cells copied out of ="…" */
  GPtrArray           *items;       /* char *: the items of a list cell, in scratch */
  GString             *scratch;     /* a list cell cut into items */
  GString             *name_key;    /* a row's name, normalised; empty for none */
  GValue              *values;      /* this row's parsed cells; unset when empty */
  gboolean            *bare;        /* of each value: it holds nothing to free, a
                                     * number or the cell's own text */
  LianCsvHeld         *held;        /* of each value, once read (lian_csv_import_held()) */
  GValue               blank[3];    /* a string, a guint and a gint64 value, empty:
                                     * copied, they initialise a value of the type */
  struct _LianCsvTarget *targets;   /* the property of each file column, found once */
  gboolean             any_unknown; /* a file column is of no property, kept as a
                                     * member of the record's own: found with targets */
  struct _LianCsvKnown *known;      /* of each file column: text → GValue, the values
                                     * its cells had in earlier rows, or NULL */
  guint                n_known;

  LianCsvSeen         *ids_seen;    /* id → row */
  LianCsvSeen         *usccs_seen;  /* credit code → row */
  LianCsvNamesSeen    *codes_later; /* the rows' credit codes, checked once every row is
                                     * read; NULL: each is checked in usccs_seen at once,
                                     * or every row is read */
  LianCsvSeen         *codes_repeated; /* the codes more than one row had, the only ones
                                        * usccs_seen checks when not NULL */
  GHashTable          *by_uscc;     /* credit code → LianEnterprise in the registry */
  LianCsvNames        *names[LIAN_RECORD_KIND_RESPONSE + 1];    /* made when first asked for */
  LianCsvNamesSeen    *names_seen;  /* enterprise names of the rows, until compared */
  GStringChunk        *keys;        /* the keys of the labels */
  GHashTable          *labels;      /* GType → (text → value): the labels read so far */

  gboolean             allow_duplicates;  /* of needs already in the registry */
  struct _LianDupIndex *dups;       /* enterprises by likeness keys; made when first asked for */
  GHashTable          *needs_seen;  /* a new need's enterprise, category, title, day → row */

  LianTextArena       *texts;       /* the new records' texts, which they borrow until
                                     * the registry holds the arena, and their rows */
  gboolean             rows;        /* new records go to the registry as rows in texts
                                     * (LIAN_ITEM_IS_ROW), made apart from any object */
  LianRecord          *shell;       /* a candidate that gave its row: the next one
                                     * fills it again, or NULL */
  GHashTable          *links;       /* the chain links the rows share, by chain, segment
                                     * and role (lian-csv-import-candidate.c) */
  GHashTable          *links_chains; /* their chain ids, as they hold them: a set of
                                      * pointers, each a chain's id, read from a cell */
  gpointer            *recent_links; /* of links: the ones last found, in slots by a
                                      * few of their bytes (lian-csv-import-candidate.c) */

  LianCsvResultSet    *set;
  GArray              *pending;     /* LianCsvPending */
  guint                first_rejected;
  GQuark               first_domain;
  int                  first_code;
} LianCsvImport;

void     lian_csv_import_init     (LianCsvImport   *import,
                                   LianRegistry    *registry,
                                   LianRecordKind   kind,
                                   gboolean         update);
void     lian_csv_import_clear    (LianCsvImport   *import);
/* Makes room for a file of @n rows. */
void     lian_csv_import_expect   (LianCsvImport   *import,
                                   gsize            n);
/* Forgets the values remembered for the columns (lian-csv-import-values.c). */
void     lian_csv_import_forget_known (LianCsvImport *import);
/* Reads the row's cells into its values; FALSE with @error and the file
 * column it names (or -1) in @bad_column if one is bad. @id_hint: the id
 * the row gives, folded, for its result even if the row is bad. */
gboolean lian_csv_import_read_cells (LianCsvImport  *import,
                                     LianCsvReader  *reader,
                                     char          **id_hint,
                                     int            *bad_column,
                                     GError        **error);
/* Unsets the row's values. */
void     lian_csv_import_clear_values (LianCsvImport *import);
/* Imports a file's @bytes: reads them, checks every row, then commits;
 * the results are then in import->set (empty after an error of the
 * file's). TRUE if the file was read and, unless @partial, no row was
 * rejected. */
gboolean lian_csv_import_run      (LianCsvImport   *import,
                                   const char      *bytes,
                                   gsize            length,
                                   const char      *encoding,
                                   gboolean         partial,
                                   GCancellable    *cancellable,
                                   GError         **error);
/* Once every row is read: the remarks on names like an earlier row's
 * (lian-csv-seen.c). */
void     lian_csv_import_name_remarks (LianCsvImport *import);
/* Whether two rows read with codes_later had the same credit code: the
 * file is then read again, checking each of those codes at once
 * (codes_repeated; lian-csv-seen.c). */
gboolean lian_csv_import_codes_repeat (LianCsvImport *import);
/* The file column of the records' names, or -1. */
int      lian_csv_import_name_column  (LianCsvImport *import);
/* Reads the header row; FALSE with an error if the file cannot be used. */
gboolean lian_csv_import_header   (LianCsvImport   *import,
                                   LianCsvReader   *reader,
                                   guint            line,
                                   GError         **error);
/* Checks one row and adds its result (and pending change). */
void     lian_csv_import_row      (LianCsvImport   *import,
                                   LianCsvReader   *reader,
                                   guint            line);
/* The file column a validation or registry message names ("uscc: ..."),
 * or -1; *rest gets the message after the field. */
int      lian_csv_import_field_column (LianCsvImport *import,
                                       const char    *message,
                                       const char   **rest);
/* The second step: adds and updates, or for an all-or-nothing import with
 * a rejected row, refuses the whole file. */
gboolean lian_csv_import_commit   (LianCsvImport   *import,
                                   LianRegistry    *registry,
                                   gboolean         partial,
                                   GError         **error);

/* The row's cell @j, unguarded and trimmed; "" for -1. */
static inline const char *
lian_csv_import_cell (LianCsvImport *import,
                      int            j)
{
  return j >= 0 ? g_ptr_array_index (import->cells, j) : "";
}

/* The row's value of column @j if it is a string, else NULL. */
static inline const char *
lian_csv_import_value (LianCsvImport *import,
                       int            j)
{
  return j >= 0 && G_VALUE_HOLDS_STRING (&import->values[j])
         ? g_value_get_string (&import->values[j]) : NULL;
}

/* Reads what the row's value of column @j holds into import->held[j]. */
void lian_csv_import_read_held (LianCsvImport *import,
                                guint          j);

/* What the row's value of column @j (set) holds, read from it once. */
static inline const LianCsvHeld *
lian_csv_import_held (LianCsvImport *import,
                      guint          j)
{
  if (G_UNLIKELY (!import->held[j].read))
    lian_csv_import_read_held (import, j);
  return &import->held[j];
}

/* The import's empty values (import->blank), one of each type. */
enum { LIAN_CSV_BLANK_STRING, LIAN_CSV_BLANK_UINT, LIAN_CSV_BLANK_INT64 };

/* Initialises @value (unset) as g_value_init() does for G_TYPE_STRING,
 * G_TYPE_UINT or G_TYPE_INT64, @blank: a copy of the import's empty one. */
static inline void
lian_csv_import_blank (LianCsvImport *import,
                       GValue        *value,
                       guint          blank)
{
  *value = import->blank[blank];
}

/* Candidates (lian-csv-import-candidate.c) */

/* The record the row makes, with @id; NULL with an error and *bad_column
 * if the chain, segment and role columns do not agree. */
LianRecord     *lian_csv_import_candidate   (LianCsvImport        *import,
                                             const char           *id,
                                             gboolean             *phone_masked,
                                             int                  *bad_column,
                                             GError              **error);
/* Hands the new records' texts over when the import ends: the registry
 * that took them keeps the import's arena. */
void            lian_csv_import_hand_over_texts (LianCsvImport    *import);
/* Whether the records @candidate refers to are in the registry. */
gboolean        lian_csv_import_check_refs  (LianCsvImport        *import,
                                             LianRecord           *candidate,
                                             GError              **error);
/* A need row's enterprise: by id, else credit code, else name. */
gboolean        lian_csv_import_need_enterprise (LianCsvImport    *import,
                                                 int              *bad_column,
                                                 GError          **error);
/* What only a need row checks: its region, and for an update of
 * @existing, the moves (*moves) that take it to the row's status. */
gboolean        lian_csv_import_check_need  (LianCsvImport        *import,
                                             LianNeed             *existing,
                                             LianNeed             *candidate,
                                             guint                 line,
                                             GPtrArray           **moves,
                                             int                  *bad_column,
                                             GError              **error);

/* Need statuses (lian-csv-moves.c) */

/* The moves that take @existing to the row's status, dated by the row's
 * dates; NULL with an error (and *column set) if it cannot get there. */
GPtrArray      *lian_csv_plan_moves         (LianCsvImport        *import,
                                             LianNeed             *existing,
                                             LianNeed             *candidate,
                                             guint                 line,
                                             int                  *column,
                                             GError              **error);
/* Makes the moves on @need; they were checked when planned. */
void            lian_csv_make_moves         (LianNeed             *need,
                                             GPtrArray            *moves);

/* Keys seen (lian-csv-seen.c) */

/* The hash of @key, @n bytes, the tables of an import use: eight bytes at a time,
 * where g_str_hash() takes one, the last ones in two loads that may
 * overlap. */
static inline guint
lian_csv_hash_len (const char *key,
                   gsize       n)
{
  const guint64 k = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint64 h = (n + 1) * k, w = 0;

  for (; n > 8; key += 8, n -= 8)
    {
      memcpy (&w, key, 8);
      h = (h ^ w) * k;
      h ^= h >> 29;
    }
  if (n >= 4)
    {
      guint32 first, last;
      memcpy (&first, key, 4);
      memcpy (&last, key + n - 4, 4);
      w = first | (guint64) last << 32;
    }
  else if (n > 0)
    w = (guchar) key[0] | (guint64) (guchar) key[n / 2] << 8 | (guint64) (guchar) key[n - 1] << 16;
  else
    w = 0;
  h = (h ^ w) * k;
  h ^= h >> 32;
  return (guint) h;
}

/* The same for a NUL-terminated @key. */
static inline guint
lian_csv_hash (const char *key)
{
  return lian_csv_hash_len (key, strlen (key));
}

LianCsvSeen    *lian_csv_seen_new           (void);
void            lian_csv_seen_free          (LianCsvSeen          *seen);
/* The row that had @key, or 0. */
guint           lian_csv_seen_lookup        (LianCsvSeen          *seen,
                                             const char           *key);
/* The row that had @key, or 0 after noting that row @row (not 0) has it. */
guint           lian_csv_seen_note          (LianCsvSeen          *seen,
                                             const char           *key,
                                             guint                 row);
/* The same, with @key's hash (lian_csv_hash()) known. */
guint           lian_csv_seen_note_hashed   (LianCsvSeen          *seen,
                                             const char           *key,
                                             guint                 hash,
                                             guint                 row);

/* The normalised names of the rows, whether one is like an earlier row's
 * answered once every row is read (lian-csv-seen.c). */
/* The row whose result is @result has @key, as row @first has. */
typedef void (*LianCsvLikeFunc) (const char *key,
                                 guint       result,
                                 guint       first,
                                 gpointer    data);

/* @names: the texts are names, the same when their normalised keys are
 * (lian_text_normalize_name()), added by lian_csv_names_seen_add_name();
 * else keys, the same when equal, added by lian_csv_names_seen_add(). */
LianCsvNamesSeen *lian_csv_names_seen_new   (gboolean              names);
void            lian_csv_names_seen_free    (LianCsvNamesSeen     *seen);
void            lian_csv_names_seen_reserve (LianCsvNamesSeen     *seen,
                                             gsize                 n);
/* Notes a copy of @key, whose lian_csv_hash() is @hash. */
void            lian_csv_names_seen_add     (LianCsvNamesSeen     *seen,
                                             const char           *key,
                                             guint                 hash,
                                             guint                 row,
                                             guint                 result);
/* Notes @name, which stays valid as long as @seen, and whose normalised
 * key hashes to @hash (lian_csv_hash()): the key is made again only if
 * another name's hashes the same. */
void            lian_csv_names_seen_add_name (LianCsvNamesSeen    *seen,
                                              const char          *name,
                                              guint                hash,
                                              guint                row,
                                              guint                result);
/* Calls @func for each name an earlier one is the same as, in no order. */
void            lian_csv_names_seen_resolve (LianCsvNamesSeen     *seen,
                                             LianCsvLikeFunc       func,
                                             gpointer              data);

/* Names (lian-csv-names.c) */

LianCsvNames   *lian_csv_names_new          (LianRegistry         *registry,
                                             LianRecordKind        kind);
void            lian_csv_names_free         (LianCsvNames         *names);
/* The names of the registry's records of @kind, made when first asked for. */
LianCsvNames   *lian_csv_import_names       (LianCsvImport        *import,
                                             LianRecordKind        kind);
/* The records whose normalised name is @key, or NULL. */
GPtrArray      *lian_csv_names_like         (LianCsvNames         *names,
                                             const char           *key);
/* The records named @name, exactly (*exact set) or else once both names
 * are normalised; NULL if none. */
GPtrArray      *lian_csv_names_lookup       (LianCsvNames         *names,
                                             const char           *name,
                                             gboolean             *exact);
/* "name (id), name (id) or name (id)": the names most like @name, or NULL. */
char           *lian_csv_names_suggest      (LianCsvNames         *names,
                                             const char           *name);
/* "id (name), id (name) and id (name)" */
char           *lian_csv_names_describe     (GPtrArray            *records);

/* Cells (lian-csv-cells.c) */

LianEnterprise *lian_csv_enterprise_by_uscc (LianCsvImport        *import,
                                             const char           *uscc);
/* Reads a non-empty cell of @column into @value (unset on entry). */
gboolean        lian_csv_parse_cell         (LianCsvImport        *import,
                                             const LianCsvColumn  *column,
                                             GType                 type,
                                             const char           *text,
                                             GValue               *value,
                                             GError              **error);

G_END_DECLS
