/* lian-json-window.c: a document read from a stream a window at a time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A document is read into one buffer of a megabyte, refilled as the
 * tokenizer moves on, rather than into a buffer of its own size: the pages
 * of a buffer of hundreds of megabytes cost as much as the reading. The
 * buffer grows only for a token longer than it.
 *
 * Read, not mapped: a file another program shortens while it is mapped
 * would kill this process with SIGBUS.
 */
#include "config.h"

#include <string.h>

#include "lian-json-window-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/* Large enough that a read costs little next to its bytes, small enough
 * to stay in the caches while it is read. */
#define DEFAULT_SIZE (1u << 20)

gboolean
lian_json_too_large (guint64   size,
                     guint64   limit,
                     GError  **error)
{
  if (limit == 0 || size <= limit)
    return FALSE;
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT,
               _("the document is larger than %llu bytes, the most this "
                 "registry loads (see set_max_document_size)"), (unsigned long long) limit);
  return TRUE;
}

const char *
lian_json_utf8_invalid (const char *s,
                        const char *end)
{
  const guchar *p = (const guchar *) s, *e = (const guchar *) end;

  while (p < e)
    {
      guint c = *p, need;
      guint32 cp, min;

      if (c >= 0x01 && c < 0x80)
        {
          p++;
          /* Eight ASCII bytes, none NUL, at a time. */
          while (e - p >= 8)
            {
              guint64 w;
              memcpy (&w, p, 8);
              if ((w & 0x8080808080808080ull) ||
                  ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
                break;
              p += 8;
            }
          continue;
        }
      /* Most of a Chinese text: three bytes, of any lead but the two
       * whose second byte is bounded (E0, ED), need no more checks. */
      if (c >= 0xE1 && c <= 0xEF && c != 0xED && e - p > 2 &&
          (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        {
          p += 3;
          continue;
        }
      if (c >= 0xC2 && c <= 0xDF)
        need = 1, cp = c & 0x1F, min = 0x80;
      else if (c >= 0xE0 && c <= 0xEF)
        need = 2, cp = c & 0x0F, min = 0x800;
      else if (c >= 0xF0 && c <= 0xF4)
        need = 3, cp = c & 0x07, min = 0x10000;
      else
        return (const char *) p;
      if ((gsize) (e - p) <= need)
        return (const char *) p;
      for (guint i = 1; i <= need; i++)
        {
          if ((p[i] & 0xC0) != 0x80)
            return (const char *) p;
          cp = (cp << 6) | (p[i] & 0x3F);
        }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return (const char *) p;
      p += need + 1;
    }
  return end;
}

LianJsonWindow *
lian_json_window_new (GInputStream *stream,
                      guint64       limit,
                      GCancellable *cancellable,
                      gsize         size)
{
  LianJsonWindow *window = g_new0 (LianJsonWindow, 1);

  window->stream = g_object_ref (stream);
  window->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  window->limit = limit;
  window->size = size ? size : DEFAULT_SIZE;
  window->buf = g_malloc (window->size);
  return window;
}

void
lian_json_window_free (LianJsonWindow *window)
{
  if (window == NULL)
    return;
  g_object_unref (window->stream);
  g_clear_object (&window->cancellable);
  g_clear_error (&window->error);
  g_free (window->buf);
  g_free (window);
}

void
lian_json_window_drop (LianJsonWindow *window,
                       gsize           n)
{
  g_assert (n <= window->checked);
  if (n == 0)
    return;
  memmove (window->buf, window->buf + n, window->filled - n);
  window->filled -= n;
  window->checked -= n;
}

/* Checks what the last read brought. A character the read cut in two is
 * left for the next one, which decides whether it is whole. */
static void
check (LianJsonWindow *window)
{
  const char *from = window->buf + window->checked, *to = window->buf + window->filled;
  const char *bad = window->bad ? from : lian_json_utf8_invalid (from, to);

  window->checked = bad - window->buf;
  if (bad < to && (window->eof || to - bad >= 4))
    window->bad = TRUE;
}

/* One read at the end of the window; FALSE once reading stops. */
static gboolean
read_some (LianJsonWindow *window)
{
  gsize count;
  gssize n;

  if (window->filled == window->size)
    {
      window->size *= 2;
      window->buf = g_realloc (window->buf, window->size);
    }
  /* Not every stream checks: a memory stream would give it all. */
  if (g_cancellable_set_error_if_cancelled (window->cancellable, &window->error))
    return FALSE;
  /* No more than it takes to pass the limit. */
  count = window->size - window->filled;
  if (window->limit && window->limit - window->total < count)
    count = window->limit - window->total + 1;
  n = g_input_stream_read (window->stream, window->buf + window->filled, count,
                           window->cancellable, &window->error);
  if (n < 0)
    return FALSE;
  window->eof = n == 0;
  window->filled += n;
  window->total += n;
  return !lian_json_too_large (window->total, window->limit, &window->error);
}

gboolean
lian_json_window_read (LianJsonWindow *window,
                       gsize           want)
{
  while (window->checked < want && !window->eof && !window->bad && !window->error)
    {
      if (window->size < want)
        {
          /* A token longer than the window: twice the room, so that a
           * token of any length costs a few reads. */
          window->size = MAX (want, window->size * 2);
          window->buf = g_realloc (window->buf, window->size);
        }
      if (read_some (window))
        check (window);
    }
  return window->checked >= want;
}

void
lian_json_window_drain (LianJsonWindow *window)
{
  while (!window->eof && !window->error)
    {
      window->filled = window->checked = 0;
      read_some (window);
    }
}
