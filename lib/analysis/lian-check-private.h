/* lian-check-private.h: checks of one record, for lian_registry_check()
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-need.h"
#include "lian-problem.h"
#include "lian-registry-private.h"
#include "lian-shells-private.h"

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

/* A check of a registry under way (lian-check.c). */
typedef struct
{
  LianRegistry *registry;
  GPtrArray    *problems;   /* LianProblem, owned */
  gint32        today;      /* days, as lian_date_to_day() counts them */
  const char   *today_text;
  guint         max_open_days;
  LianShells    shells;     /* records held as rows are read through them */
} LianCheck;

/* Appends to check->problems a problem of @code about @record, its
 * message made from @format. */
void lian_check_report (LianCheck    *check,
                        LianSeverity  severity,
                        const char   *code,
                        LianRecord   *record,
                        const char   *field,
                        const char   *format,
                        ...) G_GNUC_PRINTF (6, 7);

/* The record at @i of @records (lian_registry_get_array()), of @kind, to
 * read and give back (lian-shells-private.h). */
static inline gpointer
lian_check_borrow_at (LianCheck      *check,
                      GPtrArray      *records,
                      guint           i,
                      LianRecordKind  kind)
{
  return lian_shells_borrow_at (&check->shells, check->registry, records, i, kind);
}

static inline void
lian_check_give_back (LianCheck *check,
                      gpointer   record)
{
  lian_shells_give_back (&check->shells, record);
}

/* Needs open too long or past their due day, projects past theirs
 * (lian-check-late.c). */
void lian_check_late    (LianCheck *check);
/* Amounts no need or project can be about. */
void lian_check_amounts (LianCheck *check);

G_END_DECLS
