/* lian-matching-pool-private.h: what one call of the matcher knows of the
 * service items, and the pools of them that may serve a need
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <string.h>

#include "lian-registry.h"
#include "lian-bigrams-private.h"

G_BEGIN_DECLS

/* What one call knows about a service item, in one block. */
typedef struct
{
  LianServiceItem    *item;          /* a reference */
  const char         *id;
  guint64             id_prefix;     /* the first 8 bytes of @id, to order fast */
  const char         *scope;         /* NULL for none */
  const char * const *chain_ids;     /* NULL if it names none */
  guint               base;          /* the category's and the scope's parts */
  guint               bound;         /* @base and the most the chains' part gives */
  gboolean            valid;         /* valid on the day of the call */
  guint64             mask;          /* lian_bigrams_mask() of @bigrams */
  guint               n_collisions;  /* @n_bigrams less the bits set in @mask */
  guint               n_bigrams;
  LianBigram          bigrams[];     /* name, description and keywords: a set */
} Service;

/* The positions in a pool of the services whose text has one bigram. */
typedef struct
{
  LianBigram  bigram;
  guint       len;
  guint       alloc;
  guint      *at;                    /* ascending */
} Posting;

/* What a pool reads of a service for each need, side by side with the
 * others', so that most services are judged without reading their own
 * block. */
typedef struct
{
  Service *service;
  guint64  mask;
  guint    bound;
  guint    n_bigrams;
  guint    n_collisions;
  gboolean names_chains;
} Slot;

/* The valid services that may serve the needs of one category in one
 * region, by @bound (highest first), then id: the order in which they
 * would rank if their texts shared nothing with the need. */
typedef struct
{
  Slot       *slots;
  guint       len;
  guint       min_bigrams;           /* the fewest bigrams a service has */
  GHashTable *postings;              /* &Posting.bigram → Posting; NULL until needed */
  guint32    *seen;                  /* per position, the visit that saw it last */
  guint32     visit;
  guint       uses;                  /* needs ranked against it so far */
  guint       number;                /* its place among the call's pools */
} Pool;

/* As strcmp() on the ids. */
static inline int
lian_service_compare_ids (const Service *x,
                          const Service *y)
{
  if (x->id_prefix != y->id_prefix)
    return x->id_prefix < y->id_prefix ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* The pool of the valid @services (of Service), in their order. */
Pool *lian_pool_new              (GPtrArray  *services);
void  lian_pool_free             (gpointer    pool);
/* Files each service under each bigram of its text, once. */
void  lian_pool_ensure_postings  (Pool       *pool);

G_END_DECLS
