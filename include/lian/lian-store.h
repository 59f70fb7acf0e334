/* lian-store.h: where a registry's records are kept between runs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <gio/gio.h>
#include <lian/lian-version.h>
#include <lian/lian-registry.h>

G_BEGIN_DECLS

#define LIAN_TYPE_STORE (lian_store_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (LianStore, lian_store, LIAN, STORE, GObject)

LIAN_AVAILABLE_IN_ALL
LianStore    *lian_store_open            (const char     *uri,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
const char   *lian_store_get_uri         (LianStore      *self);
LIAN_AVAILABLE_IN_ALL
LianRegistry *lian_store_get_registry    (LianStore      *self);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_store_load            (LianStore      *self,
                                          LianRegistry   *registry,
                                          GError        **error);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_store_refresh         (LianStore      *self,
                                          guint          *n_applied,
                                          GError        **error);
LIAN_AVAILABLE_IN_ALL
void          lian_store_set_refresh_interval (LianStore *self,
                                               guint      interval);
LIAN_AVAILABLE_IN_ALL
guint         lian_store_get_refresh_interval (LianStore *self);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_store_save            (LianStore      *self,
                                          LianRegistry   *registry,
                                          GError        **error);
LIAN_AVAILABLE_IN_ALL
GListModel   *lian_store_list_changes    (LianStore      *self,
                                          const char     *record_id,
                                          const char     *since,
                                          const char     *actor,
                                          const char     *region,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
void          lian_store_close           (LianStore      *self);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_store_count_records   (LianStore      *self,
                                          LianRecordKind  kind,
                                          const char     *region,
                                          guint64        *count,
                                          GError        **error);
LIAN_AVAILABLE_IN_ALL
gboolean      lian_store_count_needs_by_status (LianStore      *self,
                                          const char     *region,
                                          LianNeedStatus  status,
                                          guint64        *count,
                                          GError        **error);
LIAN_AVAILABLE_IN_ALL
GVariant     *lian_store_count_by_region (LianStore      *self,
                                          LianRecordKind  kind,
                                          const char     *region,
                                          LianLevel       level,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
gboolean      lian_store_grant_reader    (LianStore      *self,
                                          const char     *role,
                                          const char     *person_id,
                                          GError        **error);

LIAN_AVAILABLE_IN_ALL
LianRegistry *lian_registry_open         (const char     *uri,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
void          lian_registry_open_async   (const char          *uri,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
LIAN_AVAILABLE_IN_ALL
LianRegistry *lian_registry_open_finish  (GAsyncResult   *result,
                                          GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
LianStore    *lian_registry_get_store    (LianRegistry   *registry);

G_END_DECLS
