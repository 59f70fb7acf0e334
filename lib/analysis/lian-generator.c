/* lian-generator.c: synthetic registries with published figures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The profile `jiangsu-2023` reproduces the figures Jiangsu published for
 * its 2023 chain party-building work; everything else (names, dates,
 * statuses, who sits where) is drawn from the seed. Every count is
 * multiplied by the scale.
 */
#include "config.h"

#include <string.h>

#include "lian-generator.h"
#include "lian-chain-link-private.h"
#include "lian-generator-private.h"
#include "lian-region-code.h"
#include "lian-region-code-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-date.h"
#include "lian-uscc.h"
#include "lian-i18n-private.h"

static const char * const profiles[] = { "jiangsu-2023", NULL };

static const char * const clusters[16] = {
  "新型电力装备", "工程机械", "物联网", "高端纺织", "前沿新材料", "生物医药",
  "集成电路", "海工装备和高技术船舶", "高端装备", "节能环保", "新能源汽车",
  "汽车零部件", "新型显示", "信息通信", "绿色食品", "核心软件",
};

static const char * const segments[] = { "上游材料", "核心部件", "整机装备", "应用服务", NULL };

static const char * const providers[] = {
  "省工业和信息化厅", "省科学技术厅", "省人力资源和社会保障厅", "省地方金融监管局",
  "省自然资源厅", "省商务厅", "省税务局", "省交通运输厅",
};

static const char * const need_words[] = {
  "流动资金贷款", "厂房用地", "关键技术攻关", "高层次人才引进", "税收优惠兑现",
  "上市辅导", "环评审批", "安全生产改造", "物流保通", "订单对接", "产能协同",
  "招商引资配套", "政策申报", "设备更新", "研发平台共建",
};

const guint lian_gen_city_gdp[LIAN_GEN_N_CITIES] = {
  17421, 15456, 8900, 10116, 24653, 11813, 4364, 5015, 7403, 7423, 5264, 6731, 4398,
};

/* How often each category of need comes, in percent (financing, land,
 * technology, talent, tax, listing, environment, safety, logistics,
 * market, investment, policy, other): money, technology, orders and people
 * first. */
static const guint category_weights[13] = { 22, 6, 17, 12, 5, 2, 4, 3, 5, 12, 4, 6, 2 };

int
lian_gen_pick (LianGen *g,
               int      n)
{
  return g_rand_int_range (g->rand, 0, n);
}

/* An index below @n, drawn in proportion to @weights. */
guint
lian_gen_pick_weighted (LianGen     *g,
                        const guint *weights,
                        guint        n)
{
  guint total = 0, w;
  guint i = 0;

  for (guint k = 0; k < n; k++)
    total += weights[k];
  w = (guint) lian_gen_pick (g, (int) total);
  while (w >= weights[i])
    w -= weights[i++];
  return i;
}

void
lian_gen_index_add (GHashTable *index,
                    const char *key,
                    gpointer    record)
{
  GPtrArray *list = g_hash_table_lookup (index, key);

  if (list == NULL)
    g_hash_table_insert (index, g_strdup (key), list = g_ptr_array_new ());
  g_ptr_array_add (list, record);
}

char *
lian_gen_date_in (LianGen *g,
                  int      year)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, lian_gen_pick (g, 12) + 1, lian_gen_pick (g, 28) + 1);
}

const char *
lian_gen_county_in (LianGen    *g,
                    const char *city)
{
  GPtrArray *list = g_hash_table_lookup (g->counties, city);

  return g_ptr_array_index (list, lian_gen_pick (g, list->len));
}

static void
make_uscc (char        out[19],
           const char *region,
           guint       serial)
{
  g_autofree char *code = NULL;

  g_snprintf (out, 19, "91%s%09u", region, serial);
  code = lian_uscc_complete (out, NULL);
  g_assert (code != NULL);
  memcpy (out, code, 19);
}

static void
add_regions (LianGen *g)
{
  const char * const *codes = lian_region_code_list_builtin ();

  for (guint i = 0; codes[i]; i++)
    {
      if (strncmp (codes[i], "32", 2) != 0)
        continue;
      g_ptr_array_add (g->records, lian_region_new (codes[i], lian_adcode_get_name (codes[i])));
      if (lian_adcode_get_level (codes[i]) == LIAN_LEVEL_CITY)
        {
          g_ptr_array_add (g->cities, (gpointer) codes[i]);
          g_hash_table_insert (g->counties, (gpointer) codes[i], g_ptr_array_new ());
          g_hash_table_insert (g->by_city, (gpointer) codes[i], g_ptr_array_new ());
        }
      else if (lian_adcode_get_level (codes[i]) == LIAN_LEVEL_COUNTY)
        {
          g_autofree char *city = lian_adcode_dup_parent (codes[i]);
          g_ptr_array_add (g_hash_table_lookup (g->counties, city), (gpointer) codes[i]);
          g_hash_table_insert (g->by_county, g_strdup (codes[i]), g_ptr_array_new ());
        }
    }
}

static void
add_chains (LianGen *g)
{
  static const struct { LianChainTier tier; guint n; } tiers[] = {
    { LIAN_CHAIN_TIER_KEY, 50 }, { LIAN_CHAIN_TIER_ADVANTAGE, 30 }, { LIAN_CHAIN_TIER_EXCELLENT, 10 },
  };
  guint serial = 0;

  for (guint t = 0; t < G_N_ELEMENTS (tiers); t++)
    for (guint i = 0; i < tiers[t].n * g->scale; i++, serial++)
      {
        g_autofree char *id = g_strdup_printf ("chain-%04u", serial);
        g_autofree char *name = g_strdup_printf ("%s产业链%u", clusters[serial % 16], serial / 16 + 1);
        LianChain *chain = lian_chain_new (id, name);

        lian_chain_set_tier (chain, tiers[t].tier);
        lian_chain_set_cluster (chain, clusters[serial % 16]);
        lian_chain_set_level (chain, LIAN_LEVEL_PROVINCE);
        lian_chain_set_region (chain, "320000");
        lian_chain_set_segments (chain, segments);
        g_ptr_array_add (g->records, chain);
        g_ptr_array_add (g->chains, chain);
      }
}

static void
add_enterprises (LianGen *g)
{
  guint n = 28283 * g->scale;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%06u", i);
      g_autofree char *name = g_strdup_printf ("江苏%s%u有限公司", clusters[i % 16], i);
      guint c = lian_gen_pick_weighted (g, lian_gen_city_gdp, G_N_ELEMENTS (lian_gen_city_gdp));
      const char *city, *county;
      LianChain *chain = g_ptr_array_index (g->chains, i % g->chains->len);
      LianEnterprise *ent;
      char uscc[19];
      gboolean leader = i < g->chains->len;

      city = g_ptr_array_index (g->cities, c);
      county = lian_gen_county_in (g, city);
      make_uscc (uscc, county, i);
      ent = lian_enterprise_new (id, name, uscc, county);
      lian_enterprise_set_size (ent, leader ? LIAN_ENTERPRISE_SIZE_LARGE : 1 + lian_gen_pick (g, 4));
      lian_enterprise_set_tags (ent, lian_gen_pick (g, 4) == 0 ? LIAN_ENTERPRISE_TAGS_SRDI : 0);
      lian_enterprise_set_employees (ent, 20 + lian_gen_pick (g, 3000));
      lian_enterprise_set_party_members (ent, lian_gen_pick (g, 120));
      lian_enterprise_add_chain_link (ent, lian_record_get_id (LIAN_RECORD (chain)),
                                      segments[lian_gen_pick (g, 4)],
                                      leader ? LIAN_CHAIN_ROLE_LEADER : 1 + lian_gen_pick (g, 3));
      if (leader)
        lian_chain_add_leader (chain, id);
      g_ptr_array_add (g->records, ent);
      g_ptr_array_add (g->enterprises, ent);
      g_ptr_array_add (g_hash_table_lookup (g->by_city, city), ent);
      g_ptr_array_add (g_hash_table_lookup (g->by_county, county), ent);
    }
}

/* 4,689 service items, 499 of them scoped to Wuxi or one of its counties;
 * the rest to the province or another city, as its economy. They start
 * between 2021 and mid-2023; a third of them run without end, the others
 * for one to five years and a half. */
static void
add_services (LianGen *g)
{
  guint n = 4689 * g->scale, in_wuxi = 499 * g->scale;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("svc-%05u", i);
      LianNeedCategory category = lian_gen_pick_weighted (g, category_weights, G_N_ELEMENTS (category_weights));
      g_autofree char *name = g_strdup_printf ("%s服务%u", need_words[category % G_N_ELEMENTS (need_words)], i);
      g_autofree char *from = NULL, *until = NULL;
      int year;
      LianServiceItem *svc = lian_service_item_new (id, name, lian_gen_pick (g, 5));
      const char *scope;
      const char *keywords[] = { need_words[category % G_N_ELEMENTS (need_words)], NULL };

      if (i < in_wuxi)
        scope = i % 2 ? "320200" : lian_gen_county_in (g, "320200");
      else
        {
          const char *city;
          do
            city = g_ptr_array_index (g->cities, lian_gen_pick_weighted (g, lian_gen_city_gdp, G_N_ELEMENTS (lian_gen_city_gdp)));
          while (g_str_equal (city, "320200"));
          scope = i % 4 == 0 ? "320000" : city;
        }
      lian_service_item_set_provider (svc, providers[lian_gen_pick (g, G_N_ELEMENTS (providers))]);
      lian_service_item_set_categories (svc, (1u << category) | (lian_gen_pick (g, 3) ? 0 : 1u << lian_gen_pick (g, 13)));
      lian_service_item_set_region (svc, scope);
      year = 2021 + lian_gen_pick (g, 3);
      from = g_strdup_printf ("%d-%02d-01", year, 1 + lian_gen_pick (g, 6));
      if (lian_gen_pick (g, 3))
        until = g_strdup_printf ("%d-%s", year + 1 + lian_gen_pick (g, 5),
                                 lian_gen_pick (g, 2) ? "12-31" : "06-30");
      lian_service_item_set_valid_from (svc, from);
      lian_service_item_set_valid_until (svc, until);
      lian_service_item_set_keywords (svc, keywords);
      g_ptr_array_add (g->records, svc);
    }
}

/* 17,469 needs from the enterprises, in every status, each with the
 * history that brought it there. */
static void
add_needs (LianGen    *g,
           GHashTable *open_by_city)
{
  static const LianNeedStatus statuses[20] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 1, 1, 0, 0, 4,
  };
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("+08:00");
  guint n = 17469 * g->scale;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("need-%06u", i);
      LianEnterprise *ent = g_ptr_array_index (g->enterprises, lian_gen_pick (g, g->enterprises->len));
      guint n_links;
      LianChainLink *link = lian_enterprise_peek_chain_links (ent, &n_links)[0];
      LianNeedCategory category = lian_gen_pick_weighted (g, category_weights, G_N_ELEMENTS (category_weights));
      LianNeedStatus status = statuses[lian_gen_pick (g, 20)];
      int month = lian_gen_pick (g, 9) + 1, day = lian_gen_pick (g, 28) + 1;
      g_autofree char *submitted = g_strdup_printf ("2023-%02d-%02d", month, day);
      LianNeed *need = g_object_new (LIAN_TYPE_NEED, "id", id,
                                     "enterprise-id", lian_record_get_id (LIAN_RECORD (ent)),
                                     "chain-id", lian_chain_link_get_chain_id (link),
                                     "category", category,
                                     "title", need_words[lian_gen_pick (g, G_N_ELEMENTS (need_words))],
                                     "status", status,
                                     "submitted", submitted,
                                     "bottleneck", lian_gen_pick (g, 20) == 0,
                                     NULL);

      if (category == LIAN_NEED_CATEGORY_FINANCING)
        lian_need_set_amount_yuan (need, (gint64) (1 + lian_gen_pick (g, 500)) * 100000);
      if (status != LIAN_NEED_STATUS_SUBMITTED)
        {
          g_autoptr(GDateTime) at = g_date_time_new (tz, 2023, month, day, 9 + lian_gen_pick (g, 8), 0, 0);
          g_autoptr(LianNeedEvent) accepted = lian_need_event_new (at, status == LIAN_NEED_STATUS_CLOSED
                                                                       ? LIAN_NEED_STATUS_CLOSED
                                                                       : LIAN_NEED_STATUS_ACCEPTED,
                                                                   NULL, NULL);
          lian_need_append_event (need, accepted);
          /* Work began the next day: the history ends where the status is. */
          if (status == LIAN_NEED_STATUS_IN_PROGRESS)
            {
              g_autoptr(GDateTime) next = g_date_time_add_days (at, 1);
              g_autoptr(LianNeedEvent) begun = lian_need_event_new (next, status, NULL, NULL);
              lian_need_append_event (need, begun);
            }
        }
      if (status == LIAN_NEED_STATUS_RESOLVED)
        {
          g_autoptr(GDateTime) start = g_date_time_new (tz, 2023, month, day, 17, 0, 0);
          g_autoptr(GDateTime) at = g_date_time_add_days (start, lian_gen_pick (g, 60));
          g_autoptr(LianNeedEvent) resolved = lian_need_event_new (at, LIAN_NEED_STATUS_RESOLVED, NULL, NULL);
          g_autofree char *date = lian_date_from_date_time (at);
          lian_need_append_event (need, resolved);
          lian_need_set_resolved (need, date);
        }
      g_ptr_array_add (g->records, need);
      if (status == LIAN_NEED_STATUS_RESOLVED)
        {
          const char *county = lian_enterprise_get_region (ent);
          g_autofree char *city = lian_adcode_dup_parent (county);
          g_autofree char *by_county = g_strdup_printf ("%s/%d", county, category);
          g_autofree char *by_city = g_strdup_printf ("%s/%d", city, category);

          lian_gen_index_add (g->resolved, city, need);
          lian_gen_index_add (g->resolved, county, need);
          lian_gen_index_add (g->resolved, by_city, need);
          lian_gen_index_add (g->resolved, by_county, need);
        }
      if (lian_need_is_open (need))
        {
          g_autofree char *city = lian_adcode_dup_parent (lian_enterprise_get_region (ent));
          GPtrArray *list = g_hash_table_lookup (open_by_city, city);
          if (list == NULL)
            g_hash_table_insert (open_by_city, g_strdup (city), list = g_ptr_array_new ());
          g_ptr_array_add (list, need);
        }
    }
}

static LianActionProject *
add_project (LianGen      *g,
             guint         serial,
             LianPartyOrg *owner,
             const char   *name)
{
  g_autofree char *id = g_strdup_printf ("proj-%05u", serial);
  g_autofree char *full = g_strdup_printf ("%s%u", name, serial + 1);
  LianActionProject *project = lian_action_project_new (id, full,
                                                        lian_record_get_id (LIAN_RECORD (owner)));
  g_autofree char *started = g_strdup_printf ("2023-%02d-%02d", lian_gen_pick (g, 6) + 1, lian_gen_pick (g, 28) + 1);

  lian_action_project_set_started (project, started);
  lian_action_project_set_due (project, "2023-12-31");
  g_ptr_array_add (g->records, project);
  return project;
}

/* A resolved need filed under @key in g->resolved that no project bundles
 * yet, on @chain unless NULL; NULL if there is none. */
static LianNeed *
take_resolved (LianGen    *g,
               const char *key,
               const char *chain)
{
  GPtrArray *pool = g_hash_table_lookup (g->resolved, key);
  guint start;

  if (pool == NULL || pool->len == 0)
    return NULL;
  start = (guint) lian_gen_pick (g, (int) pool->len);
  for (guint k = 0; k < pool->len; k++)
    {
      guint i = (start + k) % pool->len;
      LianNeed *need = g_ptr_array_index (pool, i);
      const char *project = lian_need_get_project_id (need);

      if ((project && project[0]) ||
          (chain && g_strcmp0 (lian_need_get_chain_id (need), chain) != 0))
        continue;
      g_ptr_array_remove_index_fast (pool, i);
      return need;
    }
  return NULL;
}

/* Bundles into @project up to @n resolved needs of @category in @region
 * (of any category if there are not enough), all on the chain of the
 * first, so that its outcomes count for that chain. */
static void
bundle_resolved (LianGen           *g,
                 LianActionProject *project,
                 const char        *region,
                 LianNeedCategory   category,
                 guint              n,
                 gboolean           bottleneck)
{
  g_autofree char *key = g_strdup_printf ("%s/%d", region, category);
  const char *chain = NULL;

  for (guint k = 0; k < n; k++)
    {
      LianNeed *need = take_resolved (g, key, chain);

      if (need == NULL)
        need = take_resolved (g, region, chain);
      if (need == NULL)
        return;
      chain = lian_need_get_chain_id (need);
      lian_action_project_add_need (project, lian_record_get_id (LIAN_RECORD (need)));
      lian_need_set_project_id (need, lian_record_get_id (LIAN_RECORD (project)));
      if (bottleneck)
        lian_need_set_bottleneck (need, TRUE);
    }
}

/* Wuxi's projects coordinated 17,280,000,000 yuan of loans and brought in
 * 3,000 talents; Zhangjiagang's action branches solved 300 bottleneck
 * problems; each of them bundles the resolved needs it served, so that
 * its outcomes count for their chain. Other projects are still under way,
 * bundling open needs. */
static void
add_projects (LianGen    *g,
              GPtrArray  *wuxi_orgs,
              GPtrArray  *zjg_branches,
              GHashTable *open_by_city)
{
  guint serial = 0;

  for (guint i = 0; i < 120 * g->scale; i++, serial++)
    {
      LianActionProject *p = add_project (g, serial, g_ptr_array_index (wuxi_orgs, i % wuxi_orgs->len),
                                          "无锡产业链融资对接项目");
      lian_action_project_set_status (p, LIAN_PROJECT_STATUS_DONE);
      lian_action_project_set_finished (p, "2023-12-20");
      lian_action_project_set_loans_yuan (p, 144000000);
      lian_action_project_set_talents (p, 25);
      bundle_resolved (g, p, "320200", LIAN_NEED_CATEGORY_FINANCING, 1 + lian_gen_pick (g, 2), FALSE);
    }
  for (guint i = 0; i < 100 * g->scale; i++, serial++)
    {
      LianActionProject *p = add_project (g, serial, g_ptr_array_index (zjg_branches, i),
                                          "张家港卡脖子攻关项目");
      lian_action_project_set_status (p, LIAN_PROJECT_STATUS_DONE);
      lian_action_project_set_finished (p, "2023-12-15");
      lian_action_project_set_problems_solved (p, 3);
      bundle_resolved (g, p, "320582", LIAN_NEED_CATEGORY_TECHNOLOGY, 1 + lian_gen_pick (g, 2), TRUE);
    }
  for (guint i = 0; i < 200 * g->scale; i++, serial++)
    {
      const char *city = g_ptr_array_index (g->cities, i % g->cities->len);
      GPtrArray *open = g_hash_table_lookup (open_by_city, city);
      LianPartyOrg *owner;
      LianActionProject *p;

      if (g_str_equal (city, "320200") || open == NULL || open->len == 0)
        continue;
      do
        owner = g_ptr_array_index (g->orgs, lian_gen_pick (g, g->orgs->len));
      while (lian_party_org_get_kind (owner) == LIAN_ORG_KIND_ACTION_BRANCH ||
             !lian_adcode_contains (city, lian_party_org_get_region (owner)));
      p = add_project (g, serial, owner, "产业链协同推进项目");
      lian_action_project_set_status (p, LIAN_PROJECT_STATUS_ACTIVE);
      for (guint k = 0; k < 2 && open->len > 0; k++)
        {
          LianNeed *need = g_ptr_array_steal_index_fast (open, lian_gen_pick (g, open->len));
          lian_action_project_add_need (p, lian_record_get_id (LIAN_RECORD (need)));
          lian_need_set_project_id (need, lian_record_get_id (LIAN_RECORD (p)));
        }
    }
}

/* 302 policy documents, 782 meetings and 90 cases of good practice. */
static void
add_activities (LianGen *g)
{
  static const struct { LianActivityKind kind; guint n; const char *name; } kinds[] = {
    { LIAN_ACTIVITY_KIND_POLICY_DOCUMENT, 302, "产业链党建政策文件" },
    { LIAN_ACTIVITY_KIND_MEETING, 782, "产业链党建推进会" },
    { LIAN_ACTIVITY_KIND_CASE, 90, "产业链党建典型案例" },
  };
  guint serial = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < kinds[k].n * g->scale; i++, serial++)
      {
        g_autofree char *id = g_strdup_printf ("act-%05u", serial);
        g_autofree char *name = g_strdup_printf ("%s%u", kinds[k].name, i + 1);
        g_autofree char *date = lian_gen_date_in (g, 2023);
        LianActivity *act = lian_activity_new (id, kinds[k].kind, date);
        LianPartyOrg *org = g_ptr_array_index (g->orgs, lian_gen_pick (g, g->orgs->len));
        LianChain *chain = g_ptr_array_index (g->chains, lian_gen_pick (g, g->chains->len));

        lian_record_set_name (LIAN_RECORD (act), name);
        lian_activity_set_org_id (act, lian_record_get_id (LIAN_RECORD (org)));
        lian_activity_set_chain_id (act, lian_record_get_id (LIAN_RECORD (chain)));
        if (kinds[k].kind == LIAN_ACTIVITY_KIND_MEETING)
          lian_activity_set_participants (act, 20 + lian_gen_pick (g, 200));
        g_ptr_array_add (g->records, act);
      }
}

/**
 * lian_registry_list_profiles:
 *
 * Names the profiles [method@Lian.Registry.generate] knows.
 *
 * Returns: (transfer none) (array zero-terminated=1): the profile names
 */
const char * const *
lian_registry_list_profiles (void)
{
  return profiles;
}

/**
 * lian_registry_generate:
 * @self: a registry
 * @profile: the name of a profile, such as `jiangsu-2023`
 * @scale: how many times each count is multiplied (1 for the profile as published)
 * @seed: the seed everything not published is drawn from
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Adds a synthetic but plausible register to @self, the same for the same
 * profile, scale and seed.
 *
 * The profile `jiangsu-2023` holds the figures Jiangsu published for its
 * 2023 chain party-building work: 28,283 enterprises on chains, 17,469
 * needs, 16 clusters, province chains 50 key, 30 advantage and 10
 * excellent; 84 city-level and 350 county-level alliances or chain
 * committees, 52 of them founded in 2022; in Zhenjiang (321100) 8 joint
 * committees with 152 chain branches; 4,689 service items, 499 of them in
 * Wuxi (320200); Wuxi's projects coordinated loans of 17,280,000,000 yuan
 * and brought in 3,000 talents; Zhangjiagang (320582) has 100 action
 * branches and solved 300 bottleneck problems; Tongzhou (320612) has 12
 * party schools; 302 policy documents, 782 meetings and 90 cases.
 *
 * What was not published is drawn to be plausible:
 *
 * - enterprises, needs, alliances and chain committees, and the service
 *   items outside Wuxi go to the 13 cities in proportion to their 2023
 *   GDP (Suzhou about 19%, Suqian and Lianyungang about 3.4%);
 * - most chain enterprises are covered by a grassroots organisation
 *   through membership, as a province that publishes its coverage has:
 *   each chain leader has a party committee of its own (kind
 *   `enterprise`), Zhenjiang's chain branches and joint committees take in
 *   its enterprises chain by chain, and in the other cities joint
 *   committees of each chain, of up to 20 enterprises each, do (together
 *   some 90%, fewer of the small and micro enterprises), so that bigger
 *   economies have more organisations;
 * - needs come in uneven categories: financing, technology, market and
 *   talent most, listing and "other" least;
 * - service items start between 2021 and mid-2023; a third run without
 *   end, the others for one to five and a half years;
 * - Wuxi's financing projects and Zhangjiagang's bottleneck projects
 *   bundle the resolved needs they served, all on one chain, so their
 *   outcomes add up by chain.
 *
 * Returns: true if the records were added; false with
 *   `LIAN_DATA_ERROR_INVALID_VALUE` for an unknown profile, or the error of
 *   adding them (an id already in @self), the registry unchanged
 */
gboolean
lian_registry_generate (LianRegistry  *self,
                        const char    *profile,
                        guint          scale,
                        guint32        seed,
                        GError       **error)
{
  g_autoptr(GPtrArray) wuxi_orgs = g_ptr_array_new ();
  g_autoptr(GPtrArray) zjg_branches = g_ptr_array_new ();
  g_autoptr(GHashTable) open_by_city = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              (GDestroyNotify) g_ptr_array_unref);
  LianGen g = { 0, };
  gboolean ok;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (scale >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_strv_contains (profiles, profile))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) profiles);
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: the second %s lists the profiles lian knows
                    * (jiangsu-2023). */
                   _("unknown profile \"%s\"; expected one of %s"), profile, known);
      return FALSE;
    }

  g.rand = g_rand_new_with_seed (seed);
  g.records = g_ptr_array_new_with_free_func (g_object_unref);
  g.cities = g_ptr_array_new ();
  g.counties = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                      (GDestroyNotify) g_ptr_array_unref);
  g.by_city = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                     (GDestroyNotify) g_ptr_array_unref);
  g.by_county = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  g.resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  g.enterprises = g_ptr_array_new ();
  g.chains = g_ptr_array_new ();
  g.orgs = g_ptr_array_new ();
  g.scale = scale;

  add_regions (&g);
  add_chains (&g);
  add_enterprises (&g);
  lian_gen_add_organizations (&g, wuxi_orgs, zjg_branches);
  add_services (&g);
  add_needs (&g, open_by_city);
  add_projects (&g, wuxi_orgs, zjg_branches, open_by_city);
  add_activities (&g);

  ok = lian_registry_add_many (self, g.records, error);

  g_rand_free (g.rand);
  g_ptr_array_unref (g.records);
  g_ptr_array_unref (g.cities);
  g_hash_table_unref (g.counties);
  g_hash_table_unref (g.by_city);
  g_hash_table_unref (g.by_county);
  g_hash_table_unref (g.resolved);
  g_ptr_array_unref (g.enterprises);
  g_ptr_array_unref (g.chains);
  g_ptr_array_unref (g.orgs);
  return ok;
}
