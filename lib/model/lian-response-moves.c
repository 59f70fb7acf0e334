/* lian-response-moves.c: a response's status machine and its dated moves
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-response-private.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-text-private.h"

/* For each status, the statuses it may move to (bit s for status s). */
static const guint allowed_moves[] = {
  [LIAN_RESPONSE_STATUS_DRAFT] = 1 << LIAN_RESPONSE_STATUS_SUBMITTED,
  [LIAN_RESPONSE_STATUS_SUBMITTED] = 1 << LIAN_RESPONSE_STATUS_SHORTLISTED |
                                     1 << LIAN_RESPONSE_STATUS_DECLINED,
  [LIAN_RESPONSE_STATUS_SHORTLISTED] = 1 << LIAN_RESPONSE_STATUS_AWARDED |
                                       1 << LIAN_RESPONSE_STATUS_DECLINED,
  [LIAN_RESPONSE_STATUS_AWARDED] = 0,
  [LIAN_RESPONSE_STATUS_DECLINED] = 0,
};

/**
 * lian_response_is_move_allowed:
 * @from: the status a response is in
 * @to: the status it would move to
 *
 * Whether a response may move from @from to @to: draft → submitted;
 * submitted → shortlisted or declined; shortlisted → awarded or declined.
 * Awarded and declined are final.
 *
 * Returns: true if the move is allowed
 */
gboolean
lian_response_is_move_allowed (LianResponseStatus from,
                               LianResponseStatus to)
{
  g_return_val_if_fail ((guint) from <= LIAN_RESPONSE_STATUS_DECLINED, FALSE);
  g_return_val_if_fail ((guint) to <= LIAN_RESPONSE_STATUS_DECLINED, FALSE);

  return (allowed_moves[from] & (1u << to)) != 0;
}

static gboolean
illegal_move (GError             **error,
              LianResponseStatus   from,
              LianResponseStatus   to)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint s = 0; s <= LIAN_RESPONSE_STATUS_DECLINED; s++)
    if (allowed_moves[from] & (1u << s))
      {
        if (allowed->len)
          g_string_append (allowed, _(", "));
        g_string_append (allowed, lian_enum_word (LIAN_TYPE_RESPONSE_STATUS, s));
      }
  if (allowed->len == 0)
    g_string_append (allowed, _("none"));
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
               _("status: cannot move from %s to %s; allowed: %s"),
               lian_enum_word (LIAN_TYPE_RESPONSE_STATUS, from),
               lian_enum_word (LIAN_TYPE_RESPONSE_STATUS, to), allowed->str);
  return FALSE;
}

/* Reads "YYYY-MM-DD status" into its day and status. */
static gboolean
parse_move (const char          *move,
            guint                i,
            char                 day[11],
            LianResponseStatus  *status,
            GError             **error)
{
  const char *space = strchr (move, ' ');
  int value;

  if (space == NULL || space - move != 10 ||
      (memcpy (day, move, 10), day[10] = '\0', !lian_date_is_valid (day)) ||
      !lian_enum_from_nick (LIAN_TYPE_RESPONSE_STATUS, space + 1, &value, NULL))
    {
      g_autofree char *quoted = lian_text_for_message (move);
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("moves[%u]: \"%s\" is not a day and a status (2024-03-05 submitted)"),
                   i, quoted);
      return FALSE;
    }
  *status = value;
  return TRUE;
}

gboolean
lian_response_check_moves (const char * const  *moves,
                           LianResponseStatus   status,
                           GError             **error)
{
  LianResponseStatus at = LIAN_RESPONSE_STATUS_DRAFT;
  char last[11] = "";

  for (guint i = 0; moves && moves[i]; i++)
    {
      LianResponseStatus to;
      char day[11];

      if (!parse_move (moves[i], i, day, &to, error))
        return FALSE;
      if (!lian_response_is_move_allowed (at, to))
        {
          illegal_move (error, at, to);
          g_prefix_error (error, "moves[%u]: ", i);
          return FALSE;
        }
      if (strcmp (day, last) < 0)
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                       _("moves[%u]: %s comes before the move before it (%s)"), i, day, last);
          return FALSE;
        }
      memcpy (last, day, sizeof last);
      at = to;
    }
  if (at != status)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("status: %s, but its moves end in %s"),
                   lian_enum_word (LIAN_TYPE_RESPONSE_STATUS, status),
                   lian_enum_word (LIAN_TYPE_RESPONSE_STATUS, at));
      return FALSE;
    }
  return TRUE;
}

/**
 * lian_response_transition:
 * @self: a response
 * @status: the status to move to
 * @date: (nullable): the day of the move, `YYYY-MM-DD`, or `NULL` for today
 *   in the local time zone
 * @error: return location for a [error@Lian.DataError]
 *
 * Moves the response to @status, if [func@Lian.Response.is_move_allowed]
 * allows it, and appends the move to [property@Lian.Response:moves]. On a
 * response a registry holds, use [method@Lian.Registry.move_response],
 * which returns the registry's refusal as well. On an error nothing
 * changes.
 *
 * Returns: true if the response moved; false with
 *   `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` for a move the status machine does
 *   not allow, or `LIAN_DATA_ERROR_INVALID_DATE` for a day that is not a
 *   date or comes before the last move's
 */
gboolean
lian_response_transition (LianResponse        *self,
                          LianResponseStatus   status,
                          const char          *date,
                          GError             **error)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  const char * const *moves;
  g_autofree char *today = NULL;
  g_autofree char *entry = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) next = NULL;
  guint n;

  g_return_val_if_fail (LIAN_IS_RESPONSE (self), FALSE);
  g_return_val_if_fail ((guint) status <= LIAN_RESPONSE_STATUS_DECLINED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lian_response_is_move_allowed (lian_response_get_status (self), status))
    return illegal_move (error, lian_response_get_status (self), status);
  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      date = today = lian_date_from_date_time (now);
    }
  if (!lian_date_check_field ("date", date, error))
    return FALSE;
  moves = lian_response_get_moves (self);
  n = g_strv_length ((GStrv) moves);
  if (n > 0 && strncmp (date, moves[n - 1], 10) < 0)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                   _("date: %s comes before the last move (%.10s)"), date, moves[n - 1]);
      return FALSE;
    }

  entry = g_strdup_printf ("%s %s", date, lian_enum_to_nick (LIAN_TYPE_RESPONSE_STATUS, status));
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) moves);
  g_strv_builder_add (builder, entry);
  next = g_strv_builder_end (builder);
  lian_response_set_moves (self, (const char * const *) next);
  lian_response_set_status (self, status);
  return TRUE;
}

/**
 * lian_response_get_status_date:
 * @self: a response
 * @status: a status
 *
 * The day the response last moved to @status, from its moves.
 *
 * Returns: (nullable) (transfer none): the day, `YYYY-MM-DD`, or `NULL` if
 *   it never did
 */
const char *
lian_response_get_status_date (LianResponse       *self,
                               LianResponseStatus  status)
{
  const char * const *moves;
  const char *nick;
  const char *found = NULL;
  char day[11];

  g_return_val_if_fail (LIAN_IS_RESPONSE (self), NULL);

  moves = lian_response_get_moves (self);
  nick = lian_enum_to_nick (LIAN_TYPE_RESPONSE_STATUS, status);
  for (guint i = 0; moves[i]; i++)
    if (strlen (moves[i]) > 11 && strcmp (moves[i] + 11, nick) == 0)
      found = moves[i];
  if (found == NULL)
    return NULL;
  memcpy (day, found, 10);
  day[10] = '\0';
  return g_intern_string (day);
}
