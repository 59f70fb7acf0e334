/* test-summary-rollup.c: summaries by region and by chain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

static void
test_rollup_regions (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, NULL, "320000", LIAN_LEVEL_CITY, NULL);
  g_autoptr(GListModel) counties = lian_summary_rollup_regions (r, NULL, "320200", LIAN_LEVEL_COUNTY, NULL);
  g_autoptr(GListModel) none = lian_summary_rollup_regions (r, NULL, "320214", LIAN_LEVEL_COUNTY, NULL);
  g_autoptr(LianSummary) wuxi = NULL, suzhou = NULL, xinwu = NULL, jiangyin = NULL;

  CU_ASSERT_EQUAL (g_list_model_get_item_type (cities), LIAN_TYPE_SUMMARY);
  /* Cities with records, by code: 320200 and 320500 (e4, n4, o4). */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (cities), 2);
  wuxi = g_list_model_get_item (cities, 0);
  suzhou = g_list_model_get_item (cities, 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (wuxi), "320200");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (wuxi), "无锡市");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (suzhou), "320500");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (suzhou), "苏州市");
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (suzhou), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (suzhou), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (suzhou), 1);
  {
    g_autoptr(LianFilter) scope = lian_test_scope ("320200", NULL);
    g_autoptr(LianSummary) direct = lian_summary_new (r, scope, NULL);
    lian_test_assert_same_figures (wuxi, direct);
  }

  /* Wuxi's counties with records: 320214 (c3, e1, e2, o1, s3, n1 n2 n5
   * n6, p1, a1), 320281 (e3, n3). What lies at 320200 itself (c2, o2, s2,
   * a2) is in neither. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (counties), 2);
  xinwu = g_list_model_get_item (counties, 0);
  jiangyin = g_list_model_get_item (counties, 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (xinwu), "320214");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (xinwu), "新吴区");
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (xinwu), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (xinwu), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (xinwu), 4);
  /* o1, and o2 (at the city, but its member e1 lies here). */
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (xinwu), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (xinwu), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_projects (xinwu), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_activities (xinwu), 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (jiangyin), "320281");
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (jiangyin), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (jiangyin), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (jiangyin), 0);

  /* A county has nothing below it. */
  CU_ASSERT_EQUAL (g_list_model_get_n_items (none), 0);
}

static void
test_rollup_regions_with_scope_and_as_of (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianFilter) c1 = lian_test_scope (NULL, "c1");
  g_autoptr(LianFilter) suzhou = lian_test_scope ("320500", NULL);
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, c1, "320000", LIAN_LEVEL_CITY, "2023-04-15");
  g_autoptr(GListModel) outside = lian_summary_rollup_regions (r, suzhou, "320200", LIAN_LEVEL_COUNTY, NULL);
  g_autoptr(GListModel) within = lian_summary_rollup_regions (r, suzhou, "320000", LIAN_LEVEL_CITY, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LianSummary) city = g_list_model_get_item (cities, i);
      g_autoptr(LianFilter) scope = lian_test_scope (lian_summary_get_key (city), "c1");
      g_autoptr(LianSummary) direct = lian_summary_new (r, scope, "2023-04-15");

      lian_test_assert_same_figures (city, direct);
      CU_ASSERT_STRING_EQUAL (lian_summary_get_as_of (city), "2023-04-15");
    }
  /* The scope's region and the one rolled up do not overlap: nothing. */
  CU_ASSERT_EQUAL (g_list_model_get_n_items (outside), 0);
  /* The scope's region is one of the cities: only it. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (within), 1);
  {
    g_autoptr(LianSummary) only = g_list_model_get_item (within, 0);
    CU_ASSERT_STRING_EQUAL (lian_summary_get_key (only), "320500");
  }
}

static void
test_rollup_chains (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(GListModel) chains = lian_summary_rollup_chains (r, NULL, NULL);
  g_autoptr(LianFilter) wuxi = lian_test_scope ("320281", NULL);
  g_autoptr(GListModel) jiangyin = lian_summary_rollup_chains (r, wuxi, NULL);
  g_autoptr(LianSummary) c1 = NULL, c3 = NULL;

  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (chains), 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LianSummary) group = g_list_model_get_item (chains, i);
      g_autoptr(LianFilter) scope = lian_test_scope (NULL, lian_summary_get_key (group));
      g_autoptr(LianSummary) direct = lian_summary_new (r, scope, NULL);

      lian_test_assert_same_figures (group, direct);
    }
  /* c1: e1 e2 e4; o1 o2 o3; s1 s3; n1 n4 n5 n6; p1; a1 a2. e2 is also in
   * c2's. c3 has only itself and s1 (for every chain). */
  c1 = g_list_model_get_item (chains, 0);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (c1), "c1");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (c1), "c1");
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (c1), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_organizations (c1), 3);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (c1), 2);
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (c1), 4);
  c3 = g_list_model_get_item (chains, 2);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (c3), "c3");
  CU_ASSERT_EQUAL (lian_summary_get_n_chains (c3), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_services (c3), 1);
  CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (c3), 0);

  /* In 320281 lie e3 and n3 (on c2), o3 (serving c1 and c2, its member
   * e3 lies here) and p2 (for n3, on c2): c1 and c2 are listed. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (jiangyin), 2);
  {
    g_autoptr(LianSummary) c1_there = g_list_model_get_item (jiangyin, 0);
    g_autoptr(LianSummary) c2 = g_list_model_get_item (jiangyin, 1);
    CU_ASSERT_STRING_EQUAL (lian_summary_get_key (c1_there), "c1");
    CU_ASSERT_EQUAL (lian_summary_get_n_organizations (c1_there), 1);
    CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (c1_there), 0);
    CU_ASSERT_STRING_EQUAL (lian_summary_get_key (c2), "c2");
    CU_ASSERT_STRING_EQUAL (lian_summary_get_scope_label (c2), "江阴市, c2");
    CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (c2), 1);
    CU_ASSERT_EQUAL (lian_summary_get_n_needs (c2), 1);
    CU_ASSERT_EQUAL (lian_summary_get_n_organizations (c2), 1);
    CU_ASSERT_EQUAL (lian_summary_get_n_projects (c2), 1);
  }
}

/* Generated data, for what must hold on any data */

/* Adds the integer figures of @node (by path) into @sums; the number of
 * distinct clusters does not add up and is left out. */
static void
add_counts (GHashTable *sums,
            const char *prefix,
            JsonNode   *node)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &member))
    {
      g_autofree char *path = g_strconcat (prefix, name, NULL);

      if (JSON_NODE_HOLDS_OBJECT (member))
        {
          g_autofree char *deeper = g_strconcat (path, ".", NULL);
          add_counts (sums, deeper, member);
        }
      else if (JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_INT64 &&
               strcmp (path, "chains.clusters") != 0)
        {
          gint64 *sum = g_hash_table_lookup (sums, path);
          if (sum == NULL)
            {
              sum = g_new0 (gint64, 1);
              g_hash_table_insert (sums, g_strdup (path), sum);
            }
          *sum += json_node_get_int (member);
        }
    }
}

static GHashTable *
counts_of (LianSummary *summary)
{
  GHashTable *sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonNode) node = lian_summary_to_json (summary);

  add_counts (sums, "", node);
  return sums;
}
/* A province straight to its counties is, region for region, what its
 * cities' roll-ups give. */
static void
assert_same_as_city_by_city (LianRegistry *r,
                             LianFilter   *scope,
                             const char   *as_of)
{
  g_autoptr(GListModel) counties = lian_summary_rollup_regions (r, scope, "320000",
                                                                   LIAN_LEVEL_COUNTY, as_of);
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, scope, "320000", LIAN_LEVEL_CITY, as_of);
  guint k = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LianSummary) city = g_list_model_get_item (cities, i);
      g_autoptr(GListModel) own = lian_summary_rollup_regions (r, scope, lian_summary_get_key (city),
                                                               LIAN_LEVEL_COUNTY, as_of);

      for (guint j = 0; j < g_list_model_get_n_items (own); j++, k++)
        {
          g_autoptr(LianSummary) expected = g_list_model_get_item (own, j);
          g_autoptr(LianSummary) got = g_list_model_get_item (counties, k);

          CU_ASSERT_FATAL (got != NULL);
          CU_ASSERT_STRING_EQUAL (lian_summary_get_key (got), lian_summary_get_key (expected));
          CU_ASSERT_STRING_EQUAL (lian_summary_get_label (got), lian_summary_get_label (expected));
          lian_test_assert_same_figures (got, expected);
        }
    }
  CU_ASSERT_EQUAL (g_list_model_get_n_items (counties), k);
}

static void
test_rollup_regions_at_level (void)
{
  g_autoptr(LianRegistry) r = lian_test_small_registry ();
  g_autoptr(LianFilter) c1 = lian_test_scope (NULL, "c1");
  g_autoptr(GListModel) counties = lian_summary_rollup_regions (r, NULL, "320000",
                                                                   LIAN_LEVEL_COUNTY, NULL);
  g_autoptr(GListModel) cities = lian_summary_rollup_regions (r, NULL, "320000",
                                                                 LIAN_LEVEL_CITY, NULL);
  g_autoptr(GListModel) by_city = lian_summary_rollup_regions (r, NULL, "320000", LIAN_LEVEL_CITY, NULL);
  g_autoptr(LianSummary) xinwu = NULL;

  /* 320214 and 320281 in Wuxi, and Suzhou's county; what lies at a city
   * itself is in none. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (counties), 3);
  xinwu = g_list_model_get_item (counties, 0);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (xinwu), "320214");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_label (xinwu), "新吴区");
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (xinwu), 4);
  assert_same_as_city_by_city (r, NULL, NULL);
  assert_same_as_city_by_city (r, c1, "2023-04-15");

  /* By cities, it is the roll-up one level down. */
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (cities), g_list_model_get_n_items (by_city));
  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LianSummary) a = g_list_model_get_item (cities, i);
      g_autoptr(LianSummary) b = g_list_model_get_item (by_city, i);
      CU_ASSERT_STRING_EQUAL (lian_summary_get_key (a), lian_summary_get_key (b));
      lian_test_assert_same_figures (a, b);
    }
}

static void
test_rollup_regions_at_governed_county (void)
{
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) cities = NULL, counties = NULL;
  g_autoptr(LianSummary) first = NULL, second = NULL;

  /* 429004 lies in Hubei with no city between: a city of its own in a
   * roll-up by cities, a county in a roll-up by counties. */
  g_ptr_array_add (records, lian_enterprise_new ("e1", "仙桃企业", "91320214745555318W", "429004"));
  g_ptr_array_add (records, lian_enterprise_new ("e2", "武汉企业", "91320214745555318W", "420102"));
  g_ptr_array_add (records, lian_need_new ("n1", "e1", LIAN_NEED_CATEGORY_FINANCING, "贷款"));
  CU_ASSERT_TRUE_FATAL (lian_registry_add_many (r, records, &error));

  cities = lian_summary_rollup_regions (r, NULL, "420000", LIAN_LEVEL_CITY, NULL);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (cities), 2);
  first = g_list_model_get_item (cities, 0);
  second = g_list_model_get_item (cities, 1);
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (first), "420100");
  CU_ASSERT_STRING_EQUAL (lian_summary_get_key (second), "429004");
  CU_ASSERT_EQUAL (lian_summary_get_n_needs (second), 1);

  counties = lian_summary_rollup_regions (r, NULL, "420000", LIAN_LEVEL_COUNTY, NULL);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (counties), 2);
}

static void
test_generated_rollup_to_counties (void)
{
  g_autoptr(LianRegistry) r = lian_test_generate (5, 400, 2500);
  g_autoptr(LianFilter) gc1 = lian_test_scope (NULL, "gc1");

  assert_same_as_city_by_city (r, NULL, NULL);
  assert_same_as_city_by_city (r, NULL, "2023-06-30");
  assert_same_as_city_by_city (r, gc1, NULL);
}

/* Whether the figure at @path counts records that can lie in several
 * regions (chains by their leaders, organisations by their members,
 * projects by their needs): those count in each region they lie in, so
 * their parts add up to more than the whole. */
static gboolean
counts_in_several (const char *path)
{
  return g_str_has_prefix (path, "chains.") || g_str_has_prefix (path, "organizations.") ||
         g_str_has_prefix (path, "projects.");
}

/* Checks that @parent's counts are the sums of its roll-up's (but for the
 * records that can lie in several regions), and that each region of the
 * roll-up is the summary of its own scope. Returns how many regions there
 * were. */
static guint
check_rollup (LianRegistry *r,
              const char   *parent,
              const char   *chain_id,
              const char   *as_of)
{
  g_autoptr(LianFilter) scope = lian_test_scope (NULL, chain_id);
  g_autoptr(LianFilter) at_parent = lian_test_scope (parent, chain_id);
  g_autoptr(LianSummary) whole = lian_summary_new (r, at_parent, as_of);
  LianLevel below = MIN (lian_adcode_get_level (parent) + 1, LIAN_LEVEL_COUNTY);
  g_autoptr(GListModel) parts = lian_summary_rollup_regions (r, chain_id ? scope : NULL, parent, below,
                                                             as_of);
  g_autoptr(GHashTable) expected = counts_of (whole);
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer path, value;
  guint failures = 0;

  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(LianSummary) part = g_list_model_get_item (parts, i);
      g_autoptr(LianFilter) own = lian_test_scope (lian_summary_get_key (part), chain_id);
      g_autoptr(LianSummary) direct = lian_summary_new (r, own, as_of);
      g_autoptr(JsonNode) node = lian_summary_to_json (part);

      lian_test_assert_same_figures (part, direct);
      add_counts (sums, "", node);
    }
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &path, &value))
    {
      gint64 *sum = g_hash_table_lookup (sums, path);
      gint64 got = sum ? *sum : 0;
      if (counts_in_several (path))
        continue;
      if (got != *(gint64 *) value)
        {
          g_printerr ("%s %s %s: %s is %" G_GINT64_FORMAT ", its parts add up to %" G_GINT64_FORMAT "\n",
                      parent, chain_id ? chain_id : "-", as_of ? as_of : "-", (char *) path,
                      *(gint64 *) value, got);
          failures++;
        }
    }
  CU_ASSERT_EQUAL (failures, 0);
  return g_list_model_get_n_items (parts);
}

static void
test_generated_rollups_add_up (void)
{
  const char *as_of[] = { NULL, "2023-06-30" };
  const char *chains[] = { NULL, "gc1" };

  for (guint32 seed = 1; seed <= 3; seed++)
    {
      g_autoptr(LianRegistry) r = lian_test_generate (seed, 400, 2500);
      g_autoptr(LianSummary) all = lian_summary_new (r, NULL, NULL);

      CU_ASSERT_EQUAL (lian_summary_get_n_needs (all), 2500);
      for (guint a = 0; a < G_N_ELEMENTS (as_of); a++)
        for (guint c = 0; c < G_N_ELEMENTS (chains); c++)
          {
            /* The province by its cities, each city by its counties. */
            CU_ASSERT_EQUAL (check_rollup (r, "320000", chains[c], as_of[a]), 2);
            for (guint i = 0; i < G_N_ELEMENTS (lian_test_cities); i++)
              CU_ASSERT_EQUAL (check_rollup (r, lian_test_cities[i], chains[c], as_of[a]), 6);
          }
    }
}

static void
test_generated_chain_rollup_matches_scopes (void)
{
  g_autoptr(LianRegistry) r = lian_test_generate (7, 300, 1500);
  g_autoptr(LianFilter) city = lian_test_scope ("320500", NULL);
  LianFilter *scopes[] = { NULL, city };

  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    {
      g_autoptr(GListModel) chains = lian_summary_rollup_chains (r, scopes[i], "2023-09-01");

      CU_ASSERT_TRUE (g_list_model_get_n_items (chains) > 0);
      for (guint j = 0; j < g_list_model_get_n_items (chains); j++)
        {
          g_autoptr(LianSummary) group = g_list_model_get_item (chains, j);
          g_autoptr(LianFilter) own = lian_test_scope (scopes[i] ? "320500" : NULL,
                                                       lian_summary_get_key (group));
          g_autoptr(LianSummary) direct = lian_summary_new (r, own, "2023-09-01");

          lian_test_assert_same_figures (group, direct);
        }
    }
}

/* The roll-ups with no date and no test (read from what the registry sums
 * per region) are those that visit every record (a date after every
 * record's), and those of the same records loaded afresh. */
static void
assert_sums_kept (LianRegistry *r)
{
  g_autoptr(LianRegistry) fresh = lian_registry_new ();
  g_autofree char *document = lian_registry_save_to_data (r, NULL);
  g_autoptr(GError) error = NULL;
  const struct { const char *region; LianLevel level; } rollups[] = {
    { "320000", LIAN_LEVEL_COUNTY }, { "320000", LIAN_LEVEL_CITY }, { "320500", LIAN_LEVEL_COUNTY },
  };

  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (fresh, document, -1, &error));
  for (guint i = 0; i < G_N_ELEMENTS (rollups); i++)
    {
      g_autoptr(LianFilter) scope = lian_test_scope (rollups[i].region, NULL);
      g_autoptr(LianSummary) kept = lian_summary_new (r, scope, NULL);
      g_autoptr(LianSummary) visited = lian_summary_new (r, scope, "2999-12-31");

      lian_test_assert_same_figures (kept, visited);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rollups); i++)
    {
      g_autoptr(GListModel) kept = lian_summary_rollup_regions (r, NULL, rollups[i].region,
                                                                rollups[i].level, NULL);
      g_autoptr(GListModel) visited = lian_summary_rollup_regions (r, NULL, rollups[i].region,
                                                                   rollups[i].level, "2999-12-31");
      g_autoptr(GListModel) loaded = lian_summary_rollup_regions (fresh, NULL, rollups[i].region,
                                                                  rollups[i].level, NULL);

      CU_ASSERT_TRUE (g_list_model_get_n_items (kept) > 0);
      CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (kept), g_list_model_get_n_items (visited));
      CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (kept), g_list_model_get_n_items (loaded));
      for (guint j = 0; j < g_list_model_get_n_items (kept); j++)
        {
          g_autoptr(LianSummary) a = g_list_model_get_item (kept, j);
          g_autoptr(LianSummary) b = g_list_model_get_item (visited, j);
          g_autoptr(LianSummary) c = g_list_model_get_item (loaded, j);

          CU_ASSERT_STRING_EQUAL (lian_summary_get_key (a), lian_summary_get_key (b));
          lian_test_assert_same_figures (a, b);
          lian_test_assert_same_figures (a, c);
        }
    }
}

static LianEnterprise *
firm_at (LianRegistry *r,
         guint         i)
{
  g_autofree char *id = g_strdup_printf ("gf%u", i);

  return lian_registry_lookup_enterprise (r, id);
}

static LianNeed *
need_at (LianRegistry *r,
         guint         i)
{
  g_autofree char *id = g_strdup_printf ("gn%u", i);

  return lian_registry_lookup_need (r, id);
}

static LianPartyOrg *
org_at (LianRegistry *r,
        guint         i)
{
  g_autofree char *id = g_strdup_printf ("go%u", i);

  return lian_registry_lookup_organization (r, id);
}

/* An organisation whose members lie in seven counties counts once in
 * each, and covers its member there; so does one whose members lie in
 * one county, two of them. */
static void
test_rollup_organisation_in_many_counties (void)
{
  static const char *counties[] = { "320102", "320104", "320105", "320106", "320111",
                                    "320113", "320205" };
  g_autoptr(LianRegistry) r = lian_registry_new ();
  g_autoptr(GString) members = g_string_new (NULL);
  g_autoptr(GListModel) parts = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (counties); i++)
    {
      g_autofree char *id = g_strdup_printf ("f%u", i);
      g_autoptr(LianEnterprise) firm = lian_test_firm (id, counties[i], NULL, NULL);

      CU_ASSERT_TRUE_FATAL (lian_registry_add (r, LIAN_RECORD (firm), &error));
      g_string_append_printf (members, "%s%s", i ? " " : "", id);
    }
  {
    g_autoptr(LianEnterprise) firm = lian_test_firm ("g", counties[0], NULL, NULL);
    g_autoptr(LianPartyOrg) wide = lian_test_org ("wide", LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_CITY, "320100",
                                                  NULL, members->str, NULL);
    g_autoptr(LianPartyOrg) near = lian_test_org ("near", LIAN_ORG_KIND_ALLIANCE, LIAN_LEVEL_CITY, "320100",
                                                  NULL, "f0 g", NULL);

    CU_ASSERT_TRUE_FATAL (lian_registry_add (r, LIAN_RECORD (firm), &error));
    CU_ASSERT_TRUE_FATAL (lian_registry_add (r, LIAN_RECORD (wide), &error));
    CU_ASSERT_TRUE_FATAL (lian_registry_add (r, LIAN_RECORD (near), &error));
  }
  parts = lian_summary_rollup_regions (r, NULL, "320000", LIAN_LEVEL_COUNTY, NULL);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (parts), G_N_ELEMENTS (counties));
  for (guint i = 0; i < G_N_ELEMENTS (counties); i++)
    {
      g_autoptr(LianSummary) part = g_list_model_get_item (parts, i);

      CU_ASSERT_STRING_EQUAL (lian_summary_get_key (part), counties[i]);
      CU_ASSERT_EQUAL (lian_summary_get_n_organizations (part), i == 0 ? 2 : 1);
      CU_ASSERT_EQUAL (lian_summary_get_n_enterprises (part), i == 0 ? 2 : 1);
      CU_ASSERT_EQUAL (lian_summary_get_n_organization_covered (part), 1);
      CU_ASSERT_EQUAL (lian_summary_get_n_work_covered (part), i == 0 ? 2 : 1);
    }
}

static void
test_rollup_regions_follow_changes (void)
{
  g_autoptr(LianRegistry) r = lian_test_generate (11, 300, 1500);

  /* Enterprises with their own organisation, members of others or not. */
  for (guint i = 0; i < 300; i += 3)
    lian_enterprise_set_party_members (firm_at (r, i), i % 2 ? 3 : 2);
  assert_sums_kept (r);

  /* Needs moved, recategorised, flagged, given to an enterprise elsewhere,
   * removed. */
  for (guint i = 0; i < 1500; i += 37)
    {
      LianNeed *need = need_at (r, i);
      LianNeedStatus status = lian_need_get_status (need);

      if (status == LIAN_NEED_STATUS_SUBMITTED || status == LIAN_NEED_STATUS_ACCEPTED)
        {
          LianNeedStatus to = status == LIAN_NEED_STATUS_SUBMITTED ? LIAN_NEED_STATUS_ACCEPTED
                                                                   : LIAN_NEED_STATUS_RESOLVED;
          CU_ASSERT_TRUE (lian_registry_move_need (r, lian_record_get_id (LIAN_RECORD (need)), to,
                                                   NULL, NULL, NULL, NULL));
        }
      lian_need_set_category (need, (lian_need_get_category (need) + 1) % 13);
      lian_need_set_bottleneck (need, !lian_need_get_bottleneck (need));
      lian_need_set_enterprise_id (need, lian_record_get_id (LIAN_RECORD (firm_at (r, i % 300))));
    }
  for (guint i = 5; i < 1500; i += 101)
    CU_ASSERT_TRUE (lian_registry_remove (r, lian_record_get_id (LIAN_RECORD (need_at (r, i))),
                                          TRUE, NULL, NULL));
  assert_sums_kept (r);

  /* Enterprises moved to another county, their party members changed. */
  for (guint i = 1; i < 300; i += 7)
    {
      lian_enterprise_set_region (firm_at (r, i), lian_enterprise_get_region (firm_at (r, i + 1)));
      lian_enterprise_set_party_members (firm_at (r, i), i % 3 ? 4 : 0);
    }
  assert_sums_kept (r);

  /* Organisations' members and kinds changed, one organisation and one
   * enterprise removed with what refers to them. */
  for (guint i = 0; i < 30; i += 2)
    {
      LianPartyOrg *org = org_at (r, i);
      const char * const *members = lian_party_org_get_member_ids (org);

      if (members[0] && i % 4 == 0)
        lian_party_org_remove_member (org, members[0]);
      lian_party_org_add_member (org, lian_record_get_id (LIAN_RECORD (firm_at (r, i * 9))));
      lian_party_org_set_kind (org, i % 3 ? LIAN_ORG_KIND_ENTERPRISE : LIAN_ORG_KIND_ALLIANCE);
    }
  CU_ASSERT_TRUE (lian_registry_remove (r, "go1", TRUE, NULL, NULL));
  CU_ASSERT_TRUE (lian_registry_remove (r, "gf18", TRUE, NULL, NULL));
  assert_sums_kept (r);

  /* A batch undone leaves the sums as they were. */
  lian_registry_begin_batch (r);
  lian_enterprise_set_region (firm_at (r, 2), lian_enterprise_get_region (firm_at (r, 200)));
  lian_need_set_category (need_at (r, 3), (lian_need_get_category (need_at (r, 3)) + 5) % 13);
  lian_party_org_add_member (org_at (r, 3), "gf9");
  lian_registry_abort_batch (r);
  assert_sums_kept (r);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/summary/rollup-regions", test_rollup_regions },
    { "/lian/summary/rollup-regions-with-scope-and-as-of", test_rollup_regions_with_scope_and_as_of },
    { "/lian/summary/rollup-regions-at-level", test_rollup_regions_at_level },
    { "/lian/summary/rollup-regions-at-governed-county", test_rollup_regions_at_governed_county },
    { "/lian/summary/generated-rollup-to-counties", test_generated_rollup_to_counties },
    { "/lian/summary/rollup-chains", test_rollup_chains },
    { "/lian/summary/generated-rollups-add-up", test_generated_rollups_add_up },
    { "/lian/summary/generated-chain-rollup-matches-scopes", test_generated_chain_rollup_matches_scopes },
    { "/lian/summary/rollup-regions-follow-changes", test_rollup_regions_follow_changes },
    { "/lian/summary/rollup-organisation-in-many-counties", test_rollup_organisation_in_many_counties },
    { NULL, NULL },
  };
  return lian_test_run ("summary-rollup", tests);
}
