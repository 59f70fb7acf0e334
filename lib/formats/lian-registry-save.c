/* lian-registry-save.c: writing the canonical JSON document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-registry-json.h"
#include "lian-registry-private.h"
#include "lian-record-json-private.h"
#include "lian-json-writer-private.h"
#include "lian-file-private.h"
#include "lian-document-private.h"

/* Items (lian-record-private.h) by id. */
static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (lian_item_id (*(gpointer const *) a), lian_item_id (*(gpointer const *) b));
}

/* Writes @item: a record, or a row written through @shells[its kind],
 * made once, so that saving makes no record's object. */
static void
write_item (gpointer        item,
            LianRecord    **shells,
            LianJsonWriter *w)
{
  LianRecordKind kind;

  if (!LIAN_ITEM_IS_ROW (item))
    {
      lian_record_write_json (item, w);
      return;
    }
  kind = lian_item_kind (item);
  if (shells[kind] == NULL)
    shells[kind] = g_object_new (lian_record_kind_get_gtype (kind), NULL);
  lian_record_lend_row (shells[kind], LIAN_ITEM_ROW (item));
  lian_record_write_json (shells[kind], w);
  lian_record_unlend_row (shells[kind]);
}

/* The whole document: records of each kind sorted by id, then the
 * document members lian does not know. @added: records the registry is
 * adding and does not list yet, written among their kind's, or NULL. */
static void
write_document (LianRegistry   *self,
                GPtrArray      *added,
                LianJsonWriter *w)
{
  JsonObject *extra = lian_registry_get_extra (self);
  LianRecord *shells[LIAN_RECORD_N_KINDS] = { NULL, };

  lian_json_writer_begin_object (w);
  lian_json_writer_member (w, "format");
  lian_json_writer_string (w, LIAN_DOCUMENT_FORMAT);
  lian_json_writer_member (w, "version");
  lian_json_writer_int (w, LIAN_DOCUMENT_VERSION);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS && w->error == NULL; k++)
    {
      GPtrArray *records = lian_registry_get_array (self, k);
      g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (records->len);
      gboolean in_order = TRUE;

      /* Kinds newer than the first eight (people) are written only when
       * there are some: a document without them saves as it did. */
      if (k > LIAN_RECORD_KIND_ACTIVITY && records->len == 0 && added == NULL)
        continue;
      /* A registry loaded from a canonical document is in order already. */
      for (guint i = 0; i < records->len; i++)
        {
          g_ptr_array_add (sorted, lian_registry_item_at (records, i));
          if (in_order && i > 0 && compare_ids (&sorted->pdata[i - 1], &sorted->pdata[i]) > 0)
            in_order = FALSE;
        }
      for (guint i = 0; added && i < added->len; i++)
        if (lian_record_get_record_kind (added->pdata[i]) == k)
          {
            g_ptr_array_add (sorted, added->pdata[i]);
            in_order = FALSE;
          }
      if (!in_order)
        g_ptr_array_sort (sorted, compare_ids);
      /* The kinds added since documents began (posts, capabilities,
       * responses) appear only when there are some, so that a document
       * without them is written as it always was. */
      if (k > LIAN_RECORD_KIND_ACTIVITY && sorted->len == 0)
        continue;
      lian_json_writer_member (w, lian_record_kind_to_member (k));
      lian_json_writer_begin_array (w);
      for (guint i = 0; i < sorted->len && w->error == NULL; i++)
        {
          lian_json_writer_element (w);
          write_item (g_ptr_array_index (sorted, i), shells, w);
        }
      lian_json_writer_end_array (w);
    }
  if (extra)
    {
      g_autoptr(GList) members = json_object_get_members (extra);
      for (GList *l = members; l; l = l->next)
        {
          if (g_str_equal (l->data, "format") || g_str_equal (l->data, "version") ||
              lian_record_kind_from_member (l->data) >= 0)
            continue;
          lian_json_writer_member (w, l->data);
          lian_json_writer_node (w, json_object_get_member (extra, l->data));
        }
    }
  lian_json_writer_end_object (w);
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    g_clear_object (&shells[k]);
}

/**
 * lian_registry_save_to_data:
 * @self: a registry
 * @length: (out) (optional): the length of the document in bytes
 *
 * Writes the registry as a canonical lian document: members in a fixed
 * order, records sorted by id within each kind, 2-space indent, UTF-8 as
 * is. Two saves of the same registry are byte-identical, and so is a
 * canonical document loaded and saved again.
 *
 * Returns: (transfer full): the document, ending with a newline
 */
char *
lian_registry_save_to_data (LianRegistry *self,
                            gsize        *length)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);

  return lian_document_write_with (self, NULL, length);
}

char *
lian_document_write_with (LianRegistry *self,
                          GPtrArray    *added,
                          gsize        *length)
{
  LianJsonWriter w;
  char *data;

  lian_json_writer_init (&w, NULL, NULL);
  write_document (self, added, &w);
  lian_json_writer_finish (&w, NULL);
  if (length)
    *length = w.buffer->len;
  data = g_string_free (g_steal_pointer (&w.buffer), FALSE);
  lian_json_writer_clear (&w);
  return data;
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
} StreamSink;

static gboolean
stream_sink (const char  *data,
             gsize        length,
             gpointer     user_data,
             GError     **error)
{
  StreamSink *sink = user_data;

  /* Not every stream checks: a memory stream would take it all. */
  if (g_cancellable_set_error_if_cancelled (sink->cancellable, error))
    return FALSE;
  return g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable, error);
}

/**
 * lian_registry_save_to_stream:
 * @self: a registry
 * @stream: where to write
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the canonical document (see [method@Lian.Registry.save_to_data])
 * to @stream as it goes, without holding it whole in memory. The stream
 * is left open.
 *
 * Returns: true if the document was written
 */
gboolean
lian_registry_save_to_stream (LianRegistry   *self,
                              GOutputStream  *stream,
                              GCancellable   *cancellable,
                              GError        **error)
{
  StreamSink sink = { stream, cancellable };
  LianJsonWriter w;
  gboolean ok;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lian_json_writer_init (&w, stream_sink, &sink);
  write_document (self, NULL, &w);
  ok = lian_json_writer_finish (&w, error);
  lian_json_writer_clear (&w);
  return ok && g_output_stream_flush (stream, cancellable, error);
}

/* Writes the document (or @bytes, written already) to @path through the
 * one function lian saves every file with. */
static gboolean
write_atomically (const char    *path,
                  LianRegistry  *self,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  LianSaveFile *file = lian_save_file_open (path, cancellable, error);
  gboolean ok;

  if (file == NULL)
    return FALSE;
  if (bytes)
    ok = lian_save_file_write (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               error);
  else
    {
      LianJsonWriter w;
      lian_json_writer_init (&w, lian_save_file_sink, file);
      write_document (self, NULL, &w);
      ok = lian_json_writer_finish (&w, error);
      lian_json_writer_clear (&w);
    }
  if (!ok)
    {
      lian_save_file_abort (file);
      return FALSE;
    }
  return lian_save_file_commit (file, error);
}

/**
 * lian_registry_save_to_file:
 * @self: a registry
 * @path: (type filename): the file to write
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the canonical document (see [method@Lian.Registry.save_to_data])
 * to @path atomically, as [func@Lian.file_set_contents] writes a file: it
 * is written beside the file it replaces, flushed to disk and renamed over
 * it, so an interrupted save leaves the old file intact, and the folder is
 * flushed too. A symbolic link is followed to the file it leads to, which
 * keeps its mode and, where the process may set them, its owner and
 * group. A character device or a FIFO is written straight through; a
 * folder, a block device or a socket is refused.
 *
 * The file beside it is named `.NAME.lian-XXXXXX` (six random
 * characters). A failed or cancelled save removes it; one left by a
 * process killed during a save is removed by a later save of the same
 * file once it is stale (see [func@Lian.file_set_contents]).
 *
 * Returns: true if the document was written
 */
gboolean
lian_registry_save_to_file (LianRegistry  *self,
                            const char    *path,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_atomically (path, self, NULL, cancellable, error);
}

/* Saving in a worker thread: the document is written to memory in the
 * registry's thread, then to its destination in the worker. As for loads,
 * `stage` makes each hand-over between the threads explicit. */

typedef struct
{
  GBytes        *bytes;
  char          *path;
  GOutputStream *stream;
  GError        *error;
  gboolean       ok;
  int            stage;    /* 1: with the worker, 2: back, 3: done with */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_atomic_int_get (&data->stage);
  g_clear_error (&data->error);
  g_bytes_unref (data->bytes);
  g_free (data->path);
  g_clear_object (&data->stream);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;

  g_assert (g_atomic_int_get (&data->stage) == 1);
  if (g_cancellable_set_error_if_cancelled (cancellable, &data->error))
    data->ok = FALSE;
  else if (data->path)
    data->ok = write_atomically (data->path, NULL, data->bytes, cancellable, &data->error);
  else
    data->ok = g_output_stream_write_all (data->stream, g_bytes_get_data (data->bytes, NULL),
                                          g_bytes_get_size (data->bytes), NULL, cancellable,
                                          &data->error) &&
               g_output_stream_flush (data->stream, cancellable, &data->error);
  g_atomic_int_set (&data->stage, 2);
  g_task_return_boolean (task, TRUE);
}

static void
save_async (LianRegistry        *self,
            const char          *path,
            GOutputStream       *stream,
            gpointer             tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  SaveData *data = g_new0 (SaveData, 1);
  gsize length;
  char *text = lian_registry_save_to_data (self, &length);

  data->bytes = g_bytes_new_take (text, length);
  data->path = g_strdup (path);
  data->stream = stream ? g_object_ref (stream) : NULL;
  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_atomic_int_set (&data->stage, 1);
  g_task_run_in_thread (task, save_thread);
}

static gboolean
save_finish (LianRegistry  *self,
             GAsyncResult  *result,
             gpointer       tag,
             GError       **error)
{
  SaveData *data;
  gboolean ok;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;  /* cancelled before it ran */
  data = g_task_get_task_data (G_TASK (result));
  g_assert (g_atomic_int_get (&data->stage) == 2);
  ok = data->ok;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&data->error));
  /* The task may be freed in the worker. */
  g_atomic_int_set (&data->stage, 3);
  return ok;
}

/**
 * lian_registry_save_to_file_async:
 * @self: a registry
 * @path: (type filename): the file to write
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the file is written
 * @user_data: data for @callback
 *
 * Saves like [method@Lian.Registry.save_to_file], writing the file in a
 * worker thread. The document is taken as the registry is at this call.
 */
void
lian_registry_save_to_file_async (LianRegistry        *self,
                                  const char          *path,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (path != NULL);

  save_async (self, path, NULL, lian_registry_save_to_file_async, cancellable, callback,
              user_data);
}

/**
 * lian_registry_save_to_file_finish:
 * @self: a registry
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Finishes [method@Lian.Registry.save_to_file_async].
 *
 * Returns: true if the file was written
 */
gboolean
lian_registry_save_to_file_finish (LianRegistry  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return save_finish (self, result, lian_registry_save_to_file_async, error);
}

/**
 * lian_registry_save_to_stream_async:
 * @self: a registry
 * @stream: where to write
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the document is written
 * @user_data: data for @callback
 *
 * Saves like [method@Lian.Registry.save_to_stream], writing in a worker
 * thread. The document is taken as the registry is at this call.
 */
void
lian_registry_save_to_stream_async (LianRegistry        *self,
                                    GOutputStream       *stream,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (G_IS_OUTPUT_STREAM (stream));

  save_async (self, NULL, stream, lian_registry_save_to_stream_async, cancellable, callback,
              user_data);
}

/**
 * lian_registry_save_to_stream_finish:
 * @self: a registry
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Finishes [method@Lian.Registry.save_to_stream_async].
 *
 * Returns: true if the document was written
 */
gboolean
lian_registry_save_to_stream_finish (LianRegistry  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return save_finish (self, result, lian_registry_save_to_stream_async, error);
}
