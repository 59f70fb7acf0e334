/* lian-summary.c: the figures of a scope, read through getters (those of
 * needs, projects and activities are in lian-summary-needs.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-summary-private.h"
#include "lian-i18n-private.h"

/**
 * LianSummary:
 *
 * The figures of a scope: chains by tier and level, enterprises and their
 * organisation and work coverage, organisations by kind and level, service
 * items, needs by status and category with the resolution rate and the days
 * they took, action projects and their outcomes, activities.
 *
 * A summary is computed once, when it is made by [ctor@Lian.Summary.new]
 * (or by a roll-up, [func@Lian.Summary.rollup_regions],
 * [func@Lian.Summary.rollup_chains] and [func@Lian.Summary.rollup_periods]),
 * and does not follow later changes to the registry. Its figures are read
 * through getters, which are the truth, or through read-only properties
 * that forward to them (`summary.props.n_needs` in Python, `summary.n_needs`
 * in gjs); all at once through [method@Lian.Summary.to_json], whose keys
 * are a stable contract (see `doc/summary-json.md`), or as CSV through
 * [method@Lian.Summary.to_csv].
 *
 * Where records lie, for a scope's region: an enterprise, a service item
 * where their region says; a need where its enterprise lies; an activity
 * where its organisation lies; a chain where its region says *and* where
 * each of its leader enterprises lies; an organisation where its region
 * says *and* where each of its member enterprises lies; a project where
 * its owner lies *and* where the enterprise of each of its needs lies. A
 * record counts once in a scope, and once in each region of a roll-up it
 * lies in.
 *
 * What the figures mean:
 *
 * - *organisation coverage*: the enterprises in scope that are covered by
 *   the party's organisation, each counted once: members of at least one
 *   grassroots organisation ([func@Lian.PartyOrg.kind_is_grassroots]), or
 *   with their own party organisation: a member of an organisation of kind
 *   [enum@Lian.OrgKind.ENTERPRISE], or an enterprise with 3 or more party
 *   members ([property@Lian.Enterprise:party-members]), who may set up
 *   their own primary organisation; *work coverage*: those covered by the
 *   organisation, and those that are members of any organisation at all.
 *   Every organisation of the registry counts, whatever the scope (coverage
 *   is a property of the enterprise; by the rule above, an organisation
 *   lies wherever its members do, so it is counted in every region whose
 *   enterprises it covers), except, with a date `as_of`, those founded
 *   after it. Rates are counts divided by the enterprises in scope, 0 when
 *   there are none.
 * - *resolution rate*: resolved needs divided by the needs that were not
 *   closed (a closed need left the list without an answer being owed:
 *   withdrawn, merged, out of remit); 0 when every need is closed or there
 *   are none, never NaN.
 * - *days to resolve*: over the resolved needs that have both a submitted
 *   and a resolved date; the median and the 90th percentile interpolate
 *   linearly between the nearest ranks (the "R-7" method of
 *   `numpy.percentile` and Excel's `PERCENTILE.INC`), so the median of an
 *   even count is the mean of the middle two; -1 when no need counts.
 *
 * - *sums* (loans, talents, problems solved) never overflow: a sum that
 *   would pass the largest value its type holds stays at that value, and
 *   [method@Lian.Summary.get_problems] reports it.
 *
 * ```python
 * wuxi = Lian.Filter(region='320200')
 * summary = Lian.Summary.new(registry, wuxi, '2023-12-31')
 * print(summary.props.n_needs, summary.get_resolution_rate())
 * print(summary.to_json_string())
 * ```
 */

G_DEFINE_FINAL_TYPE (LianSummary, lian_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SCOPE_LABEL,
  PROP_AS_OF,
  PROP_KEY,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
lian_summary_finalize (GObject *object)
{
  LianSummary *self = LIAN_SUMMARY (object);

  g_free (self->scope_label);
  g_free (self->as_of);
  g_free (self->key);
  g_free (self->label);
  g_clear_pointer (&self->clusters, g_hash_table_unref);
  g_clear_pointer (&self->days, g_array_unref);

  G_OBJECT_CLASS (lian_summary_parent_class)->finalize (object);
}

static void
lian_summary_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LianSummary *self = LIAN_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_SCOPE_LABEL:
      g_value_set_string (value, lian_summary_get_scope_label (self));
      break;
    case PROP_AS_OF:
      g_value_set_string (value, lian_summary_get_as_of (self));
      break;
    case PROP_KEY:
      g_value_set_string (value, lian_summary_get_key (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, lian_summary_get_label (self));
      break;
    default:
      if (!lian_summary_get_figure_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_summary_class_init (LianSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lian_summary_finalize;
  object_class->get_property = lian_summary_get_property;

  /**
   * LianSummary:scope-label:
   *
   * What the summary covers, for people: the name of the scope's region
   * and of its chain, and its date range (`无锡市`, `无锡市, 集成电路产业链`),
   * or `all` for the whole registry.
   */
  props[PROP_SCOPE_LABEL] =
    g_param_spec_string ("scope-label", NULL, NULL, "all",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianSummary:as-of:
   *
   * The day the figures are taken on (`YYYY-MM-DD`), or `NULL` for no date
   * limit.
   */
  props[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianSummary:key:
   *
   * In a roll-up, what the summary is grouped by: a region code for
   * [func@Lian.Summary.rollup_regions], a chain id for
   * [func@Lian.Summary.rollup_chains]; `NULL` otherwise.
   */
  props[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianSummary:label:
   *
   * In a roll-up, the name of the [property@Lian.Summary:key]: the region's
   * name or the chain's; `NULL` otherwise.
   */
  props[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
  lian_summary_install_figures (object_class, N_PROPS);
}

const char *
lian_summary_scope_all (void)
{
  /* TRANSLATORS: what a summary of the whole registry covers. */
  return _("all");
}

static void
lian_summary_init (LianSummary *self)
{
  self->scope_label = g_strdup (lian_summary_scope_all ());
  self->median_days = -1;
  self->p90_days = -1;
}

/**
 * lian_summary_get_scope_label:
 * @self: a summary
 *
 * Gets what the summary covers, for people; see
 * [property@Lian.Summary:scope-label].
 *
 * Returns: the label
 */
const char *
lian_summary_get_scope_label (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  return self->scope_label;
}

/**
 * lian_summary_get_as_of:
 * @self: a summary
 *
 * Gets the day the figures are taken on.
 *
 * Returns: (nullable): the date, or `NULL` for no date limit
 */
const char *
lian_summary_get_as_of (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  return self->as_of;
}

/**
 * lian_summary_get_key:
 * @self: a summary
 *
 * Gets what a roll-up grouped this summary by: a region code or a chain id.
 *
 * Returns: (nullable): the key, or `NULL` outside a roll-up
 */
const char *
lian_summary_get_key (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  return self->key;
}

/**
 * lian_summary_get_label:
 * @self: a summary
 *
 * Gets the name of the [property@Lian.Summary:key].
 *
 * Returns: (nullable): the name, or `NULL` outside a roll-up
 */
const char *
lian_summary_get_label (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  return self->label;
}

/**
 * lian_summary_get_n_chains:
 * @self: a summary
 *
 * Counts the chains in scope.
 *
 * Returns: the number of chains
 */
guint
lian_summary_get_n_chains (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_chains;
}

/**
 * lian_summary_get_n_chains_by_tier:
 * @self: a summary
 * @tier: a tier
 *
 * Counts the chains in scope that the province rates @tier.
 *
 * Returns: the number of chains
 */
guint
lian_summary_get_n_chains_by_tier (LianSummary   *self,
                                   LianChainTier  tier)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) tier < LIAN_N_CHAIN_TIERS, 0);

  return self->chains_by_tier[tier];
}

/**
 * lian_summary_get_n_chains_by_level:
 * @self: a summary
 * @level: a level
 *
 * Counts the chains in scope kept at @level.
 *
 * Returns: the number of chains
 */
guint
lian_summary_get_n_chains_by_level (LianSummary *self,
                                    LianLevel    level)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) level < LIAN_N_LEVELS, 0);

  return self->chains_by_level[level];
}

/**
 * lian_summary_get_n_clusters:
 * @self: a summary
 *
 * Counts the distinct clusters the chains in scope belong to (chains with
 * no cluster are not counted).
 *
 * Returns: the number of clusters
 */
guint
lian_summary_get_n_clusters (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_clusters;
}

/**
 * lian_summary_get_n_enterprises:
 * @self: a summary
 *
 * Counts the enterprises in scope.
 *
 * Returns: the number of enterprises
 */
guint
lian_summary_get_n_enterprises (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_enterprises;
}

/**
 * lian_summary_get_n_organization_covered:
 * @self: a summary
 *
 * Counts the enterprises in scope covered by the party's organisation,
 * each counted once: members of at least one grassroots organisation, or
 * with their own organisation (see
 * [method@Lian.Summary.get_n_own_organization]).
 *
 * Returns: the number of enterprises covered
 */
guint
lian_summary_get_n_organization_covered (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_organization_covered;
}

/**
 * lian_summary_get_n_own_organization:
 * @self: a summary
 *
 * Counts the enterprises in scope with their own party organisation:
 * members of an organisation of kind [enum@Lian.OrgKind.ENTERPRISE], or
 * with 3 or more party members, enough to set up their own primary
 * organisation. They are among those
 * [method@Lian.Summary.get_n_organization_covered] counts.
 *
 * Returns: the number of enterprises
 */
guint
lian_summary_get_n_own_organization (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_own_organization;
}

/**
 * lian_summary_get_organization_coverage:
 * @self: a summary
 *
 * The organisation coverage rate: the share of the enterprises in scope
 * covered by the party's organisation.
 *
 * Returns: the rate, from 0 to 1; 0 when there is no enterprise
 */
double
lian_summary_get_organization_coverage (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0.0);

  return lian_summary_rate (self->n_organization_covered, self->n_enterprises);
}

/**
 * lian_summary_get_n_work_covered:
 * @self: a summary
 *
 * Counts the enterprises in scope reached by the party's work: covered by
 * its organisation, or members of any organisation.
 *
 * Returns: the number of enterprises reached
 */
guint
lian_summary_get_n_work_covered (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_work_covered;
}

/**
 * lian_summary_get_work_coverage:
 * @self: a summary
 *
 * The work coverage rate: the share of the enterprises in scope reached by
 * the party's work.
 *
 * Returns: the rate, from 0 to 1; 0 when there is no enterprise
 */
double
lian_summary_get_work_coverage (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0.0);

  return lian_summary_rate (self->n_work_covered, self->n_enterprises);
}

/**
 * lian_summary_get_n_organizations:
 * @self: a summary
 *
 * Counts the party organisations in scope.
 *
 * Returns: the number of organisations
 */
guint
lian_summary_get_n_organizations (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_organizations;
}

/**
 * lian_summary_get_n_organizations_by_kind:
 * @self: a summary
 * @kind: a kind of organisation
 *
 * Counts the organisations in scope of @kind.
 *
 * Returns: the number of organisations
 */
guint
lian_summary_get_n_organizations_by_kind (LianSummary *self,
                                          LianOrgKind  kind)
{
  guint n = 0;

  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) kind < LIAN_N_ORG_KINDS, 0);

  for (guint l = 0; l < LIAN_N_LEVELS; l++)
    n += self->organizations[kind][l];
  return n;
}

/**
 * lian_summary_get_n_organizations_by_level:
 * @self: a summary
 * @level: a level
 *
 * Counts the organisations in scope at @level.
 *
 * Returns: the number of organisations
 */
guint
lian_summary_get_n_organizations_by_level (LianSummary *self,
                                           LianLevel    level)
{
  guint n = 0;

  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) level < LIAN_N_LEVELS, 0);

  for (guint k = 0; k < LIAN_N_ORG_KINDS; k++)
    n += self->organizations[k][level];
  return n;
}

/**
 * lian_summary_get_n_organizations_by_kind_and_level:
 * @self: a summary
 * @kind: a kind of organisation
 * @level: a level
 *
 * Counts the organisations in scope of @kind at @level.
 *
 * Returns: the number of organisations
 */
guint
lian_summary_get_n_organizations_by_kind_and_level (LianSummary *self,
                                                    LianOrgKind  kind,
                                                    LianLevel    level)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) kind < LIAN_N_ORG_KINDS, 0);
  g_return_val_if_fail ((guint) level < LIAN_N_LEVELS, 0);

  return self->organizations[kind][level];
}

/**
 * lian_summary_get_n_services:
 * @self: a summary
 *
 * Counts the service items in scope.
 *
 * Returns: the number of service items
 */
guint
lian_summary_get_n_services (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_services;
}

/**
 * lian_summary_get_n_services_by_kind:
 * @self: a summary
 * @kind: a kind of service item
 *
 * Counts the service items in scope of @kind.
 *
 * Returns: the number of service items
 */
guint
lian_summary_get_n_services_by_kind (LianSummary     *self,
                                     LianServiceKind  kind)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) kind < LIAN_N_SERVICE_KINDS, 0);

  return self->services_by_kind[kind];
}
