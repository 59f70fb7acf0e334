/* test-record-rows-need.c: a need's row, for test-record-rows.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-record-rows.h"
#include "lian-need-private.h"

void
test_rows_append_event (gpointer       row,
                        LianNeedEvent *event)
{
  lian_need_row_append_event (row, event);
}

void
test_rows_forget_history (gpointer row)
{
  /* The history is in the side block, which the row copied from holds. */
  ((LianNeedRow *) row)->more = NULL;
}

gboolean
test_rows_has_more (gconstpointer row)
{
  return ((const LianNeedRow *) row)->more != NULL;
}
