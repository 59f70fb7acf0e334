/* lian-pages.c: large blocks the kernel may back with huge pages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A loaded registry lies mostly in a few large blocks (its arena of rows
 * and texts). Touching a fresh 4 KiB page costs a fault, and on the
 * virtual machines lian is measured on a fault costs microseconds: a
 * large load spent a tenth of its time there. Blocks made here are
 * aligned on 2 MiB and marked MADV_HUGEPAGE, which a kernel set to give
 * huge pages only when asked ("madvise", Debian's default) honours; where
 * it cannot, they are ordinary pages.
 */
#include "config.h"

#include "lian-pages-private.h"

#include <errno.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

static gboolean
wants_pages (gsize size)
{
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
  return size >= LIAN_HUGE_PAGE && size % LIAN_HUGE_PAGE == 0;
#else
  return FALSE;
#endif
}

gpointer
lian_pages_alloc (gsize size)
{
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
  if (wants_pages (size))
    {
      /* Mapped a huge page larger, then trimmed to the aligned part. */
      gsize mapped = size + LIAN_HUGE_PAGE;
      char *start = mmap (NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      char *aligned;
      gsize head;

      if (start == MAP_FAILED)
        g_error ("%s: failed to map %" G_GSIZE_FORMAT " bytes: %s", G_STRLOC, mapped,
                 g_strerror (errno));
      head = -(guintptr) start & (LIAN_HUGE_PAGE - 1);
      aligned = start + head;
      if (head)
        munmap (start, head);
      munmap (aligned + size, LIAN_HUGE_PAGE - head);
      /* Advice only: a kernel without huge pages refuses it, and the
       * block is ordinary pages. */
      (void) madvise (aligned, size, MADV_HUGEPAGE);
      return aligned;
    }
#endif
  return g_malloc (size);
}

gsize
lian_pages_size (gsize size)
{
  return size < LIAN_HUGE_PAGE ? size : (size + LIAN_HUGE_PAGE - 1) & ~(LIAN_HUGE_PAGE - 1);
}

gpointer
lian_pages_alloc0 (gsize size)
{
  size = lian_pages_size (size);
  return memset (lian_pages_alloc (size), 0, size);
}

void
lian_pages_free (gpointer pages,
                 gsize    size)
{
  if (pages == NULL)
    return;
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
  if (wants_pages (size))
    {
      munmap (pages, size);
      return;
    }
#endif
  g_free (pages);
}

void
lian_pages_advise (gconstpointer block,
                   gsize         size)
{
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
  guintptr start = ((guintptr) block + LIAN_HUGE_PAGE - 1) & ~(LIAN_HUGE_PAGE - 1);
  guintptr end = ((guintptr) block + size) & ~(LIAN_HUGE_PAGE - 1);

  if (block == NULL || size < 2 * LIAN_HUGE_PAGE || end <= start)
    return;
  /* Advice only, as in lian_pages_alloc(). */
  (void) madvise ((gpointer) start, end - start, MADV_HUGEPAGE);
#endif
}
