/* lian-gap-private.h: how the matcher makes its gap report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-gap.h"

G_BEGIN_DECLS

/* Takes @need_ids (a NULL-terminated array of owned strings). */
LianGap *lian_gap_new_take (LianNeedCategory  category,
                            const char       *region,
                            const char       *region_name,
                            GStrv             need_ids);

G_END_DECLS
