/* lian-registry-json.c: loading and saving the JSON document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "lian-registry-json.h"
#include "lian-registry-private.h"
#include "lian-record-json-private.h"
#include "lian-json-scan-private.h"
#include "lian-json-writer-private.h"
#include "lian-error.h"

/* A document read but not yet added: built in any thread, added in the
 * registry's. */
typedef struct
{
  GPtrArray  *records;   /* LianRecord */
  GPtrArray  *paths;     /* char *, NULL-terminated */
  JsonObject *extra;
} Document;

static void
document_free (Document *doc)
{
  g_ptr_array_unref (doc->records);
  g_ptr_array_unref (doc->paths);
  g_clear_pointer (&doc->extra, json_object_unref);
  g_free (doc);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Document, document_free)

/* json-glib says "<data>:3:14: Parse error: unexpected …". */
static void
set_syntax_error (GError     **error,
                  const GError *parse_error)
{
  const char *msg = parse_error->message;
  guint line = 0, col = 0;
  const char *rest;

  if (g_str_has_prefix (msg, "<data>:"))
    msg += strlen ("<data>:");
  if (sscanf (msg, "%u:%u:", &line, &col) == 2 && (rest = strstr (msg, ": ")) != NULL)
    {
      rest += 2;
      if (g_str_has_prefix (rest, "Parse error: "))
        rest += strlen ("Parse error: ");
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                   "line %u, column %u: %s", line, col, rest);
    }
  else
    g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, "%s", msg);
}

static gboolean
read_records (Document        *doc,
              LianRecordKind   kind,
              const char      *member,
              JsonNode        *node,
              GError         **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                   "$.%s: expected an array", member);
      return FALSE;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", member, i);
      g_autoptr(LianRecordBuilder) builder = NULL;
      g_autoptr(GList) names = NULL;
      JsonObject *object;
      LianRecord *record;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                       "%s: expected an object", path);
          return FALSE;
        }
      object = json_node_get_object (item);
      names = json_object_get_members (object);
      builder = lian_record_builder_new (kind);
      for (GList *l = names; l; l = l->next)
        if (!lian_record_builder_member (builder, path, l->data,
                                         json_object_get_member (object, l->data), error))
          return FALSE;
      record = lian_record_builder_end (builder, path, error);
      if (record == NULL)
        return FALSE;
      g_ptr_array_add (doc->records, record);
      g_ptr_array_insert (doc->paths, doc->paths->len - 1, g_steal_pointer (&path));
    }
  return TRUE;
}

static Document *
read_document (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(Document) doc = g_new0 (Document, 1);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GList) names = NULL;
  JsonObject *top;
  JsonNode *root, *node;

  doc->records = g_ptr_array_new_with_free_func (g_object_unref);
  doc->paths = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (doc->paths, NULL);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!lian_json_scan (data, length, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_syntax_error (error, parse_error);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                           "line 1, column 1: the document is empty");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                           "$: expected an object");
      return NULL;
    }
  top = json_node_get_object (root);

  node = json_object_get_member (top, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (node), LIAN_DOCUMENT_FORMAT))
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   "$.format: not a lian document (expected \"format\": \"%s\")",
                   LIAN_DOCUMENT_FORMAT);
      return NULL;
    }
  node = json_object_get_member (top, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   "$.version: expected a version number, such as %d", LIAN_DOCUMENT_VERSION);
      return NULL;
    }
  if (json_node_get_int (node) > LIAN_DOCUMENT_VERSION)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   "$.version: version %" G_GINT64_FORMAT " is newer than this lian reads (%d)",
                   json_node_get_int (node), LIAN_DOCUMENT_VERSION);
      return NULL;
    }

  /* Records kind by kind, in the document's canonical order. */
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      const char *member = lian_record_kind_to_member (k);
      node = json_object_get_member (top, member);
      if (node && !JSON_NODE_HOLDS_NULL (node) && !read_records (doc, k, member, node, error))
        return NULL;
    }

  names = json_object_get_members (top);
  for (GList *l = names; l; l = l->next)
    {
      if (g_str_equal (l->data, "format") || g_str_equal (l->data, "version") ||
          lian_record_kind_from_member (l->data) >= 0)
        continue;
      if (doc->extra == NULL)
        doc->extra = json_object_new ();
      json_object_set_member (doc->extra, l->data,
                              json_node_copy (json_object_get_member (top, l->data)));
    }
  return g_steal_pointer (&doc);
}

static gboolean
add_document (LianRegistry  *self,
              Document      *doc,
              GError       **error)
{
  if (!lian_registry_add_many_at (self, doc->records,
                                  (const char * const *) doc->paths->pdata, error))
    return FALSE;
  if (doc->extra)
    {
      JsonObject *extra = lian_registry_get_extra (self);
      if (extra == NULL)
        lian_registry_set_extra (self, doc->extra);
      else
        {
          g_autoptr(GList) names = json_object_get_members (doc->extra);
          for (GList *l = names; l; l = l->next)
            json_object_set_member (extra, l->data,
                                    json_node_copy (json_object_get_member (doc->extra, l->data)));
        }
    }
  return TRUE;
}

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
 * on the records and on the document, and saved again.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_data (LianRegistry  *self,
                              const char    *data,
                              gssize         length,
                              GError       **error)
{
  g_autoptr(Document) doc = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  doc = read_document (data ? data : "", length < 0 ? strlen (data) : (gsize) length, error);
  return doc && add_document (self, doc, error);
}

static Document *
read_file (const char    *path,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *data = NULL;
  gsize length;
  GError *local = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  /* Read, not mapped: a file another program shortens while it is mapped
   * would kill this process with SIGBUS. */
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      /* The message names the file. */
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_file_error (local->code),
                           local->message);
      g_error_free (local);
      return NULL;
    }
  return read_document (data, length, error);
}

/**
 * lian_registry_load_from_file:
 * @self: a registry
 * @path: (type filename): the file to read
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Like [method@Lian.Registry.load_from_data], reading the document from a
 * file. A file that cannot be read gives a `G_IO_ERROR`.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_file (LianRegistry  *self,
                              const char    *path,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(Document) doc = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  doc = read_file (path, cancellable, error);
  return doc && add_document (self, doc, error);
}

static GBytes *
read_stream (GInputStream  *stream,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();

  /* Not every stream checks: a memory stream would give it all. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (g_output_stream_splice (memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              cancellable, error) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static Document *
read_stream_document (GInputStream  *stream,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = read_stream (stream, cancellable, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return read_document (data ? data : "", length, error);
}

/**
 * lian_registry_load_from_stream:
 * @self: a registry
 * @stream: a stream holding a lian document
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Like [method@Lian.Registry.load_from_data], reading the document from
 * @stream to its end.
 *
 * Returns: true if the document was loaded
 */
gboolean
lian_registry_load_from_stream (LianRegistry  *self,
                                GInputStream  *stream,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(Document) doc = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  doc = read_stream_document (stream, cancellable, error);
  return doc && add_document (self, doc, error);
}

/* Loading in a worker thread: the document is read and its records made
 * there; they are added to the registry in finish(), in the registry's
 * own thread. */

static void
load_file_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  Document *doc = read_file (task_data, cancellable, &error);

  if (doc)
    g_task_return_pointer (task, doc, (GDestroyNotify) document_free);
  else
    g_task_return_error (task, error);
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
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lian_registry_load_from_file_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, load_file_thread);
}

static gboolean
load_finish (LianRegistry  *self,
             GAsyncResult  *result,
             gpointer       tag,
             GError       **error)
{
  g_autoptr(Document) doc = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, FALSE);

  doc = g_task_propagate_pointer (G_TASK (result), error);
  return doc && add_document (self, doc, error);
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

static void
load_stream_thread (GTask        *task,
                    gpointer      source,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  Document *doc = read_stream_document (task_data, cancellable, &error);

  if (doc)
    g_task_return_pointer (task, doc, (GDestroyNotify) document_free);
  else
    g_task_return_error (task, error);
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
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lian_registry_load_from_stream_async);
  g_task_set_task_data (task, g_object_ref (stream), g_object_unref);
  g_task_run_in_thread (task, load_stream_thread);
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
