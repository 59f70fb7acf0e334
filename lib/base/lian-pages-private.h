/* lian-pages-private.h: large blocks the kernel may back with huge pages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The size of a huge page on the machines lian runs on. */
#define LIAN_HUGE_PAGE ((gsize) 2 << 20)

/* @size bytes, not zeroed, aligned on LIAN_HUGE_PAGE when @size is a
 * multiple of it: mapped from the kernel and marked for huge pages, so
 * that filling a large arena takes one page fault per 2 MiB rather than
 * one per 4 KiB (where the kernel gives huge pages only when asked, as
 * Debian's does). Smaller sizes come from malloc. Aborts when there is
 * no memory, as g_malloc() does. */
gpointer lian_pages_alloc (gsize    size);
/* The same, zeroed by writing every page once: a table read before it is
 * written (a hash table's empty places) would otherwise fault twice on
 * each page, on the kernel's shared page of zeros and then on its copy,
 * and the copy's fault stops the other processors (much of a large
 * matching's time). Rounds @size up to a multiple of LIAN_HUGE_PAGE
 * when it is at least that large, as lian_pages_size() tells. */
gpointer lian_pages_alloc0 (gsize    size);
/* The size lian_pages_alloc0() maps for @size bytes, to free them. */
gsize    lian_pages_size  (gsize    size);
/* Frees @pages of @size bytes from lian_pages_alloc(). */
void     lian_pages_free  (gpointer pages,
                           gsize    size);
/* Marks the whole huge pages inside @block, @size bytes from malloc (an
 * array's room, say), for huge pages, before they are written: an array
 * of a row or two per record then takes a fault per 2 MiB of its room
 * rather than one per 4 KiB. A block under 4 MiB is left as it is; the
 * few pages at its two ends stay ordinary. */
void     lian_pages_advise (gconstpointer block,
                            gsize         size);
/* g_ptr_array_sized_new(), its room marked with lian_pages_advise(). */
static inline GPtrArray *
lian_pages_ptr_array (guint n)
{
  GPtrArray *array = g_ptr_array_sized_new (n);

  lian_pages_advise (array->pdata, (gsize) n * sizeof (gpointer));
  return array;
}

G_END_DECLS
