/* lian-test.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <CUnit/Basic.h>
#include <glib/gstdio.h>

#include "lian-test.h"

int
lian_test_run (const char     *suite_name,
               const LianTest *tests)
{
  CU_pSuite suite;
  unsigned failures;

  if (CU_initialize_registry () != CUE_SUCCESS)
    return 2;
  suite = CU_add_suite (suite_name, NULL, NULL);
  for (guint i = 0; tests[i].name; i++)
    CU_add_test (suite, tests[i].name, tests[i].func);

  CU_basic_set_mode (CU_BRM_VERBOSE);
  CU_basic_run_tests ();
  /* Read before cleanup: CU_cleanup_registry() resets the counters. */
  failures = CU_get_number_of_failures () + CU_get_number_of_tests_failed ();
  CU_cleanup_registry ();
  return failures == 0 ? 0 : 1;
}

char *
lian_test_data (const char *relative)
{
  const char *root = g_getenv ("LIAN_SOURCE_DIR");

  return g_build_filename (root ? root : ".", "tests", "data", relative, NULL);
}

char *
lian_test_read_file (const char *path,
                     gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (path, &text, length, &error))
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (text);
  return text;
}

char *
lian_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lian-test-XXXXXX", &error);

  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  return dir;
}

void
lian_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  CU_ASSERT_EQUAL (g_rmdir (dir), 0);
}

guint
lian_test_count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

void
lian_test_wait_init (LianTestWait *wait)
{
  wait->loop = g_main_loop_new (NULL, FALSE);
  wait->result = NULL;
}

void
lian_test_wait_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  LianTestWait *wait = data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

void
lian_test_wait_clear (LianTestWait *wait)
{
  g_clear_object (&wait->result);
  g_clear_pointer (&wait->loop, g_main_loop_unref);
}

void
lian_test_count_notify_cb (GObject    *object,
                           GParamSpec *pspec,
                           int        *count)
{
  (*count)++;
}
