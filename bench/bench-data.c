/* bench-data.c: synthetic registries for benchmarks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "bench-data.h"

static const char *cities[] = {
  "320100", "320200", "320300", "320400", "320500", "320600", "320700",
  "320800", "320900", "321000", "321100", "321200", "321300",
};

static const char *segments[] = { "原材料", "零部件", "整机制造", "应用服务" };

static const char *words[] = {
  "贷款", "融资", "用地", "厂房", "技术", "攻关", "人才", "招聘", "税收", "上市",
  "环保", "安全", "物流", "订单", "产能", "招商", "政策", "补贴", "研发", "设备",
};

static void
county_of (GRand *rand,
           char   out[7])
{
  const char *city = cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (cities))];

  /* A county the region table knows: CSV imports refuse the others. */
  do
    g_snprintf (out, 7, "%.4s%02d", city, g_rand_int_range (rand, 1, 13));
  while (lian_adcode_get_name (out) == NULL);
}

static char *
title (GRand *rand)
{
  return g_strconcat (words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                      words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                      "需求", NULL);
}

LianRegistry *
bench_make_registry (const BenchShape *shape)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (shape->seed);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  LianRegistry *registry = lian_registry_new ();
  guint n_chains = MAX (shape->n_chains, 1);
  guint n_orgs = MAX (shape->n_organizations, 1);
  g_autofree guint *chain_of = g_new0 (guint, shape->n_enterprises + 1);

  for (guint i = 0; i < n_chains; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      g_autofree char *name = g_strdup_printf ("产业链%u", i);
      LianChain *chain = lian_chain_new (id, name);
      lian_chain_set_region (chain, i % 3 ? cities[i % G_N_ELEMENTS (cities)] : "320000");
      lian_chain_set_level (chain, i % 3 ? LIAN_LEVEL_CITY : LIAN_LEVEL_PROVINCE);
      lian_chain_set_tier (chain, i % 4);
      lian_chain_set_segments (chain, segments);
      g_ptr_array_add (records, chain);
    }
  for (guint i = 0; i < shape->n_enterprises; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%u", i);
      g_autofree char *name = g_strdup_printf ("江苏测试%u有限公司", i);
      g_autofree char *chain = NULL;
      g_autofree char *uscc = NULL;
      char region[7];
      LianEnterprise *ent;

      chain_of[i] = g_rand_int_range (rand, 0, n_chains);
      chain = g_strdup_printf ("chain-%u", chain_of[i]);
      county_of (rand, region);
      uscc = bench_uscc (region, i);
      ent = lian_enterprise_new (id, name, uscc, region);
      lian_enterprise_set_employees (ent, g_rand_int_range (rand, 5, 5000));
      lian_enterprise_set_tags (ent, g_rand_int_range (rand, 0, 256));
      lian_enterprise_add_chain_link (ent, chain, segments[g_rand_int_range (rand, 0, 4)],
                                      g_rand_int_range (rand, 0, 4));
      g_ptr_array_add (records, ent);
    }
  for (guint i = 0; i < n_orgs; i++)
    {
      g_autofree char *id = g_strdup_printf ("org-%u", i);
      g_autofree char *name = g_strdup_printf ("党组织%u", i);
      g_autofree char *chain = g_strdup_printf ("chain-%u", i % n_chains);
      LianPartyOrg *org = lian_party_org_new (id, name, g_rand_int_range (rand, 0, 8));
      char region[7];

      county_of (rand, region);
      lian_party_org_set_region (org, region);
      lian_party_org_set_level (org, LIAN_LEVEL_COUNTY);
      lian_party_org_add_chain (org, chain);
      for (guint m = 0; m < 5 && shape->n_enterprises; m++)
        {
          g_autofree char *member = g_strdup_printf ("ent-%u", g_rand_int_range (rand, 0, shape->n_enterprises));
          lian_party_org_add_member (org, member);
        }
      lian_party_org_set_founded (org, g_rand_boolean (rand) ? "2022-06-01" : "2023-03-15");
      g_ptr_array_add (records, org);
    }
  for (guint i = 0; i < shape->n_services; i++)
    {
      g_autofree char *id = g_strdup_printf ("svc-%u", i);
      g_autofree char *name = title (rand);
      LianServiceItem *svc = lian_service_item_new (id, name, g_rand_int_range (rand, 0, 5));
      const char *words2[] = { words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))], NULL };

      lian_service_item_set_categories (svc, 1u << g_rand_int_range (rand, 0, 13));
      lian_service_item_set_region (svc, i % 5 ? cities[i % G_N_ELEMENTS (cities)] : "320000");
      lian_service_item_set_valid_from (svc, "2022-01-01");
      lian_service_item_set_keywords (svc, words2);
      g_ptr_array_add (records, svc);
    }
  for (guint i = 0; i < shape->n_needs && shape->n_enterprises; i++)
    {
      g_autofree char *id = g_strdup_printf ("need-%u", i);
      guint owner = g_rand_int_range (rand, 0, shape->n_enterprises);
      g_autofree char *ent = g_strdup_printf ("ent-%u", owner);
      g_autofree char *chain = g_strdup_printf ("chain-%u", chain_of[owner]);
      g_autofree char *name = title (rand);
      LianNeedStatus status = g_rand_int_range (rand, 0, 5);
      LianNeed *need = g_object_new (LIAN_TYPE_NEED, "id", id, "enterprise-id", ent,
                                     "chain-id", chain,
                                     "title", name, "status", status,
                                     "category", g_rand_int_range (rand, 0, 13), NULL);
      char submitted[11];

      g_snprintf (submitted, sizeof submitted, "2023-%02d-%02d",
                  g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      lian_need_set_submitted (need, submitted);
      if (status == LIAN_NEED_STATUS_RESOLVED)
        {
          char resolved[11];
          g_snprintf (resolved, sizeof resolved, "2024-%02d-%02d",
                      g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
          lian_need_set_resolved (need, resolved);
        }
      g_ptr_array_add (records, need);
    }

  if (!lian_registry_add_many (registry, records, &error))
    g_error ("bench data does not load: %s", error->message);
  return registry;
}

char *
bench_uscc (const char *region,
            guint       n)
{
  g_autofree char *base = g_strdup_printf ("91%s%09u", region, n);

  return lian_uscc_complete (base, NULL);
}

double
bench_now (void)
{
  return g_get_monotonic_time () / 1e6;
}

gsize
bench_peak_rss (void)
{
  g_autofree char *status = NULL;
  const char *line;
  gsize kb = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  if (line)
    sscanf (line, "VmHWM: %" G_GSIZE_FORMAT, &kb);
  return kb * 1024;
}
