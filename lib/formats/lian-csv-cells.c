/* lian-csv-cells.c: reading one cell of an import
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Cells are read as a hand-typed spreadsheet has them: full-width digits
 * and spaces in codes and numbers, thousands separators, dates as Excel
 * rewrites them (2023/9/12), Chinese labels or nicks, lists separated by
 * 、，,;； and references given by id or by name (lian-csv-names.c).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-date-private.h"
#include "lian-registry.h"
#include "lian-refs-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-uscc.h"
#include "lian-region-code-private.h"
#include "lian-region-code.h"
#include "lian-i18n-private.h"

/* 9.13212E+17: what Excel writes for a long number it has rounded. */
static gboolean
is_scientific (const char *text)
{
  const char *e = strpbrk (text, "eE");
  const char *p = text;

  if (e == NULL || e == text)
    return FALSE;
  for (; p < e; p++)
    if (!g_ascii_isdigit (*p) && *p != '.')
      return FALSE;
  p = e + 1;
  if (*p == '+' || *p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
scientific_error (const char  *text,
                  GError     **error)
{
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
               _("\"%s\" is a number a spreadsheet rounded; format the column as text "
               "and type it again"), text);
  return FALSE;
}

static gboolean
parse_number (const char  *text,
              guint64      max,
              guint64     *value,
              GError     **error)
{
  LianCsvFolded folded;
  char *number, *o, *dot;
  gsize digits = 0;

  while (g_ascii_isdigit (text[digits]))
    digits++;
  /* Up to nine digits, as most counts are, fit any maximum. */
  if (digits > 0 && digits <= 9 && text[digits] == '\0')
    {
      *value = 0;
      for (gsize i = 0; i < digits; i++)
        *value = *value * 10 + (guint64) (text[i] - '0');
      return TRUE;
    }
  lian_csv_folded_init (&folded, text);
  if (is_scientific (folded.text))
    {
      scientific_error (folded.text, error);
      lian_csv_folded_clear (&folded);
      return FALSE;
    }
  /* The digits without thousands separators, in the folded text's room. */
  number = o = g_alloca (strlen (folded.text) + 1);
  for (const char *p = folded.text; *p; p++)
    if (*p != ',')
      *o++ = *p;
  *o = '\0';
  /* 12.00, as a spreadsheet with a number format writes 12 */
  dot = strchr (number, '.');
  if (dot && dot > number && strspn (dot + 1, "0") == strlen (dot + 1))
    *dot = '\0';
  if (number[0] == '-' && number[1] && strspn (number + 1, "0123456789") == strlen (number + 1))
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
                 _("%s is negative"), folded.text);
  else if (number[0] == '\0' || strspn (number, "0123456789") != strlen (number))
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                 _("\"%s\" is not a whole number"), text);
  else if (!g_ascii_string_to_unsigned (number, 10, 0, max, value, NULL))
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
                 _("%s is too large"), number);
  else
    {
      lian_csv_folded_clear (&folded);
      return TRUE;
    }
  lian_csv_folded_clear (&folded);
  return FALSE;
}

/* 2023-9-12, 2023/9/12, 2023.9.12, 2023年9月12日, each maybe followed by a
 * time of 0:00, to 2023-09-12; anything else is left for validation to
 * refuse. */
static char *
normalize_date (const char *text)
{
  g_autofree char *trimmed = lian_csv_trim (text);
  char *space = strpbrk (trimmed, " \t");
  g_autofree char *time = space ? lian_csv_trim (space) : NULL;
  g_autofree char *folded = NULL;
  guint y, m, d;
  int n = 0;

  if (space)
    *space = '\0';
  folded = lian_csv_fold (trimmed);
  if ((sscanf (folded, "%4u-%2u-%2u%n", &y, &m, &d, &n) == 3 ||
       sscanf (folded, "%4u/%2u/%2u%n", &y, &m, &d, &n) == 3 ||
       sscanf (folded, "%4u.%2u.%2u%n", &y, &m, &d, &n) == 3 ||
       sscanf (folded, "%4u年%2u月%2u日%n", &y, &m, &d, &n) == 3) &&
      n >= 8 && folded[n] == '\0' && y >= 1000 && m <= 99 && d <= 99 &&
      (time == NULL || g_str_equal (time, "0:00") || g_str_equal (time, "00:00") ||
       g_str_equal (time, "0:00:00") || g_str_equal (time, "00:00:00")))
    return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return lian_csv_fold (text);
}

static gboolean
parse_boolean (const char  *text,
               gboolean    *value,
               GError     **error)
{
  static const char * const yes[] = { "是", "true", "1", "yes", "y", "√", NULL };
  static const char * const no[] = { "否", "false", "0", "no", "n", "×", NULL };
  g_autofree char *folded = lian_csv_fold (text);
  g_autofree char *lower = g_ascii_strdown (folded, -1);

  if (g_strv_contains (yes, lower))
    *value = TRUE;
  else if (g_strv_contains (no, lower))
    *value = FALSE;
  else
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("\"%s\" is not 是 or 否 (true or false, 1 or 0)"), text);
      return FALSE;
    }
  return TRUE;
}

/* @records share a name like @text: the error says which they are. */
static void
set_ambiguous_error (GError         **error,
                     LianRecordKind   kind,
                     const char      *text,
                     GPtrArray       *records,
                     gboolean         exact)
{
  g_autofree char *which = lian_csv_names_describe (records);

  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
               exact ? _("\"%s\" is the name of more than one %s (%s); give its id")
                     : _("\"%s\" is like the names of more than one %s (%s); give its id"),
               text, lian_record_kind_noun (kind), which);
}

/* The id of the record of @kind whose id, or else exact name, is @text. */
static const char *
lian_csv_resolve (LianCsvImport   *import,
                  LianRecordKind   kind,
                  const char      *text,
                  GError         **error)
{
  LianCsvFolded folded;
  g_autofree char *suggestions = NULL;
  LianRecord *record;
  GPtrArray *named;
  gboolean exact;

  lian_csv_folded_init (&folded, text);
  record = lian_registry_lookup (import->registry, folded.text);
  /* The id of an enterprise merged into another names that one. */
  if (record == NULL && kind == LIAN_RECORD_KIND_ENTERPRISE)
    record = (LianRecord *) lian_registry_lookup_enterprise (import->registry, folded.text);
  if (record && lian_record_get_record_kind (record) == kind)
    {
      lian_csv_folded_clear (&folded);
      return lian_record_get_id (record);
    }
  lian_csv_folded_clear (&folded);
  named = lian_csv_names_lookup (lian_csv_import_names (import, kind), text, &exact);
  if (named && named->len > 1)
    {
      set_ambiguous_error (error, kind, text, named, exact);
      return NULL;
    }
  if (named)
    return lian_record_get_id (g_ptr_array_index (named, 0));
  if (record)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                   _("\"%s\" is %s, not %s"), lian_record_get_id (record),
                   lian_record_kind_with_article (lian_record_get_record_kind (record)),
                   lian_record_kind_with_article (kind));
      return NULL;
    }
  suggestions = lian_csv_names_suggest (lian_csv_import_names (import, kind), text);
  if (suggestions)
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                 _("no %s has the id or name \"%s\"; did you mean %s?"),
                 lian_record_kind_noun (kind), text, suggestions);
  else
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                 _("no %s has the id or name \"%s\""), lian_record_kind_noun (kind), text);
  return NULL;
}

/* Whether GB/T 2260 has @code, as far as lian knows: its table covers the
 * provinces it has whole, and a region record of the registry names a
 * code elsewhere. A code of a province lian has no table for is taken. */
static gboolean
region_known (LianCsvImport *import,
              const char    *code,
              const char   **province_name)
{
  char province[7];

  if (lian_adcode_get_name (code) || lian_registry_lookup_region (import->registry, code))
    return TRUE;
  memcpy (province, code, 2);
  memcpy (province + 2, "0000", 5);
  *province_name = lian_adcode_get_name (province);
  return *province_name == NULL;
}

/* A region code, folded; a code of the right form GB/T 2260 does not have
 * is refused here, one of the wrong form by validation (or here, for a
 * column no property keeps). */
static gboolean
parse_region (LianCsvImport        *import,
              const LianCsvColumn  *column,
              const char           *text,
              GValue               *value,
              GError              **error)
{
  g_autofree char *code = lian_csv_fold (text);
  const char *province = NULL;

  if (lian_adcode_has_form (code) && !region_known (import, code, &province))
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
                   _("no region of %s has the code %s (GB/T 2260)"), province, code);
      return FALSE;
    }
  if (column->property == NULL && !lian_adcode_check (code, error))
    return FALSE;
  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_STRING);
  g_value_take_string (value, g_steal_pointer (&code));
  return TRUE;
}

static char *
lian_csv_parse_uscc (const char  *text,
                     GError     **error)
{
  LianCsvFolded folded;
  char *code = NULL;

  /* A code written as it should be, as most are, is taken as it is. */
  if (lian_uscc_is_valid (text) && !is_scientific (text))
    return g_strdup (text);
  lian_csv_folded_init (&folded, text);
  if (is_scientific (folded.text))
    scientific_error (folded.text, error);
  else
    code = lian_uscc_normalize (text, error);
  lian_csv_folded_clear (&folded);
  return code;
}

static guint
hash_key (gconstpointer key)
{
  return lian_csv_hash (key);
}

LianEnterprise *
lian_csv_enterprise_by_uscc (LianCsvImport *import,
                             const char    *uscc)
{
  if (import->by_uscc == NULL)
    {
      g_autoptr(GListModel) list = lian_registry_get_enterprises (import->registry);
      guint n = g_list_model_get_n_items (list);

      import->by_uscc = g_hash_table_new (hash_key, g_str_equal);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LianEnterprise) ent = g_list_model_get_item (list, i);
          const char *code = lian_enterprise_get_uscc (ent);
          if (code)
            g_hash_table_insert (import->by_uscc, (gpointer) code, ent);
        }
    }
  /* A register without enterprises needs no key made. */
  return g_hash_table_size (import->by_uscc) ? g_hash_table_lookup (import->by_uscc, uscc) : NULL;
}

/* One event a line: time | status | actor | note. A time without a zone
 * is China Standard Time. */
static GPtrArray *
parse_history (const char  *text,
               GError     **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GTimeZone) china = g_time_zone_new_identifier ("+08:00");

  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_autofree char *line = lian_csv_trim (lines[i]);
      g_autofree char *at_text = NULL, *actor = NULL, *note = NULL;
      g_autoptr(GDateTime) at = NULL;
      g_autoptr(GError) local = NULL;
      int status;

      if (line[0] == '\0')
        continue;
      parts = g_strsplit (line, "|", 4);
      at_text = lian_csv_trim (parts[0]);
      at = lian_date_time_parse (at_text, china);
      if (at == NULL)
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                       _("line %u: \"%s\" is not a time such as 2023-09-04T10:00:00+08:00"),
                       i + 1, at_text);
          return NULL;
        }
      if (parts[1] == NULL)
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                       _("line %u: a status is required after the time, as in "
                       "\"2023-09-04T10:00:00+08:00 | 已受理 | org-1 | note\""), i + 1);
          return NULL;
        }
      if (!lian_csv_parse_label (LIAN_TYPE_NEED_STATUS, parts[1], &status, &local))
        {
          g_set_error (error, local->domain, local->code, "line %u: %s", i + 1, local->message);
          return NULL;
        }
      actor = parts[2] ? lian_csv_fold (parts[2]) : NULL;
      note = parts[2] && parts[3] ? lian_csv_trim (parts[3]) : NULL;
      g_ptr_array_add (events, lian_need_event_new (at, status, actor && actor[0] ? actor : NULL,
                                                    note && note[0] ? note : NULL));
    }
  return g_steal_pointer (&events);
}

/* @text cut into items in the import's scratch space: import->items. */
static GPtrArray *
split_cell (LianCsvImport *import,
            const char    *text,
            gboolean       keep_empty)
{
  g_string_assign (import->scratch, text);
  lian_csv_split_in_place (import->scratch->str, keep_empty, import->items);
  return import->items;
}

static GStrv
resolve_list (LianCsvImport   *import,
              LianRecordKind   kind,
              const char      *text,
              gboolean         keep_empty,
              GError         **error)
{
  GPtrArray *items = split_cell (import, text, keep_empty);
  g_auto(GStrv) ids = g_new0 (char *, items->len + 1);

  for (guint i = 0; i < items->len; i++)
    {
      const char *item = g_ptr_array_index (items, i), *id;
      if (item[0] == '\0')
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("item %u of the list is empty"), i + 1);
          return NULL;
        }
      id = lian_csv_resolve (import, kind, item, error);
      if (id == NULL)
        return NULL;
      ids[i] = g_strdup (id);
    }
  return g_steal_pointer (&ids);
}

/* A label as lian_csv_parse_label() reads it, remembered for the rest of
 * the import: a column of sizes or tags holds a handful of labels, each
 * read once. */
static gboolean
parse_label (LianCsvImport  *import,
             GType           type,
             const char     *text,
             int            *value,
             GError        **error)
{
  GHashTable *known = g_hash_table_lookup (import->labels, GSIZE_TO_POINTER (type));
  gpointer found;

  if (known == NULL)
    {
      known = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (import->labels, GSIZE_TO_POINTER (type), known);
    }
  if (g_hash_table_lookup_extended (known, text, NULL, &found))
    {
      *value = GPOINTER_TO_INT (found);
      return TRUE;
    }
  if (!lian_csv_parse_label (type, text, value, error))
    return FALSE;
  g_hash_table_insert (known, g_string_chunk_insert (import->keys, text), GINT_TO_POINTER (*value));
  return TRUE;
}

/* Reading a cell, one function for each type of cell */

typedef gboolean (*CellParser) (LianCsvImport        *import,
                                const LianCsvColumn  *column,
                                GType                 type,
                                const char           *text,
                                GValue               *value,
                                GError              **error);

/* Text as it is. The cell stays where the reader keeps it until the row's
 * values are unset, and the record copies it: no copy here. */
static gboolean
parse_text (LianCsvImport        *import,
            const LianCsvColumn  *column,
            GType                 type,
            const char           *text,
            GValue               *value,
            GError              **error)
{
  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_STRING);
  g_value_set_static_string (value, text);
  return TRUE;
}

static gboolean
parse_region_cell (LianCsvImport        *import,
                   const LianCsvColumn  *column,
                   GType                 type,
                   const char           *text,
                   GValue               *value,
                   GError              **error)
{
  return parse_region (import, column, text, value, error);
}

static gboolean
parse_folded (LianCsvImport        *import,
              const LianCsvColumn  *column,
              GType                 type,
              const char           *text,
              GValue               *value,
              GError              **error)
{
  const guchar *p = (const guchar *) text;

  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_STRING);
  /* ASCII without spaces folds to itself: the cell, which stays where the
   * reader keeps it until the row's values are unset, with no copy. */
  while (*p && *p < 0x80 && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
    p++;
  if (*p == '\0')
    g_value_set_static_string (value, text);
  else
    g_value_take_string (value, lian_csv_fold (text));
  return TRUE;
}

static gboolean
parse_date (LianCsvImport        *import,
            const LianCsvColumn  *column,
            GType                 type,
            const char           *text,
            GValue               *value,
            GError              **error)
{
  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_STRING);
  g_value_take_string (value, normalize_date (text));
  return lian_date_check_as_written (text, g_value_get_string (value), error);
}

static gboolean
parse_uscc (LianCsvImport        *import,
            const LianCsvColumn  *column,
            GType                 type,
            const char           *text,
            GValue               *value,
            GError              **error)
{
  char *code;

  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_STRING);
  /* A code written as it should be is the cell, which stays where the
   * reader keeps it until the row's values are unset: no copy. */
  if (lian_uscc_is_valid (text) && !is_scientific (text))
    {
      g_value_set_static_string (value, text);
      return TRUE;
    }
  if ((code = lian_csv_parse_uscc (text, error)) == NULL)
    {
      g_value_unset (value);
      return FALSE;
    }
  g_value_take_string (value, code);
  return TRUE;
}

static gboolean
parse_count (LianCsvImport        *import,
             const LianCsvColumn  *column,
             GType                 type,
             const char           *text,
             GValue               *value,
             GError              **error)
{
  guint64 n;

  if (!parse_number (text, G_MAXUINT, &n, error))
    return FALSE;
  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_UINT);
  g_value_set_uint (value, (guint) n);
  return TRUE;
}

static gboolean
parse_yuan (LianCsvImport        *import,
            const LianCsvColumn  *column,
            GType                 type,
            const char           *text,
            GValue               *value,
            GError              **error)
{
  guint64 n;

  if (!parse_number (text, G_MAXINT64, &n, error))
    return FALSE;
  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_INT64);
  g_value_set_int64 (value, (gint64) n);
  return TRUE;
}

static gboolean
parse_boolean_cell (LianCsvImport        *import,
                    const LianCsvColumn  *column,
                    GType                 type,
                    const char           *text,
                    GValue               *value,
                    GError              **error)
{
  gboolean b;

  if (!parse_boolean (text, &b, error))
    return FALSE;
  g_value_init (value, G_TYPE_BOOLEAN);
  g_value_set_boolean (value, b);
  return TRUE;
}

static gboolean
parse_enum (LianCsvImport        *import,
            const LianCsvColumn  *column,
            GType                 type,
            const char           *text,
            GValue               *value,
            GError              **error)
{
  int v;

  if (!parse_label (import, type, text, &v, error))
    return FALSE;
  g_value_init (value, type);
  g_value_set_enum (value, v);
  return TRUE;
}

static gboolean
parse_flags (LianCsvImport        *import,
             const LianCsvColumn  *column,
             GType                 type,
             const char           *text,
             GValue               *value,
             GError              **error)
{
  GPtrArray *items = split_cell (import, text, FALSE);
  guint flags = 0;

  for (guint i = 0; i < items->len; i++)
    {
      int v;
      if (!parse_label (import, type, g_ptr_array_index (items, i), &v, error))
        return FALSE;
      flags |= (guint) v;
    }
  g_value_init (value, type);
  g_value_set_flags (value, flags);
  return TRUE;
}

static gboolean
parse_list (LianCsvImport        *import,
            const LianCsvColumn  *column,
            GType                 type,
            const char           *text,
            GValue               *value,
            GError              **error)
{
  GPtrArray *items = split_cell (import, text, FALSE);
  GStrv list = g_new (char *, items->len + 1);

  for (guint i = 0; i < items->len; i++)
    list[i] = g_strdup (g_ptr_array_index (items, i));
  list[items->len] = NULL;
  g_value_init (value, G_TYPE_STRV);
  g_value_take_boxed (value, list);
  return TRUE;
}

static gboolean
parse_ref (LianCsvImport        *import,
           const LianCsvColumn  *column,
           GType                 type,
           const char           *text,
           GValue               *value,
           GError              **error)
{
  LianRecordKind kind = column->type == LIAN_CSV_CELL_ENTERPRISE_NAME
                        ? LIAN_RECORD_KIND_ENTERPRISE : column->ref_kind;
  const char *id = lian_csv_resolve (import, kind, text, error);

  if (id == NULL)
    return FALSE;
  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_STRING);
  g_value_set_string (value, id);
  return TRUE;
}

static gboolean
parse_ref_list (LianCsvImport        *import,
                const LianCsvColumn  *column,
                GType                 type,
                const char           *text,
                GValue               *value,
                GError              **error)
{
  gboolean links = column->type == LIAN_CSV_CELL_LINK_CHAIN;
  GStrv ids = resolve_list (import, links ? LIAN_RECORD_KIND_CHAIN : column->ref_kind,
                            text, links, error);

  if (ids == NULL)
    return FALSE;
  g_value_init (value, G_TYPE_STRV);
  g_value_take_boxed (value, ids);
  return TRUE;
}

/* An enterprise's roles, one per chain, as nicks; an empty item is the
 * default role. */
static gboolean
parse_roles (LianCsvImport        *import,
             const LianCsvColumn  *column,
             GType                 type,
             const char           *text,
             GValue               *value,
             GError              **error)
{
  GPtrArray *items = split_cell (import, text, TRUE);
  g_auto(GStrv) nicks = g_new0 (char *, items->len + 1);

  for (guint i = 0; i < items->len; i++)
    {
      const char *item = g_ptr_array_index (items, i);
      int role = LIAN_CHAIN_ROLE_SUPPORTING;
      if (item[0] && !parse_label (import, LIAN_TYPE_CHAIN_ROLE, item, &role, error))
        return FALSE;
      nicks[i] = g_strdup (lian_enum_to_nick (LIAN_TYPE_CHAIN_ROLE, role));
    }
  g_value_init (value, G_TYPE_STRV);
  g_value_take_boxed (value, g_steal_pointer (&nicks));
  return TRUE;
}

static gboolean
parse_history_cell (LianCsvImport        *import,
                    const LianCsvColumn  *column,
                    GType                 type,
                    const char           *text,
                    GValue               *value,
                    GError              **error)
{
  GPtrArray *events = parse_history (text, error);

  if (events == NULL)
    return FALSE;
  g_value_init (value, G_TYPE_PTR_ARRAY);
  g_value_take_boxed (value, events);
  return TRUE;
}

/* A need's enterprise, by its credit code: the enterprise's id. */
static gboolean
parse_enterprise_uscc (LianCsvImport        *import,
                       const LianCsvColumn  *column,
                       GType                 type,
                       const char           *text,
                       GValue               *value,
                       GError              **error)
{
  g_autofree char *code = lian_csv_parse_uscc (text, error);
  LianEnterprise *ent;

  if (code == NULL)
    return FALSE;
  ent = lian_csv_enterprise_by_uscc (import, code);
  if (ent == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                   _("no enterprise has the credit code %s"), code);
      return FALSE;
    }
  lian_csv_import_blank (import, value, LIAN_CSV_BLANK_STRING);
  g_value_set_string (value, lian_record_get_id (LIAN_RECORD (ent)));
  return TRUE;
}

static const CellParser parsers[LIAN_CSV_CELL_N_TYPES] = {
  [LIAN_CSV_CELL_TEXT] = parse_text,
  [LIAN_CSV_CELL_ID] = parse_folded,
  [LIAN_CSV_CELL_REGION] = parse_region_cell,
  [LIAN_CSV_CELL_USCC] = parse_uscc,
  [LIAN_CSV_CELL_PHONE] = parse_folded,
  [LIAN_CSV_CELL_DATE] = parse_date,
  [LIAN_CSV_CELL_COUNT] = parse_count,
  [LIAN_CSV_CELL_YUAN] = parse_yuan,
  [LIAN_CSV_CELL_BOOLEAN] = parse_boolean_cell,
  [LIAN_CSV_CELL_ENUM] = parse_enum,
  [LIAN_CSV_CELL_FLAGS] = parse_flags,
  [LIAN_CSV_CELL_LIST] = parse_list,
  [LIAN_CSV_CELL_REF] = parse_ref,
  [LIAN_CSV_CELL_REF_LIST] = parse_ref_list,
  [LIAN_CSV_CELL_LINK_CHAIN] = parse_ref_list,
  [LIAN_CSV_CELL_LINK_SEGMENT] = parse_text,
  [LIAN_CSV_CELL_LINK_ROLE] = parse_roles,
  [LIAN_CSV_CELL_HISTORY] = parse_history_cell,
  [LIAN_CSV_CELL_ENTERPRISE_USCC] = parse_enterprise_uscc,
  [LIAN_CSV_CELL_ENTERPRISE_NAME] = parse_ref,
  [LIAN_CSV_CELL_ENTERPRISE_REGION] = parse_region_cell,
};

gboolean
lian_csv_parse_cell (LianCsvImport        *import,
                     const LianCsvColumn  *column,
                     GType                 type,
                     const char           *text,
                     GValue               *value,
                     GError              **error)
{
  g_assert (column->type < LIAN_CSV_CELL_N_TYPES && parsers[column->type] != NULL);

  return parsers[column->type] (import, column, type, text, value, error);
}
