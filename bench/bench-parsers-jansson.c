/* bench-parsers-jansson.c: jansson's tree, apart from json-glib, whose
 * names clash with jansson's
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stddef.h>
#include <jansson.h>

int bench_jansson_load (const char *text, size_t length);

/* Parses @text into a jansson tree and frees it; nonzero on success. */
int
bench_jansson_load (const char *text,
                    size_t      length)
{
  json_error_t error;
  json_t *root = json_loadb (text, length, 0, &error);

  if (root == NULL)
    return 0;
  json_decref (root);
  return 1;
}
