/* lian-summary-json.c: a summary as a JSON tree
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-summary-private.h"
#include "lian-enum-types.h"

/* Adds "member": {nick: counts[i], ...} with every nick of @enum_type. */
static void
add_by_nick (JsonBuilder *builder,
             const char  *member,
             GType        enum_type,
             const guint *counts,
             guint        n)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_set_member_name (builder, lian_enum_to_nick (enum_type, i));
      json_builder_add_int_value (builder, counts[i]);
    }
  json_builder_end_object (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_coverage (JsonBuilder *builder,
              const char  *member,
              guint        count,
              double       rate)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  add_int (builder, "count", count);
  json_builder_set_member_name (builder, "rate");
  json_builder_add_double_value (builder, rate);
  json_builder_end_object (builder);
}

/* A number of days, or null for "none" (-1). */
static void
add_days (JsonBuilder *builder,
          const char  *member,
          double       days)
{
  json_builder_set_member_name (builder, member);
  if (days < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, days);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_organizations (JsonBuilder *builder,
                   LianSummary *self)
{
  guint by_kind[LIAN_N_ORG_KINDS], by_level[LIAN_N_LEVELS];

  for (guint k = 0; k < LIAN_N_ORG_KINDS; k++)
    by_kind[k] = lian_summary_get_n_organizations_by_kind (self, k);
  for (guint l = 0; l < LIAN_N_LEVELS; l++)
    by_level[l] = lian_summary_get_n_organizations_by_level (self, l);

  json_builder_set_member_name (builder, "organizations");
  json_builder_begin_object (builder);
  add_int (builder, "total", self->n_organizations);
  add_by_nick (builder, "by_kind", LIAN_TYPE_ORG_KIND, by_kind, LIAN_N_ORG_KINDS);
  add_by_nick (builder, "by_level", LIAN_TYPE_LEVEL, by_level, LIAN_N_LEVELS);
  json_builder_set_member_name (builder, "by_kind_and_level");
  json_builder_begin_object (builder);
  for (guint k = 0; k < LIAN_N_ORG_KINDS; k++)
    add_by_nick (builder, lian_enum_to_nick (LIAN_TYPE_ORG_KIND, k), LIAN_TYPE_LEVEL,
                 self->organizations[k], LIAN_N_LEVELS);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/* "saturated": the JSON keys of the sums held at their maximum. */
static void
add_saturated (JsonBuilder *builder,
               LianSummary *self)
{
  g_autoptr(GListModel) problems = lian_summary_get_problems (self);

  json_builder_set_member_name (builder, "saturated");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
      json_builder_add_string_value (builder, lian_problem_get_field (problem));
    }
  json_builder_end_array (builder);
}

/* The "needs" object of lian_summary_to_json(). */
static void
add_needs (JsonBuilder *builder,
           LianSummary *self)
{
  json_builder_set_member_name (builder, "needs");
  json_builder_begin_object (builder);
  add_int (builder, "total", self->n_needs);
  add_by_nick (builder, "by_status", LIAN_TYPE_NEED_STATUS, self->needs_by_status, LIAN_N_NEED_STATUSES);
  add_by_nick (builder, "by_category", LIAN_TYPE_NEED_CATEGORY, self->needs_by_category,
               LIAN_N_NEED_CATEGORIES);
  add_int (builder, "bottleneck", self->n_bottleneck);
  add_int (builder, "resolutions", self->n_resolutions);
  json_builder_set_member_name (builder, "resolution_rate");
  json_builder_add_double_value (builder, lian_summary_get_resolution_rate (self));
  json_builder_set_member_name (builder, "days_to_resolve");
  json_builder_begin_object (builder);
  add_int (builder, "count", self->n_timed);
  add_days (builder, "median", self->median_days);
  add_days (builder, "p90", self->p90_days);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/**
 * lian_summary_to_json:
 * @self: a summary
 *
 * All the figures as a JSON tree. Its keys are a contract, described in
 * `doc/summary-json.md`: `scope`, `as_of`, then one object per kind of
 * record (`chains`, `enterprises`, `organizations`, `services`, `needs`,
 * `projects`, `activities`) with a `total` and the breakdowns. Every nick
 * of every enum appears in its breakdown, zero counts included, so a
 * consumer needs no defaults. Rates are numbers from 0 to 1; the median and
 * 90th percentile of days to resolve are `null` when no need counts. A
 * roll-up's summaries also carry `key` and `label`. Last, `saturated`
 * lists the keys of the sums held at their largest value (see
 * [method@Lian.Summary.get_problems]), empty when every figure is exact.
 *
 * ```json
 * {"scope": "无锡市", "as_of": null,
 *  "enterprises": {"total": 2, "organization_coverage": {"count": 2, "rate": 1.0}, ...},
 *  "needs": {"total": 3, "by_status": {"submitted": 1, ...}, ...}, ...}
 * ```
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
lian_summary_to_json (LianSummary *self)
{
  g_autoptr(JsonBuilder) builder = NULL;

  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "scope");
  json_builder_add_string_value (builder, self->scope_label);
  add_string_or_null (builder, "as_of", self->as_of);
  if (self->key)
    {
      add_string_or_null (builder, "key", self->key);
      add_string_or_null (builder, "label", self->label);
    }

  json_builder_set_member_name (builder, "chains");
  json_builder_begin_object (builder);
  add_int (builder, "total", self->n_chains);
  add_int (builder, "clusters", self->n_clusters);
  add_by_nick (builder, "by_tier", LIAN_TYPE_CHAIN_TIER, self->chains_by_tier, LIAN_N_CHAIN_TIERS);
  add_by_nick (builder, "by_level", LIAN_TYPE_LEVEL, self->chains_by_level, LIAN_N_LEVELS);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "enterprises");
  json_builder_begin_object (builder);
  add_int (builder, "total", self->n_enterprises);
  add_coverage (builder, "organization_coverage", self->n_organization_covered,
                lian_summary_get_organization_coverage (self));
  add_int (builder, "own_organization", self->n_own_organization);
  add_coverage (builder, "work_coverage", self->n_work_covered,
                lian_summary_get_work_coverage (self));
  json_builder_end_object (builder);

  add_organizations (builder, self);

  json_builder_set_member_name (builder, "services");
  json_builder_begin_object (builder);
  add_int (builder, "total", self->n_services);
  add_by_nick (builder, "by_kind", LIAN_TYPE_SERVICE_KIND, self->services_by_kind, LIAN_N_SERVICE_KINDS);
  json_builder_end_object (builder);

  add_needs (builder, self);

  json_builder_set_member_name (builder, "projects");
  json_builder_begin_object (builder);
  add_int (builder, "total", self->n_projects);
  add_by_nick (builder, "by_status", LIAN_TYPE_PROJECT_STATUS, self->projects_by_status,
               LIAN_N_PROJECT_STATUSES);
  add_int (builder, "loans_yuan", self->loans_yuan);
  add_int (builder, "talents", self->talents);
  add_int (builder, "problems_solved", self->problems_solved);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "activities");
  json_builder_begin_object (builder);
  add_int (builder, "total", self->n_activities);
  add_by_nick (builder, "by_kind", LIAN_TYPE_ACTIVITY_KIND, self->activities_by_kind,
               LIAN_N_ACTIVITY_KINDS);
  json_builder_end_object (builder);

  add_saturated (builder, self);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * lian_summary_to_json_string:
 * @self: a summary
 *
 * [method@Lian.Summary.to_json], written out with a 2-space indent.
 *
 * Returns: (transfer full): the JSON text
 */
char *
lian_summary_to_json_string (LianSummary *self)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (LIAN_IS_SUMMARY (self), NULL);

  root = lian_summary_to_json (self);
  return json_to_string (root, TRUE);
}
