/* lian-csv-guard-private.h: CSV cells a spreadsheet reads as text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text, past any apostrophes and white space, starts as a
 * formula does; *apostrophes gets how many apostrophes lead. */
gboolean lian_csv_starts_formula (const char *text,
                                  guint      *apostrophes);
/* Whether a spreadsheet would read @text as something else than text: a
 * formula, a number that loses digits or a leading zero, a date. */
gboolean lian_csv_needs_guard    (const char *text);
/* Appends @text as one CSV cell (no comma before it): quoted if it must
 * be and, with @guard, as ="…" where a spreadsheet would misread it.
 * NULL and "" append nothing. */
void     lian_csv_append_field   (GString    *out,
                                  const char *text,
                                  gboolean    guard);

G_END_DECLS
