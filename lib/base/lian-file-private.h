/* lian-file-private.h: the one way lian writes a file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A file being saved: a regular file is written aside and renamed over
 * the real file (links followed, mode and owner kept); a character device
 * or a FIFO is written straight through. See lian_file_set_contents(). */
typedef struct _LianSaveFile LianSaveFile;

LianSaveFile *lian_save_file_open   (const char    *path,
                                     GCancellable  *cancellable,
                                     GError       **error);
/* Writes all of @data; checks the cancellable first. */
gboolean      lian_save_file_write  (LianSaveFile  *file,
                                     const char    *data,
                                     gsize          length,
                                     GError       **error);
/* Flushes the file and puts it in place; frees @file either way. */
gboolean      lian_save_file_commit (LianSaveFile  *file,
                                     GError       **error);
/* Gives up: the temporary file is removed and the target left as it
 * was (a device or a FIFO has what was written). Frees @file. */
void          lian_save_file_abort  (LianSaveFile  *file);

/* The sink of a LianJsonWriter (or any writer of chunks) into @file. */
gboolean      lian_save_file_sink   (const char    *data,
                                     gsize          length,
                                     gpointer       file,
                                     GError       **error);

G_END_DECLS
