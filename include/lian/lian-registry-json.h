/* lian-registry-json.h: reading and writing lian's JSON document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <gio/gio.h>
#include <lian/lian-version.h>
#include <lian/lian-registry.h>

G_BEGIN_DECLS

/**
 * LIAN_DOCUMENT_FORMAT:
 *
 * The value of the `format` member of a lian document.
 */
#define LIAN_DOCUMENT_FORMAT "lian"

/**
 * LIAN_DOCUMENT_VERSION:
 *
 * The newest document `version` this library reads, and the one it writes.
 */
#define LIAN_DOCUMENT_VERSION 1

/**
 * LIAN_JSON_MAX_DEPTH:
 *
 * The deepest nesting of arrays and objects a document may have. A lian
 * document needs 5 levels; deeper ones are refused with
 * `LIAN_FORMAT_ERROR_LIMIT` before they are parsed.
 */
#define LIAN_JSON_MAX_DEPTH 64

/**
 * LIAN_JSON_MAX_STRING_LENGTH:
 *
 * The longest string, in bytes, a document may hold (64 KiB: a long
 * description fits, a pasted file does not).
 */
#define LIAN_JSON_MAX_STRING_LENGTH 65536

/**
 * LIAN_JSON_MAX_DOCUMENT_SIZE:
 *
 * The largest document, in bytes, a registry loads unless told otherwise
 * (1 GiB, some 30 times the size of a province's register). A larger one
 * is refused with `LIAN_FORMAT_ERROR_LIMIT` before it is parsed, and a
 * file or stream before more of it is read;
 * [method@Lian.Registry.set_max_document_size] changes the limit.
 */
#define LIAN_JSON_MAX_DOCUMENT_SIZE 1073741824

LIAN_AVAILABLE_IN_ALL
guint64   lian_registry_get_max_document_size (LianRegistry      *self);
LIAN_AVAILABLE_IN_ALL
void      lian_registry_set_max_document_size (LianRegistry      *self,
                                               guint64            max_size);

LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_load_from_data     (LianRegistry         *self,
                                            const char           *data,
                                            gssize                length,
                                            GError              **error);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_load_from_file     (LianRegistry         *self,
                                            const char           *path,
                                            GCancellable         *cancellable,
                                            GError              **error);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_load_from_stream   (LianRegistry         *self,
                                            GInputStream         *stream,
                                            GCancellable         *cancellable,
                                            GError              **error);
LIAN_AVAILABLE_IN_ALL
void      lian_registry_load_from_file_async   (LianRegistry         *self,
                                                const char           *path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_load_from_file_finish  (LianRegistry         *self,
                                                GAsyncResult         *result,
                                                GError              **error);
LIAN_AVAILABLE_IN_ALL
void      lian_registry_load_from_stream_async (LianRegistry         *self,
                                                GInputStream         *stream,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_load_from_stream_finish (LianRegistry        *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

LIAN_AVAILABLE_IN_ALL
char     *lian_registry_save_to_data       (LianRegistry         *self,
                                            gsize                *length) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_save_to_file       (LianRegistry         *self,
                                            const char           *path,
                                            GCancellable         *cancellable,
                                            GError              **error);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_save_to_stream     (LianRegistry         *self,
                                            GOutputStream        *stream,
                                            GCancellable         *cancellable,
                                            GError              **error);
LIAN_AVAILABLE_IN_ALL
void      lian_registry_save_to_file_async     (LianRegistry         *self,
                                                const char           *path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_save_to_file_finish    (LianRegistry         *self,
                                                GAsyncResult         *result,
                                                GError              **error);
LIAN_AVAILABLE_IN_ALL
void      lian_registry_save_to_stream_async   (LianRegistry         *self,
                                                GOutputStream        *stream,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
LIAN_AVAILABLE_IN_ALL
gboolean  lian_registry_save_to_stream_finish  (LianRegistry         *self,
                                                GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
