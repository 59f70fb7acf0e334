/* test-need-event.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static GDateTime *
beijing_time (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (8 * 3600);

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
test_new_keeps_every_field (void)
{
  g_autoptr(GDateTime) at = beijing_time (2023, 7, 11, 9, 30);
  g_autoptr(LianNeedEvent) event = lian_need_event_new (at, LIAN_NEED_STATUS_ACCEPTED,
                                                        "org-wx-alliance", "转县工信局办理");

  CU_ASSERT_PTR_NOT_NULL_FATAL (event);
  CU_ASSERT_TRUE (g_date_time_equal (lian_need_event_get_at (event), at));
  CU_ASSERT_EQUAL (g_date_time_get_utc_offset (lian_need_event_get_at (event)),
                   8 * G_TIME_SPAN_HOUR);
  CU_ASSERT_EQUAL (lian_need_event_get_status (event), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_actor (event), "org-wx-alliance");
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_note (event), "转县工信局办理");
}

static void
test_actor_and_note_are_nullable (void)
{
  g_autoptr(GDateTime) at = beijing_time (2023, 7, 11, 9, 30);
  g_autoptr(LianNeedEvent) event = lian_need_event_new (at, LIAN_NEED_STATUS_CLOSED, NULL, NULL);

  CU_ASSERT_EQUAL (lian_need_event_get_status (event), LIAN_NEED_STATUS_CLOSED);
  CU_ASSERT_PTR_NULL (lian_need_event_get_actor (event));
  CU_ASSERT_PTR_NULL (lian_need_event_get_note (event));
}

static void
test_holds_its_own_copies (void)
{
  GDateTime *at = beijing_time (2023, 7, 11, 9, 30);
  char actor[] = "org-1";
  char note[] = "first";
  g_autoptr(LianNeedEvent) event = lian_need_event_new (at, LIAN_NEED_STATUS_RESOLVED, actor, note);

  /* The caller's date and strings may go away or change: the event keeps
   * its reference and copies. */
  g_date_time_unref (at);
  actor[0] = 'X';
  note[0] = 'X';
  CU_ASSERT_EQUAL (g_date_time_get_year (lian_need_event_get_at (event)), 2023);
  CU_ASSERT_EQUAL (g_date_time_get_hour (lian_need_event_get_at (event)), 9);
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_actor (event), "org-1");
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_note (event), "first");
}

static void
test_refcounted_boxed_type (void)
{
  g_autoptr(GDateTime) at = beijing_time (2023, 7, 11, 9, 30);
  LianNeedEvent *event = lian_need_event_new (at, LIAN_NEED_STATUS_IN_PROGRESS, "org-1", NULL);
  LianNeedEvent *copy;
  GValue value = G_VALUE_INIT;

  CU_ASSERT_TRUE (G_TYPE_IS_BOXED (LIAN_TYPE_NEED_EVENT));
  CU_ASSERT_STRING_EQUAL (g_type_name (LIAN_TYPE_NEED_EVENT), "LianNeedEvent");

  /* Immutable, so a copy is another reference to the same event. */
  copy = g_boxed_copy (LIAN_TYPE_NEED_EVENT, event);
  CU_ASSERT_PTR_EQUAL (copy, event);
  CU_ASSERT_PTR_EQUAL (lian_need_event_ref (event), event);
  lian_need_event_unref (event);
  g_boxed_free (LIAN_TYPE_NEED_EVENT, copy);

  g_value_init (&value, LIAN_TYPE_NEED_EVENT);
  g_value_set_boxed (&value, event);
  lian_need_event_unref (event);
  /* The GValue still holds one reference. */
  event = g_value_get_boxed (&value);
  CU_ASSERT_EQUAL (lian_need_event_get_status (event), LIAN_NEED_STATUS_IN_PROGRESS);
  CU_ASSERT_STRING_EQUAL (lian_need_event_get_actor (event), "org-1");
  g_value_unset (&value);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/need-event/new-keeps-every-field", test_new_keeps_every_field },
    { "/lian/need-event/actor-and-note-are-nullable", test_actor_and_note_are_nullable },
    { "/lian/need-event/holds-its-own-copies", test_holds_its_own_copies },
    { "/lian/need-event/refcounted-boxed-type", test_refcounted_boxed_type },
    { NULL, NULL },
  };
  return lian_test_run ("need-event", tests);
}
