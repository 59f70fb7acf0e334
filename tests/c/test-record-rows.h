/* test-record-rows.h: what test-record-rows.c reaches of a need's row
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A need's and an enterprise's private headers cannot share a file (each
 * numbers its properties): the need's row is reached from
 * test-record-rows-need.c.
 */
#pragma once

#include <lian/lian.h>

/* lian_need_row_append_event() on @row, a need's row. */
void test_rows_append_event   (gpointer       row,
                               LianNeedEvent *event);
/* Drops @row's history, and the side block it lies in, without freeing
 * them (a copy of a held row's bits). */
void test_rows_forget_history (gpointer       row);
/* Whether @row, a need's row, has a side block (LianNeedMore). */
gboolean test_rows_has_more   (gconstpointer  row);
