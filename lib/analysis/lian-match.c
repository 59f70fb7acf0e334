/* lian-match.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-match-private.h"
#include "lian-matching-private.h"
#include "lian-bigrams-private.h"
#include "lian-enum-types.h"
#include "lian-words-private.h"
#include "lian-strv-private.h"

#define N_REASONS 5

/**
 * LianMatch:
 *
 * A service item that [class@Lian.Matcher] proposes for a need: which need,
 * which item, how well it fits (a score between 0 and 1) and why, in
 * readable reasons. Its ids and score are a snapshot: they do not follow
 * later changes of the need or the item. Its reasons are written when they
 * are first read, from the need and the item as they are then, in the
 * language of lian's messages when the match was made; a match never
 * asked for its reasons costs no text.
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

  char            *ids;         /* need id, service id, chain id: one block */
  const char      *need_id;
  const char      *service_id;
  const char      *chain;       /* the chain both name, NULL if the item names none */
  const char      *region;      /* the need's enterprise's, owned by @matching; nullable */
  double           score;
  /* What the reasons are made from, when first read */
  LianMatching    *matching;
  LianNeed        *need;
  LianServiceItem *item;
  /* All in one block: the array, then the strings; NULL until read. */
  char           **reasons;
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
lian_match_dispose (GObject *object)
{
  LianMatch *self = LIAN_MATCH (object);

  g_clear_object (&self->need);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (lian_match_parent_class)->dispose (object);
}

static void
lian_match_finalize (GObject *object)
{
  LianMatch *self = LIAN_MATCH (object);

  g_free (self->reasons);
  g_free (self->ids);
  g_clear_pointer (&self->matching, lian_matching_unref);

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

  object_class->dispose = lian_match_dispose;
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
   * words it shares with the need. They are written when first read, in
   * the language of lian's messages when the match was made
   * ([func@Lian.set_language], or the locale): `serves financing` in
   * English, `服务融资需求` in Chinese.
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

LianMatch *
lian_match_new_from_row (LianMatching       *matching,
                         const LianMatchRow *row)
{
  LianMatch *self = g_object_new (LIAN_TYPE_MATCH, NULL);
  const char *need_id = lian_record_get_id (LIAN_RECORD (row->need));
  const char *service_id = lian_record_get_id (LIAN_RECORD (row->item));
  gsize need_length = strlen (need_id) + 1, service_length = strlen (service_id) + 1;
  gsize chain_length = row->chain ? strlen (row->chain) + 1 : 0;

  self->ids = g_malloc (need_length + service_length + chain_length);
  self->need_id = memcpy (self->ids, need_id, need_length);
  self->service_id = memcpy (self->ids + need_length, service_id, service_length);
  if (row->chain)
    self->chain = memcpy (self->ids + need_length + service_length, row->chain, chain_length);
  self->region = row->region;
  self->score = CLAMP (row->score / 1e9, 0.0, 1.0);
  self->matching = lian_matching_ref (matching);
  self->need = g_object_ref (row->need);
  self->item = g_object_ref (row->item);
  return self;
}

/* Reasons */

void
lian_match_words_init (LianReasonWords *words)
{
  /* TRANSLATORS: a reason why a service item is proposed for a need: it
   * serves the need's category (in English its name, financing; in your
   * language its label, 融资). */
  words->serves = _("serves %s");
  /* TRANSLATORS: a reason why a service item is proposed for a need: the
   * region the item applies to (无锡市) contains the region of the need's
   * enterprise (江阴市). */
  words->scope = _("scope %s contains %s");
  /* TRANSLATORS: a reason why a service item is proposed: it applies in
   * every region. */
  words->no_scope = _("no region scope");
  /* TRANSLATORS: a reason why a service item is proposed: it names the
   * need's industrial chain, whose name follows (集成电路产业链). */
  words->same_chain = _("same chain %s");
  /* TRANSLATORS: a reason why a service item is proposed: it applies to
   * every industrial chain. */
  words->no_chain = _("no chain restriction");
  /* TRANSLATORS: a reason why a service item is proposed: it is valid on
   * the day the matcher judges on, YYYY-MM-DD. */
  words->valid_on = _("valid on %s");
  /* TRANSLATORS: a reason why a service item is proposed: the item's
   * keywords found in the need's text, a list (贷款, 贴息). */
  words->shared_words = _("shared words: %s");
  /* TRANSLATORS: a reason why a service item is proposed: the pieces of
   * the need's text that the item's text has too, a list. */
  words->shared_text = _("shared text: %s");
  /* TRANSLATORS: joins two items of a list: in Chinese 贷款、贴息. */
  g_snprintf (words->separator, sizeof words->separator, _("%s, %s"), "", "");
  for (guint c = 0; c < G_N_ELEMENTS (words->categories); c++)
    words->categories[c] = lian_words_value (LIAN_TYPE_NEED_CATEGORY, c);
}


static char *
fold (const char *text)
{
  return text ? g_utf8_casefold (text, -1) : NULL;
}

static gboolean
has_word (const char *folded_word,
          const char *folded_title,
          const char *folded_description)
{
  return folded_word[0] &&
         ((folded_title && strstr (folded_title, folded_word)) ||
          (folded_description && strstr (folded_description, folded_word)));
}

/* "shared words: 贷款, 贴息" from the item's keywords found in the need's
 * text; failing that, "shared text: …" from the pieces of the need's text
 * made of the bigrams both share. Leaves @out empty if they share
 * nothing. */
static void
shared_words (const LianReasonWords *words,
              LianNeed        *need,
              LianServiceItem *item,
              GString         *out)
{
  const char * const *keywords = lian_service_item_get_keywords (item);
  g_autofree char *title = NULL, *description = NULL;
  g_autoptr(GArray) set = NULL, pieces = NULL;

  if (keywords[0])
    {
      title = fold (lian_need_get_title (need));
      description = fold (lian_need_get_description (need));
    }
  for (guint i = 0; keywords[i]; i++)
    {
      g_autofree char *word = fold (keywords[i]);
      if (!has_word (word, title, description))
        continue;
      if (out->len)
        g_string_append (out, words->separator);
      g_string_append (out, keywords[i]);
    }
  if (out->len)
    {
      g_autofree char *list = g_string_free (g_string_new (out->str), FALSE);
      g_string_printf (out, words->shared_words, list);
      return;
    }

  set = g_array_new (FALSE, FALSE, sizeof (LianBigram));
  lian_bigrams_collect (set, lian_record_get_name (LIAN_RECORD (item)));
  lian_bigrams_collect (set, lian_service_item_get_description (item));
  for (guint i = 0; keywords[i]; i++)
    lian_bigrams_collect (set, keywords[i]);
  lian_bigrams_finish (set);
  pieces = g_array_new (FALSE, FALSE, sizeof (LianPiece));
  lian_bigrams_shared_pieces (pieces, lian_need_get_title (need),
                              (LianBigram *) set->data, set->len);
  lian_bigrams_shared_pieces (pieces, lian_need_get_description (need),
                              (LianBigram *) set->data, set->len);
  for (guint i = 0; i < pieces->len; i++)
    {
      const LianPiece *piece = &g_array_index (pieces, LianPiece, i);
      if (i)
        g_string_append (out, words->separator);
      g_string_append_len (out, piece->start, piece->length);
    }
  if (pieces->len)
    {
      g_autofree char *list = g_strdup (out->str);
      g_string_printf (out, words->shared_text, list);
    }
}

/* @n strings and their array in one block. */
static char **
pack (GString **texts,
      guint     n)
{
  gsize size = (n + 1) * sizeof (char *);
  char **block;
  char *text;

  for (guint i = 0; i < n; i++)
    size += texts[i]->len + 1;
  block = g_malloc (size);
  text = (char *) (block + n + 1);
  for (guint i = 0; i < n; i++)
    {
      block[i] = memcpy (text, texts[i]->str, texts[i]->len + 1);
      text += texts[i]->len + 1;
    }
  block[n] = NULL;
  return block;
}

/* The reasons, in the language of the call: 4, or 5 with the words the
 * texts share. */
static char **
make_reasons (LianMatch *self)
{
  GString *texts[N_REASONS];
  const char *scope = lian_service_item_get_region (self->item);
  const char *region = self->region;
  LianMatching *matching = self->matching;
  const LianReasonWords *words = lian_matching_get_words (matching);
  guint category = lian_need_get_category (self->need);
  char **reasons;

  for (guint i = 0; i < N_REASONS; i++)
    texts[i] = g_string_sized_new (64);
  g_string_printf (texts[0], words->serves,
                   category < G_N_ELEMENTS (words->categories) ? words->categories[category] : "");
  if (scope && scope[0] && region)
    g_string_printf (texts[1], words->scope, lian_matching_region_name (matching, scope),
                     lian_matching_region_name (matching, region));
  else
    g_string_assign (texts[1], words->no_scope);
  if (self->chain)
    g_string_printf (texts[2], words->same_chain, lian_matching_chain_name (matching, self->chain));
  else
    g_string_assign (texts[2], words->no_chain);
  g_string_printf (texts[3], words->valid_on, lian_matching_get_as_of (matching));
  shared_words (words, self->need, self->item, texts[4]);

  reasons = pack (texts, texts[4]->len ? N_REASONS : N_REASONS - 1);
  for (guint i = 0; i < N_REASONS; i++)
    g_string_free (texts[i], TRUE);
  return reasons;
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
 * `valid on 2023-10-08` and `shared words: 贷款, 贴息`. They are written
 * at the first call, in the language of lian's messages when the match
 * was made, and kept.
 *
 * Returns: (transfer none) (array zero-terminated=1): the reasons
 */
const char * const *
lian_match_get_reasons (LianMatch *self)
{
  char **reasons;

  g_return_val_if_fail (LIAN_IS_MATCH (self), lian_strv_empty);

  reasons = g_atomic_pointer_get (&self->reasons);
  if (reasons == NULL && self->matching)
    {
      reasons = make_reasons (self);
      /* Two threads may make them at once: the first to finish wins. */
      if (!g_atomic_pointer_compare_and_exchange (&self->reasons, NULL, reasons))
        {
          g_free (reasons);
          reasons = g_atomic_pointer_get (&self->reasons);
        }
    }
  return reasons ? (const char * const *) reasons : lian_strv_empty;
}
