/* lian-report-chain-book.c: the chain book (一链一册)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-report-private.h"
#include "lian-i18n-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-party-org.h"
#include "lian-match.h"
#include "lian-matcher.h"
#include "lian-date.h"
#include "lian-summary.h"

#define N_CATEGORIES (LIAN_NEED_CATEGORY_OTHER + 1)

/* A service item is listed when it is among the best this many for an
 * open need of the chain, as the enterprise form shows them. */
#define N_BEST 3

typedef struct
{
  LianReport    r;
  LianChain    *chain;
  const char   *chain_id;
  char         *as_of;         /* the day services must be valid on */
  GListModel   *enterprises;   /* on the chain, as select finds them */
  GHashTable   *grassroots;    /* enterprise id → itself: in a grassroots org */
  GHashTable   *reached;       /* enterprise id → itself: in any org */
  guint         n_segments;
  /* Per segment, and one more for enterprises without a known segment. */
  guint        *n_enterprises;
  guint        *n_covered;
  guint        *n_reached;
  gboolean     *has_leader;
} Book;

static GListModel *
select_on_chain (LianRegistry   *registry,
                 LianRecordKind  kind,
                 const char     *chain_id)
{
  g_autoptr(LianFilter) filter = lian_filter_new (kind);

  lian_filter_set_chain_id (filter, chain_id);
  /* The chain was looked up first: a filter on it alone is never refused. */
  return lian_registry_select (registry, filter, NULL);
}

/* Which enterprises organisations reach: every organisation counts, as in
 * LianSummary (coverage is a property of the enterprise). */
static void
collect_coverage (Book *b)
{
  g_autoptr(GListModel) orgs = lian_registry_get_organizations (b->r.registry);
  guint n = g_list_model_get_n_items (orgs);

  b->grassroots = g_hash_table_new (g_str_hash, g_str_equal);
  b->reached = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianPartyOrg) org = g_list_model_get_item (orgs, i);
      const char * const *members = lian_party_org_get_member_ids (org);
      gboolean grassroots = lian_party_org_kind_is_grassroots (lian_party_org_get_kind (org));

      for (guint j = 0; members[j]; j++)
        {
          g_hash_table_add (b->reached, (gpointer) members[j]);
          if (grassroots)
            g_hash_table_add (b->grassroots, (gpointer) members[j]);
        }
    }
  /* An enterprise with its own party organisation is covered too. */
  n = g_list_model_get_n_items (b->enterprises);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianEnterprise) ent = g_list_model_get_item (b->enterprises, i);
      gpointer id = (gpointer) lian_record_get_id (LIAN_RECORD (ent));

      if (lian_summary_coverage_of (b->r.registry, ent, NULL) & LIAN_COVERAGE_OWN_ORGANIZATION)
        {
          g_hash_table_add (b->grassroots, id);
          g_hash_table_add (b->reached, id);
        }
    }
}

/* The index of the segment @ent is in, n_segments when none is known. */
static guint
segment_of (Book           *b,
            LianEnterprise *ent,
            LianChainRole  *role)
{
  LianChainLink *link = lian_enterprise_get_chain_link (ent, b->chain_id);
  int index = -1;

  if (link == NULL)
    {
      *role = LIAN_CHAIN_ROLE_SUPPORTING;
      return b->n_segments;
    }
  *role = lian_chain_link_get_role (link);
  if (lian_chain_link_get_segment (link))
    index = lian_chain_get_segment_index (b->chain, lian_chain_link_get_segment (link));
  return index < 0 ? b->n_segments : (guint) index;
}

static void
count_segments (Book *b)
{
  guint n = g_list_model_get_n_items (b->enterprises);

  b->n_segments = g_strv_length ((char **) lian_chain_get_segments (b->chain));
  b->n_enterprises = g_new0 (guint, b->n_segments + 1);
  b->n_covered = g_new0 (guint, b->n_segments + 1);
  b->n_reached = g_new0 (guint, b->n_segments + 1);
  b->has_leader = g_new0 (gboolean, b->n_segments + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianEnterprise) ent = g_list_model_get_item (b->enterprises, i);
      const char *id = lian_record_get_id (LIAN_RECORD (ent));
      LianChainRole role;
      guint s = segment_of (b, ent, &role);

      b->n_enterprises[s]++;
      if (g_hash_table_contains (b->grassroots, id))
        b->n_covered[s]++;
      if (g_hash_table_contains (b->reached, id))
        b->n_reached[s]++;
      if (role == LIAN_CHAIN_ROLE_LEADER || lian_chain_is_leader (b->chain, id))
        b->has_leader[s] = TRUE;
    }
}

static void
write_overview (Book *b)
{
  LianReport *r = &b->r;
  guint n = g_list_model_get_n_items (b->enterprises), covered = 0, reached = 0;
  g_autofree char *region = lian_report_region_name (r, lian_chain_get_region (b->chain));
  g_autofree char *n_segments = lian_report_count (b->n_segments);
  g_autofree char *n_ents = lian_report_count (n);
  g_autofree char *org_coverage = NULL, *work_coverage = NULL;

  for (guint s = 0; s <= b->n_segments; s++)
    covered += b->n_covered[s], reached += b->n_reached[s];
  org_coverage = lian_report_ratio (covered, n);
  work_coverage = lian_report_ratio (reached, n);

  lian_report_section (r, _("Overview"));
  lian_report_fields_begin (r);
  lian_report_field (r, _("Industrial chain"), lian_record_get_name (LIAN_RECORD (b->chain)));
  lian_report_field (r, _("Id"), b->chain_id);
  lian_report_field (r, _("Tier"), lian_report_label (LIAN_TYPE_CHAIN_TIER,
                                                    lian_chain_get_tier (b->chain)));
  lian_report_field (r, _("Industrial cluster"), lian_chain_get_cluster (b->chain));
  lian_report_field (r, _("Level"), lian_report_label (LIAN_TYPE_LEVEL,
                                                     lian_chain_get_level (b->chain)));
  /* TRANSLATORS: the region a chain belongs to. */
  lian_report_field (r, _("Region of the chain"), region);
  lian_report_field (r, _("Segments"), n_segments);
  lian_report_field (r, _("Enterprises on the chain"), n_ents);
  lian_report_field (r, _("Organisation coverage"), org_coverage);
  lian_report_field (r, _("Work coverage"), work_coverage);
  lian_report_fields_end (r);
}

static void
write_segments (Book *b)
{
  LianReport *r = &b->r;
  const char * const *names = lian_chain_get_segments (b->chain);
  g_autofree LianReportSegment *segments = g_new0 (LianReportSegment, b->n_segments + 1);

  lian_report_section (r, _("Segments (upstream → downstream)"));
  if (b->n_segments == 0)
    lian_report_note (r, _("No segments are recorded for this chain."));
  for (guint s = 0; s < b->n_segments; s++)
    {
      segments[s].name = names[s];
      segments[s].n_enterprises = b->n_enterprises[s];
      segments[s].n_covered = b->n_covered[s];
      segments[s].has_leader = b->has_leader[s];
    }
  lian_report_chain_diagram (r, _("Enterprises and organisation coverage by segment "
                                "(framed in red: the segments of leader enterprises)"),
                             segments, b->n_segments);

  lian_report_table_begin (r, "lrrr", _("Segment"), _("Enterprises"), _("Organisation coverage"),
                           _("Work coverage"));
  for (guint s = 0; s <= b->n_segments; s++)
    {
      g_autofree char *count = NULL, *covered = NULL, *reached = NULL;

      if (s == b->n_segments && b->n_enterprises[s] == 0)
        break;
      count = lian_report_count (b->n_enterprises[s]);
      covered = lian_report_ratio (b->n_covered[s], b->n_enterprises[s]);
      reached = lian_report_ratio (b->n_reached[s], b->n_enterprises[s]);
      lian_report_row (r, s < b->n_segments ? names[s] : _("No segment given"), count, covered,
                       reached);
    }
  lian_report_table_end (r);
  lian_report_note (r, _("Organisation coverage: enterprises in a grassroots organisation (a party "
                         "branch, joint committee, action branch or enterprise organisation), or "
                         "with their own organisation (which 3 or more full party members may "
                         "set up); work coverage: those, and enterprises in any organisation "
                         "(party-building alliances and vanguard service teams included)."));
}

static void
write_leaders (Book *b)
{
  LianReport *r = &b->r;
  const char * const *leaders = lian_chain_get_leader_ids (b->chain);

  lian_report_section (r, _("Leader enterprises"));
  if (leaders[0] == NULL)
    {
      lian_report_note (r, _("No leader enterprise is recorded for this chain."));
      return;
    }
  lian_report_table_begin (r, "lnnnnn", _("Enterprise"), _("Segment"), _("Location"), _("Size"),
                           _("Contact"), _("Contact phone"));
  for (guint i = 0; leaders[i]; i++)
    {
      LianEnterprise *ent = lian_registry_lookup_enterprise (r->registry, leaders[i]);
      LianChainLink *link = ent ? lian_enterprise_get_chain_link (ent, b->chain_id) : NULL;
      g_autofree char *region = NULL, *phone = NULL;

      if (ent == NULL)
        {
          lian_report_row (r, leaders[i], NULL, NULL, NULL, NULL, NULL);
          continue;
        }
      region = lian_report_region_name (r, lian_enterprise_get_region (ent));
      phone = lian_report_phone (r, lian_enterprise_get_contact_phone (ent));
      lian_report_row (r, lian_record_get_name (LIAN_RECORD (ent)),
                       link ? lian_chain_link_get_segment (link) : NULL, region,
                       lian_report_label (LIAN_TYPE_ENTERPRISE_SIZE, lian_enterprise_get_size (ent)),
                       lian_enterprise_get_contact_name (ent), phone);
    }
  lian_report_table_end (r);
}

static void
write_enterprises (Book *b)
{
  LianReport *r = &b->r;
  guint n = g_list_model_get_n_items (b->enterprises);
  const char * const *names = lian_chain_get_segments (b->chain);

  lian_report_section (r, _("Enterprises on the chain"));
  if (n == 0)
    {
      lian_report_note (r, _("No enterprise is on this chain yet."));
      return;
    }
  lian_report_table_begin (r, "nlnnnnn", _("Segment"), _("Enterprise"), _("Role"), _("Location"),
                           _("Size"), _("Organisation coverage"), _("Work coverage"));
  /* Segment by segment, upstream first; in each, in the registry's order. */
  for (guint s = 0; s <= b->n_segments; s++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(LianEnterprise) ent = g_list_model_get_item (b->enterprises, i);
        const char *id = lian_record_get_id (LIAN_RECORD (ent));
        g_autofree char *region = NULL;
        LianChainRole role;

        if (segment_of (b, ent, &role) != s)
          continue;
        region = lian_report_region_name (r, lian_enterprise_get_region (ent));
        lian_report_row (r, s < b->n_segments ? names[s] : _("No segment given"),
                         lian_record_get_name (LIAN_RECORD (ent)),
                         lian_report_label (LIAN_TYPE_CHAIN_ROLE, role), region,
                         lian_report_label (LIAN_TYPE_ENTERPRISE_SIZE, lian_enterprise_get_size (ent)),
                         g_hash_table_contains (b->grassroots, id) ? _("Yes") : _("No"),
                         g_hash_table_contains (b->reached, id) ? _("Yes") : _("No"));
      }
  lian_report_table_end (r);
}

static void
write_organizations (Book *b)
{
  LianReport *r = &b->r;
  g_autoptr(GListModel) orgs = select_on_chain (r->registry, LIAN_RECORD_KIND_ORGANIZATION,
                                                b->chain_id);
  guint n = g_list_model_get_n_items (orgs);

  lian_report_section (r, _("Party organisations serving the chain"));
  if (n == 0)
    {
      lian_report_note (r, _("No party organisation serves this chain yet."));
      return;
    }
  lian_report_table_begin (r, "lnnnlrr", _("Party organisation"), _("Kind"), _("Level"),
                           _("Location"), _("Brand"), _("Member enterprises"), _("Party members"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianPartyOrg) org = g_list_model_get_item (orgs, i);
      g_autofree char *region = lian_report_region_name (r, lian_party_org_get_region (org));
      g_autofree char *members = lian_report_count (g_strv_length ((char **) lian_party_org_get_member_ids (org)));
      g_autofree char *party = lian_report_count (lian_party_org_get_party_members (org));

      lian_report_row (r, lian_record_get_name (LIAN_RECORD (org)),
                       lian_report_label (LIAN_TYPE_ORG_KIND, lian_party_org_get_kind (org)),
                       lian_report_label (LIAN_TYPE_LEVEL, lian_party_org_get_level (org)),
                       region, lian_party_org_get_brand (org), members, party);
    }
  lian_report_table_end (r);
}

static void
needs_row (LianReport *r,
           gboolean    footer,
           const char *label,
           guint       open,
           guint       resolved,
           guint       closed)
{
  g_autofree char *o = lian_report_count (open);
  g_autofree char *s = lian_report_count (resolved);
  g_autofree char *x = lian_report_count (closed);
  g_autofree char *t = lian_report_count (open + resolved + closed);

  if (footer)
    lian_report_footer_row (r, label, o, s, x, t);
  else
    lian_report_row (r, label, o, s, x, t);
}

static void
write_needs (Book *b)
{
  LianReport *r = &b->r;
  g_autoptr(GListModel) needs = select_on_chain (r->registry, LIAN_RECORD_KIND_NEED, b->chain_id);
  guint n = g_list_model_get_n_items (needs), n_open = 0;
  guint open[N_CATEGORIES] = { 0 }, resolved[N_CATEGORIES] = { 0 }, closed[N_CATEGORIES] = { 0 };
  guint total[3] = { 0 };   /* open, resolved, closed */
  LianReportBar bars[N_CATEGORIES] = { { 0 } };
  guint n_bars = 0;
  const LianReportChart chart = {
    _("Needs by category: open, resolved and closed"),
    { _("Open"), _("Resolved"), _("Closed") },
    { "#e0a11b", "#2e7d32", "#9aa1ab" }, FALSE,
  };

  lian_report_section (r, _("Enterprise needs by category"));
  if (n == 0)
    {
      lian_report_note (r, _("This chain has no needs yet."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);
      LianNeedCategory c = lian_need_get_category (need);

      if (lian_need_is_open (need))
        open[c]++, total[0]++;
      else if (lian_need_get_status (need) == LIAN_NEED_STATUS_RESOLVED)
        resolved[c]++, total[1]++;
      else
        closed[c]++, total[2]++;
    }
  for (guint c = 0; c < N_CATEGORIES; c++)
    if (open[c] + resolved[c] + closed[c])
      {
        bars[n_bars].label = lian_report_label (LIAN_TYPE_NEED_CATEGORY, c);
        bars[n_bars].values[0] = open[c];
        bars[n_bars].values[1] = resolved[c];
        bars[n_bars].values[2] = closed[c];
        n_bars++;
      }
  lian_report_bar_chart (r, &chart, bars, n_bars);

  lian_report_table_begin (r, "lrrrr", _("Category"), _("Open"), _("Resolved"), _("Closed"),
                           _("Total"));
  for (guint c = 0; c < N_CATEGORIES; c++)
    if (open[c] + resolved[c] + closed[c])
      needs_row (r, FALSE, lian_report_label (LIAN_TYPE_NEED_CATEGORY, c),
                 open[c], resolved[c], closed[c]);
  needs_row (r, TRUE, _("Total"), total[0], total[1], total[2]);
  lian_report_table_end (r);

  lian_report_subsection (r, _("Open needs"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);

      if (!lian_need_is_open (need))
        continue;
      if (n_open++ == 0)
        lian_report_table_begin (r, "llnnnl", _("Need"), _("Enterprise"), _("Category"),
                                 _("Status"), _("Submitted"), _("Assignee"));
      lian_report_row (r, lian_need_get_title (need),
                       lian_report_record_name (r, lian_need_get_enterprise_id (need)),
                       lian_report_label (LIAN_TYPE_NEED_CATEGORY, lian_need_get_category (need)),
                       lian_report_label (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need)),
                       lian_need_get_submitted (need),
                       lian_report_record_name (r, lian_need_get_assignee_id (need)));
    }
  if (n_open)
    lian_report_table_end (r);
  else
    lian_report_note (r, _("No open needs."));
}

typedef struct
{
  LianServiceItem *item;
  guint            n_needs;    /* open needs of the chain it can serve */
  guint            order;      /* in the registry */
} Applicable;

typedef struct
{
  guint    n_needs;
  gboolean best;               /* among the N_BEST for one of them */
} Count;

static int
compare_applicable (gconstpointer a,
                    gconstpointer b)
{
  const Applicable *x = a, *y = b;

  if (x->n_needs != y->n_needs)
    return x->n_needs > y->n_needs ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The service items the matcher proposes among the N_BEST for at least
 * one open need of the chain, with how many each can serve, most first;
 * @n_others is set to how many more can serve one. */
static GArray *
collect_applicable (Book  *b,
                    guint *n_others)
{
  g_autoptr(LianMatcher) matcher = lian_matcher_new (b->r.registry);
  g_autoptr(LianFilter) scope = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GListModel) services = lian_registry_get_services (b->r.registry);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GArray *applicable = g_array_new (FALSE, FALSE, sizeof (Applicable));
  const char *need = NULL;
  guint n, rank = 0;

  lian_matcher_set_as_of (matcher, b->as_of);
  lian_filter_set_chain_id (scope, b->chain_id);
  matches = lian_matcher_match_all (matcher, scope, 0);
  n = g_list_model_get_n_items (matches);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianMatch) match = g_list_model_get_item (matches, i);
      LianServiceItem *item = lian_registry_lookup_service (b->r.registry,
                                                            lian_match_get_service_id (match));
      const char *id;
      Count *count;

      /* Matches come by need, best first. */
      if (g_strcmp0 (need, lian_match_get_need_id (match)) != 0)
        rank = 0;
      need = lian_match_get_need_id (match);   /* lives as long as @matches */
      rank++;
      if (item == NULL)
        continue;
      id = lian_record_get_id (LIAN_RECORD (item));
      count = g_hash_table_lookup (counts, id);
      if (count == NULL)
        g_hash_table_insert (counts, (gpointer) id, count = g_new0 (Count, 1));
      count->n_needs++;
      count->best = count->best || rank <= N_BEST;
    }
  *n_others = g_hash_table_size (counts);
  n = g_list_model_get_n_items (services);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianServiceItem) item = g_list_model_get_item (services, i);
      Count *count = g_hash_table_lookup (counts, lian_record_get_id (LIAN_RECORD (item)));
      Applicable a = { item, count ? count->n_needs : 0, i };

      if (count && count->best)
        g_array_append_val (applicable, a);
    }
  *n_others -= applicable->len;
  g_array_sort (applicable, compare_applicable);
  return applicable;
}

static void
write_services (Book *b)
{
  LianReport *r = &b->r;
  guint n_others;
  g_autoptr(GArray) applicable = collect_applicable (b, &n_others);
  g_autofree char *note = NULL;

  lian_report_section (r, _("Service items that apply"));
  if (applicable->len == 0)
    {
      note = g_strdup_printf (_("No service item valid on %s can serve the chain's open needs."),
                              b->as_of);
      lian_report_note (r, note);
      return;
    }
  lian_report_table_begin (r, "lnllnnr", _("Service item"), _("Kind"), _("Provider"),
                           _("Serves"), _("Scope"), _("Valid"), _("Needs it can serve"));
  for (guint i = 0; i < applicable->len; i++)
    {
      LianServiceItem *item = g_array_index (applicable, Applicable, i).item;
      const char *region_code = lian_service_item_get_region (item);
      const char *from = lian_service_item_get_valid_from (item);
      const char *until = lian_service_item_get_valid_until (item);
      g_autofree char *region = NULL, *categories = NULL, *validity = NULL, *n_needs = NULL;

      /* TRANSLATORS: the scope of a service item offered everywhere. */
      region = region_code ? lian_report_region_name (r, region_code) : g_strdup (_("Anywhere"));
      categories = lian_report_categories (lian_service_item_get_categories (item));
      /* TRANSLATORS: a period of validity: "2023-01-01 to 2025-12-31";
       * the end may be "No end". */
      if (from || until)
        validity = g_strdup_printf (_("%s to %s"), from ? from : "", until ? until : _("No end"));
      n_needs = lian_report_count (g_array_index (applicable, Applicable, i).n_needs);
      lian_report_row (r, lian_record_get_name (LIAN_RECORD (item)),
                       lian_report_label (LIAN_TYPE_SERVICE_KIND, lian_service_item_get_kind (item)),
                       lian_service_item_get_provider (item), categories, region,
                       validity ? validity : _("No end"), n_needs);
    }
  lian_report_table_end (r);
  note = g_strdup_printf (_("The service items valid on %s, for the chain and the regions of its "
                            "enterprises, that rank among the best %d for at least one open need "
                            "of the chain, by the number of needs they can serve."),
                          b->as_of, N_BEST);
  lian_report_note (r, note);
  if (n_others)
    {
      g_autofree char *count = lian_report_count (n_others);
      g_autofree char *others = n_others == 1
                                ? g_strdup_printf (_("1 more valid service item can also serve "
                                                     "open needs of the chain, not among the "
                                                     "best %d."), N_BEST)
                                : g_strdup_printf (_("%s more valid service items can also serve "
                                                     "open needs of the chain, none of them "
                                                     "among the best %d."), count, N_BEST);
      lian_report_note (r, others);
    }
}

static void
write_projects (Book *b)
{
  LianReport *r = &b->r;
  g_autoptr(GListModel) projects = select_on_chain (r->registry, LIAN_RECORD_KIND_PROJECT,
                                                    b->chain_id);
  guint n = g_list_model_get_n_items (projects), talents = 0, solved = 0;
  gint64 loans = 0;
  g_autofree char *total_loans = NULL, *total_talents = NULL, *total_solved = NULL;

  lian_report_section (r, _("Action projects"));
  if (n == 0)
    {
      lian_report_note (r, _("No action projects yet."));
      return;
    }
  lian_report_table_begin (r, "llnrnnrrr", _("Action project"), _("Lead organisation"),
                           _("Status"), _("Needs"), _("Started"), _("Finished (due)"),
                           _("Loans coordinated"), _("Talents brought in"), _("Problems solved"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianActionProject) p = g_list_model_get_item (projects, i);
      const char *finished = lian_action_project_get_finished (p);
      const char *due = lian_action_project_get_due (p);
      g_autofree char *needs = lian_report_count (g_strv_length ((char **) lian_action_project_get_need_ids (p)));
      g_autofree char *end = finished ? g_strdup (finished)
                                      /* TRANSLATORS: a due day, not a finished one. */
                                      : due ? g_strdup_printf (_("(%s)"), due) : NULL;
      g_autofree char *money = lian_report_yuan (lian_action_project_get_loans_yuan (p));
      g_autofree char *people = lian_report_count (lian_action_project_get_talents (p));
      g_autofree char *done = lian_report_count (lian_action_project_get_problems_solved (p));

      loans += lian_action_project_get_loans_yuan (p);
      talents += lian_action_project_get_talents (p);
      solved += lian_action_project_get_problems_solved (p);
      lian_report_row (r, lian_record_get_name (LIAN_RECORD (p)),
                       lian_report_record_name (r, lian_action_project_get_owner_id (p)),
                       lian_report_label (LIAN_TYPE_PROJECT_STATUS, lian_action_project_get_status (p)),
                       needs, lian_action_project_get_started (p), end, money, people, done);
    }
  total_loans = lian_report_yuan (loans);
  total_talents = lian_report_count (talents);
  total_solved = lian_report_count (solved);
  lian_report_footer_row (r, _("Total"), "", "", "", "", "", total_loans, total_talents,
                          total_solved);
  lian_report_table_end (r);
}

static void
write_activities (Book *b)
{
  LianReport *r = &b->r;
  g_autoptr(GListModel) activities = select_on_chain (r->registry, LIAN_RECORD_KIND_ACTIVITY,
                                                      b->chain_id);
  guint n = g_list_model_get_n_items (activities);

  if (n == 0)
    return;
  lian_report_section (r, _("Party-building activities"));
  lian_report_table_begin (r, "lnnlr", _("Activity"), _("Kind"), _("Date"),
                           _("Party organisation"), _("Participants"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianActivity) a = g_list_model_get_item (activities, i);
      guint participants = lian_activity_get_participants (a);
      g_autofree char *people = participants ? lian_report_count (participants) : NULL;

      lian_report_row (r, lian_record_get_name (LIAN_RECORD (a)),
                       lian_report_label (LIAN_TYPE_ACTIVITY_KIND, lian_activity_get_kind (a)),
                       lian_activity_get_date (a),
                       lian_report_record_name (r, lian_activity_get_org_id (a)), people);
    }
  lian_report_table_end (r);
}

/**
 * lian_report_chain_book:
 * @registry: a registry
 * @chain_id: the id of a [class@Lian.Chain]
 * @as_of: (nullable): the day on which service items must be valid,
 *   `YYYY-MM-DD`, or `NULL` for today in the local time zone
 * @format: HTML or Markdown
 * @flags: whether to show personal data
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Writes the chain book (一链一册) of a chain: everything the registry
 * knows about it, in one document.
 *
 * - *Overview*: name, tier, cluster, level, region, and the headline
 *   counts.
 * - *Segments*, upstream to downstream: in HTML a diagram (a box per
 *   segment, arrows between them, the segments that hold a chain leader
 *   marked 链主), in Markdown one line; then a table with, per segment, the
 *   enterprises in it and their organisation coverage (those that are
 *   members of a grassroots organisation, see
 *   [func@Lian.PartyOrg.kind_is_grassroots], or have their own, see
 *   [func@Lian.Summary.coverage_of], out of the enterprises in the
 *   segment) and work coverage (those, and members of any organisation). Enterprises
 *   on the chain without a segment, or with one the chain does not list,
 *   are counted in a row of their own.
 * - *Leader enterprises* ([property@Lian.Chain:leader-ids]), with their
 *   contact, and every *enterprise on the chain*, by segment.
 * - The *organisations* serving the chain.
 * - The chain's *needs* by category: open (submitted, accepted or in
 *   progress), resolved and closed; in HTML also as a bar chart; then the
 *   open needs one by one.
 * - The *service items* that apply to the chain, its regions and its open
 *   needs: those [method@Lian.Matcher.match_all], judging validity on
 *   @as_of, ranks among the three best for at least one open need of the
 *   chain (as the enterprise form shows them), each with how many of the
 *   chain's open needs it can serve, most first; and how many more items
 *   could serve one.
 * - The *action projects* bundling the chain's needs, with their outcomes
 *   (loans, talents, problems solved) and their totals, and the chain's
 *   activities.
 * - When the chain has demand posts ([class@Lian.DemandPost]), the *orders
 *   and capacity shared* (同享同行): posts, responses, awards, the value of
 *   the orders and the shares awarded on the chain and in the province
 *   (as [class@Lian.Summary] counts them), then each post with how many
 *   suppliers [method@Lian.Matcher.match_post] proposes.
 *
 * Records are "on the chain" as [method@Lian.Registry.select] decides. The
 * text is in the language of lian's messages ([func@Lian.set_language], or
 * the locale): English, or Chinese, with amounts in 万元 and 亿元; an HTML
 * page says which in its `lang`. Under the title the book says the day
 * its data stands at (数据截至, "Data as of"): @as_of. Every value taken from the registry is escaped (HTML) or
 * made inert (Markdown: no HTML, no `<` at all). Phone numbers are masked
 * as [func@Lian.mask_phone] does unless @flags has
 * `LIAN_REPORT_FLAGS_SHOW_PERSONAL`. The same registry and @as_of give the
 * same text; the book names the day it judged validity on.
 *
 * ```python
 * html = Lian.report_chain_book(registry, 'chain-ic', None, Lian.ReportFormat.HTML,
 *                               Lian.ReportFlags.NONE)
 * Lian.file_set_contents('chain-ic.html', html.encode(), None)
 * ```
 *
 * Returns: (transfer full): the document (UTF-8), or `NULL` with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` if the registry has no chain @chain_id
 */
char *
lian_report_chain_book (LianRegistry      *registry,
                        const char        *chain_id,
                        const char        *as_of,
                        LianReportFormat   format,
                        LianReportFlags    flags,
                        GError           **error)
{
  Book b = { 0 };
  char *text;

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (chain_id != NULL, NULL);
  g_return_val_if_fail (as_of == NULL || lian_date_is_valid (as_of), NULL);
  g_return_val_if_fail (format == LIAN_REPORT_FORMAT_HTML || format == LIAN_REPORT_FORMAT_MARKDOWN,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  b.chain = lian_registry_lookup_chain (registry, chain_id);
  if (b.chain == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   "no chain \"%s\" in the registry", chain_id);
      return NULL;
    }
  b.chain_id = lian_record_get_id (LIAN_RECORD (b.chain));
  b.as_of = lian_report_dup_as_of (as_of);
  lian_report_init (&b.r, registry, format, flags);
  b.enterprises = select_on_chain (registry, LIAN_RECORD_KIND_ENTERPRISE, b.chain_id);
  collect_coverage (&b);
  count_segments (&b);

  /* TRANSLATORS: the kind of report: 一链一册 ("one chain, one book"). */
  lian_report_begin (&b.r, _("Chain book"), lian_record_get_name (LIAN_RECORD (b.chain)), b.as_of);
  write_overview (&b);
  write_segments (&b);
  write_leaders (&b);
  write_enterprises (&b);
  write_organizations (&b);
  write_needs (&b);
  write_services (&b);
  write_projects (&b);
  write_activities (&b);
  lian_report_write_docking (&b.r, b.chain_id, NULL);
  text = lian_report_finish (&b.r);

  g_object_unref (b.enterprises);
  g_hash_table_unref (b.grassroots);
  g_hash_table_unref (b.reached);
  g_free (b.n_enterprises);
  g_free (b.n_covered);
  g_free (b.n_reached);
  g_free (b.has_leader);
  g_free (b.as_of);
  return text;
}
