/* lian-store-log.c: reading a store's log of changes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * lian_store_list_changes() asks the backend for the changes of its log
 * (a SQLite store reads its `changes` table; a JSON document keeps none
 * on disk, so the registry's journal of this session stands in), then
 * keeps those of records that lie in a region, through the registry.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lian-store-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* @text as µs since 1970 UTC: an ISO 8601 date (the start of that day in
 * China's time zone) or date-time (without an offset, in China's). */
static gboolean
parse_since (const char  *text,
             gint64      *since,
             GError     **error)
{
  g_autoptr(GTimeZone) china = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) when = NULL;
  int y, m, d;
  char tail;

  if (china == NULL)
    china = g_time_zone_new_offset (8 * 3600);
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && strlen (text) == 10)
    when = g_date_time_new (china, y, m, d, 0, 0, 0);
  else
    {
      /* GLib wants the seconds; a time to the minute is common. */
      g_autofree char *full = strlen (text) == 16 && text[10] == 'T'
                              ? g_strconcat (text, ":00", NULL) : g_strdup (text);
      when = g_date_time_new_from_iso8601 (full, china);
    }
  if (when == NULL)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                   /* TRANSLATORS: %s is what the user gave as a date */
                   _("since: \"%s\" is not a date (YYYY-MM-DD) or a date and time "
                     "(YYYY-MM-DDTHH:MM)"), text);
      return FALSE;
    }
  *since = g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when);
  return TRUE;
}

/* Whether @change, of @registry's journal, passes the filters. */
static gboolean
journal_keeps (LianChange *change,
               const char *record_id,
               gint64      since,
               const char *actor)
{
  if (record_id && g_strcmp0 (lian_change_get_record_id (change), record_id) != 0)
    return FALSE;
  if (lian_change_get_time (change) < since)
    return FALSE;
  return actor == NULL || g_strcmp0 (lian_change_get_actor (change), actor) == 0;
}

static void
read_journal (LianRegistry *registry,
              const char   *record_id,
              gint64        since,
              const char   *actor,
              GPtrArray    *out)
{
  GListModel *journal = lian_registry_get_journal (registry);
  guint n = g_list_model_get_n_items (journal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (journal, i);

      if (journal_keeps (change, record_id, since, actor))
        g_ptr_array_add (out, g_steal_pointer (&change));
    }
}

/* Whether the record of @change lies in @region: the record the registry
 * holds under its id, or else (a removed record) the record the change
 * carries. */
static gboolean
lies_in (LianRegistry *registry,
         LianChange   *change,
         const char   *region)
{
  LianRecord *held = lian_registry_lookup (registry, lian_change_get_record_id (change));
  LianRecord *record = held ? held : lian_change_get_record (change);

  return record && lian_registry_lies_in (registry, record, region);
}

/**
 * lian_store_list_changes:
 * @self: a store that loaded a registry
 * @record_id: (nullable): only the changes of this record
 * @since: (nullable): only the changes made at or after this time: an ISO
 *   8601 date (`2026-03-01`, from the start of that day in China's time
 *   zone) or date and time (`2026-03-01T09:30`, in China's time zone
 *   unless it gives an offset)
 * @actor: (nullable): only the changes this actor made
 * @region: (nullable): only the changes of records that lie in this region
 *   (a region code such as `320200`) or below it, as the registry places
 *   them; a removed record is placed where it was when it was removed
 * @error: return location for a #GError
 *
 * Reads the store's log of changes, oldest first.
 *
 * A SQLite store reads its `changes` table: every change any process
 * committed, with its sequence, time, actor, operation and the record's
 * revision after it. Each changed member is a field of the
 * [class@Lian.Change] whose before and after values are strings holding
 * the member's value as JSON text, as the table keeps them (`"open"`,
 * `1200`, `null` for a member gained or lost); an addition has the
 * record's members as fields with no value before, a removal with no
 * value after. The change's record is the one the registry holds, or,
 * for a record that is gone, a record of its kind carrying the id and the
 * members the log last had for it.
 *
 * A JSON document keeps no log on disk: its store gives the registry's
 * journal of this session (see [method@Lian.Registry.get_journal]),
 * filtered the same way. A document's only history beyond that is a
 * need's own moves ([method@Lian.Need.get_history]).
 *
 * Returns: (transfer full): a #GListModel of [class@Lian.Change], or %NULL
 *   with @error set (a date that cannot be read, a store that cannot be
 *   read)
 */
GListModel *
lian_store_list_changes (LianStore   *self,
                         const char  *record_id,
                         const char  *since,
                         const char  *actor,
                         const char  *region,
                         GError     **error)
{
  LianStoreInterface *iface;
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *result;
  gint64 since_us = G_MININT64;

  g_return_val_if_fail (LIAN_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  registry = g_weak_ref_get (&LIAN_STORE_GET_IFACE (self)->get_state (self)->registry);
  g_return_val_if_fail (registry != NULL, NULL);

  if (since && !parse_since (since, &since_us, error))
    return NULL;
  iface = LIAN_STORE_GET_IFACE (self);
  if (iface->list_changes == NULL)
    read_journal (registry, record_id, since_us, actor, changes);
  else if (!iface->list_changes (self, registry, record_id, since_us, actor, changes, error))
    return NULL;

  result = g_list_store_new (LIAN_TYPE_CHANGE);
  for (guint i = 0; i < changes->len; i++)
    if (region == NULL || lies_in (registry, changes->pdata[i], region))
      g_list_store_append (result, changes->pdata[i]);
  return G_LIST_MODEL (result);
}
