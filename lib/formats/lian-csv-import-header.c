/* lian-csv-import-header.c: the header row of an import
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Which column of the file is which column of the kind's table, which are
 * kept as extra members, and which refuse the file: two columns meaning the
 * same thing, two unknown columns of the same name (one value would be
 * lost), and an unknown column named like a member lian writes itself (it
 * would be dropped when the document is saved).
 */
#include "config.h"

#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-record-json-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

static char *
describe_column (const LianCsvColumn *column)
{
  return g_strdup_printf ("%s (%s)", column->zh, column->member);
}

/* Where a member lian writes itself is given in a CSV file, if anywhere. */
static const char *
member_hint (LianRecordKind  kind,
             const char     *member)
{
  if (kind == LIAN_RECORD_KIND_ENTERPRISE && g_str_equal (member, "chain_links"))
    return _("; give chain links in the columns 所属产业链 (chain), 环节 (segment) "
             "and 链上角色 (role)");
  return _("; rename the column");
}

/* Unknown columns become extra members named by their headers: refuses a
 * header two columns share, and one lian would not write back. */
static gboolean
check_unknown_columns (LianCsvImport  *import,
                       guint           line,
                       GError        **error)
{
  for (guint j = 0; j < import->n_columns; j++)
    {
      const char *name = import->headers[j];
      if (import->map[j] != -1)
        continue;
      for (guint k = 0; k < j; k++)
        if (import->map[k] == -1 && g_str_equal (import->headers[k], name))
          {
            g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                         _("line %u: columns %u and %u are both named \"%s\", a column lian "
                         "keeps as it is; rename one, or one value of each row would be lost"),
                         line, k + 1, j + 1, name);
            return FALSE;
          }
      if (lian_record_kind_has_member (import->kind, name))
        {
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                       _("line %u: column %u is named \"%s\", a member lian writes itself "
                       "and would not keep from a CSV column%s"),
                       line, j + 1, name, member_hint (import->kind, name));
          return FALSE;
        }
    }
  return TRUE;
}

/* Forgets the columns of a row tried as the header before. */
static void
reset_columns (LianCsvImport *import)
{
  g_clear_pointer (&import->headers, g_strfreev);
  g_clear_pointer (&import->map, g_free);
  g_clear_pointer (&import->types, g_free);
  g_clear_pointer (&import->values, g_free);
  g_clear_pointer (&import->bare, g_free);
  g_clear_pointer (&import->held, g_free);
  g_clear_pointer (&import->targets, g_free);
  lian_csv_import_forget_known (import);
  import->n_columns = 0;
  import->id_column = import->status_column = -1;
  for (guint i = 0; i < G_N_ELEMENTS (import->by_type); i++)
    import->by_type[i] = -1;
}

/* Each file column's header, and the column of the table it names. */
static gboolean
map_columns (LianCsvImport  *import,
             LianCsvReader  *reader,
             guint           line,
             GError        **error)
{
  guint n = import->n_columns;

  for (guint j = 0; j < n; j++)
    {
      g_autofree char *owned = NULL;
      const char *cell = lian_csv_unguard (lian_csv_reader_cell (reader, j), &owned);
      int index;

      import->headers[j] = lian_csv_trim (cell);
      index = lian_csv_find_column (import->kind, import->headers[j]);
      import->map[j] = import->headers[j][0] == '\0' ? -2 : index;
      if (index < 0)
        continue;
      for (guint k = 0; k < j; k++)
        if (import->map[k] == index)
          {
            g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                         _("line %u: columns %u (%s) and %u (%s) are both %s (%s)"),
                         line, k + 1, import->headers[k], j + 1, import->headers[j],
                         import->table[index].zh, import->table[index].member);
            return FALSE;
          }
      import->by_type[import->table[index].type] = j;
      import->types[j] = lian_csv_column_value_type (import->kind, &import->table[index]);
      if (g_str_equal (import->table[index].member, "id"))
        import->id_column = j;
      if (import->kind == LIAN_RECORD_KIND_NEED &&
          g_strcmp0 (import->table[index].property, "status") == 0)
        import->status_column = j;
    }
  return TRUE;
}

/* FALSE with an error naming the required columns the header lacks. */
static gboolean
check_required_columns (LianCsvImport  *import,
                        guint           line,
                        GError        **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_missing = 0;

  for (guint i = 0; i < import->n_table; i++)
    {
      gboolean present = FALSE;
      if (!(import->table[i].flags & LIAN_CSV_COLUMN_REQUIRED))
        continue;
      for (guint j = 0; j < import->n_columns && !present; j++)
        present = import->map[j] == (int) i;
      if (!present)
        {
          g_autofree char *what = describe_column (&import->table[i]);
          g_string_append_printf (missing, "%s%s", n_missing++ ? _(", ") : "", what);
        }
    }
  if (import->kind == LIAN_RECORD_KIND_NEED &&
      import->by_type[LIAN_CSV_CELL_ENTERPRISE_USCC] < 0 &&
      import->by_type[LIAN_CSV_CELL_ENTERPRISE_NAME] < 0 &&
      import->by_type[LIAN_CSV_CELL_REF] < 0)
    {
      g_string_prepend (missing, n_missing++ ? _(", ") : "");
      g_string_prepend (missing, _("企业编号 (enterprise_id) or 统一社会信用代码 (enterprise_uscc)"));
    }
  if (n_missing == 0)
    return TRUE;
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
               n_missing > 1 ? _("line %u: the header lacks the required columns %s")
                             : _("line %u: the header lacks the required column %s"),
               line, missing->str);
  return FALSE;
}

gboolean
lian_csv_import_header (LianCsvImport  *import,
                        LianCsvReader  *reader,
                        guint           line,
                        GError        **error)
{
  guint n = reader->n_cells;

  reset_columns (import);
  if (n > LIAN_CSV_MAX_COLUMNS)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT,
                   _("line %u: the header has %u columns; at most %d are read"),
                   line, n, LIAN_CSV_MAX_COLUMNS);
      return FALSE;
    }
  import->n_columns = n;
  import->headers = g_new0 (char *, n + 1);
  import->map = g_new (int, n);
  import->types = g_new0 (GType, n);
  import->values = g_new0 (GValue, n);
  import->bare = g_new0 (gboolean, n);
  import->held = g_new0 (LianCsvHeld, n);
  if (!map_columns (import, reader, line, error) ||
      !check_required_columns (import, line, error) ||
      !check_unknown_columns (import, line, error))
    return FALSE;
  import->set->headers = g_strdupv (import->headers);
  return TRUE;
}

/* Mapping messages to columns */

int
lian_csv_import_field_column (LianCsvImport  *import,
                              const char     *message,
                              const char    **rest)
{
  const char *colon = strstr (message, ": ");
  /* A message in Chinese puts a full-width colon after the field. */
  const char *wide = strstr (message, "：");
  gsize colon_len = 2;
  g_autofree char *field = NULL;
  gsize base_len;

  *rest = message;
  if (wide && (colon == NULL || wide < colon))
    colon = wide, colon_len = strlen ("：");
  if (colon == NULL)
    return -1;
  field = g_strndup (message, colon - message);
  base_len = strcspn (field, "[.");
  field[base_len] = '\0';
  if (strchr (field, ' '))
    return -1;
  *rest = colon + colon_len;

  if (g_str_equal (field, "chain_links"))
    {
      int j = strstr (message, ".segment") ? import->by_type[LIAN_CSV_CELL_LINK_SEGMENT]
                                           : import->by_type[LIAN_CSV_CELL_LINK_CHAIN];
      return j;
    }
  if (import->kind == LIAN_RECORD_KIND_NEED && g_str_equal (field, "enterprise_id"))
    {
      for (guint j = 0; j < import->n_columns; j++)
        if (import->map[j] >= 0 &&
            (import->table[import->map[j]].type == LIAN_CSV_CELL_ENTERPRISE_USCC ||
             import->table[import->map[j]].type == LIAN_CSV_CELL_ENTERPRISE_NAME ||
             g_strcmp0 (import->table[import->map[j]].property, "enterprise-id") == 0))
          return j;
      return -1;
    }
  for (guint j = 0; j < import->n_columns; j++)
    {
      const LianCsvColumn *column;
      g_autofree char *prop = NULL;
      if (import->map[j] < 0)
        continue;
      column = &import->table[import->map[j]];
      prop = g_strdup (column->property ? column->property : "");
      g_strdelimit (prop, "-", '_');
      if (g_str_equal (column->member, field) || g_str_equal (prop, field))
        return j;
    }
  *rest = message;
  return -1;
}
