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
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* Enough that one save takes a while (about 50 ms, with its fsync; each
 * round also loads the file). AddressSanitizer makes it all 6 times
 * slower, so fewer there. */
#if defined(__SANITIZE_ADDRESS__)
#define N_ENTERPRISES 2500
#else
#define N_ENTERPRISES 10000
#endif
#define N_KILLS       20

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
      g_autofree char *uscc = lian_test_uscc ("320214", i);

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

/* What a save does to what the path is */

/* Saves @registry to @path every way lian writes a file: the document (in
 * this thread and in a worker), a CSV export and a text. */
static void
save_every_way (LianRegistry *registry,
                const char   *path)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  LianTestWait wait;

  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, path, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_registry_export_csv_to_file (registry, filter, LIAN_CSV_EXPORT_FLAGS_NONE,
                                                    path, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_file_set_contents (path, "报告\n", -1, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  lian_test_wait_init (&wait);
  lian_registry_save_to_file_async (registry, path, NULL, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_TRUE (lian_registry_save_to_file_finish (registry, wait.result, &error));
  CU_ASSERT_PTR_NULL (error);
  lian_test_wait_clear (&wait);
}

/* Writes every way to a character device: first a copy of /dev/null made
 * in a temporary folder (where the process may make one), then, if that
 * survived, /dev/null itself. Either must stay the device it was. */
static void
test_character_device_written_through (void)
{
  g_autoptr(LianRegistry) registry = make_registry (3, "空");
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *node = g_build_filename (dir, "null", NULL);
  struct stat before, after;

  if (mknod (node, S_IFCHR | 0666, makedev (1, 3)) == 0)
    {
      save_every_way (registry, node);
      CU_ASSERT_EQUAL_FATAL (lstat (node, &after), 0);
      CU_ASSERT_TRUE_FATAL (S_ISCHR (after.st_mode));
      CU_ASSERT_EQUAL (after.st_rdev, makedev (1, 3));
      CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);
    }
  lian_test_remove_dir (dir);

  if (stat ("/dev/null", &before) != 0 || !S_ISCHR (before.st_mode) ||
      access ("/dev/null", W_OK) != 0)
    {
      g_printerr ("/dev/null is not a character device this process may write: not tried\n");
      return;
    }
  save_every_way (registry, "/dev/null");
  CU_ASSERT_EQUAL_FATAL (stat ("/dev/null", &after), 0);
  CU_ASSERT_TRUE (S_ISCHR (after.st_mode));
  CU_ASSERT_EQUAL (after.st_rdev, before.st_rdev);
  CU_ASSERT_EQUAL (after.st_mode, before.st_mode);
  CU_ASSERT_EQUAL (after.st_ino, before.st_ino);
}

/* A FIFO gets the document and stays a FIFO. The reading end is opened
 * first, without blocking; a small document fits in the pipe. */
static void
test_fifo_written_through (void)
{
  g_autoptr(LianRegistry) registry = make_registry (3, "管");
  g_autofree char *expected = lian_registry_save_to_data (registry, NULL);
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;
  char buf[4096];
  gssize n;
  int fd;

  CU_ASSERT_EQUAL_FATAL (mkfifo (fifo, 0600), 0);
  fd = open (fifo, O_RDONLY | O_NONBLOCK);
  CU_ASSERT_TRUE_FATAL (fd >= 0);
  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, fifo, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  while ((n = read (fd, buf, sizeof buf)) > 0)
    g_string_append_len (got, buf, n);
  close (fd);
  CU_ASSERT_STRING_EQUAL (got->str, expected);
  CU_ASSERT_EQUAL (lstat (fifo, &st), 0);
  CU_ASSERT_TRUE (S_ISFIFO (st.st_mode));
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);
  lian_test_remove_dir (dir);
}

/* A folder or a socket is refused, with a message, and left alone. */
static void
test_other_kinds_refused (void)
{
  g_autoptr(LianRegistry) registry = make_registry (3, "拒");
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *sub = g_build_filename (dir, "folder.json", NULL);
  g_autofree char *sock = g_build_filename (dir, "socket.json", NULL);
  g_autoptr(GError) error = NULL;
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  struct stat st;
  int fd;

  CU_ASSERT_EQUAL_FATAL (g_mkdir (sub, 0700), 0);
  CU_ASSERT_FALSE (lian_registry_save_to_file (registry, sub, NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "folder.json: a folder, not a file");
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  CU_ASSERT_EQUAL (g_rmdir (sub), 0);

  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  CU_ASSERT_TRUE_FATAL (fd >= 0 && strlen (sock) < sizeof addr.sun_path);
  strcpy (addr.sun_path, sock);
  CU_ASSERT_EQUAL_FATAL (bind (fd, (struct sockaddr *) &addr, sizeof addr), 0);
  CU_ASSERT_FALSE (lian_file_set_contents (sock, "x", 1, NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "socket.json: a socket; lian writes only to a regular file");
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  CU_ASSERT_EQUAL (lstat (sock, &st), 0);
  CU_ASSERT_TRUE (S_ISSOCK (st.st_mode));
  close (fd);
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);
  lian_test_remove_dir (dir);
}

/* The target of a link. */
static char *
read_link (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *target = g_file_read_link (path, &error);

  CU_ASSERT_PTR_NOT_NULL (target);
  return target;
}

/* A save through a link (in another folder, through a chain of links, or
 * a link that leads nowhere yet) writes the file it leads to, beside
 * which the temporary file goes; the links stay links. */
static void
test_symlink_target_written (void)
{
  g_autoptr(LianRegistry) registry = make_registry (3, "链");
  g_autofree char *expected = lian_registry_save_to_data (registry, NULL);
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *links = g_build_filename (dir, "links", NULL);
  g_autofree char *real = g_build_filename (real_dir, "registry.json", NULL);
  g_autofree char *link = g_build_filename (links, "link.json", NULL);
  g_autofree char *chain = g_build_filename (links, "chain.json", NULL);
  g_autofree char *dangling = g_build_filename (links, "dangling.json", NULL);
  g_autofree char *made = g_build_filename (real_dir, "new.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  CU_ASSERT_EQUAL_FATAL (g_mkdir (real_dir, 0700), 0);
  CU_ASSERT_EQUAL_FATAL (g_mkdir (links, 0700), 0);
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (real, "old", -1, NULL));
  CU_ASSERT_EQUAL_FATAL (chmod (real, 0600), 0);
  CU_ASSERT_EQUAL_FATAL (symlink ("../real/registry.json", link), 0);
  CU_ASSERT_EQUAL_FATAL (symlink ("link.json", chain), 0);
  CU_ASSERT_EQUAL_FATAL (symlink ("../real/new.json", dangling), 0);

  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, link, NULL, &error));
  text = lian_test_read_file (real, NULL);
  CU_ASSERT_STRING_EQUAL (text, expected);
  g_clear_pointer (&text, g_free);
  CU_ASSERT_TRUE (lian_file_set_contents (chain, "链\n", -1, NULL, &error));
  text = lian_test_read_file (real, NULL);
  CU_ASSERT_STRING_EQUAL (text, "链\n");
  CU_ASSERT_TRUE (lian_file_set_contents (dangling, "新\n", -1, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (g_file_test (made, G_FILE_TEST_IS_REGULAR));

  /* The links are as they were; the real file kept its mode. */
  CU_ASSERT_EQUAL (lstat (link, &st), 0);
  CU_ASSERT_TRUE (S_ISLNK (st.st_mode));
  {
    g_autofree char *t1 = read_link (link), *t2 = read_link (chain), *t3 = read_link (dangling);
    CU_ASSERT_STRING_EQUAL (t1, "../real/registry.json");
    CU_ASSERT_STRING_EQUAL (t2, "link.json");
    CU_ASSERT_STRING_EQUAL (t3, "../real/new.json");
  }
  CU_ASSERT_EQUAL (stat (real, &st), 0);
  CU_ASSERT_EQUAL (st.st_mode & 0777, 0600);
  CU_ASSERT_EQUAL (lian_test_count_files (links), 3);
  CU_ASSERT_EQUAL (lian_test_count_files (real_dir), 2);
  lian_test_remove_dir (links);
  lian_test_remove_dir (real_dir);
  lian_test_remove_dir (dir);
}

/* A link planted where a save writes, between the save's first look and
 * its following of links, never has a new file put over what it leads
 * to: a save follows only a link that was there when it looked, and then
 * keeps the file's mode (0400 here), so a victim made 0600 or 0644 would
 * show a file the save made for a path it took to be new. */
typedef struct
{
  const char *path;
  const char *victim;
  gint        stop;
} Planter;

static gpointer
plant_links (gpointer data)
{
  Planter *planter = data;

  while (!g_atomic_int_get (&planter->stop))
    {
      (void) symlink (planter->victim, planter->path);
      (void) unlink (planter->path);
    }
  return NULL;
}

static void
test_link_planted_during_save_not_followed (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *elsewhere = g_build_filename (dir, "elsewhere", NULL);
  g_autofree char *victim = g_build_filename (elsewhere, "bashrc", NULL);
  g_autofree char *path = g_build_filename (dir, "report.txt", NULL);
  Planter planter = { path, victim, 0 };
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  GThread *thread;
  struct stat st;

  CU_ASSERT_EQUAL_FATAL (g_mkdir (elsewhere, 0700), 0);
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (victim, "victim\n", -1, NULL));
  CU_ASSERT_EQUAL_FATAL (chmod (victim, 0400), 0);
  thread = g_thread_new ("planter", plant_links, &planter);
  for (guint i = 0; i < 2000 && g_get_monotonic_time () < end; i++)
    {
      /* It may fail (the link came or went at the wrong moment): it must
       * not write elsewhere as if it were a new file. */
      (void) lian_file_set_contents (path, "report\n", -1, NULL, NULL);
      CU_ASSERT_EQUAL_FATAL (stat (victim, &st), 0);
      if ((st.st_mode & 0777) != 0400)
        {
          g_printerr ("\nround %u: the victim was replaced by a new file\n", i);
          break;
        }
    }
  g_atomic_int_set (&planter.stop, 1);
  g_thread_join (thread);
  CU_ASSERT_EQUAL (st.st_mode & 0777, 0400);
  CU_ASSERT_EQUAL (lian_test_count_files (elsewhere), 1);
  (void) unlink (path);
  lian_test_remove_dir (elsewhere);
  lian_test_remove_dir (dir);
}

/* A path that names an open descriptor (/proc/self/fd/N, /dev/fd/N, a
 * link to one) is written through it: a file the descriptor appends to
 * keeps what it held, and stays the same file. */
static void
test_descriptor_written_through (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "all.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "out", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before, after;
  int fd = open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);

  CU_ASSERT_TRUE_FATAL (fd >= 0);
  CU_ASSERT_EQUAL_FATAL (write (fd, "EARLIER\n", 8), 8);
  CU_ASSERT_EQUAL_FATAL (fstat (fd, &before), 0);
  {
    g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);
    g_autofree char *dev = g_strdup_printf ("/dev/fd/%d", fd);

    CU_ASSERT_TRUE (lian_file_set_contents (proc, "one\n", -1, NULL, &error));
    CU_ASSERT_PTR_NULL (error);
    CU_ASSERT_TRUE (lian_file_set_contents (dev, "two\n", -1, NULL, &error));
    CU_ASSERT_PTR_NULL (error);
    CU_ASSERT_EQUAL_FATAL (symlink (proc, link), 0);
    CU_ASSERT_TRUE (lian_file_set_contents (link, "three\n", -1, NULL, &error));
    CU_ASSERT_PTR_NULL (error);
  }
  /* The descriptor is still the caller's to write. */
  CU_ASSERT_EQUAL (write (fd, "LAST\n", 5), 5);
  close (fd);
  text = lian_test_read_file (path, NULL);
  CU_ASSERT_STRING_EQUAL (text, "EARLIER\none\ntwo\nthree\nLAST\n");
  CU_ASSERT_EQUAL (stat (path, &after), 0);
  CU_ASSERT_EQUAL (after.st_ino, before.st_ino);
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 2);
  lian_test_remove_dir (dir);
}

/* Opens the FIFO @data, reads a little and goes away. */
static gpointer
read_a_little (gpointer data)
{
  int fd = open (data, O_RDONLY | O_CLOEXEC);
  char buf[16];

  if (fd >= 0)
    {
      (void) read (fd, buf, sizeof buf);
      close (fd);
    }
  return NULL;
}

/* A FIFO whose reader goes away early: the save fails with
 * G_IO_ERROR_BROKEN_PIPE and the process lives on, with no SIGPIPE left
 * pending. */
static void
test_fifo_reader_gone_is_an_error (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "out.fifo", NULL);
  g_autofree char *big = g_malloc (4 * 1024 * 1024);
  g_autoptr(GError) error = NULL;
  GThread *reader;
  sigset_t pending;

  memset (big, 'x', 4 * 1024 * 1024);
  CU_ASSERT_EQUAL_FATAL (mkfifo (fifo, 0600), 0);
  reader = g_thread_new ("reader", read_a_little, fifo);
  CU_ASSERT_FALSE (lian_file_set_contents (fifo, big, 4 * 1024 * 1024, NULL, &error));
  CU_ASSERT_TRUE (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE));
  g_thread_join (reader);
  CU_ASSERT_EQUAL (sigpending (&pending), 0);
  CU_ASSERT_FALSE (sigismember (&pending, SIGPIPE));
  lian_test_remove_dir (dir);
}

/* A 0600 file stays 0600 whichever way it is saved, and so does a 0640
 * one; as root, the owner and group are kept too. */
static void
test_mode_and_owner_kept (void)
{
  g_autoptr(LianRegistry) registry = make_registry (3, "权");
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  static const mode_t modes[] = { 0600, 0640, 0604 };
  struct stat st;

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, "old", -1, NULL));
      CU_ASSERT_EQUAL_FATAL (chmod (path, modes[i]), 0);
      save_every_way (registry, path);
      CU_ASSERT_EQUAL (stat (path, &st), 0);
      CU_ASSERT_EQUAL (st.st_mode & 07777, modes[i]);
    }
  if (geteuid () == 0)
    {
      CU_ASSERT_EQUAL_FATAL (chown (path, 65534, 65534), 0);
      save_every_way (registry, path);
      CU_ASSERT_EQUAL (stat (path, &st), 0);
      CU_ASSERT_EQUAL (st.st_uid, 65534);
      CU_ASSERT_EQUAL (st.st_gid, 65534);
      CU_ASSERT_EQUAL (st.st_mode & 07777, 0604);
    }
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);
  lian_test_remove_dir (dir);
}

/* Makes a temporary file of a save of registry.json in @dir, last written
 * @age seconds ago. */
static char *
make_temp (const char *dir,
           const char *name,
           gint64      age)
{
  char *path = g_build_filename (dir, name, NULL);
  gint64 when = g_get_real_time () / G_USEC_PER_SEC - age;
  struct timespec times[2] = { { when, 0 }, { when, 0 } };

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, "{\"format\": \"lian\", \"ver", -1, NULL));
  CU_ASSERT_EQUAL (utimensat (AT_FDCWD, path, times, 0), 0);
  return path;
}

/* A save removes the temporary files that killed saves of the same file
 * left, once stale: not locked and a minute old, or a day old. It leaves
 * those of a save still running (locked, or just made) and those of other
 * files. */
static void
test_stale_temporary_files_removed (void)
{
  g_autoptr(LianRegistry) registry = make_registry (3, "旧");
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  g_autofree char *day_old = make_temp (dir, ".registry.json.lian-AAAAAA", 2 * 24 * 3600);
  g_autofree char *unlocked = make_temp (dir, ".registry.json.lian-BBBBBB", 600);
  g_autofree char *locked = make_temp (dir, ".registry.json.lian-CCCCCC", 600);
  g_autofree char *fresh = make_temp (dir, ".registry.json.lian-DDDDDD", 0);
  g_autofree char *other = make_temp (dir, ".other.json.lian-EEEEEE", 2 * 24 * 3600);
  g_autofree char *not_ours = make_temp (dir, ".registry.json.lian-FFFFFFF", 2 * 24 * 3600);
  g_autoptr(GError) error = NULL;
  int fd = open (locked, O_RDONLY | O_CLOEXEC);

  /* As a running save holds it. */
  CU_ASSERT_TRUE_FATAL (fd >= 0);
  CU_ASSERT_EQUAL_FATAL (flock (fd, LOCK_EX | LOCK_NB), 0);

  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, path, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_FALSE (g_file_test (day_old, G_FILE_TEST_EXISTS));
  CU_ASSERT_FALSE (g_file_test (unlocked, G_FILE_TEST_EXISTS));
  CU_ASSERT_TRUE (g_file_test (locked, G_FILE_TEST_EXISTS));
  CU_ASSERT_TRUE (g_file_test (fresh, G_FILE_TEST_EXISTS));
  CU_ASSERT_TRUE (g_file_test (other, G_FILE_TEST_EXISTS));
  CU_ASSERT_TRUE (g_file_test (not_ours, G_FILE_TEST_EXISTS));

  /* Once its save is over, the locked one goes too. */
  close (fd);
  CU_ASSERT_TRUE (lian_file_set_contents (path, "{}", -1, NULL, &error));
  CU_ASSERT_FALSE (g_file_test (locked, G_FILE_TEST_EXISTS));
  CU_ASSERT_TRUE (g_file_test (fresh, G_FILE_TEST_EXISTS));
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 4);
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
    { "/lian/save-atomic/character-device-written-through",
      test_character_device_written_through },
    { "/lian/save-atomic/fifo-written-through", test_fifo_written_through },
    { "/lian/save-atomic/other-kinds-refused", test_other_kinds_refused },
    { "/lian/save-atomic/symlink-target-written", test_symlink_target_written },
    { "/lian/save-atomic/mode-and-owner-kept", test_mode_and_owner_kept },
    { "/lian/save-atomic/stale-temporary-files-removed", test_stale_temporary_files_removed },
    { "/lian/save-atomic/link-planted-during-save-not-followed",
      test_link_planted_during_save_not_followed },
    { "/lian/save-atomic/descriptor-written-through", test_descriptor_written_through },
    { "/lian/save-atomic/fifo-reader-gone-is-an-error", test_fifo_reader_gone_is_an_error },
    { NULL, NULL },
  };
  return lian_test_run ("save-atomic", tests);
}
