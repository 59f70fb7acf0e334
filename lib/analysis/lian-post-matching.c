/* lian-post-matching.c: suppliers for demand posts, and posts nobody serves
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-supplier-match.h"
#include "lian-matcher.h"
#include "lian-registry.h"
#include "lian-enterprise.h"
#include "lian-chain.h"
#include "lian-chain-link.h"
#include "lian-demand-post.h"
#include "lian-capability.h"
#include "lian-industry-code.h"
#include "lian-region-code.h"
#include "lian-error.h"
#include "lian-date.h"
#include "lian-chain-link-private.h"
#include "lian-date-private.h"
#include "lian-i18n-private.h"

/**
 * LianSupplierMatch:
 *
 * An enterprise proposed as a supplier for a [class@Lian.DemandPost], by
 * one of its [class@Lian.Capability] records, with a score and the reasons
 * for it. [method@Lian.Matcher.match_post] makes them.
 *
 * ```python
 * for m in Lian.Matcher.new(registry).match_post('post-1', 5):
 *     print(m.get_enterprise_id(), m.get_score(), '; '.join(m.get_reasons()))
 * ```
 */

struct _LianSupplierMatch
{
  GObject parent_instance;

  char   *post_id;
  char   *enterprise_id;
  char   *capability_id;
  double  score;
  GStrv   reasons;
};

G_DEFINE_FINAL_TYPE (LianSupplierMatch, lian_supplier_match, G_TYPE_OBJECT)

static void
lian_supplier_match_finalize (GObject *object)
{
  LianSupplierMatch *self = LIAN_SUPPLIER_MATCH (object);

  g_free (self->post_id);
  g_free (self->enterprise_id);
  g_free (self->capability_id);
  g_strfreev (self->reasons);

  G_OBJECT_CLASS (lian_supplier_match_parent_class)->finalize (object);
}

static void
lian_supplier_match_class_init (LianSupplierMatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_supplier_match_finalize;
}

static void
lian_supplier_match_init (LianSupplierMatch *self)
{
}

/**
 * lian_supplier_match_get_post_id:
 * @self: a supplier match
 *
 * Gets the id of the post.
 *
 * Returns: the id
 */
const char *
lian_supplier_match_get_post_id (LianSupplierMatch *self)
{
  g_return_val_if_fail (LIAN_IS_SUPPLIER_MATCH (self), NULL);

  return self->post_id;
}

/**
 * lian_supplier_match_get_enterprise_id:
 * @self: a supplier match
 *
 * Gets the id of the proposed supplier.
 *
 * Returns: the id
 */
const char *
lian_supplier_match_get_enterprise_id (LianSupplierMatch *self)
{
  g_return_val_if_fail (LIAN_IS_SUPPLIER_MATCH (self), NULL);

  return self->enterprise_id;
}

/**
 * lian_supplier_match_get_capability_id:
 * @self: a supplier match
 *
 * Gets the id of the capability the supplier was proposed by.
 *
 * Returns: the id
 */
const char *
lian_supplier_match_get_capability_id (LianSupplierMatch *self)
{
  g_return_val_if_fail (LIAN_IS_SUPPLIER_MATCH (self), NULL);

  return self->capability_id;
}

/**
 * lian_supplier_match_get_score:
 * @self: a supplier match
 *
 * Gets how well the supplier fits, from 0 to 100: 30 for the same chain,
 * 15 more for an upstream segment, 40, 30 or 20 for the same industry
 * class, group or division (30 for a product named alike), 10 for serving
 * the publisher's region and 5 more for the same province.
 *
 * Returns: the score
 */
double
lian_supplier_match_get_score (LianSupplierMatch *self)
{
  g_return_val_if_fail (LIAN_IS_SUPPLIER_MATCH (self), 0);

  return self->score;
}

/**
 * lian_supplier_match_get_reasons:
 * @self: a supplier match
 *
 * Gets the reasons for the match, in the language of lian's messages when
 * it was made.
 *
 * Returns: (transfer none) (array zero-terminated=1): the reasons
 */
const char * const *
lian_supplier_match_get_reasons (LianSupplierMatch *self)
{
  g_return_val_if_fail (LIAN_IS_SUPPLIER_MATCH (self), NULL);

  return (const char * const *) self->reasons;
}

/* Matching */

typedef struct
{
  LianRegistry   *registry;
  LianDemandPost *post;
  LianEnterprise *publisher;
  const char     *group;      /* the root of the publisher's headquarters tree */
  gint32          window;     /* days from publication to the end of delivery */
} PostContext;

/* The top of @id's headquarters links within the registry. */
static const char *
group_root (LianRegistry *registry,
            const char   *id)
{
  const char *at = id;

  for (guint steps = 0; steps < 64; steps++)
    {
      LianEnterprise *e = lian_registry_lookup_enterprise (registry, at);
      const char *parent = e ? lian_enterprise_get_parent_id (e) : NULL;

      if (parent == NULL || lian_registry_lookup_enterprise (registry, parent) == NULL)
        return at;
      at = parent;
    }
  return at;
}

/* How deep the best industry code of @cap goes with the post's: 3 for the
 * class, 2 the group, 1 the division, 0 none. */
static int
industry_depth (const char         *wanted,
                const char * const *codes,
                const char        **which)
{
  int best = 0;

  for (guint i = 0; wanted && codes[i]; i++)
    {
      size_t n = 0;
      int depth;

      while (wanted[n] && codes[i][n] == wanted[n] && g_ascii_isdigit (wanted[n]))
        n++;
      depth = n >= 4 && strlen (wanted) == 4 ? 3 : n >= 3 ? 2 : n >= 2 ? 1 : 0;
      if (depth > best)
        {
          best = depth;
          *which = codes[i];
        }
    }
  return best;
}

static gboolean
product_named_alike (const char         *product,
                     const char * const *products)
{
  for (guint i = 0; product && products[i]; i++)
    if (strstr (products[i], product) || strstr (product, products[i]))
      return TRUE;
  return FALSE;
}

static int
segment_position (LianChain  *chain,
                  const char *segment)
{
  const char * const *segments = chain ? lian_chain_get_segments (chain) : NULL;

  for (guint i = 0; segment && segments && segments[i]; i++)
    if (g_str_equal (segments[i], segment))
      return (int) i;
  return -1;
}

/* Scores the chain: 30 on the same chain, 15 more upstream of the post. */
static double
score_chain (PostContext    *c,
             LianEnterprise *supplier,
             GPtrArray      *reasons)
{
  const char *chain_id = lian_demand_post_get_chain_id (c->post);
  LianChain *chain = lian_registry_lookup_chain (c->registry, chain_id);
  guint n;
  LianChainLink * const *links = lian_enterprise_peek_chain_links (supplier, &n);
  int post_at = segment_position (chain, lian_demand_post_get_segment (c->post));

  for (guint i = 0; i < n; i++)
    {
      LianChainLink *link = links[i];
      int at;

      if (g_strcmp0 (lian_chain_link_get_chain_id (link), chain_id) != 0)
        continue;
      at = segment_position (chain, lian_chain_link_get_segment (link));
      if (at >= 0 && post_at >= 0 && at < post_at)
        {
          g_ptr_array_add (reasons, g_strdup_printf (_("on the same chain, upstream: %s before %s"),
                                                     lian_chain_link_get_segment (link),
                                                     lian_demand_post_get_segment (c->post)));
          return 45;
        }
      g_ptr_array_add (reasons, g_strdup (_("on the same chain")));
      return 30;
    }
  return 0;
}

/* Scores the industry; -1 when the capability is not for this product. */
static double
score_industry (PostContext    *c,
                LianCapability *cap,
                GPtrArray      *reasons)
{
  static const char * const levels[] = { NULL, N_("industry division %s"),
                                         N_("industry group %s"), N_("industry class %s") };
  const char *wanted = lian_demand_post_get_industry_code (c->post);
  const char *which = NULL;
  int depth = industry_depth (wanted, lian_capability_get_industry_codes (cap), &which);

  if (depth > 0)
    {
      g_autofree char *code = g_strndup (which, depth + 1);
      g_ptr_array_add (reasons, g_strdup_printf (_(levels[depth]), code));
      return depth == 3 ? 40 : depth == 2 ? 30 : 20;
    }
  if (product_named_alike (lian_demand_post_get_product (c->post),
                           lian_capability_get_products (cap)))
    {
      g_ptr_array_add (reasons, g_strdup_printf (_("makes %s"),
                                                 lian_demand_post_get_product (c->post)));
      return 30;
    }
  return -1;
}

/* Whether the capability makes the quantity within the window. */
static gboolean
has_capacity (PostContext    *c,
              LianCapability *cap,
              GPtrArray      *reasons)
{
  guint quantity = lian_demand_post_get_quantity (c->post);
  guint lead = lian_capability_get_lead_days (cap);
  g_autofree char *number = NULL;
  guint64 made;

  if (c->window < 0 || lead > (guint) c->window || lian_capability_get_min_order (cap) > quantity)
    return FALSE;
  made = lian_capability_get_capacity_for_days (cap, c->window - lead);
  if (made < quantity)
    return FALSE;
  number = g_strdup_printf ("%" G_GUINT64_FORMAT, made);
  /* TRANSLATORS: units it can make, their unit (件), units the post wants */
  g_ptr_array_add (reasons, g_strdup_printf (_("can make %s %s in the window (%u wanted)"),
                                             number, lian_demand_post_get_unit (c->post)
                                               ? lian_demand_post_get_unit (c->post) : "",
                                             quantity));
  return TRUE;
}

/* Scores the region; -1 when the capability does not serve the publisher's. */
static double
score_region (PostContext    *c,
              LianEnterprise *supplier,
              LianCapability *cap,
              GPtrArray      *reasons)
{
  const char *where = lian_enterprise_get_region (c->publisher);
  const char *from = lian_enterprise_get_region (supplier);
  const char * const *served = lian_capability_get_regions (cap);
  const char *serving = NULL;
  double score = 0;

  for (guint i = 0; serving == NULL && served[i]; i++)
    if (where && lian_adcode_is_valid (served[i]) && lian_adcode_is_valid (where) &&
        lian_adcode_contains (served[i], where))
      serving = served[i];
  if (served[0] && serving == NULL)
    return -1;
  if (serving)
    {
      const char *name = lian_adcode_get_name (serving);
      g_ptr_array_add (reasons, g_strdup_printf (_("serves %s"), name ? name : serving));
      score += 10;
    }
  if (where && from && strncmp (where, from, 2) == 0)
    {
      g_ptr_array_add (reasons, g_strdup (_("in the same province")));
      score += 5;
    }
  return score;
}

static LianSupplierMatch *
match_capability (PostContext    *c,
                  LianCapability *cap)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  const char *supplier_id = lian_capability_get_enterprise_id (cap);
  LianEnterprise *supplier = lian_registry_lookup_enterprise (c->registry, supplier_id);
  LianSupplierMatch *m;
  double chain, industry, region;

  if (supplier == NULL || g_strcmp0 (group_root (c->registry, supplier_id), c->group) == 0)
    return NULL;
  chain = score_chain (c, supplier, reasons);
  if ((industry = score_industry (c, cap, reasons)) < 0 || !has_capacity (c, cap, reasons) ||
      (region = score_region (c, supplier, cap, reasons)) < 0)
    return NULL;
  m = g_object_new (LIAN_TYPE_SUPPLIER_MATCH, NULL);
  m->post_id = g_strdup (lian_record_get_id (LIAN_RECORD (c->post)));
  m->enterprise_id = g_strdup (supplier_id);
  m->capability_id = g_strdup (lian_record_get_id (LIAN_RECORD (cap)));
  m->score = chain + industry + region;
  g_ptr_array_add (reasons, NULL);
  m->reasons = (GStrv) g_ptr_array_steal (reasons, NULL);
  return m;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  LianSupplierMatch *x = *(LianSupplierMatch **) a;
  LianSupplierMatch *y = *(LianSupplierMatch **) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return strcmp (x->enterprise_id, y->enterprise_id);
}

/* The best match of each supplier for @post, best first. */
static GPtrArray *
match_post (LianRegistry   *registry,
            LianDemandPost *post)
{
  g_autoptr(GListModel) caps = lian_registry_get_records (registry, LIAN_RECORD_KIND_CAPABILITY);
  g_autoptr(GHashTable) best = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *matches = g_ptr_array_new_with_free_func (g_object_unref);
  PostContext c = { registry, post, NULL, NULL, -1 };

  c.publisher = lian_registry_lookup_enterprise (registry, lian_demand_post_get_enterprise_id (post));
  if (c.publisher == NULL)
    return matches;
  c.group = group_root (registry, lian_demand_post_get_enterprise_id (post));
  if (lian_date_is_valid (lian_demand_post_get_published (post)) && lian_date_is_valid (lian_demand_post_get_delivery_until (post)))
    c.window = lian_date_to_day (lian_demand_post_get_delivery_until (post)) -
               lian_date_to_day (lian_demand_post_get_published (post));
  for (guint i = 0, n = g_list_model_get_n_items (caps); i < n; i++)
    {
      g_autoptr(LianCapability) cap = g_list_model_get_item (caps, i);
      LianSupplierMatch *m = match_capability (&c, cap);
      LianSupplierMatch *seen;

      if (m == NULL)
        continue;
      seen = g_hash_table_lookup (best, m->enterprise_id);
      if (seen && seen->score >= m->score)
        {
          g_object_unref (m);
          continue;
        }
      if (seen)
        g_ptr_array_remove (matches, seen);
      g_ptr_array_add (matches, m);
      g_hash_table_insert (best, m->enterprise_id, m);
    }
  g_ptr_array_sort (matches, compare_matches);
  return matches;
}

/**
 * lian_matcher_match_post:
 * @self: a matcher
 * @post_id: the id of a [class@Lian.DemandPost] in the matcher's registry
 * @max_results: the most matches to return, 0 for all
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Proposes suppliers for a demand post from the registry's
 * [class@Lian.Capability] records, best first, each with its reasons. A
 * capability serves the post when its industry code shares at least the
 * division of the post's (or, for a post without one, it names the product
 * alike), it can make the quantity between the day the post was published
 * and the end of the delivery window, after its lead time and within its
 * minimum order, and it serves the publisher's region. Enterprises on the
 * post's chain come first, those in a segment upstream of the publisher's
 * before them; the publisher and the enterprises of its group (linked by
 * [property@Lian.Enterprise:parent-id]) are left out. An enterprise with
 * several capabilities is proposed once, by its best.
 *
 * Returns: (transfer full) (nullable): a list of [class@Lian.SupplierMatch],
 *   possibly empty; `NULL` with `LIAN_REGISTRY_ERROR_NOT_FOUND` or
 *   `LIAN_REGISTRY_ERROR_WRONG_KIND` if @post_id is not a post
 */
GListModel *
lian_matcher_match_post (LianMatcher  *self,
                         const char   *post_id,
                         guint         max_results,
                         GError      **error)
{
  LianRegistry *registry;
  LianRecord *record;
  g_autoptr(GPtrArray) matches = NULL;
  GListStore *store;

  g_return_val_if_fail (LIAN_IS_MATCHER (self), NULL);
  g_return_val_if_fail (post_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  registry = lian_matcher_get_registry (self);
  record = lian_registry_lookup (registry, post_id);
  if (record == NULL || !LIAN_IS_DEMAND_POST (record))
    {
      g_set_error (error, LIAN_REGISTRY_ERROR,
                   record ? LIAN_REGISTRY_ERROR_WRONG_KIND : LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("no post has the id \"%s\""), post_id);
      return NULL;
    }
  matches = match_post (registry, LIAN_DEMAND_POST (record));
  store = g_list_store_new (LIAN_TYPE_SUPPLIER_MATCH);
  for (guint i = 0; i < matches->len && (max_results == 0 || i < max_results); i++)
    g_list_store_append (store, g_ptr_array_index (matches, i));
  return G_LIST_MODEL (store);
}

/**
 * lian_matcher_find_post_gaps:
 * @self: a matcher
 *
 * Finds the open demand posts that no capability of the registry can
 * serve (see [method@Lian.Matcher.match_post]): products the region's
 * chains want and nobody near makes, leads for investment promotion
 * (招商). Posts come in the order of their ids.
 *
 * Returns: (transfer full): a list of [class@Lian.DemandPost], possibly
 *   empty
 */
GListModel *
lian_matcher_find_post_gaps (LianMatcher *self)
{
  LianRegistry *registry;
  g_autoptr(GListModel) posts = NULL;
  GListStore *store;

  g_return_val_if_fail (LIAN_IS_MATCHER (self), NULL);

  registry = lian_matcher_get_registry (self);
  posts = lian_registry_get_records (registry, LIAN_RECORD_KIND_POST);
  store = g_list_store_new (LIAN_TYPE_DEMAND_POST);
  for (guint i = 0, n = g_list_model_get_n_items (posts); i < n; i++)
    {
      g_autoptr(LianDemandPost) post = g_list_model_get_item (posts, i);
      g_autoptr(GPtrArray) matches = NULL;

      if (lian_demand_post_get_status (post) != LIAN_POST_STATUS_OPEN)
        continue;
      matches = match_post (registry, post);
      if (matches->len == 0)
        g_list_store_append (store, post);
    }
  return G_LIST_MODEL (store);
}
