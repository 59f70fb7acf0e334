/* lian-demand-post.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-demand-post-private.h"
#include "lian-enum-types.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-error.h"
#include "lian-industry-code.h"
#include "lian-i18n-private.h"

/**
 * LianDemandPost:
 *
 * A demand post (需求发布) of the practice the province calls 同享同行: an
 * enterprise, usually a chain leader, publishes a product it needs with its
 * technical specification, quantity and delivery window, so that suppliers
 * up and down its chain can answer with a [class@Lian.Response].
 * [method@Lian.Matcher.match_post] proposes suppliers by their
 * [class@Lian.Capability].
 *
 * ```python
 * post = Lian.DemandPost.new('post-1', 'ent-leader', 'chain-ic', '铝合金压铸件')
 * post.props.industry_code = '3392'
 * post.props.quantity = 20000
 * post.props.unit = '件'
 * post.props.published = '2024-03-01'
 * post.props.delivery_until = '2024-06-30'
 * ```
 */

G_DEFINE_FINAL_TYPE (LianDemandPost, lian_demand_post, LIAN_TYPE_RECORD)

GParamSpec *lian_demand_post_props[LIAN_DEMAND_POST_N_PROPS];
#define props lian_demand_post_props

static gboolean
check_industry_code (const char  *code,
                     GError     **error)
{
  if (code == NULL)
    return TRUE;
  if (!lian_industry_code_check (code, error))
    {
      g_prefix_error (error, "industry_code: ");
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_quantity (guint    quantity,
                GError **error)
{
  if (quantity > 0)
    return TRUE;
  g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                       _("quantity: a post wants at least one unit"));
  return FALSE;
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianDemandPostRow *row = data;

  return lian_check_id_field ("enterprise_id", row->enterprise_id, TRUE, error) &&
         lian_check_id_field ("chain_id", row->chain_id, TRUE, error) &&
         lian_check_required ("product", row->product, error) &&
         check_industry_code (row->industry_code, error) &&
         check_quantity (row->quantity, error) &&
         lian_check_date_field ("published", row->published, TRUE, error) &&
         lian_check_date_field ("delivery_from", row->delivery_from, FALSE, error) &&
         lian_check_date_field ("delivery_until", row->delivery_until, TRUE, error) &&
         lian_check_dates_ordered ("delivery_from", row->delivery_from,
                                   "delivery_until", row->delivery_until, error) &&
         lian_check_dates_ordered ("published", row->published,
                                   "delivery_until", row->delivery_until, error);
}

static void
lian_demand_post_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LianDemandPost *self = LIAN_DEMAND_POST (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_string (value, lian_demand_post_get_enterprise_id (self));
      break;
    case PROP_CHAIN_ID:
      g_value_set_string (value, lian_demand_post_get_chain_id (self));
      break;
    case PROP_SEGMENT:
      g_value_set_string (value, lian_demand_post_get_segment (self));
      break;
    case PROP_PRODUCT:
      g_value_set_string (value, lian_demand_post_get_product (self));
      break;
    case PROP_INDUSTRY_CODE:
      g_value_set_string (value, lian_demand_post_get_industry_code (self));
      break;
    case PROP_SPECIFICATION:
      g_value_set_string (value, lian_demand_post_get_specification (self));
      break;
    case PROP_QUANTITY:
      g_value_set_uint (value, lian_demand_post_get_quantity (self));
      break;
    case PROP_UNIT:
      g_value_set_string (value, lian_demand_post_get_unit (self));
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, lian_demand_post_get_published (self));
      break;
    case PROP_DELIVERY_FROM:
      g_value_set_string (value, lian_demand_post_get_delivery_from (self));
      break;
    case PROP_DELIVERY_UNTIL:
      g_value_set_string (value, lian_demand_post_get_delivery_until (self));
      break;
    case PROP_BUDGET_YUAN:
      g_value_set_int64 (value, lian_demand_post_get_budget_yuan (self));
      break;
    case PROP_VISIBILITY:
      g_value_set_enum (value, lian_demand_post_get_visibility (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, lian_demand_post_get_status (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_demand_post_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LianDemandPost *self = LIAN_DEMAND_POST (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      lian_demand_post_set_enterprise_id (self, g_value_get_string (value));
      break;
    case PROP_CHAIN_ID:
      lian_demand_post_set_chain_id (self, g_value_get_string (value));
      break;
    case PROP_SEGMENT:
      lian_demand_post_set_segment (self, g_value_get_string (value));
      break;
    case PROP_PRODUCT:
      lian_demand_post_set_product (self, g_value_get_string (value));
      break;
    case PROP_INDUSTRY_CODE:
      lian_demand_post_set_industry_code (self, g_value_get_string (value));
      break;
    case PROP_SPECIFICATION:
      lian_demand_post_set_specification (self, g_value_get_string (value));
      break;
    case PROP_QUANTITY:
      lian_demand_post_set_quantity (self, g_value_get_uint (value));
      break;
    case PROP_UNIT:
      lian_demand_post_set_unit (self, g_value_get_string (value));
      break;
    case PROP_PUBLISHED:
      lian_demand_post_set_published (self, g_value_get_string (value));
      break;
    case PROP_DELIVERY_FROM:
      lian_demand_post_set_delivery_from (self, g_value_get_string (value));
      break;
    case PROP_DELIVERY_UNTIL:
      lian_demand_post_set_delivery_until (self, g_value_get_string (value));
      break;
    case PROP_BUDGET_YUAN:
      lian_demand_post_set_budget_yuan (self, g_value_get_int64 (value));
      break;
    case PROP_VISIBILITY:
      lian_demand_post_set_visibility (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      lian_demand_post_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry: a post lies where its publisher does. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianDemandPostRow, enterprise_id, "enterprise-id", "enterprise_id", ENTERPRISE,
                 LIAN_REF_REQUIRED | LIAN_REF_LOCATES),
  LIAN_REF_DECL (LianDemandPostRow, chain_id, "chain-id", "chain_id", CHAIN, LIAN_REF_REQUIRED),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "enterprise_id", "chain_id", "segment", "product", "industry_code",
  "specification", "quantity", "unit", "published", "delivery_from", "delivery_until",
  "budget_yuan", "visibility", "status", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianDemandPostRow, enterprise_id, OWN),
  LIAN_TEXT_DECL (LianDemandPostRow, chain_id, SHARED),
  LIAN_TEXT_DECL (LianDemandPostRow, segment, SHARED),
  LIAN_TEXT_DECL (LianDemandPostRow, product, OWN),
  LIAN_TEXT_DECL (LianDemandPostRow, industry_code, SHARED),
  LIAN_TEXT_DECL (LianDemandPostRow, specification, OWN),
  LIAN_TEXT_DECL (LianDemandPostRow, unit, SHARED),
  LIAN_TEXT_DECL (LianDemandPostRow, published, SHARED),
  LIAN_TEXT_DECL (LianDemandPostRow, delivery_from, SHARED),
  LIAN_TEXT_DECL (LianDemandPostRow, delivery_until, SHARED),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianDemandPostRow, quantity, UINT),
  LIAN_FIELD_DECL (LianDemandPostRow, budget_yuan, INT64),
  LIAN_FIELD_DECL (LianDemandPostRow, visibility, ENUM),
  LIAN_FIELD_DECL (LianDemandPostRow, status, ENUM),
};

static const LianKindDecl kind_decl = {
  "posts", members,
  refs, G_N_ELEMENTS (refs),
  .date = "published", .date_offset = G_STRUCT_OFFSET (LianDemandPostRow, published),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianDemandPost, row),
  .row_size = G_SIZEOF_MEMBER (LianDemandPost, row), .kind = LIAN_RECORD_KIND_POST,
  .validate = validate_row,
};

static void
lian_demand_post_class_init (LianDemandPostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_demand_post_get_property;
  object_class->set_property = lian_demand_post_set_property;

  record_class->kind = LIAN_RECORD_KIND_POST;

  /**
   * LianDemandPost:enterprise-id:
   *
   * The id of the [class@Lian.Enterprise] that publishes the post, usually
   * a chain leader. Required; removing the enterprise removes its posts.
   */
  props[PROP_ENTERPRISE_ID] =
    g_param_spec_string ("enterprise-id", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:chain-id:
   *
   * The id of the [class@Lian.Chain] the post is for. Required.
   */
  props[PROP_CHAIN_ID] =
    g_param_spec_string ("chain-id", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:segment:
   *
   * The segment of the chain the publisher works in (`整车制造`); suppliers
   * in the segments before it are upstream of it.
   */
  props[PROP_SEGMENT] =
    g_param_spec_string ("segment", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:product:
   *
   * What the publisher wants (`铝合金压铸件`). Required.
   */
  props[PROP_PRODUCT] =
    g_param_spec_string ("product", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:industry-code:
   *
   * The GB/T 4754-2017 code of the industry that makes the product: a
   * division (`33`), group (`338`) or class (`3389`). [func@Lian.industry_code_lookup]
   * names it.
   */
  props[PROP_INDUSTRY_CODE] =
    g_param_spec_string ("industry-code", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:specification:
   *
   * The technical specification, in words.
   */
  props[PROP_SPECIFICATION] =
    g_param_spec_string ("specification", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:quantity:
   *
   * How many units are wanted. Required (not 0).
   */
  props[PROP_QUANTITY] =
    g_param_spec_uint ("quantity", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:unit:
   *
   * The unit of [property@Lian.DemandPost:quantity] (`件`, `吨`).
   */
  props[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:published:
   *
   * The day the post was published, `YYYY-MM-DD`. Required.
   */
  props[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:delivery-from:
   *
   * The first day of the delivery window, `YYYY-MM-DD`.
   */
  props[PROP_DELIVERY_FROM] =
    g_param_spec_string ("delivery-from", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:delivery-until:
   *
   * The last day of the delivery window, `YYYY-MM-DD`. Required; not
   * before [property@Lian.DemandPost:delivery-from] nor
   * [property@Lian.DemandPost:published].
   */
  props[PROP_DELIVERY_UNTIL] =
    g_param_spec_string ("delivery-until", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:budget-yuan:
   *
   * The budget, in yuan; 0 when not stated.
   */
  props[PROP_BUDGET_YUAN] =
    g_param_spec_int64 ("budget-yuan", NULL, NULL, 0, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:visibility:
   *
   * Who may see the post.
   */
  props[PROP_VISIBILITY] =
    g_param_spec_enum ("visibility", NULL, NULL, LIAN_TYPE_POST_VISIBILITY,
                       LIAN_POST_VISIBILITY_CHAIN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianDemandPost:status:
   *
   * Whether the post is open, closed, awarded or cancelled.
   */
  props[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LIAN_TYPE_POST_STATUS,
                       LIAN_POST_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, LIAN_DEMAND_POST_N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_demand_post_init (LianDemandPost *self)
{
  DEMAND_POST_ROW (self)->visibility = LIAN_POST_VISIBILITY_CHAIN;
  DEMAND_POST_ROW (self)->status = LIAN_POST_STATUS_OPEN;
}

/**
 * lian_demand_post_new:
 * @id: the post's id
 * @enterprise_id: the id of the publishing enterprise
 * @chain_id: the id of the chain it is for
 * @product: what is wanted
 *
 * Creates an open demand post.
 *
 * Returns: (transfer full): a new post
 */
LianDemandPost *
lian_demand_post_new (const char *id,
                      const char *enterprise_id,
                      const char *chain_id,
                      const char *product)
{
  return g_object_new (LIAN_TYPE_DEMAND_POST, "id", id, "enterprise-id", enterprise_id, "chain-id", chain_id, "product", product, NULL);
}

/**
 * lian_demand_post_get_enterprise_id:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:enterprise-id].
 *
 * Returns: (nullable): the id of the publisher
 */
const char *
lian_demand_post_get_enterprise_id (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->enterprise_id;
}

/**
 * lian_demand_post_set_enterprise_id:
 * @self: a demand post
 * @enterprise_id: (nullable): the id of the publisher
 *
 * Sets [property@Lian.DemandPost:enterprise-id].
 */
void
lian_demand_post_set_enterprise_id (LianDemandPost *self,
                                    const char     *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set (&DEMAND_POST_ROW (self)->enterprise_id, enterprise_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ENTERPRISE_ID]);
}

/**
 * lian_demand_post_get_chain_id:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:chain-id].
 *
 * Returns: (nullable): the id of the chain
 */
const char *
lian_demand_post_get_chain_id (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->chain_id;
}

/**
 * lian_demand_post_set_chain_id:
 * @self: a demand post
 * @chain_id: (nullable): the id of the chain
 *
 * Sets [property@Lian.DemandPost:chain-id].
 */
void
lian_demand_post_set_chain_id (LianDemandPost *self,
                               const char     *chain_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set_shared (&DEMAND_POST_ROW (self)->chain_id, chain_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_ID]);
}

/**
 * lian_demand_post_get_segment:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:segment].
 *
 * Returns: (nullable): the segment
 */
const char *
lian_demand_post_get_segment (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->segment;
}

/**
 * lian_demand_post_set_segment:
 * @self: a demand post
 * @segment: (nullable): the segment
 *
 * Sets [property@Lian.DemandPost:segment].
 */
void
lian_demand_post_set_segment (LianDemandPost *self,
                              const char     *segment)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set_shared (&DEMAND_POST_ROW (self)->segment, segment))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SEGMENT]);
}

/**
 * lian_demand_post_get_product:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:product].
 *
 * Returns: (nullable): the product
 */
const char *
lian_demand_post_get_product (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->product;
}

/**
 * lian_demand_post_set_product:
 * @self: a demand post
 * @product: (nullable): the product
 *
 * Sets [property@Lian.DemandPost:product].
 */
void
lian_demand_post_set_product (LianDemandPost *self,
                              const char     *product)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set (&DEMAND_POST_ROW (self)->product, product))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PRODUCT]);
}

/**
 * lian_demand_post_get_industry_code:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:industry-code].
 *
 * Returns: (nullable): the industry code
 */
const char *
lian_demand_post_get_industry_code (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->industry_code;
}

/**
 * lian_demand_post_set_industry_code:
 * @self: a demand post
 * @industry_code: (nullable): the industry code
 *
 * Sets [property@Lian.DemandPost:industry-code].
 */
void
lian_demand_post_set_industry_code (LianDemandPost *self,
                                    const char     *industry_code)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set_shared (&DEMAND_POST_ROW (self)->industry_code, industry_code))
    lian_record_changed (LIAN_RECORD (self), props[PROP_INDUSTRY_CODE]);
}

/**
 * lian_demand_post_get_specification:
 * @self: a demand post
 *
 * Gets [property@Lian.DemandPost:specification].
 *
 * Returns: (nullable): the specification
 */
const char *
lian_demand_post_get_specification (LianDemandPost *self)
{
  g_return_val_if_fail (LIAN_IS_DEMAND_POST (self), NULL);

  return DEMAND_POST_ROW (self)->specification;
}

/**
 * lian_demand_post_set_specification:
 * @self: a demand post
 * @specification: (nullable): the specification
 *
 * Sets [property@Lian.DemandPost:specification].
 */
void
lian_demand_post_set_specification (LianDemandPost *self,
                                    const char     *specification)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_DEMAND_POST (self));

  if (lian_str_set (&DEMAND_POST_ROW (self)->specification, specification))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SPECIFICATION]);
}

