/* lian-mask.c: hiding personal data
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-mask.h"

/**
 * lian_mask_phone:
 * @phone: a phone number, as text (UTF-8)
 *
 * Masks a phone number for showing or exporting it where personal data
 * must not be seen: the first 3 and the last 4 characters are kept and each
 * character between them becomes `*`, so `13812345678` becomes
 * `138****5678`. A text shorter than 8 characters is masked whole (`*` for
 * each character); an empty one stays empty. Characters are counted, not
 * bytes (a text that is not valid UTF-8 is first made valid, as
 * g_utf8_make_valid() does), and nothing is parsed: `+86 138…` keeps `+86`.
 *
 * The CSV export and the reports mask phone numbers with this function
 * unless asked to show personal data.
 *
 * ```python
 * Lian.mask_phone('13812345678')   # '138****5678'
 * ```
 *
 * Returns: (transfer full): the masked text
 */
char *
lian_mask_phone (const char *phone)
{
  g_autofree char *valid = NULL;
  glong n;
  GString *out;

  g_return_val_if_fail (phone != NULL, NULL);

  if (!g_utf8_validate (phone, -1, NULL))
    phone = valid = g_utf8_make_valid (phone, -1);

  n = g_utf8_strlen (phone, -1);
  out = g_string_sized_new (n + 1);
  if (n < 8)
    {
      for (glong i = 0; i < n; i++)
        g_string_append_c (out, '*');
      return g_string_free (out, FALSE);
    }
  g_string_append_len (out, phone, g_utf8_offset_to_pointer (phone, 3) - phone);
  for (glong i = 0; i < n - 7; i++)
    g_string_append_c (out, '*');
  g_string_append (out, g_utf8_offset_to_pointer (phone, n - 4));
  return g_string_free (out, FALSE);
}
