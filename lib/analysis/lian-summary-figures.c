/* lian-summary-figures.c: the figures of a summary as read-only
 * properties, and what went wrong in computing them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-summary-private.h"
#include "lian-problem-private.h"
#include "lian-date.h"
#include "lian-i18n-private.h"
#include "lian-format.h"

/* Each property forwards to its getter: the getters are the truth. */
typedef enum
{
  FIGURE_UINT,
  FIGURE_DOUBLE,
  FIGURE_INT64,
  FIGURE_BOOLEAN,
} FigureType;

typedef struct
{
  const char *name;
  FigureType  type;
  union
  {
    guint    (*as_uint)    (LianSummary *);
    double   (*as_double)  (LianSummary *);
    gint64   (*as_int64)   (LianSummary *);
    gboolean (*as_boolean) (LianSummary *);
  } get;
} Figure;

#define UINT(n, f)    { n, FIGURE_UINT, { .as_uint = f } }
#define DOUBLE(n, f)  { n, FIGURE_DOUBLE, { .as_double = f } }
#define INT64(n, f)   { n, FIGURE_INT64, { .as_int64 = f } }
#define BOOLEAN(n, f) { n, FIGURE_BOOLEAN, { .as_boolean = f } }

/**
 * LianSummary:n-chains:
 *
 * The chains in scope; see [method@Lian.Summary.get_n_chains].
 */
/**
 * LianSummary:n-clusters:
 *
 * The distinct clusters of the chains in scope; see
 * [method@Lian.Summary.get_n_clusters].
 */
/**
 * LianSummary:n-enterprises:
 *
 * The enterprises in scope; see [method@Lian.Summary.get_n_enterprises].
 */
/**
 * LianSummary:n-organization-covered:
 *
 * The enterprises in scope covered by the party's organisation; see
 * [method@Lian.Summary.get_n_organization_covered].
 */
/**
 * LianSummary:n-own-organization:
 *
 * The enterprises in scope with their own party organisation; see
 * [method@Lian.Summary.get_n_own_organization].
 */
/**
 * LianSummary:organization-coverage:
 *
 * The organisation coverage rate, from 0 to 1; see
 * [method@Lian.Summary.get_organization_coverage].
 */
/**
 * LianSummary:n-work-covered:
 *
 * The enterprises in scope reached by the party's work; see
 * [method@Lian.Summary.get_n_work_covered].
 */
/**
 * LianSummary:work-coverage:
 *
 * The work coverage rate, from 0 to 1; see
 * [method@Lian.Summary.get_work_coverage].
 */
/**
 * LianSummary:n-organizations:
 *
 * The party organisations in scope; see
 * [method@Lian.Summary.get_n_organizations].
 */
/**
 * LianSummary:n-services:
 *
 * The service items in scope; see [method@Lian.Summary.get_n_services].
 */
/**
 * LianSummary:n-needs:
 *
 * The needs in scope; see [method@Lian.Summary.get_n_needs].
 */
/**
 * LianSummary:n-bottleneck-needs:
 *
 * The bottleneck needs in scope; see
 * [method@Lian.Summary.get_n_bottleneck_needs].
 */
/**
 * LianSummary:n-resolutions:
 *
 * The needs resolved: in a roll-up by period, in that period; see
 * [method@Lian.Summary.get_n_resolutions].
 */
/**
 * LianSummary:resolution-rate:
 *
 * The resolution rate, from 0 to 1; see
 * [method@Lian.Summary.get_resolution_rate].
 */
/**
 * LianSummary:n-timed-resolutions:
 *
 * The resolved needs whose days to resolve are known; see
 * [method@Lian.Summary.get_n_timed_resolutions].
 */
/**
 * LianSummary:median-days-to-resolve:
 *
 * The median of the days to resolve, or -1; see
 * [method@Lian.Summary.get_median_days_to_resolve].
 */
/**
 * LianSummary:p90-days-to-resolve:
 *
 * The 90th percentile of the days to resolve, or -1; see
 * [method@Lian.Summary.get_p90_days_to_resolve].
 */
/**
 * LianSummary:n-projects:
 *
 * The action projects in scope; see [method@Lian.Summary.get_n_projects].
 */
/**
 * LianSummary:loans-yuan:
 *
 * The loans the projects in scope coordinated, in yuan; see
 * [method@Lian.Summary.get_loans_yuan].
 */
/**
 * LianSummary:talents:
 *
 * The talents the projects in scope brought in; see
 * [method@Lian.Summary.get_talents].
 */
/**
 * LianSummary:problems-solved:
 *
 * The bottleneck problems the projects in scope solved; see
 * [method@Lian.Summary.get_problems_solved].
 */
/**
 * LianSummary:n-activities:
 *
 * The activities in scope; see [method@Lian.Summary.get_n_activities].
 */
/**
 * LianSummary:saturated:
 *
 * Whether a sum was held at its largest value instead of overflowing; see
 * [method@Lian.Summary.is_saturated].
 */
static const Figure figures[] = {
  UINT ("n-chains", lian_summary_get_n_chains),
  UINT ("n-clusters", lian_summary_get_n_clusters),
  UINT ("n-enterprises", lian_summary_get_n_enterprises),
  UINT ("n-organization-covered", lian_summary_get_n_organization_covered),
  UINT ("n-own-organization", lian_summary_get_n_own_organization),
  DOUBLE ("organization-coverage", lian_summary_get_organization_coverage),
  UINT ("n-work-covered", lian_summary_get_n_work_covered),
  DOUBLE ("work-coverage", lian_summary_get_work_coverage),
  UINT ("n-organizations", lian_summary_get_n_organizations),
  UINT ("n-services", lian_summary_get_n_services),
  UINT ("n-needs", lian_summary_get_n_needs),
  UINT ("n-bottleneck-needs", lian_summary_get_n_bottleneck_needs),
  UINT ("n-resolutions", lian_summary_get_n_resolutions),
  DOUBLE ("resolution-rate", lian_summary_get_resolution_rate),
  UINT ("n-timed-resolutions", lian_summary_get_n_timed_resolutions),
  DOUBLE ("median-days-to-resolve", lian_summary_get_median_days_to_resolve),
  DOUBLE ("p90-days-to-resolve", lian_summary_get_p90_days_to_resolve),
  UINT ("n-projects", lian_summary_get_n_projects),
  INT64 ("loans-yuan", lian_summary_get_loans_yuan),
  UINT ("talents", lian_summary_get_talents),
  UINT ("problems-solved", lian_summary_get_problems_solved),
  UINT ("n-activities", lian_summary_get_n_activities),
  BOOLEAN ("saturated", lian_summary_is_saturated),
};

static guint first_figure;

void
lian_summary_install_figures (GObjectClass *klass,
                              guint         first_id)
{
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  first_figure = first_id;
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      const Figure *f = &figures[i];
      GParamSpec *pspec = NULL;

      switch (f->type)
        {
        case FIGURE_UINT:
          pspec = g_param_spec_uint (f->name, NULL, NULL, 0, G_MAXUINT, 0, flags);
          break;
        case FIGURE_DOUBLE:
          pspec = g_param_spec_double (f->name, NULL, NULL, -1, G_MAXDOUBLE, 0, flags);
          break;
        case FIGURE_INT64:
          pspec = g_param_spec_int64 (f->name, NULL, NULL, 0, G_MAXINT64, 0, flags);
          break;
        case FIGURE_BOOLEAN:
        default:
          pspec = g_param_spec_boolean (f->name, NULL, NULL, FALSE, flags);
          break;
        }
      g_object_class_install_property (klass, first_id + i, pspec);
    }
}

gboolean
lian_summary_get_figure_property (LianSummary *self,
                                  guint        prop_id,
                                  GValue      *value)
{
  const Figure *f;

  if (prop_id < first_figure || prop_id - first_figure >= G_N_ELEMENTS (figures))
    return FALSE;
  f = &figures[prop_id - first_figure];
  switch (f->type)
    {
    case FIGURE_UINT:
      g_value_set_uint (value, f->get.as_uint (self));
      break;
    case FIGURE_DOUBLE:
      g_value_set_double (value, f->get.as_double (self));
      break;
    case FIGURE_INT64:
      g_value_set_int64 (value, f->get.as_int64 (self));
      break;
    case FIGURE_BOOLEAN:
    default:
      g_value_set_boolean (value, f->get.as_boolean (self));
      break;
    }
  return TRUE;
}

/**
 * lian_summary_get_n_resolutions:
 * @self: a summary
 *
 * Counts resolutions. In a roll-up by period
 * ([func@Lian.Summary.rollup_periods]), the needs in scope resolved in the
 * summary's period, whenever they were submitted (the summary's other need
 * figures are about the needs submitted in it); otherwise the needs in
 * scope that are resolved, as
 * [method@Lian.Summary.get_n_needs_by_status] counts them.
 *
 * Returns: the number of needs
 */
guint
lian_summary_get_n_resolutions (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_resolutions;
}

/**
 * lian_summary_is_saturated:
 * @self: a summary
 *
 * Whether a sum of the summary (loans, talents, problems solved) would have
 * passed the largest value its type holds, and is held at that value
 * instead: the figure is then a lower bound, not the sum.
 * [method@Lian.Summary.get_problems] says which.
 *
 * Returns: true if a sum is saturated
 */
gboolean
lian_summary_is_saturated (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), FALSE);

  return self->saturated != 0;
}

static LianProblem *
saturated_problem (const char *field,
                   const char *what,
                   const char *maximum)
{
  return lian_problem_new_take (LIAN_SEVERITY_WARNING, "sum-saturated", NULL, field,
                                /* TRANSLATORS: the key of a figure
                                 * (projects.loans_yuan), what it sums
                                 * (projects' loans), and the most it can
                                 * hold (9,223,372,036,854,775,807 yuan). */
                                g_strdup_printf (_("%s: the sum of the %s is more than %s; "
                                                   "the figure is held at that value"),
                                                 field, _(what), maximum));
}

/**
 * lian_summary_get_problems:
 * @self: a summary
 *
 * What is wrong with the figures: one warning of code `sum-saturated` for
 * each sum held at its largest value instead of overflowing, its field the
 * key of the figure in [method@Lian.Summary.to_json]
 * (`projects.loans_yuan`, `projects.talents`, `projects.problems_solved`).
 * A project's amount that large is an error of the data, which
 * [method@Lian.Registry.check] reports as `implausible-amount`.
 *
 * Returns: (transfer full): a list of [class@Lian.Problem], empty when all
 *   the figures are exact
 */
GListModel *
lian_summary_get_problems (LianSummary *self)
{
  GListStore *store;
  g_autofree char *max_int64 = NULL, *max_uint = NULL;
  const struct { guint flag; const char *field, *what; } sums[] = {
    /* TRANSLATORS: what a figure of a summary sums, in "the sum of the
     * projects' loans is more than …". */
    { LIAN_SATURATED_LOANS, "projects.loans_yuan", N_("projects' loans") },
    /* TRANSLATORS: what a figure of a summary sums: the talents the
     * projects brought in. */
    { LIAN_SATURATED_TALENTS, "projects.talents", N_("talents brought in") },
    /* TRANSLATORS: what a figure of a summary sums: the bottleneck problems
     * the projects solved. */
    { LIAN_SATURATED_PROBLEMS_SOLVED, "projects.problems_solved", N_("problems solved") },
  };

  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  store = g_list_store_new (LIAN_TYPE_PROBLEM);
  max_int64 = lian_format_yuan (G_MAXINT64);
  max_uint = lian_format_count (G_MAXUINT);
  for (guint i = 0; i < G_N_ELEMENTS (sums); i++)
    if (self->saturated & sums[i].flag)
      {
        g_autoptr(LianProblem) problem =
          saturated_problem (sums[i].field, sums[i].what,
                             sums[i].flag == LIAN_SATURATED_LOANS ? max_int64 : max_uint);
        g_list_store_append (store, problem);
      }
  return G_LIST_MODEL (store);
}

/**
 * lian_summary_coverage_of:
 * @registry: a registry
 * @enterprise: an enterprise of @registry
 * @as_of: (nullable): a date `YYYY-MM-DD`: count only the organisations
 *   founded by then; or `NULL` for no date limit
 *
 * How the party reaches @enterprise, by the rules the summaries count
 * coverage with: covered by organisation when it is a member of a
 * grassroots organisation or has its own party organisation (a member of
 * an organisation of kind [enum@Lian.OrgKind.ENTERPRISE], or 3 or more
 * party members, enough to set one up under the party's constitution);
 * reached by work when it is covered by organisation or a member of any
 * organisation. The reports use it, so a chain book, an enterprise form
 * and a dashboard agree.
 *
 * Returns: the coverage, [flags@Lian.Coverage.NONE] for none
 */
LianCoverage
lian_summary_coverage_of (LianRegistry   *registry,
                          LianEnterprise *enterprise,
                          const char     *as_of)
{
  LianCollect c;
  guint flags;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), LIAN_COVERAGE_NONE);
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (enterprise), LIAN_COVERAGE_NONE);
  g_return_val_if_fail (as_of == NULL || lian_date_is_valid (as_of), LIAN_COVERAGE_NONE);

  lian_collect_init (&c, registry, NULL, as_of);
  flags = lian_collect_coverage (&c, LIAN_RECORD (enterprise));
  lian_collect_clear (&c);
  return flags;
}
