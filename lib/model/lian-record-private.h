/* lian-record-private.h: what the registry and the loaders share with records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-record.h"

G_BEGIN_DECLS

/*
 * Called after a record held by an owner (its registry) changed. @pspec is
 * the property that changed, or NULL when a list without a property did.
 */
typedef void (*LianRecordOwnerFunc) (LianRecord *record,
                                     GParamSpec *pspec,
                                     gpointer    owner);

void      lian_record_set_owner    (LianRecord          *self,
                                    gpointer             owner,
                                    LianRecordOwnerFunc  func);
gpointer  lian_record_get_owner    (LianRecord          *self);

/* While a loader fills a record that no one else holds yet, its changes
 * need tell no one: lian_record_changed() does nothing. */
void      lian_record_set_quiet    (LianRecord          *self,
                                    gboolean             quiet);

/* Every setter and list mutator calls this once per real change. */
void      lian_record_changed      (LianRecord          *self,
                                    GParamSpec          *pspec);

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

G_END_DECLS
