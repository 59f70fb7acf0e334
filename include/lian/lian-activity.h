/* lian-activity.h: a meeting held, a document issued, a case recorded
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <lian/lian-record.h>

G_BEGIN_DECLS

#define LIAN_TYPE_ACTIVITY (lian_activity_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianActivity, lian_activity, LIAN, ACTIVITY, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianActivity     *lian_activity_new              (const char       *id,
                                                  LianActivityKind  kind,
                                                  const char       *date) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianActivityKind  lian_activity_get_kind         (LianActivity     *self);
LIAN_AVAILABLE_IN_ALL
void              lian_activity_set_kind         (LianActivity     *self,
                                                  LianActivityKind  kind);
LIAN_AVAILABLE_IN_ALL
const char       *lian_activity_get_org_id       (LianActivity     *self);
LIAN_AVAILABLE_IN_ALL
void              lian_activity_set_org_id       (LianActivity     *self,
                                                  const char       *org_id);
LIAN_AVAILABLE_IN_ALL
const char       *lian_activity_get_chain_id     (LianActivity     *self);
LIAN_AVAILABLE_IN_ALL
void              lian_activity_set_chain_id     (LianActivity     *self,
                                                  const char       *chain_id);
LIAN_AVAILABLE_IN_ALL
const char       *lian_activity_get_date         (LianActivity     *self);
LIAN_AVAILABLE_IN_ALL
void              lian_activity_set_date         (LianActivity     *self,
                                                  const char       *date);
LIAN_AVAILABLE_IN_ALL
guint             lian_activity_get_participants (LianActivity     *self);
LIAN_AVAILABLE_IN_ALL
void              lian_activity_set_participants (LianActivity     *self,
                                                  guint             participants);

G_END_DECLS
