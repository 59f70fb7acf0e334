/* lian-store-schema-private.h: the tables every database store shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "lian-store-private.h"

G_BEGIN_DECLS

typedef enum {
  LIAN_COLUMN_TEXT,
  LIAN_COLUMN_INTEGER,
  LIAN_COLUMN_BOOLEAN,
  LIAN_COLUMN_LIST,      /* a child table of values */
  LIAN_COLUMN_OBJECTS,   /* a child table of small objects */
} LianColumnType;

typedef struct
{
  const char         *member;   /* the JSON member, and the column's name */
  LianColumnType      type;
  const char * const *fields;   /* LIAN_COLUMN_OBJECTS: the objects' members */
} LianColumn;

typedef struct
{
  const char       *name;       /* the table, as the document member: "needs" */
  const LianColumn *columns;    /* ends with a NULL member; the first is "id" */
} LianTable;

const LianTable *lian_store_table          (LianRecordKind kind);
/* The nick stored in records.kind and changes.kind: "need". */
const char      *lian_store_kind_nick      (LianRecordKind kind);
int              lian_store_kind_from_nick (const char    *nick);

/* @node as JSON text that lian's reader takes back: json_to_string()
 * with U+001F escaped too (json-glib writes it raw, which JSON forbids). */
char            *lian_store_json_text      (JsonNode      *node) G_GNUC_WARN_UNUSED_RESULT;

/* The members of @object (a record's) that no column of @t holds, in a
 * new object: what a store keeps as the row's extra. */
JsonObject      *lian_store_extra_members  (const LianTable *t,
                                            JsonObject      *object) G_GNUC_WARN_UNUSED_RESULT;

/* @record's members as a document writes them. */
JsonObject      *lian_store_record_to_object (LianRecord   *record);

/* The members that differ between @before and @after (either may be
 * NULL), as two JSON objects (NULL for a side that is not there);
 * @property is the one member when only one differs (interned). */
void             lian_store_diff           (JsonObject    *before,
                                            JsonObject    *after,
                                            char         **before_text,
                                            char         **after_text,
                                            const char   **property,
                                            guint         *n_diff);

/* A row of a `changes` table as a LianChange whose fields are the
 * members @before_text and @after_text name, each value the member's
 * JSON text. The record is @registry's, or one made for a record that is
 * gone, kept in @gone (id → LianRecord) so that its changes share it.
 * NULL for a row of no kind lian knows. */
LianChange      *lian_store_change_from_row (LianRegistry *registry,
                                             GHashTable   *gone,
                                             gint64        sequence,
                                             gint64        time,
                                             const char   *actor,
                                             const char   *record_id,
                                             const char   *kind_nick,
                                             const char   *operation,
                                             gint64        revision,
                                             const char   *before_text,
                                             const char   *after_text);
/* The kind of table @gone is for lian_store_change_from_row(). */
GHashTable      *lian_store_gone_new        (void);

G_END_DECLS
