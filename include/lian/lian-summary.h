/* lian-summary.h: the figures of a scope; roll-ups by region, chain and
 * period; the figures as JSON and CSV
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
#include <lian/lian-enums.h>
#include <lian/lian-filter.h>
#include <lian/lian-registry.h>
#include <lian/lian-problem.h>

G_BEGIN_DECLS

#define LIAN_TYPE_SUMMARY (lian_summary_get_type ())

LIAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (LianSummary, lian_summary, LIAN, SUMMARY, GObject)

LIAN_AVAILABLE_IN_ALL
LianSummary *lian_summary_new                         (LianRegistry      *registry,
                                                       LianFilter        *scope,
                                                       const char        *as_of) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel  *lian_summary_rollup_regions              (LianRegistry      *registry,
                                                       LianFilter        *scope,
                                                       const char        *region,
                                                       LianLevel          level,
                                                       const char        *as_of) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel  *lian_summary_rollup_chains               (LianRegistry      *registry,
                                                       LianFilter        *scope,
                                                       const char        *as_of) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
GListModel  *lian_summary_rollup_periods              (LianRegistry      *registry,
                                                       LianFilter        *scope,
                                                       LianPeriod         period,
                                                       const char        *as_of) G_GNUC_WARN_UNUSED_RESULT;

LIAN_AVAILABLE_IN_ALL
LianCoverage lian_summary_coverage_of                 (LianRegistry      *registry,
                                                       LianEnterprise    *enterprise,
                                                       const char        *as_of);

LIAN_AVAILABLE_IN_ALL
const char  *lian_summary_get_scope_label             (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
const char  *lian_summary_get_as_of                   (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
const char  *lian_summary_get_key                     (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
const char  *lian_summary_get_label                   (LianSummary       *self);

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_chains                (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_chains_by_tier        (LianSummary       *self,
                                                       LianChainTier      tier);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_chains_by_level       (LianSummary       *self,
                                                       LianLevel          level);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_clusters              (LianSummary       *self);

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_enterprises           (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_organization_covered  (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
double       lian_summary_get_organization_coverage   (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_own_organization      (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_work_covered          (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
double       lian_summary_get_work_coverage           (LianSummary       *self);

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_organizations         (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_organizations_by_kind (LianSummary       *self,
                                                       LianOrgKind        kind);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_organizations_by_level (LianSummary      *self,
                                                        LianLevel         level);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_organizations_by_kind_and_level (LianSummary *self,
                                                                 LianOrgKind  kind,
                                                                 LianLevel    level);

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_services              (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_services_by_kind      (LianSummary       *self,
                                                       LianServiceKind    kind);

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_needs                 (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_needs_by_status       (LianSummary       *self,
                                                       LianNeedStatus     status);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_needs_by_category     (LianSummary       *self,
                                                       LianNeedCategory   category);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_bottleneck_needs      (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_resolutions           (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
double       lian_summary_get_resolution_rate         (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_timed_resolutions     (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
double       lian_summary_get_median_days_to_resolve  (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
double       lian_summary_get_p90_days_to_resolve     (LianSummary       *self);

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_projects              (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_projects_by_status    (LianSummary       *self,
                                                       LianProjectStatus  status);
LIAN_AVAILABLE_IN_ALL
gint64       lian_summary_get_loans_yuan              (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_talents                 (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_problems_solved         (LianSummary       *self);

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_activities            (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_activities_by_kind    (LianSummary       *self,
                                                       LianActivityKind   kind);

LIAN_AVAILABLE_IN_ALL
gboolean     lian_summary_is_saturated                (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
GListModel  *lian_summary_get_problems                (LianSummary       *self) G_GNUC_WARN_UNUSED_RESULT;

LIAN_AVAILABLE_IN_ALL
JsonNode    *lian_summary_to_json                     (LianSummary       *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char        *lian_summary_to_json_string              (LianSummary       *self) G_GNUC_WARN_UNUSED_RESULT;

LIAN_AVAILABLE_IN_ALL
char        *lian_summary_to_csv                      (LianSummary       *self) G_GNUC_WARN_UNUSED_RESULT;
LIAN_AVAILABLE_IN_ALL
char        *lian_summary_list_to_csv                 (GListModel        *summaries) G_GNUC_WARN_UNUSED_RESULT;

LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_posts                 (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_responses             (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
guint        lian_summary_get_n_awards                (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
gint64       lian_summary_get_awarded_yuan            (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
double       lian_summary_get_award_share_same_chain  (LianSummary       *self);
LIAN_AVAILABLE_IN_ALL
double       lian_summary_get_award_share_same_province (LianSummary     *self);

G_END_DECLS
