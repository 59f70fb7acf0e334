/* lian-capability.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>
#include <lian/lian-enums.h>

G_BEGIN_DECLS

#define LIAN_TYPE_CAPABILITY (lian_capability_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianCapability, lian_capability, LIAN, CAPABILITY, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianCapability     *lian_capability_new                   (const char *id,
                                                           const char *enterprise_id) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char         *lian_capability_get_enterprise_id     (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_enterprise_id     (LianCapability *self,
                                                           const char     *enterprise_id);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_capability_get_products          (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_products          (LianCapability     *self,
                                                           const char * const *products);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_capability_get_industry_codes    (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_industry_codes    (LianCapability     *self,
                                                           const char * const *industry_codes);
LIAN_AVAILABLE_IN_ALL
guint               lian_capability_get_capacity          (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_capacity          (LianCapability *self,
                                                           guint           capacity);
LIAN_AVAILABLE_IN_ALL
const char         *lian_capability_get_unit              (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_unit              (LianCapability *self,
                                                           const char     *unit);
LIAN_AVAILABLE_IN_ALL
LianCapacityPeriod  lian_capability_get_period            (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_period            (LianCapability     *self,
                                                           LianCapacityPeriod  period);
LIAN_AVAILABLE_IN_ALL
guint               lian_capability_get_min_order         (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_min_order         (LianCapability *self,
                                                           guint           min_order);
LIAN_AVAILABLE_IN_ALL
guint               lian_capability_get_lead_days         (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_lead_days         (LianCapability *self,
                                                           guint           lead_days);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_capability_get_certifications    (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_certifications    (LianCapability     *self,
                                                           const char * const *certifications);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_capability_get_regions           (LianCapability *self);
LIAN_AVAILABLE_IN_ALL
void                lian_capability_set_regions           (LianCapability     *self,
                                                           const char * const *regions);

LIAN_AVAILABLE_IN_ALL
guint64             lian_capability_get_capacity_for_days (LianCapability *self,
                                                           guint           days);

G_END_DECLS
