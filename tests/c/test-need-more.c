/* test-need-more.c: the fields most needs leave empty, kept aside
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A need's description, assignee, due date, services, project, history
 * and amount lie in a block of their own, made when one of them is set.
 * Whichever way a need holds them — loaded as a row, made into an object,
 * changed, refused, removed while someone holds it, saved and loaded
 * again — it reads and saves as if they were in its row.
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* need-003 of the sample sets every such field; need-010 none. */
#define FULL "need-003"
#define BARE "need-010"

static void
assert_full (LianNeed *need)
{
  const char * const *services = lian_need_get_service_ids (need);

  CU_ASSERT_STRING_EQUAL (lian_need_get_assignee_id (need), "org-js-ic-alliance");
  CU_ASSERT_STRING_EQUAL (lian_need_get_due (need), "2023-12-31");
  CU_ASSERT_EQUAL_FATAL (g_strv_length ((GStrv) services), 1);
  CU_ASSERT_STRING_EQUAL (services[0], "svc-js-testing-platform");
  CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (need), "proj-ic-eda");
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 2);
  CU_ASSERT_EQUAL (lian_need_get_history (need)->len, 2);
}

static void
assert_bare (LianNeed *need)
{
  CU_ASSERT_PTR_NULL (lian_need_get_description (need));
  CU_ASSERT_PTR_NULL (lian_need_get_assignee_id (need));
  CU_ASSERT_PTR_NULL (lian_need_get_due (need));
  CU_ASSERT_PTR_NOT_NULL (lian_need_get_service_ids (need));
  CU_ASSERT_PTR_NULL (lian_need_get_service_ids (need)[0]);
  CU_ASSERT_FALSE (lian_need_has_service (need, "svc-js-logistics"));
  CU_ASSERT_PTR_NULL (lian_need_get_project_id (need));
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (need), 0);
  CU_ASSERT_EQUAL (lian_need_get_n_events (need), 0);
}

/* Loaded needs read their fields, set or not; the properties too. */
static void
test_loaded (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *full = lian_registry_lookup_need (registry, FULL);
  LianNeed *bare = lian_registry_lookup_need (registry, BARE);
  g_autofree char *due = NULL;
  g_auto(GStrv) services = NULL;
  gint64 amount = -1;

  assert_full (full);
  assert_bare (bare);
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (lian_registry_lookup_need (registry, "need-001")),
                   20000000);
  g_object_get (bare, "due", &due, "service-ids", &services, "amount-yuan", &amount, NULL);
  CU_ASSERT_PTR_NULL (due);
  CU_ASSERT_TRUE (services == NULL || services[0] == NULL);
  CU_ASSERT_EQUAL (amount, 0);
}

/* Sets every such field of @need, then clears each again. */
static void
set_and_clear (LianNeed *need)
{
  g_autoptr(GError) error = NULL;
  const char * const services[] = { "svc-js-logistics", NULL };

  lian_need_set_description (need, "仓储周转用地");
  lian_need_set_assignee_id (need, "org-wx-ic-committee");
  lian_need_set_due (need, "2024-01-31");
  lian_need_set_service_ids (need, services);
  CU_ASSERT_TRUE (lian_need_add_service (need, "svc-js-srdi-loan"));
  lian_need_set_project_id (need, "proj-ic-eda");
  lian_need_set_amount_yuan (need, 1200000);
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (need), "仓储周转用地");
  CU_ASSERT_STRING_EQUAL (lian_need_get_assignee_id (need), "org-wx-ic-committee");
  CU_ASSERT_STRING_EQUAL (lian_need_get_due (need), "2024-01-31");
  CU_ASSERT_TRUE (lian_need_has_service (need, "svc-js-srdi-loan"));
  CU_ASSERT_STRING_EQUAL (lian_need_get_project_id (need), "proj-ic-eda");
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (need), 1200000);

  lian_need_set_description (need, NULL);
  lian_need_set_assignee_id (need, NULL);
  lian_need_set_due (need, NULL);
  CU_ASSERT_TRUE (lian_need_remove_service (need, "svc-js-logistics"));
  CU_ASSERT_TRUE (lian_need_remove_service (need, "svc-js-srdi-loan"));
  CU_ASSERT_FALSE (lian_need_remove_service (need, "svc-js-srdi-loan"));
  lian_need_set_project_id (need, NULL);
  lian_need_set_amount_yuan (need, 0);
  assert_bare (need);
  CU_ASSERT_PTR_NULL (error);
}

/* A loaded need with none of them gets them and loses them again: it
 * saves as it was, 15 revisions on; a registry whose objects were
 * all made first does the same. */
static void
test_set_and_clear_loaded (void)
{
  g_autoptr(LianRegistry) rows = lian_test_sample_registry ();
  g_autoptr(LianRegistry) objects = lian_test_sample_registry ();
  g_autoptr(GPtrArray) all = lian_test_hold_all (objects);
  g_autofree char *before = lian_registry_save_to_data (rows, NULL);
  g_autofree char *after_rows = NULL, *after_objects = NULL;

  for (LianRegistry **r = (LianRegistry *[]) { rows, objects, NULL }; *r; r++)
    {
      LianNeed *need = lian_registry_lookup_need (*r, BARE);

      set_and_clear (need);
      CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (need)), 15);
    }
  after_rows = lian_registry_save_to_data (rows, NULL);
  after_objects = lian_registry_save_to_data (objects, NULL);
  CU_ASSERT_STRING_EQUAL (after_rows, after_objects);
  CU_ASSERT_STRING_EQUAL (after_rows, before);

  /* A need made by hand, never held, the same. */
  {
    g_autoptr(LianNeed) made = lian_need_new ("n-made", "ent-wx-chip", LIAN_NEED_CATEGORY_LAND,
                                              "仓储用地");
    set_and_clear (made);
  }
}

/* What a set field saves loads back the same; a transition's history
 * too. */
static void
test_save_and_load_back (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  LianNeed *bare = lian_registry_lookup_need (registry, BARE);
  g_autofree char *saved = NULL, *resaved = NULL;

  lian_need_set_description (bare, "仓储周转用地");
  lian_need_set_amount_yuan (bare, 1200000);
  CU_ASSERT_TRUE (lian_need_transition (bare, LIAN_NEED_STATUS_ACCEPTED, "org-wx-ic-committee",
                                        "转办", NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_need_get_n_events (bare), 1);
  saved = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (again, saved, -1, &error));
  resaved = lian_registry_save_to_data (again, NULL);
  CU_ASSERT_STRING_EQUAL (saved, resaved);
  bare = lian_registry_lookup_need (again, BARE);
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (bare), "仓储周转用地");
  CU_ASSERT_EQUAL (lian_need_get_amount_yuan (bare), 1200000);
  CU_ASSERT_EQUAL (lian_need_get_n_events (bare), 1);
  assert_full (lian_registry_lookup_need (again, FULL));
}

/* A refused batch, or an aborted one, puts every such field back as it
 * was, in a need that had none and in one that had them all. */
static void
test_undone (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL, *aborted = NULL;
  g_autoptr(GError) error = NULL;
  LianNeed *bare = lian_registry_lookup_need (registry, BARE);
  LianNeed *full = lian_registry_lookup_need (registry, FULL);

  lian_registry_begin_batch (registry);
  lian_need_set_description (bare, "仓储周转用地");
  lian_need_set_amount_yuan (bare, 1200000);
  lian_need_set_project_id (full, NULL);
  lian_need_set_service_ids (full, NULL);
  lian_need_set_assignee_id (bare, "no-such-org");           /* refused */
  CU_ASSERT_FALSE (lian_registry_commit_batch (registry, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);
  assert_bare (bare);
  assert_full (full);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);

  lian_registry_begin_batch (registry);
  lian_need_set_due (bare, "2024-01-31");
  lian_need_set_due (full, NULL);
  lian_need_set_assignee_id (full, NULL);
  lian_registry_abort_batch (registry);
  assert_bare (bare);
  assert_full (full);
  aborted = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (aborted, before);
}

/* A need held while it leaves its registry keeps its fields after the
 * registry is gone; one no one held goes with nothing left behind. */
static void
test_removed_while_held (void)
{
  LianRegistry *registry = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianNeed) held = g_object_ref (lian_registry_lookup_need (registry, FULL));
  g_autoptr(LianNeed) changed = g_object_ref (lian_registry_lookup_need (registry, BARE));

  lian_need_set_description (changed, "仓储周转用地");
  CU_ASSERT_TRUE (lian_registry_remove (registry, FULL, TRUE, NULL, &error));
  CU_ASSERT_TRUE (lian_registry_remove (registry, BARE, FALSE, NULL, &error));
  CU_ASSERT_TRUE (lian_registry_remove (registry, "need-008", FALSE, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  g_object_unref (registry);
  assert_full (held);
  CU_ASSERT_STRING_EQUAL (lian_need_get_description (changed), "仓储周转用地");
  lian_need_set_description (changed, NULL);
  assert_bare (changed);
}

/* An analysis reads every need through an object it gives back when it
 * is done: the rows keep their fields. */
static void
test_visited (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GListModel) problems = lian_registry_check (registry, "2024-01-01", 30);

  CU_ASSERT_PTR_NOT_NULL (problems);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);
  assert_full (lian_registry_lookup_need (registry, FULL));
  assert_bare (lian_registry_lookup_need (registry, BARE));
}

int
main (void)
{
  static const LianTest tests[] = {
    { "loaded needs", test_loaded },
    { "set and cleared on a loaded need", test_set_and_clear_loaded },
    { "saved and loaded back", test_save_and_load_back },
    { "undone by a batch", test_undone },
    { "removed while held", test_removed_while_held },
    { "read by an analysis", test_visited },
    { NULL, NULL },
  };

  return lian_test_run ("need-more", tests);
}
