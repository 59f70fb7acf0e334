/* lian-enums-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

char       *lian_type_noun        (GType       type);

/* The Chinese word for a value of a lian enum, or for a single flag of
 * LianEnterpriseTags or LianNeedCategories (融资, 已解决, 链主), as the CSV
 * files and the reports write it; "" for a value that has none (an unrated
 * tier, an unknown size); NULL for a type without labels. */
const char *lian_enum_get_label   (GType       type,
                                   int         value);
/* The value whose label or alias (土地 for 用地) is @text, exactly;
 * for LianNeedCategories, the flag. */
gboolean    lian_enum_find_label  (GType       type,
                                   const char *text,
                                   int        *value);
/* The labels of @type joined by ", ", for messages. */
char       *lian_enum_list_labels (GType       type);

G_END_DECLS
