/* lian-buffer-private.h: large buffers whose pages come in at once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char     *data;
  gsize     size;
  gboolean  mapped;
} LianBuffer;

/* A writable buffer of @size bytes, zero-filled. A large one is mapped
 * with its pages faulted in together (huge pages where the kernel allows)
 * instead of one at a time as a read first touches them. */
LianBuffer *lian_buffer_new      (gsize       size);
void        lian_buffer_free     (LianBuffer *buffer);
/* A GBytes of the first @length bytes of @buffer, which it frees when
 * released. Takes @buffer. */
GBytes     *lian_buffer_to_bytes (LianBuffer *buffer,
                                  gsize       length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianBuffer, lian_buffer_free)

G_END_DECLS
