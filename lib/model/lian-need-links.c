/* lian-need-links.c: a need's links to other records: its enterprise, its
 * chain, the organisation it was handed to, its service items, its project
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-need-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

#define props lian_need_props

/**
 * lian_need_get_enterprise_id:
 * @self: a need
 *
 * Gets the id of the enterprise that has the need.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_enterprise_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return NEED_ROW (self)->enterprise_id;
}

/**
 * lian_need_set_enterprise_id:
 * @self: a need
 * @enterprise_id: (nullable): the id of a [class@Lian.Enterprise]
 *
 * Sets the enterprise that has the need.
 */
void
lian_need_set_enterprise_id (LianNeed   *self,
                             const char *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set (&NEED_ROW (self)->enterprise_id, enterprise_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ENTERPRISE_ID]);
}

/**
 * lian_need_get_chain_id:
 * @self: a need
 *
 * Gets the id of the chain the need arose on.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_chain_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return NEED_ROW (self)->chain_id;
}

/**
 * lian_need_set_chain_id:
 * @self: a need
 * @chain_id: (nullable): the id of a [class@Lian.Chain]
 *
 * Sets the chain the need arose on.
 */
void
lian_need_set_chain_id (LianNeed   *self,
                        const char *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set_shared (&NEED_ROW (self)->chain_id, chain_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_ID]);
}

/**
 * lian_need_get_assignee_id:
 * @self: a need
 *
 * Gets the id of the organisation the need was handed to.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_assignee_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return NEED_MORE_GET (NEED_ROW (self), assignee_id, NULL);
}

/**
 * lian_need_set_assignee_id:
 * @self: a need
 * @assignee_id: (nullable): the id of a [class@Lian.PartyOrg]
 *
 * Hands the need to an organisation (分级转办).
 */
void
lian_need_set_assignee_id (LianNeed   *self,
                           const char *assignee_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (assignee_id == NULL && lian_need_row_more (NEED_ROW (self)) == NULL)
    return;
  if (lian_str_set (&lian_need_row_ensure_more (NEED_ROW (self))->assignee_id, assignee_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ASSIGNEE_ID]);
  lian_need_row_trim_more (NEED_ROW (self));
}

/**
 * lian_need_get_service_ids:
 * @self: a need
 *
 * Gets the ids of the service items linked to the need.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly empty
 */
const char * const *
lian_need_get_service_ids (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return lian_strv_get (NEED_MORE_GET (NEED_ROW (self), service_ids, NULL));
}

/**
 * lian_need_set_service_ids:
 * @self: a need
 * @service_ids: (nullable) (array zero-terminated=1): the ids of
 *   [class@Lian.ServiceItem]s
 *
 * Replaces the service items linked to the need.
 */
void
lian_need_set_service_ids (LianNeed           *self,
                           const char * const *service_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if ((service_ids == NULL || service_ids[0] == NULL) &&
      lian_need_row_more (NEED_ROW (self)) == NULL)
    return;
  if (lian_strv_set (&lian_need_row_ensure_more (NEED_ROW (self))->service_ids, service_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
  lian_need_row_trim_more (NEED_ROW (self));
}

/**
 * lian_need_add_service:
 * @self: a need
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Links a service item to the need, after those already linked.
 *
 * Returns: true if it was added; false if it was already linked
 */
gboolean
lian_need_add_service (LianNeed   *self,
                       const char *service_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (!lian_strv_add (&lian_need_row_ensure_more (NEED_ROW (self))->service_ids, service_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
  return TRUE;
}

/**
 * lian_need_remove_service:
 * @self: a need
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Unlinks a service item from the need.
 *
 * Returns: true if it was removed; false if it was not linked
 */
gboolean
lian_need_remove_service (LianNeed   *self,
                          const char *service_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (lian_need_row_more (NEED_ROW (self)) == NULL ||
      !lian_strv_remove (&lian_need_row_more (NEED_ROW (self))->service_ids, service_id))
    return FALSE;
  lian_need_row_trim_more (NEED_ROW (self));
  lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
  return TRUE;
}

/**
 * lian_need_has_service:
 * @self: a need
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Whether a service item is linked to the need.
 *
 * Returns: true if it is
 */
gboolean
lian_need_has_service (LianNeed   *self,
                       const char *service_id)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  return g_strv_contains (lian_strv_get (NEED_MORE_GET (NEED_ROW (self), service_ids, NULL)),
                          service_id);
}

/**
 * lian_need_get_project_id:
 * @self: a need
 *
 * Gets the id of the action project working on the need.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_project_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return NEED_MORE_GET (NEED_ROW (self), project_id, NULL);
}

/**
 * lian_need_set_project_id:
 * @self: a need
 * @project_id: (nullable): the id of a [class@Lian.ActionProject]
 *
 * Sets the action project working on the need.
 */
void
lian_need_set_project_id (LianNeed   *self,
                          const char *project_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (project_id == NULL && lian_need_row_more (NEED_ROW (self)) == NULL)
    return;
  if (lian_str_set (&lian_need_row_ensure_more (NEED_ROW (self))->project_id, project_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PROJECT_ID]);
  lian_need_row_trim_more (NEED_ROW (self));
}
