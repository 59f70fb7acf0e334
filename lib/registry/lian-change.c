/* lian-change.c: one accepted change, as a registry's journal keeps it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-change-private.h"

/**
 * LianChange:
 *
 * One change a registry accepted: a record added, fields of a record
 * changed, a record removed. Every change to a held record goes through the
 * registry's checks; the ones that pass become entries of its journal
 * ([method@Lian.Registry.get_journal]), in order, with the record's new
 * revision, the time, the actor the registry acted for, and for an update
 * the fields with their values before and after.
 *
 * ```python
 * need.props.title = '设备更新贷款'          # checked, then accepted
 * change = registry.get_journal()[-1]
 * change.get_fields()                     # ['title']
 * change.get_before('title'), change.get_after('title')
 * ```
 */

typedef struct
{
  char   *name;
  GValue  before;
  GValue  after;
} Field;

struct _LianChange
{
  GObject parent_instance;

  guint64              sequence;
  gint64               time;
  char                *actor;
  LianChangeOperation  operation;
  LianRecord          *record;
  char                *record_id;
  LianRecordKind       kind;
  guint64              revision;
  GArray              *fields;     /* of Field; NULL for an addition or a removal */
  GPtrArray           *names;      /* the fields' names, NULL-terminated; NULL likewise */
};

G_DEFINE_FINAL_TYPE (LianChange, lian_change, G_TYPE_OBJECT)

static void
field_clear (gpointer data)
{
  Field *field = data;

  g_free (field->name);
  if (G_IS_VALUE (&field->before))
    g_value_unset (&field->before);
  if (G_IS_VALUE (&field->after))
    g_value_unset (&field->after);
}

static void
lian_change_finalize (GObject *object)
{
  LianChange *self = LIAN_CHANGE (object);

  g_free (self->actor);
  g_clear_object (&self->record);
  g_free (self->record_id);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);

  G_OBJECT_CLASS (lian_change_parent_class)->finalize (object);
}

static void
lian_change_class_init (LianChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_change_finalize;
}

static void
lian_change_init (LianChange *self)
{
}

LianChange *
lian_change_new (guint64              sequence,
                 gint64               time,
                 const char          *actor,
                 LianChangeOperation  operation,
                 LianRecord          *record,
                 guint64              revision)
{
  LianChange *self = g_object_new (LIAN_TYPE_CHANGE, NULL);

  self->sequence = sequence;
  self->time = time;
  self->actor = g_strdup (actor);
  self->operation = operation;
  self->record = g_object_ref (record);
  self->record_id = g_strdup (lian_record_get_id (record));
  self->kind = lian_record_get_record_kind (record);
  self->revision = revision;
  return self;
}

void
lian_change_set_sequence (LianChange *self,
                          guint64     sequence)
{
  self->sequence = sequence;
}

static void
copy_value (GValue       *dst,
            const GValue *src)
{
  if (src == NULL || !G_IS_VALUE (src))
    return;
  g_value_init (dst, G_VALUE_TYPE (src));
  g_value_copy (src, dst);
}

void
lian_change_add_field (LianChange   *self,
                       const char   *name,
                       const GValue *before,
                       const GValue *after)
{
  Field field = { g_strdup (name), G_VALUE_INIT, G_VALUE_INIT };

  /* Additions and removals, most of a journal, have no fields. */
  if (self->fields == NULL)
    {
      self->fields = g_array_new (FALSE, TRUE, sizeof (Field));
      g_array_set_clear_func (self->fields, field_clear);
      self->names = g_ptr_array_new ();
      g_ptr_array_add (self->names, NULL);
    }
  copy_value (&field.before, before);
  copy_value (&field.after, after);
  g_array_append_val (self->fields, field);
  g_ptr_array_remove_index (self->names, self->names->len - 1);
  g_ptr_array_add (self->names, g_array_index (self->fields, Field, self->fields->len - 1).name);
  g_ptr_array_add (self->names, NULL);
}

/**
 * lian_change_get_sequence:
 * @self: a change
 *
 * Gets the change's place in its registry's journal: 1 for the first
 * change, one more for each after it.
 *
 * Returns: the sequence number
 */
guint64
lian_change_get_sequence (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), 0);

  return self->sequence;
}

/**
 * lian_change_get_time:
 * @self: a change
 *
 * Gets when the change was accepted.
 *
 * Returns: microseconds since 1970-01-01 00:00 UTC, as g_get_real_time()
 */
gint64
lian_change_get_time (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), 0);

  return self->time;
}

/**
 * lian_change_get_actor:
 * @self: a change
 *
 * Gets who made the change: the registry's [property@Lian.Registry:actor]
 * when it was accepted.
 *
 * Returns: (nullable): the actor, or `NULL` when none was given
 */
const char *
lian_change_get_actor (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), NULL);

  return self->actor;
}

/**
 * lian_change_get_operation:
 * @self: a change
 *
 * Gets what the change did.
 *
 * Returns: the operation
 */
LianChangeOperation
lian_change_get_operation (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), LIAN_CHANGE_OPERATION_UPDATE);

  return self->operation;
}

/**
 * lian_change_get_record:
 * @self: a change
 *
 * Gets the record the change was made to. It is the record as it is now,
 * which later changes may have changed again.
 *
 * Returns: (transfer none): the record
 */
LianRecord *
lian_change_get_record (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), NULL);

  return self->record;
}

/**
 * lian_change_get_record_id:
 * @self: a change
 *
 * Gets the id of the record the change was made to.
 *
 * Returns: the id
 */
const char *
lian_change_get_record_id (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), NULL);

  return self->record_id;
}

/**
 * lian_change_get_record_kind:
 * @self: a change
 *
 * Gets the kind of the record the change was made to.
 *
 * Returns: the kind
 */
LianRecordKind
lian_change_get_record_kind (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), LIAN_RECORD_KIND_REGION);

  return self->kind;
}

/**
 * lian_change_get_revision:
 * @self: a change
 *
 * Gets the record's [property@Lian.Record:revision] right after the
 * change: 1 for an addition, one more than before for an update; for a
 * removal, the revision the record had.
 *
 * Returns: the revision
 */
guint64
lian_change_get_revision (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), 0);

  return self->revision;
}

/**
 * lian_change_get_fields:
 * @self: a change
 *
 * Gets the names of the properties an update changed, in the order they
 * changed (a need's move changes `status`, `n-events` and perhaps
 * `resolved`); `extra` stands for the members lian does not know. An
 * addition or a removal has none.
 *
 * Returns: (transfer none) (array zero-terminated=1): the property names
 */
const char * const *
lian_change_get_fields (LianChange *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (LIAN_IS_CHANGE (self), NULL);

  return self->names ? (const char * const *) self->names->pdata : none;
}

/**
 * lian_change_get_property_name:
 * @self: a change
 *
 * Gets the property an update changed, when it changed exactly one.
 *
 * Returns: (nullable): the property name, or `NULL` for an addition, a
 *   removal or an update of several fields
 */
const char *
lian_change_get_property_name (LianChange *self)
{
  g_return_val_if_fail (LIAN_IS_CHANGE (self), NULL);

  return self->fields && self->fields->len == 1 ? g_array_index (self->fields, Field, 0).name : NULL;
}

static Field *
find_field (LianChange *self,
            const char *name)
{
  if (self->fields == NULL)
    return NULL;
  if (name == NULL)
    return self->fields->len == 1 ? &g_array_index (self->fields, Field, 0) : NULL;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);
      if (g_str_equal (field->name, name))
        return field;
    }
  return NULL;
}

/**
 * lian_change_get_before:
 * @self: a change
 * @field: (nullable): one of [method@Lian.Change.get_fields], or `NULL` for
 *   the only one
 *
 * Gets the value @field had before the change.
 *
 * Returns: (nullable) (transfer none): the value, or `NULL` when the change
 *   did not change @field
 */
const GValue *
lian_change_get_before (LianChange *self,
                        const char *field)
{
  Field *found;

  g_return_val_if_fail (LIAN_IS_CHANGE (self), NULL);

  found = find_field (self, field);
  return found && G_IS_VALUE (&found->before) ? &found->before : NULL;
}

/**
 * lian_change_get_after:
 * @self: a change
 * @field: (nullable): one of [method@Lian.Change.get_fields], or `NULL` for
 *   the only one
 *
 * Gets the value @field had right after the change.
 *
 * Returns: (nullable) (transfer none): the value, or `NULL` when the change
 *   did not change @field
 */
const GValue *
lian_change_get_after (LianChange *self,
                       const char *field)
{
  Field *found;

  g_return_val_if_fail (LIAN_IS_CHANGE (self), NULL);

  found = find_field (self, field);
  return found && G_IS_VALUE (&found->after) ? &found->after : NULL;
}
