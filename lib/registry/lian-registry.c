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
lian_registry_emit_added (LianRegistry *self,
                          LianRecord   *record)
{
  g_signal_emit (self, signals[RECORD_ADDED], 0, record);
}

/* Whether a handler runs when an addition is told: of a list's
 * items-changed, or of record-added. */
gboolean
lian_registry_additions_listened (LianRegistry *self)
{
  if (g_signal_has_handler_pending (self, signals[RECORD_ADDED], 0, TRUE))
    return TRUE;
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    if (lian_record_list_is_watched (self->lists[k]))
      return TRUE;
  return FALSE;
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
  lian_pieces_clear (&self->pieces);
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
