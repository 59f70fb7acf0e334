/* test-registry-scale.c: loading, checking and saving documents of shapes
 * whose cost once grew with the square of their size
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each document is made here, 100,000 records or links deep or wide: an
 * organisation tree and a chain of headquarters 100,000 deep (root first
 * and leaf first), an enterprise on 100,000 chains, an organisation of
 * 100,000 members, a project of 100,000 needs, a need linked to 100,000
 * services. Each must load, check and save, and the saved text must load
 * again and save the same; the tree must also grow one record at a time. Nothing here is timed (bench/bench-shapes
 * reports the times); a quadratic path shows as a test that never ends.
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

#define N 100000

/* `{"id": "ent-N", … "parent_id": "ent-P"}` */
static void
append_firm (GString    *doc,
             guint       n,
             gint64      parent,
             const char *more)
{
  g_autofree char *uscc = lian_test_uscc ("320214", n);

  g_string_append_printf (doc, "%s{\"id\": \"ent-%u\", \"name\": \"企业%u\", \"region\": \"320214\", "
                          "\"uscc\": \"", n ? ", " : "", n, n);
  g_string_append (doc, uscc);
  g_string_append_c (doc, '"');
  if (parent >= 0)
    g_string_append_printf (doc, ", \"parent_id\": \"ent-%" G_GINT64_FORMAT "\"", parent);
  g_string_append_printf (doc, "%s}", more ? more : "");
}

static void
append_ids (GString    *doc,
            const char *prefix,
            guint       n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_printf (doc, "%s\"%s%u\"", i ? ", " : "", prefix, i);
}

/* A deep tree: record i's parent is i - 1, or i + 1 when @leaf_first. */
static gint64
parent_of (guint    i,
           gboolean leaf_first)
{
  if (leaf_first)
    return i + 1 < N ? (gint64) i + 1 : -1;
  return i > 0 ? (gint64) i - 1 : -1;
}

static char *
make_document (const char *shape)
{
  GString *doc = g_string_new ("{\"format\": \"lian\", \"version\": 1");
  gboolean leaf_first = g_str_has_suffix (shape, "leaf-first");

  if (g_str_has_prefix (shape, "org-tree"))
    {
      g_string_append (doc, ", \"enterprises\": [");
      append_firm (doc, 0, -1, NULL);
      g_string_append (doc, "], \"organizations\": [");
      for (guint i = 0; i < N; i++)
        {
          gint64 parent = parent_of (i, leaf_first);
          g_string_append_printf (doc, "%s{\"id\": \"org-%u\", \"name\": \"支部\", \"kind\": "
                                  "\"branch\", \"member_ids\": [\"ent-0\"]", i ? ", " : "", i);
          if (parent >= 0)
            g_string_append_printf (doc, ", \"parent_id\": \"org-%" G_GINT64_FORMAT "\"", parent);
          g_string_append_c (doc, '}');
        }
      g_string_append_c (doc, ']');
    }
  else if (g_str_has_prefix (shape, "headquarters"))
    {
      g_string_append (doc, ", \"enterprises\": [");
      for (guint i = 0; i < N; i++)
        append_firm (doc, i, parent_of (i, leaf_first), NULL);
      g_string_append_c (doc, ']');
    }
  else if (g_str_equal (shape, "links"))
    {
      g_autoptr(GString) links = g_string_new (", \"chain_links\": [");

      g_string_append (doc, ", \"chains\": [");
      for (guint i = 0; i < N; i++)
        {
          g_string_append_printf (doc, "%s{\"id\": \"chain-%u\", \"name\": \"产业链\", "
                                  "\"region\": \"320000\"}", i ? ", " : "", i);
          g_string_append_printf (links, "%s{\"chain\": \"chain-%u\", \"role\": \"leader\"}",
                                  i ? ", " : "", i);
        }
      g_string_append (links, "]");
      g_string_append (doc, "], \"enterprises\": [");
      append_firm (doc, 0, -1, links->str);
      g_string_append_c (doc, ']');
    }
  else if (g_str_equal (shape, "members"))
    {
      g_string_append (doc, ", \"enterprises\": [");
      for (guint i = 0; i < N; i++)
        append_firm (doc, i, -1, NULL);
      g_string_append (doc, "], \"organizations\": [{\"id\": \"org\", \"name\": \"联盟\", "
                       "\"kind\": \"alliance\", \"member_ids\": [");
      append_ids (doc, "ent-", N);
      g_string_append (doc, "]}]");
    }
  else if (g_str_equal (shape, "project-needs") || g_str_equal (shape, "need-services"))
    {
      gboolean project = g_str_equal (shape, "project-needs");

      g_string_append (doc, ", \"enterprises\": [");
      append_firm (doc, 0, -1, NULL);
      g_string_append (doc, "], \"organizations\": [{\"id\": \"org\", \"name\": \"联盟\", "
                       "\"kind\": \"alliance\", \"member_ids\": [\"ent-0\"]}], \"services\": [");
      for (guint i = 0; i < (project ? 1 : N); i++)
        g_string_append_printf (doc, "%s{\"id\": \"svc-%u\", \"name\": \"科技贷\", \"kind\": "
                                "\"policy\", \"categories\": [\"financing\"]}", i ? ", " : "", i);
      g_string_append (doc, "], \"needs\": [");
      for (guint i = 0; i < (project ? N : 1); i++)
        {
          g_string_append_printf (doc, "%s{\"id\": \"need-%u\", \"enterprise_id\": \"ent-0\", "
                                  "\"category\": \"financing\", \"title\": \"贷款\", "
                                  "\"submitted\": \"2023-07-01\"", i ? ", " : "", i);
          if (project)
            g_string_append (doc, ", \"project_id\": \"prj\"}");
          else
            {
              g_string_append (doc, ", \"service_ids\": [");
              append_ids (doc, "svc-", N);
              g_string_append (doc, "]}");
            }
        }
      g_string_append (doc, "]");
      if (project)
        {
          g_string_append (doc, ", \"projects\": [{\"id\": \"prj\", \"name\": \"行动\", "
                           "\"owner_id\": \"org\", \"need_ids\": [");
          append_ids (doc, "need-", N);
          g_string_append (doc, "]}]");
        }
    }
  else
    g_assert_not_reached ();
  g_string_append (doc, "}\n");
  return g_string_free (doc, FALSE);
}

/* Loads, checks, saves and loads again the document of @shape. */
static void
round_trip (const char *shape,
            guint       n_records)
{
  g_autofree char *doc = make_document (shape);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianRegistry) again = lian_registry_new ();
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL, *saved_again = NULL;

  if (!lian_registry_load_from_data (registry, doc, -1, &error))
    g_printerr ("%s: %s\n", shape, error->message);
  CU_ASSERT_PTR_NULL_FATAL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), n_records);

  problems = lian_registry_check (registry, "2023-08-01", 90);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
      if (lian_problem_get_severity (problem) == LIAN_SEVERITY_ERROR)
        {
          g_printerr ("%s: %s\n", shape, lian_problem_get_message (problem));
          CU_FAIL ("an error in a sound document");
          break;
        }
    }

  saved = lian_registry_save_to_data (registry, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (saved);
  CU_ASSERT_TRUE_FATAL (lian_registry_load_from_data (again, saved, -1, &error));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (again), n_records);
  saved_again = lian_registry_save_to_data (again, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (saved_again);
  CU_ASSERT_STRING_EQUAL (saved, saved_again);
}

static void
test_org_tree_deep (void)
{
  round_trip ("org-tree", N + 1);
  round_trip ("org-tree-leaf-first", N + 1);
}

static void
test_headquarters_deep (void)
{
  round_trip ("headquarters", N);
  round_trip ("headquarters-leaf-first", N);
}

/* One record at a time, each below the last: no add walks the tree. */
static void
test_org_tree_added_one_at_a_time (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N && error == NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("org-%u", i);
      g_autofree char *parent = i ? g_strdup_printf ("org-%u", i - 1) : NULL;
      g_autoptr(LianPartyOrg) org = lian_party_org_new (id, "支部", LIAN_ORG_KIND_BRANCH);

      lian_party_org_set_parent_id (org, parent);
      lian_registry_add (registry, LIAN_RECORD (org), &error);
    }
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), N);
}

static void
test_many_links (void)
{
  round_trip ("links", N + 1);
}

static void
test_many_members (void)
{
  round_trip ("members", N + 1);
}

static void
test_many_needs_in_a_project (void)
{
  round_trip ("project-needs", N + 4);
}

static void
test_many_services_on_a_need (void)
{
  round_trip ("need-services", N + 3);
}

/* A large batch's entries and slots are carved from the registry's slabs:
 * changing, removing and refusing some leaves the others whole. */
static void
test_large_batch_changed_and_removed (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GPtrArray) chains = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) refused = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      LianChain *chain = lian_chain_new (id, "产业链");

      lian_chain_set_region (chain, "320214");
      g_ptr_array_add (chains, chain);
    }
  CU_ASSERT_TRUE_FATAL (lian_registry_add_many (registry, chains, &error));
  for (guint i = 0; i < 300; i += 3)
    lian_record_set_name (chains->pdata[i], "新产业链");
  for (guint i = 1; i < 300; i += 3)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      CU_ASSERT_TRUE (lian_registry_remove (registry, id, FALSE, NULL, &error));
    }
  /* A batch of 100 whose last record repeats an id is refused whole. */
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i < 99 ? 1000 + i : 0);
      LianChain *chain = lian_chain_new (id, "产业链");

      lian_chain_set_region (chain, "320214");
      g_ptr_array_add (refused, chain);
    }
  CU_ASSERT_FALSE (lian_registry_add_many (registry, refused, &error));
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 200);
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "chain-1000"));
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (lian_registry_lookup (registry, "chain-3")), "新产业链");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (lian_registry_lookup (registry, "chain-5")), "产业链");
  CU_ASSERT_PTR_NULL (lian_registry_lookup (registry, "chain-4"));
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/registry/load-org-tree-100000-deep", test_org_tree_deep },
    { "/lian/registry/add-org-tree-100000-deep-one-at-a-time", test_org_tree_added_one_at_a_time },
    { "/lian/registry/load-headquarters-100000-deep", test_headquarters_deep },
    { "/lian/registry/load-100000-links-on-one-enterprise", test_many_links },
    { "/lian/registry/load-100000-members-of-one-organization", test_many_members },
    { "/lian/registry/load-100000-needs-in-one-project", test_many_needs_in_a_project },
    { "/lian/registry/load-100000-services-on-one-need", test_many_services_on_a_need },
    { "/lian/registry/large-batch-changed-and-removed", test_large_batch_changed_and_removed },
    { NULL, NULL },
  };
  return lian_test_run ("registry-scale", tests);
}
