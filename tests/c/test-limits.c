/* test-limits.c: how large an input lian takes before it refuses
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A registry loads documents up to LIAN_JSON_MAX_DOCUMENT_SIZE and an
 * importer takes CSV files up to LIAN_CSV_MAX_FILE_SIZE unless told
 * otherwise; past that, the input is refused with LIAN_FORMAT_ERROR_LIMIT
 * before it is parsed, and a file or a stream before more is read. The
 * large files here are sparse: they take no room on disk, and a test that
 * read them would take seconds.
 */
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <glib/gstdio.h>

#include "lian-test.h"

static const char document[] =
  "{\"format\": \"lian\", \"version\": 1,\n"
  " \"regions\": [{\"id\": \"320000\", \"name\": \"江苏省\"}]}\n";

/* A stream of spaces that never ends, counting what it gave. */

#define ENDLESS_TYPE_STREAM (endless_stream_get_type ())
G_DECLARE_FINAL_TYPE (EndlessStream, endless_stream, ENDLESS, STREAM, GInputStream)

struct _EndlessStream
{
  GInputStream parent_instance;
  guint64      given;
};

G_DEFINE_FINAL_TYPE (EndlessStream, endless_stream, G_TYPE_INPUT_STREAM)

static gssize
endless_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  ENDLESS_STREAM (stream)->given += count;
  memset (buffer, ' ', count);
  return count;
}

static gboolean
endless_stream_close (GInputStream  *stream,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return TRUE;
}

static void
endless_stream_class_init (EndlessStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = endless_stream_read;
  G_INPUT_STREAM_CLASS (klass)->close_fn = endless_stream_close;
}

static void
endless_stream_init (EndlessStream *self)
{
}

/* A file of @size bytes that holds none on disk: a hole. */
static char *
make_sparse_file (const char *dir,
                  const char *name,
                  guint64     size)
{
  char *path = g_build_filename (dir, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  CU_ASSERT_TRUE_FATAL (fd >= 0);
  CU_ASSERT_EQUAL_FATAL (ftruncate (fd, (off_t) size), 0);
  close (fd);
  return path;
}

static void
assert_limit_error (GError **error)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL (*error);
  LIAN_ASSERT_MESSAGE (*error, "larger than");
  LIAN_ASSERT_ERROR (*error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT);
}

/* JSON documents */

static void
test_document_limit_default (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();

  CU_ASSERT_EQUAL (LIAN_JSON_MAX_DOCUMENT_SIZE, 1024 * 1024 * 1024);
  CU_ASSERT_EQUAL (lian_registry_get_max_document_size (registry), LIAN_JSON_MAX_DOCUMENT_SIZE);
  lian_registry_set_max_document_size (registry, 0);
  CU_ASSERT_EQUAL (lian_registry_get_max_document_size (registry), 0);
  lian_registry_set_max_document_size (registry, 4096);
  CU_ASSERT_EQUAL (lian_registry_get_max_document_size (registry), 4096);
}

static void
test_document_limit_data (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  gsize length = strlen (document);

  /* One byte too many, then exactly the limit. */
  lian_registry_set_max_document_size (registry, length - 1);
  CU_ASSERT_FALSE (lian_registry_load_from_data (registry, document, -1, &error));
  assert_limit_error (&error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  lian_registry_set_max_document_size (registry, length);
  CU_ASSERT_TRUE (lian_registry_load_from_data (registry, document, -1, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 1);
}

static void
test_document_limit_file (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *small = g_build_filename (dir, "small.json", NULL);
  g_autofree char *huge = make_sparse_file (dir, "huge.json", (guint64) LIAN_JSON_MAX_DOCUMENT_SIZE + 1);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  gint64 start;

  /* Past the default: refused from the file's size, not by reading a GiB. */
  start = g_get_monotonic_time ();
  CU_ASSERT_FALSE (lian_registry_load_from_file (registry, huge, NULL, &error));
  assert_limit_error (&error);
  CU_ASSERT_TRUE (g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC);

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (small, document, -1, NULL));
  lian_registry_set_max_document_size (registry, 10);
  CU_ASSERT_FALSE (lian_registry_load_from_file (registry, small, NULL, &error));
  assert_limit_error (&error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  lian_registry_set_max_document_size (registry, 0);
  CU_ASSERT_TRUE (lian_registry_load_from_file (registry, small, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 1);
  lian_test_remove_dir (dir);
}

static void
test_document_limit_stream (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GInputStream) endless = g_object_new (ENDLESS_TYPE_STREAM, NULL);
  g_autoptr(GInputStream) small = g_memory_input_stream_new_from_data (document, -1, NULL);
  g_autoptr(GError) error = NULL;

  /* A stream that never ends is refused once it passes the limit. */
  lian_registry_set_max_document_size (registry, 1024 * 1024);
  CU_ASSERT_FALSE (lian_registry_load_from_stream (registry, endless, NULL, &error));
  assert_limit_error (&error);
  CU_ASSERT_TRUE (ENDLESS_STREAM (endless)->given > 1024 * 1024);
  CU_ASSERT_TRUE (ENDLESS_STREAM (endless)->given < 2 * 1024 * 1024);

  lian_registry_set_max_document_size (registry, 10);
  CU_ASSERT_FALSE (lian_registry_load_from_stream (registry, small, NULL, &error));
  assert_limit_error (&error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
}

static void
test_document_limit_async (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GInputStream) endless = g_object_new (ENDLESS_TYPE_STREAM, NULL);
  g_autoptr(GError) error = NULL;
  LianTestWait wait;

  lian_registry_set_max_document_size (registry, 65536);
  lian_test_wait_init (&wait);
  lian_registry_load_from_stream_async (registry, endless, NULL, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_FALSE (lian_registry_load_from_stream_finish (registry, wait.result, &error));
  assert_limit_error (&error);
  lian_test_wait_clear (&wait);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
}

/* CSV files */

static const char csv[] =
  "企业名称,统一社会信用代码,所在地区代码\n"
  "无锡感知科技有限公司,91320214526018159X,320214\n";

static void
count_notify_cb (guint *count)
{
  (*count)++;
}

static void
test_csv_limit_default (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  guint64 value = 0;
  guint notified = 0;

  CU_ASSERT_EQUAL (LIAN_CSV_MAX_FILE_SIZE, 256 * 1024 * 1024);
  CU_ASSERT_EQUAL (lian_csv_importer_get_max_file_size (importer), LIAN_CSV_MAX_FILE_SIZE);
  g_signal_connect_swapped (importer, "notify::max-file-size", G_CALLBACK (count_notify_cb), &notified);
  lian_csv_importer_set_max_file_size (importer, 0);
  lian_csv_importer_set_max_file_size (importer, 0);
  CU_ASSERT_EQUAL (notified, 1);
  g_object_set (importer, "max-file-size", (guint64) 100, NULL);
  g_object_get (importer, "max-file-size", &value, NULL);
  CU_ASSERT_EQUAL (value, 100);
  CU_ASSERT_EQUAL (notified, 2);
}

static void
test_csv_limit_data (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;

  lian_csv_importer_set_partial (importer, TRUE);
  lian_csv_importer_set_max_file_size (importer, strlen (csv) - 1);
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, csv, -1, &error));
  assert_limit_error (&error);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_csv_importer_get_results (importer)), 0);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);

  lian_csv_importer_set_max_file_size (importer, strlen (csv));
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, csv, -1, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 1);
}

static void
test_csv_limit_file (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *small = g_build_filename (dir, "small.csv", NULL);
  g_autofree char *huge = make_sparse_file (dir, "huge.csv", (guint64) LIAN_CSV_MAX_FILE_SIZE + 1);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  gint64 start;

  start = g_get_monotonic_time ();
  CU_ASSERT_FALSE (lian_csv_importer_import_file (importer, huge, NULL, &error));
  assert_limit_error (&error);
  CU_ASSERT_TRUE (g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC);

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (small, csv, -1, NULL));
  lian_csv_importer_set_max_file_size (importer, 10);
  CU_ASSERT_FALSE (lian_csv_importer_import_file (importer, small, NULL, &error));
  assert_limit_error (&error);
  lian_csv_importer_set_max_file_size (importer, 0);
  CU_ASSERT_TRUE (lian_csv_importer_import_file (importer, small, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 1);
  lian_test_remove_dir (dir);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/limits/document/default", test_document_limit_default },
    { "/lian/limits/document/data", test_document_limit_data },
    { "/lian/limits/document/file", test_document_limit_file },
    { "/lian/limits/document/stream", test_document_limit_stream },
    { "/lian/limits/document/async", test_document_limit_async },
    { "/lian/limits/csv/default", test_csv_limit_default },
    { "/lian/limits/csv/data", test_csv_limit_data },
    { "/lian/limits/csv/file", test_csv_limit_file },
    { NULL, NULL },
  };
  return lian_test_run ("limits", tests);
}
