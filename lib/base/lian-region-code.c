/* lian-region-code.c: GB/T 2260 administrative division codes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The region codes of lian's records are the six-digit administrative
 * division codes (行政区划代码, "adcodes") of GB/T 2260. Their functions are
 * named lian_adcode_*, as the credit codes' are lian_uscc_*, so that the
 * bindings show them side by side (Lian.adcode_is_valid beside
 * Lian.uscc_is_valid); the lian_region_code_* names they had before are
 * kept at the end of this file as deprecated aliases.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lian-region-code.h"
#include "lian-error.h"
#include "lian-resources.h"
#include "lian-region-code-private.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"

static gboolean known_code (const char *code);

static gboolean
check_form (const char  *code,
            GError     **error)
{
  int province;
  gboolean six_digits = code != NULL;

  /* A NUL is no digit: the loop stops at the end of a shorter code. */
  for (int i = 0; six_digits && i < 6; i++)
    six_digits = g_ascii_isdigit (code[i]);
  if (!six_digits || code[6] != '\0')
    {
      g_autofree char *quoted = lian_text_for_message (code);
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
                   _("region code \"%s\" does not have 6 digits"), quoted);
      return FALSE;
    }
  province = (code[0] - '0') * 10 + (code[1] - '0');
  if (province < 11 || province > 82)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
                   _("region code \"%s\" names no province (11-82)"), code);
      return FALSE;
    }
  if (code[2] == '0' && code[3] == '0' && !(code[4] == '0' && code[5] == '0'))
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
                   _("region code \"%s\" names a county under no city"), code);
      return FALSE;
    }
  return TRUE;
}

gboolean
lian_adcode_has_form (const char *code)
{
  return check_form (code, NULL);
}

static gboolean
check_code (const char  *code,
            GError     **error)
{
  if (!check_form (code, error))
    return FALSE;
  if (!known_code (code))
    {
      /* TRANSLATORS: the second %s is the edition, such as 2023 */
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
                   _("region code \"%s\" is no region of China (GB/T 2260, edition %s)"), code,
                   lian_adcodes_get_edition ());
      return FALSE;
    }
  return TRUE;
}

/**
 * lian_adcode_is_valid:
 * @code: (nullable): a string
 *
 * Whether @code is a GB/T 2260 code: six digits whose first two name a
 * province (11 to 82), naming a province, city or county of China that
 * lian's tables know. `320214` and `310115` are valid, `329999` is not.
 *
 * Returns: true if @code is a valid region code
 */
gboolean
lian_adcode_is_valid (const char *code)
{
  return check_code (code, NULL);
}

/**
 * lian_adcode_check:
 * @code: (nullable): a string
 * @error: return location for a [error@Lian.DataError]
 *
 * Like [func@Lian.adcode_is_valid], with an error that says why.
 *
 * Returns: true if @code is valid; false with
 *   `LIAN_DATA_ERROR_INVALID_REGION` otherwise
 */
gboolean
lian_adcode_check (const char  *code,
                        GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_code (code, error);
}

/**
 * lian_adcode_get_level:
 * @code: a valid region code
 *
 * The level of the region @code names: `xx0000` is a province, `xxxx00` a
 * city, anything else a county.
 *
 * Returns: the level
 */
/* The level of a code already found valid. */
static LianLevel
level_of (const char *code)
{
  if (strcmp (code + 2, "0000") == 0)
    return LIAN_LEVEL_PROVINCE;
  if (strcmp (code + 4, "00") == 0)
    return LIAN_LEVEL_CITY;
  return LIAN_LEVEL_COUNTY;
}

LianLevel
lian_adcode_get_level (const char *code)
{
  g_return_val_if_fail (lian_adcode_is_valid (code), LIAN_LEVEL_COUNTY);

  return level_of (code);
}

/**
 * lian_adcode_dup_parent:
 * @code: a valid region code
 *
 * The code of the region one level up: `320214` → `320200` → `320000`. A
 * county-level region administered by its province directly (`xx90xx`) has
 * the province as parent.
 *
 * Returns: (transfer full) (nullable): the parent's code, or `NULL` for a
 *   province
 */
/* The first @keep digits of @code, then zeros. */
static char *
with_zeros (const char *code,
            int         keep)
{
  char *parent = g_strndup (code, 6);

  memset (parent + keep, '0', 6 - keep);
  return parent;
}

char *
lian_adcode_dup_parent (const char *code)
{
  g_return_val_if_fail (lian_adcode_is_valid (code), NULL);

  switch (level_of (code))
    {
    case LIAN_LEVEL_PROVINCE:
      return NULL;
    case LIAN_LEVEL_CITY:
      return with_zeros (code, 2);
    case LIAN_LEVEL_COUNTY:
    default:
      if (code[2] == '9' && code[3] == '0')
        return with_zeros (code, 2);
      return with_zeros (code, 4);
    }
}

/**
 * lian_adcode_contains:
 * @ancestor: a valid region code
 * @code: a valid region code
 *
 * Whether the region @code lies within @ancestor: @ancestor is @code itself
 * or one of its parents. `320000` contains `320214`; `320200` does not
 * contain `320500`.
 *
 * Returns: true if @ancestor contains @code
 */
gboolean
lian_adcode_contains (const char *ancestor,
                           const char *code)
{
  g_return_val_if_fail (lian_adcode_is_valid (ancestor), FALSE);
  g_return_val_if_fail (lian_adcode_is_valid (code), FALSE);

  /* First: a city-level code of the xx90xx group (429000) is no city, so
   * the test by level below would not find it within itself. */
  if (strcmp (ancestor, code) == 0)
    return TRUE;
  if (strncmp (ancestor, code, 2) != 0)
    return FALSE;
  switch (level_of (ancestor))
    {
    case LIAN_LEVEL_PROVINCE:
      return TRUE;
    case LIAN_LEVEL_CITY:
      return strncmp (ancestor, code, 4) == 0 &&
             !(code[2] == '9' && code[3] == '0');
    case LIAN_LEVEL_COUNTY:
    default:
      return strcmp (ancestor, code) == 0;
    }
}

static GHashTable *
load_names (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *text = NULL;
  gsize size;

  bytes = g_resource_lookup_data (lian_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  text = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *tab = strchr (lines[i], '\t');
      if (lines[i][0] == '#' || tab == NULL)
        continue;
      g_hash_table_insert (names, g_strndup (lines[i], tab - lines[i]),
                           g_strdup (tab + 1));
    }
  return names;
}

/**
 * lian_adcode_get_name:
 * @code: a region code
 *
 * The name of the region @code names, from the tables built into lian:
 * every province, city and county of China (GB/T 2260, see
 * [func@Lian.adcodes_get_edition]) and Jiangsu's own detail. A document's
 * [class@Lian.Region] records may name others.
 *
 * Returns: (nullable): the name, such as `无锡市`, or `NULL` if the table
 *   does not know @code
 */
static GHashTable *
builtin_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    g_once_init_leave (&names, load_names ("/org/lian/regions.tsv"));
  return names;
}

/* Every province, city and county of the country (china-regions.tsv). */
static GHashTable *
national_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    g_once_init_leave (&names, load_names ("/org/lian/china-regions.tsv"));
  return names;
}

/* The number six digits write. */
static guint
code_number (const char *code)
{
  guint n = 0;

  for (int i = 0; i < 6; i++)
    n = n * 10 + (guint) (code[i] - '0');
  return n;
}

/* A bit for each code of six digits the two tables know, by its number:
 * a registry asks for the codes of every record it files. */
static const guint8 *
known_bits (void)
{
  static guint8 *bits;

  if (g_once_init_enter (&bits))
    {
      GHashTable *tables[] = { builtin_names (), national_names () };
      guint8 *set = g_malloc0 (1000000 / 8);

      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        {
          GHashTableIter iter;
          gpointer key;

          g_hash_table_iter_init (&iter, tables[t]);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            if (strlen (key) == 6 && strspn (key, "0123456789") == 6)
              set[code_number (key) / 8] |= 1u << (code_number (key) % 8);
        }
      g_once_init_leave (&bits, set);
    }
  return bits;
}

/* Whether the tables know @code, of six digits (check_form()). */
static gboolean
known_code (const char *code)
{
  guint n = code_number (code);

  return (known_bits ()[n / 8] >> (n % 8)) & 1;
}

const char *
lian_adcode_get_name (const char *code)
{
  const char *name;

  g_return_val_if_fail (code != NULL, NULL);

  name = g_hash_table_lookup (builtin_names (), code);
  return name ? name : g_hash_table_lookup (national_names (), code);
}

/**
 * lian_adcode_lookup:
 * @code: (nullable): a string
 * @name: (out) (optional) (nullable) (transfer none): the region's name
 * @level: (out) (optional): its level
 * @parent: (out) (optional) (nullable) (transfer full): the code of the
 *   region one level up, `NULL` for a province
 *
 * Looks @code up in the GB/T 2260 codes of the whole country built into
 * lian ([func@Lian.adcodes_get_edition] names the edition), and in the
 * detail of Jiangsu it keeps beside them: `310115` is 浦东新区, a county of
 * `310100`, in the province `310000`.
 *
 * Returns: true if @code names a region of China
 */
gboolean
lian_adcode_lookup (const char  *code,
                    const char **name,
                    LianLevel   *level,
                    char       **parent)
{
  if (name)
    *name = NULL;
  if (parent)
    *parent = NULL;
  if (!lian_adcode_is_valid (code))
    return FALSE;
  if (name)
    *name = lian_adcode_get_name (code);
  if (level)
    *level = lian_adcode_get_level (code);
  if (parent)
    *parent = lian_adcode_dup_parent (code);
  return TRUE;
}

/**
 * lian_adcodes_get_edition:
 *
 * The edition of the region codes built into lian: the divisions as they
 * stood on 30 June of that year.
 *
 * Returns: the edition, such as `2023`
 */
const char *
lian_adcodes_get_edition (void)
{
  return "2023";
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

const char * const *
lian_region_code_list_builtin (void)
{
  static const char **codes;

  if (g_once_init_enter (&codes))
    {
      guint n;
      const char **list = (const char **) g_hash_table_get_keys_as_array (builtin_names (), &n);
      qsort (list, n, sizeof (char *), compare_codes);
      g_once_init_leave (&codes, list);
    }
  return codes;
}

/* The names of before: lian_region_code_* read as static methods of
 * LianRegion in the bindings (Lian.Region.code_is_valid). */

/**
 * lian_region_code_is_valid:
 * @code: (nullable): a string
 *
 * Whether @code is a GB/T 2260 code.
 *
 * Returns: true if @code is a valid region code
 *
 * Deprecated: 0.2: Use [func@Lian.adcode_is_valid] instead.
 */
gboolean
lian_region_code_is_valid (const char *code)
{
  return lian_adcode_is_valid (code);
}

/**
 * lian_region_code_check:
 * @code: (nullable): a string
 * @error: return location for a [error@Lian.DataError]
 *
 * Checks that @code is a GB/T 2260 code.
 *
 * Returns: true if @code is valid
 *
 * Deprecated: 0.2: Use [func@Lian.adcode_check] instead.
 */
gboolean
lian_region_code_check (const char  *code,
                        GError     **error)
{
  return lian_adcode_check (code, error);
}

/**
 * lian_region_code_get_level:
 * @code: a valid region code
 *
 * The level of the region @code names.
 *
 * Returns: the level
 *
 * Deprecated: 0.2: Use [func@Lian.adcode_get_level] instead.
 */
LianLevel
lian_region_code_get_level (const char *code)
{
  return lian_adcode_get_level (code);
}

/**
 * lian_region_code_dup_parent:
 * @code: a valid region code
 *
 * The code of the region one level up.
 *
 * Returns: (transfer full) (nullable): the parent's code, or `NULL` for a
 *   province
 *
 * Deprecated: 0.2: Use [func@Lian.adcode_dup_parent] instead.
 */
char *
lian_region_code_dup_parent (const char *code)
{
  return lian_adcode_dup_parent (code);
}

/**
 * lian_region_code_contains:
 * @ancestor: a valid region code
 * @code: a valid region code
 *
 * Whether the region @code lies within @ancestor.
 *
 * Returns: true if @ancestor contains @code
 *
 * Deprecated: 0.2: Use [func@Lian.adcode_contains] instead.
 */
gboolean
lian_region_code_contains (const char *ancestor,
                           const char *code)
{
  return lian_adcode_contains (ancestor, code);
}

/**
 * lian_region_code_get_name:
 * @code: a region code
 *
 * The name of the region @code names, from the table built into lian.
 *
 * Returns: (nullable): the name, or `NULL` if the table does not know @code
 *
 * Deprecated: 0.2: Use [func@Lian.adcode_get_name] instead.
 */
const char *
lian_region_code_get_name (const char *code)
{
  return lian_adcode_get_name (code);
}
