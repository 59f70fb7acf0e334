/* lian-registry-csv.c: writing records as CSV for spreadsheets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-registry-csv.h"
#include "lian-chain-link-private.h"
#include "lian-csv-guard-private.h"
#include "lian-csv-private.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-mask.h"
#include "lian-file.h"
#include "lian-date-private.h"
#include "lian-registry-private.h"
#include "lian-need-private.h"

typedef struct
{
  LianRegistry        *registry;
  LianRecordKind       kind;
  LianCsvExportFlags   flags;
  gboolean             english;
  const char          *separator;  /* between the items of a list */
  const LianCsvColumn *table;
  guint                n_table;
  gboolean            *used;       /* per column of the table */
  GPtrArray           *extras;     /* names of extra members written, in first-seen order */
} Export;

static char *
join (Export              *export,
      const char * const  *items)
{
  return g_strjoinv (export->separator, (char **) items);
}

static char *
label_of (Export *export,
          GType   type,
          int     value)
{
  const char *label = export->english ? NULL : lian_enum_get_csv_label (type, value);

  return g_strdup (label ? label : lian_enum_to_nick (type, value));
}

static char *
flags_text (Export *export,
            GType   type,
            guint   value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;

  for (guint i = 0; i < klass->n_values; i++)
    {
      guint v = klass->values[i].value;
      if (v != 0 && (value & v) == v)
        {
          const char *label = export->english ? NULL : lian_enum_get_csv_label (type, (int) v);
          g_strv_builder_add (builder, label ? label : klass->values[i].value_nick);
        }
    }
  items = g_strv_builder_end (builder);
  return join (export, (const char * const *) items);
}

static char *
history_text (Export   *export,
              LianNeed *need)
{
  GPtrArray *events = lian_need_peek_history (need);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < events->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (events, i);
      GDateTime *when = lian_need_event_get_at (event);
      g_autofree char *at = lian_date_time_to_iso8601 (when);
      g_autofree char *status = label_of (export, LIAN_TYPE_NEED_STATUS,
                                          lian_need_event_get_status (event));
      const char *actor = lian_need_event_get_actor (event);
      const char *note = lian_need_event_get_note (event);

      if (i)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s | %s", at, status);
      if (actor || note)
        g_string_append_printf (out, " | %s", actor ? actor : "");
      if (note)
        g_string_append_printf (out, " | %s", note);
    }
  return g_string_free (out, FALSE);
}

static char *
links_text (Export          *export,
            LianEnterprise  *ent,
            LianCsvCellType  type)
{
  guint n;
  LianChainLink * const *links = lian_enterprise_peek_chain_links (ent, &n);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  gboolean any_segment = FALSE;

  for (guint i = 0; i < n; i++)
    {
      LianChainLink *link = links[i];
      const char *segment = lian_chain_link_get_segment (link);

      if (type == LIAN_CSV_CELL_LINK_CHAIN)
        g_ptr_array_add (items, g_strdup (lian_chain_link_get_chain_id (link)));
      else if (type == LIAN_CSV_CELL_LINK_SEGMENT)
        {
          any_segment |= segment != NULL;
          g_ptr_array_add (items, g_strdup (segment ? segment : ""));
        }
      else
        g_ptr_array_add (items, label_of (export, LIAN_TYPE_CHAIN_ROLE,
                                          lian_chain_link_get_role (link)));
    }
  if (type == LIAN_CSV_CELL_LINK_SEGMENT && !any_segment)
    return NULL;
  g_ptr_array_add (items, NULL);
  return join (export, (const char * const *) items->pdata);
}

static LianEnterprise *
need_enterprise (Export     *export,
                 LianRecord *record)
{
  return lian_registry_lookup_enterprise (export->registry,
                                          lian_need_get_enterprise_id (LIAN_NEED (record)));
}

/* @text, a cell the registry's validation keeps to codes, dates and
 * words (a region, a date, a need's history), with *@guard set where it
 * starts as a formula all the same: a setter on a record already held
 * takes any text. A code or a date is otherwise written as it is. */
static char *
formula_guarded (char     *text,
                 gboolean *guard)
{
  guint apostrophes;

  *guard = text != NULL && lian_csv_starts_formula (text, &apostrophes);
  return text;
}

/* The text of one cell; *guard says whether a spreadsheet should be kept
 * from reading it as a number or a formula. */
static char *
cell_text (Export              *export,
           LianRecord          *record,
           const LianCsvColumn *column,
           gboolean            *guard)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type;

  *guard = FALSE;
  switch (column->type)
    {
    case LIAN_CSV_CELL_LINK_CHAIN:
    case LIAN_CSV_CELL_LINK_SEGMENT:
    case LIAN_CSV_CELL_LINK_ROLE:
      *guard = TRUE;
      return links_text (export, LIAN_ENTERPRISE (record), column->type);
    case LIAN_CSV_CELL_HISTORY:
      return formula_guarded (history_text (export, LIAN_NEED (record)), guard);
    case LIAN_CSV_CELL_ENTERPRISE_USCC:
      {
        LianEnterprise *ent = need_enterprise (export, record);
        *guard = TRUE;
        return ent ? g_strdup (lian_enterprise_get_uscc (ent)) : NULL;
      }
    case LIAN_CSV_CELL_ENTERPRISE_NAME:
      {
        LianEnterprise *ent = need_enterprise (export, record);
        *guard = TRUE;
        return ent ? g_strdup (lian_record_get_name (LIAN_RECORD (ent))) : NULL;
      }
    case LIAN_CSV_CELL_ENTERPRISE_REGION:
      {
        LianEnterprise *ent = need_enterprise (export, record);
        return ent ? formula_guarded (g_strdup (lian_enterprise_get_region (ent)), guard) : NULL;
      }
    default:
      break;
    }

  type = G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (record),
                                                                column->property));
  g_value_init (&value, type);
  g_object_get_property (G_OBJECT (record), column->property, &value);
  switch (column->type)
    {
    case LIAN_CSV_CELL_PHONE:
      *guard = TRUE;
      if (g_value_get_string (&value) && !(export->flags & LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL))
        return lian_mask_phone (g_value_get_string (&value));
      return g_value_dup_string (&value);
    case LIAN_CSV_CELL_TEXT:
    case LIAN_CSV_CELL_ID:
    case LIAN_CSV_CELL_USCC:
    case LIAN_CSV_CELL_REF:
      *guard = TRUE;
      return g_value_dup_string (&value);
    case LIAN_CSV_CELL_REGION:
    case LIAN_CSV_CELL_DATE:
      return formula_guarded (g_value_dup_string (&value), guard);
    case LIAN_CSV_CELL_COUNT:
      return g_value_get_uint (&value) ? g_strdup_printf ("%u", g_value_get_uint (&value)) : NULL;
    case LIAN_CSV_CELL_YUAN:
      return g_value_get_int64 (&value)
             ? g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value)) : NULL;
    case LIAN_CSV_CELL_BOOLEAN:
      return g_strdup (g_value_get_boolean (&value) ? (export->english ? "true" : "是")
                                                    : (export->english ? "false" : "否"));
    case LIAN_CSV_CELL_ENUM:
      return label_of (export, type, g_value_get_enum (&value));
    case LIAN_CSV_CELL_FLAGS:
      return flags_text (export, type, g_value_get_flags (&value));
    case LIAN_CSV_CELL_LIST:
    case LIAN_CSV_CELL_REF_LIST:
      *guard = TRUE;
      return g_value_get_boxed (&value) ? join (export, g_value_get_boxed (&value)) : NULL;
    default:
      g_assert_not_reached ();
    }
}

static void
plan_columns (Export     *export,
              GListModel *records)
{
  guint n = g_list_model_get_n_items (records);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  export->used = g_new0 (gboolean, export->n_table);
  export->extras = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < export->n_table; c++)
    export->used[c] = !(export->table[c].flags & LIAN_CSV_COLUMN_IF_USED);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (records, i);
      JsonObject *extra = lian_record_get_extra (record);

      for (guint c = 0; c < export->n_table; c++)
        if (!export->used[c])
          {
            gboolean guard;
            g_autofree char *text = cell_text (export, record, &export->table[c], &guard);
            export->used[c] = text && text[0];
          }
      if (extra)
        {
          g_autoptr(GList) names = json_object_get_members (extra);
          for (GList *l = names; l; l = l->next)
            {
              /* A member named like a column would be read back as that column. */
              if (g_hash_table_contains (seen, l->data) ||
                  lian_csv_find_column (export->kind, l->data) >= 0)
                continue;
              g_hash_table_add (seen, g_strdup (l->data));
              g_ptr_array_add (export->extras, g_strdup (l->data));
            }
        }
    }
}

/* A member lian does not know may be a phone number under any name
 * (手机号, 联系方式, Tel): the numbers in it are masked unless asked not to. */
static char *
extra_text (Export     *export,
            JsonObject *extra,
            const char *name)
{
  JsonNode *node = extra ? json_object_get_member (extra, name) : NULL;
  g_autofree char *text = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = g_strdup (json_node_get_string (node));
  else
    text = json_to_string (node, FALSE);
  if (export->flags & LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL)
    return g_steal_pointer (&text);
  return lian_mask_phone_numbers (text);
}

static void
write_csv (Export     *export,
           GListModel *records,
           GString    *out)
{
  guint n = g_list_model_get_n_items (records);
  gboolean raw = (export->flags & LIAN_CSV_EXPORT_FLAGS_RAW_TEXT) != 0;
  gboolean first = TRUE;

  lian_csv_write_bom (out);
  for (guint c = 0; c < export->n_table; c++)
    if (export->used[c])
      {
        lian_csv_write_cell (out, first, lian_csv_column_header (&export->table[c], export->english),
                             FALSE);
        first = FALSE;
      }
  for (guint e = 0; e < export->extras->len; e++)
    {
      lian_csv_write_cell (out, first, g_ptr_array_index (export->extras, e), !raw);
      first = FALSE;
    }
  lian_csv_end_row (out);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (records, i);
      JsonObject *extra = lian_record_get_extra (record);

      first = TRUE;
      for (guint c = 0; c < export->n_table; c++)
        {
          gboolean guard;
          g_autofree char *text = NULL;
          if (!export->used[c])
            continue;
          text = cell_text (export, record, &export->table[c], &guard);
          lian_csv_write_cell (out, first, text, guard && !raw);
          first = FALSE;
        }
      for (guint e = 0; e < export->extras->len; e++)
        {
          g_autofree char *text = extra_text (export, extra, g_ptr_array_index (export->extras, e));
          lian_csv_write_cell (out, first, text, !raw);
          first = FALSE;
        }
      lian_csv_end_row (out);
    }
}

/* The CSV text of the records @filter selects, or NULL if
 * lian_registry_select() refuses @filter. */
static char *
export_csv (LianRegistry        *self,
            LianFilter          *filter,
            LianCsvExportFlags   flags,
            gsize               *length,
            GError             **error)
{
  g_autoptr(GListModel) records = NULL;
  Export export = { 0, };
  LianVisit visit;
  GString *out;

  /* The objects made to write the records go back to rows after. */
  lian_registry_begin_visit (self, &visit);
  records = lian_registry_select (self, filter, error);
  if (records == NULL)
    {
      lian_registry_end_visit (self, &visit);
      return NULL;
    }
  export.registry = self;
  export.kind = lian_filter_get_record_kind (filter);
  export.flags = flags;
  export.english = (flags & LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS) != 0;
  export.separator = export.english ? "," : "、";
  export.table = lian_csv_columns (export.kind, &export.n_table);

  plan_columns (&export, records);
  out = g_string_sized_new (4096);
  write_csv (&export, records, out);
  g_free (export.used);
  g_ptr_array_unref (export.extras);
  g_clear_object (&records);
  lian_registry_end_visit (self, &visit);
  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * lian_registry_export_csv_to_data:
 * @self: a registry
 * @filter: which records: those [method@Lian.Registry.select] gives for it,
 *   in that order, all of its [property@Lian.Filter:record-kind]
 * @flags: how to write them
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes records as a CSV file Excel and WPS open as they are: UTF-8 with
 * a byte-order mark, CRLF line ends, a header row, one row per record.
 *
 * The columns are those [class@Lian.CsvImporter] reads (the table is in the
 * CSV guide, `doc/csv-columns.md`), with Chinese headers and labels
 * (`融资`, `已解决`, `是`) unless @flags has
 * [flags@Lian.CsvExportFlags.ENGLISH_HEADERS]; lists are separated by `、`
 * (`,` with English headers). Members lian does not know become more
 * columns, after the others. Phone numbers are masked (`138****5678`)
 * unless @flags has [flags@Lian.CsvExportFlags.SHOW_PERSONAL]: the contact
 * phone, and whatever looks like a phone number in the columns lian does
 * not know ([func@Lian.mask_phone_numbers]). Text a
 * spreadsheet would turn into a number or a formula is written `="…"`
 * unless @flags has [flags@Lian.CsvExportFlags.RAW_TEXT].
 *
 * Enterprises, needs and services written with
 * [flags@Lian.CsvExportFlags.SHOW_PERSONAL] import back as equal records.
 * The other kinds are written the same way, for reading.
 *
 * ```python
 * text, length = registry.export_csv_to_data(Lian.Filter(record_kind=Lian.RecordKind.NEED),
 *                                            Lian.CsvExportFlags.NONE)
 * ```
 *
 * The filter must be one [method@Lian.Registry.select] takes: one it
 * refuses is a programming error here (a critical, and an empty text);
 * [method@Lian.Registry.export_csv_to_file] reports it as an error.
 *
 * Returns: (transfer full): the CSV text
 */
char *
lian_registry_export_csv_to_data (LianRegistry       *self,
                                  LianFilter         *filter,
                                  LianCsvExportFlags  flags,
                                  gsize              *length)
{
  g_autoptr(GError) error = NULL;
  char *data;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (LIAN_IS_FILTER (filter), NULL);

  data = export_csv (self, filter, flags, length, &error);
  if (data == NULL)
    {
      /* No GError here: a filter that lian_registry_select() refuses is
       * the caller's mistake, said loudly; nothing is written. */
      g_critical ("filter refused: %s", error->message);
      if (length)
        *length = 0;
      data = g_strdup ("");
    }
  return data;
}

/**
 * lian_registry_export_csv_to_file:
 * @self: a registry
 * @filter: which records
 * @flags: how to write them
 * @path: (type filename): the file to write
 * @error: return location for a `G_IO_ERROR`, or an error of
 *   [method@Lian.Registry.select] when it refuses @filter
 *
 * Writes the CSV text of [method@Lian.Registry.export_csv_to_data] to a
 * file as [func@Lian.file_set_contents] does: atomically (the file holds
 * its old content or the whole export), through a symbolic link, keeping
 * the mode and owner of the file it replaces; a device or a FIFO is
 * written straight through.
 *
 * Returns: true if the file was written
 */
gboolean
lian_registry_export_csv_to_file (LianRegistry        *self,
                                  LianFilter          *filter,
                                  LianCsvExportFlags   flags,
                                  const char          *path,
                                  GError             **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_FILTER (filter), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = export_csv (self, filter, flags, &length, error);
  if (data == NULL)
    return FALSE;
  return lian_file_set_contents (path, data, length, NULL, error);
}
