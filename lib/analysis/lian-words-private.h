/* lian-words-private.h: enum values as the analysis messages name them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

#include "lian-enums.h"
#include "lian-i18n-private.h"

G_BEGIN_DECLS

/* A value of a lian enum as match reasons and check problems name it: its
 * label (已受理, 融资) when lian speaks Chinese, else its nick (accepted,
 * financing), the word English readers and scripts know. */
static inline const char *
lian_words_value (GType type,
                  int   value)
{
  if (lian_language_is_chinese ())
    {
      const char *label = lian_enum_get_label (type, value);
      if (label != NULL && label[0] != '\0')
        return label;
    }
  return lian_enum_to_nick (type, value);
}

G_END_DECLS
