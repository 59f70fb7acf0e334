/* lian-csv-names.c: finding records by name in an import
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A spreadsheet names an enterprise, a chain or an organisation as people
 * write it: without 有限公司, with the other kind of brackets, with spaces.
 * Names are compared as lian_text_normalize_name() writes them, the same
 * rule `lian validate` uses to find duplicate enterprises; a name that
 * matches nothing gets the closest names as suggestions, found through the
 * character bigrams the names share.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-registry.h"
#include "lian-error.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"

/* A name at least this like the one asked for (Dice coefficient of their
 * bigrams) is suggested. */
#define SUGGEST_MIN_SCORE 0.4
#define SUGGEST_MAX 3
/* A bigram in more than this share of the names (有限, 科技, 无锡) is not
 * walked to find candidates, only looked up for those found through the
 * rarer ones: a name is then compared with a few thousand others at most,
 * not with every name that shares 科技 with it. Below COMMON_MIN names
 * every bigram is walked. */
#define COMMON_SHARE 0.05
#define COMMON_MIN 64

struct _LianCsvNames
{
  GPtrArray  *records;     /* LianRecord, owned, in the registry's order */
  GHashTable *exact;       /* name → GPtrArray of LianRecord (borrowed) */
  GHashTable *normalized;  /* normalised name → GPtrArray of LianRecord */
  GHashTable *bigrams;     /* bigram → GArray of guint (index in records); made on demand */
  GArray     *n_bigrams;   /* guint per record */
  GHashTable *suggested;   /* normalised name → suggestion ("" for none) */
};

static void
add_to (GHashTable *table,
        char       *key,
        LianRecord *record)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, key, list);
    }
  else
    g_free (key);
  if (list->len == 0 || g_ptr_array_index (list, list->len - 1) != record)
    g_ptr_array_add (list, record);
}

LianCsvNames *
lian_csv_names_new (LianRegistry   *registry,
                    LianRecordKind  kind)
{
  LianCsvNames *names = g_new0 (LianCsvNames, 1);
  g_autoptr(GListModel) list = lian_registry_get_records (registry, kind);
  guint n = g_list_model_get_n_items (list);
  GString *key = g_string_new (NULL);

  names->records = g_ptr_array_new_full (n, g_object_unref);
  names->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
  names->normalized = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      LianRecord *record = g_list_model_get_item (list, i);
      const char *name = lian_record_get_name (record);

      g_ptr_array_add (names->records, record);
      if (name == NULL || name[0] == '\0')
        continue;
      add_to (names->exact, g_strdup (name), record);
      lian_text_normalize_name (name, key);
      if (key->len)
        add_to (names->normalized, g_strdup (key->str), record);
    }
  g_string_free (key, TRUE);
  return names;
}

void
lian_csv_names_free (LianCsvNames *names)
{
  if (names == NULL)
    return;
  g_hash_table_unref (names->exact);
  g_hash_table_unref (names->normalized);
  g_clear_pointer (&names->bigrams, g_hash_table_unref);
  g_clear_pointer (&names->n_bigrams, g_array_unref);
  g_clear_pointer (&names->suggested, g_hash_table_unref);
  g_ptr_array_unref (names->records);
  g_free (names);
}

LianCsvNames *
lian_csv_import_names (LianCsvImport  *import,
                       LianRecordKind  kind)
{
  if (import->names[kind] == NULL)
    import->names[kind] = lian_csv_names_new (import->registry, kind);
  return import->names[kind];
}

GPtrArray *
lian_csv_names_like (LianCsvNames *names,
                     const char   *key)
{
  /* A register without such records: no key to hash. */
  if (g_hash_table_size (names->normalized) == 0)
    return NULL;
  return g_hash_table_lookup (names->normalized, key);
}

GPtrArray *
lian_csv_names_lookup (LianCsvNames *names,
                       const char   *name,
                       gboolean     *exact)
{
  g_autofree char *key = NULL;
  GPtrArray *found = g_hash_table_lookup (names->exact, name);

  *exact = found != NULL;
  if (found)
    return found;
  key = lian_text_dup_normalized_name (name);
  return key[0] ? g_hash_table_lookup (names->normalized, key) : NULL;
}

/* Suggestions */

/* The distinct bigrams of @text (two characters, as UTF-8), in a set. */
static GHashTable *
bigrams_of (const char *text)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text;

  if (!g_utf8_validate (text, -1, NULL))
    return set;
  while (*p)
    {
      const char *q = g_utf8_next_char (p);
      if (*q == '\0')
        break;
      g_hash_table_add (set, g_strndup (p, g_utf8_next_char (q) - p));
      p = q;
    }
  return set;
}

static void
build_bigrams (LianCsvNames *names)
{
  GString *key = g_string_new (NULL);

  names->bigrams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
  names->n_bigrams = g_array_sized_new (FALSE, TRUE, sizeof (guint), names->records->len);
  g_array_set_size (names->n_bigrams, names->records->len);
  for (guint i = 0; i < names->records->len; i++)
    {
      g_autoptr(GHashTable) set = NULL;
      GHashTableIter iter;
      gpointer bigram;

      lian_text_normalize_name (lian_record_get_name (g_ptr_array_index (names->records, i)), key);
      set = bigrams_of (key->str);
      g_array_index (names->n_bigrams, guint, i) = g_hash_table_size (set);
      g_hash_table_iter_init (&iter, set);
      while (g_hash_table_iter_next (&iter, &bigram, NULL))
        {
          GArray *posting = g_hash_table_lookup (names->bigrams, bigram);
          if (posting == NULL)
            {
              posting = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (names->bigrams, g_strdup (bigram), posting);
            }
          g_array_append_val (posting, i);
        }
    }
  g_string_free (key, TRUE);
}

typedef struct
{
  guint  index;
  double score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static int
compare_postings (gconstpointer a,
                  gconstpointer b)
{
  guint x = (*(GArray * const *) a)->len, y = (*(GArray * const *) b)->len;

  return x < y ? -1 : x > y;
}

static int
compare_index (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The posting lists of the bigrams of @query, shortest first. */
static GPtrArray *
postings_of (LianCsvNames *names,
             GHashTable   *query)
{
  GPtrArray *postings = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer bigram;

  g_hash_table_iter_init (&iter, query);
  while (g_hash_table_iter_next (&iter, &bigram, NULL))
    {
      GArray *posting = g_hash_table_lookup (names->bigrams, bigram);
      if (posting)
        g_ptr_array_add (postings, posting);
    }
  g_ptr_array_sort (postings, compare_postings);
  return postings;
}

/* Counts, in @shared, the bigrams each record shares with the query whose
 * posting lists are @postings (shortest first): the rare ones are walked,
 * and find the candidates; a common one (see COMMON_SHARE) is looked up
 * for each candidate found, in its list sorted by index. Where every
 * bigram is common, the rarest is walked. */
static void
count_shared (LianCsvNames *names,
              GPtrArray    *postings,
              GHashTable   *shared)
{
  guint common = MAX (COMMON_MIN, (guint) (names->records->len * COMMON_SHARE));
  guint walked = 0;

  for (; walked < postings->len; walked++)
    {
      GArray *posting = g_ptr_array_index (postings, walked);
      if (walked > 0 && posting->len > common)
        break;
      for (guint i = 0; i < posting->len; i++)
        {
          gpointer at = GUINT_TO_POINTER (g_array_index (posting, guint, i) + 1);
          g_hash_table_insert (shared, at,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (shared, at)) + 1));
        }
    }
  for (guint k = walked; k < postings->len; k++)
    {
      GArray *posting = g_ptr_array_index (postings, k);
      GHashTableIter iter;
      gpointer at, count;

      g_hash_table_iter_init (&iter, shared);
      while (g_hash_table_iter_next (&iter, &at, &count))
        {
          guint index = GPOINTER_TO_UINT (at) - 1;
          if (bsearch (&index, posting->data, posting->len, sizeof (guint), compare_index))
            g_hash_table_iter_replace (&iter, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
        }
    }
}

/* The records whose names are most like @key (a normalised name), best
 * first. */
static GArray *
closest (LianCsvNames *names,
         const char   *key)
{
  g_autoptr(GHashTable) query = bigrams_of (key);
  g_autoptr(GHashTable) shared = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) postings = NULL;
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint n_query = g_hash_table_size (query);
  GHashTableIter iter;
  gpointer index, count;

  if (n_query == 0)
    return found;
  if (names->bigrams == NULL)
    build_bigrams (names);
  postings = postings_of (names, query);
  count_shared (names, postings, shared);
  g_hash_table_iter_init (&iter, shared);
  while (g_hash_table_iter_next (&iter, &index, &count))
    {
      Candidate c = { GPOINTER_TO_UINT (index) - 1, 0 };
      c.score = 2.0 * GPOINTER_TO_UINT (count) /
                (n_query + g_array_index (names->n_bigrams, guint, c.index));
      if (c.score >= SUGGEST_MIN_SCORE)
        g_array_append_val (found, c);
    }
  g_array_sort (found, compare_candidates);
  return found;
}

static char *
suggest (LianCsvNames *names,
         const char   *key)
{
  g_autoptr(GArray) found = closest (names, key);
  GString *out;
  guint n = MIN (found->len, SUGGEST_MAX);

  if (n == 0)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      LianRecord *record = g_ptr_array_index (names->records,
                                              g_array_index (found, Candidate, i).index);
      if (i)
        g_string_append (out, i + 1 == n ? _(" or ") : _(", "));
      g_string_append_printf (out, "%s (%s)", lian_record_get_name (record),
                              lian_record_get_id (record));
    }
  return g_string_free (out, FALSE);
}

/* The names like @name, found once per normalised name: a file that
 * names the same unknown enterprise on every row asks once. */
char *
lian_csv_names_suggest (LianCsvNames *names,
                        const char   *name)
{
  g_autofree char *key = lian_text_dup_normalized_name (name);
  const char *cached;
  char *found;

  if (names->suggested == NULL)
    names->suggested = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  cached = g_hash_table_lookup (names->suggested, key);
  if (cached)
    return cached[0] ? g_strdup (cached) : NULL;
  found = suggest (names, key);
  g_hash_table_insert (names->suggested, g_steal_pointer (&key), g_strdup (found ? found : ""));
  return found;
}

char *
lian_csv_names_describe (GPtrArray *records)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    {
      LianRecord *record = g_ptr_array_index (records, i);
      if (i)
        g_string_append (out, i + 1 == records->len ? _(" and ") : _(", "));
      g_string_append_printf (out, "%s (%s)", lian_record_get_id (record),
                              lian_record_get_name (record));
    }
  return g_string_free (out, FALSE);
}
