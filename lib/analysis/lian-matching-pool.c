/* lian-matching-pool.c: the service items that may serve the needs of one
 * category in one region, for one call of the matcher, with an index of
 * their bigrams
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
    }
  pool->seen = g_new0 (guint32, pool->len + 1);
  return pool;
}

void
lian_pool_free (gpointer data)
{
  Pool *pool = data;

  g_free (pool->slots);
  g_free (pool->seen);
  g_clear_pointer (&pool->postings, g_hash_table_unref);
  g_free (pool);
}

static void
posting_free (gpointer data)
{
  Posting *posting = data;

  g_free (posting->at);
  g_free (posting);
}

/* A bigram's two code points mixed into all the bits: g_int64_hash()
 * folds them with a xor, which leaves Chinese bigrams in a few thousand
 * buckets. */
static guint
bigram_hash (gconstpointer key)
{
  return (guint) ((*(const LianBigram *) key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32);
}

/* Files each service of @pool under each bigram of its text. */
void
lian_pool_ensure_postings (Pool *pool)
{
  if (pool->postings)
    return;
  pool->postings = g_hash_table_new_full (bigram_hash, g_int64_equal, NULL, posting_free);
  for (guint at = 0; at < pool->len; at++)
    {
      Service *service = pool->slots[at].service;

      for (guint i = 0; i < service->n_bigrams; i++)
        {
          Posting *posting = g_hash_table_lookup (pool->postings, &service->bigrams[i]);

          if (posting == NULL)
            {
              posting = g_new0 (Posting, 1);
              posting->bigram = service->bigrams[i];
              g_hash_table_insert (pool->postings, &posting->bigram, posting);
            }
          if (posting->len == posting->alloc)
            {
              posting->alloc = MAX (4, posting->alloc * 2);
              posting->at = g_renew (guint, posting->at, posting->alloc);
            }
          posting->at[posting->len++] = at;
        }
    }
}

