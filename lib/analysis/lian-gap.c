/* lian-gap.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-gap-private.h"
#include "lian-enum-types.h"
#include "lian-strv-private.h"

/**
 * LianGap:
 *
 * One line of the gap report that [method@Lian.Matcher.find_gaps] makes for
 * departments: the open needs of one [enum@Lian.NeedCategory] in one region
 * that no service item can serve, because none serves the category there,
 * applies to their chain or is valid on their date.
 *
 * ```js
 * for (const gap of matcher.find_gaps(null, Lian.Level.CITY))
 *     print(`${gap.region_name}: ${gap.n_needs} ${Lian.enum_to_nick(Lian.NeedCategory, gap.category)}`);
 * ```
 */

struct _LianGap
{
  GObject parent_instance;

  LianNeedCategory category;
  char *region;
  char *region_name;
  GStrv need_ids;
};

G_DEFINE_FINAL_TYPE (LianGap, lian_gap, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATEGORY,
  PROP_REGION,
  PROP_REGION_NAME,
  PROP_NEED_IDS,
  PROP_N_NEEDS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
lian_gap_finalize (GObject *object)
{
  LianGap *self = LIAN_GAP (object);

  g_free (self->region);
  g_free (self->region_name);
  g_strfreev (self->need_ids);

  G_OBJECT_CLASS (lian_gap_parent_class)->finalize (object);
}

static void
lian_gap_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LianGap *self = LIAN_GAP (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_enum (value, lian_gap_get_category (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, lian_gap_get_region (self));
      break;
    case PROP_REGION_NAME:
      g_value_set_string (value, lian_gap_get_region_name (self));
      break;
    case PROP_NEED_IDS:
      g_value_set_boxed (value, lian_gap_get_need_ids (self));
      break;
    case PROP_N_NEEDS:
      g_value_set_uint (value, lian_gap_get_n_needs (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_gap_class_init (LianGapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lian_gap_finalize;
  object_class->get_property = lian_gap_get_property;

  /**
   * LianGap:category:
   *
   * The category of the needs.
   */
  props[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, LIAN_TYPE_NEED_CATEGORY,
                       LIAN_NEED_CATEGORY_FINANCING,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianGap:region:
   *
   * The code of the region, at the level the report was asked for, that
   * holds the enterprises of the needs (`320200` for needs of enterprises
   * in `320214` in a report by city). `NULL` for needs whose enterprise has
   * no valid region.
   */
  props[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianGap:region-name:
   *
   * The name of [property@Lian.Gap:region], as
   * [method@Lian.Registry.dup_region_name] gives it.
   */
  props[PROP_REGION_NAME] =
    g_param_spec_string ("region-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianGap:need-ids:
   *
   * The ids of the needs, in the order of their ids.
   */
  props[PROP_NEED_IDS] =
    g_param_spec_boxed ("need-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianGap:n-needs:
   *
   * How many needs there are.
   */
  props[PROP_N_NEEDS] =
    g_param_spec_uint ("n-needs", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_gap_init (LianGap *self)
{
}

LianGap *
lian_gap_new_take (LianNeedCategory  category,
                   const char       *region,
                   const char       *region_name,
                   GStrv             need_ids)
{
  LianGap *self = g_object_new (LIAN_TYPE_GAP, NULL);

  self->category = category;
  self->region = g_strdup (region);
  self->region_name = g_strdup (region_name);
  self->need_ids = need_ids;
  return self;
}

/**
 * lian_gap_get_category:
 * @self: a gap
 *
 * Gets the category of the needs.
 *
 * Returns: the category
 */
LianNeedCategory
lian_gap_get_category (LianGap *self)
{
  g_return_val_if_fail (LIAN_IS_GAP (self), LIAN_NEED_CATEGORY_FINANCING);

  return self->category;
}

/**
 * lian_gap_get_region:
 * @self: a gap
 *
 * Gets the code of the region of the needs' enterprises.
 *
 * Returns: (nullable): the code, or `NULL` if they have no valid region
 */
const char *
lian_gap_get_region (LianGap *self)
{
  g_return_val_if_fail (LIAN_IS_GAP (self), NULL);

  return self->region;
}

/**
 * lian_gap_get_region_name:
 * @self: a gap
 *
 * Gets the name of the region of the needs' enterprises.
 *
 * Returns: (nullable): the name, or `NULL` if lian knows none
 */
const char *
lian_gap_get_region_name (LianGap *self)
{
  g_return_val_if_fail (LIAN_IS_GAP (self), NULL);

  return self->region_name;
}

/**
 * lian_gap_get_need_ids:
 * @self: a gap
 *
 * Gets the ids of the needs that no service item can serve.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, in order
 */
const char * const *
lian_gap_get_need_ids (LianGap *self)
{
  g_return_val_if_fail (LIAN_IS_GAP (self), lian_strv_empty);

  return lian_strv_get (self->need_ids);
}

/**
 * lian_gap_get_n_needs:
 * @self: a gap
 *
 * Gets how many needs no service item can serve.
 *
 * Returns: the number of needs
 */
guint
lian_gap_get_n_needs (LianGap *self)
{
  g_return_val_if_fail (LIAN_IS_GAP (self), 0);

  return self->need_ids ? g_strv_length (self->need_ids) : 0;
}
