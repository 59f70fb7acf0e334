/* lian-dup-score.c: how alike two enterprises, or two needs, are
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Enterprises: the same credit code makes a pair certain; otherwise the
 * name counts most (the same normalised name 0.7, the same core 0.5), then
 * the telephone (0.3), the contact (0.1) and the region (0.1 the same,
 * -0.2 in another city). A pair at 0.5 or more is likely, at 0.25 or more
 * unlikely, below that no pair. Needs of one enterprise and category: the
 * same title and submission date make a pair certain; near-equal titles
 * (0.4, the same 0.6) and dates (0.2 within 30 days, 0.4 the same day)
 * count up to likely at 0.6, unlikely at 0.4.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lian-dup-score-private.h"
#include "lian-date-private.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"

typedef struct
{
  double     score;
  GPtrArray *reasons;
} Tally;

static void
note (Tally      *t,
      double      weight,
      const char *reason)
{
  t->score += weight;
  g_ptr_array_add (t->reasons, g_strdup (reason));
}

static GStrv
take_reasons (Tally *t)
{
  g_ptr_array_add (t->reasons, NULL);
  return (GStrv) g_ptr_array_free (t->reasons, FALSE);
}

static LianDuplicate *
finish (Tally          *t,
        LianRecordKind  kind,
        LianRecord     *a,
        LianRecord     *b,
        gboolean        certain,
        double          likely,
        double          unlikely,
        int             min_band)
{
  LianDuplicateBand band = certain ? LIAN_DUPLICATE_BAND_CERTAIN
                         : t->score >= likely - 1e-9 ? LIAN_DUPLICATE_BAND_LIKELY
                         : LIAN_DUPLICATE_BAND_UNLIKELY;

  if ((!certain && t->score < unlikely - 1e-9) || (int) band < min_band)
    {
      g_ptr_array_unref (t->reasons);
      return NULL;
    }
  return lian_duplicate_new (kind, lian_record_get_id (a), lian_record_get_id (b), band,
                             t->score, take_reasons (t));
}

/* Whether a person decided that @a and @b are not one. */
static gboolean
decided_apart (LianEnterprise *a,
               LianEnterprise *b)
{
  return g_strv_contains (lian_enterprise_get_not_duplicates (a),
                          lian_record_get_id (LIAN_RECORD (b))) ||
         g_strv_contains (lian_enterprise_get_not_duplicates (b),
                          lian_record_get_id (LIAN_RECORD (a)));
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return a && b && a[0] && g_strcmp0 (a, b) == 0;
}

static void
score_names (Tally          *t,
             LianEnterprise *a,
             LianEnterprise *b,
             LianDupScratch *s)
{
  lian_text_normalize_name (lian_record_get_name (LIAN_RECORD (a)), s->x);
  lian_text_normalize_name (lian_record_get_name (LIAN_RECORD (b)), s->y);
  if (s->x->len && g_string_equal (s->x, s->y))
    {
      note (t, 0.7, same_text (lian_record_get_name (LIAN_RECORD (a)),
                               lian_record_get_name (LIAN_RECORD (b)))
                    ? _("same name") : _("same name written differently"));
      return;
    }
  lian_dup_name_core (lian_record_get_name (LIAN_RECORD (a)), s->x);
  lian_dup_name_core (lian_record_get_name (LIAN_RECORD (b)), s->y);
  if (s->x->len && g_string_equal (s->x, s->y))
    note (t, 0.5, _("same name once the region, brackets and company form are set aside"));
}

static void
score_contacts (Tally          *t,
                LianEnterprise *a,
                LianEnterprise *b,
                LianDupScratch *s)
{
  const char *ra = lian_enterprise_get_region (a), *rb = lian_enterprise_get_region (b);

  lian_dup_phone_key (lian_enterprise_get_contact_phone (a), s->x);
  lian_dup_phone_key (lian_enterprise_get_contact_phone (b), s->y);
  if (s->x->len && g_string_equal (s->x, s->y))
    note (t, 0.3, _("same telephone"));
  if (same_text (lian_enterprise_get_contact_name (a), lian_enterprise_get_contact_name (b)))
    note (t, 0.1, _("same contact"));
  if (same_text (ra, rb))
    note (t, 0.1, _("same region"));
  else if (ra && rb && strlen (ra) >= 4 && strlen (rb) >= 4 && strncmp (ra, rb, 4) != 0)
    note (t, -0.2, _("in different cities"));
}

LianDuplicate *
lian_dup_score_enterprises (LianEnterprise *a,
                            LianEnterprise *b,
                            int             min_band,
                            LianDupScratch *s)
{
  Tally t = { 0, g_ptr_array_new_with_free_func (g_free) };
  gboolean certain;

  if (decided_apart (a, b))
    {
      g_ptr_array_unref (t.reasons);
      return NULL;
    }
  certain = same_text (lian_enterprise_get_uscc (a), lian_enterprise_get_uscc (b));
  if (certain)
    note (&t, 1.0, _("same credit code"));
  score_names (&t, a, b, s);
  score_contacts (&t, a, b, s);
  return finish (&t, LIAN_RECORD_KIND_ENTERPRISE, LIAN_RECORD (a), LIAN_RECORD (b), certain,
                 0.5, 0.25, min_band);
}

/* Dice coefficient of the character bigrams of @x and @y. */
static double
bigram_likeness (const char *x,
                 const char *y)
{
  g_autoptr(GHashTable) grams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint nx = 0, ny = 0, shared = 0;

  for (const char *p = x; *p && *g_utf8_next_char (p); p = g_utf8_next_char (p), nx++)
    g_hash_table_add (grams, g_strndup (p, g_utf8_next_char (g_utf8_next_char (p)) - p));
  for (const char *p = y; *p && *g_utf8_next_char (p); p = g_utf8_next_char (p), ny++)
    {
      g_autofree char *gram = g_strndup (p, g_utf8_next_char (g_utf8_next_char (p)) - p);
      if (g_hash_table_remove (grams, gram))
        shared++;
    }
  return nx + ny ? 2.0 * shared / (nx + ny) : 0;
}

LianDuplicate *
lian_dup_score_needs (LianNeed       *a,
                      LianNeed       *b,
                      int             min_band,
                      LianDupScratch *s)
{
  Tally t = { 0, g_ptr_array_new_with_free_func (g_free) };
  gint32 da = lian_date_to_day (lian_need_get_submitted (a));
  gint32 db = lian_date_to_day (lian_need_get_submitted (b));
  gboolean same_title, same_day;

  if (g_strcmp0 (lian_need_get_enterprise_id (a), lian_need_get_enterprise_id (b)) != 0 ||
      lian_need_get_category (a) != lian_need_get_category (b))
    goto none;
  lian_text_normalize_name (lian_need_get_title (a), s->x);
  lian_text_normalize_name (lian_need_get_title (b), s->y);
  same_title = s->x->len && g_string_equal (s->x, s->y);
  if (same_title)
    note (&t, 0.6, _("same enterprise, category and title"));
  else if (g_utf8_validate (s->x->str, -1, NULL) && g_utf8_validate (s->y->str, -1, NULL) &&
           bigram_likeness (s->x->str, s->y->str) >= 0.8)
    note (&t, 0.4, _("same enterprise and category, near-equal titles"));
  else
    goto none;
  same_day = da != LIAN_DAY_INVALID && da == db;
  if (same_day)
    note (&t, 0.4, _("submitted the same day"));
  else if (da != LIAN_DAY_INVALID && db != LIAN_DAY_INVALID && abs (da - db) <= 30)
    note (&t, 0.2, _("submitted within 30 days"));
  return finish (&t, LIAN_RECORD_KIND_NEED, LIAN_RECORD (a), LIAN_RECORD (b),
                 same_title && same_day, 0.6, 0.4, min_band);
none:
  g_ptr_array_unref (t.reasons);
  return NULL;
}
