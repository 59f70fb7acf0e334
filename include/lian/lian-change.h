/* lian-change.h: one accepted change of a registry, as its journal keeps it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_CHANGE (lian_change_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianChange, lian_change, LIAN, CHANGE, GObject)

LIAN_AVAILABLE_IN_ALL
guint64              lian_change_get_sequence      (LianChange *self);
LIAN_AVAILABLE_IN_ALL
gint64               lian_change_get_time          (LianChange *self);
LIAN_AVAILABLE_IN_ALL
const char          *lian_change_get_actor         (LianChange *self);
LIAN_AVAILABLE_IN_ALL
LianChangeOperation  lian_change_get_operation     (LianChange *self);
LIAN_AVAILABLE_IN_ALL
LianRecord          *lian_change_get_record        (LianChange *self);
LIAN_AVAILABLE_IN_ALL
const char          *lian_change_get_record_id     (LianChange *self);
LIAN_AVAILABLE_IN_ALL
LianRecordKind       lian_change_get_record_kind   (LianChange *self);
LIAN_AVAILABLE_IN_ALL
guint64              lian_change_get_revision      (LianChange *self);
LIAN_AVAILABLE_IN_ALL
const char * const  *lian_change_get_fields        (LianChange *self);
LIAN_AVAILABLE_IN_ALL
const char          *lian_change_get_property_name (LianChange *self);
LIAN_AVAILABLE_IN_ALL
const GValue        *lian_change_get_before        (LianChange *self,
                                                    const char *field);
LIAN_AVAILABLE_IN_ALL
const GValue        *lian_change_get_after         (LianChange *self,
                                                    const char *field);

G_END_DECLS
