/* lian-record.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-error.h"
#include "lian-enum-types.h"
#include "lian-date-private.h"
#include "lian-text-private.h"
#include "lian-region-code.h"
#include "lian-i18n-private.h"

/**
 * LianRecord:
 *
 * What every record has: an id unique across a whole registry, a name, the
 * members lian does not know, and a check of its own fields.
 *
 * Records refer to each other by id, never by pointer; a registry resolves
 * and checks the references. Each kind of record is a final subclass.
 *
 * A text a record's getter returns without a copy is valid until the record
 * changes; for a record loaded into a registry, also only while that
 * registry lives (loaded records keep their texts in the registry's blocks
 * until they change or leave it).
 *
 * ```python
 * need = Lian.Need(id='need-1', enterprise_id='ent-1', title='贷款')
 * need.validate()           # raises GLib.Error naming the bad field
 * print(need.props.record_kind)    # <enum LIAN_RECORD_KIND_NEED ...>
 * ```
 */

#define REVISION_MAX ((G_GUINT64_CONSTANT (1) << 51) - 1)

G_STATIC_ASSERT (LIAN_RECORD_N_KINDS <= 32);

/* The owner and the row's head are all the base adds to a GObject, 32
 * bytes; it has no private data, which GObject would round up to 16. */
G_STATIC_ASSERT (LIAN_RECORD_ROW_OFFSET + sizeof (LianRowHead) == sizeof (GObject) + 32);

/* What a record of a subclass lian does not know (a binding's) has
 * instead of a row and an owner in its instance: kept beside it, made
 * when first asked for. */
typedef struct
{
  gpointer    owner;
  LianRowHead head;
} Foreign;

static GQuark foreign_quark;

static G_GNUC_NO_INLINE Foreign *
foreign_of (gpointer self)
{
  Foreign *foreign = g_object_get_qdata (self, foreign_quark);
  Foreign *made;

  if (foreign)
    return foreign;
  /* Made once, whichever thread asks first. */
  made = g_new0 (Foreign, 1);
  if (g_object_replace_qdata (self, foreign_quark, NULL, made, g_free, NULL))
    return made;
  g_free (made);
  return g_object_get_qdata (self, foreign_quark);
}

/* The base's fields: the head of @self's row. */
static inline LianRowHead *
head_of (gpointer self)
{
  const LianKindDecl *decl = LIAN_RECORD_GET_CLASS (self)->kind_decl;

  return G_LIKELY (decl) ? lian_record_row (self, decl) : &foreign_of (self)->head;
}

/* What only the object has: where its owner is. */
static inline gpointer *
owner_of (gpointer self)
{
  if (G_LIKELY (LIAN_RECORD_GET_CLASS (self)->kind_decl))
    return &((LianRecordObject *) self)->owner;
  return &foreign_of (self)->owner;
}

/* The open change of a held record: kept aside only while it is open, so
 * that records cost nothing for it the rest of the time. */
typedef struct _Pending
{
  guint       depth;
  LianRecord *before;     /* its state when the change opened */
  GPtrArray  *changed;    /* (element-type GParamSpec) what it changed so far */
} Pending;

static GQuark pending_quark;

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->before);
  g_clear_pointer (&pending->changed, g_ptr_array_unref);
  g_free (pending);
}

/* The open change of @self, or NULL. */
static Pending *
get_pending (LianRecord  *self,
             LianRowHead *head)
{
  if (!head->changing)
    return NULL;
  return g_object_get_qdata (G_OBJECT (self), pending_quark);
}

G_DEFINE_ABSTRACT_TYPE (LianRecord, lian_record, G_TYPE_OBJECT)

/* Whether @self is a record, as LIAN_IS_RECORD() says, which asks the type
 * system at every call for a subclass: here a few types found to be
 * records are remembered, for the checks of every accessor and setter. */
static gboolean
is_record (gconstpointer self)
{
  static gpointer known[8];   /* record types, or NULL */
  const GTypeInstance *instance = self;
  GType type;
  guint slot;

  if (instance == NULL || instance->g_class == NULL)
    return FALSE;
  type = G_TYPE_FROM_INSTANCE (instance);
  slot = (type >> 4) % G_N_ELEMENTS (known);
  if (g_atomic_pointer_get (&known[slot]) == (gpointer) type)
    return TRUE;
  if (!g_type_is_a (type, LIAN_TYPE_RECORD))
    return FALSE;
  g_atomic_pointer_set (&known[slot], (gpointer) type);
  return TRUE;
}

/* The members lian does not know, rare: kept beside the record, not in it. */
static GQuark extra_quark;

/* The id's and the name's texts, for a loader that fills them directly:
 * in the head of every row. */
static const LianTextDecl base_texts[] = {
  LIAN_TEXT_DECL (LianRowHead, id, OWN),
  LIAN_TEXT_DECL (LianRowHead, name, OWN),
};

/* What every owner is asked with (the registry's function). */
static LianRecordOwnerFunc owner_func;

static gboolean
ask_owner (LianRecord  *self,
           LianRecord  *before,
           GParamSpec **pspecs,
           guint        n_pspecs,
           gpointer     owner,
           GError     **error)
{
  LianRecordOwnerFunc func = g_atomic_pointer_get (&owner_func);

  return func (self, before, pspecs, n_pspecs, owner, error);
}

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_RECORD_KIND,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* A kind's records check their rows; those of a subclass lian does not
 * know, their ids. */
static gboolean
lian_record_real_validate (LianRecord  *self,
                           GError     **error)
{
  const LianKindDecl *decl = LIAN_RECORD_GET_CLASS (self)->kind_decl;

  if (decl)
    return lian_record_validate_row (decl, lian_record_row (self, decl), error);
  return lian_check_id_field ("id", head_of (self)->id, TRUE, error);
}

static void
lian_record_finalize (GObject *object)
{
  LianRecord *self = LIAN_RECORD (object);
  LianRowHead *head = head_of (self);

  /* A record of a subclass lian does not know has only its head. */
  lian_row_clear (lian_record_get_kind_decl (self), head);
  if (head->changing)
    g_object_set_qdata (object, pending_quark, NULL);

  G_OBJECT_CLASS (lian_record_parent_class)->finalize (object);
}

static void
lian_record_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LianRecord *self = LIAN_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, lian_record_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, lian_record_get_name (self));
      break;
    case PROP_RECORD_KIND:
      g_value_set_enum (value, lian_record_get_record_kind (self));
      break;
    case PROP_REVISION:
      g_value_set_uint64 (value, lian_record_get_revision (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_record_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LianRecord *self = LIAN_RECORD (object);
  LianRowHead *head = head_of (self);

  switch (prop_id)
    {
    case PROP_ID:
      lian_str_set (&head->id, g_value_get_string (value));
      break;
    case PROP_NAME:
      lian_record_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_record_class_init (LianRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  extra_quark = g_quark_from_static_string ("lian-record-extra");
  pending_quark = g_quark_from_static_string ("lian-record-pending");
  foreign_quark = g_quark_from_static_string ("lian-record-foreign");
  object_class->finalize = lian_record_finalize;
  object_class->get_property = lian_record_get_property;
  object_class->set_property = lian_record_set_property;

  klass->validate = lian_record_real_validate;

  /**
   * LianRecord:id:
   *
   * The record's id, unique across its registry: 1 to 64 characters of
   * `[A-Za-z0-9._:-]`. It is set at construction and never changes.
   */
  props[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianRecord:name:
   *
   * The record's name, as people say it.
   */
  props[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianRecord:record-kind:
   *
   * The kind of record.
   */
  props[PROP_RECORD_KIND] =
    g_param_spec_enum ("record-kind", NULL, NULL, LIAN_TYPE_RECORD_KIND,
                       LIAN_RECORD_KIND_REGION,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianRecord:revision:
   *
   * How many changes of the record its registry has accepted: 0 for a
   * record no registry holds yet, 1 once added, one more for every
   * accepted change. A store keeps it, so that a change based on an older
   * revision than the store holds is found out. It goes no higher than
   * 2^51 − 1: a store's larger revision reads as that, and stays there.
   */
  props[PROP_REVISION] =
    g_param_spec_uint64 ("revision", NULL, NULL, 0, REVISION_MAX, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_record_init (LianRecord *self)
{
}

/**
 * lian_record_get_id:
 * @self: a record
 *
 * Gets the record's id.
 *
 * Returns: (nullable): the id
 */
const char *
lian_record_get_id (LianRecord *self)
{
  LianRowHead *head;

  g_return_val_if_fail (is_record (self), NULL);
  head = head_of (self);

  return head->id;
}

/**
 * lian_record_get_name:
 * @self: a record
 *
 * Gets the record's name.
 *
 * Returns: (nullable): the name
 */
const char *
lian_record_get_name (LianRecord *self)
{
  LianRowHead *head;

  g_return_val_if_fail (is_record (self), NULL);
  head = head_of (self);

  return head->name;
}

/**
 * lian_record_set_name:
 * @self: a record
 * @name: (nullable): the new name
 *
 * Sets the record's name.
 */
void
lian_record_set_name (LianRecord *self,
                      const char *name)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  LianRowHead *head;

  g_return_if_fail (is_record (self));
  head = head_of (self);

  if (lian_str_set (&head->name, name))
    lian_record_changed (self, props[PROP_NAME]);
}

const LianTextDecl *
lian_record_get_base_texts (guint *n_texts)
{
  *n_texts = G_N_ELEMENTS (base_texts);
  return base_texts;
}

/**
 * lian_record_get_record_kind:
 * @self: a record
 *
 * Gets the kind of the record.
 *
 * Returns: the kind
 */
LianRecordKind
lian_record_get_record_kind (LianRecord *self)
{
  g_return_val_if_fail (is_record (self), LIAN_RECORD_KIND_REGION);

  return LIAN_RECORD_GET_CLASS (self)->kind;
}

/**
 * lian_record_get_revision:
 * @self: a record
 *
 * Gets how many changes of the record its registry has accepted; see
 * [property@Lian.Record:revision].
 *
 * Returns: the revision
 */
guint64
lian_record_get_revision (LianRecord *self)
{
  LianRowHead *head;

  g_return_val_if_fail (is_record (self), 0);
  head = head_of (self);

  return head->revision;
}

/**
 * lian_record_get_extra:
 * @self: a record
 *
 * Gets the members of the record that lian does not know: those a document
 * or a spreadsheet carried, kept so that nothing is lost when it is written
 * back.
 *
 * Returns: (transfer none) (nullable): the members, or `NULL` if there are none
 */
JsonObject *
lian_record_get_extra (LianRecord *self)
{
  g_return_val_if_fail (is_record (self), NULL);

  return g_object_get_qdata (G_OBJECT (self), extra_quark);
}

/**
 * lian_record_set_extra:
 * @self: a record
 * @extra: (nullable): the members lian does not know
 *
 * Replaces the members of the record that lian does not know. The record
 * keeps a reference to @extra; change it only through this call.
 */
void
lian_record_set_extra (LianRecord *self,
                       JsonObject *extra)
{
  LIAN_RECORD_CHANGE_SCOPE (self);

  g_return_if_fail (is_record (self));

  if (g_object_get_qdata (G_OBJECT (self), extra_quark) == extra)
    return;
  g_object_set_qdata_full (G_OBJECT (self), extra_quark, extra ? json_object_ref (extra) : NULL,
                           (GDestroyNotify) json_object_unref);
  lian_record_changed (self, NULL);
}

/**
 * lian_record_validate:
 * @self: a record
 * @error: return location for a [error@Lian.DataError]
 *
 * Checks the record's own fields: required values present, ids, codes and
 * dates well formed, numbers in range. References to other records are the
 * registry's to check.
 *
 * Returns: true if every field is good; false with an error whose message
 *   starts with the first bad field's name, as in a document
 *   (`uscc: check character is 'W', not 'X'`)
 */
gboolean
lian_record_validate (LianRecord  *self,
                      GError     **error)
{
  g_return_val_if_fail (is_record (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return LIAN_RECORD_GET_CLASS (self)->validate (self, error);
}

gboolean
lian_record_validate_row (const LianKindDecl  *decl,
                          gconstpointer        row,
                          GError             **error)
{
  const LianRowHead *head = row;

  return lian_check_id_field ("id", head->id, TRUE, error) &&
         (decl->validate == NULL || decl->validate (row, error));
}

gboolean
lian_record_validate_row_checked (const LianKindDecl  *decl,
                                  gconstpointer        row,
                                  const char          *checked_uscc,
                                  GError             **error)
{
  const LianRowHead *head = row;

  if (checked_uscc == NULL || decl != lian_record_kind_get_decl (LIAN_RECORD_KIND_ENTERPRISE))
    return lian_record_validate_row (decl, row, error);
  return lian_check_id_field ("id", head->id, TRUE, error) &&
         lian_enterprise_validate_row_checked (row, checked_uscc, error);
}

/**
 * lian_record_id_is_valid:
 * @id: (nullable): a string
 *
 * Whether @id may be the id of a record: 1 to 64 characters of
 * `[A-Za-z0-9._:-]`.
 *
 * Returns: true if @id is a valid id
 */
gboolean
lian_record_id_is_valid (const char *id)
{
  return lian_check_id_field (NULL, id, TRUE, NULL);
}

/**
 * lian_record_check_id:
 * @id: (nullable): a string
 * @error: return location for a [error@Lian.DataError]
 *
 * Like [func@Lian.Record.id_is_valid], with an error that says why.
 *
 * Returns: true if @id is a valid id; false with
 *   `LIAN_DATA_ERROR_INVALID_ID` otherwise
 */
gboolean
lian_record_check_id (const char  *id,
                      GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return lian_check_id_field (NULL, id, TRUE, error);
}

/* Private API */

void
lian_record_set_restoring (LianRecord *self,
                           gboolean    restoring)
{
  LianRowHead *head = head_of (self);

  head->restoring = !!restoring;
  head->validated = FALSE;
}

void
lian_record_mark_validated (LianRecord *self)
{
  LianRowHead *head = head_of (self);

  head->validated = TRUE;
}

gboolean
lian_record_is_validated (LianRecord *self)
{
  LianRowHead *head = head_of (self);

  return head->validated;
}

void
lian_record_set_owner (LianRecord          *self,
                       gpointer             owner,
                       LianRecordOwnerFunc  func)
{
  /* One function for every owner (the registry's): a record keeps only
   * its owner. */
  g_assert (owner == NULL || func != NULL);
  if (owner && g_atomic_pointer_get (&owner_func) != func)
    {
      g_assert (g_atomic_pointer_get (&owner_func) == NULL);
      g_atomic_pointer_set (&owner_func, func);
    }
  *owner_of (self) = owner;
}

void
lian_record_borrow_texts (LianRecord *self)
{
  LianRowHead *head = head_of (self);

  head->borrowed = TRUE;
}

gboolean
lian_record_borrows_texts (LianRecord *self)
{
  LianRowHead *head = head_of (self);

  return head->borrowed;
}

void
lian_record_own_texts (LianRecord *self)
{
  LianRowHead *head = head_of (self);

  if (!head->borrowed)
    return;
  head->id = g_strdup (head->id);
  head->name = g_strdup (head->name);
  lian_record_own_kind_texts (self);
  head->borrowed = FALSE;
}

void
lian_record_set_quiet (LianRecord *self,
                       gboolean    quiet)
{
  LianRowHead *head = head_of (self);

  head->quiet = !!quiet;
}

gpointer
lian_record_get_owner (LianRecord *self)
{
  return *owner_of (self);
}

void
lian_record_set_revision (LianRecord *self,
                          guint64     revision)
{
  LianRowHead *head = head_of (self);

  head->revision = MIN (revision, REVISION_MAX);
}

guint64
lian_record_bump_revision (LianRecord *self)
{
  LianRowHead *head = head_of (self);

  /* Held in 51 bits: at the most it stays there rather than wrap to 0,
   * which no count of changes reaches; only a store's given revision can. */
  if (head->revision < REVISION_MAX)
    head->revision++;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_REVISION]);
  return head->revision;
}

LianRecordChange *
lian_record_begin_change (gpointer self)
{
  LianRowHead *head;
  Pending *pending;

  if (!is_record (self))
    return NULL;   /* the setter's own check says so */
  head = head_of (self);
  /* Changed by anyone but its loader: its texts become its own first. */
  if (head->borrowed && lian_texts_filling () == NULL)
    lian_record_own_texts (self);
  if (*owner_of (self) == NULL || head->quiet || head->restoring)
    return NULL;
  pending = get_pending (self, head);
  if (pending == NULL)
    {
      pending = g_new0 (Pending, 1);
      pending->before = lian_record_dup_state (self);
      pending->changed = g_ptr_array_new ();
      g_object_set_qdata_full (G_OBJECT (self), pending_quark, pending,
                               (GDestroyNotify) pending_free);
      head->changing = TRUE;
    }
  pending->depth++;
  return self;
}

/* Asks the owner to take the change that closes; puts the record back
 * when it refuses, with the reason in @error, or logged as a warning if
 * @error is NULL. */
static gboolean
close_change (LianRecord  *self,
              GError     **error)
{
  LianRowHead *head = head_of (self);
  g_autofree Pending *pending = g_object_steal_qdata (G_OBJECT (self), pending_quark);
  g_autoptr(LianRecord) before = g_steal_pointer (&pending->before);
  g_autoptr(GPtrArray) changed = g_steal_pointer (&pending->changed);
  g_autoptr(GError) local = NULL;

  head->changing = FALSE;
  if (changed->len == 0 || *owner_of (self) == NULL)
    return TRUE;
  if (ask_owner (self, before, (GParamSpec **) changed->pdata, changed->len,
                        *owner_of (self), &local))
    return TRUE;

  lian_record_restore_state (self, before);
  /* An owner that told the refusal elsewhere returns no error. */
  if (local && error)
    g_propagate_error (error, g_steal_pointer (&local));
  else if (local)
    g_warning ("%s", local->message);
  return FALSE;
}

void
lian_record_end_change (LianRecordChange *change)
{
  LianRecord *self = change;
  Pending *pending = get_pending (self, head_of (self));

  g_return_if_fail (pending != NULL);

  if (--pending->depth == 0)
    close_change (self, NULL);
}

gboolean
lian_record_finish_change (LianRecordChange  *change,
                           GError           **error)
{
  LianRecord *self = change;
  LianRowHead *head;
  Pending *pending;
  gboolean ok;

  if (self == NULL)
    return TRUE;   /* a record no one holds: nothing to ask */
  head = head_of (self);
  pending = get_pending (self, head);
  g_return_val_if_fail (pending != NULL, FALSE);

  if (--pending->depth > 0)
    return TRUE;
  head->reporting = error != NULL;
  ok = close_change (self, error);
  head->reporting = FALSE;
  return ok;
}

gboolean
lian_record_is_reporting (LianRecord *self)
{
  LianRowHead *head = head_of (self);

  return head->reporting;
}

void
lian_record_changed (LianRecord *self,
                     GParamSpec *pspec)
{
  LianRowHead *head = head_of (self);
  Pending *pending;

  /* Any change, told or not, undoes a validation. */
  head->validated = FALSE;
  if (head->quiet || head->restoring)
    return;
  pending = get_pending (self, head);
  if (pending)
    {
      /* Told when the change closes and the owner has taken it. */
      if (!g_ptr_array_find (pending->changed, pspec, NULL))
        g_ptr_array_add (pending->changed, pspec);
      return;
    }
  if (*owner_of (self))
    {
      /* A change that opened no scope cannot be put back. */
      g_autoptr(GError) error = NULL;
      if (!ask_owner (self, NULL, &pspec, 1, *owner_of (self), &error) && error)
        g_critical ("%s (and it could not be undone)", error->message);
      return;
    }
  if (pspec)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
}
