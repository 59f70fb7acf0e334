/* lian-region.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-region.h"
#include "lian-enum-types.h"
#include "lian-record-private.h"
#include "lian-region-code.h"

/**
 * LianRegion:
 *
 * A province, city or county, with its name. Its id is its six-digit
 * GB/T 2260 code; its level and its parent follow from the code.
 *
 * Region fields of other records hold codes, not references: a region
 * record only gives a code its name, for the codes lian's own table does
 * not know.
 *
 * ```python
 * district = Lian.Region.new('320214', '新吴区')
 * print(district.props.level)          # <enum LIAN_LEVEL_COUNTY ...>
 * print(district.props.parent_code)    # 320200
 * ```
 */

struct _LianRegion
{
  LianRecordObject parent_instance;
  LianRowHead row;   /* a region has no fields: its row is only its head */
};

G_DEFINE_FINAL_TYPE (LianRegion, lian_region, LIAN_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_PARENT_CODE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianRowHead *head = data;

  return lian_check_region_field ("id", head->id, TRUE, error) &&
         lian_check_required ("name", head->name, error);
}

/* The code one level up, as lian_adcode_dup_parent() gives it; NULL for a
 * province or a region whose code is not valid. */
static char *
dup_parent_code (LianRegion *self)
{
  const char *code = lian_record_get_id (LIAN_RECORD (self));

  return lian_adcode_is_valid (code) ? lian_adcode_dup_parent (code) : NULL;
}

static void
lian_region_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LianRegion *self = LIAN_REGION (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_enum (value, lian_region_get_level (self));
      break;
    case PROP_PARENT_CODE:
      g_value_take_string (value, dup_parent_code (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry. */
/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", NULL
};

static const LianKindDecl kind_decl = {
  "regions", members,
  .region = "id", .region_offset = -1,
  .row = G_STRUCT_OFFSET (LianRegion, row),
  .row_size = G_SIZEOF_MEMBER (LianRegion, row), .kind = LIAN_RECORD_KIND_REGION,
  .validate = validate_row,
};

static void
lian_region_class_init (LianRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_region_get_property;

  record_class->kind = LIAN_RECORD_KIND_REGION;

  /**
   * LianRegion:level:
   *
   * The level of the region, from its code: `320000` is a province,
   * `320200` a city, `320214` a county. A region whose code is not valid
   * reads as a county.
   */
  props[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, LIAN_TYPE_LEVEL,
                       LIAN_LEVEL_COUNTY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianRegion:parent-code:
   *
   * The code of the region one level up (`320214` → `320200`), or `NULL`
   * for a province or a region whose code is not valid.
   */
  props[PROP_PARENT_CODE] =
    g_param_spec_string ("parent-code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_region_init (LianRegion *self)
{
}

/**
 * lian_region_new:
 * @code: the region's six-digit GB/T 2260 code, which is its id
 * @name: (nullable): the region's name
 *
 * Creates a region.
 *
 * Returns: (transfer full): a new region
 */
LianRegion *
lian_region_new (const char *code,
                 const char *name)
{
  return g_object_new (LIAN_TYPE_REGION, "id", code, "name", name, NULL);
}

/**
 * lian_region_get_code:
 * @self: a region
 *
 * Gets the region's code: its id.
 *
 * Returns: (nullable): the code
 */
const char *
lian_region_get_code (LianRegion *self)
{
  g_return_val_if_fail (LIAN_IS_REGION (self), NULL);

  return lian_record_get_id (LIAN_RECORD (self));
}

/**
 * lian_region_get_level:
 * @self: a region
 *
 * Gets the level of the region, from its code. A region whose code is not
 * valid reads as a county; [method@Lian.Record.validate] reports the code.
 *
 * Returns: the level
 */
LianLevel
lian_region_get_level (LianRegion *self)
{
  const char *code;

  g_return_val_if_fail (LIAN_IS_REGION (self), LIAN_LEVEL_COUNTY);

  code = lian_record_get_id (LIAN_RECORD (self));
  if (!lian_adcode_is_valid (code))
    return LIAN_LEVEL_COUNTY;
  return lian_adcode_get_level (code);
}

/**
 * lian_region_dup_parent_code:
 * @self: a region
 *
 * Gets the code of the region one level up, as
 * [func@Lian.adcode_dup_parent] gives it for the region's code, and as
 * [property@Lian.Region:parent-code] reads.
 *
 * Returns: (transfer full) (nullable): the parent's code, or `NULL` for a
 *   province or a region whose code is not valid
 *
 * Deprecated: 0.2: Use [func@Lian.adcode_dup_parent] on the region's code,
 *   or read [property@Lian.Region:parent-code].
 */
char *
lian_region_dup_parent_code (LianRegion *self)
{
  g_return_val_if_fail (LIAN_IS_REGION (self), NULL);

  return dup_parent_code (self);
}
