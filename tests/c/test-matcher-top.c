/* test-matcher-top.c: the top k of LianMatcher, which scores only the
 * service items that can enter it, against every item scored
 *
 * lian_matcher_match_need() with 0 results scores every candidate; with
 * k, and lian_matcher_match_all() with k, skip those whose bound cannot
 * beat the k-th. Both must give the same k first items with the same
 * scores, on the sample and on a generated register with every kind of
 * scope, chain restriction, validity and text. lian_matcher_match_each()
 * hands over the same, need by need.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

static const char *counties[] = { "320214", "320281", "320282", "320583", "320585", "320115" };
static const char *cities[] = { "320200", "320500", "320100" };
static const char *words[] = {
  "贷款", "融资", "用地", "厂房", "技术", "攻关", "人才", "招聘", "税收", "上市",
  "loan", "Credit", "land",
};

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The needs' ids, open or not, in order. */
static GPtrArray *
need_ids (LianRegistry *registry)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GListModel) needs = lian_registry_select (registry, filter, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(LianRecord) need = g_list_model_get_item (needs, i);
      g_ptr_array_add (ids, g_strdup (lian_record_get_id (need)));
    }
  g_ptr_array_sort (ids, compare_ids);
  return ids;
}

/* Whether the first @k of @all are @top, item for item, in order. */
static gboolean
same_top (GListModel *top,
          GListModel *all,
          guint       k,
          const char *need_id)
{
  guint n = MIN (k, g_list_model_get_n_items (all));

  if (g_list_model_get_n_items (top) != n)
    {
      g_printerr ("%s: %u matches in the top %u, %u scored\n", need_id,
                  g_list_model_get_n_items (top), k, g_list_model_get_n_items (all));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianMatch) a = g_list_model_get_item (top, i);
      g_autoptr(LianMatch) b = g_list_model_get_item (all, i);

      if (g_strcmp0 (lian_match_get_service_id (a), lian_match_get_service_id (b)) != 0 ||
          lian_match_get_score (a) != lian_match_get_score (b) ||
          !g_strv_equal ((const char * const *) lian_match_get_reasons (a),
                         (const char * const *) lian_match_get_reasons (b)))
        {
          g_printerr ("%s #%u: %s %.9f, all scored: %s %.9f\n", need_id, i,
                      lian_match_get_service_id (a), lian_match_get_score (a),
                      lian_match_get_service_id (b), lian_match_get_score (b));
          return FALSE;
        }
    }
  return TRUE;
}

/* For every need, match_need with k against match_need with 0; for the
 * open ones, match_all with k against the same. Returns the number of
 * needs compared. */
static guint
compare_tops (LianRegistry *registry,
              const char   *as_of,
              guint         k)
{
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(GPtrArray) ids = need_ids (registry);
  g_autoptr(GListModel) every = NULL;
  guint at = 0, n_every, differ = 0;

  lian_matcher_set_as_of (matcher, as_of);
  every = lian_matcher_match_all (matcher, NULL, k);
  n_every = g_list_model_get_n_items (every);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = ids->pdata[i];
      g_autoptr(GListModel) all = lian_matcher_match_need (matcher, id, 0, NULL);
      g_autoptr(GListModel) top = lian_matcher_match_need (matcher, id, k, NULL);
      g_autoptr(GListStore) rows = g_list_store_new (LIAN_TYPE_MATCH);
      LianNeed *need = lian_registry_lookup_need (registry, id);

      CU_ASSERT_PTR_NOT_NULL_FATAL (all);
      differ += !same_top (top, all, k, id);
      if (!lian_need_is_open (need))
        continue;
      /* match_all orders by need id: this need's rows come next. */
      for (; at < n_every; at++)
        {
          g_autoptr(LianMatch) m = g_list_model_get_item (every, at);
          if (!g_str_equal (lian_match_get_need_id (m), id))
            break;
          g_list_store_append (rows, m);
        }
      differ += !same_top (G_LIST_MODEL (rows), all, k, id);
    }
  CU_ASSERT_EQUAL (at, n_every);
  CU_ASSERT_EQUAL (differ, 0);
  return ids->len;
}

static void
test_top_equals_all_scored_on_sample (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();

  for (guint k = 1; k <= 10; k += 2)
    {
      CU_ASSERT (compare_tops (registry, "2023-10-08", k) > 0);
      compare_tops (registry, "2026-01-15", k);
    }
}

static const char *
pick (GRand               *rand,
      const char * const  *list,
      guint                n)
{
  return list[g_rand_int_range (rand, 0, n)];
}

static char *
text (GRand *rand,
      guint  n_words)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i && g_rand_boolean (rand))
        g_string_append_c (out, ' ');
      g_string_append (out, pick (rand, words, G_N_ELEMENTS (words)));
    }
  return g_string_free (out, FALSE);
}

/* About 2,000 records: items scoped to counties, cities, the province or
 * nothing, some naming chains, some expired or not yet valid, texts of
 * shared and unshared words; needs with and without a chain. */
static LianRegistry *
generated_registry (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  LianRegistry *registry = lian_registry_new ();

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      LianChain *chain = lian_chain_new (id, id);
      lian_chain_set_region (chain, "320000");
      lian_chain_set_level (chain, LIAN_LEVEL_PROVINCE);
      g_ptr_array_add (records, chain);
    }
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%03u", i);
      const char *county = counties[i % G_N_ELEMENTS (counties)];
      g_autofree char *uscc = lian_test_uscc (county, i);
      LianEnterprise *ent = lian_enterprise_new (id, id, uscc, county);

      for (guint c = 0; c < (guint) g_rand_int_range (rand, 0, 3); c++)
        {
          g_autofree char *chain = g_strdup_printf ("chain-%u", g_rand_int_range (rand, 0, 6));
          lian_enterprise_add_chain_link (ent, chain, NULL, LIAN_CHAIN_ROLE_CORE);
        }
      g_ptr_array_add (records, ent);
    }
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *id = g_strdup_printf ("svc-%03u", g_rand_int_range (rand, 0, 1000) * 1000 + i);
      g_autofree char *name = text (rand, g_rand_int_range (rand, 0, 4));
      g_autofree char *description = text (rand, g_rand_int_range (rand, 0, 3));
      g_autofree char *keyword = text (rand, 1);
      const char *keywords[] = { keyword, NULL };
      LianServiceItem *svc = lian_service_item_new (id, name[0] ? name : "服务", g_rand_int_range (rand, 0, 5));
      guint scope = g_rand_int_range (rand, 0, 4);

      lian_service_item_set_categories (svc, 1u << g_rand_int_range (rand, 0, 3));
      lian_service_item_set_region (svc, scope == 0 ? pick (rand, counties, G_N_ELEMENTS (counties))
                                         : scope == 1 ? pick (rand, cities, G_N_ELEMENTS (cities))
                                         : scope == 2 ? "320000" : NULL);
      lian_service_item_set_description (svc, description);
      if (g_rand_boolean (rand))
        lian_service_item_set_keywords (svc, keywords);
      if (g_rand_int_range (rand, 0, 4) == 0)
        {
          g_autofree char *chain = g_strdup_printf ("chain-%u", g_rand_int_range (rand, 0, 6));
          const char *chains[] = { chain, "chain-5", NULL };
          lian_service_item_set_chain_ids (svc, chains);
        }
      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0:
          lian_service_item_set_valid_until (svc, "2023-06-30");
          break;
        case 1:
          lian_service_item_set_valid_from (svc, "2024-01-01");
          break;
        default:
          break;
        }
      g_ptr_array_add (records, svc);
    }
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("need-%04u", i);
      g_autofree char *ent = g_strdup_printf ("ent-%03u", g_rand_int_range (rand, 0, 600));
      g_autofree char *title = text (rand, g_rand_int_range (rand, 1, 4));
      g_autofree char *description = text (rand, g_rand_int_range (rand, 0, 3));
      LianNeed *need = lian_need_new (id, ent, g_rand_int_range (rand, 0, 3), title);

      lian_need_set_description (need, description);
      if (g_rand_boolean (rand))
        {
          g_autofree char *chain = g_strdup_printf ("chain-%u", g_rand_int_range (rand, 0, 6));
          lian_need_set_chain_id (need, chain);
        }
      lian_need_set_submitted (need, "2023-03-01");
      g_ptr_array_add (records, need);
    }
  if (!lian_registry_add_many (registry, records, &error))
    g_printerr ("generated register refused: %s\n", error->message);
  CU_ASSERT_PTR_NULL_FATAL (error);
  return registry;
}

static void
test_top_equals_all_scored_on_generated_register (void)
{
  g_autoptr(LianRegistry) registry = generated_registry (2023);

  CU_ASSERT_EQUAL (compare_tops (registry, "2023-10-08", 3), 1000);
  compare_tops (registry, "2023-05-01", 1);
  compare_tops (registry, "2024-02-01", 10);
}

/* match_all reads where each need's enterprise lies from the registry's
 * index of needs by region: after enterprises move to other counties and
 * needs to other enterprises, its top must still be every item scored. */
static void
test_top_follows_moved_enterprises (void)
{
  g_autoptr(LianRegistry) registry = generated_registry (11);
  g_autoptr(GPtrArray) ids = need_ids (registry);
  guint moved = 0;

  for (guint i = 0; i < ids->len; i += 7)
    {
      LianNeed *need = lian_registry_lookup_need (registry, ids->pdata[i]);
      LianEnterprise *firm = lian_registry_lookup_enterprise (registry,
                                                              lian_need_get_enterprise_id (need));
      const char *county = counties[(i / 7) % G_N_ELEMENTS (counties)];

      CU_ASSERT_PTR_NOT_NULL_FATAL (firm);
      if (g_strcmp0 (lian_enterprise_get_region (firm), county) == 0)
        continue;
      lian_enterprise_set_region (firm, county);
      CU_ASSERT_STRING_EQUAL (lian_enterprise_get_region (firm), county);
      moved++;
    }
  for (guint i = 3; i + 1 < ids->len; i += 11)
    {
      LianNeed *need = lian_registry_lookup_need (registry, ids->pdata[i]);
      LianNeed *other = lian_registry_lookup_need (registry, ids->pdata[i + 1]);
      const char *firm = lian_need_get_enterprise_id (other);

      lian_need_set_enterprise_id (need, firm);
      CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), firm);
    }
  CU_ASSERT (moved > 10);
  compare_tops (registry, "2023-10-08", 3);
  compare_tops (registry, "2023-10-08", 1);
}

typedef struct
{
  GListModel *every;
  guint       at;
  guint       calls;
  guint       stop_after;
  gboolean    same;
} EachCheck;

static gboolean
check_each_cb (LianNeed   *need,
               GListModel *matches,
               gpointer    user_data)
{
  EachCheck *check = user_data;

  check->same = check->same && g_list_model_get_n_items (matches) > 0;
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++, check->at++)
    {
      g_autoptr(LianMatch) a = g_list_model_get_item (matches, i);
      g_autoptr(LianMatch) b = g_list_model_get_item (check->every, check->at);

      check->same = check->same && b &&
                    g_str_equal (lian_match_get_need_id (a), lian_record_get_id (LIAN_RECORD (need))) &&
                    g_str_equal (lian_match_get_need_id (a), lian_match_get_need_id (b)) &&
                    g_str_equal (lian_match_get_service_id (a), lian_match_get_service_id (b)) &&
                    lian_match_get_score (a) == lian_match_get_score (b);
    }
  return ++check->calls != check->stop_after;
}

static void
test_match_each_gives_match_all_need_by_need (void)
{
  g_autoptr(LianRegistry) registry = generated_registry (7);
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(GListModel) every = NULL;
  EachCheck check = { NULL, 0, 0, 0, TRUE };

  lian_matcher_set_as_of (matcher, "2023-10-08");
  every = lian_matcher_match_all (matcher, NULL, 3);
  check.every = every;
  lian_matcher_match_each (matcher, NULL, 3, check_each_cb, &check);
  CU_ASSERT_TRUE (check.same);
  CU_ASSERT_EQUAL (check.at, g_list_model_get_n_items (every));
  CU_ASSERT (check.calls > 100);

  check = (EachCheck) { every, 0, 0, 5, TRUE };
  lian_matcher_match_each (matcher, NULL, 3, check_each_cb, &check);
  CU_ASSERT_TRUE (check.same);
  CU_ASSERT_EQUAL (check.calls, 5);
}

int
main (void)
{
  const LianTest tests[] = {
    { "/lian/matcher/top-equals-all-scored-on-sample", test_top_equals_all_scored_on_sample },
    { "/lian/matcher/top-equals-all-scored-on-generated-register", test_top_equals_all_scored_on_generated_register },
    { "/lian/matcher/top-follows-moved-enterprises", test_top_follows_moved_enterprises },
    { "/lian/matcher/match-each-gives-match-all-need-by-need", test_match_each_gives_match_all_need_by_need },
    { NULL, NULL },
  };

  return lian_test_run ("matcher-top", tests);
}
