/* lian-csv-row-result.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-csv-row-result-private.h"
#include "lian-enum-types.h"

/**
 * LianCsvRowResult:
 *
 * What became of one row of a CSV file: imported as a new record, used to
 * update a record, rejected (with the column and the reason), or skipped
 * because an all-or-nothing import was refused. [class@Lian.CsvImporter]
 * gives one per row of data, in the order of the file.
 *
 * ```python
 * for result in importer.get_results():
 *     if result.props.outcome == Lian.CsvOutcome.REJECTED:
 *         print(result.props.row, result.props.column, result.props.message)
 * ```
 */

struct _LianCsvRowResult
{
  GObject parent_instance;

  guint row;
  LianCsvOutcome outcome;
  char *record_id;
  char *column;
  char *message;
};

G_DEFINE_FINAL_TYPE (LianCsvRowResult, lian_csv_row_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_OUTCOME,
  PROP_RECORD_ID,
  PROP_COLUMN,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
lian_csv_row_result_finalize (GObject *object)
{
  LianCsvRowResult *self = LIAN_CSV_ROW_RESULT (object);

  g_free (self->record_id);
  g_free (self->column);
  g_free (self->message);

  G_OBJECT_CLASS (lian_csv_row_result_parent_class)->finalize (object);
}

static void
lian_csv_row_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LianCsvRowResult *self = LIAN_CSV_ROW_RESULT (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_uint (value, lian_csv_row_result_get_row (self));
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, lian_csv_row_result_get_outcome (self));
      break;
    case PROP_RECORD_ID:
      g_value_set_string (value, lian_csv_row_result_get_record_id (self));
      break;
    case PROP_COLUMN:
      g_value_set_string (value, lian_csv_row_result_get_column (self));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, lian_csv_row_result_get_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_csv_row_result_class_init (LianCsvRowResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lian_csv_row_result_finalize;
  object_class->get_property = lian_csv_row_result_get_property;

  /**
   * LianCsvRowResult:row:
   *
   * The row's number as a spreadsheet shows it, counting from 1 for the
   * first row of the file (the header, or a title above it): the first row
   * of data under a header in row 1 is row 2. A row whose cells hold line
   * breaks spans several lines of the file but is one row.
   */
  props[PROP_ROW] =
    g_param_spec_uint ("row", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvRowResult:outcome:
   *
   * What became of the row.
   */
  props[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL, LIAN_TYPE_CSV_OUTCOME,
                       LIAN_CSV_OUTCOME_IMPORTED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvRowResult:record-id:
   *
   * The id of the record the row made or updated (or would have), if the
   * row got as far as having one.
   */
  props[PROP_RECORD_ID] =
    g_param_spec_string ("record-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvRowResult:column:
   *
   * The header of the column at fault, as written in the file
   * (`统一社会信用代码`), or `NULL` when the row as a whole is (too few
   * cells, a duplicate of another row's key) or nothing is wrong.
   */
  props[PROP_COLUMN] =
    g_param_spec_string ("column", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvRowResult:message:
   *
   * Why the row was rejected (`check character is 'W', not 'X'`), or a
   * note on a row taken in (`a masked number was left out`), or `NULL`.
   */
  props[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_csv_row_result_init (LianCsvRowResult *self)
{
}

LianCsvRowResult *
lian_csv_row_result_new (guint           row,
                         LianCsvOutcome  outcome,
                         const char     *record_id,
                         const char     *column,
                         const char     *message)
{
  LianCsvRowResult *self = g_object_new (LIAN_TYPE_CSV_ROW_RESULT, NULL);

  self->row = row;
  self->outcome = outcome;
  self->record_id = g_strdup (record_id);
  self->column = g_strdup (column);
  self->message = g_strdup (message);
  return self;
}

/**
 * lian_csv_row_result_get_row:
 * @self: a row result
 *
 * Gets the row's number as a spreadsheet shows it (the first row of the
 * file is row 1; a row whose cells hold line breaks is one row).
 *
 * Returns: the row number
 */
guint
lian_csv_row_result_get_row (LianCsvRowResult *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_ROW_RESULT (self), 0);

  return self->row;
}

/**
 * lian_csv_row_result_get_outcome:
 * @self: a row result
 *
 * Gets what became of the row.
 *
 * Returns: the outcome
 */
LianCsvOutcome
lian_csv_row_result_get_outcome (LianCsvRowResult *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_ROW_RESULT (self), LIAN_CSV_OUTCOME_REJECTED);

  return self->outcome;
}

/**
 * lian_csv_row_result_get_record_id:
 * @self: a row result
 *
 * Gets the id of the record the row made or updated.
 *
 * Returns: (nullable): the id, or `NULL` if the row had none
 */
const char *
lian_csv_row_result_get_record_id (LianCsvRowResult *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_ROW_RESULT (self), NULL);

  return self->record_id;
}

/**
 * lian_csv_row_result_get_column:
 * @self: a row result
 *
 * Gets the header of the column at fault, as written in the file.
 *
 * Returns: (nullable): the header, or `NULL`
 */
const char *
lian_csv_row_result_get_column (LianCsvRowResult *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_ROW_RESULT (self), NULL);

  return self->column;
}

/**
 * lian_csv_row_result_get_message:
 * @self: a row result
 *
 * Gets why the row was rejected, or a note on how it was taken in.
 *
 * Returns: (nullable): the message, or `NULL`
 */
const char *
lian_csv_row_result_get_message (LianCsvRowResult *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_ROW_RESULT (self), NULL);

  return self->message;
}
