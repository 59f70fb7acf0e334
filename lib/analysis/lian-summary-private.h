/* lian-summary-private.h: what the summary's files share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-summary.h"
#include "lian-region-sums-private.h"
#include "lian-registry-private.h"
#include "lian-shells-private.h"

G_BEGIN_DECLS

#define LIAN_N_LEVELS           (LIAN_LEVEL_COUNTY + 1)
#define LIAN_N_CHAIN_TIERS      (LIAN_CHAIN_TIER_EXCELLENT + 1)
#define LIAN_N_ORG_KINDS        (LIAN_ORG_KIND_ENTERPRISE + 1)
#define LIAN_N_SERVICE_KINDS    (LIAN_SERVICE_KIND_SERVICE + 1)
#define LIAN_N_NEED_STATUSES    (LIAN_NEED_STATUS_CLOSED + 1)
#define LIAN_N_NEED_CATEGORIES  (LIAN_NEED_CATEGORY_OTHER + 1)
#define LIAN_N_PROJECT_STATUSES (LIAN_PROJECT_STATUS_CANCELLED + 1)
#define LIAN_N_ACTIVITY_KINDS   (LIAN_ACTIVITY_KIND_CASE + 1)

struct _LianSummary
{
  GObject parent_instance;

  char *scope_label;
  char *as_of;
  char *key;
  char *label;

  guint n_chains;
  guint chains_by_tier[LIAN_N_CHAIN_TIERS];
  guint chains_by_level[LIAN_N_LEVELS];
  GHashTable *clusters;          /* while collecting: the cluster names seen */
  guint n_clusters;

  guint n_enterprises;
  guint n_organization_covered;
  guint n_own_organization;
  guint n_work_covered;

  guint n_organizations;
  guint organizations[LIAN_N_ORG_KINDS][LIAN_N_LEVELS];

  guint n_services;
  guint services_by_kind[LIAN_N_SERVICE_KINDS];

  guint n_needs;
  guint needs_by_status[LIAN_N_NEED_STATUSES];
  guint needs_by_category[LIAN_N_NEED_CATEGORIES];
  guint n_bottleneck;
  guint n_resolutions;           /* by period: resolved in the period */
  GArray *days;                  /* while collecting: gint32 days to resolve */
  guint n_timed;
  double median_days;
  double p90_days;

  guint n_projects;
  guint projects_by_status[LIAN_N_PROJECT_STATUSES];
  gint64 loans_yuan;
  guint talents;
  guint problems_solved;
  guint saturated;               /* LIAN_SATURATED_*: sums held at their maximum */

  guint n_activities;
  guint activities_by_kind[LIAN_N_ACTIVITY_KINDS];

  guint n_posts;                 /* demand posts, and the responses to them */
  guint n_responses;
  guint n_awards;
  gint64 awarded_yuan;
  guint n_awards_same_chain;
  guint n_awards_same_province;

  gboolean touched;              /* a roll-up group that holds a record */
  gboolean by_period;            /* a group of a roll-up by period */
};

/* The sums that can reach the largest value their type holds. */
enum {
  LIAN_SATURATED_LOANS = 1 << 0,
  LIAN_SATURATED_TALENTS = 1 << 1,
  LIAN_SATURATED_PROBLEMS_SOLVED = 1 << 2,
};

/* What a response adds to the figures of its scope (lian-summary-docking.c). */
enum {
  LIAN_DOCKING_AWARDED = 1 << 0,
  LIAN_DOCKING_SAME_CHAIN = 1 << 1,
  LIAN_DOCKING_SAME_PROVINCE = 1 << 2,
};
guint lian_summary_response_facts (LianRegistry *registry,
                                   LianRecord   *response);
void  lian_summary_add_response   (LianSummary  *s,
                                   LianRecord   *response,
                                   guint         facts);

/* An enterprise with this many party members may set up its own primary
 * organisation (the party's constitution, article 30). */
#define LIAN_OWN_ORGANIZATION_MEMBERS LIAN_REGION_SUMS_OWN_MEMBERS

typedef struct _LianCollect LianCollect;

/* A set of ids known by their hash (g_str_hash), for testing quickly
 * that an id is not among them: "maybe" for some that are not. */
typedef struct
{
  guint64 *bits;
  guint32  mask;              /* of a bit number */
} LianIdFilter;

/* Makes room for about @n ids (none yet). */
void lian_id_filter_init  (LianIdFilter *filter,
                           guint         n);
void lian_id_filter_clear (LianIdFilter *filter);

static inline void
lian_id_filter_add (LianIdFilter *filter,
                    guint32       hash)
{
  guint32 bit = hash & filter->mask;

  filter->bits[bit >> 6] |= G_GUINT64_CONSTANT (1) << (bit & 63);
}

static inline gboolean
lian_id_filter_may_hold (const LianIdFilter *filter,
                         guint32             hash)
{
  guint32 bit = hash & filter->mask;

  return (filter->bits[bit >> 6] >> (bit & 63)) & 1;
}

/* Where a roll-up puts what lies at @code (known to be in c->region): its
 * group, or NULL for none. */
typedef LianSummary *(*LianCodeRoute)  (LianCollect    *c,
                                        const char     *code);

/* Fills c->targets with the groups of the chains @record is on; returns
 * whether the record names its chains. */
typedef gboolean     (*LianChainRoute) (LianCollect    *c,
                                        LianRecordKind  kind,
                                        LianRecord     *record);

/* One computation of figures: the scope, the day, and where each record
 * in scope goes: to c->one, or to a group found by c->by_code (from where
 * the record lies) or by c->by_chain. */
struct _LianCollect
{
  LianRegistry   *registry;
  LianVisit       visit;      /* objects made while collecting go back to rows */
  LianFilter     *test;       /* the scope's chain and dates, or NULL */
  const char     *region;     /* records must lie here, or NULL */
  char           *region_code; /* the scope's region given by name, as a code */
  const char     *chain;      /* the scope's chain, or NULL */
  const char     *since;
  const char     *until;
  const char     *as_of;
  gint32          as_of_day;
  gboolean        empty;      /* nothing can be in scope */

  LianSummary    *one;
  LianCodeRoute   by_code;
  LianChainRoute  by_chain;
  GPtrArray      *targets;    /* scratch for by_chain */
  GHashTable     *coverage;   /* member id → coverage flags */
  LianIdFilter    members;    /* the ids in c->coverage */
  LianRecord     *firm;       /* the enterprise being visited, when its id */
  const char     *firm_id;    /* and that id's g_str_hash () are known */
  guint32         firm_hash;
  GHashTable     *codes;      /* region code → its group, or NULL */
  gpointer        code_slots; /* in front of c->codes, for six-digit codes */
  GPtrArray      *places;     /* scratch: the groups a record lies in */
  GHashTable     *org_places; /* organisation's id → LianOrgPlace: the groups
                               * its members lie in, for a small c->region
                               * or a roll-up by region */
  gpointer        firm_map;   /* LianFirmMap of the enterprises of a large
                               * c->region and their groups, or NULL */
  gboolean        want_resolved; /* deliver sets resolved_day for needs */
  gint32          resolved_day;  /* the need being delivered: when resolved
                                  * by as_of, or LIAN_DAY_INVALID */
  gpointer        data;       /* the router's */
  LianShells      shells;     /* rows are read through (lian-shells.c) */
};

/* Whether something dated @date existed on c->as_of. A record without a
 * date is counted. */
gboolean       lian_collect_existed_on  (LianCollect    *c,
                                         const char     *date);
/* Whether @record, of @kind, existed on c->as_of (by the date of its kind). */
gboolean       lian_collect_existed     (LianCollect    *c,
                                         LianRecordKind  kind,
                                         LianRecord     *record);
/* The status @need stood at on c->as_of (or now), and the days it took to
 * be resolved by then, or -1. */
void           lian_collect_need_facts  (LianCollect    *c,
                                         LianNeed       *need,
                                         LianNeedStatus *status,
                                         gint32         *days);
/* How @firm is covered (LianCoverage flags), by the organisations that
 * existed on c->as_of and by its own. */
guint          lian_collect_coverage    (LianCollect    *c,
                                         LianRecord     *firm);
/* Files the members of every organisation that existed on c->as_of in
 * c->coverage, under how they are covered (lian-summary-coverage.c). */
void           lian_collect_build_coverage (LianCollect *c);
/* Counts into c->one the coverage of every enterprise of the registry. */
void           lian_collect_count_coverage (LianCollect *c);
/* The day @need, standing at @status on c->as_of, was resolved; or
 * LIAN_DAY_INVALID if it was not, or the day is not known. */
gint32         lian_collect_resolved_on (LianCollect    *c,
                                         LianNeed       *need,
                                         LianNeedStatus  status);

/* Where something at @code goes: NULL when @code is not in c->region;
 * otherwise its group in a roll-up by region, else c->one, or a marker
 * that is no summary in a roll-up by chain. */
LianSummary *lian_collect_group_at (LianCollect *c,
                                    const char  *code);

/* Where an organisation's members lie, a value of c->org_places: each
 * group once, and how it covers its members once someone read it. */
typedef struct
{
  guint        n;          /* groups */
  guint        flags;      /* LianCoverage's flags with LIAN_ORG_PLACE_READ,
                            * or 0 until they are read (coverage) */
  LianSummary *first[4];   /* the first groups */
  GPtrArray   *more;       /* the others, or NULL */
} LianOrgPlace;

#define LIAN_ORG_PLACE_READ (1u << 31)

/* Group @i of @place. */
#define lian_org_place_group(place, i) \
  ((i) < G_N_ELEMENTS ((place)->first) ? (place)->first[i] \
                                       : (LianSummary *) (place)->more->pdata[(i) - G_N_ELEMENTS ((place)->first)])

/* A table for c->org_places. */
GHashTable *lian_collect_new_org_places (void);

/* Files the organisation whose id is @org_id (its row's text, the same
 * for its object and a shell it is lent to) in c->org_places under
 * @group, once; returns its place. */
LianOrgPlace *lian_collect_place_org (LianCollect *c,
                                      const char  *org_id,
                                      LianSummary *group);

/* For a c->region with few of the enterprises: files the organisations
 * with a member there in c->org_places, from the index of members. */
void lian_collect_build_org_places (LianCollect *c);

/* The record of @entry, or of record @i of @records, to read through
 * c->shells (lian-shells-private.h). */
#define lian_collect_borrow_entry(c, entry) \
  lian_shells_borrow_entry (&(c)->shells, (c)->registry, (entry))
#define lian_collect_borrow_at(c, records, i, kind) \
  lian_shells_borrow_at (&(c)->shells, (c)->registry, (records), (i), (kind))
#define lian_collect_give_back(c, record) \
  lian_shells_give_back (&(c)->shells, (record))

/* Counts into their groups the enterprises of c->region, with no test and
 * no date, and files each organisation in c->org_places under the groups
 * its members lie in (lian-summary-coverage.c). */
void lian_collect_count_region_firms (LianCollect *c);

/* Visits every record of @kind (lian-summary-collect.c). */
void lian_collect_visit_all       (LianCollect    *c,
                                   LianRecordKind  kind);
/* The figures of every record, with no scope and no date, into c->one
 * (lian-summary-everything.c). */
void lian_collect_count_everything (LianCollect   *c);

void lian_collect_init  (LianCollect  *c,
                         LianRegistry *registry,
                         LianFilter   *scope,
                         const char   *as_of);
void lian_collect_run   (LianCollect  *c);
void lian_collect_clear (LianCollect  *c);

/* Adds @value to the sum at @sum, holding it at G_MAXINT64 and setting
 * @flag in s->saturated rather than overflowing. */
void lian_summary_add_int64 (LianSummary *s,
                             gint64      *sum,
                             gint64       value,
                             guint        flag);
void lian_summary_add_uint  (LianSummary *s,
                             guint       *sum,
                             guint        value,
                             guint        flag);

/* @part divided by @whole, or 0 when @whole is 0. */
static inline double
lian_summary_rate (guint part,
                   guint whole)
{
  return whole ? (double) part / whole : 0.0;
}

/* Installs the properties of the figures, numbered from @first_id. */
void     lian_summary_install_figures     (GObjectClass *klass,
                                           guint         first_id);
/* Reads the figure property @prop_id; FALSE if it is not one. */
gboolean lian_summary_get_figure_property (LianSummary  *self,
                                           guint         prop_id,
                                           GValue       *value);

/* What a summary of the whole registry covers, for people: `all`, or
 * its translation. */
const char *lian_summary_scope_all (void);

/* What a summary of c's scope, narrowed to @region and @chain (either
 * NULL), covers, for people, in the language of lian's messages; `all`
 * for everything. */
char *lian_summary_make_label (LianCollect *c,
                               const char  *region,
                               const char  *chain) G_GNUC_WARN_UNUSED_RESULT;

/* An empty summary, ready to collect into. */
LianSummary *lian_summary_new_empty (const char *scope_label,
                                     const char *as_of,
                                     const char *key,
                                     const char *label);

/* Turns what was collected into the final figures (clusters counted,
 * days sorted into the median and 90th percentile). */
void         lian_summary_finish    (LianSummary *self);

G_END_DECLS
