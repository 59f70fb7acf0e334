/* lian-record-members-private.h: each kind's members in a document, looked up once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-record-private.h"
#include "lian-text-arena-private.h"

G_BEGIN_DECLS

/* Where a member's value goes in the record, for a loader that fills it
 * directly (LianKindDecl.texts and .fields, the id and the name), as the
 * setter would: one style for each of LianTextStyle and LianFieldStyle. */
typedef enum {
  LIAN_SLOT_NONE,      /* through the property */
  LIAN_SLOT_OWN,       /* LIAN_TEXT_OWN ... */
  LIAN_SLOT_SHARED,
  LIAN_SLOT_LIST,
  LIAN_SLOT_ENUM,      /* LIAN_FIELD_ENUM ... */
  LIAN_SLOT_FLAGS,
  LIAN_SLOT_UINT,
  LIAN_SLOT_INT64,
  LIAN_SLOT_BOOLEAN,
} LianSlotStyle;

typedef struct
{
  LianSlotStyle       style;
  gssize              offset;  /* of the field in the kind's row */
  gsize               size;    /* of the field, as the kind declares it */
  gboolean            repeats; /* a text's LianTextDecl.repeats */
  const LianKindDecl *decl;    /* the kind's */
} LianMemberSlot;

/* Puts a checked value into @record's field, as the setter stores it:
 * @string for a text, @strings for a list, @number for any other value
 * (an enum's or flags' value, a number, a boolean). The record is its
 * loader's, quiet, held by no one; its texts go to @arena, which it
 * borrows them from (or, with none, are its own). */
void lian_member_slot_fill (const LianMemberSlot *slot,
                            LianRecord           *record,
                            LianTextArena        *arena,
                            const char           *string,
                            const char * const   *strings,
                            gint64                number);

/* The value of @record's field, as its getter gives it, borrowed: a text
 * in @string, a list in @strings (NULL for none), any other value in
 * @number. */
void lian_member_slot_get  (const LianMemberSlot  *slot,
                            LianRecord            *record,
                            const char           **string,
                            const char * const   **strings,
                            gint64                *number);

/* Each kind's collection, members and the property behind each member
 * (NULL for the two list members written by hand), as the kind declares
 * them. */
typedef struct
{
  const char          *member;   /* the document's collection: "needs" */
  const char * const  *fields;   /* the record's members, in order */
  GType                type;
  GHashTable          *index;    /* member name → position + 1 */
  GParamSpec         **pspecs;   /* in the order of the kind's fields */
  guint               *lengths;  /* of each field's name */
  LianMemberSlot      *slots;    /* in the order of the fields */
  const LianKindDecl  *decl;     /* the kind's */
  GEnumClass          *chain_roles;    /* the values of the two lists' */
  GEnumClass          *need_statuses;  /* own enums */
} LianMemberTable;

/* Does what the kind's setters do besides storing (LianKindDecl.filled),
 * once a loader has filled @record's row. */
static inline void
lian_member_table_filled (const LianMemberTable *table,
                          LianRecord            *record)
{
  if (table->decl->filled)
    table->decl->filled (lian_record_row (record, table->decl));
}

/* The table of @kind, made at the first call of any thread. */
const LianMemberTable *lian_member_table                (LianRecordKind         kind);

/* The position of @name, @length bytes, among the table's members, or -1,
 * looking first after @last: a document's members come in the order of
 * the table, so the next is usually found at once, by its length. */
int                    lian_member_table_position_after (const LianMemberTable *table,
                                                         int                    last,
                                                         const char            *name,
                                                         gsize                  length);

/* lian_enum_from_nick() and lian_flags_from_nicks() for the values of
 * @klass (a flag of value 0 names none), the first bytes of nicks compared
 * before the strings; the errors are theirs. */
gboolean lian_member_enum_from_nick   (GEnumClass          *klass,
                                       const char          *nick,
                                       int                 *value,
                                       GError             **error);
gboolean lian_member_flags_from_nicks (GFlagsClass         *klass,
                                       const char * const  *nicks,
                                       guint               *value,
                                       GError             **error);

G_END_DECLS
