/* lian-file.c: the one way lian writes a file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every file lian writes (a document, a CSV export, a CSV import's report,
 * a report the CLI renders) goes through here:
 *
 * - A regular file is written to `.NAME.lian-XXXXXX` beside the real file
 *   (a symbolic link found by lstat() followed to it, the file it leads to
 *   checked against stat()), which takes the owner, group and mode
 *   of the file it replaces, is flushed to disk, renamed over the real
 *   file, and the folder is flushed too: a reader sees the old file or the
 *   new, and a save that returned survives a power cut.
 * - A character device (`/dev/null`, a terminal) or a FIFO is written
 *   straight through: it is not a file to replace. So is a descriptor's
 *   name (/dev/stdout, /proc/self/fd/1), through a copy of the descriptor.
 * - Anything else (a folder, a block device, a socket) is refused.
 *
 * A save holds a lock (flock()) on its temporary file until the rename.
 * A process killed in the middle leaves the file behind: the next save of
 * the same file removes it once it is stale (see remove_if_stale()).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "lian-file.h"
#include "lian-file-private.h"
#include "lian-i18n-private.h"

/* A temporary file no process holds a lock on is stale once it has not
 * been written for this long (the moment between its creation and its
 * lock, with room for clocks that disagree on a network folder)... */
#define STALE_UNLOCKED_SECONDS 60
/* ... and any temporary file once it has not been written for a day (a
 * file that cannot be opened to test its lock, or a folder without locks):
 * no save pauses that long between two writes. */
#define STALE_ANY_SECONDS (24 * 3600)

#define TEMP_MARK ".lian-"
#define TEMP_RANDOM 6

struct _LianSaveFile
{
  char         *path;       /* as given, for the messages */
  char         *target;     /* the real file; NULL when written straight through */
  char         *tmp;        /* the file written aside; NULL when straight through */
  int           fd;
  gboolean      must_be_new; /* @target must still not exist at the rename */
  GCancellable *cancellable;
};

static gboolean
set_errno_error (GError     **error,
                 int          saved,
                 const char  *path,
                 const char  *doing)
{
  if (doing)
    /* TRANSLATORS: a file, what lian was doing with it, the system's reason */
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("%s: %s: %s"), path,
                 _(doing), g_strerror (saved));
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("%s: %s"), path,
                 g_strerror (saved));
  return FALSE;
}

/* ".NAME.lian-": what the temporary files of @target start with; a long
 * NAME is cut so that the whole name fits in 255 bytes. */
static char *
temp_prefix (const char *target)
{
  g_autofree char *base = g_path_get_basename (target);
  gsize room = 255 - 1 - strlen (TEMP_MARK) - TEMP_RANDOM;

  if (strlen (base) > room)
    base[room] = '\0';
  return g_strconcat (".", base, TEMP_MARK, NULL);
}

/* Whether @path names an open descriptor (/dev/stdout, /dev/fd/N,
 * /proc/PID/fd/N); *@fd is then N where the descriptor is this process's,
 * else -1. */
static gboolean
names_descriptor (const char *path,
                  int        *fd)
{
  static const char *const std[] = { "/dev/stdin", "/dev/stdout", "/dev/stderr" };
  const char *rest = NULL;
  char *end;
  gint64 n;

  *fd = -1;
  for (guint i = 0; i < G_N_ELEMENTS (std); i++)
    if (strcmp (path, std[i]) == 0)
      return (*fd = (int) i), TRUE;
  if (g_str_has_prefix (path, "/dev/fd/"))
    rest = path + strlen ("/dev/fd/");
  else if (g_str_has_prefix (path, "/proc/") && strstr (path, "/fd/") != NULL)
    {
      g_autofree char *self = g_strdup_printf ("/proc/%d/fd/", (int) getpid ());

      if (g_str_has_prefix (path, "/proc/self/fd/"))
        rest = path + strlen ("/proc/self/fd/");
      else if (g_str_has_prefix (path, "/proc/thread-self/fd/"))
        rest = path + strlen ("/proc/thread-self/fd/");
      else if (g_str_has_prefix (path, self))
        rest = path + strlen (self);
      else
        return TRUE;  /* another process's */
    }
  else
    return FALSE;
  n = g_ascii_strtoll (rest, &end, 10);
  if (end != rest && *end == '\0' && n >= 0 && n <= G_MAXINT)
    *fd = (int) n;
  return TRUE;
}

/* @path with its symbolic links followed, as far as they lead: the file to
 * replace, or the one to create where a link leads nowhere yet. Where the
 * chain goes through a descriptor's name, *@descriptor is set (and *@fd as
 * names_descriptor() sets it). */
static char *
resolve_links (const char  *path,
               gboolean    *descriptor,
               int         *fd,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  *descriptor = FALSE;
  *fd = -1;
  for (guint i = 0; i < 40; i++)
    {
      char link[PATH_MAX];
      struct stat st;
      ssize_t n;
      int named;

      if (names_descriptor (current, &named) && !*descriptor)
        *descriptor = TRUE, *fd = named;
      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      n = readlink (current, link, sizeof link);
      if (n < 0)
        return set_errno_error (error, errno, current, N_("reading the link")), NULL;
      if ((gsize) n >= sizeof link)
        return set_errno_error (error, ENAMETOOLONG, current, N_("reading the link")), NULL;
      link[n] = '\0';
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_strdup (link);
        }
      else
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
    }
  set_errno_error (error, ELOOP, path, NULL);
  return NULL;
}

/* Removes @name, a temporary file of an earlier save, if that save is
 * over: stale, that is. */
static void
remove_if_stale (const char *name,
                 gint64      now)
{
  struct stat st, st2;
  gint64 age;
  gboolean stale;
  int fd;

  if (lstat (name, &st) != 0 || !S_ISREG (st.st_mode))
    return;
  age = now - (gint64) st.st_mtime;
  if (age >= STALE_ANY_SECONDS)
    {
      g_unlink (name);
      return;
    }
  if (age < STALE_UNLOCKED_SECONDS)
    return;
  /* A save holds its lock until the rename; a process that died let go. */
  fd = open (name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
  if (fd < 0)
    return;
  stale = fstat (fd, &st2) == 0 && st2.st_ino == st.st_ino && st2.st_dev == st.st_dev &&
          flock (fd, LOCK_EX | LOCK_NB) == 0;
  /* Removed while the lock is held, so that it is the file tested. */
  if (stale)
    g_unlink (name);
  close (fd);
}

/* Removes the stale temporary files of earlier saves of @target. */
static void
remove_stale (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *prefix = temp_prefix (target);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  gsize prefix_len = strlen (prefix);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *full = NULL;

      if (strlen (name) != prefix_len + TEMP_RANDOM || strncmp (name, prefix, prefix_len) != 0)
        continue;
      full = g_build_filename (dir, name, NULL);
      remove_if_stale (full, now);
    }
}

/* Opens the file beside @file->target that will take its place; @st is
 * the target's, or NULL for a new file. */
static gboolean
open_aside (LianSaveFile       *file,
            const struct stat  *st,
            GError            **error)
{
  g_autofree char *dir = g_path_get_dirname (file->target);
  g_autofree char *prefix = temp_prefix (file->target);
  g_autofree char *name = g_strconcat (prefix, "XXXXXX", NULL);

  remove_stale (file->target);
  file->tmp = g_build_filename (dir, name, NULL);
  /* A new file gets 0666 less the umask, as any file the process makes
   * (reading the umask would mean setting it, for every thread). One that
   * replaces another starts private and takes the other's mode below. */
  file->fd = g_mkstemp_full (file->tmp, O_WRONLY | O_CLOEXEC, st ? 0600 : 0666);
  if (file->fd < 0)
    {
      int saved = errno;
      g_clear_pointer (&file->tmp, g_free);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("%s: cannot make a file in %s to write it: %s"), file->path, dir,
                   g_strerror (saved));
      return FALSE;
    }
  /* Where locks are not to be had, the age alone tells a stale file. */
  (void) flock (file->fd, LOCK_EX | LOCK_NB);
  if (st)
    {
      /* The owner where the process may set it (root, or the owner
       * itself), else the group where it belongs to it; the owner first,
       * as a change of owner clears the set-id bits. */
      if (fchown (file->fd, st->st_uid, st->st_gid) != 0)
        (void) fchown (file->fd, (uid_t) -1, st->st_gid);
      /* Where the file system has no modes, the file stays 0600. */
      (void) fchmod (file->fd, st->st_mode & 07777);
    }
  return TRUE;
}

static LianSaveFile *
open_through (LianSaveFile  *file,
              GError       **error)
{
  file->fd = g_open (file->path, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (file->fd < 0)
    {
      set_errno_error (error, errno, file->path, NULL);
      lian_save_file_abort (file);
      return NULL;
    }
  return file;
}

static gboolean
refuse_kind (const char         *path,
             const struct stat  *st,
             GError            **error)
{
  const char *what = S_ISBLK (st->st_mode) ? N_("a block device") :
                     S_ISSOCK (st->st_mode) ? N_("a socket") : N_("not a regular file");

  if (S_ISDIR (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("%s: a folder, not a file"),
                   path);
      return FALSE;
    }
  /* TRANSLATORS: a file, then what it is: a block device, a socket */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               _("%s: %s; lian writes only to a regular file, a character device or a FIFO"),
               path, _(what));
  return FALSE;
}

/* Writes through @file->fd, a copy of this process's descriptor @fd where
 * @path named it (so that the shell's `>>` appends, and `>` goes on where
 * the process left off), else @path opened again in place: a name such as
 * /dev/stdout leads to a file the shell opened, never one to replace. */
static LianSaveFile *
open_descriptor (LianSaveFile       *file,
                 const struct stat  *st,
                 int                 fd,
                 GError            **error)
{
  struct stat fst;
  int flags = fd >= 0 ? fcntl (fd, F_GETFL) : -1;

  if (st && flags >= 0 && (flags & O_ACCMODE) != O_RDONLY && fstat (fd, &fst) == 0 &&
      fst.st_dev == st->st_dev && fst.st_ino == st->st_ino)
    {
      file->fd = fcntl (fd, F_DUPFD_CLOEXEC, 3);
      if (file->fd >= 0)
        return file;
    }
  file->fd = g_open (file->path,
                     O_WRONLY | O_CLOEXEC | O_NOCTTY | (st && S_ISREG (st->st_mode) ? O_APPEND : 0),
                     0);
  if (file->fd < 0)
    {
      set_errno_error (error, errno, file->path, NULL);
      lian_save_file_abort (file);
      return NULL;
    }
  return file;
}

/* Opens @file->path, a symbolic link: stat() tells what it leads to, and
 * the file the link is followed to must be that one (a link may lead where
 * a path cannot, such as /proc/self/fd/1 to a file since deleted, and may
 * change while it is followed). */
static LianSaveFile *
open_link (LianSaveFile  *file,
           GError       **error)
{
  struct stat st, real;
  gboolean exists, descriptor;
  int fd;

  exists = stat (file->path, &st) == 0;
  if (!exists && errno != ENOENT)
    goto failed_errno;
  if (exists && !S_ISREG (st.st_mode) && !S_ISCHR (st.st_mode) && !S_ISFIFO (st.st_mode))
    {
      refuse_kind (file->path, &st, error);
      goto failed;
    }
  file->target = resolve_links (file->path, &descriptor, &fd, error);
  if (file->target == NULL)
    goto failed;
  if (descriptor)
    return open_descriptor (file, exists ? &st : NULL, fd, error);
  if (exists && !S_ISREG (st.st_mode))
    {
      g_clear_pointer (&file->target, g_free);
      return open_through (file, error);
    }
  if (exists && (stat (file->target, &real) != 0 || real.st_dev != st.st_dev ||
                 real.st_ino != st.st_ino))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s: the file this link leads to cannot be found to replace it"), file->path);
      goto failed;
    }
  /* A link that leads nowhere yet: checked again before the rename. */
  file->must_be_new = !exists;
  if (!open_aside (file, exists ? &st : NULL, error))
    goto failed;
  return file;

failed_errno:
  set_errno_error (error, errno, file->path, NULL);
failed:
  lian_save_file_abort (file);
  return NULL;
}

/* lstat() first: what is not a link is replaced where it is, as rename()
 * never follows a link (one planted after the lstat() would be replaced,
 * not followed); only a link found here is followed. */
LianSaveFile *
lian_save_file_open (const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  LianSaveFile *file;
  struct stat st;
  gboolean exists;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  exists = lstat (path, &st) == 0;
  if (!exists && errno != ENOENT)
    return set_errno_error (error, errno, path, NULL), NULL;
  if (exists && !S_ISLNK (st.st_mode) && !S_ISREG (st.st_mode) && !S_ISCHR (st.st_mode) &&
      !S_ISFIFO (st.st_mode))
    return refuse_kind (path, &st, error), NULL;

  file = g_new0 (LianSaveFile, 1);
  file->path = g_strdup (path);
  file->fd = -1;
  file->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  if (exists && S_ISLNK (st.st_mode))
    return open_link (file, error);
  if (exists && !S_ISREG (st.st_mode))
    return open_through (file, error);
  file->target = g_strdup (path);
  if (!open_aside (file, exists ? &st : NULL, error))
    {
      lian_save_file_abort (file);
      return NULL;
    }
  return file;
}

/* write(), with SIGPIPE blocked meanwhile: a reader of a FIFO or a pipe
 * that went away is an EPIPE error for the caller, not the end of the
 * process. A SIGPIPE this write raised (the kernel raises it also when the
 * reader goes during a write that wrote a part) is taken off before the
 * signal is let through again; one pending before is left. */
static gssize
write_without_sigpipe (int          fd,
                       const char  *data,
                       gsize        length)
{
  sigset_t pipe_set, old, pending;
  gboolean was_pending;
  gssize n;
  int saved;

  sigemptyset (&pipe_set);
  sigaddset (&pipe_set, SIGPIPE);
  pthread_sigmask (SIG_BLOCK, &pipe_set, &old);
  was_pending = sigpending (&pending) == 0 && sigismember (&pending, SIGPIPE);
  n = write (fd, data, length);
  saved = errno;
  if (!was_pending && sigpending (&pending) == 0 && sigismember (&pending, SIGPIPE))
    {
      struct timespec zero = { 0, 0 };

      while (sigtimedwait (&pipe_set, NULL, &zero) < 0 && errno == EINTR)
        ;
    }
  pthread_sigmask (SIG_SETMASK, &old, NULL);
  errno = saved;
  return n;
}

gboolean
lian_save_file_write (LianSaveFile  *file,
                      const char    *data,
                      gsize          length,
                      GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (file->cancellable, error))
    return FALSE;
  while (length > 0)
    {
      gsize chunk = MIN (length, (gsize) G_MAXSSIZE);
      /* A regular file written aside raises no SIGPIPE. */
      gssize n = file->tmp ? write (file->fd, data, chunk)
                           : write_without_sigpipe (file->fd, data, chunk);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return set_errno_error (error, errno, file->path, NULL);
        }
      data += n;
      length -= n;
    }
  return TRUE;
}

gboolean
lian_save_file_sink (const char  *data,
                     gsize        length,
                     gpointer     file,
                     GError     **error)
{
  return lian_save_file_write (file, data, length, error);
}

static void
save_file_free (LianSaveFile *file)
{
  if (file->fd >= 0)
    close (file->fd);
  g_clear_object (&file->cancellable);
  g_free (file->path);
  g_free (file->target);
  g_free (file->tmp);
  g_free (file);
}

void
lian_save_file_abort (LianSaveFile *file)
{
  if (file->tmp)
    g_unlink (file->tmp);
  save_file_free (file);
}

/* Flushes the folder of @target, so that the rename survives a power
 * cut. A file system that cannot (EINVAL) has nothing to flush. */
static gboolean
sync_folder (LianSaveFile  *file,
             GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (file->target);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int saved = 0;

  if (fd < 0)
    return TRUE;  /* a folder the process may write but not read */
  if (fsync (fd) != 0 && errno != EINVAL && errno != ENOTSUP)
    saved = errno;
  close (fd);
  if (saved == 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
               _("%s: written, but its folder could not be flushed to disk: %s"), file->path,
               g_strerror (saved));
  return FALSE;
}

/* A link that led nowhere when the save began must still lead nowhere:
 * what came there since (a file, another link) is not replaced. */
static gboolean
still_new (LianSaveFile  *file,
           GError       **error)
{
  struct stat st;

  if (!file->must_be_new || (lstat (file->target, &st) != 0 && errno == ENOENT))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("%s: %s appeared while it was being written; it is left as it is"),
               file->path, file->target);
  return FALSE;
}

gboolean
lian_save_file_commit (LianSaveFile  *file,
                       GError       **error)
{
  gboolean ok;
  int fd = file->fd;

  if (file->tmp == NULL)
    {
      /* A device or a FIFO: nothing to flush, nothing to rename. */
      file->fd = -1;
      ok = close (fd) == 0 || errno == EINTR || set_errno_error (error, errno, file->path, NULL);
      save_file_free (file);
      return ok;
    }
  if (g_cancellable_set_error_if_cancelled (file->cancellable, error) ||
      (fsync (fd) != 0 && !set_errno_error (error, errno, file->path, NULL)) ||
      !still_new (file, error) ||
      (g_rename (file->tmp, file->target) != 0 &&
       !set_errno_error (error, errno, file->path, NULL)))
    {
      lian_save_file_abort (file);
      return FALSE;
    }
  /* In place: the lock goes with the descriptor, after the rename. */
  g_clear_pointer (&file->tmp, g_free);
  ok = sync_folder (file, error);
  file->fd = -1;
  if (close (fd) != 0 && errno != EINTR && ok)
    ok = set_errno_error (error, errno, file->path, NULL);
  save_file_free (file);
  return ok;
}

/**
 * lian_file_set_contents:
 * @path: (type filename): the file to write
 * @contents: (array length=length) (element-type guint8): what to write
 * @length: the length of @contents in bytes, or -1 if it ends with a NUL
 * @cancellable: (nullable): a cancellable
 * @error: return location for a `G_IO_ERROR`
 *
 * Writes @contents to @path the way lian writes every file (a document, a
 * CSV export, an import's report): safely, and without harm to what
 * @path is.
 *
 * - A regular file is written beside the file it replaces, as
 *   `.NAME.lian-XXXXXX`, flushed to disk, renamed over it, and its folder
 *   flushed: whoever reads @path sees the old contents or the new, never a
 *   part, and a save that returned survives a power cut. The new file
 *   keeps the mode of the old one (a `0600` file stays `0600`) and its
 *   owner and group, as far as the process may set them (root may; others
 *   keep the group where they belong to it); a new file gets `0666` less
 *   the umask.
 * - A symbolic link is followed: the file it leads to is replaced, and the
 *   link stays a link. A link that leads nowhere yet makes that file,
 *   unless something came there while the file was written. Only a link
 *   found when the save begins is followed, to the file stat() finds
 *   through it: a link planted at @path meanwhile is replaced, not
 *   followed.
 * - A path that names a descriptor, or a link to one (`/dev/stdout`,
 *   `/dev/fd/N`, `/proc/self/fd/N`), is written through that descriptor,
 *   where it is the process's own, else opened again without truncating:
 *   `-o /dev/stdout >> all.csv` appends to `all.csv`.
 * - A character device (`/dev/null`, a terminal) or a FIFO is written
 *   straight through, as a shell's `>` would; it is not replaced. (A FIFO
 *   is opened as a shell opens it: the call waits for a reader.) A reader
 *   that goes away early is `G_IO_ERROR_BROKEN_PIPE`; no `SIGPIPE` reaches
 *   the process.
 * - A folder, a block device or a socket is refused with
 *   `G_IO_ERROR_IS_DIRECTORY` or `G_IO_ERROR_NOT_REGULAR_FILE`.
 *
 * A failed or cancelled save removes its temporary file. One killed in the
 * middle cannot: the next save of the same file removes such a file once it
 * is stale, that is, when no process holds the lock a save keeps on it and
 * it has not been written for a minute, or in any case after a day.
 *
 * ```python
 * Lian.file_set_contents('report.html', html.encode(), None)
 * ```
 *
 * Returns: true if the file was written
 */
gboolean
lian_file_set_contents (const char    *path,
                        const char    *contents,
                        gssize         length,
                        GCancellable  *cancellable,
                        GError       **error)
{
  LianSaveFile *file;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = strlen (contents);
  file = lian_save_file_open (path, cancellable, error);
  if (file == NULL)
    return FALSE;
  if (!lian_save_file_write (file, contents, length, error))
    {
      lian_save_file_abort (file);
      return FALSE;
    }
  return lian_save_file_commit (file, error);
}
