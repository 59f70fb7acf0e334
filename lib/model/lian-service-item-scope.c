/* lian-service-item-scope.c: where and when a service item applies: its region,
 * the chains it is open to, its period of validity
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-service-item-private.h"
#include "lian-date.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

#define props lian_service_item_props

/**
 * lian_service_item_get_region:
 * @self: an item
 *
 * Gets the code of the region it covers.
 *
 * Returns: (nullable): the 6-digit region code
 */
const char *
lian_service_item_get_region (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), NULL);

  return SERVICE_ITEM_ROW (self)->region;
}

/**
 * lian_service_item_set_region:
 * @self: an item
 * @region: (nullable): a 6-digit region code
 *
 * Sets the region it covers, with every region below it (see
 * [func@Lian.adcode_contains]). [method@Lian.Record.validate] checks
 * the code.
 */
void
lian_service_item_set_region (LianServiceItem *self,
                              const char      *region)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (lian_str_set_shared (&SERVICE_ITEM_ROW (self)->region, region))
    lian_record_changed (LIAN_RECORD (self), props[PROP_REGION]);
}

/**
 * lian_service_item_get_chain_ids:
 * @self: an item
 *
 * Gets the ids of the chains it is limited to.
 *
 * Returns: (transfer none) (array zero-terminated=1): the chain ids; empty
 *   when it applies to any chain
 */
const char * const *
lian_service_item_get_chain_ids (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), NULL);

  return lian_strv_get (SERVICE_ITEM_ROW (self)->chain_ids);
}

/**
 * lian_service_item_set_chain_ids:
 * @self: an item
 * @chain_ids: (nullable) (array zero-terminated=1): ids of [class@Lian.Chain]s,
 *   or nothing for any chain
 *
 * Replaces the chains it is limited to.
 */
void
lian_service_item_set_chain_ids (LianServiceItem    *self,
                                 const char * const *chain_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (lian_strv_set (&SERVICE_ITEM_ROW (self)->chain_ids, chain_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
}

/**
 * lian_service_item_add_chain:
 * @self: an item
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Adds a chain to its scope, at the end of the list. An item limited to one
 * chain no longer applies to the others.
 *
 * Returns: true if it was added; false if it was already there
 */
gboolean
lian_service_item_add_chain (LianServiceItem *self,
                             const char      *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), FALSE);
  g_return_val_if_fail (chain_id != NULL, FALSE);

  if (!lian_strv_add (&SERVICE_ITEM_ROW (self)->chain_ids, chain_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
  return TRUE;
}

/**
 * lian_service_item_remove_chain:
 * @self: an item
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Removes a chain from its scope, keeping the order of the others. Removing
 * the last one makes it apply to any chain.
 *
 * Returns: true if it was removed; false if it was not there
 */
gboolean
lian_service_item_remove_chain (LianServiceItem *self,
                                const char      *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), FALSE);
  g_return_val_if_fail (chain_id != NULL, FALSE);

  if (!lian_strv_remove (&SERVICE_ITEM_ROW (self)->chain_ids, chain_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
  return TRUE;
}

/**
 * lian_service_item_applies_to_chain:
 * @self: an item
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Whether it can serve enterprises of the chain @chain_id.
 *
 * Returns: true if its chain ids are empty or hold @chain_id
 */
gboolean
lian_service_item_applies_to_chain (LianServiceItem *self,
                                    const char      *chain_id)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), FALSE);
  g_return_val_if_fail (chain_id != NULL, FALSE);

  return lian_strv_get (SERVICE_ITEM_ROW (self)->chain_ids)[0] == NULL ||
         g_strv_contains (lian_strv_get (SERVICE_ITEM_ROW (self)->chain_ids), chain_id);
}

/**
 * lian_service_item_get_valid_from:
 * @self: an item
 *
 * Gets the first day it can be used.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`, or `NULL` for since always
 */
const char *
lian_service_item_get_valid_from (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), NULL);

  return SERVICE_ITEM_ROW (self)->valid_from;
}

/**
 * lian_service_item_set_valid_from:
 * @self: an item
 * @valid_from: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the first day it can be used. [method@Lian.Record.validate] checks
 * the date and that it does not come after the last day.
 */
void
lian_service_item_set_valid_from (LianServiceItem *self,
                                  const char      *valid_from)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (lian_str_set_shared (&SERVICE_ITEM_ROW (self)->valid_from, valid_from))
    lian_record_changed (LIAN_RECORD (self), props[PROP_VALID_FROM]);
}

/**
 * lian_service_item_get_valid_until:
 * @self: an item
 *
 * Gets the last day it can be used.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`, or `NULL` for with no end
 */
const char *
lian_service_item_get_valid_until (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), NULL);

  return SERVICE_ITEM_ROW (self)->valid_until;
}

/**
 * lian_service_item_set_valid_until:
 * @self: an item
 * @valid_until: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the last day it can be used. [method@Lian.Record.validate] checks
 * the date and that it does not come before the first day.
 */
void
lian_service_item_set_valid_until (LianServiceItem *self,
                                   const char      *valid_until)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (lian_str_set_shared (&SERVICE_ITEM_ROW (self)->valid_until, valid_until))
    lian_record_changed (LIAN_RECORD (self), props[PROP_VALID_UNTIL]);
}

/**
 * lian_service_item_is_valid_on:
 * @self: an item
 * @date: a date, `YYYY-MM-DD`
 *
 * Whether it can be used on @date: from its first day to its last day, both
 * included. An unset bound is open.
 *
 * Returns: true if @date lies within its period
 */
gboolean
lian_service_item_is_valid_on (LianServiceItem *self,
                               const char      *date)
{
  const char *from, *until;

  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), FALSE);
  g_return_val_if_fail (lian_date_is_valid (date), FALSE);

  /* `YYYY-MM-DD` dates sort as strings; an empty bound is unset. */
  from = SERVICE_ITEM_ROW (self)->valid_from;
  until = SERVICE_ITEM_ROW (self)->valid_until;
  if (from && from[0] && strcmp (date, from) < 0)
    return FALSE;
  if (until && until[0] && strcmp (date, until) > 0)
    return FALSE;
  return TRUE;
}
