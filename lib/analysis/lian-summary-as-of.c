/* lian-summary-as-of.c: what existed on the day of a summary, and where
 * each need stood that day
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-summary-private.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-need-private.h"

gboolean
lian_collect_existed_on (LianCollect *c,
                         const char  *date)
{
  gint32 day;

  if (c->as_of == NULL || date == NULL)
    return TRUE;
  day = lian_date_to_day (date);
  return day == LIAN_DAY_INVALID || day <= c->as_of_day;
}

gboolean
lian_collect_existed (LianCollect    *c,
                      LianRecordKind  kind,
                      LianRecord     *record)
{
  if (c->as_of == NULL)
    return TRUE;
  switch (kind)
    {
    case LIAN_RECORD_KIND_ORGANIZATION:
      return lian_collect_existed_on (c, lian_party_org_get_founded (LIAN_PARTY_ORG (record)));
    case LIAN_RECORD_KIND_NEED:
      return lian_collect_existed_on (c, lian_need_get_submitted (LIAN_NEED (record)));
    case LIAN_RECORD_KIND_PROJECT:
      return lian_collect_existed_on (c, lian_action_project_get_started (LIAN_ACTION_PROJECT (record)));
    case LIAN_RECORD_KIND_ACTIVITY:
      return lian_collect_existed_on (c, lian_activity_get_date (LIAN_ACTIVITY (record)));
    default:
      return TRUE;
    }
}

static gint32
event_day (LianNeedEvent *event)
{
  char date[16];
  int y, m, d;

  g_date_time_get_ymd (lian_need_event_get_at (event), &y, &m, &d);
  g_snprintf (date, sizeof date, "%04d-%02d-%02d", y, m, d);
  return lian_date_to_day (date);
}

/* The status of @need on c->as_of, and the day it was resolved by then
 * (LIAN_DAY_INVALID if not resolved, or not known). See lian_summary_new()
 * for the rules. */
static LianNeedStatus
need_status (LianCollect *c,
             LianNeed    *need,
             gint32      *resolved_day)
{
  LianNeedStatus status = lian_need_get_status (need);
  gint32 resolved = LIAN_DAY_INVALID, resolved_event = LIAN_DAY_INVALID;
  LianNeedEvent *last = NULL;
  gboolean all_before = TRUE;
  GPtrArray *history;

  *resolved_day = LIAN_DAY_INVALID;
  if (status == LIAN_NEED_STATUS_RESOLVED || c->as_of)
    resolved = lian_date_to_day (lian_need_get_resolved (need));
  if (c->as_of == NULL)
    {
      *resolved_day = resolved;
      return status;
    }

  history = lian_need_peek_history (need);
  if (history->len == 0)
    {
      if (status != LIAN_NEED_STATUS_RESOLVED)
        return status;
      if (resolved != LIAN_DAY_INVALID && resolved > c->as_of_day)
        return LIAN_NEED_STATUS_SUBMITTED;
      *resolved_day = resolved;
      return status;
    }

  for (guint i = 0; i < history->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (history, i);
      gint32 day = event_day (event);

      if (day > c->as_of_day)
        {
          all_before = FALSE;
          continue;
        }
      if (last == NULL ||
          g_date_time_compare (lian_need_event_get_at (event), lian_need_event_get_at (last)) >= 0)
        last = event;
      if (lian_need_event_get_status (event) == LIAN_NEED_STATUS_RESOLVED)
        resolved_event = MAX (resolved_event, day);
    }
  if (!all_before)
    status = last ? lian_need_event_get_status (last) : LIAN_NEED_STATUS_SUBMITTED;
  if (status == LIAN_NEED_STATUS_RESOLVED)
    *resolved_day = resolved != LIAN_DAY_INVALID && resolved <= c->as_of_day
                    ? resolved : resolved_event;
  return status;
}

gint32
lian_collect_resolved_on (LianCollect    *c,
                          LianNeed       *need,
                          LianNeedStatus  status)
{
  gint32 resolved;

  if (status != LIAN_NEED_STATUS_RESOLVED)
    return LIAN_DAY_INVALID;
  if (c->as_of == NULL)
    return lian_date_to_day (lian_need_get_resolved (need));
  need_status (c, need, &resolved);
  return resolved;
}

void
lian_collect_need_facts (LianCollect    *c,
                         LianNeed       *need,
                         LianNeedStatus *status,
                         gint32         *days)
{
  gint32 resolved, submitted;

  if (c->as_of == NULL)
    {
      /* Kept by the need as its dates change. */
      *status = lian_need_get_status (need);
      *days = *status == LIAN_NEED_STATUS_RESOLVED
                    ? lian_need_get_days_to_resolve (need) : -1;
      return;
    }
  *status = need_status (c, need, &resolved);
  *days = -1;
  if (resolved == LIAN_DAY_INVALID)
    return;
  submitted = lian_date_to_day (lian_need_get_submitted (need));
  if (submitted != LIAN_DAY_INVALID && resolved >= submitted)
    *days = resolved - submitted;
}
