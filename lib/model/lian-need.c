/* lian-need.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-need.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-enums-private.h"
#include "lian-i18n-private.h"

/**
 * LianNeed:
 *
 * Something an enterprise asked for (企业需求): a loan, land, a technology
 * problem, talent. An organisation takes it on (分级转办) and works it to a
 * resolution by a date (限时处置).
 *
 * Its [property@Lian.Need:status] moves only through
 * [method@Lian.Need.transition], along the moves [enum@Lian.NeedStatus]
 * lists; each move is appended to its history as a [struct@Lian.NeedEvent].
 *
 * ```js
 * const need = new Lian.Need({
 *     id: 'need-1', enterprise_id: 'ent-1', title: '流动资金贷款',
 *     category: Lian.NeedCategory.FINANCING, amount_yuan: 5000000,
 * });
 * need.transition(Lian.NeedStatus.ACCEPTED, 'org-wx-alliance', '已转办', null);
 * need.transition(Lian.NeedStatus.RESOLVED, 'org-wx-alliance', '已放款', null);
 * need.get_history().length;   // 2
 * ```
 */

struct _LianNeed
{
  LianRecord parent_instance;

  char *enterprise_id;
  char *chain_id;
  LianNeedCategory category;
  char *title;
  char *description;
  gboolean bottleneck;
  gint64 amount_yuan;
  LianNeedStatus status;
  gint32 days_to_resolve;  /* from submitted and resolved, kept as they change */
  char *assignee_id;
  char *due;
  char *submitted;
  char *resolved;
  GStrv service_ids;
  char *project_id;
  GPtrArray *history;
};

G_DEFINE_FINAL_TYPE (LianNeed, lian_need, LIAN_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_CHAIN_ID,
  PROP_CATEGORY,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_BOTTLENECK,
  PROP_AMOUNT_YUAN,
  PROP_STATUS,
  PROP_ASSIGNEE_ID,
  PROP_DUE,
  PROP_SUBMITTED,
  PROP_RESOLVED,
  PROP_SERVICE_IDS,
  PROP_PROJECT_ID,
  PROP_N_EVENTS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* For each status, the set of statuses it may move to (bit s for status s). */
static const guint allowed_moves[] = {
  [LIAN_NEED_STATUS_SUBMITTED] = 1 << LIAN_NEED_STATUS_ACCEPTED |
                                 1 << LIAN_NEED_STATUS_CLOSED,
  [LIAN_NEED_STATUS_ACCEPTED] = 1 << LIAN_NEED_STATUS_IN_PROGRESS |
                                1 << LIAN_NEED_STATUS_RESOLVED |
                                1 << LIAN_NEED_STATUS_CLOSED,
  [LIAN_NEED_STATUS_IN_PROGRESS] = 1 << LIAN_NEED_STATUS_RESOLVED |
                                   1 << LIAN_NEED_STATUS_CLOSED,
  [LIAN_NEED_STATUS_RESOLVED] = 1 << LIAN_NEED_STATUS_IN_PROGRESS,
  [LIAN_NEED_STATUS_CLOSED] = 1 << LIAN_NEED_STATUS_IN_PROGRESS,
};

static gboolean
check_amount (const char  *field,
              gint64       amount,
              GError     **error)
{
  if (amount >= 0)
    return TRUE;
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
               _("%s: %lld is negative"), field, (long long) amount);
  return FALSE;
}

static gboolean
lian_need_validate (LianRecord  *record,
                    GError     **error)
{
  LianNeed *self = LIAN_NEED (record);

  return LIAN_RECORD_CLASS (lian_need_parent_class)->validate (record, error) &&
         lian_check_id_field ("enterprise_id", self->enterprise_id, TRUE, error) &&
         lian_check_id_field ("chain_id", self->chain_id, FALSE, error) &&
         lian_check_required ("title", self->title, error) &&
         check_amount ("amount_yuan", self->amount_yuan, error) &&
         lian_check_id_field ("assignee_id", self->assignee_id, FALSE, error) &&
         lian_check_date_field ("due", self->due, FALSE, error) &&
         lian_check_date_field ("submitted", self->submitted, FALSE, error) &&
         lian_check_date_field ("resolved", self->resolved, FALSE, error) &&
         lian_check_dates_ordered ("submitted", self->submitted,
                                   "resolved", self->resolved, error) &&
         lian_check_id_list ("service_ids", lian_strv_get (self->service_ids), error) &&
         lian_check_id_field ("project_id", self->project_id, FALSE, error);
}

static void
lian_need_finalize (GObject *object)
{
  LianNeed *self = LIAN_NEED (object);

  g_free (self->enterprise_id);
  lian_str_free_shared (self->chain_id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->assignee_id);
  lian_str_free_shared (self->due);
  lian_str_free_shared (self->submitted);
  lian_str_free_shared (self->resolved);
  g_strfreev (self->service_ids);
  g_free (self->project_id);
  g_ptr_array_unref (self->history);

  G_OBJECT_CLASS (lian_need_parent_class)->finalize (object);
}

static void
lian_need_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LianNeed *self = LIAN_NEED (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_string (value, lian_need_get_enterprise_id (self));
      break;
    case PROP_CHAIN_ID:
      g_value_set_string (value, lian_need_get_chain_id (self));
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, lian_need_get_category (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, lian_need_get_title (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, lian_need_get_description (self));
      break;
    case PROP_BOTTLENECK:
      g_value_set_boolean (value, lian_need_get_bottleneck (self));
      break;
    case PROP_AMOUNT_YUAN:
      g_value_set_int64 (value, lian_need_get_amount_yuan (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, lian_need_get_status (self));
      break;
    case PROP_ASSIGNEE_ID:
      g_value_set_string (value, lian_need_get_assignee_id (self));
      break;
    case PROP_DUE:
      g_value_set_string (value, lian_need_get_due (self));
      break;
    case PROP_SUBMITTED:
      g_value_set_string (value, lian_need_get_submitted (self));
      break;
    case PROP_RESOLVED:
      g_value_set_string (value, lian_need_get_resolved (self));
      break;
    case PROP_SERVICE_IDS:
      g_value_set_boxed (value, lian_need_get_service_ids (self));
      break;
    case PROP_PROJECT_ID:
      g_value_set_string (value, lian_need_get_project_id (self));
      break;
    case PROP_N_EVENTS:
      g_value_set_uint (value, lian_need_get_n_events (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_need_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LianNeed *self = LIAN_NEED (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      lian_need_set_enterprise_id (self, g_value_get_string (value));
      break;
    case PROP_CHAIN_ID:
      lian_need_set_chain_id (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY:
      lian_need_set_category (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      lian_need_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      lian_need_set_description (self, g_value_get_string (value));
      break;
    case PROP_BOTTLENECK:
      lian_need_set_bottleneck (self, g_value_get_boolean (value));
      break;
    case PROP_AMOUNT_YUAN:
      lian_need_set_amount_yuan (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      /* Construct-only: afterwards only lian_need_transition() moves it. */
      self->status = g_value_get_enum (value);
      break;
    case PROP_ASSIGNEE_ID:
      lian_need_set_assignee_id (self, g_value_get_string (value));
      break;
    case PROP_DUE:
      lian_need_set_due (self, g_value_get_string (value));
      break;
    case PROP_SUBMITTED:
      lian_need_set_submitted (self, g_value_get_string (value));
      break;
    case PROP_RESOLVED:
      lian_need_set_resolved (self, g_value_get_string (value));
      break;
    case PROP_SERVICE_IDS:
      lian_need_set_service_ids (self, g_value_get_boxed (value));
      break;
    case PROP_PROJECT_ID:
      lian_need_set_project_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void lian_need_copy_state (LianRecord *dst,
                                  LianRecord *src);

static void
lian_need_class_init (LianNeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->finalize = lian_need_finalize;
  object_class->get_property = lian_need_get_property;
  object_class->set_property = lian_need_set_property;

  record_class->kind = LIAN_RECORD_KIND_NEED;
  record_class->validate = lian_need_validate;
  lian_record_class_set_copy_func (klass, lian_need_copy_state);

  /**
   * LianNeed:enterprise-id:
   *
   * The id of the [class@Lian.Enterprise] that has the need. Required.
   */
  props[PROP_ENTERPRISE_ID] =
    g_param_spec_string ("enterprise-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:chain-id:
   *
   * The id of the [class@Lian.Chain] the need arose on, if any.
   */
  props[PROP_CHAIN_ID] =
    g_param_spec_string ("chain-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:category:
   *
   * What the need is about.
   */
  props[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, LIAN_TYPE_NEED_CATEGORY,
                       LIAN_NEED_CATEGORY_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:title:
   *
   * The need in a few words. Required.
   */
  props[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:description:
   *
   * The need at length.
   */
  props[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:bottleneck:
   *
   * Whether the need is a chokepoint problem (卡脖子): a technology or a
   * supply the chain cannot do without and cannot yet get.
   */
  props[PROP_BOTTLENECK] =
    g_param_spec_boolean ("bottleneck", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:amount-yuan:
   *
   * The money involved, in whole yuan: the loan asked for, the investment
   * sought. 0 when none.
   *
   * It is never negative. Setting a negative amount is a programming error,
   * refused by [method@Lian.Need.set_amount_yuan] with a critical (fatal
   * under `G_DEBUG=fatal-criticals`) and the amount left as it was; the
   * property's range admits negative values only so that the setter, not
   * GObject's range warning, is the one to refuse them. Data read from a
   * file is checked with an error instead.
   */
  props[PROP_AMOUNT_YUAN] =
    g_param_spec_int64 ("amount-yuan", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:status:
   *
   * Where the need stands. It may be given at construction, so that a
   * loader can restore a need in any state; afterwards only
   * [method@Lian.Need.transition] changes it.
   */
  props[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LIAN_TYPE_NEED_STATUS,
                       LIAN_NEED_STATUS_SUBMITTED,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:assignee-id:
   *
   * The id of the [class@Lian.PartyOrg] the need was handed to (分级转办),
   * if any.
   */
  props[PROP_ASSIGNEE_ID] =
    g_param_spec_string ("assignee-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:due:
   *
   * The day by which it is to be dealt with (限时处置), `YYYY-MM-DD`.
   */
  props[PROP_DUE] =
    g_param_spec_string ("due", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:submitted:
   *
   * The day the enterprise reported it, `YYYY-MM-DD`.
   */
  props[PROP_SUBMITTED] =
    g_param_spec_string ("submitted", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:resolved:
   *
   * The day it was resolved, `YYYY-MM-DD`. [method@Lian.Need.transition]
   * sets it on a move to resolved and clears it on a reopening.
   */
  props[PROP_RESOLVED] =
    g_param_spec_string ("resolved", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:service-ids:
   *
   * The ids of the [class@Lian.ServiceItem]s linked to the need, in the
   * order they were linked.
   */
  props[PROP_SERVICE_IDS] =
    g_param_spec_boxed ("service-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:project-id:
   *
   * The id of the [class@Lian.ActionProject] working on the need, if any.
   */
  props[PROP_PROJECT_ID] =
    g_param_spec_string ("project-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianNeed:n-events:
   *
   * How many events the history holds. It is notified whenever the history
   * grows; [method@Lian.Need.get_history] gives the events.
   */
  props[PROP_N_EVENTS] =
    g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

/* Counts the days to resolve again after a date changed; always true, to
 * go on with the change. */
static gboolean
update_days (LianNeed *self)
{
  gint32 submitted = lian_date_to_day (self->submitted);
  gint32 resolved = lian_date_to_day (self->resolved);

  self->days_to_resolve = submitted == LIAN_DAY_INVALID || resolved == LIAN_DAY_INVALID ||
                          resolved < submitted ? -1 : resolved - submitted;
  return TRUE;
}

/* What set_property cannot put back: the status and the history. */
static void
lian_need_copy_state (LianRecord *dst,
                      LianRecord *src)
{
  LianNeed *to = LIAN_NEED (dst), *from = LIAN_NEED (src);

  to->status = from->status;
  g_ptr_array_set_size (to->history, 0);
  for (guint i = 0; i < from->history->len; i++)
    g_ptr_array_add (to->history, lian_need_event_ref (from->history->pdata[i]));
  update_days (to);
}

static void
lian_need_init (LianNeed *self)
{
  self->category = LIAN_NEED_CATEGORY_OTHER;
  self->status = LIAN_NEED_STATUS_SUBMITTED;
  self->days_to_resolve = -1;
  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
}

/**
 * lian_need_new:
 * @id: the need's id
 * @enterprise_id: the id of the enterprise that has it
 * @category: what it is about
 * @title: the need in a few words
 *
 * Creates a need, submitted.
 *
 * Returns: (transfer full): a new need
 */
LianNeed *
lian_need_new (const char       *id,
               const char       *enterprise_id,
               LianNeedCategory  category,
               const char       *title)
{
  return g_object_new (LIAN_TYPE_NEED,
                       "id", id,
                       "enterprise-id", enterprise_id,
                       "category", category,
                       "title", title,
                       NULL);
}


/**
 * lian_need_get_enterprise_id:
 * @self: a need
 *
 * Gets the id of the enterprise that has the need.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_enterprise_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->enterprise_id;
}

/**
 * lian_need_set_enterprise_id:
 * @self: a need
 * @enterprise_id: (nullable): the id of a [class@Lian.Enterprise]
 *
 * Sets the enterprise that has the need.
 */
void
lian_need_set_enterprise_id (LianNeed   *self,
                             const char *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set (&self->enterprise_id, enterprise_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ENTERPRISE_ID]);
}

/**
 * lian_need_get_chain_id:
 * @self: a need
 *
 * Gets the id of the chain the need arose on.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_chain_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->chain_id;
}

/**
 * lian_need_set_chain_id:
 * @self: a need
 * @chain_id: (nullable): the id of a [class@Lian.Chain]
 *
 * Sets the chain the need arose on.
 */
void
lian_need_set_chain_id (LianNeed   *self,
                        const char *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set_shared (&self->chain_id, chain_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_ID]);
}

/**
 * lian_need_get_category:
 * @self: a need
 *
 * Gets what the need is about.
 *
 * Returns: the category
 */
LianNeedCategory
lian_need_get_category (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), LIAN_NEED_CATEGORY_OTHER);

  return self->category;
}

/**
 * lian_need_set_category:
 * @self: a need
 * @category: the category
 *
 * Sets what the need is about.
 */
void
lian_need_set_category (LianNeed         *self,
                        LianNeedCategory  category)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (self->category == category)
    return;
  self->category = category;
  lian_record_changed (LIAN_RECORD (self), props[PROP_CATEGORY]);
}

/**
 * lian_need_get_title:
 * @self: a need
 *
 * Gets the need in a few words.
 *
 * Returns: (nullable): the title
 */
const char *
lian_need_get_title (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->title;
}

/**
 * lian_need_set_title:
 * @self: a need
 * @title: (nullable): the title
 *
 * Sets the need in a few words.
 */
void
lian_need_set_title (LianNeed   *self,
                     const char *title)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set (&self->title, title))
    lian_record_changed (LIAN_RECORD (self), props[PROP_TITLE]);
}

/**
 * lian_need_get_description:
 * @self: a need
 *
 * Gets the need at length.
 *
 * Returns: (nullable): the description
 */
const char *
lian_need_get_description (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->description;
}

/**
 * lian_need_set_description:
 * @self: a need
 * @description: (nullable): the description
 *
 * Sets the need at length.
 */
void
lian_need_set_description (LianNeed   *self,
                           const char *description)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set (&self->description, description))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DESCRIPTION]);
}

/**
 * lian_need_get_bottleneck:
 * @self: a need
 *
 * Gets whether the need is a chokepoint problem (卡脖子).
 *
 * Returns: true if it is
 */
gboolean
lian_need_get_bottleneck (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);

  return self->bottleneck;
}

/**
 * lian_need_set_bottleneck:
 * @self: a need
 * @bottleneck: whether it is a chokepoint problem
 *
 * Sets whether the need is a chokepoint problem (卡脖子).
 */
void
lian_need_set_bottleneck (LianNeed *self,
                          gboolean  bottleneck)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  bottleneck = !!bottleneck;
  if (self->bottleneck == bottleneck)
    return;
  self->bottleneck = bottleneck;
  lian_record_changed (LIAN_RECORD (self), props[PROP_BOTTLENECK]);
}

/**
 * lian_need_get_amount_yuan:
 * @self: a need
 *
 * Gets the money involved, in whole yuan.
 *
 * Returns: the amount
 */
gint64
lian_need_get_amount_yuan (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), 0);

  return self->amount_yuan;
}

/**
 * lian_need_set_amount_yuan:
 * @self: a need
 * @amount_yuan: the amount in whole yuan, not negative
 *
 * Sets the money involved. A negative @amount_yuan is a programming error:
 * a critical, and the amount stays as it was.
 */
void
lian_need_set_amount_yuan (LianNeed *self,
                           gint64    amount_yuan)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));
  g_return_if_fail (amount_yuan >= 0);

  if (self->amount_yuan == amount_yuan)
    return;
  self->amount_yuan = amount_yuan;
  lian_record_changed (LIAN_RECORD (self), props[PROP_AMOUNT_YUAN]);
}

/**
 * lian_need_get_status:
 * @self: a need
 *
 * Gets where the need stands. [method@Lian.Need.transition] moves it.
 *
 * Returns: the status
 */
LianNeedStatus
lian_need_get_status (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), LIAN_NEED_STATUS_SUBMITTED);

  return self->status;
}

/**
 * lian_need_get_assignee_id:
 * @self: a need
 *
 * Gets the id of the organisation the need was handed to.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_assignee_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->assignee_id;
}

/**
 * lian_need_set_assignee_id:
 * @self: a need
 * @assignee_id: (nullable): the id of a [class@Lian.PartyOrg]
 *
 * Hands the need to an organisation (分级转办).
 */
void
lian_need_set_assignee_id (LianNeed   *self,
                           const char *assignee_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set (&self->assignee_id, assignee_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ASSIGNEE_ID]);
}

/**
 * lian_need_get_due:
 * @self: a need
 *
 * Gets the day by which the need is to be dealt with.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_need_get_due (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->due;
}

/**
 * lian_need_set_due:
 * @self: a need
 * @due: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day by which the need is to be dealt with (限时处置).
 * [method@Lian.Record.validate] checks it.
 */
void
lian_need_set_due (LianNeed   *self,
                   const char *due)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set_shared (&self->due, due))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DUE]);
}

/**
 * lian_need_get_submitted:
 * @self: a need
 *
 * Gets the day the enterprise reported the need.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_need_get_submitted (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->submitted;
}

/**
 * lian_need_set_submitted:
 * @self: a need
 * @submitted: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day the enterprise reported the need.
 * [method@Lian.Record.validate] checks it.
 */
void
lian_need_set_submitted (LianNeed   *self,
                         const char *submitted)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set_shared (&self->submitted, submitted) && update_days (self))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SUBMITTED]);
}

/**
 * lian_need_get_resolved:
 * @self: a need
 *
 * Gets the day the need was resolved.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_need_get_resolved (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->resolved;
}

/**
 * lian_need_set_resolved:
 * @self: a need
 * @resolved: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day the need was resolved, as a loader restoring a saved need
 * does; [method@Lian.Need.transition] keeps it up to date otherwise.
 * [method@Lian.Record.validate] checks it.
 */
void
lian_need_set_resolved (LianNeed   *self,
                        const char *resolved)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set_shared (&self->resolved, resolved) && update_days (self))
    lian_record_changed (LIAN_RECORD (self), props[PROP_RESOLVED]);
}

/**
 * lian_need_get_service_ids:
 * @self: a need
 *
 * Gets the ids of the service items linked to the need.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly empty
 */
const char * const *
lian_need_get_service_ids (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return lian_strv_get (self->service_ids);
}

/**
 * lian_need_set_service_ids:
 * @self: a need
 * @service_ids: (nullable) (array zero-terminated=1): the ids of
 *   [class@Lian.ServiceItem]s
 *
 * Replaces the service items linked to the need.
 */
void
lian_need_set_service_ids (LianNeed           *self,
                           const char * const *service_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_strv_set (&self->service_ids, service_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
}

/**
 * lian_need_add_service:
 * @self: a need
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Links a service item to the need, after those already linked.
 *
 * Returns: true if it was added; false if it was already linked
 */
gboolean
lian_need_add_service (LianNeed   *self,
                       const char *service_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (!lian_strv_add (&self->service_ids, service_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
  return TRUE;
}

/**
 * lian_need_remove_service:
 * @self: a need
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Unlinks a service item from the need.
 *
 * Returns: true if it was removed; false if it was not linked
 */
gboolean
lian_need_remove_service (LianNeed   *self,
                          const char *service_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (!lian_strv_remove (&self->service_ids, service_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SERVICE_IDS]);
  return TRUE;
}

/**
 * lian_need_has_service:
 * @self: a need
 * @service_id: the id of a [class@Lian.ServiceItem]
 *
 * Whether a service item is linked to the need.
 *
 * Returns: true if it is
 */
gboolean
lian_need_has_service (LianNeed   *self,
                       const char *service_id)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  return g_strv_contains (lian_strv_get (self->service_ids), service_id);
}

/**
 * lian_need_get_project_id:
 * @self: a need
 *
 * Gets the id of the action project working on the need.
 *
 * Returns: (nullable): the id
 */
const char *
lian_need_get_project_id (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->project_id;
}

/**
 * lian_need_set_project_id:
 * @self: a need
 * @project_id: (nullable): the id of a [class@Lian.ActionProject]
 *
 * Sets the action project working on the need.
 */
void
lian_need_set_project_id (LianNeed   *self,
                          const char *project_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));

  if (lian_str_set (&self->project_id, project_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PROJECT_ID]);
}

/**
 * lian_need_get_n_events:
 * @self: a need
 *
 * Gets how many events the need's history holds.
 *
 * Returns: the number of events
 */
guint
lian_need_get_n_events (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), 0);

  return self->history->len;
}

/**
 * lian_need_get_history:
 * @self: a need
 *
 * Gets the moves the need went through, oldest first. The array belongs to
 * the need and grows with it: do not change it.
 *
 * Returns: (transfer none) (element-type LianNeedEvent): the events,
 *   possibly none
 */
GPtrArray *
lian_need_get_history (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), NULL);

  return self->history;
}

/**
 * lian_need_append_event:
 * @self: a need
 * @event: an event
 *
 * Appends @event to the need's history as it is, without checking it
 * against the status machine and without changing the status: this is for
 * loaders restoring a saved history. [method@Lian.Need.transition] is the
 * way to move a need.
 */
void
lian_need_append_event (LianNeed      *self,
                        LianNeedEvent *event)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_NEED (self));
  g_return_if_fail (event != NULL);

  g_ptr_array_add (self->history, lian_need_event_ref (event));
  lian_record_changed (LIAN_RECORD (self), props[PROP_N_EVENTS]);
}

/**
 * lian_need_is_move_allowed:
 * @from: the status a need is in
 * @to: the status it would move to
 *
 * Whether the status machine allows a need to move from @from to @to:
 * submitted → accepted or closed; accepted → in-progress, resolved or
 * closed; in-progress → resolved or closed; resolved or closed →
 * in-progress (a reopening). Staying put is not a move.
 *
 * Returns: true if the move is allowed
 */
gboolean
lian_need_is_move_allowed (LianNeedStatus from,
                           LianNeedStatus to)
{
  g_return_val_if_fail ((guint) from <= LIAN_NEED_STATUS_CLOSED, FALSE);
  g_return_val_if_fail ((guint) to <= LIAN_NEED_STATUS_CLOSED, FALSE);

  return (allowed_moves[from] & (1u << to)) != 0;
}

static void
set_illegal_move_error (GError         **error,
                        LianNeedStatus   from,
                        LianNeedStatus   to)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    if (allowed_moves[from] & (1u << s))
      {
        if (allowed->len)
          g_string_append (allowed, _(", "));
        g_string_append (allowed, lian_enum_word (LIAN_TYPE_NEED_STATUS, s));
      }
  /* TRANSLATORS: the statuses are nicks in English (in-progress), labels
   * in Chinese (办理中) */
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
               _("status: cannot move from %s to %s; allowed: %s"),
               lian_enum_word (LIAN_TYPE_NEED_STATUS, from),
               lian_enum_word (LIAN_TYPE_NEED_STATUS, to), allowed->str);
}

/**
 * lian_need_transition:
 * @self: a need
 * @status: the status to move to
 * @actor_id: (nullable): the id of who moves it: a person or an organisation
 * @note: (nullable): why, in words; required to reopen a need
 * @when: (nullable): when the move happens, or `NULL` for now in the local
 *   time zone
 * @error: return location for a [error@Lian.DataError]
 *
 * Moves the need to @status, if [func@Lian.Need.is_move_allowed] allows it,
 * and appends the move to its history. A move to resolved sets
 * [property@Lian.Need:resolved] to the date of @when in its own time zone;
 * reopening a resolved or closed need takes a note and clears it.
 *
 * Each property that changed is notified once, [property@Lian.Need:n-events]
 * included. On an error nothing changes.
 *
 * ```python
 * need.transition(Lian.NeedStatus.ACCEPTED, 'org-1', '转县工信局', None)
 * ```
 *
 * Returns: true if the need moved; false with
 *   `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` for a move the status machine does
 *   not allow (the message lists those it does), `LIAN_DATA_ERROR_MISSING`
 *   for a reopening without a note, or `LIAN_DATA_ERROR_INVALID_DATE` for a
 *   resolution dated before [property@Lian.Need:submitted]
 */
gboolean
lian_need_transition (LianNeed        *self,
                      LianNeedStatus   status,
                      const char      *actor_id,
                      const char      *note,
                      GDateTime       *when,
                      GError         **error)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *resolved = NULL;
  gboolean reopening;
  gboolean resolved_changed = FALSE;

  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);
  g_return_val_if_fail ((guint) status <= LIAN_NEED_STATUS_CLOSED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lian_need_is_move_allowed (self->status, status))
    {
      set_illegal_move_error (error, self->status, status);
      return FALSE;
    }
  reopening = self->status == LIAN_NEED_STATUS_RESOLVED ||
              self->status == LIAN_NEED_STATUS_CLOSED;
  if (reopening && (note == NULL || note[0] == '\0'))
    {
      g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                           _("note: reopening a need takes a note"));
      return FALSE;
    }

  if (when == NULL)
    when = now = g_date_time_new_now_local ();
  if (status == LIAN_NEED_STATUS_RESOLVED)
    {
      resolved = lian_date_from_date_time (when);
      /* A need resolved before it was submitted would no longer validate. */
      if (lian_date_is_valid (self->submitted) &&
          !lian_check_dates_ordered ("submitted", self->submitted, "resolved", resolved, error))
        return FALSE;
    }

  /* Change everything first, so that handlers see the whole move. */
  self->status = status;
  if (status == LIAN_NEED_STATUS_RESOLVED || reopening)
    resolved_changed = lian_str_set_shared (&self->resolved, resolved) && update_days (self);
  g_ptr_array_add (self->history, lian_need_event_new (when, status, actor_id, note));

  lian_record_changed (LIAN_RECORD (self), props[PROP_STATUS]);
  if (resolved_changed)
    lian_record_changed (LIAN_RECORD (self), props[PROP_RESOLVED]);
  lian_record_changed (LIAN_RECORD (self), props[PROP_N_EVENTS]);
  return TRUE;
}

/**
 * lian_need_is_open:
 * @self: a need
 *
 * Whether the need still waits for an answer: submitted, accepted or in
 * progress.
 *
 * Returns: true if it is open
 */
gboolean
lian_need_is_open (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), FALSE);

  return self->status == LIAN_NEED_STATUS_SUBMITTED ||
         self->status == LIAN_NEED_STATUS_ACCEPTED ||
         self->status == LIAN_NEED_STATUS_IN_PROGRESS;
}

/**
 * lian_need_get_days_to_resolve:
 * @self: a need
 *
 * Counts the days from [property@Lian.Need:submitted] to
 * [property@Lian.Need:resolved].
 *
 * Returns: the number of days, 0 for a need resolved the day it was
 *   submitted; -1 when either date is missing or not a valid date, or when
 *   resolved comes before submitted
 */
int
lian_need_get_days_to_resolve (LianNeed *self)
{
  g_return_val_if_fail (LIAN_IS_NEED (self), -1);

  return self->days_to_resolve;
}
