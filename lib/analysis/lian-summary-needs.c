/* lian-summary-needs.c: the figures of needs, projects and activities,
 * read through getters
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-summary-private.h"

/**
 * lian_summary_get_n_needs:
 * @self: a summary
 *
 * Counts the needs in scope.
 *
 * Returns: the number of needs
 */
guint
lian_summary_get_n_needs (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_needs;
}

/**
 * lian_summary_get_n_needs_by_status:
 * @self: a summary
 * @status: a status
 *
 * Counts the needs in scope that stand at @status (on the day
 * [property@Lian.Summary:as-of], if set).
 *
 * Returns: the number of needs
 */
guint
lian_summary_get_n_needs_by_status (LianSummary    *self,
                                    LianNeedStatus  status)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) status < LIAN_N_NEED_STATUSES, 0);

  return self->needs_by_status[status];
}

/**
 * lian_summary_get_n_needs_by_category:
 * @self: a summary
 * @category: a category
 *
 * Counts the needs in scope about @category.
 *
 * Returns: the number of needs
 */
guint
lian_summary_get_n_needs_by_category (LianSummary      *self,
                                      LianNeedCategory  category)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) category < LIAN_N_NEED_CATEGORIES, 0);

  return self->needs_by_category[category];
}

/**
 * lian_summary_get_n_bottleneck_needs:
 * @self: a summary
 *
 * Counts the needs in scope that are bottleneck (卡脖子) problems, whatever
 * their status.
 *
 * Returns: the number of needs
 */
guint
lian_summary_get_n_bottleneck_needs (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_bottleneck;
}

/**
 * lian_summary_get_resolution_rate:
 * @self: a summary
 *
 * The share of the needs in scope that are resolved, out of those not
 * closed: resolved / (total − closed).
 *
 * Returns: the rate, from 0 to 1; 0 when there is no need that is not
 *   closed
 */
double
lian_summary_get_resolution_rate (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0.0);

  return lian_summary_rate (self->needs_by_status[LIAN_NEED_STATUS_RESOLVED],
                            self->n_needs - self->needs_by_status[LIAN_NEED_STATUS_CLOSED]);
}

/**
 * lian_summary_get_n_timed_resolutions:
 * @self: a summary
 *
 * Counts the resolved needs in scope whose days to resolve are known (both
 * dates set, resolved not before submitted): the needs the median and the
 * 90th percentile are taken over.
 *
 * Returns: the number of needs
 */
guint
lian_summary_get_n_timed_resolutions (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_timed;
}

/**
 * lian_summary_get_median_days_to_resolve:
 * @self: a summary
 *
 * The median of the days the resolved needs in scope took, from submitted
 * to resolved: 0 for a need resolved the day it was submitted. With an
 * even count it is the mean of the middle two.
 *
 * Returns: the median, or -1 when no resolved need has both dates
 */
double
lian_summary_get_median_days_to_resolve (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), -1);

  return self->median_days;
}

/**
 * lian_summary_get_p90_days_to_resolve:
 * @self: a summary
 *
 * The 90th percentile of the days the resolved needs in scope took,
 * interpolated linearly between the nearest ranks: for sorted days
 * `d[0..n-1]`, with `h = 0.9 × (n − 1)`, it is
 * `d[⌊h⌋] + (h − ⌊h⌋) × (d[⌊h⌋ + 1] − d[⌊h⌋])`.
 *
 * Returns: the percentile, or -1 when no resolved need has both dates
 */
double
lian_summary_get_p90_days_to_resolve (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), -1);

  return self->p90_days;
}

/**
 * lian_summary_get_n_projects:
 * @self: a summary
 *
 * Counts the action projects in scope.
 *
 * Returns: the number of projects
 */
guint
lian_summary_get_n_projects (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_projects;
}

/**
 * lian_summary_get_n_projects_by_status:
 * @self: a summary
 * @status: a status
 *
 * Counts the action projects in scope that stand at @status.
 *
 * Returns: the number of projects
 */
guint
lian_summary_get_n_projects_by_status (LianSummary       *self,
                                       LianProjectStatus  status)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) status < LIAN_N_PROJECT_STATUSES, 0);

  return self->projects_by_status[status];
}

/**
 * lian_summary_get_loans_yuan:
 * @self: a summary
 *
 * Sums the loans the action projects in scope coordinated. A sum past
 * `G_MAXINT64` stays there, and [method@Lian.Summary.get_problems] says so.
 *
 * Returns: the sum, in yuan
 */
gint64
lian_summary_get_loans_yuan (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->loans_yuan;
}

/**
 * lian_summary_get_talents:
 * @self: a summary
 *
 * Sums the talents the action projects in scope brought in.
 *
 * Returns: the sum
 */
guint
lian_summary_get_talents (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->talents;
}

/**
 * lian_summary_get_problems_solved:
 * @self: a summary
 *
 * Sums the bottleneck problems the action projects in scope solved.
 *
 * Returns: the sum
 */
guint
lian_summary_get_problems_solved (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->problems_solved;
}

/**
 * lian_summary_get_n_activities:
 * @self: a summary
 *
 * Counts the activities in scope.
 *
 * Returns: the number of activities
 */
guint
lian_summary_get_n_activities (LianSummary *self)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);

  return self->n_activities;
}

/**
 * lian_summary_get_n_activities_by_kind:
 * @self: a summary
 * @kind: a kind of activity
 *
 * Counts the activities in scope of @kind.
 *
 * Returns: the number of activities
 */
guint
lian_summary_get_n_activities_by_kind (LianSummary      *self,
                                       LianActivityKind  kind)
{
  g_return_val_if_fail (LIAN_IS_SUMMARY (self), 0);
  g_return_val_if_fail ((guint) kind < LIAN_N_ACTIVITY_KINDS, 0);

  return self->activities_by_kind[kind];
}
