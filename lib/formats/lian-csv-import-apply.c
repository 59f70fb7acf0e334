/* lian-csv-import-apply.c: the second step of an import
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * All rows are checked; now the new records are added and the updates
 * applied, or, for an all-or-nothing import with a rejected row, nothing.
 */
#include "config.h"

#include <string.h>

#include "lian-chain-link-private.h"
#include "lian-csv-import-private.h"
#include "lian-registry-private.h"
#include "lian-refs-private.h"
#include "lian-record-private.h"
#include "lian-enum-types.h"
#include "lian-mask.h"
#include "lian-i18n-private.h"
#include "lian-pages-private.h"

static void
copy_property (LianRecord *to,
               LianRecord *from,
               const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (from), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (G_OBJECT (from), property, &value);
  g_object_set_property (G_OBJECT (to), property, &value);
}

static void
copy_links (LianEnterprise *to,
            LianEnterprise *from)
{
  guint n_want, n_have;
  LianChainLink * const *want = lian_enterprise_peek_chain_links (from, &n_want);
  LianChainLink * const *have = lian_enterprise_peek_chain_links (to, &n_have);
  g_auto(GStrv) ids = NULL;
  gboolean same = n_want == n_have;

  for (guint i = 0; same && i < n_want; i++)
    same = lian_chain_link_equal (want[i], have[i]);
  if (same)
    return;
  ids = g_strdupv ((GStrv) lian_enterprise_get_chain_ids (to));
  for (guint i = 0; ids[i]; i++)
    if (lian_enterprise_get_chain_link (from, ids[i]) == NULL)
      lian_enterprise_remove_chain_link (to, ids[i]);
  for (guint i = 0; i < n_want; i++)
    {
      LianChainLink *link = want[i];
      lian_enterprise_add_chain_link (to, lian_chain_link_get_chain_id (link),
                                      lian_chain_link_get_segment (link),
                                      lian_chain_link_get_role (link));
    }
}

/* Whether @text is @value as a masked export wrote it: the value is kept. */
static gboolean
is_masked_copy (const char *text,
                JsonNode   *value)
{
  g_autofree char *written = NULL, *masked = NULL;

  if (strchr (text, '*') == NULL || JSON_NODE_HOLDS_NULL (value))
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
    written = g_strdup (json_node_get_string (value));
  else
    written = json_to_string (value, FALSE);
  masked = lian_mask_phone_numbers (written);
  return g_str_equal (masked, text);
}

static void
merge_extra (LianCsvImport *import,
             LianRecord    *to,
             LianRecord    *from)
{
  JsonObject *old = lian_record_get_extra (to), *row = lian_record_get_extra (from);
  g_autoptr(JsonObject) merged = json_object_new ();
  gboolean changed = FALSE;

  if (old)
    {
      g_autoptr(GList) names = json_object_get_members (old);
      for (GList *l = names; l; l = l->next)
        json_object_set_member (merged, l->data, json_node_copy (json_object_get_member (old, l->data)));
    }
  for (guint j = 0; j < import->n_columns; j++)
    {
      const char *name = import->headers[j];
      JsonNode *was;
      if (import->map[j] != -1)
        continue;
      was = json_object_get_member (merged, name);
      if (row && json_object_has_member (row, name))
        {
          const char *text = json_object_get_string_member (row, name);
          if (was && JSON_NODE_HOLDS_VALUE (was) &&
              json_node_get_value_type (was) == G_TYPE_STRING &&
              g_str_equal (json_node_get_string (was), text))
            continue;
          if (was && is_masked_copy (text, was))
            continue;
          json_object_set_string_member (merged, name, text);
          changed = TRUE;
        }
      else if (was)
        {
          json_object_remove_member (merged, name);
          changed = TRUE;
        }
    }
  if (changed)
    lian_record_set_extra (to, json_object_get_size (merged) ? merged : NULL);
}

/* Copies the row's values from @candidate onto @record. */
static void
lian_csv_import_apply (LianCsvImport  *import,
                       LianCsvPending *pending)
{
  LianRecord *to = pending->record, *from = pending->update->candidate;
  gboolean enterprise_done = FALSE;

  for (guint j = 0; j < import->n_columns; j++)
    {
      const LianCsvColumn *column;
      if (import->map[j] < 0)
        continue;
      column = &import->table[import->map[j]];
      switch (column->type)
        {
        case LIAN_CSV_CELL_LINK_CHAIN:
          copy_links (LIAN_ENTERPRISE (to), LIAN_ENTERPRISE (from));
          continue;
        case LIAN_CSV_CELL_ENTERPRISE_USCC:
        case LIAN_CSV_CELL_ENTERPRISE_NAME:
          if (!enterprise_done)
            copy_property (to, from, "enterprise-id");
          enterprise_done = TRUE;
          continue;
        case LIAN_CSV_CELL_PHONE:
          if (pending->update->phone_masked)
            continue;
          break;
        default:
          break;
        }
      if (column->property == NULL || (int) j == import->id_column ||
          (int) j == import->status_column)
        continue;
      if (g_str_equal (column->property, "enterprise-id"))
        enterprise_done = TRUE;
      copy_property (to, from, column->property);
    }
  merge_extra (import, to, from);
  /* After the dates, which the moves were checked against. */
  if (pending->update->moves)
    lian_csv_make_moves (LIAN_NEED (to), pending->update->moves);
}

/* "enterprise \"ent-1\": uscc: ..." → "uscc: ..."; 企业“ent-1”：… in Chinese */
static const char *
strip_record_prefix (LianRecord *record,
                     const char *message)
{
  g_autofree char *prefix = lian_record_dup_message_prefix (record);

  return g_str_has_prefix (message, prefix) ? message + strlen (prefix) : message;
}

typedef struct
{
  LianCsvImport *import;
  GPtrArray     *which;    /* LianCsvPending, in the order of the records */
} Paths;

/* "row 7": where record @i came from, made only when an error names it. */
static char *
path_of_cb (guint    i,
            gpointer data)
{
  Paths *paths = data;
  LianCsvPending *pending = g_ptr_array_index (paths->which, i);
  const LianCsvResultEntry *entry = &g_array_index (paths->import->set->entries,
                                                    LianCsvResultEntry, pending->result);

  return g_strdup_printf ("row %u", entry->row);
}

/* The rows the registry took are its entries' now, and their texts
 * (with the rows themselves) the import's arena, which it keeps. */
static void
hand_over_rows (LianCsvImport *import,
                LianRegistry  *registry,
                GPtrArray     *which)
{
  gboolean any = FALSE;

  for (guint i = 0; i < which->len; i++)
    {
      LianCsvPending *pending = g_ptr_array_index (which, i);

      if (LIAN_ITEM_IS_ROW (pending->record))
        {
          pending->record = NULL;
          any = TRUE;
        }
    }
  if (any)
    lian_registry_keep_texts (registry, import->texts);
}

static gboolean
add_new_records (LianCsvImport    *import,
                 LianRegistry     *registry,
                 gboolean          partial,
                 GError          **error)
{
  g_autoptr(GPtrArray) records = lian_pages_ptr_array (import->pending->len);
  g_autoptr(GPtrArray) which = lian_pages_ptr_array (import->pending->len);
  g_autofree guint32 *hashes = g_new (guint32, import->pending->len);
  /* Every reference of each row was checked with the registry as it was
   * when the rows were read (lian_csv_import_check_refs()), and the hash
   * of its id worked out when it was looked up. */
  LianChecked checked = { hashes, import->stamp };
  Paths paths = { import, which };
  g_autoptr(GError) local = NULL;

  /* Rows made for a registry that no longer takes them become objects. */
  gboolean rows = lian_registry_adds_rows (registry);

  for (guint i = 0; i < import->pending->len; i++)
    {
      LianCsvPending *pending = &g_array_index (import->pending, LianCsvPending, i);
      if (pending->update)
        continue;
      if (!rows)
        lian_item_make_record ((gpointer *) &pending->record);
      hashes[records->len] = pending->id_hash;
      g_ptr_array_add (records, pending->record);
      g_ptr_array_add (which, pending);
    }
  if (records->len == 0 ||
      lian_registry_add_checked_at (registry, records, &checked, path_of_cb, &paths,
                                    partial ? NULL : error))
    {
      hand_over_rows (import, registry, which);
      return TRUE;
    }
  if (!partial)
    return FALSE;

  /* Checked already, so this should not happen; if it does, row by row. */
  for (guint i = 0; i < which->len; i++)
    {
      LianCsvPending *pending = g_ptr_array_index (which, i);
      LianRecord *record = lian_item_make_record ((gpointer *) &pending->record);
      LianCsvResultEntry *entry;
      const char *rest;

      if (lian_registry_add (registry, record, &local))
        continue;
      entry = &g_array_index (import->set->entries, LianCsvResultEntry, pending->result);
      entry->column = lian_csv_import_field_column (import, strip_record_prefix (record,
                                                                                 local->message),
                                                    &rest);
      lian_csv_result_set_change (import->set, pending->result, LIAN_CSV_OUTCOME_REJECTED, rest);
      g_clear_error (&local);
    }
  return TRUE;
}

static void
skip_all (LianCsvImport *import)
{
  for (guint i = 0; i < import->pending->len; i++)
    {
      LianCsvPending *pending = &g_array_index (import->pending, LianCsvPending, i);
      lian_csv_result_set_change (import->set, pending->result, LIAN_CSV_OUTCOME_SKIPPED, NULL);
    }
}

static void
set_rejected_error (LianCsvImport  *import,
                    GError        **error)
{
  LianCsvResultSet *set = import->set;
  const LianCsvResultEntry *first = &g_array_index (set->entries, LianCsvResultEntry,
                                                    import->first_rejected);
  const char *column = lian_csv_result_set_column (set, first);

  if (column)
    g_set_error (error, import->first_domain, import->first_code,
                 _("%u of %u rows rejected; first: row %u, %s: %s"),
                 set->counts[LIAN_CSV_OUTCOME_REJECTED], set->entries->len, first->row,
                 column, first->message);
  else
    g_set_error (error, import->first_domain, import->first_code,
                 _("%u of %u rows rejected; first: row %u: %s"),
                 set->counts[LIAN_CSV_OUTCOME_REJECTED], set->entries->len, first->row,
                 first->message);
}

gboolean
lian_csv_import_commit (LianCsvImport  *import,
                        LianRegistry   *registry,
                        gboolean        partial,
                        GError        **error)
{
  if (!partial && import->set->counts[LIAN_CSV_OUTCOME_REJECTED])
    {
      skip_all (import);
      set_rejected_error (import, error);
      return FALSE;
    }
  if (!add_new_records (import, registry, partial, error))
    {
      skip_all (import);
      return FALSE;
    }
  for (guint i = 0; i < import->pending->len; i++)
    {
      LianCsvPending *pending = &g_array_index (import->pending, LianCsvPending, i);
      if (pending->update)
        lian_csv_import_apply (import, pending);
    }
  return TRUE;
}
