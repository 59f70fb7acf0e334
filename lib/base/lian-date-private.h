/* lian-date-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returned by lian_date_to_day() for a string that is not a date. */
#define LIAN_DAY_INVALID G_MININT32

gint32   lian_date_to_day   (const char  *date);
/* `field: "2023-02-30" is not a date: February 2023 has 28 days`. */
gboolean lian_date_check_field (const char  *field,
                                const char  *date,
                                GError     **error);
/* Checks @date, read from @written (`2023/2/30`), quoting @written in the
 * error and saying why. */
gboolean lian_date_check_as_written (const char  *written,
                                     const char  *date,
                                     GError     **error);
/* A time as people write it: `2023-09-04T10:00:00+08:00`, a space for the
 * T, no seconds (`2023-09-04 10:00`), no zone (then @zone's). NULL if
 * @text is none of these. */
GDateTime *lian_date_time_parse (const char  *text,
                                 GTimeZone   *zone) G_GNUC_WARN_UNUSED_RESULT;
/* `2023-09-04T10:00:00+08:00`, with microseconds if it has any, and a
 * 4-digit year however small (g_date_time_format()'s %Y is not). */
char    *lian_date_time_to_iso8601 (GDateTime  *when) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
