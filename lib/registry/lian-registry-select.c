/* lian-registry-select.c: selecting records through the indexes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-registry-private.h"
#include "lian-region-code.h"
#include "lian-enum-types.h"
#include "lian-date.h"

/* Where a selection starts: the entries of one or more index buckets, or
 * every record of the kind. */
typedef struct
{
  GPtrArray  *entries;   /* LianEntry, or NULL for a scan */
  const char *how;
} Plan;

const char *
lian_registry_locate (LianRegistry *self,
                      LianRecord   *record)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_REGION:
      return lian_record_get_id (record);
    case LIAN_RECORD_KIND_CHAIN:
      return lian_chain_get_region (LIAN_CHAIN (record));
    case LIAN_RECORD_KIND_ENTERPRISE:
      return lian_enterprise_get_region (LIAN_ENTERPRISE (record));
    case LIAN_RECORD_KIND_ORGANIZATION:
      return lian_party_org_get_region (LIAN_PARTY_ORG (record));
    case LIAN_RECORD_KIND_SERVICE:
      return lian_service_item_get_region (LIAN_SERVICE_ITEM (record));
    case LIAN_RECORD_KIND_NEED:
      {
        const char *id = lian_need_get_enterprise_id (LIAN_NEED (record));
        LianEntry *e = lian_registry_get_entry (self, id);
        return e && LIAN_IS_ENTERPRISE (e->record)
               ? lian_enterprise_get_region (LIAN_ENTERPRISE (e->record)) : NULL;
      }
    case LIAN_RECORD_KIND_PROJECT:
      {
        const char *id = lian_action_project_get_owner_id (LIAN_ACTION_PROJECT (record));
        LianEntry *e = lian_registry_get_entry (self, id);
        return e && LIAN_IS_PARTY_ORG (e->record)
               ? lian_party_org_get_region (LIAN_PARTY_ORG (e->record)) : NULL;
      }
    case LIAN_RECORD_KIND_ACTIVITY:
      {
        const char *id = lian_activity_get_org_id (LIAN_ACTIVITY (record));
        LianEntry *e = lian_registry_get_entry (self, id);
        return e && LIAN_IS_PARTY_ORG (e->record)
               ? lian_party_org_get_region (LIAN_PARTY_ORG (e->record)) : NULL;
      }
    default:
      return NULL;
    }
}

static gboolean
code_in (const char *region,
         const char *code)
{
  return lian_region_code_is_valid (code) && lian_region_code_contains (region, code);
}

/* Whether a record of @kind among @ids (an enterprise, or a need, which
 * lies where its enterprise does) lies in @region. */
static gboolean
any_lies_in (LianRegistry       *self,
             const char * const *ids,
             LianRecordKind      kind,
             const char         *region)
{
  for (guint i = 0; ids[i]; i++)
    {
      LianEntry *e = lian_registry_get_entry (self, ids[i]);

      if (e && e->kind == kind && code_in (region, lian_registry_locate (self, e->record)))
        return TRUE;
    }
  return FALSE;
}

gboolean
lian_registry_lies_in (LianRegistry *self,
                       LianRecord   *record,
                       const char   *region)
{
  if (!lian_region_code_is_valid (region))
    return FALSE;
  if (code_in (region, lian_registry_locate (self, record)))
    return TRUE;
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_CHAIN:
      return any_lies_in (self, lian_chain_get_leader_ids (LIAN_CHAIN (record)),
                          LIAN_RECORD_KIND_ENTERPRISE, region);
    case LIAN_RECORD_KIND_ORGANIZATION:
      return any_lies_in (self, lian_party_org_get_member_ids (LIAN_PARTY_ORG (record)),
                          LIAN_RECORD_KIND_ENTERPRISE, region);
    case LIAN_RECORD_KIND_PROJECT:
      return any_lies_in (self, lian_action_project_get_need_ids (LIAN_ACTION_PROJECT (record)),
                          LIAN_RECORD_KIND_NEED, region);
    default:
      return FALSE;
    }
}

static const char *
record_date (LianRecord *record)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_NEED:
      return lian_need_get_submitted (LIAN_NEED (record));
    case LIAN_RECORD_KIND_ACTIVITY:
      return lian_activity_get_date (LIAN_ACTIVITY (record));
    case LIAN_RECORD_KIND_PROJECT:
      return lian_action_project_get_started (LIAN_ACTION_PROJECT (record));
    case LIAN_RECORD_KIND_ORGANIZATION:
      return lian_party_org_get_founded (LIAN_PARTY_ORG (record));
    default:
      return NULL;
    }
}

/* Whether records of @kind have the date that since and until compare. */
static gboolean
kind_has_date (LianRecordKind kind)
{
  return kind == LIAN_RECORD_KIND_NEED || kind == LIAN_RECORD_KIND_ACTIVITY ||
         kind == LIAN_RECORD_KIND_PROJECT || kind == LIAN_RECORD_KIND_ORGANIZATION;
}

static gboolean
matches_chain (LianRegistry *self,
               LianRecord   *record,
               const char   *chain)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_CHAIN:
      return g_str_equal (lian_record_get_id (record), chain);
    case LIAN_RECORD_KIND_ENTERPRISE:
      return lian_enterprise_get_chain_link (LIAN_ENTERPRISE (record), chain) != NULL;
    case LIAN_RECORD_KIND_ORGANIZATION:
      return lian_party_org_serves_chain (LIAN_PARTY_ORG (record), chain);
    case LIAN_RECORD_KIND_SERVICE:
      return lian_service_item_applies_to_chain (LIAN_SERVICE_ITEM (record), chain);
    case LIAN_RECORD_KIND_NEED:
      return g_strcmp0 (lian_need_get_chain_id (LIAN_NEED (record)), chain) == 0;
    case LIAN_RECORD_KIND_ACTIVITY:
      return g_strcmp0 (lian_activity_get_chain_id (LIAN_ACTIVITY (record)), chain) == 0;
    case LIAN_RECORD_KIND_PROJECT:
      {
        const char * const *needs = lian_action_project_get_need_ids (LIAN_ACTION_PROJECT (record));
        for (guint i = 0; needs[i]; i++)
          {
            LianEntry *e = lian_registry_get_entry (self, needs[i]);
            if (e && LIAN_IS_NEED (e->record) &&
                g_strcmp0 (lian_need_get_chain_id (LIAN_NEED (e->record)), chain) == 0)
              return TRUE;
          }
        return FALSE;
      }
    case LIAN_RECORD_KIND_REGION:
    default:
      return TRUE;
    }
}

static gboolean
contains_text (LianRecord *record,
               const char *folded_text)
{
  const char *names[2] = { lian_record_get_name (record), NULL };

  if (LIAN_IS_NEED (record))
    names[1] = lian_need_get_title (LIAN_NEED (record));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *folded = NULL;
      if (names[i] == NULL)
        continue;
      folded = g_utf8_casefold (names[i], -1);
      if (strstr (folded, folded_text))
        return TRUE;
    }
  return FALSE;
}

static gboolean
matches (LianRegistry *self,
         LianFilter   *filter,
         const char   *folded_text,
         LianRecord   *record)
{
  const char *region = lian_filter_get_region (filter);
  const char *chain = lian_filter_get_chain_id (filter);
  const char *since = lian_filter_get_since (filter);
  const char *until = lian_filter_get_until (filter);
  LianNeedCategories categories = lian_filter_get_categories (filter);
  LianRecordKind kind = lian_record_get_record_kind (record);

  if (region && !lian_registry_lies_in (self, record, region))
    return FALSE;
  if (chain && !matches_chain (self, record, chain))
    return FALSE;

  if (kind == LIAN_RECORD_KIND_NEED)
    {
      LianNeed *need = LIAN_NEED (record);
      if (lian_filter_get_has_status (filter) &&
          lian_need_get_status (need) != lian_filter_get_status (filter))
        return FALSE;
      if (lian_filter_get_open_only (filter) && !lian_need_is_open (need))
        return FALSE;
      if (categories && !(categories & (1u << lian_need_get_category (need))))
        return FALSE;
    }
  else if (kind == LIAN_RECORD_KIND_PROJECT && lian_filter_get_open_only (filter))
    {
      LianProjectStatus status = lian_action_project_get_status (LIAN_ACTION_PROJECT (record));
      if (status == LIAN_PROJECT_STATUS_DONE || status == LIAN_PROJECT_STATUS_CANCELLED)
        return FALSE;
    }
  else if (kind == LIAN_RECORD_KIND_SERVICE && categories &&
           !(categories & lian_service_item_get_categories (LIAN_SERVICE_ITEM (record))))
    return FALSE;
  else if (kind == LIAN_RECORD_KIND_ENTERPRISE && lian_filter_get_tags (filter) &&
           !lian_enterprise_has_tag (LIAN_ENTERPRISE (record), lian_filter_get_tags (filter)))
    return FALSE;

  if ((since || until) && kind_has_date (kind))
    {
      const char *date = record_date (record);
      if (date == NULL || !lian_date_is_valid (date) ||
          (since && (!lian_date_is_valid (since) || strcmp (date, since) < 0)) ||
          (until && (!lian_date_is_valid (until) || strcmp (date, until) > 0)))
        return FALSE;
    }
  if (folded_text && !contains_text (record, folded_text))
    return FALSE;
  return TRUE;
}

gboolean
lian_registry_matches (LianRegistry *self,
                       LianFilter   *filter,
                       LianRecord   *record)
{
  g_autofree char *folded_text = NULL;

  if (lian_filter_get_text (filter) && lian_filter_get_text (filter)[0])
    folded_text = g_utf8_casefold (lian_filter_get_text (filter), -1);
  return matches (self, filter, folded_text, record);
}

static void
add_bucket (GPtrArray  *into,
            LianBucket *bucket)
{
  for (guint i = 0; i < lian_bucket_size (bucket); i++)
    g_ptr_array_add (into, bucket->items[i]);
}

/* Keeps @candidate as the plan if it is smaller than the current one. */
static void
consider (Plan       *plan,
          GPtrArray  *candidate,
          const char *how)
{
  if (plan->entries == NULL || candidate->len < plan->entries->len)
    {
      g_clear_pointer (&plan->entries, g_ptr_array_unref);
      plan->entries = candidate;
      plan->how = how;
    }
  else
    g_ptr_array_unref (candidate);
}

static GPtrArray *
union_of_category_buckets (LianRegistry       *self,
                           LianIndexId         index,
                           LianNeedCategories  categories)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *all = g_ptr_array_new ();
  g_autoptr(GPtrArray) raw = g_ptr_array_new ();

  for (guint c = LIAN_NEED_CATEGORY_FINANCING; c <= LIAN_NEED_CATEGORY_OTHER; c++)
    if (categories & (1u << c))
      add_bucket (raw, lian_registry_get_bucket (self, index,
                                                 lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, c)));
  for (guint i = 0; i < raw->len; i++)
    if (g_hash_table_add (seen, raw->pdata[i]))
      g_ptr_array_add (all, raw->pdata[i]);
  return all;
}

static Plan
make_plan (LianRegistry *self,
           LianFilter   *filter)
{
  Plan plan = { NULL, "scan" };
  LianRecordKind kind = lian_filter_get_record_kind (filter);
  const char *chain = lian_filter_get_chain_id (filter);
  const char *region = lian_filter_get_region (filter);
  LianNeedCategories categories = lian_filter_get_categories (filter);
  GPtrArray *c;

  switch (kind)
    {
    case LIAN_RECORD_KIND_NEED:
      if (chain)
        {
          c = g_ptr_array_new ();
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_CHAIN, chain));
          consider (&plan, c, "needs by chain");
        }
      if (lian_filter_get_has_status (filter))
        {
          c = g_ptr_array_new ();
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS,
                                                   lian_enum_to_nick (LIAN_TYPE_NEED_STATUS,
                                                                      lian_filter_get_status (filter))));
          consider (&plan, c, "needs by status");
        }
      else if (lian_filter_get_open_only (filter))
        {
          c = g_ptr_array_new ();
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS, "submitted"));
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS, "accepted"));
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS, "in-progress"));
          consider (&plan, c, "needs by status");
        }
      if (categories)
        consider (&plan, union_of_category_buckets (self, LIAN_INDEX_NEED_CATEGORY, categories),
                  "needs by category");
      if (region)
        {
          g_autoptr(GPtrArray) firms = g_ptr_array_new ();
          add_bucket (firms, lian_registry_get_bucket (self, LIAN_INDEX_ENTERPRISE_REGION, region));
          c = g_ptr_array_new ();
          for (guint i = 0; i < firms->len; i++)
            add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_ENTERPRISE,
                                                     lian_record_get_id (((LianEntry *) firms->pdata[i])->record)));
          consider (&plan, c, "needs of enterprises by region");
        }
      break;

    case LIAN_RECORD_KIND_ENTERPRISE:
      if (chain)
        {
          c = g_ptr_array_new ();
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_ENTERPRISE_CHAIN, chain));
          consider (&plan, c, "enterprises by chain");
        }
      if (region)
        {
          c = g_ptr_array_new ();
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_ENTERPRISE_REGION, region));
          consider (&plan, c, "enterprises by region");
        }
      break;

    case LIAN_RECORD_KIND_ORGANIZATION:
      if (chain)
        {
          c = g_ptr_array_new ();
          add_bucket (c, lian_registry_get_bucket (self, LIAN_INDEX_ORG_CHAIN, chain));
          consider (&plan, c, "organizations by chain");
        }
      break;

    case LIAN_RECORD_KIND_SERVICE:
      if (categories)
        consider (&plan, union_of_category_buckets (self, LIAN_INDEX_SERVICE_CATEGORY, categories),
                  "services by category");
      break;

    default:
      break;
    }

  if (plan.entries)
    g_ptr_array_sort (plan.entries, lian_entry_compare_seq);
  return plan;
}

/* Runs @filter; returns the records (owned references) in the order they
 * were added. */
static GPtrArray *
run_select (LianRegistry  *self,
            LianFilter    *filter,
            const char   **how,
            guint         *n_visited)
{
  Plan plan = make_plan (self, filter);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *folded_text = NULL;
  LianRecordKind kind = lian_filter_get_record_kind (filter);
  GPtrArray *scan = lian_record_list_get_array (self->lists[kind]);
  guint n = plan.entries ? plan.entries->len : scan->len;

  if (lian_filter_get_text (filter) && lian_filter_get_text (filter)[0])
    folded_text = g_utf8_casefold (lian_filter_get_text (filter), -1);

  for (guint i = 0; i < n; i++)
    {
      LianRecord *record = plan.entries
                           ? ((LianEntry *) g_ptr_array_index (plan.entries, i))->record
                           : g_ptr_array_index (scan, i);
      if (matches (self, filter, folded_text, record))
        g_ptr_array_add (result, g_object_ref (record));
    }

  if (how)
    *how = plan.how;
  if (n_visited)
    *n_visited = n;
  g_clear_pointer (&plan.entries, g_ptr_array_unref);
  return result;
}

/**
 * lian_registry_select:
 * @self: a registry
 * @filter: what to select
 *
 * Selects the records of the filter's kind that meet all its criteria, in
 * the order they were added. A criterion on an indexed field (the chain,
 * status, category or region of needs; the chain or region of enterprises;
 * the chain of organisations; the categories of services) starts from the
 * index, so only the records it names are visited.
 *
 * A record is in a region when it lies in it or below it: an enterprise,
 * a service item where their region says; a need where its enterprise
 * lies; an activity where its organisation lies; a chain where its region
 * says and where each of its leader enterprises lies; an organisation
 * where its region says and where each of its member enterprises lies; a
 * project where its owner lies and where the enterprise of each of its
 * needs lies. So Wuxi's chains are the chains kept by Wuxi and those a
 * Wuxi enterprise leads.
 *
 * The result is a snapshot: it does not follow later changes.
 *
 * ```js
 * const open = new Lian.Filter({record_kind: Lian.RecordKind.NEED, open_only: true});
 * for (const need of registry.select(open))
 *     print(need.title);
 * ```
 *
 * Returns: (transfer full): a list of the records selected
 */
GListModel *
lian_registry_select (LianRegistry *self,
                      LianFilter   *filter)
{
  GListModel *any;
  GType item_type;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (LIAN_IS_FILTER (filter), NULL);

  any = G_LIST_MODEL (self->lists[lian_filter_get_record_kind (filter)]);
  item_type = g_list_model_get_item_type (any);
  return G_LIST_MODEL (lian_record_list_new_take (item_type, run_select (self, filter, NULL, NULL)));
}

/**
 * lian_registry_explain_select:
 * @self: a registry
 * @filter: what to select
 * @n_visited: (out) (optional): how many records the selection visits
 *
 * Says how [method@Lian.Registry.select] would find the records that
 * @filter wants (from which index, or by scanning every record of the
 * kind) and how many records it visits on the way.
 *
 * Returns: (transfer full): a one-line description, such as
 *   `needs by chain: 120 visited, 37 selected`
 */
char *
lian_registry_explain_select (LianRegistry *self,
                              LianFilter   *filter,
                              guint        *n_visited)
{
  g_autoptr(GPtrArray) result = NULL;
  const char *how = NULL;
  guint visited = 0;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (LIAN_IS_FILTER (filter), NULL);

  result = run_select (self, filter, &how, &visited);
  if (n_visited)
    *n_visited = visited;
  return g_strdup_printf ("%s: %u visited, %u selected", how, visited, result->len);
}
