/* test-record-lists.c: what a registry's lists of records tell a
 * consumer that mirrors them (a list view) while records go and come back
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

#define N_KINDS (LIAN_RECORD_KIND_PERSON + 1)
#define COPIES 12

/* A consumer's copy of one list, kept by replaying its items-changed. */
typedef struct
{
  GListModel *list;
  GPtrArray  *copy;     /* of LianRecord, owned */
  guint       signals;
} Mirror;

static void
replay_cb (GListModel *list,
           guint       position,
           guint       removed,
           guint       added,
           Mirror     *mirror)
{
  CU_ASSERT_TRUE_FATAL (position + removed <= mirror->copy->len);
  g_ptr_array_remove_range (mirror->copy, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->copy, position + i, g_list_model_get_item (list, position + i));
  /* Each change is told whole: the list is as the copy says already. */
  CU_ASSERT_EQUAL (mirror->copy->len, g_list_model_get_n_items (list));
  mirror->signals++;
}

static void
mirrors_init (Mirror       *mirrors,
              LianRegistry *registry)
{
  for (guint k = 0; k < N_KINDS; k++)
    {
      Mirror *m = &mirrors[k];

      m->list = lian_registry_get_records (registry, k);
      m->copy = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (m->list); i++)
        g_ptr_array_add (m->copy, g_list_model_get_item (m->list, i));
      g_signal_connect (m->list, "items-changed", G_CALLBACK (replay_cb), m);
    }
}

/* Every copy equals its list, record for record. */
static void
mirrors_check (Mirror *mirrors)
{
  for (guint k = 0; k < N_KINDS; k++)
    {
      Mirror *m = &mirrors[k];
      guint n = g_list_model_get_n_items (m->list);

      CU_ASSERT_EQUAL_FATAL (m->copy->len, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (m->list, i);

          CU_ASSERT_PTR_EQUAL (item, m->copy->pdata[i]);
        }
    }
}

static void
mirrors_clear (Mirror *mirrors)
{
  for (guint k = 0; k < N_KINDS; k++)
    {
      g_signal_handlers_disconnect_by_data (mirrors[k].list, &mirrors[k]);
      g_clear_object (&mirrors[k].list);
      g_clear_pointer (&mirrors[k].copy, g_ptr_array_unref);
    }
}

static LianRegistry *
new_copies (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = json_to_string (doc, FALSE);
  g_autoptr(GError) error = NULL;
  LianRegistry *registry = lian_registry_new ();

  CU_ASSERT_TRUE (lian_registry_load_from_data (registry, text, strlen (text), &error));
  CU_ASSERT_PTR_NULL (error);
  return registry;
}

/* The ids of every @step-th record of @kind, from @from. */
static GPtrArray *
every_nth (LianRegistry   *registry,
           LianRecordKind  kind,
           guint           from,
           guint           step)
{
  g_autoptr(GListModel) list = lian_registry_get_records (registry, kind);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = from; i < g_list_model_get_n_items (list); i += step)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (list, i);

      g_ptr_array_add (ids, g_strdup (lian_record_get_id (record)));
    }
  return ids;
}

static guint
remove_all (LianRegistry *registry,
            GPtrArray    *ids,
            gboolean      cascade)
{
  guint removed = 0;

  for (guint i = 0; i < ids->len; i++)
    removed += lian_registry_remove (registry, ids->pdata[i], cascade, NULL, NULL);
  return removed;
}

/* Removals one by one, with and without cascade, told one by one. */
static void
test_removals (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GPtrArray) needs = every_nth (registry, LIAN_RECORD_KIND_NEED, 3, 7);
  g_autoptr(GPtrArray) firms = every_nth (registry, LIAN_RECORD_KIND_ENTERPRISE, 1, 5);
  Mirror mirrors[N_KINDS] = { { NULL, }, };
  guint before;

  mirrors_init (mirrors, registry);
  before = mirrors[LIAN_RECORD_KIND_NEED].copy->len;
  CU_ASSERT_TRUE (needs->len > 4);
  CU_ASSERT_EQUAL (remove_all (registry, needs, TRUE), needs->len);
  CU_ASSERT_EQUAL (mirrors[LIAN_RECORD_KIND_NEED].signals, needs->len);
  CU_ASSERT_EQUAL (mirrors[LIAN_RECORD_KIND_NEED].copy->len, before - needs->len);
  mirrors_check (mirrors);
  /* Those that no record needs, without cascade. */
  g_ptr_array_unref (needs);
  needs = every_nth (registry, LIAN_RECORD_KIND_NEED, 0, 5);
  CU_ASSERT_TRUE (remove_all (registry, needs, FALSE) > 0);
  mirrors_check (mirrors);
  CU_ASSERT_TRUE (firms->len > 2);
  CU_ASSERT_EQUAL (remove_all (registry, firms, TRUE), firms->len);
  mirrors_check (mirrors);
  mirrors_clear (mirrors);
}

/* A batch's removals undone: the records come back where they stood. */
static void
test_put_back (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GPtrArray) firms = every_nth (registry, LIAN_RECORD_KIND_ENTERPRISE, 2, 3);
  g_autoptr(GPtrArray) needs = every_nth (registry, LIAN_RECORD_KIND_NEED, 0, 4);
  Mirror mirrors[N_KINDS] = { { NULL, }, };
  Mirror before[N_KINDS] = { { NULL, }, };

  mirrors_init (before, registry);
  for (guint k = 0; k < N_KINDS; k++)   /* kept as they are now */
    g_signal_handlers_disconnect_by_data (before[k].list, &before[k]);
  mirrors_init (mirrors, registry);
  lian_registry_begin_batch (registry);
  remove_all (registry, needs, FALSE);
  remove_all (registry, firms, TRUE);
  mirrors_check (mirrors);
  lian_registry_abort_batch (registry);
  mirrors_check (mirrors);
  for (guint k = 0; k < N_KINDS; k++)
    {
      CU_ASSERT_EQUAL_FATAL (mirrors[k].copy->len, before[k].copy->len);
      for (guint i = 0; i < mirrors[k].copy->len; i++)
        CU_ASSERT_PTR_EQUAL (mirrors[k].copy->pdata[i], before[k].copy->pdata[i]);
    }
  mirrors_clear (mirrors);
  mirrors_clear (before);
}

static void
count_removed_cb (LianRegistry *registry,
                  LianRecord   *record,
                  GPtrArray    *told)
{
  g_ptr_array_add (told, g_object_ref (record));
}

/* A clear says so once a list, and tells of the records in their lists'
 * order, kind by kind. */
static void
test_clear (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GPtrArray) needs = every_nth (registry, LIAN_RECORD_KIND_NEED, 1, 3);
  g_autoptr(GPtrArray) told = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_object_unref);
  Mirror mirrors[N_KINDS] = { { NULL, }, };

  remove_all (registry, needs, FALSE);
  mirrors_init (mirrors, registry);
  for (guint k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < mirrors[k].copy->len; i++)
      g_ptr_array_add (expected, g_object_ref (mirrors[k].copy->pdata[i]));
  g_signal_connect (registry, "record-removed", G_CALLBACK (count_removed_cb), told);
  lian_registry_clear (registry);
  mirrors_check (mirrors);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  CU_ASSERT_EQUAL_FATAL (told->len, expected->len);
  for (guint i = 0; i < told->len; i++)
    CU_ASSERT_PTR_EQUAL (told->pdata[i], expected->pdata[i]);
  for (guint k = 0; k < N_KINDS; k++)
    CU_ASSERT_TRUE (mirrors[k].signals <= 1);
  mirrors_clear (mirrors);
}

static void
let_go_once_cb (LianRegistry *registry,
                LianRecord   *record,
                guint        *told)
{
  if ((*told)++ == 0)
    g_object_unref (registry);
}

/* A record-removed handler that lets go of the last reference to the
 * registry during a clear: the clear ends without using it freed (a
 * use after free before, under valgrind or ASan). */
static void
test_clear_let_go_by_a_handler (void)
{
  LianRegistry *registry = new_copies ();
  guint told = 0;

  g_signal_connect (registry, "record-removed", G_CALLBACK (let_go_once_cb), &told);
  lian_registry_clear (registry);
  CU_ASSERT_TRUE (told > 0);
}

/* Every record each list holds is held, once, and the lists hold as
 * many as the registry. */
static void
assert_lists_hold_the_registry (LianRegistry *registry)
{
  guint total = 0;

  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (registry, k);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LianRecord) record = g_list_model_get_item (list, i);

          CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, lian_record_get_id (record)), record);
        }
      total += n;
    }
  CU_ASSERT_EQUAL (total, lian_registry_get_n_records (registry));
}

/* What record-added and record-removed told last of each record. */
static void
stream_added_cb (LianRegistry *registry,
                 LianRecord   *record,
                 GHashTable   *stream)
{
  CU_ASSERT_NOT_EQUAL (GPOINTER_TO_INT (g_hash_table_lookup (stream, record)), 1);
  g_hash_table_insert (stream, g_object_ref (record), GINT_TO_POINTER (1));
}

static void
stream_removed_cb (LianRegistry *registry,
                   LianRecord   *record,
                   GHashTable   *stream)
{
  CU_ASSERT_EQUAL (GPOINTER_TO_INT (g_hash_table_lookup (stream, record)), 1);
  g_hash_table_insert (stream, g_object_ref (record), GINT_TO_POINTER (2));
}

/* A stream of record-added and record-removed, told of @registry's
 * records as they are now. */
static GHashTable *
stream_new (LianRegistry *registry)
{
  GHashTable *stream = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  for (guint k = 0; k < N_KINDS; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (registry, k);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_hash_table_insert (stream, g_list_model_get_item (list, i), GINT_TO_POINTER (1));
    }
  g_signal_connect (registry, "record-added", G_CALLBACK (stream_added_cb), stream);
  g_signal_connect (registry, "record-removed", G_CALLBACK (stream_removed_cb), stream);
  return stream;
}

/* The last the stream told of each record says whether it is held. */
static void
stream_check (GHashTable   *stream,
              LianRegistry *registry)
{
  GHashTableIter iter;
  gpointer record, told;
  guint held = 0;

  g_hash_table_iter_init (&iter, stream);
  while (g_hash_table_iter_next (&iter, &record, &told))
    {
      gboolean is_held = lian_registry_lookup (registry, lian_record_get_id (record)) == record;

      CU_ASSERT_EQUAL (is_held, GPOINTER_TO_INT (told) == 1);
      held += is_held;
    }
  CU_ASSERT_EQUAL (held, lian_registry_get_n_records (registry));
}

/* What a registry's lists and signals tell, watched from watch_begin()
 * to watch_end(). */
typedef struct
{
  LianRegistry *registry;
  GHashTable   *stream;
  Mirror        mirrors[N_KINDS];
} Watch;

static void
watch_begin (Watch        *watch,
             LianRegistry *registry)
{
  watch->registry = registry;
  mirrors_init (watch->mirrors, registry);
  watch->stream = stream_new (registry);
}

/* The lists are what they told, and the signals told of what the
 * registry holds. */
static void
watch_end (Watch *watch)
{
  stream_check (watch->stream, watch->registry);
  mirrors_check (watch->mirrors);
  g_signal_handlers_disconnect_by_data (watch->registry, watch->stream);
  g_hash_table_unref (watch->stream);
  mirrors_clear (watch->mirrors);
}

typedef struct
{
  LianRegistry *registry;
  GPtrArray    *back;     /* records to add back, one a call */
} AddBack;

static void
add_back_cb (LianRegistry *registry,
             LianRecord   *record,
             AddBack      *add_back)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LianRecord) back = NULL;

  if (add_back->back->len == 0 || !LIAN_IS_CHAIN (record))
    return;
  back = g_ptr_array_steal_index (add_back->back, 0);
  CU_ASSERT_TRUE (lian_registry_add (add_back->registry, back, &error));
  CU_ASSERT_PTR_NULL (error);
}

/* Handlers of a clear's removals add back records it took and has not
 * told of yet: each is told of as removed, then as added, and stays,
 * listed once. */
static void
test_clear_added_back (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GError) error = NULL;
  AddBack add_back = { registry, g_ptr_array_new_with_free_func (g_object_unref) };
  Watch watch;

  /* Chains that refer to nothing, the last of their list: when the
   * first chain is told of, they are taken and not told of yet. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-free-%u", i);
      g_autoptr(LianChain) chain = lian_chain_new (id, "链");

      lian_chain_set_region (chain, "320200");
      CU_ASSERT_TRUE (lian_registry_add (registry, LIAN_RECORD (chain), &error));
      if (i > 0)
        g_ptr_array_insert (add_back.back, 0, g_object_ref (chain));
    }
  CU_ASSERT_PTR_NULL_FATAL (error);
  watch_begin (&watch, registry);
  g_signal_connect (registry, "record-removed", G_CALLBACK (add_back_cb), &add_back);
  lian_registry_clear (registry);
  CU_ASSERT_EQUAL (add_back.back->len, 0);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 2);
  watch_end (&watch);
  assert_lists_hold_the_registry (registry);
  g_signal_handlers_disconnect_by_data (registry, &add_back);
  g_ptr_array_unref (add_back.back);
}

static void
add_back_listed_cb (GListModel *list,
                    guint       position,
                    guint       removed,
                    guint       added,
                    AddBack    *add_back)
{
  if (removed > 0)
    add_back_cb (add_back->registry, add_back->back->len ? add_back->back->pdata[0] : NULL, add_back);
}

/* A handler of a list adds back the record a removal took out of it,
 * before record-removed told of it: it is told of as removed, then as
 * added, and stays, listed once. */
static void
test_removal_added_back (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GListModel) chains = lian_registry_get_chains (registry);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianChain) chain = lian_chain_new ("chain-free", "链");
  AddBack add_back = { registry, g_ptr_array_new_with_free_func (g_object_unref) };
  Watch watch;

  lian_chain_set_region (chain, "320200");
  CU_ASSERT_TRUE (lian_registry_add (registry, LIAN_RECORD (chain), &error));
  g_ptr_array_add (add_back.back, g_object_ref (chain));
  watch_begin (&watch, registry);
  g_signal_connect (chains, "items-changed", G_CALLBACK (add_back_listed_cb), &add_back);
  CU_ASSERT_TRUE (lian_registry_remove (registry, "chain-free", FALSE, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (add_back.back->len, 0);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, "chain-free"), chain);
  watch_end (&watch);
  assert_lists_hold_the_registry (registry);
  g_signal_handlers_disconnect_by_data (chains, &add_back);
  g_ptr_array_unref (add_back.back);
}

static void
readd_put_back_cb (GListModel *list,
                   guint       position,
                   guint       removed,
                   guint       added,
                   AddBack    *add_back)
{
  g_autoptr(LianRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (added == 0 || add_back->back->len == 0)
    return;
  record = g_ptr_array_steal_index (add_back->back, 0);
  CU_ASSERT_TRUE (lian_registry_remove (add_back->registry, lian_record_get_id (record), FALSE,
                                        NULL, &error));
  CU_ASSERT_TRUE (lian_registry_add (add_back->registry, record, &error));
  CU_ASSERT_PTR_NULL (error);
}

/* A handler of the list an abort puts a record back into takes it out
 * and adds it again before the undo told of it: it is told of as added
 * once, by that addition. */
static void
test_put_back_added_again (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GListModel) chains = lian_registry_get_chains (registry);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianChain) chain = lian_chain_new ("chain-free", "链");
  AddBack add_back = { registry, g_ptr_array_new_with_free_func (g_object_unref) };
  Watch watch;

  lian_chain_set_region (chain, "320200");
  CU_ASSERT_TRUE (lian_registry_add (registry, LIAN_RECORD (chain), &error));
  watch_begin (&watch, registry);
  lian_registry_begin_batch (registry);
  CU_ASSERT_TRUE (lian_registry_remove (registry, "chain-free", FALSE, NULL, &error));
  g_ptr_array_add (add_back.back, g_object_ref (chain));
  g_signal_connect (chains, "items-changed", G_CALLBACK (readd_put_back_cb), &add_back);
  lian_registry_abort_batch (registry);
  CU_ASSERT_EQUAL (add_back.back->len, 0);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, "chain-free"), chain);
  watch_end (&watch);
  assert_lists_hold_the_registry (registry);
  g_signal_handlers_disconnect_by_data (chains, &add_back);
  g_ptr_array_unref (add_back.back);
}

typedef struct
{
  LianRegistry *registry;
  GPtrArray    *firms;    /* ids of enterprises to remove */
  gboolean      removed;
  gboolean      aborted;
} Aborter;

/* While a clear runs: at the first record told of (a region or a chain),
 * removes enterprises with their needs in a batch; at the first
 * enterprise, when the chains they refer to are gone, aborts it and the
 * batch the test opened. */
static void
abort_in_clear_cb (LianRegistry *registry,
                   LianRecord   *record,
                   Aborter      *aborter)
{
  g_autoptr(GError) error = NULL;

  if (!LIAN_IS_ENTERPRISE (record) && !aborter->removed)
    {
      aborter->removed = TRUE;
      lian_registry_begin_batch (registry);
      CU_ASSERT_TRUE (remove_all (registry, aborter->firms, TRUE) > 0);
    }
  else if (LIAN_IS_ENTERPRISE (record) && aborter->removed && !aborter->aborted)
    {
      aborter->aborted = TRUE;
      lian_registry_abort_batch (registry);
      lian_registry_abort_batch (registry);
    }
}

/* A handler aborts a batch while a clear runs: what the batch did before
 * the clear is forgotten, and the removals it made meanwhile of records
 * whose references the clear has taken stay (no critical, which the
 * tests make fatal); every list and the signals agree with the registry. */
static void
test_abort_in_clear (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GPtrArray) needs = every_nth (registry, LIAN_RECORD_KIND_NEED, 0, 4);
  Aborter aborter = { registry, every_nth (registry, LIAN_RECORD_KIND_ENTERPRISE, 1, 3), FALSE, FALSE };
  Watch watch;

  watch_begin (&watch, registry);
  lian_registry_begin_batch (registry);
  CU_ASSERT_EQUAL (remove_all (registry, needs, TRUE), needs->len);
  g_signal_connect (registry, "record-removed", G_CALLBACK (abort_in_clear_cb), &aborter);
  lian_registry_clear (registry);
  CU_ASSERT_TRUE (aborter.aborted);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  watch_end (&watch);
  g_signal_handlers_disconnect_by_data (registry, &aborter);
  g_ptr_array_unref (aborter.firms);
}

static void
clear_once_cb (LianRegistry *registry,
               LianRecord   *record,
               guint        *calls)
{
  if ((*calls)++ == 0)
    lian_registry_clear (registry);
}

/* A handler of the first record an abort puts back clears the registry:
 * the undo ends there, and the records it put back and had not listed
 * yet go too. */
static void
test_clear_in_undo (void)
{
  g_autoptr(LianRegistry) registry = new_copies ();
  g_autoptr(GPtrArray) firms = every_nth (registry, LIAN_RECORD_KIND_ENTERPRISE, 0, 3);
  g_autoptr(GPtrArray) needs = every_nth (registry, LIAN_RECORD_KIND_NEED, 1, 3);
  Watch watch;
  guint calls = 0;

  watch_begin (&watch, registry);
  lian_registry_begin_batch (registry);
  remove_all (registry, needs, TRUE);
  CU_ASSERT_EQUAL (remove_all (registry, firms, TRUE), firms->len);
  g_signal_connect (registry, "record-added", G_CALLBACK (clear_once_cb), &calls);
  lian_registry_abort_batch (registry);
  CU_ASSERT_EQUAL (calls, 1);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  watch_end (&watch);
  g_signal_handlers_disconnect_by_data (registry, &calls);
}

typedef struct
{
  LianRegistry *registry;
  const char   *gone;        /* a need removed by the handler */
  const char   *again;       /* an activity removed and added again */
  const char   *firm;        /* an enterprise removed with its needs */
  GPtrArray    *added;       /* of record-added, ids */
  guint         calls;
} Meddler;

/* A handler of the enterprises' list, during an addition of records of
 * every kind: it removes records of later kinds the same addition added. */
static void
meddle_cb (GListModel *list,
           guint       position,
           guint       removed,
           guint       added,
           Meddler    *meddler)
{
  g_autoptr(LianRecord) again = NULL;
  g_autoptr(GError) error = NULL;

  if (meddler->calls++ > 0)
    return;
  again = g_object_ref (lian_registry_lookup (meddler->registry, meddler->again));
  CU_ASSERT_TRUE (lian_registry_remove (meddler->registry, meddler->gone, TRUE, NULL, &error));
  CU_ASSERT_TRUE (lian_registry_remove (meddler->registry, meddler->again, FALSE, NULL, &error));
  CU_ASSERT_TRUE (lian_registry_add (meddler->registry, again, &error));
  CU_ASSERT_TRUE (lian_registry_remove (meddler->registry, meddler->firm, TRUE, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
note_added_cb (LianRegistry *registry,
               LianRecord   *record,
               GPtrArray    *added)
{
  g_ptr_array_add (added, g_strdup (lian_record_get_id (record)));
}

static GPtrArray *
ids_of (LianRegistry   *registry,
        LianRecordKind  kind)
{
  return every_nth (registry, kind, 0, 1);
}

/* A handler of an earlier kind's list removes records of later kinds an
 * addition brings (a load here, as add_many): their lists never show
 * them, each list holds what the registry holds in its order, and a
 * consumer that mirrors the lists sees it so. */
static void
test_removed_by_a_list_handler (void)
{
  g_autoptr(LianRegistry) model = new_copies ();
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GPtrArray) needs = ids_of (model, LIAN_RECORD_KIND_NEED);
  g_autoptr(GPtrArray) activities = ids_of (model, LIAN_RECORD_KIND_ACTIVITY);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (registry);
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = json_to_string (doc, FALSE);
  g_autoptr(GError) error = NULL;
  Mirror mirrors[N_KINDS] = { { NULL, }, };
  Meddler meddler = { registry, NULL, NULL, NULL, added, 0 };
  g_autoptr(LianNeed) firms_need = NULL;

  CU_ASSERT_TRUE_FATAL (needs->len > 2 && activities->len > 2);
  meddler.gone = needs->pdata[1];
  meddler.again = activities->pdata[0];
  firms_need = g_object_ref (lian_registry_lookup_need (model, needs->pdata[2]));
  meddler.firm = lian_need_get_enterprise_id (firms_need);
  mirrors_init (mirrors, registry);
  g_signal_connect (firms, "items-changed", G_CALLBACK (meddle_cb), &meddler);
  g_signal_connect (registry, "record-added", G_CALLBACK (note_added_cb), added);
  CU_ASSERT_TRUE (lian_registry_load_from_data (registry, text, strlen (text), &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (meddler.calls > 0);

  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, meddler.gone));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, meddler.firm));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, needs->pdata[2]));
  assert_lists_hold_the_registry (registry);
  mirrors_check (mirrors);
  /* The activity added again comes last, as it was added last. */
  for (guint i = 1; i < activities->len; i++)
    g_ptr_array_add (expected, activities->pdata[i]);
  g_ptr_array_add (expected, activities->pdata[0]);
  got = ids_of (registry, LIAN_RECORD_KIND_ACTIVITY);
  CU_ASSERT_EQUAL_FATAL (got->len, expected->len);
  for (guint i = 0; i < got->len; i++)
    CU_ASSERT_STRING_EQUAL (got->pdata[i], expected->pdata[i]);
  /* Nothing tells of the need removed as if it were added, and the
   * activity added again is told of once, by its own addition. */
  for (guint i = 0, again = 0; i < added->len; i++)
    {
      CU_ASSERT_STRING_NOT_EQUAL (added->pdata[i], meddler.gone);
      CU_ASSERT_STRING_NOT_EQUAL (added->pdata[i], meddler.firm);
      again += g_str_equal (added->pdata[i], meddler.again);
      CU_ASSERT_TRUE (again <= 1);
    }
  /* Removing others of that kind finds each where it stands. */
  g_ptr_array_unref (needs);
  needs = every_nth (registry, LIAN_RECORD_KIND_NEED, 0, 3);
  CU_ASSERT_EQUAL (remove_all (registry, needs, TRUE), needs->len);
  assert_lists_hold_the_registry (registry);
  mirrors_check (mirrors);
  g_signal_handlers_disconnect_by_data (firms, &meddler);
  mirrors_clear (mirrors);
}

static void
dispose_once_cb (GListModel   *list,
                 guint         position,
                 guint         removed,
                 guint         added,
                 LianRegistry *registry)
{
  g_object_run_dispose (G_OBJECT (registry));
}

/* A handler of an earlier kind's list disposes of the registry during a
 * load: every list a consumer mirrors ends empty, told of each record it
 * was told of. */
static void
test_disposed_by_a_list_handler (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (registry);
  g_autoptr(JsonNode) doc = lian_test_sample_copies (2);
  g_autofree char *text = json_to_string (doc, FALSE);
  Mirror mirrors[N_KINDS] = { { NULL, }, };

  mirrors_init (mirrors, registry);
  g_signal_connect (firms, "items-changed", G_CALLBACK (dispose_once_cb), registry);
  lian_registry_load_from_data (registry, text, strlen (text), NULL);
  mirrors_check (mirrors);
  for (guint k = 0; k < N_KINDS; k++)
    CU_ASSERT_EQUAL (mirrors[k].copy->len, 0);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  g_signal_handlers_disconnect_by_data (firms, registry);
  mirrors_clear (mirrors);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/record-lists/removals", test_removals },
    { "/lian/record-lists/put-back", test_put_back },
    { "/lian/record-lists/clear", test_clear },
    { "/lian/record-lists/clear-let-go-by-a-handler", test_clear_let_go_by_a_handler },
    { "/lian/record-lists/clear-added-back", test_clear_added_back },
    { "/lian/record-lists/abort-in-clear", test_abort_in_clear },
    { "/lian/record-lists/removal-added-back", test_removal_added_back },
    { "/lian/record-lists/put-back-added-again", test_put_back_added_again },
    { "/lian/record-lists/clear-in-undo", test_clear_in_undo },
    { "/lian/record-lists/removed-by-a-list-handler", test_removed_by_a_list_handler },
    { "/lian/record-lists/disposed-by-a-list-handler", test_disposed_by_a_list_handler },
    { NULL, NULL },
  };
  return lian_test_run ("record-lists", tests);
}
