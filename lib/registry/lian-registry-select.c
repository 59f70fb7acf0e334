/* lian-registry-select.c: selecting records through the indexes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-registry-people-private.h"

#include <string.h>

#include "lian-registry-struct-private.h"
#include "lian-filter-private.h"
#include "lian-region-code.h"
#include "lian-region-code-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"
#include "lian-need-private.h"

/* Where a selection starts: the entries of one or more index buckets, or
 * every record of the kind. */
typedef struct
{
  GPtrArray  *entries;   /* LianEntry, or NULL for a scan */
  const char *how;
} Plan;

/* A filter made ready to run: its region resolved to a code, its text
 * folded, its days counted. */
typedef struct
{
  LianFilter *filter;
  char       *region;        /* a code, or NULL */
  char       *folded_text;   /* or NULL */
  gboolean    valid;         /* false: the filter matches nothing */
  gboolean    has_as_of;
  gint32      as_of_day;     /* today when the filter has no as-of */
} Query;

/* A record lies where its own region says, or where the target of its
 * locating reference lies (a need where its enterprise does), as its kind
 * declares. @depth bounds the walk, whatever the declarations. */
static const char *
locate (LianRegistry *self,
        LianRecord   *record,
        guint         depth)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  if (decl->region)
    return lian_record_get_own_region (record);
  for (guint r = 0; r < decl->n_refs && depth < LIAN_RECORD_N_KINDS; r++)
    {
      const LianRefDecl *d = &decl->refs[r];
      LianEntry *e;

      if (!(d->flags & LIAN_REF_LOCATES))
        continue;
      e = lian_registry_get_entry (self, lian_record_get_ref_id (record, d));
      return e && e->kind == d->target ? locate (self, lian_entry_record (self, e), depth + 1) : NULL;
    }
  return NULL;
}

const char *
lian_registry_locate (LianRegistry *self,
                      LianRecord   *record)
{
  return locate (self, record, 0);
}

static gboolean
code_in (const char *region,
         const char *code)
{
  return lian_adcode_is_valid (code) && lian_adcode_contains (region, code);
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

      if (e && e->kind == kind && code_in (region, lian_registry_locate (self, lian_entry_record (self, e))))
        return TRUE;
    }
  return FALSE;
}

gboolean
lian_registry_lies_in (LianRegistry *self,
                       LianRecord   *record,
                       const char   *region)
{
  const LianKindDecl *decl;

  if (!lian_adcode_is_valid (region))
    return FALSE;
  if (code_in (region, lian_registry_locate (self, record)))
    return TRUE;
  decl = lian_record_get_kind_decl (record);
  for (guint r = 0; r < decl->n_refs; r++)
    if ((decl->refs[r].flags & LIAN_REF_SPANS) &&
        any_lies_in (self, lian_record_get_ref_ids (record, &decl->refs[r]),
                     decl->refs[r].target, region))
      return TRUE;
  return FALSE;
}

/* Whether reference @d of @record names @chain. */
static gboolean
ref_names (LianRecord        *record,
           const LianRefDecl *d,
           const char        *chain)
{
  const char * const *ids;

  if (!(d->flags & LIAN_REF_LIST))
    return g_strcmp0 (lian_record_get_ref_id (record, d), chain) == 0;
  ids = lian_record_get_ref_ids (record, d);
  return ((d->flags & LIAN_REF_EMPTY_IS_ANY) && ids[0] == NULL) ||
         g_strv_contains (ids, chain);
}

/* Whether @record is on @chain: a chain is on itself; a record whose kind
 * refers to chains is on those it names; one that spans other records (a
 * project its needs) is on their chains; a record of a kind with neither
 * (a region) is on every chain. */
static gboolean
matches_chain (LianRegistry *self,
               LianRecord   *record,
               const char   *chain,
               guint         depth)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);
  gboolean has_chains = FALSE, spans = FALSE;

  if (lian_record_get_record_kind (record) == LIAN_RECORD_KIND_CHAIN)
    return g_str_equal (lian_record_get_id (record), chain);
  for (guint r = 0; r < decl->n_refs; r++)
    if (decl->refs[r].target == LIAN_RECORD_KIND_CHAIN)
      {
        has_chains = TRUE;
        if (ref_names (record, &decl->refs[r], chain))
          return TRUE;
      }
  if (has_chains)
    return FALSE;
  for (guint r = 0; r < decl->n_refs && depth < LIAN_RECORD_N_KINDS; r++)
    {
      const LianRefDecl *d = &decl->refs[r];
      const char * const *ids;

      if (!(d->flags & LIAN_REF_SPANS))
        continue;
      spans = TRUE;
      ids = lian_record_get_ref_ids (record, d);
      for (guint i = 0; ids[i]; i++)
        {
          LianEntry *e = lian_registry_get_entry (self, ids[i]);
          if (e && e->kind == d->target && matches_chain (self, lian_entry_record (self, e), chain, depth + 1))
            return TRUE;
        }
    }
  return !spans;
}

gboolean
lian_registry_on_chain (LianRegistry *self,
                        LianRecord   *record,
                        const char   *chain)
{
  return matches_chain (self, record, chain, 0);
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

/* The status @need had at the end of @day: from its history when it has
 * one, else its status now, open until its resolution date. */
static gboolean
need_open_on (LianNeed *need,
              gint32    day)
{
  GPtrArray *history;
  LianNeedEvent *last = NULL;

  if (lian_need_get_n_events (need) == 0)
    {
      gint32 resolved = lian_date_to_day (lian_need_get_resolved (need));
      return lian_need_is_open (need) || (resolved != LIAN_DAY_INVALID && resolved > day);
    }
  history = lian_need_peek_history (need);
  for (guint i = 0; i < history->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (history, i);
      g_autofree char *date = lian_date_from_date_time (lian_need_event_get_at (event));

      if (lian_date_to_day (date) <= day &&
          (last == NULL ||
           g_date_time_compare (lian_need_event_get_at (event), lian_need_event_get_at (last)) >= 0))
        last = event;
    }
  if (last == NULL)
    return TRUE;
  switch (lian_need_event_get_status (last))
    {
    case LIAN_NEED_STATUS_RESOLVED:
    case LIAN_NEED_STATUS_CLOSED:
      return FALSE;
    default:
      return TRUE;
    }
}

static gboolean
open_longer_than (const Query *q,
                  LianNeed    *need)
{
  gint32 submitted = lian_date_to_day (lian_need_get_submitted (need));

  if (submitted == LIAN_DAY_INVALID ||
      (gint64) q->as_of_day - submitted <= (gint64) q->filter->open_longer_than)
    return FALSE;
  return q->has_as_of ? need_open_on (need, q->as_of_day) : lian_need_is_open (need);
}

static gboolean
in_range (const char *date,
          const char *first,
          const char *last)
{
  if (first == NULL && last == NULL)
    return TRUE;
  return date != NULL && lian_date_is_valid (date) &&
         (first == NULL || strcmp (date, first) >= 0) &&
         (last == NULL || strcmp (date, last) <= 0);
}

static gboolean
matches_need (const Query *q,
              LianNeed    *need)
{
  LianFilter *f = q->filter;

  if (f->has_status && lian_need_get_status (need) != f->status)
    return FALSE;
  if (f->open_only && !lian_need_is_open (need))
    return FALSE;
  if (f->categories && !(f->categories & (1u << lian_need_get_category (need))))
    return FALSE;
  if (f->bottleneck_only && !lian_need_get_bottleneck (need))
    return FALSE;
  if (!in_range (lian_need_get_resolved (need), f->resolved_since, f->resolved_until))
    return FALSE;
  return f->open_longer_than == 0 || open_longer_than (q, need);
}

static gboolean
matches (LianRegistry *self,
         const Query  *q,
         LianRecord   *record)
{
  LianFilter *f = q->filter;
  LianRecordKind kind = lian_record_get_record_kind (record);

  if (!q->valid)
    return FALSE;
  if (q->region && !lian_registry_lies_in (self, record, q->region))
    return FALSE;
  if (f->chain_id && !matches_chain (self, record, f->chain_id, 0))
    return FALSE;

  if (kind == LIAN_RECORD_KIND_NEED)
    {
      if (!matches_need (q, LIAN_NEED (record)))
        return FALSE;
    }
  else if (kind == LIAN_RECORD_KIND_PROJECT && f->open_only)
    {
      LianProjectStatus status = lian_action_project_get_status (LIAN_ACTION_PROJECT (record));
      if (status == LIAN_PROJECT_STATUS_DONE || status == LIAN_PROJECT_STATUS_CANCELLED)
        return FALSE;
    }
  else if (kind == LIAN_RECORD_KIND_SERVICE && f->categories &&
           !(f->categories & lian_service_item_get_categories (LIAN_SERVICE_ITEM (record))))
    return FALSE;
  else if (kind == LIAN_RECORD_KIND_ENTERPRISE && f->tags &&
           !lian_enterprise_has_tag (LIAN_ENTERPRISE (record), f->tags))
    return FALSE;

  if (lian_record_get_kind_decl (record)->date &&
      !in_range (lian_record_get_kind_date (record), f->since, f->until))
    return FALSE;
  if (q->folded_text && !contains_text (record, q->folded_text))
    return FALSE;
  return TRUE;
}

static void
query_clear (Query *q)
{
  g_clear_pointer (&q->region, g_free);
  g_clear_pointer (&q->folded_text, g_free);
}

/* Fills @q for @filter without asking the registry anything: a filter
 * that lian_filter_check() refuses, or with a region given by name,
 * matches nothing. */
static void
query_init_plain (Query      *q,
                  LianFilter *filter)
{
  memset (q, 0, sizeof *q);
  q->filter = filter;
  q->valid = lian_filter_check (filter, NULL) &&
             (filter->region == NULL || lian_adcode_is_valid (filter->region));
  q->region = g_strdup (filter->region);
  if (filter->text && filter->text[0])
    q->folded_text = g_utf8_casefold (filter->text, -1);
  q->has_as_of = filter->as_of != NULL;
  if (q->has_as_of)
    q->as_of_day = lian_date_to_day (filter->as_of);
  else if (filter->open_longer_than)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = lian_date_from_date_time (now);
      q->as_of_day = lian_date_to_day (today);
    }
}

/* Fills @q for @filter, refusing a filter that cannot be what its user
 * meant. */
static gboolean
query_init (Query         *q,
            LianRegistry  *self,
            LianFilter    *filter,
            GError       **error)
{
  LianEntry *chain;

  query_init_plain (q, filter);
  if (!lian_filter_check (filter, error))
    return FALSE;
  if (filter->region)
    {
      g_free (q->region);
      q->region = lian_registry_resolve_region (self, filter->region, error);
      if (q->region == NULL)
        return FALSE;
      q->valid = TRUE;
    }
  chain = filter->chain_id ? lian_registry_get_entry (self, filter->chain_id) : NULL;
  if (filter->chain_id && (chain == NULL || chain->kind != LIAN_RECORD_KIND_CHAIN))
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("filter chain-id: no chain has the id \"%s\""), filter->chain_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
lian_registry_matches (LianRegistry *self,
                       LianFilter   *filter,
                       LianRecord   *record)
{
  Query q;
  gboolean result;

  query_init_plain (&q, filter);
  result = matches (self, &q, record);
  query_clear (&q);
  return result;
}

static void
add_bucket (LianRegistry *registry,
            GPtrArray    *into,
            LianBucket   *bucket)
{
  LianBucketIter iter;
  LianEntry *entry;

  lian_bucket_iter_init (&iter, registry, bucket);
  while ((entry = lian_bucket_iter_next (&iter)))
    g_ptr_array_add (into, entry);
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
      add_bucket (self, raw, lian_registry_get_bucket (self, index,
                                                 lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, c)));
  for (guint i = 0; i < raw->len; i++)
    if (g_hash_table_add (seen, raw->pdata[i]))
      g_ptr_array_add (all, raw->pdata[i]);
  return all;
}

/* Considers the bucket of @key in @index as the plan. */
static void
consider_bucket (Plan         *plan,
                 LianRegistry *self,
                 LianIndexId   index,
                 const char   *key,
                 const char   *how)
{
  GPtrArray *c = g_ptr_array_new ();

  add_bucket (self, c, lian_registry_get_bucket (self, index, key));
  consider (plan, c, how);
}

/* The plans a selection of needs can take: by chain, status, category,
 * region. */
static void
plan_needs (Plan         *plan,
            LianRegistry *self,
            const Query  *q)
{
  LianFilter *filter = q->filter;
  const char *chain = lian_filter_get_chain_id (filter);
  LianNeedCategories categories = lian_filter_get_categories (filter);
  GPtrArray *c;

  if (chain)
    consider_bucket (plan, self, LIAN_INDEX_NEED_CHAIN, chain, N_("needs by chain"));
  if (lian_filter_get_has_status (filter))
    consider_bucket (plan, self, LIAN_INDEX_NEED_STATUS,
                     lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, lian_filter_get_status (filter)),
                     N_("needs by status"));
  else if (lian_filter_get_open_only (filter))
    {
      c = g_ptr_array_new ();
      add_bucket (self, c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS, "submitted"));
      add_bucket (self, c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS, "accepted"));
      add_bucket (self, c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_STATUS, "in-progress"));
      consider (plan, c, N_("needs by status"));
    }
  if (categories)
    consider (plan, union_of_category_buckets (self, LIAN_INDEX_NEED_CATEGORY, categories),
              N_("needs by category"));
  if (q->region)
    {
      g_autoptr(GPtrArray) firms = g_ptr_array_new ();
      add_bucket (self, firms, lian_registry_get_bucket (self, LIAN_INDEX_ENTERPRISE_REGION, q->region));
      c = g_ptr_array_new ();
      for (guint i = 0; i < firms->len; i++)
        add_bucket (self, c, lian_registry_get_bucket (self, LIAN_INDEX_NEED_ENTERPRISE,
                                                 lian_entry_id (firms->pdata[i])));
      consider (plan, c, N_("needs of enterprises by region"));
    }
}

static Plan
make_plan (LianRegistry *self,
           const Query  *q)
{
  /* TRANSLATORS: how a selection finds its records: it reads them all */
  Plan plan = { NULL, N_("scan") };
  LianFilter *filter = q->filter;
  const char *chain = lian_filter_get_chain_id (filter);
  LianNeedCategories categories = lian_filter_get_categories (filter);

  switch (lian_filter_get_record_kind (filter))
    {
    case LIAN_RECORD_KIND_NEED:
      plan_needs (&plan, self, q);
      break;

    case LIAN_RECORD_KIND_ENTERPRISE:
      if (chain)
        consider_bucket (&plan, self, LIAN_INDEX_ENTERPRISE_CHAIN, chain,
                         N_("enterprises by chain"));
      if (q->region)
        consider_bucket (&plan, self, LIAN_INDEX_ENTERPRISE_REGION, q->region,
                         N_("enterprises by region"));
      break;

    case LIAN_RECORD_KIND_ORGANIZATION:
      if (chain)
        consider_bucket (&plan, self, LIAN_INDEX_ORG_CHAIN, chain, N_("organizations by chain"));
      break;

    case LIAN_RECORD_KIND_SERVICE:
      if (categories)
        consider (&plan, union_of_category_buckets (self, LIAN_INDEX_SERVICE_CATEGORY, categories),
                  N_("services by category"));
      break;

    default:
      break;
    }

  if (plan.entries)
    g_ptr_array_sort (plan.entries, lian_entry_compare_seq);
  return plan;
}

/* Runs @q; returns the records (owned references) in the order they were
 * added. */
static GPtrArray *
run_select (LianRegistry  *self,
            const Query   *q,
            const char   **how,
            guint         *n_visited)
{
  Plan plan;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  LianRecordKind kind = lian_filter_get_record_kind (q->filter);
  GPtrArray *scan = lian_registry_get_array (self, kind);
  guint n;
  g_autoptr(LianRecord) shell = NULL;
  LianVisit visit;

  /* What a filter reads of the records it names (a need's enterprise, a
   * project's needs) is read through objects it lets go of at the end:
   * the records selected keep theirs, held by the result. */
  lian_registry_begin_visit (self, &visit);
  plan = make_plan (self, q);
  n = plan.entries ? plan.entries->len : scan->len;

  for (guint i = 0; i < n; i++)
    {
      LianEntry *entry = plan.entries ? g_ptr_array_index (plan.entries, i) : NULL;
      gpointer item = entry ? lian_entry_item (entry) : lian_registry_item_at (scan, i);
      LianRecord *record = item;
      gboolean hit;

      /* A record held as a row is matched through a lent object: only
       * those selected get their own. */
      if (LIAN_ITEM_IS_ROW (item))
        {
          if (shell == NULL)
            shell = g_object_new (lian_record_kind_get_gtype (kind), NULL);
          lian_record_lend_row (shell, LIAN_ITEM_ROW (item));
          record = shell;
        }
      hit = matches (self, q, record);
      if (record == shell)
        {
          lian_record_unlend_row (shell);
          if (hit)
            record = entry ? lian_entry_record (self, entry) : lian_registry_record_at (self, scan, i);
        }
      if (hit)
        g_ptr_array_add (result, g_object_ref (record));
    }

  if (how)
    *how = plan.how;
  if (n_visited)
    *n_visited = n;
  g_clear_pointer (&plan.entries, g_ptr_array_unref);
  g_clear_object (&shell);
  lian_registry_end_visit (self, &visit);
  return result;
}

/**
 * lian_registry_select:
 * @self: a registry
 * @filter: what to select
 * @error: return location for a [error@Lian.DataError] or a
 *   [error@Lian.RegistryError]
 *
 * Selects the records of the filter's kind that meet all its criteria, in
 * the order they were added. A criterion on an indexed field (the chain,
 * status, category or region of needs; the chain or region of enterprises;
 * the chain of organisations; the categories of services) starts from the
 * index, so only the records it names are visited.
 *
 * A filter that cannot mean what its user wants is an error, never an
 * empty selection: one that [method@Lian.Filter.check] refuses (a date
 * that is not a real `YYYY-MM-DD` one, such as `2023-13-01`; a range that
 * ends before it starts; a malformed region code), a region name that no
 * region has or that several share (`LIAN_DATA_ERROR_INVALID_REGION`), or
 * a chain id the registry does not hold (`LIAN_REGISTRY_ERROR_NOT_FOUND`).
 * A region given by name is resolved as
 * [method@Lian.Registry.resolve_region] does.
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
 * Returns: (transfer full): a list of the records selected, or `NULL` with
 *   @error set if @filter is refused
 */
GListModel *
lian_registry_select (LianRegistry  *self,
                      LianFilter    *filter,
                      GError       **error)
{
  GListModel *any;
  GPtrArray *records;
  GType item_type;
  Query q;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (LIAN_IS_FILTER (filter), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!query_init (&q, self, filter, error))
    {
      query_clear (&q);
      return NULL;
    }
  any = G_LIST_MODEL (self->lists[lian_filter_get_record_kind (filter)]);
  item_type = g_list_model_get_item_type (any);
  records = run_select (self, &q, NULL, NULL);
  query_clear (&q);
  return G_LIST_MODEL (lian_record_list_new_take (item_type, records));
}

/**
 * lian_registry_explain_select:
 * @self: a registry
 * @filter: what to select
 * @n_visited: (out) (optional): how many records the selection visits
 * @error: return location for the errors of [method@Lian.Registry.select]
 *
 * Says how [method@Lian.Registry.select] would find the records that
 * @filter wants (from which index, or by scanning every record of the
 * kind) and how many records it visits on the way.
 *
 * Returns: (transfer full): a one-line description, such as
 *   `needs by chain: 120 visited, 37 selected`; `NULL` with @error set if
 *   [method@Lian.Registry.select] refuses @filter
 */
char *
lian_registry_explain_select (LianRegistry  *self,
                              LianFilter    *filter,
                              guint         *n_visited,
                              GError       **error)
{
  g_autoptr(GPtrArray) result = NULL;
  const char *how = NULL;
  guint visited = 0;
  Query q;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (LIAN_IS_FILTER (filter), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!query_init (&q, self, filter, error))
    {
      query_clear (&q);
      return NULL;
    }
  result = run_select (self, &q, &how, &visited);
  query_clear (&q);
  if (n_visited)
    *n_visited = visited;
  /* TRANSLATORS: how (needs by chain), records visited, records selected */
  return g_strdup_printf (_("%s: %u visited, %u selected"), _(how), visited, result->len);
}
