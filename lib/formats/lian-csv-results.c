/* lian-csv-results.c: the row results of an import, as a list model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-csv-private.h"
#include "lian-csv-results-private.h"
#include "lian-csv-row-result-private.h"

LianCsvResultSet *
lian_csv_result_set_new (void)
{
  LianCsvResultSet *set = g_new0 (LianCsvResultSet, 1);

  set->entries = g_array_new (FALSE, FALSE, sizeof (LianCsvResultEntry));
  set->chunk = g_string_chunk_new (4096);
  return set;
}

void
lian_csv_result_set_free (LianCsvResultSet *set)
{
  g_array_unref (set->entries);
  g_string_chunk_free (set->chunk);
  g_clear_pointer (&set->texts, lian_text_arena_unref);
  g_strfreev (set->headers);
  g_free (set);
}

LianCsvResultEntry *
lian_csv_result_set_add (LianCsvResultSet *set,
                         LianTextArena    *texts,
                         guint             row,
                         LianCsvOutcome    outcome,
                         const char       *record_id,
                         int               column,
                         const char       *message)
{
  LianCsvResultEntry entry = {
    row, column <= LIAN_CSV_RESULT_MAX_COLUMN ? column : -1, outcome, record_id,
    message ? g_string_chunk_insert (set->chunk, message) : NULL,
  };

  if (texts && set->texts == NULL)
    set->texts = lian_text_arena_ref (texts);
  /* A set holds one arena; an id in another is copied. */
  if (record_id && (texts == NULL || texts != set->texts))
    entry.record_id = g_string_chunk_insert (set->chunk, record_id);
  g_array_append_val (set->entries, entry);
  set->counts[outcome]++;
  return &g_array_index (set->entries, LianCsvResultEntry, set->entries->len - 1);
}

void
lian_csv_result_set_change (LianCsvResultSet *set,
                            guint             index,
                            LianCsvOutcome    outcome,
                            const char       *message)
{
  LianCsvResultEntry *entry = &g_array_index (set->entries, LianCsvResultEntry, index);

  set->counts[entry->outcome]--;
  set->counts[outcome]++;
  entry->outcome = outcome;
  if (message)
    entry->message = g_string_chunk_insert (set->chunk, message);
}

const char *
lian_csv_result_set_column (LianCsvResultSet         *set,
                            const LianCsvResultEntry *entry)
{
  if (entry->column < 0 || set->headers == NULL ||
      (guint) entry->column >= g_strv_length (set->headers))
    return NULL;
  return set->headers[entry->column];
}

struct _LianCsvResults
{
  GObject parent_instance;

  LianCsvResultSet *set;
};

static void lian_csv_results_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LianCsvResults, lian_csv_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      lian_csv_results_list_model_init))

static GType
lian_csv_results_get_item_type (GListModel *model)
{
  return LIAN_TYPE_CSV_ROW_RESULT;
}

static guint
lian_csv_results_get_n_items (GListModel *model)
{
  LianCsvResults *self = LIAN_CSV_RESULTS (model);

  return self->set->entries->len;
}

static gpointer
lian_csv_results_get_item (GListModel *model,
                           guint       position)
{
  LianCsvResults *self = LIAN_CSV_RESULTS (model);
  const LianCsvResultEntry *entry;

  if (position >= self->set->entries->len)
    return NULL;
  entry = &g_array_index (self->set->entries, LianCsvResultEntry, position);
  return lian_csv_row_result_new (entry->row, entry->outcome, entry->record_id,
                                  lian_csv_result_set_column (self->set, entry),
                                  entry->message);
}

static void
lian_csv_results_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lian_csv_results_get_item_type;
  iface->get_n_items = lian_csv_results_get_n_items;
  iface->get_item = lian_csv_results_get_item;
}

static void
lian_csv_results_finalize (GObject *object)
{
  LianCsvResults *self = LIAN_CSV_RESULTS (object);

  lian_csv_result_set_free (self->set);

  G_OBJECT_CLASS (lian_csv_results_parent_class)->finalize (object);
}

static void
lian_csv_results_class_init (LianCsvResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_csv_results_finalize;
}

static void
lian_csv_results_init (LianCsvResults *self)
{
  self->set = lian_csv_result_set_new ();
}

LianCsvResults *
lian_csv_results_new (void)
{
  return g_object_new (LIAN_TYPE_CSV_RESULTS, NULL);
}

void
lian_csv_results_replace (LianCsvResults   *self,
                          LianCsvResultSet *set)
{
  guint removed = self->set->entries->len;

  lian_csv_result_set_free (self->set);
  self->set = set;
  if (removed || set->entries->len)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, set->entries->len);
}

LianCsvResultSet *
lian_csv_results_peek (LianCsvResults *self)
{
  return self->set;
}

char *
lian_csv_result_set_dup_report (LianCsvResultSet *set)
{
  static const char * const outcomes[] = { "已导入", "已更新", "已拒绝", "未导入" };
  static const char * const headers[] = { "行号", "结果", "编号", "列", "说明" };
  GString *out = g_string_sized_new (64 + set->entries->len * 48);

  lian_csv_write_bom (out);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    lian_csv_write_cell (out, i == 0, headers[i], FALSE);
  lian_csv_end_row (out);
  for (guint i = 0; i < set->entries->len; i++)
    {
      const LianCsvResultEntry *entry = &g_array_index (set->entries, LianCsvResultEntry, i);
      char row[16];

      g_snprintf (row, sizeof row, "%u", entry->row);
      lian_csv_write_cell (out, TRUE, row, FALSE);
      lian_csv_write_cell (out, FALSE, outcomes[entry->outcome], FALSE);
      lian_csv_write_cell (out, FALSE, entry->record_id, TRUE);
      lian_csv_write_cell (out, FALSE, lian_csv_result_set_column (set, entry), TRUE);
      lian_csv_write_cell (out, FALSE, entry->message, TRUE);
      lian_csv_end_row (out);
    }
  return g_string_free (out, FALSE);
}
