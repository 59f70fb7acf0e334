/* lian-check-private.h: checks of one record, for lian_registry_check()
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-need.h"

G_BEGIN_DECLS

/* Appends to @problems (of LianProblem) an error for each way @need's
 * history contradicts itself or the need: a move the status machine does
 * not allow from the move before it (`history-illegal-move`), a move
 * earlier than the one before it (`history-out-of-order`), a status other than the last move's
 * (`status-contradicts-history`), a resolved day other than the last
 * move's, when that move resolved it, or a resolved day when it did not
 * (`resolved-contradicts-history`). */
void lian_check_need_history (LianNeed  *need,
                              GPtrArray *problems);

G_END_DECLS
