/* lian-store-document.c: a register kept as one lian JSON document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The document is the exchange format; as a store it is honest rather
 * than shared: it remembers a digest of what it read (or last wrote), and
 * a commit that finds the file changed since refuses to overwrite it with
 * LIAN_REGISTRY_ERROR_CONFLICT instead of losing the other change. A
 * commit writes the whole document, atomically, through a symbolic link
 * to its target, keeping the file's mode and owner
 * (lian_file_set_contents()), while it holds a lock on the file it
 * checked.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>

#include "lian-store-private.h"
#include "lian-registry-private.h"
#include "lian-registry-json.h"
#include "lian-record-json-private.h"
#include "lian-json-writer-private.h"
#include "lian-file.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

#define LIAN_TYPE_STORE_DOCUMENT (lian_store_document_get_type ())
G_DECLARE_FINAL_TYPE (LianStoreDocument, lian_store_document, LIAN, STORE_DOCUMENT, GObject)

struct _LianStoreDocument
{
  GObject         parent_instance;

  LianStoreState  state;
  char           *path;
  char           *digest;    /* SHA-256 of the file as read or written; NULL: none */
  struct stat     seen;      /* the file when the digest was taken */
};

static void store_iface_init (LianStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LianStoreDocument, lian_store_document, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LIAN_TYPE_STORE, store_iface_init))

static void
lian_store_document_finalize (GObject *object)
{
  LianStoreDocument *self = LIAN_STORE_DOCUMENT (object);

  lian_store_state_clear (&self->state);
  g_free (self->path);
  g_free (self->digest);
  G_OBJECT_CLASS (lian_store_document_parent_class)->finalize (object);
}

static void
lian_store_document_class_init (LianStoreDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_store_document_finalize;
}

static void
lian_store_document_init (LianStoreDocument *self)
{
}

LianStore *
lian_store_document_open (const char  *path,
                          const char  *uri,
                          GError     **error)
{
  LianStoreDocument *self = g_object_new (LIAN_TYPE_STORE_DOCUMENT, NULL);

  lian_store_state_init (&self->state, uri);
  self->path = g_strdup (path);
  return LIAN_STORE (self);
}

/* Reads the file; @digest is set to NULL when there is none. */
static gboolean
read_file (LianStoreDocument  *self,
           char              **contents,
           gsize              *length,
           char              **digest,
           GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  *digest = NULL;
  if (!g_file_get_contents (self->path, contents, length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          *contents = NULL;
          *length = 0;
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) *contents, *length);
  return TRUE;
}

static gboolean
load_into (LianStoreDocument  *self,
           LianRegistry       *registry,
           char              **digest,
           GError            **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!read_file (self, &contents, &length, digest, error))
    return FALSE;
  if (*digest == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s: no such file"), self->path);
      return FALSE;
    }
  if (!lian_registry_load_from_data (registry, contents, length, error))
    {
      g_prefix_error (error, "%s: ", self->path);
      return FALSE;
    }
  return TRUE;
}

/* Remembers the file as it is now, for a cheap look at whether it changed. */
static void
remember_stat (LianStoreDocument *self)
{
  if (stat (self->path, &self->seen) != 0)
    memset (&self->seen, 0, sizeof self->seen);
}

static gboolean
same_stat (LianStoreDocument *self)
{
  struct stat now;

  return stat (self->path, &now) == 0 && now.st_ino == self->seen.st_ino &&
         now.st_dev == self->seen.st_dev && now.st_size == self->seen.st_size &&
         now.st_mtim.tv_sec == self->seen.st_mtim.tv_sec &&
         now.st_mtim.tv_nsec == self->seen.st_mtim.tv_nsec;
}

static gboolean
document_load (LianStore     *store,
               LianRegistry  *registry,
               GError       **error)
{
  LianStoreDocument *self = LIAN_STORE_DOCUMENT (store);

  g_clear_pointer (&self->digest, g_free);
  remember_stat (self);
  return load_into (self, registry, &self->digest, error);
}

/* Writes @registry, with @added (records it is adding, or NULL), if the
 * file is still what this store last saw. */
static gboolean
write_checked (LianStoreDocument  *self,
               LianRegistry       *registry,
               GPtrArray          *added,
               gboolean            check,
               GError            **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *data = NULL;
  gsize length;
  int fd;
  gboolean ok;

  /* The lock is on the file as it is now: a process that renames a new
   * file over it has already changed what the check below reads. */
  fd = open (self->path, O_RDONLY | O_CLOEXEC);
  if (fd >= 0)
    flock (fd, LOCK_EX);
  ok = read_file (self, &contents, &length, &digest, error);
  if (ok && check && g_strcmp0 (digest, self->digest) != 0)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
                   _("%s: the file was changed by another program after this process read it; "
                     "nothing was written"),
                   self->path);
      ok = FALSE;
    }
  if (ok)
    {
      data = lian_document_write_with (registry, added, &length);
      ok = lian_file_set_contents (self->path, data, length, NULL, error);
    }
  if (ok)
    {
      g_free (self->digest);
      self->digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
      remember_stat (self);
    }
  if (fd >= 0)
    close (fd);
  return ok;
}

/* The registry already holds @changes, not yet published: the document
 * written is the registry as it will be. */
static gboolean
document_commit (LianStore     *store,
                 LianRegistry  *registry,
                 GPtrArray     *changes,
                 GError       **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  /* Updates and removals are in the registry already; records being added
   * are not listed until the store took them. */
  for (guint i = 0; i < changes->len; i++)
    {
      LianRecord *record = lian_change_get_record (changes->pdata[i]);

      if (lian_change_get_operation (changes->pdata[i]) == LIAN_CHANGE_OPERATION_ADD &&
          lian_record_get_owner (record) != registry)
        g_ptr_array_add (added, record);
    }
  return write_checked (LIAN_STORE_DOCUMENT (store), registry, added, TRUE, error);
}

static char *
record_json (LianRecord *record)
{
  LianJsonWriter w;
  char *text;

  lian_json_writer_init (&w, NULL, NULL);
  lian_record_write_json (record, &w);
  text = g_strdup (w.buffer->str);
  lian_json_writer_clear (&w);
  return text;
}

static void
clear_record (gpointer record)
{
  g_clear_object (&record);
}

/* Brings in the file's records that differ from the registry's. */
static gboolean
document_refresh (LianStore     *store,
                  LianRegistry  *registry,
                  guint         *n_applied,
                  GError       **error)
{
  LianStoreDocument *self = LIAN_STORE_DOCUMENT (store);
  g_autoptr(LianRegistry) theirs = lian_registry_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  /* Detached copies (the records of @theirs are held by it), or NULL. */
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (clear_record);
  g_autofree char *digest = NULL;
  g_autofree guint64 *revisions = NULL;
  LianVisit visit;
  struct stat before;

  if (same_stat (self))
    return TRUE;
  if (stat (self->path, &before) != 0)
    memset (&before, 0, sizeof before);
  if (!load_into (self, theirs, &digest, error))
    return FALSE;
  if (g_strcmp0 (digest, self->digest) == 0)
    {
      self->seen = before;
      return TRUE;
    }
  /* The objects made to compare the records go back to rows after. */
  lian_registry_begin_visit (registry, &visit);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      g_autoptr(GListModel) mine = lian_registry_get_records (registry, k);
      g_autoptr(GListModel) other = lian_registry_get_records (theirs, k);

      for (guint i = 0; i < g_list_model_get_n_items (other); i++)
        {
          g_autoptr(LianRecord) r = g_list_model_get_item (other, i);
          LianRecord *local = lian_registry_lookup (registry, lian_record_get_id (r));
          g_autofree char *a = local ? record_json (local) : NULL;
          g_autofree char *b = record_json (r);

          if (g_strcmp0 (a, b) != 0)
            {
              g_ptr_array_add (ids, g_strdup (lian_record_get_id (r)));
              g_ptr_array_add (stored, lian_record_dup_state (r));
            }
        }
      for (guint i = 0; i < g_list_model_get_n_items (mine); i++)
        {
          g_autoptr(LianRecord) r = g_list_model_get_item (mine, i);

          if (lian_registry_lookup (theirs, lian_record_get_id (r)) == NULL)
            {
              g_ptr_array_add (ids, g_strdup (lian_record_get_id (r)));
              g_ptr_array_add (stored, NULL);
            }
        }
    }
  lian_registry_end_visit (registry, &visit);
  revisions = g_new0 (guint64, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      LianRecord *local = lian_registry_lookup (registry, ids->pdata[i]);

      revisions[i] = (local ? lian_record_get_revision (local) : 0) + 1;
    }
  if (!lian_store_apply_records (store, registry, ids, stored, revisions, n_applied, error))
    return FALSE;
  g_free (self->digest);
  self->digest = g_steal_pointer (&digest);
  self->seen = before;
  return TRUE;
}

static gboolean
document_save (LianStore     *store,
               LianRegistry  *registry,
               GError       **error)
{
  return write_checked (LIAN_STORE_DOCUMENT (store), registry, NULL, FALSE, error);
}

static void
document_close (LianStore *store)
{
}

static LianStoreState *
document_get_state (LianStore *store)
{
  return &LIAN_STORE_DOCUMENT (store)->state;
}

static void
store_iface_init (LianStoreInterface *iface)
{
  iface->get_state = document_get_state;
  iface->load = document_load;
  iface->commit = document_commit;
  iface->refresh = document_refresh;
  iface->save = document_save;
  iface->close = document_close;
}
