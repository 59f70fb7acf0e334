/* lian-summary-periods.c: a roll-up by month or quarter
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-summary-private.h"
#include "lian-registry-private.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-i18n-private.h"

/* Rata Die (GDate's Julian day) of 1970-01-01, day 0 of lian_date_to_day(). */
#define RATA_DIE_1970 719163

typedef struct
{
  LianPeriod  period;
  GHashTable *groups;     /* period index → LianSummary (owned) */
  char       *label;      /* the scope's */
  gint        first;      /* the earliest and latest period index met */
  gint        last;
} Periods;

/* Periods are numbered from year 0: months as 12 × year + month − 1,
 * quarters as 4 × year + quarter − 1. */
static gint
period_index (LianPeriod period,
              gint       year,
              gint       month)
{
  return period == LIAN_PERIOD_MONTH ? year * 12 + month - 1 : year * 4 + (month - 1) / 3;
}

static gint
period_of_day (LianPeriod period,
               gint32     day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) (day + RATA_DIE_1970));
  return period_index (period, g_date_get_year (&date), g_date_get_month (&date));
}

/* `2023-09` or `2023-Q3` */
static char *
period_key (LianPeriod period,
            gint       index)
{
  if (period == LIAN_PERIOD_MONTH)
    return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
  return g_strdup_printf ("%04d-Q%d", index / 4, index % 4 + 1);
}

/* `2023-09` or `2023 Q3`; in Chinese `2023年9月` or `2023年第3季度` */
static char *
period_label (LianPeriod period,
              gint       index)
{
  if (period == LIAN_PERIOD_MONTH)
    /* TRANSLATORS: a month, as a roll-up by month labels it: the year,
     * then the month from 1 to 12 (2023-09; in Chinese 2023年9月). */
    return g_strdup_printf (_("%d-%02d"), index / 12, index % 12 + 1);
  /* TRANSLATORS: a quarter, as a roll-up by quarter labels it: the year,
   * then the quarter from 1 to 4 (2023 Q3; in Chinese 2023年第3季度). */
  return g_strdup_printf (_("%d Q%d"), index / 4, index % 4 + 1);
}

static LianSummary *
group_of (LianCollect *c,
          gint         index)
{
  Periods *p = c->data;
  LianSummary *group = g_hash_table_lookup (p->groups, GINT_TO_POINTER (index));

  if (group == NULL)
    {
      g_autofree char *key = period_key (p->period, index);
      g_autofree char *label = period_label (p->period, index);

      group = lian_summary_new_empty (p->label, c->as_of, key, label);
      group->by_period = TRUE;
      g_hash_table_insert (p->groups, GINT_TO_POINTER (index), group);
      p->first = MIN (p->first, index);
      p->last = MAX (p->last, index);
    }
  return group;
}

/* The date that puts a record of @kind in its period, or NULL. */
static const char *
dated (LianRecordKind  kind,
       LianRecord     *record)
{
  switch (kind)
    {
    case LIAN_RECORD_KIND_ORGANIZATION:
      return lian_party_org_get_founded (LIAN_PARTY_ORG (record));
    case LIAN_RECORD_KIND_NEED:
      return lian_need_get_submitted (LIAN_NEED (record));
    case LIAN_RECORD_KIND_PROJECT:
      return lian_action_project_get_started (LIAN_ACTION_PROJECT (record));
    case LIAN_RECORD_KIND_ACTIVITY:
      return lian_activity_get_date (LIAN_ACTIVITY (record));
    default:
      return NULL;
    }
}

/* A record goes to the period of its date; a need resolved by as_of also
 * counts as a resolution in the period it was resolved in. */
static gboolean
route_by_period (LianCollect    *c,
                 LianRecordKind  kind,
                 LianRecord     *record)
{
  Periods *p = c->data;
  gint32 day = lian_date_to_day (dated (kind, record));

  if (day != LIAN_DAY_INVALID)
    g_ptr_array_add (c->targets, group_of (c, period_of_day (p->period, day)));
  if (kind == LIAN_RECORD_KIND_NEED && c->resolved_day != LIAN_DAY_INVALID)
    {
      LianSummary *group = group_of (c, period_of_day (p->period, c->resolved_day));

      group->n_resolutions++;
      group->touched = TRUE;
    }
  return TRUE;
}

/* Every period from the first to the last, those where nothing happened
 * included, finished, in order; frees the groups. */
static GListModel *
periods_finish (LianCollect *c,
                Periods     *p)
{
  GListStore *store = g_list_store_new (LIAN_TYPE_SUMMARY);

  for (gint i = p->first; p->first <= p->last && i <= p->last; i++)
    {
      LianSummary *group = group_of (c, i);

      lian_summary_finish (group);
      g_list_store_append (store, group);
    }
  g_clear_pointer (&p->groups, g_hash_table_unref);
  return G_LIST_MODEL (store);
}

/**
 * lian_summary_rollup_periods:
 * @registry: a registry
 * @scope: (nullable): which records to count, or `NULL` for all of them
 * @period: months or quarters
 * @as_of: (nullable): a date `YYYY-MM-DD`, or `NULL` for no date limit
 *
 * Summarises @scope period by period: what happened in each month or
 * quarter. A record that has a date goes to the period of that date:
 * organisations by `founded`, needs by `submitted`, projects by `started`,
 * activities by `date`; chains, enterprises and service items have none and
 * are in no period. So a period's [method@Lian.Summary.get_n_needs] counts
 * the submissions, by category and by the status they stand at (on @as_of,
 * if set), and its [method@Lian.Summary.get_n_resolutions] counts the
 * resolutions: the needs in scope resolved in that period (by @as_of),
 * whenever they were submitted. A need resolved without a resolved date
 * counts in no period's resolutions.
 *
 * The period's key is `2023-09` for a month, `2023-Q3` for a quarter; its
 * label `2023年9月`, `2023年第3季度`. Every period from the first to the
 * last where something happened is listed, in order, those in between
 * where nothing did included (with zeros), so that the list can be
 * charted as it is. @scope's region, chain and date range apply as for
 * [ctor@Lian.Summary.new] (with a date range, resolutions are counted
 * among the needs submitted in it).
 *
 * ```python
 * for month in Lian.Summary.rollup_periods(reg, None, Lian.Period.MONTH, None):
 *     print(month.props.key, month.props.n_needs, month.props.n_resolutions)
 * ```
 *
 * Returns: (transfer full): a list of [class@Lian.Summary], ordered by
 *   period
 */
GListModel *
lian_summary_rollup_periods (LianRegistry *registry,
                             LianFilter   *scope,
                             LianPeriod    period,
                             const char   *as_of)
{
  LianCollect c;
  Periods p = { period, NULL, NULL, G_MAXINT, G_MININT };
  GListModel *result;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (scope == NULL || LIAN_IS_FILTER (scope), NULL);
  g_return_val_if_fail (period == LIAN_PERIOD_MONTH || period == LIAN_PERIOD_QUARTER, NULL);
  g_return_val_if_fail (as_of == NULL || lian_date_is_valid (as_of), NULL);

  lian_collect_init (&c, registry, scope, as_of);
  p.label = lian_summary_make_label (&c, c.region, c.chain);
  p.groups = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  c.data = &p;
  c.by_chain = route_by_period;
  c.want_resolved = TRUE;
  lian_collect_run (&c);
  result = periods_finish (&c, &p);
  g_free (p.label);
  lian_collect_clear (&c);
  return result;
}
