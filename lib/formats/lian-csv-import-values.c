/* lian-csv-import-values.c: a row's cells read into values
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each cell is trimmed where the reader keeps it and parsed into the
 * row's value of its column. The cells of a column that reads the same in
 * every row (regions, enums, references: a few texts, each repeated) are
 * parsed once: later rows borrow the value the first one made.
 */
#include "config.h"

#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* What @value holds, as a field takes it. */
static void
read_held (LianCsvHeld  *held,
           const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  *held = (LianCsvHeld) { .read = TRUE };
  if (type == G_TYPE_STRING)
    held->string = g_value_get_string (value);
  else if (type == G_TYPE_UINT)
    held->number = g_value_get_uint (value);
  else if (type == G_TYPE_INT64)
    held->number = g_value_get_int64 (value);
  else if (type == G_TYPE_BOOLEAN)
    held->number = g_value_get_boolean (value);
  else if (type == G_TYPE_STRV)
    held->strings = g_value_get_boxed (value);
  else if (G_TYPE_IS_ENUM (type))
    held->number = g_value_get_enum (value);
  else if (G_TYPE_IS_FLAGS (type))
    held->number = g_value_get_flags (value);
}

void
lian_csv_import_read_held (LianCsvImport *import,
                           guint          j)
{
  read_held (&import->held[j], &import->values[j]);
}

/* The most values remembered for one column. */
#define MAX_KNOWN 4096

/* The values a column's cells had in earlier rows. */
typedef struct _LianCsvKnown
{
  LianCsvSeen *texts;     /* text → its value's index in values, plus one */
  GArray      *values;    /* GValue */
  GArray      *helds;     /* LianCsvHeld: what each of values holds */
  gboolean     borrowed;  /* the row's value is a copy of one of values,
                           * sharing its text or list: not to be unset */
} LianCsvKnown;

static void
known_clear (LianCsvKnown *known)
{
  if (known->texts == NULL)
    return;
  lian_csv_seen_free (known->texts);
  for (guint i = 0; i < known->values->len; i++)
    g_value_unset (&g_array_index (known->values, GValue, i));
  g_array_unref (known->values);
  g_array_unref (known->helds);
}

void
lian_csv_import_forget_known (LianCsvImport *import)
{
  for (guint j = 0; j < import->n_known; j++)
    known_clear (&import->known[j]);
  g_clear_pointer (&import->known, g_free);
  import->n_known = 0;
}

/* Whether @value, read from the cell @text, holds nothing to free: the
 * text itself, a number, a boolean, an enum or flags. A text's is what
 * @held, read from the value, holds. */
static gboolean
holds_nothing (const GValue      *value,
               const LianCsvHeld *held,
               const char        *text)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return held->string == text;
  if (type == G_TYPE_UINT || type == G_TYPE_INT64 || type == G_TYPE_BOOLEAN)
    return TRUE;
  return G_TYPE_IS_ENUM (type) || G_TYPE_IS_FLAGS (type);
}

/* Unsets the row's value of column @j, unless it is borrowed; one that
 * holds nothing to free is only forgotten. */
static inline void
clear_value (LianCsvImport *import,
             guint          j)
{
  import->held[j].read = FALSE;
  if (import->known && import->known[j].borrowed)
    {
      memset (&import->values[j], 0, sizeof (GValue));
      import->known[j].borrowed = FALSE;
    }
  else if (import->bare[j])
    {
      memset (&import->values[j], 0, sizeof (GValue));
      import->bare[j] = FALSE;
    }
  else if (G_VALUE_TYPE (&import->values[j]) != G_TYPE_INVALID)
    g_value_unset (&import->values[j]);
}

/* Whether a cell of @type reads the same in every row: it reads nothing
 * but its text and the registry, which the rows do not change. A column
 * of these holds few texts, each read once. */
static gboolean
is_remembered (LianCsvCellType type)
{
  switch (type)
    {
    case LIAN_CSV_CELL_REGION:
    case LIAN_CSV_CELL_ENUM:
    case LIAN_CSV_CELL_FLAGS:
    case LIAN_CSV_CELL_REF:
    case LIAN_CSV_CELL_REF_LIST:
    case LIAN_CSV_CELL_LINK_CHAIN:
    case LIAN_CSV_CELL_LINK_ROLE:
    case LIAN_CSV_CELL_ENTERPRISE_USCC:
    case LIAN_CSV_CELL_ENTERPRISE_REGION:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The value column @j's cell @text had in an earlier row, into the row's
 * values (unset on entry): a copy of it that shares its text or list, and
 * that clear_value() does not unset. FALSE if no row had it. */
static gboolean
known_value (LianCsvImport *import,
             guint          j,
             const char    *text)
{
  LianCsvKnown *known;
  guint i;

  if (import->known == NULL || (known = &import->known[j])->texts == NULL ||
      (i = lian_csv_seen_lookup (known->texts, text)) == 0)
    return FALSE;
  import->values[j] = g_array_index (known->values, GValue, i - 1);
  import->held[j] = g_array_index (known->helds, LianCsvHeld, i - 1);
  known->borrowed = TRUE;
  return TRUE;
}

/* Remembers the value column @j's cell @text has. */
static void
remember_value (LianCsvImport *import,
                guint          j,
                const char    *text,
                const GValue  *value)
{
  LianCsvKnown *known;
  GValue copy = G_VALUE_INIT;

  if (import->known == NULL)
    {
      import->known = g_new0 (LianCsvKnown, import->n_columns);
      import->n_known = import->n_columns;
    }
  known = &import->known[j];
  if (known->texts == NULL)
    {
      known->texts = lian_csv_seen_new ();
      known->values = g_array_new (FALSE, FALSE, sizeof (GValue));
      known->helds = g_array_new (FALSE, FALSE, sizeof (LianCsvHeld));
    }
  if (known->values->len >= MAX_KNOWN)
    return;
  g_value_init (&copy, G_VALUE_TYPE (value));
  g_value_copy (value, &copy);
  g_array_append_val (known->values, copy);
  g_array_set_size (known->helds, known->values->len);
  read_held (&g_array_index (known->helds, LianCsvHeld, known->values->len - 1),
             &g_array_index (known->values, GValue, known->values->len - 1));
  lian_csv_seen_note (known->texts, text, known->values->len);
}

/* Reads a non-empty cell of column @j. */
static gboolean
read_cell (LianCsvImport        *import,
           guint                 j,
           const LianCsvColumn  *column,
           const char           *text,
           GError              **error)
{
  if (!is_remembered (column->type))
    {
      if (!lian_csv_parse_cell (import, column, import->types[j], text, &import->values[j], error))
        return FALSE;
      import->bare[j] = holds_nothing (&import->values[j], lian_csv_import_held (import, j), text);
      return TRUE;
    }
  if (known_value (import, j, text))
    return TRUE;
  if (!lian_csv_parse_cell (import, column, import->types[j], text, &import->values[j], error))
    return FALSE;
  remember_value (import, j, text, &import->values[j]);
  return TRUE;
}

gboolean
lian_csv_import_read_cells (LianCsvImport  *import,
                            LianCsvReader  *reader,
                            char          **id_hint,
                            int            *bad_column,
                            GError        **error)
{
  /* The cells are trimmed where the reader keeps them, without a copy;
   * only a cell guarded as ="…" is copied, to the text inside. */
  g_ptr_array_set_size (import->cells, import->n_columns);
  g_ptr_array_set_size (import->owned, 0);
  for (guint j = 0; j < import->n_columns; j++)
    {
      char *owned = NULL, *cell = (char *) lian_csv_reader_cell (reader, j);
      /* Only a cell starting with ' or = may be guarded. */
      char *raw = cell[0] == '\'' || cell[0] == '='
                  ? (char *) lian_csv_unguard (cell, &owned) : cell;
      if (owned)
        g_ptr_array_add (import->owned, owned);
      if (raw == cell)
        raw = lian_csv_trim_in_place_len (raw, lian_csv_reader_cell_length (reader, j));
      else
        raw = lian_csv_trim_in_place (raw);
      import->cells->pdata[j] = raw;
      clear_value (import, j);
    }
  /* The id the row gives, for the results, even if the row is bad. */
  if (import->id_column >= 0 && lian_csv_import_cell (import, import->id_column)[0])
    *id_hint = lian_csv_fold (lian_csv_import_cell (import, import->id_column));
  for (guint j = 0; j < import->n_columns; j++)
    {
      const LianCsvColumn *column;
      const char *text = lian_csv_import_cell (import, j);
      GError *local = NULL;

      if (import->map[j] == -2 && text[0])
        {
          *bad_column = -1;
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
                       _("column %u holds \"%s\" but has no header"), j + 1, text);
          return FALSE;
        }
      if (import->map[j] < 0)
        continue;
      column = &import->table[import->map[j]];
      if (text[0] == '\0')
        {
          if (!(column->flags & LIAN_CSV_COLUMN_NEEDS_VALUE))
            continue;
          g_set_error_literal (&local, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                               _("a value is required"));
        }
      else if (column->type == LIAN_CSV_CELL_ENTERPRISE_NAME)
        continue;   /* read only when neither id nor code says which */
      else
        read_cell (import, j, column, text, &local);
      if (local)
        {
          *bad_column = j;
          g_propagate_error (error, local);
          return FALSE;
        }
    }
  return TRUE;
}

void
lian_csv_import_clear_values (LianCsvImport *import)
{
  for (guint j = 0; import->values && j < import->n_columns; j++)
    clear_value (import, j);
}
