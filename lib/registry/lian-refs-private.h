/* lian-refs-private.h: the references a record makes to other records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-record-private.h"

G_BEGIN_DECLS

void lian_record_unlink_ref   (LianRecord   *record,
                               const char   *field,
                               const char   *target);

/* The parent id of the records that form trees: an organisation's parent,
 * an enterprise's headquarters; NULL for the other kinds. */
const char *lian_record_get_parent_id (LianRecord   *record);

/* A record as messages name it, in the current language: need "n1",
 * 需求“n1”. */
char       *lian_record_dup_description    (LianRecord   *record) G_GNUC_WARN_UNUSED_RESULT;
/* What a message about a record starts with: need "n1": , 需求“n1”： */
char       *lian_record_dup_message_prefix (LianRecord   *record) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
