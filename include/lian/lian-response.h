/* lian-response.h
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

#define LIAN_TYPE_RESPONSE (lian_response_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianResponse, lian_response, LIAN, RESPONSE, LianRecord)

LIAN_AVAILABLE_IN_ALL
LianResponse       *lian_response_new               (const char *id,
                                                     const char *post_id,
                                                     const char *enterprise_id) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char         *lian_response_get_post_id       (LianResponse *self);
LIAN_AVAILABLE_IN_ALL
void                lian_response_set_post_id       (LianResponse *self,
                                                     const char   *post_id);
LIAN_AVAILABLE_IN_ALL
const char         *lian_response_get_enterprise_id (LianResponse *self);
LIAN_AVAILABLE_IN_ALL
void                lian_response_set_enterprise_id (LianResponse *self,
                                                     const char   *enterprise_id);
LIAN_AVAILABLE_IN_ALL
guint               lian_response_get_quantity      (LianResponse *self);
LIAN_AVAILABLE_IN_ALL
void                lian_response_set_quantity      (LianResponse *self,
                                                     guint         quantity);
LIAN_AVAILABLE_IN_ALL
guint               lian_response_get_lead_days     (LianResponse *self);
LIAN_AVAILABLE_IN_ALL
void                lian_response_set_lead_days     (LianResponse *self,
                                                     guint         lead_days);
LIAN_AVAILABLE_IN_ALL
gint64              lian_response_get_price_yuan    (LianResponse *self);
LIAN_AVAILABLE_IN_ALL
void                lian_response_set_price_yuan    (LianResponse *self,
                                                     gint64        price_yuan);
LIAN_AVAILABLE_IN_ALL
LianResponseStatus  lian_response_get_status        (LianResponse *self);
LIAN_AVAILABLE_IN_ALL
void                lian_response_set_status        (LianResponse       *self,
                                                     LianResponseStatus  status);
LIAN_AVAILABLE_IN_ALL
const char * const *lian_response_get_moves         (LianResponse *self);
LIAN_AVAILABLE_IN_ALL
void                lian_response_set_moves         (LianResponse       *self,
                                                     const char * const *moves);

LIAN_AVAILABLE_IN_ALL
gboolean            lian_response_is_move_allowed   (LianResponseStatus from,
                                                     LianResponseStatus to);
LIAN_AVAILABLE_IN_ALL
gboolean            lian_response_transition        (LianResponse        *self,
                                                     LianResponseStatus   status,
                                                     const char          *date,
                                                     GError             **error);
LIAN_AVAILABLE_IN_ALL
const char         *lian_response_get_status_date   (LianResponse       *self,
                                                     LianResponseStatus  status);

G_END_DECLS
