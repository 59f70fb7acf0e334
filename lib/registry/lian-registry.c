/* lian-registry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <pthread.h>

#include "lian-registry-change-private.h"
#include "lian-registry-people-private.h"
#include "lian-refs-private.h"
#include "lian-cycles-private.h"
#include "lian-record-private.h"
#include "lian-change-private.h"
#include "lian-strv-private.h"
#include "lian-region-code.h"
#include "lian-slab-private.h"
#include "lian-error.h"
#include "lian-enum-types.h"
#include "lian-i18n-private.h"

/**
 * LianRegistry:
 *
 * The store that owns every record: regions, chains, enterprises,
 * organisations, service items, needs, action projects and activities.
 *
 * A registry refuses what would break it: a record of a type that is
 * none of lian's kinds (a subclass of [class@Lian.Record] made in Python,
 * say), a record that does not validate, a duplicate id, a reference to
 * an id that is not there or is of the wrong kind, a cycle in the organisation tree or among
 * headquarters (enterprises whose parent ids lead back to them), and
 * removing a record that others still refer to (unless asked to cascade). Adding
 * many records at once with [method@Lian.Registry.add_many] is
 * all-or-nothing.
 *
 * Each kind of record has a live [iface@Gio.ListModel]
 * ([method@Lian.Registry.get_needs], …) that emits `items-changed` as
 * records come and go, and the registry emits
 * [signal@Lian.Registry::record-added],
 * [signal@Lian.Registry::record-removed] and
 * [signal@Lian.Registry::record-changed].
 *
 * Every change to a held record goes one way, whatever makes it (a setter,
 * a work function such as [method@Lian.Registry.move_need], a CSV update,
 * a removal that unlinks): the registry checks the record as it would be —
 * its own fields, every reference, no cycle — and either accepts the
 * change, or refuses it and puts the record back as it was, with nothing
 * notified. An accepted change raises the record's
 * [property@Lian.Record:revision], re-indexes it, becomes an entry of the
 * journal ([method@Lian.Registry.get_journal]) and is notified. A setter
 * cannot return an error: a refused setter logs a warning that names the
 * record, the field and the reason. [method@Lian.Registry.update] makes the
 * same change and returns the refusal as an error instead. So no sequence
 * of calls leaves a registry whose saved document does not load back.
 *
 * ```python
 * reg = Lian.Registry()
 * reg.add(Lian.Enterprise.new('ent-1', '无锡芯片', '91320214745555318W', '320214'))
 * reg.add(Lian.Need.new('need-1', 'ent-1', Lian.NeedCategory.FINANCING, '流动资金贷款'))
 * city = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320200')
 * for need in reg.select(city):
 *     print(need.props.title)
 * ```
 *
 * A registry and its records are used from one thread at a time.
 *
 * A registry disposed while someone still holds it
 * (`g_object_run_dispose()`, Python's `run_dispose()`, a gjs shutdown)
 * lets go of its records at once, as it does when it is freed: a record
 * someone else holds goes on on its own, as a record no registry holds.
 * The registry then stays empty for good. Reading it gives what an empty
 * registry gives (no record, empty lists and selections, counts of 0); a
 * list of its records obtained before is emptied, and says so
 * (`items-changed`). The calls that would bring a record in or take one
 * out ([method@Lian.Registry.add], [method@Lian.Registry.add_many],
 * [method@Lian.Registry.remove], the loads, a CSV import, the commit of
 * a batch open when it was disposed) fail with
 * `LIAN_REGISTRY_ERROR_DISPOSED`; the others find no record to work on,
 * as on any registry that does not hold it.
 */

G_DEFINE_FINAL_TYPE (LianRegistry, lian_registry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTOR,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

enum {
  RECORD_ADDED,
  RECORD_REMOVED,
  RECORD_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType record_type_of[LIAN_N_RECORD_KINDS];

static void
init_record_types (void)
{
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    record_type_of[k] = lian_record_kind_get_gtype (k);
}

static const GType *
record_types (void)
{
  static pthread_once_t once = PTHREAD_ONCE_INIT;

  /* Registries may be made in several threads at once; pthread_once is
   * what ThreadSanitizer can follow. */
  pthread_once (&once, init_record_types);
  return record_type_of;
}

void
lian_registry_entry_free (gpointer data)
{
  LianEntry *entry = data;
  LianRecord *record = lian_entry_object (entry);

  /* A record held as a row only: what its row owns goes with it. */
  if (record == NULL)
    {
      lian_row_clear (lian_record_kind_get_decl (entry->kind), entry->row);
      lian_entry_free (NULL, entry);
      return;
    }
  lian_entry_free (NULL, entry);
  lian_record_set_owner (record, NULL, NULL);
  g_object_unref (record);
}

/* The registry goes: each record it holds lets go of it. Once its lists
 * let go, its entry alone holds each record: one held by someone else (or
 * in a list someone holds) outlives the texts it borrows (the registry's,
 * or those of a document still loading into it) and copies its own
 * first. */
static void
let_go (gpointer data,
        gpointer user_data)
{
  LianEntry *entry = data;
  LianRecord *record = lian_entry_object (entry);

  if (record && lian_record_borrows_texts (record) && G_OBJECT (record)->ref_count > 1)
    lian_record_own_texts (record);
  lian_registry_entry_free (entry);
}

void
lian_registry_emit_removed (LianRegistry *self,
                            LianRecord   *record)
{
  g_signal_emit (self, signals[RECORD_REMOVED], 0, record);
}

/* Whether code of someone else's may run while records are removed: a
 * handler of record-removed, or of a list's items-changed, or an
 * emission hook. */
gboolean
lian_registry_removals_watched (LianRegistry *self)
{
  if (g_signal_has_handler_pending (self, signals[RECORD_REMOVED], 0, TRUE))
    return TRUE;
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    if (lian_record_list_is_watched (self->lists[k]))
      return TRUE;
  return lian_registry_hooks_maybe ();
}

void
lian_registry_emit_changed (LianRegistry *self,
                            LianRecord   *record,
                            const char   *property)
{
  LianEntry *entry;

  /* Not of a record an addition (or an undo) being told has not told of
   * yet: it tells of it as it is now. */
  if ((self->telling || self->putting_back) &&
      (entry = lian_registry_get_entry (self, lian_record_get_id (record))) &&
      lian_entry_object (entry) == record && lian_registry_is_untold (self, entry))
    return;
  g_signal_emit (self, signals[RECORD_CHANGED], 0, record, property);
}

/* GObject */

/* Lets go of every record, and of all that was filed about them: what
 * dispose and finalize share. */
static void
let_go_of_records (LianRegistry *self)
{
  lian_registry_batch_drop (self);
  /* A list someone holds keeps its records: each gets its object. */
  for (guint i = 0; i < LIAN_N_RECORD_KINDS; i++)
    if (self->lists[i])
      {
        if (G_OBJECT (self->lists[i])->ref_count > 1)
          lian_record_list_make_all (self->lists[i]);
        lian_record_list_set_maker (self->lists[i], NULL, NULL);
        g_clear_object (&self->lists[i]);
      }
  if (self->entries)
    lian_entries_free (g_steal_pointer (&self->entries), let_go, NULL);
  for (guint i = 0; i < LIAN_N_INDEXES; i++)
    g_clear_pointer (&self->indexes[i], g_hash_table_unref);
  g_clear_pointer (&self->areas, g_hash_table_unref);
  g_clear_pointer (&self->area_counts, g_hash_table_unref);
  g_clear_pointer (&self->region_sums, g_hash_table_unref);
  g_clear_pointer (&self->member_places, g_hash_table_unref);
  g_clear_pointer (&self->buckets, g_ptr_array_unref);
  g_clear_pointer (&self->free_buckets, g_array_unref);
  for (guint i = 0; i < LIAN_N_INDEXES; i++)
    g_clear_pointer (&self->bitmaps[i], g_array_unref);
  g_clear_pointer (&self->recent, g_free);
  g_clear_pointer (&self->lingering, g_array_unref);
  lian_slab_release (&self->slab);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
}

static LianRecord *
make_record_cb (gpointer entry,
                guint    position,
                gpointer data)
{
  LianRegistry *self = data;
  LianRecord *record = lian_entry_record (self, entry);

  /* A visit's object that its list holds: the visit knows where. */
  if (self->visit)
    lian_registry_note_made_slot (self, entry, position);
  return record;
}

static LianRecord *
journal_make_cb (gpointer entry,
                 gpointer data)
{
  return lian_entry_record (data, entry);
}

/* The tables of an empty registry. */
static void
hold_nothing (LianRegistry *self)
{
  const GType *types = record_types ();

  self->entries = lian_entries_new ();
  for (guint i = 0; i < LIAN_N_RECORD_KINDS; i++)
    {
      if (self->lists[i] == NULL)
        self->lists[i] = lian_record_list_new (types[i]);
      lian_record_list_set_maker (self->lists[i], make_record_cb, self);
    }
  for (guint i = 0; i < LIAN_N_INDEXES; i++)
    self->indexes[i] = lian_index_new ();
  self->journal = lian_journal_new ();
  lian_journal_set_maker (self->journal, journal_make_cb, self);
}

/* The journal goes with the registry's records: if someone else holds
 * it, the records it tells of get their objects first. */
static void
drop_journal (LianRegistry *self)
{
  if (self->journal == NULL)
    return;
  if (G_OBJECT (self->journal)->ref_count > 1)
    lian_journal_settle_all (self->journal);
  lian_journal_set_maker (self->journal, NULL, NULL);
  g_clear_object (&self->journal);
}

static void
drop_store_and_person (LianRegistry *self)
{
  g_clear_object (&self->person);
  if (self->committer_destroy)
    g_clear_pointer (&self->committer_data, self->committer_destroy);
  self->committer = NULL;
  self->committer_destroy = NULL;
}

/* A registry disposed that lives on holds nothing, in the same @lists,
 * which then tell that the records @emptied from them are gone (the
 * first @told of each, those their handlers were told of). */
static void
live_on_empty (LianRegistry    *self,
               LianRecordList **lists,
               GPtrArray      **emptied,
               const guint     *told)
{
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    self->lists[k] = lists[k];
  hold_nothing (self);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    if (emptied[k])
      {
        guint n = told[k];

        g_ptr_array_unref (emptied[k]);
        if (n > 0)
          g_list_model_items_changed (G_LIST_MODEL (lists[k]), 0, n, 0);
      }
}

static void
lian_registry_dispose (GObject *object)
{
  LianRegistry *self = LIAN_REGISTRY (object);
  /* Disposed while someone holds it (g_object_run_dispose(): Python's
   * run_dispose(), gjs), it lives on: empty, and closed to records. Its
   * lists stay its lists, emptied. */
  gboolean lives_on = g_atomic_int_get (&object->ref_count) > 1;
  LianRecordList *lists[LIAN_N_RECORD_KINDS] = { NULL, };
  GPtrArray *emptied[LIAN_N_RECORD_KINDS] = { NULL, };
  guint told[LIAN_N_RECORD_KINDS] = { 0, };

  for (guint k = 0; lives_on && k < LIAN_N_RECORD_KINDS; k++)
    if (self->lists[k])
      {
        lists[k] = g_steal_pointer (&self->lists[k]);
        emptied[k] = lian_record_list_steal (lists[k], &told[k]);
      }
  drop_journal (self);
  let_go_of_records (self);
  drop_store_and_person (self);
  self->disposed = TRUE;
  if (lives_on)
    live_on_empty (self, lists, emptied, told);

  G_OBJECT_CLASS (lian_registry_parent_class)->dispose (object);
}

static void
lian_registry_finalize (GObject *object)
{
  LianRegistry *self = LIAN_REGISTRY (object);

  let_go_of_records (self);
  drop_journal (self);
  drop_store_and_person (self);
  g_free (self->actor);

  G_OBJECT_CLASS (lian_registry_parent_class)->finalize (object);
}

static void
lian_registry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LianRegistry *self = LIAN_REGISTRY (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      g_value_set_string (value, self->actor);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_registry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LianRegistry *self = LIAN_REGISTRY (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      lian_registry_set_actor (self, g_value_get_string (value));
      break;
    case PROP_PERSON:
      lian_registry_set_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_registry_class_init (LianRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lian_registry_dispose;
  object_class->finalize = lian_registry_finalize;
  object_class->get_property = lian_registry_get_property;
  object_class->set_property = lian_registry_set_property;

  /**
   * LianRegistry:actor:
   *
   * Who the registry acts for: the journal signs every change it accepts
   * with it ([method@Lian.Change.get_actor]). While the registry works as a
   * person ([property@Lian.Registry:person]), it is that person's id.
   */
  props[PROP_ACTOR] =
    g_param_spec_string ("actor", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianRegistry:person:
   *
   * The person the registry works as, or `NULL`: every change is signed
   * with their id and checked against their roles and scope
   * ([method@Lian.Registry.set_person]).
   */
  props[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, LIAN_TYPE_ACTOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * LianRegistry::record-added:
   * @self: the registry
   * @record: the record added
   *
   * Emitted after a record was added, once per record.
   */
  signals[RECORD_ADDED] =
    g_signal_new ("record-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIAN_TYPE_RECORD);

  /**
   * LianRegistry::record-removed:
   * @self: the registry
   * @record: the record removed
   *
   * Emitted after a record was removed, once per record.
   */
  signals[RECORD_REMOVED] =
    g_signal_new ("record-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIAN_TYPE_RECORD);
  lian_registry_hooks_init (signals[RECORD_REMOVED]);

  /**
   * LianRegistry::record-changed:
   * @self: the registry
   * @record: the record that changed
   * @property: (nullable): the name of the property that changed, or `NULL`
   *   when a list without a property did
   *
   * Emitted after a property or a list of a record in the registry changed;
   * the registry has already re-indexed the record.
   */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, LIAN_TYPE_RECORD,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
lian_registry_init (LianRegistry *self)
{
  hold_nothing (self);
}

/**
 * lian_registry_new:
 *
 * Creates an empty registry.
 *
 * Returns: (transfer full): a new registry
 */
LianRegistry *
lian_registry_new (void)
{
  return g_object_new (LIAN_TYPE_REGISTRY, NULL);
}

/* Adding */

/* Whether a handler runs when an addition is told: of a list's
 * items-changed, or of record-added. */
static gboolean
additions_listened (LianRegistry *self)
{
  if (g_signal_has_handler_pending (self, signals[RECORD_ADDED], 0, TRUE))
    return TRUE;
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    if (lian_record_list_is_watched (self->lists[k]))
      return TRUE;
  return FALSE;
}

gboolean
lian_registry_additions_told (LianRegistry *self)
{
  return additions_listened (self) || self->clearing || lian_registry_hooks_maybe ();
}

GPtrArray *
lian_registry_slots_of (LianRegistry *self,
                        GPtrArray    *batch)
{
  GPtrArray *slots;
  gboolean told = FALSE;
  guint i;

  for (i = 0; i < batch->len && !((LianEntry *) batch->pdata[i])->unmade; i++)
    ;
  if (i == batch->len)
    return NULL;
  told = lian_registry_additions_told (self);
  slots = g_ptr_array_sized_new (batch->len);
  for (i = 0; i < batch->len; i++)
    {
      LianEntry *entry = batch->pdata[i];

      g_ptr_array_add (slots, told || !entry->unmade ? (gpointer) lian_entry_record (self, entry)
                                                     : LIAN_SLOT_OF_ENTRY (entry));
    }
  return slots;
}

static gpointer
ref_record (gconstpointer record,
            gpointer      data)
{
  return g_object_ref ((gpointer) record);
}

/* An addition being told: its records (@first_seq to @end_seq, not
 * included, in their order) go into their lists, then record-added tells
 * of each; those from @told_seq on are not told of yet. */
struct _LianTelling
{
  LianRegistry        *registry;
  guint64              stamp;      /* the registry's when the telling began */
  guint64              first_seq;
  guint64              told_seq;
  guint64              end_seq;
  gboolean             held;       /* the records are held while handlers run */
  struct _LianTelling *outer;
};

/* While no handler filed or unfiled a record, or disposed of the
 * registry, each record is still held as the addition added it (and its
 * memory need not be read again). */
static gboolean
untouched (struct _LianTelling *t)
{
  return t->registry->stamp == t->stamp && !t->registry->disposed;
}

/* Whether @record (NULL: every record) is still held as the addition
 * added it: not removed by a handler, nor removed and added again (that
 * addition tells of it). With no handler, only an emission hook can have
 * changed the registry: the records it let go of may be gone, and none
 * is looked at. */
static gboolean
still_added (LianRecord *record,
             gpointer    data)
{
  struct _LianTelling *t = data;
  LianEntry *entry;

  if (untouched (t))
    return TRUE;
  if (record == NULL || !t->held || lian_record_get_owner (record) != t->registry)
    return FALSE;
  entry = lian_registry_get_entry (t->registry, lian_record_get_id (record));
  return entry && lian_entry_object (entry) == record && entry->seq >= t->first_seq && entry->seq < t->end_seq;
}

gboolean
lian_registry_is_untold (LianRegistry *self,
                         LianEntry    *entry)
{
  if (entry->untold)
    return TRUE;
  for (struct _LianTelling *t = self->telling; t; t = t->outer)
    if (entry->seq >= t->told_seq && entry->seq < t->end_seq)
      return TRUE;
  return FALSE;
}

void
lian_registry_list_added (LianRegistry    *self,
                          GPtrArray       *records,
                          const LianAdded *added)
{
  /* Handlers may remove records, clear or dispose of the registry
   * meanwhile, and a load's records have no other reference than the
   * registry's: they are held while handlers run. */
  g_autoptr(GPtrArray) held = additions_listened (self) ||
                              (self->clearing && lian_registry_removals_watched (self))
                              ? g_ptr_array_copy (records, ref_record, NULL) : NULL;
  struct _LianTelling t = { self, self->stamp, self->next_seq - records->len,
                            self->next_seq - records->len, self->next_seq, held != NULL,
                            self->telling };

  if (held)
    {
      g_ptr_array_set_free_func (held, g_object_unref);
      records = held;
    }
  /* A handler may let go of the registry meanwhile. */
  g_object_ref (self);
  self->telling = &t;
  lian_record_lists_append (self->lists, LIAN_N_RECORD_KINDS, records, added->first, added->last,
                            added->count);
  /* Slots of entries with no object: no one is told (see above). */
  if (records->len > 0 && LIAN_SLOT_IS_ENTRY (records->pdata[0]))
    g_assert (held == NULL);
  for (guint i = 0; i < records->len && (held || untouched (&t)) &&
                    !LIAN_SLOT_IS_ENTRY (records->pdata[i]); i++)
    {
      /* Taken by a clear that has not told so yet: it does now, while
       * the record is untold (a handler that removes it tells no one). */
      if (self->clearing)
        lian_registry_tell_cleared (self, records->pdata[i]);
      t.told_seq = t.first_seq + i + 1;
      if (still_added (records->pdata[i], &t))
        g_signal_emit (self, signals[RECORD_ADDED], 0, records->pdata[i]);
    }
  self->telling = t.outer;
  g_object_unref (self);
}

static gboolean
add_records (LianRegistry   *self,
             GPtrArray      *records,
             LianWhereFunc   where_func,
             gpointer        where_data,
             gboolean        loading,
             GError        **error)
{
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(GPtrArray) additions = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(LianJournal) journal = NULL;
  gint64 now = g_get_real_time ();
  LianAdded added = { { 0, }, };
  /* Each need's enterprise, found once by the check for the filing. */
  g_autofree LianEntry **firms = g_new0 (LianEntry *, records->len);

  /* A load's items may be rows (lian-record-private.h), an addition's
   * when the registry takes them as rows. */
  gboolean rows = loading || lian_registry_adds_rows (self);
  gboolean any_row = FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      LianRecord *record = g_ptr_array_index (records, i);

      if (rows && LIAN_ITEM_IS_ROW (record))
        {
          any_row = TRUE;
          continue;
        }
      g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);
      g_return_val_if_fail (lian_record_get_owner (record) == NULL, FALSE);
    }

  batch = lian_registry_enter_records (self, records, where_func, where_data, firms, error);
  if (batch == NULL)
    return FALSE;
  if (!loading && !lian_registry_check_additions (self, batch, error))
    {
      lian_registry_forget_entries (self, batch);
      return FALSE;
    }

  /* A store or a batch takes the additions as LianChange objects; the
   * journal alone keeps them bare. */
  if (!loading && (self->committer || self->batch))
    {
      additions = lian_registry_new_additions (self, batch);
      if (!lian_registry_commit_changes (self, additions, NULL, error))
        {
          lian_registry_forget_entries (self, batch);
          return FALSE;
        }
    }

  /* Nothing can fail from here on. The journal tells of the additions
   * together. */
  lian_journal_hold (self->journal, loading ? 0 : batch->len);
  for (guint i = 0; i < batch->len; i++)
    {
      LianEntry *entry = g_ptr_array_index (batch, i);
      LianRecord *record = lian_entry_object (entry);
      LianRowHead *head = entry->row;

      if (head->revision == 0)
        head->revision = 1;
      if (additions)
        lian_registry_journal (self, additions->pdata[i]);
      else if (!loading && record == NULL)
        lian_journal_append_row (self->journal, ++self->journal_seq, now, self->actor,
                                 LIAN_CHANGE_OPERATION_ADD, entry, head->revision);
      else if (!loading)
        lian_journal_append_bare (self->journal, ++self->journal_seq, now, self->actor,
                                  LIAN_CHANGE_OPERATION_ADD, record,
                                  lian_record_get_revision (record));
      entry->seq = self->next_seq++;
      lian_index_prefetch_firms (self, firms, batch->len, i);
      lian_index_file_with (self, entry, firms[i]);
      if (record)
        lian_record_set_owner (g_object_ref (record), self, lian_registry_record_changed);
      lian_added_note (&added, entry->kind, i);
    }
  /* Given back before the lists grow, which is when a load's memory peaks. */
  g_clear_pointer (&firms, g_free);
  slots = lian_registry_slots_of (self, batch);
  /* @records may hold rows whose objects a handler of the journal made
   * meanwhile (it read the entries): the lists take the objects. */
  if (slots == NULL && any_row)
    {
      slots = g_ptr_array_sized_new (batch->len);
      for (guint i = 0; i < batch->len; i++)
        g_ptr_array_add (slots, lian_entry_record (self, g_ptr_array_index (batch, i)));
    }
  g_clear_pointer (&batch, g_ptr_array_unref);
  /* The journal tells last, once the records are in their lists: a
   * handler of it may remove them, or let go of the registry. */
  journal = g_object_ref (self->journal);
  lian_registry_list_added (self, slots ? slots : records, &added);
  lian_journal_release (journal);
  return TRUE;
}

gboolean
lian_registry_adds_rows (LianRegistry *self)
{
  return self->committer == NULL && self->batch == NULL && self->person == NULL &&
         !lian_registry_additions_told (self);
}

gboolean
lian_registry_add_many_at (LianRegistry   *self,
                           GPtrArray      *records,
                           LianWhereFunc   where_func,
                           gpointer        where_data,
                           GError        **error)
{
  return lian_registry_check_open (self, error) &&
         add_records (self, records, where_func, where_data, self->loading, error);
}

gboolean
lian_registry_load_many_at (LianRegistry   *self,
                            GPtrArray      *records,
                            LianWhereFunc   where_func,
                            gpointer        where_data,
                            GError        **error)
{
  return add_records (self, records, where_func, where_data, TRUE, error);
}

/**
 * lian_registry_add:
 * @self: a registry
 * @record: a record that belongs to no registry yet
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Adds @record, after checking that it is one of lian's kinds of record
 * (`LIAN_REGISTRY_ERROR_UNKNOWN_TYPE` otherwise), its fields, that its id is new, that every
 * id it refers to is in the registry and of the right kind, and that it
 * closes no cycle in the organisation tree or among headquarters (an
 * enterprise whose [property@Lian.Enterprise:parent-id] leads back to it).
 *
 * Returns: true if @record was added; false with an error that names the
 *   record, the field and the reason otherwise, the registry unchanged
 */
gboolean
lian_registry_add (LianRegistry  *self,
                   LianRecord    *record,
                   GError       **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_ptr_array_add (one, record);
  return lian_registry_add_many (self, one, error);
}

/**
 * lian_registry_add_many:
 * @self: a registry
 * @records: (element-type LianRecord): records that belong to no registry yet
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Adds all of @records or none. They may refer to each other in any order:
 * a need and the project that bundles it can come together.
 *
 * Each kind's list then tells of its new records (`items-changed`, one a
 * list), in the order of the kinds, and shows them from then on; a record
 * a handler removes before its list told of it is neither shown nor told
 * of. Then [signal@Lian.Registry::record-added] tells of each record still
 * held as this addition added it.
 *
 * Returns: true if every record was added; false with an error about the
 *   first problem, the registry unchanged
 */
gboolean
lian_registry_add_many (LianRegistry  *self,
                        GPtrArray     *records,
                        GError       **error)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* What a document or a CSV file gave is no longer than it allows. */
  return lian_registry_check_texts (records, error) &&
         lian_registry_add_many_at (self, records, NULL, NULL, error);
}

/**
 * lian_registry_get_actor:
 * @self: a registry
 *
 * Gets who the registry acts for; see [property@Lian.Registry:actor].
 *
 * Returns: (nullable): the actor
 */
const char *
lian_registry_get_actor (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);

  return self->actor;
}

/**
 * lian_registry_set_actor:
 * @self: a registry
 * @actor: (nullable): who makes the changes from now on
 *
 * Sets who the registry acts for; see [property@Lian.Registry:actor].
 *
 * Free text is kept for registers without people. While the registry works
 * as a person ([method@Lian.Registry.set_person]) the actor is that
 * person's id and any other text is refused with a warning: changes are
 * signed by the person, never by free text.
 */
void
lian_registry_set_actor (LianRegistry *self,
                         const char   *actor)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));

  if (!lian_registry_actor_may_change (self, actor))
    return;
  if (lian_str_set (&self->actor, actor))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ACTOR]);
}
