/* lian-summary-collect.c: visiting the records in scope and counting them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-summary-private.h"
#include "lian-firm-map-private.h"
#include "lian-registry-private.h"
#include "lian-registry-query.h"
#include "lian-region-code.h"
#include "lian-date.h"
#include "lian-date-private.h"

/* Hot loops walk arrays of objects scattered over the heap: fetching the
 * next ones early keeps the memory busy while the current one is read. */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch (p)
#else
#define PREFETCH(p) ((void) (p))
#endif
/* How many records ahead each stage of a walk fetches. */
#define AHEAD_ENTRY   48
#define AHEAD_OBJECT  32
#define AHEAD_STRINGS 16

/* The enterprises of a region with fewer than 1/SMALL_SHARE of them are
 * reached through the index; those of a larger one by walking all of them
 * in order. Measured with 200,000 enterprises and 1,000,000 needs, the
 * walk costs about as much as following the indexes over a third of
 * them. */
#define SMALL_SHARE 3

/* What is known of a record before it is added to its groups. */
typedef struct
{
  LianNeedStatus status;
  gint32         days;            /* days to resolve, or -1 */
  guint          covered;         /* LianCoverage flags */
  guint          docking;         /* LIAN_DOCKING_*, for a response */
} Facts;

static void
add_to (LianSummary    *s,
        LianRecordKind  kind,
        LianRecord     *record,
        const Facts    *facts)
{
  switch (kind)
    {
    case LIAN_RECORD_KIND_CHAIN:
      {
        LianChain *chain = LIAN_CHAIN (record);
        const char *cluster = lian_chain_get_cluster (chain);

        s->n_chains++;
        s->chains_by_tier[lian_chain_get_tier (chain)]++;
        s->chains_by_level[lian_chain_get_level (chain)]++;
        if (cluster && cluster[0] && !g_hash_table_contains (s->clusters, cluster))
          g_hash_table_add (s->clusters, g_strdup (cluster));
      }
      break;
    case LIAN_RECORD_KIND_ENTERPRISE:
      s->n_enterprises++;
      s->n_organization_covered += (facts->covered & LIAN_COVERAGE_ORGANIZATION) != 0;
      s->n_own_organization += (facts->covered & LIAN_COVERAGE_OWN_ORGANIZATION) != 0;
      s->n_work_covered += (facts->covered & LIAN_COVERAGE_WORK) != 0;
      break;
    case LIAN_RECORD_KIND_ORGANIZATION:
      s->n_organizations++;
      s->organizations[lian_party_org_get_kind (LIAN_PARTY_ORG (record))]
                      [lian_party_org_get_level (LIAN_PARTY_ORG (record))]++;
      break;
    case LIAN_RECORD_KIND_SERVICE:
      s->n_services++;
      s->services_by_kind[lian_service_item_get_kind (LIAN_SERVICE_ITEM (record))]++;
      break;
    case LIAN_RECORD_KIND_NEED:
      s->n_needs++;
      s->needs_by_status[facts->status]++;
      s->needs_by_category[lian_need_get_category (LIAN_NEED (record))]++;
      s->n_bottleneck += lian_need_get_bottleneck (LIAN_NEED (record)) != FALSE;
      if (facts->days >= 0)
        g_array_append_val (s->days, facts->days);
      break;
    case LIAN_RECORD_KIND_PROJECT:
      {
        LianActionProject *project = LIAN_ACTION_PROJECT (record);

        s->n_projects++;
        s->projects_by_status[lian_action_project_get_status (project)]++;
        lian_summary_add_int64 (s, &s->loans_yuan, lian_action_project_get_loans_yuan (project),
                                LIAN_SATURATED_LOANS);
        lian_summary_add_uint (s, &s->talents, lian_action_project_get_talents (project),
                               LIAN_SATURATED_TALENTS);
        lian_summary_add_uint (s, &s->problems_solved,
                               lian_action_project_get_problems_solved (project),
                               LIAN_SATURATED_PROBLEMS_SOLVED);
      }
      break;
    case LIAN_RECORD_KIND_ACTIVITY:
      s->n_activities++;
      s->activities_by_kind[lian_activity_get_kind (LIAN_ACTIVITY (record))]++;
      break;
    case LIAN_RECORD_KIND_POST:
      s->n_posts++;
      break;
    case LIAN_RECORD_KIND_RESPONSE:
      lian_summary_add_response (s, record, facts->docking);
      break;
    case LIAN_RECORD_KIND_REGION:
    default:
      break;
    }
}

/* A marker for "in scope" where a record goes to no one group. */
static char in_scope_marker;
#define IN_SCOPE ((LianSummary *) &in_scope_marker)

/* A slot of c->code_slots: a code of six digits, as a number plus one
 * (0 for none), and its group. */
typedef struct
{
  guint32      tag;
  LianSummary *group;
} CodeSlot;

#define CODE_SLOT_BITS 12

/* @code as a number if it is six digits, else -1. */
static inline gint32
six_digits (const char *code)
{
  gint32 number = 0;

  for (guint i = 0; i < 6; i++)
    {
      if (code[i] < '0' || code[i] > '9')
        return -1;
      number = number * 10 + (code[i] - '0');
    }
  return code[6] == '\0' ? number : -1;
}

/* Where something at @code goes, remembered per code, as records share a
 * few hundred codes: the usual ones, of six digits, by their number, the
 * others by their text. */
LianSummary *
lian_collect_group_at (LianCollect *c,
                       const char  *code)
{
  gpointer group = NULL;
  CodeSlot *slot = NULL;
  gint32 number;

  if (code == NULL)
    return NULL;
  if ((number = six_digits (code)) >= 0)
    {
      slot = (CodeSlot *) c->code_slots + (((guint32) number * 2654435761u) >> (32 - CODE_SLOT_BITS));
      if (slot->tag == (guint32) number + 1)
        return slot->group;
    }
  if (!g_hash_table_lookup_extended (c->codes, code, NULL, &group))
    {
      group = NULL;
      if (lian_adcode_is_valid (code) && lian_adcode_contains (c->region, code))
        group = c->by_code ? c->by_code (c, code) : c->one ? c->one : IN_SCOPE;
      g_hash_table_insert (c->codes, g_strdup (code), group);
    }
  if (slot)
    {
      slot->tag = (guint32) number + 1;
      slot->group = group;
    }
  return group;
}

/* Adds @record, in scope, to its groups; @group is the one found from
 * where it lies, if it was located. */
static void
deliver (LianCollect    *c,
         LianRecordKind  kind,
         LianRecord     *record,
         LianSummary    *group)
{
  Facts facts = { 0, -1, 0, 0 };
  gboolean names_chain;

  if (kind == LIAN_RECORD_KIND_NEED)
    {
      lian_collect_need_facts (c, LIAN_NEED (record), &facts.status, &facts.days);
      if (c->want_resolved)
        c->resolved_day = lian_collect_resolved_on (c, LIAN_NEED (record), facts.status);
    }
  else if (kind == LIAN_RECORD_KIND_ENTERPRISE)
    facts.covered = lian_collect_coverage (c, record);
  else if (kind == LIAN_RECORD_KIND_RESPONSE)
    facts.docking = lian_summary_response_facts (c->registry, record);

  if (c->one)
    {
      add_to (c->one, kind, record, &facts);
      return;
    }
  if (c->by_code)
    {
      if (group && group != IN_SCOPE)
        {
          add_to (group, kind, record, &facts);
          group->touched = TRUE;
        }
      return;
    }
  g_ptr_array_set_size (c->targets, 0);
  names_chain = c->by_chain (c, kind, record);
  for (guint i = 0; i < c->targets->len; i++)
    {
      group = g_ptr_array_index (c->targets, i);
      add_to (group, kind, record, &facts);
      group->touched |= names_chain;
    }
}

/* Adds @group, if any, to c->places unless it is there. */
static void
add_group (LianCollect *c,
           LianSummary *group)
{
  if (group && !g_ptr_array_find (c->places, group, NULL))
    g_ptr_array_add (c->places, group);
}

/* Adds to c->places the group of @code, if it has one and is not there. */
static void
add_place (LianCollect *c,
           const char  *code)
{
  add_group (c, lian_collect_group_at (c, code));
}

/* Adds to c->places where the records of @kind among @ids lie
 * (enterprises, or needs, which lie where their enterprise does). */
static void
add_places_of (LianCollect        *c,
               const char * const *ids,
               LianRecordKind      kind)
{
  LianFirmMap *firms = c->firm_map;

  for (guint i = 0; ids[i]; i++)
    {
      LianEntry *entry;

      if (firms && kind == LIAN_RECORD_KIND_ENTERPRISE)
        {
          /* Every enterprise of c->region is filed there with its group. */
          LianSummary *group = lian_firm_map_lookup (firms, lian_firm_map_hash (ids[i]), ids[i]);

          if (group && !g_ptr_array_find (c->places, group, NULL))
            g_ptr_array_add (c->places, group);
          continue;
        }
      entry = lian_registry_get_entry (c->registry, ids[i]);
      if (entry && entry->kind == kind)
        {
          LianRecord *record = lian_collect_borrow_entry (c, entry);

          add_place (c, lian_registry_locate (c->registry, record));
          lian_collect_give_back (c, record);
        }
    }
}

/* Whether a record of @kind lies in several places: a chain where its
 * region says and where its leaders lie; an organisation where its region
 * says and where its members lie; a project where its owner lies and where
 * its needs do. */
static inline gboolean
has_places (LianRecordKind kind)
{
  return kind == LIAN_RECORD_KIND_CHAIN || kind == LIAN_RECORD_KIND_ORGANIZATION ||
         kind == LIAN_RECORD_KIND_PROJECT;
}

/* Fills c->places with the groups @record lies in. */
static void
find_places (LianCollect    *c,
             LianRecordKind  kind,
             LianRecord     *record)
{
  g_ptr_array_set_size (c->places, 0);
  add_place (c, lian_registry_locate (c->registry, record));
  /* Outside a roll-up by region, one place is enough. */
  if (c->places->len > 0 && c->by_code == NULL)
    return;
  if (kind == LIAN_RECORD_KIND_CHAIN)
    add_places_of (c, lian_chain_get_leader_ids (LIAN_CHAIN (record)),
                   LIAN_RECORD_KIND_ENTERPRISE);
  else if (kind == LIAN_RECORD_KIND_ORGANIZATION && c->org_places)
    {
      LianOrgPlace *place = g_hash_table_lookup (c->org_places, lian_record_get_id (record));

      for (guint i = 0; place && i < place->n; i++)
        add_group (c, lian_org_place_group (place, i));
    }
  else if (kind == LIAN_RECORD_KIND_ORGANIZATION)
    add_places_of (c, lian_party_org_get_member_ids (LIAN_PARTY_ORG (record)),
                   LIAN_RECORD_KIND_ENTERPRISE);
  else if (kind == LIAN_RECORD_KIND_PROJECT)
    add_places_of (c, lian_action_project_get_need_ids (LIAN_ACTION_PROJECT (record)),
                   LIAN_RECORD_KIND_NEED);
}

static void
visit (LianCollect    *c,
       LianRecordKind  kind,
       LianRecord     *record,
       LianSummary    *group)
{
  gboolean places = group == NULL && c->region && has_places (kind);

  if (places)
    {
      find_places (c, kind, record);
      if (c->places->len == 0)
        return;
    }
  else if (group == NULL && c->region &&
           (group = lian_collect_group_at (c, lian_registry_locate (c->registry, record))) == NULL)
    return;
  if (c->test && !lian_registry_matches (c->registry, c->test, record))
    return;
  if (!lian_collect_existed (c, kind, record))
    return;
  if (!places || !c->by_code)
    {
      deliver (c, kind, record, places ? g_ptr_array_index (c->places, 0) : group);
      return;
    }
  /* In a roll-up by region, it counts once in each region it lies in. */
  for (guint i = 0; i < c->places->len; i++)
    deliver (c, kind, record, g_ptr_array_index (c->places, i));
}

/* Fetches early what reading @record will touch: a need's fields span 120
 * bytes, so up to three cache lines; for the others, their id lies in the
 * private part of LianRecord, just before the object. */
static inline void
fetch_object (LianRecordKind  kind,
              LianRecord     *record)
{
  if (kind == LIAN_RECORD_KIND_NEED)
    PREFETCH ((char *) record + 119);
  else
    PREFETCH ((char *) record - 48);
  PREFETCH (record);
  PREFETCH ((char *) record + 64);
}

/* Fetches early the strings of @record (already fetched) that will be
 * read. */
static inline void
fetch_strings (LianCollect    *c,
               LianRecordKind  kind,
               LianRecord     *record)
{
  if (kind == LIAN_RECORD_KIND_NEED)
    {
      LianNeed *need = LIAN_NEED (record);

      if (c->by_chain || c->chain)
        PREFETCH (lian_need_get_chain_id (need));
      if (c->as_of)
        {
          PREFETCH (lian_need_get_submitted (need));
          PREFETCH (lian_need_get_resolved (need));
        }
    }
  else if (kind == LIAN_RECORD_KIND_ENTERPRISE)
    {
      PREFETCH (lian_record_get_id (record));
      PREFETCH (lian_enterprise_get_region (LIAN_ENTERPRISE (record)));
    }
}

/* A walk over an array of records, or of entries, of one kind. */
typedef struct
{
  LianRecordKind   kind;
  gpointer        *items;        /* the entries, or NULL */
  guint            n;
  gboolean         entries;      /* items are LianEntry, not the records */
  LianRegistry    *registry;     /* the registry of records */
  GPtrArray       *records;      /* the records (lian_registry_get_array()) */
  LianSummary     *group;        /* where every item lies, or NULL */
  GPtrArray       *file;         /* enterprises: those that may be among
                                  * w->placed, id and group after id */
  LianIdFilter    *placed;
} Walk;

/* Item @i: a record's object, or its row while it has none. */
static inline gpointer
walk_item (Walk  *w,
           guint  i)
{
  return w->entries ? lian_entry_item (w->items[i]) : lian_registry_item_at (w->records, i);
}

/* Record @i, to read and give back (lian_collect_give_back()). */
static inline LianRecord *
walk_record (LianCollect *c,
             Walk        *w,
             guint        i)
{
  return w->entries ? lian_collect_borrow_entry (c, w->items[i])
                    : lian_collect_borrow_at (c, w->records, i, w->kind);
}

/* An enterprise of a large c->region: counted, and filed with where it
 * lies if it may be a member or a leader (in w->placed). */
static void
visit_firm (LianCollect *c,
            Walk        *w,
            LianRecord  *firm)
{
  LianSummary *group = lian_collect_group_at (c, lian_enterprise_get_region (LIAN_ENTERPRISE (firm)));
  const char *id;

  if (group == NULL)
    return;
  /* Its id and that id's hash, for its coverage too. */
  id = c->firm_id = lian_record_get_id (firm);
  c->firm_hash = lian_firm_map_hash (id);
  c->firm = firm;
  visit (c, LIAN_RECORD_KIND_ENTERPRISE, firm, group);
  c->firm = NULL;
  if (lian_id_filter_may_hold (w->placed, c->firm_hash))
    {
      g_ptr_array_add (w->file, (gpointer) id);
      g_ptr_array_add (w->file, group);
    }
}

/* Visits the items in order, fetching early what each will need, in
 * stages: the entry, then the object, then its strings. Memory is slow
 * next to the little done per record, so many fetches must be under way
 * at once, each started far enough ahead to have arrived when it is
 * used. */
static void
walk (LianCollect *c,
      Walk        *w)
{
  for (guint i = 0; i < w->n; i++)
    {
      LianRecord *record;

      if (w->entries && i + AHEAD_ENTRY < w->n)
        PREFETCH (w->items[i + AHEAD_ENTRY]);
      /* An object's memory, or a row's (which no object is made for). */
      if (i + AHEAD_OBJECT < w->n)
        {
          gpointer item = walk_item (w, i + AHEAD_OBJECT);

          if (LIAN_ITEM_IS_ROW (item))
            {
              PREFETCH (LIAN_ITEM_ROW (item));
              PREFETCH ((char *) LIAN_ITEM_ROW (item) + 64);
            }
          else
            fetch_object (w->kind, item);
        }
      if (i + AHEAD_STRINGS < w->n && !LIAN_ITEM_IS_ROW (walk_item (w, i + AHEAD_STRINGS)))
        fetch_strings (c, w->kind, walk_item (w, i + AHEAD_STRINGS));

      record = walk_record (c, w, i);
      if (w->file)
        visit_firm (c, w, record);
      else
        visit (c, w->kind, record, w->group);
      lian_collect_give_back (c, record);
    }
}

static void
visit_bucket (LianCollect    *c,
              LianRecordKind  kind,
              LianBucket     *bucket)
{
  g_autoptr(GPtrArray) entries = lian_bucket_to_array (c->registry, bucket);
  Walk w = { kind, entries->pdata, entries->len, TRUE, c->registry, };

  walk (c, &w);
}

void
lian_collect_visit_all (LianCollect    *c,
                        LianRecordKind  kind)
{
  GPtrArray *records = lian_registry_get_array (c->registry, kind);
  Walk w = { kind, NULL, records->len, FALSE, c->registry, records, };

  walk (c, &w);
}

static guint
bucket_size (LianCollect *c,
             LianIndexId  index,
             const char  *key)
{
  return lian_bucket_size (lian_registry_get_bucket (c->registry, index, key));
}

/* Adds the needs of @bucket, all lying in @group and at one status, when
 * nothing but where they lie decides whether they are in scope and their
 * status is their own (no test, no date): from the sums the registry
 * keeps, without reading them. */
static void
count_needs (LianCollect *c,
             LianSummary *group,
             LianBucket  *bucket)
{
  const LianRegionSums *sums = lian_registry_get_region_sums (c->registry, bucket);
  LianNeedStatus status = lian_need_get_status (LIAN_NEED (lian_entry_record (c->registry, lian_bucket_first (c->registry, bucket))));

  group->n_needs += bucket->len;
  group->needs_by_status[status] += bucket->len;
  for (guint i = 0; i < LIAN_N_NEED_CATEGORIES; i++)
    group->needs_by_category[i] += sums->by_category[i];
  group->n_bottleneck += sums->n_bottleneck;
  if (sums->days)
    g_array_append_vals (group->days, sums->days->data, sums->days->len);
  group->touched = TRUE;
}

/* The needs of one region and status, if the region is in c->region. */
static void
visit_needs_cb (const char *key,
                LianBucket *bucket,
                gpointer    data)
{
  LianCollect *c = data;
  const char *slash = strchr (key, '/');
  char region[24];
  LianSummary *group;
  g_autoptr(GPtrArray) entries = NULL;
  Walk w = { LIAN_RECORD_KIND_NEED, .registry = c->registry, };

  if (slash == NULL || (gsize) (slash - key) >= sizeof region || lian_bucket_size (bucket) == 0)
    return;
  memcpy (region, key, slash - key);
  region[slash - key] = '\0';
  if ((group = lian_collect_group_at (c, region)) == NULL)
    return;
  if (c->test == NULL && c->as_of == NULL && !c->want_resolved && group != IN_SCOPE)
    {
      count_needs (c, group, bucket);
      return;
    }
  entries = lian_bucket_to_array (c->registry, bucket);
  w.items = entries->pdata;
  w.n = entries->len;
  w.entries = TRUE;
  w.group = group;
  walk (c, &w);
}

/* The needs of c->region: a need lies where its enterprise does, and the
 * registry files each under its enterprise's region (and its status), so
 * each region's needs are reached together, already located. */
static void
visit_region_needs (LianCollect *c)
{
  lian_registry_foreach_bucket (c->registry, LIAN_INDEX_NEED_REGION_STATUS, visit_needs_cb, c);
}

/* The enterprises of a small c->region, from the index of regions. */
static void
visit_region_from_indexes (LianCollect *c)
{
  visit_bucket (c, LIAN_RECORD_KIND_ENTERPRISE,
                lian_registry_get_bucket (c->registry, LIAN_INDEX_ENTERPRISE_REGION, c->region));
}

/* Adds to @filter the ids of @ids, or only counts them into @n if
 * @filter is NULL. */
static void
filter_ids (LianIdFilter       *filter,
            const char * const *ids,
            guint              *n)
{
  for (guint i = 0; ids[i]; i++)
    if (filter)
      lian_id_filter_add (filter, lian_firm_map_hash (ids[i]));
    else
      (*n)++;
}

/* The enterprises of a large c->region, in a walk in order over all of
 * them (faster than following the index over most of them). Those that
 * are members of organisations or leaders of chains are filed by id with
 * where they lie, for finding where organisations and chains lie. */
static void
visit_region_in_order (LianCollect *c)
{
  GPtrArray *firms = lian_registry_get_array (c->registry, LIAN_RECORD_KIND_ENTERPRISE);
  GPtrArray *orgs = lian_registry_get_array (c->registry, LIAN_RECORD_KIND_ORGANIZATION);
  GPtrArray *chains = lian_registry_get_array (c->registry, LIAN_RECORD_KIND_CHAIN);
  g_autoptr(GPtrArray) filed = g_ptr_array_new ();
  LianFirmMap *map = g_new0 (LianFirmMap, 1);
  Walk w = { LIAN_RECORD_KIND_ENTERPRISE, NULL, firms->len, FALSE, c->registry, firms, };
  LianIdFilter placed;
  guint n = 0;

  for (int pass = 0; pass < 2; pass++)
    {
      LianIdFilter *filter = pass ? &placed : NULL;

      if (pass)
        lian_id_filter_init (&placed, n);
      for (guint i = 0; i < orgs->len; i++)
        {
          LianRecord *org = lian_collect_borrow_at (c, orgs, i, LIAN_RECORD_KIND_ORGANIZATION);

          filter_ids (filter, lian_party_org_get_member_ids (LIAN_PARTY_ORG (org)), &n);
          lian_collect_give_back (c, org);
        }
      for (guint i = 0; i < chains->len; i++)
        {
          LianRecord *chain = lian_collect_borrow_at (c, chains, i, LIAN_RECORD_KIND_CHAIN);

          filter_ids (filter, lian_chain_get_leader_ids (LIAN_CHAIN (chain)), &n);
          lian_collect_give_back (c, chain);
        }
    }
  w.file = filed;
  w.placed = &placed;
  walk (c, &w);
  lian_id_filter_clear (&placed);

  lian_firm_map_init (map, filed->len / 2);
  for (guint i = 0; i < filed->len; i += 2)
    lian_firm_map_insert (map, filed->pdata[i], filed->pdata[i + 1]);
  c->firm_map = map;
}

void
lian_collect_init (LianCollect  *c,
                   LianRegistry *registry,
                   LianFilter   *scope,
                   const char   *as_of)
{
  memset (c, 0, sizeof *c);
  c->registry = registry;
  lian_registry_begin_visit (registry, &c->visit);
  /* A summary gives out no record: it does not pay for the objects a
   * selection left, which the next selection or matching gives back. */
  c->visit.summary = TRUE;
  c->as_of = as_of;
  c->as_of_day = as_of ? lian_date_to_day (as_of) : G_MAXINT32;
  if (scope)
    {
      c->region = lian_filter_get_region (scope);
      /* A region given by name (无锡市) counts as its code, as in select. */
      if (c->region && !lian_adcode_is_valid (c->region))
        c->region_code = lian_registry_resolve_region (registry, c->region, NULL);
      if (c->region_code)
        c->region = c->region_code;
      c->chain = lian_filter_get_chain_id (scope);
      c->since = lian_filter_get_since (scope);
      c->until = lian_filter_get_until (scope);
    }
  if (c->region && !lian_adcode_is_valid (c->region))
    c->empty = TRUE;
  /* The criteria that lian_registry_select() applies to every kind, but
   * the region, which is tested here (so that it can be known in advance,
   * as for the needs of an enterprise). */
  if (c->chain || c->since || c->until)
    c->test = g_object_new (LIAN_TYPE_FILTER, "chain-id", c->chain,
                            "since", c->since, "until", c->until, NULL);
  c->targets = g_ptr_array_new ();
  c->places = g_ptr_array_new ();
  c->resolved_day = LIAN_DAY_INVALID;
  c->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->code_slots = g_new0 (CodeSlot, 1 << CODE_SLOT_BITS);
}

void
lian_collect_clear (LianCollect *c)
{
  /* The records visited are let go of first (c->firm_map, c->coverage
   * hold ids in their rows, which stay where they are). */
  g_clear_object (&c->test);
  g_clear_pointer (&c->targets, g_ptr_array_unref);
  g_clear_pointer (&c->places, g_ptr_array_unref);
  g_clear_pointer (&c->org_places, g_hash_table_unref);
  if (c->firm_map)
    {
      lian_firm_map_clear (c->firm_map);
      g_clear_pointer (&c->firm_map, g_free);
    }
  g_clear_pointer (&c->coverage, g_hash_table_unref);
  lian_id_filter_clear (&c->members);
  g_clear_pointer (&c->codes, g_hash_table_unref);
  g_clear_pointer (&c->code_slots, g_free);
  g_clear_pointer (&c->region_code, g_free);
  lian_shells_clear (&c->shells);
  lian_registry_end_visit (c->registry, &c->visit);
}

/* Visits every record that can be in scope, starting from the registry's
 * indexes where the scope allows. */
void
lian_collect_run (LianCollect *c)
{
  guint n_firms = lian_registry_get_array (c->registry, LIAN_RECORD_KIND_ENTERPRISE)->len;
  gboolean small_region = c->region &&
                          bucket_size (c, LIAN_INDEX_ENTERPRISE_REGION, c->region) * SMALL_SHARE < n_firms;
  gboolean small_chain = c->region == NULL && c->chain &&
                         bucket_size (c, LIAN_INDEX_ENTERPRISE_CHAIN, c->chain) * SMALL_SHARE < n_firms;
  /* With nothing but a region to test, the enterprises and needs of the
   * region are counted from the sums the registry keeps per region. */
  gboolean counted = c->region && c->test == NULL && c->as_of == NULL && !c->want_resolved &&
                     c->by_chain == NULL;

  if (c->empty)
    return;
  if (c->one && c->test == NULL && c->region == NULL && c->as_of == NULL)
    {
      lian_collect_count_everything (c);
      return;
    }
  if (counted)
    lian_collect_count_region_firms (c);
  else if (!small_region && !small_chain)
    lian_collect_build_coverage (c);
  if (small_region && !counted)
    lian_collect_build_org_places (c);

  lian_collect_visit_all (c, LIAN_RECORD_KIND_CHAIN);

  /* A region with few of the enterprises is best reached through the
   * indexes, a large one by walking everything in order. */
  if (c->region)
    {
      if (small_region && !counted)
        visit_region_from_indexes (c);
      else if (!counted)
        visit_region_in_order (c);
      visit_region_needs (c);
    }
  else if (c->chain)
    {
      visit_bucket (c, LIAN_RECORD_KIND_ENTERPRISE,
                    lian_registry_get_bucket (c->registry, LIAN_INDEX_ENTERPRISE_CHAIN, c->chain));
      visit_bucket (c, LIAN_RECORD_KIND_NEED,
                    lian_registry_get_bucket (c->registry, LIAN_INDEX_NEED_CHAIN, c->chain));
    }
  else
    {
      lian_collect_visit_all (c, LIAN_RECORD_KIND_ENTERPRISE);
      lian_collect_visit_all (c, LIAN_RECORD_KIND_NEED);
    }

  if (c->chain)
    visit_bucket (c, LIAN_RECORD_KIND_ORGANIZATION,
                  lian_registry_get_bucket (c->registry, LIAN_INDEX_ORG_CHAIN, c->chain));
  else
    lian_collect_visit_all (c, LIAN_RECORD_KIND_ORGANIZATION);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_SERVICE);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_PROJECT);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_ACTIVITY);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_POST);
  lian_collect_visit_all (c, LIAN_RECORD_KIND_RESPONSE);
}
