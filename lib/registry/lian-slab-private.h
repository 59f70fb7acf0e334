/* lian-slab-private.h: small pieces carved from large blocks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A block pieces are carved from, in order; it is freed when its last
 * piece is and no more are carved from it. */
typedef struct _LianSlab LianSlab;

#define LIAN_SLAB_MAX 512   /* the largest piece */

/* @size bytes (at most LIAN_SLAB_MAX), zeroed and aligned on 4 bytes
 * (an entry's slots), from *@current, or from a new block that replaces
 * it when it is full. */
gpointer lian_slab_alloc   (LianSlab **current,
                            gsize      size);
/* Gives back a piece of lian_slab_alloc(). */
void     lian_slab_free    (gpointer   piece);
/* Carves no more from *@current, which is freed with its last piece. */
void     lian_slab_release (LianSlab **current);

G_END_DECLS
