/* lian-match-list-private.h: the matcher's results as a list model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lian-matching-private.h"

G_BEGIN_DECLS

#define LIAN_TYPE_MATCH_LIST (lian_match_list_get_type ())

G_DECLARE_FINAL_TYPE (LianMatchList, lian_match_list, LIAN, MATCH_LIST, GObject)

/* A read-only GListModel of LianMatch over @rows (of LianMatchRow, taken),
 * which makes each match when it is asked for it. @keep (nullable) keeps
 * the rows' needs alive. */
GListModel *lian_match_list_new (LianMatching *matching,
                                 GArray       *rows,
                                 GObject      *keep) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
