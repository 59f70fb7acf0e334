/* lian-registry-json.c: loading and saving the JSON document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-registry-json.h"
#include "lian-registry-private.h"
#include "lian-document-private.h"
#include "lian-error.h"
#include "lian-json-window-private.h"
#include "lian-i18n-private.h"

/* Limits */

static GQuark
max_size_quark (void)
{
  return g_quark_from_static_string ("lian-max-document-size");
}

/**
 * lian_registry_get_max_document_size:
 * @self: a registry
 *
 * Gets the largest document, in bytes, the registry loads.
 *
 * Returns: the limit, [const@Lian.JSON_MAX_DOCUMENT_SIZE] unless it was
 *   changed, or 0 for none
 */
guint64
lian_registry_get_max_document_size (LianRegistry *self)
{
  guint64 *limit;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), 0);

  limit = g_object_get_qdata (G_OBJECT (self), max_size_quark ());
  return limit ? *limit : LIAN_JSON_MAX_DOCUMENT_SIZE;
}

/**
 * lian_registry_set_max_document_size:
 * @self: a registry
 * @max_size: the largest document to load, in bytes, or 0 for no limit
 *
 * Sets the largest document the registry loads; a larger one is refused
 * with `LIAN_FORMAT_ERROR_LIMIT`, from a file or a stream as soon as that
 * much has been read. The limit, [const@Lian.JSON_MAX_DOCUMENT_SIZE] by
 * default, makes a hostile or mistaken input (a disk image, an endless
 * stream) cheap to refuse; a registry that must read larger documents opts
 * in here.
 *
 * ```python
 * reg.set_max_document_size(0)   # no limit
 * ```
 */
void
lian_registry_set_max_document_size (LianRegistry *self,
                                     guint64       max_size)
{
  guint64 *limit;

  g_return_if_fail (LIAN_IS_REGISTRY (self));

  limit = g_new (guint64, 1);
  *limit = max_size;
  g_object_set_qdata_full (G_OBJECT (self), max_size_quark (), limit, g_free);
}

/* Loading */

/**
 * lian_registry_load_from_data:
 * @self: a registry
 * @data: a lian document, as UTF-8 text
 * @length: the length of @data in bytes, or -1 if it ends with a NUL
 * @error: return location for a [error@Lian.FormatError],
 *   [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Adds the records of a JSON document to the registry: all of them, or, on
 * any error, none (no record added, no signal emitted).
 *
 * The error says where: the line and column of a syntax error, or the JSON
 * path of a bad value (`$.needs[12].status: unknown need status "done";
 * expected one of submitted, accepted, in-progress, resolved, closed`).
 * A UTF-8 byte-order mark is skipped. Members lian does not know are kept,
 * on the records and on the document, and saved again. A document larger
 * than [method@Lian.Registry.get_max_document_size] is refused before it
 * is parsed.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_data (LianRegistry  *self,
                              const char    *data,
                              gssize         length,
                              GError       **error)
{
  g_autoptr(LianDocument) doc = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = strlen (data);
  if (lian_json_too_large (length, lian_registry_get_max_document_size (self), error))
    return FALSE;
  doc = lian_document_read_rows (data ? data : "", length, TRUE, error);
  return doc && lian_document_add (doc, self, error);
}

/* Opens @path for reading; its size, or -1 if it has none. */
static GInputStream *
open_file (const char    *path,
           guint64        limit,
           GCancellable  *cancellable,
           goffset       *size,
           GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;

  *size = -1;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  /* The error names the file. */
  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return NULL;
  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  /* A file too large is refused unread; one that grows, or a device that
   * has no size, once it passes the limit. */
  if (info && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > 0)
    {
      *size = g_file_info_get_size (info);
      if (lian_json_too_large (*size, limit, error))
        return NULL;
    }
  return G_INPUT_STREAM (g_steal_pointer (&in));
}

static LianDocument *
read_file (const char    *path,
           guint64        limit,
           GCancellable  *cancellable,
           GError       **error)
{
  goffset size;
  g_autoptr(GInputStream) in = open_file (path, limit, cancellable, &size, error);

  return in ? lian_document_read_stream (in, limit, cancellable, error) : NULL;
}

/**
 * lian_registry_load_from_file:
 * @self: a registry
 * @path: (type filename): the file to read
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Like [method@Lian.Registry.load_from_data], reading the document from a
 * file. A file that cannot be read gives a `G_IO_ERROR`; a file larger than
 * [method@Lian.Registry.get_max_document_size] is refused without reading
 * it.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_file (LianRegistry  *self,
                              const char    *path,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GInputStream) in = NULL;
  guint64 limit;
  goffset size;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  limit = lian_registry_get_max_document_size (self);
  in = open_file (path, limit, cancellable, &size, error);
  return in && lian_document_load_stream (self, in, size, limit, cancellable, error);
}

/**
 * lian_registry_load_from_stream:
 * @self: a registry
 * @stream: a stream holding a lian document
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Like [method@Lian.Registry.load_from_data], reading the document from
 * @stream to its end; reading stops, and the document is refused, once it
 * passes [method@Lian.Registry.get_max_document_size].
 *
 * GIO's streams of a file or of memory are read in a thread of lian's own
 * while the calling thread adds the records, when the machine has more than
 * one processor; any other stream (one the caller implemented, which may be
 * bound to its thread) is read in the calling thread. Signals are emitted
 * in the calling thread either way.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_stream (LianRegistry  *self,
                                GInputStream  *stream,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return lian_document_load_stream (self, stream, -1, lian_registry_get_max_document_size (self),
                                    cancellable, error);
}

/* Loading in a worker thread: the document is read and its records made
 * there; they are added to the registry in finish(), in the registry's
 * own thread.
 *
 * The job passes between the threads through GTask, whose locks live in
 * GLib; `stage` makes each hand-over an explicit release and acquire that
 * thread checkers can follow too. */

typedef struct
{
  char          *path;
  GInputStream  *stream;
  guint64        limit;   /* the registry's, when the load began */
  LianDocument  *doc;
  GError        *error;
  int            stage;   /* 1: with the worker, 2: back, 3: done with */
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_atomic_int_get (&job->stage);
  g_free (job->path);
  g_clear_object (&job->stream);
  g_clear_pointer (&job->doc, lian_document_free);
  g_clear_error (&job->error);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;

  g_assert (g_atomic_int_get (&job->stage) == 1);
  if (job->path)
    job->doc = read_file (job->path, job->limit, cancellable, &job->error);
  else
    job->doc = lian_document_read_stream (job->stream, job->limit, cancellable, &job->error);
  g_atomic_int_set (&job->stage, 2);
  g_task_return_boolean (task, TRUE);
}

static void
load_async (LianRegistry        *self,
            const char          *path,
            GInputStream        *stream,
            gpointer             tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  LoadJob *job = g_new0 (LoadJob, 1);

  job->path = g_strdup (path);
  job->stream = stream ? g_object_ref (stream) : NULL;
  job->limit = lian_registry_get_max_document_size (self);
  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_atomic_int_set (&job->stage, 1);
  g_task_run_in_thread (task, load_thread);
}

/**
 * lian_registry_load_from_file_async:
 * @self: a registry
 * @path: (type filename): the file to read
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the document is read
 * @user_data: data for @callback
 *
 * Reads a document from a file in a worker thread; call
 * [method@Lian.Registry.load_from_file_finish] from @callback to add its
 * records. The registry itself is only touched in the finish call.
 */
void
lian_registry_load_from_file_async (LianRegistry        *self,
                                    const char          *path,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (path != NULL);

  load_async (self, path, NULL, lian_registry_load_from_file_async, cancellable, callback,
              user_data);
}

static gboolean
load_finish (LianRegistry  *self,
             GAsyncResult  *result,
             gpointer       tag,
             GError       **error)
{
  LoadJob *job;
  gboolean ok;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;  /* cancelled before it ran */
  job = g_task_get_task_data (G_TASK (result));
  g_assert (g_atomic_int_get (&job->stage) == 2);
  if (job->doc == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&job->error));
      ok = FALSE;
    }
  else
    ok = lian_document_add (job->doc, self, error);
  /* The records are this thread's now; the task may be freed in the worker. */
  g_clear_pointer (&job->doc, lian_document_free);
  g_atomic_int_set (&job->stage, 3);
  return ok;
}

/**
 * lian_registry_load_from_file_finish:
 * @self: a registry
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Adds the records of the document read by
 * [method@Lian.Registry.load_from_file_async], all or none.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_file_finish (LianRegistry  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return load_finish (self, result, lian_registry_load_from_file_async, error);
}

/**
 * lian_registry_load_from_stream_async:
 * @self: a registry
 * @stream: a stream holding a lian document
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the document is read
 * @user_data: data for @callback
 *
 * Reads a document from @stream in a worker thread; call
 * [method@Lian.Registry.load_from_stream_finish] from @callback.
 */
void
lian_registry_load_from_stream_async (LianRegistry        *self,
                                      GInputStream        *stream,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));

  load_async (self, NULL, stream, lian_registry_load_from_stream_async, cancellable, callback,
              user_data);
}

/**
 * lian_registry_load_from_stream_finish:
 * @self: a registry
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Adds the records of the document read by
 * [method@Lian.Registry.load_from_stream_async], all or none.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_stream_finish (LianRegistry  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return load_finish (self, result, lian_registry_load_from_stream_async, error);
}
