/* lian-journal.c: a registry's journal, a list model of LianChange kept as
 * compact entries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Most of a journal is additions (an import adds thousands of records at
 * once); their LianChange objects are made only when someone reads them.
 * An entry is its record alone; what entries share is kept once for a run
 * of them: an import's additions, made at one time by one actor with
 * sequence numbers that follow one another, are one run.
 */
#include "config.h"

#include <gio/gio.h>

#include "lian-journal-private.h"
#include "lian-change-private.h"
#include "lian-pages-private.h"

/* The entries from @start on, up to the next run's start. */
typedef struct
{
  guint        start;
  guint64      sequence;   /* the first entry's; the others' follow it */
  gint64       time;
  const char  *actor;      /* interned */
  guint64      revision;
  guint        operation;
} Run;

/* An entry's record, or with its lowest bit set, the registry's entry of
 * a record added as a row, whose object is made when the entry is read
 * or the record leaves (lian_journal_settle()). */
#define IS_ROW(record)    (((guintptr) (record) & 1) != 0)
#define ROW_ENTRY(record) ((gpointer) ((guintptr) (record) & ~(guintptr) 1))

struct _LianJournal
{
  GObject  parent_instance;
  GArray  *records;        /* gpointer: each entry's record (owned) or row */
  GArray  *runs;           /* Run, in the order of their starts */
  GHashTable *changes;     /* place → the entry's LianChange (owned), made
                            * when read or appended made; NULL until one is */
  guint    held;           /* lian_journal_hold() without its release */
  guint    held_from;      /* its length when the hold began */
  guint    n_rows;         /* entries whose record is a registry's entry */
  GHashTable *row_places;  /* registry entry → its place, plus one, among
                            * entries: made when a first one is settled */
  LianJournalMaker maker;
  gpointer maker_data;
};

static void list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LianJournal, lian_journal, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_init))

/* From how many entries expected at once lian_journal_hold() makes room
 * for them in an array of its own. */
#define ROOM_AT_ONCE 65536

static void
record_clear (gpointer data)
{
  gpointer *record = data;

  if (!IS_ROW (*record))
    g_clear_object (record);
}

static void
lian_journal_finalize (GObject *object)
{
  LianJournal *self = LIAN_JOURNAL (object);

  g_clear_pointer (&self->changes, g_hash_table_unref);
  g_array_unref (self->records);
  g_array_unref (self->runs);
  g_clear_pointer (&self->row_places, g_hash_table_unref);

  G_OBJECT_CLASS (lian_journal_parent_class)->finalize (object);
}

static void
lian_journal_class_init (LianJournalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_journal_finalize;
}

static void
lian_journal_init (LianJournal *self)
{
  /* Zeroed: lian_journal_hold() shrinks it over room no entry took. */
  self->records = g_array_new (FALSE, TRUE, sizeof (gpointer));
  g_array_set_clear_func (self->records, record_clear);
  self->runs = g_array_new (FALSE, FALSE, sizeof (Run));
}

/* The record of the entry at @place. */
static inline gpointer *
record_at (LianJournal *self,
           guint        place)
{
  return &g_array_index (self->records, gpointer, place);
}

/* The run of the entry at @place. */
static const Run *
run_of (LianJournal *self,
        guint        place)
{
  const Run *runs = (const Run *) self->runs->data;
  guint lo = 0, hi = self->runs->len;

  /* The last run that starts at or before @place. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (runs[mid].start <= place)
        lo = mid;
      else
        hi = mid;
    }
  return &runs[lo];
}

/* The entry at @place gets its record's object, which it holds from now
 * on. */
static void
settle (LianJournal *self,
        guint        place)
{
  gpointer *record = record_at (self, place);
  gpointer row_entry = ROW_ENTRY (*record);

  g_assert (self->maker != NULL);
  *record = g_object_ref (self->maker (row_entry, self->maker_data));
  self->n_rows--;
  if (self->row_places)
    g_hash_table_remove (self->row_places, row_entry);
}

static void
keep_change (LianJournal *self,
             guint        place,
             LianChange  *change)
{
  if (self->changes == NULL)
    self->changes = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_hash_table_insert (self->changes, GUINT_TO_POINTER (place), change);
}

static GType
get_item_type (GListModel *model)
{
  return LIAN_TYPE_CHANGE;
}

static guint
get_n_items (GListModel *model)
{
  return LIAN_JOURNAL (model)->records->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  LianJournal *self = LIAN_JOURNAL (model);
  LianChange *change;
  const Run *run;

  if (position >= self->records->len)
    return NULL;
  if (IS_ROW (*record_at (self, position)))
    settle (self, position);
  change = self->changes ? g_hash_table_lookup (self->changes, GUINT_TO_POINTER (position)) : NULL;
  if (change == NULL)
    {
      run = run_of (self, position);
      change = lian_change_new (run->sequence + (position - run->start), run->time, run->actor,
                                run->operation, *record_at (self, position), run->revision);
      keep_change (self, position, change);
    }
  return g_object_ref (change);
}

static void
list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

LianJournal *
lian_journal_new (void)
{
  return g_object_new (LIAN_TYPE_JOURNAL, NULL);
}

/* Appends an entry of @record (owned), in the last run if it follows it. */
static void
append (LianJournal *self,
        gpointer     record,
        guint64      sequence,
        gint64       time,
        const char  *actor,
        guint        operation,
        guint64      revision)
{
  guint place = self->records->len;
  const Run *last = self->runs->len ? &g_array_index (self->runs, Run, self->runs->len - 1) : NULL;

  if (last == NULL || last->sequence + (place - last->start) != sequence ||
      last->time != time || last->actor != actor || last->operation != operation ||
      last->revision != revision)
    {
      Run run = { place, sequence, time, actor, revision, operation };

      g_array_append_val (self->runs, run);
    }
  g_array_append_val (self->records, record);
  if (self->held == 0)
    g_list_model_items_changed (G_LIST_MODEL (self), place, 0, 1);
}

void
lian_journal_hold (LianJournal *self,
                   guint        expected)
{
  guint len = self->records->len;

  if (self->held++ == 0)
    self->held_from = len;
  /* Room for the entries expected at once, not by doubling as they come;
   * for many, room never written before, marked for huge pages. */
  if (expected >= ROOM_AT_ONCE && expected >= len)
    {
      GArray *bigger = g_array_sized_new (FALSE, TRUE, sizeof (gpointer), len + expected);

      lian_pages_advise (bigger->data, (gsize) (len + expected) * sizeof (gpointer));
      g_array_append_vals (bigger, self->records->data, len);
      g_array_set_clear_func (bigger, record_clear);
      /* Their records are the bigger array's now. */
      g_array_set_clear_func (self->records, NULL);
      g_array_unref (self->records);
      self->records = bigger;
      return;
    }
  g_array_set_size (self->records, len + expected);
  g_array_set_size (self->records, len);
}

void
lian_journal_release (LianJournal *self)
{
  g_return_if_fail (self->held > 0);

  if (--self->held == 0 && self->records->len > self->held_from)
    g_list_model_items_changed (G_LIST_MODEL (self), self->held_from, 0,
                                self->records->len - self->held_from);
}

void
lian_journal_append (LianJournal *self,
                     LianChange  *change)
{
  guint place = self->records->len;

  /* Kept before the list tells of it: a handler may read it. */
  keep_change (self, place, g_object_ref (change));
  append (self, g_object_ref (lian_change_get_record (change)), lian_change_get_sequence (change),
          lian_change_get_time (change), g_intern_string (lian_change_get_actor (change)),
          lian_change_get_operation (change), lian_change_get_revision (change));
}

void
lian_journal_append_bare (LianJournal         *self,
                          guint64              sequence,
                          gint64               time,
                          const char          *actor,
                          LianChangeOperation  operation,
                          LianRecord          *record,
                          guint64              revision)
{
  append (self, g_object_ref (record), sequence, time, g_intern_string (actor), operation,
          revision);
}

void
lian_journal_set_maker (LianJournal      *self,
                        LianJournalMaker  maker,
                        gpointer          data)
{
  self->maker = maker;
  self->maker_data = data;
}

void
lian_journal_append_row (LianJournal         *self,
                         guint64              sequence,
                         gint64               time,
                         const char          *actor,
                         LianChangeOperation  operation,
                         gpointer             row_entry,
                         guint64              revision)
{
  g_assert (((guintptr) row_entry & 1) == 0);
  self->n_rows++;
  if (self->row_places)
    g_hash_table_insert (self->row_places, row_entry,
                         GUINT_TO_POINTER (self->records->len + 1));
  append (self, (gpointer) ((guintptr) row_entry | 1), sequence, time, g_intern_string (actor),
          operation, revision);
}

void
lian_journal_settle (LianJournal *self,
                     gpointer     row_entry)
{
  gpointer place;

  if (self->n_rows == 0)
    return;
  if (self->row_places == NULL)
    {
      /* Made once: most records added as rows never leave one by one. */
      self->row_places = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->records->len; i++)
        {
          gpointer record = *record_at (self, i);

          if (IS_ROW (record))
            g_hash_table_insert (self->row_places, ROW_ENTRY (record), GUINT_TO_POINTER (i + 1));
        }
    }
  place = g_hash_table_lookup (self->row_places, row_entry);
  if (place)
    settle (self, GPOINTER_TO_UINT (place) - 1);
}

void
lian_journal_settle_all (LianJournal *self)
{
  for (guint i = 0; self->n_rows > 0 && i < self->records->len; i++)
    if (IS_ROW (*record_at (self, i)))
      settle (self, i);
}
