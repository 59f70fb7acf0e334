/* test-threads.c: what may cross threads
 *
 * A registry belongs to one thread; loads and saves may run in a worker
 * through the async API, and a large document's load reads it in a thread
 * of its own. Run under ThreadSanitizer in CI.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>
#include <glib/gstdio.h>

#include "lian-test.h"

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} Wait;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Wait *w = data;

  w->ok = lian_registry_load_from_file_finish (LIAN_REGISTRY (source), result, &w->error);
  g_main_loop_quit (w->loop);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  Wait *w = data;

  w->ok = lian_registry_save_to_file_finish (LIAN_REGISTRY (source), result, &w->error);
  g_main_loop_quit (w->loop);
}

/* Loads the sample and saves it to @out, all in the calling thread's own
 * main context; returns the saved text. */
static gpointer
load_and_save (gpointer data)
{
  const char *out = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autofree char *sample = g_build_filename (g_getenv ("LIAN_SOURCE_DIR"), "data",
                                              "jiangsu-sample.json", NULL);
  Wait w = { NULL, FALSE, NULL };
  char *text = NULL;

  g_main_context_push_thread_default (context);
  w.loop = g_main_loop_new (context, FALSE);
  lian_registry_load_from_file_async (registry, sample, NULL, loaded_cb, &w);
  g_main_loop_run (w.loop);
  if (w.ok)
    {
      lian_registry_save_to_file_async (registry, out, NULL, saved_cb, &w);
      g_main_loop_run (w.loop);
    }
  if (w.ok)
    g_file_get_contents (out, &text, NULL, NULL);
  g_clear_error (&w.error);
  g_main_loop_unref (w.loop);
  g_main_context_pop_thread_default (context);
  return text;
}

static void
test_async_load_and_save_in_workers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lian-threads-XXXXXX", NULL);
  g_autofree char *out_a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *out_b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *sample = g_build_filename (g_getenv ("LIAN_SOURCE_DIR"), "data",
                                              "jiangsu-sample.json", NULL);
  g_autofree char *expected = NULL;
  GThread *a, *b;
  char *text_a, *text_b;

  CU_ASSERT_TRUE_FATAL (g_file_get_contents (sample, &expected, NULL, NULL));

  /* GType initialises classes under GLib's own locks, which
   * ThreadSanitizer cannot see (tests/tsan.supp): make every class once,
   * here, so that the workers only share what lian itself guards. */
  {
    g_autoptr(LianRegistry) warm = lian_registry_new ();
    CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (warm, expected, -1, NULL));
  }

  a = g_thread_new ("load-a", load_and_save, out_a);
  b = g_thread_new ("load-b", load_and_save, out_b);
  text_a = g_thread_join (a);
  text_b = g_thread_join (b);
  CU_ASSERT_PTR_NOT_NULL_FATAL (text_a);
  CU_ASSERT_PTR_NOT_NULL_FATAL (text_b);
  /* The sample is canonical: what went in comes out. */
  CU_ASSERT_STRING_EQUAL (text_a, expected);
  CU_ASSERT_STRING_EQUAL (text_b, expected);
  g_free (text_a);
  g_free (text_b);
  g_unlink (out_a);
  g_unlink (out_b);
  g_rmdir (dir);
}

static char *
load_copies (const char *text,
             gboolean    one)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(GError) error = NULL;

  lian_registry_set_max_document_size (registry, 0);
  if (one)
    g_setenv ("LIAN_LOAD_THREADS", "1", TRUE);
  CU_ASSERT_TRUE (lian_registry_load_from_stream (registry, in, NULL, &error));
  g_unsetenv ("LIAN_LOAD_THREADS");
  return lian_registry_save_to_data (registry, NULL);
}

/* A stream's document read in a thread of its own while the calling
 * thread adds its records, hand-over after hand-over: the same registry
 * as one thread makes. */
static void
test_load_read_in_another_thread (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (70);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autofree char *piped = NULL;
  g_autofree char *one = NULL;

  json_generator_set_root (generator, doc);
  text = json_generator_to_data (generator, NULL);
  one = load_copies (text, TRUE);
  piped = load_copies (text, FALSE);
  CU_ASSERT_STRING_EQUAL (piped, one);
}

/* Opens the store at @path, its tables read in a thread of their own
 * unless @one. */
static char *
open_store (const char *path,
            gboolean    one)
{
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("LIAN_LOAD_THREADS", one ? "1" : "2", TRUE);
  registry = lian_registry_open (path, &error);
  g_unsetenv ("LIAN_LOAD_THREADS");
  CU_ASSERT_PTR_NOT_NULL_FATAL (registry);
  return lian_registry_save_to_data (registry, NULL);
}

/* A SQLite store's tables read in a thread of their own while the calling
 * thread adds the records: the same registry as one thread makes. */
static void
test_store_read_in_another_thread (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (70);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "copies.db", NULL);
  g_autofree char *text = NULL;
  g_autofree char *piped = NULL;
  g_autofree char *one = NULL;
  g_autoptr(LianStore) store = NULL;
  g_autoptr(GError) error = NULL;

  json_generator_set_root (generator, doc);
  text = json_generator_to_data (generator, NULL);
  lian_registry_set_max_document_size (registry, 0);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (registry, text, -1, &error));
  store = lian_store_open (path, &error);
  if (store == NULL && g_error_matches (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED))
    {
      /* Built without SQLite. */
      lian_test_remove_dir (dir);
      return;
    }
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, registry, &error));
  lian_store_close (store);
  one = open_store (path, TRUE);
  piped = open_store (path, FALSE);
  CU_ASSERT_STRING_EQUAL (piped, one);
  lian_test_remove_dir (dir);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/threads/async-load-and-save-in-workers", test_async_load_and_save_in_workers },
    { "/lian/threads/load-read-in-another-thread", test_load_read_in_another_thread },
    { "/lian/threads/store-read-in-another-thread", test_store_read_in_another_thread },
    { NULL, NULL },
  };
  return lian_test_run ("threads", tests);
}
