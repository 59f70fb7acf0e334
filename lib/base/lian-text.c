/* lian-text.c: text given by a caller, as a message may quote it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A GError message is UTF-8 (bindings turn it into a native string, and
 * fail on anything else) and is read by people: the text it quotes from a
 * caller, which may be any bytes of any length, is made valid and cut.
 */
#include "config.h"

#include <string.h>

#include "lian-text-private.h"

/* @text with each byte that is not UTF-8 replaced by U+FFFD, cut after
 * LIAN_QUOTE_MAX_CHARS characters with "…"; "" for NULL. */
char *
lian_text_for_message (const char *text)
{
  g_autofree char *valid = NULL;
  const char *end;

  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_validate (text, -1, NULL) && strlen (text) <= LIAN_QUOTE_MAX_CHARS)
    return g_strdup (text);
  valid = g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (valid, -1) <= LIAN_QUOTE_MAX_CHARS)
    return g_steal_pointer (&valid);
  end = g_utf8_offset_to_pointer (valid, LIAN_QUOTE_MAX_CHARS);
  return g_strdup_printf ("%.*s…", (int) (end - valid), valid);
}
