/* lian-response.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-response.h"
#include "lian-enum-types.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-response-private.h"

/**
 * LianResponse:
 *
 * A supplier's answer to a [class@Lian.DemandPost]: what it offers
 * (quantity, lead time, perhaps a price) and where it stands, draft →
 * submitted → shortlisted → awarded or declined, with the day of each move
 * ([property@Lian.Response:moves]).
 *
 * ```python
 * resp = Lian.Response.new('resp-1', 'post-1', 'ent-diecast')
 * resp.props.quantity = 20000
 * registry.add(resp)
 * registry.move_response('resp-1', Lian.ResponseStatus.SUBMITTED, '2024-03-05')
 * ```
 */

typedef struct
{
  LianRowHead head;
  char *post_id;
  char *enterprise_id;
  guint quantity;
  guint lead_days;
  gint64 price_yuan;
  LianResponseStatus status;
  GStrv moves;
} LianResponseRow;

struct _LianResponse
{
  LianRecordObject parent_instance;
  LianResponseRow row;
};

/* The fields of @self, in its row. */
#define RESPONSE_ROW(self) (&(self)->row)

G_DEFINE_FINAL_TYPE (LianResponse, lian_response, LIAN_TYPE_RECORD)

enum {
  PROP_0,
  PROP_POST_ID,
  PROP_ENTERPRISE_ID,
  PROP_QUANTITY,
  PROP_LEAD_DAYS,
  PROP_PRICE_YUAN,
  PROP_STATUS,
  PROP_MOVES,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianResponseRow *row = data;

  return lian_check_id_field ("post_id", row->post_id, TRUE, error) &&
         lian_check_id_field ("enterprise_id", row->enterprise_id, TRUE, error) &&
         lian_response_check_moves (lian_strv_get (row->moves), row->status, error);
}

static void
lian_response_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LianResponse *self = LIAN_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_POST_ID:
      g_value_set_string (value, lian_response_get_post_id (self));
      break;
    case PROP_ENTERPRISE_ID:
      g_value_set_string (value, lian_response_get_enterprise_id (self));
      break;
    case PROP_QUANTITY:
      g_value_set_uint (value, lian_response_get_quantity (self));
      break;
    case PROP_LEAD_DAYS:
      g_value_set_uint (value, lian_response_get_lead_days (self));
      break;
    case PROP_PRICE_YUAN:
      g_value_set_int64 (value, lian_response_get_price_yuan (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, lian_response_get_status (self));
      break;
    case PROP_MOVES:
      g_value_set_boxed (value, lian_response_get_moves (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_response_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LianResponse *self = LIAN_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_POST_ID:
      lian_response_set_post_id (self, g_value_get_string (value));
      break;
    case PROP_ENTERPRISE_ID:
      lian_response_set_enterprise_id (self, g_value_get_string (value));
      break;
    case PROP_QUANTITY:
      lian_response_set_quantity (self, g_value_get_uint (value));
      break;
    case PROP_LEAD_DAYS:
      lian_response_set_lead_days (self, g_value_get_uint (value));
      break;
    case PROP_PRICE_YUAN:
      lian_response_set_price_yuan (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      lian_response_set_status (self, g_value_get_enum (value));
      break;
    case PROP_MOVES:
      lian_response_set_moves (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry: a response lies where its post does
 * (where the post's publisher lies), so that a region counts the answers
 * to its own enterprises' posts. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianResponseRow, post_id, "post-id", "post_id", POST,
                 LIAN_REF_REQUIRED | LIAN_REF_LOCATES),
  LIAN_REF_DECL (LianResponseRow, enterprise_id, "enterprise-id", "enterprise_id", ENTERPRISE,
                 LIAN_REF_REQUIRED),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "post_id", "enterprise_id", "quantity", "lead_days", "price_yuan", "status",
  "moves", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianResponseRow, post_id, OWN),
  LIAN_TEXT_DECL (LianResponseRow, enterprise_id, OWN),
  LIAN_TEXT_DECL (LianResponseRow, moves, LIST),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianResponseRow, quantity, UINT),
  LIAN_FIELD_DECL (LianResponseRow, lead_days, UINT),
  LIAN_FIELD_DECL (LianResponseRow, price_yuan, INT64),
  LIAN_FIELD_DECL (LianResponseRow, status, ENUM),
};

static const LianKindDecl kind_decl = {
  "responses", members,
  refs, G_N_ELEMENTS (refs),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianResponse, row),
  .row_size = G_SIZEOF_MEMBER (LianResponse, row), .kind = LIAN_RECORD_KIND_RESPONSE,
  .validate = validate_row,
};

static void
lian_response_class_init (LianResponseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_response_get_property;
  object_class->set_property = lian_response_set_property;

  record_class->kind = LIAN_RECORD_KIND_RESPONSE;

  /**
   * LianResponse:post-id:
   *
   * The id of the [class@Lian.DemandPost] it answers. Required; removing the
   * post removes its responses.
   */
  props[PROP_POST_ID] =
    g_param_spec_string ("post-id", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianResponse:enterprise-id:
   *
   * The id of the supplying [class@Lian.Enterprise]. Required.
   */
  props[PROP_ENTERPRISE_ID] =
    g_param_spec_string ("enterprise-id", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianResponse:quantity:
   *
   * How many units the supplier offers.
   */
  props[PROP_QUANTITY] =
    g_param_spec_uint ("quantity", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianResponse:lead-days:
   *
   * In how many days from the order it delivers.
   */
  props[PROP_LEAD_DAYS] =
    g_param_spec_uint ("lead-days", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianResponse:price-yuan:
   *
   * The price of the whole offer, in yuan; 0 when not stated.
   */
  props[PROP_PRICE_YUAN] =
    g_param_spec_int64 ("price-yuan", NULL, NULL, 0, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianResponse:status:
   *
   * Where the response stands. It changes with [method@Lian.Response.transition]
   * (or [method@Lian.Registry.move_response] for a held response), which adds
   * the move to [property@Lian.Response:moves]; a status that its moves do
   * not end in does not validate.
   */
  props[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LIAN_TYPE_RESPONSE_STATUS,
                       LIAN_RESPONSE_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianResponse:moves:
   *
   * Its dated history, oldest first: one `YYYY-MM-DD status` entry per move
   * (`2024-03-05 submitted`). Each move must be one the status machine
   * allows from the one before (a response starts as a draft), the days must
   * not go back, and the last must be [property@Lian.Response:status].
   */
  props[PROP_MOVES] =
    g_param_spec_boxed ("moves", NULL, NULL, G_TYPE_STRV,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_response_init (LianResponse *self)
{
  RESPONSE_ROW (self)->status = LIAN_RESPONSE_STATUS_DRAFT;
}

/**
 * lian_response_new:
 * @id: the response's id
 * @post_id: the id of the post it answers
 * @enterprise_id: the id of the supplier
 *
 * Creates a draft response.
 *
 * Returns: (transfer full): a new response
 */
LianResponse *
lian_response_new (const char *id,
                   const char *post_id,
                   const char *enterprise_id)
{
  return g_object_new (LIAN_TYPE_RESPONSE, "id", id, "post-id", post_id, "enterprise-id", enterprise_id, NULL);
}

/**
 * lian_response_get_post_id:
 * @self: a response
 *
 * Gets [property@Lian.Response:post-id].
 *
 * Returns: (nullable): the id of the post
 */
const char *
lian_response_get_post_id (LianResponse *self)
{
  g_return_val_if_fail (LIAN_IS_RESPONSE (self), NULL);

  return RESPONSE_ROW (self)->post_id;
}

/**
 * lian_response_set_post_id:
 * @self: a response
 * @post_id: (nullable): the id of the post
 *
 * Sets [property@Lian.Response:post-id].
 */
void
lian_response_set_post_id (LianResponse *self,
                           const char   *post_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_RESPONSE (self));

  if (lian_str_set (&RESPONSE_ROW (self)->post_id, post_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_POST_ID]);
}

/**
 * lian_response_get_enterprise_id:
 * @self: a response
 *
 * Gets [property@Lian.Response:enterprise-id].
 *
 * Returns: (nullable): the id of the supplier
 */
const char *
lian_response_get_enterprise_id (LianResponse *self)
{
  g_return_val_if_fail (LIAN_IS_RESPONSE (self), NULL);

  return RESPONSE_ROW (self)->enterprise_id;
}

/**
 * lian_response_set_enterprise_id:
 * @self: a response
 * @enterprise_id: (nullable): the id of the supplier
 *
 * Sets [property@Lian.Response:enterprise-id].
 */
void
lian_response_set_enterprise_id (LianResponse *self,
                                 const char   *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_RESPONSE (self));

  if (lian_str_set (&RESPONSE_ROW (self)->enterprise_id, enterprise_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ENTERPRISE_ID]);
}

/**
 * lian_response_get_quantity:
 * @self: a response
 *
 * Gets [property@Lian.Response:quantity].
 *
 * Returns: the quantity offered
 */
guint
lian_response_get_quantity (LianResponse *self)
{
  g_return_val_if_fail (LIAN_IS_RESPONSE (self), 0);

  return RESPONSE_ROW (self)->quantity;
}

/**
 * lian_response_set_quantity:
 * @self: a response
 * @quantity: the quantity offered
 *
 * Sets [property@Lian.Response:quantity].
 */
void
lian_response_set_quantity (LianResponse *self,
                            guint         quantity)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_RESPONSE (self));

  if (RESPONSE_ROW (self)->quantity == quantity)
    return;
  RESPONSE_ROW (self)->quantity = quantity;
  lian_record_changed (LIAN_RECORD (self), props[PROP_QUANTITY]);
}

/**
 * lian_response_get_lead_days:
 * @self: a response
 *
 * Gets [property@Lian.Response:lead-days].
 *
 * Returns: the lead time in days
 */
guint
lian_response_get_lead_days (LianResponse *self)
{
  g_return_val_if_fail (LIAN_IS_RESPONSE (self), 0);

  return RESPONSE_ROW (self)->lead_days;
}

/**
 * lian_response_set_lead_days:
 * @self: a response
 * @lead_days: the lead time in days
 *
 * Sets [property@Lian.Response:lead-days].
 */
void
lian_response_set_lead_days (LianResponse *self,
                             guint         lead_days)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_RESPONSE (self));

  if (RESPONSE_ROW (self)->lead_days == lead_days)
    return;
  RESPONSE_ROW (self)->lead_days = lead_days;
  lian_record_changed (LIAN_RECORD (self), props[PROP_LEAD_DAYS]);
}

/**
 * lian_response_get_price_yuan:
 * @self: a response
 *
 * Gets [property@Lian.Response:price-yuan].
 *
 * Returns: the price in yuan
 */
gint64
lian_response_get_price_yuan (LianResponse *self)
{
  g_return_val_if_fail (LIAN_IS_RESPONSE (self), 0);

  return RESPONSE_ROW (self)->price_yuan;
}

/**
 * lian_response_set_price_yuan:
 * @self: a response
 * @price_yuan: the price in yuan
 *
 * Sets [property@Lian.Response:price-yuan].
 */
void
lian_response_set_price_yuan (LianResponse *self,
                              gint64        price_yuan)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_RESPONSE (self));

  if (RESPONSE_ROW (self)->price_yuan == price_yuan)
    return;
  RESPONSE_ROW (self)->price_yuan = price_yuan;
  lian_record_changed (LIAN_RECORD (self), props[PROP_PRICE_YUAN]);
}

/**
 * lian_response_get_status:
 * @self: a response
 *
 * Gets [property@Lian.Response:status].
 *
 * Returns: the status
 */
LianResponseStatus
lian_response_get_status (LianResponse *self)
{
  g_return_val_if_fail (LIAN_IS_RESPONSE (self), LIAN_RESPONSE_STATUS_DRAFT);

  return RESPONSE_ROW (self)->status;
}

/**
 * lian_response_set_status:
 * @self: a response
 * @status: the status
 *
 * Sets [property@Lian.Response:status].
 */
void
lian_response_set_status (LianResponse       *self,
                          LianResponseStatus  status)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_RESPONSE (self));

  if (RESPONSE_ROW (self)->status == status)
    return;
  RESPONSE_ROW (self)->status = status;
  lian_record_changed (LIAN_RECORD (self), props[PROP_STATUS]);
}

/**
 * lian_response_get_moves:
 * @self: a response
 *
 * Gets [property@Lian.Response:moves].
 *
 * Returns: (transfer none) (array zero-terminated=1): the moves, possibly none
 */
const char * const *
lian_response_get_moves (LianResponse *self)
{
  g_return_val_if_fail (LIAN_IS_RESPONSE (self), NULL);

  return lian_strv_get (RESPONSE_ROW (self)->moves);
}

/**
 * lian_response_set_moves:
 * @self: a response
 * @moves: (nullable) (array zero-terminated=1): the moves
 *
 * Sets [property@Lian.Response:moves].
 */
void
lian_response_set_moves (LianResponse       *self,
                         const char * const *moves)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_RESPONSE (self));

  if (lian_strv_set (&RESPONSE_ROW (self)->moves, moves))
    lian_record_changed (LIAN_RECORD (self), props[PROP_MOVES]);
}

