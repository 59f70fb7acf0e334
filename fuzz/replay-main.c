/* replay-main.c: runs a fuzz target over files, without a fuzzing engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Linked with one fuzz target, this gives a plain program:
 *
 *     fuzz-json-load-replay fuzz/corpus/fuzz-json-load tests/data/bad/x.json
 *
 * Each argument is a file, or a folder whose files (not its subfolders)
 * are run in name order. A crash, a failed check (abort) or, under
 * AddressSanitizer, a leak ends the program as it would end libFuzzer; if
 * every input runs, it prints how many and exits 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static gboolean
run_file (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  if (g_getenv ("FUZZ_REPLAY_VERBOSE"))
    fprintf (stderr, "running %s (%zu bytes)\n", path, (size_t) length);
  /* A copy of exactly @length bytes, so that AddressSanitizer sees a read
   * past the end of the input as the overflow it is. */
  {
    guint8 *copy = g_malloc (length ? length : 1);
    memcpy (copy, data, length);
    LLVMFuzzerTestOneInput (copy, length);
    g_free (copy);
  }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  guint n_inputs = 0;
  gboolean ok = TRUE;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
          g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
          const char *name;

          if (dir == NULL)
            {
              fprintf (stderr, "%s\n", error->message);
              ok = FALSE;
              continue;
            }
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              char *path = g_build_filename (argv[i], name, NULL);
              if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
                g_ptr_array_add (paths, path);
              else
                g_free (path);
            }
          g_ptr_array_sort (paths, compare_names);
          for (guint p = 0; p < paths->len; p++)
            {
              ok &= run_file (paths->pdata[p]);
              n_inputs++;
            }
        }
      else
        {
          ok &= run_file (argv[i]);
          n_inputs++;
        }
    }
  printf ("%u inputs run\n", n_inputs);
  return ok && n_inputs > 0 ? 0 : 1;
}
