/* test-csv-rows.c: the records a CSV import adds, kept as rows
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * When no one is told of additions, an import hands its new records to
 * the registry as rows, and the registry makes each one's object only
 * when someone asks for it. Each such record must be, field for field,
 * the record an import that made objects (a handler of record-added
 * listening) adds, and save, load and tell its journal the same.
 * Built with lian's own objects, to read the registry's entries.
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"
#include "lian-registry-private.h"
#include "lian-index-private.h"
#include "lian-journal-private.h"

static const char enterprises_csv[] =
  "企业名称,统一社会信用代码,所在地区代码,企业规模,企业标签,从业人数,党员人数,联系人,"
  "联系电话,所属产业链,环节,链上角色,内部编号\r\n"
  "无锡感知科技有限公司,91320214526018159X,320214,中型,专精特新、高新技术企业,360,28,孙经理,"
  "13912345678,chain-ic,芯片设计,核心,\r\n"
  "昆山精密模具有限公司,91320583083016613K,320583,小型,民营,85,6,钱经理,13800001111,"
  "chain-ic、chain-nev,装备材料、电池材料,配套、链主,\r\n"
  "苏州云链服务有限公司,91320500809679290P,320500,,,,,,,,,,\r\n"
  "无锡华芯微电子有限公司,91320214474555530F,320214,大型,,1200,90,李经理,051086001234,"
  "chain-nev,,,A-17\r\n";

/* The ids the import makes, in the order of the rows. */
static const char * const ids[] = {
  "ent-91320214526018159X", "ent-91320583083016613K", "ent-91320500809679290P",
  "ent-91320214474555530F", NULL,
};

static LianRegistry *
chains_registry (void)
{
  LianRegistry *registry = lian_registry_new ();
  const char * const chains[][2] = { { "chain-ic", "集成电路产业链" },
                                     { "chain-nev", "新能源汽车产业链" } };

  for (guint i = 0; i < G_N_ELEMENTS (chains); i++)
    {
      g_autoptr(LianChain) chain = lian_chain_new (chains[i][0], chains[i][1]);

      lian_chain_set_region (chain, "320000");
      CU_ASSERT_TRUE_FATAL (lian_registry_add (registry, LIAN_RECORD (chain), NULL));
    }
  return registry;
}

static void
count_added_cb (LianRegistry *registry,
                LianRecord   *record,
                gpointer      data)
{
  (*(guint *) data)++;
}

/* Imports @data into @registry as a record-added handler sees it (the
 * objects made as before) or with no one told (rows). */
static void
import (LianRegistry   *registry,
        LianRecordKind  kind,
        const char     *data,
        gsize           length,
        gboolean        told)
{
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, kind);
  g_autoptr(GError) error = NULL;
  guint n_told = 0;
  gulong handler = told ? g_signal_connect (registry, "record-added",
                                            G_CALLBACK (count_added_cb), &n_told) : 0;

  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, data, length, &error));
  CU_ASSERT_PTR_NULL (error);
  if (handler)
    g_signal_handler_disconnect (registry, handler);
  CU_ASSERT_EQUAL (n_told, told ? lian_csv_importer_get_n_imported (importer) : 0);
}

static gboolean
is_row (LianRegistry *registry,
        const char   *id)
{
  LianEntry *entry = lian_registry_get_entry (registry, id);

  CU_ASSERT_PTR_NOT_NULL_FATAL (entry);
  return entry->unmade;
}

/* Every property of @a is that of @b. */
static void
assert_same_record (LianRecord *a,
                    LianRecord *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  CU_ASSERT_EQUAL_FATAL (G_OBJECT_TYPE (a), G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) x = G_VALUE_INIT;
      g_auto(GValue) y = G_VALUE_INIT;
      gboolean same;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&x, pspecs[i]->value_type);
      g_value_init (&y, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (a), pspecs[i]->name, &x);
      g_object_get_property (G_OBJECT (b), pspecs[i]->name, &y);
      if (G_VALUE_HOLDS (&x, G_TYPE_STRV))
        same = g_value_get_boxed (&x) == NULL
               ? g_value_get_boxed (&y) == NULL
               : g_value_get_boxed (&y) != NULL &&
                 g_strv_equal (g_value_get_boxed (&x), g_value_get_boxed (&y));
      else if (G_VALUE_HOLDS_BOXED (&x) || G_VALUE_HOLDS_OBJECT (&x))
        continue;   /* the links and the extra members: compared below */
      else
        same = g_param_values_cmp (pspecs[i], &x, &y) == 0;
      if (!same)
        g_printerr ("%s differs\n", pspecs[i]->name);
      CU_ASSERT_TRUE (same);
    }
  {
    JsonObject *ea = lian_record_get_extra (a), *eb = lian_record_get_extra (b);

    CU_ASSERT_TRUE ((ea == NULL) == (eb == NULL));
    if (ea && eb)
      CU_ASSERT_TRUE (json_object_equal (ea, eb));
  }
}

static void
assert_same_links (LianEnterprise *a,
                   LianEnterprise *b)
{
  GPtrArray *x = lian_enterprise_get_chain_links (a), *y = lian_enterprise_get_chain_links (b);

  CU_ASSERT_EQUAL_FATAL (x->len, y->len);
  for (guint i = 0; i < x->len; i++)
    CU_ASSERT_TRUE (lian_chain_link_equal (x->pdata[i], y->pdata[i]));
}

/* The enterprises an import with no one told adds are rows until asked
 * for; then each is the record the file says, as the import that made
 * objects made it. */
static void
test_added_enterprises_are_rows (void)
{
  g_autoptr(LianRegistry) rows = chains_registry ();
  g_autoptr(LianRegistry) objects = chains_registry ();
  LianEnterprise *ent;
  LianChainLink *link;

  import (rows, LIAN_RECORD_KIND_ENTERPRISE, enterprises_csv, strlen (enterprises_csv), FALSE);
  import (objects, LIAN_RECORD_KIND_ENTERPRISE, enterprises_csv, strlen (enterprises_csv), TRUE);
  CU_ASSERT_EQUAL (lian_registry_count_records (rows, LIAN_RECORD_KIND_ENTERPRISE), 4);
  /* The last row has a column lian does not know: its record is an object. */
  for (guint i = 0; ids[i]; i++)
    {
      CU_ASSERT_EQUAL (is_row (rows, ids[i]), ids[i + 1] != NULL);
      CU_ASSERT_FALSE (is_row (objects, ids[i]));
    }

  ent = lian_registry_lookup_enterprise (rows, ids[0]);
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_FALSE (is_row (rows, ids[0]));
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup (rows, ids[0]), LIAN_RECORD (ent));
  CU_ASSERT_PTR_EQUAL (lian_record_get_registry (LIAN_RECORD (ent)), rows);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "无锡感知科技有限公司");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_uscc (ent), "91320214526018159X");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_region (ent), "320214");
  CU_ASSERT_EQUAL (lian_enterprise_get_size (ent), LIAN_ENTERPRISE_SIZE_MEDIUM);
  CU_ASSERT_TRUE (lian_enterprise_get_tags (ent) & LIAN_ENTERPRISE_TAGS_SRDI);
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 360);
  CU_ASSERT_EQUAL (lian_enterprise_get_party_members (ent), 28);
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_name (ent), "孙经理");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_contact_phone (ent), "13912345678");
  CU_ASSERT_EQUAL (lian_record_get_revision (LIAN_RECORD (ent)), 1);
  link = lian_enterprise_get_chain_link (ent, "chain-ic");
  CU_ASSERT_PTR_NOT_NULL_FATAL (link);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "芯片设计");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_CORE);
  ent = lian_registry_lookup_enterprise (rows, ids[1]);
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  link = lian_enterprise_get_chain_link (ent, "chain-nev");
  CU_ASSERT_PTR_NOT_NULL_FATAL (link);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "电池材料");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_LEADER);

  for (guint i = 0; ids[i]; i++)
    {
      LianRecord *a = lian_registry_lookup (rows, ids[i]);
      LianRecord *b = lian_registry_lookup (objects, ids[i]);

      CU_ASSERT_PTR_NOT_NULL_FATAL (a);
      CU_ASSERT_PTR_NOT_NULL_FATAL (b);
      assert_same_record (a, b);
      assert_same_links (LIAN_ENTERPRISE (a), LIAN_ENTERPRISE (b));
    }
}

/* Saved before and after their objects are made, loaded again: the
 * document is the one the import that made objects saves. */
static void
test_rows_round_trip (void)
{
  g_autoptr(LianRegistry) rows = chains_registry ();
  g_autoptr(LianRegistry) objects = chains_registry ();
  g_autoptr(LianRegistry) loaded = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *from_rows = NULL, *from_objects = NULL, *again = NULL, *reloaded = NULL;
  g_autoptr(GPtrArray) all = NULL;

  import (rows, LIAN_RECORD_KIND_ENTERPRISE, enterprises_csv, strlen (enterprises_csv), FALSE);
  import (objects, LIAN_RECORD_KIND_ENTERPRISE, enterprises_csv, strlen (enterprises_csv), TRUE);
  from_rows = lian_registry_save_to_data (rows, NULL);
  from_objects = lian_registry_save_to_data (objects, NULL);
  CU_ASSERT_STRING_EQUAL (from_rows, from_objects);
  CU_ASSERT_TRUE (is_row (rows, ids[2]));
  all = lian_test_hold_all (rows);
  again = lian_registry_save_to_data (rows, NULL);
  CU_ASSERT_STRING_EQUAL (again, from_objects);
  CU_ASSERT_TRUE (lian_registry_load_from_data (loaded, from_rows, -1, &error));
  CU_ASSERT_PTR_NULL (error);
  reloaded = lian_registry_save_to_data (loaded, NULL);
  CU_ASSERT_STRING_EQUAL (reloaded, from_objects);
}

/* The journal tells of each addition with the record's object, made when
 * the entry is read; the record removed, the registry cleared or gone,
 * it still does. */
static void
test_journal_of_rows (void)
{
  for (guint how = 0; how < 3; how++)
    {
      g_autoptr(LianRegistry) registry = chains_registry ();
      g_autoptr(GListModel) journal = g_object_ref (lian_registry_get_journal (registry));
      guint first = g_list_model_get_n_items (journal);
      g_autoptr(GError) error = NULL;

      import (registry, LIAN_RECORD_KIND_ENTERPRISE, enterprises_csv, strlen (enterprises_csv),
              FALSE);
      CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (journal), first + 4);
      CU_ASSERT_TRUE (is_row (registry, ids[0]) && is_row (registry, ids[1]));
      if (how == 0)
        {
          /* Read while held: the record the registry holds. */
          g_autoptr(LianChange) change = g_list_model_get_item (journal, first);

          CU_ASSERT_EQUAL (lian_change_get_operation (change), LIAN_CHANGE_OPERATION_ADD);
          CU_ASSERT_EQUAL (lian_change_get_revision (change), 1);
          CU_ASSERT_PTR_EQUAL (lian_change_get_record (change), lian_registry_lookup (registry, ids[0]));
          CU_ASSERT_TRUE (lian_registry_remove (registry, ids[1], FALSE, NULL, &error));
          CU_ASSERT_PTR_NULL (error);
        }
      else if (how == 1)
        lian_registry_clear (registry);
      else
        g_clear_object (&registry);
      for (guint i = 0; ids[i]; i++)
        {
          g_autoptr(LianChange) change = g_list_model_get_item (journal, first + i);
          LianRecord *record = lian_change_get_record (change);

          CU_ASSERT_PTR_NOT_NULL_FATAL (record);
          CU_ASSERT_STRING_EQUAL (lian_record_get_id (record), ids[i]);
          CU_ASSERT_EQUAL (lian_change_get_operation (change), LIAN_CHANGE_OPERATION_ADD);
          if (how == 0 && i != 1)
            {
              CU_ASSERT_PTR_EQUAL (record, lian_registry_lookup (registry, ids[i]));
            }
          else
            {
              CU_ASSERT_PTR_NULL (lian_record_get_registry (record));
            }
        }
      /* The removed record's addition: the object as it left. */
      if (how == 0)
        {
          g_autoptr(LianChange) change = g_list_model_get_item (journal, first + 1);

          CU_ASSERT_STRING_EQUAL (lian_enterprise_get_uscc (LIAN_ENTERPRISE (lian_change_get_record (change))),
                                  "91320583083016613K");
        }
    }
}

/* A refused all-or-nothing file adds nothing, and leaves no row behind. */
static void
test_refused_file_adds_no_rows (void)
{
  g_autoptr(LianRegistry) registry = chains_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = g_strconcat (enterprises_csv, "坏公司,91320214526018159Y,320214,,,,,,,,,,\r\n",
                                      NULL);

  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, bad, -1, &error));
  CU_ASSERT_PTR_NOT_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_count_records (registry, LIAN_RECORD_KIND_ENTERPRISE), 0);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_imported (importer), 0);
}

/* The needs and services an import adds are rows too, and save as the
 * objects an import made would. */
static void
test_needs_and_services_rows (void)
{
  const char *fixtures[] = { "needs.csv", "services.csv" };
  LianRecordKind kinds[] = { LIAN_RECORD_KIND_NEED, LIAN_RECORD_KIND_SERVICE };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(LianRegistry) rows = lian_test_sample_registry ();
      g_autoptr(LianRegistry) objects = lian_test_sample_registry ();
      g_autofree char *relative = g_build_filename ("csv", fixtures[f], NULL);
      g_autofree char *path = lian_test_data (relative);
      g_autofree char *data = NULL, *from_rows = NULL, *from_objects = NULL;
      const char *id = f == 0 ? "need-101" : "svc-101";
      gsize length;

      CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &data, &length, NULL));
      import (rows, kinds[f], data, length, FALSE);
      import (objects, kinds[f], data, length, TRUE);
      CU_ASSERT_TRUE (is_row (rows, id));
      from_rows = lian_registry_save_to_data (rows, NULL);
      from_objects = lian_registry_save_to_data (objects, NULL);
      CU_ASSERT_STRING_EQUAL (from_rows, from_objects);
      assert_same_record (lian_registry_lookup (rows, id), lian_registry_lookup (objects, id));
    }
}

static void
read_entries_cb (GListModel *journal,
                 guint       position,
                 guint       removed,
                 guint       added,
                 gpointer    data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(LianChange) change = g_list_model_get_item (journal, i);

      (*(guint *) data)++;
    }
}

/* A handler of the journal that reads each new entry makes every row's
 * object while the addition is told: the lists get the objects. */
static void
test_journal_read_while_told (void)
{
  g_autoptr(LianRegistry) registry = chains_registry ();
  GListModel *journal = lian_registry_get_journal (registry);
  g_autoptr(GListModel) list = NULL;
  guint n_read = 0;

  g_signal_connect (journal, "items-changed", G_CALLBACK (read_entries_cb), &n_read);
  import (registry, LIAN_RECORD_KIND_ENTERPRISE, enterprises_csv, strlen (enterprises_csv), FALSE);
  CU_ASSERT_EQUAL (n_read, 4);
  list = lian_registry_get_enterprises (registry);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (list), 4);
  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(LianRecord) record = g_list_model_get_item (list, i);

      CU_ASSERT_STRING_EQUAL (lian_record_get_id (record), ids[i]);
      CU_ASSERT_PTR_EQUAL (record, lian_registry_lookup (registry, ids[i]));
    }
  g_signal_handlers_disconnect_by_func (journal, read_entries_cb, &n_read);
}

/* A handler of the journal that removes each record as its addition is
 * told leaves none of the import's rows behind, in the lists or by id. */
static void
test_journal_removes_while_told (void)
{
  g_autoptr(LianRegistry) registry = chains_registry ();
  GListModel *journal = lian_registry_get_journal (registry);
  g_autoptr(GListModel) list = NULL;
  guint before = g_list_model_get_n_items (journal);

  g_signal_connect (journal, "items-changed", G_CALLBACK (lian_test_remove_added_cb), registry);
  import (registry, LIAN_RECORD_KIND_ENTERPRISE, enterprises_csv, strlen (enterprises_csv), FALSE);
  g_signal_handlers_disconnect_by_func (journal, lian_test_remove_added_cb, registry);
  list = lian_registry_get_enterprises (registry);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (list), 0);
  for (guint i = 0; ids[i]; i++)
    CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, ids[i]));
  /* Four additions, four removals. */
  CU_ASSERT_EQUAL (g_list_model_get_n_items (journal), before + 8);
}

/* What an import checked is not checked again only while the registry is
 * as it was: a chain removed since is missed as any addition misses it,
 * and a record that comes with the hash of its id is found by it. */
static void
test_checked_references (void)
{
  g_autoptr(LianRegistry) registry = chains_registry ();
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 hashes[] = { lian_registry_hash_id ("ent-a"), 0 };
  LianChecked checked = { hashes, lian_registry_get_stamp (registry) };
  g_autoptr(GPtrArray) referrers = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (stale, lian_test_firm ("ent-a", "320214", "chain-nev", NULL));
  CU_ASSERT_TRUE_FATAL (lian_registry_remove (registry, "chain-nev", FALSE, NULL, NULL));
  CU_ASSERT_NOT_EQUAL (lian_registry_get_stamp (registry), checked.stamp);
  CU_ASSERT_FALSE (lian_registry_add_checked_at (registry, stale, &checked, NULL, NULL, &error));
  CU_ASSERT_TRUE (g_error_matches (error, LIAN_REGISTRY_ERROR,
                                   LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE));
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "ent-a"));

  g_ptr_array_add (fresh, lian_test_firm ("ent-a", "320214", "chain-ic", NULL));
  g_ptr_array_add (fresh, lian_test_firm ("ent-b", "320214", "chain-ic", NULL));
  checked.stamp = lian_registry_get_stamp (registry);
  CU_ASSERT_TRUE (lian_registry_add_checked_at (registry, fresh, &checked, NULL, NULL, NULL));
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup_hashed (registry, "ent-a", hashes[0]),
                       fresh->pdata[0]);
  CU_ASSERT_PTR_EQUAL (lian_registry_lookup (registry, "ent-b"), fresh->pdata[1]);
  referrers = lian_registry_dup_referrers (registry, "chain-ic");
  CU_ASSERT_EQUAL (referrers->len, 2);
}

/* The results name each new record by the id its row has in the
 * registry's texts: they hold those texts as long as they are held,
 * after the importer and the registry are gone. */
static void
test_results_outlive_registry (void)
{
  LianRegistry *registry = chains_registry ();
  LianCsvImporter *importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GListModel) results = NULL;

  CU_ASSERT_TRUE_FATAL (lian_csv_importer_import_data (importer, enterprises_csv, -1, NULL));
  results = g_object_ref (lian_csv_importer_get_results (importer));
  g_object_unref (importer);
  g_object_unref (registry);
  CU_ASSERT_EQUAL_FATAL (g_list_model_get_n_items (results), g_strv_length ((GStrv) ids));
  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(LianCsvRowResult) result = g_list_model_get_item (results, i);

      CU_ASSERT_EQUAL (lian_csv_row_result_get_outcome (result), LIAN_CSV_OUTCOME_IMPORTED);
      CU_ASSERT_STRING_EQUAL (lian_csv_row_result_get_record_id (result), ids[i]);
    }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/csv-rows/added-enterprises-are-rows", test_added_enterprises_are_rows },
    { "/lian/csv-rows/round-trip", test_rows_round_trip },
    { "/lian/csv-rows/journal", test_journal_of_rows },
    { "/lian/csv-rows/refused-file", test_refused_file_adds_no_rows },
    { "/lian/csv-rows/journal-read-while-told", test_journal_read_while_told },
    { "/lian/csv-rows/journal-removes-while-told", test_journal_removes_while_told },
    { "/lian/csv-rows/needs-and-services", test_needs_and_services_rows },
    { "/lian/csv-rows/checked-references", test_checked_references },
    { "/lian/csv-rows/results-outlive-registry", test_results_outlive_registry },
    { NULL, NULL },
  };
  return lian_test_run ("csv-rows", tests);
}
