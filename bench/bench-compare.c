/* bench-compare.c: lian side by side with json-glib's tree and Python
 *
 * Usage: bench-compare [--records N] [--runs K] [--json OUT.json]
 *
 * Makes (once, in bench/out/) a deterministic document of about N records,
 * then times, in one run and alternating, each operation in a child
 * process of its own so that its peak memory can be read: lian's load and
 * save, selects on an indexed and a non-indexed field, matching all open
 * needs, the duplicate check and a CSV import of the enterprises; json-glib's
 * JsonParser on the same file; and Python's json.load plus three
 * statistics. Prints the medians and the ratios lian/peer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "bench-data.h"

typedef struct
{
  const char *name;
  const char *peer;   /* the name of what it is compared with, or NULL */
  double    (*run) (const char *path);
  double      times[16];
  double      rss[16];
  double      kept[16];   /* what the operation left in memory (MB), or 0 */
} Task;

/* Set by a task in its child: the memory it keeps, in MB. */
static double kept_mb;

static char *python_path = "/usr/bin/python3";
static char *peer_script;

static LianRegistry *
load (const char *path)
{
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  if (!lian_registry_load_from_file (registry, path, NULL, &error))
    g_error ("%s: %s", path, error->message);
  return registry;
}

/* Resident memory now, in MB. */
static double
current_rss_mb (void)
{
  long pages = 0, resident = 0;
  FILE *f = fopen ("/proc/self/statm", "r");

  if (f && fscanf (f, "%ld %ld", &pages, &resident) != 2)
    resident = 0;
  if (f)
    fclose (f);
  return resident * (double) sysconf (_SC_PAGESIZE) / 1e6;
}

static double
run_lian_load (const char *path)
{
  double t0 = bench_now (), t;
  g_autoptr(LianRegistry) registry = load (path);

  t = bench_now () - t0;
  /* What the loaded registry holds, the document's text given back. */
  malloc_trim (0);
  kept_mb = current_rss_mb ();
  return t;
}

static double
run_jsonglib_parse (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  double t0 = bench_now ();

  if (!json_parser_load_from_file (parser, path, &error))
    g_error ("%s: %s", path, error->message);
  return bench_now () - t0;
}

static double
run_python_load (const char *path)
{
  const char *argv[] = { python_path, peer_script, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !json_parser_load_from_data (parser, out, -1, &error))
    g_error ("python: %s", error ? error->message : "failed");
  return json_object_get_double_member (json_node_get_object (json_parser_get_root (parser)), "load");
}

static double
run_lian_save (const char *path)
{
  g_autoptr(LianRegistry) registry = load (path);
  g_autofree char *out = g_strconcat (path, ".saved", NULL);
  g_autoptr(GError) error = NULL;
  double t0 = bench_now ();

  if (!lian_registry_save_to_file (registry, out, NULL, &error))
    g_error ("%s", error->message);
  t0 = bench_now () - t0;
  unlink (out);
  return t0;
}

static double
time_select (const char *path,
             LianFilter *filter)
{
  g_autoptr(LianRegistry) registry = load (path);
  double t0 = bench_now ();
  g_autoptr(GListModel) result = lian_registry_select (registry, filter);

  return bench_now () - t0;
}

static double
run_select_indexed (const char *path)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);

  lian_filter_set_chain_id (filter, "chain-7");
  return time_select (path, filter);
}

static double
run_select_scan (const char *path)
{
  g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);

  lian_filter_set_text (filter, "贷款");
  return time_select (path, filter);
}

static double
run_match (const char *path)
{
  g_autoptr(LianRegistry) registry = load (path);
  g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
  double t0 = bench_now ();
  g_autoptr(GListModel) matches = lian_matcher_match_all (matcher, NULL, 3);

  return bench_now () - t0;
}

static double
run_check (const char *path)
{
  g_autoptr(LianRegistry) registry = load (path);
  double t0 = bench_now ();
  g_autoptr(GListModel) problems = lian_registry_check (registry, "2024-01-01", 90);

  return bench_now () - t0;
}

static double
run_csv_import (const char *path)
{
  g_autoptr(LianRegistry) source = load (path);
  g_autoptr(LianRegistry) chains = lian_registry_new ();
  g_autoptr(LianFilter) all = lian_filter_new (LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GListModel) chain_list = lian_registry_get_chains (source);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LianCsvImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  gsize length;
  double t0;

  /* The chains the enterprises sit on, without their leaders. */
  for (guint i = 0; i < g_list_model_get_n_items (chain_list); i++)
    {
      g_autoptr(LianChain) chain = g_list_model_get_item (chain_list, i);
      LianChain *copy = lian_chain_new (lian_record_get_id (LIAN_RECORD (chain)),
                                        lian_record_get_name (LIAN_RECORD (chain)));
      lian_chain_set_region (copy, lian_chain_get_region (chain));
      lian_chain_set_segments (copy, lian_chain_get_segments (chain));
      g_ptr_array_add (copies, copy);
    }
  if (!lian_registry_add_many (chains, copies, &error))
    g_error ("%s", error->message);
  csv = lian_registry_export_csv_to_data (source, all, LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL, &length);
  importer = lian_csv_importer_new (chains, LIAN_RECORD_KIND_ENTERPRISE);
  t0 = bench_now ();
  if (!lian_csv_importer_import_data (importer, csv, length, &error))
    g_error ("%s", error->message);
  return bench_now () - t0;
}

static Task tasks[] = {
  { "load", NULL, run_lian_load },
  { "json-glib tree parse", NULL, run_jsonglib_parse },
  { "python json.load", NULL, run_python_load },
  { "save", NULL, run_lian_save },
  { "select needs by chain (indexed)", NULL, run_select_indexed },
  { "select needs by text (scan)", NULL, run_select_scan },
  { "match all open needs (top 3)", NULL, run_match },
  { "check (duplicates and the rest)", NULL, run_check },
  { "CSV import of the enterprises", NULL, run_csv_import },
};

/* Runs @task in a child; returns its time, its peak memory in @rss and
 * what it keeps in @kept. */
static double
measure (Task       *task,
         const char *path,
         double     *rss,
         double     *kept)
{
  int fds[2];
  pid_t pid;
  double t = -1;
  struct rusage usage;
  int status;

  if (pipe (fds) != 0)
    g_error ("pipe failed");
  pid = fork ();
  if (pid == 0)
    {
      double values[2] = { task->run (path), kept_mb };
      if (write (fds[1], values, sizeof values) != sizeof values)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  {
    double values[2] = { -1, 0 };
    if (read (fds[0], values, sizeof values) != sizeof values)
      values[0] = -1;
    t = values[0];
    *kept = values[1];
  }
  close (fds[0]);
  wait4 (pid, &status, 0, &usage);
  *rss = usage.ru_maxrss * 1024 / 1e6;  /* MB */
  return t;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (const double *values,
        int           n)
{
  double sorted[16];

  memcpy (sorted, values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  int records = 200000, runs = 3;
  g_autofree char *json_out = NULL;
  const GOptionEntry entries[] = {
    { "records", 0, 0, G_OPTION_ARG_INT, &records, "About how many records (default 200000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each (default 3)", "K" },
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Write the table as JSON", "FILE" },
    { "python", 0, 0, G_OPTION_ARG_FILENAME, &python_path, "The Python to compare with", "PATH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (BENCH_SOURCE_DIR, "out", NULL);
  g_autofree char *path = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  double lian_load, doc_mb;
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = CLAMP (runs, 1, 16);
  peer_script = g_build_filename (BENCH_SOURCE_DIR, "peer.py", NULL);
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/doc-%d.json", dir, records);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Enterprises and needs make most of a register. */
      /* Made in a child, so that this process stays small for the
       * children that are measured. */
      pid_t pid = fork ();
      int status;

      if (pid == 0)
        {
          BenchShape shape = { MAX (records / 2000, 10), records * 45 / 100, MAX (records / 130, 10),
                               MAX (records / 100, 10), records * 45 / 100, 2023 };
          g_autoptr(LianRegistry) registry = bench_make_registry (&shape);
          g_printerr ("writing %s…\n", path);
          if (!lian_registry_save_to_file (registry, path, NULL, &error))
            g_error ("%s", error->message);
          _exit (0);
        }
      if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
        g_error ("could not write %s", path);
    }
  g_stat (path, &st);
  doc_mb = st.st_size / 1e6;

  for (int r = 0; r < runs; r++)
    for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
      tasks[i].times[r] = measure (&tasks[i], path, &tasks[i].rss[r], &tasks[i].kept[r]);

  g_print ("document: %s, %.1f MB; medians of %d runs\n\n", path, doc_mb, runs);
  g_print ("%-34s %10s %10s %12s\n", "operation", "time (s)", "peak (MB)", "lian/peer");
  lian_load = median (tasks[0].times, runs);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "document_mb");
  json_builder_add_double_value (builder, doc_mb);
  json_builder_set_member_name (builder, "runs");
  json_builder_add_int_value (builder, runs);
  json_builder_set_member_name (builder, "operations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      double t = median (tasks[i].times, runs), m = median (tasks[i].rss, runs);
      gboolean peer = i == 1 || i == 2;
      g_autofree char *ratio = peer ? g_strdup_printf ("%.2f", lian_load / t) : g_strdup ("");

      g_print ("%-34s %10.3f %10.0f %12s\n", tasks[i].name, t, m, ratio);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, tasks[i].name);
      json_builder_set_member_name (builder, "seconds");
      json_builder_add_double_value (builder, t);
      json_builder_set_member_name (builder, "peak_mb");
      json_builder_add_double_value (builder, m);
      if (peer)
        {
          json_builder_set_member_name (builder, "lian_load_ratio");
          json_builder_add_double_value (builder, lian_load / t);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  {
    double kept = median (tasks[0].kept, runs), peak = median (tasks[0].rss, runs);

    g_print ("\nloaded registry: %.0f MB resident (%.0f bytes per record); load peak / registry: %.2f\n",
             kept, kept * 1e6 / MAX (records, 1), peak / MAX (kept, 1));
    json_builder_set_member_name (builder, "registry_mb");
    json_builder_add_double_value (builder, kept);
    json_builder_set_member_name (builder, "peak_over_registry");
    json_builder_add_double_value (builder, peak / MAX (kept, 1));
  }
  json_builder_end_object (builder);
  if (json_out)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      json_generator_set_root (generator, json_builder_get_root (builder));
      json_generator_set_pretty (generator, TRUE);
      if (!json_generator_to_file (generator, json_out, &error))
        g_error ("%s", error->message);
    }
  return 0;
}
