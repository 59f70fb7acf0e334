/* test-registry-json.c: loading and saving lian's JSON document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The bad documents are tests/data/bad/, each with the error it must give
 * listed in tests/data/bad/EXPECTED; the good ones are tests/data/good/.
 */
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "lian-test.h"

/* A registry with a few records in it, and counters of what it emits. */
typedef struct
{
  LianRegistry *registry;
  GListModel   *lists[LIAN_RECORD_KIND_ACTIVITY + 1];
  int           added;
  int           removed;
  int           changed;
  int           items_changed;
} Fixture;

/* Connected swapped, to any signal. */
static void
count_cb (int *count)
{
  (*count)++;
}

static void
add_or_fail (LianRegistry *registry,
             gpointer      record)
{
  g_autoptr(GError) error = NULL;

  if (!lian_registry_add (registry, LIAN_RECORD (record), &error))
    g_printerr ("could not add a fixture record: %s\n", error->message);
  CU_ASSERT_PTR_NULL (error);
  g_object_unref (record);
}

static void
fixture_init (Fixture *f)
{
  LianChain *chain = lian_chain_new ("pre-chain", "京津冀集成电路产业链");
  LianEnterprise *ent = lian_enterprise_new ("pre-ent", "北京芯片", "91110000600037341L", "110108");
  LianPartyOrg *org = lian_party_org_new ("pre-org", "北京联合党委", LIAN_ORG_KIND_JOINT_COMMITTEE);

  memset (f, 0, sizeof *f);
  f->registry = lian_registry_new ();
  lian_chain_set_region (chain, "110000");
  lian_enterprise_add_chain_link (ent, "pre-chain", "制造", LIAN_CHAIN_ROLE_CORE);
  lian_party_org_add_member (org, "pre-ent");
  add_or_fail (f->registry, lian_region_new ("110000", "北京市"));
  add_or_fail (f->registry, chain);
  add_or_fail (f->registry, ent);
  add_or_fail (f->registry, org);
  add_or_fail (f->registry, lian_need_new ("pre-need", "pre-ent", LIAN_NEED_CATEGORY_TALENT, "招工"));

  g_signal_connect_swapped (f->registry, "record-added", G_CALLBACK (count_cb), &f->added);
  g_signal_connect_swapped (f->registry, "record-removed", G_CALLBACK (count_cb), &f->removed);
  g_signal_connect_swapped (f->registry, "record-changed", G_CALLBACK (count_cb), &f->changed);
  for (guint k = 0; k < G_N_ELEMENTS (f->lists); k++)
    {
      f->lists[k] = lian_registry_get_records (f->registry, k);
      g_signal_connect_swapped (f->lists[k], "items-changed", G_CALLBACK (count_cb),
                                &f->items_changed);
    }
}

static void
fixture_clear (Fixture *f)
{
  for (guint k = 0; k < G_N_ELEMENTS (f->lists); k++)
    g_clear_object (&f->lists[k]);
  g_clear_object (&f->registry);
}

/* Whether the registry is as fixture_init() left it: same records, same
 * document, nothing emitted. */
static gboolean
fixture_unchanged (Fixture    *f,
                   const char *before)
{
  g_autofree char *after = lian_registry_save_to_data (f->registry, NULL);

  return lian_registry_get_n_records (f->registry) == 5 &&
         g_str_equal (before, after) &&
         f->added == 0 && f->removed == 0 && f->changed == 0 && f->items_changed == 0;
}

/* Files */

static char *
good_file (const char *name)
{
  g_autofree char *relative = g_build_filename ("good", name, NULL);

  return lian_test_data (relative);
}

/* A bad document: committed in tests/data/bad/, or made at build time. */
static char *
bad_file (const char *name)
{
  g_autofree char *relative = g_build_filename ("bad", name, NULL);
  char *path = lian_test_data (relative);
  const char *built = g_getenv ("LIAN_BUILD_DATA_DIR");

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && built)
    {
      g_free (path);
      path = g_build_filename (built, name, NULL);
    }
  return path;
}

/* The bad documents */

/* A line of EXPECTED: file, domain, code nick, text. */
enum { FILE_COL, DOMAIN_COL, CODE_COL, TEXT_COL, N_COLS };

static GPtrArray *
read_expected (void)
{
  g_autofree char *path = lian_test_data ("bad/EXPECTED");
  g_autofree char *text = lian_test_read_file (path, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i]; i++)
    {
      GStrv cols;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      cols = g_strsplit (lines[i], "\t", N_COLS);
      if (g_strv_length (cols) != N_COLS)
        {
          g_printerr ("EXPECTED line %u has not 4 columns: %s\n", i + 1, lines[i]);
          CU_FAIL ("a malformed line in EXPECTED");
          g_strfreev (cols);
          continue;
        }
      g_ptr_array_add (table, cols);
    }
  return table;
}

static GType
error_enum_type (const char *domain)
{
  if (g_str_equal (domain, "lian-data-error-quark"))
    return LIAN_TYPE_DATA_ERROR;
  if (g_str_equal (domain, "lian-format-error-quark"))
    return LIAN_TYPE_FORMAT_ERROR;
  if (g_str_equal (domain, "lian-registry-error-quark"))
    return LIAN_TYPE_REGISTRY_ERROR;
  return G_TYPE_INVALID;
}

/* Checks that @error is what @e says; reports the file otherwise. */
static void
check_error (const char * const  *e,
             const char         *how,
             const GError       *error)
{
  GType type = error_enum_type (e[DOMAIN_COL]);
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (error == NULL)
    {
      g_printerr ("%s (%s): loaded, but should fail\n", e[FILE_COL], how);
      CU_FAIL ("a bad document loaded");
      return;
    }
  CU_ASSERT_NOT_EQUAL_FATAL (type, G_TYPE_INVALID);
  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, e[CODE_COL]);
  CU_ASSERT_PTR_NOT_NULL_FATAL (value);
  if (!g_str_equal (g_quark_to_string (error->domain), e[DOMAIN_COL]) ||
      error->code != value->value || strstr (error->message, e[TEXT_COL]) == NULL)
    {
      g_printerr ("%s (%s): got %s %d \"%s\", expected %s %s \"%s\"\n", e[FILE_COL], how,
                  g_quark_to_string (error->domain), error->code, error->message,
                  e[DOMAIN_COL], e[CODE_COL], e[TEXT_COL]);
      CU_FAIL ("a bad document gave another error");
    }
}

static void
test_bad_documents_refused (void)
{
  g_autoptr(GPtrArray) table = read_expected ();

  CU_ASSERT_TRUE (table->len >= 40);
  for (guint i = 0; i < table->len; i++)
    {
      const char * const *e = g_ptr_array_index (table, i);
      g_autofree char *path = bad_file (e[FILE_COL]);
      g_autofree char *text = NULL;
      g_autofree char *before = NULL;
      g_autoptr(GInputStream) stream = NULL;
      gsize length;
      Fixture f;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_printerr ("%s: no such file\n", path);
          CU_FAIL ("a file of EXPECTED is missing");
          continue;
        }
      text = lian_test_read_file (path, &length);
      fixture_init (&f);
      before = lian_registry_save_to_data (f.registry, NULL);

      {
        g_autoptr(GError) error = NULL;
        CU_ASSERT_FALSE (lian_registry_load_from_file (f.registry, path, NULL, &error));
        check_error (e, "file", error);
      }
      {
        g_autoptr(GError) error = NULL;
        CU_ASSERT_FALSE (lian_registry_load_from_data (f.registry, text, length, &error));
        check_error (e, "data", error);
      }
      {
        g_autoptr(GError) error = NULL;
        stream = g_memory_input_stream_new_from_data (g_memdup2 (text, length), length, g_free);
        CU_ASSERT_FALSE (lian_registry_load_from_stream (f.registry, stream, NULL, &error));
        check_error (e, "stream", error);
      }
      if (!fixture_unchanged (&f, before))
        {
          g_printerr ("%s: the registry changed\n", e[FILE_COL]);
          CU_FAIL ("a refused document changed the registry");
        }
      fixture_clear (&f);
    }
}

static void
test_bad_folder_matches_expected (void)
{
  g_autoptr(GPtrArray) table = read_expected ();
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *dir = lian_test_data ("bad");
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  CU_ASSERT_PTR_NOT_NULL_FATAL (d);
  for (guint i = 0; i < table->len; i++)
    {
      const char * const *e = g_ptr_array_index (table, i);
      CU_ASSERT_FALSE (g_hash_table_contains (listed, e[FILE_COL]));
      g_hash_table_add (listed, (gpointer) e[FILE_COL]);
    }
  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_equal (name, "EXPECTED") && !g_hash_table_contains (listed, name))
      {
        g_printerr ("tests/data/bad/%s is not in EXPECTED\n", name);
        CU_FAIL ("a bad document without its expected error");
      }
}

/* The good documents */

static void
test_bom_accepted (void)
{
  g_autofree char *path = good_file ("bom.json");
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *text = lian_test_read_file (path, NULL);

  CU_ASSERT_TRUE_FATAL (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  CU_ASSERT_TRUE (lian_registry_load_from_file (registry, path, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 3);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup_enterprise (registry, "ent-a"));
  saved = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_TRUE (g_str_has_prefix (saved, "{\n"));
  /* Without its byte-order mark, the file is canonical. */
  CU_ASSERT_STRING_EQUAL (saved, text + 3);
}

static void
test_canonical_round_trip (void)
{
  g_autofree char *path = good_file ("canonical.json");
  g_autofree char *text = NULL;
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  gsize length, saved_length;

  text = lian_test_read_file (path, &length);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_file (registry, path, NULL, &error));
  /* Every kind of record is there. */
  for (guint k = 0; k <= LIAN_RECORD_KIND_ACTIVITY; k++)
    {
      g_autoptr(GListModel) list = lian_registry_get_records (registry, k);
      CU_ASSERT_TRUE (g_list_model_get_n_items (list) > 0);
    }
  saved = lian_registry_save_to_data (registry, &saved_length);
  CU_ASSERT_EQUAL (saved_length, length);
  CU_ASSERT_EQUAL (strlen (saved), saved_length);
  if (!g_str_equal (saved, text))
    g_printerr ("save(load(canonical.json)) differs:\n%s\n", saved);
  CU_ASSERT_STRING_EQUAL (saved, text);

  /* Two saves are identical, and so is the save of what was saved. */
  second = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (second, saved);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (again, saved, -1, &error));
  third = lian_registry_save_to_data (again, NULL);
  CU_ASSERT_STRING_EQUAL (third, saved);
}

static void
test_unknown_members_survive (void)
{
  g_autofree char *path = good_file ("canonical.json");
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *extra;
  JsonObject *book;
  LianRecord *chain;

  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_file (registry, path, NULL, &error));

  extra = lian_record_get_extra (LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-a")));
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (extra, "x_crm"), "C-0001");
  CU_ASSERT_FALSE (json_object_has_member (extra, "uscc"));

  chain = LIAN_RECORD (lian_registry_lookup_chain (registry, "chain-ic"));
  book = json_object_get_object_member (lian_record_get_extra (chain), "x_book");
  CU_ASSERT_PTR_NOT_NULL_FATAL (book);
  CU_ASSERT_EQUAL (json_object_get_int_member (book, "edition"), 2);
  CU_ASSERT_EQUAL (json_array_get_length (json_object_get_array_member (book, "pages")), 5);

  extra = lian_record_get_extra (LIAN_RECORD (lian_registry_lookup_project (registry, "proj-1")));
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_TRUE (json_object_get_null_member (extra, "x_owner_note"));

  extra = lian_registry_get_extra (registry);
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (
                            json_object_get_object_member (extra, "x_generator"), "control"),
                          "\x1f\b\f");
  CU_ASSERT_TRUE (json_object_has_member (extra, "x_list"));
  CU_ASSERT_FALSE (json_object_has_member (extra, "format"));
  CU_ASSERT_FALSE (json_object_has_member (extra, "needs"));
}

/* Loading from each source */

static const char small_document[] =
  "{\"format\": \"lian\", \"version\": 1,\n"
  " \"regions\": [{\"id\": \"320000\", \"name\": \"江苏省\"}],\n"
  " \"enterprises\": [{\"id\": \"ent-a\", \"name\": \"无锡芯片\", \"uscc\": \"91320214MA1X00001T\","
  " \"region\": \"320214\"}],\n"
  " \"needs\": [{\"id\": \"need-1\", \"enterprise_id\": \"ent-a\", \"category\": \"land\","
  " \"title\": \"用地指标\"}, {\"id\": \"need-2\", \"enterprise_id\": \"ent-a\","
  " \"category\": \"tax\", \"title\": \"留抵退税\", \"status\": \"accepted\"}]}";

static void
check_small (LianRegistry *registry)
{
  g_autoptr(GListModel) needs = lian_registry_get_needs (registry);
  LianNeed *need;

  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 4);
  CU_ASSERT_EQUAL (g_list_model_get_n_items (needs), 2);
  need = lian_registry_lookup_need (registry, "need-2");
  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  CU_ASSERT_EQUAL (lian_need_get_status (need), LIAN_NEED_STATUS_ACCEPTED);
  CU_ASSERT_STRING_EQUAL (lian_need_get_title (need), "留抵退税");
  CU_ASSERT_PTR_EQUAL (lian_record_get_registry (LIAN_RECORD (need)), registry);
}

static void
test_load_from_data (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianRegistry) counted = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_registry_load_from_data (registry, small_document, -1, &error));
  CU_ASSERT_PTR_NULL (error);
  check_small (registry);
  CU_ASSERT_TRUE (lian_registry_load_from_data (counted, small_document,
                                                strlen (small_document), &error));
  check_small (counted);
}

static void
test_load_from_file (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "small.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, small_document, -1, NULL));
  CU_ASSERT_TRUE (lian_registry_load_from_file (registry, path, NULL, &error));
  check_small (registry);

  CU_ASSERT_FALSE (lian_registry_load_from_file (registry, missing, NULL, &error));
  CU_ASSERT_TRUE (error && strstr (error->message, "missing.json"));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 4);
  lian_test_remove_dir (dir);
}

static void
test_load_from_stream (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GInputStream) stream =
    g_memory_input_stream_new_from_data (small_document, strlen (small_document), NULL);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_registry_load_from_stream (registry, stream, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  check_small (registry);
}

/* Found by fuzz-json-load: a repeated history or chain_links member
 * leaked the first one's events or links. A member given twice, of a
 * record, of a list element or of the document, is refused now: neither
 * value is dropped without a word. */
static void
test_repeated_members_refused (void)
{
  g_autofree char *path = lian_test_data ("fuzz-regressions/fuzz-json-load/members-twice.json");
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "{\"format\": \"lian\", \"version\": 1, \"chains\": [], \"chains\": []}",
      "line 1, column 48: $.chains: duplicate member" },
    { "{\"format\": \"lian\", \"format\": \"lian\", \"version\": 1}",
      "line 1, column 20: $.format: duplicate member" },
    { "{\"format\": \"lian\", \"version\": 1, \"x\": [[{\"a\": 1, \"a\": 1}]]}",
      "line 1, column 50: $.x[0][0].a: duplicate member" },
    { "[{\"a\": 1}, {\"b\": 1, \"b\": 2}]",
      "line 1, column 21: $[1].b: duplicate member" },
    { "{\"format\": \"lian\", \"version\": 1, \"regions\": [{\"id\": \"320000\", "
      "\"name\": \"江苏省\", \"name\": \"江苏\"}]}",
      "line 1, column 78: $.regions[0].name: duplicate member" },
  };

  CU_ASSERT_FALSE (lian_registry_load_from_file (registry, path, NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "line 12, column 7: $.enterprises[0].chain_links: duplicate member");
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CU_ASSERT_FALSE (lian_registry_load_from_data (registry, cases[i].text, -1, &error));
      LIAN_ASSERT_MESSAGE (error, cases[i].message);
      LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
    }
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
}

/* Found by fuzz-need-moves: a move in the year 999 was saved as
 * "999-12-31T…", which no loader reads. */
static void
test_history_before_year_1000_round_trips (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (-(13 * 3600 + 1800));
  g_autoptr(GDateTime) when = g_date_time_new (tz, 999, 12, 31, 23, 59, 59);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  LianNeed *need;

  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (registry, small_document, -1, &error));
  CU_ASSERT_TRUE_FATAL (lian_registry_move_need (registry, "need-1", LIAN_NEED_STATUS_ACCEPTED,
                                                 NULL, NULL, when, &error));
  saved = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_PTR_NOT_NULL (strstr (saved, "\"0999-12-31T23:59:59-13:30\""));
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (again, saved, -1, &error));
  need = lian_registry_lookup_need (again, "need-1");
  CU_ASSERT_EQUAL_FATAL (lian_need_get_n_events (need), 1);
  CU_ASSERT_TRUE (g_date_time_equal (lian_need_event_get_at (g_ptr_array_index (lian_need_get_history (need), 0)),
                                     when));
}

static void
test_load_existing_id_refused (void)
{
  g_autofree char *path = good_file ("canonical.json");
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Fixture f;

  /* The same document twice: every id is taken. */
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_file (registry, path, NULL, &error));
  before = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_FALSE (lian_registry_load_from_file (registry, path, NULL, &error));
  LIAN_ASSERT_MESSAGE (error, "$.regions[0].id: \"320000\" is already the id of another record");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID);
  after = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (before, after);

  /* One id of a record already there, of another kind, among new ones. */
  fixture_init (&f);
  g_clear_pointer (&before, g_free);
  before = lian_registry_save_to_data (f.registry, NULL);
  CU_ASSERT_FALSE (lian_registry_load_from_data (f.registry,
    "{\"format\": \"lian\", \"version\": 1, \"x_new\": 1,\n"
    " \"regions\": [{\"id\": \"320000\", \"name\": \"江苏省\"}],\n"
    " \"activities\": [{\"id\": \"pre-ent\", \"kind\": \"meeting\", \"date\": \"2023-05-18\"}]}",
    -1, &error));
  LIAN_ASSERT_MESSAGE (error, "$.activities[0].id: \"pre-ent\" is already the id");
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID);
  CU_ASSERT_TRUE (fixture_unchanged (&f, before));
  CU_ASSERT_PTR_NULL (lian_registry_get_extra (f.registry));

  /* A document that refers to records already there loads. */
  CU_ASSERT_TRUE (lian_registry_load_from_data (f.registry,
    "{\"format\": \"lian\", \"version\": 1,\n"
    " \"needs\": [{\"id\": \"need-9\", \"enterprise_id\": \"pre-ent\", \"chain_id\": \"pre-chain\","
    " \"category\": \"land\", \"title\": \"用地\", \"assignee_id\": \"pre-org\"}]}",
    -1, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (f.added, 1);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (f.registry), 6);
  fixture_clear (&f);
}

/* Saving to each destination */

static LianRegistry *
load_canonical (char **text)
{
  g_autofree char *path = good_file ("canonical.json");
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_TRUE (lian_registry_load_from_file (registry, path, NULL, &error));
  if (error)
    g_printerr ("%s\n", error->message);
  if (text)
    *text = lian_registry_save_to_data (registry, NULL);
  return registry;
}

static void
test_save_to_file (void)
{
  g_autofree char *text = NULL;
  g_autoptr(LianRegistry) registry = load_canonical (&text);
  g_autoptr(LianRegistry) empty = lian_registry_new ();
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-dir", "saved.json", NULL);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  mode_t mask = umask (027);

  CU_ASSERT_TRUE (lian_registry_save_to_file (registry, path, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  written = lian_test_read_file (path, NULL);
  CU_ASSERT_STRING_EQUAL (written, text);
  /* A new file gets the mode the umask allows, and nothing is left beside it. */
  CU_ASSERT_EQUAL (g_stat (path, &st), 0);
  CU_ASSERT_EQUAL (st.st_mode & 0777, 0640);
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);
  umask (mask);

  /* Saving again replaces the file. */
  CU_ASSERT_TRUE (lian_registry_save_to_file (empty, path, NULL, &error));
  g_free (written);
  written = lian_test_read_file (path, NULL);
  CU_ASSERT_TRUE (g_str_has_suffix (written, "\"activities\": []\n}\n"));
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);

  CU_ASSERT_FALSE (lian_registry_save_to_file (registry, nowhere, NULL, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  lian_test_remove_dir (dir);
}

static void
test_save_to_stream (void)
{
  g_autofree char *text = NULL;
  g_autoptr(LianRegistry) registry = load_canonical (&text);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  CU_ASSERT_TRUE (lian_registry_save_to_stream (registry, stream, NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_FALSE (g_output_stream_is_closed (stream));
  CU_ASSERT_TRUE (g_output_stream_close (stream, NULL, NULL));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  CU_ASSERT_EQUAL (g_bytes_get_size (bytes), strlen (text));
  CU_ASSERT_EQUAL (memcmp (g_bytes_get_data (bytes, NULL), text, strlen (text)), 0);
}

/* The async variants */

static void
test_load_file_async (void)
{
  g_autofree char *path = good_file ("canonical.json");
  g_autofree char *text = lian_test_read_file (path, NULL);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  LianTestWait wait;

  lian_test_wait_init (&wait);
  lian_registry_load_from_file_async (registry, path, NULL, lian_test_wait_cb, &wait);
  /* Nothing is added before finish. */
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
  g_main_loop_run (wait.loop);
  CU_ASSERT_TRUE (lian_registry_load_from_file_finish (registry, wait.result, &error));
  CU_ASSERT_PTR_NULL (error);
  saved = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_STRING_EQUAL (saved, text);
  lian_test_wait_clear (&wait);
}

static void
test_load_stream_async (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GInputStream) stream =
    g_memory_input_stream_new_from_data (small_document, strlen (small_document), NULL);
  g_autoptr(GError) error = NULL;
  LianTestWait wait;

  lian_test_wait_init (&wait);
  lian_registry_load_from_stream_async (registry, stream, NULL, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_TRUE (lian_registry_load_from_stream_finish (registry, wait.result, &error));
  CU_ASSERT_PTR_NULL (error);
  check_small (registry);
  lian_test_wait_clear (&wait);
}

static void
test_load_async_bad_document (void)
{
  g_autofree char *path = bad_file ("unknown-status.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  Fixture f;
  LianTestWait wait;

  fixture_init (&f);
  before = lian_registry_save_to_data (f.registry, NULL);
  lian_test_wait_init (&wait);
  lian_registry_load_from_file_async (f.registry, path, NULL, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_FALSE (lian_registry_load_from_file_finish (f.registry, wait.result, &error));
  LIAN_ASSERT_MESSAGE (error, "$.needs[0].status: unknown need status \"done\"");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_UNKNOWN_NICK);
  CU_ASSERT_TRUE (fixture_unchanged (&f, before));
  lian_test_wait_clear (&wait);
  fixture_clear (&f);
}

static void
test_load_async_cancelled (void)
{
  g_autofree char *path = good_file ("canonical.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GInputStream) stream =
    g_memory_input_stream_new_from_data (small_document, strlen (small_document), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  Fixture f;
  LianTestWait wait;

  fixture_init (&f);
  before = lian_registry_save_to_data (f.registry, NULL);
  g_cancellable_cancel (cancellable);

  CU_ASSERT_FALSE (lian_registry_load_from_file (f.registry, path, cancellable, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  CU_ASSERT_FALSE (lian_registry_load_from_stream (f.registry, stream, cancellable, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  lian_test_wait_init (&wait);
  lian_registry_load_from_file_async (f.registry, path, cancellable, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_FALSE (lian_registry_load_from_file_finish (f.registry, wait.result, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  lian_test_wait_clear (&wait);

  lian_test_wait_init (&wait);
  lian_registry_load_from_stream_async (f.registry, stream, cancellable, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_FALSE (lian_registry_load_from_stream_finish (f.registry, wait.result, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  lian_test_wait_clear (&wait);

  CU_ASSERT_TRUE (fixture_unchanged (&f, before));
  fixture_clear (&f);
}

static void
test_save_file_async (void)
{
  g_autofree char *text = NULL;
  g_autoptr(LianRegistry) registry = load_canonical (&text);
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  LianTestWait wait;

  lian_test_wait_init (&wait);
  lian_registry_save_to_file_async (registry, path, NULL, lian_test_wait_cb, &wait);
  /* The document is taken as the registry is at the call. */
  lian_registry_clear (registry);
  g_main_loop_run (wait.loop);
  CU_ASSERT_TRUE (lian_registry_save_to_file_finish (registry, wait.result, &error));
  CU_ASSERT_PTR_NULL (error);
  written = lian_test_read_file (path, NULL);
  CU_ASSERT_STRING_EQUAL (written, text);
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);
  lian_test_wait_clear (&wait);
  lian_test_remove_dir (dir);
}

static void
test_save_stream_async (void)
{
  g_autofree char *text = NULL;
  g_autoptr(LianRegistry) registry = load_canonical (&text);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  LianTestWait wait;

  lian_test_wait_init (&wait);
  lian_registry_save_to_stream_async (registry, stream, NULL, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_TRUE (lian_registry_save_to_stream_finish (registry, wait.result, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)),
                   strlen (text));
  CU_ASSERT_EQUAL (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                           text, strlen (text)), 0);
  lian_test_wait_clear (&wait);
}

static void
test_save_async_cancelled (void)
{
  g_autoptr(LianRegistry) registry = load_canonical (NULL);
  g_autoptr(LianRegistry) empty = lian_registry_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *old = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  LianTestWait wait;

  CU_ASSERT_TRUE_FATAL (lian_registry_save_to_file (empty, path, NULL, &error));
  old = lian_test_read_file (path, NULL);
  g_cancellable_cancel (cancellable);

  CU_ASSERT_FALSE (lian_registry_save_to_file (registry, path, cancellable, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  CU_ASSERT_FALSE (lian_registry_save_to_stream (registry, stream, cancellable, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  CU_ASSERT_EQUAL (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), 0);

  lian_test_wait_init (&wait);
  lian_registry_save_to_file_async (registry, path, cancellable, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_FALSE (lian_registry_save_to_file_finish (registry, wait.result, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  lian_test_wait_clear (&wait);

  lian_test_wait_init (&wait);
  lian_registry_save_to_stream_async (registry, stream, cancellable, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_FALSE (lian_registry_save_to_stream_finish (registry, wait.result, &error));
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  CU_ASSERT_EQUAL (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), 0);
  lian_test_wait_clear (&wait);

  /* The old file is as it was, and no temporary file is left. */
  written = lian_test_read_file (path, NULL);
  CU_ASSERT_STRING_EQUAL (written, old);
  CU_ASSERT_EQUAL (lian_test_count_files (dir), 1);
  lian_test_remove_dir (dir);
}

/* A refused load says why in the reader's language; where (the line and
 * column, the JSON path) is data and stays as it is. */
static void
test_refused_load_speaks_the_language (void)
{
  static const struct { const char *language, *document, *message; } cases[] = {
    { NULL, "{\"format\": \"lian\", \"version\": 1, \"needs\": [{\"status\": 3}]}",
      "$.needs[0].status: expected a string" },
    { "zh_CN", "{\"format\": \"lian\", \"version\": 1, \"needs\": [{\"status\": 3}]}",
      "$.needs[0].status: 应为字符串" },
    { NULL, "{\"format\": \"lian\", \"version\": 1,}",
      "line 1, column 33: expected a member name, not '}'" },
    { "zh_CN", "{\"format\": \"lian\", \"version\": 1,}",
      "line 1, column 33: 应为成员名，而非'}'" },
    { "zh_CN", "{\"format\": \"lian\", \"version\": 99}",
      "$.version: 版本 99 比本 lian 能读取的版本（1）更新" },
    { NULL, "{\"format\": \"lian\", \"version\": 1, \"needs\": [{\"status\": \"done\"}]}",
      "$.needs[0].status: unknown need status \"done\"; expected one of " },
    { "zh_CN", "{\"format\": \"lian\", \"version\": 1, \"needs\": [{\"status\": \"done\"}]}",
      "$.needs[0].status: 未知的需求状态“done”；应为以下之一：" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LianRegistry) registry = lian_registry_new ();
      g_autoptr(GError) error = NULL;

      CU_ASSERT_TRUE_FATAL (lian_set_language (cases[i].language, &error));
      CU_ASSERT_FALSE (lian_registry_load_from_data (registry, cases[i].document, -1, &error));
      LIAN_ASSERT_MESSAGE_STARTS (error, cases[i].message);
      CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);
    }
  lian_set_language (NULL, NULL);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/registry-json/bad-documents-refused", test_bad_documents_refused },
    { "/lian/registry-json/bad-folder-matches-expected", test_bad_folder_matches_expected },
    { "/lian/registry-json/bom-accepted", test_bom_accepted },
    { "/lian/registry-json/canonical-round-trip", test_canonical_round_trip },
    { "/lian/registry-json/unknown-members-survive", test_unknown_members_survive },
    { "/lian/registry-json/load-from-data", test_load_from_data },
    { "/lian/registry-json/load-from-file", test_load_from_file },
    { "/lian/registry-json/load-from-stream", test_load_from_stream },
    { "/lian/registry-json/load-existing-id-refused", test_load_existing_id_refused },
    { "/lian/registry-json/repeated-members-refused", test_repeated_members_refused },
    { "/lian/registry-json/history-before-year-1000-round-trips",
      test_history_before_year_1000_round_trips },
    { "/lian/registry-json/save-to-file", test_save_to_file },
    { "/lian/registry-json/save-to-stream", test_save_to_stream },
    { "/lian/registry-json/load-file-async", test_load_file_async },
    { "/lian/registry-json/load-stream-async", test_load_stream_async },
    { "/lian/registry-json/load-async-bad-document", test_load_async_bad_document },
    { "/lian/registry-json/load-async-cancelled", test_load_async_cancelled },
    { "/lian/registry-json/save-file-async", test_save_file_async },
    { "/lian/registry-json/save-stream-async", test_save_stream_async },
    { "/lian/registry-json/save-async-cancelled", test_save_async_cancelled },
    { "/lian/registry-json/refused-load-speaks-the-language", test_refused_load_speaks_the_language },
    { NULL, NULL },
  };
  return lian_test_run ("registry-json", tests);
}
