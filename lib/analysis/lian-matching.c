/* lian-matching.c: the rules and the score of LianMatcher
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-matching-private.h"
#include "lian-match-private.h"
#include "lian-bigrams-private.h"
#include "lian-registry-private.h"
#include "lian-region-code.h"
#include "lian-date.h"
#include "lian-enum-types.h"
#include "lian-words-private.h"

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

#define N_CATEGORIES (LIAN_NEED_CATEGORY_OTHER + 1)
#define N_REASONS 5

/* What one call knows about a service item, in one block. */
typedef struct
{
  LianServiceItem    *item;          /* borrowed from the registry */
  const char         *id;
  guint64             id_prefix;     /* the first 8 bytes of @id, to order fast */
  const char         *scope;         /* NULL for none */
  const char * const *chain_ids;     /* NULL if it names none */
  guint32             valid_from;    /* YYYYMMDD; 0 for open */
  guint32             valid_until;   /* YYYYMMDD; G_MAXUINT32 for open */
  guint               scope_weight;
  gboolean            odd_dates;     /* a bound is not YYYY-MM-DD: compare texts */
  GStrv               folded_keywords; /* NULL until needed */
  guint64             mask;          /* lian_bigrams_mask() of @bigrams */
  guint               n_collisions;  /* @n_bigrams less the bits set in @mask */
  guint               n_bigrams;
  LianBigram          bigrams[];     /* name, description and keywords: a set */
} Service;

/* What one need brings. */
typedef struct
{
  LianNeed           *need;
  const char         *id;
  LianNeedCategory    category;
  const char         *region;        /* the enterprise's, NULL if unknown */
  const char         *chain_id;      /* NULL: any of @chains */
  const char * const *chains;        /* the enterprise's chains */
  gboolean            has_bigrams;
  guint64             mask;
  guint               n_collisions;
  char               *folded_title;  /* NULL until needed */
  char               *folded_description;
} Probe;

typedef struct
{
  Service    *service;
  guint64     score;    /* billionths */
  guint       shared;   /* bigrams shared */
  const char *chain;    /* the chain named by both, NULL if the item names none */
} Candidate;

struct _LianMatching
{
  LianRegistry *registry;
  GHashTable   *services;        /* LianServiceItem → Service */
  GHashTable   *buckets;         /* "financing/320200" → GPtrArray of Service, by id */
  /* Per category, region code ("" for none) → GPtrArray of the Services
   * scoped to the region, then to each region above it, then to none. */
  GHashTable   *candidates[N_CATEGORIES];
  GHashTable   *region_names;    /* code → name */
  GHashTable   *chain_names;     /* chain id → name */
  GArray       *bigrams;         /* scratch: the probe's set, or a service's */
  GArray       *best;            /* scratch: Candidate */
  GArray       *pieces;          /* scratch: LianPiece */
  GString      *reasons[N_REASONS];
  /* The reasons' words, in the language of the call */
  const char   *serves, *scope, *no_scope, *same_chain, *no_chain, *valid_on;
  const char   *shared_words, *shared_text;
  char         *separator;       /* between the words of a list */
  char          as_of[11];       /* the day validity is judged on */
  guint32       as_of_day;       /* @as_of as YYYYMMDD */
};

static void
service_free (gpointer data)
{
  Service *service = data;

  g_strfreev (service->folded_keywords);
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

/* The words of the reasons, looked up once per call rather than once per
 * match. */
static void
translate_reasons (LianMatching *self)
{
  /* TRANSLATORS: a reason why a service item is proposed for a need: it
   * serves the need's category (in English its name, financing; in your
   * language its label, 融资). */
  self->serves = _("serves %s");
  /* TRANSLATORS: a reason why a service item is proposed for a need: the
   * region the item applies to (无锡市) contains the region of the need's
   * enterprise (江阴市). */
  self->scope = _("scope %s contains %s");
  /* TRANSLATORS: a reason why a service item is proposed: it applies in
   * every region. */
  self->no_scope = _("no region scope");
  /* TRANSLATORS: a reason why a service item is proposed: it names the
   * need's industrial chain, whose name follows (集成电路产业链). */
  self->same_chain = _("same chain %s");
  /* TRANSLATORS: a reason why a service item is proposed: it applies to
   * every industrial chain. */
  self->no_chain = _("no chain restriction");
  /* TRANSLATORS: a reason why a service item is proposed: it is valid on
   * the day the matcher judges on, YYYY-MM-DD. */
  self->valid_on = _("valid on %s");
  /* TRANSLATORS: a reason why a service item is proposed: the item's
   * keywords found in the need's text, a list (贷款, 贴息). */
  self->shared_words = _("shared words: %s");
  /* TRANSLATORS: a reason why a service item is proposed: the pieces of
   * the need's text that the item's text has too, a list. */
  self->shared_text = _("shared text: %s");
  /* TRANSLATORS: joins two items of a list: in Chinese 贷款、贴息. */
  self->separator = g_strdup_printf (_("%s, %s"), "", "");
}

LianMatching *
lian_matching_new (LianRegistry *registry,
                   const char   *as_of)
{
  LianMatching *self = g_new0 (LianMatching, 1);
  g_autofree char *today = NULL;

  self->registry = registry;
  self->services = g_hash_table_new_full (NULL, NULL, NULL, service_free);
  self->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  for (guint c = 0; c < N_CATEGORIES; c++)
    self->candidates[c] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);
  self->region_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->chain_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->bigrams = g_array_new (FALSE, FALSE, sizeof (LianBigram));
  self->best = g_array_new (FALSE, FALSE, sizeof (Candidate));
  self->pieces = g_array_new (FALSE, FALSE, sizeof (LianPiece));
  for (guint i = 0; i < N_REASONS; i++)
    self->reasons[i] = g_string_sized_new (64);
  translate_reasons (self);
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

void
lian_matching_free (LianMatching *self)
{
  for (guint c = 0; c < N_CATEGORIES; c++)
    g_hash_table_unref (self->candidates[c]);
  g_hash_table_unref (self->buckets);
  g_hash_table_unref (self->services);
  g_hash_table_unref (self->region_names);
  g_hash_table_unref (self->chain_names);
  g_array_unref (self->bigrams);
  g_array_unref (self->best);
  g_array_unref (self->pieces);
  for (guint i = 0; i < N_REASONS; i++)
    g_string_free (self->reasons[i], TRUE);
  g_free (self->separator);
  g_free (self);
}

/* The bits set in @x, counted in place: without -mpopcnt the builtin
 * calls a function of libgcc. */
static inline guint
popcount (guint64 x)
{
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
  return (guint) ((x * 0x0101010101010101ull) >> 56);
}

static guint
scope_weight (const char *scope)
{
  if (scope == NULL || !lian_region_code_is_valid (scope))
    return W_SCOPE_NONE;
  switch (lian_region_code_get_level (scope))
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

static Service *
get_service (LianMatching    *self,
             LianServiceItem *item)
{
  Service *service = g_hash_table_lookup (self->services, item);
  const char * const *keywords = lian_service_item_get_keywords (item);
  const char * const *chain_ids = lian_service_item_get_chain_ids (item);
  const char *from, *until;

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
  service->n_collisions = service->n_bigrams - popcount (service->mask);

  service->item = item;
  service->id = lian_record_get_id (LIAN_RECORD (item));
  for (guint i = 0, end = FALSE; i < 8; i++)
    {
      end = end || service->id[i] == '\0';
      service->id_prefix = (service->id_prefix << 8) | (end ? 0 : (guchar) service->id[i]);
    }
  service->scope = nonempty (lian_service_item_get_region (item));
  service->scope_weight = scope_weight (service->scope);
  service->chain_ids = chain_ids[0] ? chain_ids : NULL;
  from = nonempty (lian_service_item_get_valid_from (item));
  until = nonempty (lian_service_item_get_valid_until (item));
  service->valid_from = 0;
  service->valid_until = G_MAXUINT32;
  service->odd_dates = (from && !day_number (from, &service->valid_from)) ||
                       (until && !day_number (until, &service->valid_until));
  g_hash_table_insert (self->services, item, service);
  return service;
}

/* As strcmp() on the ids. */
static inline int
compare_ids (const Service *x,
             const Service *y)
{
  if (x->id_prefix != y->id_prefix)
    return x->id_prefix < y->id_prefix ? -1 : 1;
  return strcmp (x->id, y->id);
}

static int
compare_services_by_id (gconstpointer a,
                        gconstpointer b)
{
  return compare_ids (*(Service * const *) a, *(Service * const *) b);
}

/* Appends the items filed under "<nick>/<code>" in the registry's index by
 * category and scope, by id. */
static void
add_bucket (LianMatching *self,
            GPtrArray    *into,
            const char   *nick,
            const char   *code)
{
  g_autofree char *key = g_strconcat (nick, "/", code, NULL);
  GPtrArray *bucket = g_hash_table_lookup (self->buckets, key);

  if (bucket == NULL)
    {
      LianBucket *set = lian_registry_get_bucket (self->registry,
                                                  LIAN_INDEX_SERVICE_CATEGORY_SCOPE, key);

      bucket = g_ptr_array_sized_new (lian_bucket_size (set));
      for (guint i = 0; i < lian_bucket_size (set); i++)
        g_ptr_array_add (bucket, get_service (self, LIAN_SERVICE_ITEM (set->items[i]->record)));
      g_ptr_array_sort (bucket, compare_services_by_id);
      g_hash_table_insert (self->buckets, g_steal_pointer (&key), bucket);
    }
  for (guint i = 0; i < bucket->len; i++)
    g_ptr_array_add (into, bucket->pdata[i]);
}

/* The items that may serve a need of @category in @region (NULL if
 * unknown): those serving the category scoped to the region, to each
 * region above it, and to none, the narrowest scope first. */
static GPtrArray *
get_candidates (LianMatching     *self,
                LianNeedCategory  category,
                const char       *region)
{
  const char *key = region && lian_region_code_is_valid (region) ? region : "";
  g_autofree char *code = NULL;
  GPtrArray *candidates;
  const char *nick;

  if ((guint) category >= N_CATEGORIES)
    return NULL;
  candidates = g_hash_table_lookup (self->candidates[category], key);
  if (candidates)
    return candidates;

  candidates = g_ptr_array_new ();
  nick = lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, category);
  code = key[0] ? g_strdup (key) : NULL;
  while (code)
    {
      char *parent = lian_region_code_dup_parent (code);
      add_bucket (self, candidates, nick, code);
      g_free (code);
      code = parent;
    }
  add_bucket (self, candidates, nick, "");
  g_hash_table_insert (self->candidates[category], g_strdup (key), candidates);
  return candidates;
}

static const char * const no_chains[] = { NULL };

static void
probe_init (LianMatching *self,
            Probe        *probe,
            LianNeed     *need)
{
  LianEntry *entry = lian_registry_get_entry (self->registry, lian_need_get_enterprise_id (need));
  LianEnterprise *enterprise = entry && LIAN_IS_ENTERPRISE (entry->record)
                               ? LIAN_ENTERPRISE (entry->record) : NULL;

  memset (probe, 0, sizeof *probe);
  probe->need = need;
  probe->id = lian_record_get_id (LIAN_RECORD (need));
  probe->category = lian_need_get_category (need);
  probe->region = enterprise ? nonempty (lian_enterprise_get_region (enterprise)) : NULL;
  probe->chain_id = nonempty (lian_need_get_chain_id (need));
  probe->chains = enterprise ? lian_enterprise_get_chain_ids (enterprise) : no_chains;
}

static void
probe_clear (Probe *probe)
{
  g_clear_pointer (&probe->folded_title, g_free);
  g_clear_pointer (&probe->folded_description, g_free);
}

/* Fills the scratch set with the bigrams of the need's title and
 * description. */
static void
ensure_probe_bigrams (LianMatching *self,
                      Probe        *probe)
{
  if (probe->has_bigrams)
    return;
  g_array_set_size (self->bigrams, 0);
  lian_bigrams_collect (self->bigrams, lian_need_get_title (probe->need));
  lian_bigrams_collect (self->bigrams, lian_need_get_description (probe->need));
  lian_bigrams_finish (self->bigrams);
  probe->mask = lian_bigrams_mask ((LianBigram *) self->bigrams->data, self->bigrams->len);
  probe->n_collisions = self->bigrams->len - popcount (probe->mask);
  probe->has_bigrams = TRUE;
}

/* Whether @service is valid on the day of the call, and applies to the
 * probe's chain. @chain is set to the chain both name, or NULL if the item
 * names none. */
static gboolean
qualifies (LianMatching *self,
           Service      *service,
           Probe        *probe,
           const char  **chain)
{
  if (G_UNLIKELY (service->odd_dates))
    {
      /* What lian_service_item_is_valid_on() does with any text. */
      const char *from = nonempty (lian_service_item_get_valid_from (service->item));
      const char *until = nonempty (lian_service_item_get_valid_until (service->item));
      if ((from && strcmp (from, self->as_of) > 0) || (until && strcmp (self->as_of, until) > 0))
        return FALSE;
    }
  else if (service->valid_from > self->as_of_day || self->as_of_day > service->valid_until)
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
  return compare_ids (a->service, b->service);
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

/* Reasons */

const char *
lian_matching_region_name (LianMatching *self,
                           const char   *code)
{
  char *name = g_hash_table_lookup (self->region_names, code);

  if (name == NULL)
    {
      name = lian_registry_dup_region_name (self->registry, code);
      if (name == NULL)
        name = g_strdup (code);
      g_hash_table_insert (self->region_names, g_strdup (code), name);
    }
  return name;
}

static const char *
chain_name (LianMatching *self,
            const char   *id)
{
  char *name = g_hash_table_lookup (self->chain_names, id);

  if (name == NULL)
    {
      LianChain *chain = lian_registry_lookup_chain (self->registry, id);
      const char *known = chain ? lian_record_get_name (LIAN_RECORD (chain)) : NULL;

      name = g_strdup (known && known[0] ? known : id);
      g_hash_table_insert (self->chain_names, g_strdup (id), name);
    }
  return name;
}

static char *
fold (const char *text)
{
  return text ? g_utf8_casefold (text, -1) : NULL;
}

/* Puts @list in @format ("shared words: %s") in @out. */
static void
wrap_list (GString    *out,
           const char *format)
{
  g_autofree char *list = g_strdup (out->str);

  g_string_printf (out, format, list);
}

/* "shared words: 贷款, 贴息" from the item's keywords found in the need's
 * text; failing that, "shared text: …" from the pieces of the need's text
 * made of shared bigrams. Leaves @out empty if they share nothing. */
static void
shared_words (LianMatching *self,
              Probe        *probe,
              Candidate    *candidate,
              GString      *out)
{
  Service *service = candidate->service;
  const char * const *keywords = lian_service_item_get_keywords (service->item);
  guint n_words = 0;

  g_string_truncate (out, 0);
  if (keywords[0] && probe->folded_title == NULL)
    {
      probe->folded_title = fold (lian_need_get_title (probe->need));
      probe->folded_description = fold (lian_need_get_description (probe->need));
    }
  if (keywords[0] && service->folded_keywords == NULL)
    {
      service->folded_keywords = g_new0 (char *, g_strv_length ((GStrv) keywords) + 1);
      for (guint i = 0; keywords[i]; i++)
        service->folded_keywords[i] = fold (keywords[i]);
    }
  for (guint i = 0; keywords[i]; i++)
    {
      const char *word = service->folded_keywords[i];
      if (word[0] &&
          ((probe->folded_title && strstr (probe->folded_title, word)) ||
           (probe->folded_description && strstr (probe->folded_description, word))))
        {
          if (n_words++)
            g_string_append (out, self->separator);
          g_string_append (out, keywords[i]);
        }
    }
  if (n_words)
    {
      wrap_list (out, self->shared_words);
      return;
    }
  if (candidate->shared == 0)
    return;

  g_array_set_size (self->pieces, 0);
  lian_bigrams_shared_pieces (self->pieces, lian_need_get_title (probe->need),
                              service->bigrams, service->n_bigrams);
  lian_bigrams_shared_pieces (self->pieces, lian_need_get_description (probe->need),
                              service->bigrams, service->n_bigrams);
  for (guint i = 0; i < self->pieces->len; i++)
    {
      const LianPiece *piece = &g_array_index (self->pieces, LianPiece, i);
      if (i)
        g_string_append (out, self->separator);
      g_string_append_len (out, piece->start, piece->length);
    }
  if (self->pieces->len)
    wrap_list (out, self->shared_text);
}

static LianMatch *
make_match (LianMatching *self,
            Probe        *probe,
            Candidate    *candidate)
{
  Service *service = candidate->service;
  GString **texts = self->reasons;
  const char *reasons[N_REASONS];

  g_string_printf (texts[0], self->serves,
                   lian_words_value (LIAN_TYPE_NEED_CATEGORY, probe->category));
  if (service->scope && probe->region)
    g_string_printf (texts[1], self->scope, lian_matching_region_name (self, service->scope),
                     lian_matching_region_name (self, probe->region));
  else
    g_string_assign (texts[1], self->no_scope);
  if (candidate->chain)
    g_string_printf (texts[2], self->same_chain, chain_name (self, candidate->chain));
  else
    g_string_assign (texts[2], self->no_chain);
  g_string_printf (texts[3], self->valid_on, self->as_of);
  shared_words (self, probe, candidate, texts[4]);

  for (guint i = 0; i < N_REASONS; i++)
    reasons[i] = texts[i]->str;
  return lian_match_new (probe->id, service->id, candidate->score / 1e9, reasons,
                         texts[4]->len ? N_REASONS : N_REASONS - 1);
}

/* Matching */

void
lian_matching_rank (LianMatching *self,
                    LianNeed     *need,
                    guint         top,
                    GPtrArray    *matches)
{
  GArray *best = self->best;
  GPtrArray *candidates;
  Probe probe;

  probe_init (self, &probe, need);
  candidates = get_candidates (self, probe.category, probe.region);
  g_array_set_size (best, 0);
  for (guint i = 0; candidates && i < candidates->len; i++)
    {
      Service *service = g_ptr_array_index (candidates, i);
      Candidate candidate = { service, 0, 0, NULL };
      guint base, total, overlap;

      if (!qualifies (self, service, &probe, &candidate.chain))
        continue;
      base = W_CATEGORY + service->scope_weight +
             (candidate.chain ? W_CHAIN_SAME : W_CHAIN_ANY);
      ensure_probe_bigrams (self, &probe);
      total = self->bigrams->len + service->n_bigrams;
      /* The bigrams both texts have fall on bits both masks have, several
       * on one bit only where a mask has collisions: if even that many
       * would not make the cut, do not count them. */
      overlap = popcount (probe.mask & service->mask);
      if (top && best->len == top)
        {
          guint most = MIN (overlap + MIN (probe.n_collisions, service->n_collisions),
                            MIN (self->bigrams->len, service->n_bigrams));
          if (score_of (base, most, total) < g_array_index (best, Candidate, top - 1).score)
            continue;
        }
      if (overlap)
        candidate.shared = lian_bigrams_n_shared ((LianBigram *) self->bigrams->data,
                                                  self->bigrams->len,
                                                  service->bigrams, service->n_bigrams);
      candidate.score = score_of (base, candidate.shared, total);
      consider (best, top, &candidate);
    }
  if (top == 0)
    g_array_sort (best, compare_candidates_cb);

  for (guint i = 0; i < best->len; i++)
    g_ptr_array_add (matches, make_match (self, &probe, &g_array_index (best, Candidate, i)));
  probe_clear (&probe);
}

gboolean
lian_matching_can_serve (LianMatching  *self,
                         LianNeed      *need,
                         const char   **region)
{
  GPtrArray *candidates;
  const char *chain;
  Probe probe;

  probe_init (self, &probe, need);
  candidates = get_candidates (self, probe.category, probe.region);
  for (guint i = 0; candidates && i < candidates->len; i++)
    if (qualifies (self, g_ptr_array_index (candidates, i), &probe, &chain))
      return TRUE;
  *region = probe.region;
  return FALSE;
}
