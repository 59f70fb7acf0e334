/* lian-matching-pool.c: the service items that may serve the needs of one
 * category in one region, for one call of the matcher, with an index of
 * their bigrams, and the ranking of a need against them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-matching-pool-private.h"

/* Highest bound first, then smaller id: as the services would rank if
 * their texts shared nothing with the need. */
static int
compare_services_by_bound (gconstpointer a,
                           gconstpointer b)
{
  const Service *x = *(Service * const *) a, *y = *(Service * const *) b;

  if (x->bound != y->bound)
    return x->bound > y->bound ? -1 : 1;
  return lian_service_compare_ids (x, y);
}

Pool *
lian_pool_new (GPtrArray *services)
{
  Pool *pool = g_new0 (Pool, 1);

  for (guint i = 0; i < services->len; i++)
    if (((Service *) services->pdata[i])->valid)
      services->pdata[pool->len++] = services->pdata[i];
  g_ptr_array_set_size (services, pool->len);
  g_ptr_array_sort (services, compare_services_by_bound);
  pool->slots = g_new (Slot, pool->len + 1);
  pool->min_bigrams = G_MAXUINT;
  for (guint i = 0; i < pool->len; i++)
    {
      Service *service = services->pdata[i];
      pool->slots[i] = (Slot) { service, service->mask, service->bound, service->n_bigrams,
                                service->n_collisions, service->chain_ids != NULL };
      pool->min_bigrams = MIN (pool->min_bigrams, service->n_bigrams);
      if (i == 0 || service->bound != pool->slots[i - 1].bound)
        pool->n_tiers++;
    }
  pool->tiers = g_new (Tier, pool->n_tiers + 1);
  for (guint i = 0, t = 0; i < pool->len; i++)
    if (i == 0 || pool->slots[i].bound != pool->slots[i - 1].bound)
      pool->tiers[t++] = (Tier) { pool->slots[i].bound, i };
  pool->seen = g_new0 (guint32, pool->len + 1);
  return pool;
}

void
lian_pool_free (gpointer data)
{
  Pool *pool = data;

  g_free (pool->slots);
  g_free (pool->tiers);
  g_free (pool->seen);
  g_free (pool->postings);
  g_free (pool->at);
  g_free (pool);
}

/* A bigram's two code points mixed into all the bits, then a place of the
 * table: folding them with a xor would leave Chinese bigrams in a few
 * thousand places. */
static inline guint
place_of (LianBigram bigram,
          guint      mask)
{
  return (guint) ((bigram * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & mask;
}

/* The posting of @bigram in @pool's table, or the free place where it
 * would go (its @len is 0). */
static inline Posting *
find_posting (const Pool *pool,
              LianBigram  bigram)
{
  guint at = place_of (bigram, pool->postings_mask);

  while (pool->postings[at].len && pool->postings[at].bigram != bigram)
    at = (at + 1) & pool->postings_mask;
  return &pool->postings[at];
}

/* Doubles the table's places, keeping its postings. */
static void
grow_postings (Pool *pool)
{
  g_autofree Posting *old = pool->postings;
  guint n_old = pool->postings_mask + 1;

  pool->postings_mask = n_old * 2 - 1;
  pool->postings = g_new0 (Posting, n_old * 2);
  for (guint i = 0; i < n_old; i++)
    if (old[i].len)
      *find_posting (pool, old[i].bigram) = old[i];
}

/* Files each service of @pool under each bigram of its text: a table of
 * the bigrams (open addressing, at most half full), each with its run of
 * positions in @pool->at, ascending. */
void
lian_pool_ensure_postings (Pool *pool)
{
  guint n_postings = 0, total = 0;

  if (pool->postings)
    return;
  pool->postings_mask = 63;
  pool->postings = g_new0 (Posting, pool->postings_mask + 1);
  for (guint at = 0; at < pool->len; at++)
    {
      const Service *service = pool->slots[at].service;

      for (guint i = 0; i < service->n_bigrams; i++)
        {
          Posting *posting = find_posting (pool, service->bigrams[i]);

          if (posting->len == 0 && ++n_postings * 2 > pool->postings_mask + 1)
            {
              grow_postings (pool);
              posting = find_posting (pool, service->bigrams[i]);
            }
          posting->bigram = service->bigrams[i];
          posting->len++;
        }
    }
  /* Each run is filled from its end, the services last to first. */
  for (guint i = 0; i <= pool->postings_mask; i++)
    {
      total += pool->postings[i].len;
      pool->postings[i].start = total;
    }
  pool->at = g_new (guint, total + 1);
  for (guint at = pool->len; at-- > 0;)
    {
      const Service *service = pool->slots[at].service;

      for (guint i = 0; i < service->n_bigrams; i++)
        pool->at[--find_posting (pool, service->bigrams[i])->start] = at;
    }
}

/* Ranking */

static const char * const no_chains[] = { NULL };

/* Whether @service is valid on the day of the call, and applies to the
 * probe's chain. @chain is set to the chain both name, or NULL if the item
 * names none. */
gboolean
lian_service_qualifies (Service     *service,
                        Probe       *probe,
                        const char **chain)
{
  if (!service->valid)
    return FALSE;
  *chain = NULL;
  if (service->chain_ids == NULL)
    return TRUE;
  if (probe->chain_id)
    {
      for (guint i = 0; service->chain_ids[i]; i++)
        if (g_str_equal (service->chain_ids[i], probe->chain_id))
          {
            *chain = service->chain_ids[i];
            return TRUE;
          }
      return FALSE;
    }
  if (probe->chains == NULL)
    {
      LianEnterprise *enterprise = lian_probe_get_enterprise (probe);

      probe->chains = enterprise ? lian_enterprise_get_chain_ids (enterprise) : no_chains;
    }
  for (guint i = 0; probe->chains[i]; i++)
    if (g_strv_contains (service->chain_ids, probe->chains[i]))
      {
        *chain = probe->chains[i];
        return TRUE;
      }
  return FALSE;
}

/* @base plus W_TEXT times Dice's coefficient 2 @shared / @total, in
 * billionths. */
static inline guint64
score_of (guint base,
          guint shared,
          guint total)
{
  guint64 score = (guint64) base * 1000000;

  if (total)
    score += ((guint64) 2 * W_TEXT * 1000000 * shared + total / 2) / total;
  return score;
}

/* Best first: higher score, then smaller service id. */
static int
compare_candidates (const Candidate *a,
                    const Candidate *b)
{
  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  return lian_service_compare_ids (a->service, b->service);
}

static int
compare_candidates_cb (gconstpointer a,
                       gconstpointer b)
{
  return compare_candidates (a, b);
}

/* Keeps @best the @top best candidates, in order (all of them if @top is
 * 0, to be sorted at the end). */
static void
consider (GArray          *best,
          guint            top,
          const Candidate *candidate)
{
  guint at;

  if (top == 0)
    {
      g_array_append_val (best, *candidate);
      return;
    }
  if (best->len == top &&
      compare_candidates (candidate, &g_array_index (best, Candidate, top - 1)) >= 0)
    return;
  at = best->len;
  while (at > 0 && compare_candidates (candidate, &g_array_index (best, Candidate, at - 1)) < 0)
    at--;
  g_array_insert_val (best, at, *candidate);
  if (best->len > top)
    g_array_set_size (best, top);
}

/* Whether @best holds @top candidates that all score more than
 * score_of (@base, @shared, @total) could: then nothing scoring at most
 * that can enter. Exact, without the division: with a limit L = the
 * @top-th's score less @base's part, floor (x / t) < L holds when x < L t. */
static inline gboolean
is_beyond (GArray  *best,
           guint    top,
           guint    base,
           guint    shared,
           guint    total)
{
  guint64 limit, part = (guint64) base * 1000000;

  if (best->len != top)
    return FALSE;
  limit = g_array_index (best, Candidate, top - 1).score;
  if (limit <= part)
    return FALSE;
  limit -= part;
  if (total == 0)
    return TRUE;
  return (guint64) 2 * W_TEXT * 1000000 * shared + total / 2 < limit * total;
}

/* Scores the service of @slot for the probe, unless it cannot enter the
 * top or does not qualify, and keeps it if it is among the best. A
 * service in a pool is valid; if it qualifies, its chains' part is the
 * most it can be, so its base is its bound. */
static void
evaluate (GArray     *best,
          Probe      *probe,
          const Slot *slot,
          guint       top)
{
  Candidate candidate = { slot->service, 0, 0, NULL };
  guint total = probe->n_bigrams + slot->n_bigrams;
  /* The bigrams both texts have fall on bits both masks have, several on
   * one bit only where a mask has collisions: if even that many would not
   * make the cut, do not count them. */
  guint overlap = lian_popcount (probe->mask & slot->mask);

  if (top)
    {
      guint most = MIN (overlap + MIN (probe->n_collisions, slot->n_collisions),
                        MIN (probe->n_bigrams, slot->n_bigrams));
      if (is_beyond (best, top, slot->bound, most, total))
        return;
    }
  if (slot->names_chains && !lian_service_qualifies (slot->service, probe, &candidate.chain))
    return;
  if (overlap)
    candidate.shared = lian_bigrams_n_shared (probe->bigrams, probe->n_bigrams,
                                              slot->service->bigrams, slot->n_bigrams);
  candidate.score = score_of (slot->bound, candidate.shared, total);
  consider (best, top, &candidate);
}

static int
compare_postings_by_length (gconstpointer a,
                            gconstpointer b)
{
  const Posting *x = *(Posting * const *) a, *y = *(Posting * const *) b;

  return x->len < y->len ? -1 : x->len > y->len;
}

/* The @top best of @pool, scoring only the services that could enter.
 *
 * The services that share bigrams with the need are found through the
 * postings of its bigrams, the rarest first. Before each posting, those
 * not seen yet share at most the bigrams whose postings are left, r of
 * them: with its own number n of bigrams, such a service scores at most
 * its bound plus W_TEXT · 2 min (r, n) / (n_need + n), which is largest
 * for n = r, or for the pool's smallest n if that is more. When the top
 * holds @top candidates scoring more, such a service cannot enter: none
 * of the pool's tier of bounds, nor of those below it, whose services
 * come later in a posting (the next postings skip them again, and if one
 * is met, it is scored and stays out). If every posting was read, those
 * left share nothing and score their bound: in the pool's order, the
 * first that would not enter ends the search. */
static void
rank_pruned (Pool      *pool,
             Probe     *probe,
             guint      top,
             GArray    *best,
             GPtrArray *lists)
{
  /* The postings pay for themselves from the second need on: one need
   * alone (lian_matcher_match_need()) scores the pool in its order. */
  if (pool->uses++ == 0)
    {
      for (guint at = 0; at < pool->len; at++)
        evaluate (best, probe, &pool->slots[at], top);
      return;
    }
  lian_pool_ensure_postings (pool);
  g_ptr_array_set_size (lists, 0);
  for (guint i = 0; i < probe->n_bigrams; i++)
    {
      Posting *posting = find_posting (pool, probe->bigrams[i]);
      if (posting->len)
        g_ptr_array_add (lists, posting);
    }
  g_ptr_array_sort (lists, compare_postings_by_length);
  if (++pool->visit == 0)
    {
      memset (pool->seen, 0, pool->len * sizeof (guint32));
      pool->visit = 1;
    }

  for (guint j = 0; j < lists->len; j++)
    {
      const Posting *posting = lists->pdata[j];
      guint left = lists->len - j, n = MAX (left, pool->min_bigrams);

      guint end = pool->len;

      /* Past @end, the bounds are too low to enter even with r bigrams. */
      for (guint t = 0; t < pool->n_tiers; t++)
        if (is_beyond (best, top, pool->tiers[t].bound, left, probe->n_bigrams + n))
          {
            end = pool->tiers[t].start;
            break;
          }
      if (end == 0)
        return;
      for (guint k = 0; k < posting->len; k++)
        {
          guint at = pool->at[posting->start + k];
          if (at >= end)
            break;
          if (pool->seen[at] == pool->visit)
            continue;
          pool->seen[at] = pool->visit;
          evaluate (best, probe, &pool->slots[at], top);
        }
    }

  for (guint at = 0; at < pool->len; at++)
    {
      const Slot *slot = &pool->slots[at];

      if (best->len == top)
        {
          Candidate unshared = { slot->service, (guint64) slot->bound * 1000000, 0, NULL };
          if (compare_candidates (&unshared, &g_array_index (best, Candidate, top - 1)) >= 0)
            return;
        }
      if (pool->seen[at] != pool->visit)
        evaluate (best, probe, slot, top);
    }
}

void
lian_pool_rank (Pool      *pool,
                Probe     *probe,
                guint      top,
                GArray    *best,
                GPtrArray *lists)
{
  if (top)
    {
      rank_pruned (pool, probe, top, best, lists);
      return;
    }
  for (guint i = 0; i < pool->len; i++)
    evaluate (best, probe, &pool->slots[i], 0);
  g_array_sort (best, compare_candidates_cb);
}
