/* lian-enums-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The noun of @type in messages, in the current language: "need status",
 * 需求状态. */
char       *lian_type_noun          (GType       type);

/* The fixed Chinese word for a value of a lian enum, or for a single flag
 * of LianEnterpriseTags or LianNeedCategories (融资, 已解决, 链主), as the
 * CSV files write it whatever the language; "" for a value that has none
 * (an unrated tier, an unknown size); NULL for a type without CSV labels.
 * lian_enum_get_label() gives the label in the current language. */
const char *lian_enum_get_csv_label (GType       type,
                                     int         value);
/* The value whose CSV label or alias (土地 for 用地) is @text, exactly;
 * for LianNeedCategories, the flag. */
gboolean    lian_enum_find_label    (GType       type,
                                     const char *text,
                                     int        *value);
/* The CSV labels of @type joined by ", ", for messages. */
char       *lian_enum_list_labels   (GType       type);

/* The noun of @type (lian_type_noun()) for a type with labels in the
 * current language, NULL for another. */
const char *lian_enum_labels_noun   (GType       type);
/* A value of an enum in a message: its nick in English (in-progress), its
 * label in Chinese (办理中). */
const char *lian_enum_word          (GType       type,
                                     int         value);

G_END_DECLS
