/* lian-registry-query.c: counting and visiting a registry's records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What the layers above the registry read of it: counts per index key,
 * the records of a kind, a visit that notices changes. The private half
 * (entries, buckets) is declared in lian-registry-private.h; the fields
 * themselves stay in lian-registry-struct-private.h.
 */
#include "config.h"

#include <string.h>

#include "lian-registry-struct-private.h"
#include "lian-registry-query.h"
#include "lian-region-code.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* For the layers above */

LianBucket *
lian_registry_get_bucket (LianRegistry *self,
                          LianIndexId   index,
                          const char   *key)
{
  return key ? lian_index_lookup (self->indexes[index], key) : NULL;
}

LianEntry *
lian_registry_get_entry (LianRegistry *self,
                         const char   *id)
{
  return id && self->entries ? lian_entries_lookup (self->entries, id) : NULL;
}

GPtrArray *
lian_registry_get_array (LianRegistry   *self,
                         LianRecordKind  kind)
{
  g_assert (kind < LIAN_N_RECORD_KINDS);

  return lian_record_list_get_array (self->lists[kind]);
}

gpointer
lian_registry_record_at_slow (LianRegistry *self,
                              GPtrArray    *records,
                              guint         i)
{
  LianEntry *entry = LIAN_SLOT_ENTRY (records->pdata[i]);
  LianRecordList *list = self->lists[entry->kind];

  /* Only a list's array holds entries. */
  g_assert (lian_record_list_get_array (list) == records);
  return lian_record_list_slot_record (list, i);
}

GPtrArray *
lian_registry_dup_array (LianRegistry   *self,
                         LianRecordKind  kind)
{
  GPtrArray *records = lian_registry_get_array (self, kind);
  GPtrArray *copy = g_ptr_array_new_full (records->len, g_object_unref);

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (copy, g_object_ref (lian_registry_record_at (self, records, i)));
  return copy;
}

void
lian_registry_foreach_bucket (LianRegistry   *self,
                              LianIndexId     index,
                              LianBucketFunc  func,
                              gpointer        data)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->indexes[index]);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    func (key, lian_bucket_of_key (key), data);
}

void
lian_registry_foreach_entry (LianRegistry  *self,
                             LianEntryFunc  func,
                             gpointer       data)
{
  guint position = 0;
  LianEntry *entry;

  while (self->entries && (entry = lian_entries_next (self->entries, &position)))
    func (entry, data);
}

/* Public */

/**
 * lian_registry_count_records:
 * @self: a registry
 * @kind: a kind of record
 *
 * Counts the records of @kind, without making a list of them.
 *
 * Returns: the number of records of @kind
 */
guint
lian_registry_count_records (LianRegistry   *self,
                             LianRecordKind  kind)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), 0);
  g_return_val_if_fail (kind < LIAN_N_RECORD_KINDS, 0);

  return lian_registry_get_array (self, kind)->len;
}

/**
 * lian_registry_count_enterprises:
 * @self: a registry
 * @region: (nullable): a region code (a province, a city or a county), or
 *   `NULL` for every region
 *
 * Counts the enterprises that lie in @region or below it, as
 * [method@Lian.Registry.select] would select them for a filter of that
 * region: a lookup in the registry's index of enterprises by region, which
 * files each enterprise under its region and every region above it.
 *
 * ```python
 * for city in reg.dup_regions_at('320000', Lian.Level.CITY):
 *     print(city, reg.count_enterprises(city))
 * ```
 *
 * Returns: the number of enterprises in @region
 */
guint
lian_registry_count_enterprises (LianRegistry *self,
                                 const char   *region)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), 0);
  g_return_val_if_fail (region == NULL || lian_adcode_is_valid (region), 0);

  if (region == NULL)
    return lian_registry_count_records (self, LIAN_RECORD_KIND_ENTERPRISE);
  return lian_bucket_size (lian_registry_get_bucket (self, LIAN_INDEX_ENTERPRISE_REGION, region));
}

/* Needs at @status (a nick) in @region or below it: a lookup in the
 * counts the registry keeps per region and status, with no need visited. */
static guint
count_needs (LianRegistry *self,
             const char   *region,
             const char   *status)
{
  char key[64];

  g_snprintf (key, sizeof key, "%s/%s", region, status);
  return lian_bucket_size (lian_registry_get_bucket (self, LIAN_INDEX_NEED_AREA_STATUS, key));
}

/**
 * lian_registry_count_needs:
 * @self: a registry
 * @region: (nullable): a region code, or `NULL` for every region
 *
 * Counts the needs that lie in @region or below it (a need lies where its
 * enterprise does), from the registry's indexes, without visiting the
 * needs.
 *
 * Returns: the number of needs in @region
 */
guint
lian_registry_count_needs (LianRegistry *self,
                           const char   *region)
{
  guint n = 0;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), 0);
  g_return_val_if_fail (region == NULL || lian_adcode_is_valid (region), 0);

  if (region == NULL)
    return lian_registry_count_records (self, LIAN_RECORD_KIND_NEED);
  for (guint s = LIAN_NEED_STATUS_SUBMITTED; s <= LIAN_NEED_STATUS_CLOSED; s++)
    n += count_needs (self, region, lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, s));
  return n;
}

/**
 * lian_registry_count_needs_by_status:
 * @self: a registry
 * @region: (nullable): a region code, or `NULL` for every region
 * @status: a status
 *
 * Counts the needs at @status now that lie in @region or below it, with
 * one lookup and without visiting the needs: the registry keeps counts of
 * its needs per status and per region (where their enterprise lies, and
 * every region above), up to date as needs are added, moved or removed
 * and as enterprises move.
 *
 * ```c
 * guint resolved = lian_registry_count_needs_by_status (registry, "320500",
 *                                                       LIAN_NEED_STATUS_RESOLVED);
 * ```
 *
 * Returns: the number of needs at @status in @region
 */
guint
lian_registry_count_needs_by_status (LianRegistry   *self,
                                     const char     *region,
                                     LianNeedStatus  status)
{
  const char *nick;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), 0);
  g_return_val_if_fail (region == NULL || lian_adcode_is_valid (region), 0);
  nick = lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, status);
  g_return_val_if_fail (nick != NULL, 0);

  if (region == NULL)
    return lian_bucket_size (lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS, nick));
  return count_needs (self, region, nick);
}

/**
 * lian_registry_get_change_count:
 * @self: a registry
 *
 * Gets a number that grows whenever a record is added, changed or
 * removed. Two equal readings mean the registry's records did not change
 * in between; what the number is says nothing more.
 *
 * Returns: the change count
 */
guint64
lian_registry_get_change_count (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), 0);

  return self->stamp;
}

/**
 * lian_registry_foreach:
 * @self: a registry
 * @kind: the kind of records to visit
 * @func: (scope call): called with each record of @kind
 * @user_data: (closure): data for @func
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Calls @func with each record of @kind, in the order they were added,
 * without making a list of them, until @func returns false. If the
 * registry changes while it visits (@func, or a handler of a signal it
 * causes, adds, changes or removes a record), it stops before the next
 * record and fails with `LIAN_REGISTRY_ERROR_CHANGED`: the records it
 * would still visit are no longer those it started with. A change made
 * while visiting the last record is not an error.
 *
 * ```js
 * let open = 0;
 * registry.foreach(Lian.RecordKind.NEED, need => {
 *     if (need.status === Lian.NeedStatus.SUBMITTED)
 *         open++;
 *     return true;
 * });
 * ```
 *
 * Returns: true if every record was visited or @func stopped the visit;
 *   false with `LIAN_REGISTRY_ERROR_CHANGED` if the registry changed
 */
gboolean
lian_registry_foreach (LianRegistry         *self,
                       LianRecordKind        kind,
                       LianRecordVisitFunc   func,
                       gpointer              user_data,
                       GError              **error)
{
  guint64 stamp;
  GPtrArray *records;
  guint n;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (kind < LIAN_N_RECORD_KINDS, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stamp = self->stamp;
  records = lian_registry_get_array (self, kind);
  n = records->len;
  for (guint i = 0; i < n; i++)
    {
      if (self->stamp != stamp)
        {
          g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CHANGED,
                       /* TRANSLATORS: %u of %u: records visited so far, and in all. */
                       _("the registry changed while its records were visited (after %u of %u)"),
                       i, n);
          return FALSE;
        }
      if (!func (lian_registry_record_at (self, records, i), user_data))
        break;
    }
  return TRUE;
}
