/* test-store-history.c: a store's log of changes, and a full disk
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* A new SQLite store at DIR/register.db holding the sample; its path. */
static LianChange *
nth_change (GListModel *changes,
            guint       i)
{
  LianChange *change = g_list_model_get_item (changes, i);

  g_object_unref (change);    /* the model keeps it */
  return change;
}

static void
test_list_changes_gives_a_record_field_by_field (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (path, &error);
  g_autoptr(GListModel) changes = NULL;
  LianChange *change;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  lian_registry_set_actor (registry, "alice");
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (registry, "ent-cz-bms", 4321, &error));
  lian_registry_set_actor (registry, "bob");
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (registry, "ent-cs-parts", 12, &error));
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (registry, "ent-cz-bms", 4322, &error));

  changes = lian_store_list_changes (lian_registry_get_store (registry), "ent-cz-bms",
                                     NULL, NULL, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (changes);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (changes), 2);
  change = nth_change (changes, 0);
  CU_ASSERT_STRING_EQUAL (lian_change_get_actor (change), "alice");
  CU_ASSERT_EQUAL (lian_change_get_revision (change), 2);
  CU_ASSERT_EQUAL (lian_change_get_operation (change), LIAN_CHANGE_OPERATION_UPDATE);
  CU_ASSERT_PTR_EQUAL (lian_change_get_record (change), lian_registry_lookup (registry, "ent-cz-bms"));
  CU_ASSERT_STRING_EQUAL (lian_change_get_property_name (change), "employees");
  CU_ASSERT_STRING_EQUAL (g_value_get_string (lian_change_get_after (change, "employees")), "4321");
  change = nth_change (changes, 1);
  CU_ASSERT_STRING_EQUAL (lian_change_get_actor (change), "bob");
  CU_ASSERT_STRING_EQUAL (g_value_get_string (lian_change_get_before (change, "employees")), "4321");
  CU_ASSERT_STRING_EQUAL (g_value_get_string (lian_change_get_after (change, "employees")), "4322");

  g_clear_object (&changes);
  changes = lian_store_list_changes (lian_registry_get_store (registry), NULL, "2000-01-01",
                                     "bob", NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (changes);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (changes), 2);
  g_clear_object (&changes);
  changes = lian_store_list_changes (lian_registry_get_store (registry), NULL, "2999-01-01T00:00",
                                     NULL, NULL, &error);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (changes), 0);
  g_clear_object (&changes);
  changes = lian_store_list_changes (lian_registry_get_store (registry), NULL, "soon",
                                     NULL, NULL, &error);
  CU_ASSERT_PTR_NULL (changes);
  CU_ASSERT_TRUE (g_error_matches (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE));
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, "\"soon\""));

  g_clear_object (&registry);
  lian_test_remove_dir (dir);
}

static void
test_list_changes_keeps_a_region (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (path, &error);
  g_autoptr(GListModel) changes = NULL;
  const char *region;
  g_autofree char *city = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (registry, "ent-cz-bms", 77, &error));
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (registry, "ent-cs-parts", 78, &error));
  /* Removed, it is still placed where it was. */
  CU_ASSERT_TRUE_FATAL (lian_registry_remove (registry, "ent-cz-bms", TRUE, NULL, &error));
  g_object_get (lian_registry_lookup (registry, "ent-cs-parts"), "region", &city, NULL);
  region = "320400";   /* Changzhou, where ent-cz-bms was */
  CU_ASSERT_FALSE (g_str_has_prefix (city, "3204"));

  changes = lian_store_list_changes (lian_registry_get_store (registry), NULL, NULL, NULL,
                                     region, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (changes);
  CU_ASSERT_TRUE (g_list_model_get_n_items (changes) >= 2);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    CU_ASSERT_STRING_NOT_EQUAL (lian_change_get_record_id (nth_change (changes, i)), "ent-cs-parts");
  CU_ASSERT_EQUAL (lian_change_get_operation (nth_change (changes, g_list_model_get_n_items (changes) - 1)),
                   LIAN_CHANGE_OPERATION_REMOVE);

  g_clear_object (&registry);
  lian_test_remove_dir (dir);
}

static void
test_document_store_lists_its_journal (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "register.json", NULL);
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GListModel) changes = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_save_to_file (sample, path, NULL, &error));
  registry = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  lian_registry_set_actor (registry, "carol");
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (registry, "ent-cz-bms", 99, &error));
  changes = lian_store_list_changes (lian_registry_get_store (registry), "ent-cz-bms", NULL,
                                     "carol", NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (changes);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (changes), 1);
  CU_ASSERT_EQUAL (g_value_get_uint (lian_change_get_after (nth_change (changes, 0), "employees")), 99);

  g_clear_object (&registry);
  lian_test_remove_dir (dir);
}

/* LIAN_TEST_SQLITE_SPARE_PAGES=0 lets the database grow no more: a change
 * that needs more room fails as on a full disk. */
static void
test_full_disk_refuses_the_change_and_keeps_the_store (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) full = NULL;
  g_autoptr(LianRegistry) again = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  LianRecord *firm;

  again = lian_registry_open (path, &error);
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (again, "ent-cs-parts", 31, &error));
  g_clear_object (&again);

  g_setenv ("LIAN_TEST_SQLITE_SPARE_PAGES", "0", TRUE);
  full = lian_registry_open (path, &error);
  g_unsetenv ("LIAN_TEST_SQLITE_SPARE_PAGES");
  CU_ASSERT_PTR_NOT_NULL_FATAL (full);
  /* 60,000 bytes: as long as a document holds, more than a full file has room for */
  for (guint i = 0; i < 4000; i++)
    g_string_append (name, "很长的名字");
  g_value_set_string (g_value_init (&value, G_TYPE_STRING), name->str);
  firm = lian_registry_lookup (full, "ent-cz-bms");
  CU_ASSERT_FALSE (lian_registry_update (full, firm, "name", &value, &error));
  CU_ASSERT_TRUE (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, path));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, "full"));
  CU_ASSERT_EQUAL (lian_record_get_revision (firm), 1);
  CU_ASSERT_STRING_NOT_EQUAL (lian_record_get_name (firm), name->str);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_registry_get_journal (full)), 0);
  g_clear_error (&error);
  g_clear_object (&full);

  again = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (again);
  CU_ASSERT_EQUAL (lian_record_get_revision (lian_registry_lookup (again, "ent-cz-bms")), 1);
  changes = lian_store_list_changes (lian_registry_get_store (again), NULL, NULL, NULL, NULL, &error);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (changes), 1);
  CU_ASSERT_STRING_EQUAL (lian_change_get_record_id (nth_change (changes, 0)), "ent-cs-parts");

  g_clear_object (&again);
  lian_test_remove_dir (dir);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/store/list-changes-gives-a-record-field-by-field", test_list_changes_gives_a_record_field_by_field },
    { "/lian/store/list-changes-keeps-a-region", test_list_changes_keeps_a_region },
    { "/lian/store/document-lists-its-journal", test_document_store_lists_its_journal },
    { "/lian/store/full-disk-refuses-the-change-and-keeps-the-store", test_full_disk_refuses_the_change_and_keeps_the_store },
    { NULL, NULL },
  };
  return lian_test_run ("store-history", tests);
}
