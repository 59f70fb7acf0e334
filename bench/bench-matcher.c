/* bench-matcher.c: matching every open need, and the gap report
 *
 * Usage: bench-matcher [N_NEEDS [N_SERVICES [N_ENTERPRISES]]]
 *
 * Prints the median of 3 runs of lian_matcher_match_all (top 3) over all
 * open needs, with its CPU time per open need; of lian_matcher_match_each
 * (top 3) reading every match's reasons, as `lian match` does; of
 * lian_matcher_find_gaps by city; the mean time of one need's top 10 over
 * 1,000 needs; then of the gap report again over the same needs with only
 * 26 service items, where most needs are gaps.
 *
 * The time per need grows with the number of items a need's category and
 * region offer: N_SERVICES at a tenth of the 2,000,000-record document's
 * (20,000 for 90,000 needs) gives each need as many candidates as there
 * (about 400), without the memory of the whole document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <time.h>

#include "bench-data.h"

#define RUNS 3

/* CPU seconds of this process: steadier than wall time on a busy machine. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
read_reasons_cb (LianNeed   *need,
                 GListModel *matches,
                 gpointer    user_data)
{
  guint *n = user_data;

  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(LianMatch) match = g_list_model_get_item (matches, i);
      *n += lian_match_get_reasons (match)[0] != NULL;
    }
  return TRUE;
}

static double
median (double *times)
{
  qsort (times, RUNS, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  BenchShape shape = { 50, 50000, 500, 5000, 100000, 42 };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianMatcher) matcher = NULL;
  g_autoptr(LianFilter) open = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GListModel) open_needs = NULL;
  double t0, c0, t_build, t_all[RUNS], t_gaps[RUNS], t_one[RUNS], c_all[RUNS], c_gaps[RUNS];
  double t_each[RUNS], c_each[RUNS], t_ten;
  guint n_matches = 0, n_gaps = 0, n_gap_needs = 0, n_one = 0, n_each = 0, n_open, n_ten = 0;

  if (argc > 1)
    shape.n_needs = atoi (argv[1]);
  if (argc > 2)
    shape.n_services = atoi (argv[2]);
  if (argc > 3)
    shape.n_enterprises = atoi (argv[3]);

  t0 = bench_now ();
  registry = bench_make_registry (&shape);
  t_build = bench_now () - t0;
  matcher = lian_matcher_new (registry);
  lian_filter_set_open_only (open, TRUE);
  open_needs = lian_registry_select (registry, open, NULL);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GListModel) matches = NULL;
      g_autoptr(GListModel) gaps = NULL;
      g_autoptr(GError) error = NULL;

      t0 = bench_now ();
      c0 = cpu_now ();
      matches = lian_matcher_match_all (matcher, NULL, 3);
      t_all[run] = bench_now () - t0;
      c_all[run] = cpu_now () - c0;
      n_matches = g_list_model_get_n_items (matches);
      g_clear_object (&matches);

      n_each = 0;
      t0 = bench_now ();
      c0 = cpu_now ();
      lian_matcher_match_each (matcher, NULL, 3, read_reasons_cb, &n_each);
      t_each[run] = bench_now () - t0;
      c_each[run] = cpu_now () - c0;

      t0 = bench_now ();
      c0 = cpu_now ();
      gaps = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
      t_gaps[run] = bench_now () - t0;
      c_gaps[run] = cpu_now () - c0;
      n_gaps = g_list_model_get_n_items (gaps);
      n_gap_needs = 0;
      for (guint i = 0; i < n_gaps; i++)
        {
          g_autoptr(LianGap) gap = g_list_model_get_item (gaps, i);
          n_gap_needs += lian_gap_get_n_needs (gap);
        }

      t0 = bench_now ();
      matches = lian_matcher_match_need (matcher, "need-1", 3, &error);
      t_one[run] = bench_now () - t0;
      if (matches == NULL)
        g_error ("%s", error->message);
      n_one = g_list_model_get_n_items (matches);
    }

  n_open = g_list_model_get_n_items (open_needs);
  t0 = bench_now ();
  for (guint i = 0; i < 1000 && i < n_open; i++)
    {
      g_autoptr(LianRecord) need = g_list_model_get_item (open_needs, i * (n_open / MIN (n_open, 1000)));
      g_autoptr(GListModel) ten = lian_matcher_match_need (matcher, lian_record_get_id (need), 10, NULL);
      n_ten++;
    }
  t_ten = (bench_now () - t0) / MAX (n_ten, 1);

  g_print ("needs / open            %u / %u\n", shape.n_needs, n_open);
  g_print ("services / enterprises  %u / %u\n", shape.n_services, shape.n_enterprises);
  g_print ("build + add_many        %.3f s\n", t_build);
  g_print ("match_all (top 3)       %.3f s  (CPU %.3f s)  median of %d  (%u matches)\n",
           median (t_all), median (c_all), RUNS, n_matches);
  g_print ("  CPU per open need      %.2f us\n", median (c_all) / MAX (n_open, 1) * 1e6);
  g_print ("match_each, reasons     %.3f s  (CPU %.3f s)  median of %d  (%u matches)\n",
           median (t_each), median (c_each), RUNS, n_each);
  g_print ("find_gaps (by city)     %.3f s  (CPU %.3f s)  median of %d  (%u gaps, %u needs)\n",
           median (t_gaps), median (c_gaps), RUNS, n_gaps, n_gap_needs);
  g_print ("match_need (top 3)      %.4f s  median of %d  (%u matches)\n",
           median (t_one), RUNS, n_one);
  g_print ("match_need (top 10)     %.3f ms  mean over %u needs\n", t_ten * 1e3, n_ten);
  {
    BenchShape sparse = shape;
    g_autoptr(LianRegistry) few = NULL;
    g_autoptr(LianMatcher) few_matcher = NULL;

    sparse.n_services = 26;
    few = bench_make_registry (&sparse);
    few_matcher = lian_matcher_new (few);
    for (guint run = 0; run < RUNS; run++)
      {
        g_autoptr(GListModel) gaps = NULL;

        t0 = bench_now ();
        c0 = cpu_now ();
        gaps = lian_matcher_find_gaps (few_matcher, NULL, LIAN_LEVEL_CITY);
        t_gaps[run] = bench_now () - t0;
        c_gaps[run] = cpu_now () - c0;
        n_gaps = g_list_model_get_n_items (gaps);
        n_gap_needs = 0;
        for (guint i = 0; i < n_gaps; i++)
          {
            g_autoptr(LianGap) gap = g_list_model_get_item (gaps, i);
            n_gap_needs += lian_gap_get_n_needs (gap);
          }
      }
    g_print ("find_gaps, 26 services  %.3f s  (CPU %.3f s)  median of %d  (%u gaps, %u needs)\n",
             median (t_gaps), median (c_gaps), RUNS, n_gaps, n_gap_needs);
  }
  g_print ("peak RSS                %.0f MB\n", bench_peak_rss () / 1e6);
  return 0;
}
