/* lian-record-checks.c: the checks of a record's fields, each naming its field
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-record-private.h"
#include "lian-error.h"
#include "lian-date-private.h"
#include "lian-text-private.h"
#include "lian-region-code.h"
#include "lian-i18n-private.h"

/* Sets @error to the message of @format, after "@field: " if @field is not
 * NULL. */
static void G_GNUC_PRINTF (5, 6)
set_field_error (GError     **error,
                 GQuark       domain,
                 int          code,
                 const char  *field,
                 const char  *format,
                 ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  if (field)
    /* TRANSLATORS: where (a field, a JSON path), then what is wrong there */
    g_set_error (error, domain, code, _("%s: %s"), field, what);
  else
    g_set_error_literal (error, domain, code, what);
}

gboolean
lian_check_required (const char  *field,
                     const char  *value,
                     GError     **error)
{
  if (value != NULL && value[0] != '\0')
    return TRUE;
  set_field_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING, field,
                   "%s", _("a value is required"));
  return FALSE;
}

/* The bytes an id may hold: [A-Za-z0-9._:-]; not NUL. */
static const guchar id_bytes[256] = {
  ['-'] = 1, ['.'] = 1, [':'] = 1, ['_'] = 1,
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
  ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
  ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
  ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
  ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
  ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
  ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
  ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
  ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

gboolean
lian_check_id_field (const char  *field,
                     const char  *id,
                     gboolean     required,
                     GError     **error)
{
  const guchar *end;
  gsize len;

  if (id == NULL || id[0] == '\0')
    {
      if (!required)
        return TRUE;
      set_field_error (error, LIAN_DATA_ERROR,
                       id ? LIAN_DATA_ERROR_INVALID_ID : LIAN_DATA_ERROR_MISSING, field,
                       "%s", _("an id is required"));
      return FALSE;
    }
  /* Most ids are good: the bytes an id may hold, up to its end. */
  for (end = (const guchar *) id; id_bytes[*end]; end++)
    ;
  if (*end == '\0' && end - (const guchar *) id <= LIAN_ID_MAX_LENGTH)
    return TRUE;
  len = strlen (id);
  if (len > LIAN_ID_MAX_LENGTH)
    {
      set_field_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID, field,
                       _("an id has at most %d characters, not %lu"),
                       LIAN_ID_MAX_LENGTH, (unsigned long) len);
      return FALSE;
    }
  for (gsize i = 0; i < len; i++)
    {
      char c = id[i];
      if (g_ascii_isalnum (c) || c == '.' || c == '_' || c == ':' || c == '-')
        continue;
      if (g_ascii_isgraph (c))
        {
          g_autofree char *quoted = lian_text_for_message (id);
          set_field_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID, field,
                           _("id \"%s\" holds '%c', not one of [A-Za-z0-9._:-]"), quoted, c);
        }
      else
        set_field_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID, field,
                         _("id holds a character at %lu that is not one of [A-Za-z0-9._:-]"),
                         (unsigned long) (i + 1));
      return FALSE;
    }
  return TRUE;
}

gboolean
lian_check_region_field (const char  *field,
                         const char  *code,
                         gboolean     required,
                         GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (code == NULL || code[0] == '\0')
    return required ? lian_check_required (field, code, error) : TRUE;
  if (lian_adcode_check (code, &local))
    return TRUE;
  set_field_error (error, local->domain, local->code, field, "%s", local->message);
  return FALSE;
}

gboolean
lian_check_date_field (const char  *field,
                       const char  *date,
                       gboolean     required,
                       GError     **error)
{
  if (date == NULL || date[0] == '\0')
    return required ? lian_check_required (field, date, error) : TRUE;
  return lian_date_check_field (field, date, error);
}

gboolean
lian_check_dates_ordered (const char  *early_field,
                          const char  *early,
                          const char  *late_field,
                          const char  *late,
                          GError     **error)
{
  if (early == NULL || late == NULL || strcmp (early, late) <= 0)
    return TRUE;
  /* TRANSLATORS: finished: 2023-09-01 comes before started 2023-09-10 */
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
               _("%s: %s comes before %s %s"), late_field, late, early_field, early);
  return FALSE;
}

gboolean
lian_check_id_list (const char          *field,
                    const char * const  *ids,
                    GError             **error)
{
  for (guint i = 0; ids && ids[i]; i++)
    {
      g_autofree char *item = NULL;

      /* The field's name is only written out for a message. */
      if (lian_check_id_field (NULL, ids[i], TRUE, NULL))
        continue;
      item = g_strdup_printf ("%s[%u]", field, i);
      return lian_check_id_field (item, ids[i], TRUE, error);
    }
  return TRUE;
}

gboolean
lian_check_string_list (const char          *field,
                        const char * const  *items,
                        GError             **error)
{
  for (guint i = 0; items && items[i]; i++)
    if (items[i][0] == '\0')
      {
        g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                     _("%s[%u]: an empty string"), field, i);
        return FALSE;
      }
  return TRUE;
}
