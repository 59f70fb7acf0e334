/* test-save-atomic.c: a save killed at any moment leaves the old file or the new
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * lian_registry_save_to_file() writes .NAME.lian-XXXXXX beside PATH, flushes
 * it and renames it over PATH. A process killed during a save therefore
 * leaves PATH whole (old or new) and, possibly, its temporary file, which a
 * later save removes once it is stale (see the stale-temporary tests
 * below). This test removes them itself.
 *
 * The other tests here check what a save does to what PATH is: a link is
 * followed, a mode and an owner are kept, and a device or a FIFO is
 * written straight through, never replaced.
 */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "lian-test.h"

/* Enough that one save takes a while (about 50 ms, with its fsync; each
 * round also loads the file). AddressSanitizer makes it all 6 times
 * slower, so fewer there. */
#if defined(__SANITIZE_ADDRESS__)
#define N_ENTERPRISES 2500
#else
#define N_ENTERPRISES 10000
#endif
#define N_KILLS       20

static const char uscc_symbols[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* A valid credit code in 320214 whose serial part is @serial. */
static void
make_uscc (guint serial,
           char  code[19])
{
  static const int weights[17] = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
  };
  int sum = 0;

  g_snprintf (code, 19, "91320214%09u", serial);
  for (int i = 0; i < 17; i++)
    sum += (int) (strchr (uscc_symbols, code[i]) - uscc_symbols) * weights[i];
  code[17] = uscc_symbols[(31 - sum % 31) % 31];
  code[18] = '\0';
}

/* @n enterprises whose names carry @tag, so that two registries differ. */
static LianRegistry *
make_registry (guint       n,
               const char *tag)
{
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("ent-%06u", i);
      g_autofree char *name = g_strdup_printf ("无锡%s制造有限公司第%u号", tag, i);
      char uscc[19];

      make_uscc (i, uscc);
      g_ptr_array_add (records, lian_enterprise_new (id, name, uscc, "320214"));
    }
  if (!lian_registry_add_many (registry, records, &error))
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NULL (error);
  return registry;
}

/* Whether @name is a temporary file of a save of @target: .TARGET.lian-XXXXXX */
static gboolean
is_temp_of (const char *name,
            const char *target)
{
  gsize n = strlen (target);

  return name[0] == '.' && strncmp (name + 1, target, n) == 0 &&
         g_str_has_prefix (name + 1 + n, ".lian-") && strlen (name) == n + 13;
}

/* The names in @dir other than @keep; fails on any that is not a
 * temporary file of @keep. */
static guint
remove_strays (const char *dir,
               const char *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;

      if (g_str_equal (name, keep))
        continue;
      if (!is_temp_of (name, keep))
        {
          g_printerr ("unexpected file %s\n", name);
          CU_FAIL ("a file that is not a temporary file of the save");
        }
      path = g_build_filename (dir, name, NULL);
      g_unlink (path);
      n++;
    }
  return n;
}

static void
test_killed_save_leaves_old_or_new (void)
{
  g_autoptr(LianRegistry) old_registry = make_registry (N_ENTERPRISES, "旧");
  g_autoptr(LianRegistry) new_registry = make_registry (N_ENTERPRISES, "新");
  g_autofree char *old_text = lian_registry_save_to_data (old_registry, NULL);
  g_autofree char *new_text = lian_registry_save_to_data (new_registry, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GRand) rand = g_rand_new ();
  gint64 start, save_us;
  guint n_old = 0, n_new = 0, n_strays = 0;
  pid_t parent = getpid ();

  CU_ASSERT_STRING_NOT_EQUAL (old_text, new_text);
  path = g_build_filename (dir, "registry.json", NULL);

  start = g_get_monotonic_time ();
  CU_ASSERT_TRUE_FATAL (lian_registry_save_to_file (old_registry, path, NULL, &error));
  save_us = g_get_monotonic_time () - start;
  g_printerr ("one save of %u enterprises (%zu bytes): %.0f ms\n", N_ENTERPRISES,
              strlen (old_text), save_us / 1000.0);

  for (guint round = 0; round < N_KILLS; round++)
    {
      g_autoptr(LianRegistry) loaded = lian_registry_new ();
      g_autofree char *text = NULL;
      g_autofree char *resaved = NULL;
      gsize length;
      pid_t pid;
      int status;

      pid = fork ();
      CU_ASSERT_TRUE_FATAL (pid >= 0);
      if (pid == 0)
        {
          /* Save the other registry again and again until killed. */
          prctl (PR_SET_PDEATHSIG, SIGKILL);
          if (getppid () != parent)
            _exit (2);
          for (guint i = 0; i < 1000; i++)
            if (!lian_registry_save_to_file (new_registry, path, NULL, NULL))
              _exit (2);
          _exit (0);
        }
      /* Kill it anywhere from before its first write to after a rename. */
      g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (save_us * 2, G_MAXINT32) + 1));
      kill (pid, SIGKILL);
      CU_ASSERT_EQUAL (waitpid (pid, &status, 0), pid);
      CU_ASSERT_TRUE (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      /* The file is whole, and is one of the two documents. */
      CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &text, &length, &error));
      CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (loaded, text, length, &error));
      resaved = lian_registry_save_to_data (loaded, NULL);
      if (g_str_equal (resaved, old_text))
        n_old++;
      else if (g_str_equal (resaved, new_text))
        n_new++;
      else
        CU_FAIL ("the file is neither the old document nor the new one");
      CU_ASSERT_STRING_EQUAL (text, resaved);

      /* At most the temporary file of the killed save is left. */
      {
        guint strays = remove_strays (dir, "registry.json");
        CU_ASSERT_TRUE (strays <= 1);
        n_strays += strays;
      }

      /* Start the next round from the old document. */
      if (!g_str_equal (resaved, old_text))
        CU_ASSERT_TRUE (lian_registry_save_to_file (old_registry, path, NULL, &error));
    }
  g_printerr ("%u kills in %.1f s: %u left the old document, %u the new, %u a temporary file\n",
              N_KILLS, (g_get_monotonic_time () - start) / 1e6, n_old, n_new, n_strays);
  CU_ASSERT_EQUAL (n_old + n_new, N_KILLS);
  CU_ASSERT_EQUAL (remove_strays (dir, "registry.json"), 0);
  lian_test_remove_dir (dir);
}

/* A program that rewrites the file in place (truncate, then write) while
 * lian loads it: each load gets some prefix of the document and must
 * succeed or fail, not crash (as a memory-mapped file would, with SIGBUS). */
static void
test_load_survives_file_rewritten_in_place (void)
{
  g_autoptr(LianRegistry) full = make_registry (N_ENTERPRISES / 4, "整");
  gsize length;
  g_autofree char *text = lian_registry_save_to_data (full, &length);
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  gint64 deadline;
  guint n_loaded = 0, n_refused = 0;
  pid_t parent, pid;

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, text, length, NULL));
  parent = getpid ();
  pid = fork ();
  CU_ASSERT_TRUE_FATAL (pid >= 0);
  if (pid == 0)
    {
      /* Only async-signal-safe calls after a fork; dies with the test. */
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      if (getppid () != parent)
        _exit (2);
      for (;;)
        {
          int fd = open (path, O_WRONLY | O_TRUNC);
          if (fd < 0 || write (fd, text, length) < 0)
            _exit (2);
          close (fd);
        }
    }
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(LianRegistry) registry = lian_registry_new ();
      g_autoptr(GError) error = NULL;

      if (lian_registry_load_from_file (registry, path, NULL, &error))
        {
          CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), N_ENTERPRISES / 4);
          n_loaded++;
        }
      else
        {
          CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
          n_refused++;
        }
    }
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  g_printerr ("%u loads of a file rewritten in place: %u whole, %u refused\n",
              n_loaded + n_refused, n_loaded, n_refused);
  CU_ASSERT_TRUE (n_loaded + n_refused > 0);
  lian_test_remove_dir (dir);
}

/* The umask is one for the whole process: a library that sets it, even
 * for a moment, can give a file another thread creates the wrong mode.
 * This definition takes the place of the C library's for the library too,
 * and counts the calls. */
static int umask_calls;

mode_t
umask (mode_t mask)
{
  umask_calls++;
  return (mode_t) syscall (SYS_umask, mask);
}

static void
test_save_leaves_umask_alone (void)
{
  g_autoptr(LianRegistry) registry = make_registry (3, "小");
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;

  path = g_build_filename (dir, "registry.json", NULL);
  umask_calls = 0;
  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, path, NULL, &error));
  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, path, NULL, &error));
  CU_ASSERT_TRUE (lian_registry_save_to_stream (registry, stream, NULL, &error));
  text = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_EQUAL (umask_calls, 0);

  /* The file still gets the mode the umask allows a new file. */
  umask (077);
  g_unlink (path);
  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, path, NULL, &error));
  umask (022);
  CU_ASSERT_EQUAL (g_stat (path, &st), 0);
  CU_ASSERT_EQUAL (st.st_mode & 0777, 0600);
  lian_test_remove_dir (dir);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/save-atomic/killed-save-leaves-old-or-new", test_killed_save_leaves_old_or_new },
    { "/lian/save-atomic/load-survives-file-rewritten-in-place",
      test_load_survives_file_rewritten_in_place },
    { "/lian/save-atomic/save-leaves-umask-alone", test_save_leaves_umask_alone },
    { NULL, NULL },
  };
  return lian_test_run ("save-atomic", tests);
}
