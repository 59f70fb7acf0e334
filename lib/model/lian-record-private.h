/* lian-record-private.h: what the registry and the loaders share with records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-record.h"

G_BEGIN_DECLS

/* What every record's row begins with: the base's fields. 24 bytes: the
 * revision, the kind and the flags share one word (a revision cannot
 * realistically pass 2^51). The open change of a held record, rare and
 * short, is kept beside the object (lian-record.c). */
typedef struct
{
  char *id;
  char *name;
  guint64 revision : 51;
  guint64 kind : 5;       /* the LianRecordKind of a row a loader made
                           * apart from an object; else not read */
  guint64 quiet : 1;
  guint64 restoring : 1;  /* putting a refused change back */
  guint64 reporting : 1;  /* the closing change's caller takes a GError */
  guint64 validated : 1;  /* validated, and not changed since */
  guint64 borrowed : 1;   /* its texts are an arena's (lian_record_borrow_texts) */
  guint64 changing : 1;   /* a change is open: its Pending is beside the object */
} LianRowHead;

G_STATIC_ASSERT (sizeof (LianRowHead) == 3 * sizeof (gpointer));

/* What every kind's instance begins with: the GObject and what only an
 * object has, its owner (its func is the same for every owner); then the
 * kind's row, at LIAN_RECORD_ROW_OFFSET. (A subclass lian does not know
 * keeps its owner and its head beside it: lian-record.c.) */
typedef struct
{
  LianRecord parent_instance;
  gpointer   owner;
} LianRecordObject;

#define LIAN_RECORD_ROW_OFFSET ((gssize) sizeof (LianRecordObject))

/* The longest text a record may hold, in bytes: what a document loads
 * (LIAN_JSON_MAX_STRING_LENGTH, which lian-json-pull.c asserts is this). */
#define LIAN_RECORD_MAX_TEXT_LENGTH 65536

/*
 * The one way a held record changes. Every setter and work function of a
 * record opens a change (LIAN_RECORD_CHANGE_SCOPE) before it touches a
 * field and reports each property it changed with lian_record_changed().
 * When the outermost change of a record held by an owner (its registry)
 * closes, the owner is asked to accept it: @before is the record as it was
 * when the change opened (a detached copy), @pspecs the properties that
 * changed. An owner that accepts it commits it (revision, journal, indexes),
 * notifies the properties and returns TRUE; one that refuses it sets @error
 * and returns FALSE, and the record is put back as @before was, with no
 * notification: the change never happened. A refusal comes with an error
 * that is logged as a warning, unless the owner told it elsewhere (then
 * it returns FALSE without one).
 */
typedef gboolean (*LianRecordOwnerFunc) (LianRecord  *record,
                                         LianRecord  *before,
                                         GParamSpec **pspecs,
                                         guint        n_pspecs,
                                         gpointer     owner,
                                         GError     **error);

/* @func must be the same for every owner: a record keeps only @owner. */
void      lian_record_set_owner    (LianRecord          *self,
                                    gpointer             owner,
                                    LianRecordOwnerFunc  func);
gpointer  lian_record_get_owner    (LianRecord          *self);

/* While a loader fills a record that no one else holds yet, its changes
 * need tell no one: lian_record_changed() does nothing. */
void      lian_record_set_quiet    (LianRecord          *self,
                                    gboolean             quiet);

/* A record a loader makes borrows its texts from the loader's arena
 * (lian_texts_fill_into()), which whoever holds the record holds too (its
 * registry): it frees none of them. Before it changes, and when it leaves
 * its registry while someone else holds it, it makes its own copies. */
void      lian_record_borrow_texts (LianRecord          *self);
gboolean  lian_record_borrows_texts (LianRecord         *self);
void      lian_record_own_texts    (LianRecord          *self);

/* Every setter and list mutator calls this once per real change. */
void      lian_record_changed      (LianRecord          *self,
                                    GParamSpec          *pspec);

/* A mark that the record validated (lian_record_validate()) and has not
 * changed since: set by whoever has just validated it, cleared by every
 * change (lian_record_changed(), a restore). A registry adding a marked
 * record does not validate it again. */
void      lian_record_mark_validated (LianRecord        *self);
gboolean  lian_record_is_validated   (LianRecord        *self);

/* What a kind of record means, declared once in its class_init with
 * lian_record_class_declare(): what it refers to, where it lies, which
 * date counts. The registry, its selections and its checks read these
 * declarations instead of asking about each kind. */

typedef enum {
  LIAN_REF_LIST     = 1 << 0,  /* the property is a list of ids (GStrv), else one id */
  LIAN_REF_REQUIRED = 1 << 1,  /* removing the target removes the record too */
  LIAN_REF_PARENT   = 1 << 2,  /* the parent in a tree of records (no cycles) */
  LIAN_REF_OUTSIDE  = 1 << 3,  /* may name a record outside the registry: not
                                * checked, filed or unlinked (headquarters) */
  LIAN_REF_LOCATES  = 1 << 4,  /* the record lies where its target lies */
  LIAN_REF_SPANS    = 1 << 5,  /* the record also lies where each target lies,
                                * and is on each chain a target is on */
  LIAN_REF_EMPTY_IS_ANY = 1 << 6,  /* an empty list stands for every target
                                    * (a service item for every chain) */
} LianRefFlags;

typedef struct
{
  const char     *property;  /* "enterprise-id" */
  const char     *member;    /* "enterprise_id", as documents and messages name it */
  LianRecordKind  target;    /* the kind of record it names */
  LianRefFlags    flags;
  gssize          offset;    /* of its char * or GStrv in the row (read
                              * without a copy), or -1: ask get_ids */
} LianRefDecl;

/* A reference held in the field @field of the row struct @type. */
#define LIAN_REF_DECL(type, field, property, member, target, flags) \
  { property, member, LIAN_RECORD_KIND_##target, flags, G_STRUCT_OFFSET (type, field) }
/* The same for a field of the side block struct @more_type (see
 * LIAN_ROW_IN_MORE); so for the other declarations' _MORE forms. */
#define LIAN_REF_DECL_MORE(more_type, field, property, member, target, flags) \
  { property, member, LIAN_RECORD_KIND_##target, flags, LIAN_MORE_OFFSET (more_type, field) }

/* How a field gives the keys a record is filed under in a registry's
 * index. */
typedef enum {
  LIAN_KEY_ID,                 /* a single id (char *), when not empty */
  LIAN_KEY_IDS,                /* each id of a list: a GStrv, or the kind's get_ids */
  LIAN_KEY_NICK,               /* the nick of an enum */
  LIAN_KEY_REGION,             /* a region code and each of its ancestors */
  LIAN_KEY_SCOPE,              /* a region code as it is, "" for none */
  LIAN_KEY_FLAG_NICKS,         /* for each flag set, the nick of the enum value
                                * of its bit */
  LIAN_KEY_FLAG_NICKS_IN_SCOPE,/* the same, then "/" and the kind's region
                                * ("" for none) */
} LianKeyStyle;

typedef struct
{
  const char   *index;        /* the name of the registry's index: "need-status" */
  const char   *property;     /* the field's property, for the reader */
  LianKeyStyle  style;
  gssize        offset;       /* of the field in the row, or -1 for the
                               * kind's get_ids */
  GType       (*enum_type) (void);  /* for the nick styles */
  gsize         size;         /* of the field: an enum's or flags' may be
                               * any integer wide enough for its values */
} LianKeyDecl;

#define LIAN_KEY_DECL(index, type, field, property, style, enum_type) \
  { index, property, LIAN_KEY_##style, G_STRUCT_OFFSET (type, field), enum_type, \
    G_SIZEOF_MEMBER (type, field) }
#define LIAN_KEY_DECL_MORE(index, more_type, field, property, style, enum_type) \
  { index, property, LIAN_KEY_##style, LIAN_MORE_OFFSET (more_type, field), enum_type, \
    G_SIZEOF_MEMBER (more_type, field) }

/* How a record holds one of its texts: a copy of its own (g_free), a
 * shared one (lian_str_set_shared()), or a list (GStrv). */
typedef enum {
  LIAN_TEXT_OWN,
  LIAN_TEXT_SHARED,
  LIAN_TEXT_LIST,
} LianTextStyle;

typedef struct
{
  gssize        offset;   /* of its char * or GStrv in the row */
  LianTextStyle style;
  gboolean      repeats;  /* a hint for loaders: its values (an OWN text,
                           * or a LIST as a whole) repeat across many
                           * records, as a need's title does (a few
                           * hundred among a hundred thousand needs). A
                           * loader that fills records from an arena keeps
                           * one copy of each value there, which they all
                           * borrow; a record made otherwise holds its own. */
  const char   *member;   /* the member it is, named as the field */
} LianTextDecl;

/* The field must be named as its member ("enterprise_id"). */
#define LIAN_TEXT_DECL(type, field, style) \
  { G_STRUCT_OFFSET (type, field), LIAN_TEXT_##style, FALSE, #field }
/* The same for a text whose values repeat (LianTextDecl.repeats): OWN or
 * LIST (a SHARED one is always shared). */
#define LIAN_TEXT_DECL_REPEATED(type, field, style) \
  { G_STRUCT_OFFSET (type, field), LIAN_TEXT_##style, TRUE, #field }
#define LIAN_TEXT_DECL_MORE(more_type, field, style) \
  { LIAN_MORE_OFFSET (more_type, field), LIAN_TEXT_##style, FALSE, #field }

/* How a record holds one of its other values. */
typedef enum {
  LIAN_FIELD_ENUM,     /* an enum's value: an int, or a guint8 or guint16
                        * wide enough for every value of its type */
  LIAN_FIELD_FLAGS,    /* flags: a guint, or a guint8 or guint16 wide
                        * enough for every flag of its type */
  LIAN_FIELD_UINT,
  LIAN_FIELD_INT64,
  LIAN_FIELD_BOOLEAN,  /* TRUE or FALSE: a gboolean or a guint8 */
} LianFieldStyle;

/* An integer field of @size bytes (1, 2, 4 or 8) at @field: the value of
 * an int (@is_signed), a guint, a guint8, a guint16 or a gint64. */
static inline gint64
lian_field_get_number (gconstpointer field,
                       gsize         size,
                       gboolean      is_signed)
{
  switch (size)
    {
    case 1: return *(const guint8 *) field;
    case 2: return *(const guint16 *) field;
    case 4: return is_signed ? (gint64) *(const gint32 *) field : (gint64) *(const guint32 *) field;
    default: return *(const gint64 *) field;
    }
}

/* Stores @number in such a field; the caller made sure it fits. */
static inline void
lian_field_set_number (gpointer field,
                       gsize    size,
                       gint64   number)
{
  switch (size)
    {
    case 1: *(guint8 *) field = (guint8) number; break;
    case 2: *(guint16 *) field = (guint16) number; break;
    case 4: *(guint32 *) field = (guint32) number; break;
    default: *(gint64 *) field = number; break;
    }
}

typedef struct
{
  gssize         offset;  /* of the value in the row */
  LianFieldStyle style;
  const char    *member;  /* the member it is, named as the field */
  gsize          size;    /* of the field, checked against its style */
} LianFieldDecl;

#define LIAN_FIELD_DECL(type, field, style) \
  { G_STRUCT_OFFSET (type, field), LIAN_FIELD_##style, #field, G_SIZEOF_MEMBER (type, field) }
#define LIAN_FIELD_DECL_MORE(more_type, field, style) \
  { LIAN_MORE_OFFSET (more_type, field), LIAN_FIELD_##style, #field, \
    G_SIZEOF_MEMBER (more_type, field) }

typedef struct _LianKindDecl LianKindDecl;

/*
 * A kind may keep the fields most of its records leave empty in a side
 * block of its row (LianKindDecl.more: a pointer in the row, NULL while
 * they are all empty), so that the rows of the many records that have
 * none are smaller. A declaration names such a field by its offset in the
 * block with LIAN_ROW_IN_MORE set (LIAN_MORE_OFFSET()); every reader and
 * writer of a declared field finds it with lian_row_field() or
 * lian_row_field_ensure(), which read offsets without it in the row.
 * An absent block reads as one made with g_malloc0(): only fields whose
 * empty value (a fresh record's) is all zero bytes may lie in it.
 *
 * The block is the row's, as a need's history is: always on the heap,
 * whether the row is an object's or lies in an arena; it moves with the
 * row when the row is copied bitwise into or out of an object (its texts
 * are borrowed or owned as the row's are), and the kind's clear frees it
 * (after lian_row_clear() has freed the texts in it). A block whose
 * fields are all empty again may stay, or the kind may free it.
 */
#define LIAN_ROW_IN_MORE ((gssize) 1 << 20)

/* The offset of @field in the side block struct @more_type. */
#define LIAN_MORE_OFFSET(more_type, field) \
  (G_STRUCT_OFFSET (more_type, field) | LIAN_ROW_IN_MORE)

/* A kind's fields lie in a row struct of their own (LianNeedRow), which
 * begins with the base's LianRowHead and which its instance holds at
 * LianKindDecl.row (LIAN_RECORD_ROW_OFFSET); every offset a declaration
 * gives is in the row, and every reader finds the row with
 * lian_record_row(). A region, which has no fields, has a row that is
 * only its head. */
struct _LianKindDecl
{
  const char         *collection;  /* its records in a document: "needs" */
  const char * const *members;     /* its members in a document, in order:
                                    * its properties in snake_case, and the
                                    * lists of small objects (chain_links,
                                    * history) */
  const LianRefDecl *refs;
  guint              n_refs;
  const char        *region;         /* the property of its own region code,
                                      * "id" for a region, or NULL */
  gssize             region_offset;  /* its field, or -1 for the id */
  const char        *date;           /* the date period and as-of filters
                                      * compare, or NULL */
  gssize             date_offset;

  const LianKeyDecl *keys;     /* what it is filed under */
  guint              n_keys;

  /* The ids of a list reference without a field of its own (offset -1),
   * read in the kind's row (which may keep them made once). */
  const char * const *(*get_ids) (gpointer           row,
                                  const LianRefDecl *ref);
  /* Takes @target out of such a list; NULL: the property is written. */
  void                (*unlink)  (LianRecord        *self,
                                  const LianRefDecl *ref,
                                  const char        *target);

  /* Every text field of the kind's row: a record frees them, or
   * copies them out of an arena it borrowed them from. */
  const LianTextDecl *texts;
  guint               n_texts;

  /* Its other values a loader fills: enums, flags, numbers, booleans.
   * A loader fills a fresh, quiet record's declared texts and fields
   * straight, as their setters store them (lian_str_set(),
   * lian_str_set_shared(), lian_strv_set(), or the value as it is; a
   * construct-only one too), with no GValue and no change. What a setter
   * does besides storing (a derived field) is done by @filled, once the
   * loader has filled the record's row; a value whose setter does more
   * than can be done then has no field here, and is set through its
   * property. */
  const LianFieldDecl *fields;
  guint                n_fields;
  void               (*filled) (gpointer row);

  gssize               row;       /* where the row lies in the instance */
  gsize                row_size;  /* the size of the kind's row struct */
  LianRecordKind       kind;

  /* Frees what the kind's row owns besides its texts (a need's history,
   * an enterprise's links), leaving it holding nothing; or NULL. */
  void               (*clear) (gpointer row);

  /* Checks the kind's own fields in its row, once the base has checked
   * the id: lian_record_validate_row(). */
  gboolean           (*validate) (gconstpointer   row,
                                  GError        **error);

  /* Where the row points at its side block (see LIAN_ROW_IN_MORE), and
   * the block's size; more_size 0: the kind has none. */
  gssize               more;
  gsize                more_size;
};

/* The address of the declared field at @offset (>= 0) in @row, or NULL
 * when it lies in the side block and the row has none: the field is then
 * empty (NULL, 0, FALSE) for a reader. */
static inline gpointer
lian_row_field (const LianKindDecl *decl,
                gconstpointer       row,
                gssize              offset)
{
  gpointer more;

  if (G_LIKELY (!(offset & LIAN_ROW_IN_MORE)))
    return G_STRUCT_MEMBER_P (row, offset);
  more = G_STRUCT_MEMBER (gpointer, row, decl->more);
  return more ? G_STRUCT_MEMBER_P (more, offset & ~LIAN_ROW_IN_MORE) : NULL;
}

/* The same for a writer: makes the side block (all empty) if the row has
 * none yet. */
static inline gpointer
lian_row_field_ensure (const LianKindDecl *decl,
                       gpointer            row,
                       gssize              offset)
{
  gpointer *more;

  if (G_LIKELY (!(offset & LIAN_ROW_IN_MORE)))
    return G_STRUCT_MEMBER_P (row, offset);
  more = &G_STRUCT_MEMBER (gpointer, row, decl->more);
  if (*more == NULL)
    *more = g_malloc0 (decl->more_size);
  return G_STRUCT_MEMBER_P (*more, offset & ~LIAN_ROW_IN_MORE);
}

/* The text (char *) at @offset in @row, NULL when it is absent. */
static inline const char *
lian_row_text (const LianKindDecl *decl,
               gconstpointer       row,
               gssize              offset)
{
  const char * const *field = lian_row_field (decl, row, offset);

  return field ? *field : NULL;
}

/* The list (GStrv) at @offset in @row, NULL when it is absent. */
static inline const char * const *
lian_row_strv (const LianKindDecl *decl,
               gconstpointer       row,
               gssize              offset)
{
  const char * const * const *field = lian_row_field (decl, row, offset);

  return field ? *field : NULL;
}

/* The row of @self, a record of the kind @decl declares (its class's
 * kind_decl). A record of a subclass lian does not know has none (its
 * declarations have no fields, and row 0): nothing reads one through it. */
static inline gpointer
lian_record_row (LianRecord         *self,
                 const LianKindDecl *decl)
{
  return G_STRUCT_MEMBER_P (self, decl->row);
}

typedef void (*LianKeyFunc) (const char *key,
                             gpointer    data);

/* What messages call a kind: "need", "a need", in the current language. */
const char *lian_record_kind_noun         (LianRecordKind kind);
const char *lian_record_kind_with_article (LianRecordKind kind);

/* A reference a record makes, as lian_record_foreach_ref() and
 * lian_row_foreach_ref() give it. */
typedef struct
{
  const char     *field;     /* the member, as in a document: "enterprise_id" */
  guint           index;     /* the position in a list member, else 0 */
  gboolean        is_list;
  const char     *target;    /* the id referred to */
  LianRecordKind  kind;      /* the kind the target must be */
  gboolean        required;  /* removing the target removes the record too */
} LianRef;

/* @record is NULL when the references are a bare row's. */
typedef void (*LianRefFunc) (LianRecord    *record,
                             const LianRef *ref,
                             gpointer       data);

void                 lian_record_foreach_ref    (LianRecord          *record,
                                                 LianRefFunc          func,
                                                 gpointer             data);

/* What the registry and the loaders do to a record, done on @row, a bare
 * row of the kind @decl declares (no object): the record forms
 * (lian_record_foreach_ref() ...) call these on the record's row. */
void                 lian_row_foreach_ref       (const LianKindDecl  *decl,
                                                 gconstpointer        row,
                                                 LianRefFunc          func,
                                                 gpointer             data);
void                 lian_row_foreach_key       (const LianKindDecl  *decl,
                                                 gconstpointer        row,
                                                 const LianKeyDecl   *key,
                                                 LianKeyFunc          func,
                                                 gpointer             data);
const char          *lian_row_get_own_region    (const LianKindDecl  *decl,
                                                 gconstpointer        row);
const char          *lian_row_get_parent_id     (const LianKindDecl  *decl,
                                                 gconstpointer        row);
/* The row's record as messages name it: need "n1". */
char                *lian_row_dup_description   (const LianKindDecl  *decl,
                                                 gconstpointer        row) G_GNUC_WARN_UNUSED_RESULT;
/* Frees everything @row owns (its texts unless borrowed, and what the
 * kind's clear frees), as finalize does; then @row owns nothing: every
 * pointer it freed is NULL (a borrowed row's texts stay as they were). */
void                 lian_row_clear             (const LianKindDecl  *decl,
                                                 gpointer             row);
/* The row of a fresh record of @kind (g_object_new()'s defaults), made
 * once: it owns nothing, and may be copied bitwise into a row. */
gconstpointer        lian_record_kind_fresh_row (LianRecordKind       kind);
/* A new record of @kind whose row is @row, copied bitwise: what @row owned
 * the record owns now, and @row is left a fresh row. Its head comes along
 * (its revision, and a borrowed row stays borrowed), with no change open
 * and not quiet, as a loader leaves a record. */
LianRecord          *lian_record_new_from_row   (LianRecordKind       kind,
                                                 gpointer             row) G_GNUC_WARN_UNUSED_RESULT;
/* The converse: copies @self's row into @row, which owns from now on what
 * it held, and gives @self a fresh row (it frees nothing of it). */
void                 lian_record_give_row       (LianRecord          *self,
                                                 gpointer             row);

/* Checks the fields of @row, a row of the kind @decl declares, as
 * lian_record_validate() checks a record's: the id, then the kind's own
 * (LianKindDecl.validate). */
gboolean             lian_record_validate_row   (const LianKindDecl  *decl,
                                                 gconstpointer        row,
                                                 GError             **error);
/* The same for a row whose credit code, if it is an enterprise's, is
 * @checked_uscc, a code lian_uscc_is_valid() took: not checked again. */
gboolean             lian_record_validate_row_checked (const LianKindDecl  *decl,
                                                       gconstpointer        row,
                                                       const char          *checked_uscc,
                                                       GError             **error);
/* An enterprise row's own checks (lian-enterprise.c), its credit code not
 * checked again if it is @checked_uscc. */
gboolean             lian_enterprise_validate_row_checked (gconstpointer    row,
                                                           const char      *checked_uscc,
                                                           GError         **error);

/* How many kinds of record lian knows: LianRecordKind counts 0 to this. */
#define LIAN_RECORD_N_KINDS (LIAN_RECORD_KIND_PERSON + 1)

/* The type of the records of @kind, G_TYPE_INVALID for no kind. */
GType                lian_record_kind_get_gtype (LianRecordKind      kind);

void                 lian_record_class_declare  (LianRecordClass    *klass,
                                                 const LianKindDecl *decl);
const LianKindDecl  *lian_record_get_kind_decl  (LianRecord         *self);
/* Each kind's declarations, once lian_record_kind_get_decl() found them. */
extern const LianKindDecl *lian_kind_decls[LIAN_RECORD_N_KINDS];
const LianKindDecl  *lian_record_kind_find_decl (LianRecordKind     kind);

/* The declarations of the kind, or NULL for a kind lian does not know. */
static inline const LianKindDecl *
lian_record_kind_get_decl (LianRecordKind kind)
{
  const LianKindDecl *decl;

  if (G_LIKELY ((guint) kind < LIAN_RECORD_N_KINDS) &&
      G_LIKELY ((decl = g_atomic_pointer_get (&lian_kind_decls[kind])) != NULL))
    return decl;
  return lian_record_kind_find_decl (kind);
}

/* The id's and the name's texts, in the head of every row, as the kinds
 * declare theirs. */
const LianTextDecl  *lian_record_get_base_texts (guint              *n_texts);

/* The declared fields, read without a copy: valid until the record
 * changes. */
const char          *lian_record_get_ref_id     (LianRecord         *self,
                                                 const LianRefDecl  *ref);
const char * const  *lian_record_get_ref_ids    (LianRecord         *self,
                                                 const LianRefDecl  *ref);
/* Its own region code, or NULL for a kind located through a reference. */
const char          *lian_record_get_own_region (LianRecord         *self);
/* The date that counts for period filters, or NULL. */
const char          *lian_record_get_kind_date  (LianRecord         *self);
/* Calls @func with each key @key, of its kind's, gives for @self. */
static inline void
lian_record_foreach_key (LianRecord        *self,
                         const LianKeyDecl *key,
                         LianKeyFunc        func,
                         gpointer           data)
{
  const LianKindDecl *decl = LIAN_RECORD_GET_CLASS (self)->kind_decl;

  lian_row_foreach_key (decl, lian_record_row (self, decl), key, func, data);
}
/* The kind's texts (LianKindDecl.texts) made the record's own copies of
 * texts it borrowed. */
void                 lian_record_own_kind_texts  (LianRecord        *self);

/* Clears a single optional reference, or takes @target out of a list. */
void                 lian_record_unlink         (LianRecord         *self,
                                                 const LianRefDecl  *ref,
                                                 const char         *target);

/* Opens a change of @self (a gpointer so that it may come before a
 * setter's type check); NULL when @self is held by no owner. */
typedef LianRecord LianRecordChange;
LianRecordChange *lian_record_begin_change (gpointer          self);
void              lian_record_end_change   (LianRecordChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianRecordChange, lian_record_end_change)

/* The first declaration of every function that changes a record: the change
 * closes, and is checked, when the function returns. */
#define LIAN_RECORD_CHANGE_SCOPE(self) \
  g_autoptr(LianRecordChange) lian_change_scope_ G_GNUC_UNUSED = lian_record_begin_change (self)

/* Closes a change now and says whether the owner took it: a refusal
 * comes back in @error (or was told elsewhere, with no error) instead of
 * as a warning. A change inside an outer one just goes on. */
gboolean          lian_record_finish_change (LianRecordChange  *change,
                                             GError           **error);

/* Whether the change closing now was closed by lian_record_finish_change()
 * for a caller that takes a GError: an owner that tells refusals
 * elsewhere (a batch's commit) tells this caller too. */
gboolean          lian_record_is_reporting  (LianRecord        *self);

/* The last statement of a function that opened LIAN_RECORD_CHANGE_SCOPE
 * and reports with a GError: `return LIAN_RECORD_CHANGE_FINISH (error);` */
#define LIAN_RECORD_CHANGE_FINISH(error) \
  lian_record_finish_change (g_steal_pointer (&lian_change_scope_), (error))

/* A detached copy of @self's state (fields, lists, history, extra members),
 * held by no one; and putting such a copy's state back, quietly. */
LianRecord *lian_record_dup_state     (LianRecord *self);
void        lian_record_restore_state (LianRecord *self,
                                       LianRecord *state);

/* State a kind keeps beyond its writable properties (a need's status and
 * history, an enterprise's chain links): copies it from @src to @dst. */
typedef void (*LianRecordCopyFunc) (LianRecord *dst,
                                    LianRecord *src);
void      lian_record_class_set_copy_func (gpointer           klass,
                                           LianRecordCopyFunc func);

/* While set, a record's setters change it without opening a change or
 * telling anyone: lian_record_restore_state() uses it. */
void      lian_record_set_restoring (LianRecord *self,
                                     gboolean    restoring);

/* Sets the revision of a record that is not held yet (a store loading it);
 * a registry counts it on from there. */
void      lian_record_set_revision  (LianRecord *self,
                                     guint64     revision);
/* One more accepted change: the owner's to call. */
guint64   lian_record_bump_revision (LianRecord *self);

/* Validation helpers: each names @field in its message. */
gboolean  lian_check_required      (const char          *field,
                                    const char          *value,
                                    GError             **error);
gboolean  lian_check_id_field      (const char          *field,
                                    const char          *id,
                                    gboolean             required,
                                    GError             **error);
gboolean  lian_check_region_field  (const char          *field,
                                    const char          *code,
                                    gboolean             required,
                                    GError             **error);
gboolean  lian_check_date_field    (const char          *field,
                                    const char          *date,
                                    gboolean             required,
                                    GError             **error);
gboolean  lian_check_dates_ordered (const char          *early_field,
                                    const char          *early,
                                    const char          *late_field,
                                    const char          *late,
                                    GError             **error);
gboolean  lian_check_id_list       (const char          *field,
                                    const char * const  *ids,
                                    GError             **error);
gboolean  lian_check_string_list   (const char          *field,
                                    const char * const  *items,
                                    GError             **error);

/*
 * What a loader hands on for each record it read: the record's object,
 * or, with its lowest bit set, a row made apart from any object (in the
 * loader's arena, its texts borrowed from there, its kind in its head),
 * which a registry holds as it is and makes an object of only when one
 * is asked for. An array of such items frees them with lian_item_free().
 */
#define LIAN_ITEM_IS_ROW(item)  (((guintptr) (item) & 1) != 0)
#define LIAN_ITEM_ROW(item)     ((gpointer) ((guintptr) (item) & ~(guintptr) 1))
#define LIAN_ITEM_OF_ROW(row)   ((gpointer) ((guintptr) (row) | 1))

static inline LianRecordKind
lian_item_kind (gconstpointer item)
{
  if (LIAN_ITEM_IS_ROW (item))
    return (LianRecordKind) ((const LianRowHead *) LIAN_ITEM_ROW (item))->kind;
  return lian_record_get_record_kind ((LianRecord *) item);
}

/* The item's id (a record of a subclass lian does not know may have one
 * too, beside it). */
static inline const char *
lian_item_id (gpointer item)
{
  if (LIAN_ITEM_IS_ROW (item))
    return ((LianRowHead *) LIAN_ITEM_ROW (item))->id;
  return lian_record_get_id (item);
}

/* The item's row, and its kind's declarations in @decl. */
static inline gpointer
lian_item_row (gpointer             item,
               const LianKindDecl **decl)
{
  *decl = lian_record_kind_get_decl (lian_item_kind (item));
  return LIAN_ITEM_IS_ROW (item) ? LIAN_ITEM_ROW (item) : lian_record_row (item, *decl);
}

/* Makes @shell, a fresh record of the row's kind that no one else sees,
 * read @row (a bitwise copy) until lian_record_unlend_row(): what a
 * writer reads of a row without making its object. Nothing may change
 * @shell meanwhile, nor keep what it reads. */
void        lian_record_lend_row   (LianRecord    *shell,
                                    gconstpointer  row);
void        lian_record_unlend_row (LianRecord    *shell);

/* An item's object: @item's own, or a new one its row moves into, which
 * @item then is (transfer none: the array's). */
LianRecord *lian_item_make_record (gpointer *item);
void        lian_item_free        (gpointer  item);

G_END_DECLS
