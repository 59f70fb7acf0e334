/* lian-enterprise.h: an enterprise and its places on chains
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>
#include <lian/lian-chain-link.h>

G_BEGIN_DECLS

#define LIAN_TYPE_ENTERPRISE (lian_enterprise_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianEnterprise, lian_enterprise, LIAN, ENTERPRISE, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianEnterprise      *lian_enterprise_new               (const char          *id,
                                                        const char          *name,
                                                        const char          *uscc,
                                                        const char          *region) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char          *lian_enterprise_get_uscc          (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_uscc          (LianEnterprise      *self,
                                                        const char          *uscc);
LIAN_AVAILABLE_IN_ALL
const char          *lian_enterprise_get_region        (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_region        (LianEnterprise      *self,
                                                        const char          *region);
LIAN_AVAILABLE_IN_ALL
LianEnterpriseSize   lian_enterprise_get_size          (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_size          (LianEnterprise      *self,
                                                        LianEnterpriseSize   size);
LIAN_AVAILABLE_IN_ALL
LianEnterpriseTags   lian_enterprise_get_tags          (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_tags          (LianEnterprise      *self,
                                                        LianEnterpriseTags   tags);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_enterprise_has_tag           (LianEnterprise      *self,
                                                        LianEnterpriseTags   tag);
LIAN_AVAILABLE_IN_ALL
guint                lian_enterprise_get_employees     (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_employees     (LianEnterprise      *self,
                                                        guint                employees);
LIAN_AVAILABLE_IN_ALL
guint                lian_enterprise_get_party_members (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_party_members (LianEnterprise      *self,
                                                        guint                party_members);
LIAN_AVAILABLE_IN_ALL
const char          *lian_enterprise_get_contact_name  (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_contact_name  (LianEnterprise      *self,
                                                        const char          *contact_name);
LIAN_AVAILABLE_IN_ALL
const char          *lian_enterprise_get_contact_phone (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_contact_phone (LianEnterprise      *self,
                                                        const char          *contact_phone);
LIAN_AVAILABLE_IN_ALL
const char          *lian_enterprise_get_parent_id     (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_parent_id     (LianEnterprise      *self,
                                                        const char          *parent_id);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_add_chain_link    (LianEnterprise      *self,
                                                        const char          *chain_id,
                                                        const char          *segment,
                                                        LianChainRole        role);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_enterprise_remove_chain_link (LianEnterprise      *self,
                                                        const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
LianChainLink       *lian_enterprise_get_chain_link    (LianEnterprise      *self,
                                                        const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
GPtrArray           *lian_enterprise_get_chain_links   (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_enterprise_get_chain_ids     (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_enterprise_get_aliases       (LianEnterprise      *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_aliases       (LianEnterprise      *self,
                                                        const char * const  *aliases);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_enterprise_get_not_duplicates (LianEnterprise     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_enterprise_set_not_duplicates (LianEnterprise     *self,
                                                         const char * const *ids);

G_END_DECLS
