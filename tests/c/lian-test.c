/* lian-test.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <CUnit/Basic.h>
#include <glib/gstdio.h>

#include "lian-test.h"

int
lian_test_run (const char     *suite_name,
               const LianTest *tests)
{
  CU_pSuite suite;
  unsigned failures;

  if (CU_initialize_registry () != CUE_SUCCESS)
    return 2;
  suite = CU_add_suite (suite_name, NULL, NULL);
  for (guint i = 0; tests[i].name; i++)
    CU_add_test (suite, tests[i].name, tests[i].func);

  CU_basic_set_mode (CU_BRM_VERBOSE);
  CU_basic_run_tests ();
  /* Read before cleanup: CU_cleanup_registry() resets the counters. */
  failures = CU_get_number_of_failures () + CU_get_number_of_tests_failed ();
  CU_cleanup_registry ();
  return failures == 0 ? 0 : 1;
}

char *
lian_test_data (const char *relative)
{
  const char *root = g_getenv ("LIAN_SOURCE_DIR");

  return g_build_filename (root ? root : ".", "tests", "data", relative, NULL);
}

char *
lian_test_read_file (const char *path,
                     gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (path, &text, length, &error))
    g_printerr ("%s\n", error->message);
  CU_ASSERT_PTR_NOT_NULL_FATAL (text);
  return text;
}

void
lian_test_assert_same_error (const GError *a,
                             const GError *b)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL (a);
  CU_ASSERT_PTR_NOT_NULL_FATAL (b);
  CU_ASSERT_EQUAL (a->domain, b->domain);
  CU_ASSERT_EQUAL (a->code, b->code);
  CU_ASSERT_STRING_EQUAL (a->message, b->message);
}

char *
lian_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lian-test-XXXXXX", &error);

  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  return dir;
}

void
lian_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  CU_ASSERT_EQUAL (g_rmdir (dir), 0);
}

guint
lian_test_count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

void
lian_test_wait_init (LianTestWait *wait)
{
  wait->loop = g_main_loop_new (NULL, FALSE);
  wait->result = NULL;
}

void
lian_test_wait_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  LianTestWait *wait = data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

void
lian_test_wait_clear (LianTestWait *wait)
{
  g_clear_object (&wait->result);
  g_clear_pointer (&wait->loop, g_main_loop_unref);
}

void
lian_test_count_notify_cb (GObject    *object,
                           GParamSpec *pspec,
                           int        *count)
{
  (*count)++;
}

static void
gather_id_cb (JsonArray *array,
              guint      index,
              JsonNode  *node,
              gpointer   data)
{
  JsonObject *record = json_node_get_object (node);

  g_hash_table_add (data, (gpointer) json_object_get_string_member (record, "id"));
}

/* @node with every string in @ids followed by @suffix, at any depth. */
static JsonNode *
rename_ids (JsonNode   *node,
            GHashTable *ids,
            const char *suffix)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_object_new ();
      JsonObject *from = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (from);

      for (GList *l = names; l; l = l->next)
        json_object_set_member (object, l->data,
                                rename_ids (json_object_get_member (from, l->data), ids, suffix));
      node = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (node, object);
      return node;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_array_new ();
      JsonArray *from = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (from); i++)
        json_array_add_element (array, rename_ids (json_array_get_element (from, i), ids, suffix));
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, array);
      return node;
    }
  if (json_node_get_value_type (node) == G_TYPE_STRING &&
      g_hash_table_contains (ids, json_node_get_string (node)))
    {
      g_autofree char *renamed = g_strconcat (json_node_get_string (node), suffix, NULL);
      return json_node_init_string (json_node_alloc (), renamed);
    }
  return json_node_copy (node);
}

JsonNode *
lian_test_sample_copies (guint copies)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIAN_SOURCE_DIR"), "data",
                                            "jiangsu-sample.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GList) names = NULL;
  JsonObject *sample, *doc;
  JsonNode *member;

  CU_ASSERT_TRUE_FATAL (json_parser_load_from_file (parser, path, NULL));
  sample = json_node_get_object (json_parser_get_root (parser));
  doc = json_object_new ();
  names = json_object_get_members (sample);
  for (GList *l = names; l; l = l->next)
    {
      member = json_object_get_member (sample, l->data);

      if (JSON_NODE_HOLDS_ARRAY (member) && !g_str_equal (l->data, "regions"))
        json_array_foreach_element (json_node_get_array (member), gather_id_cb, ids);
    }
  for (GList *l = names; l; l = l->next)
    {
      const char *name = l->data;
      JsonArray *array;

      member = json_object_get_member (sample, name);

      if (g_str_equal (name, "regions"))
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (member))
        {
          json_object_set_member (doc, name, json_node_copy (member));
          continue;
        }
      array = json_array_new ();
      for (guint c = 0; c < copies; c++)
        {
          g_autofree char *suffix = g_strdup_printf ("-%u", c);
          JsonArray *from = json_node_get_array (member);

          for (guint i = 0; i < json_array_get_length (from); i++)
            json_array_add_element (array, rename_ids (json_array_get_element (from, i), ids,
                                                       suffix));
        }
      json_object_set_array_member (doc, name, array);
    }
  member = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (member, doc);
  return member;
}

JsonArray *
lian_test_doc_array (JsonNode   *doc,
                     const char *member)
{
  return json_object_get_array_member (json_node_get_object (doc), member);
}
