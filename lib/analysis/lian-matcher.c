/* lian-matcher.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-matcher.h"
#include "lian-match.h"
#include "lian-gap-private.h"
#include "lian-matching-private.h"
#include "lian-match-list-private.h"
#include "lian-match-private.h"
#include "lian-registry-private.h"
#include "lian-region-code.h"
#include "lian-error.h"
#include "lian-date.h"
#include "lian-i18n-private.h"

/**
 * LianMatcher:
 *
 * Proposes, for the needs in a [class@Lian.Registry], the service items
 * that can serve them, ranked, each as a [class@Lian.Match] with a score
 * and its reasons; and reports the needs that nothing can serve
 * ([method@Lian.Matcher.find_gaps]).
 *
 * A service item is proposed for a need only if all of these hold:
 *
 * - it serves the need's category;
 * - its region scope contains the region of the need's enterprise (an item
 *   without a scope applies everywhere);
 * - it applies to the need's chain: it names no chain, or names the need's
 *   (for a need without a chain, one of its enterprise's chains);
 * - it is valid on the matcher's day, [property@Lian.Matcher:as-of]
 *   (today if unset): that day lies between its
 *   [property@Lian.ServiceItem:valid-from] and
 *   [property@Lian.ServiceItem:valid-until], both included. What counts is
 *   whether the item can serve the need now, not whether it could on the
 *   day the need was submitted: an expired item is not proposed for an old
 *   need, and an item that came later is proposed for a need still open.
 *
 * Its score, between 0 and 1, is the sum of:
 *
 * | part | weight |
 * |---|---|
 * | serves the category | 0.4 |
 * | region scope: a county / a city / a province / none (the narrower, the closer to the enterprise) | 0.2 / 0.15 / 0.1 / 0.05 |
 * | chains: names the need's chain / names none | 0.1 / 0.05 |
 * | likeness of the texts | 0.3 × Dice's coefficient |
 *
 * so a proposed item scores at least 0.5. Scores are exact to 10⁻⁹:
 * items that fit equally well score the same, and then go by id.
 *
 * The likeness compares the set of character bigrams (pairs of adjacent
 * letters or digits, case folded; spaces and punctuation separate) of the
 * need's title and description with that of the item's name, description
 * and keywords, so that it works for Chinese, which has no spaces:
 * 研发贷款贴息 and 科技贷款贴息 share 贷款, 款贴 and 贴息. Matches are
 * ranked by score, best first, ties by service id.
 *
 * The reasons are written in the language of lian's messages at the time
 * of the call ([func@Lian.set_language], or the locale): `serves
 * financing`, `scope 无锡市 contains 新吴区`, … in English; `服务融资需求`,
 * `适用范围无锡市包含新吴区`, … in Chinese, where the category goes by its
 * Chinese label.
 *
 * Candidates come from an index of service items by category and region
 * scope: for a need in a county, only the items serving its category that
 * are scoped to that county, its city, its province or nothing are
 * visited. When only the best few are asked for, an item that cannot
 * enter them is not scored: the items sharing the rarest bigrams of the
 * need's text come first, and the search stops when what is left, even
 * sharing every bigram not yet read, could not beat the last kept. The
 * results are the same as if every item had been scored.
 *
 * A match's reasons are written when they are first read, in the
 * language of lian's messages when the match was made, from the need and
 * the item as they are then.
 *
 * ```python
 * matcher = Lian.Matcher.new(registry)
 * matcher.props.as_of = '2023-10-31'   # None: today
 * for match in matcher.match_need('need-007', 3):
 *     print(match.props.service_id, f'{match.props.score:.2f}',
 *           '; '.join(match.props.reasons))
 * ```
 */

struct _LianMatcher
{
  GObject parent_instance;

  LianRegistry *registry;
  char         *as_of;
};

G_DEFINE_FINAL_TYPE (LianMatcher, lian_matcher, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REGISTRY,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* GObject */

static void
lian_matcher_dispose (GObject *object)
{
  LianMatcher *self = LIAN_MATCHER (object);

  g_clear_object (&self->registry);

  G_OBJECT_CLASS (lian_matcher_parent_class)->dispose (object);
}

static void
lian_matcher_finalize (GObject *object)
{
  LianMatcher *self = LIAN_MATCHER (object);

  g_free (self->as_of);

  G_OBJECT_CLASS (lian_matcher_parent_class)->finalize (object);
}

static void
lian_matcher_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LianMatcher *self = LIAN_MATCHER (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      g_value_set_object (value, lian_matcher_get_registry (self));
      break;
    case PROP_AS_OF:
      g_value_set_string (value, lian_matcher_get_as_of (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_matcher_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LianMatcher *self = LIAN_MATCHER (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      self->registry = g_value_dup_object (value);
      break;
    case PROP_AS_OF:
      lian_matcher_set_as_of (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_matcher_constructed (GObject *object)
{
  LianMatcher *self = LIAN_MATCHER (object);

  G_OBJECT_CLASS (lian_matcher_parent_class)->constructed (object);

  if (self->registry == NULL)
    self->registry = lian_registry_new ();
}

static void
lian_matcher_class_init (LianMatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lian_matcher_dispose;
  object_class->finalize = lian_matcher_finalize;
  object_class->get_property = lian_matcher_get_property;
  object_class->set_property = lian_matcher_set_property;
  object_class->constructed = lian_matcher_constructed;

  /**
   * LianMatcher:registry:
   *
   * The registry whose needs and service items are matched. The matcher
   * reads it afresh on every call, so changes made in between count. Set
   * at construction; a matcher made without one gets an empty registry.
   */
  props[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, LIAN_TYPE_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianMatcher:as-of:
   *
   * The day on which service items must be valid to be proposed,
   * `YYYY-MM-DD`; `NULL` (the default) for today in the local time zone,
   * taken afresh at each call. Matches give it in their reasons
   * ("valid on 2023-10-31").
   */
  props[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_matcher_init (LianMatcher *self)
{
}

/**
 * lian_matcher_new:
 * @registry: the registry to match in
 *
 * Creates a matcher over @registry.
 *
 * Returns: (transfer full): a new matcher
 */
LianMatcher *
lian_matcher_new (LianRegistry *registry)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);

  return g_object_new (LIAN_TYPE_MATCHER, "registry", registry, NULL);
}

/**
 * lian_matcher_get_registry:
 * @self: a matcher
 *
 * Gets the registry matched in.
 *
 * Returns: (transfer none): the registry
 */
LianRegistry *
lian_matcher_get_registry (LianMatcher *self)
{
  g_return_val_if_fail (LIAN_IS_MATCHER (self), NULL);

  return self->registry;
}

/**
 * lian_matcher_get_as_of:
 * @self: a matcher
 *
 * Gets the day on which service items must be valid, as set with
 * [method@Lian.Matcher.set_as_of].
 *
 * Returns: (transfer none) (nullable): the day `YYYY-MM-DD`, or `NULL` for
 *   today
 */
const char *
lian_matcher_get_as_of (LianMatcher *self)
{
  g_return_val_if_fail (LIAN_IS_MATCHER (self), NULL);

  return self->as_of;
}

/**
 * lian_matcher_set_as_of:
 * @self: a matcher
 * @as_of: (nullable): a day `YYYY-MM-DD`, or `NULL` for today in the local
 *   time zone, whenever the matcher is called
 *
 * Sets the day on which service items must be valid to be proposed: see
 * [property@Lian.Matcher:as-of]. Pass an explicit day to match as of a
 * report's date, or to get the same results whatever day it is.
 */
void
lian_matcher_set_as_of (LianMatcher *self,
                        const char  *as_of)
{
  g_return_if_fail (LIAN_IS_MATCHER (self));
  g_return_if_fail (as_of == NULL || lian_date_is_valid (as_of));

  if (g_strcmp0 (self->as_of, as_of) == 0)
    return;
  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_AS_OF]);
}

/**
 * lian_matcher_match_need:
 * @self: a matcher
 * @need_id: the id of a [class@Lian.Need]
 * @max_results: how many matches to return at most, 0 for all
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Proposes the service items that can serve a need, whatever its status,
 * best first (ties by service id), following the rules and the score
 * described in [class@Lian.Matcher].
 *
 * Returns: (transfer full) (nullable): a list of [class@Lian.Match], empty
 *   if no item can serve the need; `NULL` with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` if the registry has no need @need_id
 */
GListModel *
lian_matcher_match_need (LianMatcher  *self,
                         const char   *need_id,
                         guint         max_results,
                         GError      **error)
{
  g_autoptr(LianMatching) matching = NULL;
  GArray *rows;
  LianNeed *need;

  g_return_val_if_fail (LIAN_IS_MATCHER (self), NULL);
  g_return_val_if_fail (need_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  matching = lian_matching_new (self->registry, self->as_of);
  need = lian_registry_lookup_need (self->registry, need_id);
  if (need == NULL)
    {
      lian_matching_leave (matching);
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("no need has the id \"%s\""), need_id);
      return NULL;
    }

  rows = g_array_new (FALSE, FALSE, sizeof (LianMatchRow));
  lian_matching_rank (matching, need, max_results, rows);
  lian_matching_leave (matching);
  return lian_match_list_new (matching, rows, G_OBJECT (need));
}

typedef struct
{
  guint64     head[2];  /* the first 16 bytes of @id, zero padded, to order fast */
  const char *id;
  LianNeed   *need;
} NeedById;

static void
need_by_id_init (NeedById   *item,
                 const char *id,
                 LianNeed   *need)
{
  gboolean end = FALSE;

  item->id = id;
  item->need = need;
  for (guint i = 0; i < 16; i++)
    {
      end = end || id[i] == '\0';
      item->head[i / 8] = (item->head[i / 8] << 8) | (end ? 0 : (guchar) id[i]);
    }
}

/* As strcmp() on the ids: the heads order as the bytes do. */
static int
compare_needs_by_id (gconstpointer a,
                     gconstpointer b)
{
  const NeedById *x = a, *y = b;

  if (x->head[0] != y->head[0])
    return x->head[0] < y->head[0] ? -1 : 1;
  if (x->head[1] != y->head[1])
    return x->head[1] < y->head[1] ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* The open needs in @scope (any kind of filter; its kind is ignored), by
 * id. @selected keeps them alive. */
static GArray *
select_open_needs (LianRegistry  *registry,
                   LianFilter    *scope,
                   GListModel   **selected)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  GPtrArray *records;
  GArray *needs;

  if (scope)
    {
      lian_filter_set_region (filter, lian_filter_get_region (scope));
      lian_filter_set_chain_id (filter, lian_filter_get_chain_id (scope));
      if (lian_filter_get_has_status (scope))
        lian_filter_set_status (filter, lian_filter_get_status (scope));
      lian_filter_set_categories (filter, lian_filter_get_categories (scope));
      lian_filter_set_tags (filter, lian_filter_get_tags (scope));
      lian_filter_set_since (filter, lian_filter_get_since (scope));
      lian_filter_set_until (filter, lian_filter_get_until (scope));
      lian_filter_set_text (filter, lian_filter_get_text (scope));
      lian_filter_set_bottleneck_only (filter, lian_filter_get_bottleneck_only (scope));
      lian_filter_set_open_longer_than (filter, lian_filter_get_open_longer_than (scope));
      lian_filter_set_as_of (filter, lian_filter_get_as_of (scope));
      lian_filter_set_resolved_since (filter, lian_filter_get_resolved_since (scope));
      lian_filter_set_resolved_until (filter, lian_filter_get_resolved_until (scope));
    }
  lian_filter_set_open_only (filter, TRUE);

  *selected = lian_registry_select (registry, filter, &error);
  if (*selected == NULL)
    {
      /* The matcher takes no GError: a scope that lian_registry_select()
       * refuses is the caller's mistake, and said loudly. */
      g_critical ("scope refused: %s", error->message);
      *selected = G_LIST_MODEL (lian_record_list_new (LIAN_TYPE_NEED));
    }
  records = lian_record_list_get_array (LIAN_RECORD_LIST (*selected));
  needs = g_array_sized_new (FALSE, FALSE, sizeof (NeedById), records->len);
  for (guint i = 0; i < records->len; i++)
    {
      NeedById item = { { 0, 0 }, NULL, NULL };

      need_by_id_init (&item, lian_record_get_id (records->pdata[i]), records->pdata[i]);
      g_array_append_val (needs, item);
    }
  g_array_sort (needs, compare_needs_by_id);
  return needs;
}

/**
 * lian_matcher_match_all:
 * @self: a matcher
 * @scope: (nullable): which needs: a [class@Lian.Filter] whose region,
 *   chain, status, categories, dates and text apply (its record kind is
 *   ignored), or `NULL` for all
 * @top: how many matches to keep per need, 0 for all
 *
 * Proposes service items for every open need in @scope (submitted,
 * accepted or in progress) at once: the @top best for each, as
 * [method@Lian.Matcher.match_need] would rank them. Needs that no item can
 * serve have no match in the list; [method@Lian.Matcher.find_gaps] reports
 * them.
 *
 * The work goes through the registry's index of service items by category
 * and region scope, reads each item's text once per call, not once per
 * need, and scores only the items that can still enter a need's top (see
 * [class@Lian.Matcher]). The list holds compact rows: it makes each
 * [class@Lian.Match] when asked for it, and keeps it; its reasons are
 * written when first read. [method@Lian.Matcher.match_each] hands the
 * matches over need by need instead.
 *
 * ```c
 * g_autoptr(GListModel) matches = lian_matcher_match_all (matcher, NULL, 3);
 * for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
 *   {
 *     g_autoptr(LianMatch) m = g_list_model_get_item (matches, i);
 *     g_print ("%s → %s\n", lian_match_get_need_id (m), lian_match_get_service_id (m));
 *   }
 * ```
 *
 * Returns: (transfer full): a list of [class@Lian.Match], ordered by need
 *   id, then best first
 */
GListModel *
lian_matcher_match_all (LianMatcher *self,
                        LianFilter  *scope,
                        guint        top)
{
  g_autoptr(LianMatching) matching = NULL;
  g_autoptr(GListModel) selected = NULL;
  g_autoptr(GArray) needs = NULL;
  LianNeed **list;
  GArray *rows;

  g_return_val_if_fail (LIAN_IS_MATCHER (self), NULL);
  g_return_val_if_fail (scope == NULL || LIAN_IS_FILTER (scope), NULL);

  matching = lian_matching_new (self->registry, self->as_of);
  needs = select_open_needs (self->registry, scope, &selected);
  rows = g_array_new (FALSE, FALSE, sizeof (LianMatchRow));
  /* The needs in their order, over the array that ordered them. */
  list = (LianNeed **) needs->data;
  for (guint n = 0; n < needs->len; n++)
    list[n] = g_array_index (needs, NeedById, n).need;
  lian_matching_rank_all (matching, list, needs->len, top, rows);
  lian_matching_leave (matching);
  return lian_match_list_new (matching, rows, G_OBJECT (selected));
}

/**
 * lian_matcher_match_each:
 * @self: a matcher
 * @scope: (nullable): which needs, as for [method@Lian.Matcher.match_all],
 *   or `NULL` for all
 * @top: how many matches to keep per need, 0 for all
 * @func: (scope call) (closure user_data): called with each need's matches
 * @user_data: data for @func
 *
 * Proposes service items for every open need in @scope, as
 * [method@Lian.Matcher.match_all] does, but hands each need's matches to
 * @func as soon as they are found, need by need in the order of their
 * ids, instead of gathering them all first: a program can print or store
 * them as they come, and keeps in memory only those it keeps. Needs that
 * no item can serve are skipped. `lian match` works this way.
 *
 * ```python
 * def show(need, matches):
 *     print(need.props.id, [m.props.service_id for m in matches])
 *     return True   # False stops
 * matcher.match_each(None, 3, show)
 * ```
 */
void
lian_matcher_match_each (LianMatcher   *self,
                         LianFilter    *scope,
                         guint          top,
                         LianMatchFunc  func,
                         gpointer       user_data)
{
  g_autoptr(LianMatching) matching = NULL;
  g_autoptr(GListModel) selected = NULL;
  g_autoptr(GArray) needs = NULL;

  g_return_if_fail (LIAN_IS_MATCHER (self));
  g_return_if_fail (scope == NULL || LIAN_IS_FILTER (scope));
  g_return_if_fail (func != NULL);

  matching = lian_matching_new (self->registry, self->as_of);
  needs = select_open_needs (self->registry, scope, &selected);
  for (guint n = 0; n < needs->len; n++)
    {
      LianNeed *need = g_array_index (needs, NeedById, n).need;
      GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (LianMatchRow), MAX (top, 1));
      g_autoptr(GListModel) matches = NULL;

      lian_matching_rank (matching, need, top, rows);
      if (rows->len == 0)
        {
          g_array_unref (rows);
          continue;
        }
      matches = lian_match_list_new (matching, rows, G_OBJECT (need));
      /* The callback's lookups are its own, not the visit's. */
      lian_matching_pause (matching);
      if (!func (need, matches, user_data))
        break;
      lian_matching_resume (matching);
    }
  lian_matching_leave (matching);
}

/* The code of the region at @level holding @code: 320214 → 320200 by city. */
static char *
region_at_level (const char *code,
                 LianLevel   level)
{
  char *current;

  if (code == NULL || !lian_adcode_is_valid (code))
    return NULL;
  current = g_strdup (code);
  while (lian_adcode_get_level (current) > level)
    {
      char *parent = lian_adcode_dup_parent (current);
      if (parent == NULL)
        break;
      g_free (current);
      current = parent;
    }
  return current;
}

typedef struct
{
  LianNeedCategory  category;
  char             *region;     /* NULL if unknown */
  GPtrArray        *need_ids;   /* borrowed strings, by id */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->region);
  g_ptr_array_unref (group->need_ids);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = *(Group * const *) a, *y = *(Group * const *) b;

  if (x->category != y->category)
    return x->category < y->category ? -1 : 1;
  return g_strcmp0 (x->region, y->region);
}

/**
 * lian_matcher_find_gaps:
 * @self: a matcher
 * @scope: (nullable): which needs, as for [method@Lian.Matcher.match_all],
 *   or `NULL` for all
 * @level: the level at which to group the needs' regions
 *
 * The gap report for departments: the open needs in @scope that no
 * service item can serve (under the rules of [class@Lian.Matcher]),
 * grouped by category and by the region at @level that holds their
 * enterprise. For a county-level region administered by its province
 * directly, a report by city groups it under the province.
 *
 * ```python
 * for gap in matcher.find_gaps(None, Lian.Level.CITY):
 *     print(gap.props.region_name, gap.props.category.value_nick, gap.props.n_needs)
 * ```
 *
 * Returns: (transfer full): a list of [class@Lian.Gap], ordered by
 *   category, then region code
 */
GListModel *
lian_matcher_find_gaps (LianMatcher *self,
                        LianFilter  *scope,
                        LianLevel    level)
{
  g_autoptr(LianMatching) matching = NULL;
  g_autoptr(GListModel) selected = NULL;
  g_autoptr(GArray) needs = NULL;
  g_autoptr(GHashTable) groups = NULL;     /* "category/region" → Group */
  g_autoptr(GPtrArray) sorted = NULL;
  GHashTableIter iter;
  gpointer value;
  GListStore *store;

  g_return_val_if_fail (LIAN_IS_MATCHER (self), NULL);
  g_return_val_if_fail (scope == NULL || LIAN_IS_FILTER (scope), NULL);
  g_return_val_if_fail ((guint) level <= LIAN_LEVEL_COUNTY, NULL);

  matching = lian_matching_new (self->registry, self->as_of);
  needs = select_open_needs (self->registry, scope, &selected);
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, group_free);
  for (guint n = 0; n < needs->len; n++)
    {
      LianNeed *need = g_array_index (needs, NeedById, n).need;
      LianNeedCategory category = lian_need_get_category (need);
      g_autofree char *region = NULL, *key = NULL;
      const char *located = NULL;
      Group *group;

      if (lian_matching_can_serve (matching, need, &located))
        continue;
      region = region_at_level (located, level);
      key = g_strdup_printf ("%d/%s", category, region ? region : "");
      group = g_hash_table_lookup (groups, key);
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->category = category;
          group->region = g_steal_pointer (&region);
          group->need_ids = g_ptr_array_new ();
          g_hash_table_insert (groups, g_steal_pointer (&key), group);
        }
      g_ptr_array_add (group->need_ids, (gpointer) g_array_index (needs, NeedById, n).id);
    }

  sorted = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_groups);

  store = g_list_store_new (LIAN_TYPE_GAP);
  for (guint i = 0; i < sorted->len; i++)
    {
      Group *group = g_ptr_array_index (sorted, i);
      g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
      g_autoptr(LianGap) gap = NULL;

      /* The needs were visited by id: their ids are in order already. */
      for (guint k = 0; k < group->need_ids->len; k++)
        g_strv_builder_add (ids, g_ptr_array_index (group->need_ids, k));
      gap = lian_gap_new_take (group->category, group->region,
                               group->region ? lian_matching_region_name (matching, group->region)
                                             : NULL,
                               g_strv_builder_end (ids));
      g_list_store_append (store, gap);
    }
  lian_matching_leave (matching);
  return G_LIST_MODEL (store);
}
