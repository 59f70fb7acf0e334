/* lian-need-event.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-need-event.h"

/**
 * LianNeedEvent:
 *
 * One step in the history of a [class@Lian.Need]: when it happened, the
 * status the need moved to, who moved it and why. Events are immutable and
 * reference counted; [method@Lian.Need.transition] appends one for every
 * move.
 *
 * ```python
 * for event in need.get_history():
 *     print(event.get_at().format_iso8601(), event.get_status(),
 *           event.get_actor(), event.get_note())
 * ```
 */

struct _LianNeedEvent
{
  gatomicrefcount ref_count;

  GDateTime *at;
  LianNeedStatus status;
  char *actor;
  char *note;
};

G_DEFINE_BOXED_TYPE (LianNeedEvent, lian_need_event,
                     lian_need_event_ref, lian_need_event_unref)

/**
 * lian_need_event_new:
 * @at: when the step happened, with its time zone
 * @status: the status the need moved to
 * @actor: (nullable): the id of who moved it: a person or an organisation
 * @note: (nullable): why, in words
 *
 * Creates an event. The event keeps a reference to @at and copies of the
 * strings.
 *
 * Returns: (transfer full): a new event
 */
LianNeedEvent *
lian_need_event_new (GDateTime      *at,
                     LianNeedStatus  status,
                     const char     *actor,
                     const char     *note)
{
  LianNeedEvent *self;

  g_return_val_if_fail (at != NULL, NULL);
  g_return_val_if_fail ((guint) status <= LIAN_NEED_STATUS_CLOSED, NULL);

  self = g_new0 (LianNeedEvent, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->at = g_date_time_ref (at);
  self->status = status;
  self->actor = g_strdup (actor);
  self->note = g_strdup (note);
  return self;
}

/**
 * lian_need_event_ref:
 * @self: an event
 *
 * Takes a reference to @self.
 *
 * Returns: (transfer full): @self
 */
LianNeedEvent *
lian_need_event_ref (LianNeedEvent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * lian_need_event_unref:
 * @self: (transfer full): an event
 *
 * Drops a reference to @self, freeing it when the last one goes.
 */
void
lian_need_event_unref (LianNeedEvent *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_date_time_unref (self->at);
  g_free (self->actor);
  g_free (self->note);
  g_free (self);
}

/**
 * lian_need_event_get_at:
 * @self: an event
 *
 * Gets when the step happened.
 *
 * Returns: (transfer none): the date and time, in the zone it was given in
 */
GDateTime *
lian_need_event_get_at (LianNeedEvent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->at;
}

/**
 * lian_need_event_get_status:
 * @self: an event
 *
 * Gets the status the need moved to.
 *
 * Returns: the status
 */
LianNeedStatus
lian_need_event_get_status (LianNeedEvent *self)
{
  g_return_val_if_fail (self != NULL, LIAN_NEED_STATUS_SUBMITTED);

  return self->status;
}

/**
 * lian_need_event_get_actor:
 * @self: an event
 *
 * Gets the id of who moved the need.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_event_get_actor (LianNeedEvent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->actor;
}

/**
 * lian_need_event_get_note:
 * @self: an event
 *
 * Gets the note given with the move.
 *
 * Returns: (nullable): the note
 */
const char *
lian_need_event_get_note (LianNeedEvent *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->note;
}
