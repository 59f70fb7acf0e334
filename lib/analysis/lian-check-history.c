/* lian-check-history.c: whether a need agrees with its own history
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A loaded history is kept as it was written ([method@Lian.Need.append_event]
 * does not check it): a document written by hand, or by another program,
 * may hold moves the status machine does not allow, moves back in time, a
 * status or a resolved day other than the history says. A need moved
 * through [method@Lian.Need.transition] has none of these.
 */
#include "config.h"

#include "lian-check-private.h"
#include "lian-problem-private.h"
#include "lian-date.h"
#include "lian-enum-types.h"
#include "lian-i18n-private.h"
#include "lian-words-private.h"
#include "lian-need-private.h"

static void
report (GPtrArray  *problems,
        LianNeed   *need,
        const char *code,
        const char *field,
        char       *message)
{
  g_ptr_array_add (problems,
                   lian_problem_new_take (LIAN_SEVERITY_ERROR, code,
                                          lian_record_get_id (LIAN_RECORD (need)), field,
                                          message));
}

static const char *
nick (LianNeedStatus status)
{
  return lian_words_value (LIAN_TYPE_NEED_STATUS, status);
}

/* Each move from the one before it: allowed by the status machine, and
 * not earlier. The first is not judged: a history may begin after moves
 * nobody recorded (a need loaded as accepted, then moved on). */
static void
check_moves (GPtrArray *problems,
             LianNeed  *need,
             GPtrArray *history)
{
  for (guint i = 1; i < history->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (history, i);
      LianNeedEvent *before = g_ptr_array_index (history, i - 1);
      LianNeedStatus from = lian_need_event_get_status (before);
      LianNeedStatus to = lian_need_event_get_status (event);
      GDateTime *at = lian_need_event_get_at (event);
      GDateTime *was = lian_need_event_get_at (before);

      if (g_date_time_compare (at, was) < 0)
        {
          g_autofree char *at_text = g_date_time_format_iso8601 (at);
          g_autofree char *was_text = g_date_time_format_iso8601 (was);
          report (problems, need, "history-out-of-order", "history",
                  /* TRANSLATORS: a problem of a need's history: the move at
                   * history[1] is dated (an ISO 8601 time) before the move
                   * above it. */
                  g_strdup_printf (_("history[%u].at: %s comes before the move above it (%s)"),
                                   i, at_text, was_text));
        }
      if (!lian_need_is_move_allowed (from, to))
        report (problems, need, "history-illegal-move", "history",
                /* TRANSLATORS: a problem of a need's history: the statuses
                 * (in English their names, accepted; in your language their
                 * labels, 已受理) of a move the status machine forbids. */
                g_strdup_printf (_("history[%u].status: a need cannot move from %s to %s"),
                                 i, nick (from), nick (to)));
    }
}

/* The status and the resolved day against the last event. */
static void
check_outcome (GPtrArray *problems,
               LianNeed  *need,
               GPtrArray *history)
{
  guint last = history->len - 1;
  LianNeedEvent *event = g_ptr_array_index (history, last);
  LianNeedStatus ends = lian_need_event_get_status (event);
  LianNeedStatus status = lian_need_get_status (need);
  const char *resolved = lian_need_get_resolved (need);
  g_autofree char *day = NULL;

  if (ends != status)
    report (problems, need, "status-contradicts-history", "status",
            /* TRANSLATORS: two statuses of a need, then the position of its
             * history's last move. */
            g_strdup_printf (_("status: the need is %s, but its history ends in %s "
                               "(history[%u])"),
                             nick (status), nick (ends), last));
  if (ends != LIAN_NEED_STATUS_RESOLVED)
    {
      if (resolved != NULL)
        report (problems, need, "resolved-contradicts-history", "resolved",
                /* TRANSLATORS: the day the need says it was resolved, the
                 * status its history ends in, the position of that move. */
                g_strdup_printf (_("resolved: %s, but the history ends in %s (history[%u]), "
                                   "not resolved"), resolved, nick (ends), last));
      return;
    }
  day = lian_date_from_date_time (lian_need_event_get_at (event));
  if (resolved == NULL)
    report (problems, need, "resolved-contradicts-history", "resolved",
            g_strdup_printf (_("resolved: no day, but the history resolved the need on %s "
                               "(history[%u])"), day, last));
  else if (!g_str_equal (resolved, day))
    report (problems, need, "resolved-contradicts-history", "resolved",
            g_strdup_printf (_("resolved: %s, but the history resolved the need on %s "
                               "(history[%u])"), resolved, day, last));
}

void
lian_check_need_history (LianNeed  *need,
                         GPtrArray *problems)
{
  GPtrArray *history = lian_need_peek_history (need);

  /* A need without a history says nothing to contradict. */
  if (history->len == 0)
    return;
  check_moves (problems, need, history);
  check_outcome (problems, need, history);
}
