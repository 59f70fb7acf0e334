/* lian-json-window-private.h: a document read from a stream a window at a time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One buffer, refilled from the stream as the reader moves on: a file or
 * a stream is never held whole. What it holds is checked to be UTF-8 as
 * it comes in; the text the reader sees stops before the first byte that
 * is not, and before a character the stream has not given whole yet. */
typedef struct
{
  GInputStream *stream;
  GCancellable *cancellable;
  guint64       limit;     /* the most bytes to read; 0: no limit */
  char         *buf;
  gsize         size;      /* of buf */
  gsize         filled;    /* bytes read into buf */
  gsize         checked;   /* of which are UTF-8 text */
  guint64       total;     /* bytes read from the stream */
  gboolean      eof;
  gboolean      bad;       /* buf[checked] starts what is not UTF-8 text */
  GError       *error;     /* reading failed, was cancelled or passed the limit */
} LianJsonWindow;

/* A window of @size bytes to begin with (0: the default). */
LianJsonWindow *lian_json_window_new   (GInputStream   *stream,
                                        guint64         limit,
                                        GCancellable   *cancellable,
                                        gsize           size);
void            lian_json_window_free  (LianJsonWindow *window);
/* Drops the first @n bytes, moving the rest to the front. */
void            lian_json_window_drop  (LianJsonWindow *window,
                                        gsize           n);
/* Reads on until the window holds @want bytes of text; FALSE if the text
 * ends sooner (the stream ends, is not UTF-8 there, or reading failed).
 * The buffer may move. */
gboolean        lian_json_window_read  (LianJsonWindow *window,
                                        gsize           want);
/* Reads the rest of the stream without keeping it, checking no more. */
void            lian_json_window_drain (LianJsonWindow *window);

/* Where the first byte that is not part of valid UTF-8 (or is NUL) lies,
 * as g_utf8_validate_len() would find it; @end if there is none. */
const char     *lian_json_utf8_invalid (const char     *s,
                                        const char     *end);
/* Sets the error for a document of @size bytes when it passes @limit. */
gboolean        lian_json_too_large    (guint64         size,
                                        guint64         limit,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianJsonWindow, lian_json_window_free)

G_END_DECLS
