/* lian-need-moves.c: a need's status machine, its history and the days it was
 * submitted and resolved
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-need-private.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-enums-private.h"
#include "lian-i18n-private.h"

#define props lian_need_props

/* Counts the days to resolve again after a date changed; always true, to
 * go on with the change. */
gboolean
lian_need_update_days (LianNeed *self)
{
  lian_need_filled (NEED_ROW (self));
  return TRUE;
}

void
lian_need_filled (gpointer row)
{
  LianNeedRow *need = row;
  gint32 submitted = lian_date_to_day (need->submitted);
  gint32 resolved = lian_date_to_day (need->resolved);

  need->days_to_resolve =
    submitted == LIAN_DAY_INVALID || resolved == LIAN_DAY_INVALID ||
    resolved < submitted ? -1 : resolved - submitted;
}

/* What set_property cannot put back: the status and the history. */
void
lian_need_copy_state (LianRecord *dst,
                      LianRecord *src)
{
  LianNeed *to = LIAN_NEED (dst);
  LianNeedRow *from = NEED_ROW (LIAN_NEED (src));
  GPtrArray *had = NEED_MORE_GET (NEED_ROW (to), history, NULL);
  GPtrArray *events = NEED_MORE_GET (from, history, NULL);

  NEED_ROW (to)->status = from->status;
  if (had)
    g_ptr_array_set_size (had, 0);
  for (guint i = 0; events && i < events->len; i++)
    g_ptr_array_add (lian_need_ensure_history (to), lian_need_event_ref (events->pdata[i]));
  lian_need_update_days (to);
}

/* For each status, the set of statuses it may move to (bit s for status s). */
static const guint allowed_moves[] = {
  [LIAN_NEED_STATUS_SUBMITTED] = 1 << LIAN_NEED_STATUS_ACCEPTED |
                                 1 << LIAN_NEED_STATUS_CLOSED,
  [LIAN_NEED_STATUS_ACCEPTED] = 1 << LIAN_NEED_STATUS_IN_PROGRESS |
                                1 << LIAN_NEED_STATUS_RESOLVED |
                                1 << LIAN_NEED_STATUS_CLOSED,
  [LIAN_NEED_STATUS_IN_PROGRESS] = 1 << LIAN_NEED_STATUS_RESOLVED |
                                   1 << LIAN_NEED_STATUS_CLOSED,
  [LIAN_NEED_STATUS_RESOLVED] = 1 << LIAN_NEED_STATUS_IN_PROGRESS,
  [LIAN_NEED_STATUS_CLOSED] = 1 << LIAN_NEED_STATUS_IN_PROGRESS,
};

/**
 * lian_need_get_n_events:
 * @self: a need
 *
 * Gets how many events the need's history holds.
 *
 * Returns: the number of events
 */
guint
lian_need_get_n_events (LianNeed *self)
{
  GPtrArray *history;

  g_return_val_if_fail (LIAN_IS_NEED (self), 0);

  history = NEED_MORE_GET (NEED_ROW (self), history, NULL);
  return history ? history->len : 0;
}

/**
 * lian_need_get_history:
 * @self: a need
 *
 * Gets the moves the need went through, oldest first. The array belongs to
 * the need and grows with it: do not change it.
 *
 * Returns: (transfer none) (element-type LianNeedEvent): the events,
 *   possibly none
 */
GPtrArray *
lian_need_get_history (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return lian_need_ensure_history (self);
}

GPtrArray *
lian_need_peek_history (LianNeed *self)
{
  static gsize none;
  GPtrArray *history = NEED_MORE_GET (NEED_ROW (self), history, NULL);

  if (history)
    return history;
  if (g_once_init_enter (&none))
    g_once_init_leave (&none, (gsize) g_ptr_array_new ());
  return (GPtrArray *) none;
}

/**
 * lian_need_append_event:
 * @self: a need
 * @event: an event
 *
 * Appends @event to the need's history as it is, without checking it
 * against the status machine and without changing the status: this is for
 * loaders restoring a saved history. [method@Lian.Need.transition] is the
 * way to move a need.
 */
void
lian_need_append_event (LianNeed      *self,
                        LianNeedEvent *event)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));
  g_return_if_fail (event != NULL);

  lian_need_row_append_event (NEED_ROW (self), event);
  lian_record_changed (LIAN_RECORD (self), props[PROP_N_EVENTS]);
}

void
lian_need_row_append_event (LianNeedRow   *row,
                            LianNeedEvent *event)
{
  g_ptr_array_add (lian_need_row_ensure_history (row), lian_need_event_ref (event));
}

/**
 * lian_need_is_move_allowed:
 * @from: the status a need is in
 * @to: the status it would move to
 *
 * Whether the status machine allows a need to move from @from to @to:
 * submitted → accepted or closed; accepted → in-progress, resolved or
 * closed; in-progress → resolved or closed; resolved or closed →
 * in-progress (a reopening). Staying put is not a move.
 *
 * Returns: true if the move is allowed
 */
gboolean
lian_need_is_move_allowed (LianNeedStatus from,
                           LianNeedStatus to)
{
  g_return_val_if_fail ((guint) from <= LIAN_NEED_STATUS_CLOSED, FALSE);
  g_return_val_if_fail ((guint) to <= LIAN_NEED_STATUS_CLOSED, FALSE);

  return (allowed_moves[from] & (1u << to)) != 0;
}

static void
set_illegal_move_error (GError         **error,
                        LianNeedStatus   from,
                        LianNeedStatus   to)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    if (allowed_moves[from] & (1u << s))
      {
        if (allowed->len)
          g_string_append (allowed, _(", "));
        g_string_append (allowed, lian_enum_word (LIAN_TYPE_NEED_STATUS, s));
      }
  /* TRANSLATORS: the statuses are nicks in English (in-progress), labels
   * in Chinese (办理中) */
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
               _("status: cannot move from %s to %s; allowed: %s"),
               lian_enum_word (LIAN_TYPE_NEED_STATUS, from),
               lian_enum_word (LIAN_TYPE_NEED_STATUS, to), allowed->str);
}

/**
 * lian_need_transition:
 * @self: a need
 * @status: the status to move to
 * @actor_id: (nullable): the id of who moves it: a person or an organisation
 * @note: (nullable): why, in words; required to reopen a need
 * @when: (nullable): when the move happens, or `NULL` for now in the local
 *   time zone
 * @error: return location for a [error@Lian.DataError] or
 *   [error@Lian.RegistryError]
 *
 * Moves the need to @status, if [func@Lian.Need.is_move_allowed] allows it,
 * and appends the move to its history. A move to resolved sets
 * [property@Lian.Need:resolved] to the date of @when in its own time zone;
 * reopening a resolved or closed need takes a note and clears it.
 *
 * Each property that changed is notified once, [property@Lian.Need:n-events]
 * included. On an error nothing changes. On a need a registry holds, the
 * registry checks the move as it checks every change, and its refusal (a
 * conflict in a store, say) comes back in @error, not as a warning.
 *
 * ```python
 * need.transition(Lian.NeedStatus.ACCEPTED, 'org-1', '转县工信局', None)
 * ```
 *
 * Returns: true if the need moved; false with
 *   `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` for a move the status machine does
 *   not allow (the message lists those it does), `LIAN_DATA_ERROR_MISSING`
 *   for a reopening without a note, or `LIAN_DATA_ERROR_INVALID_DATE` for a
 *   resolution dated before [property@Lian.Need:submitted]
 */
gboolean
lian_need_transition (LianNeed        *self,
                      LianNeedStatus   status,
                      const char      *actor_id,
                      const char      *note,
                      GDateTime       *when,
                      GError         **error)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *resolved = NULL;
  gboolean reopening;
  gboolean resolved_changed = FALSE;

  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail ((guint) status <= LIAN_NEED_STATUS_CLOSED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lian_need_is_move_allowed (NEED_ROW (self)->status, status))
    {
      set_illegal_move_error (error, NEED_ROW (self)->status, status);
      return FALSE;
    }
  reopening = NEED_ROW (self)->status == LIAN_NEED_STATUS_RESOLVED ||
              NEED_ROW (self)->status == LIAN_NEED_STATUS_CLOSED;
  if (reopening && (note == NULL || note[0] == '\0'))
    {
      g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                           _("note: reopening a need takes a note"));
      return FALSE;
    }

  if (when == NULL)
    when = now = g_date_time_new_now_local ();
  if (status == LIAN_NEED_STATUS_RESOLVED)
    {
      resolved = lian_date_from_date_time (when);
      /* A need resolved before it was submitted would no longer validate. */
      if (lian_date_is_valid (NEED_ROW (self)->submitted) &&
          !lian_check_dates_ordered ("submitted", NEED_ROW (self)->submitted,
                                     "resolved", resolved, error))
        return FALSE;
    }

  /* Change everything first, so that handlers see the whole move. */
  NEED_ROW (self)->status = status;
  if (status == LIAN_NEED_STATUS_RESOLVED || reopening)
    resolved_changed = lian_str_set_shared (&NEED_ROW (self)->resolved, resolved) &&
                       lian_need_update_days (self);
  g_ptr_array_add (lian_need_ensure_history (self), lian_need_event_new (when, status, actor_id, note));

  lian_record_changed (LIAN_RECORD (self), props[PROP_STATUS]);
  if (resolved_changed)
    lian_record_changed (LIAN_RECORD (self), props[PROP_RESOLVED]);
  lian_record_changed (LIAN_RECORD (self), props[PROP_N_EVENTS]);
  return LIAN_RECORD_CHANGE_FINISH (error);
}

/**
 * lian_need_is_open:
 * @self: a need
 *
 * Whether the need still waits for an answer: submitted, accepted or in
 * progress.
 *
 * Returns: true if it is open
 */
gboolean
lian_need_is_open (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);

  return NEED_ROW (self)->status == LIAN_NEED_STATUS_SUBMITTED ||
         NEED_ROW (self)->status == LIAN_NEED_STATUS_ACCEPTED ||
         NEED_ROW (self)->status == LIAN_NEED_STATUS_IN_PROGRESS;
}

/**
 * lian_need_get_days_to_resolve:
 * @self: a need
 *
 * Counts the days from [property@Lian.Need:submitted] to
 * [property@Lian.Need:resolved].
 *
 * Returns: the number of days, 0 for a need resolved the day it was
 *   submitted; -1 when either date is missing or not a valid date, or when
 *   resolved comes before submitted
 */
int
lian_need_get_days_to_resolve (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), -1);

  return NEED_ROW (self)->days_to_resolve;
}

/**
 * lian_need_get_status:
 * @self: a need
 *
 * Gets where the need stands. [method@Lian.Need.transition] moves it.
 *
 * Returns: the status
 */
LianNeedStatus
lian_need_get_status (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), LIAN_NEED_STATUS_SUBMITTED);

  return NEED_ROW (self)->status;
}

/**
 * lian_need_get_submitted:
 * @self: a need
 *
 * Gets the day the enterprise reported the need.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_need_get_submitted (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return NEED_ROW (self)->submitted;
}

/**
 * lian_need_set_submitted:
 * @self: a need
 * @submitted: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day the enterprise reported the need.
 * [method@Lian.Record.validate] checks it.
 */
void
lian_need_set_submitted (LianNeed   *self,
                         const char *submitted)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set_shared (&NEED_ROW (self)->submitted, submitted) && lian_need_update_days (self))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SUBMITTED]);
}

/**
 * lian_need_get_resolved:
 * @self: a need
 *
 * Gets the day the need was resolved.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_need_get_resolved (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return NEED_ROW (self)->resolved;
}

/**
 * lian_need_set_resolved:
 * @self: a need
 * @resolved: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day the need was resolved, as a loader restoring a saved need
 * does; [method@Lian.Need.transition] keeps it up to date otherwise.
 * [method@Lian.Record.validate] checks it.
 */
void
lian_need_set_resolved (LianNeed   *self,
                        const char *resolved)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set_shared (&NEED_ROW (self)->resolved, resolved) && lian_need_update_days (self))
    lian_record_changed (LIAN_RECORD (self), props[PROP_RESOLVED]);
}
