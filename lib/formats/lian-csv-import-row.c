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
#include "lian-record-private.h"
#include "lian-registry-query.h"
#include "lian-refs-private.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-error.h"
#include "lian-region-code.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"
#include "lian-duplicates-private.h"
#include "lian-pages-private.h"

static void
pending_clear (gpointer data)
{
  LianCsvPending *pending = data;

  g_clear_pointer (&pending->record, lian_item_free);
  if (pending->update)
    {
      g_clear_object (&pending->update->candidate);
      g_clear_pointer (&pending->update->moves, g_ptr_array_unref);
      g_clear_pointer (&pending->update, g_free);
    }
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
  import->id_pspec = g_object_class_find_property (import->klass, "id");
  import->id_column = -1;
  import->status_column = -1;
  for (guint i = 0; i < G_N_ELEMENTS (import->by_type); i++)
    import->by_type[i] = -1;
  import->cells = g_ptr_array_new ();
  import->owned = g_ptr_array_new_with_free_func (g_free);
  import->items = g_ptr_array_new ();
  import->scratch = g_string_new (NULL);
  import->name_key = g_string_new (NULL);
  /* Their keys are kept together in one chunk, not one block each. */
  import->keys = g_string_chunk_new (64 * 1024);
  import->ids_seen = lian_csv_seen_new ();
  import->usccs_seen = lian_csv_seen_new ();
  import->names_seen = lian_csv_names_seen_new (TRUE);
  import->codes_later = lian_csv_names_seen_new (FALSE);
  import->labels = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                          (GDestroyNotify) g_hash_table_unref);
  import->set = lian_csv_result_set_new ();
  import->pending = g_array_new (FALSE, TRUE, sizeof (LianCsvPending));
  g_array_set_clear_func (import->pending, pending_clear);
  import->texts = lian_text_arena_new ();
  /* When no one is told of the additions, the registry takes rows. */
  import->rows = lian_registry_adds_rows (registry);
  g_value_init (&import->blank[LIAN_CSV_BLANK_STRING], G_TYPE_STRING);
  g_value_init (&import->blank[LIAN_CSV_BLANK_UINT], G_TYPE_UINT);
  g_value_init (&import->blank[LIAN_CSV_BLANK_INT64], G_TYPE_INT64);
}

/* Makes room at once for @n rows, instead of growing the tables and
 * arrays of rows by doubling as they come. The arrays' room is not
 * written until a row takes it. */
void
lian_csv_import_expect (LianCsvImport *import,
                        gsize          n)
{
  if (import->codes_later)
    lian_csv_names_seen_reserve (import->codes_later, n);
  if (import->kind == LIAN_RECORD_KIND_ENTERPRISE)
    lian_csv_names_seen_reserve (import->names_seen, n);
  if (import->pending->len == 0)
    {
      g_array_unref (import->pending);
      import->pending = g_array_sized_new (FALSE, TRUE, sizeof (LianCsvPending), n);
      g_array_set_clear_func (import->pending, pending_clear);
      lian_pages_advise (import->pending->data, n * sizeof (LianCsvPending));
    }
  if (import->set->entries->len == 0)
    {
      g_array_unref (import->set->entries);
      import->set->entries = g_array_sized_new (FALSE, FALSE, sizeof (LianCsvResultEntry), n);
      lian_pages_advise (import->set->entries->data, n * sizeof (LianCsvResultEntry));
    }
}

void
lian_csv_import_clear (LianCsvImport *import)
{
  lian_csv_import_clear_values (import);
  g_free (import->values);
  g_free (import->bare);
  g_free (import->held);
  g_free (import->targets);
  lian_csv_import_forget_known (import);
  g_type_class_unref (import->klass);
  g_strfreev (import->headers);
  g_free (import->map);
  g_free (import->types);
  g_ptr_array_unref (import->cells);
  g_ptr_array_unref (import->owned);
  g_ptr_array_unref (import->items);
  g_string_free (import->scratch, TRUE);
  g_string_free (import->name_key, TRUE);
  lian_csv_seen_free (import->ids_seen);
  lian_csv_seen_free (import->usccs_seen);
  g_clear_pointer (&import->names_seen, lian_csv_names_seen_free);
  g_clear_pointer (&import->codes_later, lian_csv_names_seen_free);
  g_clear_pointer (&import->codes_repeated, lian_csv_seen_free);
  g_hash_table_unref (import->labels);
  g_string_chunk_free (import->keys);
  g_clear_pointer (&import->by_uscc, g_hash_table_unref);
  g_clear_pointer (&import->dups, lian_dup_index_free);
  g_clear_pointer (&import->needs_seen, g_hash_table_unref);
  for (guint k = 0; k < G_N_ELEMENTS (import->names); k++)
    g_clear_pointer (&import->names[k], lian_csv_names_free);
  g_clear_pointer (&import->set, lian_csv_result_set_free);
  g_clear_pointer (&import->links_chains, g_hash_table_unref);
  g_clear_pointer (&import->links, g_hash_table_unref);
  g_clear_pointer (&import->recent_links, g_free);
  lian_csv_import_hand_over_texts (import);
  g_array_unref (import->pending);
  g_clear_object (&import->shell);
  lian_text_arena_unref (import->texts);
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
  lian_csv_result_set_add (import->set, NULL, line, LIAN_CSV_OUTCOME_REJECTED, record_id,
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

static char *
generate_id (LianCsvImport *import,
             guint          line)
{
  const char *code = lian_csv_import_value (import, import->by_type[LIAN_CSV_CELL_USCC]);

  switch (import->kind)
    {
    case LIAN_RECORD_KIND_ENTERPRISE:
      {
        gsize n = code ? strlen (code) : 0;
        char *id = code ? g_malloc (n + 5) : NULL;
        if (id)
          {
            memcpy (id, "ent-", 4);
            memcpy (id + 4, code, n + 1);
          }
        return id;
      }
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
  for (guint j = 0; j < reader->n_kept; j++)
    for (const char *p = lian_csv_reader_cell (reader, j); *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);
        if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xFEFF)
          return FALSE;
      }
  return TRUE;
}

/* A warning for an enterprise likely the same as one in the registry by
 * its credit code, the core of its name or its telephone
 * (lian_registry_find_duplicates_of()); NULL if none is. */
static char *
likely_warning (LianCsvImport *import,
                LianRecord    *record)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autofree char *reasons = NULL;
  LianRecord *other;

  /* A register without enterprises has none like it. */
  if (lian_registry_count_records (import->registry, LIAN_RECORD_KIND_ENTERPRISE) == 0)
    return NULL;
  if (import->dups == NULL)
    import->dups = lian_dup_index_new (import->registry);
  pairs = lian_dup_index_find (import->dups, record, LIAN_DUPLICATE_BAND_LIKELY);
  if (pairs->len == 0)
    return NULL;
  other = lian_registry_lookup (import->registry,
                                lian_duplicate_get_first_id (pairs->pdata[0]));
  reasons = g_strjoinv (_("; "), (char **) lian_duplicate_get_reasons (pairs->pdata[0]));
  /* TRANSLATORS: an enterprise's id and name, then why lian thinks it is
   * the one a CSV row names (same telephone; same region) */
  return g_strdup_printf (_("likely the same enterprise as \"%s\", %s (%s): check that it is "
                            "not"), lian_record_get_id (other), lian_record_get_name (other),
                          reasons);
}

/* The normalised name of the enterprise @record, by which name_warning()
 * compares it, into import->name_key (empty for none). */
static void
name_key (LianCsvImport *import,
          LianRecord    *record)
{
  g_string_truncate (import->name_key, 0);
  if (import->kind != LIAN_RECORD_KIND_ENTERPRISE || lian_record_get_name (record) == NULL)
    return;
  lian_text_normalize_name (lian_record_get_name (record), import->name_key);
}

/* A warning for an enterprise named like another one in the registry;
 * NULL if it is not. Whether it is named like an earlier row is answered
 * once every row is read (lian_csv_import_name_remarks()). */
static char *
name_warning (LianCsvImport *import,
              LianRecord    *record)
{
  const char *key = import->name_key->str;
  GPtrArray *like;

  /* The key name_key() made when the record was made. */
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
  return likely_warning (import, record);
}

/* A new record's row, moved into the import's arena beside its texts:
 * the item the second step hands to the registry. @candidate, which no
 * one else holds, is the shell the next row's candidate fills. One with
 * members lian does not know stays an object. */
static gpointer
give_row (LianCsvImport *import,
          LianRecord    *candidate)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (candidate);
  LianRowHead *row;

  if (G_OBJECT (candidate)->ref_count != 1 ||
      (G_OBJECT (candidate)->qdata && lian_record_get_extra (candidate)))
    return candidate;
  row = lian_text_arena_alloc (import->texts, decl->row_size,
                               MAX (G_ALIGNOF (guint64), G_ALIGNOF (gpointer)));
  lian_record_give_row (candidate, row);
  row->kind = decl->kind;
  /* Only a shell with nothing beside its row is filled again. */
  if (import->shell == NULL && G_OBJECT (candidate)->qdata == NULL)
    import->shell = candidate;
  else
    g_object_unref (candidate);
  return LIAN_ITEM_OF_ROW (row);
}

/* The row is good: its change waits for the second step. */
static void
add_pending (LianCsvImport *import,
             guint          line,
             const char    *id,
             guint32        id_hash,
             LianRecord    *existing,
             LianRecord    *candidate,
             GPtrArray     *moves,
             gboolean       phone_masked)
{
  LianCsvPending pending = { import->set->entries->len, existing ? 0 : id_hash, NULL, NULL };
  g_autofree char *warning = name_warning (import, candidate);
  g_autofree char *both = NULL;
  const char *masked = NULL;
  /* A new record's id lies in the import's arena, which the results
   * hold rather than a copy of it. */
  const char *kept_id = existing == NULL && lian_record_borrows_texts (candidate)
                        ? lian_record_get_id (candidate) : NULL;
  const char *name = lian_record_get_name (candidate);
  int column = -1;

  /* Only an update moves a need. */
  g_assert (existing != NULL || moves == NULL);
  if (existing)
    {
      pending.record = g_object_ref (existing);
      pending.update = g_new (LianCsvUpdate, 1);
      *pending.update = (LianCsvUpdate) { candidate, moves, phone_masked };
    }
  else
    pending.record = import->rows ? give_row (import, candidate) : candidate;
  g_array_append_val (import->pending, pending);
  /* The name stays in the import's arena, or with the record the import
   * holds until the names are compared. */
  if (warning == NULL && import->name_key->len)
    lian_csv_names_seen_add_name (import->names_seen, name,
                                  lian_csv_hash_len (import->name_key->str, import->name_key->len),
                                  line, pending.result);
  if (phone_masked)
    {
      column = import->by_type[LIAN_CSV_CELL_PHONE];
      masked = existing ? _("a masked number; the one on record was kept")
                        : _("a masked number was left out");
    }
  if (warning)
    {
      if (column < 0)
        column = lian_csv_import_name_column (import);
      if (masked)
        /* TRANSLATORS: between two remarks on one CSV row */
        both = g_strconcat (masked, _("; "), warning, NULL);
    }
  lian_csv_result_set_add (import->set, kept_id ? import->texts : NULL, line,
                           existing ? LIAN_CSV_OUTCOME_UPDATED : LIAN_CSV_OUTCOME_IMPORTED,
                           kept_id ? kept_id : id, column,
                           both ? both : masked ? masked : warning);
}

/* One row on its way through the checks. */
typedef struct
{
  guint        line;
  char        *id_hint;      /* the id the row gives, folded, for its result */
  char        *id;           /* the record's id, once known */
  guint32      id_hash;      /* its lian_registry_hash_id() once looked up, or 0 */
  const char  *code;         /* the row's credit code, or NULL */
  guint        code_hash;    /* its lian_csv_hash(), for lian_csv_seen_note_hashed() */
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
  return import->id_column >= 0 && lian_csv_import_cell (import, import->id_column)[0];
}

/* The record with the row's id, if it has one. */
static gboolean
find_by_id (LianCsvImport *import,
            Row           *row)
{
  if (!has_id_cell (import))
    return TRUE;
  row->id = g_strdup (lian_csv_import_value (import, import->id_column));
  row->column = import->id_column;
  if (!lian_record_check_id (row->id, &row->error))
    return FALSE;
  row->id_hash = lian_registry_hash_id (row->id);
  row->existing = lian_registry_lookup_hashed (import->registry, row->id, row->id_hash);
  if (row->existing == NULL && import->kind == LIAN_RECORD_KIND_ENTERPRISE &&
      (row->existing = (LianRecord *) lian_registry_lookup_enterprise (import->registry, row->id)))
    {
      /* The id of an enterprise merged into another: the row is that one. */
      g_free (row->id);
      row->id = g_strdup (lian_record_get_id (row->existing));
      row->id_hash = 0;
    }
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
  row->id_hash = row->id ? lian_registry_hash_id (row->id) : 0;
  row->existing = row->id ? lian_registry_lookup_hashed (import->registry, row->id, row->id_hash)
                          : NULL;
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

/* Whether another row can have the id of @row. Without an id column, a
 * row's id is the id of the record it updates, or one made from its line
 * or its credit code that no record has: the same only for the same code,
 * which the codes seen tell. A new record's id needs no table then. */
static gboolean
may_share_id (LianCsvImport *import,
              Row           *row)
{
  return row->id && (import->id_column >= 0 || row->existing);
}

/* Whether @code is checked in usccs_seen: not while the codes are only
 * noted, and once they were, only if another row had it (no row that
 * reaches the check had a code only it has). */
static gboolean
code_is_checked (LianCsvImport *import,
                 const char    *code)
{
  return import->codes_later == NULL &&
         (import->codes_repeated == NULL || lian_csv_seen_lookup (import->codes_repeated, code));
}

/* The same record twice in one file. */
static gboolean
check_not_seen (LianCsvImport *import,
                Row           *row)
{
  gboolean shared = may_share_id (import, row);
  gboolean checked = row->code && code_is_checked (import, row->code);
  guint seen;

  /* Codes are first only noted, in order (lian_csv_import_codes_repeat()). */
  if (row->code && import->codes_later)
    lian_csv_names_seen_add (import->codes_later, row->code, row->code_hash, row->line, 0);
  /* Without an id another row may share, the code is looked up and
   * noted at once. */
  if (checked && (seen = shared ? lian_csv_seen_lookup (import->usccs_seen, row->code)
                                  : lian_csv_seen_note_hashed (import->usccs_seen, row->code,
                                                               row->code_hash, row->line)))
    return row_fails (row, row->code_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("the same code as row %u"), seen);
  if (!shared)
    return TRUE;
  if ((seen = lian_csv_seen_lookup (import->ids_seen, row->id)))
    return row_fails (row, import->id_column, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                      _("the same id as row %u"), seen);
  if (checked)
    lian_csv_seen_note (import->usccs_seen, row->code, row->line);
  lian_csv_seen_note (import->ids_seen, row->id, row->line);
  return TRUE;
}

/* The record the row makes, checked as the registry would. */
static gboolean
check_candidate (LianCsvImport *import,
                 Row           *row)
{
  const LianKindDecl *decl;

  row->candidate = lian_csv_import_candidate (import, row->id ? row->id : "", &row->phone_masked,
                                              &row->column, &row->error);
  if (row->candidate == NULL)
    return FALSE;
  name_key (import, row->candidate);
  row->mapped = TRUE;
  decl = lian_record_get_kind_decl (row->candidate);
  /* The credit code was checked when its cell was read (parse_uscc()). */
  if (!lian_record_validate_row_checked (decl, lian_record_row (row->candidate, decl),
                                         import->kind == LIAN_RECORD_KIND_ENTERPRISE
                                         ? row->code : NULL, &row->error) ||
      !lian_csv_import_check_refs (import, row->candidate, &row->error))
    return FALSE;
  /* No one else holds the candidate: unchanged until the commit adds it. */
  lian_record_mark_validated (row->candidate);
  row->mapped = FALSE;
  return import->kind != LIAN_RECORD_KIND_NEED ||
         lian_csv_import_check_need (import, LIAN_NEED (row->existing), LIAN_NEED (row->candidate), row->line,
                         &row->moves, &row->column, &row->error);
}

/* The row's cells are read: which record it is, and the record it makes. */
static gboolean
check_record (LianCsvImport *import,
              Row           *row)
{
  row->code = lian_csv_import_value (import, row->code_column);
  if (row->code)
    row->code_hash = lian_csv_hash (row->code);
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
  else if (!lian_csv_import_read_cells (import, reader, &row.id_hint, &row.column, &row.error))
    lian_csv_import_reject (import, line, row.id_hint, row.column, row.error);
  else if (import->kind == LIAN_RECORD_KIND_NEED &&
           !lian_csv_import_need_enterprise (import, &row.column, &row.error))
    lian_csv_import_reject (import, line, row.id_hint, row.column, row.error);
  else if (!check_record (import, &row))
    {
      if (row.mapped)
        reject_mapped (import, line, row.id, row.error);
      else
        lian_csv_import_reject (import, line, row.id, row.column, row.error);
    }
  else
    add_pending (import, line, row.id, row.id_hash, row.existing,
                 g_steal_pointer (&row.candidate), g_steal_pointer (&row.moves),
                 row.phone_masked);
  row_clear (&row);
}
