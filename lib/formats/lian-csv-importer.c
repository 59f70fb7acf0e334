/* lian-csv-importer.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-file.h"
#include "lian-i18n-private.h"
#include "lian-registry-private.h"

/**
 * LianCsvImporter:
 *
 * Takes in enterprises (一企一表), needs or service items from a
 * spreadsheet saved as CSV by Excel or WPS, and says what became of every
 * row.
 *
 * The header row names the columns, in Chinese or English, in any order
 * (the table is in the CSV guide, `doc/csv-columns.md`); columns lian does
 * not know are kept on each record as string members
 * ([method@Lian.Record.get_extra]). The bytes may be UTF-8, UTF-8 with a
 * byte-order mark, or GB18030 (what Excel writes for "CSV" on a Chinese
 * Windows); see [property@Lian.CsvImporter:encoding].
 *
 * Cells are read as people type them: Chinese labels or nicks for
 * categories, statuses, sizes, roles and tags (`融资`, `financing`); lists
 * separated by `、`, `，`, `,`, `;` or `；`; 是/否 for booleans; full-width
 * digits and spaces in codes and numbers; dates as Excel rewrites them
 * (`2023/9/12`); chains, organisations and enterprises by id or by name
 * (as `lian validate` compares names: `无锡华芯微电子` is 无锡华芯微电子有限公司).
 *
 * Each row of data gets a [class@Lian.CsvRowResult]: imported, updated,
 * rejected (with its row number, the column and why) or skipped. With
 * [property@Lian.CsvImporter:partial] false (the default) the import is
 * all-or-nothing: one rejected row refuses the file, and the registry is
 * left exactly as it was; every row still gets its result, the good ones
 * skipped with what they would have done (`would be imported, but the file
 * was refused`), so the report lists every problem at once. With it true, good rows go in and bad rows are
 * reported. Either way no row is lost without a result saying so; only rows
 * with every cell empty are passed over.
 *
 * A row whose id (or, for an enterprise, credit code) is already in the
 * registry updates that record, through its setters, in the columns the
 * file has ([property@Lian.CsvImporter:update]). A row without an id gets
 * one: `ent-` and the credit code for an enterprise; `need-` or `svc-`, the
 * first 8 hex digits of the SHA-256 of the file's bytes, and the row number
 * for the others (`need-3f2a9c1e-7`), so importing the same file again finds
 * the same records.
 *
 * ```python
 * importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
 * importer.props.partial = True
 * importer.import_file('县企业表.csv', None)
 * for result in importer.get_results():
 *     if result.props.outcome == Lian.CsvOutcome.REJECTED:
 *         print(f'row {result.props.row}, {result.props.column}: {result.props.message}')
 * importer.write_report('县企业表-结果.csv')
 * ```
 */

struct _LianCsvImporter
{
  GObject parent_instance;

  LianRegistry *registry;
  LianRecordKind record_kind;
  gboolean partial;
  char *encoding;
  gboolean update;
  guint64 max_file_size;
  gboolean allow_duplicates;

  LianCsvResults *results;
};

G_DEFINE_FINAL_TYPE (LianCsvImporter, lian_csv_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REGISTRY,
  PROP_RECORD_KIND,
  PROP_PARTIAL,
  PROP_ENCODING,
  PROP_UPDATE,
  PROP_MAX_FILE_SIZE,
  PROP_ALLOW_DUPLICATES,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
kind_is_importable (LianRecordKind kind)
{
  return kind == LIAN_RECORD_KIND_ENTERPRISE || kind == LIAN_RECORD_KIND_NEED ||
         kind == LIAN_RECORD_KIND_SERVICE;
}

static void
lian_csv_importer_constructed (GObject *object)
{
  LianCsvImporter *self = LIAN_CSV_IMPORTER (object);

  G_OBJECT_CLASS (lian_csv_importer_parent_class)->constructed (object);

  if (self->registry == NULL)
    g_critical ("A LianCsvImporter needs a registry");
  if (!kind_is_importable (self->record_kind))
    g_critical ("A LianCsvImporter takes enterprises, needs or services, not %s",
                lian_enum_to_nick (LIAN_TYPE_RECORD_KIND, self->record_kind));
}

static void
lian_csv_importer_dispose (GObject *object)
{
  LianCsvImporter *self = LIAN_CSV_IMPORTER (object);

  g_clear_object (&self->registry);

  G_OBJECT_CLASS (lian_csv_importer_parent_class)->dispose (object);
}

static void
lian_csv_importer_finalize (GObject *object)
{
  LianCsvImporter *self = LIAN_CSV_IMPORTER (object);

  g_free (self->encoding);
  g_object_unref (self->results);

  G_OBJECT_CLASS (lian_csv_importer_parent_class)->finalize (object);
}

static void
lian_csv_importer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LianCsvImporter *self = LIAN_CSV_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      g_value_set_object (value, lian_csv_importer_get_registry (self));
      break;
    case PROP_RECORD_KIND:
      g_value_set_enum (value, lian_csv_importer_get_record_kind (self));
      break;
    case PROP_PARTIAL:
      g_value_set_boolean (value, lian_csv_importer_get_partial (self));
      break;
    case PROP_ENCODING:
      g_value_set_string (value, lian_csv_importer_get_encoding (self));
      break;
    case PROP_UPDATE:
      g_value_set_boolean (value, lian_csv_importer_get_update (self));
      break;
    case PROP_MAX_FILE_SIZE:
      g_value_set_uint64 (value, lian_csv_importer_get_max_file_size (self));
      break;
    case PROP_ALLOW_DUPLICATES:
      g_value_set_boolean (value, lian_csv_importer_get_allow_duplicates (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_csv_importer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LianCsvImporter *self = LIAN_CSV_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      self->registry = g_value_dup_object (value);
      break;
    case PROP_RECORD_KIND:
      self->record_kind = g_value_get_enum (value);
      break;
    case PROP_PARTIAL:
      lian_csv_importer_set_partial (self, g_value_get_boolean (value));
      break;
    case PROP_ENCODING:
      lian_csv_importer_set_encoding (self, g_value_get_string (value));
      break;
    case PROP_UPDATE:
      lian_csv_importer_set_update (self, g_value_get_boolean (value));
      break;
    case PROP_MAX_FILE_SIZE:
      lian_csv_importer_set_max_file_size (self, g_value_get_uint64 (value));
      break;
    case PROP_ALLOW_DUPLICATES:
      lian_csv_importer_set_allow_duplicates (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_csv_importer_class_init (LianCsvImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lian_csv_importer_constructed;
  object_class->dispose = lian_csv_importer_dispose;
  object_class->finalize = lian_csv_importer_finalize;
  object_class->get_property = lian_csv_importer_get_property;
  object_class->set_property = lian_csv_importer_set_property;

  /**
   * LianCsvImporter:registry:
   *
   * The registry the records go into. Set at construction.
   */
  props[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, LIAN_TYPE_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvImporter:record-kind:
   *
   * The kind of record each row is: enterprises, needs or services. Set at
   * construction.
   */
  props[PROP_RECORD_KIND] =
    g_param_spec_enum ("record-kind", NULL, NULL, LIAN_TYPE_RECORD_KIND,
                       LIAN_RECORD_KIND_ENTERPRISE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvImporter:partial:
   *
   * False (the default) for an all-or-nothing import: any rejected row
   * refuses the whole file and leaves the registry untouched. True to take
   * in the good rows and report the bad ones.
   */
  props[PROP_PARTIAL] =
    g_param_spec_boolean ("partial", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvImporter:encoding:
   *
   * The encoding of the files, or `NULL` (the default) to detect it: UTF-8
   * with or without a byte-order mark, else GB18030 (which covers GBK and
   * GB2312). Set `"UTF-8"` or `"GB18030"` to force one; any other name iconv
   * knows works too.
   */
  props[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvImporter:update:
   *
   * Whether a row whose id, or for an enterprise whose credit code, is
   * already in the registry updates that record (the default). When false
   * such a row is rejected.
   *
   * An update sets each column the file has, an empty cell clearing the
   * field; fields without a column are left alone. A need's status moves
   * through [method@Lian.Need.transition], so its history records the move
   * and an illegal move rejects the row; the history column is not read for
   * updates. A masked phone number (`138****5678`) keeps the number on
   * record.
   */
  props[PROP_UPDATE] =
    g_param_spec_boolean ("update", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvImporter:max-file-size:
   *
   * The largest file, in bytes, the importer takes, or 0 for no limit;
   * [const@Lian.CSV_MAX_FILE_SIZE] by default. A larger file is refused
   * with `LIAN_FORMAT_ERROR_LIMIT` before it is read.
   */
  props[PROP_MAX_FILE_SIZE] =
    g_param_spec_uint64 ("max-file-size", NULL, NULL, 0, G_MAXUINT64, LIAN_CSV_MAX_FILE_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianCsvImporter:allow-duplicates:
   *
   * Whether a new need the registry already has — the same enterprise,
   * category, title and day of submission, a sheet imported twice — is
   * imported again, and so is a second row of the file making the same
   * need. By default such a row is rejected
   * (`LIAN_REGISTRY_ERROR_DUPLICATE_ID`, naming the need or row it repeats).
   */
  props[PROP_ALLOW_DUPLICATES] =
    g_param_spec_boolean ("allow-duplicates", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_csv_importer_init (LianCsvImporter *self)
{
  self->update = TRUE;
  self->max_file_size = LIAN_CSV_MAX_FILE_SIZE;
  self->results = lian_csv_results_new ();
}

/**
 * lian_csv_importer_new:
 * @registry: the registry the records go into
 * @kind: what each row is: [enum@Lian.RecordKind.ENTERPRISE],
 *   [enum@Lian.RecordKind.NEED] or [enum@Lian.RecordKind.SERVICE]
 *
 * Creates an importer of CSV files into @registry.
 *
 * Returns: (transfer full): a new importer
 */
LianCsvImporter *
lian_csv_importer_new (LianRegistry   *registry,
                       LianRecordKind  kind)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (kind_is_importable (kind), NULL);

  return g_object_new (LIAN_TYPE_CSV_IMPORTER, "registry", registry, "record-kind", kind, NULL);
}

/**
 * lian_csv_importer_get_registry:
 * @self: an importer
 *
 * Gets the registry the records go into.
 *
 * Returns: (transfer none): the registry
 */
LianRegistry *
lian_csv_importer_get_registry (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), NULL);

  return self->registry;
}

/**
 * lian_csv_importer_get_record_kind:
 * @self: an importer
 *
 * Gets the kind of record each row is.
 *
 * Returns: the kind
 */
LianRecordKind
lian_csv_importer_get_record_kind (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), LIAN_RECORD_KIND_ENTERPRISE);

  return self->record_kind;
}

/**
 * lian_csv_importer_get_partial:
 * @self: an importer
 *
 * Gets whether good rows go in when others are rejected.
 *
 * Returns: true for a partial import, false for all-or-nothing
 */
gboolean
lian_csv_importer_get_partial (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), FALSE);

  return self->partial;
}

/**
 * lian_csv_importer_set_partial:
 * @self: an importer
 * @partial: true to take in the good rows of a file with bad ones
 *
 * Sets whether good rows go in when others are rejected.
 */
void
lian_csv_importer_set_partial (LianCsvImporter *self,
                               gboolean         partial)
{
  g_return_if_fail (LIAN_IS_CSV_IMPORTER (self));

  partial = !!partial;
  if (self->partial == partial)
    return;
  self->partial = partial;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PARTIAL]);
}

/**
 * lian_csv_importer_get_encoding:
 * @self: an importer
 *
 * Gets the encoding files are read in.
 *
 * Returns: (nullable): the encoding, or `NULL` when it is detected
 */
const char *
lian_csv_importer_get_encoding (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), NULL);

  return self->encoding;
}

/**
 * lian_csv_importer_set_encoding:
 * @self: an importer
 * @encoding: (nullable): `"UTF-8"`, `"GB18030"`, another name iconv knows,
 *   or `NULL` to detect it
 *
 * Sets the encoding files are read in.
 */
void
lian_csv_importer_set_encoding (LianCsvImporter *self,
                                const char      *encoding)
{
  g_return_if_fail (LIAN_IS_CSV_IMPORTER (self));

  if (g_strcmp0 (self->encoding, encoding) == 0)
    return;
  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ENCODING]);
}

/**
 * lian_csv_importer_get_update:
 * @self: an importer
 *
 * Gets whether rows update the records they name.
 *
 * Returns: true if rows naming an existing record update it
 */
gboolean
lian_csv_importer_get_update (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), FALSE);

  return self->update;
}

/**
 * lian_csv_importer_set_update:
 * @self: an importer
 * @update: true to let rows update the records they name
 *
 * Sets whether rows update the records they name, or are rejected.
 */
void
lian_csv_importer_set_update (LianCsvImporter *self,
                              gboolean         update)
{
  g_return_if_fail (LIAN_IS_CSV_IMPORTER (self));

  update = !!update;
  if (self->update == update)
    return;
  self->update = update;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_UPDATE]);
}

/**
 * lian_csv_importer_get_max_file_size:
 * @self: an importer
 *
 * Gets the largest file the importer takes.
 *
 * Returns: the limit in bytes, or 0 for none
 */
guint64
lian_csv_importer_get_max_file_size (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), 0);

  return self->max_file_size;
}

/**
 * lian_csv_importer_set_max_file_size:
 * @self: an importer
 * @max_size: the largest file to take, in bytes, or 0 for no limit
 *
 * Sets the largest file the importer takes.
 */
void
lian_csv_importer_set_max_file_size (LianCsvImporter *self,
                                     guint64          max_size)
{
  g_return_if_fail (LIAN_IS_CSV_IMPORTER (self));

  if (self->max_file_size == max_size)
    return;
  self->max_file_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_MAX_FILE_SIZE]);
}

static gboolean
run_import (LianCsvImporter  *self,
            const char       *bytes,
            gsize             length,
            GCancellable     *cancellable,
            GError          **error)
{
  LianCsvImport import;
  gboolean ok;

  if (!lian_registry_check_open (self->registry, error))
    {
      lian_csv_results_replace (self->results, lian_csv_result_set_new ());
      return FALSE;
    }
  if (self->max_file_size && length > self->max_file_size)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT,
                   _("the file is larger than %llu bytes, the most this importer "
                     "takes (see max-file-size)"), (unsigned long long) self->max_file_size);
      lian_csv_results_replace (self->results, lian_csv_result_set_new ());
      return FALSE;
    }
  lian_csv_import_init (&import, self->registry, self->record_kind, self->update);
  import.allow_duplicates = self->allow_duplicates;
  ok = lian_csv_import_run (&import, bytes, length, self->encoding, self->partial, cancellable,
                            error);
  lian_csv_results_replace (self->results, g_steal_pointer (&import.set));
  lian_csv_import_clear (&import);
  return ok;
}

/**
 * lian_csv_importer_import_data:
 * @self: an importer
 * @data: (array length=length) (element-type guint8): the bytes of a CSV
 *   file, in any encoding the importer reads
 * @length: the length of @data in bytes, or -1 if it ends with a NUL
 * @error: return location for a [error@Lian.FormatError], or for a
 *   [error@Lian.DataError] or [error@Lian.RegistryError] about a rejected row
 *
 * Imports the rows of a CSV file. Every row of data gets a result in
 * [method@Lian.CsvImporter.get_results], which this call replaces.
 *
 * The error is about the file as a whole: bytes in no encoding read, no
 * header, a required column missing, a quote never closed, a limit passed
 * ([const@Lian.CSV_MAX_COLUMNS], [const@Lian.CSV_MAX_CELL_LENGTH],
 * [property@Lian.CsvImporter:max-file-size]). In an
 * all-or-nothing import it also tells of rejected rows, with the domain
 * and code of the first one's problem: `3 of 120 rows rejected; first: row
 * 7, 统一社会信用代码: check character is 'W', not 'X'`. A file-level error
 * leaves the registry untouched and the results empty.
 *
 * Returns: true if the file was read and, for an all-or-nothing import, no
 *   row was rejected
 */
gboolean
lian_csv_importer_import_data (LianCsvImporter  *self,
                               const char       *data,
                               gssize            length,
                               GError          **error)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_import (self, data ? data : "", length < 0 ? strlen (data) : (gsize) length,
                     NULL, error);
}

/**
 * lian_csv_importer_import_file:
 * @self: an importer
 * @path: (type filename): the CSV file to read
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Like [method@Lian.CsvImporter.import_data], reading a file. A file that
 * cannot be read gives a `G_IO_ERROR` whose message names it and says why
 * (`data/县企业表.csv: No such file or directory`). A file larger than
 * [property@Lian.CsvImporter:max-file-size] is refused before it is read
 * (it is mapped, and mapping reads nothing). Cancelling stops the import
 * before anything is changed.
 *
 * Returns: true if the file was read and, for an all-or-nothing import, no
 *   row was rejected
 */
gboolean
lian_csv_importer_import_file (LianCsvImporter  *self,
                               const char       *path,
                               GCancellable     *cancellable,
                               GError          **error)
{
  g_autoptr(GMappedFile) mapped = NULL;

  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  mapped = lian_csv_map_file (path, error);
  if (mapped == NULL)
    {
      lian_csv_results_replace (self->results, lian_csv_result_set_new ());
      return FALSE;
    }
  return run_import (self,
                     g_mapped_file_get_contents (mapped) ? g_mapped_file_get_contents (mapped) : "",
                     g_mapped_file_get_length (mapped), cancellable, error);
}

/**
 * lian_csv_importer_get_results:
 * @self: an importer
 *
 * Gets what became of each row of data of the last import, in the order
 * of the file. The list is the same object across imports; each import
 * replaces its items at once.
 *
 * Returns: (transfer none): a list of [class@Lian.CsvRowResult]
 */
GListModel *
lian_csv_importer_get_results (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), NULL);

  return G_LIST_MODEL (self->results);
}

static guint
count (LianCsvImporter *self,
       LianCsvOutcome   outcome)
{
  return lian_csv_results_peek (self->results)->counts[outcome];
}

/**
 * lian_csv_importer_get_n_imported:
 * @self: an importer
 *
 * Gets how many rows of the last import became new records.
 *
 * Returns: the number of rows imported
 */
guint
lian_csv_importer_get_n_imported (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), 0);

  return count (self, LIAN_CSV_OUTCOME_IMPORTED);
}

/**
 * lian_csv_importer_get_n_updated:
 * @self: an importer
 *
 * Gets how many rows of the last import updated a record.
 *
 * Returns: the number of rows that updated a record
 */
guint
lian_csv_importer_get_n_updated (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), 0);

  return count (self, LIAN_CSV_OUTCOME_UPDATED);
}

/**
 * lian_csv_importer_get_n_rejected:
 * @self: an importer
 *
 * Gets how many rows of the last import were rejected.
 *
 * Returns: the number of rows rejected
 */
guint
lian_csv_importer_get_n_rejected (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), 0);

  return count (self, LIAN_CSV_OUTCOME_REJECTED);
}

/**
 * lian_csv_importer_get_n_skipped:
 * @self: an importer
 *
 * Gets how many good rows of the last import were not imported because it
 * was all-or-nothing and another row was rejected.
 *
 * Returns: the number of rows skipped
 */
guint
lian_csv_importer_get_n_skipped (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), 0);

  return count (self, LIAN_CSV_OUTCOME_SKIPPED);
}

/**
 * lian_csv_importer_dup_report:
 * @self: an importer
 *
 * Writes the results of the last import as a CSV file people can open in
 * Excel or WPS: UTF-8 with a byte-order mark, CRLF line ends, one row per
 * row of data with the columns 行号 (row), 结果 (outcome: 已导入, 已更新,
 * 已拒绝, 未导入), 编号 (record id), 列 (column) and 说明 (message).
 *
 * Returns: (transfer full): the report
 */
char *
lian_csv_importer_dup_report (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), NULL);

  return lian_csv_result_set_dup_report (lian_csv_results_peek (self->results));
}

/**
 * lian_csv_importer_write_report:
 * @self: an importer
 * @path: (type filename): the file to write
 * @error: return location for a `G_IO_ERROR`
 *
 * Writes the report of [method@Lian.CsvImporter.dup_report] to a file as
 * [func@Lian.file_set_contents] does: atomically (the file holds the old
 * content or the whole report), through a symbolic link, keeping the mode
 * and owner of the file it replaces.
 *
 * Returns: true if the report was written
 */
gboolean
lian_csv_importer_write_report (LianCsvImporter  *self,
                                const char       *path,
                                GError          **error)
{
  g_autofree char *report = NULL;

  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report = lian_csv_importer_dup_report (self);
  return lian_file_set_contents (path, report, -1, NULL, error);
}

/**
 * lian_csv_importer_get_allow_duplicates:
 * @self: an importer
 *
 * Gets whether needs the registry already has are imported again.
 *
 * Returns: true if they are
 */
gboolean
lian_csv_importer_get_allow_duplicates (LianCsvImporter *self)
{
  g_return_val_if_fail (LIAN_IS_CSV_IMPORTER (self), FALSE);

  return self->allow_duplicates;
}

/**
 * lian_csv_importer_set_allow_duplicates:
 * @self: an importer
 * @allow: true to import a need the registry already has again
 *
 * Sets whether needs the registry already has are imported again, or their
 * rows rejected.
 */
void
lian_csv_importer_set_allow_duplicates (LianCsvImporter *self,
                                        gboolean         allow)
{
  g_return_if_fail (LIAN_IS_CSV_IMPORTER (self));

  allow = !!allow;
  if (self->allow_duplicates == allow)
    return;
  self->allow_duplicates = allow;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ALLOW_DUPLICATES]);
}
