/* lian-match-private.h: how the matcher makes its results
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-match.h"

G_BEGIN_DECLS

/* Copies the ids and the @n_reasons @reasons into one block. */
LianMatch *lian_match_new (const char         *need_id,
                           const char         *service_id,
                           double              score,
                           const char * const *reasons,
                           guint               n_reasons);

G_END_DECLS
