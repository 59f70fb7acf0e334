/* lian-record.h: what every record has
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <glib-object.h>
#include <json-glib/json-glib.h>
#include <lian/lian-version.h>
#include <lian/lian-enums.h>

G_BEGIN_DECLS

/**
 * LIAN_ID_MAX_LENGTH:
 *
 * The longest id a record may have, in characters.
 */
#define LIAN_ID_MAX_LENGTH 64

#define LIAN_TYPE_RECORD (lian_record_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (LianRecord, lian_record, LIAN, RECORD, GObject)

/**
 * LianRecordClass:
 * @parent_class: the parent class
 * @kind: the kind of record the class makes
 * @validate: checks the record's own fields; implementations chain up first
 *   and name the first bad field in the message (`uscc: ...`)
 *
 * The class of records. [class@Lian.Record] is lian's one derivable type.
 */
struct _LianRecordClass
{
  GObjectClass parent_class;

  LianRecordKind kind;

  gboolean (*validate) (LianRecord  *self,
                        GError     **error);
};

LIAN_AVAILABLE_IN_ALL
const char     *lian_record_get_id        (LianRecord  *self);
LIAN_AVAILABLE_IN_ALL
const char     *lian_record_get_name      (LianRecord  *self);
LIAN_AVAILABLE_IN_ALL
void            lian_record_set_name      (LianRecord  *self,
                                           const char  *name);
LIAN_AVAILABLE_IN_ALL
LianRecordKind  lian_record_get_record_kind      (LianRecord  *self);
LIAN_AVAILABLE_IN_ALL
guint64         lian_record_get_revision  (LianRecord  *self);
LIAN_AVAILABLE_IN_ALL
JsonObject     *lian_record_get_extra     (LianRecord  *self);
LIAN_AVAILABLE_IN_ALL
void            lian_record_set_extra     (LianRecord  *self,
                                           JsonObject  *extra);
LIAN_AVAILABLE_IN_ALL
gboolean        lian_record_validate      (LianRecord  *self,
                                           GError     **error);
LIAN_AVAILABLE_IN_ALL
gboolean        lian_record_id_is_valid   (const char  *id);
LIAN_AVAILABLE_IN_ALL
gboolean        lian_record_check_id      (const char  *id,
                                           GError     **error);

G_END_DECLS
