/* lian-csv-moves.c: a need's status, caught up from a spreadsheet
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A needs sheet says where each need stands now (已解决, 解决日期
 * 2023-10-20), not how it got there. An update that changes the status
 * takes the need through the status machine by the shortest way, one move
 * at a time (已提交 → 已受理 → 已解决), and dates each move by the sheet:
 * a move to 已解决 or 已关闭 by its 解决日期 (办结日期), a move the sheet
 * gives no date for by the next move it does, the last one by the time of
 * the import. Times are China Standard Time; no move is dated before the
 * need's last event. The actor is the row's 承办组织, and the note says the
 * move was caught up from the sheet.
 */
#include "config.h"

#include <stdio.h>

#include "lian-csv-import-private.h"
#include "lian-date.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-need-private.h"

#define N_STATUSES (LIAN_NEED_STATUS_CLOSED + 1)

/* The shortest way from @from to @to through allowed moves, as the
 * statuses after @from; FALSE if there is none. */
static gboolean
find_way (LianNeedStatus  from,
          LianNeedStatus  to,
          LianNeedStatus *way,
          guint          *n)
{
  int previous[N_STATUSES];
  LianNeedStatus queue[N_STATUSES];
  guint head = 0, tail = 0, count = 0;

  for (guint s = 0; s < N_STATUSES; s++)
    previous[s] = -1;
  previous[from] = from;
  queue[tail++] = from;
  while (head < tail && previous[to] < 0)
    {
      LianNeedStatus s = queue[head++];
      for (guint t = 0; t < N_STATUSES; t++)
        if (previous[t] < 0 && lian_need_is_move_allowed (s, t))
          {
            previous[t] = s;
            queue[tail++] = t;
          }
    }
  if (previous[to] < 0)
    return FALSE;
  for (LianNeedStatus s = to; s != from; s = previous[s])
    count++;
  *n = count;
  for (LianNeedStatus s = to; s != from; s = previous[s])
    way[--count] = s;
  return TRUE;
}

static void
set_no_way_error (GError         **error,
                  LianNeedStatus   from,
                  LianNeedStatus   to)
{
  g_autoptr(GString) allowed = g_string_new (NULL);
  guint n = 0, k = 0;

  for (guint s = 0; s < N_STATUSES; s++)
    n += lian_need_is_move_allowed (from, s);
  for (guint s = 0; s < N_STATUSES; s++)
    if (lian_need_is_move_allowed (from, s))
      g_string_append_printf (allowed, "%s%s", k++ ? (k == n ? _(" and ") : _(", ")) : "",
                              lian_enum_get_csv_label (LIAN_TYPE_NEED_STATUS, s));
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
               _("a need cannot move from %s to %s by any way the status machine allows; "
               "from %s it can move to %s"),
               lian_enum_get_csv_label (LIAN_TYPE_NEED_STATUS, from),
               lian_enum_get_csv_label (LIAN_TYPE_NEED_STATUS, to),
               lian_enum_get_csv_label (LIAN_TYPE_NEED_STATUS, from), allowed->str);
}

/* The file column of @property, or -1. */
static int
column_of (LianCsvImport *import,
           const char    *property)
{
  for (guint j = 0; j < import->n_columns; j++)
    if (import->map[j] >= 0 && g_strcmp0 (import->table[import->map[j]].property, property) == 0)
      return (int) j;
  return -1;
}

/* The file column of @property, if the row gave it a value, else -1. */
static int
given (LianCsvImport *import,
       const char    *property)
{
  int j = column_of (import, property);

  return j >= 0 && G_IS_VALUE (&import->values[j]) ? j : -1;
}

static GDateTime *
start_of_day (const char *date,
              GTimeZone  *zone)
{
  int y, m, d;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new (zone, y, m, d, 0, 0, 0);
}

/* The time of the need's latest event, or NULL. */
static GDateTime *
last_event (LianNeed *need)
{
  GPtrArray *history = lian_need_peek_history (need);
  GDateTime *last = NULL;

  for (guint i = 0; i < history->len; i++)
    {
      GDateTime *at = lian_need_event_get_at (g_ptr_array_index (history, i));
      if (last == NULL || g_date_time_compare (at, last) > 0)
        last = at;
    }
  return last;
}

static gboolean
same_or_later_day (GDateTime *a,
                   GDateTime *b)
{
  g_autofree char *day_a = lian_date_from_date_time (a);
  g_autofree char *day_b = lian_date_from_date_time (b);

  return g_strcmp0 (day_a, day_b) >= 0;
}

typedef struct
{
  LianCsvImport *import;
  LianNeed      *existing;
  LianNeed      *candidate;
  GTimeZone     *china;
  int            date_column;   /* 解决日期, if the row gave it */
  int           *column;
} Plan;

/* When the move to @status is dated: NULL for a move the sheet gives no
 * date for. */
static GDateTime *
own_date (Plan           *plan,
          LianNeedStatus  status)
{
  if ((status != LIAN_NEED_STATUS_RESOLVED && status != LIAN_NEED_STATUS_CLOSED) ||
      plan->date_column < 0)
    return NULL;
  return start_of_day (lian_need_get_resolved (plan->candidate), plan->china);
}

/* Dates each move of @way: its own date, else the next one's, else now;
 * never before @after. */
static gboolean
date_moves (Plan            *plan,
            LianNeedStatus  *way,
            guint            n,
            GDateTime       *after,
            GDateTime      **dates,
            GError         **error)
{
  for (guint i = n; i-- > 0;)
    {
      dates[i] = own_date (plan, way[i]);
      if (dates[i] == NULL)
        dates[i] = i + 1 < n ? g_date_time_ref (dates[i + 1]) : g_date_time_new_now (plan->china);
    }
  for (guint i = 0; i < n; i++)
    {
      if (after && g_date_time_compare (dates[i], after) < 0)
        {
          g_autofree char *day = lian_date_from_date_time (dates[i]);
          g_autofree char *then = lian_date_from_date_time (after);
          if (!same_or_later_day (dates[i], after))
            {
              if (plan->date_column >= 0)
                *plan->column = plan->date_column;
              g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                           _("%s on %s would come before the need's last move, on %s"),
                           lian_enum_get_csv_label (LIAN_TYPE_NEED_STATUS, way[i]), day, then);
              return FALSE;
            }
          g_date_time_unref (dates[i]);
          dates[i] = g_date_time_ref (after);
        }
      after = dates[i];
    }
  return TRUE;
}

GPtrArray *
lian_csv_plan_moves (LianCsvImport  *import,
                     LianNeed       *existing,
                     LianNeed       *candidate,
                     guint           line,
                     int            *column,
                     GError        **error)
{
  LianNeedStatus from = lian_need_get_status (existing);
  LianNeedStatus to = lian_need_get_status (candidate);
  LianNeedStatus way[N_STATUSES];
  GDateTime *dates[N_STATUSES] = { NULL, };
  g_autoptr(GTimeZone) china = g_time_zone_new_identifier ("+08:00");
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
  g_autofree char *note = g_strdup_printf ("据导入表格第%u行补录", line);
  Plan plan = { import, existing, candidate, china, given (import, "resolved"), column };
  const char *actor = given (import, "assignee-id") >= 0
                      ? lian_need_get_assignee_id (candidate) : NULL;
  const char *submitted;
  guint n = 0;
  gboolean ok;

  *column = import->status_column;
  if (from == to)
    return g_steal_pointer (&moves);
  if (!find_way (from, to, way, &n))
    {
      set_no_way_error (error, from, to);
      return NULL;
    }
  ok = date_moves (&plan, way, n, last_event (existing), dates, error);
  /* The row's submission day, which the update sets first, if it has the column. */
  submitted = column_of (import, "submitted") >= 0 ? lian_need_get_submitted (candidate)
                                                   : lian_need_get_submitted (existing);
  for (guint i = 0; ok && i < n; i++)
    {
      g_autofree char *day = lian_date_from_date_time (dates[i]);
      if (way[i] == LIAN_NEED_STATUS_RESOLVED && lian_date_is_valid (submitted) &&
          g_strcmp0 (day, submitted) < 0)
        {
          *column = plan.date_column >= 0 ? plan.date_column : import->status_column;
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                       _("%s on %s would come before the need was submitted, on %s"),
                       lian_enum_get_csv_label (LIAN_TYPE_NEED_STATUS, way[i]), day, submitted);
          ok = FALSE;
        }
      else
        g_ptr_array_add (moves, lian_need_event_new (dates[i], way[i], actor, note));
    }
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&dates[i], g_date_time_unref);
  return ok ? g_steal_pointer (&moves) : NULL;
}

void
lian_csv_make_moves (LianNeed  *need,
                     GPtrArray *moves)
{
  for (guint i = 0; moves && i < moves->len; i++)
    {
      LianNeedEvent *move = g_ptr_array_index (moves, i);
      g_autoptr(GError) error = NULL;

      if (!lian_need_transition (need, lian_need_event_get_status (move),
                                 lian_need_event_get_actor (move),
                                 lian_need_event_get_note (move),
                                 lian_need_event_get_at (move), &error))
        g_critical ("a move checked when planned failed: %s", error->message);
    }
}
