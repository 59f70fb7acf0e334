/* lian-action-project.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-action-project-private.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-i18n-private.h"

/**
 * LianActionProject:
 *
 * An entry of the action-project list (行动项目清单): a project a party
 * organisation owns, bundling enterprises' needs with the service items that
 * answer them, followed until it is done. When it is done its outcomes are
 * counted: loans coordinated, talents brought in, bottleneck problems solved.
 *
 * ```python
 * project = Lian.ActionProject.new('prj-wx-iot', '物联网产业链金融赋能行动',
 *                                  'org-wx-iot-alliance')
 * project.add_need('need-wx-0001')
 * project.add_service('svc-wx-loan')
 * project.props.started = '2023-03-01'
 * project.finish('2023-11-30', 1_728_000_000, 300, 42)
 * ```
 */

G_DEFINE_FINAL_TYPE (LianActionProject, lian_action_project, LIAN_TYPE_RECORD)

GParamSpec *lian_action_project_props[LIAN_ACTION_PROJECT_N_PROPS];
#define props lian_action_project_props

static gboolean
check_loans (gint64   loans_yuan,
             GError **error)
{
  if (loans_yuan >= 0)
    return TRUE;
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
               _("loans_yuan: %lld is negative"), (long long) loans_yuan);
  return FALSE;
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianActionProjectRow *row = data;

  return lian_check_required ("name", row->head.name, error) &&
         lian_check_id_field ("owner_id", row->owner_id, TRUE, error) &&
         lian_check_id_list ("need_ids", lian_strv_get (row->need_ids), error) &&
         lian_check_id_list ("service_ids", lian_strv_get (row->service_ids), error) &&
         lian_check_date_field ("started", row->started, FALSE, error) &&
         lian_check_date_field ("due", row->due, FALSE, error) &&
         lian_check_date_field ("finished", row->finished, FALSE, error) &&
         lian_check_dates_ordered ("started", row->started, "due", row->due, error) &&
         lian_check_dates_ordered ("started", row->started, "finished", row->finished, error) &&
         check_loans (row->loans_yuan, error);
}

static void
lian_action_project_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LianActionProject *self = LIAN_ACTION_PROJECT (object);

  switch (prop_id)
    {
    case PROP_OWNER_ID:
      g_value_set_string (value, lian_action_project_get_owner_id (self));
      break;
    case PROP_NEED_IDS:
      g_value_set_boxed (value, lian_action_project_get_need_ids (self));
      break;
    case PROP_SERVICE_IDS:
      g_value_set_boxed (value, lian_action_project_get_service_ids (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, lian_action_project_get_status (self));
      break;
    case PROP_STARTED:
      g_value_set_string (value, lian_action_project_get_started (self));
      break;
    case PROP_DUE:
      g_value_set_string (value, lian_action_project_get_due (self));
      break;
    case PROP_FINISHED:
      g_value_set_string (value, lian_action_project_get_finished (self));
      break;
    case PROP_LOANS_YUAN:
      g_value_set_int64 (value, lian_action_project_get_loans_yuan (self));
      break;
    case PROP_TALENTS:
      g_value_set_uint (value, lian_action_project_get_talents (self));
      break;
    case PROP_PROBLEMS_SOLVED:
      g_value_set_uint (value, lian_action_project_get_problems_solved (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_action_project_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LianActionProject *self = LIAN_ACTION_PROJECT (object);

  switch (prop_id)
    {
    case PROP_OWNER_ID:
      lian_action_project_set_owner_id (self, g_value_get_string (value));
      break;
    case PROP_NEED_IDS:
      lian_action_project_set_need_ids (self, g_value_get_boxed (value));
      break;
    case PROP_SERVICE_IDS:
      lian_action_project_set_service_ids (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      lian_action_project_set_status (self, g_value_get_enum (value));
      break;
    case PROP_STARTED:
      lian_action_project_set_started (self, g_value_get_string (value));
      break;
    case PROP_DUE:
      lian_action_project_set_due (self, g_value_get_string (value));
      break;
    case PROP_FINISHED:
      lian_action_project_set_finished (self, g_value_get_string (value));
      break;
    case PROP_LOANS_YUAN:
      lian_action_project_set_loans_yuan (self, g_value_get_int64 (value));
      break;
    case PROP_TALENTS:
      lian_action_project_set_talents (self, g_value_get_uint (value));
      break;
    case PROP_PROBLEMS_SOLVED:
      lian_action_project_set_problems_solved (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry. */
/* A project lies where its owner does, and where each of its needs does. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianActionProjectRow, owner_id, "owner-id", "owner_id", ORGANIZATION,
                 LIAN_REF_REQUIRED | LIAN_REF_LOCATES),
  LIAN_REF_DECL (LianActionProjectRow, need_ids, "need-ids", "need_ids", NEED,
                 LIAN_REF_LIST | LIAN_REF_SPANS),
  LIAN_REF_DECL (LianActionProjectRow, service_ids, "service-ids", "service_ids", SERVICE,
                 LIAN_REF_LIST),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "owner_id", "need_ids", "service_ids", "status", "started", "due",
  "finished", "loans_yuan", "talents", "problems_solved", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianActionProjectRow, owner_id, OWN),
  LIAN_TEXT_DECL (LianActionProjectRow, need_ids, LIST),
  LIAN_TEXT_DECL (LianActionProjectRow, service_ids, LIST),
  LIAN_TEXT_DECL (LianActionProjectRow, started, SHARED),
  LIAN_TEXT_DECL (LianActionProjectRow, due, SHARED),
  LIAN_TEXT_DECL (LianActionProjectRow, finished, SHARED),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianActionProjectRow, status, ENUM),
  LIAN_FIELD_DECL (LianActionProjectRow, loans_yuan, INT64),
  LIAN_FIELD_DECL (LianActionProjectRow, talents, UINT),
  LIAN_FIELD_DECL (LianActionProjectRow, problems_solved, UINT),
};

static const LianKindDecl kind_decl = {
  "projects", members,
  refs, G_N_ELEMENTS (refs),
  .date = "started", .date_offset = G_STRUCT_OFFSET (LianActionProjectRow, started),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianActionProject, row),
  .row_size = G_SIZEOF_MEMBER (LianActionProject, row), .kind = LIAN_RECORD_KIND_PROJECT,
  .validate = validate_row,
};

static void
lian_action_project_class_init (LianActionProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_action_project_get_property;
  object_class->set_property = lian_action_project_set_property;

  record_class->kind = LIAN_RECORD_KIND_PROJECT;

  /**
   * LianActionProject:owner-id:
   *
   * The id of the [class@Lian.PartyOrg] that owns the project. Required.
   */
  props[PROP_OWNER_ID] =
    g_param_spec_string ("owner-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:need-ids:
   *
   * The ids of the [class@Lian.Need] records the project takes on, in the
   * order they were added, each once.
   */
  props[PROP_NEED_IDS] =
    g_param_spec_boxed ("need-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:service-ids:
   *
   * The ids of the [class@Lian.ServiceItem] records the project brings to
   * bear, in the order they were added, each once.
   */
  props[PROP_SERVICE_IDS] =
    g_param_spec_boxed ("service-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:status:
   *
   * Where the project stands. [method@Lian.ActionProject.finish] closes it
   * with its outcomes.
   */
  props[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LIAN_TYPE_PROJECT_STATUS,
                       LIAN_PROJECT_STATUS_PLANNED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:started:
   *
   * The day the project started, `YYYY-MM-DD`, if it has.
   */
  props[PROP_STARTED] =
    g_param_spec_string ("started", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:due:
   *
   * The day the project is to be done by, `YYYY-MM-DD`, if there is one.
   */
  props[PROP_DUE] =
    g_param_spec_string ("due", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:finished:
   *
   * The day the project was done, `YYYY-MM-DD`, once it is.
   */
  props[PROP_FINISHED] =
    g_param_spec_string ("finished", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:loans-yuan:
   *
   * The loans the project coordinated for enterprises, in yuan.
   *
   * It is never negative: as for [property@Lian.Need:amount-yuan], the
   * setter refuses a negative amount with a critical and keeps the one it
   * had.
   */
  props[PROP_LOANS_YUAN] =
    g_param_spec_int64 ("loans-yuan", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:talents:
   *
   * How many talents the project brought in.
   */
  props[PROP_TALENTS] =
    g_param_spec_uint ("talents", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianActionProject:problems-solved:
   *
   * How many bottleneck problems the project solved.
   */
  props[PROP_PROBLEMS_SOLVED] =
    g_param_spec_uint ("problems-solved", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, LIAN_ACTION_PROJECT_N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_action_project_init (LianActionProject *self)
{
  ACTION_PROJECT_ROW (self)->status = LIAN_PROJECT_STATUS_PLANNED;
}

/**
 * lian_action_project_new:
 * @id: the project's id
 * @name: (nullable): the project's name
 * @owner_id: (nullable): the id of the [class@Lian.PartyOrg] that owns it
 *
 * Creates an action project, planned.
 *
 * Returns: (transfer full): a new action project
 */
LianActionProject *
lian_action_project_new (const char *id,
                         const char *name,
                         const char *owner_id)
{
  return g_object_new (LIAN_TYPE_ACTION_PROJECT,
                       "id", id, "name", name, "owner-id", owner_id, NULL);
}

/**
 * lian_action_project_get_owner_id:
 * @self: an action project
 *
 * Gets the id of the organisation that owns the project.
 *
 * Returns: (nullable): the id
 */
const char *
lian_action_project_get_owner_id (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), NULL);

  return ACTION_PROJECT_ROW (self)->owner_id;
}

/**
 * lian_action_project_set_owner_id:
 * @self: an action project
 * @owner_id: (nullable): the id of a [class@Lian.PartyOrg]
 *
 * Sets the organisation that owns the project.
 */
void
lian_action_project_set_owner_id (LianActionProject *self,
                                  const char        *owner_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (lian_str_set (&ACTION_PROJECT_ROW (self)->owner_id, owner_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_OWNER_ID]);
}

/**
 * lian_action_project_get_status:
 * @self: an action project
 *
 * Gets where the project stands.
 *
 * Returns: the status
 */
LianProjectStatus
lian_action_project_get_status (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), LIAN_PROJECT_STATUS_PLANNED);

  return ACTION_PROJECT_ROW (self)->status;
}

/**
 * lian_action_project_set_status:
 * @self: an action project
 * @status: the status
 *
 * Sets where the project stands, as a document records it. To close a
 * project with its outcomes, use [method@Lian.ActionProject.finish].
 */
void
lian_action_project_set_status (LianActionProject *self,
                                LianProjectStatus  status)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (ACTION_PROJECT_ROW (self)->status == status)
    return;
  ACTION_PROJECT_ROW (self)->status = status;
  lian_record_changed (LIAN_RECORD (self), props[PROP_STATUS]);
}

/**
 * lian_action_project_get_started:
 * @self: an action project
 *
 * Gets the day the project started.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_action_project_get_started (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), NULL);

  return ACTION_PROJECT_ROW (self)->started;
}

/**
 * lian_action_project_set_started:
 * @self: an action project
 * @started: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day the project started. [method@Lian.Record.validate] checks it.
 */
void
lian_action_project_set_started (LianActionProject *self,
                                 const char        *started)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (lian_str_set_shared (&ACTION_PROJECT_ROW (self)->started, started))
    lian_record_changed (LIAN_RECORD (self), props[PROP_STARTED]);
}

/**
 * lian_action_project_get_due:
 * @self: an action project
 *
 * Gets the day the project is to be done by.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_action_project_get_due (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), NULL);

  return ACTION_PROJECT_ROW (self)->due;
}

/**
 * lian_action_project_set_due:
 * @self: an action project
 * @due: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day the project is to be done by. [method@Lian.Record.validate]
 * checks it.
 */
void
lian_action_project_set_due (LianActionProject *self,
                             const char        *due)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (lian_str_set_shared (&ACTION_PROJECT_ROW (self)->due, due))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DUE]);
}

/**
 * lian_action_project_get_finished:
 * @self: an action project
 *
 * Gets the day the project was done.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_action_project_get_finished (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), NULL);

  return ACTION_PROJECT_ROW (self)->finished;
}

/**
 * lian_action_project_set_finished:
 * @self: an action project
 * @finished: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day the project was done. [method@Lian.Record.validate] checks
 * it.
 */
void
lian_action_project_set_finished (LianActionProject *self,
                                  const char        *finished)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (lian_str_set_shared (&ACTION_PROJECT_ROW (self)->finished, finished))
    lian_record_changed (LIAN_RECORD (self), props[PROP_FINISHED]);
}

/**
 * lian_action_project_get_loans_yuan:
 * @self: an action project
 *
 * Gets the loans the project coordinated.
 *
 * Returns: the amount, in yuan
 */
gint64
lian_action_project_get_loans_yuan (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), 0);

  return ACTION_PROJECT_ROW (self)->loans_yuan;
}

/**
 * lian_action_project_set_loans_yuan:
 * @self: an action project
 * @loans_yuan: the amount, in yuan; not negative
 *
 * Sets the loans the project coordinated.
 */
void
lian_action_project_set_loans_yuan (LianActionProject *self,
                                    gint64             loans_yuan)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));
  g_return_if_fail (loans_yuan >= 0);

  if (ACTION_PROJECT_ROW (self)->loans_yuan == loans_yuan)
    return;
  ACTION_PROJECT_ROW (self)->loans_yuan = loans_yuan;
  lian_record_changed (LIAN_RECORD (self), props[PROP_LOANS_YUAN]);
}

/**
 * lian_action_project_get_talents:
 * @self: an action project
 *
 * Gets how many talents the project brought in.
 *
 * Returns: the number of talents
 */
guint
lian_action_project_get_talents (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), 0);

  return ACTION_PROJECT_ROW (self)->talents;
}

/**
 * lian_action_project_set_talents:
 * @self: an action project
 * @talents: the number of talents
 *
 * Sets how many talents the project brought in.
 */
void
lian_action_project_set_talents (LianActionProject *self,
                                 guint              talents)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (ACTION_PROJECT_ROW (self)->talents == talents)
    return;
  ACTION_PROJECT_ROW (self)->talents = talents;
  lian_record_changed (LIAN_RECORD (self), props[PROP_TALENTS]);
}

/**
 * lian_action_project_get_problems_solved:
 * @self: an action project
 *
 * Gets how many bottleneck problems the project solved.
 *
 * Returns: the number of problems
 */
guint
lian_action_project_get_problems_solved (LianActionProject *self)
{
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), 0);

  return ACTION_PROJECT_ROW (self)->problems_solved;
}

/**
 * lian_action_project_set_problems_solved:
 * @self: an action project
 * @problems_solved: the number of problems
 *
 * Sets how many bottleneck problems the project solved.
 */
void
lian_action_project_set_problems_solved (LianActionProject *self,
                                         guint              problems_solved)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTION_PROJECT (self));

  if (ACTION_PROJECT_ROW (self)->problems_solved == problems_solved)
    return;
  ACTION_PROJECT_ROW (self)->problems_solved = problems_solved;
  lian_record_changed (LIAN_RECORD (self), props[PROP_PROBLEMS_SOLVED]);
}

/**
 * lian_action_project_finish:
 * @self: an action project
 * @finished: the day it was done, `YYYY-MM-DD`
 * @loans_yuan: the loans it coordinated, in yuan
 * @talents: how many talents it brought in
 * @problems_solved: how many bottleneck problems it solved
 * @error: return location for a [error@Lian.DataError] or
 *   [error@Lian.RegistryError]
 *
 * Closes the project with its outcomes: its status becomes
 * `LIAN_PROJECT_STATUS_DONE`, and [property@Lian.ActionProject:finished],
 * [property@Lian.ActionProject:loans-yuan],
 * [property@Lian.ActionProject:talents] and
 * [property@Lian.ActionProject:problems-solved] take the values given. Each
 * property that changes is notified once, after all of them are set. On an
 * error nothing changes. On a project a registry holds, the registry checks
 * the change as it checks every change, and its refusal (a conflict in a
 * store, say) comes back in @error.
 *
 * Returns: true if the project was closed; false with
 *   `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` if it is already done or cancelled,
 *   `LIAN_DATA_ERROR_INVALID_DATE` if @finished is not a date or comes before
 *   [property@Lian.ActionProject:started], `LIAN_DATA_ERROR_OUT_OF_RANGE` if
 *   @loans_yuan is negative
 */
gboolean
lian_action_project_finish (LianActionProject  *self,
                            const char         *finished,
                            gint64              loans_yuan,
                            guint               talents,
                            guint               problems_solved,
                            GError            **error)
{
  LIAN_RECORD_CHANGE_SCOPE (self);

  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (finished != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ACTION_PROJECT_ROW (self)->status == LIAN_PROJECT_STATUS_DONE ||
      ACTION_PROJECT_ROW (self)->status == LIAN_PROJECT_STATUS_CANCELLED)
    {
      g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
                           ACTION_PROJECT_ROW (self)->status == LIAN_PROJECT_STATUS_DONE
                           ? _("status: the project is already done")
                           : _("status: the project is already cancelled"));
      return FALSE;
    }
  if (!lian_date_check_field ("finished", finished, error))
    return FALSE;
  /* A malformed start is validate()'s to report, not an order to compare. */
  if (lian_date_is_valid (ACTION_PROJECT_ROW (self)->started) &&
      !lian_check_dates_ordered ("started", ACTION_PROJECT_ROW (self)->started,
                                 "finished", finished, error))
    return FALSE;
  if (!check_loans (loans_yuan, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  lian_action_project_set_status (self, LIAN_PROJECT_STATUS_DONE);
  lian_action_project_set_finished (self, finished);
  lian_action_project_set_loans_yuan (self, loans_yuan);
  lian_action_project_set_talents (self, talents);
  lian_action_project_set_problems_solved (self, problems_solved);
  g_object_thaw_notify (G_OBJECT (self));

  return LIAN_RECORD_CHANGE_FINISH (error);
}

/**
 * lian_action_project_is_overdue:
 * @self: an action project
 * @today: the day to judge on, `YYYY-MM-DD`
 *
 * Whether the project is past its due day and still open: neither done nor
 * cancelled, with a [property@Lian.ActionProject:due] day before @today.
 *
 * Returns: true if the project is overdue on @today
 */
gboolean
lian_action_project_is_overdue (LianActionProject *self,
                                const char        *today)
{
  gint32 due_day;

  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (self), FALSE);
  g_return_val_if_fail (lian_date_is_valid (today), FALSE);

  if (ACTION_PROJECT_ROW (self)->status == LIAN_PROJECT_STATUS_DONE ||
      ACTION_PROJECT_ROW (self)->status == LIAN_PROJECT_STATUS_CANCELLED)
    return FALSE;
  due_day = lian_date_to_day (ACTION_PROJECT_ROW (self)->due);
  if (due_day == LIAN_DAY_INVALID)
    return FALSE;
  return due_day < lian_date_to_day (today);
}
