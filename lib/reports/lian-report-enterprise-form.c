/* lian-report-enterprise-form.c: the enterprise form (一企一表)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-chain-link-private.h"
#include "lian-report-private.h"
#include "lian-i18n-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-match.h"
#include "lian-matcher.h"
#include "lian-date.h"
#include "lian-summary.h"
#include "lian-need-private.h"

#define N_MATCHES 3

typedef struct
{
  LianReport      r;
  LianEnterprise *ent;
  const char     *id;
  char           *as_of;   /* the day services must be valid on */
  GPtrArray      *orgs;    /* LianPartyOrg it is a member of, unowned */
  GPtrArray      *needs;   /* its LianNeed, unowned */
} Form;

/* Its organisations and its needs, in the order they were added. */
static void
collect (Form *f)
{
  g_autoptr(GPtrArray) referrers = lian_registry_dup_referrers (f->r.registry, f->id);

  f->orgs = g_ptr_array_new ();
  f->needs = g_ptr_array_new ();
  for (guint i = 0; i < referrers->len; i++)
    {
      LianRecord *record = g_ptr_array_index (referrers, i);

      if (LIAN_IS_PARTY_ORG (record) &&
          lian_party_org_has_member (LIAN_PARTY_ORG (record), f->id))
        g_ptr_array_add (f->orgs, record);
      else if (LIAN_IS_NEED (record) &&
               g_strcmp0 (lian_need_get_enterprise_id (LIAN_NEED (record)), f->id) == 0)
        g_ptr_array_add (f->needs, record);
    }
}

static void
write_identity (Form *f)
{
  LianReport *r = &f->r;
  LianEnterprise *ent = f->ent;
  g_autofree char *region = lian_report_region_name (r, lian_enterprise_get_region (ent));
  g_autofree char *tags = lian_report_tags (lian_enterprise_get_tags (ent));
  g_autofree char *employees = lian_report_count (lian_enterprise_get_employees (ent));
  g_autofree char *party = lian_report_count (lian_enterprise_get_party_members (ent));
  g_autofree char *phone = lian_report_phone (r, lian_enterprise_get_contact_phone (ent));

  lian_report_section (r, _("Identity"));
  lian_report_fields_begin (r);
  lian_report_field (r, _("Enterprise name"), lian_record_get_name (LIAN_RECORD (ent)));
  lian_report_field (r, _("Unified Social Credit Code"), lian_enterprise_get_uscc (ent));
  lian_report_field (r, _("Location"), region);
  lian_report_field (r, _("Enterprise size"), lian_report_label (LIAN_TYPE_ENTERPRISE_SIZE,
                                                               lian_enterprise_get_size (ent)));
  lian_report_field (r, _("Enterprise tags"), tags);
  lian_report_field (r, _("Employees"), employees);
  lian_report_field (r, _("Number of party members"), party);
  lian_report_field (r, _("Contact"), lian_enterprise_get_contact_name (ent));
  lian_report_field (r, _("Contact phone"), phone);
  if (lian_enterprise_get_parent_id (ent))
    lian_report_field (r, _("Parent enterprise"),
                       lian_report_record_name (r, lian_enterprise_get_parent_id (ent)));
  lian_report_field (r, _("Id"), f->id);
  lian_report_fields_end (r);
}

static void
write_chains (Form *f)
{
  LianReport *r = &f->r;
  guint n;
  LianChainLink * const *links = lian_enterprise_peek_chain_links (f->ent, &n);

  lian_report_section (r, _("Chains"));
  if (n == 0)
    {
      lian_report_note (r, _("No chain is recorded for this enterprise."));
      return;
    }
  lian_report_table_begin (r, "lnnn", _("Industrial chain"), _("Segment"), _("Role"), _("Tier"));
  for (guint i = 0; i < n; i++)
    {
      LianChainLink *link = links[i];
      LianChain *chain = lian_registry_lookup_chain (r->registry, lian_chain_link_get_chain_id (link));

      lian_report_row (r, lian_report_record_name (r, lian_chain_link_get_chain_id (link)),
                       lian_chain_link_get_segment (link),
                       lian_report_label (LIAN_TYPE_CHAIN_ROLE, lian_chain_link_get_role (link)),
                       chain ? lian_report_label (LIAN_TYPE_CHAIN_TIER, lian_chain_get_tier (chain))
                             : NULL);
    }
  lian_report_table_end (r);
}

static void
write_organizations (Form *f)
{
  LianReport *r = &f->r;
  gboolean grassroots = FALSE;
  LianCoverage coverage = lian_summary_coverage_of (r->registry, f->ent, NULL);

  lian_report_section (r, _("Party organisations it belongs to"));
  for (guint i = 0; i < f->orgs->len; i++)
    grassroots |= lian_party_org_kind_is_grassroots (
      lian_party_org_get_kind (g_ptr_array_index (f->orgs, i)));
  lian_report_fields_begin (r);
  lian_report_field (r, _("Organisation coverage"),
                     grassroots ? _("Yes (in a grassroots organisation)")
                     : coverage & LIAN_COVERAGE_OWN_ORGANIZATION
                     ? _("Yes (its own organisation)") : _("No"));
  lian_report_field (r, _("Work coverage"), coverage & LIAN_COVERAGE_WORK ? _("Yes") : _("No"));
  lian_report_fields_end (r);
  if (f->orgs->len == 0)
    {
      lian_report_note (r, _("Not in any party organisation yet."));
      return;
    }
  lian_report_table_begin (r, "lnnnn", _("Party organisation"), _("Kind"), _("Level"),
                           _("Location"), _("Grassroots organisation"));
  for (guint i = 0; i < f->orgs->len; i++)
    {
      LianPartyOrg *org = g_ptr_array_index (f->orgs, i);
      g_autofree char *region = lian_report_region_name (r, lian_party_org_get_region (org));

      lian_report_row (r, lian_record_get_name (LIAN_RECORD (org)),
                       lian_report_label (LIAN_TYPE_ORG_KIND, lian_party_org_get_kind (org)),
                       lian_report_label (LIAN_TYPE_LEVEL, lian_party_org_get_level (org)),
                       region,
                       lian_party_org_kind_is_grassroots (lian_party_org_get_kind (org))
                       ? _("Yes") : _("No"));
    }
  lian_report_table_end (r);
}

static void
write_history (Form     *f,
               LianNeed *need)
{
  LianReport *r = &f->r;
  GPtrArray *history = lian_need_peek_history (need);
  /* TRANSLATORS: a heading: the history of the need named %s. */
  g_autofree char *title = g_strdup_printf (_("History: %s"), lian_need_get_title (need));

  if (history->len == 0)
    return;
  lian_report_subsection (r, title);
  lian_report_table_begin (r, "nnll", _("Time"), _("Status"), _("By"), _("Note"));
  for (guint i = 0; i < history->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (history, i);
      g_autofree char *when = lian_report_date_time (lian_need_event_get_at (event));

      lian_report_row (r, when,
                       lian_report_label (LIAN_TYPE_NEED_STATUS, lian_need_event_get_status (event)),
                       lian_report_record_name (r, lian_need_event_get_actor (event)),
                       lian_need_event_get_note (event));
    }
  lian_report_table_end (r);
}

static void
write_needs (Form *f)
{
  LianReport *r = &f->r;

  lian_report_section (r, _("Enterprise needs"));
  if (f->needs->len == 0)
    {
      lian_report_note (r, _("No needs submitted yet."));
      return;
    }
  lian_report_table_begin (r, "llnnnnlr", _("Need"), _("Industrial chain"), _("Category"),
                           _("Status"), _("Submitted"), _("Resolved on"), _("Assignee"),
                           _("Amount"));
  for (guint i = 0; i < f->needs->len; i++)
    {
      LianNeed *need = g_ptr_array_index (f->needs, i);
      gint64 amount = lian_need_get_amount_yuan (need);
      g_autofree char *money = amount ? lian_report_yuan (amount) : NULL;
      g_autofree char *title = lian_need_get_bottleneck (need)
                               /* TRANSLATORS: the title of a bottleneck (卡脖子) need. */
                               ? g_strdup_printf (_("%s (bottleneck)"), lian_need_get_title (need))
                               : g_strdup (lian_need_get_title (need));

      lian_report_row (r, title, lian_report_record_name (r, lian_need_get_chain_id (need)),
                       lian_report_label (LIAN_TYPE_NEED_CATEGORY, lian_need_get_category (need)),
                       lian_report_label (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need)),
                       lian_need_get_submitted (need), lian_need_get_resolved (need),
                       lian_report_record_name (r, lian_need_get_assignee_id (need)), money);
    }
  lian_report_table_end (r);
  for (guint i = 0; i < f->needs->len; i++)
    write_history (f, g_ptr_array_index (f->needs, i));
}

static void
write_matches (Form *f)
{
  LianReport *r = &f->r;
  g_autoptr(LianMatcher) matcher = lian_matcher_new (r->registry);
  g_autofree char *note = g_strdup_printf (_("Matched with the service items valid on %s."),
                                           f->as_of);
  guint n_open = 0;

  lian_matcher_set_as_of (matcher, f->as_of);
  lian_report_section (r, _("Services matched to open needs"));
  for (guint i = 0; i < f->needs->len; i++)
    {
      LianNeed *need = g_ptr_array_index (f->needs, i);
      g_autoptr(GListModel) matches = NULL;
      g_autofree char *title = NULL;
      guint n;

      if (!lian_need_is_open (need))
        continue;
      n_open++;
      matches = lian_matcher_match_need (matcher, lian_record_get_id (LIAN_RECORD (need)),
                                         N_MATCHES, NULL);
      n = matches ? g_list_model_get_n_items (matches) : 0;
      /* TRANSLATORS: a need and its category: "R&D loan subsidy (Financing)". */
      title = g_strdup_printf (_("%s (%s)"), lian_need_get_title (need),
                               lian_report_label (LIAN_TYPE_NEED_CATEGORY,
                                                  lian_need_get_category (need)));
      lian_report_subsection (r, title);
      if (n == 0)
        {
          lian_report_note (r, _("No service item matches it (a resource gap)."));
          continue;
        }
      lian_report_table_begin (r, "lnlrl", _("Service item"), _("Kind"), _("Provider"),
                               _("Score"), _("Reasons"));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(LianMatch) match = g_list_model_get_item (matches, j);
          LianServiceItem *item = lian_registry_lookup_service (r->registry,
                                                                lian_match_get_service_id (match));
          g_autofree char *score = g_strdup_printf ("%.0f%%", lian_match_get_score (match) * 100);
          /* TRANSLATORS: between the reasons of a match. */
          g_autofree char *reasons = g_strjoinv (_("; "), (char **) lian_match_get_reasons (match));

          lian_report_row (r, lian_report_record_name (r, lian_match_get_service_id (match)),
                           item ? lian_report_label (LIAN_TYPE_SERVICE_KIND,
                                                     lian_service_item_get_kind (item)) : NULL,
                           item ? lian_service_item_get_provider (item) : NULL, score, reasons);
        }
      lian_report_table_end (r);
    }
  if (n_open == 0)
    lian_report_note (r, _("No open needs."));
  else
    lian_report_note (r, note);
}

/**
 * lian_report_enterprise_form:
 * @registry: a registry
 * @enterprise_id: the id of a [class@Lian.Enterprise]
 * @as_of: (nullable): the day on which service items must be valid to be
 *   matched, `YYYY-MM-DD`, or `NULL` for today in the local time zone
 * @format: HTML or Markdown
 * @flags: whether to show personal data
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Writes the enterprise form (一企一表) of an enterprise:
 *
 * - *identity*: name, Unified Social Credit Code, region, size, tags,
 *   employees and party members, contact (the phone number masked unless
 *   @flags has `LIAN_REPORT_FLAGS_SHOW_PERSONAL`), parent enterprise;
 * - the *chains* it is on, with its segment and role;
 * - the *organisations* it is a member of, and whether that makes it
 *   covered by organisation (a grassroots one, or its own, see
 *   [func@Lian.Summary.coverage_of]) and by work;
 * - its *needs*, with the history of each;
 * - for each open need, the three service items that fit it best, with
 *   their score and reasons, as [method@Lian.Matcher.match_need] ranks them
 *   with [property@Lian.Matcher:as-of] set to @as_of.
 *
 * As for [func@Lian.report_chain_book], the text is in the language of
 * lian's messages, values from the registry are escaped, the form says the
 * day its data stands at (@as_of), and the same registry, @as_of and
 * language give the same text.
 *
 * Returns: (transfer full): the document (UTF-8), or `NULL` with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` if the registry has no enterprise
 *   @enterprise_id
 */
char *
lian_report_enterprise_form (LianRegistry      *registry,
                             const char        *enterprise_id,
                             const char        *as_of,
                             LianReportFormat   format,
                             LianReportFlags    flags,
                             GError           **error)
{
  Form f = { 0 };

  g_return_val_if_fail (LIAN_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (enterprise_id != NULL, NULL);
  g_return_val_if_fail (as_of == NULL || lian_date_is_valid (as_of), NULL);
  g_return_val_if_fail (format == LIAN_REPORT_FORMAT_HTML || format == LIAN_REPORT_FORMAT_MARKDOWN,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  f.ent = lian_registry_lookup_enterprise (registry, enterprise_id);
  if (f.ent == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   "no enterprise \"%s\" in the registry", enterprise_id);
      return NULL;
    }
  f.id = lian_record_get_id (LIAN_RECORD (f.ent));
  f.as_of = lian_report_dup_as_of (as_of);
  lian_report_init (&f.r, registry, format, flags);
  collect (&f);

  /* TRANSLATORS: the kind of report: 一企一表 ("one enterprise, one form"). */
  lian_report_begin (&f.r, _("Enterprise form"), lian_record_get_name (LIAN_RECORD (f.ent)), f.as_of);
  write_identity (&f);
  write_chains (&f);
  write_organizations (&f);
  write_needs (&f);
  write_matches (&f);

  g_ptr_array_unref (f.orgs);
  g_ptr_array_unref (f.needs);
  g_free (f.as_of);
  return lian_report_finish (&f.r);
}
