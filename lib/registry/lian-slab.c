/* lian-slab.c: small pieces carved from large blocks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A registry loading many records makes an entry and an array of index
 * slots for each, and frees them all together at the end. Carved one
 * after the other from blocks of 64 KiB, they cost no malloc() header
 * each, lie side by side in the order they were filed, and go back to
 * the system a block at a time. A block is aligned on its size, so a
 * piece finds its block without being told.
 */
#include "config.h"

#include <string.h>

#include "lian-slab-private.h"

#define SLAB_SIZE ((gsize) 64 << 10)

struct _LianSlab
{
  guint    live;      /* pieces not given back */
  guint    used;      /* bytes carved, the header included */
  gboolean current;   /* still carved from */
};

#define HEADER ((sizeof (LianSlab) + 15) & ~(gsize) 15)

gpointer
lian_slab_alloc (LianSlab **current,
                 gsize      size)
{
  LianSlab *slab = *current;
  gsize need = (size + 3) & ~(gsize) 3;
  char *piece;

  g_assert (size > 0 && size <= LIAN_SLAB_MAX);
  if (slab == NULL || slab->used + need > SLAB_SIZE)
    {
      lian_slab_release (current);
      slab = g_aligned_alloc (1, SLAB_SIZE, SLAB_SIZE);
      slab->live = 0;
      slab->used = HEADER;
      slab->current = TRUE;
      *current = slab;
    }
  piece = (char *) slab + slab->used;
  slab->used += need;
  slab->live++;
  memset (piece, 0, size);
  return piece;
}

void
lian_slab_free (gpointer piece)
{
  LianSlab *slab = (LianSlab *) ((guintptr) piece & ~(guintptr) (SLAB_SIZE - 1));

  g_assert (slab->live > 0);
  if (--slab->live == 0 && !slab->current)
    g_aligned_free (slab);
}

void
lian_slab_release (LianSlab **current)
{
  LianSlab *slab = *current;

  if (slab == NULL)
    return;
  *current = NULL;
  slab->current = FALSE;
  if (slab->live == 0)
    g_aligned_free (slab);
}
