/* lian-queue.c: work queues of needs, with deadlines and escalation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every date compared here is a calendar day: the queues are read on a
 * reference day the caller gives, never on the clock's.
 */
#include "config.h"

#include <stdio.h>

#include "lian-queue.h"
#include "lian-date.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-need-private.h"

static gboolean
read_day (const char *text,
          GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || !lian_date_is_valid (text) || sscanf (text, "%d-%d-%d", &y, &m, &d) != 3)
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return g_date_valid (date);
}

static char *
dup_day (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

/**
 * lian_registry_get_service_level:
 * @self: a registry
 * @category: a need category
 * @accept_days: (out) (optional): the days a need of @category may wait to
 *   be accepted after it was submitted
 * @resolve_days: (out) (optional): the days it may take to be resolved
 *   after it was submitted
 *
 * Reads the service level of a need category. Service levels are kept in
 * the store with the register, as the document member `service_levels`
 * (the SQLite store's `document` table):
 *
 * ```json
 * "service_levels": { "technology": { "accept_days": 3, "resolve_days": 30 } }
 * ```
 *
 * Returns: true if @category has a service level; false (and 0 days) if not
 */
gboolean
lian_registry_get_service_level (LianRegistry     *self,
                                 LianNeedCategory  category,
                                 guint            *accept_days,
                                 guint            *resolve_days)
{
  JsonObject *extra, *levels, *level;
  const char *nick;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);

  if (accept_days)
    *accept_days = 0;
  if (resolve_days)
    *resolve_days = 0;
  extra = lian_registry_get_extra (self);
  nick = lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, category);
  if (extra == NULL || nick == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (extra, "service_levels")))
    return FALSE;
  levels = json_object_get_object_member (extra, "service_levels");
  if (!json_object_has_member (levels, nick) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (levels, nick)))
    return FALSE;
  level = json_object_get_object_member (levels, nick);
  if (accept_days)
    *accept_days = MAX (json_object_get_int_member_with_default (level, "accept_days", 0), 0);
  if (resolve_days)
    *resolve_days = MAX (json_object_get_int_member_with_default (level, "resolve_days", 0), 0);
  return TRUE;
}

/**
 * lian_registry_dup_need_deadline:
 * @self: a registry
 * @need: a need
 *
 * The day by which @need must be handled next: while it waits to be
 * accepted, its submission day plus the days its category's service level
 * allows to accept it ([method@Lian.Registry.get_service_level]); after
 * that, its [property@Lian.Need:due] day, or else its submission day plus
 * the days allowed to resolve it. A closed or resolved need, or one with
 * nothing to count from, has none.
 *
 * Returns: (transfer full) (nullable): the day, `YYYY-MM-DD`, or `NULL`
 */
char *
lian_registry_dup_need_deadline (LianRegistry *self,
                                 LianNeed     *need)
{
  guint accept = 0, resolve = 0;
  gboolean has_level;
  LianNeedStatus status;
  GDate day;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (LIAN_IS_NEED (need), NULL);

  if (!lian_need_is_open (need))
    return NULL;
  status = lian_need_get_status (need);
  has_level = lian_registry_get_service_level (self, lian_need_get_category (need),
                                               &accept, &resolve);
  if (status == LIAN_NEED_STATUS_SUBMITTED && has_level && accept > 0 &&
      read_day (lian_need_get_submitted (need), &day))
    {
      g_date_add_days (&day, accept);
      return dup_day (&day);
    }
  if (lian_need_get_due (need))
    return g_strdup (lian_need_get_due (need));
  if (has_level && resolve > 0 && read_day (lian_need_get_submitted (need), &day))
    {
      g_date_add_days (&day, resolve);
      return dup_day (&day);
    }
  return NULL;
}

/* The day of the need's last move, or of its submission. */
static gboolean
last_moved (LianNeed *need,
            GDate    *date)
{
  GPtrArray *history = lian_need_peek_history (need);

  if (history && history->len > 0)
    {
      GDateTime *at = lian_need_event_get_at (history->pdata[history->len - 1]);
      g_autofree char *text = g_date_time_format (at, "%Y-%m-%d");
      return read_day (text, date);
    }
  return read_day (lian_need_get_submitted (need), date);
}

/* Whether @need is past its deadline on @on. */
static gboolean
is_overdue (LianRegistry *self,
            LianNeed     *need,
            const GDate  *on)
{
  g_autofree char *deadline = lian_registry_dup_need_deadline (self, need);
  GDate day;

  return read_day (deadline, &day) && g_date_compare (&day, on) < 0;
}

static gboolean
in_queue (LianRegistry  *self,
          LianNeed      *need,
          const char    *org_id,
          LianQueueKind  kind,
          const GDate   *on,
          guint          days)
{
  const char *assignee = lian_need_get_assignee_id (need);
  g_autofree char *deadline = NULL;
  GDate day;

  if (!lian_need_is_open (need) || assignee == NULL)
    return FALSE;
  if (kind == LIAN_QUEUE_KIND_ESCALATED)
    {
      LianPartyOrg *org = lian_registry_lookup_organization (self, assignee);
      return org && g_strcmp0 (lian_party_org_get_parent_id (org), org_id) == 0 &&
             is_overdue (self, need, on);
    }
  if (!g_str_equal (assignee, org_id))
    return FALSE;
  switch (kind)
    {
    case LIAN_QUEUE_KIND_ASSIGNED:
      return TRUE;
    case LIAN_QUEUE_KIND_OVERDUE:
      return is_overdue (self, need, on);
    case LIAN_QUEUE_KIND_STALLED:
      return last_moved (need, &day) && g_date_days_between (&day, on) >= (int) days;
    case LIAN_QUEUE_KIND_DUE_SOON:
      deadline = lian_registry_dup_need_deadline (self, need);
      if (!read_day (deadline, &day))
        return FALSE;
      return g_date_compare (&day, on) >= 0 && g_date_days_between (on, &day) <= (int) days;
    default:
      return FALSE;
    }
}

/**
 * lian_registry_dup_queue:
 * @self: a registry
 * @org_id: the id of an organisation: the assignee whose queue it is
 * @kind: which queue
 * @on: the reference day, `YYYY-MM-DD` (today, for a daily digest)
 * @days: for `LIAN_QUEUE_KIND_STALLED`, how many days without a move make a
 *   need stalled; for `LIAN_QUEUE_KIND_DUE_SOON`, how many days ahead to
 *   look; not used by the other queues
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * The open needs of an organisation's work queue on the day @on, in the
 * registry's order. A need is overdue once its deadline
 * ([method@Lian.Registry.dup_need_deadline]) is past; an overdue need also
 * rises to the `LIAN_QUEUE_KIND_ESCALATED` queue of the organisation above
 * its assignee ([property@Lian.PartyOrg:parent-id]). A person's queue is
 * that of their organisation ([property@Lian.Actor:org-id]).
 *
 * ```python
 * late = registry.dup_queue('org-wx', Lian.QueueKind.ESCALATED, '2026-12-01', 0)
 * ```
 *
 * Returns: (transfer container) (element-type LianNeed): the needs, held
 *   by @self, or `NULL`
 *   with `LIAN_DATA_ERROR_INVALID_VALUE` for a bad day or
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` for an unknown organisation
 */
GPtrArray *
lian_registry_dup_queue (LianRegistry   *self,
                         const char     *org_id,
                         LianQueueKind   kind,
                         const char     *on,
                         guint           days,
                         GError        **error)
{
  g_autoptr(GListModel) needs = NULL;
  GPtrArray *queue;
  GDate day;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (org_id != NULL, NULL);
  g_return_val_if_fail (on != NULL, NULL);
  g_return_val_if_fail ((guint) kind <= LIAN_QUEUE_KIND_ESCALATED, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_day (on, &day))
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("the reference day \"%s\" is not a date YYYY-MM-DD"), on);
      return NULL;
    }
  if (lian_registry_lookup_organization (self, org_id) == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("no organisation has the id \"%s\""), org_id);
      return NULL;
    }
  queue = g_ptr_array_new ();
  needs = lian_registry_get_needs (self);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);
      if (in_queue (self, need, org_id, kind, &day, days))
        g_ptr_array_add (queue, need);   /* the registry holds it */
    }
  return queue;
}
