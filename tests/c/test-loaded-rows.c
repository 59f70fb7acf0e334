/* test-loaded-rows.c: records a registry loads as rows, their objects made
 * when someone asks for them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A loaded record is kept as its row until a lookup, a list's item or a
 * change asks for its object; from then on it has that one object while
 * the registry holds it, whichever way it is asked for.
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* A lookup, the lists and a lookup again give one object per record, in
 * any order they are asked. */
static void
test_one_object_per_record (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianRecord *need = lian_registry_lookup (registry, "need-001");
  g_autoptr(GPtrArray) listed = lian_test_hold_all (registry);
  guint found = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, "need-001"), need);
  CU_ASSERT_EQUAL (listed->len, lian_registry_get_n_records (registry));
  for (guint i = 0; i < listed->len; i++)
    {
      LianRecord *record = listed->pdata[i];

      /* Made by the list, it is the one a lookup finds. */
      CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, lian_record_get_id (record)), record);
      CU_ASSERT_PTR_EQUAL (lian_record_get_registry (record), registry);
      found += record == need;
    }
  CU_ASSERT_EQUAL (found, 1);
}

/* A record removed, changed or left alone before anyone asked for its
 * object saves as it does in a registry where every object was made. */
static void
test_rows_change_as_records (void)
{
  g_autoptr(LianRegistry) rows = lian_test_sample_registry ();
  g_autoptr(LianRegistry) objects = lian_test_sample_registry ();
  g_autoptr(GPtrArray) all = lian_test_hold_all (objects);
  g_autoptr(GError) error = NULL;
  g_autofree char *from_rows = NULL;
  g_autofree char *from_objects = NULL;

  for (LianRegistry **r = (LianRegistry *[]) { rows, objects, NULL }; *r; r++)
    {
      CU_ASSERT_TRUE (lian_registry_remove (*r, "need-002", FALSE, NULL, &error));
      CU_ASSERT_PTR_NULL (error);
      CU_ASSERT_PTR_NULL (lian_registry_lookup (*r, "need-002"));
      lian_need_set_title (lian_registry_lookup_need (*r, "need-001"), "设备更新贷款");
      CU_ASSERT_EQUAL (lian_record_get_revision (lian_registry_lookup (*r, "need-001")), 2);
    }
  from_rows = lian_registry_save_to_data (rows, NULL);
  from_objects = lian_registry_save_to_data (objects, NULL);
  CU_ASSERT_STRING_EQUAL (from_rows, from_objects);
  CU_ASSERT_PTR_NOT_NULL (strstr (from_rows, "设备更新贷款"));
  CU_ASSERT_PTR_NULL (strstr (from_rows, "\"need-002\""));
}

/* The ids of what @filter selects in @registry, each its lookup's object. */
static char *
selected_ids (LianRegistry *registry,
              LianFilter   *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = lian_registry_select (registry, filter, &error);
  GString *ids = g_string_new (NULL);

  CU_ASSERT_PTR_NOT_NULL_FATAL (found);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (found, i);

      CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, lian_record_get_id (record)), record);
      g_string_append_printf (ids, "%s ", lian_record_get_id (record));
    }
  return g_string_free (ids, FALSE);
}

/* A selection that reads rows (through a lent object) selects what it
 * selects when every record has its object. */
static void
test_selections_read_rows (void)
{
  g_autoptr(LianRegistry) rows = lian_test_sample_registry ();
  g_autoptr(LianRegistry) objects = lian_test_sample_registry ();
  g_autoptr(GPtrArray) all = lian_test_hold_all (objects);
  g_autoptr(LianFilter) by_text = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(LianFilter) by_region = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(LianFilter) by_chain = lian_filter_new (LIAN_RECORD_KIND_NEED);

  lian_filter_set_text (by_text, "贷款");
  lian_filter_set_region (by_region, "320200");
  lian_filter_set_chain_id (by_chain, "chain-ic");
  for (LianFilter **f = (LianFilter *[]) { by_text, by_region, by_chain, NULL }; *f; f++)
    {
      g_autofree char *from_rows = selected_ids (rows, *f);
      g_autofree char *again = selected_ids (rows, *f);
      g_autofree char *from_objects = selected_ids (objects, *f);

      CU_ASSERT_TRUE (from_rows[0] != '\0');
      CU_ASSERT_STRING_EQUAL (from_rows, from_objects);
      CU_ASSERT_STRING_EQUAL (from_rows, again);
    }
}

/* The checks and the summaries read every record; the objects they made
 * go back to rows, but for those someone holds, which stay the records'
 * objects. */
static void
test_analyses_leave_rows (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autoptr(LianRecord) held = g_object_ref (lian_registry_lookup (registry, "need-001"));
  g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
  g_autoptr(LianRecord) listed = g_list_model_get_item (needs, 1);
  g_autofree char *after = NULL;

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GListModel) problems = lian_registry_check (registry, "2024-06-30", 90);
      g_autoptr(GListModel) cities = lian_summary_rollup_regions (registry, NULL, "320000",
                                                                  LIAN_LEVEL_CITY, "2024-06-30");
      g_autoptr(GPtrArray) all = NULL;

      CU_ASSERT_PTR_NOT_NULL (problems);
      CU_ASSERT_TRUE (g_list_model_get_n_items (cities) > 0);
      CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, "need-001"), held);
      CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, lian_record_get_id (listed)), listed);
      all = lian_test_hold_all (registry);
      CU_ASSERT_EQUAL (all->len, lian_registry_get_n_records (registry));
    }
  {
    g_autofree char *again = lian_registry_save_to_data (registry, NULL);

    CU_ASSERT_STRING_EQUAL (again, before);
  }
  lian_need_set_title (LIAN_NEED (held), "设备更新贷款");
  after = lian_registry_save_to_data (registry, NULL);
  {
    g_autoptr(LianRegistry) fresh = lian_test_sample_registry ();
    g_autofree char *expected = NULL;

    lian_need_set_title (lian_registry_lookup_need (fresh, "need-001"), "设备更新贷款");
    expected = lian_registry_save_to_data (fresh, NULL);
    CU_ASSERT_STRING_EQUAL (after, expected);
  }
}

/* The records' objects alive, counted through each kind's class. */
static gint n_alive;
static gint n_made;
static void (*chained_constructed[LIAN_RECORD_KIND_PERSON + 1]) (GObject *object);
static void (*chained_finalize[LIAN_RECORD_KIND_PERSON + 1]) (GObject *object);

static LianRecordKind
kind_of (GObject *object)
{
  return lian_record_get_record_kind (LIAN_RECORD (object));
}

static void
counting_constructed (GObject *object)
{
  g_atomic_int_inc (&n_alive);
  g_atomic_int_inc (&n_made);
  if (chained_constructed[kind_of (object)])
    chained_constructed[kind_of (object)] (object);
}

static void
counting_finalize (GObject *object)
{
  LianRecordKind kind = kind_of (object);

  g_atomic_int_add (&n_alive, -1);
  chained_finalize[kind] (object);
}

static void
count_objects (void)
{
  for (guint k = 0; k <= LIAN_RECORD_KIND_PERSON; k++)
    {
      GObjectClass *klass = g_type_class_ref (lian_record_kind_get_record_type (k));

      if (klass->finalize != counting_finalize)
        {
          chained_constructed[k] = klass->constructed;
          chained_finalize[k] = klass->finalize;
          klass->constructed = counting_constructed;
          klass->finalize = counting_finalize;
        }
      g_type_class_unref (klass);
    }
}

/* Matching and a CSV export read records through their objects; once
 * their results are let go, the objects no one holds go back to rows,
 * and a record someone held keeps its object. */
static void
test_results_let_go_leave_rows (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *before = lian_registry_save_to_data (registry, NULL);
  g_autoptr(LianRecord) held = g_object_ref (lian_registry_lookup (registry, "need-001"));
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(LianFilter) enterprises = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  gint alive;

  count_objects ();
  alive = g_atomic_int_get (&n_alive);
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GListModel) matches = lian_matcher_match_all (matcher, NULL, 3);
      g_autoptr(LianMatch) first = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) one = lian_matcher_match_need (matcher, "need-001", 0, &error);
      g_autofree char *csv = NULL;

      CU_ASSERT_TRUE_FATAL (g_list_model_get_n_items (matches) > 0);
      first = g_list_model_get_item (matches, 0);
      CU_ASSERT_PTR_NOT_NULL (lian_match_get_reasons (first));
      CU_ASSERT_PTR_NOT_NULL (one);
      /* While the results live, so do the objects they rank. */
      CU_ASSERT_TRUE (g_atomic_int_get (&n_alive) > alive);
      /* The first results made the objects of the items both rank; those
       * the second holds when the first go, go with the second. */
      g_clear_object (&first);
      g_clear_object (&matches);
      CU_ASSERT_TRUE (g_atomic_int_get (&n_alive) > alive);
      g_clear_object (&one);
      CU_ASSERT_EQUAL (g_atomic_int_get (&n_alive), alive);
      CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, "need-001"), held);

      csv = lian_registry_export_csv_to_data (registry, enterprises,
                                              LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL, NULL);
      CU_ASSERT_PTR_NOT_NULL (strstr (csv, "\r\n"));
      CU_ASSERT_EQUAL (g_atomic_int_get (&n_alive), alive);
    }
  {
    g_autofree char *again = lian_registry_save_to_data (registry, NULL);

    CU_ASSERT_STRING_EQUAL (again, before);
  }
}

/* A summary hands no record out: the objects of a selection let go wait
 * for the end of the next visit that may hand some out, which gives them
 * back; a summary does not take that time. */
static void
test_summaries_leave_selections (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianFilter) needs = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(LianFilter) firms = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GListModel) held = NULL;
  gint alive, left;

  count_objects ();
  alive = g_atomic_int_get (&n_alive);
  held = lian_registry_select (registry, needs, NULL);
  CU_ASSERT_TRUE_FATAL (g_list_model_get_n_items (held) > 0);
  CU_ASSERT_EQUAL (g_atomic_int_get (&n_alive), alive + (gint) g_list_model_get_n_items (held));
  g_clear_object (&held);
  left = g_atomic_int_get (&n_alive);
  CU_ASSERT_TRUE (left > alive);
  {
    g_autoptr(GListModel) cities = lian_summary_rollup_regions (registry, NULL, "320000",
                                                                LIAN_LEVEL_CITY, NULL);
    g_autoptr(LianSummary) province = lian_summary_new (registry, NULL, NULL);

    CU_ASSERT_TRUE (g_list_model_get_n_items (cities) > 0);
    CU_ASSERT_TRUE (lian_summary_get_n_needs (province) > 0);
  }
  CU_ASSERT_EQUAL (g_atomic_int_get (&n_alive), left);
  /* The next selection's end gives the needs back, and its own objects
   * live with its result. */
  held = lian_registry_select (registry, firms, NULL);
  CU_ASSERT_TRUE (g_list_model_get_n_items (held) > 0);
  CU_ASSERT_EQUAL (g_atomic_int_get (&n_alive), alive + (gint) g_list_model_get_n_items (held));
}

/* A record looked up while matching's results live is the caller's to
 * keep using (a lookup gives no reference): letting the results go keeps
 * its object, and the handler connected to it. */
static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    data)
{
  guint *n = data;

  (*n)++;
}

static void
test_looked_up_outlive_results (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  g_autoptr(GListModel) matches = lian_matcher_match_all (matcher, NULL, 3);
  g_autoptr(LianMatch) first = NULL;
  g_autofree char *need_id = NULL;
  g_autofree char *service_id = NULL;
  LianNeed *need;
  LianServiceItem *item;
  guint n_notified = 0;

  CU_ASSERT_TRUE_FATAL (g_list_model_get_n_items (matches) > 0);
  first = g_list_model_get_item (matches, 0);
  need_id = g_strdup (lian_match_get_need_id (first));
  service_id = g_strdup (lian_match_get_service_id (first));
  g_clear_object (&first);
  need = lian_registry_lookup_need (registry, need_id);
  item = lian_registry_lookup_service (registry, service_id);
  g_signal_connect (need, "notify::title", G_CALLBACK (count_notify_cb), &n_notified);
  g_clear_object (&matches);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_need (registry, need_id), need);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_service (registry, service_id), item);
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (item)), service_id);
  lian_need_set_title (need, "设备更新贷款");
  CU_ASSERT_EQUAL (n_notified, 1);
}

/* A document store's refresh compares every record of the file with the
 * registry's; the objects it made to compare go back to rows. */
static void
test_refresh_leaves_rows (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = lian_test_sample_store (dir, "register.json");
  g_autoptr(LianRegistry) mine = NULL;
  g_autoptr(LianRegistry) theirs = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;
  gint alive;

  count_objects ();
  mine = lian_registry_open (path, &error);
  theirs = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mine);
  CU_ASSERT_PTR_NOT_NULL_FATAL (theirs);
  alive = g_atomic_int_get (&n_alive);
  lian_need_set_title (lian_registry_lookup_need (theirs, "need-002"), "设备更新贷款");
  CU_ASSERT_TRUE (lian_store_refresh (lian_registry_get_store (mine), &n, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (n, 1);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (lian_registry_lookup_need (mine, "need-002")),
                          "设备更新贷款");
  /* theirs made need-002's object, mine the one it changed. */
  CU_ASSERT_EQUAL (g_atomic_int_get (&n_alive), alive + 2);
  g_clear_object (&mine);
  g_clear_object (&theirs);
  lian_test_remove_dir (dir);
}

/* A clear takes the records held as rows without making their objects;
 * a record someone holds outlives it, and a list's handler is told. */
static void
count_changes_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    data)
{
  guint *n_removed = data;

  *n_removed += removed - added;
}

static void
test_clear_takes_rows (void)
{
  for (guint watched = 0; watched < 2; watched++)
    {
      g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
      g_autoptr(LianRecord) held = g_object_ref (lian_registry_lookup (registry, "need-001"));
      g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
      guint n_needs = g_list_model_get_n_items (needs), n_removed = 0;

      if (watched)
        g_signal_connect (needs, "items-changed", G_CALLBACK (count_changes_cb), &n_removed);
      lian_registry_clear (registry);
      CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
      CU_ASSERT_EQUAL (g_list_model_get_n_items (needs), 0);
      CU_ASSERT_EQUAL (n_removed, watched ? n_needs : 0);
      CU_ASSERT_PTR_NULL (lian_record_get_registry (held));
      g_clear_object (&registry);
      CU_ASSERT_STRING_EQUAL (lian_record_get_id (held), "need-001");
    }
}

/* A handler of record-added connected before a load is told of every
 * record, each its object. */
static void
count_added_cb (LianRegistry *registry,
                LianRecord   *record,
                gpointer      data)
{
  guint *n = data;

  CU_ASSERT_TRUE (LIAN_IS_RECORD (record));
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, lian_record_get_id (record)), record);
  (*n)++;
}

static void
test_told_records_are_objects (void)
{
  g_autoptr(LianRegistry) sample = lian_test_sample_registry ();
  g_autofree char *text = lian_registry_save_to_data (sample, NULL);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_signal_connect (registry, "record-added", G_CALLBACK (count_added_cb), &n);
  CU_ASSERT_TRUE (lian_registry_load_from_data (registry, text, -1, &error));
  CU_ASSERT_EQUAL (n, lian_registry_get_n_records (registry));
}

/* A roll-up of a loaded registry's counties reads the organisations,
 * enterprises, chains and services it holds as rows through a few shells
 * their rows are lent to, not through objects of their own: it makes as
 * many objects for 300 enterprises and 60 organisations as for 3,000 and
 * 330, and counts as a registry whose records all have their objects
 * does. */
static void
test_summaries_make_no_objects (void)
{
  gint made[2];

  count_objects ();
  for (guint n = 0; n < 2; n++)
    {
      g_autoptr(LianRegistry) generated = lian_test_generate (7, n ? 3000 : 300, 100);
      g_autofree char *document = NULL;
      g_autoptr(LianRegistry) rows = lian_registry_new ();
      g_autoptr(GListModel) from_rows = NULL;
      g_autoptr(GListModel) from_objects = NULL;
      g_autoptr(GPtrArray) all = NULL;
      g_autoptr(GError) error = NULL;
      gint before;

      /* An organisation for every ten enterprises, with two members. */
      for (guint i = 0; i < (n ? 300u : 30u); i++)
        {
          g_autofree char *id = g_strdup_printf ("org-%u", i);
          g_autofree char *members = g_strdup_printf ("gf%u gf%u", i * 10, i * 10 + 1);

          lian_test_add (generated, lian_test_org (id, LIAN_ORG_KIND_ENTERPRISE, LIAN_LEVEL_COUNTY,
                                                   "320205", NULL, members, NULL));
        }
      document = lian_registry_save_to_data (generated, NULL);
      CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (rows, document, -1, &error));
      before = g_atomic_int_get (&n_made);
      from_rows = lian_summary_rollup_regions (rows, NULL, "320000", LIAN_LEVEL_COUNTY, NULL);
      made[n] = g_atomic_int_get (&n_made) - before;
      all = lian_test_hold_all (rows);
      from_objects = lian_summary_rollup_regions (rows, NULL, "320000", LIAN_LEVEL_COUNTY, NULL);
      CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (from_rows),
                             g_list_model_get_n_items (from_objects));
      for (guint i = 0; i < g_list_model_get_n_items (from_rows); i++)
        {
          g_autoptr(LianSummary) a = g_list_model_get_item (from_rows, i);
          g_autoptr(LianSummary) b = g_list_model_get_item (from_objects, i);
          g_autofree char *ja = lian_summary_to_json_string (a);
          g_autofree char *jb = lian_summary_to_json_string (b);

          CU_ASSERT_STRING_EQUAL (ja, jb);
        }
    }
  CU_ASSERT_TRUE (made[1] < made[0] + 20);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/loaded-rows/one-object-per-record", test_one_object_per_record },
    { "/lian/loaded-rows/rows-change-as-records", test_rows_change_as_records },
    { "/lian/loaded-rows/told-records-are-objects", test_told_records_are_objects },
    { "/lian/loaded-rows/selections-read-rows", test_selections_read_rows },
    { "/lian/loaded-rows/analyses-leave-rows", test_analyses_leave_rows },
    { "/lian/loaded-rows/results-let-go-leave-rows", test_results_let_go_leave_rows },
    { "/lian/loaded-rows/looked-up-outlive-results", test_looked_up_outlive_results },
    { "/lian/loaded-rows/refresh-leaves-rows", test_refresh_leaves_rows },
    { "/lian/loaded-rows/clear-takes-rows", test_clear_takes_rows },
    { "/lian/loaded-rows/summaries-make-no-objects", test_summaries_make_no_objects },
    { "/lian/loaded-rows/summaries-leave-selections", test_summaries_leave_selections },
    { NULL, NULL },
  };
  return lian_test_run ("loaded-rows", tests);
}
