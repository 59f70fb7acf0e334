/* lian-industry-code.c: GB/T 4754-2017 industry codes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The table (industries.tsv, a resource) lists every section and division
 * with its Chinese name, and the groups and classes of the divisions it
 * details (sections A, B and C: agriculture, mining, manufacturing). A
 * group or class of a division it does not detail is read by its shape
 * and its division.
 */
#include "config.h"

#include <string.h>

#include "lian-industry-code.h"
#include "lian-error.h"
#include "lian-resources.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"

typedef struct
{
  char *name;
  char *parent;   /* NULL for a section */
} Entry;

typedef struct
{
  GHashTable *entries;   /* code → Entry */
  GHashTable *detailed;  /* divisions whose groups the table lists */
} Table;

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_free (e->name);
  g_free (e->parent);
  g_free (e);
}

static Table *
load_table (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  Table *t = g_new0 (Table, 1);

  t->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  t->detailed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  bytes = g_resource_lookup_data (lian_get_resource (), "/org/lian/industries.tsv",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) cells = NULL;
      Entry *e;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      cells = g_strsplit (lines[i], "\t", 3);
      g_assert (g_strv_length (cells) == 3);
      e = g_new0 (Entry, 1);
      e->parent = cells[1][0] ? g_strdup (cells[1]) : NULL;
      e->name = g_strdup (cells[2]);
      if (strlen (cells[0]) == 3)
        g_hash_table_add (t->detailed, g_strndup (cells[0], 2));
      g_hash_table_insert (t->entries, g_strdup (cells[0]), e);
    }
  return t;
}

static Table *
table (void)
{
  static Table *t;

  if (g_once_init_enter (&t))
    g_once_init_leave (&t, load_table ());
  return t;
}

/* The level a code's shape gives: a letter, or 2 to 4 digits. */
static int
shape_level (const char *code)
{
  size_t n = strlen (code);

  if (n == 1)
    return g_ascii_isupper (code[0]) ? LIAN_INDUSTRY_LEVEL_SECTION : -1;
  if (n < 2 || n > 4)
    return -1;
  for (size_t i = 0; i < n; i++)
    if (!g_ascii_isdigit (code[i]))
      return -1;
  return (int) n - 1;
}

/* The parent's code of a group or class of a division not detailed. */
static const char *
parent_by_shape (const char *code)
{
  g_autofree char *up = g_strndup (code, strlen (code) - 1);

  return g_intern_string (up);
}

/**
 * lian_industry_code_lookup:
 * @code: (nullable): a string
 * @name: (out) (optional) (nullable) (transfer none): the Chinese name, or
 *   `NULL` for a group or class the table does not detail
 * @level: (out) (optional): the code's level
 * @parent: (out) (optional) (nullable) (transfer none): the code one level
 *   up (`3392` → `339` → `33` → `C`), `NULL` for a section
 *
 * Looks @code up in GB/T 4754-2017 (国民经济行业分类), built into lian
 * ([func@Lian.industry_codes_get_edition] names the edition): a section is
 * a letter (`C`, 制造业), a division two digits (`33`, 金属制品业), a group
 * three, a class four (`3392`, 有色金属铸造). lian's table lists every
 * section and division, and the groups and classes of sections A to C
 * (agriculture, mining, manufacturing); a group or class of a division
 * whose groups it does not list yet is known by its division, without a
 * name.
 *
 * Returns: true if @code is a code of the standard
 */
gboolean
lian_industry_code_lookup (const char         *code,
                           const char        **name,
                           LianIndustryLevel  *level,
                           const char        **parent)
{
  Table *t = table ();
  Entry *e;
  int shape;
  g_autofree char *division = NULL;

  if (name)
    *name = NULL;
  if (parent)
    *parent = NULL;
  if (code == NULL || (shape = shape_level (code)) < 0)
    return FALSE;
  e = g_hash_table_lookup (t->entries, code);
  if (e == NULL)
    {
      if (shape < LIAN_INDUSTRY_LEVEL_GROUP)
        return FALSE;
      division = g_strndup (code, 2);
      if (!g_hash_table_contains (t->entries, division) ||
          g_hash_table_contains (t->detailed, division))
        return FALSE;
    }
  if (level)
    *level = shape;
  if (name && e)
    *name = e->name;
  if (parent)
    *parent = e ? e->parent : parent_by_shape (code);
  return TRUE;
}

/**
 * lian_industry_code_check:
 * @code: (nullable): a string
 * @error: return location for a [error@Lian.DataError]
 *
 * Like [func@Lian.industry_code_lookup], with an error that names the code
 * and says why it is refused.
 *
 * Returns: true if @code is a GB/T 4754-2017 code; false with
 *   `LIAN_DATA_ERROR_INVALID_VALUE` otherwise
 */
gboolean
lian_industry_code_check (const char  *code,
                          GError     **error)
{
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (lian_industry_code_lookup (code, NULL, NULL, NULL))
    return TRUE;
  quoted = lian_text_for_message (code);
  if (code == NULL || shape_level (code) < 0)
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                 _("industry code \"%s\" is not a letter or 2 to 4 digits"), quoted);
  else
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                 _("industry code \"%s\" is not in GB/T 4754-2017"), quoted);
  return FALSE;
}

/**
 * lian_industry_code_contains:
 * @ancestor: an industry code
 * @code: an industry code
 *
 * Whether @code is @ancestor or lies under it: `C` contains `33`, `33`
 * contains `3392`, `339` contains `3392`.
 *
 * Returns: true if @ancestor contains @code
 */
gboolean
lian_industry_code_contains (const char *ancestor,
                             const char *code)
{
  const char *up = code;

  g_return_val_if_fail (ancestor != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  while (up)
    {
      const char *next = NULL;

      if (strcmp (up, ancestor) == 0)
        return TRUE;
      if (!lian_industry_code_lookup (up, NULL, NULL, &next))
        return FALSE;
      up = next;
    }
  return FALSE;
}

/**
 * lian_industry_codes_get_edition:
 *
 * The edition of the industry codes built into lian.
 *
 * Returns: the edition, `GB/T 4754-2017`
 */
const char *
lian_industry_codes_get_edition (void)
{
  return "GB/T 4754-2017";
}
