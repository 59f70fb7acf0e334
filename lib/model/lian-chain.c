/* lian-chain.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-chain.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-i18n-private.h"

/**
 * LianChain:
 *
 * An industrial chain: the province's key, advantage and excellent chains,
 * and those cities and counties keep of their own. A chain runs through
 * ordered segments, upstream to downstream, and has one or more
 * chain-leader enterprises (链主企业), held by id.
 *
 * ```js
 * const ic = new Lian.Chain({
 *     id: 'chain-wx-ic', name: '集成电路', tier: Lian.ChainTier.EXCELLENT,
 *     level: Lian.Level.CITY, region: '320200',
 * });
 * ic.add_segment('芯片设计');
 * ic.add_segment('晶圆制造');
 * ic.add_segment('封装测试');
 * ic.add_leader('ent-wx-1');
 * ic.get_segment_index('封装测试');   // 2
 * ```
 */

typedef struct
{
  LianRowHead head;
  LianChainTier tier;
  LianLevel level;
  char *cluster;
  char *region;
  GStrv segments;
  GStrv leader_ids;
} LianChainRow;

struct _LianChain
{
  LianRecordObject parent_instance;
  LianChainRow row;
};

/* The fields of @self, in its row. */
#define CHAIN_ROW(self) (&(self)->row)

G_DEFINE_FINAL_TYPE (LianChain, lian_chain, LIAN_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TIER,
  PROP_CLUSTER,
  PROP_LEVEL,
  PROP_REGION,
  PROP_SEGMENTS,
  PROP_LEADER_IDS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
check_no_duplicates (const char          *field,
                     const char * const  *items,
                     GError             **error)
{
  for (guint i = 0; items && items[i]; i++)
    for (guint j = 0; j < i; j++)
      if (g_str_equal (items[i], items[j]))
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("%s[%u]: \"%s\" appears twice"), field, i, items[i]);
          return FALSE;
        }
  return TRUE;
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianChainRow *row = data;
  const char * const *segments = lian_strv_get (row->segments);

  return lian_check_required ("name", row->head.name, error) &&
         lian_check_region_field ("region", row->region, TRUE, error) &&
         lian_check_string_list ("segments", segments, error) &&
         check_no_duplicates ("segments", segments, error) &&
         lian_check_id_list ("leader_ids", lian_strv_get (row->leader_ids), error);
}

static void
lian_chain_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LianChain *self = LIAN_CHAIN (object);

  switch (prop_id)
    {
    case PROP_TIER:
      g_value_set_enum (value, lian_chain_get_tier (self));
      break;
    case PROP_CLUSTER:
      g_value_set_string (value, lian_chain_get_cluster (self));
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, lian_chain_get_level (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, lian_chain_get_region (self));
      break;
    case PROP_SEGMENTS:
      g_value_set_boxed (value, lian_chain_get_segments (self));
      break;
    case PROP_LEADER_IDS:
      g_value_set_boxed (value, lian_chain_get_leader_ids (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_chain_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LianChain *self = LIAN_CHAIN (object);

  switch (prop_id)
    {
    case PROP_TIER:
      lian_chain_set_tier (self, g_value_get_enum (value));
      break;
    case PROP_CLUSTER:
      lian_chain_set_cluster (self, g_value_get_string (value));
      break;
    case PROP_LEVEL:
      lian_chain_set_level (self, g_value_get_enum (value));
      break;
    case PROP_REGION:
      lian_chain_set_region (self, g_value_get_string (value));
      break;
    case PROP_SEGMENTS:
      lian_chain_set_segments (self, g_value_get_boxed (value));
      break;
    case PROP_LEADER_IDS:
      lian_chain_set_leader_ids (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianChainRow, leader_ids, "leader-ids", "leader_ids", ENTERPRISE,
                 LIAN_REF_LIST | LIAN_REF_SPANS),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "tier", "cluster", "level", "region", "segments", "leader_ids", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianChainRow, cluster, OWN),
  LIAN_TEXT_DECL (LianChainRow, region, SHARED),
  LIAN_TEXT_DECL_REPEATED (LianChainRow, segments, LIST),
  LIAN_TEXT_DECL (LianChainRow, leader_ids, LIST),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianChainRow, tier, ENUM),
  LIAN_FIELD_DECL (LianChainRow, level, ENUM),
};

static const LianKindDecl kind_decl = {
  "chains", members,
  refs, G_N_ELEMENTS (refs),
  .region = "region", .region_offset = G_STRUCT_OFFSET (LianChainRow, region),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianChain, row),
  .row_size = G_SIZEOF_MEMBER (LianChain, row), .kind = LIAN_RECORD_KIND_CHAIN,
  .validate = validate_row,
};

static void
lian_chain_class_init (LianChainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_chain_get_property;
  object_class->set_property = lian_chain_set_property;

  record_class->kind = LIAN_RECORD_KIND_CHAIN;

  /**
   * LianChain:tier:
   *
   * How the province rates the chain: key, advantage, excellent, or not
   * rated.
   */
  props[PROP_TIER] =
    g_param_spec_enum ("tier", NULL, NULL, LIAN_TYPE_CHAIN_TIER,
                       LIAN_CHAIN_TIER_UNRATED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianChain:cluster:
   *
   * The advanced-manufacturing cluster the chain belongs to
   * (`集成电路与新一代信息技术`), if any.
   */
  props[PROP_CLUSTER] =
    g_param_spec_string ("cluster", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianChain:level:
   *
   * The level that keeps the chain: the province, a city or a county.
   */
  props[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, LIAN_TYPE_LEVEL,
                       LIAN_LEVEL_PROVINCE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianChain:region:
   *
   * The GB/T 2260 code of the region that keeps the chain (`320200`).
   * Required.
   */
  props[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianChain:segments:
   *
   * The chain's segments in order, upstream to downstream; each appears
   * once.
   */
  props[PROP_SEGMENTS] =
    g_param_spec_boxed ("segments", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianChain:leader-ids:
   *
   * The ids of the chain's chain-leader enterprises, each a
   * [class@Lian.Enterprise].
   */
  props[PROP_LEADER_IDS] =
    g_param_spec_boxed ("leader-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_chain_init (LianChain *self)
{
  CHAIN_ROW (self)->tier = LIAN_CHAIN_TIER_UNRATED;
  CHAIN_ROW (self)->level = LIAN_LEVEL_PROVINCE;
}

/**
 * lian_chain_new:
 * @id: the chain's id
 * @name: (nullable): the chain's name (`集成电路`)
 *
 * Creates a chain.
 *
 * Returns: (transfer full): a new chain
 */
LianChain *
lian_chain_new (const char *id,
                const char *name)
{
  return g_object_new (LIAN_TYPE_CHAIN, "id", id, "name", name, NULL);
}

/**
 * lian_chain_get_tier:
 * @self: a chain
 *
 * Gets how the province rates the chain.
 *
 * Returns: the tier
 */
LianChainTier
lian_chain_get_tier (LianChain *self)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), LIAN_CHAIN_TIER_UNRATED);

  return CHAIN_ROW (self)->tier;
}

/**
 * lian_chain_set_tier:
 * @self: a chain
 * @tier: the tier
 *
 * Sets how the province rates the chain.
 */
void
lian_chain_set_tier (LianChain     *self,
                     LianChainTier  tier)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CHAIN (self));

  if (CHAIN_ROW (self)->tier == tier)
    return;
  CHAIN_ROW (self)->tier = tier;
  lian_record_changed (LIAN_RECORD (self), props[PROP_TIER]);
}

/**
 * lian_chain_get_cluster:
 * @self: a chain
 *
 * Gets the advanced-manufacturing cluster the chain belongs to.
 *
 * Returns: (nullable): the cluster
 */
const char *
lian_chain_get_cluster (LianChain *self)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), NULL);

  return CHAIN_ROW (self)->cluster;
}

/**
 * lian_chain_set_cluster:
 * @self: a chain
 * @cluster: (nullable): the cluster
 *
 * Sets the advanced-manufacturing cluster the chain belongs to.
 */
void
lian_chain_set_cluster (LianChain  *self,
                        const char *cluster)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CHAIN (self));

  if (lian_str_set (&CHAIN_ROW (self)->cluster, cluster))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CLUSTER]);
}

/**
 * lian_chain_get_level:
 * @self: a chain
 *
 * Gets the level that keeps the chain.
 *
 * Returns: the level
 */
LianLevel
lian_chain_get_level (LianChain *self)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), LIAN_LEVEL_PROVINCE);

  return CHAIN_ROW (self)->level;
}

/**
 * lian_chain_set_level:
 * @self: a chain
 * @level: the level
 *
 * Sets the level that keeps the chain.
 */
void
lian_chain_set_level (LianChain *self,
                      LianLevel  level)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CHAIN (self));

  if (CHAIN_ROW (self)->level == level)
    return;
  CHAIN_ROW (self)->level = level;
  lian_record_changed (LIAN_RECORD (self), props[PROP_LEVEL]);
}

/**
 * lian_chain_get_region:
 * @self: a chain
 *
 * Gets the code of the region that keeps the chain.
 *
 * Returns: (nullable): the region code
 */
const char *
lian_chain_get_region (LianChain *self)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), NULL);

  return CHAIN_ROW (self)->region;
}

/**
 * lian_chain_set_region:
 * @self: a chain
 * @region: (nullable): a GB/T 2260 region code
 *
 * Sets the region that keeps the chain. [method@Lian.Record.validate]
 * checks the code.
 */
void
lian_chain_set_region (LianChain  *self,
                       const char *region)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CHAIN (self));

  if (lian_str_set_shared (&CHAIN_ROW (self)->region, region))
    lian_record_changed (LIAN_RECORD (self), props[PROP_REGION]);
}

/**
 * lian_chain_get_segments:
 * @self: a chain
 *
 * Gets the chain's segments, upstream to downstream.
 *
 * Returns: (transfer none) (array zero-terminated=1): the segments
 */
const char * const *
lian_chain_get_segments (LianChain *self)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), lian_strv_empty);

  return lian_strv_get (CHAIN_ROW (self)->segments);
}

/**
 * lian_chain_set_segments:
 * @self: a chain
 * @segments: (nullable) (array zero-terminated=1): the segments, upstream
 *   to downstream
 *
 * Replaces the chain's segments. [method@Lian.Record.validate] checks that
 * none is empty and none appears twice.
 */
void
lian_chain_set_segments (LianChain          *self,
                         const char * const *segments)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CHAIN (self));

  if (lian_strv_set (&CHAIN_ROW (self)->segments, segments))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SEGMENTS]);
}

/**
 * lian_chain_add_segment:
 * @self: a chain
 * @segment: a segment (`封装测试`)
 *
 * Appends @segment downstream of the chain's other segments.
 *
 * Returns: true if it was added; false if the chain already has it
 */
gboolean
lian_chain_add_segment (LianChain  *self,
                        const char *segment)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_CHAIN (self), FALSE);
  g_return_val_if_fail (segment != NULL, FALSE);

  if (!lian_strv_add (&CHAIN_ROW (self)->segments, segment))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SEGMENTS]);
  return TRUE;
}

/**
 * lian_chain_remove_segment:
 * @self: a chain
 * @segment: a segment
 *
 * Removes @segment from the chain; the others keep their order.
 *
 * Returns: true if it was removed; false if the chain did not have it
 */
gboolean
lian_chain_remove_segment (LianChain  *self,
                           const char *segment)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_CHAIN (self), FALSE);
  g_return_val_if_fail (segment != NULL, FALSE);

  if (!lian_strv_remove (&CHAIN_ROW (self)->segments, segment))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SEGMENTS]);
  return TRUE;
}

/**
 * lian_chain_get_segment_index:
 * @self: a chain
 * @segment: a segment
 *
 * Gets where @segment sits on the chain, counting from the most upstream
 * segment at 0.
 *
 * Returns: the index of @segment, or -1 if the chain does not have it
 */
int
lian_chain_get_segment_index (LianChain  *self,
                              const char *segment)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), -1);
  g_return_val_if_fail (segment != NULL, -1);

  for (int i = 0; CHAIN_ROW (self)->segments && CHAIN_ROW (self)->segments[i]; i++)
    if (g_str_equal (CHAIN_ROW (self)->segments[i], segment))
      return i;
  return -1;
}

/**
 * lian_chain_has_segment:
 * @self: a chain
 * @segment: a segment
 *
 * Whether the chain has @segment.
 *
 * Returns: true if it has
 */
gboolean
lian_chain_has_segment (LianChain  *self,
                        const char *segment)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), FALSE);
  g_return_val_if_fail (segment != NULL, FALSE);

  return g_strv_contains (lian_strv_get (CHAIN_ROW (self)->segments), segment);
}

/**
 * lian_chain_get_leader_ids:
 * @self: a chain
 *
 * Gets the ids of the chain's chain-leader enterprises.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 */
const char * const *
lian_chain_get_leader_ids (LianChain *self)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), lian_strv_empty);

  return lian_strv_get (CHAIN_ROW (self)->leader_ids);
}

/**
 * lian_chain_set_leader_ids:
 * @self: a chain
 * @leader_ids: (nullable) (array zero-terminated=1): the ids of
 *   [class@Lian.Enterprise] records
 *
 * Replaces the chain's chain-leader enterprises.
 */
void
lian_chain_set_leader_ids (LianChain          *self,
                           const char * const *leader_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_CHAIN (self));

  if (lian_strv_set (&CHAIN_ROW (self)->leader_ids, leader_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_LEADER_IDS]);
}

/**
 * lian_chain_add_leader:
 * @self: a chain
 * @enterprise_id: the id of a [class@Lian.Enterprise]
 *
 * Makes an enterprise one of the chain's chain-leader enterprises.
 *
 * Returns: true if it was added; false if it already was a leader
 */
gboolean
lian_chain_add_leader (LianChain  *self,
                       const char *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_CHAIN (self), FALSE);
  g_return_val_if_fail (enterprise_id != NULL, FALSE);

  if (!lian_strv_add (&CHAIN_ROW (self)->leader_ids, enterprise_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_LEADER_IDS]);
  return TRUE;
}

/**
 * lian_chain_remove_leader:
 * @self: a chain
 * @enterprise_id: the id of a [class@Lian.Enterprise]
 *
 * Removes an enterprise from the chain's chain-leader enterprises.
 *
 * Returns: true if it was removed; false if it was not a leader
 */
gboolean
lian_chain_remove_leader (LianChain  *self,
                          const char *enterprise_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_CHAIN (self), FALSE);
  g_return_val_if_fail (enterprise_id != NULL, FALSE);

  if (!lian_strv_remove (&CHAIN_ROW (self)->leader_ids, enterprise_id))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_LEADER_IDS]);
  return TRUE;
}

/**
 * lian_chain_is_leader:
 * @self: a chain
 * @enterprise_id: the id of a [class@Lian.Enterprise]
 *
 * Whether an enterprise is one of the chain's chain-leader enterprises.
 *
 * Returns: true if it is
 */
gboolean
lian_chain_is_leader (LianChain  *self,
                      const char *enterprise_id)
{
  g_return_val_if_fail (LIAN_IS_CHAIN (self), FALSE);
  g_return_val_if_fail (enterprise_id != NULL, FALSE);

  return g_strv_contains (lian_strv_get (CHAIN_ROW (self)->leader_ids), enterprise_id);
}
