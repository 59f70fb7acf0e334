/* lian-mask.h: hiding personal data
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib.h>
#include <lian/lian-version.h>

G_BEGIN_DECLS

LIAN_AVAILABLE_IN_ALL
char *lian_mask_phone         (const char *phone) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char *lian_mask_phone_numbers (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
