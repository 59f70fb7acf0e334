/* lian-problem-private.h: making problems, for the checks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-problem.h"

G_BEGIN_DECLS

/* @message is taken. */
LianProblem *lian_problem_new_take (LianSeverity  severity,
                                    const char   *code,
                                    const char   *record_id,
                                    const char   *field,
                                    char         *message);

/* Severity first (errors first), then record id, code, field, message. */
int          lian_problem_compare  (LianProblem  *a,
                                    LianProblem  *b);

G_END_DECLS
