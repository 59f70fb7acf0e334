/* lian-journal.c: a registry's journal, a list model of LianChange kept as
 * compact entries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Most of a journal is additions (an import adds thousands of records at
 * once); their LianChange objects are made only when someone reads them.
 */
#include "config.h"

#include <gio/gio.h>

#include "lian-journal-private.h"
#include "lian-change-private.h"

typedef struct
{
  LianChange  *change;     /* made, or NULL until read */
  LianRecord  *record;     /* or, with its lowest bit set, the registry's
                            * entry of a record added as a row, whose
                            * object is made when the entry is read or
                            * the record leaves (lian_journal_settle()) */
  guint64      sequence;
  gint64       time;
  const char  *actor;      /* interned */
  guint64      revision : 48;   /* 2^48 changes of one record will do */
  guint64      operation : 16;  /* LianChangeOperation */
} Entry;

#define IS_ROW(record)    (((guintptr) (record) & 1) != 0)
#define ROW_ENTRY(record) ((gpointer) ((guintptr) (record) & ~(guintptr) 1))

struct _LianJournal
{
  GObject  parent_instance;
  GArray  *entries;        /* of Entry */
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

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->change);
  if (!IS_ROW (entry->record))
    g_clear_object (&entry->record);
}

static void
lian_journal_finalize (GObject *object)
{
  LianJournal *self = LIAN_JOURNAL (object);

  g_array_unref (self->entries);
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
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
}

/* @entry's record gets its object, which it holds from now on. */
static void
settle (LianJournal *self,
        Entry       *entry)
{
  gpointer row_entry = ROW_ENTRY (entry->record);

  g_assert (self->maker != NULL);
  entry->record = g_object_ref (self->maker (row_entry, self->maker_data));
  self->n_rows--;
  if (self->row_places)
    g_hash_table_remove (self->row_places, row_entry);
}

static GType
get_item_type (GListModel *model)
{
  return LIAN_TYPE_CHANGE;
}

static guint
get_n_items (GListModel *model)
{
  return LIAN_JOURNAL (model)->entries->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  LianJournal *self = LIAN_JOURNAL (model);
  Entry *entry;

  if (position >= self->entries->len)
    return NULL;
  entry = &g_array_index (self->entries, Entry, position);
  if (IS_ROW (entry->record))
    settle (self, entry);
  if (entry->change == NULL)
    entry->change = lian_change_new (entry->sequence, entry->time, entry->actor,
                                     entry->operation, entry->record, entry->revision);
  return g_object_ref (entry->change);
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

static void
append (LianJournal *self,
        Entry       *entry)
{
  g_array_append_vals (self->entries, entry, 1);
  if (self->held == 0)
    g_list_model_items_changed (G_LIST_MODEL (self), self->entries->len - 1, 0, 1);
}

void
lian_journal_hold (LianJournal *self,
                   guint        expected)
{
  guint len = self->entries->len;

  if (self->held++ == 0)
    self->held_from = len;
  /* Room for the entries expected at once, not by doubling as they come. */
  g_array_set_size (self->entries, len + expected);
  g_array_set_size (self->entries, len);
}

void
lian_journal_release (LianJournal *self)
{
  g_return_if_fail (self->held > 0);

  if (--self->held == 0 && self->entries->len > self->held_from)
    g_list_model_items_changed (G_LIST_MODEL (self), self->held_from, 0,
                                self->entries->len - self->held_from);
}

void
lian_journal_append (LianJournal *self,
                     LianChange  *change)
{
  Entry entry = {
    .change = g_object_ref (change), .record = g_object_ref (lian_change_get_record (change)),
    .sequence = lian_change_get_sequence (change), .time = lian_change_get_time (change),
    .actor = g_intern_string (lian_change_get_actor (change)),
    .revision = lian_change_get_revision (change), .operation = lian_change_get_operation (change),
  };

  append (self, &entry);
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
  Entry entry = {
    .record = g_object_ref (record), .sequence = sequence, .time = time,
    .actor = g_intern_string (actor), .revision = revision, .operation = operation,
  };

  append (self, &entry);
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
  Entry entry = {
    .record = (gpointer) ((guintptr) row_entry | 1), .sequence = sequence, .time = time,
    .actor = g_intern_string (actor), .revision = revision, .operation = operation,
  };

  g_assert (((guintptr) row_entry & 1) == 0);
  append (self, &entry);
  self->n_rows++;
  if (self->row_places)
    g_hash_table_insert (self->row_places, row_entry, GUINT_TO_POINTER (self->entries->len));
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
      for (guint i = 0; i < self->entries->len; i++)
        {
          Entry *entry = &g_array_index (self->entries, Entry, i);

          if (IS_ROW (entry->record))
            g_hash_table_insert (self->row_places, ROW_ENTRY (entry->record), GUINT_TO_POINTER (i + 1));
        }
    }
  place = g_hash_table_lookup (self->row_places, row_entry);
  if (place)
    settle (self, &g_array_index (self->entries, Entry, GPOINTER_TO_UINT (place) - 1));
}

void
lian_journal_settle_all (LianJournal *self)
{
  for (guint i = 0; self->n_rows > 0 && i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (IS_ROW (entry->record))
        settle (self, entry);
    }
}
