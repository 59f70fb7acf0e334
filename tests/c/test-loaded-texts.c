/* test-loaded-texts.c: the texts of loaded records, whoever holds them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A loaded record borrows its texts from its registry until it changes,
 * leaves, or outlives the registry: each way, its texts stay readable.
 * Run under valgrind or AddressSanitizer, these tests find a text read
 * after it was freed.
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* @relative, a file of lian's sources. */
static char *
source_path (const char *relative)
{
  const char *root = g_getenv ("LIAN_SOURCE_DIR");

  return g_build_filename (root ? root : ".", relative, NULL);
}

static LianRegistry *
load (const char *relative)
{
  g_autofree char *path = source_path (relative);
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  if (!lian_registry_load_from_file (registry, path, NULL, &error))
    g_printerr ("%s: %s\n", path, error->message);
  CU_ASSERT_PTR_NULL_FATAL (error);
  return registry;
}

/* @record's properties, one by one: its texts alone, or every writable
 * one and what a need derives from them. */
static char *
describe_some (LianRecord *record,
               gboolean    texts)
{
  g_autofree GParamSpec **pspecs = NULL;
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (record));
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *shown = NULL;
      GType type = pspecs[i]->value_type;

      if (texts ? type != G_TYPE_STRING && type != G_TYPE_STRV
                : !(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;
      g_value_init (&value, type);
      g_object_get_property (G_OBJECT (record), pspecs[i]->name, &value);
      shown = g_strdup_value_contents (&value);
      g_string_append_printf (text, " %s=%s", pspecs[i]->name, shown);
    }
  if (!texts && LIAN_IS_NEED (record))
    g_string_append_printf (text, " days=%d", lian_need_get_days_to_resolve (LIAN_NEED (record)));
  return g_string_free (text, FALSE);
}

/* Every text of @record, property by property. */
static char *
describe (LianRecord *record)
{
  return describe_some (record, TRUE);
}

static GPtrArray *
describe_all (GPtrArray *records)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (texts, describe (records->pdata[i]));
  return texts;
}

static void
assert_same_texts (GPtrArray *before,
                   GPtrArray *after)
{
  CU_ASSERT_EQUAL_FATAL (before->len, after->len);
  for (guint i = 0; i < before->len; i++)
    {
      if (strcmp (before->pdata[i], after->pdata[i]) != 0)
        g_printerr ("before: %s\nafter:  %s\n", (char *) before->pdata[i],
                    (char *) after->pdata[i]);
      CU_ASSERT_STRING_EQUAL (before->pdata[i], after->pdata[i]);
    }
}

/* Records held after their registry is gone read as they did, of every
 * kind and every text field the documents fill. */
static void
test_held_records_outlive_registry (void)
{
  static const char * const documents[] = {
    "data/jiangsu-sample.json", "tests/data/docking.json",
    "tests/data/people/register.json", "tests/data/good/canonical.json",
  };

  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    {
      LianRegistry *registry = load (documents[d]);
      g_autoptr(GPtrArray) records = lian_test_hold_all (registry);
      g_autoptr(GPtrArray) before = describe_all (records);
      g_autoptr(GPtrArray) after = NULL;

      CU_ASSERT_TRUE (records->len > 0);
      g_object_unref (registry);
      after = describe_all (records);
      assert_same_texts (before, after);
      /* They can change, and be freed, as any record. */
      lian_record_set_name (records->pdata[0], "另一个名称");
      CU_ASSERT_STRING_EQUAL (lian_record_get_name (records->pdata[0]), "另一个名称");
    }
}

/* A list of the registry's records held after it is gone. */
static void
test_held_list_outlives_registry (void)
{
  LianRegistry *registry = load ("data/jiangsu-sample.json");
  g_autoptr(GListModel) needs = lian_registry_get_records (registry, LIAN_RECORD_KIND_NEED);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    g_ptr_array_add (records, g_list_model_get_item (needs, i));
  before = describe_all (records);
  /* The list alone holds them now. */
  g_ptr_array_set_size (records, 0);
  g_object_unref (registry);
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    g_ptr_array_add (records, g_list_model_get_item (needs, i));
  after = describe_all (records);
  assert_same_texts (before, after);
}

/* A record removed from its registry keeps its texts, and changes. */
static void
test_removed_record_changes (void)
{
  LianRegistry *registry = load ("data/jiangsu-sample.json");
  g_autoptr(LianNeed) need = g_object_ref (lian_registry_lookup_need (registry, "need-001"));
  g_autofree char *before = describe (LIAN_RECORD (need));
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_registry_remove (registry, "need-001", FALSE, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  g_object_unref (registry);
  after = describe (LIAN_RECORD (need));
  CU_ASSERT_STRING_EQUAL (before, after);
  lian_need_set_title (need, "新的标题");
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "新的标题");
  CU_ASSERT_TRUE (lian_need_add_service (need, "svc-anything"));
  CU_ASSERT_TRUE (lian_need_has_service (need, "svc-anything"));
}

/* A loaded record changed by a setter, by a list mutator and by a
 * change its registry refuses (which puts it back). */
static void
test_loaded_record_changes (void)
{
  g_autoptr(LianRegistry) registry = load ("data/jiangsu-sample.json");
  LianNeed *need = lian_registry_lookup_need (registry, "need-001");
  LianChain *chain = LIAN_CHAIN (lian_registry_lookup (registry, "chain-nev"));
  g_autofree char *before = describe (LIAN_RECORD (need));
  g_autofree char *after = NULL;
  g_autofree char *segments = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  /* Refused: put back as it was. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "no-such-firm");
  CU_ASSERT_FALSE (lian_registry_update (registry, LIAN_RECORD (need), "enterprise-id", &value,
                                         &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);
  after = describe (LIAN_RECORD (need));
  CU_ASSERT_STRING_EQUAL (before, after);

  lian_need_set_title (need, "新的标题");
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "新的标题");
  CU_ASSERT_PTR_NOT_NULL_FATAL (chain);
  segments = g_strjoinv ("|", (char **) lian_chain_get_segments (chain));
  CU_ASSERT_TRUE (lian_chain_add_segment (chain, "新环节"));
  CU_ASSERT_TRUE (lian_chain_has_segment (chain, "新环节"));
  CU_ASSERT_TRUE (lian_chain_remove_segment (chain, "新环节"));
  g_free (after);
  after = g_strjoinv ("|", (char **) lian_chain_get_segments (chain));
  CU_ASSERT_STRING_EQUAL (segments, after);
}

/* A document refused, by its reader or by the registry, leaves nothing
 * behind, and the registry loads the next one. */
static void
test_failed_load_leaves_nothing (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  const char *bad_member =
    "{\"format\":\"lian\",\"version\":1,\"needs\":[{\"id\":\"n1\",\"enterprise_id\":\"e1\","
    "\"title\":\"贷款\"},{\"id\":\"n2\",\"title\":7}]}";
  const char *dangling =
    "{\"format\":\"lian\",\"version\":1,\"needs\":[{\"id\":\"n1\",\"enterprise_id\":\"e1\","
    "\"title\":\"贷款\",\"submitted\":\"2024-01-02\"}]}";
  const char *good =
    "{\"format\":\"lian\",\"version\":1,\"enterprises\":[{\"id\":\"e1\",\"name\":\"一号\","
    "\"uscc\":\"914403000000000074\",\"region\":\"440300\"}],"
    "\"needs\":[{\"id\":\"n1\",\"enterprise_id\":\"e1\",\"title\":\"贷款\","
    "\"submitted\":\"2024-01-02\"}]}";

  CU_ASSERT_FALSE (lian_registry_load_from_data (registry, bad_member, -1, &error));
  CU_ASSERT_PTR_NOT_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_FALSE (lian_registry_load_from_data (registry, dangling, -1, &error));
  CU_ASSERT_PTR_NOT_NULL (error);
  g_clear_error (&error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  if (!lian_registry_load_from_data (registry, good, -1, &error))
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (lian_need_get_submitted (lian_registry_lookup_need (registry, "n1")),
                          "2024-01-02");
}

static void
hold_cb (LianRegistry *registry,
         LianRecord   *record,
         GPtrArray    *held)
{
  g_ptr_array_add (held, g_object_ref (record));
}

/* Records a handler took as they were added, held past the registry. */
static void
test_records_held_by_a_handler (void)
{
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = source_path ("data/jiangsu-sample.json");

  g_signal_connect (registry, "record-added", G_CALLBACK (hold_cb), held);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_file (registry, path, NULL, &error));
  before = describe_all (held);
  g_object_unref (registry);
  after = describe_all (held);
  assert_same_texts (before, after);
}

static void
hold_and_dispose_cb (LianRegistry *registry,
                     LianRecord   *record,
                     GPtrArray    *held)
{
  g_ptr_array_add (held, g_object_ref (record));
  if (held->len == 1)
    g_object_run_dispose (G_OBJECT (registry));
}

/* A handler disposes of the registry in the middle of a load: the load
 * says so, and the records it holds keep their texts. */
static void
test_registry_disposed_while_loading (void)
{
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = source_path ("data/jiangsu-sample.json");

  g_signal_connect (registry, "record-added", G_CALLBACK (hold_and_dispose_cb), held);
  CU_ASSERT_FALSE (lian_registry_load_from_file (registry, path, NULL, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DISPOSED);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  CU_ASSERT_TRUE_FATAL (held->len > 0);
  before = describe_all (held);
  g_object_unref (registry);
  after = describe_all (held);
  assert_same_texts (before, after);
}

/* @record made again through its writable properties, set one by one. */
static LianRecord *
remake (LianRecord *record)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  LianRecord *made;
  guint n, k = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n);
  names = g_new0 (const char *, n);
  values = g_new0 (GValue, n);
  for (guint i = 0; i < n; i++)
    if (pspecs[i]->flags & G_PARAM_WRITABLE)
      {
        names[k] = pspecs[i]->name;
        g_value_init (&values[k], pspecs[i]->value_type);
        g_object_get_property (G_OBJECT (record), pspecs[i]->name, &values[k++]);
      }
  made = LIAN_RECORD (g_object_new_with_properties (G_OBJECT_TYPE (record), k, names, values));
  for (guint i = 0; i < k; i++)
    g_value_unset (&values[i]);
  return made;
}

static void
assert_filled_as_set (LianRegistry *registry)
{
  g_autoptr(GPtrArray) records = lian_test_hold_all (registry);

  CU_ASSERT_TRUE (records->len > 10);
  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(LianRecord) made = remake (records->pdata[i]);
      g_autofree char *loaded = describe_some (records->pdata[i], FALSE);
      g_autofree char *set = describe_some (made, FALSE);

      if (!g_str_equal (loaded, set))
        g_printerr ("loaded: %s\nset:    %s\n", loaded, set);
      CU_ASSERT_STRING_EQUAL (loaded, set);
    }
}

/* A loader fills a record's fields straight, not through its setters:
 * each record of a document, and of a store it was saved to, is what its
 * properties set one by one make, down to what a setter derives (a
 * need's days to resolve). */
static void
test_records_filled_as_set (void)
{
  g_autoptr(LianRegistry) registry = load ("tests/data/good/canonical.json");
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "canonical.db", NULL);
  g_autoptr(LianStore) store = NULL;
  g_autoptr(LianRegistry) opened = NULL;
  g_autoptr(GError) error = NULL;

  assert_filled_as_set (registry);
  store = lian_store_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (lian_store_save (store, registry, &error));
  lian_store_close (store);
  opened = lian_registry_open (path, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (opened);
  assert_filled_as_set (opened);
  g_clear_object (&opened);
  lian_test_remove_dir (dir);
}

/* Records of one kind alike but for their ids: needs of the same title,
 * chains of the same segments, organizations on the same chains, services
 * of the same keywords. */
static const char alike[] =
  "{\"format\":\"lian\",\"version\":1,"
  "\"chains\":[{\"id\":\"c1\",\"name\":\"一\",\"region\":\"320000\",\"segments\":[\"原材料\",\"整机\"]},"
  "{\"id\":\"c2\",\"name\":\"二\",\"region\":\"320000\",\"segments\":[\"原材料\",\"整机\"]}],"
  "\"enterprises\":[{\"id\":\"e1\",\"name\":\"一号\",\"uscc\":\"914403000000000074\","
  "\"region\":\"440300\"}],"
  "\"organizations\":[{\"id\":\"o1\",\"name\":\"甲\",\"kind\":\"alliance\",\"chain_ids\":[\"c1\"]},"
  "{\"id\":\"o2\",\"name\":\"乙\",\"kind\":\"alliance\",\"chain_ids\":[\"c1\"]}],"
  "\"services\":[{\"id\":\"s1\",\"name\":\"贷款\",\"kind\":\"resource\",\"categories\":[\"financing\"],\"keywords\":[\"融资\",\"贷款\"]},"
  "{\"id\":\"s2\",\"name\":\"担保\",\"kind\":\"resource\",\"categories\":[\"financing\"],\"keywords\":[\"融资\",\"贷款\"]}],"
  "\"needs\":[{\"id\":\"n1\",\"enterprise_id\":\"e1\",\"title\":\"贷款需求\"},"
  "{\"id\":\"n2\",\"enterprise_id\":\"e1\",\"title\":\"贷款需求\"},"
  "{\"id\":\"n3\",\"enterprise_id\":\"e1\",\"title\":\"贷款需求\"}]}";

static LianRegistry *
load_data (const char *data)
{
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  if (!lian_registry_load_from_data (registry, data, -1, &error))
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NULL_FATAL (error);
  return registry;
}

static char *
joined (const char * const *texts)
{
  return g_strjoinv ("|", (char **) texts);
}

/* Loaded records that hold equal texts share them; a change of one, by
 * a setter, a list mutator or the registry's update, leaves the others
 * as they were, and what is saved loads back the same. */
static void
test_shared_texts_change_apart (void)
{
  g_autoptr(LianRegistry) registry = load_data (alike);
  g_autoptr(LianRegistry) again = NULL;
  LianNeed *n1 = lian_registry_lookup_need (registry, "n1");
  LianNeed *n2 = lian_registry_lookup_need (registry, "n2");
  LianNeed *n3 = lian_registry_lookup_need (registry, "n3");
  LianChain *c1 = LIAN_CHAIN (lian_registry_lookup (registry, "c1"));
  LianChain *c2 = LIAN_CHAIN (lian_registry_lookup (registry, "c2"));
  LianPartyOrg *o1 = LIAN_PARTY_ORG (lian_registry_lookup (registry, "o1"));
  LianPartyOrg *o2 = LIAN_PARTY_ORG (lian_registry_lookup (registry, "o2"));
  LianServiceItem *s1 = LIAN_SERVICE_ITEM (lian_registry_lookup (registry, "s1"));
  LianServiceItem *s2 = LIAN_SERVICE_ITEM (lian_registry_lookup (registry, "s2"));
  const char * const keywords[] = { "担保", NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *s = NULL;

  /* Shared: one copy each. */
  CU_ASSERT_PTR_EQUAL (lian_need_get_title (n1), lian_need_get_title (n2));
  CU_ASSERT_PTR_EQUAL (lian_chain_get_segments (c1), lian_chain_get_segments (c2));
  CU_ASSERT_PTR_EQUAL (lian_party_org_get_chain_ids (o1), lian_party_org_get_chain_ids (o2));
  CU_ASSERT_PTR_EQUAL (lian_service_item_get_keywords (s1), lian_service_item_get_keywords (s2));

  lian_need_set_title (n1, "担保需求");
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "人才需求");
  CU_ASSERT_TRUE (lian_registry_update (registry, LIAN_RECORD (n3), "title", &value, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_TRUE (lian_chain_add_segment (c1, "应用"));
  CU_ASSERT_TRUE (lian_party_org_add_chain (o2, "c2"));
  lian_service_item_set_keywords (s1, keywords);

  CU_ASSERT_STRING_EQUAL (lian_need_get_title (n1), "担保需求");
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (n2), "贷款需求");
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (n3), "人才需求");
  s = joined (lian_chain_get_segments (c1));
  CU_ASSERT_STRING_EQUAL (s, "原材料|整机|应用");
  g_free (s);
  s = joined (lian_chain_get_segments (c2));
  CU_ASSERT_STRING_EQUAL (s, "原材料|整机");
  g_free (s);
  s = joined (lian_party_org_get_chain_ids (o1));
  CU_ASSERT_STRING_EQUAL (s, "c1");
  g_free (s);
  s = joined (lian_party_org_get_chain_ids (o2));
  CU_ASSERT_STRING_EQUAL (s, "c1|c2");
  g_free (s);
  s = joined (lian_service_item_get_keywords (s1));
  CU_ASSERT_STRING_EQUAL (s, "担保");
  g_free (s);
  s = joined (lian_service_item_get_keywords (s2));
  CU_ASSERT_STRING_EQUAL (s, "融资|贷款");

  /* Saved and loaded back: the same records. */
  saved = lian_registry_save_to_data (registry, NULL);
  again = load_data (saved);
  {
    g_autoptr(GPtrArray) records = lian_test_hold_all (registry);
    g_autoptr(GPtrArray) loaded = lian_test_hold_all (again);

    before = describe_all (records);
    after = describe_all (loaded);
  }
  assert_same_texts (before, after);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/loaded-texts/held-records-outlive-registry", test_held_records_outlive_registry },
    { "/lian/loaded-texts/held-list-outlives-registry", test_held_list_outlives_registry },
    { "/lian/loaded-texts/removed-record-changes", test_removed_record_changes },
    { "/lian/loaded-texts/loaded-record-changes", test_loaded_record_changes },
    { "/lian/loaded-texts/failed-load-leaves-nothing", test_failed_load_leaves_nothing },
    { "/lian/loaded-texts/records-held-by-a-handler", test_records_held_by_a_handler },
    { "/lian/loaded-texts/registry-disposed-while-loading", test_registry_disposed_while_loading },
    { "/lian/loaded-texts/records-filled-as-set", test_records_filled_as_set },
    { "/lian/loaded-texts/shared-texts-change-apart", test_shared_texts_change_apart },
    { NULL, NULL },
  };
  return lian_test_run ("loaded-texts", tests);
}
