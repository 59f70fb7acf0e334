/* lian-document-private.h: a document read, its records not yet added
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "lian-registry-private.h"
#include "lian-text-arena-private.h"

G_BEGIN_DECLS

/* Made in any thread; added to a registry in the registry's own. */
typedef struct
{
  GPtrArray  *records;   /* LianRecord, each kind's in the order of its array */
  JsonObject *extra;     /* the document members lian does not know */
  LianTextArena *texts;  /* the records' texts, which they borrow */
  gboolean    added;     /* to a registry, which holds the texts */
} LianDocument;

LianDocument *lian_document_read  (const char    *data,
                                   gsize          length,
                                   GError       **error);
/* Reads @stream to its end a window at a time, never holding it whole:
 * the same records, or the same error, as lian_document_read() of its
 * text; refused once it passes @limit bytes (0: no limit). */
LianDocument *lian_document_read_stream (GInputStream  *stream,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianDocument, lian_document_free)

/* Writes @registry as lian_registry_save_to_data() does, with @added
 * (records it is adding and does not list yet; NULL for none) among the
 * records of their kind. */
char *lian_document_write_with (LianRegistry *registry,
                                GPtrArray    *added,
                                gsize        *length) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
