/* bench-shapes.c: loading, checking and saving documents of shapes whose
 * cost once grew with the square of their size
 *
 * Usage: bench-shapes [N...]   (default: 10000 100000)
 *
 * For each N, the documents tests/c/test-registry-scale.c loads (made here
 * the same way): an organisation tree and a chain of headquarters N deep,
 * root first and leaf first; an enterprise on N chains; an organisation
 * of N members; a project of N needs; a need linked to N services. Prints,
 * for each, the document's size and the medians of three loads, checks
 * (lian_registry_check()) and saves, in seconds of CPU, and, for each N
 * after the first, how many times longer each took than at the N before:
 * near N's own ratio when the cost grows with N, near its square when it
 * grows with N².
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-data.h"

#define RUNS 3

static const char * const shapes[] = {
  "org-tree", "org-tree-leaf-first", "headquarters", "headquarters-leaf-first", "links",
  "members", "project-needs", "need-services",
};

/* `{"id": "ent-N", … "parent_id": "ent-P"}` */
static void
append_firm (GString    *doc,
             guint       n,
             gint64      parent,
             const char *more)
{
  g_autofree char *uscc = bench_uscc ("320214", n);

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

/* A deep tree of @n: record i's parent is i - 1, or i + 1 when @leaf_first. */
static gint64
parent_of (guint    i,
           guint    n,
           gboolean leaf_first)
{
  if (leaf_first)
    return i + 1 < n ? (gint64) i + 1 : -1;
  return i > 0 ? (gint64) i - 1 : -1;
}

static char *
make_document (const char *shape,
               guint       size)
{
  GString *doc = g_string_new ("{\"format\": \"lian\", \"version\": 1");
  gboolean leaf_first = g_str_has_suffix (shape, "leaf-first");

  if (g_str_has_prefix (shape, "org-tree"))
    {
      g_string_append (doc, ", \"enterprises\": [");
      append_firm (doc, 0, -1, NULL);
      g_string_append (doc, "], \"organizations\": [");
      for (guint i = 0; i < size; i++)
        {
          gint64 parent = parent_of (i, size, leaf_first);
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
      for (guint i = 0; i < size; i++)
        append_firm (doc, i, parent_of (i, size, leaf_first), NULL);
      g_string_append_c (doc, ']');
    }
  else if (g_str_equal (shape, "links"))
    {
      g_autoptr(GString) links = g_string_new (", \"chain_links\": [");

      g_string_append (doc, ", \"chains\": [");
      for (guint i = 0; i < size; i++)
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
      for (guint i = 0; i < size; i++)
        append_firm (doc, i, -1, NULL);
      g_string_append (doc, "], \"organizations\": [{\"id\": \"org\", \"name\": \"联盟\", "
                       "\"kind\": \"alliance\", \"member_ids\": [");
      append_ids (doc, "ent-", size);
      g_string_append (doc, "]}]");
    }
  else if (g_str_equal (shape, "project-needs") || g_str_equal (shape, "need-services"))
    {
      gboolean project = g_str_equal (shape, "project-needs");

      g_string_append (doc, ", \"enterprises\": [");
      append_firm (doc, 0, -1, NULL);
      g_string_append (doc, "], \"organizations\": [{\"id\": \"org\", \"name\": \"联盟\", "
                       "\"kind\": \"alliance\", \"member_ids\": [\"ent-0\"]}], \"services\": [");
      for (guint i = 0; i < (project ? 1 : size); i++)
        g_string_append_printf (doc, "%s{\"id\": \"svc-%u\", \"name\": \"科技贷\", \"kind\": "
                                "\"policy\", \"categories\": [\"financing\"]}", i ? ", " : "", i);
      g_string_append (doc, "], \"needs\": [");
      for (guint i = 0; i < (project ? size : 1); i++)
        {
          g_string_append_printf (doc, "%s{\"id\": \"need-%u\", \"enterprise_id\": \"ent-0\", "
                                  "\"category\": \"financing\", \"title\": \"贷款\", "
                                  "\"submitted\": \"2023-07-01\"", i ? ", " : "", i);
          if (project)
            g_string_append (doc, ", \"project_id\": \"prj\"}");
          else
            {
              g_string_append (doc, ", \"service_ids\": [");
              append_ids (doc, "svc-", size);
              g_string_append (doc, "]}");
            }
        }
      g_string_append (doc, "]");
      if (project)
        {
          g_string_append (doc, ", \"projects\": [{\"id\": \"prj\", \"name\": \"行动\", "
                           "\"owner_id\": \"org\", \"need_ids\": [");
          append_ids (doc, "need-", size);
          g_string_append (doc, "]}]");
        }
    }
  else
    g_assert_not_reached ();
  g_string_append (doc, "}\n");
  return g_string_free (doc, FALSE);
}

/* Seconds of CPU this process has used: on a shared machine it says more
 * than the wall clock. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *times)
{
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  return times[RUNS / 2];
}

/* Medians of load, check and save of the document of @shape. */
static void
measure (const char *shape,
         guint       n,
         double     *out,
         gsize      *size)
{
  g_autofree char *doc = make_document (shape, n);
  double load[RUNS], check[RUNS], save[RUNS];

  *size = strlen (doc);
  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(LianRegistry) registry = lian_registry_new ();
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *saved = NULL;
      double t0 = cpu_now ();

      if (!lian_registry_load_from_data (registry, doc, -1, &error))
        g_error ("%s: %s", shape, error->message);
      load[r] = cpu_now () - t0;
      t0 = cpu_now ();
      problems = lian_registry_check (registry, "2023-08-01", 90);
      check[r] = cpu_now () - t0;
      t0 = cpu_now ();
      saved = lian_registry_save_to_data (registry, NULL);
      save[r] = cpu_now () - t0;
    }
  out[0] = median (load);
  out[1] = median (check);
  out[2] = median (save);
}

int
main (int   argc,
      char *argv[])
{
  guint sizes[16] = { 10000, 100000 };
  guint n_sizes = 2;
  double before[G_N_ELEMENTS (shapes)][3];

  if (argc > 1)
    {
      n_sizes = MIN ((guint) argc - 1, G_N_ELEMENTS (sizes));
      for (guint i = 0; i < n_sizes; i++)
        sizes[i] = (guint) strtoul (argv[i + 1], NULL, 10);
    }
  g_print ("%-24s %8s %8s %9s %9s %9s  %s\n", "shape", "N", "MB", "load (s)", "check (s)",
           "save (s)", "x the N before (load, check, save)");
  for (guint s = 0; s < n_sizes; s++)
    for (guint k = 0; k < G_N_ELEMENTS (shapes); k++)
      {
        double t[3];
        gsize size;

        measure (shapes[k], sizes[s], t, &size);
        g_print ("%-24s %8u %8.1f %9.3f %9.3f %9.3f", shapes[k], sizes[s], size / 1e6,
                 t[0], t[1], t[2]);
        if (s > 0)
          g_print ("  %.1f, %.1f, %.1f (N %.0fx)", t[0] / before[k][0], t[1] / before[k][1],
                   t[2] / before[k][2], (double) sizes[s] / sizes[s - 1]);
        g_print ("\n");
        memcpy (before[k], t, sizeof t);
      }
  g_print ("peak RSS %.0f MB\n", bench_peak_rss () / 1e6);
  return 0;
}
