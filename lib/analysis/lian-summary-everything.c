/* lian-summary-everything.c: the figures of the whole registry, from its
 * counts where it keeps them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-summary-private.h"
#include "lian-registry-private.h"
#include "lian-registry-query.h"
#include "lian-enum-types.h"

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch (p)
#else
#define PREFETCH(p) ((void) (p))
#endif
/* How many needs ahead the walk fetches. */
#define AHEAD_OBJECT 32

/* The figures of every record in the registry, with no scope and no date:
 * what the indexes count is not visited, and the needs are walked once,
 * in order, for what no index counts. */
void
lian_collect_count_everything (LianCollect *c)
{
  LianSummary *s = c->one;
  GPtrArray *needs = lian_registry_get_array (c->registry, LIAN_RECORD_KIND_NEED);
  guint n = needs->len;
  gint32 *days;
  guint base, k = 0;

  lian_collect_visit_all (c, LIAN_RECORD_KIND_CHAIN);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_ORGANIZATION);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_SERVICE);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_PROJECT);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_ACTIVITY);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_POST);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_RESPONSE);

  lian_collect_count_coverage (c);

  s->n_needs = lian_registry_count_needs (c->registry, NULL);
  for (guint i = 0; i < LIAN_N_NEED_STATUSES; i++)
    s->needs_by_status[i] = lian_registry_count_needs_by_status (c->registry, NULL, i);
  for (guint i = 0; i < LIAN_N_NEED_CATEGORIES; i++)
    s->needs_by_category[i] =
      lian_bucket_size (lian_registry_get_bucket (c->registry, LIAN_INDEX_NEED_CATEGORY,
                                                  lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, i)));
  /* Room for the days of every resolved need, filled in place. */
  base = s->days->len;
  g_array_set_size (s->days, base + s->needs_by_status[LIAN_NEED_STATUS_RESOLVED]);
  days = &g_array_index (s->days, gint32, base);
  for (guint i = 0; i < n; i++)
    {
      LianNeed *need = LIAN_NEED (lian_collect_borrow_at (c, needs, i, LIAN_RECORD_KIND_NEED));

      if (i + AHEAD_OBJECT < n)
        {
          /* Its object's fields or its row's. */
          char *ahead = LIAN_ITEM_ROW (lian_registry_item_at (needs, i + AHEAD_OBJECT));

          PREFETCH (ahead);
          PREFETCH (ahead + 64);
        }
      s->n_bottleneck += lian_need_get_bottleneck (need) != FALSE;
      if (lian_need_get_status (need) == LIAN_NEED_STATUS_RESOLVED &&
          k < s->needs_by_status[LIAN_NEED_STATUS_RESOLVED] &&
          (days[k] = lian_need_get_days_to_resolve (need)) >= 0)
        k++;
      lian_collect_give_back (c, LIAN_RECORD (need));
    }
  g_array_set_size (s->days, base + k);
}
