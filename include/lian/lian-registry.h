/* lian-registry.h: the store that owns every record
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(_LIAN_INSIDE) && !defined(LIAN_COMPILATION)
#error "Only <lian/lian.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <lian/lian-version.h>
#include <lian/lian-record.h>
#include <lian/lian-region.h>
#include <lian/lian-chain.h>
#include <lian/lian-enterprise.h>
#include <lian/lian-party-org.h>
#include <lian/lian-service-item.h>
#include <lian/lian-need.h>
#include <lian/lian-action-project.h>
#include <lian/lian-activity.h>
#include <lian/lian-filter.h>

G_BEGIN_DECLS

#define LIAN_TYPE_REGISTRY (lian_registry_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianRegistry, lian_registry, LIAN, REGISTRY, GObject)

LIAN_AVAILABLE_IN_ALL
LianRegistry      *lian_registry_new                 (void) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
gboolean           lian_registry_add                 (LianRegistry   *self,
                                                      LianRecord     *record,
                                                      GError        **error);
LIAN_AVAILABLE_IN_ALL
gboolean           lian_registry_add_many            (LianRegistry   *self,
                                                      GPtrArray      *records,
                                                      GError        **error);
LIAN_AVAILABLE_IN_ALL
gboolean           lian_registry_remove              (LianRegistry   *self,
                                                      const char     *id,
                                                      gboolean        cascade,
                                                      GStrv          *affected,
                                                      GError        **error);
LIAN_AVAILABLE_IN_ALL
void               lian_registry_clear               (LianRegistry   *self);
LIAN_AVAILABLE_IN_ALL
gboolean           lian_registry_update              (LianRegistry   *self,
                                                      LianRecord     *record,
                                                      const char     *property,
                                                      const GValue   *value,
                                                      GError        **error);
LIAN_AVAILABLE_IN_ALL
void               lian_registry_begin_batch         (LianRegistry   *self);
LIAN_AVAILABLE_IN_ALL
gboolean           lian_registry_commit_batch        (LianRegistry   *self,
                                                      GError        **error);
LIAN_AVAILABLE_IN_ALL
void               lian_registry_abort_batch         (LianRegistry   *self);
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_journal         (LianRegistry   *self);
LIAN_AVAILABLE_IN_ALL
const char        *lian_registry_get_actor           (LianRegistry   *self);
LIAN_AVAILABLE_IN_ALL
void               lian_registry_set_actor           (LianRegistry   *self,
                                                      const char     *actor);
LIAN_AVAILABLE_IN_ALL
guint              lian_registry_get_n_records       (LianRegistry   *self);
LIAN_AVAILABLE_IN_ALL
LianRecord        *lian_registry_lookup              (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
LianRegion        *lian_registry_lookup_region       (LianRegistry   *self,
                                                      const char     *code);
LIAN_AVAILABLE_IN_ALL
LianChain         *lian_registry_lookup_chain        (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
LianEnterprise    *lian_registry_lookup_enterprise   (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
LianPartyOrg      *lian_registry_lookup_organization (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
LianServiceItem   *lian_registry_lookup_service      (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
LianNeed          *lian_registry_lookup_need         (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
LianActionProject *lian_registry_lookup_project      (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
LianActivity      *lian_registry_lookup_activity     (LianRegistry   *self,
                                                      const char     *id);
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_records         (LianRegistry   *self,
                                                      LianRecordKind  kind) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_regions         (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_chains          (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_enterprises     (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_organizations   (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_services        (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_needs           (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_projects        (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_get_activities      (LianRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel        *lian_registry_select              (LianRegistry   *self,
                                                      LianFilter     *filter,
                                                      GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char              *lian_registry_explain_select      (LianRegistry   *self,
                                                      LianFilter     *filter,
                                                      guint          *n_visited,
                                                      GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char              *lian_registry_resolve_region      (LianRegistry   *self,
                                                      const char     *region,
                                                      GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GPtrArray         *lian_registry_dup_referrers       (LianRegistry   *self,
                                                      const char     *id) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char              *lian_registry_dup_region_name     (LianRegistry   *self,
                                                      const char     *code) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
JsonObject        *lian_registry_get_extra           (LianRegistry   *self);
LIAN_AVAILABLE_IN_ALL
void               lian_registry_set_extra           (LianRegistry   *self,
                                                      JsonObject     *extra);

LIAN_AVAILABLE_IN_ALL
LianRegistry      *lian_record_get_registry          (LianRecord     *record);

G_END_DECLS
