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
/* The same English in two senses ("policy" the need category, "policy" the
 * kind of service item) takes a context: C_("need category", "policy").
 * NC_() is its constant form, "Context\004String" (as gettext keeps it):
 * translate it with lian_pgettext() where it is used. */
#define C_(Context, String) lian_pgettext (Context "\004" String)
#define NC_(Context, String) (Context "\004" String)

const char *lian_gettext  (const char *msgid) G_GNUC_FORMAT (1);
/* The translation of "Context\004String", or String. */
const char *lian_pgettext (const char *context_and_msgid);

/* TRUE when lian's messages are read in Chinese now (the language set with
 * lian_set_language(), or else the locale's). */
gboolean    lian_language_is_chinese (void);

G_END_DECLS
