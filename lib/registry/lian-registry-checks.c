/* lian-registry-checks.c: what a registry checks before it holds a record
 * or accepts a change of one
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-registry-change-private.h"
#include "lian-refs-private.h"
#include "lian-cycles-private.h"
#include "lian-record-private.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-pages-private.h"

/* Where a record of a batch came from, written out only for a message. */
typedef struct
{
  LianWhereFunc  func;
  gpointer       data;
  guint          i;
  gpointer       record;   /* an item: a record, or a loader's row */
  char          *text;
} Where;

/* The record @item (lian-record-private.h) as messages name it. */
static char *
dup_item_description (gpointer item)
{
  const LianKindDecl *decl;
  gpointer row = lian_item_row (item, &decl);

  return lian_row_dup_description (decl, row);
}

/* Calls @func with each reference @item makes. */
static void
item_foreach_ref (gpointer     item,
                  LianRefFunc  func,
                  gpointer     data)
{
  const LianKindDecl *decl;
  gpointer row = lian_item_row (item, &decl);

  lian_row_foreach_ref (decl, row, func, data);
}

static const char *
where_text (Where *where)
{
  if (where->text == NULL)
    where->text = where->func
                  ? where->func (where->i, where->data)
                  : dup_item_description (where->record);
  return where->text;
}

/* Between the place and a field: "$.needs[3].status" or "need \"n1\": status". */
static const char *
where_sep (Where *where)
{
  /* TRANSLATORS: between a record (need "n1") and one of its fields */
  return where->func ? "." : _(": ");
}

static void
where_clear (Where *where)
{
  g_clear_pointer (&where->text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Where, where_clear)

/* How many records ahead of its check a record's targets are asked for;
 * the hashes of their ids (up to MAX_AHEAD of a record's) are kept
 * meanwhile in a ring of RING records. */
#define AHEAD 8
#define RING 32
#define MAX_AHEAD 4

typedef struct
{
  guint32 hashes[MAX_AHEAD];
  guint   n;
} Targets;

typedef struct
{
  LianRegistry *self;
  Where        *where;
  GError       *error;
  LianEntry   **firm;   /* where a need's enterprise goes, or NULL */
  gboolean     *waits;  /* if given, set for a target not entered yet instead of an error */
  guint64       floor;  /* the records filed below it are going (a clear) */
  const Targets *targets;  /* the hashes of the first targets' ids, or NULL */
  guint         k;      /* the target being checked */
} CheckRefs;

/* "$.needs[3].enterprise_id" or "need \"n1\": enterprise_id" */
static char *
field_place (Where         *where,
             const LianRef *ref)
{
  g_autofree char *field = NULL;

  if (g_str_equal (ref->field, "chain_links"))
    field = g_strdup_printf ("chain_links[%u].chain", ref->index);
  else if (ref->is_list)
    field = g_strdup_printf ("%s[%u]", ref->field, ref->index);
  else
    field = g_strdup (ref->field);
  return g_strdup_printf ("%s%s%s", where_text (where), where_sep (where), field);
}

static void
check_ref_cb (LianRecord    *record,
              const LianRef *ref,
              gpointer       data)
{
  CheckRefs *check = data;
  LianEntry *entry;
  g_autofree char *place = NULL;

  if (check->error)
    return;
  /* The entry knows its record's kind: the record itself is not touched.
   * The hash of its id was worked out when its memory was asked for. */
  entry = !check->self->entries ? NULL
          : lian_entries_lookup_hashed (check->self->entries, ref->target,
                                        check->targets && check->k < check->targets->n
                                        ? check->targets->hashes[check->k]
                                        : lian_entries_hash (ref->target));
  check->k++;
  if (check->waits && entry == NULL)
    {
      *check->waits = TRUE;
      return;
    }
  /* One a clear running will take is gone already for a record it leaves. */
  if (check->floor && entry && entry->filed && entry->seq < check->floor)
    entry = NULL;
  if (entry && entry->kind == ref->kind)
    {
      /* A need's one reference to an enterprise: its enterprise_id. */
      if (check->firm && ref->kind == LIAN_RECORD_KIND_ENTERPRISE &&
          lian_item_kind (check->where->record) == LIAN_RECORD_KIND_NEED)
        *check->firm = entry;
      return;
    }
  place = field_place (check->where, ref);
  if (entry == NULL)
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                 _("%s: unknown %s \"%s\""), place, lian_record_kind_noun (ref->kind),
                 ref->target);
  else
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                 _("%s: \"%s\" is %s, not %s"), place, ref->target,
                 lian_record_kind_with_article (entry->kind),
                 lian_record_kind_with_article (ref->kind));
}

/* While a clear runs, the records it takes are gone for one it leaves
 * (@own, its entry if it has one): added or put back meanwhile. */
static guint64
clear_floor_for (LianRegistry *self,
                 LianEntry    *own)
{
  if (own && own->filed && own->seq < self->clear_floor)
    return 0;
  return self->clear_floor;
}

/* The error for @entry, which lies on a cycle: its trail round to it. */
static void
set_cycle_error (LianRegistry  *self,
                 LianEntry     *entry,
                 Where         *where,
                 GError       **error)
{
  g_autofree char *trail = lian_registry_dup_cycle_trail (self, entry);
  g_autofree char *what = NULL;

  /* TRANSLATORS: the kind of record, its id, the trail round the cycle */
  what = g_strdup_printf (entry->kind == LIAN_RECORD_KIND_ENTERPRISE
                          ? _("parent_id: %s \"%s\" would be its own headquarters (%s)")
                          : _("parent_id: %s \"%s\" would be its own ancestor (%s)"),
                          lian_record_kind_noun (entry->kind), lian_entry_id (entry),
                          trail);
  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CYCLE, "%s%s%s",
               where_text (where), where_sep (where), what);
}

static void
prefix_error (GError **error,
              GError  *local,
              Where   *where)
{
  g_set_error (error, local->domain, local->code, "%s%s%s", where_text (where),
               where_sep (where), local->message);
  g_error_free (local);
}


/* From this many records on, a batch's entries are carved from a slab. */
#define SLAB_FROM 64

/* Takes back the entries of a batch that was refused, the last first:
 * numbers handed out last are given back first, so that the registry's
 * range of numbers goes back to where it was (lian_entries_release()). */
void
lian_registry_forget_entries (LianRegistry *self,
                              GPtrArray    *batch)
{
  for (guint i = batch->len; i-- > 0;)
    {
      LianEntry *entry = g_ptr_array_index (batch, i);
      lian_entries_remove (self->entries, entry);
      lian_entry_free (self->entries, entry);
    }
}


/* Whether @record is of one of lian's record types: a subclass made
 * elsewhere (in Python, say) inherits a kind it is not, and could be
 * neither checked, indexed nor saved as that kind. */
static gboolean
known_type (LianRecord  *record,
            Where       *where,
            GError     **error)
{
  LianRecordKind kind = lian_record_get_record_kind (record);
  const char *id = lian_record_get_id (record);

  if ((guint) kind < LIAN_N_RECORD_KINDS && G_OBJECT_TYPE (record) == lian_record_kind_get_gtype (kind))
    return TRUE;
  if (where->func)
    /* TRANSLATORS: where a record came from ($.regions[3]), its GObject type */
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_TYPE,
                 _("%s: a record of type %s is none of lian's kinds of record"),
                 where_text (where), G_OBJECT_TYPE_NAME (record));
  else
    /* TRANSLATORS: a record's id and its GObject type */
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_TYPE,
                 _("record \"%s\": a record of type %s is none of lian's kinds of record"),
                 id ? id : "", G_OBJECT_TYPE_NAME (record));
  return FALSE;
}


static gboolean
check_length (LianRecord  *record,
              GParamSpec  *pspec,
              const char  *text,
              GError     **error)
{
  g_autofree char *who = NULL;

  if (text == NULL || strlen (text) <= LIAN_RECORD_MAX_TEXT_LENGTH)
    return TRUE;
  who = lian_record_dup_description (record);
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
               /* TRANSLATORS: a record, a property's name, then two numbers of bytes */
               _("%s: %s: a text of %zu bytes; a document holds texts of at most %d bytes"),
               who, pspec->name, strlen (text), LIAN_RECORD_MAX_TEXT_LENGTH);
  return FALSE;
}

gboolean
lian_registry_check_lengths (LianRecord  *record,
                             GParamSpec **pspecs,
                             guint        n_pspecs,
                             GError     **error)
{
  g_autofree GParamSpec **all = NULL;

  if (pspecs == NULL)
    pspecs = all = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean fits = TRUE;

      if (pspec == NULL || !(pspec->flags & G_PARAM_READABLE) ||
          (pspec->value_type != G_TYPE_STRING && pspec->value_type != G_TYPE_STRV))
        continue;
      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      if (pspec->value_type == G_TYPE_STRING)
        fits = check_length (record, pspec, g_value_get_string (&value), error);
      else
        for (const char * const *v = g_value_get_boxed (&value); fits && v && *v; v++)
          fits = check_length (record, pspec, *v, error);
      if (!fits)
        return FALSE;
    }
  return TRUE;
}

gboolean
lian_registry_check_texts (GPtrArray  *records,
                           GError    **error)
{
  for (guint i = 0; i < records->len; i++)
    if (LIAN_IS_RECORD (records->pdata[i]) &&
        !lian_registry_check_lengths (records->pdata[i], NULL, 0, error))
      return FALSE;
  return TRUE;
}

/* Checks a held record as its change made it: its own fields, its
 * references, no cycle through it. */
gboolean
lian_registry_check_held (LianRegistry  *self,
                          LianEntry     *entry,
                          GError       **error)
{
  g_auto(Where) where = { NULL, NULL, 0, lian_entry_record (self, entry), NULL };
  CheckRefs check = { self, &where, NULL, NULL, NULL, clear_floor_for (self, entry) };
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GHashTable) cycles = NULL;
  GError *local = NULL;

  if (!lian_record_validate (lian_entry_record (self, entry), &local))
    {
      prefix_error (error, local, &where);
      return FALSE;
    }
  lian_record_foreach_ref (lian_entry_record (self, entry), check_ref_cb, &check);
  if (check.error)
    {
      g_propagate_error (error, check.error);
      return FALSE;
    }
  g_ptr_array_add (one, entry);
  cycles = lian_registry_find_cycles (self, one);
  if (cycles && g_hash_table_contains (cycles, entry))
    {
      set_cycle_error (self, entry, &where, error);
      return FALSE;
    }
  return TRUE;
}

/* Enters the record at @where after checking it on its own and against
 * the entries: its entry, or NULL with @error, nothing entered. */
static LianEntry *
enter_one (LianRegistry  *self,
           Where         *where,
           guint32        hash,
           gboolean       many,
           GError       **error)
{
  gpointer item = where->record;
  const char *id;
  const LianKindDecl *decl;
  LianRowHead *head;
  GError *local = NULL;
  LianEntry *entry;

  if (!LIAN_ITEM_IS_ROW (item) && !known_type (item, where, error))
    return NULL;
  head = lian_item_row (item, &decl);
  id = head->id;
  /* A record its maker validated, unchanged since, is not validated twice. */
  if (!head->validated && !lian_record_validate_row (decl, head, &local))
    {
      prefix_error (error, local, where);
      return NULL;
    }
  /* @hash is that of the id when its memory was asked for, or 0. */
  if (hash == 0)
    hash = lian_entries_hash (id);
  if (lian_entries_lookup_hashed (self->entries, id, hash))
    {
      g_autofree char *what =
        g_strdup_printf (_("id: \"%s\" is already the id of another record"), id);
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID, "%s%s%s",
                   where_text (where), where_sep (where), what);
      return NULL;
    }
  entry = lian_entry_new (self, item, many);
  lian_entries_add_hashed (self->entries, entry, hash);
  return entry;
}

/* Checks every id the record at @where refers to: present and of the
 * right kind; @firm, if given, receives a need's enterprise. With @waits,
 * a target not entered yet is no error but sets it. */
static gboolean
check_refs (LianRegistry  *self,
            Where         *where,
            const Targets *targets,
            LianEntry    **firm,
            gboolean      *waits,
            GError       **error)
{
  CheckRefs check = { self, where, NULL, firm, waits, 0, targets, 0 };

  if (self->clear_floor)
    {
      const LianKindDecl *decl;
      gpointer row = lian_item_row (where->record, &decl);
      LianEntry *own = lian_registry_get_entry (self, lian_item_id (where->record));

      check.floor = clear_floor_for (self, own && own->row == row ? own : NULL);
    }
  item_foreach_ref (where->record, check_ref_cb, &check);
  if (check.error == NULL)
    return TRUE;
  g_propagate_error (error, check.error);
  return FALSE;
}

static void
hash_ref_cb (LianRecord    *record,
             const LianRef *ref,
             gpointer       data)
{
  Targets *targets = data;

  if (targets->n < MAX_AHEAD)
    targets->hashes[targets->n++] = lian_entries_hash (ref->target);
}

/* Before record @i of @records is entered: the lookup of the id of the
 * record AHEAD of it, so that its memory comes meanwhile; the hash of
 * each id goes in @ids, a ring of RING, 0 for a record with no id, unless
 * @known (if given) has it already. The hash of record @i's id is
 * returned (0: not known). */
static guint32
prefetch_entry (LianRegistry  *self,
                GPtrArray     *records,
                const guint32 *known,
                guint32       *ids,
                guint          i)
{
  guint j = i + AHEAD;
  const char *id;

  /* A record not yet validated may have no id. */
  if (j < records->len && known && known[j])
    lian_entries_prefetch (self->entries, known[j], 0);
  else if (j < records->len)
    {
      id = lian_item_id (records->pdata[j]);
      ids[j % RING] = id ? lian_entries_hash (id) : 0;
      if (id)
        lian_entries_prefetch (self->entries, ids[j % RING], 0);
    }
  if (known && known[i])
    return known[i];
  return i >= AHEAD ? ids[i % RING] : 0;
}

/* Before record @i of @records is checked: the lookups of the records
 * ahead of it, a step each, so that their memory comes while others are
 * checked. */
static void
prefetch_refs (LianRegistry *self,
               GPtrArray    *records,
               Targets      *ahead,
               guint         i)
{
  static const guint distance[] = { 2 * AHEAD, 3 * AHEAD / 2, AHEAD, AHEAD / 2 };

  G_STATIC_ASSERT (RING > 2 * AHEAD);
  for (guint step = 0; step < G_N_ELEMENTS (distance); step++)
    {
      guint j = i + distance[step];
      Targets *targets = &ahead[j % RING];

      if (j >= records->len)
        continue;
      if (step == 0)
        {
          targets->n = 0;
          item_foreach_ref (records->pdata[j], hash_ref_cb, targets);
        }
      for (guint k = 0; k < targets->n; k++)
        lian_entries_prefetch (self->entries, targets->hashes[k], step);
    }
}

/* Enters @records in the table of entries at once, so that they find each
 * other there, after checking each on its own and then against the
 * registry and each other; the entries, or NULL with @error, none entered. */
GPtrArray *
lian_registry_enter_records (LianRegistry   *self,
                             GPtrArray      *records,
                             LianWhereFunc   where_func,
                             gpointer        where_data,
                             const guint32  *hashes,
                             gboolean        refs_checked,
                             LianEntry     **firms,
                             GError        **error)
{
  g_autoptr(GPtrArray) batch = lian_pages_ptr_array (records->len);
  g_autoptr(GHashTable) cycles = NULL;
  g_autofree Targets *ahead = g_new0 (Targets, RING);
  guint32 ids[RING];

  lian_entries_reserve (self->entries, lian_entries_size (self->entries) + records->len);
  if (firms)
    lian_pages_advise (firms, records->len * sizeof (LianEntry *));

  /* Each record on its own, then against the registry and the batch. */
  for (guint i = 0; i < records->len; i++)
    {
      g_auto(Where) where = { where_func, where_data, i, records->pdata[i], NULL };
      guint32 hash = prefetch_entry (self, records, hashes, ids, i);
      LianEntry *entry;

      entry = enter_one (self, &where, hash, records->len >= SLAB_FROM, error);
      if (entry == NULL)
        {
          lian_registry_forget_entries (self, batch);
          return NULL;
        }
      g_ptr_array_add (batch, entry);
    }

  cycles = lian_registry_find_cycles (self, batch);
  /* References the caller checked are not walked again: only a cycle
   * is left to find. */
  for (guint i = 0; i < records->len && (!refs_checked || cycles); i++)
    {
      g_auto(Where) where = { where_func, where_data, i, records->pdata[i], NULL };
      gboolean refs_right = TRUE;

      if (!refs_checked)
        {
          prefetch_refs (self, records, ahead, i);
          refs_right = check_refs (self, &where, &ahead[i % RING], firms ? &firms[i] : NULL,
                                   NULL, error);
        }
      if (refs_right && !(cycles && g_hash_table_contains (cycles, batch->pdata[i])))
        continue;
      if (refs_right)
        set_cycle_error (self, batch->pdata[i], &where, error);
      lian_registry_forget_entries (self, batch);
      return NULL;
    }
  return g_steal_pointer (&batch);
}

/* A load whose records come a chunk at a time while the rest is read
 * (lian-document-pipe.c). Each chunk is entered at once, and each record
 * whose targets are all entered already is checked and filed (filing does
 * not depend on the order); the others wait for the end. The registry is
 * then the one lian_registry_load_many_at() makes of the same records. On
 * any problem everything is taken back and lian_registry_load_many_at()
 * runs on the whole document, so that the error is the one it gives. */
struct _LianLoad
{
  LianRegistry *self;
  GPtrArray    *batch;      /* LianEntry of each record taken, in order */
  GArray       *waiting;    /* guint: the places in @batch of those not filed yet */
  GPtrArray    *parented;   /* LianEntry: those with a parent id */
  guint64       stamp;      /* the registry's, before */
  guint         expected;   /* the records guessed, room made for them once
                             * the first chunk came whole; or 0 */
  gboolean      failed;     /* a problem met: taken back, done again at the end */
};

LianLoad *
lian_registry_load_begin (LianRegistry *self,
                          guint         expected)
{
  LianLoad *load = g_new0 (LianLoad, 1);

  load->self = self;
  load->expected = expected;
  load->batch = g_ptr_array_new ();
  load->waiting = g_array_new (FALSE, FALSE, sizeof (guint));
  load->parented = g_ptr_array_new ();
  load->stamp = self->stamp;
  return load;
}

static void
load_free (LianLoad *load)
{
  g_ptr_array_unref (load->batch);
  g_array_unref (load->waiting);
  g_ptr_array_unref (load->parented);
  g_free (load);
}

/* Takes back what the load did, the last first. */
static void
load_undo (LianLoad *load)
{
  LianRegistry *self = load->self;

  for (guint i = load->batch->len; i-- > 0;)
    {
      LianEntry *entry = g_ptr_array_index (load->batch, i);

      if (entry->filed)
        {
          lian_index_unfile (self, entry);
          if (lian_entry_object (entry))
            lian_record_set_owner (lian_entry_object (entry), NULL, NULL);
        }
    }
  lian_registry_forget_entries (self, load->batch);
  g_ptr_array_set_size (load->batch, 0);
  self->stamp = load->stamp;
  load->failed = TRUE;
}

/* Checks the references of record @i of the load; with @waits, one whose
 * target is not entered yet is no problem but sets it. */
static gboolean
check_entry (LianLoad      *load,
             guint          i,
             const Targets *targets,
             LianEntry    **firm,
             gboolean      *waits)
{
  LianEntry *entry = g_ptr_array_index (load->batch, i);
  g_auto(Where) where = { NULL, NULL, i, lian_entry_item (entry), NULL };

  return check_refs (load->self, &where, targets, firm, waits, NULL);
}

/* Files record @i of the load, checked, as the one-thread load does. */
static void
file_entry (LianLoad  *load,
            guint      i,
            LianEntry *firm)
{
  LianEntry *entry = g_ptr_array_index (load->batch, i);

  LianRowHead *head = entry->row;

  if (head->revision == 0)
    head->revision = 1;
  lian_index_file_with (load->self, entry, firm);
  /* Owned now, while the record is at hand, rather than in a last pass
   * over every record; an undo lets go of it. */
  if (lian_entry_object (entry))
    lian_record_set_owner (lian_entry_object (entry), load->self, lian_registry_record_changed);
}

/* Enters @records, the next of the load; false on a problem. */
static gboolean
enter_chunk (LianLoad  *load,
             GPtrArray *records)
{
  LianRegistry *self = load->self;
  guint start = load->batch->len;
  guint32 ids[RING];

  /* The table of entries made large enough once, not doubled as chunks
   * come; but only for a document that has shown it holds records (a
   * chunk whole): one refused at its first line, or a large file of few
   * records, leaves no room it never used. */
  if (start == 0 && records->len >= LIAN_LOAD_CHUNK && load->expected > records->len)
    lian_entries_reserve (self->entries, lian_entries_size (self->entries) + load->expected);
  lian_entries_reserve (self->entries, lian_entries_size (self->entries) + records->len);
  for (guint i = 0; i < records->len; i++)
    {
      g_auto(Where) where = { NULL, NULL, start + i, records->pdata[i], NULL };
      guint32 hash = prefetch_entry (self, records, NULL, ids, i);
      LianEntry *entry;

      /* Slots from the slab as for the whole document at once: only a
       * document of one small chunk is small. */
      entry = enter_one (self, &where, hash, start > 0 || records->len >= SLAB_FROM, NULL);
      if (entry == NULL)
        return FALSE;
      entry->seq = self->next_seq + load->batch->len;
      g_ptr_array_add (load->batch, entry);
      if (lian_row_get_parent_id (lian_record_kind_get_decl (entry->kind), entry->row))
        g_ptr_array_add (load->parented, entry);
    }
  return TRUE;
}

void
lian_registry_load_take (LianLoad  *load,
                         GPtrArray *records)
{
  guint start = load->batch->len;
  g_autofree Targets *ahead = NULL;
  g_autofree LianEntry **firms = NULL;
  g_autofree gboolean *waits = NULL;

  if (load->failed)
    return;
  if (!enter_chunk (load, records))
    {
      load_undo (load);
      return;
    }
  /* Checked, then filed, as the one-thread load does, each step asking
   * for the memory of the records ahead. */
  ahead = g_new0 (Targets, RING);
  firms = g_new0 (LianEntry *, records->len);
  waits = g_new0 (gboolean, records->len);
  for (guint i = 0; i < records->len; i++)
    {
      prefetch_refs (load->self, records, ahead, i);
      if (!check_entry (load, start + i, &ahead[i % RING], &firms[i], &waits[i]))
        {
          load_undo (load);
          return;
        }
    }
  for (guint i = 0; i < records->len; i++)
    {
      guint at = start + i;

      lian_index_prefetch_firms (load->self, firms, records->len, i);
      if (waits[i])
        g_array_append_val (load->waiting, at);
      else
        file_entry (load, at, firms[i]);
    }
}

void
lian_registry_load_abandon (LianLoad *load)
{
  if (!load->failed)
    load_undo (load);
  load_free (load);
}

gboolean
lian_registry_load_finish (LianLoad       *load,
                           GPtrArray      *records,
                           LianWhereFunc   where_func,
                           gpointer        where_data,
                           GError        **error)
{
  LianRegistry *self = load->self;
  g_autoptr(GHashTable) cycles = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  LianAdded added = { { 0, }, };
  gboolean right = !load->failed && load->batch->len == records->len;

  if (right)
    cycles = lian_registry_find_cycles (self, load->parented);
  right = right && cycles == NULL;
  for (guint w = 0; right && w < load->waiting->len; w++)
    {
      guint at = g_array_index (load->waiting, guint, w);
      LianEntry *firm = NULL;

      right = check_entry (load, at, NULL, &firm, NULL);
      if (right)
        file_entry (load, at, firm);
    }
  if (!right)
    {
      if (!load->failed)
        load_undo (load);
      load_free (load);
      /* The one-thread load takes objects: the rows become theirs. */
      for (guint i = 0; i < records->len; i++)
        lian_item_make_record (&records->pdata[i]);
      return lian_registry_load_many_at (self, records, where_func, where_data, error);
    }

  /* Nothing can fail from here on. The records' references are the
   * registry's now, and each record its own since it was filed; a row
   * is its entry's. */
  g_ptr_array_set_free_func (records, NULL);
  for (guint i = 0; i < load->batch->len; i++)
    lian_added_note (&added, ((LianEntry *) g_ptr_array_index (load->batch, i))->kind, i);
  slots = lian_registry_slots_of (self, load->batch);
  self->next_seq += load->batch->len;
  load_free (load);
  lian_registry_list_added (self, slots ? slots : records, &added);
  return TRUE;
}
