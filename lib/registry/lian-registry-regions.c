/* lian-registry-regions.c: a registry's regions, by level and by name
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-registry-struct-private.h"
#include "lian-registry-query.h"
#include "lian-filter-private.h"
#include "lian-region-code.h"
#include "lian-region-code-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

typedef struct
{
  const char *region;
  guint       level;
  GPtrArray  *codes;
} RegionsAt;

static void
region_at_cb (const char *key,
              LianBucket *bucket,
              gpointer    data)
{
  RegionsAt *at = data;

  if (lian_adcode_is_valid (key) && lian_adcode_get_level (key) == at->level &&
      (at->region == NULL || lian_adcode_contains (at->region, key)))
    g_ptr_array_add (at->codes, g_strdup (key));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * lian_registry_dup_regions_at:
 * @self: a registry
 * @region: (nullable): a region code, or `NULL` for every region
 * @level: the level of the regions to list
 *
 * Lists the regions at @level within @region where an enterprise (and so
 * any need) lies, from the keys of the registry's index of enterprises by
 * region, without visiting the enterprises. With
 * [method@Lian.Registry.count_enterprises] and
 * [method@Lian.Registry.count_needs_by_status], it gives the figures of
 * every city or county at once.
 *
 * Returns: (transfer full) (array zero-terminated=1): the region codes,
 *   in order
 */
GStrv
lian_registry_dup_regions_at (LianRegistry *self,
                              const char   *region,
                              LianLevel     level)
{
  RegionsAt at = { region, level, NULL };

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (region == NULL || lian_adcode_is_valid (region), NULL);
  g_return_val_if_fail (level <= LIAN_LEVEL_COUNTY, NULL);

  at.codes = g_ptr_array_new ();
  lian_registry_foreach_bucket (self, LIAN_INDEX_ENTERPRISE_REGION, region_at_cb, &at);
  g_ptr_array_sort (at.codes, compare_codes);
  g_ptr_array_add (at.codes, NULL);
  return (GStrv) g_ptr_array_free (at.codes, FALSE);
}

/* The codes of the regions named @name, sorted, without repeats: the
 * registry's region records first, then lian's built-in table. */
static GPtrArray *
codes_named (LianRegistry *self,
             const char   *name)
{
  GPtrArray *regions = lian_registry_get_array (self, LIAN_RECORD_KIND_REGION);
  const char * const *builtin = lian_region_code_list_builtin ();
  GPtrArray *codes = g_ptr_array_new ();

  for (guint i = 0; i < regions->len; i++)
    {
      LianRecord *region = lian_registry_record_at (self, regions, i);

      if (g_strcmp0 (lian_record_get_name (region), name) == 0)
        g_ptr_array_add (codes, (gpointer) lian_record_get_id (region));
    }
  for (guint i = 0; builtin[i]; i++)
    if (g_strcmp0 (lian_adcode_get_name (builtin[i]), name) == 0 &&
        lian_registry_lookup_region (self, builtin[i]) == NULL)
      g_ptr_array_add (codes, (gpointer) builtin[i]);
  g_ptr_array_sort (codes, compare_codes);
  for (guint i = 1; i < codes->len; i++)
    if (g_str_equal (codes->pdata[i - 1], codes->pdata[i]))
      g_ptr_array_remove_index (codes, i--);
  return codes;
}

/**
 * lian_registry_resolve_region:
 * @self: a registry
 * @region: a region code, or the exact name of a region
 * @error: return location for a [error@Lian.DataError]
 *
 * Finds the code of a region given by code or by name, as
 * [property@Lian.Filter:region] takes it. White space around @region is
 * ignored. A code is returned as it is once it is valid, whether the
 * registry holds records in it or not; a name is looked up among the
 * registry's [class@Lian.Region] records and lian's built-in table.
 *
 * ```python
 * reg.resolve_region('无锡市')   # '320200'
 * ```
 *
 * Returns: (transfer full): the code; `NULL` with
 *   `LIAN_DATA_ERROR_INVALID_REGION` if @region is an invalid code, names no
 *   region, or names several (the message lists their codes)
 */
char *
lian_registry_resolve_region (LianRegistry  *self,
                              const char    *region,
                              GError       **error)
{
  g_autoptr(LianFilter) probe = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GString) listed = NULL;
  const char *trimmed;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (region != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  probe = g_object_new (LIAN_TYPE_FILTER, "region", region, NULL);
  if (!lian_filter_check (probe, error))
    return NULL;
  trimmed = lian_filter_get_region (probe);
  if (lian_adcode_is_valid (trimmed))
    return g_strdup (trimmed);
  codes = codes_named (self, trimmed);
  if (codes->len == 1)
    return g_strdup (codes->pdata[0]);
  if (codes->len == 0)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
                   _("filter region: no region is named \"%s\": give its 6-digit code "
                     "(such as 320200) or its exact name (such as 无锡市)"), trimmed);
      return NULL;
    }
  listed = g_string_new (NULL);
  for (guint i = 0; i < codes->len; i++)
    {
      g_autofree char *parent = lian_adcode_dup_parent (codes->pdata[i]);
      g_autofree char *parent_name = parent ? lian_registry_dup_region_name (self, parent) : NULL;
      if (i)
        g_string_append (listed, _(", "));
      if (parent_name)
        /* TRANSLATORS: a region code and the region it lies in: 320214 (in 无锡市) */
        g_string_append_printf (listed, _("%s (in %s)"), (char *) codes->pdata[i], parent_name);
      else
        g_string_append (listed, codes->pdata[i]);
    }
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
               _("filter region: \"%s\" names %u regions, %s: give the code of the one meant"),
               trimmed, codes->len, listed->str);
  return NULL;
}
