/* lian-match.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-match-private.h"
#include "lian-strv-private.h"

/**
 * LianMatch:
 *
 * A service item that [class@Lian.Matcher] proposes for a need: which need,
 * which item, how well it fits (a score between 0 and 1) and why, in
 * readable reasons. A match is a snapshot: it does not follow later
 * changes of the need or the item.
 *
 * ```python
 * for match in Lian.Matcher.new(registry).match_need('need-007', 3):
 *     print(match.props.service_id, round(match.props.score, 2))
 *     for reason in match.get_reasons():
 *         print('  ', reason)   # serves financing, scope 无锡市 contains 新吴区, …
 * ```
 */

struct _LianMatch
{
  GObject parent_instance;

  /* All in one block, which @reasons starts: the array, then the strings. */
  char **reasons;
  const char *need_id;
  const char *service_id;
  double score;
};

G_DEFINE_FINAL_TYPE (LianMatch, lian_match, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NEED_ID,
  PROP_SERVICE_ID,
  PROP_SCORE,
  PROP_REASONS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
lian_match_finalize (GObject *object)
{
  LianMatch *self = LIAN_MATCH (object);

  g_free (self->reasons);

  G_OBJECT_CLASS (lian_match_parent_class)->finalize (object);
}

static void
lian_match_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LianMatch *self = LIAN_MATCH (object);

  switch (prop_id)
    {
    case PROP_NEED_ID:
      g_value_set_string (value, lian_match_get_need_id (self));
      break;
    case PROP_SERVICE_ID:
      g_value_set_string (value, lian_match_get_service_id (self));
      break;
    case PROP_SCORE:
      g_value_set_double (value, lian_match_get_score (self));
      break;
    case PROP_REASONS:
      g_value_set_boxed (value, lian_match_get_reasons (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_match_class_init (LianMatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lian_match_finalize;
  object_class->get_property = lian_match_get_property;

  /**
   * LianMatch:need-id:
   *
   * The id of the [class@Lian.Need] matched.
   */
  props[PROP_NEED_ID] =
    g_param_spec_string ("need-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianMatch:service-id:
   *
   * The id of the [class@Lian.ServiceItem] proposed.
   */
  props[PROP_SERVICE_ID] =
    g_param_spec_string ("service-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianMatch:score:
   *
   * How well the item fits the need, from 0 to 1; the higher the better.
   * [class@Lian.Matcher] explains how it is made up.
   */
  props[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianMatch:reasons:
   *
   * Why the item was proposed, one readable sentence per rule: the
   * category it serves, its region scope, its chains, its validity and the
   * words it shares with the need. They are written in the language of
   * lian's messages when the match is made ([func@Lian.set_language], or
   * the locale): `serves financing` in English, `服务融资需求` in Chinese.
   */
  props[PROP_REASONS] =
    g_param_spec_boxed ("reasons", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
lian_match_init (LianMatch *self)
{
}

/* Matching many needs makes many matches: one block each keeps them cheap. */
LianMatch *
lian_match_new (const char         *need_id,
                const char         *service_id,
                double              score,
                const char * const *reasons,
                guint               n_reasons)
{
  LianMatch *self = g_object_new (LIAN_TYPE_MATCH, NULL);
  gsize lengths[16];
  gsize size = (n_reasons + 1) * sizeof (char *);
  gsize need_length = strlen (need_id) + 1, service_length = strlen (service_id) + 1;
  char *text;

  g_assert (n_reasons < G_N_ELEMENTS (lengths));
  for (guint i = 0; i < n_reasons; i++)
    size += lengths[i] = strlen (reasons[i]) + 1;
  size += need_length + service_length;

  self->reasons = g_malloc (size);
  text = (char *) (self->reasons + n_reasons + 1);
  for (guint i = 0; i < n_reasons; i++)
    {
      self->reasons[i] = memcpy (text, reasons[i], lengths[i]);
      text += lengths[i];
    }
  self->reasons[n_reasons] = NULL;
  self->need_id = memcpy (text, need_id, need_length);
  self->service_id = memcpy (text + need_length, service_id, service_length);
  self->score = CLAMP (score, 0.0, 1.0);
  return self;
}

/**
 * lian_match_get_need_id:
 * @self: a match
 *
 * Gets the id of the need matched.
 *
 * Returns: the id
 */
const char *
lian_match_get_need_id (LianMatch *self)
{
  g_return_val_if_fail (LIAN_IS_MATCH (self), NULL);

  return self->need_id;
}

/**
 * lian_match_get_service_id:
 * @self: a match
 *
 * Gets the id of the service item proposed.
 *
 * Returns: the id
 */
const char *
lian_match_get_service_id (LianMatch *self)
{
  g_return_val_if_fail (LIAN_IS_MATCH (self), NULL);

  return self->service_id;
}

/**
 * lian_match_get_score:
 * @self: a match
 *
 * Gets how well the item fits the need.
 *
 * Returns: the score, from 0 to 1
 */
double
lian_match_get_score (LianMatch *self)
{
  g_return_val_if_fail (LIAN_IS_MATCH (self), 0.0);

  return self->score;
}

/**
 * lian_match_get_reasons:
 * @self: a match
 *
 * Gets why the item was proposed, such as `serves financing`,
 * `scope 无锡市 contains 新吴区`, `same chain 集成电路产业链`,
 * `valid on 2023-10-08` and `shared words: 贷款, 贴息`.
 *
 * Returns: (transfer none) (array zero-terminated=1): the reasons
 */
const char * const *
lian_match_get_reasons (LianMatch *self)
{
  g_return_val_if_fail (LIAN_IS_MATCH (self), lian_strv_empty);

  return self->reasons ? (const char * const *) self->reasons : lian_strv_empty;
}
