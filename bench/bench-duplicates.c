/* bench-duplicates.c: the likeness pass at a national scale
 *
 * Usage: bench-duplicates [SCALE [SEED]]   (default: 36, about 1,018,000
 * enterprises and 629,000 needs of the jiangsu-2023 profile)
 *
 * Generates the registry with lian_registry_generate(), adds a second
 * record for one enterprise in 200 (half with its credit code, half with
 * its name written as "name（region）", another code), then times one
 * lian_registry_find_duplicates() of the enterprises at the unlikely band
 * (the widest: every block is scored) and one of the needs, and prints the
 * pairs found per band. One run per size: the pass is deterministic, and
 * the machine is shared. The CPU time is printed too: on a busy machine it
 * says more than the wall clock.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-data.h"

static double
cpu_now (void)
{
  return (double) clock () / CLOCKS_PER_SEC;
}

/* One copy for every 200 enterprises; how many. */
static guint
add_copies (LianRegistry *registry)
{
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (registry);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (firms);

  for (guint i = 0; i < n; i += 200)
    {
      g_autoptr(LianEnterprise) of = g_list_model_get_item (firms, i);
      g_autofree char *id = g_strdup_printf ("copy-%u", i);
      const char *region = lian_enterprise_get_region (of);
      g_autofree char *uscc = NULL, *name = NULL;

      if ((i / 200) % 2 == 0)
        {
          uscc = g_strdup (lian_enterprise_get_uscc (of));
          name = g_strdup_printf ("%s（分部）", lian_record_get_name (LIAN_RECORD (of)));
        }
      else
        {
          uscc = bench_uscc (region, 900000000 + i);
          name = g_strdup_printf ("%s（无锡）", lian_record_get_name (LIAN_RECORD (of)));
        }
      g_ptr_array_add (copies, lian_enterprise_new (id, name, uscc, region));
    }
  if (!lian_registry_add_many (registry, copies, &error))
    g_error ("%s", error->message);
  return copies->len;
}

static void
time_pass (LianRegistry   *registry,
           LianRecordKind  kind,
           const char     *label)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pairs = NULL;
  guint per_band[3] = { 0, };
  double wall = bench_now (), cpu = cpu_now ();

  pairs = lian_registry_find_duplicates (registry, kind, LIAN_DUPLICATE_BAND_UNLIKELY, &error);
  wall = bench_now () - wall;
  cpu = cpu_now () - cpu;
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(LianDuplicate) pair = g_list_model_get_item (pairs, i);
      per_band[lian_duplicate_get_band (pair)]++;
    }
  g_print ("%-12s %9u records  %7.2f s wall  %7.2f s CPU  pairs: %u certain, %u likely, "
           "%u unlikely\n", label, lian_registry_count_records (registry, kind), wall, cpu,
           per_band[LIAN_DUPLICATE_BAND_CERTAIN], per_band[LIAN_DUPLICATE_BAND_LIKELY],
           per_band[LIAN_DUPLICATE_BAND_UNLIKELY]);
}

int
main (int    argc,
      char **argv)
{
  guint scale = argc > 1 ? (guint) atoi (argv[1]) : 36;
  guint32 seed = argc > 2 ? (guint32) atoi (argv[2]) : 1;
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  double start = bench_now ();

  if (scale < 1)
    scale = 1;
  if (!lian_registry_generate (registry, "jiangsu-2023", scale, seed, &error))
    {
      g_printerr ("bench-duplicates: %s\n", error->message);
      return 1;
    }
  g_print ("generated jiangsu-2023 x%u in %.1f s, %u copies added\n", scale,
           bench_now () - start, add_copies (registry));
  time_pass (registry, LIAN_RECORD_KIND_ENTERPRISE, "enterprises");
  time_pass (registry, LIAN_RECORD_KIND_NEED, "needs");
  g_print ("peak RSS %.0f MiB\n", bench_peak_rss () / 1048576.0);
  return 0;
}
