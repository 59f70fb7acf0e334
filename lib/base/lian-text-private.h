/* lian-text-private.h: text given by a caller, as a message may quote it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* The most characters of a caller's text an error message quotes. */
#define LIAN_QUOTE_MAX_CHARS 80

char *lian_text_for_message          (const char *text) G_GNUC_WARN_UNUSED_RESULT;

/* Names as lian compares them: see lian-text.c. */
void  lian_text_normalize_name       (const char *name,
                                      GString    *out);
char *lian_text_dup_normalized_name  (const char *name) G_GNUC_WARN_UNUSED_RESULT;

/* g_string_append_len() without its call when @out has room. */
static inline void
lian_text_append (GString    *out,
                  const char *p,
                  gsize       n)
{
  if (out->len + n >= out->allocated_len)
    {
      g_string_append_len (out, p, n);
      return;
    }
  memcpy (out->str + out->len, p, n);
  out->len += n;
  out->str[out->len] = '\0';
}

G_END_DECLS
