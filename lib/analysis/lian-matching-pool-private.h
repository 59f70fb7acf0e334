/* lian-matching-pool-private.h: what one call of the matcher knows of the
 * service items, the pools of them that may serve a need, and how a need
 * is ranked against a pool
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <string.h>

#include "lian-registry.h"
#include "lian-bigrams-private.h"

G_BEGIN_DECLS

/* The parts of a score in thousandths (LianMatcher documents them). Scores
 * are counted in billionths, so that equal scores are equal exactly and
 * ties go by service id. */
#define W_CATEGORY        400
#define W_SCOPE_COUNTY    200
#define W_SCOPE_CITY      150
#define W_SCOPE_PROVINCE  100
#define W_SCOPE_NONE       50
#define W_CHAIN_SAME      100
#define W_CHAIN_ANY        50
#define W_TEXT            300

/* What one need brings. */
typedef struct
{
  LianNeed           *need;
  LianNeedCategory    category;
  const char         *region;        /* the enterprise's, NULL if unknown */
  const char         *chain_id;      /* NULL: any of @chains */
  LianEnterprise     *enterprise;    /* NULL if unknown, or not looked up yet */
  LianRegistry       *registry;      /* set while @enterprise is to be looked up */
  const char * const *chains;        /* the enterprise's chains; NULL until needed */
  gboolean            has_bigrams;
  const LianBigram   *bigrams;       /* the title's and the description's: a set */
  guint               n_bigrams;
  guint64             mask;
  guint               n_collisions;
} Probe;

/* The need's enterprise, looked up in the registry the first time it is
 * asked for if the probe was made without it; NULL if unknown. */
LianEnterprise *lian_probe_get_enterprise (Probe *probe);

/* The bits set in @x, counted in place: without -mpopcnt the builtin
 * calls a function of libgcc. */
static inline guint
lian_popcount (guint64 x)
{
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
  return (guint) ((x * 0x0101010101010101ull) >> 56);
}

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

/* A service scored for a need. */
typedef struct
{
  Service    *service;
  guint64     score;    /* billionths */
  guint       shared;   /* bigrams shared */
  const char *chain;    /* the chain named by both, NULL if the item names none */
} Candidate;

/* The positions in a pool of the services whose text has one bigram:
 * @len of them from @start in the pool's @at, ascending. */
typedef struct
{
  LianBigram  bigram;
  guint       start;
  guint       len;                   /* 0 for a free place of the table */
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

/* The services of a pool with one bound, from @start to the next tier's. */
typedef struct
{
  guint bound;
  guint start;
} Tier;

/* The valid services that may serve the needs of one category in one
 * region, by @bound (highest first), then id: the order in which they
 * would rank if their texts shared nothing with the need. */
typedef struct
{
  Slot       *slots;
  guint       len;
  guint       min_bigrams;           /* the fewest bigrams a service has */
  Tier       *tiers;                 /* the bounds of @slots, highest first */
  guint       n_tiers;
  Posting    *postings;              /* a table by bigram; NULL until needed */
  guint       postings_mask;         /* its number of places, less 1 */
  guint      *at;                    /* the postings' positions */
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

/* Whether @service is valid on the day of the call, and applies to the
 * chain of the need of @probe; @chain is set to the chain both name, NULL
 * if the item names none. */
gboolean lian_service_qualifies  (Service     *service,
                                  Probe       *probe,
                                  const char **chain);

/* Leaves in @best (of Candidate, emptied first by the caller) the @top best
 * services of @pool for the need of @probe, best first; all of them, in
 * order, if @top is 0. With @top, a service that cannot enter the top is
 * not scored: the candidates come from the pool's index of bigrams, rarest
 * first, and stop when no service left could beat the @top-th. @lists is
 * scratch. */
void  lian_pool_rank             (Pool       *pool,
                                  Probe      *probe,
                                  guint       top,
                                  GArray     *best,
                                  GPtrArray  *lists);

G_END_DECLS
