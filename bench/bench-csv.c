/* bench-csv.c: importing and exporting a large enterprise CSV file
 *
 * Usage: bench-csv [N_ROWS]     (default 200000)
 *
 * Makes a CSV file of N_ROWS enterprises in memory (every column of an
 * enterprise form, no ids), then, three times each, imports it into a
 * registry holding only the chains (all-or-nothing) in turn as UTF-8 and
 * in its GB18030 form, and exports the enterprises back. Prints the
 * first import apart (the process's heap not grown yet), the medians, and
 * the peak resident memory of each step above what the process held once
 * the files were made (the peak is reset between steps through
 * /proc/self/clear_refs; memory freed by a step but kept by malloc counts
 * in the next). Times are wall-clock seconds, with the process's CPU
 * seconds beside them (steadier on a shared machine). The floor an import
 * is compared with is reading and decoding the file: validating the UTF-8
 * bytes and copying them, or converting the GB18030 bytes with iconv.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-data.h"

#define N_CHAINS 50

static const char *sizes[] = { "大型", "中型", "小型", "微型" };
static const char *tags[] = { "专精特新", "高新技术企业", "民营", "专精特新、小巨人", "", "国有", "外资、总部" };
static const char *roles[] = { "链主", "核心", "配套", "服务" };
static const char *segments[] = { "原材料", "零部件", "整机制造", "应用服务" };

static GString *
make_csv (guint n_rows)
{
  GString *csv = g_string_sized_new ((gsize) n_rows * 160);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  g_string_append (csv, "\xEF\xBB\xBF企业名称,统一社会信用代码,所在地区代码,企业规模,企业标签,从业人数,"
                        "党员人数,联系人,联系电话,所属产业链,环节,链上角色\r\n");
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *code = NULL;
      char region[7];
      guint chain = g_rand_int_range (rand, 1, N_CHAINS + 1);

      /* A county the region table knows: the import refuses the others. */
      do
        g_snprintf (region, sizeof region, "32%02d%02d", g_rand_int_range (rand, 1, 14),
                    g_rand_int_range (rand, 1, 13));
      while (lian_adcode_get_name (region) == NULL);
      code = bench_uscc (region, i + 1);
      g_string_append_printf (csv, "测试%u号企业有限公司,%s,%s,%s,\"%s\",%u,%u,经理%u,1%010u,"
                                   "chain-%u,%s,%s\r\n",
                              i + 1, code, region,
                              sizes[g_rand_int_range (rand, 0, G_N_ELEMENTS (sizes))],
                              tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (tags))],
                              g_rand_int_range (rand, 5, 5000), g_rand_int_range (rand, 0, 300),
                              i % 1000, 3800000000u + i, chain,
                              segments[g_rand_int_range (rand, 0, G_N_ELEMENTS (segments))],
                              roles[g_rand_int_range (rand, 0, G_N_ELEMENTS (roles))]);
    }
  return csv;
}

static LianRegistry *
chains_registry (void)
{
  LianRegistry *registry = lian_registry_new ();

  for (guint i = 1; i <= N_CHAINS; i++)
    {
      g_autofree char *id = g_strdup_printf ("chain-%u", i);
      g_autofree char *name = g_strdup_printf ("第%u条产业链", i);
      g_autoptr(LianChain) chain = lian_chain_new (id, name);

      lian_chain_set_region (chain, "320000");
      if (!lian_registry_add (registry, LIAN_RECORD (chain), NULL))
        g_error ("cannot add %s", id);
    }
  return registry;
}

static double median3 (double t[3]);

static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Reading and decoding @data as the importer must at least: the median
 * of three, in CPU seconds. */
static double
bench_decode (const char *data,
              gsize       length,
              gboolean    gb18030)
{
  double times[3];

  for (int run = 0; run < 3; run++)
    {
      double t0 = cpu_now ();
      g_autofree char *text = NULL;

      if (gb18030)
        text = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, NULL);
      else if (g_utf8_validate_len (data, length, NULL))
        text = g_memdup2 (data, length);
      if (text == NULL)
        g_error ("cannot decode");
      times[run] = cpu_now () - t0;
    }
  return median3 (times);
}

static void
reset_peak (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median3 (double t[3])
{
  qsort (t, 3, sizeof (double), compare_doubles);
  return t[1];
}

static gsize
current_rss (void)
{
  g_autofree char *status = NULL;
  const char *line;
  gsize kb = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  if (line)
    sscanf (line, "VmRSS: %" G_GSIZE_FORMAT, &kb);
  return kb * 1024;
}

/* One import of @data into a fresh registry: its time, *cpu its CPU time,
 * and the largest peak above @baseline in *peak. */
static double
bench_import (const char *data,
              gsize       length,
              guint       n_rows,
              gsize       baseline,
              gsize      *peak,
              double     *cpu)
{
  g_autoptr(LianRegistry) registry = chains_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  double t0, c0, time;

  reset_peak ();
  t0 = bench_now ();
  c0 = cpu_now ();
  if (!lian_csv_importer_import_data (importer, data, length, &error))
    g_error ("import: %s", error->message);
  time = bench_now () - t0;
  *cpu = cpu_now () - c0;
  *peak = MAX (*peak, bench_peak_rss () - baseline);
  if (lian_csv_importer_get_n_imported (importer) != n_rows)
    g_error ("imported %u of %u rows", lian_csv_importer_get_n_imported (importer), n_rows);
  return time;
}

int
main (int   argc,
      char *argv[])
{
  guint n_rows = argc > 1 ? (guint) atoi (argv[1]) : 200000;
  g_autoptr(GString) csv = make_csv (n_rows);
  g_autofree char *gb = NULL;
  gsize gb_length = 0, peak_utf8, peak_gb, peak_export = 0;
  double t_utf8, t_gb, t_export, times[3], c_utf8, c_gb, d_utf8, d_gb;
  double times_utf8[3], cpus_utf8[3], times_gb[3], cpus_gb[3];
  g_autoptr(LianRegistry) registry = chains_registry ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  gsize export_length = 0, baseline;

  gb = g_convert (csv->str + 3, csv->len - 3, "GB18030", "UTF-8", NULL, &gb_length, NULL);
  baseline = current_rss ();
  g_print ("rows                    %u\n", n_rows);
  g_print ("file                    %.1f MB UTF-8, %.1f MB GB18030\n", csv->len / 1e6, gb_length / 1e6);

  d_utf8 = bench_decode (csv->str, csv->len, FALSE);
  d_gb = bench_decode (gb, gb_length, TRUE);
  g_print ("read and decode         UTF-8 %.3f s CPU, GB18030 %.3f s CPU\n", d_utf8, d_gb);
  /* The two forms in turn, so that neither has malloc's heap grown by the
   * other's runs alone: the first import of a process is slower (every
   * page it touches is fresh), printed apart. */
  peak_utf8 = peak_gb = 0;
  for (int run = 0; run < 3; run++)
    {
      times_utf8[run] = bench_import (csv->str, csv->len, n_rows, baseline, &peak_utf8,
                                      &cpus_utf8[run]);
      if (run == 0)
        g_print ("first import (UTF-8)    %.3f s  %.3f s CPU (%.1fx decoding)\n", times_utf8[0],
                 cpus_utf8[0], cpus_utf8[0] / d_utf8);
      times_gb[run] = bench_import (gb, gb_length, n_rows, baseline, &peak_gb, &cpus_gb[run]);
    }
  t_utf8 = median3 (times_utf8);
  c_utf8 = median3 (cpus_utf8);
  t_gb = median3 (times_gb);
  c_gb = median3 (cpus_gb);
  g_print ("import UTF-8            %.3f s  (%.0f rows/s)  %.3f s CPU (%.1fx decoding)  "
           "peak +%.0f MB\n", t_utf8, n_rows / t_utf8, c_utf8, c_utf8 / d_utf8, peak_utf8 / 1e6);
  g_print ("import GB18030          %.3f s  %.3f s CPU (%.1fx decoding)  peak +%.0f MB\n",
           t_gb, c_gb, c_gb / d_gb, peak_gb / 1e6);

  if (!lian_csv_importer_import_data (importer, csv->str, csv->len, NULL))
    g_error ("import failed");
  for (int run = 0; run < 3; run++)
    {
      gsize before = current_rss ();
      g_autofree char *text = NULL;
      double t0;

      reset_peak ();
      t0 = bench_now ();
      text = lian_registry_export_csv_to_data (registry, filter, LIAN_CSV_EXPORT_FLAGS_NONE,
                                               &export_length);
      times[run] = bench_now () - t0;
      peak_export = MAX (peak_export, bench_peak_rss () - before);
    }
  t_export = median3 (times);
  g_print ("export                  %.3f s  (%.1f MB)  peak +%.0f MB\n",
           t_export, export_length / 1e6, peak_export / 1e6);
  return 0;
}
