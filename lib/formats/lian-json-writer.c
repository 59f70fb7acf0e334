/* lian-json-writer.c: lian's canonical JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Canonical means: 2-space indent, one member or element per line,
 * `"name": value`, UTF-8 written as is (only `"`, `\` and control
 * characters escaped), and an empty object or array on one line.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lian-json-writer-private.h"

#define CHUNK_SIZE (64 * 1024)

void
lian_json_writer_init (LianJsonWriter *w,
                       LianJsonSink    sink,
                       gpointer        sink_data)
{
  memset (w, 0, sizeof *w);
  w->buffer = g_string_sized_new (sink ? CHUNK_SIZE * 2 : 4096);
  w->sink = sink;
  w->sink_data = sink_data;
  w->first = TRUE;
}

static void
maybe_flush (LianJsonWriter *w,
             gboolean        all)
{
  if (w->sink == NULL || w->error)
    return;
  if (!all && w->buffer->len < CHUNK_SIZE)
    return;
  if (w->buffer->len > 0 &&
      !w->sink (w->buffer->str, w->buffer->len, w->sink_data, &w->error))
    return;
  g_string_truncate (w->buffer, 0);
}

gboolean
lian_json_writer_finish (LianJsonWriter  *w,
                         GError         **error)
{
  g_string_append_c (w->buffer, '\n');
  maybe_flush (w, TRUE);
  if (w->error)
    {
      g_propagate_error (error, g_steal_pointer (&w->error));
      return FALSE;
    }
  return TRUE;
}

void
lian_json_writer_clear (LianJsonWriter *w)
{
  if (w->buffer)
    g_string_free (w->buffer, TRUE);
  w->buffer = NULL;
  g_clear_error (&w->error);
}

/* Appends @n bytes of @s: in place when they fit, as most do. */
static inline void
put (GString    *out,
     const char *s,
     gsize       n)
{
  if (out->len + n < out->allocated_len)
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, n);
}

/* A new line and the indent of @w->depth, in one append. */
static void
newline (LianJsonWriter *w)
{
  static const char indent[] = "\n                                                                ";
  guint width = 2 * w->depth;

  if (width < sizeof indent - 1)
    {
      put (w->buffer, indent, width + 1);
      return;
    }
  g_string_append_c (w->buffer, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->buffer, "  ");
}

static void
begin (LianJsonWriter *w,
       char            c)
{
  g_string_append_c (w->buffer, c);
  w->depth++;
  w->first = TRUE;
}

static void
end (LianJsonWriter *w,
     char            c)
{
  w->depth--;
  if (!w->first)
    newline (w);
  g_string_append_c (w->buffer, c);
  w->first = FALSE;
  maybe_flush (w, FALSE);
}

void
lian_json_writer_begin_object (LianJsonWriter *w)
{
  begin (w, '{');
}

void
lian_json_writer_end_object (LianJsonWriter *w)
{
  end (w, '}');
}

void
lian_json_writer_begin_array (LianJsonWriter *w)
{
  begin (w, '[');
}

void
lian_json_writer_end_array (LianJsonWriter *w)
{
  end (w, ']');
}

static void
next_item (LianJsonWriter *w)
{
  if (!w->first)
    g_string_append_c (w->buffer, ',');
  w->first = FALSE;
  newline (w);
}

/* The bytes a string cannot hold as they are, and its end. */
static const guint8 special[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1, ['\\'] = 1,
};

static void
escaped (GString    *out,
         const char *s)
{
  const char *run = s;

  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) s;; p++)
    {
      guchar c;

      /* What needs no escape is copied a run at a time. */
      while (!special[*p])
        p++;
      c = *p;
      put (out, run, (const char *) p - run);
      run = (const char *) p + 1;
      if (c == '\0')
        break;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
        }
    }
  g_string_append_c (out, '"');
}

void
lian_json_writer_member (LianJsonWriter *w,
                         const char     *name)
{
  next_item (w);
  escaped (w->buffer, name);
  put (w->buffer, ": ", 2);
}

void
lian_json_writer_element (LianJsonWriter *w)
{
  next_item (w);
}

void
lian_json_writer_string (LianJsonWriter *w,
                         const char     *value)
{
  escaped (w->buffer, value);
}

void
lian_json_writer_int (LianJsonWriter *w,
                      gint64          value)
{
  g_string_append_printf (w->buffer, "%" G_GINT64_FORMAT, value);
}

void
lian_json_writer_boolean (LianJsonWriter *w,
                          gboolean        value)
{
  g_string_append (w->buffer, value ? "true" : "false");
}

/* The shortest form of @value that reads back as the same double. */
static void
write_double (GString *out,
              double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buf, sizeof buf, precision == 15 ? "%.15g" :
                       precision == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (out, ".0");
}

void
lian_json_writer_node (LianJsonWriter *w,
                       JsonNode       *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);
        lian_json_writer_begin_object (w);
        for (GList *l = members; l; l = l->next)
          {
            lian_json_writer_member (w, l->data);
            lian_json_writer_node (w, json_object_get_member (object, l->data));
          }
        lian_json_writer_end_object (w);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        lian_json_writer_begin_array (w);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            lian_json_writer_element (w);
            lian_json_writer_node (w, json_array_get_element (array, i));
          }
        lian_json_writer_end_array (w);
      }
      break;
    case JSON_NODE_NULL:
      g_string_append (w->buffer, "null");
      break;
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          lian_json_writer_int (w, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          write_double (w->buffer, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          lian_json_writer_boolean (w, json_node_get_boolean (node));
          break;
        case G_TYPE_STRING:
        default:
          lian_json_writer_string (w, json_node_get_string (node));
          break;
        }
      break;
    }
}

void
lian_json_writer_strv_member (LianJsonWriter     *w,
                              const char         *name,
                              const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return;
  lian_json_writer_member (w, name);
  lian_json_writer_begin_array (w);
  for (guint i = 0; values[i]; i++)
    {
      lian_json_writer_element (w);
      lian_json_writer_string (w, values[i]);
    }
  lian_json_writer_end_array (w);
}
