/* test-store-sqlite.c: registers kept in SQLite and in JSON documents
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* A new store at DIR/NAME holding the sample; returns its path. */
static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  CU_ASSERT_EQUAL_FATAL (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The text of the first row and column @sql gives on @path, or "". */
static const char *
query_text (const char *path,
            const char *sql)
{
  static char text[64];
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  text[0] = '\0';
  CU_ASSERT_EQUAL_FATAL (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    g_strlcpy (text, (const char *) sqlite3_column_text (stmt, 0), sizeof text);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static void
test_sqlite_round_trip_gives_the_same_document (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) opened = lian_registry_open (path, &error);
  g_autoptr(GListModel) enterprises = lian_registry_get_enterprises (sample);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  a = lian_registry_save_to_data (sample, NULL);
  b = lian_registry_save_to_data (opened, NULL);
  CU_ASSERT_STRING_EQUAL (a, b);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_get_store (opened));
  CU_ASSERT_EQUAL (query_int (path, "PRAGMA user_version"), 1);
  CU_ASSERT_EQUAL (query_int (path, "SELECT count(*) FROM enterprises"),
                   g_list_model_get_n_items (enterprises));
  g_clear_object (&opened);
  lian_test_remove_dir (dir);
}

static void
test_sqlite_commit_writes_the_change_and_logs_it (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) again = NULL;
  LianEnterprise *e;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  lian_registry_set_actor (registry, "alice");
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 4242, &error));
  CU_ASSERT_EQUAL (query_int (path, "SELECT employees FROM enterprises WHERE id = 'ent-cs-parts'"),
                   4242);
  CU_ASSERT_EQUAL (query_int (path, "SELECT revision FROM records WHERE id = 'ent-cs-parts'"), 2);
  CU_ASSERT_EQUAL (query_int (path, "SELECT count(*) FROM changes WHERE actor = 'alice' AND "
                                    "record = 'ent-cs-parts' AND property = 'employees' AND "
                                    "fields_after = '{\"employees\":4242}'"), 1);

  again = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (again);
  e = lian_registry_lookup_enterprise (again, "ent-cs-parts");
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (e), 4242);
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (e)), 2);
  g_clear_object (&registry);
  g_clear_object (&again);
  lian_test_remove_dir (dir);
}

static void
test_sqlite_conflict_is_refused_and_named (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  LianEnterprise *eb;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  lian_registry_set_actor (a, "alice");
  lian_registry_set_actor (b, "bob");
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 1, &error));
  CU_ASSERT_FALSE (lian_test_set_employees (b, "ent-cs-parts", 2, &error));
  LIAN_ASSERT_MESSAGE (error, "ent-cs-parts");
  LIAN_ASSERT_MESSAGE (error, "alice");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT);

  /* Nothing applied: not in b, not in the store. */
  eb = lian_registry_lookup_enterprise (b, "ent-cs-parts");
  CU_ASSERT_NOT_EQUAL (lian_enterprise_get_employees (eb), 2);
  CU_ASSERT_EQUAL (query_int (path, "SELECT employees FROM enterprises WHERE id = 'ent-cs-parts'"), 1);
  CU_ASSERT_EQUAL (query_int (path, "SELECT count(*) FROM changes"), 1);

  /* Another record is no conflict. */
  CU_ASSERT_TRUE (lian_test_set_employees (b, "ent-cz-anode", 3, &error));
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

/* The ids of @registry's enterprises, in its order. */
static char *
enterprise_ids (LianRegistry *registry)
{
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (registry);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (firms); i++)
    {
      g_autoptr(LianRecord) firm = g_list_model_get_item (firms, i);
      g_string_append_printf (ids, "%s ", lian_record_get_id (firm));
    }
  return g_string_free (ids, FALSE);
}

/* A removal the store refuses puts the record back where it was in its
 * kind's list. */
static void
test_sqlite_refused_removal_keeps_the_order (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  before = enterprise_ids (b);
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 1, &error));
  CU_ASSERT_FALSE (lian_registry_remove (b, "ent-cs-parts", TRUE, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT);
  after = enterprise_ids (b);
  CU_ASSERT_STRING_EQUAL (after, before);
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

static void
change_removed_cb (LianRegistry *registry,
                   LianRecord   *record,
                   gpointer      data)
{
  if (LIAN_IS_ENTERPRISE (record))
    lian_enterprise_set_employees (LIAN_ENTERPRISE (record), 999);
}

/* A removal the store refuses after a record-removed handler changed the
 * record taken out: the record comes back as it was, fields and
 * revision. */
static void
test_sqlite_refused_removal_puts_back_the_record_as_it_was (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LianEnterprise *firm;
  gint employees;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  firm = lian_registry_lookup_enterprise (b, "ent-cs-parts");
  employees = lian_enterprise_get_employees (firm);
  before = lian_registry_save_to_data (b, NULL);
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 1, &error));
  g_signal_connect (b, "record-removed", G_CALLBACK (change_removed_cb), NULL);
  CU_ASSERT_FALSE (lian_registry_remove (b, "ent-cs-parts", TRUE, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_enterprise (b, "ent-cs-parts"), firm);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (firm), employees);
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (firm)), 1);
  after = lian_registry_save_to_data (b, NULL);
  CU_ASSERT_STRING_EQUAL (after, before);
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

static void
count_cb (LianRegistry *registry,
          LianRecord   *record,
          const char   *property,
          int          *count)
{
  (*count)++;
}

/* A record's own work function reports the store's refusal in its
 * GError and leaves the record as it was. */
static void
test_sqlite_stale_work_function_reports_the_conflict (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  LianActionProject *pa, *pb;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  pa = LIAN_ACTION_PROJECT (lian_registry_lookup (a, "proj-ic-eda"));
  pb = LIAN_ACTION_PROJECT (lian_registry_lookup (b, "proj-ic-eda"));
  lian_action_project_set_talents (pa, 7);
  CU_ASSERT_FALSE (lian_action_project_finish (pb, "2024-01-02", 100, 1, 1, &error));
  LIAN_ASSERT_MESSAGE (error, "proj-ic-eda");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT);
  CU_ASSERT_EQUAL (lian_action_project_get_status (pb), LIAN_PROJECT_STATUS_ACTIVE);
  CU_ASSERT_PTR_NULL (lian_action_project_get_finished (pb));
  CU_ASSERT_EQUAL (query_int (path, "SELECT count(*) FROM changes"), 1);
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

/* Only a database server can show a role a person's scope. */
static void
test_sqlite_cannot_grant_a_reader (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianStore) store = lian_store_open (path, &error);

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_FALSE (lian_store_grant_reader (store, "clerk", "p-xs-clerk", &error));
  LIAN_ASSERT_MESSAGE (error, "PostgreSQL");
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  lian_store_close (store);
  lian_test_remove_dir (dir);
}

/* A store whose registry holds all of it counts in the registry. */
static void
test_sqlite_counts_the_whole (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_open (path, &error);
  g_autoptr(GVariant) by_city = NULL;
  LianStore *store;
  guint64 n = 0, sum = 0, value;
  GVariantIter iter;
  const char *code;

  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  store = lian_registry_get_store (registry);
  CU_ASSERT_TRUE (lian_store_count_records (store, LIAN_RECORD_KIND_ENTERPRISE, "320200", &n, &error));
  CU_ASSERT_EQUAL (n, lian_registry_count_enterprises (registry, "320200"));
  CU_ASSERT_TRUE (lian_store_count_needs_by_status (store, NULL, LIAN_NEED_STATUS_RESOLVED, &n, &error));
  CU_ASSERT_EQUAL (n, lian_registry_count_needs_by_status (registry, NULL, LIAN_NEED_STATUS_RESOLVED));
  by_city = lian_store_count_by_region (store, LIAN_RECORD_KIND_NEED, "320000", LIAN_LEVEL_CITY, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (by_city);
  g_variant_iter_init (&iter, by_city);
  while (g_variant_iter_next (&iter, "{&st}", &code, &value))
    {
      CU_ASSERT_EQUAL (value, lian_registry_count_needs (registry, code));
      sum += value;
    }
  CU_ASSERT_EQUAL (sum, lian_registry_count_needs (registry, NULL));
  lian_test_remove_dir (dir);
}

static void
test_sqlite_refresh_brings_in_other_changes (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  g_autoptr(LianNeed) need = lian_need_new ("need-new", "ent-cs-parts",
                                            LIAN_NEED_CATEGORY_FINANCING, "a loan");
  int changed = 0;
  guint n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 77, &error));
  CU_ASSERT_TRUE (lian_registry_add (a, LIAN_RECORD (need), &error));
  CU_ASSERT_TRUE (lian_registry_remove (a, "act-002", FALSE, NULL, &error));
  g_signal_connect (b, "record-changed", G_CALLBACK (count_cb), &changed);

  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (b), &n, &error));
  if (n != 3)
    g_printerr ("%u records brought in\n", n);
  CU_ASSERT_EQUAL (n, 3);
  CU_ASSERT_EQUAL (changed, 1);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (lian_registry_lookup_enterprise (b, "ent-cs-parts")), 77);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_need (b, "need-new"));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (b, "act-002"));
  /* b may now change what a changed. */
  CU_ASSERT_TRUE (lian_test_set_employees (b, "ent-cs-parts", 78, &error));
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (b), &n, &error));
  CU_ASSERT_EQUAL (n, 0);
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

static void
rename_cb (LianRegistry *registry,
           LianRecord   *record,
           gpointer      data)
{
  /* A program tidying each new record as it comes in. */
  lian_record_set_name (record, "renamed when it came in");
}

static void
test_sqlite_refresh_keeps_records_changed_as_they_come (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  g_autoptr(LianNeed) need = lian_need_new ("need-brought-in-and-renamed", "ent-cs-parts",
                                            LIAN_NEED_CATEGORY_FINANCING, "a loan");
  guint n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  CU_ASSERT_TRUE (lian_registry_add (a, LIAN_RECORD (need), &error));
  g_signal_connect (b, "record-added", G_CALLBACK (rename_cb), NULL);
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (b), &n, &error));
  CU_ASSERT_EQUAL (n, 1);
  /* The text the record was filed under outlives the refresh. */
  for (guint i = 0; i < 1000; i++)
    g_free (g_strdup_printf ("%08u-something-else-entirely", i));
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (lian_registry_lookup (b, "need-brought-in-and-renamed")),
                          "renamed when it came in");
  CU_ASSERT_TRUE (lian_registry_remove (b, "need-brought-in-and-renamed", FALSE, NULL, &error));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (b, "need-brought-in-and-renamed"));
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

static void
test_document_store_refuses_a_file_changed_since (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) c = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 11, &error));
  CU_ASSERT_FALSE (lian_test_set_employees (b, "ent-cz-anode", 12, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT);
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (b), NULL, &error));
  CU_ASSERT_TRUE (lian_test_set_employees (b, "ent-cz-anode", 12, &error));

  c = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (lian_registry_lookup_enterprise (c, "ent-cs-parts")), 11);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (lian_registry_lookup_enterprise (c, "ent-cz-anode")), 12);
  g_clear_object (&a);
  g_clear_object (&b);
  g_clear_object (&c);
  lian_test_remove_dir (dir);
}

static void
test_document_store_refresh_brings_in_additions (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  g_autoptr(LianNeed) need = lian_need_new ("need-from-a", "ent-cs-parts",
                                            LIAN_NEED_CATEGORY_FINANCING, "a loan");
  g_autoptr(LianRegistry) c = NULL;
  guint n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  CU_ASSERT_TRUE (lian_registry_add (a, LIAN_RECORD (need), &error));
  /* The addition is in the file at once, as an update would be. */
  c = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_need (c, "need-from-a"));
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (b), &n, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (n, 1);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_need (b, "need-from-a"));
  /* What b brought in is its own: it changes it and a sees the change. */
  lian_need_set_title (lian_registry_lookup_need (b, "need-from-a"), "a larger loan");
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (a), &n, &error));
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (lian_registry_lookup_need (a, "need-from-a")),
                          "a larger loan");
  CU_ASSERT_TRUE (lian_registry_remove (a, "need-from-a", FALSE, NULL, &error));
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (b), &n, &error));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (b, "need-from-a"));
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

static void
test_open_refuses_what_is_no_store (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such.json", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  CU_ASSERT_PTR_NULL (lian_store_open ("register.xlsx", &error));
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED);

  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL);
  sqlite3_close (db);
  CU_ASSERT_PTR_NULL (lian_registry_open (path, &error));
  LIAN_ASSERT_MESSAGE (error, "not a lian store");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED);

  CU_ASSERT_PTR_NULL (lian_registry_open (missing, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  lian_test_remove_dir (dir);
}

/* Opens a copy of the sample store after @sql: it must be refused, its
 * message holding @text. */
static void
assert_open_refuses (const char *sql,
                     const char *text)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  CU_ASSERT_EQUAL (sqlite3_exec (db, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close (db);
  CU_ASSERT_PTR_NULL (lian_registry_open (path, &error));
  LIAN_ASSERT_MESSAGE (error, text);
  LIAN_ASSERT_MESSAGE (error, path);
  lian_test_remove_dir (dir);
}

static void
test_open_refuses_columns_that_do_not_fit (void)
{
  assert_open_refuses ("UPDATE enterprises SET size = 'vast' WHERE rowid = "
                       "(SELECT min(rowid) FROM enterprises)", "$.enterprises[0].size");
  assert_open_refuses ("UPDATE enterprises SET employees = 'many' WHERE rowid = "
                       "(SELECT min(rowid) FROM enterprises)", "$.enterprises[0].employees");
  assert_open_refuses ("UPDATE enterprises SET extra = '{\"note\":' WHERE rowid = "
                       "(SELECT min(rowid) FROM enterprises)", "");
  assert_open_refuses ("UPDATE enterprises SET extra = '{\"name\":\"x\"}' WHERE rowid = "
                       "(SELECT min(rowid) FROM enterprises)", "$.enterprises[0].name: duplicate member");
  assert_open_refuses ("UPDATE enterprises_chain_links SET chain = NULL",
                       "a chain id is required");
  assert_open_refuses ("UPDATE enterprises_tags SET value = NULL", "expected an array of strings");
}

/* A revision is held in 51 bits: a store's larger one reads as the most,
 * and a change there keeps it at the most instead of going back to 0. */
static void
test_open_keeps_the_highest_revision (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = NULL;
  const guint64 most = (G_GUINT64_CONSTANT (1) << 51) - 1;
  LianRecord *record;
  sqlite3 *db = NULL;

  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  CU_ASSERT_EQUAL (sqlite3_exec (db, "UPDATE records SET revision = 1152921504606846976 "
                                 "WHERE id = 'ent-cs-parts'", NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close (db);
  registry = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  record = lian_registry_lookup (registry, "ent-cs-parts");
  CU_ASSERT_PTR_NOT_NULL_FATAL (record);
  CU_ASSERT_EQUAL (lian_record_get_revision (record), most);
  lian_test_set_employees (registry, "ent-cs-parts", 5, NULL);
  CU_ASSERT_EQUAL (lian_record_get_revision (record), most);
  g_clear_object (&registry);
  lian_test_remove_dir (dir);
}

/* A new store is saved with a rollback journal when no one else has it
 * open: it ends in WAL like any store, whole, or, when the save fails
 * (a full disk), as empty as it was. */
static void
test_sqlite_save_into_a_new_store (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autofree char *full = g_build_filename (dir, "full.db", NULL);
  g_autofree char *journal = g_strconcat (full, "-journal", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(LianStore) store = NULL;
  g_autoptr(LianRegistry) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_auto(GValue) value = G_VALUE_INIT;

  CU_ASSERT_EQUAL (query_int (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
  CU_ASSERT_STRING_EQUAL (query_text (path, "PRAGMA integrity_check"), "ok");

  /* 60,000 bytes: more than an empty store has room for */
  for (guint i = 0; i < 4000; i++)
    g_string_append (name, "很长的名字");
  g_value_set_string (g_value_init (&value, G_TYPE_STRING), name->str);
  CU_ASSERT_TRUE_FATAL (lian_registry_update (sample, lian_registry_lookup (sample, "ent-cz-bms"),
                                              "name", &value, &error));

  /* Opened as "full.db": the error names it so, as every error does */
  CU_ASSERT_EQUAL_FATAL (g_chdir (dir), 0);
  g_setenv ("LIAN_TEST_SQLITE_SPARE_PAGES", "0", TRUE);
  store = lian_store_open ("full.db", &error);
  g_unsetenv ("LIAN_TEST_SQLITE_SPARE_PAGES");
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_FALSE (lian_store_save (store, sample, &error));
  LIAN_ASSERT_MESSAGE_STARTS (error, "full.db: ");
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_object (&store);
  CU_ASSERT_EQUAL (g_chdir (cwd), 0);
  CU_ASSERT_FALSE (g_file_test (journal, G_FILE_TEST_EXISTS));
  CU_ASSERT_EQUAL (query_int (full, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
  CU_ASSERT_EQUAL (query_int (full, "SELECT count(*) FROM records"), 0);
  opened = lian_registry_open (full, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (opened), 0);
  g_clear_object (&opened);
  lian_test_remove_dir (dir);
}

/* Another connection holding a new store open: the save goes through WAL,
 * and the other one sees it whole once it commits. */
static void
test_sqlite_save_into_a_new_store_held_open (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "register.db", NULL);
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autoptr(LianStore) store = NULL;
  g_autoptr(LianRegistry) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  sqlite3 *db = NULL;

  store = lian_store_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  CU_ASSERT_EQUAL (sqlite3_exec (db, "SELECT count(*) FROM records", NULL, NULL, NULL), SQLITE_OK);
  CU_ASSERT_TRUE (lian_store_save (store, sample, &error));
  CU_ASSERT_EQUAL (query_int (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
  sqlite3_close (db);
  g_clear_object (&store);
  opened = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  a = lian_registry_save_to_data (sample, NULL);
  b = lian_registry_save_to_data (opened, NULL);
  CU_ASSERT_STRING_EQUAL (a, b);
  g_clear_object (&opened);
  lian_test_remove_dir (dir);
}

static gpointer
commit_later (gpointer data)
{
  sqlite3 *db = data;

  g_usleep (300 * G_TIME_SPAN_MILLISECOND);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  return NULL;
}

/* Another process writing a new store through a rollback journal (as a
 * save into an empty store does) holds its lock: a store opened meanwhile
 * waits for it, as any statement waits, instead of failing at once when
 * it asks for WAL. */
static void
test_open_waits_for_a_save_through_a_journal (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(LianRegistry) opened = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  GThread *thread;

  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  /* Its COMMIT waits for the store's reads as they wait for it: without
   * a timeout it fails at once if the store reads just then, and the
   * store waits for a lock no one lets go of. */
  sqlite3_busy_timeout (db, 10000);
  CU_ASSERT_EQUAL (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; BEGIN IMMEDIATE; "
                                     "DELETE FROM changes", NULL, NULL, NULL), SQLITE_OK);
  thread = g_thread_new ("commit-later", commit_later, db);
  opened = lian_registry_open (path, &error);
  g_thread_join (thread);
  sqlite3_close (db);
  CU_ASSERT_PTR_NOT_NULL (opened);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (query_int (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
  g_clear_object (&opened);
  lian_test_remove_dir (dir);
}

/* A record added after a store was converted comes after the others: the
 * ids no longer ascend with the rows, and from there on each list is
 * joined to its records instead. The store opens as it was left, the
 * lists of the records before and after that row included. */
static void
test_open_reads_rows_whose_ids_do_not_ascend (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = NULL;
  g_autoptr(LianNeed) need = lian_need_new ("aaa-need", "ent-cs-parts",
                                            LIAN_NEED_CATEGORY_FINANCING, "a loan");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_autoptr(LianNeed) last = lian_need_new ("zzz-need", "ent-cs-parts",
                                            LIAN_NEED_CATEGORY_FINANCING, "a fund");
  const char *services[] = { "svc-js-logistics", "svc-cz-nev-fund", NULL };

  CU_ASSERT_PTR_NOT_NULL_FATAL (a);
  lian_need_set_service_ids (need, services + 1);
  lian_need_set_service_ids (last, services);
  CU_ASSERT_TRUE_FATAL (lian_registry_add (a, LIAN_RECORD (need), &error));
  CU_ASSERT_TRUE_FATAL (lian_registry_add (a, LIAN_RECORD (last), &error));
  CU_ASSERT_TRUE_FATAL (lian_test_set_employees (a, "ent-cs-parts", 77, &error));
  CU_ASSERT_STRING_EQUAL (query_text (path, "SELECT id FROM needs ORDER BY rowid DESC LIMIT 1"),
                          "zzz-need");
  b = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  before = lian_registry_save_to_data (a, NULL);
  after = lian_registry_save_to_data (b, NULL);
  CU_ASSERT_STRING_EQUAL (before, after);
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

static void
test_open_async_gives_a_registry (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autofree char *uri = g_strconcat ("sqlite:", path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) registry = NULL;
  LianTestWait wait;

  lian_test_wait_init (&wait);
  lian_registry_open_async (uri, NULL, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  registry = lian_registry_open_finish (wait.result, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  CU_ASSERT_STRING_EQUAL (lian_store_get_uri (lian_registry_get_store (registry)), uri);
  CU_ASSERT_TRUE (lian_test_set_employees (registry, "ent-cs-parts", 5, &error));
  lian_test_wait_clear (&wait);
  g_clear_object (&registry);
  lian_test_remove_dir (dir);
}

static void
quit_cb (LianRegistry *registry,
         LianRecord   *record,
         const char   *property,
         GMainLoop    *loop)
{
  g_main_loop_quit (loop);
}

static gboolean
give_up_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
test_store_refreshes_by_itself_in_a_main_loop (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) a = lian_registry_open (path, &error);
  g_autoptr(LianRegistry) b = lian_registry_open (path, &error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  LianStore *store;
  guint give_up;

  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  store = lian_registry_get_store (b);
  CU_ASSERT_EQUAL (lian_store_get_refresh_interval (store), 0);
  lian_store_set_refresh_interval (store, 10);
  CU_ASSERT_EQUAL (lian_store_get_refresh_interval (store), 10);
  g_signal_connect (b, "record-changed", G_CALLBACK (quit_cb), loop);
  CU_ASSERT_TRUE (lian_test_set_employees (a, "ent-cs-parts", 31, &error));
  give_up = g_timeout_add_seconds (10, give_up_cb, loop);
  g_main_loop_run (loop);
  g_source_remove (give_up);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (lian_registry_lookup_enterprise (b, "ent-cs-parts")), 31);
  lian_store_set_refresh_interval (store, 0);
  g_clear_object (&a);
  g_clear_object (&b);
  lian_test_remove_dir (dir);
}

/* Saves @registry into a new store at @path and gives it back as lian
 * writes a document. */
static char *
through_store (LianRegistry *registry,
               const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LianStore) store = lian_store_open (path, &error);
  g_autoptr(LianRegistry) opened = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE (lian_store_save (store, registry, &error));
  g_clear_object (&store);
  opened = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  return lian_registry_save_to_data (opened, NULL);
}

/* The document's own members come back in its order, not by name. */
static void
test_sqlite_keeps_the_order_of_unknown_members (void)
{
  static const char doc[] = "{\"format\":\"lian\",\"version\":1,\"x_b\":1,\"x_a\":[2],\"x_c\":{}}";
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "register.db", NULL);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *read = NULL;

  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (registry, doc, -1, &error));
  written = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (strstr (written, "\"x_a\""));
  CU_ASSERT_TRUE (strstr (written, "\"x_b\"") < strstr (written, "\"x_a\""));
  read = through_store (registry, path);
  CU_ASSERT_STRING_EQUAL (read, written);
  lian_test_remove_dir (dir);
}

/* A store made before the document table had its position (or written
 * by a lian without it) opens with its members, by name; it gets the
 * column, and keeps the order from the next save on. */
static void
test_sqlite_opens_a_document_table_without_position (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.db");
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *read = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *extra;
  sqlite3 *db = NULL;

  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  CU_ASSERT_EQUAL (sqlite3_exec (db, "DROP TABLE document; CREATE TABLE document (\n"
                                 "  member TEXT PRIMARY KEY NOT NULL,\n  value TEXT NOT NULL\n"
                                 ") WITHOUT ROWID; INSERT INTO document (member, value) VALUES "
                                 "('x_b', '1'), ('x_a', '[2]');", NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close (db);
  registry = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  extra = lian_registry_get_extra (registry);
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_EQUAL (json_object_get_size (extra), 2);
  CU_ASSERT_EQUAL (json_object_get_int_member (extra, "x_b"), 1);
  members = json_object_get_members (extra);
  CU_ASSERT_STRING_EQUAL (members->data, "x_a");
  CU_ASSERT_EQUAL (query_int (path, "SELECT count(*) FROM pragma_table_info ('document') "
                                    "WHERE name = 'position'"), 1);
  CU_ASSERT_EQUAL (query_int (path, "PRAGMA user_version"), 1);
  g_clear_object (&registry);

  /* The rows a lian without the column writes: no position */
  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  CU_ASSERT_EQUAL (sqlite3_exec (db, "DELETE FROM document; INSERT INTO document (member, value) "
                                 "VALUES ('x_d', 'null'), ('x_c', '\"c\"')", NULL, NULL, NULL),
                   SQLITE_OK);
  sqlite3_close (db);
  registry = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  read = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (strstr (read, "\"x_d\""));
  CU_ASSERT_TRUE (strstr (read, "\"x_c\"") < strstr (read, "\"x_d\""));
  g_clear_object (&registry);
  lian_test_remove_dir (dir);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/store/sqlite-round-trip-gives-the-same-document", test_sqlite_round_trip_gives_the_same_document },
    { "/lian/store/sqlite-commit-writes-the-change-and-logs-it", test_sqlite_commit_writes_the_change_and_logs_it },
    { "/lian/store/sqlite-conflict-is-refused-and-named", test_sqlite_conflict_is_refused_and_named },
    { "/lian/store/sqlite-refused-removal-keeps-the-order", test_sqlite_refused_removal_keeps_the_order },
    { "/lian/store/sqlite-refused-removal-puts-back-the-record-as-it-was",
      test_sqlite_refused_removal_puts_back_the_record_as_it_was },
    { "/lian/store/sqlite-refresh-brings-in-other-changes", test_sqlite_refresh_brings_in_other_changes },
    { "/lian/store/sqlite-refresh-keeps-records-changed-as-they-come", test_sqlite_refresh_keeps_records_changed_as_they_come },
    { "/lian/store/sqlite-cannot-grant-a-reader", test_sqlite_cannot_grant_a_reader },
    { "/lian/store/sqlite-counts-the-whole", test_sqlite_counts_the_whole },
    { "/lian/store/sqlite-stale-work-function-reports-the-conflict", test_sqlite_stale_work_function_reports_the_conflict },
    { "/lian/store/document-refuses-a-file-changed-since", test_document_store_refuses_a_file_changed_since },
    { "/lian/store/document-refresh-brings-in-additions", test_document_store_refresh_brings_in_additions },
    { "/lian/store/open-refuses-what-is-no-store", test_open_refuses_what_is_no_store },
    { "/lian/store/open-refuses-columns-that-do-not-fit", test_open_refuses_columns_that_do_not_fit },
    { "/lian/store/open-keeps-the-highest-revision", test_open_keeps_the_highest_revision },
    { "/lian/store/sqlite-save-into-a-new-store", test_sqlite_save_into_a_new_store },
    { "/lian/store/sqlite-save-into-a-new-store-held-open", test_sqlite_save_into_a_new_store_held_open },
    { "/lian/store/open-waits-for-a-save-through-a-journal", test_open_waits_for_a_save_through_a_journal },
    { "/lian/store/open-reads-rows-whose-ids-do-not-ascend", test_open_reads_rows_whose_ids_do_not_ascend },
    { "/lian/store/open-async-gives-a-registry", test_open_async_gives_a_registry },
    { "/lian/store/sqlite-keeps-the-order-of-unknown-members", test_sqlite_keeps_the_order_of_unknown_members },
    { "/lian/store/sqlite-opens-a-document-table-without-position", test_sqlite_opens_a_document_table_without_position },
    { "/lian/store/refreshes-by-itself-in-a-main-loop", test_store_refreshes_by_itself_in_a_main_loop },
    { NULL, NULL },
  };
  return lian_test_run ("store", tests);
}
