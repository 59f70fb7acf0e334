/* lian-summary-rollup.c: a summary of a scope, and roll-ups by region and
 * by chain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lian-summary-private.h"
#include "lian-registry-private.h"
#include "lian-region-code.h"
#include "lian-date.h"
#include "lian-i18n-private.h"
#include "lian-demand-post.h"
#include "lian-response.h"

LianSummary *
lian_summary_new_empty (const char *scope_label,
                        const char *as_of,
                        const char *key,
                        const char *label)
{
  LianSummary *self = g_object_new (LIAN_TYPE_SUMMARY, NULL);

  if (scope_label)
    {
      g_free (self->scope_label);
      self->scope_label = g_strdup (scope_label);
    }
  self->as_of = g_strdup (as_of);
  self->key = g_strdup (key);
  self->label = g_strdup (label);
  self->clusters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->days = g_array_new (FALSE, FALSE, sizeof (gint32));
  return self;
}

void
lian_summary_add_int64 (LianSummary *s,
                        gint64      *sum,
                        gint64       value,
                        guint        flag)
{
  if (value > 0 && *sum > G_MAXINT64 - value)
    {
      *sum = G_MAXINT64;
      s->saturated |= flag;
    }
  else
    *sum += value;
}

void
lian_summary_add_uint (LianSummary *s,
                       guint       *sum,
                       guint        value,
                       guint        flag)
{
  if (!g_uint_checked_add (sum, *sum, value))
    {
      *sum = G_MAXUINT;
      s->saturated |= flag;
    }
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  gint32 x = *(const gint32 *) a, y = *(const gint32 *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @days in place: by counting when their range is small next to
 * their number (the usual case: days to resolve span a few hundred
 * values), otherwise with qsort. */
static void
sort_days (GArray *days)
{
  gint32 *v = (gint32 *) (void *) days->data;
  gint32 lo, hi;
  gsize range;
  g_autofree guint *counts = NULL;
  guint k = 0;

  if (days->len < 2)
    return;
  lo = hi = v[0];
  for (guint i = 1; i < days->len; i++)
    {
      lo = MIN (lo, v[i]);
      hi = MAX (hi, v[i]);
    }
  range = (gsize) hi - (gsize) lo + 1;
  if (range > 4 * (gsize) days->len + 1024)
    {
      qsort (v, days->len, sizeof (gint32), compare_days);
      return;
    }
  counts = g_new0 (guint, range);
  for (guint i = 0; i < days->len; i++)
    counts[v[i] - lo]++;
  for (gsize r = 0; r < range; r++)
    for (guint c = 0; c < counts[r]; c++)
      v[k++] = lo + (gint32) r;
}

/* The value at @p (0 to 1) of @sorted, interpolating linearly between the
 * nearest ranks; -1 when @n is 0. */
static double
lian_summary_percentile (const gint32 *sorted,
                         guint         n,
                         double        p)
{
  double h;
  guint below;

  if (n == 0)
    return -1;
  h = (n - 1) * p;
  below = (guint) h;
  if (below + 1 >= n)
    return sorted[n - 1];
  return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
}

void
lian_summary_finish (LianSummary *self)
{
  if (!self->by_period)
    self->n_resolutions = self->needs_by_status[LIAN_NEED_STATUS_RESOLVED];
  if (self->clusters)
    {
      self->n_clusters = g_hash_table_size (self->clusters);
      g_clear_pointer (&self->clusters, g_hash_table_unref);
    }
  if (self->days)
    {
      sort_days (self->days);
      self->n_timed = self->days->len;
      self->median_days = lian_summary_percentile ((gint32 *) (void *) self->days->data,
                                                   self->days->len, 0.5);
      self->p90_days = lian_summary_percentile ((gint32 *) (void *) self->days->data,
                                                self->days->len, 0.9);
      g_clear_pointer (&self->days, g_array_unref);
    }
}

/* What a roll-up keeps while records are routed to its groups. */
typedef struct
{
  const char *parent;    /* by region: the region rolled up */
  guint       level;     /* by region: the level of the regions summarised */
  GHashTable *groups;    /* key → LianSummary (owned) */
} Rollup;

char *
lian_summary_make_label (LianCollect *c,
                         const char  *region,
                         const char  *chain)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *separator = NULL;

  if (region)
    {
      char *name = lian_registry_dup_region_name (c->registry, region);
      g_ptr_array_add (parts, name ? name : g_strdup (region));
    }
  if (chain)
    {
      LianChain *record = lian_registry_lookup_chain (c->registry, chain);
      const char *name = record ? lian_record_get_name (LIAN_RECORD (record)) : NULL;
      g_ptr_array_add (parts, g_strdup (name ? name : chain));
    }
  if (c->since)
    /* TRANSLATORS: in what a summary covers: from a day on, YYYY-MM-DD. */
    g_ptr_array_add (parts, g_strdup_printf (_("since %s"), c->since));
  if (c->until)
    /* TRANSLATORS: in what a summary covers: up to a day, YYYY-MM-DD. */
    g_ptr_array_add (parts, g_strdup_printf (_("until %s"), c->until));
  if (parts->len == 0)
    return g_strdup (lian_summary_scope_all ());
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: joins two items of a list: in Chinese 贷款、贴息. */
  separator = g_strdup_printf (_("%s, %s"), "", "");
  return g_strjoinv (separator, (char **) parts->pdata);
}

/* The region at @level below @parent that holds @code. When no region
 * of that level stands between them (a county-level unit its province
 * governs directly, xx90xx, has no city), the region just below @parent
 * counts if @code lies deeper than @level. NULL when @code is @parent
 * itself, not below it, or above @level. */
static char *
region_at (const char *parent,
           const char *code,
           guint       level)
{
  g_autofree char *at = NULL;
  gboolean deeper;

  if (!lian_adcode_is_valid (code) || !lian_adcode_contains (parent, code) ||
      strcmp (parent, code) == 0)
    return NULL;
  deeper = lian_adcode_get_level (code) > level;
  at = g_strdup (code);
  for (;;)
    {
      g_autofree char *up = NULL;

      if (lian_adcode_get_level (at) == level)
        return g_steal_pointer (&at);
      up = lian_adcode_dup_parent (at);
      if (up == NULL)
        return NULL;
      if (strcmp (up, parent) == 0)
        return deeper ? g_steal_pointer (&at) : NULL;
      g_free (at);
      at = g_steal_pointer (&up);
    }
}

static LianSummary *
route_by_region (LianCollect *c,
                 const char  *code)
{
  Rollup *r = c->data;
  g_autofree char *child = region_at (r->parent, code, r->level);
  LianSummary *group;

  if (child == NULL)
    return NULL;
  group = g_hash_table_lookup (r->groups, child);
  if (group == NULL)
    {
      g_autofree char *name = lian_registry_dup_region_name (c->registry, child);
      g_autofree char *label = lian_summary_make_label (c, child, c->chain);

      group = lian_summary_new_empty (label, c->as_of, child, name ? name : child);
      g_hash_table_insert (r->groups, g_steal_pointer (&child), group);
    }
  return group;
}

static void
add_target (LianCollect *c,
            const char  *chain_id)
{
  Rollup *r = c->data;
  LianSummary *group = chain_id ? g_hash_table_lookup (r->groups, chain_id) : NULL;

  if (group && !g_ptr_array_find (c->targets, group, NULL))
    g_ptr_array_add (c->targets, group);
}

/* The chains @record is on, as lian_registry_select() decides. */
static gboolean
route_by_chain (LianCollect    *c,
                LianRecordKind  kind,
                LianRecord     *record)
{
  Rollup *r = c->data;
  const char * const *ids = NULL;

  switch (kind)
    {
    case LIAN_RECORD_KIND_CHAIN:
      add_target (c, lian_record_get_id (record));
      return TRUE;
    case LIAN_RECORD_KIND_ENTERPRISE:
      ids = lian_enterprise_get_chain_ids (LIAN_ENTERPRISE (record));
      break;
    case LIAN_RECORD_KIND_ORGANIZATION:
      ids = lian_party_org_get_chain_ids (LIAN_PARTY_ORG (record));
      break;
    case LIAN_RECORD_KIND_SERVICE:
      ids = lian_service_item_get_chain_ids (LIAN_SERVICE_ITEM (record));
      if (ids[0] == NULL)
        {
          /* It serves every chain, and names none. */
          GHashTableIter iter;
          gpointer group;

          g_hash_table_iter_init (&iter, r->groups);
          while (g_hash_table_iter_next (&iter, NULL, &group))
            g_ptr_array_add (c->targets, group);
          return FALSE;
        }
      break;
    case LIAN_RECORD_KIND_NEED:
      add_target (c, lian_need_get_chain_id (LIAN_NEED (record)));
      return TRUE;
    case LIAN_RECORD_KIND_ACTIVITY:
      add_target (c, lian_activity_get_chain_id (LIAN_ACTIVITY (record)));
      return TRUE;
    case LIAN_RECORD_KIND_POST:
      add_target (c, lian_demand_post_get_chain_id (LIAN_DEMAND_POST (record)));
      return TRUE;
    case LIAN_RECORD_KIND_RESPONSE:
      {
        LianRecord *post = lian_registry_lookup (c->registry,
                                                 lian_response_get_post_id (LIAN_RESPONSE (record)));
        if (post && LIAN_IS_DEMAND_POST (post))
          add_target (c, lian_demand_post_get_chain_id (LIAN_DEMAND_POST (post)));
      }
      return TRUE;
    case LIAN_RECORD_KIND_PROJECT:
      ids = lian_action_project_get_need_ids (LIAN_ACTION_PROJECT (record));
      for (guint i = 0; ids[i]; i++)
        {
          LianNeed *need = lian_registry_lookup_need (c->registry, ids[i]);
          if (need)
            add_target (c, lian_need_get_chain_id (need));
        }
      return TRUE;
    case LIAN_RECORD_KIND_REGION:
    default:
      return TRUE;
    }
  for (guint i = 0; ids[i]; i++)
    add_target (c, ids[i]);
  return TRUE;
}

static void
rollup_init (Rollup *r)
{
  memset (r, 0, sizeof *r);
  r->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  LianSummary *x = *(LianSummary * const *) a, *y = *(LianSummary * const *) b;

  return strcmp (x->key, y->key);
}

/* The groups that hold a record, finished and ordered by key; frees @r. */
static GListModel *
rollup_finish (Rollup *r)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GListStore *store = g_list_store_new (LIAN_TYPE_SUMMARY);
  GHashTableIter iter;
  gpointer group;

  g_hash_table_iter_init (&iter, r->groups);
  while (g_hash_table_iter_next (&iter, NULL, &group))
    if (LIAN_SUMMARY (group)->touched)
      {
        lian_summary_finish (group);
        g_ptr_array_add (groups, group);
      }
  g_ptr_array_sort (groups, compare_keys);
  g_list_store_splice (store, 0, 0, groups->pdata, groups->len);
  g_clear_pointer (&r->groups, g_hash_table_unref);
  return G_LIST_MODEL (store);
}

/**
 * lian_summary_new:
 * @registry: a registry
 * @scope: (nullable): which records to count, or `NULL` for all of them
 * @as_of: (nullable): a date `YYYY-MM-DD`: count only what existed that
 *   day; or `NULL` for no date limit
 *
 * Computes the figures of @scope. The scope's region, chain and date range
 * (since, until) apply to every kind of record, and its record kind and
 * other criteria are ignored: a record is in scope when
 * [method@Lian.Registry.select] would select it from a filter of its own
 * kind with the same region, chain and dates. So a date range applies to
 * the kinds that have a date (organisations by founding, needs by
 * submission, projects by start, activities by date). A record is in the
 * region where it lies, as [method@Lian.Registry.select] says: a chain
 * also where its leaders lie, an organisation where its members lie, a
 * project where its needs' enterprises lie.
 *
 * With @as_of, only what existed that day is counted: organisations
 * founded, needs submitted, projects started and activities held on or
 * before it (a record without that date is counted), and a need stands at
 * the status it had that day: the status of its last history event on or
 * before it (or its current status when every event is), submitted when no
 * event is; a need without history keeps its current status, except that
 * one resolved after @as_of counts as submitted. Chains, enterprises and
 * service items have no date and are always counted; projects keep their
 * current status and outcomes.
 *
 * Returns: (transfer full): the summary
 */
LianSummary *
lian_summary_new (LianRegistry *registry,
                  LianFilter   *scope,
                  const char   *as_of)
{
  LianCollect c;
  g_autofree char *label = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (scope == NULL || LIAN_IS_FILTER (scope), NULL);
  g_return_val_if_fail (as_of == NULL || lian_date_is_valid (as_of), NULL);

  lian_collect_init (&c, registry, scope, as_of);
  label = lian_summary_make_label (&c, c.region, c.chain);
  c.one = lian_summary_new_empty (label, as_of, NULL, NULL);
  lian_collect_run (&c);
  lian_collect_clear (&c);
  lian_summary_finish (c.one);
  return c.one;
}

/**
 * lian_summary_rollup_regions:
 * @registry: a registry
 * @scope: (nullable): which records to count, or `NULL` for all of them
 * @region: the code of the region rolled up
 * @level: the level of the regions to summarise, below @region's own: a
 *   province by its cities or straight by its counties, a city by its
 *   counties
 * @as_of: (nullable): a date `YYYY-MM-DD`, or `NULL` for no date limit
 *
 * Summarises @scope region by region, by the regions at @level within
 * @region. Each summary is the one [ctor@Lian.Summary.new] would give for
 * @scope narrowed to that region, with the region's code as its
 * [property@Lian.Summary:key] and its name as its
 * [property@Lian.Summary:label]. Only regions where some record lies are
 * listed (found from the records' region codes, not from region records),
 * ordered by code; none when @level is not below @region's level (a county
 * has nothing below it).
 *
 * A county-level unit its province governs directly (`xx90xx`, which has
 * no city) is listed among the cities of a roll-up by cities. Records that
 * lie in a region above @level (a province's own chains, a city's own
 * service items in a roll-up by counties) are in none of the regions
 * listed; a chain, organisation or project that lies in several of them
 * (by its leaders, members or needs) counts once in each. So the counts of
 * the regions add up to those of @region only for the records that lie in
 * one place.
 *
 * All the regions are computed in one pass over the records in scope.
 *
 * ```python
 * for county in Lian.Summary.rollup_regions(reg, None, '320000',
 *                                           Lian.Level.COUNTY, None):
 *     print(county.props.key, county.props.label, county.props.n_needs)
 * ```
 *
 * Returns: (transfer full): a list of [class@Lian.Summary], ordered by code
 */
GListModel *
lian_summary_rollup_regions (LianRegistry *registry,
                             LianFilter   *scope,
                             const char   *region,
                             LianLevel     level,
                             const char   *as_of)
{
  LianCollect c;
  Rollup r;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (scope == NULL || LIAN_IS_FILTER (scope), NULL);
  g_return_val_if_fail (lian_adcode_is_valid (region), NULL);
  g_return_val_if_fail (level <= LIAN_LEVEL_COUNTY, NULL);
  g_return_val_if_fail (as_of == NULL || lian_date_is_valid (as_of), NULL);

  lian_collect_init (&c, registry, scope, as_of);
  rollup_init (&r);
  r.parent = region;
  r.level = level;
  c.data = &r;
  c.by_code = route_by_region;
  /* Records must lie in both the scope's region and @region: the narrower
   * of the two, or nowhere when they do not overlap. */
  if (level <= lian_adcode_get_level (region))
    c.empty = TRUE;
  else if (c.region == NULL || (!c.empty && lian_adcode_contains (c.region, region)))
    c.region = region;
  else if (!c.empty && !lian_adcode_contains (region, c.region))
    c.empty = TRUE;
  lian_collect_run (&c);
  lian_collect_clear (&c);
  return rollup_finish (&r);
}

/**
 * lian_summary_rollup_chains:
 * @registry: a registry
 * @scope: (nullable): which records to count, or `NULL` for all of them
 * @as_of: (nullable): a date `YYYY-MM-DD`, or `NULL` for no date limit
 *
 * Summarises @scope chain by chain: for each chain, the records in scope
 * that are on it, as [method@Lian.Registry.select] decides (an enterprise
 * linked to it, an organisation or service item serving it, a need or
 * activity about it, a project for one of its needs). A record on two
 * chains counts in both. The chain's id is the summary's
 * [property@Lian.Summary:key], its name the [property@Lian.Summary:label].
 *
 * Chains are listed, ordered by id, when a record in scope is on them; a
 * service item that serves every chain (it names none) is counted in each
 * chain listed but does not by itself make a chain appear.
 *
 * All the chains are computed in one pass over the records in scope.
 *
 * Returns: (transfer full): a list of [class@Lian.Summary]
 */
GListModel *
lian_summary_rollup_chains (LianRegistry *registry,
                            LianFilter   *scope,
                            const char   *as_of)
{
  LianCollect c;
  Rollup r;
  GPtrArray *chains;
  GListModel *result;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (scope == NULL || LIAN_IS_FILTER (scope), NULL);
  g_return_val_if_fail (as_of == NULL || lian_date_is_valid (as_of), NULL);

  lian_collect_init (&c, registry, scope, as_of);
  rollup_init (&r);
  c.data = &r;
  c.by_chain = route_by_chain;
  chains = lian_registry_get_array (registry, LIAN_RECORD_KIND_CHAIN);
  for (guint i = 0; i < chains->len; i++)
    {
      LianRecord *chain = lian_registry_record_at (registry, chains, i);
      const char *id = lian_record_get_id (chain);
      const char *name = lian_record_get_name (chain);
      g_autofree char *label = lian_summary_make_label (&c, c.region, id);

      g_hash_table_insert (r.groups, g_strdup (id),
                           lian_summary_new_empty (label, as_of, id, name ? name : id));
    }
  lian_collect_run (&c);
  lian_collect_clear (&c);
  result = rollup_finish (&r);
  return result;
}
