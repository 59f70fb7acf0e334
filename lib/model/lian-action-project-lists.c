/* lian-action-project-lists.c: an action project's lists: the needs it
 * takes on and the service items it brings to bear
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-action-project-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

#define props lian_action_project_props

/**
 * lian_action_project_get_need_ids:
 * @self: an action project
 *
 * Gets the ids of the needs the project takes on.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly
 *   an empty list
 */
const char * const *
lian_action_project_get_need_ids (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), NULL);

  return lian_strv_get (ACTION_PROJECT_ROW (self)->need_ids);
}

/**
 * lian_action_project_set_need_ids:
 * @self: an action project
 * @need_ids: (nullable) (array zero-terminated=1): the ids of
 *   [class@Lian.Need] records
 *
 * Replaces the needs the project takes on.
 */
void
lian_action_project_set_need_ids (LianActionProject  *self,
                                  const char * const *need_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (lian_strv_set (&ACTION_PROJECT_ROW (self)->need_ids, need_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_NEED_IDS]);
}

/**
 * lian_action_project_add_need:
 * @self: an action project
 * @need_id: the id of a [class@Lian.Need]
 *
 * Adds a need to the end of those the project takes on.
 *
 * Returns: true if it was added; false if the project already had it
 */
gboolean
lian_action_project_add_need (LianActionProject *self,
                              const char        *need_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (need_id != NULL, FALSE);

  if (!lian_strv_add (&ACTION_PROJECT_ROW (self)->need_ids, need_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_NEED_IDS]);
  return TRUE;
}

/**
 * lian_action_project_remove_need:
 * @self: an action project
 * @need_id: the id of a [class@Lian.Need]
 *
 * Removes a need from those the project takes on.
 *
 * Returns: true if it was removed; false if the project did not have it
 */
gboolean
lian_action_project_remove_need (LianActionProject *self,
                                 const char        *need_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (need_id != NULL, FALSE);

  if (!lian_strv_remove (&ACTION_PROJECT_ROW (self)->need_ids, need_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_NEED_IDS]);
  return TRUE;
}

/**
 * lian_action_project_has_need:
 * @self: an action project
 * @need_id: the id of a [class@Lian.Need]
 *
 * Whether the project takes on a need.
 *
 * Returns: true if @need_id is among the project's needs
 */
gboolean
lian_action_project_has_need (LianActionProject *self,
                              const char        *need_id)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (need_id != NULL, FALSE);

  return g_strv_contains (lian_strv_get (ACTION_PROJECT_ROW (self)->need_ids), need_id);
}

/**
 * lian_action_project_get_service_ids:
 * @self: an action project
 *
 * Gets the ids of the service items the project brings to bear.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly
 *   an empty list
 */
const char * const *
lian_action_project_get_service_ids (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), NULL);

  return lian_strv_get (ACTION_PROJECT_ROW (self)->service_ids);
}

/**
 * lian_action_project_set_service_ids:
 * @self: an action project
 * @service_ids: (nullable) (array zero-terminated=1): the ids of
 *   [class@Lian.ServiceItem] records
 *
 * Replaces the service items the project brings to bear.
 */
void
lian_action_project_set_service_ids (LianActionProject  *self,
                                     const char * const *service_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (lian_strv_set (&ACTION_PROJECT_ROW (self)->service_ids, service_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
}

/**
 * lian_action_project_add_service:
 * @self: an action project
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Adds a service item to the end of those the project brings to bear.
 *
 * Returns: true if it was added; false if the project already had it
 */
gboolean
lian_action_project_add_service (LianActionProject *self,
                                 const char        *service_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (!lian_strv_add (&ACTION_PROJECT_ROW (self)->service_ids, service_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
  return TRUE;
}

/**
 * lian_action_project_remove_service:
 * @self: an action project
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Removes a service item from those the project brings to bear.
 *
 * Returns: true if it was removed; false if the project did not have it
 */
gboolean
lian_action_project_remove_service (LianActionProject *self,
                                    const char        *service_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (!lian_strv_remove (&ACTION_PROJECT_ROW (self)->service_ids, service_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
  return TRUE;
}

/**
 * lian_action_project_has_service:
 * @self: an action project
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Whether the project brings a service item to bear.
 *
 * Returns: true if @service_id is among the project's service items
 */
gboolean
lian_action_project_has_service (LianActionProject *self,
                                 const char        *service_id)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  return g_strv_contains (lian_strv_get (ACTION_PROJECT_ROW (self)->service_ids), service_id);
}
