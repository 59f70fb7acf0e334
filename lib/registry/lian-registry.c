/* lian-registry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <pthread.h>

#include "lian-registry-struct-private.h"
#include "lian-refs-private.h"
#include "lian-cycles-private.h"
#include "lian-record-private.h"
#include "lian-change-private.h"
#include "lian-strv-private.h"
#include "lian-region-code.h"
#include "lian-error.h"
#include "lian-enum-types.h"
#include "lian-i18n-private.h"

/**
 * LianRegistry:
 *
 * The store that owns every record: regions, chains, enterprises,
 * organisations, service items, needs, action projects and activities.
 *
 * A registry refuses what would break it: a record that does not
 * validate, a duplicate id, a reference to an id that is not there or is
 * of the wrong kind, a cycle in the organisation tree or among
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
 */

G_DEFINE_FINAL_TYPE (LianRegistry, lian_registry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTOR,
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
  record_type_of[LIAN_RECORD_KIND_REGION] = LIAN_TYPE_REGION;
  record_type_of[LIAN_RECORD_KIND_CHAIN] = LIAN_TYPE_CHAIN;
  record_type_of[LIAN_RECORD_KIND_ENTERPRISE] = LIAN_TYPE_ENTERPRISE;
  record_type_of[LIAN_RECORD_KIND_ORGANIZATION] = LIAN_TYPE_PARTY_ORG;
  record_type_of[LIAN_RECORD_KIND_SERVICE] = LIAN_TYPE_SERVICE_ITEM;
  record_type_of[LIAN_RECORD_KIND_NEED] = LIAN_TYPE_NEED;
  record_type_of[LIAN_RECORD_KIND_PROJECT] = LIAN_TYPE_ACTION_PROJECT;
  record_type_of[LIAN_RECORD_KIND_ACTIVITY] = LIAN_TYPE_ACTIVITY;
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

static void
file_entry (LianRegistry *self,
            LianEntry    *entry)
{
  lian_index_file (self, entry);
}

static void
unfile_entry (LianRegistry *self,
              LianEntry    *entry)
{
  lian_index_unfile (self, entry);
}

static gboolean check_held (LianRegistry  *self,
                            LianEntry     *entry,
                            GError       **error);

/* Asks the store, if any, to take @changes; in a batch, holds them until
 * the batch commits (@before: the record's state before an update, to
 * undo it by). */
static gboolean
commit_changes (LianRegistry  *self,
                GPtrArray     *changes,
                LianRecord    *before,
                GError       **error)
{
  if (self->batch)
    {
      lian_registry_batch_hold (self, changes, before);
      return TRUE;
    }
  return lian_registry_commit (self, changes, error);
}

gboolean
lian_registry_commit (LianRegistry  *self,
                      GPtrArray     *changes,
                      GError       **error)
{
  return self->committer == NULL || changes->len == 0 ||
         self->committer (self, changes, self->committer_data, error);
}

static void
read_value (GValue     *value,
            LianRecord *record,
            GParamSpec *pspec)
{
  if (pspec)
    {
      g_value_init (value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, value);
    }
  else
    {
      g_value_init (value, JSON_TYPE_OBJECT);
      g_value_set_boxed (value, lian_record_get_extra (record));
    }
}

static LianChange *
new_update (LianRegistry  *self,
            LianRecord    *record,
            LianRecord    *before,
            GParamSpec   **pspecs,
            guint          n_pspecs)
{
  LianChange *change = lian_change_new (self->journal_seq + 1, g_get_real_time (), self->actor,
                                        LIAN_CHANGE_OPERATION_UPDATE, record,
                                        lian_record_get_revision (record) + 1);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) old = G_VALUE_INIT;
      g_auto(GValue) now = G_VALUE_INIT;

      if (before)
        read_value (&old, before, pspecs[i]);
      read_value (&now, record, pspecs[i]);
      lian_change_add_field (change, pspecs[i] ? pspecs[i]->name : "extra",
                             before ? &old : NULL, &now);
    }
  return change;
}

/* Appends @change to the journal, unless a batch holds it. */
static void
publish (LianRegistry *self,
         LianChange   *change)
{
  if (self->batch == NULL)
    lian_registry_publish (self, change);
}

void
lian_registry_publish (LianRegistry *self,
                       LianChange   *change)
{
  self->journal_seq = lian_change_get_sequence (change);
  g_list_store_append (self->journal, change);
}

void
lian_registry_refile (LianRegistry *self,
                      LianRecord   *record)
{
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

  unfile_entry (self, entry);
  file_entry (self, entry);
  g_signal_emit (self, signals[RECORD_CHANGED], 0, record, NULL);
}

/* The owner function of every held record: the change path. */
static gboolean
record_changed_cb (LianRecord  *record,
                   LianRecord  *before,
                   GParamSpec **pspecs,
                   guint        n_pspecs,
                   gpointer     owner,
                   GError     **error)
{
  LianRegistry *self = owner;
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;

  g_assert (entry != NULL && entry->record == record);
  g_ptr_array_add (changes, new_update (self, record, before, pspecs, n_pspecs));
  if (!check_held (self, entry, &local) || !commit_changes (self, changes, before, &local))
    {
      if (self->batch)
        lian_registry_batch_refused (self, local);
      if (self->capture == NULL && self->batch)
        g_error_free (local);   /* the batch's commit tells it */
      else if (self->capture == NULL)
        g_propagate_error (error, local);
      else if (*self->capture == NULL)
        g_propagate_error (self->capture, local);
      else
        g_error_free (local);
      return FALSE;
    }

  publish (self, changes->pdata[0]);
  lian_record_bump_revision (record);
  entry->changed = TRUE;
  unfile_entry (self, entry);
  file_entry (self, entry);
  for (guint i = 0; i < n_pspecs; i++)
    {
      if (pspecs[i])
        g_object_notify_by_pspec (G_OBJECT (record), pspecs[i]);
      g_signal_emit (self, signals[RECORD_CHANGED], 0, record,
                     pspecs[i] ? pspecs[i]->name : NULL);
    }
  return TRUE;
}

static void
entry_free (gpointer data)
{
  LianEntry *entry = data;

  g_free (entry->slots);
  lian_record_set_owner (entry->record, NULL, NULL);
  g_object_unref (entry->record);
  g_free (entry);
}

/* GObject */

static void
lian_registry_dispose (GObject *object)
{
  LianRegistry *self = LIAN_REGISTRY (object);

  g_clear_pointer (&self->entries, g_hash_table_unref);
  for (guint i = 0; i < LIAN_N_RECORD_KINDS; i++)
    g_clear_object (&self->lists[i]);
  g_clear_object (&self->journal);
  if (self->committer_destroy)
    g_clear_pointer (&self->committer_data, self->committer_destroy);
  self->committer = NULL;

  G_OBJECT_CLASS (lian_registry_parent_class)->dispose (object);
}

static void
lian_registry_finalize (GObject *object)
{
  LianRegistry *self = LIAN_REGISTRY (object);

  for (guint i = 0; i < LIAN_N_INDEXES; i++)
    g_hash_table_unref (self->indexes[i]);
  g_clear_pointer (&self->extra, json_object_unref);
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
   * with it ([method@Lian.Change.get_actor]).
   */
  props[PROP_ACTOR] =
    g_param_spec_string ("actor", NULL, NULL, NULL,
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
  const GType *types = record_types ();

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  for (guint i = 0; i < LIAN_N_RECORD_KINDS; i++)
    self->lists[i] = lian_record_list_new (types[i]);
  for (guint i = 0; i < LIAN_N_INDEXES; i++)
    self->indexes[i] = lian_index_new ();
  self->journal = g_list_store_new (LIAN_TYPE_CHANGE);
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

/* Where a record of a batch came from, written out only for a message. */
typedef struct
{
  LianWhereFunc  func;
  gpointer       data;
  guint          i;
  LianRecord    *record;
  char          *text;
} Where;

static const char *
where_text (Where *where)
{
  if (where->text == NULL)
    where->text = where->func
                  ? where->func (where->i, where->data)
                  : lian_record_dup_description (where->record);
  return where->text;
}

/* Between the place and a field: "$.needs[3].status" or "need \"n1\": status". */
static const char *
where_sep (Where *where)
{
  /* TRANSLATORS: between a record (need "n1") and one of its fields */
  return where->func ? "." : _(": ");
}

static void
where_clear (Where *where)
{
  g_clear_pointer (&where->text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Where, where_clear)

typedef struct
{
  LianRegistry *self;
  Where        *where;
  GError       *error;
} CheckRefs;

/* "$.needs[3].enterprise_id" or "need \"n1\": enterprise_id" */
static char *
field_place (Where         *where,
             const LianRef *ref)
{
  g_autofree char *field = NULL;

  if (g_str_equal (ref->field, "chain_links"))
    field = g_strdup_printf ("chain_links[%u].chain", ref->index);
  else if (ref->is_list)
    field = g_strdup_printf ("%s[%u]", ref->field, ref->index);
  else
    field = g_strdup (ref->field);
  return g_strdup_printf ("%s%s%s", where_text (where), where_sep (where), field);
}

static void
check_ref_cb (LianRecord    *record,
              const LianRef *ref,
              gpointer       data)
{
  CheckRefs *check = data;
  LianEntry *entry;
  LianRecord *target;
  g_autofree char *place = NULL;

  if (check->error)
    return;
  /* The entry knows its record's kind: the record itself is not touched. */
  entry = lian_registry_get_entry (check->self, ref->target);
  if (entry && entry->kind == ref->kind)
    return;
  target = entry ? entry->record : NULL;

  place = field_place (check->where, ref);
  if (target == NULL)
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                 _("%s: unknown %s \"%s\""), place, lian_record_kind_noun (ref->kind),
                 ref->target);
  else
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                 _("%s: \"%s\" is %s, not %s"), place, ref->target,
                 lian_record_kind_with_article (lian_record_get_record_kind (target)),
                 lian_record_kind_with_article (ref->kind));
}

/* The error for @entry, which lies on a cycle: its trail round to it. */
static void
set_cycle_error (LianRegistry  *self,
                 LianEntry     *entry,
                 Where         *where,
                 GError       **error)
{
  g_autofree char *trail = lian_registry_dup_cycle_trail (self, entry);
  g_autofree char *what = NULL;

  /* TRANSLATORS: the kind of record, its id, the trail round the cycle */
  what = g_strdup_printf (entry->kind == LIAN_RECORD_KIND_ENTERPRISE
                          ? _("parent_id: %s \"%s\" would be its own headquarters (%s)")
                          : _("parent_id: %s \"%s\" would be its own ancestor (%s)"),
                          lian_record_kind_noun (entry->kind), lian_record_get_id (entry->record),
                          trail);
  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CYCLE, "%s%s%s",
               where_text (where), where_sep (where), what);
}

static void
prefix_error (GError **error,
              GError  *local,
              Where   *where)
{
  g_set_error (error, local->domain, local->code, "%s%s%s", where_text (where),
               where_sep (where), local->message);
  g_error_free (local);
}

/* Takes back the entries of a batch that was refused. */
static void
forget_batch (LianRegistry *self,
              GPtrArray    *batch)
{
  for (guint i = 0; i < batch->len; i++)
    {
      LianEntry *entry = g_ptr_array_index (batch, i);
      g_hash_table_steal (self->entries, lian_record_get_id (entry->record));
      g_free (entry);
    }
}

/* Checks a held record as its change made it: its own fields, its
 * references, no cycle through it. */
static gboolean
check_held (LianRegistry  *self,
            LianEntry     *entry,
            GError       **error)
{
  g_auto(Where) where = { NULL, NULL, 0, entry->record, NULL };
  CheckRefs check = { self, &where, NULL };
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GHashTable) cycles = NULL;
  GError *local = NULL;

  if (!lian_record_validate (entry->record, &local))
    {
      prefix_error (error, local, &where);
      return FALSE;
    }
  lian_record_foreach_ref (entry->record, check_ref_cb, &check);
  if (check.error)
    {
      g_propagate_error (error, check.error);
      return FALSE;
    }
  g_ptr_array_add (one, entry);
  cycles = lian_registry_find_cycles (self, one);
  if (cycles && g_hash_table_contains (cycles, entry))
    {
      set_cycle_error (self, entry, &where, error);
      return FALSE;
    }
  return TRUE;
}

/* The journal entries of a batch about to be added; its records' revisions
 * are counted from 1, or from what a store says they are. */
static GPtrArray *
new_additions (LianRegistry *self,
               GPtrArray    *batch)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = g_get_real_time ();

  for (guint i = 0; i < batch->len; i++)
    {
      LianRecord *record = ((LianEntry *) g_ptr_array_index (batch, i))->record;
      g_ptr_array_add (changes,
                       lian_change_new (self->journal_seq + 1 + i, now, self->actor,
                                        LIAN_CHANGE_OPERATION_ADD, record,
                                        MAX (lian_record_get_revision (record), 1)));
    }
  return changes;
}

static gboolean
add_records (LianRegistry   *self,
             GPtrArray      *records,
             LianWhereFunc   where_func,
             gpointer        where_data,
             gboolean        loading,
             GError        **error)
{
  /* The batch's entries go into the table of entries at once, so that
   * records find each other there; they are taken back on a refusal. */
  g_autoptr(GPtrArray) batch = g_ptr_array_sized_new (records->len);
  g_autoptr(GHashTable) cycles = NULL;
  g_autoptr(GPtrArray) additions = NULL;
  GPtrArray *by_kind[LIAN_N_RECORD_KINDS] = { NULL, };

  for (guint i = 0; i < records->len; i++)
    {
      LianRecord *record = g_ptr_array_index (records, i);
      g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);
      g_return_val_if_fail (lian_record_get_owner (record) == NULL, FALSE);
    }

  /* Each record on its own, then against the registry and the batch. */
  for (guint i = 0; i < records->len; i++)
    {
      LianRecord *record = g_ptr_array_index (records, i);
      g_auto(Where) where = { where_func, where_data, i, record, NULL };
      const char *id = lian_record_get_id (record);
      GError *local = NULL;
      LianEntry *entry;

      if (!lian_record_validate (record, &local))
        {
          prefix_error (error, local, &where);
          forget_batch (self, batch);
          return FALSE;
        }
      if (lian_registry_get_entry (self, id))
        {
          g_autofree char *what =
            g_strdup_printf (_("id: \"%s\" is already the id of another record"), id);
          g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID, "%s%s%s",
                       where_text (&where), where_sep (&where), what);
          forget_batch (self, batch);
          return FALSE;
        }
      entry = g_new0 (LianEntry, 1);
      entry->record = record;
      entry->kind = lian_record_get_record_kind (record);
      g_hash_table_insert (self->entries, (gpointer) id, entry);
      g_ptr_array_add (batch, entry);
    }

  cycles = lian_registry_find_cycles (self, batch);
  for (guint i = 0; i < records->len; i++)
    {
      LianRecord *record = g_ptr_array_index (records, i);
      g_auto(Where) where = { where_func, where_data, i, record, NULL };
      CheckRefs check = { self, &where, NULL };

      lian_record_foreach_ref (record, check_ref_cb, &check);
      if (check.error)
        g_propagate_error (error, check.error);
      else if (cycles && g_hash_table_contains (cycles, batch->pdata[i]))
        set_cycle_error (self, batch->pdata[i], &where, error);
      else
        continue;
      forget_batch (self, batch);
      return FALSE;
    }

  if (!loading)
    {
      additions = new_additions (self, batch);
      if (!commit_changes (self, additions, NULL, error))
        {
          forget_batch (self, batch);
          return FALSE;
        }
    }

  /* Nothing can fail from here on. */
  for (guint i = 0; i < batch->len; i++)
    {
      LianEntry *entry = g_ptr_array_index (batch, i);
      LianRecord *record = g_object_ref (entry->record);
      LianRecordKind kind = lian_record_get_record_kind (record);

      if (lian_record_get_revision (record) == 0)
        lian_record_set_revision (record, 1);
      if (additions)
        publish (self, additions->pdata[i]);
      entry->seq = self->next_seq++;
      file_entry (self, entry);
      lian_record_set_owner (record, self, record_changed_cb);
      if (by_kind[kind] == NULL)
        by_kind[kind] = g_ptr_array_new ();
      g_ptr_array_add (by_kind[kind], record);
    }
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    if (by_kind[k])
      {
        lian_record_list_append_many (self->lists[k], (LianRecord **) by_kind[k]->pdata,
                                      by_kind[k]->len);
        g_ptr_array_unref (by_kind[k]);
      }
  for (guint i = 0; i < records->len; i++)
    g_signal_emit (self, signals[RECORD_ADDED], 0, g_ptr_array_index (records, i));
  return TRUE;
}

gboolean
lian_registry_add_many_at (LianRegistry   *self,
                           GPtrArray      *records,
                           LianWhereFunc   where_func,
                           gpointer        where_data,
                           GError        **error)
{
  return add_records (self, records, where_func, where_data, self->loading, error);
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
 * Adds @record, after checking its fields, that its id is new, that every
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
  return lian_registry_add_many_at (self, one, NULL, NULL, error);
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

  return lian_registry_add_many_at (self, records, NULL, NULL, error);
}

/* Removing */

typedef struct
{
  LianRecord *referrer;   /* owned */
  char       *field;
  char       *target;
} Unlink;

static void
unlink_free (gpointer data)
{
  Unlink *u = data;

  g_object_unref (u->referrer);
  g_free (u->field);
  g_free (u->target);
  g_free (u);
}

typedef struct
{
  const char *target;
  gboolean    required;
  GPtrArray  *unlinks;
  char       *field;   /* the first field found */
} FindRefs;

static void
find_refs_cb (LianRecord    *record,
              const LianRef *ref,
              gpointer       data)
{
  FindRefs *find = data;
  Unlink *u;

  if (!g_str_equal (ref->target, find->target))
    return;
  if (find->field == NULL)
    find->field = g_strdup (ref->field);
  if (ref->required)
    {
      find->required = TRUE;
      return;
    }
  u = g_new0 (Unlink, 1);
  u->referrer = g_object_ref (record);
  u->field = g_strdup (ref->field);
  u->target = g_strdup (ref->target);
  g_ptr_array_add (find->unlinks, u);
}

static void
remove_entry (LianRegistry *self,
              LianEntry    *entry,
              LianChange   *change)
{
  g_autoptr(LianRecord) record = g_object_ref (entry->record);
  LianRecordKind kind = lian_record_get_record_kind (record);

  /* Forget the record before the list tells anyone: a change a handler
   * makes to it must not file it again. */
  unfile_entry (self, entry);
  g_hash_table_remove (self->entries, lian_record_get_id (record));
  lian_record_list_remove (self->lists[kind], record);
  if (change)
    publish (self, change);
  g_signal_emit (self, signals[RECORD_REMOVED], 0, record);
}

/* The journal entries of the removal of @gone, once a store took them. */
static gboolean
commit_removals (LianRegistry  *self,
                 GPtrArray     *gone,
                 GPtrArray    **removals,
                 GError       **error)
{
  gint64 now = g_get_real_time ();

  *removals = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < gone->len; i++)
    {
      LianRecord *record = g_ptr_array_index (gone, i);
      g_ptr_array_add (*removals,
                       lian_change_new (self->journal_seq + gone->len - i, now, self->actor,
                                        LIAN_CHANGE_OPERATION_REMOVE, record,
                                        lian_record_get_revision (record)));
    }
  return commit_changes (self, *removals, NULL, error);
}

/* Removes @record unless a handler of an earlier change removed it. */
static void
remove_record (LianRegistry *self,
               LianRecord   *record,
               LianChange   *change)
{
  LianEntry *entry = lian_registry_get_entry (self, lian_record_get_id (record));

  if (entry && entry->record == record)
    remove_entry (self, entry, change);
}

void
lian_registry_take_out (LianRegistry *self,
                        LianRecord   *record)
{
  remove_record (self, record, NULL);
}

/**
 * lian_registry_remove:
 * @self: a registry
 * @id: the id of the record to remove
 * @cascade: whether to remove or unlink the records that refer to it
 * @affected: (out) (optional) (transfer full) (array zero-terminated=1):
 *   the ids of every record removed or changed, @id first
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Removes a record. While other records refer to it, the registry refuses,
 * unless @cascade is true: then a record that cannot be without it (a need
 * of a removed enterprise, a project of a removed organisation) is removed
 * too, and any other reference is dropped from the record that made it (an
 * enterprise leaves the member list of an organisation).
 *
 * Returns: true if the record was removed; false with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_STILL_REFERENCED`
 *   (naming who refers to it), the registry unchanged
 */
gboolean
lian_registry_remove (LianRegistry  *self,
                      const char    *id,
                      gboolean       cascade,
                      GStrv         *affected,
                      GError       **error)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();          /* LianEntry, in order */
  g_autoptr(GHashTable) doomed_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) unlinks = g_ptr_array_new_with_free_func (unlink_free);
  g_autoptr(GPtrArray) gone_records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) removals = NULL;
  LianEntry *entry;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  entry = lian_registry_get_entry (self, id);
  if (entry == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("no record has the id \"%s\""), id);
      return FALSE;
    }

  g_ptr_array_add (doomed, entry);
  g_hash_table_add (doomed_set, entry);
  for (guint i = 0; i < doomed->len; i++)
    {
      LianEntry *gone = g_ptr_array_index (doomed, i);
      const char *gone_id = lian_record_get_id (gone->record);
      LianBucket *referrers = lian_registry_get_bucket (self, LIAN_INDEX_REFERRER, gone_id);
      g_autoptr(GPtrArray) sorted = lian_bucket_to_array (referrers);

      g_ptr_array_sort (sorted, lian_entry_compare_seq);

      for (guint r = 0; r < sorted->len; r++)
        {
          LianEntry *referrer = g_ptr_array_index (sorted, r);
          FindRefs find = { gone_id, FALSE, unlinks, NULL };

          if (g_hash_table_contains (doomed_set, referrer))
            continue;
          lian_record_foreach_ref (referrer->record, find_refs_cb, &find);
          if (!cascade)
            {
              g_autofree char *who = lian_record_dup_description (referrer->record);
              g_autofree char *what = lian_record_dup_description (gone->record);
              g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_STILL_REFERENCED,
                           _("%s still refers to %s (%s); remove it with cascade"),
                           who, what, find.field);
              g_free (find.field);
              return FALSE;
            }
          g_free (find.field);
          if (find.required)
            {
              g_ptr_array_add (doomed, referrer);
              g_hash_table_add (doomed_set, referrer);
            }
        }
    }

  for (guint i = 0; i < doomed->len; i++)
    {
      LianRecord *gone = ((LianEntry *) g_ptr_array_index (doomed, i))->record;
      const char *gone_id = lian_record_get_id (gone);
      g_ptr_array_add (gone_records, g_object_ref (gone));
      g_strv_builder_add (ids, gone_id);
      g_hash_table_add (seen_ids, (gpointer) gone_id);
    }
  for (guint i = 0; i < unlinks->len; i++)
    {
      Unlink *u = g_ptr_array_index (unlinks, i);
      const char *uid = lian_record_get_id (u->referrer);
      if (g_hash_table_contains (seen_ids, uid))
        continue;
      g_hash_table_add (seen_ids, (gpointer) uid);
      g_strv_builder_add (ids, uid);
    }
  if (affected)
    *affected = g_strv_builder_end (ids);

  /* Drop references first, while every record is still in place. Handlers
   * of the changes and removals may change the registry: look again. */
  for (guint i = 0; i < unlinks->len; i++)
    {
      Unlink *u = g_ptr_array_index (unlinks, i);
      LianEntry *referrer = lian_registry_get_entry (self, lian_record_get_id (u->referrer));
      if (referrer && referrer->record == u->referrer &&
          !g_hash_table_contains (doomed_set, referrer))
        lian_record_unlink_ref (u->referrer, u->field, u->target);
    }
  if (!commit_removals (self, gone_records, &removals, error))
    return FALSE;
  for (guint i = gone_records->len; i > 0; i--)
    remove_record (self, g_ptr_array_index (gone_records, i - 1),
                   removals->pdata[i - 1]);
  return TRUE;
}

/**
 * lian_registry_clear:
 * @self: a registry
 *
 * Removes every record, and the document members lian does not know.
 * A clear is not a change of the register: it makes no journal entries, and
 * in a batch it cannot be undone (the batch goes on from the empty
 * registry).
 */
void
lian_registry_clear (LianRegistry *self)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_if_fail (LIAN_IS_REGISTRY (self));

  all = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      GPtrArray *records = lian_record_list_get_array (self->lists[k]);
      for (guint i = 0; i < records->len; i++)
        g_ptr_array_add (all, g_object_ref (records->pdata[i]));
    }
  for (guint i = 0; i < all->len; i++)
    remove_record (self, g_ptr_array_index (all, i), NULL);
  g_clear_pointer (&self->extra, json_object_unref);
  if (self->batch)
    lian_registry_batch_forget (self);
}

/* The change path */

void
lian_registry_set_committer (LianRegistry   *self,
                             LianCommitFunc  func,
                             gpointer        data,
                             GDestroyNotify  destroy)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));

  if (self->committer_destroy)
    self->committer_destroy (self->committer_data);
  self->committer = func;
  self->committer_data = data;
  self->committer_destroy = destroy;
}

void
lian_registry_capture_begin (LianRegistry  *self,
                             GError       **error)
{
  g_return_if_fail (self->capture == NULL);

  self->capture = error;
}

gboolean
lian_registry_capture_end (LianRegistry *self)
{
  gboolean refused = self->capture && *self->capture;

  self->capture = NULL;
  return !refused;
}

/**
 * lian_registry_update:
 * @self: a registry
 * @record: a record @self holds
 * @property: the name of one of @record's writable properties
 * @value: the new value, of the property's type or one that converts to it
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Changes one property of a held record, as its setter would, and says
 * why when the registry refuses the change (where a setter could only
 * log a warning).
 *
 * ```python
 * ok = registry.update(need, 'enterprise-id', 'no-such-firm')
 * # GLib.Error: need "n1": enterprise_id: unknown enterprise "no-such-firm"
 * ```
 *
 * Returns: true if the change was accepted (or changed nothing); false
 *   with an error naming the record, the field and the reason otherwise,
 *   the record unchanged
 */
gboolean
lian_registry_update (LianRegistry  *self,
                      LianRecord    *record,
                      const char    *property,
                      const GValue  *value,
                      GError       **error)
{
  g_auto(GValue) converted = G_VALUE_INIT;
  GParamSpec *pspec;
  GError *local = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);
  g_return_val_if_fail (lian_record_get_owner (record) == self, FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) ||
      (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
    {
      g_autofree char *who = lian_record_dup_description (record);
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%s: \"%s\" is not a property that can be changed"), who, property);
      return FALSE;
    }
  g_value_init (&converted, pspec->value_type);
  if (!g_value_transform (value, &converted) || g_param_value_validate (pspec, &converted))
    {
      g_autofree char *who = lian_record_dup_description (record);
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%s: %s: a value of type %s does not fit"), who, property,
                   G_VALUE_TYPE_NAME (value));
      return FALSE;
    }

  lian_registry_capture_begin (self, &local);
  g_object_set_property (G_OBJECT (record), property, &converted);
  if (lian_registry_capture_end (self))
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

/**
 * lian_registry_get_journal:
 * @self: a registry
 *
 * Gets the changes the registry accepted since it was made, in order: the
 * records added (not those a document or a store loaded), the updates and
 * the removals, each a [class@Lian.Change]. A store persists them.
 *
 * Returns: (transfer none): a list model of [class@Lian.Change]
 */
GListModel *
lian_registry_get_journal (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->journal);
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
 */
void
lian_registry_set_actor (LianRegistry *self,
                         const char   *actor)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));

  if (lian_str_set (&self->actor, actor))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ACTOR]);
}
