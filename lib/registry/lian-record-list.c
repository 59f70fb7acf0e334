/* lian-record-list.c: a GListModel of records backed by an array
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-record-list-private.h"
#include "lian-index-private.h"
#include "lian-record-private.h"
#include "lian-pages-private.h"

struct _LianRecordList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *records;    /* each a reference, or an entry (LIAN_SLOT_IS_ENTRY) */
  guint untold;          /* the last records, appended but not yet told of */
  LianRecordListMake make;
  gpointer make_data;
  guint n_entries;       /* slots that hold an entry */
};

/* Frees a slot: a record's reference; an entry is its registry's. */
static void
slot_free (gpointer slot)
{
  if (!LIAN_SLOT_IS_ENTRY (slot))
    g_object_unref (slot);
}

static GPtrArray *
slots_new (guint reserved)
{
  return g_ptr_array_new_full (reserved, slot_free);
}

static void list_model_iface_init (GListModelInterface *iface);

static guint items_changed_id;

G_DEFINE_FINAL_TYPE_WITH_CODE (LianRecordList, lian_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
lian_record_list_get_item_type (GListModel *model)
{
  return LIAN_RECORD_LIST (model)->item_type;
}

/* A consumer sees the records it was told of: not those appended and
 * not told of yet, which a handler of another list may meet. */
static guint
lian_record_list_get_n_items (GListModel *model)
{
  LianRecordList *self = LIAN_RECORD_LIST (model);

  return self->records->len - self->untold;
}

static gpointer
lian_record_list_get_item (GListModel *model,
                           guint       position)
{
  LianRecordList *self = LIAN_RECORD_LIST (model);

  if (position >= self->records->len - self->untold)
    return NULL;
  return g_object_ref (lian_record_list_slot_record (self, position));
}

/* The record at @position, its object made if it had none. */
LianRecord *
lian_record_list_slot_record (LianRecordList *self,
                              guint           position)
{
  gpointer slot = self->records->pdata[position];

  if (G_LIKELY (!LIAN_SLOT_IS_ENTRY (slot)))
    return slot;
  g_assert (self->make != NULL && self->n_entries > 0);
  slot = self->make (LIAN_SLOT_ENTRY (slot), position, self->make_data);
  self->records->pdata[position] = g_object_ref (slot);
  self->n_entries--;
  return slot;
}

void
lian_record_list_make_all (LianRecordList *self)
{
  for (guint i = 0; self->n_entries > 0 && i < self->records->len; i++)
    lian_record_list_slot_record (self, i);
}

void
lian_record_list_unmake (LianRecordList *self,
                         guint           position,
                         gpointer        entry)
{
  LianRecord *record = self->records->pdata[position];

  g_assert (!LIAN_SLOT_IS_ENTRY (record));
  self->records->pdata[position] = LIAN_SLOT_OF_ENTRY (entry);
  self->n_entries++;
  g_object_unref (record);
}

/* Whether a slot of the list holds an entry. */
gboolean
lian_record_list_has_entries (LianRecordList *self)
{
  return self->n_entries > 0;
}

/* Gives the slot of @entry its object, if it holds the entry: at
 * @hint, or elsewhere. */
void
lian_record_list_settle (LianRecordList *self,
                         gpointer        entry,
                         guint           hint)
{
  gpointer slot = LIAN_SLOT_OF_ENTRY (entry);
  guint position = hint;

  if (self->n_entries == 0 ||
      (hint < self->records->len && self->records->pdata[hint] == lian_entry_object (entry)))
    return;
  if ((hint >= self->records->len || self->records->pdata[hint] != slot) &&
      !g_ptr_array_find (self->records, slot, &position))
    return;
  lian_record_list_slot_record (self, position);
}

void
lian_record_list_set_maker (LianRecordList     *self,
                            LianRecordListMake  make,
                            gpointer            data)
{
  self->make = make;
  self->make_data = data;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = lian_record_list_get_item_type;
  iface->get_n_items = lian_record_list_get_n_items;
  iface->get_item = lian_record_list_get_item;
}

static void
lian_record_list_finalize (GObject *object)
{
  LianRecordList *self = LIAN_RECORD_LIST (object);

  g_ptr_array_unref (self->records);

  G_OBJECT_CLASS (lian_record_list_parent_class)->finalize (object);
}

static void
lian_record_list_class_init (LianRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lian_record_list_finalize;
  items_changed_id = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
}

static void
lian_record_list_init (LianRecordList *self)
{
}

LianRecordList *
lian_record_list_new (GType item_type)
{
  return lian_record_list_new_take (item_type, slots_new (0));
}

/* Takes @records, which must free its elements with g_object_unref: they
 * are objects. */
LianRecordList *
lian_record_list_new_take (GType      item_type,
                           GPtrArray *records)
{
  LianRecordList *self = g_object_new (LIAN_TYPE_RECORD_LIST, NULL);

  self->item_type = item_type;
  self->records = records;
  return self;
}

/* Tells of the records appended to @self and not yet told of. A
 * handler may change the list: it is told first. */
void
lian_record_list_tell (LianRecordList *self)
{
  guint n = self->untold;

  if (n == 0)
    return;
  self->untold = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), self->records->len - n, 0, n);
}

/* Appends @records, without telling yet: the untold records are the
 * last of the list, as nothing else changes it before it tells. */
/* From how many records at once a list makes room for them all first. */
#define ROOM_AT_ONCE 65536

/* Room for @n more records, made at once for a large addition rather
 * than by doubling, a copy each time, and marked for huge pages. */
static void
make_room (LianRecordList *self,
           guint           n)
{
  GPtrArray *bigger;

  if (n < ROOM_AT_ONCE || n < self->records->len)
    return;
  bigger = slots_new (self->records->len + n);
  lian_pages_advise (bigger->pdata, (gsize) (self->records->len + n) * sizeof (gpointer));
  g_ptr_array_extend_and_steal (bigger, g_steal_pointer (&self->records));
  self->records = bigger;
}

static void
append_untold (LianRecordList  *self,
               gpointer        *records,
               guint            n_records)
{
  make_room (self, n_records);
  for (guint i = 0; i < n_records; i++)
    {
      self->n_entries += LIAN_SLOT_IS_ENTRY (records[i]);
      g_ptr_array_add (self->records, LIAN_SLOT_IS_ENTRY (records[i]) ? records[i]
                                                                   : g_object_ref (records[i]));
    }
  self->untold += n_records;
}

static LianRecordKind
slot_kind (gpointer slot)
{
  return LIAN_SLOT_IS_ENTRY (slot) ? ((LianEntry *) LIAN_SLOT_ENTRY (slot))->kind
                                   : lian_record_get_record_kind (slot);
}

/* Appends @records (slots: objects, or entries) to @lists, the lists of
 * their kinds, in their order:
 * a kind whose records lie together, as a document's do, goes in from
 * where they lie (from @first to @last, @count of them); the others are
 * gathered first. Every list grows before any tells (one change per
 * list), and shows what it told of: a handler of one list that removes a
 * record another list has not told of yet takes it out untold. */
void
lian_record_lists_append (LianRecordList **lists,
                          guint            n_lists,
                          GPtrArray       *records,
                          const guint     *first,
                          const guint     *last,
                          const guint     *count)
{
  for (guint k = 0; k < n_lists; k++)
    {
      g_autoptr(GPtrArray) gathered = NULL;

      if (count[k] == 0)
        continue;
      if (last[k] - first[k] + 1 == count[k])
        {
          append_untold (lists[k], records->pdata + first[k], count[k]);
          continue;
        }
      gathered = g_ptr_array_sized_new (count[k]);
      for (guint i = first[k]; i <= last[k]; i++)
        if (slot_kind (records->pdata[i]) == k)
          g_ptr_array_add (gathered, records->pdata[i]);
      append_untold (lists[k], gathered->pdata, gathered->len);
    }
  for (guint k = 0; k < n_lists; k++)
    lian_record_list_tell (lists[k]);
}

/* Inserts @records at @places of the list as it is, in their order
 * (@places do not go down), and says so once. The caller told of the
 * list's untold records (lian_record_list_tell()) before it found the
 * places. */
void
lian_record_list_insert_many (LianRecordList  *self,
                              const guint     *places,
                              LianRecord     **records,
                              guint            n_records)
{
  GPtrArray *old = self->records;
  GPtrArray *merged;
  guint from = 0;

  if (n_records == 0)
    return;
  merged = slots_new (old->len + n_records);
  for (guint i = 0; i <= n_records; i++)
    {
      guint to = i < n_records ? places[i] : old->len;

      memcpy (merged->pdata + merged->len, old->pdata + from, (to - from) * sizeof (gpointer));
      merged->len += to - from;
      from = to;
      if (i < n_records)
        g_ptr_array_add (merged, g_object_ref (records[i]));
    }
  g_ptr_array_set_free_func (old, NULL);
  g_ptr_array_unref (old);
  self->records = merged;
  g_list_model_items_changed (G_LIST_MODEL (self), places[0], places[n_records - 1] - places[0],
                              places[n_records - 1] - places[0] + n_records);
}

/* Removes @record, which stands at @hint when the caller knows where
 * (G_MAXUINT when not): a wrong hint costs a search, nothing else. */
gboolean
lian_record_list_remove (LianRecordList *self,
                         LianRecord     *record,
                         guint           hint)
{
  guint position = hint;

  if ((hint >= self->records->len || self->records->pdata[hint] != record) &&
      !g_ptr_array_find (self->records, record, &position))
    return FALSE;
  g_ptr_array_remove_index (self->records, position);
  /* One no one was told of goes untold. */
  if (position >= self->records->len + 1 - self->untold)
    self->untold--;
  else
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  return TRUE;
}

/* Whether a slot goes; if it does, the slot is let go of too. */
typedef gboolean (*DropFunc) (LianRecordList *self,
                              gpointer        slot,
                              gpointer        data);

/* Removes, in one pass, every slot @drop lets go of, and says so once:
 * from the first of them to the last. */
static void
remove_where (LianRecordList *self,
              DropFunc        drop,
              gpointer        data)
{
  GPtrArray *records = self->records;
  guint told = records->len - self->untold;
  guint first = G_MAXUINT, last = 0, kept = 0, span, removed = 0;

  for (guint i = 0; i < records->len; i++)
    {
      if (!drop (self, records->pdata[i], data))
        {
          records->pdata[kept++] = records->pdata[i];
          continue;
        }
      /* One no one was told of goes untold. */
      if (i >= told)
        {
          self->untold--;
          continue;
        }
      first = MIN (first, i);
      last = i;
      removed++;
    }
  /* The slots were let go of: only the length goes down. */
  g_ptr_array_set_free_func (records, NULL);
  g_ptr_array_set_size (records, kept);
  g_ptr_array_set_free_func (records, slot_free);
  if (first == G_MAXUINT)
    return;
  span = last - first + 1;
  g_list_model_items_changed (G_LIST_MODEL (self), first, span, span - removed);
}

/* A record its owner no longer holds; an entry stands for a held one. */
static gboolean
drop_unheld (LianRecordList *self,
             gpointer        slot,
             gpointer        owner)
{
  if (LIAN_SLOT_IS_ENTRY (slot) || lian_record_get_owner (slot) == owner)
    return FALSE;
  g_object_unref (slot);
  return TRUE;
}

/* Removes, in one pass, every record @owner no longer holds, and says
 * so once: from the first of them to the last. */
void
lian_record_list_remove_unheld (LianRecordList *self,
                                gpointer        owner)
{
  remove_where (self, drop_unheld, owner);
}

typedef struct
{
  GFunc    forget;
  gpointer data;
} Forget;

/* An entry with no object, forgotten first. */
static gboolean
drop_row (LianRecordList *self,
          gpointer        slot,
          gpointer        data)
{
  const Forget *forget = data;
  LianEntry *entry = LIAN_SLOT_IS_ENTRY (slot) ? LIAN_SLOT_ENTRY (slot) : NULL;

  if (entry == NULL || !entry->unmade)
    return FALSE;
  forget->forget (entry, forget->data);
  self->n_entries--;
  return TRUE;
}

/* Removes, in one pass, every slot that names an entry with no object,
 * calling @forget with each entry first, and says so once: from the
 * first of them to the last. */
void
lian_record_list_drop_rows (LianRecordList *self,
                            GFunc           forget,
                            gpointer        data)
{
  Forget f = { forget, data };

  remove_where (self, drop_row, &f);
}

/* Takes every record out of the list, without telling: the caller says
 * so (items-changed) once it may, of the first @n_told, those its
 * handlers were told of. */
GPtrArray *
lian_record_list_steal (LianRecordList *self,
                        guint          *n_told)
{
  GPtrArray *records = self->records;

  *n_told = records->len - self->untold;
  self->untold = 0;
  self->n_entries = 0;
  self->records = slots_new (0);
  return records;
}

/* Whether someone listens to the list: a handler of items-changed. */
gboolean
lian_record_list_is_watched (LianRecordList *self)
{
  return g_signal_has_handler_pending (self, items_changed_id, 0, TRUE);
}

GPtrArray *
lian_record_list_get_array (LianRecordList *self)
{
  return self->records;
}
