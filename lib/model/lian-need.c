/* lian-need.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-need-private.h"
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

G_DEFINE_FINAL_TYPE (LianNeed, lian_need, LIAN_TYPE_RECORD)

/* With no private data and its rarely set fields aside, a need fills a
 * 112-byte block. */
G_STATIC_ASSERT (sizeof (LianNeed) <= 112);

GParamSpec *lian_need_props[LIAN_NEED_N_PROPS];
#define props lian_need_props

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
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianNeedRow *row = data;
  static const LianNeedMore none = { NULL, };
  const LianNeedMore *more = row->more ? row->more : &none;

  return lian_check_id_field ("enterprise_id", row->enterprise_id, TRUE, error) &&
         lian_check_id_field ("chain_id", row->chain_id, FALSE, error) &&
         lian_check_required ("title", row->title, error) &&
         check_amount ("amount_yuan", more->amount_yuan, error) &&
         lian_check_id_field ("assignee_id", more->assignee_id, FALSE, error) &&
         lian_check_date_field ("due", more->due, FALSE, error) &&
         lian_check_date_field ("submitted", row->submitted, FALSE, error) &&
         lian_check_date_field ("resolved", row->resolved, FALSE, error) &&
         lian_check_dates_ordered ("submitted", row->submitted,
                                   "resolved", row->resolved, error) &&
         lian_check_id_list ("service_ids", lian_strv_get (more->service_ids), error) &&
         lian_check_id_field ("project_id", more->project_id, FALSE, error);
}

/* What a need's row owns besides its texts: its side block and the
 * history in it (LianKindDecl.clear). lian_row_clear() has freed the
 * block's texts first, or left them to the arena they are borrowed from. */
static void
clear_row (gpointer data)
{
  LianNeedRow *row = data;

  if (row->more == NULL)
    return;
  g_clear_pointer (&row->more->history, g_ptr_array_unref);
  g_clear_pointer (&row->more, g_free);
}

void
lian_need_row_trim_more (LianNeedRow *row)
{
  const LianNeedMore *more = row->more;

  if (more && more->description == NULL && more->assignee_id == NULL && more->due == NULL &&
      more->service_ids == NULL && more->project_id == NULL && more->history == NULL &&
      more->amount_yuan == 0)
    g_clear_pointer (&row->more, g_free);
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
      NEED_ROW (self)->status = g_value_get_enum (value);
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

/* What the kind means to a registry: a need lies where its enterprise does. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianNeedRow, enterprise_id, "enterprise-id", "enterprise_id", ENTERPRISE,
                 LIAN_REF_REQUIRED | LIAN_REF_LOCATES),
  LIAN_REF_DECL (LianNeedRow, chain_id, "chain-id", "chain_id", CHAIN, 0),
  LIAN_REF_DECL_MORE (LianNeedMore, assignee_id, "assignee-id", "assignee_id", ORGANIZATION, 0),
  LIAN_REF_DECL_MORE (LianNeedMore, service_ids, "service-ids", "service_ids", SERVICE,
                      LIAN_REF_LIST),
  LIAN_REF_DECL_MORE (LianNeedMore, project_id, "project-id", "project_id", PROJECT, 0),
};

static const LianKeyDecl keys[] = {
  LIAN_KEY_DECL ("need-enterprise", LianNeedRow, enterprise_id, "enterprise-id", ID, NULL),
  LIAN_KEY_DECL ("need-chain", LianNeedRow, chain_id, "chain-id", ID, NULL),
  LIAN_KEY_DECL ("need-status", LianNeedRow, status, "status", NICK, lian_need_status_get_type),
  LIAN_KEY_DECL ("need-category", LianNeedRow, category, "category", NICK,
                 lian_need_category_get_type),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "enterprise_id", "chain_id", "category", "title", "description",
  "bottleneck", "amount_yuan", "status", "assignee_id", "due", "submitted", "resolved",
  "service_ids", "project_id", "history", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianNeedRow, enterprise_id, OWN),
  LIAN_TEXT_DECL (LianNeedRow, chain_id, SHARED),
  LIAN_TEXT_DECL_REPEATED (LianNeedRow, title, OWN),
  LIAN_TEXT_DECL_MORE (LianNeedMore, description, OWN),
  LIAN_TEXT_DECL_MORE (LianNeedMore, assignee_id, OWN),
  LIAN_TEXT_DECL_MORE (LianNeedMore, due, SHARED),
  LIAN_TEXT_DECL (LianNeedRow, submitted, SHARED),
  LIAN_TEXT_DECL (LianNeedRow, resolved, SHARED),
  LIAN_TEXT_DECL_MORE (LianNeedMore, service_ids, LIST),
  LIAN_TEXT_DECL_MORE (LianNeedMore, project_id, OWN),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianNeedRow, category, ENUM),
  LIAN_FIELD_DECL (LianNeedRow, bottleneck, BOOLEAN),
  LIAN_FIELD_DECL_MORE (LianNeedMore, amount_yuan, INT64),
  LIAN_FIELD_DECL (LianNeedRow, status, ENUM),
};

static const LianKindDecl kind_decl = {
  "needs", members,
  refs, G_N_ELEMENTS (refs),
  .keys = keys, .n_keys = G_N_ELEMENTS (keys),
  .date = "submitted", .date_offset = G_STRUCT_OFFSET (LianNeedRow, submitted),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields), .filled = lian_need_filled,
  .row = G_STRUCT_OFFSET (LianNeed, row),
  .row_size = G_SIZEOF_MEMBER (LianNeed, row), .kind = LIAN_RECORD_KIND_NEED,
  .validate = validate_row, .clear = clear_row,
  .more = G_STRUCT_OFFSET (LianNeedRow, more), .more_size = sizeof (LianNeedMore),
};

static void
lian_need_class_init (LianNeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_need_get_property;
  object_class->set_property = lian_need_set_property;

  record_class->kind = LIAN_RECORD_KIND_NEED;
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

  g_object_class_install_properties (object_class, LIAN_NEED_N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_need_init (LianNeed *self)
{
  NEED_ROW (self)->category = LIAN_NEED_CATEGORY_OTHER;
  NEED_ROW (self)->status = LIAN_NEED_STATUS_SUBMITTED;
  NEED_ROW (self)->days_to_resolve = -1;
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

  return NEED_ROW (self)->category;
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
  g_return_if_fail ((guint) category <= LIAN_NEED_CATEGORY_OTHER);

  if (NEED_ROW (self)->category == category)
    return;
  NEED_ROW (self)->category = category;
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

  return NEED_ROW (self)->title;
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

  if (lian_str_set (&NEED_ROW (self)->title, title))
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

  return NEED_MORE_GET (NEED_ROW (self), description, NULL);
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

  if (description == NULL && lian_need_row_more (NEED_ROW (self)) == NULL)
    return;
  if (lian_str_set (&lian_need_row_ensure_more (NEED_ROW (self))->description, description))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DESCRIPTION]);
  lian_need_row_trim_more (NEED_ROW (self));
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

  return NEED_ROW (self)->bottleneck;
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
  if (NEED_ROW (self)->bottleneck == bottleneck)
    return;
  NEED_ROW (self)->bottleneck = bottleneck;
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

  return NEED_MORE_GET (NEED_ROW (self), amount_yuan, 0);
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

  if (NEED_MORE_GET (NEED_ROW (self), amount_yuan, 0) == amount_yuan)
    return;
  lian_need_row_ensure_more (NEED_ROW (self))->amount_yuan = amount_yuan;
  lian_record_changed (LIAN_RECORD (self), props[PROP_AMOUNT_YUAN]);
  lian_need_row_trim_more (NEED_ROW (self));
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

  return NEED_MORE_GET (NEED_ROW (self), due, NULL);
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

  if (due == NULL && lian_need_row_more (NEED_ROW (self)) == NULL)
    return;
  if (lian_str_set_shared (&lian_need_row_ensure_more (NEED_ROW (self))->due, due))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DUE]);
  lian_need_row_trim_more (NEED_ROW (self));
}
