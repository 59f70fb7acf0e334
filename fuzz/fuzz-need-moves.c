/* fuzz-need-moves.c: a need driven through its status machine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A need in a registry, moved by a stream of moves. The first byte sets
 * the need's submitted date (none, or one of a few); then each move is a
 * byte (bits 0-2 the status, modulo 5; bit 3 through the registry's
 * lian_registry_move_need() rather than lian_need_transition(); bits 4-5
 * no note, an empty one, a note, or a note from the input; bit 6 an actor;
 * bit 7 a `when` from the next 9 bytes, else now).
 *
 * After each move: a move the status machine allows (with a note to
 * reopen, and not resolving before the submitted date) succeeds and one it does not fails with nothing changed (status,
 * history, resolved date, no notification, no registry signal); the
 * history has one event per successful move, the last one being the move
 * made; the need has a resolved date iff it is resolved, the date of the
 * move that resolved it; a select by status finds it under its status only.
 * At the end the registry saves to a document that loads again, with the
 * same status, history length and resolved date.
 */
#include <string.h>

#include "fuzz-common.h"

static const char fixture[] =
  "{\"format\": \"lian\", \"version\": 1,\n"
  " \"enterprises\": [{\"id\": \"ent-f\", \"name\": \"无锡芯片\", \"uscc\": \"91320214474555530F\",\n"
  "   \"region\": \"320214\"}],\n"
  " \"needs\": [{\"id\": \"need-f\", \"enterprise_id\": \"ent-f\", \"category\": \"talent\",\n"
  "   \"title\": \"招工\", \"status\": \"submitted\"}]}\n";

static const char * const submitted_dates[] = { NULL, "2023-09-12", "0001-01-01", "9999-12-31" };

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static GDateTime *
take_when (FuzzInput *in)
{
  guint year = fuzz_take_u16 (in) % 10001;
  guint month = fuzz_take_byte (in) % 13;
  guint day = fuzz_take_byte (in) % 32;
  guint hour = fuzz_take_byte (in) % 25;
  guint minute = fuzz_take_byte (in) % 61;
  guint second = fuzz_take_byte (in) % 61;
  guint8 zone = fuzz_take_byte (in);
  guint8 fine = fuzz_take_byte (in);
  g_autoptr(GTimeZone) tz = NULL;

  if (zone == 0)
    tz = g_time_zone_new_utc ();
  else if (zone == 1)
    tz = g_time_zone_new_local ();
  else
    {
      /* Quarter hours from -14:00 to +14:00, now and then off by seconds. */
      int offset = ((int) (zone % 113) - 56) * 15 * 60;
      if (fine >= 0xF0)
        offset += fine - 0xF0;
      tz = g_time_zone_new_offset (offset);
    }
  return g_date_time_new (tz, (int) year, (int) month, (int) day, (int) hour, (int) minute,
                          (double) second);
}

static char *
date_of (GDateTime *when)
{
  int y, m, d;

  g_date_time_get_ymd (when, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

static void
check_select (LianRegistry *registry,
              LianNeed     *need)
{
  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    {
      g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
      g_autoptr(GListModel) found = NULL;
      guint want = lian_need_get_status (need) == s;

      lian_filter_set_status (filter, s);
      found = lian_registry_select (registry, filter, NULL);
      FUZZ_CHECK (g_list_model_get_n_items (found) == want, "%u needs selected by status %u, not %u",
                  g_list_model_get_n_items (found), s, want);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  FuzzInput in = { data, size };
  g_autoptr(LianRegistry) registry = NULL;
  g_autofree char *expected_resolved = NULL;
  LianNeed *need;
  FuzzSignals signals;
  guint notified = 0, moves = 0, steps = 0;
  const char *submitted;

  fuzz_init ();
  registry = fuzz_registry_new_with (fixture);
  need = lian_registry_lookup_need (registry, "need-f");
  submitted = submitted_dates[fuzz_take_byte (&in) % G_N_ELEMENTS (submitted_dates)];
  lian_need_set_submitted (need, submitted);
  g_signal_connect (need, "notify", G_CALLBACK (count_notify_cb), &notified);
  fuzz_signals_connect (registry, &signals);

  while (!fuzz_at_end (&in) && steps++ < 256)
    {
      guint8 op = fuzz_take_byte (&in);
      LianNeedStatus to = (op & 0x07) % 5;
      gboolean via_registry = (op & 0x08) != 0;
      guint note_mode = (op >> 4) & 0x03;
      const char *actor = (op & 0x40) ? "org-actor" : NULL;
      g_autoptr(GDateTime) when = (op & 0x80) ? take_when (&in) : NULL;
      g_autofree char *note = NULL;
      g_autoptr(GError) error = NULL;
      LianNeedStatus from = lian_need_get_status (need);
      guint n_events = lian_need_get_n_events (need);
      g_autofree char *resolved = g_strdup (lian_need_get_resolved (need));
      gboolean reopening = from == LIAN_NEED_STATUS_RESOLVED || from == LIAN_NEED_STATUS_CLOSED;
      gboolean expected, moved;

      if ((op & 0x80) && when == NULL)
        continue;   /* not a time: not a move */
      switch (note_mode)
        {
        case 0: break;
        case 1: note = g_strdup (""); break;
        case 2: note = g_strdup ("因故重新办理"); break;
        default: note = fuzz_take_text (&in, 16); break;
        }
      expected = lian_need_is_move_allowed (from, to) &&
                 (!reopening || (note != NULL && note[0] != '\0'));
      if (expected && to == LIAN_NEED_STATUS_RESOLVED && submitted)
        {
          /* Not resolved before it was submitted. */
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *day = date_of (when ? when : now);
          expected = strcmp (day, submitted) >= 0;
        }
      notified = 0;
      memset (&signals, 0, sizeof signals);
      if (via_registry)
        moved = lian_registry_move_need (registry, "need-f", to, actor, note, when, &error);
      else
        moved = lian_need_transition (need, to, actor, note, when, &error);

      FUZZ_CHECK (moved == expected, "moving %u → %u (note \"%s\") %s", from, to,
                  note ? note : "(null)", moved ? "succeeded" : error->message);
      if (!moved)
        {
          fuzz_check_error (error, 0);
          FUZZ_CHECK (error->domain == LIAN_DATA_ERROR &&
                      (error->code == LIAN_DATA_ERROR_ILLEGAL_TRANSITION ||
                       error->code == LIAN_DATA_ERROR_MISSING ||
                       error->code == LIAN_DATA_ERROR_INVALID_DATE), "%s", error->message);
          FUZZ_CHECK (lian_need_get_status (need) == from, "a refused move changed the status");
          FUZZ_CHECK (lian_need_get_n_events (need) == n_events, "a refused move added an event");
          FUZZ_CHECK (g_strcmp0 (lian_need_get_resolved (need), resolved) == 0,
                      "a refused move changed the resolved date");
          FUZZ_CHECK (notified == 0, "a refused move notified %u properties", notified);
          FUZZ_CHECK (signals.changed == 0, "a refused move emitted record-changed");
        }
      else
        {
          GPtrArray *history = lian_need_get_history (need);
          LianNeedEvent *last;

          FUZZ_CHECK (error == NULL, "moved, with an error");
          moves++;
          FUZZ_CHECK (lian_need_get_status (need) == to, "moved to %u, not %u",
                      lian_need_get_status (need), to);
          FUZZ_CHECK (history->len == n_events + 1, "a move added %u events", history->len - n_events);
          last = g_ptr_array_index (history, history->len - 1);
          FUZZ_CHECK (lian_need_event_get_status (last) == to, "the last event is not the move");
          FUZZ_CHECK (g_strcmp0 (lian_need_event_get_actor (last), actor) == 0, "the actor is lost");
          FUZZ_CHECK (g_strcmp0 (lian_need_event_get_note (last), note) == 0, "the note is lost");
          FUZZ_CHECK (when == NULL || g_date_time_equal (lian_need_event_get_at (last), when),
                      "the time of the move is lost");
          FUZZ_CHECK (signals.changed > 0, "a move emitted no record-changed");
          if (to == LIAN_NEED_STATUS_RESOLVED)
            {
              g_clear_pointer (&expected_resolved, g_free);
              expected_resolved = date_of (when ? when : lian_need_event_get_at (last));
            }
        }

      /* Whatever happened */
      FUZZ_CHECK (lian_need_get_n_events (need) == moves, "%u events after %u moves",
                  lian_need_get_n_events (need), moves);
      FUZZ_CHECK ((lian_need_get_resolved (need) != NULL) ==
                  (lian_need_get_status (need) == LIAN_NEED_STATUS_RESOLVED),
                  "status %u with resolved date %s", lian_need_get_status (need),
                  lian_need_get_resolved (need));
      if (lian_need_get_status (need) == LIAN_NEED_STATUS_RESOLVED)
        FUZZ_CHECK (g_strcmp0 (lian_need_get_resolved (need), expected_resolved) == 0,
                    "resolved on %s, but the move was on %s", lian_need_get_resolved (need),
                    expected_resolved);
      FUZZ_CHECK (lian_need_is_open (need) == (lian_need_get_status (need) <= LIAN_NEED_STATUS_IN_PROGRESS),
                  "is_open is wrong for status %u", lian_need_get_status (need));
      {
        g_autoptr(GError) invalid = NULL;
        FUZZ_CHECK (lian_record_validate (LIAN_RECORD (need), &invalid),
                    "moves made the need invalid: %s", invalid->message);
      }
      (void) lian_need_get_days_to_resolve (need);
      check_select (registry, need);
    }

  g_signal_handlers_disconnect_by_data (need, &notified);
  fuzz_signals_disconnect (registry, &signals);
  {
    g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
    g_autoptr(LianRegistry) again = lian_registry_new ();
    g_autoptr(GError) error = NULL;
    LianNeed *copy;

    fuzz_check_round_trip (saved, 2);
    FUZZ_CHECK (lian_registry_load_from_data (again, saved, -1, &error), "%s", error->message);
    copy = lian_registry_lookup_need (again, "need-f");
    FUZZ_CHECK (lian_need_get_status (copy) == lian_need_get_status (need), "the status is lost");
    FUZZ_CHECK (lian_need_get_n_events (copy) == moves, "%u events saved, %u loaded", moves,
                lian_need_get_n_events (copy));
    FUZZ_CHECK (g_strcmp0 (lian_need_get_resolved (copy), lian_need_get_resolved (need)) == 0,
                "the resolved date is lost");
  }
  return 0;
}
