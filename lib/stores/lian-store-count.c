/* lian-store-count.c: figures of a whole store
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A registry may hold part of its store (a PostgreSQL store opened with
 * ?scope=): these count the whole, where the whole is. A store whose
 * registry holds all of it counts in the registry.
 */
#include "config.h"

#include "lian-store-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-region-code.h"
#include "lian-registry-query.h"
#include "lian-need.h"

/* The registry of @self, or NULL with an error. */
static LianRegistry *
registry_of (LianStore  *self,
             GError    **error)
{
  LianStoreState *state = LIAN_STORE_GET_IFACE (self)->get_state (self);
  LianRegistry *registry = g_weak_ref_get (&state->registry);

  if (registry == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED,
                 /* TRANSLATORS: %s is a store's URI or file name */
                 _("%s: the store follows no registry (it was closed)"), state->uri);
  return registry;
}

/* The code at @level of @code, as the store's figures group them: its
 * first two, four or six digits padded with zeros; NULL when @code lies
 * above @level. */
static char *
code_at (const char *code,
         LianLevel   level)
{
  guint width = level == LIAN_LEVEL_PROVINCE ? 2 : level == LIAN_LEVEL_CITY ? 4 : 6;
  guint digits = 6;

  if (code == NULL || !lian_adcode_is_valid (code))
    return NULL;
  while (digits > 0 && code[digits - 1] == '0')
    digits--;
  if (digits <= width - 2)
    return NULL;
  return g_strdup_printf ("%.*s%.*s", (int) width, code, (int) (6 - width), "000000");
}

typedef struct
{
  LianRegistry *registry;
  const char   *region;
  LianLevel     level;
  int           status;
  guint64       count;
  GHashTable   *by_region;   /* code → guint64 count, as pointers */
} Counting;

static gboolean
count_cb (LianRecord *record,
          gpointer    data)
{
  Counting *c = data;
  const char *code = lian_registry_locate (c->registry, record);

  if (c->status >= 0 && (int) lian_need_get_status (LIAN_NEED (record)) != c->status)
    return TRUE;
  if (c->region && !(code && lian_adcode_is_valid (code) && lian_adcode_contains (c->region, code)))
    return TRUE;
  if (c->by_region)
    {
      char *at = code_at (code, c->level);

      if (at)
        g_hash_table_insert (c->by_region, at,
                             GSIZE_TO_POINTER (GPOINTER_TO_SIZE (g_hash_table_lookup (c->by_region, at)) + 1));
      return TRUE;
    }
  c->count++;
  return TRUE;
}

static gboolean
count (LianStore       *self,
       LianRecordKind   kind,
       const char      *region,
       int              status,
       guint64         *n,
       GError         **error)
{
  LianStoreInterface *iface = LIAN_STORE_GET_IFACE (self);
  g_autoptr(LianRegistry) registry = NULL;
  Counting c = { NULL, region, 0, status, 0, NULL };

  *n = 0;
  if (iface->count)
    return iface->count (self, kind, region, status, n, error);
  if ((registry = registry_of (self, error)) == NULL)
    return FALSE;
  c.registry = registry;
  if (!lian_registry_foreach (registry, kind, count_cb, &c, error))
    return FALSE;
  *n = c.count;
  return TRUE;
}

/**
 * lian_store_count_records:
 * @self: a store
 * @kind: a kind of record
 * @region: (nullable): a region code (a province, a city or a county), or
 *   `NULL` for every region
 * @count: (out): return location for the number of records
 * @error: return location for a `G_IO_ERROR`
 *
 * Counts the records of @kind in the whole store that lie in @region or
 * below it, where their kind places them: an enterprise or an
 * organisation at its region, a need where its enterprise lies, a project
 * or an activity where its organisation lies. A PostgreSQL store opened
 * on part of itself (`?scope=320200`) counts the whole by SQL; a store
 * whose registry holds all of it counts in the registry, with the same
 * figures as [method@Lian.Registry.count_enterprises] and
 * [method@Lian.Registry.count_needs].
 *
 * ```python
 * wuxi = Lian.Registry.open('postgresql://lian@db/register?scope=320200')
 * ok, n = wuxi.get_store().count_records(Lian.RecordKind.NEED, '320000')   # the province's
 * ```
 *
 * Returns: true with @count set; false with an error from the store
 */
gboolean
lian_store_count_records (LianStore       *self,
                          LianRecordKind   kind,
                          const char      *region,
                          guint64         *count_out,
                          GError         **error)
{
  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) kind < LIAN_N_RECORD_KINDS, FALSE);
  g_return_val_if_fail (region == NULL || lian_adcode_is_valid (region), FALSE);
  g_return_val_if_fail (count_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return count (self, kind, region, -1, count_out, error);
}

/**
 * lian_store_count_needs_by_status:
 * @self: a store
 * @region: (nullable): a region code, or `NULL` for every region
 * @status: a status
 * @count: (out): return location for the number of needs
 * @error: return location for a `G_IO_ERROR`
 *
 * Counts the needs at @status in the whole store that lie in @region or
 * below it (where their enterprise lies), as
 * [method@Lian.Registry.count_needs_by_status] counts those of a registry;
 * see [method@Lian.Store.count_records].
 *
 * Returns: true with @count set; false with an error from the store
 */
gboolean
lian_store_count_needs_by_status (LianStore       *self,
                                  const char      *region,
                                  LianNeedStatus   status,
                                  guint64         *count_out,
                                  GError         **error)
{
  g_return_val_if_fail (LIAN_IS_STORE (self), FALSE);
  g_return_val_if_fail (region == NULL || lian_adcode_is_valid (region), FALSE);
  g_return_val_if_fail ((guint) status <= LIAN_NEED_STATUS_CLOSED, FALSE);
  g_return_val_if_fail (count_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return count (self, LIAN_RECORD_KIND_NEED, region, status, count_out, error);
}

/**
 * lian_store_count_by_region:
 * @self: a store
 * @kind: a kind of record
 * @region: (nullable): a region code, or `NULL` for the whole country
 * @level: the level of the regions to count by
 * @error: return location for a `G_IO_ERROR`
 *
 * Rolls the records of @kind in the whole store up to the regions at
 * @level in @region: for each such region that holds any, the number of
 * records that lie in it or below it, in one pass (one statement in a
 * PostgreSQL store). A region is keyed by its code at that level (its
 * first two, four or six digits, then zeros); records that lie above
 * @level (a record of the province, in a roll-up by city) are not counted.
 *
 * ```python
 * by_city = store.count_by_region(Lian.RecordKind.ENTERPRISE, '320000', Lian.Level.CITY)
 * print(by_city.unpack())   # {'320100': 3, '320200': 7, …}
 * ```
 *
 * Returns: (transfer full): a `GVariant` of type `a{st}`, region code →
 *   number of records, or `NULL` with an error from the store
 */
GVariant *
lian_store_count_by_region (LianStore       *self,
                            LianRecordKind   kind,
                            const char      *region,
                            LianLevel        level,
                            GError         **error)
{
  LianStoreInterface *iface;
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GHashTable) by_region = NULL;
  g_autoptr(GList) codes = NULL;
  Counting c = { NULL, region, level, -1, 0, NULL };
  GVariantBuilder builder;

  g_return_val_if_fail (LIAN_IS_STORE (self), NULL);
  g_return_val_if_fail (region == NULL || lian_adcode_is_valid (region), NULL);
  g_return_val_if_fail ((guint) level <= LIAN_LEVEL_COUNTY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  iface = LIAN_STORE_GET_IFACE (self);
  if (iface->count_by_region)
    return iface->count_by_region (self, kind, region, level, error);
  if ((registry = registry_of (self, error)) == NULL)
    return NULL;
  by_region = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c.registry = registry;
  c.by_region = by_region;
  if (!lian_registry_foreach (registry, kind, count_cb, &c, error))
    return NULL;
  codes = g_list_sort (g_hash_table_get_keys (by_region), (GCompareFunc) g_strcmp0);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{st}"));
  for (GList *l = codes; l; l = l->next)
    g_variant_builder_add (&builder, "{st}", (const char *) l->data,
                           (guint64) GPOINTER_TO_SIZE (g_hash_table_lookup (by_region, l->data)));
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}
