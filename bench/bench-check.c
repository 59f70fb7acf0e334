/* bench-check.c: checking a registry of many enterprises for duplicates
 *
 * Usage: bench-check [N_ENTERPRISES...]   (default: 200000 1000000)
 *
 * For each size: a synthetic registry of that many enterprises (on 50
 * chains, one organisation, no needs), plus one duplicate for every 200
 * enterprises, half by credit code and half by a name written differently
 * (full-width digits, spaces, another company suffix). Prints the median of
 * three runs of lian_registry_check(), which hashes credit codes and
 * normalised names once each, and the problems found. The CPU time is
 * printed too: on a busy machine it says more than the wall clock.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-data.h"

#define RUNS 3

/* "江苏测试123有限公司" written as "江苏测试１２３ 股份有限公司". */
static char *
variant_name (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *name = g_string_new ("江苏测试");

  for (const char *d = digits; *d; d++)
    g_string_append_unichar (name, 0xFF10 + (*d - '0'));
  g_string_append (name, " 股份有限公司");
  return g_string_free (name, FALSE);
}

static guint
add_duplicates (LianRegistry *registry,
                guint         n_enterprises)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_copies = n_enterprises / 200;
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < n_copies; i++)
    {
      guint original = g_rand_int_range (rand, 0, n_enterprises);
      g_autofree char *original_id = g_strdup_printf ("ent-%u", original);
      g_autofree char *id = g_strdup_printf ("dup-%u", i);
      LianEnterprise *of = lian_registry_lookup_enterprise (registry, original_id);
      LianEnterprise *copy;

      if (i % 2 == 0)
        {
          g_autofree char *name = g_strdup_printf ("重复登记%u有限公司", i);
          copy = lian_enterprise_new (id, name, lian_enterprise_get_uscc (of),
                                      lian_enterprise_get_region (of));
        }
      else
        {
          g_autofree char *name = variant_name (original);
          g_autofree char *uscc = bench_uscc ("320100", n_enterprises + i);
          copy = lian_enterprise_new (id, name, uscc, lian_enterprise_get_region (of));
        }
      g_ptr_array_add (copies, copy);
    }
  g_rand_free (rand);
  if (!lian_registry_add_many (registry, copies, &error))
    g_error ("%s", error->message);
  return n_copies;
}

/* Seconds of CPU this process has used. */
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

static void
bench_size (guint n_enterprises)
{
  BenchShape shape = { 50, n_enterprises, 1, 0, 0, 42 };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  double times[RUNS], cpu[RUNS], t0, c0, t_build;
  guint n_copies, n_problems = 0;

  t0 = bench_now ();
  registry = bench_make_registry (&shape);
  n_copies = add_duplicates (registry, n_enterprises);
  t_build = bench_now () - t0;

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GListModel) problems = NULL;

      t0 = bench_now ();
      c0 = cpu_now ();
      problems = lian_registry_check (registry, "2023-12-31", 90);
      times[r] = bench_now () - t0;
      cpu[r] = cpu_now () - c0;
      if (r == 0)
        {
          n_problems = g_list_model_get_n_items (problems);
          for (guint i = 0; i < n_problems; i++)
            {
              g_autoptr(LianProblem) problem = g_list_model_get_item (problems, i);
              const char *code = g_intern_string (lian_problem_get_code (problem));
              guint count = GPOINTER_TO_UINT (g_hash_table_lookup (by_code, code));
              g_hash_table_insert (by_code, (gpointer) code, GUINT_TO_POINTER (count + 1));
            }
        }
    }
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  qsort (cpu, RUNS, sizeof cpu[0], compare_doubles);

  g_print ("enterprises             %u (+%u duplicates)\n", n_enterprises, n_copies);
  g_print ("build                   %.2f s\n", t_build);
  g_print ("check, median of %d     %.3f s wall, %.3f s CPU  (wall %.3f %.3f %.3f)\n", RUNS,
           times[RUNS / 2], cpu[RUNS / 2], times[0], times[1], times[2]);
  g_print ("problems                %u:", n_problems);
  {
    g_autoptr(GList) codes = g_list_sort (g_hash_table_get_keys (by_code), (GCompareFunc) strcmp);
    for (GList *l = codes; l; l = l->next)
      g_print (" %s %u", (const char *) l->data,
               GPOINTER_TO_UINT (g_hash_table_lookup (by_code, l->data)));
  }
  g_print ("\npeak RSS                %.0f MB\n\n", bench_peak_rss () / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      bench_size (atoi (argv[i]));
  else
    {
      bench_size (200000);
      bench_size (1000000);
    }
  return 0;
}
