/* test-store-pipe.c: a large SQLite store read in one thread while its
 * records are added in another opens exactly as it does in one thread
 *
 * A store of a megabyte or more is read in a thread of its own on a
 * machine with more than one core; LIAN_LOAD_THREADS=1 keeps it in one,
 * =2 makes sure of the other thread. Each test opens the same store both
 * ways and compares the registries, or the errors.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* 68 records a copy: past one hand-over of 4096 records, and a store of
 * more than a megabyte. */
#define COPIES 70

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  CU_ASSERT_EQUAL_FATAL (sqlite3_open (path, &db), SQLITE_OK);
  CU_ASSERT_EQUAL (sqlite3_exec (db, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close (db);
}

/* A store at DIR/copies.db holding COPIES copies of the sample. */
static char *
copies_store (const char *dir)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "copies.db", NULL);
  g_autoptr(LianStore) store = lian_store_open (path, &error);

  json_generator_set_root (generator, doc);
  text = json_generator_to_data (generator, NULL);
  lian_registry_set_max_document_size (registry, 0);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (registry, text, -1, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, registry, &error));
  lian_store_close (store);
  return path;
}

static void
added_cb (LianRegistry *registry,
          LianRecord   *record,
          GString      *added)
{
  g_string_append_printf (added, "%s ", lian_record_get_id (record));
}

/* What the registry holds, each record's revision and how its indexes
 * answer. */
static char *
describe (LianRegistry *registry)
{
  g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
  GString *text = g_string_new (saved);

  for (guint k = 0; k <= LIAN_RECORD_KIND_PERSON; k++)
    {
      g_autoptr(GListModel) records = lian_registry_get_records (registry, k);

      g_string_append_printf (text, "\n%u:", lian_registry_count_records (registry, k));
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (records, i);

          g_string_append_printf (text, " %s@%" G_GUINT64_FORMAT, lian_record_get_id (record),
                                  lian_record_get_revision (record));
        }
    }
  g_string_append_printf (text, "\n%u %u", lian_registry_count_enterprises (registry, "320200"),
                          lian_registry_count_needs (registry, "320000"));
  return g_string_free (text, FALSE);
}

/* Opens @path in one thread if @one; the ids ::record-added told of go
 * into @added. */
static LianRegistry *
open_store (const char  *path,
            gboolean     one,
            GString     *added,
            GError     **error)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianStore) store = lian_store_open (path, error);
  gulong handler = g_signal_connect (registry, "record-added", G_CALLBACK (added_cb), added);
  gboolean ok;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  g_setenv ("LIAN_LOAD_THREADS", one ? "1" : "2", TRUE);
  ok = lian_store_load (store, registry, error);
  g_unsetenv ("LIAN_LOAD_THREADS");
  g_signal_handler_disconnect (registry, handler);
  return ok ? g_steal_pointer (&registry) : NULL;
}

/* Opens @path both ways and asserts that they end the same: both opened
 * and equal, or both refused with the same error. Returns the error. */
static GError *
open_both_ways (const char *path)
{
  g_autoptr(GString) piped_added = g_string_new (NULL);
  g_autoptr(GString) one_added = g_string_new (NULL);
  GError *piped_error = NULL;
  g_autoptr(GError) one_error = NULL;
  g_autoptr(LianRegistry) piped = open_store (path, FALSE, piped_added, &piped_error);
  g_autoptr(LianRegistry) one = open_store (path, TRUE, one_added, &one_error);
  g_autofree char *piped_end = NULL;
  g_autofree char *one_end = NULL;

  CU_ASSERT_EQUAL (piped == NULL, one == NULL);
  CU_ASSERT_STRING_EQUAL (piped_added->str, one_added->str);
  if (piped && one)
    {
      piped_end = describe (piped);
      one_end = describe (one);
      CU_ASSERT_STRING_EQUAL (piped_end, one_end);
      return NULL;
    }
  CU_ASSERT_STRING_EQUAL (piped_added->str, "");
  lian_test_assert_same_error (piped_error, one_error);
  return piped_error;
}

static void
test_same_registry (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = copies_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRegistry) edited = NULL;
  g_autoptr(LianNeed) need = lian_need_new ("aaa-need", "ent-cs-parts-35",
                                            LIAN_NEED_CATEGORY_FINANCING, "a loan");
  const char *services[] = { "svc-js-logistics-3", NULL };
  GStatBuf st;

  /* Large enough to be read in another thread. */
  CU_ASSERT_TRUE_FATAL (g_stat (path, &st) == 0 && st.st_size > 1024 * 1024);
  CU_ASSERT_PTR_NULL (open_both_ways (path));

  /* Revisions past 1, and ids that stop ascending halfway through a
   * kind's rows, a record with a list after them. */
  edited = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (edited);
  CU_ASSERT_TRUE (lian_test_set_employees (edited, "ent-cs-parts-35", 77, &error));
  CU_ASSERT_TRUE (lian_test_set_employees (edited, "ent-cs-parts-35", 78, &error));
  lian_need_set_service_ids (need, services);
  CU_ASSERT_TRUE (lian_registry_add (edited, LIAN_RECORD (need), &error));
  g_clear_object (&edited);
  CU_ASSERT_PTR_NULL (open_both_ways (path));
  lian_test_remove_dir (dir);
}

/* A record that refers to no record, and a value no record may hold, in
 * the middle of the store: the same error both ways, naming the file. */
static void
test_same_errors (void)
{
  static const char * const breaks[] = {
    "UPDATE needs SET enterprise_id = 'no-such-firm' WHERE rowid = "
    "(SELECT rowid FROM needs ORDER BY rowid LIMIT 1 OFFSET 400)",
    "UPDATE needs SET status = 'nonsense' WHERE rowid = "
    "(SELECT rowid FROM needs ORDER BY rowid LIMIT 1 OFFSET 400)",
    "UPDATE needs SET id = 'ent-cs-parts-35' WHERE rowid = "
    "(SELECT rowid FROM needs ORDER BY rowid LIMIT 1 OFFSET 400)",
  };

  for (guint b = 0; b < G_N_ELEMENTS (breaks); b++)
    {
      g_autofree char *dir = lian_test_make_dir ();
      g_autofree char *path = copies_store (dir);
      g_autoptr(GError) error = NULL;

      exec_sql (path, breaks[b]);
      error = open_both_ways (path);
      CU_ASSERT_PTR_NOT_NULL (error);
      CU_ASSERT_TRUE (error && g_str_has_prefix (error->message, path));
      lian_test_remove_dir (dir);
    }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/store-pipe/same-registry", test_same_registry },
    { "/lian/store-pipe/same-errors", test_same_errors },
    { NULL, NULL },
  };

  return lian_test_run ("store-pipe", tests);
}
