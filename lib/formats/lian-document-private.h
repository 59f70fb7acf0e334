/* lian-document-private.h: a document read, its records not yet added
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "lian-registry-private.h"
#include "lian-text-arena-private.h"

G_BEGIN_DECLS

typedef struct _LianDocument LianDocument;

/* Called in the reading thread after each record read. */
typedef void (*LianDocumentFunc) (LianDocument *doc,
                                  gpointer      data);

/* Made in any thread; added to a registry in the registry's own. */
struct _LianDocument
{
  GPtrArray  *records;   /* items (LianRecord, or rows: LIAN_ITEM_IS_ROW),
                          * each kind's in the order of its array */
  JsonObject *extra;     /* the document members lian does not know */
  LianTextArena *texts;  /* the records' texts, which they borrow */
  gboolean    added;     /* to a registry, which holds the texts */
  LianDocumentFunc read_func;   /* or NULL */
  gpointer    read_data;
  gboolean    make_rows; /* each record read gives its row to an item of
                          * @records (LIAN_ITEM_IS_ROW), made in @texts,
                          * and goes back to @stock, unless it has extra
                          * members */
  GPtrArray  *stock;     /* empty records made ahead, which the reader fills
                          * when they are of the kind it reads; NULL until a
                          * reader that takes them starts */
};

LianDocument *lian_document_new   (void);
LianDocument *lian_document_read  (const char    *data,
                                   gsize          length,
                                   GError       **error);
/* The same, its records rows (LianDocument.make_rows) if @rows. */
LianDocument *lian_document_read_rows (const char *data,
                                       gsize       length,
                                       gboolean    rows,
                                       GError    **error);
/* The record just read gives its row to an item of its own, in the
 * document's arena, and goes back to the stock to be filled again; one
 * with members lian does not know keeps its object. */
void          lian_document_give_row (LianDocument *doc);
/* Reads @stream to its end a window at a time, never holding it whole:
 * the same records, or the same error, as lian_document_read() of its
 * text; refused once it passes @limit bytes (0: no limit). Its records
 * are rows (LianDocument.make_rows): it is read for a registry. */
LianDocument *lian_document_read_stream (GInputStream  *stream,
                                         guint64        limit,
                                         GCancellable  *cancellable,
                                         GError       **error);
/* The same, into @doc (which keeps what was read even on an error). */
gboolean      lian_document_read_stream_into (LianDocument  *doc,
                                              GInputStream  *stream,
                                              guint64        limit,
                                              GCancellable  *cancellable,
                                              GError       **error);
void          lian_document_free  (LianDocument  *doc);
/* Adds the records (all or none) and merges the extra members; the
 * registry holds the arena of their texts. Records taken from a document
 * otherwise make their own copies when it is freed. */
gboolean      lian_document_add   (LianDocument  *doc,
                                   LianRegistry  *registry,
                                   GError       **error);

/* The same, finishing @load (which took the records as they were read;
 * NULL: they are added now). */
gboolean      lian_document_add_loaded (LianDocument  *doc,
                                        LianRegistry  *registry,
                                        LianLoad      *load,
                                        GError       **error);

/* Reads @stream (@size bytes, or -1 if not known) and adds its records to
 * @registry, as lian_document_read_stream() and lian_document_add() would
 * and with the same result or error; a large document is read in another
 * thread while its records are added as they come (lian-document-pipe.c). */
gboolean      lian_document_load_stream (LianRegistry  *registry,
                                         GInputStream  *stream,
                                         goffset        size,
                                         guint64        limit,
                                         GCancellable  *cancellable,
                                         GError       **error);

/* Fills @doc with records, calling its read_func after each one (in a
 * thread of its own, or in the caller's); FALSE, with @error, when the
 * records could not all be read. */
typedef gboolean (*LianDocumentFill) (LianDocument  *doc,
                                      gpointer       data,
                                      GError       **error);

/* Whether a load of @size bytes (-1: not known) is worth reading in a
 * thread of its own while the registry's thread adds its records: a
 * megabyte or more, with a second processor (LIAN_LOAD_THREADS=1 or 2
 * says otherwise, for tests). */
gboolean      lian_document_reads_apart (goffset        size);

/* Adds to @registry the records @fill reads, as lian_document_add()
 * would, with the same result or error; @apart: @fill reads in a thread
 * of its own while its records are added as they come, the load making
 * room for @expected of them (a guess, of a few million at most) once a
 * first chunk came. */
gboolean      lian_document_load_filled (LianRegistry     *registry,
                                         LianDocumentFill  fill,
                                         gpointer          data,
                                         guint             expected,
                                         gboolean          apart,
                                         GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianDocument, lian_document_free)

/* Writes @registry as lian_registry_save_to_data() does, with @added
 * (records it is adding and does not list yet; NULL for none) among the
 * records of their kind. */
char *lian_document_write_with (LianRegistry *registry,
                                GPtrArray    *added,
                                gsize        *length) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
