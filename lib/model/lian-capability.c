/* lian-capability.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-capability.h"
#include "lian-enum-types.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-industry-code.h"
#include "lian-region-code.h"

/**
 * LianCapability:
 *
 * What an enterprise can supply (产能): its products and industries, its
 * capacity per period, the smallest order it takes, its lead time, its
 * certifications and the regions it serves. An enterprise may have several.
 * [method@Lian.Matcher.match_post] reads them to propose suppliers for a
 * [class@Lian.DemandPost].
 *
 * ```python
 * cap = Lian.Capability.new('cap-1', 'ent-diecast')
 * cap.props.industry_codes = ['3392']
 * cap.props.capacity = 10000
 * cap.props.period = Lian.CapacityPeriod.MONTH
 * cap.props.lead_days = 20
 * ```
 */

typedef struct
{
  LianRowHead head;
  char *enterprise_id;
  GStrv products;
  GStrv industry_codes;
  guint capacity;
  char *unit;
  LianCapacityPeriod period;
  guint min_order;
  guint lead_days;
  GStrv certifications;
  GStrv regions;
} LianCapabilityRow;

struct _LianCapability
{
  LianRecordObject parent_instance;
  LianCapabilityRow row;
};

/* The fields of @self, in its row. */
#define CAPABILITY_ROW(self) (&(self)->row)

G_DEFINE_FINAL_TYPE (LianCapability, lian_capability, LIAN_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_PRODUCTS,
  PROP_INDUSTRY_CODES,
  PROP_CAPACITY,
  PROP_UNIT,
  PROP_PERIOD,
  PROP_MIN_ORDER,
  PROP_LEAD_DAYS,
  PROP_CERTIFICATIONS,
  PROP_REGIONS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
check_codes (GStrv    codes,
             GError **error)
{
  for (guint i = 0; codes && codes[i]; i++)
    if (!lian_industry_code_check (codes[i], error))
      {
        g_prefix_error (error, "industry_codes[%u]: ", i);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_regions (GStrv    regions,
               GError **error)
{
  for (guint i = 0; regions && regions[i]; i++)
    if (!lian_adcode_check (regions[i], error))
      {
        g_prefix_error (error, "regions[%u]: ", i);
        return FALSE;
      }
  return TRUE;
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianCapabilityRow *row = data;

  return lian_check_id_field ("enterprise_id", row->enterprise_id, TRUE, error) &&
         lian_check_string_list ("products", lian_strv_get (row->products), error) &&
         check_codes (row->industry_codes, error) &&
         lian_check_string_list ("certifications", lian_strv_get (row->certifications), error) &&
         check_regions (row->regions, error);
}

static void
lian_capability_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LianCapability *self = LIAN_CAPABILITY (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_string (value, lian_capability_get_enterprise_id (self));
      break;
    case PROP_PRODUCTS:
      g_value_set_boxed (value, lian_capability_get_products (self));
      break;
    case PROP_INDUSTRY_CODES:
      g_value_set_boxed (value, lian_capability_get_industry_codes (self));
      break;
    case PROP_CAPACITY:
      g_value_set_uint (value, lian_capability_get_capacity (self));
      break;
    case PROP_UNIT:
      g_value_set_string (value, lian_capability_get_unit (self));
      break;
    case PROP_PERIOD:
      g_value_set_enum (value, lian_capability_get_period (self));
      break;
    case PROP_MIN_ORDER:
      g_value_set_uint (value, lian_capability_get_min_order (self));
      break;
    case PROP_LEAD_DAYS:
      g_value_set_uint (value, lian_capability_get_lead_days (self));
      break;
    case PROP_CERTIFICATIONS:
      g_value_set_boxed (value, lian_capability_get_certifications (self));
      break;
    case PROP_REGIONS:
      g_value_set_boxed (value, lian_capability_get_regions (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_capability_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LianCapability *self = LIAN_CAPABILITY (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      lian_capability_set_enterprise_id (self, g_value_get_string (value));
      break;
    case PROP_PRODUCTS:
      lian_capability_set_products (self, g_value_get_boxed (value));
      break;
    case PROP_INDUSTRY_CODES:
      lian_capability_set_industry_codes (self, g_value_get_boxed (value));
      break;
    case PROP_CAPACITY:
      lian_capability_set_capacity (self, g_value_get_uint (value));
      break;
    case PROP_UNIT:
      lian_capability_set_unit (self, g_value_get_string (value));
      break;
    case PROP_PERIOD:
      lian_capability_set_period (self, g_value_get_enum (value));
      break;
    case PROP_MIN_ORDER:
      lian_capability_set_min_order (self, g_value_get_uint (value));
      break;
    case PROP_LEAD_DAYS:
      lian_capability_set_lead_days (self, g_value_get_uint (value));
      break;
    case PROP_CERTIFICATIONS:
      lian_capability_set_certifications (self, g_value_get_boxed (value));
      break;
    case PROP_REGIONS:
      lian_capability_set_regions (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry: a capability lies where its
 * enterprise does. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianCapabilityRow, enterprise_id, "enterprise-id", "enterprise_id", ENTERPRISE,
                 LIAN_REF_REQUIRED | LIAN_REF_LOCATES),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "enterprise_id", "products", "industry_codes", "capacity", "unit", "period",
  "min_order", "lead_days", "certifications", "regions", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianCapabilityRow, enterprise_id, OWN),
  LIAN_TEXT_DECL (LianCapabilityRow, products, LIST),
  LIAN_TEXT_DECL (LianCapabilityRow, industry_codes, LIST),
  LIAN_TEXT_DECL (LianCapabilityRow, unit, SHARED),
  LIAN_TEXT_DECL (LianCapabilityRow, certifications, LIST),
  LIAN_TEXT_DECL (LianCapabilityRow, regions, LIST),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianCapabilityRow, capacity, UINT),
  LIAN_FIELD_DECL (LianCapabilityRow, period, ENUM),
  LIAN_FIELD_DECL (LianCapabilityRow, min_order, UINT),
  LIAN_FIELD_DECL (LianCapabilityRow, lead_days, UINT),
};

static const LianKindDecl kind_decl = {
  "capabilities", members,
  refs, G_N_ELEMENTS (refs),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianCapability, row),
  .row_size = G_SIZEOF_MEMBER (LianCapability, row), .kind = LIAN_RECORD_KIND_CAPABILITY,
  .validate = validate_row,
};

static void
lian_capability_class_init (LianCapabilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_capability_get_property;
  object_class->set_property = lian_capability_set_property;

  record_class->kind = LIAN_RECORD_KIND_CAPABILITY;

  /**
   * LianCapability:enterprise-id:
   *
   * The id of the [class@Lian.Enterprise] that can supply. Required;
   * removing the enterprise removes its capabilities.
   */
  props[PROP_ENTERPRISE_ID] =
    g_param_spec_string ("enterprise-id", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:products:
   *
   * What it makes (`压铸件`, `精密机加工`).
   */
  props[PROP_PRODUCTS] =
    g_param_spec_boxed ("products", NULL, NULL, G_TYPE_STRV,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:industry-codes:
   *
   * The GB/T 4754-2017 codes of its industries (`3392`).
   */
  props[PROP_INDUSTRY_CODES] =
    g_param_spec_boxed ("industry-codes", NULL, NULL, G_TYPE_STRV,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:capacity:
   *
   * How many units it can make per [property@Lian.Capability:period].
   */
  props[PROP_CAPACITY] =
    g_param_spec_uint ("capacity", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:unit:
   *
   * The unit of [property@Lian.Capability:capacity] (`件`).
   */
  props[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:period:
   *
   * The period [property@Lian.Capability:capacity] is given for.
   */
  props[PROP_PERIOD] =
    g_param_spec_enum ("period", NULL, NULL, LIAN_TYPE_CAPACITY_PERIOD,
                       LIAN_CAPACITY_PERIOD_MONTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:min-order:
   *
   * The smallest order it takes, in units; 0 for any.
   */
  props[PROP_MIN_ORDER] =
    g_param_spec_uint ("min-order", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:lead-days:
   *
   * How many days it needs from order to first delivery.
   */
  props[PROP_LEAD_DAYS] =
    g_param_spec_uint ("lead-days", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:certifications:
   *
   * Its certifications (`IATF 16949`, `ISO 9001`).
   */
  props[PROP_CERTIFICATIONS] =
    g_param_spec_boxed ("certifications", NULL, NULL, G_TYPE_STRV,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianCapability:regions:
   *
   * The GB/T 2260 codes of the regions it serves; none: everywhere.
   */
  props[PROP_REGIONS] =
    g_param_spec_boxed ("regions", NULL, NULL, G_TYPE_STRV,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_capability_init (LianCapability *self)
{
  CAPABILITY_ROW (self)->period = LIAN_CAPACITY_PERIOD_MONTH;
}

/**
 * lian_capability_new:
 * @id: the capability's id
 * @enterprise_id: the id of the enterprise that has it
 *
 * Creates a capability, its capacity given per month.
 *
 * Returns: (transfer full): a new capability
 */
LianCapability *
lian_capability_new (const char *id,
                     const char *enterprise_id)
{
  return g_object_new (LIAN_TYPE_CAPABILITY, "id", id, "enterprise-id", enterprise_id, NULL);
}

/**
 * lian_capability_get_enterprise_id:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:enterprise-id].
 *
 * Returns: (nullable): the id of the enterprise
 */
const char *
lian_capability_get_enterprise_id (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), NULL);

  return CAPABILITY_ROW (self)->enterprise_id;
}

/**
 * lian_capability_set_enterprise_id:
 * @self: a capability
 * @enterprise_id: (nullable): the id of the enterprise
 *
 * Sets [property@Lian.Capability:enterprise-id].
 */
void
lian_capability_set_enterprise_id (LianCapability *self,
                                   const char     *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (lian_str_set (&CAPABILITY_ROW (self)->enterprise_id, enterprise_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ENTERPRISE_ID]);
}

/**
 * lian_capability_get_products:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:products].
 *
 * Returns: (transfer none) (array zero-terminated=1): the products, possibly none
 */
const char * const *
lian_capability_get_products (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), NULL);

  return lian_strv_get (CAPABILITY_ROW (self)->products);
}

/**
 * lian_capability_set_products:
 * @self: a capability
 * @products: (nullable) (array zero-terminated=1): the products
 *
 * Sets [property@Lian.Capability:products].
 */
void
lian_capability_set_products (LianCapability     *self,
                              const char * const *products)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (lian_strv_set (&CAPABILITY_ROW (self)->products, products))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PRODUCTS]);
}

/**
 * lian_capability_get_industry_codes:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:industry-codes].
 *
 * Returns: (transfer none) (array zero-terminated=1): the industry codes, possibly none
 */
const char * const *
lian_capability_get_industry_codes (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), NULL);

  return lian_strv_get (CAPABILITY_ROW (self)->industry_codes);
}

/**
 * lian_capability_set_industry_codes:
 * @self: a capability
 * @industry_codes: (nullable) (array zero-terminated=1): the industry codes
 *
 * Sets [property@Lian.Capability:industry-codes].
 */
void
lian_capability_set_industry_codes (LianCapability     *self,
                                    const char * const *industry_codes)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (lian_strv_set (&CAPABILITY_ROW (self)->industry_codes, industry_codes))
    lian_record_changed (LIAN_RECORD (self), props[PROP_INDUSTRY_CODES]);
}

/**
 * lian_capability_get_capacity:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:capacity].
 *
 * Returns: the capacity
 */
guint
lian_capability_get_capacity (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), 0);

  return CAPABILITY_ROW (self)->capacity;
}

/**
 * lian_capability_set_capacity:
 * @self: a capability
 * @capacity: the capacity
 *
 * Sets [property@Lian.Capability:capacity].
 */
void
lian_capability_set_capacity (LianCapability *self,
                              guint           capacity)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (CAPABILITY_ROW (self)->capacity == capacity)
    return;
  CAPABILITY_ROW (self)->capacity = capacity;
  lian_record_changed (LIAN_RECORD (self), props[PROP_CAPACITY]);
}

/**
 * lian_capability_get_unit:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:unit].
 *
 * Returns: (nullable): the unit
 */
const char *
lian_capability_get_unit (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), NULL);

  return CAPABILITY_ROW (self)->unit;
}

/**
 * lian_capability_set_unit:
 * @self: a capability
 * @unit: (nullable): the unit
 *
 * Sets [property@Lian.Capability:unit].
 */
void
lian_capability_set_unit (LianCapability *self,
                          const char     *unit)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (lian_str_set_shared (&CAPABILITY_ROW (self)->unit, unit))
    lian_record_changed (LIAN_RECORD (self), props[PROP_UNIT]);
}

/**
 * lian_capability_get_period:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:period].
 *
 * Returns: the period
 */
LianCapacityPeriod
lian_capability_get_period (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), LIAN_CAPACITY_PERIOD_MONTH);

  return CAPABILITY_ROW (self)->period;
}

/**
 * lian_capability_set_period:
 * @self: a capability
 * @period: the period
 *
 * Sets [property@Lian.Capability:period].
 */
void
lian_capability_set_period (LianCapability     *self,
                            LianCapacityPeriod  period)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (CAPABILITY_ROW (self)->period == period)
    return;
  CAPABILITY_ROW (self)->period = period;
  lian_record_changed (LIAN_RECORD (self), props[PROP_PERIOD]);
}

/**
 * lian_capability_get_min_order:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:min-order].
 *
 * Returns: the minimum order
 */
guint
lian_capability_get_min_order (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), 0);

  return CAPABILITY_ROW (self)->min_order;
}

/**
 * lian_capability_set_min_order:
 * @self: a capability
 * @min_order: the minimum order
 *
 * Sets [property@Lian.Capability:min-order].
 */
void
lian_capability_set_min_order (LianCapability *self,
                               guint           min_order)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (CAPABILITY_ROW (self)->min_order == min_order)
    return;
  CAPABILITY_ROW (self)->min_order = min_order;
  lian_record_changed (LIAN_RECORD (self), props[PROP_MIN_ORDER]);
}

/**
 * lian_capability_get_lead_days:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:lead-days].
 *
 * Returns: the lead time in days
 */
guint
lian_capability_get_lead_days (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), 0);

  return CAPABILITY_ROW (self)->lead_days;
}

/**
 * lian_capability_set_lead_days:
 * @self: a capability
 * @lead_days: the lead time in days
 *
 * Sets [property@Lian.Capability:lead-days].
 */
void
lian_capability_set_lead_days (LianCapability *self,
                               guint           lead_days)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (CAPABILITY_ROW (self)->lead_days == lead_days)
    return;
  CAPABILITY_ROW (self)->lead_days = lead_days;
  lian_record_changed (LIAN_RECORD (self), props[PROP_LEAD_DAYS]);
}

/**
 * lian_capability_get_certifications:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:certifications].
 *
 * Returns: (transfer none) (array zero-terminated=1): the certifications, possibly none
 */
const char * const *
lian_capability_get_certifications (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), NULL);

  return lian_strv_get (CAPABILITY_ROW (self)->certifications);
}

/**
 * lian_capability_set_certifications:
 * @self: a capability
 * @certifications: (nullable) (array zero-terminated=1): the certifications
 *
 * Sets [property@Lian.Capability:certifications].
 */
void
lian_capability_set_certifications (LianCapability     *self,
                                    const char * const *certifications)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (lian_strv_set (&CAPABILITY_ROW (self)->certifications, certifications))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CERTIFICATIONS]);
}

/**
 * lian_capability_get_regions:
 * @self: a capability
 *
 * Gets [property@Lian.Capability:regions].
 *
 * Returns: (transfer none) (array zero-terminated=1): the region codes, possibly none
 */
const char * const *
lian_capability_get_regions (LianCapability *self)
{
  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), NULL);

  return lian_strv_get (CAPABILITY_ROW (self)->regions);
}

/**
 * lian_capability_set_regions:
 * @self: a capability
 * @regions: (nullable) (array zero-terminated=1): the region codes
 *
 * Sets [property@Lian.Capability:regions].
 */
void
lian_capability_set_regions (LianCapability     *self,
                             const char * const *regions)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CAPABILITY (self));

  if (lian_strv_set (&CAPABILITY_ROW (self)->regions, regions))
    lian_record_changed (LIAN_RECORD (self), props[PROP_REGIONS]);
}

/**
 * lian_capability_get_capacity_for_days:
 * @self: a capability
 * @days: a number of days
 *
 * How many units the capability makes in @days days at its capacity: a
 * month counts 30 days, a year 365, and a part of a period counts its part
 * (rounded down).
 *
 * Returns: the number of units
 */
guint64
lian_capability_get_capacity_for_days (LianCapability *self,
                                       guint           days)
{
  static const guint period_days[] = { 1, 7, 30, 365 };

  g_return_val_if_fail (LIAN_IS_CAPABILITY (self), 0);

  return (guint64) CAPABILITY_ROW (self)->capacity * days /
         period_days[CAPABILITY_ROW (self)->period];
}
