/* bench-registry.c: building, selecting from and saving a registry
 *
 * Usage: bench-registry [N_ENTERPRISES [N_NEEDS]]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>

#include "bench-data.h"

int
main (int   argc,
      char *argv[])
{
  BenchShape shape = { 50, 100000, 2000, 5000, 100000, 42 };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianFilter) by_chain = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(LianFilter) by_text = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autofree char *plan_chain = NULL, *plan_text = NULL, *data = NULL;
  double t0, t_build, t_chain, t_text, t_save;
  guint visited_chain, visited_text;
  gsize length;

  if (argc > 1)
    shape.n_enterprises = atoi (argv[1]);
  if (argc > 2)
    shape.n_needs = atoi (argv[2]);

  t0 = bench_now ();
  registry = bench_make_registry (&shape);
  t_build = bench_now () - t0;

  lian_filter_set_chain_id (by_chain, "chain-7");
  t0 = bench_now ();
  plan_chain = lian_registry_explain_select (registry, by_chain, &visited_chain, NULL);
  t_chain = bench_now () - t0;

  lian_filter_set_text (by_text, "贷款");
  t0 = bench_now ();
  plan_text = lian_registry_explain_select (registry, by_text, &visited_text, NULL);
  t_text = bench_now () - t0;

  t0 = bench_now ();
  data = lian_registry_save_to_data (registry, &length);
  t_save = bench_now () - t0;

  g_print ("records                 %u\n", lian_registry_get_n_records (registry));
  g_print ("build + add_many        %.3f s\n", t_build);
  g_print ("select needs by chain   %.4f s  (%s)\n", t_chain, plan_chain);
  g_print ("select needs by text    %.4f s  (%s)\n", t_text, plan_text);
  g_print ("save to memory          %.3f s  (%.1f MB)\n", t_save, length / 1e6);
  g_print ("peak RSS                %.0f MB\n", bench_peak_rss () / 1e6);
  return 0;
}
