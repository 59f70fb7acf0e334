/* lian-party-org-lists.c: a party organisation's lists: the chains it
 * serves and the enterprises that are its members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-party-org-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

#define props lian_party_org_props

/**
 * lian_party_org_get_chain_ids:
 * @self: an organisation
 *
 * Gets the ids of the chains it serves.
 *
 * Returns: (transfer none) (array zero-terminated=1): the chain ids, possibly
 *   empty
 */
const char * const *
lian_party_org_get_chain_ids (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), NULL);

  return lian_strv_get (PARTY_ORG_ROW (self)->chain_ids);
}

/**
 * lian_party_org_set_chain_ids:
 * @self: an organisation
 * @chain_ids: (nullable) (array zero-terminated=1): ids of [class@Lian.Chain]s
 *
 * Replaces the chains it serves.
 */
void
lian_party_org_set_chain_ids (LianPartyOrg       *self,
                              const char * const *chain_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));

  if (lian_strv_set (&PARTY_ORG_ROW (self)->chain_ids, chain_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
}

/**
 * lian_party_org_add_chain:
 * @self: an organisation
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Adds a chain it serves at the end of the list.
 *
 * Returns: true if it was added; false if it was already there
 */
gboolean
lian_party_org_add_chain (LianPartyOrg *self,
                          const char   *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), FALSE);
  g_return_val_if_fail (chain_id != NULL, FALSE);

  if (!lian_strv_add (&PARTY_ORG_ROW (self)->chain_ids, chain_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
  return TRUE;
}

/**
 * lian_party_org_remove_chain:
 * @self: an organisation
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Removes a chain it serves, keeping the order of the others.
 *
 * Returns: true if it was removed; false if it was not there
 */
gboolean
lian_party_org_remove_chain (LianPartyOrg *self,
                             const char   *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), FALSE);
  g_return_val_if_fail (chain_id != NULL, FALSE);

  if (!lian_strv_remove (&PARTY_ORG_ROW (self)->chain_ids, chain_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
  return TRUE;
}

/**
 * lian_party_org_serves_chain:
 * @self: an organisation
 * @chain_id: the id of a [class@Lian.Chain]
 *
 * Whether it serves the chain @chain_id.
 *
 * Returns: true if @chain_id is among its chain ids
 */
gboolean
lian_party_org_serves_chain (LianPartyOrg *self,
                             const char   *chain_id)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), FALSE);
  g_return_val_if_fail (chain_id != NULL, FALSE);

  return g_strv_contains (lian_strv_get (PARTY_ORG_ROW (self)->chain_ids), chain_id);
}

/**
 * lian_party_org_get_member_ids:
 * @self: an organisation
 *
 * Gets the ids of its member enterprises.
 *
 * Returns: (transfer none) (array zero-terminated=1): the enterprise ids,
 *   possibly empty
 */
const char * const *
lian_party_org_get_member_ids (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), NULL);

  return lian_strv_get (PARTY_ORG_ROW (self)->member_ids);
}

/**
 * lian_party_org_set_member_ids:
 * @self: an organisation
 * @member_ids: (nullable) (array zero-terminated=1): ids of
 *   [class@Lian.Enterprise]s
 *
 * Replaces its member enterprises.
 */
void
lian_party_org_set_member_ids (LianPartyOrg       *self,
                               const char * const *member_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));

  if (lian_strv_set (&PARTY_ORG_ROW (self)->member_ids, member_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_MEMBER_IDS]);
}

/**
 * lian_party_org_add_member:
 * @self: an organisation
 * @enterprise_id: the id of a [class@Lian.Enterprise]
 *
 * Adds a member enterprise at the end of the list.
 *
 * Returns: true if it was added; false if it was already a member
 */
gboolean
lian_party_org_add_member (LianPartyOrg *self,
                           const char   *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), FALSE);
  g_return_val_if_fail (enterprise_id != NULL, FALSE);

  if (!lian_strv_add (&PARTY_ORG_ROW (self)->member_ids, enterprise_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_MEMBER_IDS]);
  return TRUE;
}

/**
 * lian_party_org_remove_member:
 * @self: an organisation
 * @enterprise_id: the id of a [class@Lian.Enterprise]
 *
 * Removes a member enterprise, keeping the order of the others.
 *
 * Returns: true if it was removed; false if it was not a member
 */
gboolean
lian_party_org_remove_member (LianPartyOrg *self,
                              const char   *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), FALSE);
  g_return_val_if_fail (enterprise_id != NULL, FALSE);

  if (!lian_strv_remove (&PARTY_ORG_ROW (self)->member_ids, enterprise_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_MEMBER_IDS]);
  return TRUE;
}

/**
 * lian_party_org_has_member:
 * @self: an organisation
 * @enterprise_id: the id of a [class@Lian.Enterprise]
 *
 * Whether the enterprise @enterprise_id is one of its members.
 *
 * Returns: true if @enterprise_id is among its member ids
 */
gboolean
lian_party_org_has_member (LianPartyOrg *self,
                           const char   *enterprise_id)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), FALSE);
  g_return_val_if_fail (enterprise_id != NULL, FALSE);

  return g_strv_contains (lian_strv_get (PARTY_ORG_ROW (self)->member_ids), enterprise_id);
}
