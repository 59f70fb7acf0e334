/* test-change.c: the registry's change path, revisions and journal
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

static LianChange *
last_change (LianRegistry *registry)
{
  GListModel *journal = lian_registry_get_journal (registry);
  guint n = g_list_model_get_n_items (journal);

  CU_ASSERT_TRUE_FATAL (n > 0);
  return g_list_model_get_item (journal, n - 1);
}

/* A loaded document is the starting point: no journal entry, revision 1. */
static void
test_load_is_not_a_change (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");

  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), 0);
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (need)), 1);
}

static void
test_setter_is_journaled (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  g_autofree char *old_title = g_strdup (lian_need_get_title (need));
  g_autoptr(LianChange) change = NULL;

  lian_registry_set_actor (registry, "clerk-wuxi");
  lian_need_set_title (need, "设备更新贷款");
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (need)), 2);
  change = last_change (registry);
  CU_ASSERT_EQUAL (lian_change_get_sequence (change), 1);
  CU_ASSERT_EQUAL (lian_change_get_operation (change), LIAN_CHANGE_OPERATION_UPDATE);
  CU_ASSERT_PTR_EQUAL (lian_change_get_record (change), need);
  CU_ASSERT_STRING_EQUAL (lian_change_get_record_id (change), "need-001");
  CU_ASSERT_EQUAL (lian_change_get_record_kind (change), LIAN_RECORD_KIND_NEED);
  CU_ASSERT_EQUAL (lian_change_get_revision (change), 2);
  CU_ASSERT_STRING_EQUAL (lian_change_get_actor (change), "clerk-wuxi");
  CU_ASSERT_TRUE (lian_change_get_time (change) > 0);
  CU_ASSERT_STRING_EQUAL (lian_change_get_property_name (change), "title");
  CU_ASSERT_STRING_EQUAL (g_value_get_string (lian_change_get_before (change, "title")), old_title);
  CU_ASSERT_STRING_EQUAL (g_value_get_string (lian_change_get_after (change, NULL)), "设备更新贷款");
  CU_ASSERT_PTR_NULL (lian_change_get_before (change, "due"));

  /* Setting the same value again is no change. */
  lian_need_set_title (need, "设备更新贷款");
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), 1);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* A refused setter: a warning, the old value, no notification, no entry. */
static void
test_refused_setter_changes_nothing (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  g_autofree char *enterprise = g_strdup (lian_need_get_enterprise_id (need));
  guint notified = 0;

  g_signal_connect (need, "notify", G_CALLBACK (count_cb), &notified);
  lian_need_set_enterprise_id (need, "no-such-firm");
  CU_ASSERT_STRING_EQUAL (lian_need_get_enterprise_id (need), enterprise);
  lian_need_add_service (need, "no-such-service");
  CU_ASSERT_FALSE (lian_need_has_service (need, "no-such-service"));
  CU_ASSERT_EQUAL (notified, 0);
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (need)), 1);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), 0);
}

static void
test_update_says_why (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "no-such-firm");
  CU_ASSERT_FALSE (lian_registry_update (registry, LIAN_RECORD (need), "enterprise-id", &value, &error));
  LIAN_ASSERT_MESSAGE (error, "need \"need-001\": enterprise_id: unknown enterprise \"no-such-firm\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);

  CU_ASSERT_FALSE (lian_registry_update (registry, LIAN_RECORD (need), "status", &value, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);
  CU_ASSERT_FALSE (lian_registry_update (registry, LIAN_RECORD (need), "amount-yuan", &value, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);

  g_value_set_string (&value, "2026-01-31");
  CU_ASSERT_TRUE (lian_registry_update (registry, LIAN_RECORD (need), "due", &value, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (lian_need_get_due (need), "2026-01-31");
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), 1);
}

/* A need's move is one change of several fields. */
static void
test_move_is_one_change (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  g_autoptr(LianChange) change = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *fields;
  guint events = lian_need_get_n_events (need);

  CU_ASSERT_TRUE_FATAL (lian_need_get_status (need) == LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_TRUE (lian_registry_move_need (registry, "need-001", LIAN_NEED_STATUS_ACCEPTED,
                                           "org-wx-ic", NULL, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  change = last_change (registry);
  fields = lian_change_get_fields (change);
  CU_ASSERT_TRUE (g_strv_contains (fields, "status"));
  CU_ASSERT_TRUE (g_strv_contains (fields, "n-events"));
  CU_ASSERT_PTR_NULL (lian_change_get_property_name (change));
  CU_ASSERT_EQUAL (g_value_get_enum (lian_change_get_before (change, "status")),
                   LIAN_NEED_STATUS_SUBMITTED);
  CU_ASSERT_EQUAL (g_value_get_uint (lian_change_get_after (change, "n-events")), events + 1);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), 1);
}

static void
test_add_and_remove_are_journaled (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianChange) added = NULL, removed = NULL;
  g_autoptr(GError) error = NULL;
  LianNeed *need = lian_test_need ("need-new", "ent-wx-chip", NULL, LIAN_NEED_CATEGORY_TALENT,
                                   LIAN_NEED_STATUS_SUBMITTED, "2024-03-01", NULL, FALSE);

  lian_test_add (registry, need);
  added = last_change (registry);
  CU_ASSERT_EQUAL (lian_change_get_operation (added), LIAN_CHANGE_OPERATION_ADD);
  CU_ASSERT_EQUAL (lian_change_get_revision (added), 1);
  CU_ASSERT_PTR_NULL (lian_change_get_fields (added)[0]);
  CU_ASSERT_TRUE (lian_registry_remove (registry, "need-new", FALSE, NULL, &error));
  removed = last_change (registry);
  CU_ASSERT_EQUAL (lian_change_get_operation (removed), LIAN_CHANGE_OPERATION_REMOVE);
  CU_ASSERT_STRING_EQUAL (lian_change_get_record_id (removed), "need-new");
  CU_ASSERT_EQUAL (lian_change_get_sequence (removed), 2);
}

/* A batch's changes reach the journal together at its commit. */
static void
test_batch_commits_together (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  LianEnterprise *firm = lian_registry_lookup_enterprise (registry, "ent-wx-chip");
  GListModel *journal = lian_registry_get_journal (registry);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianChange) second = NULL;

  lian_registry_begin_batch (registry);
  lian_need_set_title (need, "设备更新贷款");
  lian_enterprise_set_employees (firm, 1234);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (journal), 0);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (firm), 1234);
  CU_ASSERT_TRUE (lian_registry_commit_batch (registry, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (journal), 2);
  second = g_list_model_get_item (journal, 1);
  CU_ASSERT_EQUAL (lian_change_get_sequence (second), 2);
  CU_ASSERT_STRING_EQUAL (lian_change_get_record_id (second), "ent-wx-chip");
}

/* One refused change fails the batch: every change of it is undone. */
static void
test_batch_is_all_or_nothing (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autofree char *after = NULL;
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  LianNeed *added = lian_test_need ("need-new", "ent-wx-chip", NULL, LIAN_NEED_CATEGORY_TALENT,
                                    LIAN_NEED_STATUS_SUBMITTED, "2024-03-01", NULL, FALSE);
  g_autoptr(GError) error = NULL;

  lian_registry_begin_batch (registry);
  lian_need_set_title (need, "设备更新贷款");
  lian_test_add (registry, g_object_ref (added));
  CU_ASSERT_TRUE (lian_registry_remove (registry, "need-002", TRUE, NULL, &error));
  lian_need_set_chain_id (need, "no-such-chain");           /* refused */
  CU_ASSERT_FALSE (lian_registry_commit_batch (registry, &error));
  LIAN_ASSERT_MESSAGE (error, "unknown chain \"no-such-chain\"");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);

  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (need)), 1);
  CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (added)));
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_need (registry, "need-002"));
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (registry)), 0);
  g_object_unref (added);

  /* Aborted: the same. */
  lian_registry_begin_batch (registry);
  lian_need_set_title (need, "设备更新贷款");
  lian_registry_abort_batch (registry);
  CU_ASSERT_STRING_NOT_EQUAL (lian_need_get_title (need), "设备更新贷款");
  g_free (after);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);
}

static void
remove_it (GObject    *record,
           GParamSpec *pspec,
           gpointer    registry)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_registry_remove (registry, lian_record_get_id (LIAN_RECORD (record)),
                                        FALSE, NULL, &error));
}

/* A handler told of a change removes the record: the registry holds
 * nothing of it after, in its counts or its selections, also where the
 * record's entry was the last of its block of entries. */
static void
test_handler_removes_the_changed_record (void)
{
  for (guint n = 1; n <= 1025; n += 1024)
    {
      g_autoptr(LianRegistry) registry = lian_registry_new ();
      g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
      g_autoptr(GListModel) found = NULL;
      g_autoptr(GError) error = NULL;
      LianEnterprise *last = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("ent-%u", i);
          g_autoptr(LianEnterprise) firm = lian_test_firm (id, "320214", NULL, NULL);

          CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (firm), &error));
          last = firm;
        }
      g_object_ref (last);
      g_signal_connect (last, "notify::revision", G_CALLBACK (remove_it), registry);
      lian_record_set_name (LIAN_RECORD (last), "新名字");
      lian_filter_set_region (filter, "320214");
      found = lian_registry_select (registry, filter, &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (found);
      CU_ASSERT_EQUAL (g_list_model_get_n_items (found), n - 1);
      CU_ASSERT_EQUAL (lian_registry_count_enterprises (registry, "320214"), n - 1);
      CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, lian_record_get_id (LIAN_RECORD (last))));
      g_signal_handlers_disconnect_by_func (last, remove_it, registry);
      g_object_unref (last);
    }
}

/* A handler of the journal removes the record just added, also where its
 * entry was the first of a block of entries (the block goes with it): the
 * addition tells of it no further, and nothing of it is left. */
static void
test_journal_handler_removes_the_added_record (void)
{
  for (guint n = 0; n <= 1024; n += 1024)
    {
      g_autoptr(LianRegistry) registry = lian_registry_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LianEnterprise) firm = lian_test_firm ("ent-new", "320214", NULL, NULL);
      GListModel *firms = lian_registry_get_enterprises (registry);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("ent-%u", i);
          g_autoptr(LianEnterprise) other = lian_test_firm (id, "320214", NULL, NULL);

          CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (other), &error));
        }
      g_signal_connect (lian_registry_get_journal (registry), "items-changed",
                        G_CALLBACK (lian_test_remove_added_cb), registry);
      CU_ASSERT_TRUE (lian_registry_add (registry, LIAN_RECORD (firm), &error));
      CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "ent-new"));
      CU_ASSERT_PTR_NULL (lian_record_get_registry (LIAN_RECORD (firm)));
      CU_ASSERT_EQUAL (g_list_model_get_n_items (firms), n);
      CU_ASSERT_EQUAL (lian_registry_count_enterprises (registry, "320214"), n);
      g_signal_handlers_disconnect_by_data (lian_registry_get_journal (registry), registry);
      g_object_unref (firms);
    }
}

/* A registry freed with a batch open takes the batch with it; a record
 * someone holds keeps the batch's change. */
static void
test_open_batch_goes_with_the_registry (void)
{
  LianRegistry *registry = lian_test_sample_registry ();
  g_autoptr(LianNeed) need = NULL;

  need = g_object_ref (lian_registry_lookup_need (registry, "need-001"));
  lian_registry_begin_batch (registry);
  lian_need_set_title (need, "设备更新贷款");
  lian_registry_begin_batch (registry);
  g_object_unref (registry);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "设备更新贷款");
}

/* The ids of @model's records, in its order, joined by spaces. */
static char *
ids_of (GListModel *model)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (model, i);
      g_string_append_printf (ids, "%s%s", i ? " " : "", lian_record_get_id (record));
    }
  return g_string_free (ids, FALSE);
}

/* What a batch's undoing must give back: the order of the lists and of a
 * selection, the alias lookup, the saved document. */
static char *
picture (LianRegistry *registry)
{
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (registry);
  g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GListModel) selected = NULL;
  g_autofree char *firm_ids = ids_of (firms);
  g_autofree char *need_ids = ids_of (needs);
  g_autofree char *selected_ids = NULL;
  g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
  LianEnterprise *alias = lian_registry_lookup_enterprise (registry, "ent-old");

  lian_filter_set_region (filter, "320214");
  selected = lian_registry_select (registry, filter, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (selected);
  selected_ids = ids_of (selected);
  return g_strdup_printf ("%s\n%s\n%s\n%s\n%s", firm_ids, need_ids, selected_ids,
                          alias ? lian_record_get_id (LIAN_RECORD (alias)) : "-", saved);
}

/* Five enterprises, two of them naming the same alias, and needs. */
static LianRegistry *
ordered_registry (void)
{
  LianRegistry *registry = lian_registry_new ();
  const char * const alias[] = { "ent-old", NULL };

  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%u", i);
      LianEnterprise *firm = lian_test_firm (id, "320214", NULL, NULL);

      if (i == 3 || i == 5)
        lian_enterprise_set_aliases (firm, alias);
      lian_test_add (registry, firm);
    }
  lian_test_add (registry, lian_test_need ("need-a", "ent-3", NULL, LIAN_NEED_CATEGORY_TALENT,
                                           LIAN_NEED_STATUS_SUBMITTED, "2024-03-01", NULL, FALSE));
  lian_test_add (registry, lian_test_need ("need-b", "ent-4", NULL, LIAN_NEED_CATEGORY_LAND,
                                           LIAN_NEED_STATUS_SUBMITTED, "2024-03-02", NULL, FALSE));
  lian_test_add (registry, lian_test_need ("need-c", "ent-1", NULL, LIAN_NEED_CATEGORY_TAX,
                                           LIAN_NEED_STATUS_SUBMITTED, "2024-03-03", NULL, FALSE));
  return registry;
}

/* A batch undone, aborted or refused, puts a record it removed back where
 * it was in the order of addition: its kind's list, a selection and the
 * lookup of an alias several enterprises name are as before the batch. */
static void
test_undone_removal_keeps_its_place (void)
{
  for (guint refused = 0; refused < 2; refused++)
    {
      g_autoptr(LianRegistry) registry = ordered_registry ();
      g_autofree char *before = picture (registry);
      g_autofree char *after = NULL;
      LianEnterprise *firm = lian_registry_lookup_enterprise (registry, "ent-2");
      LianEnterprise *three = lian_registry_lookup_enterprise (registry, "ent-3");
      g_autoptr(GError) error = NULL;

      CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-old"))),
                              "ent-3");
      g_object_ref (three);
      lian_registry_begin_batch (registry);
      lian_enterprise_set_employees (firm, 321);
      /* The middle enterprise goes with its need. */
      CU_ASSERT_TRUE (lian_registry_remove (registry, "ent-3", TRUE, NULL, &error));
      CU_ASSERT_TRUE (lian_registry_remove (registry, "need-b", FALSE, NULL, &error));
      lian_test_add (registry, lian_test_firm ("ent-6", "320214", NULL, NULL));
      CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-old"))),
                              "ent-5");
      if (refused)
        {
          lian_need_set_chain_id (lian_registry_lookup_need (registry, "need-c"),
                                  "no-such-chain");           /* refused */
          CU_ASSERT_FALSE (lian_registry_commit_batch (registry, &error));
          CU_ASSERT_PTR_NOT_NULL (error);
          g_clear_error (&error);
        }
      else
        lian_registry_abort_batch (registry);

      after = picture (registry);
      CU_ASSERT_STRING_EQUAL (after, before);
      CU_ASSERT_PTR_EQUAL (lian_registry_lookup_enterprise (registry, "ent-3"), three);
      CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (three)), 1);
      CU_ASSERT_PTR_EQUAL (lian_record_get_registry (LIAN_RECORD (three)), registry);
      /* Held again: its changes go the change path. */
      lian_enterprise_set_employees (three, 77);
      CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (three)), 2);
      g_object_unref (three);
    }
}

/* Changes @need, out of the registry, then makes a change the registry
 * refuses: the removal is undone. */
static void
meddle_with (LianRegistry *registry,
             LianNeed     *need)
{
  lian_need_set_title (need, "a title set while out");
  lian_need_set_bottleneck (need, !lian_need_get_bottleneck (need));
  lian_need_set_chain_id (lian_registry_lookup_need (registry, "need-002"),
                          "no-such-chain");           /* refused */
}

static void
change_removed_cb (LianRegistry *registry,
                   LianRecord   *record,
                   gpointer      data)
{
  if (g_str_equal (lian_record_get_id (record), "need-001"))
    meddle_with (registry, LIAN_NEED (record));
}

typedef struct
{
  LianRegistry *registry;
  LianNeed     *need;
} Meddler;

static void
change_listed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Meddler    *meddler)
{
  if (lian_record_get_registry (LIAN_RECORD (meddler->need)) == NULL)
    meddle_with (meddler->registry, meddler->need);
}

static gboolean
change_removed_hook (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               data)
{
  change_removed_cb (g_value_get_object (&values[0]), g_value_get_object (&values[1]), NULL);
  return TRUE;
}

/* The removal a plain lian_registry_remove() makes, refused after a
 * handler (of record-removed, of the list's items-changed) or an
 * emission hook of record-removed changed the record it took out: the
 * record comes back as it was, fields and revision. */
static void
test_refused_removal_puts_back_the_record_as_it_was (void)
{
  for (guint listed = 0; listed < 3; listed++)
    {
      gulong hook = 0;
      g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
      g_autoptr(LianNeed) need = g_object_ref (lian_registry_lookup_need (registry, "need-001"));
      g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *title = g_strdup (lian_need_get_title (need));
      gboolean bottleneck = lian_need_get_bottleneck (need);
      Meddler meddler = { registry, need };
      guint64 revision;
      g_autoptr(GError) error = NULL;

      lian_need_set_amount_yuan (need, lian_need_get_amount_yuan (need) + 1);
      revision = lian_record_get_revision (LIAN_RECORD (need));
      before = lian_registry_save_to_data (registry, NULL);
      CU_ASSERT_EQUAL (revision, 2);
      if (listed == 2)
        hook = g_signal_add_emission_hook (g_signal_lookup ("record-removed", LIAN_TYPE_REGISTRY),
                                           0, change_removed_hook, NULL, NULL);
      else if (listed)
        g_signal_connect (needs, "items-changed", G_CALLBACK (change_listed_cb), &meddler);
      else
        g_signal_connect (registry, "record-removed", G_CALLBACK (change_removed_cb), NULL);
      CU_ASSERT_FALSE (lian_registry_remove (registry, "need-001", TRUE, NULL, &error));
      CU_ASSERT_PTR_NOT_NULL (error);
      CU_ASSERT_PTR_EQUAL (lian_registry_lookup_need (registry, "need-001"), need);
      CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), title);
      CU_ASSERT_EQUAL (lian_need_get_bottleneck (need), bottleneck);
      CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (need)), revision);
      after = lian_registry_save_to_data (registry, NULL);
      CU_ASSERT_STRING_EQUAL (after, before);
      g_signal_handlers_disconnect_by_data (needs, &meddler);
      if (hook)
        g_signal_remove_emission_hook (g_signal_lookup ("record-removed", LIAN_TYPE_REGISTRY), hook);
    }
}

/* Needs "need-run-FIRST" … up to LAST, not held, added in one call. */
static void
add_needs (LianRegistry *registry,
           guint         first,
           guint         last)
{
  g_autoptr(GPtrArray) needs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = first; i <= last; i++)
    {
      g_autofree char *id = g_strdup_printf ("need-run-%u", i);

      g_ptr_array_add (needs, lian_test_need (id, "ent-wx-chip", NULL, LIAN_NEED_CATEGORY_TALENT,
                                              LIAN_NEED_STATUS_SUBMITTED, "2024-03-01", NULL,
                                              FALSE));
    }
  CU_ASSERT_TRUE (lian_registry_add_many (registry, needs, &error));
  CU_ASSERT_PTR_NULL (error);
}

/* The journal keeps what entries share once for a run of them (an
 * addition of many records); each entry still reads as its own change,
 * in any order. */
static void
test_journal_runs (void)
{
  static const struct
  {
    const char          *id;
    LianChangeOperation  operation;
    const char          *actor;
    guint64              revision;
  } expected[] = {
    { "need-run-1", LIAN_CHANGE_OPERATION_ADD, NULL, 1 },
    { "need-run-2", LIAN_CHANGE_OPERATION_ADD, NULL, 1 },
    { "need-run-3", LIAN_CHANGE_OPERATION_ADD, NULL, 1 },
    { "need-run-2", LIAN_CHANGE_OPERATION_UPDATE, "clerk-a", 2 },
    { "need-run-4", LIAN_CHANGE_OPERATION_ADD, "clerk-a", 1 },
    { "need-run-5", LIAN_CHANGE_OPERATION_ADD, "clerk-a", 1 },
    { "need-run-1", LIAN_CHANGE_OPERATION_REMOVE, "clerk-a", 1 },
  };
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  GListModel *journal = lian_registry_get_journal (registry);
  guint n;

  add_needs (registry, 1, 3);
  lian_registry_set_actor (registry, "clerk-a");
  lian_need_set_title (lian_registry_lookup_need (registry, "need-run-2"), "人才公寓");
  add_needs (registry, 4, 5);
  CU_ASSERT_TRUE (lian_registry_remove (registry, "need-run-1", FALSE, NULL, NULL));
  n = g_list_model_get_n_items (journal);
  CU_ASSERT_EQUAL_FATAL (n, G_N_ELEMENTS (expected));
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (journal, i);
      g_autoptr(LianChange) again = g_list_model_get_item (journal, i);

      CU_ASSERT_PTR_EQUAL (change, again);
      CU_ASSERT_EQUAL (lian_change_get_sequence (change), i + 1);
      CU_ASSERT_STRING_EQUAL (lian_change_get_record_id (change), expected[i].id);
      CU_ASSERT_EQUAL (lian_change_get_operation (change), expected[i].operation);
      CU_ASSERT_STRING_EQUAL (lian_change_get_actor (change) ? lian_change_get_actor (change) : "",
                              expected[i].actor ? expected[i].actor : "");
      CU_ASSERT_EQUAL (lian_change_get_revision (change), expected[i].revision);
    }
  CU_ASSERT_PTR_NULL (g_list_model_get_item (journal, n));
}

/* An addition of more records than the journal and the lists held, at
 * once (their room made for them all first): every record is in both,
 * in its order, after those before it. */
static void
test_journal_takes_a_large_addition (void)
{
  const guint n = 70000;
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  GListModel *journal = lian_registry_get_journal (registry);
  g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
  guint before, listed;

  add_needs (registry, 1, 3);
  before = g_list_model_get_n_items (journal);
  listed = g_list_model_get_n_items (needs);
  add_needs (registry, 4, n + 3);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (journal), before + n);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (needs), listed + n);
  for (guint i = 0; i < 4; i++)
    {
      guint place = i < 2 ? before - 1 + i : before + n - 4 + i;
      g_autoptr(LianChange) change = g_list_model_get_item (journal, place);
      g_autoptr(LianRecord) need = g_list_model_get_item (needs, place - before + listed);
      g_autofree char *id = g_strdup_printf ("need-run-%u", place - before + 4);

      CU_ASSERT_STRING_EQUAL (lian_change_get_record_id (change), id);
      CU_ASSERT_STRING_EQUAL (lian_record_get_id (need), id);
      CU_ASSERT_EQUAL (lian_change_get_sequence (change), place + 1);
    }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/change/load-is-not-a-change", test_load_is_not_a_change },
    { "/lian/change/setter-is-journaled", test_setter_is_journaled },
    { "/lian/change/refused-setter-changes-nothing", test_refused_setter_changes_nothing },
    { "/lian/change/update-says-why", test_update_says_why },
    { "/lian/change/move-is-one-change", test_move_is_one_change },
    { "/lian/change/add-and-remove-are-journaled", test_add_and_remove_are_journaled },
    { "/lian/change/batch-commits-together", test_batch_commits_together },
    { "/lian/change/batch-is-all-or-nothing", test_batch_is_all_or_nothing },
    { "/lian/change/handler-removes-the-changed-record", test_handler_removes_the_changed_record },
    { "/lian/change/journal-handler-removes-the-added-record",
      test_journal_handler_removes_the_added_record },
    { "/lian/change/open-batch-goes-with-the-registry", test_open_batch_goes_with_the_registry },
    { "/lian/change/undone-removal-keeps-its-place", test_undone_removal_keeps_its_place },
    { "/lian/change/refused-removal-puts-back-the-record-as-it-was",
      test_refused_removal_puts_back_the_record_as_it_was },
    { "/lian/change/journal-runs", test_journal_runs },
    { "/lian/change/journal-takes-a-large-addition", test_journal_takes_a_large_addition },
    { NULL, NULL },
  };
  return lian_test_run ("change", tests);
}
