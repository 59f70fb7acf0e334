/* fuzz-registry-ops.c: a registry driven by a stream of operations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Records of every kind come and go over a small id space (4 ids a kind:
 * "chain-0" … "chain-3", regions "320000", "320200", "320214", "110000"),
 * so that ids collide and refer to each other. Each step is an operation
 * read from the input: add, add many, remove (with or without cascade),
 * change a field through a setter, the registry's work operations (move,
 * assign, link, open and close projects), a select, a clear.
 *
 * After each step the registry must hold together:
 * - each per-kind list holds exactly the records lookups find, of its
 *   kind, owned by this registry; the sizes add up to n_records; a record
 *   removed belongs to no registry;
 * - no record refers to an id that is missing or of the wrong kind, and
 *   the organisation tree has no cycle, whatever the setters tried: the
 *   registry refuses a setter's change that would break it (a warning, the
 *   record put back);
 * - a failed operation, or a refused setter, changed nothing (same saved
 *   text, no signal, no journal entry);
 * - the journal agrees with a simple model of the registry: each entry
 *   follows the one before, an addition starts a record at revision 1, an
 *   update raises it by one, a removal ends it; every held record has the
 *   revision the model says, and no other record is held;
 * - a select over an indexed field (chain, status, category, region) gives
 *   exactly what a scan of every record with the same test gives (the scan
 *   is written here, against the public getters);
 * - the registry's counts of enterprises and of needs by status, in each
 *   region, are those of a scan;
 * - lian_registry_check() runs, and finds no error.
 * At the end, the registry saves to a document that loads again.
 */
#include <string.h>

#include "fuzz-common.h"

#define N_IDS 4
#define N_KINDS (LIAN_RECORD_KIND_ACTIVITY + 1)

static const char * const region_ids[N_IDS] = { "320000", "320200", "320214", "110000" };
/* With 429000 and 429004: a code of the xx90xx group, whose counties the
 * province administers directly. */
static const char * const region_values[] = {
  "320000", "320200", "320214", "320500", "110000", "110108", "429000", "429004",
};
static const char * const dates[] = {
  "2023-01-01", "2023-06-30", "2023-09-12", "2024-02-29",
};
static const char * const usccs[N_IDS] = {
  "91320214474555530F", "91320214608234871A", "91320583551209833A", "91320582662015545B",
};
static const char * const prefixes[N_KINDS] = {
  NULL, "chain", "ent", "org", "svc", "need", "proj", "act",
};

typedef struct
{
  FuzzInput     in;
  LianRegistry *registry;
  FuzzSignals   signals;
  char         *ids[N_KINDS][N_IDS];
  GHashTable   *revisions; /* the model: id → revision, of every held record */
  guint         journal_seen;
  char         *batch_start; /* the saved registry when a batch began, or NULL */
} Run;

static const char *
id_of (Run            *run,
       LianRecordKind  kind,
       guint           i)
{
  return run->ids[kind][i % N_IDS];
}

/* An id of @kind, or NULL for the byte's last value (none). */
static const char *
take_ref (Run            *run,
          LianRecordKind  kind)
{
  guint b = fuzz_take_byte (&run->in) % (N_IDS + 1);

  return b == N_IDS ? NULL : id_of (run, kind, b);
}

static const char *
take_region (Run *run)
{
  guint b = fuzz_take_byte (&run->in) % (G_N_ELEMENTS (region_values) + 1);

  return b == G_N_ELEMENTS (region_values) ? NULL : region_values[b];
}

static const char *
take_date (Run *run)
{
  return dates[fuzz_take_byte (&run->in) % G_N_ELEMENTS (dates)];
}

/* Building records */

static LianRecord *
take_record (Run *run)
{
  LianRecordKind kind = fuzz_take_byte (&run->in) % N_KINDS;
  guint i = fuzz_take_byte (&run->in) % N_IDS;
  const char *id = id_of (run, kind, i);
  guint8 mask;

  switch (kind)
    {
    case LIAN_RECORD_KIND_REGION:
      return LIAN_RECORD (lian_region_new (id, "地区"));
    case LIAN_RECORD_KIND_CHAIN:
      {
        LianChain *chain = lian_chain_new (id, "产业链");
        lian_chain_set_region (chain, take_region (run));
        mask = fuzz_take_byte (&run->in);
        for (guint e = 0; e < N_IDS; e++)
          if (mask & (1u << e))
            lian_chain_add_leader (chain, id_of (run, LIAN_RECORD_KIND_ENTERPRISE, e));
        return LIAN_RECORD (chain);
      }
    case LIAN_RECORD_KIND_ENTERPRISE:
      {
        const char *region = take_region (run);
        LianEnterprise *ent = lian_enterprise_new (id, "企业", usccs[i], region ? region : "320214");
        mask = fuzz_take_byte (&run->in);
        for (guint c = 0; c < N_IDS; c++)
          if (mask & (1u << c))
            lian_enterprise_add_chain_link (ent, id_of (run, LIAN_RECORD_KIND_CHAIN, c), NULL,
                                            (mask >> 4) % 4);
        lian_enterprise_set_tags (ent, fuzz_take_byte (&run->in));
        return LIAN_RECORD (ent);
      }
    case LIAN_RECORD_KIND_ORGANIZATION:
      {
        LianPartyOrg *org = lian_party_org_new (id, "党组织", fuzz_take_byte (&run->in) % 8);
        lian_party_org_set_region (org, take_region (run));
        lian_party_org_set_parent_id (org, take_ref (run, LIAN_RECORD_KIND_ORGANIZATION));
        mask = fuzz_take_byte (&run->in);
        for (guint j = 0; j < N_IDS; j++)
          {
            if (mask & (1u << j))
              lian_party_org_add_chain (org, id_of (run, LIAN_RECORD_KIND_CHAIN, j));
            if (mask & (0x10u << j))
              lian_party_org_add_member (org, id_of (run, LIAN_RECORD_KIND_ENTERPRISE, j));
          }
        return LIAN_RECORD (org);
      }
    case LIAN_RECORD_KIND_SERVICE:
      {
        LianServiceItem *svc = lian_service_item_new (id, "服务", fuzz_take_byte (&run->in) % 5);
        lian_service_item_set_categories (svc, fuzz_take_u16 (&run->in) & 0x1FFF);
        lian_service_item_set_region (svc, take_region (run));
        mask = fuzz_take_byte (&run->in);
        for (guint c = 0; c < N_IDS; c++)
          if (mask & (1u << c))
            lian_service_item_add_chain (svc, id_of (run, LIAN_RECORD_KIND_CHAIN, c));
        return LIAN_RECORD (svc);
      }
    case LIAN_RECORD_KIND_NEED:
      {
        const char *ent = id_of (run, LIAN_RECORD_KIND_ENTERPRISE, fuzz_take_byte (&run->in));
        LianNeed *need = lian_need_new (id, ent, fuzz_take_byte (&run->in) % 13, "需求");
        lian_need_set_chain_id (need, take_ref (run, LIAN_RECORD_KIND_CHAIN));
        lian_need_set_assignee_id (need, take_ref (run, LIAN_RECORD_KIND_ORGANIZATION));
        lian_need_set_project_id (need, take_ref (run, LIAN_RECORD_KIND_PROJECT));
        lian_need_set_submitted (need, take_date (run));
        mask = fuzz_take_byte (&run->in);
        for (guint s = 0; s < N_IDS; s++)
          if (mask & (1u << s))
            lian_need_add_service (need, id_of (run, LIAN_RECORD_KIND_SERVICE, s));
        return LIAN_RECORD (need);
      }
    case LIAN_RECORD_KIND_PROJECT:
      {
        const char *owner = id_of (run, LIAN_RECORD_KIND_ORGANIZATION, fuzz_take_byte (&run->in));
        LianActionProject *project = lian_action_project_new (id, "行动项目", owner);
        lian_action_project_set_status (project, fuzz_take_byte (&run->in) % 4);
        lian_action_project_set_started (project, take_date (run));
        mask = fuzz_take_byte (&run->in);
        for (guint j = 0; j < N_IDS; j++)
          {
            if (mask & (1u << j))
              lian_action_project_add_need (project, id_of (run, LIAN_RECORD_KIND_NEED, j));
            if (mask & (0x10u << j))
              lian_action_project_add_service (project, id_of (run, LIAN_RECORD_KIND_SERVICE, j));
          }
        return LIAN_RECORD (project);
      }
    case LIAN_RECORD_KIND_ACTIVITY:
    default:
      {
        LianActivity *act = lian_activity_new (id, fuzz_take_byte (&run->in) % 4, take_date (run));
        lian_activity_set_org_id (act, take_ref (run, LIAN_RECORD_KIND_ORGANIZATION));
        lian_activity_set_chain_id (act, take_ref (run, LIAN_RECORD_KIND_CHAIN));
        return LIAN_RECORD (act);
      }
    }
}

/* The references a record makes, as the public getters show them */

typedef void (*RefFunc) (Run            *run,
                         LianRecord     *record,
                         const char     *field,
                         const char     *target,
                         LianRecordKind  kind);

static void
each_in (Run                *run,
         LianRecord         *record,
         const char         *field,
         const char * const *targets,
         LianRecordKind      kind,
         RefFunc             func)
{
  for (guint i = 0; targets && targets[i]; i++)
    func (run, record, field, targets[i], kind);
}

static void
one (Run            *run,
     LianRecord     *record,
     const char     *field,
     const char     *target,
     LianRecordKind  kind,
     RefFunc         func)
{
  if (target && target[0])
    func (run, record, field, target, kind);
}

static void
foreach_ref (Run        *run,
             LianRecord *record,
             RefFunc     func)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_CHAIN:
      each_in (run, record, "leader_ids", lian_chain_get_leader_ids (LIAN_CHAIN (record)),
               LIAN_RECORD_KIND_ENTERPRISE, func);
      break;
    case LIAN_RECORD_KIND_ENTERPRISE:
      each_in (run, record, "chain_links", lian_enterprise_get_chain_ids (LIAN_ENTERPRISE (record)),
               LIAN_RECORD_KIND_CHAIN, func);
      break;
    case LIAN_RECORD_KIND_ORGANIZATION:
      one (run, record, "parent_id", lian_party_org_get_parent_id (LIAN_PARTY_ORG (record)),
           LIAN_RECORD_KIND_ORGANIZATION, func);
      each_in (run, record, "chain_ids", lian_party_org_get_chain_ids (LIAN_PARTY_ORG (record)),
               LIAN_RECORD_KIND_CHAIN, func);
      each_in (run, record, "member_ids", lian_party_org_get_member_ids (LIAN_PARTY_ORG (record)),
               LIAN_RECORD_KIND_ENTERPRISE, func);
      break;
    case LIAN_RECORD_KIND_SERVICE:
      each_in (run, record, "chain_ids", lian_service_item_get_chain_ids (LIAN_SERVICE_ITEM (record)),
               LIAN_RECORD_KIND_CHAIN, func);
      break;
    case LIAN_RECORD_KIND_NEED:
      {
        LianNeed *need = LIAN_NEED (record);
        one (run, record, "enterprise_id", lian_need_get_enterprise_id (need),
             LIAN_RECORD_KIND_ENTERPRISE, func);
        one (run, record, "chain_id", lian_need_get_chain_id (need), LIAN_RECORD_KIND_CHAIN, func);
        one (run, record, "assignee_id", lian_need_get_assignee_id (need),
             LIAN_RECORD_KIND_ORGANIZATION, func);
        each_in (run, record, "service_ids", lian_need_get_service_ids (need),
                 LIAN_RECORD_KIND_SERVICE, func);
        one (run, record, "project_id", lian_need_get_project_id (need), LIAN_RECORD_KIND_PROJECT, func);
      }
      break;
    case LIAN_RECORD_KIND_PROJECT:
      {
        LianActionProject *project = LIAN_ACTION_PROJECT (record);
        one (run, record, "owner_id", lian_action_project_get_owner_id (project),
             LIAN_RECORD_KIND_ORGANIZATION, func);
        each_in (run, record, "need_ids", lian_action_project_get_need_ids (project),
                 LIAN_RECORD_KIND_NEED, func);
        each_in (run, record, "service_ids", lian_action_project_get_service_ids (project),
                 LIAN_RECORD_KIND_SERVICE, func);
      }
      break;
    case LIAN_RECORD_KIND_ACTIVITY:
      one (run, record, "org_id", lian_activity_get_org_id (LIAN_ACTIVITY (record)),
           LIAN_RECORD_KIND_ORGANIZATION, func);
      one (run, record, "chain_id", lian_activity_get_chain_id (LIAN_ACTIVITY (record)),
           LIAN_RECORD_KIND_CHAIN, func);
      break;
    case LIAN_RECORD_KIND_REGION:
    default:
      break;
    }
}

static void
check_ref (Run            *run,
           LianRecord     *record,
           const char     *field,
           const char     *target,
           LianRecordKind  kind)
{
  LianRecord *found = lian_registry_lookup (run->registry, target);

  FUZZ_CHECK (found != NULL, "%s.%s refers to \"%s\", which is not there",
              lian_record_get_id (record), field, target);
  FUZZ_CHECK (lian_record_get_record_kind (found) == kind, "%s.%s refers to \"%s\" of kind %d, not %d",
              lian_record_get_id (record), field, target, lian_record_get_record_kind (found), kind);
}

/* Invariants */

static void
check_lists (Run *run)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  guint total = 0;

  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (run->registry, k);
      guint n = g_list_model_get_n_items (list);

      total += n;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (list, i);
          const char *id = lian_record_get_id (record);

          FUZZ_CHECK (lian_record_get_record_kind (record) == k, "%s in the list of kind %u", id, k);
          FUZZ_CHECK (lian_registry_lookup (run->registry, id) == record,
                      "%s is listed, but lookup finds another record", id);
          FUZZ_CHECK (lian_record_get_registry (record) == run->registry,
                      "%s is listed, but belongs to another registry", id);
          FUZZ_CHECK (g_hash_table_add (listed, (gpointer) id), "%s is listed twice", id);
          foreach_ref (run, record, check_ref);
        }
    }
  FUZZ_CHECK (total == lian_registry_get_n_records (run->registry), "lists hold %u records, not %u",
              total, lian_registry_get_n_records (run->registry));
  for (guint k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < N_IDS; i++)
      {
        LianRecord *record = lian_registry_lookup (run->registry, run->ids[k][i]);
        FUZZ_CHECK (record == NULL || g_hash_table_contains (listed, run->ids[k][i]),
                    "lookup finds %s, which no list holds", run->ids[k][i]);
      }
  /* Organisation parents lead up to a root. */
  for (guint i = 0; i < N_IDS; i++)
      {
        LianPartyOrg *org = lian_registry_lookup_organization (run->registry, run->ids[LIAN_RECORD_KIND_ORGANIZATION][i]);
        guint steps = 0;
        while (org && steps++ <= N_IDS)
          org = lian_registry_lookup_organization (run->registry, lian_party_org_get_parent_id (org) ? lian_party_org_get_parent_id (org) : "");
        FUZZ_CHECK (org == NULL, "the organisation tree has a cycle");
      }
}

/* The journal's new entries, played on the model; then every held record
 * has the model's revision. */
static void
check_journal (Run *run)
{
  GListModel *journal = lian_registry_get_journal (run->registry);
  guint n = g_list_model_get_n_items (journal);

  for (guint i = run->journal_seen; i < n; i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (journal, i);
      const char *id = lian_change_get_record_id (change);
      guint64 revision = lian_change_get_revision (change);
      gpointer had = g_hash_table_lookup (run->revisions, id);

      FUZZ_CHECK (lian_change_get_sequence (change) == i + 1, "journal entry %u has sequence %" G_GUINT64_FORMAT,
                  i + 1, lian_change_get_sequence (change));
      switch (lian_change_get_operation (change))
        {
        case LIAN_CHANGE_OPERATION_ADD:
          FUZZ_CHECK (had == NULL && revision == 1, "%s added at revision %" G_GUINT64_FORMAT, id, revision);
          g_hash_table_insert (run->revisions, g_strdup (id), GUINT_TO_POINTER (1));
          break;
        case LIAN_CHANGE_OPERATION_UPDATE:
          FUZZ_CHECK (had && revision == GPOINTER_TO_UINT (had) + 1,
                      "%s updated to revision %" G_GUINT64_FORMAT " from %u", id, revision, GPOINTER_TO_UINT (had));
          FUZZ_CHECK (lian_change_get_fields (change)[0] != NULL, "an update of %s without fields", id);
          g_hash_table_insert (run->revisions, g_strdup (id), GUINT_TO_POINTER ((guint) revision));
          break;
        case LIAN_CHANGE_OPERATION_REMOVE:
        default:
          FUZZ_CHECK (had && revision == GPOINTER_TO_UINT (had), "%s removed at revision %" G_GUINT64_FORMAT,
                      id, revision);
          g_hash_table_remove (run->revisions, id);
          break;
        }
    }
  run->journal_seen = n;
  if (run->batch_start)
    return;   /* a batch's changes reach the journal at its commit */

  FUZZ_CHECK (g_hash_table_size (run->revisions) == lian_registry_get_n_records (run->registry),
              "the model holds %u records, the registry %u (journal %u)", g_hash_table_size (run->revisions),
              lian_registry_get_n_records (run->registry), n);
  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (run->registry, k);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (list, i);
          guint expected = GPOINTER_TO_UINT (g_hash_table_lookup (run->revisions, lian_record_get_id (record)));
          FUZZ_CHECK (lian_record_get_revision (record) == expected, "%s is at revision %" G_GUINT64_FORMAT
                      ", the model says %u", lian_record_get_id (record), lian_record_get_revision (record), expected);
        }
    }
}

static void
refused_cb (const char     *domain,
            GLogLevelFlags  level,
            const char     *message,
            gpointer        data)
{
  *(gboolean *) data = TRUE;
}

static gboolean op_change (Run *run);

/* A setter's change; false when the registry refused it (a warning). */
static gboolean
op_change_checked (Run *run)
{
  gboolean refused = FALSE;
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL);
  guint handler = g_log_set_handler ("Lian", G_LOG_LEVEL_WARNING, refused_cb, &refused);

  op_change (run);
  g_log_remove_handler ("Lian", handler);
  g_log_set_always_fatal (fatal);
  return !refused;
}

static void
check_problems (Run *run)
{
  g_autoptr(GListModel) problems = lian_registry_check (run->registry, "2023-12-31", 90);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
      const char *message = lian_problem_get_message (problem);

      FUZZ_CHECK (message && g_utf8_validate (message, -1, NULL), "a problem without a UTF-8 message");
      FUZZ_CHECK (lian_problem_get_severity (problem) != LIAN_SEVERITY_ERROR,
                  "the registry has an error: %s %s: %s",
                  lian_problem_get_code (problem), lian_problem_get_record_id (problem), message);
    }
}

/* The scan a select must agree with */

static const char *
locate (Run        *run,
        LianRecord *record)
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
        LianEnterprise *ent = id ? lian_registry_lookup_enterprise (run->registry, id) : NULL;
        return ent ? lian_enterprise_get_region (ent) : NULL;
      }
    case LIAN_RECORD_KIND_PROJECT:
      {
        const char *id = lian_action_project_get_owner_id (LIAN_ACTION_PROJECT (record));
        LianPartyOrg *org = id ? lian_registry_lookup_organization (run->registry, id) : NULL;
        return org ? lian_party_org_get_region (org) : NULL;
      }
    case LIAN_RECORD_KIND_ACTIVITY:
    default:
      {
        const char *id = lian_activity_get_org_id (LIAN_ACTIVITY (record));
        LianPartyOrg *org = id ? lian_registry_lookup_organization (run->registry, id) : NULL;
        return org ? lian_party_org_get_region (org) : NULL;
      }
    }
}

static gboolean
code_in (const char *region,
         const char *code)
{
  return lian_adcode_is_valid (code) && lian_adcode_contains (region, code);
}

/* The registry's counts (lian-registry-query.h) are those of a scan, in
 * every region the run uses and in none. */
static void
check_counts (Run *run)
{
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (run->registry);
  g_autoptr(GListModel) needs = lian_registry_get_needs (run->registry);

  for (guint r = 0; r <= G_N_ELEMENTS (region_values); r++)
    {
      const char *region = r < G_N_ELEMENTS (region_values) ? region_values[r] : NULL;
      guint n_firms = 0, by_status[5] = { 0 };

      for (guint i = 0; i < g_list_model_get_n_items (firms); i++)
        {
          g_autoptr(LianEnterprise) firm = g_list_model_get_item (firms, i);
          n_firms += region == NULL || code_in (region, lian_enterprise_get_region (firm));
        }
      for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
        {
          g_autoptr(LianNeed) need = g_list_model_get_item (needs, i);
          LianEnterprise *firm = lian_registry_lookup_enterprise (run->registry,
                                                                  lian_need_get_enterprise_id (need));

          if (region == NULL || (firm && code_in (region, lian_enterprise_get_region (firm))))
            by_status[lian_need_get_status (need) % 5]++;
        }
      FUZZ_CHECK (lian_registry_count_enterprises (run->registry, region) == n_firms,
                  "%s: %u enterprises counted, %u scanned", region ? region : "all",
                  lian_registry_count_enterprises (run->registry, region), n_firms);
      for (guint s = 0; s < 5; s++)
        FUZZ_CHECK (lian_registry_count_needs_by_status (run->registry, region, s) == by_status[s],
                    "%s: %u needs at status %u counted, %u scanned", region ? region : "all",
                    lian_registry_count_needs_by_status (run->registry, region, s), s, by_status[s]);
    }
}

/* Where a record lies: where locate() says, and also a chain where its
 * leaders lie, an organisation where its members lie, a project where its
 * needs' enterprises lie. */
static gboolean
lies_in (Run        *run,
         LianRecord *record,
         const char *region)
{
  const char * const *ids = NULL;

  if (!lian_adcode_is_valid (region))
    return FALSE;
  if (code_in (region, locate (run, record)))
    return TRUE;
  if (LIAN_IS_CHAIN (record))
    ids = lian_chain_get_leader_ids (LIAN_CHAIN (record));
  else if (LIAN_IS_PARTY_ORG (record))
    ids = lian_party_org_get_member_ids (LIAN_PARTY_ORG (record));
  for (guint i = 0; ids && ids[i]; i++)
    {
      LianEnterprise *ent = lian_registry_lookup_enterprise (run->registry, ids[i]);
      if (ent && code_in (region, lian_enterprise_get_region (ent)))
        return TRUE;
    }
  if (LIAN_IS_ACTION_PROJECT (record))
    {
      const char * const *needs = lian_action_project_get_need_ids (LIAN_ACTION_PROJECT (record));
      for (guint i = 0; needs[i]; i++)
        {
          LianNeed *need = lian_registry_lookup_need (run->registry, needs[i]);
          if (need && code_in (region, locate (run, LIAN_RECORD (need))))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
on_chain (Run        *run,
          LianRecord *record,
          const char *chain)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_CHAIN:
      return g_str_equal (lian_record_get_id (record), chain);
    case LIAN_RECORD_KIND_ENTERPRISE:
      return g_strv_contains (lian_enterprise_get_chain_ids (LIAN_ENTERPRISE (record)), chain);
    case LIAN_RECORD_KIND_ORGANIZATION:
      return g_strv_contains (lian_party_org_get_chain_ids (LIAN_PARTY_ORG (record)), chain);
    case LIAN_RECORD_KIND_SERVICE:
      {
        /* A service for no chain in particular applies to every chain. */
        const char * const *chains = lian_service_item_get_chain_ids (LIAN_SERVICE_ITEM (record));
        return chains[0] == NULL || g_strv_contains (chains, chain);
      }
    case LIAN_RECORD_KIND_NEED:
      return g_strcmp0 (lian_need_get_chain_id (LIAN_NEED (record)), chain) == 0;
    case LIAN_RECORD_KIND_ACTIVITY:
      return g_strcmp0 (lian_activity_get_chain_id (LIAN_ACTIVITY (record)), chain) == 0;
    case LIAN_RECORD_KIND_PROJECT:
      {
        const char * const *needs = lian_action_project_get_need_ids (LIAN_ACTION_PROJECT (record));
        for (guint i = 0; needs[i]; i++)
          {
            LianNeed *need = lian_registry_lookup_need (run->registry, needs[i]);
            if (need && g_strcmp0 (lian_need_get_chain_id (need), chain) == 0)
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
scan_matches (Run        *run,
              LianFilter *filter,
              LianRecord *record)
{
  const char *region = lian_filter_get_region (filter);
  const char *chain = lian_filter_get_chain_id (filter);
  LianNeedCategories categories = lian_filter_get_categories (filter);

  if (region && !lies_in (run, record, region))
    return FALSE;
  if (chain && !on_chain (run, record, chain))
    return FALSE;
  if (LIAN_IS_NEED (record))
    {
      LianNeed *need = LIAN_NEED (record);
      if (lian_filter_get_has_status (filter) && lian_need_get_status (need) != lian_filter_get_status (filter))
        return FALSE;
      if (lian_filter_get_open_only (filter) && lian_need_get_status (need) > LIAN_NEED_STATUS_IN_PROGRESS)
        return FALSE;
      if (categories && !(categories & (1u << lian_need_get_category (need))))
        return FALSE;
    }
  else if (LIAN_IS_ACTION_PROJECT (record) && lian_filter_get_open_only (filter))
    {
      LianProjectStatus status = lian_action_project_get_status (LIAN_ACTION_PROJECT (record));
      if (status == LIAN_PROJECT_STATUS_DONE || status == LIAN_PROJECT_STATUS_CANCELLED)
        return FALSE;
    }
  else if (LIAN_IS_SERVICE_ITEM (record) && categories &&
           !(categories & lian_service_item_get_categories (LIAN_SERVICE_ITEM (record))))
    return FALSE;
  else if (LIAN_IS_ENTERPRISE (record) && lian_filter_get_tags (filter) &&
           (lian_enterprise_get_tags (LIAN_ENTERPRISE (record)) & lian_filter_get_tags (filter)) !=
           lian_filter_get_tags (filter))
    return FALSE;
  return TRUE;
}

static void
check_select (Run        *run,
              LianFilter *filter)
{
  LianRecordKind kind = lian_filter_get_record_kind (filter);
  const char *region = lian_filter_get_region (filter);
  const char *chain = lian_filter_get_chain_id (filter);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) selected = lian_registry_select (run->registry, filter, &error);
  g_autoptr(GListModel) all = lian_registry_get_records (run->registry, kind);
  g_autofree char *how = NULL;
  guint n, want = 0;

  /* A filter that can mean nothing is refused, and only such a one. */
  if (selected == NULL)
    {
      FUZZ_CHECK ((region && !lian_adcode_is_valid (region)) ||
                  (chain && lian_registry_lookup_chain (run->registry, chain) == NULL),
                  "select refuses a good filter: %s", error->message);
      return;
    }
  how = lian_registry_explain_select (run->registry, filter, NULL, NULL);
  n = g_list_model_get_n_items (selected);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (all, i);
      g_autoptr(LianRecord) got = NULL;

      if (!scan_matches (run, filter, record))
        continue;
      got = want < n ? g_list_model_get_item (selected, want) : NULL;
      FUZZ_CHECK (got == record, "select (%s) misses %s, or has %s in its place", how,
                  lian_record_get_id (record), got ? lian_record_get_id (got) : "nothing");
      want++;
    }
  FUZZ_CHECK (n == want, "select (%s) gives %u records, the scan %u", how, n, want);
}

static LianFilter *
take_filter (Run *run)
{
  static const LianRecordKind kinds[] = {
    LIAN_RECORD_KIND_NEED, LIAN_RECORD_KIND_ENTERPRISE, LIAN_RECORD_KIND_ORGANIZATION,
    LIAN_RECORD_KIND_SERVICE, LIAN_RECORD_KIND_NEED, LIAN_RECORD_KIND_PROJECT,
    LIAN_RECORD_KIND_ACTIVITY, LIAN_RECORD_KIND_CHAIN,
  };
  LianFilter *filter = lian_filter_new (kinds[fuzz_take_byte (&run->in) % G_N_ELEMENTS (kinds)]);
  guint8 what = fuzz_take_byte (&run->in);

  if (what & 0x01)
    lian_filter_set_chain_id (filter, take_ref (run, LIAN_RECORD_KIND_CHAIN));
  if (what & 0x02)
    lian_filter_set_status (filter, fuzz_take_byte (&run->in) % 5);
  if (what & 0x04)
    lian_filter_set_open_only (filter, TRUE);
  if (what & 0x08)
    lian_filter_set_categories (filter, fuzz_take_u16 (&run->in) & 0x1FFF);
  if (what & 0x10)
    {
      static const char * const odd[] = { "32", "320200", "999999", "320290" };
      guint8 b = fuzz_take_byte (&run->in);
      lian_filter_set_region (filter, b & 0x80 ? odd[b % G_N_ELEMENTS (odd)] : take_region (run));
    }
  if (what & 0x20)
    lian_filter_set_tags (filter, fuzz_take_byte (&run->in));
  return filter;
}

static void
check_selects_everywhere (Run *run)
{
  for (guint c = 0; c <= N_IDS; c++)
    for (guint k = LIAN_RECORD_KIND_CHAIN; k < N_KINDS; k++)
      {
        g_autoptr(LianFilter) filter = lian_filter_new (k);
        lian_filter_set_chain_id (filter, c < N_IDS ? id_of (run, LIAN_RECORD_KIND_CHAIN, c) : NULL);
        check_select (run, filter);
      }
  for (guint r = 0; r < G_N_ELEMENTS (region_values); r++)
    for (guint k = LIAN_RECORD_KIND_REGION; k < N_KINDS; k++)
      {
        g_autoptr(LianFilter) filter = lian_filter_new (k);
        lian_filter_set_region (filter, region_values[r]);
        check_select (run, filter);
      }
  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    {
      g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
      lian_filter_set_status (filter, s);
      check_select (run, filter);
    }
  for (guint c = 0; c <= LIAN_NEED_CATEGORY_OTHER; c++)
    {
      g_autoptr(LianFilter) needs = lian_filter_new (LIAN_RECORD_KIND_NEED);
      g_autoptr(LianFilter) services = lian_filter_new (LIAN_RECORD_KIND_SERVICE);
      lian_filter_set_categories (needs, 1u << c);
      lian_filter_set_categories (services, 1u << c);
      check_select (run, needs);
      check_select (run, services);
    }
}

/* Operations; each returns whether it succeeded, or FALSE with an error */

static gboolean
op_remove (Run     *run,
           GError **error)
{
  LianRecordKind kind = fuzz_take_byte (&run->in) % N_KINDS;
  const char *id = id_of (run, kind, fuzz_take_byte (&run->in));
  gboolean cascade = fuzz_take_byte (&run->in) & 1;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) affected = NULL;

  for (guint k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < N_IDS; i++)
      {
        LianRecord *record = lian_registry_lookup (run->registry, run->ids[k][i]);
        if (record)
          g_ptr_array_add (before, g_object_ref (record));
      }
  if (!lian_registry_remove (run->registry, id, cascade, &affected, error))
    return FALSE;
  FUZZ_CHECK (affected && affected[0] && g_str_equal (affected[0], id), "affected does not start with %s", id);
  FUZZ_CHECK (lian_registry_lookup (run->registry, id) == NULL, "%s is still there", id);
  FUZZ_CHECK (cascade || affected[1] == NULL, "a removal without cascade affected others");
  for (guint i = 0; i < before->len; i++)
    {
      LianRecord *record = before->pdata[i];
      const char *rid = lian_record_get_id (record);
      if (lian_registry_lookup (run->registry, rid) == record)
        continue;
      FUZZ_CHECK (lian_record_get_registry (record) == NULL, "removed %s still has a registry", rid);
      FUZZ_CHECK (g_strv_contains ((const char * const *) affected, rid),
                  "%s was removed, but is not among the affected", rid);
    }
  FUZZ_CHECK (run->signals.removed + run->signals.changed > 0, "a removal emitted nothing");
  return TRUE;
}

/* A change through a setter; the ones that may break the registry's
 * promises taint the run. */
static gboolean
op_change (Run *run)
{
  LianRecordKind kind = fuzz_take_byte (&run->in) % N_KINDS;
  LianRecord *record = lian_registry_lookup (run->registry, id_of (run, kind, fuzz_take_byte (&run->in)));
  guint8 field = fuzz_take_byte (&run->in);
  g_autofree char *text = NULL;

  if (record == NULL || lian_record_get_record_kind (record) != kind)
    return FALSE;
  switch (kind)
    {
    case LIAN_RECORD_KIND_CHAIN:
      if (field % 3 == 0)
        {
          text = g_strdup (take_region (run));
          lian_chain_set_region (LIAN_CHAIN (record), text ? text : "320000");
        }
      else if (field % 3 == 1)
        lian_chain_set_tier (LIAN_CHAIN (record), fuzz_take_byte (&run->in) % 4);
      else
        {
          lian_chain_add_leader (LIAN_CHAIN (record), id_of (run, LIAN_RECORD_KIND_ENTERPRISE, fuzz_take_byte (&run->in)));
        }
      return TRUE;
    case LIAN_RECORD_KIND_ENTERPRISE:
      switch (field % 5)
        {
        case 0:
          text = g_strdup (take_region (run));
          lian_enterprise_set_region (LIAN_ENTERPRISE (record), text ? text : "320583");
          break;
        case 1: lian_enterprise_set_tags (LIAN_ENTERPRISE (record), fuzz_take_byte (&run->in)); break;
        case 2: lian_enterprise_set_size (LIAN_ENTERPRISE (record), fuzz_take_byte (&run->in) % 5); break;
        case 3:
          lian_enterprise_add_chain_link (LIAN_ENTERPRISE (record),
                                          id_of (run, LIAN_RECORD_KIND_CHAIN, fuzz_take_byte (&run->in)),
                                          NULL, LIAN_CHAIN_ROLE_CORE);
          break;
        default:
          lian_enterprise_remove_chain_link (LIAN_ENTERPRISE (record),
                                             id_of (run, LIAN_RECORD_KIND_CHAIN, fuzz_take_byte (&run->in)));
          break;
        }
      return TRUE;
    case LIAN_RECORD_KIND_ORGANIZATION:
      switch (field % 4)
        {
        case 0: lian_party_org_set_region (LIAN_PARTY_ORG (record), take_region (run)); break;
        case 1:
          lian_party_org_remove_member (LIAN_PARTY_ORG (record),
                                        id_of (run, LIAN_RECORD_KIND_ENTERPRISE, fuzz_take_byte (&run->in)));
          break;
        case 2:
          lian_party_org_set_parent_id (LIAN_PARTY_ORG (record), take_ref (run, LIAN_RECORD_KIND_ORGANIZATION));
          break;
        default:
          lian_party_org_add_chain (LIAN_PARTY_ORG (record),
                                    id_of (run, LIAN_RECORD_KIND_CHAIN, fuzz_take_byte (&run->in)));
          break;
        }
      return TRUE;
    case LIAN_RECORD_KIND_SERVICE:
      if (field % 3 == 0)
        lian_service_item_set_categories (LIAN_SERVICE_ITEM (record),
                                          (fuzz_take_u16 (&run->in) & 0x1FFF) | LIAN_NEED_CATEGORIES_OTHER);
      else if (field % 3 == 1)
        lian_service_item_set_region (LIAN_SERVICE_ITEM (record), take_region (run));
      else
        lian_service_item_remove_chain (LIAN_SERVICE_ITEM (record),
                                        id_of (run, LIAN_RECORD_KIND_CHAIN, fuzz_take_byte (&run->in)));
      return TRUE;
    case LIAN_RECORD_KIND_NEED:
      switch (field % 5)
        {
        case 0: lian_need_set_category (LIAN_NEED (record), fuzz_take_byte (&run->in) % 13); break;
        case 1:
          text = fuzz_take_text (&run->in, 12);
          lian_need_set_title (LIAN_NEED (record), text[0] ? text : "标题");
          break;
        case 2: lian_need_set_amount_yuan (LIAN_NEED (record), fuzz_take_u16 (&run->in)); break;
        case 3:
          lian_need_set_chain_id (LIAN_NEED (record), take_ref (run, LIAN_RECORD_KIND_CHAIN));
          break;
        default:
          lian_need_set_enterprise_id (LIAN_NEED (record), id_of (run, LIAN_RECORD_KIND_ENTERPRISE, fuzz_take_byte (&run->in)));
          break;
        }
      return TRUE;
    case LIAN_RECORD_KIND_PROJECT:
      if (field & 1)
        lian_action_project_set_talents (LIAN_ACTION_PROJECT (record), fuzz_take_byte (&run->in));
      else
        lian_action_project_remove_need (LIAN_ACTION_PROJECT (record),
                                         id_of (run, LIAN_RECORD_KIND_NEED, fuzz_take_byte (&run->in)));
      return TRUE;
    case LIAN_RECORD_KIND_ACTIVITY:
      if (field & 1)
        lian_activity_set_participants (LIAN_ACTIVITY (record), fuzz_take_byte (&run->in));
      else
        {
          lian_activity_set_org_id (LIAN_ACTIVITY (record), take_ref (run, LIAN_RECORD_KIND_ORGANIZATION));
        }
      return TRUE;
    case LIAN_RECORD_KIND_REGION:
    default:
      text = fuzz_take_text (&run->in, 12);
      lian_record_set_name (record, text[0] ? text : "地区");
      return TRUE;
    }
}

static gboolean
op_work (Run     *run,
         guint8   op,
         GError **error)
{
  const char *need = id_of (run, LIAN_RECORD_KIND_NEED, fuzz_take_byte (&run->in));

  switch (op % 5)
    {
    case 0:
      {
        guint8 b = fuzz_take_byte (&run->in);
        return lian_registry_move_need (run->registry, need, b % 5, NULL, b & 0x08 ? "重新办理" : NULL,
                                        NULL, error);
      }
    case 1:
      {
        const char *org = id_of (run, LIAN_RECORD_KIND_ORGANIZATION, fuzz_take_byte (&run->in));
        guint8 b = fuzz_take_byte (&run->in);
        return lian_registry_assign_need (run->registry, need, org,
                                          b & 0x80 ? NULL : (b & 0x40 ? "2023-02-30" : take_date (run)),
                                          error);
      }
    case 2:
      return lian_registry_link_service (run->registry, need,
                                         id_of (run, LIAN_RECORD_KIND_SERVICE, fuzz_take_byte (&run->in)),
                                         error);
    case 3:
      {
        const char *id = id_of (run, LIAN_RECORD_KIND_PROJECT, fuzz_take_byte (&run->in));
        const char *owner = id_of (run, LIAN_RECORD_KIND_ORGANIZATION, fuzz_take_byte (&run->in));
        g_autoptr(LianActionProject) project = lian_action_project_new (id, "攻关", owner);
        guint8 mask = fuzz_take_byte (&run->in);
        lian_action_project_set_status (project, fuzz_take_byte (&run->in) % 4);
        for (guint j = 0; j < N_IDS; j++)
          if (mask & (1u << j))
            lian_action_project_add_need (project, id_of (run, LIAN_RECORD_KIND_NEED, j));
        return lian_registry_open_project (run->registry, project, error);
      }
    default:
      {
        const char *id = id_of (run, LIAN_RECORD_KIND_PROJECT, fuzz_take_byte (&run->in));
        guint8 b = fuzz_take_byte (&run->in);
        const char *finished = b & 0x40 ? "2022-01-01" : take_date (run);
        if (b & 0x80)
          return lian_registry_close_resolved_project (run->registry, id, finished, b, b, b, error);
        return lian_registry_close_project (run->registry, id, finished, b, b, b, error);
      }
    }
}

static gboolean
op_add (Run     *run,
        guint    n,
        GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  guint before = lian_registry_get_n_records (run->registry);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, take_record (run));
  if (n == 1 ? !lian_registry_add (run->registry, records->pdata[0], error)
             : !lian_registry_add_many (run->registry, records, error))
    {
      for (guint i = 0; i < n; i++)
        FUZZ_CHECK (lian_record_get_registry (records->pdata[i]) == NULL,
                    "a refused record belongs to a registry");
      return FALSE;
    }
  FUZZ_CHECK (lian_registry_get_n_records (run->registry) == before + n, "%u records added, not %u",
              lian_registry_get_n_records (run->registry) - before, n);
  FUZZ_CHECK (run->signals.added == n, "%u record-added for %u records", run->signals.added, n);
  return TRUE;
}

/* The registry's document, and the order of each kind's list: an undone
 * batch gives back both. */
static char *
picture (LianRegistry *registry)
{
  GString *text = g_string_new (NULL);
  g_autofree char *saved = lian_registry_save_to_data (registry, NULL);

  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (registry, k);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (list, i);
          g_string_append_printf (text, "%s ", lian_record_get_id (record));
        }
      g_string_append_c (text, '\n');
    }
  g_string_append (text, saved);
  return g_string_free (text, FALSE);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  Run run = { { data, size }, NULL, { 0, }, { { NULL, }, }, NULL, 0, NULL };
  guint steps = 0;

  fuzz_init ();
  if (size > 2048)
    return 0;   /* long runs find no more than short ones, slower */
  for (guint k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < N_IDS; i++)
      run.ids[k][i] = k == LIAN_RECORD_KIND_REGION ? g_strdup (region_ids[i])
                                                  : g_strdup_printf ("%s-%u", prefixes[k], i);
  run.registry = lian_registry_new ();
  run.revisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fuzz_signals_connect (run.registry, &run.signals);

  while (!fuzz_at_end (&run.in) && steps++ < 200)
    {
      guint8 op = fuzz_take_byte (&run.in);
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      gboolean ok = TRUE, may_fail = TRUE;

      memset (&run.signals, 0, sizeof run.signals);
      before = picture (run.registry);
      switch (op % 12)
        {
        case 0: case 1: case 2:
          ok = op_add (&run, 1, &error);
          break;
        case 3:
          ok = op_add (&run, 2 + op / 128, &error);
          break;
        case 4:
          ok = op_remove (&run, &error);
          break;
        case 5: case 6:
          if (!op_change_checked (&run))
            {
              g_autofree char *after = picture (run.registry);
              FUZZ_CHECK (run.signals.added == 0 && run.signals.removed == 0 && run.signals.changed == 0,
                          "a refused setter emitted signals");
              FUZZ_CHECK (g_str_equal (before, after), "a refused setter changed the registry");
              FUZZ_CHECK (g_list_model_get_n_items (lian_registry_get_journal (run.registry)) == run.journal_seen,
                          "a refused setter made a journal entry");
            }
          may_fail = FALSE;
          break;
        case 7: case 8:
          ok = op_work (&run, op / 12, &error);
          break;
        case 9: case 10:
          {
            g_autoptr(LianFilter) filter = take_filter (&run);
            may_fail = FALSE;
            check_select (&run, filter);
          }
          break;
        default:
          may_fail = FALSE;
          if (op > 235 && op <= 250)
            {
              /* A batch begins, or ends: committed, it stands whole or
               * leaves the registry as it began. */
              g_autoptr(GError) refused = NULL;
              g_autofree char *after = NULL;

              if (run.batch_start == NULL)
                {
                  run.batch_start = picture (run.registry);
                  lian_registry_begin_batch (run.registry);
                  break;
                }
              if (op & 1 ? !lian_registry_commit_batch (run.registry, &refused)
                         : (lian_registry_abort_batch (run.registry), TRUE))
                {
                  after = picture (run.registry);
                  FUZZ_CHECK (g_str_equal (after, run.batch_start), "a failed or aborted batch (%s) left changes",
                              refused ? refused->message : "aborted");
                }
              g_clear_pointer (&run.batch_start, g_free);
            }
          else if (op > 250)
            {
              lian_registry_clear (run.registry);
              FUZZ_CHECK (lian_registry_get_n_records (run.registry) == 0, "clear left records");
              /* A clear is no change of the register: the model starts again. */
              g_hash_table_remove_all (run.revisions);
              run.journal_seen = g_list_model_get_n_items (lian_registry_get_journal (run.registry));
              if (run.batch_start)
                {
                  /* What the batch did before the clear is gone for good. */
                  g_free (run.batch_start);
                  run.batch_start = picture (run.registry);
                }
            }
          else
            check_problems (&run);
          break;
        }

      if (may_fail && !ok)
        {
          g_autofree char *after = picture (run.registry);
          fuzz_check_error (error, 0);
          FUZZ_CHECK (run.signals.added == 0 && run.signals.removed == 0 && run.signals.changed == 0,
                      "a refused operation (%s) emitted signals", error->message);
          FUZZ_CHECK (g_str_equal (before, after), "a refused operation (%s) changed the registry",
                      error->message);
        }
      else if (may_fail)
        FUZZ_CHECK (error == NULL, "success, with an error");
      check_lists (&run);
      check_journal (&run);
      check_counts (&run);
    }

  if (run.batch_start)
    {
      g_autofree char *after = NULL;
      lian_registry_abort_batch (run.registry);
      after = picture (run.registry);
      FUZZ_CHECK (g_str_equal (after, run.batch_start), "an aborted batch left changes");
      g_clear_pointer (&run.batch_start, g_free);
      check_journal (&run);
    }
  check_selects_everywhere (&run);
  check_problems (&run);
  {
    g_autofree char *saved = lian_registry_save_to_data (run.registry, NULL);
    fuzz_check_round_trip (saved, lian_registry_get_n_records (run.registry));
  }
  fuzz_signals_disconnect (run.registry, &run.signals);
  g_clear_object (&run.registry);
  g_hash_table_unref (run.revisions);
  for (guint k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < N_IDS; i++)
      g_free (run.ids[k][i]);
  return 0;
}
