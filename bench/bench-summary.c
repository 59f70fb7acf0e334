/* bench-summary.c: summaries and roll-ups of a large registry
 *
 * Usage: bench-summary [N_ENTERPRISES [N_NEEDS [ONLY]]]
 *
 * Prints the median of 3 runs of each measurement, or of those whose name
 * contains ONLY.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-data.h"

#define RUNS 3

typedef guint (*Measure) (LianRegistry *registry);

static const char *cities[] = {
  "320100", "320200", "320300", "320400", "320500", "320600", "320700",
  "320800", "320900", "321000", "321100", "321200", "321300",
};

static guint
summary_all (LianRegistry *registry)
{
  g_autoptr(LianSummary) summary = lian_summary_new (registry, NULL, NULL);

  return lian_summary_get_n_needs (summary);
}

static guint
summary_city (LianRegistry *registry)
{
  g_autoptr(LianFilter) scope = g_object_new (LIAN_TYPE_FILTER, "region", "320500", NULL);
  g_autoptr(LianSummary) summary = lian_summary_new (registry, scope, NULL);

  return lian_summary_get_n_needs (summary);
}

static guint
summary_all_as_of (LianRegistry *registry)
{
  g_autoptr(LianSummary) summary = lian_summary_new (registry, NULL, "2023-06-30");

  return lian_summary_get_n_needs (summary);
}

static guint
rollup_cities (LianRegistry *registry)
{
  g_autoptr(GListModel) cities_ = lian_summary_rollup_regions (registry, NULL, "320000", LIAN_LEVEL_CITY, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cities_); i++)
    {
      g_autoptr(LianSummary) city = g_list_model_get_item (cities_, i);
      n += lian_summary_get_n_needs (city);
    }
  return n;
}

static guint
rollup_counties (LianRegistry *registry)
{
  g_autoptr(GListModel) counties = lian_summary_rollup_regions (registry, NULL, "320000",
                                                                   LIAN_LEVEL_COUNTY, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (counties); i++)
    {
      g_autoptr(LianSummary) county = g_list_model_get_item (counties, i);
      n += lian_summary_get_n_needs (county);
    }
  return n;
}

/* The same, one roll-up per city. */
static guint
rollup_counties_by_city (LianRegistry *registry)
{
  guint n = 0;

  for (guint c = 0; c < G_N_ELEMENTS (cities); c++)
    {
      g_autoptr(GListModel) counties = lian_summary_rollup_regions (registry, NULL, cities[c], LIAN_LEVEL_COUNTY, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (counties); i++)
        {
          g_autoptr(LianSummary) county = g_list_model_get_item (counties, i);
          n += lian_summary_get_n_needs (county);
        }
    }
  return n;
}

/* The three statistics of bench/peer.py (needs by status, enterprises by
 * city, the resolution rate) through summaries: what bench-compare times. */
static guint
three_statistics_summaries (LianRegistry *registry)
{
  g_autoptr(LianSummary) all = lian_summary_new (registry, NULL, NULL);
  g_autoptr(GListModel) cities_ = lian_summary_rollup_regions (registry, NULL, "320000",
                                                               LIAN_LEVEL_CITY, NULL);
  guint n = lian_summary_get_n_needs_by_status (all, LIAN_NEED_STATUS_RESOLVED);

  for (guint i = 0; i < g_list_model_get_n_items (cities_); i++)
    {
      g_autoptr(LianSummary) city = g_list_model_get_item (cities_, i);
      n += lian_summary_get_n_enterprises (city);
    }
  return n + (guint) (100 * lian_summary_get_resolution_rate (all));
}

/* The same through the registry's counts (lian-registry-query.h). */
static guint
three_statistics_counts (LianRegistry *registry)
{
  g_auto(GStrv) codes = lian_registry_dup_regions_at (registry, "320000", LIAN_LEVEL_CITY);
  guint n_needs = lian_registry_count_needs (registry, NULL);
  guint by_status[LIAN_NEED_STATUS_CLOSED + 1];
  guint n = 0;

  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    by_status[s] = lian_registry_count_needs_by_status (registry, NULL, s);
  for (guint i = 0; codes[i]; i++)
    n += lian_registry_count_enterprises (registry, codes[i]);
  n += by_status[LIAN_NEED_STATUS_RESOLVED];
  if (n_needs > by_status[LIAN_NEED_STATUS_CLOSED])
    n += (guint) (100.0 * by_status[LIAN_NEED_STATUS_RESOLVED] /
                  (n_needs - by_status[LIAN_NEED_STATUS_CLOSED]));
  return n;
}

/* Needs by status in each county, through the counts. */
static guint
county_counts (LianRegistry *registry)
{
  g_auto(GStrv) codes = lian_registry_dup_regions_at (registry, "320000", LIAN_LEVEL_COUNTY);
  guint n = 0;

  for (guint i = 0; codes[i]; i++)
    for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
      n += lian_registry_count_needs_by_status (registry, codes[i], s);
  return n;
}

static guint
rollup_chains (LianRegistry *registry)
{
  g_autoptr(GListModel) chains = lian_summary_rollup_chains (registry, NULL, NULL);

  return g_list_model_get_n_items (chains);
}

/* Seconds of processor time this thread used: less disturbed than the
 * wall clock when other programs share the machine. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static const char *only;

static void
run (LianRegistry *registry,
     const char   *what,
     Measure       measure)
{
  double times[RUNS], cpu[RUNS];
  guint n = 0;

  if (only && strstr (what, only) == NULL)
    return;
  for (guint r = 0; r < RUNS; r++)
    {
      double t0 = bench_now (), c0 = cpu_now ();
      n = measure (registry);
      times[r] = bench_now () - t0;
      cpu[r] = cpu_now () - c0;
    }
  qsort (times, RUNS, sizeof (double), compare_double);
  qsort (cpu, RUNS, sizeof (double), compare_double);
  g_print ("%-32s %7.3f ms  (min %.1f, max %.1f; cpu %.1f ms)  %u\n", what,
           times[RUNS / 2] * 1e3, times[0] * 1e3, times[RUNS - 1] * 1e3, cpu[RUNS / 2] * 1e3, n);
}

int
main (int   argc,
      char *argv[])
{
  BenchShape shape = { 90, 200000, 5000, 5000, 1000000, 42 };
  g_autoptr(LianRegistry) registry = NULL;
  double t0;

  if (argc > 1)
    shape.n_enterprises = atoi (argv[1]);
  if (argc > 2)
    shape.n_needs = atoi (argv[2]);
  if (argc > 3)
    only = argv[3];

  t0 = bench_now ();
  registry = bench_make_registry (&shape);
  g_print ("records                            %u (built in %.1f s)\n",
           lian_registry_get_n_records (registry), bench_now () - t0);

  run (registry, "summary, no scope", summary_all);
  run (registry, "summary, city 320500", summary_city);
  run (registry, "summary, no scope, as of a day", summary_all_as_of);
  run (registry, "roll-up province -> 13 cities", rollup_cities);
  run (registry, "roll-up province -> counties", rollup_counties);
  run (registry, "roll-up province -> counties, by city", rollup_counties_by_city);
  run (registry, "roll-up by chain", rollup_chains);
  run (registry, "three statistics, summaries", three_statistics_summaries);
  run (registry, "three statistics, counts", three_statistics_counts);
  run (registry, "needs by status per county, counts", county_counts);
  g_print ("peak RSS                           %.0f MB\n", bench_peak_rss () / 1e6);
  return 0;
}
