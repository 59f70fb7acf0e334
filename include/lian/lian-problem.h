/* lian-problem.h: one thing a registry check found
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <lian/lian-version.h>
#include <lian/lian-enums.h>

G_BEGIN_DECLS

#define LIAN_TYPE_PROBLEM (lian_problem_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianProblem, lian_problem, LIAN, PROBLEM, GObject)

LIAN_AVAILABLE_IN_ALL
LianSeverity  lian_problem_get_severity  (LianProblem *self);
LIAN_AVAILABLE_IN_ALL
const char   *lian_problem_get_code      (LianProblem *self);
LIAN_AVAILABLE_IN_ALL
const char   *lian_problem_get_record_id (LianProblem *self);
LIAN_AVAILABLE_IN_ALL
const char   *lian_problem_get_field     (LianProblem *self);
LIAN_AVAILABLE_IN_ALL
const char   *lian_problem_get_message   (LianProblem *self);

G_END_DECLS
