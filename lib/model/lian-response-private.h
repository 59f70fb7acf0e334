/* lian-response-private.h: a response's moves, checked
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-response.h"

G_BEGIN_DECLS

/* Whether @moves ("YYYY-MM-DD status" each) is a history the status
 * machine allows, starting from a draft, days not going back, and ending
 * in @status. */
gboolean lian_response_check_moves (const char * const  *moves,
                                    LianResponseStatus   status,
                                    GError             **error);

G_END_DECLS
