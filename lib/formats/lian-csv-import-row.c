/* lian-csv-import-row.c: checking the header and each row of an import
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Nothing here changes the registry: each row becomes a candidate record,
 * checked as the registry would check it, and a pending change.
 */
#include "config.h"

#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-registry-private.h"
#include "lian-refs-private.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-error.h"
#include "lian-region-code.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"

static void
pending_free (gpointer data)
{
  LianCsvPending *pending = data;

  g_clear_object (&pending->record);
  g_clear_object (&pending->candidate);
  g_clear_pointer (&pending->moves, g_ptr_array_unref);
  g_free (pending);
}

void
lian_csv_import_init (LianCsvImport  *import,
                      LianRegistry   *registry,
                      LianRecordKind  kind,
                      gboolean        update)
{
  memset (import, 0, sizeof *import);
  import->registry = registry;
  import->kind = kind;
  import->update = update;
  import->table = lian_csv_columns (kind, &import->n_table);
  import->klass = g_type_class_ref (lian_csv_record_type (kind));
  import->id_column = -1;
  import->status_column = -1;
  for (guint i = 0; i < G_N_ELEMENTS (import->by_type); i++)
    import->by_type[i] = -1;
  import->cells = g_ptr_array_new ();
  import->owned = g_ptr_array_new_with_free_func (g_free);
  import->items = g_ptr_array_new ();
  import->scratch = g_string_new (NULL);
  import->ids_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->usccs_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->names_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->set = lian_csv_result_set_new ();
  import->pending = g_ptr_array_new_with_free_func (pending_free);
}

void
lian_csv_import_clear (LianCsvImport *import)
{
  for (guint j = 0; import->values && j < import->n_columns; j++)
    if (G_IS_VALUE (&import->values[j]))
      g_value_unset (&import->values[j]);
  g_free (import->values);
  g_type_class_unref (import->klass);
  g_strfreev (import->headers);
  g_free (import->map);
  g_free (import->types);
  g_ptr_array_unref (import->cells);
  g_ptr_array_unref (import->owned);
  g_ptr_array_unref (import->items);
  g_string_free (import->scratch, TRUE);
  g_hash_table_unref (import->ids_seen);
  g_hash_table_unref (import->usccs_seen);
  g_hash_table_unref (import->names_seen);
  g_clear_pointer (&import->by_uscc, g_hash_table_unref);
  for (guint k = 0; k < G_N_ELEMENTS (import->names); k++)
    g_clear_pointer (&import->names[k], lian_csv_names_free);
  g_clear_pointer (&import->set, lian_csv_result_set_free);
  g_ptr_array_unref (import->pending);
}

/* Rows */

/* Records a rejected row. */
static void
lian_csv_import_reject (LianCsvImport *import,
                        guint          line,
                        const char    *record_id,
                        int            column,
                        const GError  *error)
{
  if (import->set->counts[LIAN_CSV_OUTCOME_REJECTED] == 0)
    {
      import->first_rejected = import->set->entries->len;
      import->first_domain = error->domain;
      import->first_code = error->code;
    }
  lian_csv_result_set_add (import->set, line, LIAN_CSV_OUTCOME_REJECTED, record_id,
                           column, error->message);
}

static void
reject_mapped (LianCsvImport *import,
               guint          line,
               const char    *record_id,
               const GError  *error)
{
  const char *rest;
  int column = lian_csv_import_field_column (import, error->message, &rest);
  g_autoptr(GError) copy = g_error_new_literal (error->domain, error->code, rest);

  lian_csv_import_reject (import, line, record_id, column, copy);
}

static const char *
cell (LianCsvImport *import,
      int            j)
{
  return j >= 0 ? g_ptr_array_index (import->cells, j) : "";
}

static const char *
value_string (LianCsvImport *import,
              int            j)
{
  return j >= 0 && G_VALUE_HOLDS_STRING (&import->values[j])
         ? g_value_get_string (&import->values[j]) : NULL;
}

typedef struct
{
  LianRegistry *registry;
  GError       *error;
} RefCheck;

static void
check_ref_cb (LianRecord    *record,
              const LianRef *ref,
              gpointer       data)
{
  RefCheck *check = data;
  LianRecord *target;
  g_autofree char *field = NULL;

  if (check->error)
    return;
  target = lian_registry_lookup (check->registry, ref->target);
  if (target && lian_record_get_record_kind (target) == ref->kind)
    return;
  field = g_str_equal (ref->field, "chain_links") ? g_strdup ("chain_links[].chain")
                                                  : g_strdup (ref->field);
  if (target == NULL)
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                 _("%s: unknown %s \"%s\""), field, lian_record_kind_noun (ref->kind), ref->target);
  else
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                 _("%s: \"%s\" is %s, not %s"), field, ref->target,
                 lian_record_kind_with_article (lian_record_get_record_kind (target)),
                 lian_record_kind_with_article (ref->kind));
}

/* The enterprise's chain links, from the chain, segment and role columns. */
static gboolean
add_links (LianCsvImport   *import,
           LianEnterprise  *ent,
           int             *bad_column,
           GError         **error)
{
  int jc = import->by_type[LIAN_CSV_CELL_LINK_CHAIN];
  int js = import->by_type[LIAN_CSV_CELL_LINK_SEGMENT];
  int jr = import->by_type[LIAN_CSV_CELL_LINK_ROLE];
  const char * const *chains = jc >= 0 && G_IS_VALUE (&import->values[jc])
                               ? g_value_get_boxed (&import->values[jc]) : NULL;
  const char * const *roles = jr >= 0 && G_IS_VALUE (&import->values[jr])
                              ? g_value_get_boxed (&import->values[jr]) : NULL;
  guint n = chains ? g_strv_length ((GStrv) chains) : 0;
  g_auto(GStrv) segments = NULL;

  if (js >= 0 && cell (import, js)[0])
    segments = n == 1 ? g_strdupv ((char *[]) { (char *) cell (import, js), NULL })
                      : lian_csv_split_list (cell (import, js), TRUE);
  if (n == 0 && (segments || roles))
    {
      *bad_column = segments ? js : jr;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   "%s", segments ? _("a segment without a chain") : _("a role without a chain"));
      return FALSE;
    }
  if (segments && g_strv_length (segments) != n)
    {
      *bad_column = js;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%u segments for %u chains; give one for each chain, in the same order"),
                   g_strv_length (segments), n);
      return FALSE;
    }
  if (roles && g_strv_length ((GStrv) roles) != n)
    {
      *bad_column = jr;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%u roles for %u chains; give one for each chain, in the same order"),
                   g_strv_length ((GStrv) roles), n);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      int role = LIAN_CHAIN_ROLE_SUPPORTING;
      if (lian_enterprise_get_chain_link (ent, chains[i]))
        {
          *bad_column = jc;
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("chain \"%s\" appears twice"), chains[i]);
          return FALSE;
        }
      if (roles)
        lian_enum_from_nick (LIAN_TYPE_CHAIN_ROLE, roles[i], &role, NULL);
      lian_enterprise_add_chain_link (ent, chains[i],
                                      segments && segments[i][0] ? segments[i] : NULL, role);
    }
  return TRUE;
}

/* Unknown columns, kept as string members. */
static void
add_extra (LianCsvImport *import,
           LianRecord    *record)
{
  g_autoptr(JsonObject) extra = NULL;

  for (guint j = 0; j < import->n_columns; j++)
    {
      if (import->map[j] != -1 || cell (import, j)[0] == '\0')
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_string_member (extra, import->headers[j], cell (import, j));
    }
  if (extra)
    lian_record_set_extra (record, extra);
}

/* The names and values of the properties the row sets, id and status
 * first; the values are borrowed from the row. */
static guint
candidate_properties (LianCsvImport  *import,
                      const char     *id,
                      const char    **names,
                      GValue         *values,
                      gboolean       *phone_masked)
{
  guint n = 0;

  names[n] = "id";
  g_value_init (&values[n], G_TYPE_STRING);
  g_value_set_static_string (&values[n++], id);
  if (import->status_column >= 0 && G_IS_VALUE (&import->values[import->status_column]))
    {
      names[n] = "status";
      values[n++] = import->values[import->status_column];
    }
  for (guint j = 0; j < import->n_columns; j++)
    {
      const LianCsvColumn *column;
      if (import->map[j] < 0 || !G_IS_VALUE (&import->values[j]))
        continue;
      column = &import->table[import->map[j]];
      if (column->property == NULL || (int) j == import->id_column ||
          (int) j == import->status_column)
        continue;
      if (column->type == LIAN_CSV_CELL_PHONE && strchr (value_string (import, j), '*'))
        {
          *phone_masked = TRUE;
          continue;
        }
      names[n] = column->property;
      values[n++] = import->values[j];
    }
  return n;
}

/* The candidate record: the row's values on a new record, set in one
 * construction rather than one property at a time. */
static LianRecord *
build_candidate (LianCsvImport  *import,
                 const char     *id,
                 gboolean       *phone_masked,
                 int            *bad_column,
                 GError        **error)
{
  const char **names = g_newa (const char *, import->n_columns + 2);
  GValue *values = g_newa (GValue, import->n_columns + 2);
  guint n_props;
  LianRecord *record;

  memset (values, 0, sizeof (GValue) * (import->n_columns + 2));
  n_props = candidate_properties (import, id, names, values, phone_masked);
  record = LIAN_RECORD (g_object_new_with_properties (G_OBJECT_CLASS_TYPE (import->klass),
                                                      n_props, names, values));
  g_value_unset (&values[0]);   /* the others are the row's */

  if (import->kind == LIAN_RECORD_KIND_ENTERPRISE &&
      !add_links (import, LIAN_ENTERPRISE (record), bad_column, error))
    {
      g_object_unref (record);
      return NULL;
    }
  if (import->kind == LIAN_RECORD_KIND_NEED)
    {
      int jh = import->by_type[LIAN_CSV_CELL_HISTORY];
      GPtrArray *events = jh >= 0 && G_IS_VALUE (&import->values[jh])
                          ? g_value_get_boxed (&import->values[jh]) : NULL;
      for (guint i = 0; events && i < events->len; i++)
        lian_need_append_event (LIAN_NEED (record), g_ptr_array_index (events, i));
    }
  add_extra (import, record);
  return record;
}

/* A need's enterprise: by id, else by credit code, else by name. */
static gboolean
resolve_enterprise (LianCsvImport  *import,
                    int            *bad_column,
                    GError        **error)
{
  int ji = -1, ju = import->by_type[LIAN_CSV_CELL_ENTERPRISE_USCC];
  int jn = import->by_type[LIAN_CSV_CELL_ENTERPRISE_NAME];
  const char *by_id, *by_code;

  for (guint j = 0; j < import->n_columns; j++)
    if (import->map[j] >= 0 && g_strcmp0 (import->table[import->map[j]].property, "enterprise-id") == 0)
      ji = j;
  by_id = value_string (import, ji);
  by_code = value_string (import, ju);
  if (by_id && by_code && !g_str_equal (by_id, by_code))
    {
      *bad_column = ju;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("the code is enterprise \"%s\"'s, not \"%s\"'s"), by_code, by_id);
      return FALSE;
    }
  if (by_id == NULL && by_code == NULL && jn >= 0 && cell (import, jn)[0])
    {
      if (!lian_csv_parse_cell (import, &import->table[import->map[jn]], G_TYPE_INVALID,
                                cell (import, jn), &import->values[jn], error))
        {
          *bad_column = jn;
          return FALSE;
        }
      by_id = value_string (import, jn);
    }
  if (by_id == NULL && by_code == NULL)
    {
      *bad_column = ji >= 0 ? ji : ju >= 0 ? ju : jn;
      g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                           _("a value is required"));
      return FALSE;
    }
  return TRUE;
}

static const char *
enterprise_id_of_row (LianCsvImport *import)
{
  for (guint j = 0; j < import->n_columns; j++)
    if (import->map[j] >= 0)
      {
        LianCsvCellType type = import->table[import->map[j]].type;
        if ((g_strcmp0 (import->table[import->map[j]].property, "enterprise-id") == 0 ||
             type == LIAN_CSV_CELL_ENTERPRISE_USCC || type == LIAN_CSV_CELL_ENTERPRISE_NAME) &&
            value_string (import, j))
          return value_string (import, j);
      }
  return NULL;
}

static char *
generate_id (LianCsvImport *import,
             guint          line)
{
  const char *code = value_string (import, import->by_type[LIAN_CSV_CELL_USCC]);

  switch (import->kind)
    {
    case LIAN_RECORD_KIND_ENTERPRISE:
      return code ? g_strconcat ("ent-", code, NULL) : NULL;
    case LIAN_RECORD_KIND_NEED:
      return g_strdup_printf ("need-%s-%u", import->hash, line);
    case LIAN_RECORD_KIND_SERVICE:
      return g_strdup_printf ("svc-%s-%u", import->hash, line);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
row_is_blank (LianCsvReader *reader)
{
  for (guint j = 0; j < reader->offsets->len; j++)
    for (const char *p = lian_csv_reader_cell (reader, j); *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);
        if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xFEFF)
          return FALSE;
      }
  return TRUE;
}

/* Reads the cells into values; FALSE after rejecting the row. */
static gboolean
read_cells (LianCsvImport *import,
            LianCsvReader *reader,
            guint          line,
            char         **id_hint)
{
  /* The cells are trimmed where the reader keeps them, without a copy;
   * only a cell guarded as ="…" is copied, to the text inside. */
  g_ptr_array_set_size (import->cells, 0);
  g_ptr_array_set_size (import->owned, 0);
  for (guint j = 0; j < import->n_columns; j++)
    {
      char *owned = NULL;
      char *raw = (char *) lian_csv_unguard (lian_csv_reader_cell (reader, j), &owned);
      if (owned)
        g_ptr_array_add (import->owned, owned);
      g_ptr_array_add (import->cells, lian_csv_trim_in_place (raw));
      if (G_IS_VALUE (&import->values[j]))
        g_value_unset (&import->values[j]);
    }
  /* The id the row gives, for the results, even if the row is bad. */
  if (import->id_column >= 0 && cell (import, import->id_column)[0])
    *id_hint = lian_csv_fold (cell (import, import->id_column));
  for (guint j = 0; j < import->n_columns; j++)
    {
      const LianCsvColumn *column;
      const char *text = cell (import, j);
      g_autoptr(GError) error = NULL;

      if (import->map[j] == -2 && text[0])
        {
          g_set_error (&error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
                       _("column %u holds \"%s\" but has no header"), j + 1, text);
          lian_csv_import_reject (import, line, *id_hint, -1, error);
          return FALSE;
        }
      if (import->map[j] < 0)
        continue;
      column = &import->table[import->map[j]];
      if (text[0] == '\0')
        {
          if (!(column->flags & LIAN_CSV_COLUMN_NEEDS_VALUE))
            continue;
          g_set_error_literal (&error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                               _("a value is required"));
        }
      else if (column->type == LIAN_CSV_CELL_ENTERPRISE_NAME)
        continue;   /* read only when neither id nor code says which */
      else
        lian_csv_parse_cell (import, column, import->types[j], text, &import->values[j], &error);
      if (error)
        {
          lian_csv_import_reject (import, line, *id_hint, j, error);
          return FALSE;
        }
    }
  return TRUE;
}

/* A need's 所在地区代码: its enterprise's region, or a region above it. */
static gboolean
check_need_region (LianCsvImport  *import,
                   LianNeed       *candidate,
                   GError        **error)
{
  const char *code = value_string (import, import->by_type[LIAN_CSV_CELL_ENTERPRISE_REGION]);
  LianEnterprise *ent;
  const char *region;
  g_autofree char *name = NULL, *region_name = NULL;

  if (code == NULL)
    return TRUE;
  ent = lian_registry_lookup_enterprise (import->registry, lian_need_get_enterprise_id (candidate));
  region = ent ? lian_enterprise_get_region (ent) : NULL;
  if (region == NULL || !lian_region_code_is_valid (region) ||
      lian_region_code_contains (code, region))
    return TRUE;
  name = lian_registry_dup_region_name (import->registry, code);
  region_name = lian_registry_dup_region_name (import->registry, region);
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
               _("enterprise \"%s\" is in %s%s%s%s, not in %s%s%s%s; a need's region is its "
               "enterprise's"), lian_record_get_id (LIAN_RECORD (ent)),
               region, region_name ? " (" : "", region_name ? region_name : "",
               region_name ? ")" : "", code, name ? " (" : "", name ? name : "", name ? ")" : "");
  return FALSE;
}

/* What only a need row checks: its region, and for an update, the moves
 * that take it to the row's status. */
static gboolean
check_need_row (LianCsvImport  *import,
                LianNeed       *existing,
                LianNeed       *candidate,
                guint           line,
                GPtrArray     **moves,
                int            *bad_column,
                GError        **error)
{
  if (!check_need_region (import, candidate, error))
    {
      *bad_column = import->by_type[LIAN_CSV_CELL_ENTERPRISE_REGION];
      return FALSE;
    }
  if (existing == NULL || import->status_column < 0 ||
      !G_IS_VALUE (&import->values[import->status_column]))
    return TRUE;
  *moves = lian_csv_plan_moves (import, existing, candidate, line, bad_column, error);
  return *moves != NULL;
}

/* A warning for an enterprise named like another one, in the registry or
 * in an earlier row; NULL if it is not. */
static char *
name_warning (LianCsvImport *import,
              guint          line,
              LianRecord    *record)
{
  g_autofree char *key = NULL;
  GPtrArray *like;
  gpointer row;

  if (import->kind != LIAN_RECORD_KIND_ENTERPRISE || lian_record_get_name (record) == NULL)
    return NULL;
  key = lian_text_dup_normalized_name (lian_record_get_name (record));
  if (key[0] == '\0')
    return NULL;
  like = lian_csv_names_like (lian_csv_import_names (import, import->kind), key);
  for (guint i = 0; like && i < like->len; i++)
    {
      LianRecord *other = g_ptr_array_index (like, i);
      if (g_strcmp0 (lian_record_get_id (other), lian_record_get_id (record)) != 0)
        return g_strdup_printf (_("the name is like enterprise \"%s\"'s, %s: check that it is "
                                  "not the same enterprise"), lian_record_get_id (other),
                                lian_record_get_name (other));
    }
  if ((row = g_hash_table_lookup (import->names_seen, key)))
    return g_strdup_printf (_("the name is like row %u's: check that it is not the same "
                              "enterprise"), GPOINTER_TO_UINT (row));
  g_hash_table_insert (import->names_seen, g_steal_pointer (&key), GUINT_TO_POINTER (line));
  return NULL;
}

/* The row is good: its change waits for the second step. */
static void
add_pending (LianCsvImport *import,
             guint          line,
             const char    *id,
             LianRecord    *existing,
             LianRecord    *candidate,
             GPtrArray     *moves,
             gboolean       phone_masked)
{
  LianCsvPending *pending = g_new0 (LianCsvPending, 1);
  g_autofree char *warning = name_warning (import, line, candidate);
  g_autoptr(GString) message = g_string_new (NULL);
  int column = -1;

  pending->phone_masked = phone_masked;
  pending->moves = moves;
  if (existing)
    {
      pending->record = g_object_ref (existing);
      pending->candidate = candidate;
    }
  else
    pending->record = candidate;
  pending->result = import->set->entries->len;
  g_ptr_array_add (import->pending, pending);
  if (phone_masked)
    {
      column = import->by_type[LIAN_CSV_CELL_PHONE];
      g_string_append (message, existing ? _("a masked number; the one on record was kept")
                                          : _("a masked number was left out"));
    }
  if (warning)
    {
      for (guint j = 0; column < 0 && j < import->n_columns; j++)
        if (import->map[j] >= 0 && g_strcmp0 (import->table[import->map[j]].property, "name") == 0)
          column = j;
      /* TRANSLATORS: between two remarks on one CSV row */
      g_string_append_printf (message, "%s%s", message->len ? _("; ") : "", warning);
    }
  lian_csv_result_set_add (import->set, line,
                           existing ? LIAN_CSV_OUTCOME_UPDATED : LIAN_CSV_OUTCOME_IMPORTED, id,
                           column, message->len ? message->str : NULL);
}

/* One row on its way through the checks. */
typedef struct
{
  guint        line;
  char        *id_hint;      /* the id the row gives, folded, for its result */
  char        *id;           /* the record's id, once known */
  const char  *code;         /* the row's credit code, or NULL */
  int          code_column;
  LianRecord  *existing;     /* the record the row updates, or NULL */
  LianRecord  *candidate;    /* the record the row makes (owned) */
  GPtrArray   *moves;        /* the status moves an update makes (owned), or NULL */
  gboolean     phone_masked;
  int          column;       /* the file column a rejection names, or -1 */
  gboolean     mapped;       /* the column is named in the message */
  GError      *error;
} Row;

static void
row_clear (Row *row)
{
  g_free (row->id_hint);
  g_free (row->id);
  g_clear_object (&row->candidate);
  g_clear_pointer (&row->moves, g_ptr_array_unref);
  g_clear_error (&row->error);
}

static gboolean
row_fails (Row        *row,
           int         column,
           GQuark      domain,
           int         code,
           const char *format,
           ...) G_GNUC_PRINTF (5, 6);

/* Sets the row's error; FALSE. */
static gboolean
row_fails (Row        *row,
           int         column,
           GQuark      domain,
           int         code,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  row->error = g_error_new_valist (domain, code, format, args);
  va_end (args);
  row->column = column;
  return FALSE;
}

static gboolean
has_id_cell (LianCsvImport *import)
{
  return import->id_column >= 0 && cell (import, import->id_column)[0];
}

/* The record with the row's id, if it has one. */
static gboolean
find_by_id (LianCsvImport *import,
            Row           *row)
{
  if (!has_id_cell (import))
    return TRUE;
  row->id = g_strdup (value_string (import, import->id_column));
  row->column = import->id_column;
  if (!lian_record_check_id (row->id, &row->error))
    return FALSE;
  row->existing = lian_registry_lookup (import->registry, row->id);
  if (row->existing && lian_record_get_record_kind (row->existing) != import->kind)
    return row_fails (row, import->id_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("\"%s\" is already the id of %s"), row->id,
                      lian_record_kind_with_article (lian_record_get_record_kind (row->existing)));
  row->column = -1;
  return TRUE;
}

/* The enterprise with the row's credit code: the record, or a conflict. */
static gboolean
find_by_code (LianCsvImport *import,
              Row           *row)
{
  LianEnterprise *holder;

  if (row->code == NULL)
    return TRUE;
  holder = lian_csv_enterprise_by_uscc (import, row->code);
  if (holder && row->existing && LIAN_RECORD (holder) != row->existing)
    return row_fails (row, row->code_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("%s is the code of enterprise \"%s\", not of \"%s\""), row->code,
                      lian_record_get_id (LIAN_RECORD (holder)), row->id);
  if (holder && row->id == NULL)
    {
      row->existing = LIAN_RECORD (holder);
      row->id = g_strdup (lian_record_get_id (row->existing));
    }
  else if (holder && row->existing == NULL)
    return row_fails (row, row->code_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("%s is already the code of enterprise \"%s\""), row->code,
                      lian_record_get_id (LIAN_RECORD (holder)));
  return TRUE;
}

/* A generated id finds the record an earlier import of the file made. */
static gboolean
find_by_generated_id (LianCsvImport *import,
                      Row           *row)
{
  if (row->id)
    return TRUE;
  row->id = generate_id (import, row->line);
  row->existing = row->id ? lian_registry_lookup (import->registry, row->id) : NULL;
  if (row->existing && lian_record_get_record_kind (row->existing) != import->kind)
    return row_fails (row, -1, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("\"%s\" is already the id of %s"), row->id,
                      lian_record_kind_with_article (lian_record_get_record_kind (row->existing)));
  return TRUE;
}

/* Which record the row is: its id, or the one with its credit code. */
static gboolean
identify_record (LianCsvImport *import,
                 Row           *row)
{
  gboolean by_code;

  if (!find_by_id (import, row) || !find_by_code (import, row) ||
      !find_by_generated_id (import, row))
    return FALSE;
  if (row->existing == NULL || import->update)
    return TRUE;
  by_code = row->code && row->code_column >= 0 && !has_id_cell (import);
  if (by_code)
    return row_fails (row, row->code_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("%s is already the code of enterprise \"%s\", and updates are off"),
                      row->code, row->id);
  return row_fails (row, has_id_cell (import) ? import->id_column : row->code_column,
                    LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                    _("\"%s\" is already the id of %s, and updates are off"), row->id,
                    lian_record_kind_with_article (import->kind));
}

/* The same record twice in one file. */
static gboolean
check_not_seen (LianCsvImport *import,
                Row           *row)
{
  gpointer seen;

  if (row->code && (seen = g_hash_table_lookup (import->usccs_seen, row->code)))
    return row_fails (row, row->code_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("the same code as row %u"), GPOINTER_TO_UINT (seen));
  if (row->id && (seen = g_hash_table_lookup (import->ids_seen, row->id)))
    return row_fails (row, import->id_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("the same id as row %u"), GPOINTER_TO_UINT (seen));
  if (row->code)
    g_hash_table_insert (import->usccs_seen, g_strdup (row->code), GUINT_TO_POINTER (row->line));
  if (row->id)
    g_hash_table_insert (import->ids_seen, g_strdup (row->id), GUINT_TO_POINTER (row->line));
  return TRUE;
}

/* The record the row makes, checked as the registry would. */
static gboolean
check_candidate (LianCsvImport *import,
                 Row           *row)
{
  RefCheck check = { import->registry, NULL };
  const char *enterprise_id;

  row->candidate = build_candidate (import, row->id ? row->id : "", &row->phone_masked,
                                    &row->column, &row->error);
  if (row->candidate == NULL)
    return FALSE;
  if (import->kind == LIAN_RECORD_KIND_NEED && (enterprise_id = enterprise_id_of_row (import)))
    lian_need_set_enterprise_id (LIAN_NEED (row->candidate), enterprise_id);
  row->mapped = TRUE;
  if (!lian_record_validate (row->candidate, &row->error))
    return FALSE;
  lian_record_foreach_ref (row->candidate, check_ref_cb, &check);
  if (check.error)
    {
      row->error = check.error;
      return FALSE;
    }
  row->mapped = FALSE;
  return import->kind != LIAN_RECORD_KIND_NEED ||
         check_need_row (import, LIAN_NEED (row->existing), LIAN_NEED (row->candidate), row->line,
                         &row->moves, &row->column, &row->error);
}

/* The row's cells are read: which record it is, and the record it makes. */
static gboolean
check_record (LianCsvImport *import,
              Row           *row)
{
  row->code = value_string (import, row->code_column);
  return identify_record (import, row) && check_not_seen (import, row) &&
         check_candidate (import, row);
}

void
lian_csv_import_row (LianCsvImport *import,
                     LianCsvReader *reader,
                     guint          line)
{
  Row row = { line, .code_column = import->by_type[LIAN_CSV_CELL_USCC], .column = -1 };

  if (row_is_blank (reader))
    return;
  if (reader->n_cells != import->n_columns)
    {
      row_fails (&row, -1, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                 _("the row has %u cells; the header has %u"), reader->n_cells, import->n_columns);
      lian_csv_import_reject (import, line, NULL, -1, row.error);
    }
  else if (!read_cells (import, reader, line, &row.id_hint))
    ;   /* rejected there */
  else if (import->kind == LIAN_RECORD_KIND_NEED &&
           !resolve_enterprise (import, &row.column, &row.error))
    lian_csv_import_reject (import, line, row.id_hint, row.column, row.error);
  else if (!check_record (import, &row))
    {
      if (row.mapped)
        reject_mapped (import, line, row.id, row.error);
      else
        lian_csv_import_reject (import, line, row.id, row.column, row.error);
    }
  else
    add_pending (import, line, row.id, row.existing, g_steal_pointer (&row.candidate),
                 g_steal_pointer (&row.moves), row.phone_masked);
  row_clear (&row);
}
