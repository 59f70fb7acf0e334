/* lian-i18n-private.h: messages in the reader's language
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every string a person reads is written in English inside _() (or N_()
 * where it must be a constant, and translated with _() where it is used).
 * A comment starting with TRANSLATORS: above it reaches the translator.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define _(String) lian_gettext (String)
#define N_(String) (String)

const char *lian_gettext (const char *msgid) G_GNUC_FORMAT (1);

/* TRUE when lian's messages are read in Chinese now (the language set with
 * lian_set_language(), or else the locale's). */
gboolean    lian_language_is_chinese (void);

G_END_DECLS
