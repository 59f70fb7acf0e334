/* lian-party-org.h: a party organisation built along a chain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_PARTY_ORG (lian_party_org_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianPartyOrg, lian_party_org, LIAN, PARTY_ORG, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianPartyOrg        *lian_party_org_new                (const char          *id,
                                                        const char          *name,
                                                        LianOrgKind          kind) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianOrgKind          lian_party_org_get_kind           (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_kind           (LianPartyOrg        *self,
                                                        LianOrgKind          kind);
LIAN_AVAILABLE_IN_ALL
LianLevel            lian_party_org_get_level          (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_level          (LianPartyOrg        *self,
                                                        LianLevel            level);
LIAN_AVAILABLE_IN_ALL
const char          *lian_party_org_get_region         (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_region         (LianPartyOrg        *self,
                                                        const char          *region);
LIAN_AVAILABLE_IN_ALL
const char          *lian_party_org_get_parent_id      (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_parent_id      (LianPartyOrg        *self,
                                                        const char          *parent_id);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_party_org_get_chain_ids      (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_chain_ids      (LianPartyOrg        *self,
                                                        const char * const  *chain_ids);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_party_org_add_chain          (LianPartyOrg        *self,
                                                        const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_party_org_remove_chain       (LianPartyOrg        *self,
                                                        const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_party_org_serves_chain       (LianPartyOrg        *self,
                                                        const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_party_org_get_member_ids     (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_member_ids     (LianPartyOrg        *self,
                                                        const char * const  *member_ids);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_party_org_add_member         (LianPartyOrg        *self,
                                                        const char          *enterprise_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_party_org_remove_member      (LianPartyOrg        *self,
                                                        const char          *enterprise_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_party_org_has_member         (LianPartyOrg        *self,
                                                        const char          *enterprise_id);
LIAN_AVAILABLE_IN_ALL
guint                lian_party_org_get_party_members  (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_party_members  (LianPartyOrg        *self,
                                                        guint                party_members);
LIAN_AVAILABLE_IN_ALL
const char          *lian_party_org_get_brand          (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_brand          (LianPartyOrg        *self,
                                                        const char          *brand);
LIAN_AVAILABLE_IN_ALL
const char          *lian_party_org_get_founded        (LianPartyOrg        *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_party_org_set_founded        (LianPartyOrg        *self,
                                                        const char          *founded);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_party_org_kind_is_grassroots (LianOrgKind          kind);
LIAN_DEPRECATED_FOR (lian_party_org_kind_is_grassroots)
gboolean             lian_party_org_is_grassroots      (LianPartyOrg        *self);

G_END_DECLS
