/* lian-enums-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

char *lian_type_noun (GType type);

G_END_DECLS
