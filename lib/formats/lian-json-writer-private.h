/* lian-json-writer-private.h: lian's canonical JSON, written as it goes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Receives each chunk of output; returns FALSE with @error to stop. */
typedef gboolean (*LianJsonSink) (const char  *data,
                                  gsize        length,
                                  gpointer     user_data,
                                  GError     **error);

typedef struct
{
  GString      *buffer;
  LianJsonSink  sink;        /* NULL: everything stays in buffer */
  gpointer      sink_data;
  GError       *error;       /* the first error of the sink */
  guint         depth;
  gboolean      first;       /* no member written yet at this depth */
} LianJsonWriter;

void     lian_json_writer_init         (LianJsonWriter *w,
                                        LianJsonSink    sink,
                                        gpointer        sink_data);
gboolean lian_json_writer_finish       (LianJsonWriter *w,
                                        GError        **error);
void     lian_json_writer_clear        (LianJsonWriter *w);

/* Containers: begin writes "{" or "[", end closes with the indentation
 * canonical documents have; an empty container is written "{}" or "[]". */
void     lian_json_writer_begin_object (LianJsonWriter *w);
void     lian_json_writer_end_object   (LianJsonWriter *w);
void     lian_json_writer_begin_array  (LianJsonWriter *w);
void     lian_json_writer_end_array    (LianJsonWriter *w);

/* Starts an object member or an array element. */
void     lian_json_writer_member       (LianJsonWriter *w,
                                        const char     *name);
void     lian_json_writer_element      (LianJsonWriter *w);

void     lian_json_writer_string       (LianJsonWriter *w,
                                        const char     *value);
void     lian_json_writer_int          (LianJsonWriter *w,
                                        gint64          value);
void     lian_json_writer_boolean      (LianJsonWriter *w,
                                        gboolean        value);
void     lian_json_writer_node         (LianJsonWriter *w,
                                        JsonNode       *node);

/* A string array member, or nothing when empty. */
void     lian_json_writer_strv_member  (LianJsonWriter     *w,
                                        const char         *name,
                                        const char * const *values);

G_END_DECLS
