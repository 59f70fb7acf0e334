/* lian-matching.c: the rules and the score of LianMatcher
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-matching-private.h"
#include "lian-matching-pool-private.h"
#include "lian-matching-filed-private.h"
#include "lian-match-private.h"
#include "lian-bigrams-private.h"
#include "lian-registry-private.h"
#include "lian-region-code.h"
#include "lian-date.h"
#include "lian-enum-types.h"

#define N_CATEGORIES (LIAN_NEED_CATEGORY_OTHER + 1)

/* Asks for memory that will be read (or written) soon. */
#ifdef __GNUC__
#define PREFETCH(p)       __builtin_prefetch ((p))
#define PREFETCH_WRITE(p) __builtin_prefetch ((p), 1)
#else
#define PREFETCH(p)       ((void) 0)
#define PREFETCH_WRITE(p) ((void) 0)
#endif

struct _LianMatching
{
  gint          ref_count;
  GMutex        lock;            /* for the reasons, made when read */
  LianRegistry *registry;        /* borrowed, for the call only */
  GWeakRef      registry_ref;    /* for names asked later */
  GHashTable   *services;        /* LianServiceItem → Service */
  GHashTable   *buckets;         /* "financing/320200" → GPtrArray of Service, by id */
  /* Per category, region code ("" for none, kept) → Pool of the Services
   * scoped to the region, to each region above it, or to none. */
  GHashTable   *pools[N_CATEGORIES];
  GPtrArray    *all_pools;       /* each Pool once */
  GHashTable   *kept;            /* chain and region codes results name: key is value */
  GHashTable   *region_names;    /* code → name */
  GHashTable   *chain_names;     /* chain id → name */
  GArray       *bigrams;         /* scratch: a service's set */
  GArray       *probe_bigrams;   /* scratch: the need's set */
  GPtrArray    *lists;           /* scratch: the need's Postings */
  GArray       *best;            /* scratch: Candidate */
  LianReasonWords words;
  char          as_of[11];       /* the day validity is judged on */
  guint32       as_of_day;       /* @as_of as YYYYMMDD */
  /* The objects of the needs and items it reads, made from the
   * registry's rows: they go back to rows once its results are let go. */
  LianVisit     visit;
  GThread      *thread;          /* where the visit began */
};

static void
service_free (gpointer data)
{
  Service *service = data;

  g_object_unref (service->item);
  g_free (service);
}

static const char *
nonempty (const char *s)
{
  return s && s[0] ? s : NULL;
}

/* `YYYY-MM-DD` as the number YYYYMMDD, which orders as the text does. */
static gboolean
day_number (const char *date,
            guint32    *day)
{
  guint32 n = 0;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return FALSE;
          continue;
        }
      if (!g_ascii_isdigit (date[i]))
        return FALSE;
      n = n * 10 + (date[i] - '0');
    }
  if (date[10] != '\0')
    return FALSE;
  *day = n;
  return TRUE;
}

LianMatching *
lian_matching_new (LianRegistry *registry,
                   const char   *as_of)
{
  LianMatching *self = g_new0 (LianMatching, 1);
  g_autofree char *today = NULL;

  self->ref_count = 1;
  g_mutex_init (&self->lock);
  self->registry = registry;
  g_weak_ref_init (&self->registry_ref, registry);
  lian_registry_begin_visit (registry, &self->visit);
  self->thread = g_thread_self ();
  self->services = g_hash_table_new_full (NULL, NULL, NULL, service_free);
  self->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  for (guint c = 0; c < N_CATEGORIES; c++)
    self->pools[c] = g_hash_table_new (g_str_hash, g_str_equal);
  self->all_pools = g_ptr_array_new_with_free_func (lian_pool_free);
  self->kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->region_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->chain_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->bigrams = g_array_new (FALSE, FALSE, sizeof (LianBigram));
  self->probe_bigrams = g_array_new (FALSE, FALSE, sizeof (LianBigram));
  self->lists = g_ptr_array_new ();
  self->best = g_array_new (FALSE, FALSE, sizeof (Candidate));
  lian_match_words_init (&self->words);
  if (as_of == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      as_of = today = lian_date_from_date_time (now);
    }
  g_strlcpy (self->as_of, as_of, sizeof self->as_of);
  if (!day_number (self->as_of, &self->as_of_day))
    g_critical ("lian_matching_new: \"%s\" is not a day YYYY-MM-DD", as_of);
  return self;
}

LianMatching *
lian_matching_ref (LianMatching *self)
{
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
lian_matching_leave (LianMatching *self)
{
  lian_registry_leave_visit (self->registry, &self->visit);
  /* Nothing is noted once the call returned: its index of the entries
   * (4 bytes per entry of the registry) need not live as long as the
   * results. */
  g_clear_pointer (&self->visit.index, g_free);
}

void
lian_matching_pause (LianMatching *self)
{
  lian_registry_leave_visit (self->registry, &self->visit);
}

void
lian_matching_resume (LianMatching *self)
{
  lian_registry_resume_visit (self->registry, &self->visit);
}

/* Once nothing holds the objects of what it ranked, they go back to
 * rows: in the thread that made them, if the registry lives. */
static void
end_visit (LianMatching *self)
{
  LianRegistry *registry = NULL;

  if (g_thread_self () == self->thread)
    registry = g_weak_ref_get (&self->registry_ref);
  if (registry)
    lian_registry_end_visit (registry, &self->visit);
  else
    lian_visit_forget (&self->visit);
  g_clear_object (&registry);
}

void
lian_matching_unref (LianMatching *self)
{
  if (!g_atomic_int_dec_and_test (&self->ref_count))
    return;
  for (guint c = 0; c < N_CATEGORIES; c++)
    g_hash_table_unref (self->pools[c]);
  g_ptr_array_unref (self->all_pools);
  g_hash_table_unref (self->buckets);
  g_hash_table_unref (self->services);
  g_hash_table_unref (self->kept);
  g_hash_table_unref (self->region_names);
  g_hash_table_unref (self->chain_names);
  g_array_unref (self->bigrams);
  g_array_unref (self->probe_bigrams);
  g_ptr_array_unref (self->lists);
  g_array_unref (self->best);
  end_visit (self);
  g_weak_ref_clear (&self->registry_ref);
  g_mutex_clear (&self->lock);
  g_free (self);
}

static guint
scope_weight (const char *scope)
{
  if (scope == NULL || !lian_adcode_is_valid (scope))
    return W_SCOPE_NONE;
  switch (lian_adcode_get_level (scope))
    {
    case LIAN_LEVEL_COUNTY:
      return W_SCOPE_COUNTY;
    case LIAN_LEVEL_CITY:
      return W_SCOPE_CITY;
    case LIAN_LEVEL_PROVINCE:
    default:
      return W_SCOPE_PROVINCE;
    }
}

/* What lian_service_item_is_valid_on() says for the day of the call. */
static gboolean
valid_on (LianMatching    *self,
          LianServiceItem *item)
{
  const char *from = nonempty (lian_service_item_get_valid_from (item));
  const char *until = nonempty (lian_service_item_get_valid_until (item));
  guint32 first = 0, last = G_MAXUINT32;

  if ((from && !day_number (from, &first)) || (until && !day_number (until, &last)))
    return !((from && strcmp (from, self->as_of) > 0) || (until && strcmp (self->as_of, until) > 0));
  return first <= self->as_of_day && self->as_of_day <= last;
}

static Service *
get_service (LianMatching    *self,
             LianServiceItem *item)
{
  Service *service = g_hash_table_lookup (self->services, item);
  const char * const *keywords = lian_service_item_get_keywords (item);
  const char * const *chain_ids = lian_service_item_get_chain_ids (item);

  if (service)
    return service;

  g_array_set_size (self->bigrams, 0);
  lian_bigrams_collect (self->bigrams, lian_record_get_name (LIAN_RECORD (item)));
  lian_bigrams_collect (self->bigrams, lian_service_item_get_description (item));
  for (guint i = 0; keywords[i]; i++)
    lian_bigrams_collect (self->bigrams, keywords[i]);
  lian_bigrams_finish (self->bigrams);

  service = g_malloc0 (sizeof (Service) + self->bigrams->len * sizeof (LianBigram));
  service->n_bigrams = self->bigrams->len;
  if (service->n_bigrams)
    memcpy (service->bigrams, self->bigrams->data, service->n_bigrams * sizeof (LianBigram));
  service->mask = lian_bigrams_mask (service->bigrams, service->n_bigrams);
  service->n_collisions = service->n_bigrams - lian_popcount (service->mask);

  service->item = g_object_ref (item);
  service->id = lian_record_get_id (LIAN_RECORD (item));
  for (guint i = 0, end = FALSE; i < 8; i++)
    {
      end = end || service->id[i] == '\0';
      service->id_prefix = (service->id_prefix << 8) | (end ? 0 : (guchar) service->id[i]);
    }
  service->scope = nonempty (lian_service_item_get_region (item));
  if (service->scope)
    lian_matching_region_name (self, service->scope);
  service->base = W_CATEGORY + scope_weight (service->scope);
  service->chain_ids = chain_ids[0] ? chain_ids : NULL;
  service->bound = service->base + (service->chain_ids ? W_CHAIN_SAME : W_CHAIN_ANY);
  service->valid = valid_on (self, item);
  g_hash_table_insert (self->services, item, service);
  return service;
}

const char *
lian_matching_keep (LianMatching *self,
                    const char   *code)
{
  char *kept;

  if (code == NULL)
    return NULL;
  kept = g_hash_table_lookup (self->kept, code);
  if (kept == NULL)
    {
      kept = g_strdup (code);
      g_hash_table_add (self->kept, kept);
    }
  return kept;
}

/* The items filed under "<nick>/<code>" in the registry's index by
 * category and scope, as Services. */
static GPtrArray *
get_bucket (LianMatching *self,
            const char   *nick,
            const char   *code)
{
  g_autofree char *key = g_strconcat (nick, "/", code, NULL);
  GPtrArray *bucket = g_hash_table_lookup (self->buckets, key);

  if (bucket == NULL)
    {
      LianBucket *set = lian_registry_get_bucket (self->registry,
                                                  LIAN_INDEX_SERVICE_CATEGORY_SCOPE, key);
      LianBucketIter iter;
      LianEntry *entry;

      bucket = g_ptr_array_sized_new (lian_bucket_size (set));
      lian_bucket_iter_init (&iter, self->registry, set);
      while ((entry = lian_bucket_iter_next (&iter)))
        g_ptr_array_add (bucket, get_service (self, LIAN_SERVICE_ITEM (lian_entry_record (self->registry,
                                                                                         entry))));
      g_hash_table_insert (self->buckets, g_steal_pointer (&key), bucket);
    }
  return bucket;
}

static gboolean
has_valid (GPtrArray *bucket)
{
  for (guint i = 0; i < bucket->len; i++)
    if (((Service *) bucket->pdata[i])->valid)
      return TRUE;
  return FALSE;
}

/* The valid items that may serve a need of @category in the region @key
 * ("" for none): those serving the category scoped to the region, to each
 * region above it, and to none. A region that no valid item is scoped to
 * shares the pool of the region above it: the counties of a city whose
 * items are scoped to the city share one pool, and its index. */
static Pool *
get_pool_of_key (LianMatching     *self,
                 LianNeedCategory  category,
                 const char       *key,
                 const char      **kept)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autofree char *code = NULL;
  const char *nick;
  Pool *pool;

  if (g_hash_table_lookup_extended (self->pools[category], key, (gpointer *) kept,
                                    (gpointer *) &pool))
    return pool;
  *kept = lian_matching_keep (self, key);
  if (key[0])
    lian_matching_region_name (self, key);
  nick = lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, category);
  if (key[0] && !has_valid (get_bucket (self, nick, key)))
    {
      g_autofree char *parent = lian_adcode_dup_parent (key);
      const char *above;

      pool = get_pool_of_key (self, category, parent ? parent : "", &above);
      g_hash_table_insert (self->pools[category], (char *) *kept, pool);
      return pool;
    }

  candidates = g_ptr_array_new ();
  code = key[0] ? g_strdup (key) : NULL;
  while (code)
    {
      char *parent = lian_adcode_dup_parent (code);
      g_ptr_array_extend (candidates, get_bucket (self, nick, code), NULL, NULL);
      g_free (code);
      code = parent;
    }
  g_ptr_array_extend (candidates, get_bucket (self, nick, ""), NULL, NULL);

  pool = lian_pool_new (candidates);
  pool->number = self->all_pools->len;
  g_ptr_array_add (self->all_pools, pool);
  g_hash_table_insert (self->pools[category], (char *) *kept, pool);
  return pool;
}

/* The pool of a need of @category whose enterprise lies in @region (NULL if
 * unknown), NULL for no category; @kept is set to @region as the call
 * keeps it, NULL if @region is. */
static Pool *
get_pool (LianMatching     *self,
          LianNeedCategory  category,
          const char       *region,
          const char      **kept)
{
  const char *key = region && lian_adcode_is_valid (region) ? region : "";
  Pool *pool = NULL;

  *kept = NULL;
  if ((guint) category < N_CATEGORIES)
    pool = get_pool_of_key (self, category, key, kept);
  if (region == NULL || key[0] == '\0')
    *kept = NULL;
  return pool;
}

/* The enterprise whose id is @id, NULL if none. */
static LianEnterprise *
lookup_enterprise (LianRegistry *registry,
                   const char   *id)
{
  LianEntry *entry = lian_registry_get_entry (registry, id);

  return entry && entry->kind == LIAN_RECORD_KIND_ENTERPRISE
         ? LIAN_ENTERPRISE (lian_entry_record (registry, entry)) : NULL;
}

LianEnterprise *
lian_probe_get_enterprise (Probe *probe)
{
  if (probe->registry)
    {
      probe->enterprise = lookup_enterprise (probe->registry,
                                             lian_need_get_enterprise_id (probe->need));
      probe->registry = NULL;
    }
  return probe->enterprise;
}

/* The probe of @need, whose enterprise lies in @region if @registry is
 * given (the enterprise is then looked up only if asked for); else with
 * its enterprise's region, from the registry. */
static void
probe_init (LianMatching *self,
            Probe        *probe,
            LianNeed     *need,
            LianRegistry *registry,
            const char   *region)
{
  memset (probe, 0, sizeof *probe);
  probe->need = need;
  probe->category = lian_need_get_category (need);
  probe->chain_id = nonempty (lian_need_get_chain_id (need));
  if (registry)
    {
      probe->registry = registry;
      probe->region = region;
      return;
    }
  probe->enterprise = lookup_enterprise (self->registry, lian_need_get_enterprise_id (need));
  probe->region = probe->enterprise
                  ? nonempty (lian_enterprise_get_region (probe->enterprise)) : NULL;
}

/* Makes the set of bigrams of the need's title and description. */
static void
ensure_probe_bigrams (LianMatching *self,
                      Probe        *probe)
{
  GArray *set = self->probe_bigrams;

  if (probe->has_bigrams)
    return;
  g_array_set_size (set, 0);
  lian_bigrams_collect (set, lian_need_get_title (probe->need));
  lian_bigrams_collect (set, lian_need_get_description (probe->need));
  lian_bigrams_finish (set);
  probe->bigrams = (const LianBigram *) set->data;
  probe->n_bigrams = set->len;
  probe->mask = lian_bigrams_mask (probe->bigrams, probe->n_bigrams);
  probe->n_collisions = probe->n_bigrams - lian_popcount (probe->mask);
  probe->has_bigrams = TRUE;
}

/* The names the reasons give are found while the registry is there: a
 * region's once per pool, a scope's once per service, a chain's once. */
static const char *
keep_chain (LianMatching *self,
            const char   *chain)
{
  guint before = g_hash_table_size (self->kept);
  const char *kept = lian_matching_keep (self, chain);

  if (kept && g_hash_table_size (self->kept) != before)
    lian_matching_chain_name (self, kept);
  return kept;
}

/* Appends to @rows the best matches of the need of @probe in @pool, whose
 * enterprise's region is @region as the call keeps it (NULL if none). */
static void
rank_probe (LianMatching *self,
            Probe        *probe,
            Pool         *pool,
            const char   *region,
            guint         top,
            GArray       *rows)
{
  GArray *best = self->best;

  g_array_set_size (best, 0);
  if (pool == NULL || pool->len == 0)
    return;
  ensure_probe_bigrams (self, probe);
  lian_pool_rank (pool, probe, top, best, self->lists);

  if (best->len == 0)
    return;
  if (region == NULL && (region = lian_matching_keep (self, probe->region)))
    lian_matching_region_name (self, region);
  for (guint i = 0; i < best->len; i++)
    {
      const Candidate *candidate = &g_array_index (best, Candidate, i);
      LianMatchRow row = { probe->need, candidate->service->item, candidate->score,
                           keep_chain (self, candidate->chain), region };

      g_array_append_val (rows, row);
    }
}

void
lian_matching_rank (LianMatching *self,
                    LianNeed     *need,
                    guint         top,
                    GArray       *rows)
{
  const char *region;
  Probe probe;
  Pool *pool;

  probe_init (self, &probe, need, NULL, NULL);
  pool = get_pool (self, probe.category, probe.region, &region);
  rank_probe (self, &probe, pool, region, top, rows);
}

/* A need of lian_matching_rank_all(): what its probe needs once its
 * enterprise was read, and its pool. */
typedef struct
{
  LianNeed       *need;
  Pool           *pool;
  const char     *kept;        /* the region as the call keeps it, or NULL */
  const char     *region;      /* the enterprise's, NULL if unknown */
  const char     *chain_id;
  LianEnterprise *enterprise;
  guint           text;        /* where its bigrams start in the call's array */
  guint           n_bigrams;
  gboolean        pending;     /* whether @enterprise is still to be looked up */
  guint           n_rows;      /* once ranked */
} Job;

/* The most matches per need that lian_matching_rank_all() ranks pool by
 * pool: it sets @top rows aside for each need. */
#define MAX_POOLED_TOP 16

/* Reads each need once, with its enterprise's region and its bigrams (into
 * @texts), and finds its pool. */
static void
read_jobs (LianMatching  *self,
           LianNeed     **needs,
           guint          n_needs,
           Job           *jobs,
           GArray        *texts)
{
  LianFiled regions;
  gboolean by_region = lian_filed_init (&regions, self, self->registry, n_needs);

  for (guint i = 0; i < n_needs; i++)
    {
      const char *filed = by_region ? lian_filed_find (&regions, needs[i])->region : NULL;
      Job *job = &jobs[i];
      const char *kept;
      Probe probe;
      Pool *pool;

      /* The needs lie anywhere in memory: each is asked for ahead. */
      if (i + 16 < n_needs)
        {
          PREFETCH (needs[i + 16]);
          PREFETCH ((char *) needs[i + 16] + 64);
        }
      if (i + 8 < n_needs)
        {
          if (!by_region)
            PREFETCH (lian_need_get_enterprise_id (needs[i + 8]));
          PREFETCH (lian_need_get_title (needs[i + 8]));
        }
      probe_init (self, &probe, needs[i], filed ? self->registry : NULL, filed);
      pool = get_pool (self, probe.category, probe.region, &kept);
      *job = (Job) { needs[i], pool, kept, probe.region, probe.chain_id, probe.enterprise,
                     texts->len, 0, filed != NULL, 0 };
      if (job->pool == NULL || job->pool->len == 0)
        continue;
      ensure_probe_bigrams (self, &probe);
      job->n_bigrams = probe.n_bigrams;
      g_array_append_vals (texts, probe.bigrams, probe.n_bigrams);
    }
  lian_filed_clear (&regions);
}

/* Ranks the need of @job into @rows (emptied first). */
static void
rank_job (LianMatching *self,
          Job          *job,
          GArray       *texts,
          guint         top,
          GArray       *rows)
{
  Probe probe = { 0, };

  g_array_set_size (rows, 0);
  if (job->pool == NULL || job->pool->len == 0)
    return;
  probe.need = job->need;
  probe.region = job->region;
  probe.chain_id = job->chain_id;
  probe.enterprise = job->enterprise;
  probe.registry = job->pending ? self->registry : NULL;
  probe.bigrams = &g_array_index (texts, LianBigram, job->text);
  probe.n_bigrams = job->n_bigrams;
  probe.mask = lian_bigrams_mask (probe.bigrams, probe.n_bigrams);
  probe.n_collisions = probe.n_bigrams - lian_popcount (probe.mask);
  probe.has_bigrams = TRUE;
  rank_probe (self, &probe, job->pool, job->kept, top, rows);
}

void
lian_matching_rank_all (LianMatching  *self,
                        LianNeed     **needs,
                        guint          n_needs,
                        guint          top,
                        GArray        *rows)
{
  g_autofree Job *jobs = NULL;
  g_autofree guint *order = NULL;
  g_autofree guint *counts = NULL;
  g_autoptr(GArray) texts = NULL;
  g_autoptr(GArray) made = NULL;
  guint n_pools, base = rows->len, end = base;

  if (top == 0 || top > MAX_POOLED_TOP)
    {
      for (guint i = 0; i < n_needs; i++)
        lian_matching_rank (self, needs[i], top, rows);
      return;
    }
  jobs = g_new (Job, n_needs);
  texts = g_array_sized_new (FALSE, FALSE, sizeof (LianBigram), n_needs * 8);
  read_jobs (self, needs, n_needs, jobs, texts);

  /* The needs pool by pool (in the order of their ids in each), so that a
   * pool's slots and index stay in the cache from one need to the next. */
  n_pools = self->all_pools->len;
  counts = g_new0 (guint, n_pools + 2);
  order = g_new (guint, n_needs);
  for (guint i = 0; i < n_needs; i++)
    counts[(jobs[i].pool ? jobs[i].pool->number + 1 : 0) + 1]++;
  for (guint p = 1; p < n_pools + 2; p++)
    counts[p] += counts[p - 1];
  for (guint i = 0; i < n_needs; i++)
    order[counts[jobs[i].pool ? jobs[i].pool->number + 1 : 0]++] = i;

  /* Each need's rows go to its @top places, then close up in its order. */
  made = g_array_sized_new (FALSE, FALSE, sizeof (LianMatchRow), top);
  g_array_set_size (rows, base + n_needs * top);
  for (guint k = 0; k < n_needs; k++)
    {
      guint i = order[k];

      /* The jobs are read in no order: each is asked for a few ahead. */
      if (k + 8 < n_needs)
        PREFETCH (&jobs[order[k + 8]]);
      if (k + 4 < n_needs)
        {
          const Job *next = &jobs[order[k + 4]];

          PREFETCH (&g_array_index (texts, LianBigram, next->text));
          PREFETCH_WRITE (&g_array_index (rows, LianMatchRow, base + order[k + 4] * top));
        }
      rank_job (self, &jobs[i], texts, top, made);
      memcpy (&g_array_index (rows, LianMatchRow, base + i * top), made->data,
              made->len * sizeof (LianMatchRow));
      jobs[i].n_rows = made->len;
    }
  for (guint i = 0; i < n_needs; i++)
    for (guint r = 0; r < jobs[i].n_rows; r++)
      g_array_index (rows, LianMatchRow, end++) = g_array_index (rows, LianMatchRow,
                                                                 base + i * top + r);
  g_array_set_size (rows, end);
}

gboolean
lian_matching_can_serve (LianMatching  *self,
                         LianNeed      *need,
                         const char   **region)
{
  const char *chain, *kept;
  Probe probe;
  Pool *pool;

  probe_init (self, &probe, need, NULL, NULL);
  pool = get_pool (self, probe.category, probe.region, &kept);
  for (guint i = 0; pool && i < pool->len; i++)
    if (!pool->slots[i].names_chains || lian_service_qualifies (pool->slots[i].service, &probe, &chain))
      return TRUE;
  *region = probe.region;
  return FALSE;
}

/* Names, for the reasons */

const char *
lian_matching_region_name (LianMatching *self,
                           const char   *code)
{
  char *name;

  g_mutex_lock (&self->lock);
  name = g_hash_table_lookup (self->region_names, code);
  if (name == NULL)
    {
      g_autoptr(LianRegistry) registry = g_weak_ref_get (&self->registry_ref);
      const char *known;

      name = registry ? lian_registry_dup_region_name (registry, code) : NULL;
      known = name ? NULL : lian_adcode_get_name (code);
      if (name == NULL)
        name = g_strdup (known ? known : code);
      g_hash_table_insert (self->region_names, g_strdup (code), name);
    }
  g_mutex_unlock (&self->lock);
  return name;
}

const char *
lian_matching_chain_name (LianMatching *self,
                          const char   *id)
{
  char *name;

  g_mutex_lock (&self->lock);
  name = g_hash_table_lookup (self->chain_names, id);
  if (name == NULL)
    {
      g_autoptr(LianRegistry) registry = g_weak_ref_get (&self->registry_ref);
      LianChain *chain = registry ? lian_registry_lookup_chain (registry, id) : NULL;
      const char *known = chain ? lian_record_get_name (LIAN_RECORD (chain)) : NULL;

      name = g_strdup (known && known[0] ? known : id);
      g_hash_table_insert (self->chain_names, g_strdup (id), name);
    }
  g_mutex_unlock (&self->lock);
  return name;
}

const char *
lian_matching_get_as_of (LianMatching *self)
{
  return self->as_of;
}

const LianReasonWords *
lian_matching_get_words (LianMatching *self)
{
  return &self->words;
}
