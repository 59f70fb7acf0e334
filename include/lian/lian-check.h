/* lian-check.h: data-quality checks over a registry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <gio/gio.h>
#include <lian/lian-registry.h>
#include <lian/lian-problem.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
GListModel *lian_registry_check (LianRegistry *self,
                                 const char   *today,
                                 guint         max_open_days) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
