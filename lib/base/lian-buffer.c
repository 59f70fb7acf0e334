/* lian-buffer.c: large buffers whose pages come in at once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A buffer of several megabytes is mapped and its pages faulted in with
 * one call rather than one fault per 4 KiB page as it is written.
 *
 * It is not asked for huge pages: on a virtual machine a huge page is
 * often memory the host has not backed yet, and each one then costs the
 * host's faults for all of it. Measured on the 636 MB bench document: its
 * read took 1 to 7 s more of system time with huge pages than without.
 */
#include "config.h"

#include "lian-buffer-private.h"

#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

/* Below this, malloc() is as fast and wastes nothing. */
#define MAPPED_FROM (4u << 20)

LianBuffer *
lian_buffer_new (gsize size)
{
  LianBuffer *buffer = g_new0 (LianBuffer, 1);

  buffer->size = size;
#if defined(G_OS_UNIX) && defined(MAP_ANONYMOUS)
  if (size >= MAPPED_FROM)
    {
      void *p = mmap (NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

      if (p != MAP_FAILED)
        {
#ifdef MADV_POPULATE_WRITE
          /* An older kernel says EINVAL: the pages then come as touched. */
          (void) madvise (p, size, MADV_POPULATE_WRITE);
#endif
          buffer->data = p;
          buffer->mapped = TRUE;
          return buffer;
        }
    }
#endif
  buffer->data = g_malloc0 (MAX (size, 1));
  return buffer;
}

void
lian_buffer_free (LianBuffer *buffer)
{
  if (buffer == NULL)
    return;
#ifdef G_OS_UNIX
  if (buffer->mapped)
    munmap (buffer->data, buffer->size);
  else
#endif
    g_free (buffer->data);
  g_free (buffer);
}

static void
buffer_free_cb (gpointer data)
{
  lian_buffer_free (data);
}

GBytes *
lian_buffer_to_bytes (LianBuffer *buffer,
                      gsize       length)
{
  g_return_val_if_fail (buffer != NULL && length <= buffer->size, NULL);

  return g_bytes_new_with_free_func (buffer->data, length, buffer_free_cb, buffer);
}
