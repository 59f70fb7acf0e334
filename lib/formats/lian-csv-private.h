/* lian-csv-private.h: what the CSV importer and exporter share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The column tables (one per kind of record: its Chinese and English
 * headers, the property behind each, how a cell is read), the Chinese
 * labels of enum values, the text helpers, and an RFC 4180 reader and
 * writer. doc/csv-columns.md describes the tables for users.
 */
#pragma once

#include <string.h>
#include <glib-object.h>

#include "lian-csv-importer.h"
#include "lian-enums.h"

G_BEGIN_DECLS

/* How a cell is read and written. */
typedef enum {
  LIAN_CSV_CELL_TEXT,             /* text, trimmed */
  LIAN_CSV_CELL_ID,               /* an id: full-width folded, trimmed */
  LIAN_CSV_CELL_REGION,           /* a GB/T 2260 code lian knows */
  LIAN_CSV_CELL_USCC,             /* a credit code, through lian_uscc_normalize() */
  LIAN_CSV_CELL_PHONE,            /* a phone number; personal, masked on export */
  LIAN_CSV_CELL_DATE,             /* YYYY-MM-DD; 2023/9/12 and 2023年9月12日 too */
  LIAN_CSV_CELL_COUNT,            /* a guint */
  LIAN_CSV_CELL_YUAN,             /* a gint64 of whole yuan */
  LIAN_CSV_CELL_BOOLEAN,          /* 是/否, true/false, 1/0 */
  LIAN_CSV_CELL_ENUM,             /* a Chinese label or a nick */
  LIAN_CSV_CELL_FLAGS,            /* a list of labels or nicks */
  LIAN_CSV_CELL_LIST,             /* a list of text */
  LIAN_CSV_CELL_REF,              /* the id or exact name of a record of ref_kind */
  LIAN_CSV_CELL_REF_LIST,         /* a list of those */
  LIAN_CSV_CELL_LINK_CHAIN,       /* an enterprise's chains (chain links) */
  LIAN_CSV_CELL_LINK_SEGMENT,     /* ...their segments, one per chain */
  LIAN_CSV_CELL_LINK_ROLE,        /* ...their roles, one per chain */
  LIAN_CSV_CELL_HISTORY,          /* a need's history, one event a line */
  LIAN_CSV_CELL_ENTERPRISE_USCC,  /* a need's enterprise, by its credit code */
  LIAN_CSV_CELL_ENTERPRISE_NAME,  /* a need's enterprise, by its name */
  LIAN_CSV_CELL_ENTERPRISE_REGION,  /* a need's enterprise's region, checked */
  LIAN_CSV_CELL_N_TYPES
} LianCsvCellType;

typedef enum {
  LIAN_CSV_COLUMN_REQUIRED = 1 << 0,     /* a file without the column is refused */
  LIAN_CSV_COLUMN_NEEDS_VALUE = 1 << 1,  /* an empty cell rejects the row */
  LIAN_CSV_COLUMN_IF_USED = 1 << 2,      /* exported only when some record has a value */
} LianCsvColumnFlags;

typedef struct
{
  const char         *member;    /* the English header: the JSON member */
  const char         *zh;        /* the Chinese header */
  const char         *aliases;   /* other headers accepted, '|'-separated, or NULL */
  const char         *property;  /* the record's property, or NULL */
  LianCsvCellType     type;
  LianRecordKind      ref_kind;  /* for REF and REF_LIST */
  LianCsvColumnFlags  flags;
} LianCsvColumn;

/* The columns of @kind, in export order. */
const LianCsvColumn *lian_csv_columns         (LianRecordKind        kind,
                                               guint                *n_columns);
/* The column a header names (Chinese, English or an alias, after trimming,
 * folding full-width forms and case), or -1. */
int                  lian_csv_find_column     (LianRecordKind        kind,
                                               const char           *header);
const char          *lian_csv_column_header   (const LianCsvColumn  *column,
                                               gboolean              english);
/* The GType of the records of @kind. */
GType                lian_csv_record_type     (LianRecordKind        kind);
/* The enum or flags type of an ENUM, FLAGS, LINK_ROLE or HISTORY column. */
GType                lian_csv_column_value_type (LianRecordKind      kind,
                                                 const LianCsvColumn *column);

/* Labels: lian_enum_get_csv_label() (lian-enums-private.h) writes them. */
/* A CSV label, an English label or a nick (case and '_'/'-' ignored) to its value. */
gboolean             lian_csv_parse_label     (GType                 type,
                                               const char           *text,
                                               int                  *value,
                                               GError              **error);

/* Text helpers */
/* Spaces (ASCII, U+3000, U+00A0, U+FEFF) at both ends removed. */
char                *lian_csv_trim            (const char           *text);
/* The same in place: a NUL after the last character kept; returns the
 * first character kept, inside @text. */
char                *lian_csv_trim_in_place   (char                 *text);
/* The same for @text of @length bytes, a NUL after them. */
char                *lian_csv_trim_in_place_len (char               *text,
                                                 gsize               length);
/* Full-width ASCII forms to ASCII, every space removed. */
char                *lian_csv_fold            (const char           *text);
/* The same into @out, which has room for strlen (@text) + 1 bytes (folding
 * never lengthens); returns the length written. */
gsize                lian_csv_fold_into       (char                 *out,
                                               const char           *text);
/* A folded copy of a cell, on the stack when it is short. */
typedef struct
{
  char  stack[128];
  char *text;
} LianCsvFolded;

static inline void
lian_csv_folded_init (LianCsvFolded *folded,
                      const char    *text)
{
  gsize n = strlen (text);

  folded->text = n < sizeof folded->stack ? folded->stack : g_malloc (n + 1);
  lian_csv_fold_into (folded->text, text);
}

static inline void
lian_csv_folded_clear (LianCsvFolded *folded)
{
  if (folded->text != folded->stack)
    g_free (folded->text);
}

/* Splits on 、，,;； and newlines; items trimmed, empty ones dropped
 * unless @keep_empty. An empty @text gives an empty list. */
GStrv                lian_csv_split_list      (const char           *text,
                                               gboolean              keep_empty);
/* The same without a copy: cuts @text in place, and sets @items (of
 * char *, no free function) to the items, which point into it. */
void                 lian_csv_split_in_place  (char                 *text,
                                               gboolean              keep_empty,
                                               GPtrArray            *items);
/* A cell Excel was told to keep as text, ="…", to the text inside. */
const char          *lian_csv_unguard         (const char           *cell,
                                               char                **owned);

/* Reading */

/* Maps @path; a G_IO_ERROR names the file once and says why in a few
 * words (`a.csv: No such file or directory`, `tmp: a folder, not a CSV file`). */
GMappedFile         *lian_csv_map_file        (const char           *path,
                                               GError              **error);

typedef struct
{
  const char *data;       /* the text, UTF-8 without a BOM */
  gsize       length;
  gsize       pos;
  guint       line;       /* the line the next row starts on, 1-based */
  guint       row;        /* the row last read, 1-based, as a spreadsheet
                           * numbers it: a row with line breaks in its
                           * cells is one row */
  guint       row_line;   /* the line the row last read starts on */
  GString    *arena;      /* the cells of the current row, each NUL-terminated */
  guint       offsets[LIAN_CSV_MAX_COLUMNS + 1];  /* where each cell kept starts in arena */
  guint       n_kept;     /* cells kept */
  guint       n_cells;    /* cells in the row (more than kept, past the limit) */

  /* Decoding in blocks (lian-csv-reader.c) */
  gboolean    eof;        /* data holds the rest of the file */
  gboolean    started;    /* a block was decoded */
  GIConv      conv;
  gboolean    by_table;   /* GB18030 through lian_csv_gb18030_decode() */
  const char *raw;        /* the file's bytes */
  const char *in;         /* the bytes not decoded yet */
  gsize       in_left;
  const char *encoding_name;  /* for errors */
  GString    *window;     /* the decoded text from the current row on */
  char       *owned;      /* a file decoded whole */
} LianCsvReader;

/* GB18030 decoded as g_iconv() decodes it with @conv (from GB18030 to
 * UTF-8), and with its results, but its two-byte characters through a
 * table made once from iconv's (lian-csv-gb18030.c). */
gsize                lian_csv_gb18030_decode  (GIConv                conv,
                                               char                **in,
                                               gsize                *in_left,
                                               char                **out,
                                               gsize                *out_left);
/* Whether iconv has GB18030, for lian_csv_gb18030_decode(). */
gboolean             lian_csv_gb18030_available (void);

/* Starts reading @data, a file's bytes. @encoding NULL detects UTF-8 (with
 * or without BOM), else GB18030. UTF-8 is read in place (@data must stay
 * until the reader is cleared); GB18030 is decoded as the rows are read.
 * FALSE with an error for bytes in no encoding read (found here for
 * UTF-8, by lian_csv_reader_next() for GB18030), a NUL, UTF-16; the
 * reader is to be cleared either way. */
gboolean             lian_csv_reader_open     (LianCsvReader        *reader,
                                               const char           *data,
                                               gsize                 length,
                                               const char           *encoding,
                                               GError              **error);
void                 lian_csv_reader_clear    (LianCsvReader        *reader);
/* Reads the next row; FALSE at the end (error unset) or on an error.
 * The row's number and first line are then in reader->row and ->row_line.
 * Its cells are in reader->arena, where the caller may trim them. */
gboolean             lian_csv_reader_next     (LianCsvReader        *reader,
                                               GError              **error);

/* @error (taken), about a header row just read, with a hint when the row
 * is one cell holding tabs or semicolons: a file not separated by commas. */
GError              *lian_csv_hint_separator  (LianCsvReader        *reader,
                                               GError               *error);

static inline const char *
lian_csv_reader_cell (LianCsvReader *reader,
                      guint          i)
{
  return reader->arena->str + reader->offsets[i];
}

/* The length in bytes of the kept cell @i. */
static inline gsize
lian_csv_reader_cell_length (LianCsvReader *reader,
                             guint          i)
{
  gsize end = i + 1 < reader->n_kept ? reader->offsets[i + 1] : reader->arena->len;

  return end - reader->offsets[i] - 1;
}

/* Writing */

void                 lian_csv_write_bom       (GString              *out);
/* Writes @text as one cell, quoted if it must be, after a comma unless it
 * is the first; with @guard, as ="…" if a spreadsheet would misread it. */
void                 lian_csv_write_cell      (GString              *out,
                                               gboolean              first,
                                               const char           *text,
                                               gboolean              guard);
void                 lian_csv_end_row         (GString              *out);

G_END_DECLS
