/* lian-record-json-private.h: one record to and from its JSON members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The builder is the interface between reading a document and making
 * records: the pull tokenizer (lian-json-pull-private.h) hands it one
 * member at a time, and no tree of the document is built (see
 * doc/loading.md).
 */
#pragma once

#include <json-glib/json-glib.h>

#include "lian-record.h"
#include "lian-text-arena-private.h"
#include "lian-json-writer-private.h"
#include "lian-json-pull-private.h"

G_BEGIN_DECLS

typedef struct _LianRecordBuilder LianRecordBuilder;

/* The kind of record stored under a document member ("needs"), or -1. */
int                lian_record_kind_from_member (const char *member);
const char        *lian_record_kind_to_member   (LianRecordKind kind);
/* Whether @member is one lian reads and writes itself for @kind (so that
 * an extra member of that name would never be written). */
gboolean           lian_record_kind_has_member  (LianRecordKind kind,
                                                 const char    *member);
/* The kind's members in the order they are written, NULL-terminated. */
const char * const *lian_record_kind_members    (LianRecordKind kind);
/* The property behind the member at @position of lian_record_kind_members()
 * (NULL for the two lists of small objects, chain_links and history). */
GParamSpec        *lian_record_kind_member_pspec (LianRecordKind kind,
                                                  guint          position);

/* The records it makes borrow their texts from @arena (NULL: they own
 * them), which their holder must hold as long as they live. */
LianRecordBuilder *lian_record_builder_new    (LianRecordKind      kind,
                                               LianTextArena      *arena);
void               lian_record_builder_free   (LianRecordBuilder  *builder);
void               lian_record_builder_reset  (LianRecordBuilder  *builder);
/* Makes the builder take its records, when it can, from the end of the
 * array at *@stock (empty records made ahead; the array may be replaced
 * between two records) rather than make them. */
void               lian_record_builder_take_from (LianRecordBuilder  *builder,
                                                  GPtrArray         **stock);
/* @place is the record's ("$.needs[3]"); errors name the member below it. */
/* Reads one member; the tokenizer's current token is its name. A member
 * the record already has is refused. */
gboolean           lian_record_builder_read   (LianRecordBuilder  *builder,
                                               LianPlace          *place,
                                               LianJsonPull       *pull,
                                               GError            **error);
/* For a store's typed columns: sets the member at @position of
 * lian_record_kind_members() from @value as _read() would from a JSON
 * value: a string, a gint64, a double, a boolean, a GStrv (an array of
 * strings), any other type (any other value). */
gboolean           lian_record_builder_set    (LianRecordBuilder  *builder,
                                               LianPlace          *place,
                                               guint               position,
                                               const GValue       *value,
                                               GError            **error);
/* Adds element @index of the list of small objects at @position
 * (chain_links, history): @values[i], or NULL, is its member @names[i]. */
gboolean           lian_record_builder_add_item (LianRecordBuilder   *builder,
                                                 LianPlace           *place,
                                                 guint                position,
                                                 guint                index,
                                                 const char * const  *names,
                                                 const char * const  *values,
                                                 GError             **error);
/* Makes the record; NULL with an error if the members do not fit. */
LianRecord        *lian_record_builder_end    (LianRecordBuilder  *builder,
                                               LianPlace          *place,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianRecordBuilder, lian_record_builder_free)

/* Writes @record as one canonical JSON object. */
void               lian_record_write_json     (LianRecord         *record,
                                               LianJsonWriter     *writer);

G_END_DECLS
