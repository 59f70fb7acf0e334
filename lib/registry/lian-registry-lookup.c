/* lian-registry-lookup.c: finding records in a registry, and its lists
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-registry-struct-private.h"
#include "lian-registry-change-private.h"
#include "lian-record-private.h"
#include "lian-region-code.h"

/* Looking up */

/**
 * lian_registry_get_n_records:
 * @self: a registry
 *
 * Counts the records of every kind.
 *
 * Returns: the number of records
 */
guint
lian_registry_get_n_records (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), 0);

  return self->entries ? lian_entries_size (self->entries) : 0;
}

/* Objects made as they are asked for */

/* An object a visit made: where its row lay before, and the slot of its
 * list that holds it, or G_MAXUINT. */
typedef struct
{
  LianEntry *entry;
  gpointer   row;
  guint      position;
} LianVisitMade;

void
lian_registry_begin_visit (LianRegistry *self,
                           LianVisit    *visit)
{
  memset (visit, 0, sizeof *visit);
  /* Within another visit, the outer one does the work. */
  if (self->visit || self->entries == NULL)
    return;
  /* Its index of the entries is made with its many objects (note_made()):
   * a visit that makes none or a few costs nothing. */
  visit->made = g_array_new (FALSE, FALSE, sizeof (LianVisitMade));
  visit->stamp = self->stamp;
  self->visit = visit;
}

/* From how many objects on a visit finds them by their entry's number in
 * an index of every number (4 bytes each); below, by looking through
 * them: a visit that makes a few (a summary names its regions) does not
 * pay for the index of a large registry. */
#define VISIT_INDEX_FROM 256

/* Makes @visit's index of the objects it made so far. */
static void
index_made (LianRegistry *self,
            LianVisit    *visit)
{
  visit->n_numbers = lian_entries_n_numbers (self->entries);
  visit->index = g_new (guint32, MAX (visit->n_numbers, 1));
  memset (visit->index, 0xff, MAX (visit->n_numbers, 1) * sizeof (guint32));
  for (guint i = 0; i < visit->made->len; i++)
    visit->index[g_array_index (visit->made, LianVisitMade, i).entry->number] = i;
}

/* Notes that the visit made @entry's object from @row. */
static void
note_made (LianRegistry *self,
           LianEntry    *entry,
           gpointer      row)
{
  LianVisit *visit = self->visit;
  LianVisitMade made = { entry, row, G_MAXUINT };

  if (visit->index && entry->number >= visit->n_numbers)
    return;
  g_array_append_val (visit->made, made);
  if (visit->index)
    visit->index[entry->number] = visit->made->len - 1;
  else if (visit->made->len >= VISIT_INDEX_FROM)
    index_made (self, visit);
}

void
lian_registry_note_made_slot (LianRegistry *self,
                              LianEntry    *entry,
                              guint         position)
{
  LianVisit *visit = self->visit;
  guint i;

  if (visit->index)
    {
      if (entry->number < visit->n_numbers && visit->index[entry->number] != G_MAXUINT32)
        g_array_index (visit->made, LianVisitMade, visit->index[entry->number]).position = position;
      return;
    }
  for (i = visit->made->len; i-- > 0;)
    if (g_array_index (visit->made, LianVisitMade, i).entry == entry)
      {
        g_array_index (visit->made, LianVisitMade, i).position = position;
        return;
      }
}

/* @made's record goes back to its row, if only the registry holds its
 * object and nothing was left beside it: true if it went, or is gone. */
static gboolean
unmake (LianRegistry  *self,
        LianVisitMade *made)
{
  LianEntry *entry = made->entry;
  LianRecord *record = lian_entry_object (entry);
  GPtrArray *slots = lian_record_list_get_array (self->lists[entry->kind]);
  gboolean listed = made->position < slots->len && slots->pdata[made->position] == record;
  LianRowHead *head = entry->row;

  if (record == NULL || entry->handed)
    return TRUE;
  if (G_OBJECT (record)->ref_count != 1u + listed ||
      G_OBJECT (record)->qdata != NULL || head->changing || !head->borrowed)
    return FALSE;
  lian_record_set_owner (record, NULL, NULL);
  lian_record_give_row (record, made->row);
  entry->row = made->row;
  entry->unmade = TRUE;
  if (listed)
    lian_record_list_unmake (self->lists[entry->kind], made->position, entry);
  g_object_unref (record);
  return TRUE;
}

/* Tries again the objects earlier visits left to others (one matching's
 * results may hold what another's made): those still held stay noted,
 * while the registry does not change. */
static void
retry_lingering (LianRegistry *self)
{
  GArray *lingering = self->lingering;
  guint kept = 0;

  if (lingering == NULL)
    return;
  if (self->lingering_stamp != self->stamp)
    {
      g_array_set_size (lingering, 0);
      return;
    }
  for (guint i = 0; i < lingering->len; i++)
    if (!unmake (self, &g_array_index (lingering, LianVisitMade, i)))
      g_array_index (lingering, LianVisitMade, kept++) = g_array_index (lingering, LianVisitMade, i);
  g_array_set_size (lingering, kept);
}

/* Notes @made's object, which someone else holds, for the next end. */
static void
linger (LianRegistry  *self,
        LianVisitMade *made)
{
  LianRecord *record = lian_entry_object (made->entry);

  /* Only what other results may hold: not what someone changed or
   * hung data on, which stays made for good. */
  if (G_OBJECT (record)->qdata != NULL || !((LianRowHead *) made->entry->row)->borrowed)
    return;
  if (self->lingering == NULL)
    self->lingering = g_array_new (FALSE, FALSE, sizeof (LianVisitMade));
  self->lingering_stamp = self->stamp;
  g_array_append_vals (self->lingering, made, 1);
}

void
lian_registry_leave_visit (LianRegistry *self,
                           LianVisit    *visit)
{
  if (self->visit == visit && visit->made)
    self->visit = NULL;
}

void
lian_registry_resume_visit (LianRegistry *self,
                            LianVisit    *visit)
{
  if (self->visit == NULL && visit->made && self->stamp == visit->stamp)
    self->visit = visit;
}

void
lian_registry_end_visit (LianRegistry *self,
                         LianVisit    *visit)
{
  if (visit->made == NULL)
    return;
  lian_registry_leave_visit (self, visit);
  if (!self->disposed && self->entries && !visit->summary)
    retry_lingering (self);
  if (self->stamp == visit->stamp && !self->disposed && self->entries)
    for (guint i = 0; i < visit->made->len; i++)
      {
        LianVisitMade *made = &g_array_index (visit->made, LianVisitMade, i);

        if (!unmake (self, made))
          linger (self, made);
      }
  lian_visit_forget (visit);
}

void
lian_visit_forget (LianVisit *visit)
{
  g_clear_pointer (&visit->made, g_array_unref);
  g_clear_pointer (&visit->index, g_free);
}

/* @entry's record for a caller of a lookup: one handed out while no visit
 * notes what is made (a visit left: matching's results live) keeps its
 * object, since the caller may keep the pointer. */
static LianRecord *
hand_out (LianRegistry *self,
          LianEntry    *entry)
{
  LianRecord *record = lian_entry_record (self, entry);

  if (self->visit == NULL)
    entry->handed = TRUE;
  return record;
}

LianRecord *
lian_entry_make_record (LianRegistry *registry,
                        LianEntry    *entry)
{
  LianRecord *record;

  g_assert (entry->unmade);
  if (registry->visit)
    note_made (registry, entry, entry->row);
  record = lian_record_new_from_row (entry->kind, entry->row);
  entry->row = lian_record_row (record, lian_record_get_kind_decl (record));
  entry->unmade = FALSE;
  entry->handed = FALSE;
  lian_record_set_owner (record, registry, lian_registry_record_changed);
  return record;
}

/**
 * lian_registry_lookup:
 * @self: a registry
 * @id: an id
 *
 * Finds the record with the id @id, of whatever kind.
 *
 * Returns: (transfer none) (nullable): the record, or `NULL`
 */
LianRecord *
lian_registry_lookup (LianRegistry *self,
                      const char   *id)
{
  LianEntry *entry;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = lian_registry_get_entry (self, id);
  return entry ? hand_out (self, entry) : NULL;
}

guint32
lian_registry_hash_id (const char *id)
{
  return lian_entries_hash (id);
}

LianRecord *
lian_registry_lookup_hashed (LianRegistry *self,
                             const char   *id,
                             guint32       hash)
{
  LianEntry *entry;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = self->entries ? lian_entries_lookup_hashed (self->entries, id, hash) : NULL;
  return entry ? hand_out (self, entry) : NULL;
}

guint64
lian_registry_get_stamp (LianRegistry *self)
{
  return self->stamp;
}

static LianRecord *
lookup_kind (LianRegistry   *self,
             const char     *id,
             LianRecordKind  kind)
{
  LianEntry *entry = lian_registry_get_entry (self, id);

  return entry && entry->kind == kind ? hand_out (self, entry) : NULL;
}

/**
 * lian_registry_lookup_region:
 * @self: a registry
 * @code: a region code
 *
 * Finds the region record of @code.
 *
 * Returns: (transfer none) (nullable): the region, or `NULL`
 */
LianRegion *
lian_registry_lookup_region (LianRegistry *self,
                             const char   *code)
{
  return (LianRegion *) lookup_kind (self, code, LIAN_RECORD_KIND_REGION);
}

/**
 * lian_registry_lookup_chain:
 * @self: a registry
 * @id: an id
 *
 * Finds a chain.
 *
 * Returns: (transfer none) (nullable): the chain, or `NULL` if there is no
 *   record @id or it is not a chain
 */
LianChain *
lian_registry_lookup_chain (LianRegistry *self,
                            const char   *id)
{
  return (LianChain *) lookup_kind (self, id, LIAN_RECORD_KIND_CHAIN);
}

/**
 * lian_registry_lookup_enterprise:
 * @self: a registry
 * @id: an id
 *
 * Finds an enterprise by its id or by the id of an enterprise merged into
 * it (its [property@Lian.Enterprise:aliases]); of several enterprises with
 * that alias, the one the registry has held longest.
 *
 * Returns: (transfer none) (nullable): the enterprise, or `NULL`
 */
LianEnterprise *
lian_registry_lookup_enterprise (LianRegistry *self,
                                 const char   *id)
{
  LianRecord *record = lookup_kind (self, id, LIAN_RECORD_KIND_ENTERPRISE);
  LianEntry *merged = NULL, *entry;
  LianBucketIter iter;

  if (record || lian_registry_lookup (self, id))
    return (LianEnterprise *) record;
  /* Of the enterprises that name @id an alias, the one added first. */
  lian_bucket_iter_init (&iter, self, lian_registry_get_bucket (self, LIAN_INDEX_ENTERPRISE_ALIAS, id));
  while ((entry = lian_bucket_iter_next (&iter)))
    if (merged == NULL || entry->seq < merged->seq)
      merged = entry;
  return merged ? (LianEnterprise *) hand_out (self, merged) : NULL;
}

/**
 * lian_registry_lookup_organization:
 * @self: a registry
 * @id: an id
 *
 * Finds a party organisation.
 *
 * Returns: (transfer none) (nullable): the organisation, or `NULL`
 */
LianPartyOrg *
lian_registry_lookup_organization (LianRegistry *self,
                                   const char   *id)
{
  return (LianPartyOrg *) lookup_kind (self, id, LIAN_RECORD_KIND_ORGANIZATION);
}

/**
 * lian_registry_lookup_service:
 * @self: a registry
 * @id: an id
 *
 * Finds a service item.
 *
 * Returns: (transfer none) (nullable): the service item, or `NULL`
 */
LianServiceItem *
lian_registry_lookup_service (LianRegistry *self,
                              const char   *id)
{
  return (LianServiceItem *) lookup_kind (self, id, LIAN_RECORD_KIND_SERVICE);
}

/**
 * lian_registry_lookup_need:
 * @self: a registry
 * @id: an id
 *
 * Finds a need.
 *
 * Returns: (transfer none) (nullable): the need, or `NULL`
 */
LianNeed *
lian_registry_lookup_need (LianRegistry *self,
                           const char   *id)
{
  return (LianNeed *) lookup_kind (self, id, LIAN_RECORD_KIND_NEED);
}

/**
 * lian_registry_lookup_project:
 * @self: a registry
 * @id: an id
 *
 * Finds an action project.
 *
 * Returns: (transfer none) (nullable): the project, or `NULL`
 */
LianActionProject *
lian_registry_lookup_project (LianRegistry *self,
                              const char   *id)
{
  return (LianActionProject *) lookup_kind (self, id, LIAN_RECORD_KIND_PROJECT);
}

/**
 * lian_registry_lookup_activity:
 * @self: a registry
 * @id: an id
 *
 * Finds an activity.
 *
 * Returns: (transfer none) (nullable): the activity, or `NULL`
 */
LianActivity *
lian_registry_lookup_activity (LianRegistry *self,
                               const char   *id)
{
  return (LianActivity *) lookup_kind (self, id, LIAN_RECORD_KIND_ACTIVITY);
}

/**
 * lian_registry_dup_referrers:
 * @self: a registry
 * @id: an id
 *
 * Lists the records that refer to @id: the needs of an enterprise, the
 * organisations it is a member of, the chains it leads, …, in the order
 * they were added.
 *
 * Returns: (transfer container) (element-type LianRecord): the records
 */
GPtrArray *
lian_registry_dup_referrers (LianRegistry *self,
                             const char   *id)
{
  GPtrArray *result;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  result = lian_index_dup_referrers (self, id);
  g_ptr_array_set_free_func (result, g_object_unref);
  for (guint i = 0; i < result->len; i++)
    result->pdata[i] = g_object_ref (lian_entry_record (self, (LianEntry *) result->pdata[i]));
  return result;
}

/**
 * lian_registry_dup_region_name:
 * @self: a registry
 * @code: a region code
 *
 * Names the region @code: the name of its region record if the registry
 * has one, else the name lian knows ([func@Lian.adcode_get_name]).
 *
 * Returns: (transfer full) (nullable): the name, or `NULL`
 */
char *
lian_registry_dup_region_name (LianRegistry *self,
                               const char   *code)
{
  LianRegion *region;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  region = lian_registry_lookup_region (self, code);
  if (region && lian_record_get_name (LIAN_RECORD (region)))
    return g_strdup (lian_record_get_name (LIAN_RECORD (region)));
  return g_strdup (lian_adcode_get_name (code));
}

/* Lists */

/**
 * lian_registry_get_records:
 * @self: a registry
 * @kind: a kind of record
 *
 * The live list of the records of @kind, in the order they were added. It
 * emits `items-changed` as records come and go.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_records (LianRegistry   *self,
                           LianRecordKind  kind)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (kind < LIAN_N_RECORD_KINDS, NULL);

  return g_object_ref (G_LIST_MODEL (self->lists[kind]));
}

/**
 * lian_registry_get_regions:
 * @self: a registry
 *
 * The live list of [class@Lian.Region] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_regions (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_REGION);
}

/**
 * lian_registry_get_chains:
 * @self: a registry
 *
 * The live list of [class@Lian.Chain] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_chains (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_CHAIN);
}

/**
 * lian_registry_get_enterprises:
 * @self: a registry
 *
 * The live list of [class@Lian.Enterprise] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_enterprises (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_ENTERPRISE);
}

/**
 * lian_registry_get_organizations:
 * @self: a registry
 *
 * The live list of [class@Lian.PartyOrg] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_organizations (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_ORGANIZATION);
}

/**
 * lian_registry_get_services:
 * @self: a registry
 *
 * The live list of [class@Lian.ServiceItem] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_services (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_SERVICE);
}

/**
 * lian_registry_get_needs:
 * @self: a registry
 *
 * The live list of [class@Lian.Need] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_needs (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_NEED);
}

/**
 * lian_registry_get_projects:
 * @self: a registry
 *
 * The live list of [class@Lian.ActionProject] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_projects (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_PROJECT);
}

/**
 * lian_registry_get_activities:
 * @self: a registry
 *
 * The live list of [class@Lian.Activity] records.
 *
 * Returns: (transfer full): the list
 */
GListModel *
lian_registry_get_activities (LianRegistry *self)
{
  return lian_registry_get_records (self, LIAN_RECORD_KIND_ACTIVITY);
}

/**
 * lian_registry_get_extra:
 * @self: a registry
 *
 * Gets the members of the document that lian does not know, kept so that
 * saving writes them back.
 *
 * Returns: (transfer none) (nullable): the members, or `NULL`
 */
JsonObject *
lian_registry_get_extra (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);

  return self->extra;
}

/**
 * lian_registry_set_extra:
 * @self: a registry
 * @extra: (nullable): the document members lian does not know
 *
 * Replaces the members of the document that lian does not know.
 */
void
lian_registry_set_extra (LianRegistry *self,
                         JsonObject   *extra)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));

  if (extra)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
lian_registry_keep_texts (LianRegistry  *self,
                          LianTextArena *arena)
{
  if (self->texts == NULL)
    self->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_text_arena_unref);
  if (!g_ptr_array_find (self->texts, arena, NULL))
    g_ptr_array_add (self->texts, lian_text_arena_ref (arena));
}

/**
 * lian_record_get_registry:
 * @record: a record
 *
 * Gets the registry that holds @record.
 *
 * Returns: (transfer none) (nullable): the registry, or `NULL` if @record
 *   is in none
 */
LianRegistry *
lian_record_get_registry (LianRecord *record)
{
  g_return_val_if_fail (LIAN_IS_RECORD (record), NULL);

  return lian_record_get_owner (record);
}
