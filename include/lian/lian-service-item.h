/* lian-service-item.h: an item on a department's resources list
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_SERVICE_ITEM (lian_service_item_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianServiceItem, lian_service_item, LIAN, SERVICE_ITEM, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianServiceItem     *lian_service_item_new               (const char          *id,
                                                          const char          *name,
                                                          LianServiceKind      kind) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianServiceKind      lian_service_item_get_kind          (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_kind          (LianServiceItem     *self,
                                                          LianServiceKind      kind);
LIAN_AVAILABLE_IN_ALL
const char          *lian_service_item_get_provider      (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_provider      (LianServiceItem     *self,
                                                          const char          *provider);
LIAN_AVAILABLE_IN_ALL
const char          *lian_service_item_get_description   (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_description   (LianServiceItem     *self,
                                                          const char          *description);
LIAN_AVAILABLE_IN_ALL
LianNeedCategories   lian_service_item_get_categories    (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_categories    (LianServiceItem     *self,
                                                          LianNeedCategories   categories);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_service_item_serves_category   (LianServiceItem     *self,
                                                          LianNeedCategory     category);
LIAN_AVAILABLE_IN_ALL
const char          *lian_service_item_get_region        (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_region        (LianServiceItem     *self,
                                                          const char          *region);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_service_item_get_chain_ids     (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_chain_ids     (LianServiceItem     *self,
                                                          const char * const  *chain_ids);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_service_item_add_chain         (LianServiceItem     *self,
                                                          const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_service_item_remove_chain      (LianServiceItem     *self,
                                                          const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_service_item_applies_to_chain  (LianServiceItem     *self,
                                                          const char          *chain_id);
LIAN_AVAILABLE_IN_ALL
const char          *lian_service_item_get_valid_from    (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_valid_from    (LianServiceItem     *self,
                                                          const char          *valid_from);
LIAN_AVAILABLE_IN_ALL
const char          *lian_service_item_get_valid_until   (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_valid_until   (LianServiceItem     *self,
                                                          const char          *valid_until);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_service_item_is_valid_on       (LianServiceItem     *self,
                                                          const char          *date);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_service_item_get_keywords      (LianServiceItem     *self);
LIAN_AVAILABLE_IN_ALL
void                 lian_service_item_set_keywords      (LianServiceItem     *self,
                                                          const char * const  *keywords);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_service_item_add_keyword       (LianServiceItem     *self,
                                                          const char          *keyword);
LIAN_AVAILABLE_IN_ALL
gboolean             lian_service_item_remove_keyword    (LianServiceItem     *self,
                                                          const char          *keyword);

G_END_DECLS
