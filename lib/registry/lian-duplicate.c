/* lian-duplicate.c: two records that may be one
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-duplicates-private.h"
#include "lian-enum-types.h"

/**
 * LianDuplicate:
 *
 * Two records of one kind that may be one: two enterprises with the same
 * credit code or names alike once 有限公司, brackets and the region are set
 * aside, or a need entered twice. [method@Lian.Registry.find_duplicates]
 * finds them; each says how sure lian is (its band) and why (its reasons).
 *
 * ```python
 * for pair in registry.find_duplicates(Lian.RecordKind.ENTERPRISE,
 *                                      Lian.DuplicateBand.LIKELY):
 *     print(pair.get_first_id(), pair.get_second_id(), pair.get_band(),
 *           '; '.join(pair.get_reasons()))
 * ```
 */

struct _LianDuplicate
{
  GObject parent_instance;

  char              *first_id;
  char              *second_id;
  LianRecordKind     kind;
  LianDuplicateBand  band;
  double             score;
  GStrv              reasons;
};

G_DEFINE_FINAL_TYPE (LianDuplicate, lian_duplicate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FIRST_ID,
  PROP_SECOND_ID,
  PROP_KIND,
  PROP_BAND,
  PROP_SCORE,
  PROP_REASONS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
lian_duplicate_finalize (GObject *object)
{
  LianDuplicate *self = LIAN_DUPLICATE (object);

  g_free (self->first_id);
  g_free (self->second_id);
  g_strfreev (self->reasons);

  G_OBJECT_CLASS (lian_duplicate_parent_class)->finalize (object);
}

static void
lian_duplicate_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LianDuplicate *self = LIAN_DUPLICATE (object);

  switch (prop_id)
    {
    case PROP_FIRST_ID:
      g_value_set_string (value, lian_duplicate_get_first_id (self));
      break;
    case PROP_SECOND_ID:
      g_value_set_string (value, lian_duplicate_get_second_id (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, lian_duplicate_get_kind (self));
      break;
    case PROP_BAND:
      g_value_set_enum (value, lian_duplicate_get_band (self));
      break;
    case PROP_SCORE:
      g_value_set_double (value, lian_duplicate_get_score (self));
      break;
    case PROP_REASONS:
      g_value_set_boxed (value, lian_duplicate_get_reasons (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_duplicate_class_init (LianDuplicateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lian_duplicate_finalize;
  object_class->get_property = lian_duplicate_get_property;

  /**
   * LianDuplicate:first-id:
   *
   * The id of the first record of the pair, the one a merge keeps.
   */
  props[PROP_FIRST_ID] =
    g_param_spec_string ("first-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianDuplicate:second-id:
   *
   * The id of the second record of the pair.
   */
  props[PROP_SECOND_ID] =
    g_param_spec_string ("second-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianDuplicate:kind:
   *
   * The kind of the two records.
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LIAN_TYPE_RECORD_KIND, LIAN_RECORD_KIND_ENTERPRISE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianDuplicate:band:
   *
   * How sure lian is that the two are one.
   */
  props[PROP_BAND] =
    g_param_spec_enum ("band", NULL, NULL, LIAN_TYPE_DUPLICATE_BAND,
                       LIAN_DUPLICATE_BAND_UNLIKELY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianDuplicate:score:
   *
   * The likeness of the two; 1 or more for a certain pair.
   */
  props[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * LianDuplicate:reasons:
   *
   * What the two have alike, or not, in lian's language.
   */
  props[PROP_REASONS] =
    g_param_spec_boxed ("reasons", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_duplicate_init (LianDuplicate *self)
{
}

LianDuplicate *
lian_duplicate_new (LianRecordKind      kind,
                    const char         *first_id,
                    const char         *second_id,
                    LianDuplicateBand   band,
                    double              score,
                    GStrv               reasons)
{
  LianDuplicate *self = g_object_new (LIAN_TYPE_DUPLICATE, NULL);

  self->kind = kind;
  self->first_id = g_strdup (first_id);
  self->second_id = g_strdup (second_id);
  self->band = band;
  self->score = score;
  self->reasons = reasons;
  return self;
}

/**
 * lian_duplicate_get_first_id:
 * @self: a pair
 *
 * Gets the id of the first record of the pair: the one added first, the one
 * a merge would keep.
 *
 * Returns: the id
 */
const char *
lian_duplicate_get_first_id (LianDuplicate *self)
{
  g_return_val_if_fail (LIAN_IS_DUPLICATE (self), NULL);

  return self->first_id;
}

/**
 * lian_duplicate_get_second_id:
 * @self: a pair
 *
 * Gets the id of the second record of the pair.
 *
 * Returns: the id
 */
const char *
lian_duplicate_get_second_id (LianDuplicate *self)
{
  g_return_val_if_fail (LIAN_IS_DUPLICATE (self), NULL);

  return self->second_id;
}

/**
 * lian_duplicate_get_kind:
 * @self: a pair
 *
 * Gets the kind of the two records.
 *
 * Returns: the kind
 */
LianRecordKind
lian_duplicate_get_kind (LianDuplicate *self)
{
  g_return_val_if_fail (LIAN_IS_DUPLICATE (self), LIAN_RECORD_KIND_ENTERPRISE);

  return self->kind;
}

/**
 * lian_duplicate_get_band:
 * @self: a pair
 *
 * Gets how sure lian is that the two are one.
 *
 * Returns: the band
 */
LianDuplicateBand
lian_duplicate_get_band (LianDuplicate *self)
{
  g_return_val_if_fail (LIAN_IS_DUPLICATE (self), LIAN_DUPLICATE_BAND_UNLIKELY);

  return self->band;
}

/**
 * lian_duplicate_get_score:
 * @self: a pair
 *
 * Gets the likeness of the two, from 0 (nothing alike) up; 1 or more for a
 * certain pair. Pairs of one band are sorted by it.
 *
 * Returns: the score
 */
double
lian_duplicate_get_score (LianDuplicate *self)
{
  g_return_val_if_fail (LIAN_IS_DUPLICATE (self), 0);

  return self->score;
}

/**
 * lian_duplicate_get_reasons:
 * @self: a pair
 *
 * Gets what the two have alike, or not, in lian's language: "same credit
 * code", "same telephone", "regions differ".
 *
 * Returns: (transfer none) (array zero-terminated=1): the reasons
 */
const char * const *
lian_duplicate_get_reasons (LianDuplicate *self)
{
  g_return_val_if_fail (LIAN_IS_DUPLICATE (self), NULL);

  return (const char * const *) self->reasons;
}
