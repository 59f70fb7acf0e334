/* bench-store.c: a register in a SQLite store against the same register in
 * its JSON document
 *
 * Usage: bench-store [RECORDS [COMMITS]]     (default 200000 records, 200 commits)
 *
 * Writes a deterministic register of about RECORDS records as a JSON
 * document and converts it to a SQLite store (lian convert's way:
 * lian_store_save), then times: loading the document; opening the store
 * into a registry; one committed change (a need's title, COMMITS times, the
 * median and the 99th percentile). Prints the ratios the store issue's
 * targets are stated in: converting ≤ 2× the load, opening no slower than
 * the load, a commit ≤ 5 ms.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench-data.h"

static double
file_mb (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size / 1e6 : 0;
}

/* The process's CPU time in seconds: the machine is shared. */
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

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  int records = argc > 1 ? atoi (argv[1]) : 200000;
  int commits = argc > 2 ? atoi (argv[2]) : 200;
  BenchShape shape = { MAX (records / 2000, 10), records * 45 / 100, MAX (records / 130, 10),
                       MAX (records / 100, 10), records * 45 / 100, 2023 };
  g_autofree char *dir = g_dir_make_tmp ("bench-store-XXXXXX", NULL);
  g_autofree char *json = g_build_filename (dir, "register.json", NULL);
  g_autofree char *db = g_build_filename (dir, "register.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double t0, c0, load, convert, open, load_cpu, convert_cpu, open_cpu;

  {
    g_autoptr(LianRegistry) made = bench_make_registry (&shape);
    if (!lian_registry_save_to_file (made, json, NULL, &error))
      g_error ("%s", error->message);
  }

  {
    g_autoptr(LianRegistry) registry = lian_registry_new ();
    lian_registry_set_max_document_size (registry, 0);
    t0 = bench_now ();
    c0 = cpu_now ();
    if (!lian_registry_load_from_file (registry, json, NULL, &error))
      g_error ("%s", error->message);
    load = bench_now () - t0;
    load_cpu = cpu_now () - c0;

    t0 = bench_now ();
    c0 = cpu_now ();
    {
      g_autoptr(LianStore) store = lian_store_open (db, &error);
      if (store == NULL || !lian_store_save (store, registry, &error))
        g_error ("%s", error->message);
      lian_store_close (store);
    }
    convert = bench_now () - t0;
    convert_cpu = cpu_now () - c0;
  }

  {
    g_autoptr(LianRegistry) registry = NULL;
    g_autoptr(GListModel) needs = NULL;

    t0 = bench_now ();
    c0 = cpu_now ();
    registry = lian_registry_open (db, &error);
    if (registry == NULL)
      g_error ("%s", error->message);
    open = bench_now () - t0;
    open_cpu = cpu_now () - c0;

    needs = lian_registry_get_needs (registry);
    for (int i = 0; i < commits; i++)
      {
        g_autoptr(LianNeed) need = g_list_model_get_item (needs, (guint) (i * 7919) % g_list_model_get_n_items (needs));
        g_autofree char *title = g_strdup_printf ("设备更新贷款 %d", i);
        double t;

        t0 = bench_now ();
        lian_need_set_title (need, title);
        t = bench_now () - t0;
        g_array_append_val (times, t);
      }
  }
  g_array_sort (times, compare_doubles);

  g_print ("register: %d records (%.1f MB as JSON, %.1f MB as SQLite)\n", records,
           file_mb (json), file_mb (db));
  g_print ("%-44s %9.3f s  (CPU %.3f s)\n", "load the JSON document", load, load_cpu);
  g_print ("%-44s %9.3f s  (%.1fx the load; CPU %.3f s, %.1fx; target <= 2x)\n",
           "convert it to SQLite (lian convert)", convert, convert / load, convert_cpu,
           convert_cpu / load_cpu);
  g_print ("%-44s %9.3f s  (%.1fx the load; CPU %.3f s, %.1fx; target <= 1x)\n",
           "open the SQLite store", open, open / load, open_cpu, open_cpu / load_cpu);
  g_print ("%-44s %9.3f ms (p99 %.3f ms; target median <= 5 ms)\n", "commit one change, median",
           g_array_index (times, double, times->len / 2) * 1e3,
           g_array_index (times, double, times->len * 99 / 100) * 1e3);

  g_unlink (json);
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
