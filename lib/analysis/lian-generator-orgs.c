/* lian-generator-orgs.c: the organisations of a synthetic registry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The published ones (alliances, chain committees, Zhenjiang's joint
 * committees and branches, Zhangjiagang's action branches, Tongzhou's
 * party schools) spread over the cities as their economies; and what
 * covers most chain enterprises through membership, as a province that
 * publishes its coverage has: a party committee in each chain leader, and
 * joint committees of each chain in each city.
 */
#include "config.h"

#include <string.h>

#include "lian-generator-private.h"
#include "lian-region-code.h"

/* The share, in percent, of enterprises of each size (unknown, large,
 * medium, small, micro) that belong to a grassroots organisation. */
static const guint covered_percent[5] = { 0, 100, 96, 90, 82 };

/* @n indexes of cities, each city as often as its share of @n by GDP
 * (largest remainders), in an order drawn from the seed. */
static guint *
spread_over_cities (LianGen *g,
                    guint    n)
{
  guint total = 0, given = 0, counts[G_N_ELEMENTS (lian_gen_city_gdp)], at = 0;
  guint64 remainders[G_N_ELEMENTS (lian_gen_city_gdp)];
  guint *order = g_new (guint, n);

  for (guint c = 0; c < G_N_ELEMENTS (lian_gen_city_gdp); c++)
    total += lian_gen_city_gdp[c];
  for (guint c = 0; c < G_N_ELEMENTS (lian_gen_city_gdp); c++)
    {
      counts[c] = (guint) ((guint64) n * lian_gen_city_gdp[c] / total);
      remainders[c] = (guint64) n * lian_gen_city_gdp[c] % total;
      given += counts[c];
    }
  while (given < n)
    {
      guint best = 0;
      for (guint c = 1; c < G_N_ELEMENTS (lian_gen_city_gdp); c++)
        if (remainders[c] > remainders[best])
          best = c;
      counts[best]++, given++;
      remainders[best] = 0;
    }
  for (guint c = 0; c < G_N_ELEMENTS (lian_gen_city_gdp); c++)
    for (guint k = 0; k < counts[c]; k++)
      order[at++] = c;
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) lian_gen_pick (g, (int) i), t = order[i - 1];
      order[i - 1] = order[j];
      order[j] = t;
    }
  return order;
}

static const char *
chain_of (LianEnterprise *ent)
{
  return lian_enterprise_get_chain_ids (ent)[0];
}

/* A new organisation of @kind at @region. It serves the chain of its first
 * member, if it has one, else one drawn; @n_members members are drawn from
 * the enterprises of its region (of its city when the county has none). */
static LianPartyOrg *
add_org (LianGen     *g,
         GPtrArray   *into,
         const char  *prefix,
         guint        serial,
         LianOrgKind  kind,
         LianLevel    level,
         const char  *region,
         const char  *founded,
         guint        n_members)
{
  g_autofree char *id = g_strdup_printf ("org-%s-%05u", prefix, serial);
  g_autofree char *name = NULL;
  const char *region_name = lian_adcode_get_name (region);
  static const char * const kind_names[] = {
    "产业链党建联盟", "产业链党委", "联合党委", "产业链党支部", "行动支部", "先锋服务队",
    "流动党校", "企业党组织",
  };
  const char *kind_name = kind_names[kind];
  LianPartyOrg *org;
  g_autofree char *city = lian_adcode_get_level (region) == LIAN_LEVEL_CITY
                          ? g_strdup (region) : lian_adcode_dup_parent (region);
  GPtrArray *members = g_hash_table_lookup (g->by_county, region);

  if (members == NULL || members->len == 0)
    members = g_hash_table_lookup (g->by_city, city);
  name = g_strdup_printf ("%s%s%u", region_name ? region_name : region, kind_name, serial + 1);
  org = lian_party_org_new (id, name, kind);
  lian_party_org_set_level (org, level);
  lian_party_org_set_region (org, region);
  lian_party_org_set_founded (org, founded);
  lian_party_org_set_party_members (org, 10 + lian_gen_pick (g, 200));
  for (guint m = 0; members && members->len && m < n_members; m++)
    {
      LianEnterprise *ent = g_ptr_array_index (members, lian_gen_pick (g, members->len));
      if (m == 0)
        lian_party_org_add_chain (org, chain_of (ent));
      lian_party_org_add_member (org, lian_record_get_id (LIAN_RECORD (ent)));
    }
  if (lian_party_org_get_chain_ids (org)[0] == NULL)
    lian_party_org_add_chain (org, lian_record_get_id (g_ptr_array_index (g->chains,
                                                                        lian_gen_pick (g, g->chains->len))));
  g_ptr_array_add (g->records, org);
  g_ptr_array_add (g->orgs, org);
  if (into)
    g_ptr_array_add (into, org);
  return org;
}

/* Makes the enterprises of @members, from @from on, members of @org (and
 * @org a server of their chains). */
static void
add_members (LianPartyOrg *org,
             GPtrArray    *members,
             guint         from,
             guint         to)
{
  for (guint m = from; m < to; m++)
    {
      LianEnterprise *ent = g_ptr_array_index (members, m);
      lian_party_org_add_chain (org, chain_of (ent));
      lian_party_org_add_member (org, lian_record_get_id (LIAN_RECORD (ent)));
    }
}

static int
compare_by_chain (gconstpointer a,
                  gconstpointer b)
{
  LianEnterprise *x = *(LianEnterprise * const *) a, *y = *(LianEnterprise * const *) b;
  int by_chain = strcmp (chain_of (x), chain_of (y));

  return by_chain ? by_chain : strcmp (lian_record_get_id (LIAN_RECORD (x)),
                                       lian_record_get_id (LIAN_RECORD (y)));
}

/* Who is covered by a grassroots organisation: every chain leader, through
 * a party organisation of its own; of the others, covered_percent of each
 * size, through Zhenjiang's chain branches or, elsewhere, a joint committee
 * of the chain in their city. Returns the others to cover, by city. */
static GHashTable *
draw_coverage (LianGen *g)
{
  GHashTable *to_cover = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g->enterprises->len; i++)
    {
      LianEnterprise *ent = g_ptr_array_index (g->enterprises, i);
      const char *id = lian_record_get_id (LIAN_RECORD (ent));
      g_autofree char *city = NULL, *founded = NULL, *name = NULL, *org_id = NULL;
      LianPartyOrg *own;

      if (i >= g->chains->len)
        {
          guint size = MIN ((guint) lian_enterprise_get_size (ent), G_N_ELEMENTS (covered_percent) - 1);
          city = lian_adcode_dup_parent (lian_enterprise_get_region (ent));
          if ((guint) lian_gen_pick (g, 100) < covered_percent[size])
            lian_gen_index_add (to_cover, city, ent);
          continue;
        }
      /* A chain leader: its own party committee. */
      org_id = g_strdup_printf ("org-ep-%05u", i);
      name = g_strdup_printf ("%s党委", lian_record_get_name (LIAN_RECORD (ent)));
      founded = lian_gen_date_in (g, 2023);
      own = lian_party_org_new (org_id, name, LIAN_ORG_KIND_ENTERPRISE);
      lian_party_org_set_level (own, LIAN_LEVEL_COUNTY);
      lian_party_org_set_region (own, lian_enterprise_get_region (ent));
      lian_party_org_set_founded (own, founded);
      lian_party_org_set_party_members (own, lian_enterprise_get_party_members (ent));
      lian_party_org_add_chain (own, chain_of (ent));
      lian_party_org_add_member (own, id);
      g_ptr_array_add (g->records, own);
      g_ptr_array_add (g->orgs, own);
    }
  return to_cover;
}

/* Zhenjiang: 8 joint committees, and 152 chain branches under them that
 * share its enterprises to cover, chain by chain; a joint committee has
 * the members of its branches. */
static void
add_zhenjiang (LianGen   *g,
               GPtrArray *members)
{
  g_autoptr(GPtrArray) joint = g_ptr_array_new ();
  guint n_branches = 152 * g->scale, n = members ? members->len : 0;

  for (guint i = 0; i < 8 * g->scale; i++)
    {
      g_autofree char *founded = lian_gen_date_in (g, 2023);
      add_org (g, joint, "jc", i, LIAN_ORG_KIND_JOINT_COMMITTEE, LIAN_LEVEL_CITY, "321100",
               founded, 0);
    }
  if (members)
    g_ptr_array_sort (members, compare_by_chain);
  for (guint i = 0; i < n_branches; i++)
    {
      g_autofree char *founded = lian_gen_date_in (g, 2023);
      guint from = (guint) ((guint64) n * i / n_branches), to = (guint) ((guint64) n * (i + 1) / n_branches);
      const char *county = from < to
                           ? lian_enterprise_get_region (g_ptr_array_index (members, from))
                           : lian_gen_county_in (g, "321100");
      LianPartyOrg *branch = add_org (g, NULL, "br", i, LIAN_ORG_KIND_BRANCH, LIAN_LEVEL_COUNTY,
                                      county, founded, 0);
      LianPartyOrg *parent = g_ptr_array_index (joint, i % joint->len);

      lian_party_org_set_parent_id (branch, lian_record_get_id (LIAN_RECORD (parent)));
      add_members (branch, members, from, to);
      add_members (parent, members, from, to);
    }
}

/* The most enterprises a joint committee takes in. */
#define JOINT_MAX 20

/* Elsewhere: for each chain in each city, as few joint committees as hold
 * its enterprises to cover, JOINT_MAX at most each, shared evenly. */
static void
add_joint_committees (LianGen    *g,
                      GHashTable *to_cover)
{
  guint serial = 8 * g->scale;

  for (guint c = 0; c < g->cities->len; c++)
    {
      const char *city = g_ptr_array_index (g->cities, c);
      GPtrArray *members = g_hash_table_lookup (to_cover, city);

      if (g_str_equal (city, "321100") || members == NULL)
        continue;
      g_ptr_array_sort (members, compare_by_chain);
      for (guint from = 0, end; from < members->len; from = end)
        {
          const char *chain = chain_of (g_ptr_array_index (members, from));
          guint n_orgs;

          for (end = from + 1; end < members->len &&
                               g_str_equal (chain_of (g_ptr_array_index (members, end)), chain); end++)
            ;
          n_orgs = (end - from + JOINT_MAX - 1) / JOINT_MAX;
          for (guint k = 0; k < n_orgs; k++)
            {
              g_autofree char *founded = lian_gen_date_in (g, 2023);
              LianPartyOrg *org = add_org (g, NULL, "jc", serial++, LIAN_ORG_KIND_JOINT_COMMITTEE,
                                           LIAN_LEVEL_CITY, city, founded, 0);

              add_members (org, members, from + (end - from) * k / n_orgs,
                           from + (end - from) * (k + 1) / n_orgs);
            }
        }
    }
}

/* Organisations: 84 city-level and 350 county-level alliances or chain
 * committees, spread over the cities as their economies, 52 of them (the
 * pilots) founded in 2022; Zhenjiang's 8 joint committees with 152 chain
 * branches; Zhangjiagang's 100 action branches; Tongzhou's 12 party
 * schools. Then what covers most chain enterprises: a party committee in
 * each chain leader, and joint committees of each chain in the other
 * cities. Everything but the pilots dates from 2023. */
void
lian_gen_add_organizations (LianGen   *g,
                            GPtrArray *wuxi_orgs,
                            GPtrArray *zjg_branches)
{
  guint pilots = 52 * g->scale, serial = 0;
  g_autofree guint *city_orgs = spread_over_cities (g, 84 * g->scale);
  g_autofree guint *county_orgs = spread_over_cities (g, 350 * g->scale);
  g_autoptr(GHashTable) to_cover = NULL;

  for (guint i = 0; i < 84 * g->scale; i++, serial++)
    {
      const char *city = g_ptr_array_index (g->cities, city_orgs[i]);
      g_autofree char *founded = lian_gen_date_in (g, serial < pilots ? 2022 : 2023);
      LianPartyOrg *org = add_org (g, NULL, "a", serial,
                                   i % 3 ? LIAN_ORG_KIND_ALLIANCE : LIAN_ORG_KIND_CHAIN_COMMITTEE,
                                   LIAN_LEVEL_CITY, city, founded, 12);
      if (g_str_equal (city, "320200"))
        g_ptr_array_add (wuxi_orgs, org);
    }
  for (guint i = 0; i < 350 * g->scale; i++, serial++)
    {
      const char *city = g_ptr_array_index (g->cities, county_orgs[i]);
      g_autofree char *founded = lian_gen_date_in (g, serial < pilots ? 2022 : 2023);
      LianPartyOrg *org = add_org (g, NULL, "a", serial,
                                   i % 4 ? LIAN_ORG_KIND_ALLIANCE : LIAN_ORG_KIND_CHAIN_COMMITTEE,
                                   LIAN_LEVEL_COUNTY, lian_gen_county_in (g, city), founded, 8);
      if (g_str_equal (city, "320200"))
        g_ptr_array_add (wuxi_orgs, org);
    }
  to_cover = draw_coverage (g);
  add_zhenjiang (g, g_hash_table_lookup (to_cover, "321100"));
  add_joint_committees (g, to_cover);
  for (guint i = 0; i < 100 * g->scale; i++)
    {
      g_autofree char *founded = lian_gen_date_in (g, 2023);
      add_org (g, zjg_branches, "ab", i, LIAN_ORG_KIND_ACTION_BRANCH, LIAN_LEVEL_COUNTY, "320582",
               founded, 3 + lian_gen_pick (g, 4));
    }
  for (guint i = 0; i < 12 * g->scale; i++)
    {
      g_autofree char *founded = lian_gen_date_in (g, 2023);
      add_org (g, NULL, "ps", i, LIAN_ORG_KIND_PARTY_SCHOOL, LIAN_LEVEL_COUNTY, "320612", founded, 8);
    }
}

