/* lian-activity.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-activity.h"
#include "lian-enum-types.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

/**
 * LianActivity:
 *
 * Something an organisation did for a chain: a meeting held, a policy
 * document issued, a training given, a case of good practice recorded. The
 * province counts them.
 *
 * ```js
 * const meeting = new Lian.Activity({
 *     id: 'act-1', kind: Lian.ActivityKind.MEETING, date: '2023-05-18',
 *     org_id: 'org-wx-alliance', participants: 40,
 * });
 * ```
 */

typedef struct
{
  LianRowHead head;
  LianActivityKind kind;
  char *org_id;
  char *chain_id;
  char *date;
  guint participants;
} LianActivityRow;

struct _LianActivity
{
  LianRecordObject parent_instance;
  LianActivityRow row;
};

/* The fields of @self, in its row. */
#define ACTIVITY_ROW(self) (&(self)->row)

G_DEFINE_FINAL_TYPE (LianActivity, lian_activity, LIAN_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ORG_ID,
  PROP_CHAIN_ID,
  PROP_DATE,
  PROP_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianActivityRow *row = data;

  return lian_check_date_field ("date", row->date, TRUE, error) &&
         lian_check_id_field ("org_id", row->org_id, FALSE, error) &&
         lian_check_id_field ("chain_id", row->chain_id, FALSE, error);
}

static void
lian_activity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LianActivity *self = LIAN_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, lian_activity_get_kind (self));
      break;
    case PROP_ORG_ID:
      g_value_set_string (value, lian_activity_get_org_id (self));
      break;
    case PROP_CHAIN_ID:
      g_value_set_string (value, lian_activity_get_chain_id (self));
      break;
    case PROP_DATE:
      g_value_set_string (value, lian_activity_get_date (self));
      break;
    case PROP_PARTICIPANTS:
      g_value_set_uint (value, lian_activity_get_participants (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_activity_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LianActivity *self = LIAN_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      lian_activity_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_ORG_ID:
      lian_activity_set_org_id (self, g_value_get_string (value));
      break;
    case PROP_CHAIN_ID:
      lian_activity_set_chain_id (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      lian_activity_set_date (self, g_value_get_string (value));
      break;
    case PROP_PARTICIPANTS:
      lian_activity_set_participants (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry. */
/* An activity lies where its organisation does. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianActivityRow, org_id, "org-id", "org_id", ORGANIZATION, LIAN_REF_LOCATES),
  LIAN_REF_DECL (LianActivityRow, chain_id, "chain-id", "chain_id", CHAIN, 0),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "kind", "org_id", "chain_id", "date", "participants", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianActivityRow, org_id, OWN),
  LIAN_TEXT_DECL (LianActivityRow, chain_id, SHARED),
  LIAN_TEXT_DECL (LianActivityRow, date, SHARED),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianActivityRow, kind, ENUM),
  LIAN_FIELD_DECL (LianActivityRow, participants, UINT),
};

static const LianKindDecl kind_decl = {
  "activities", members,
  refs, G_N_ELEMENTS (refs),
  .date = "date", .date_offset = G_STRUCT_OFFSET (LianActivityRow, date),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianActivity, row),
  .row_size = G_SIZEOF_MEMBER (LianActivity, row), .kind = LIAN_RECORD_KIND_ACTIVITY,
  .validate = validate_row,
};

static void
lian_activity_class_init (LianActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_activity_get_property;
  object_class->set_property = lian_activity_set_property;

  record_class->kind = LIAN_RECORD_KIND_ACTIVITY;

  /**
   * LianActivity:kind:
   *
   * What kind of activity it was.
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LIAN_TYPE_ACTIVITY_KIND,
                       LIAN_ACTIVITY_KIND_MEETING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianActivity:org-id:
   *
   * The id of the [class@Lian.PartyOrg] that held it, if any.
   */
  props[PROP_ORG_ID] =
    g_param_spec_string ("org-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianActivity:chain-id:
   *
   * The id of the [class@Lian.Chain] it was for, if any.
   */
  props[PROP_CHAIN_ID] =
    g_param_spec_string ("chain-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianActivity:date:
   *
   * The day it took place, `YYYY-MM-DD`. Required.
   */
  props[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianActivity:participants:
   *
   * How many people took part.
   */
  props[PROP_PARTICIPANTS] =
    g_param_spec_uint ("participants", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_activity_init (LianActivity *self)
{
}

/**
 * lian_activity_new:
 * @id: the activity's id
 * @kind: what kind of activity it is
 * @date: the day it took place, `YYYY-MM-DD`
 *
 * Creates an activity.
 *
 * Returns: (transfer full): a new activity
 */
LianActivity *
lian_activity_new (const char       *id,
                   LianActivityKind  kind,
                   const char       *date)
{
  return g_object_new (LIAN_TYPE_ACTIVITY, "id", id, "kind", kind, "date", date, NULL);
}

/**
 * lian_activity_get_kind:
 * @self: an activity
 *
 * Gets what kind of activity it was.
 *
 * Returns: the kind
 */
LianActivityKind
lian_activity_get_kind (LianActivity *self)
{
  g_return_val_if_fail (LIAN_IS_ACTIVITY (self), LIAN_ACTIVITY_KIND_MEETING);

  return ACTIVITY_ROW (self)->kind;
}

/**
 * lian_activity_set_kind:
 * @self: an activity
 * @kind: the kind
 *
 * Sets what kind of activity it was.
 */
void
lian_activity_set_kind (LianActivity     *self,
                        LianActivityKind  kind)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTIVITY (self));

  if (ACTIVITY_ROW (self)->kind == kind)
    return;
  ACTIVITY_ROW (self)->kind = kind;
  lian_record_changed (LIAN_RECORD (self), props[PROP_KIND]);
}

/**
 * lian_activity_get_org_id:
 * @self: an activity
 *
 * Gets the id of the organisation that held it.
 *
 * Returns: (nullable): the id
 */
const char *
lian_activity_get_org_id (LianActivity *self)
{
  g_return_val_if_fail (LIAN_IS_ACTIVITY (self), NULL);

  return ACTIVITY_ROW (self)->org_id;
}

/**
 * lian_activity_set_org_id:
 * @self: an activity
 * @org_id: (nullable): the id of a [class@Lian.PartyOrg]
 *
 * Sets the organisation that held it.
 */
void
lian_activity_set_org_id (LianActivity *self,
                          const char   *org_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTIVITY (self));

  if (lian_str_set (&ACTIVITY_ROW (self)->org_id, org_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ORG_ID]);
}

/**
 * lian_activity_get_chain_id:
 * @self: an activity
 *
 * Gets the id of the chain it was for.
 *
 * Returns: (nullable): the id
 */
const char *
lian_activity_get_chain_id (LianActivity *self)
{
  g_return_val_if_fail (LIAN_IS_ACTIVITY (self), NULL);

  return ACTIVITY_ROW (self)->chain_id;
}

/**
 * lian_activity_set_chain_id:
 * @self: an activity
 * @chain_id: (nullable): the id of a [class@Lian.Chain]
 *
 * Sets the chain it was for.
 */
void
lian_activity_set_chain_id (LianActivity *self,
                            const char   *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTIVITY (self));

  if (lian_str_set_shared (&ACTIVITY_ROW (self)->chain_id, chain_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_ID]);
}

/**
 * lian_activity_get_date:
 * @self: an activity
 *
 * Gets the day it took place.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_activity_get_date (LianActivity *self)
{
  g_return_val_if_fail (LIAN_IS_ACTIVITY (self), NULL);

  return ACTIVITY_ROW (self)->date;
}

/**
 * lian_activity_set_date:
 * @self: an activity
 * @date: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day it took place. [method@Lian.Record.validate] checks it.
 */
void
lian_activity_set_date (LianActivity *self,
                        const char   *date)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTIVITY (self));

  if (lian_str_set_shared (&ACTIVITY_ROW (self)->date, date))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DATE]);
}

/**
 * lian_activity_get_participants:
 * @self: an activity
 *
 * Gets how many people took part.
 *
 * Returns: the number of participants
 */
guint
lian_activity_get_participants (LianActivity *self)
{
  g_return_val_if_fail (LIAN_IS_ACTIVITY (self), 0);

  return ACTIVITY_ROW (self)->participants;
}

/**
 * lian_activity_set_participants:
 * @self: an activity
 * @participants: the number of participants
 *
 * Sets how many people took part.
 */
void
lian_activity_set_participants (LianActivity *self,
                                guint         participants)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTIVITY (self));

  if (ACTIVITY_ROW (self)->participants == participants)
    return;
  ACTIVITY_ROW (self)->participants = participants;
  lian_record_changed (LIAN_RECORD (self), props[PROP_PARTICIPANTS]);
}
