/* bench-compare.c: lian side by side with json-glib's tree and Python
 *
 * Usage: bench-compare [--records N] [--runs K] [--json OUT.json]
 *
 * Makes (once, in bench/out/) a deterministic document of about N records,
 * then times, alternating, each in a child process of its own so that its
 * peak memory can be read:
 *   - lian's load of the document, what the loaded registry keeps, and
 *     freeing it as loaded (no record's object asked for);
 *   - json-glib's JsonParser on the same file;
 *   - Python's json.load plus three statistics (bench/peer.py);
 *   - after a load of its own, each of lian's operations in turn: save,
 *     selects on an indexed and a non-indexed field, the same three
 *     statistics (a summary and a roll-up by cities), a roll-up of the
 *     province to its counties, matching all open needs, the checks, and a
 *     CSV import of the enterprises, freeing the registry, and beside it
 *     freeing as many plain GObjects (the floor of one object per record).
 * Prints the medians and the ratios of lian's load to its peers', and
 * writes them as JSON.
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

#define MAX_RUNS 16
#define MAX_VALUES 12

/* What a child measured: its values, in the order of the rows it fills. */
typedef struct
{
  double values[MAX_VALUES];
} Result;

typedef struct
{
  const char *name;
  int         first_row;
  int         n_rows;
  void      (*run) (const char *path,
                      Result     *result);
} Task;

typedef struct
{
  const char *name;
  double      times[MAX_RUNS];
  double      peaks[MAX_RUNS];  /* MB, of the child that measured it */
} Row;

enum {
  ROW_LOAD,
  ROW_KEPT,            /* not a time: the registry's resident MB */
  ROW_LOADED,          /* not a time: how many records it holds */
  ROW_FREE_LOADED,
  ROW_JSON_GLIB,
  ROW_PYTHON,
  ROW_PYTHON_STATS,
  ROW_SAVE,
  ROW_SELECT_INDEXED,
  ROW_SELECT_SCAN,
  ROW_STATS,
  ROW_ROLLUP_COUNTIES,
  ROW_MATCH,
  ROW_CHECK,
  ROW_CSV,
  ROW_FREE,
  ROW_FREE_FLOOR,
  N_ROWS
};

static Row rows[N_ROWS] = {
  [ROW_LOAD] = { "lian: load" },
  [ROW_KEPT] = { "lian: registry kept (MB)" },
  [ROW_LOADED] = { "lian: records loaded" },
  [ROW_FREE_LOADED] = { "lian: free the registry just loaded" },
  [ROW_JSON_GLIB] = { "json-glib: tree parse" },
  [ROW_PYTHON] = { "python: json.load" },
  [ROW_PYTHON_STATS] = { "python: the three statistics" },
  [ROW_SAVE] = { "lian: save" },
  [ROW_SELECT_INDEXED] = { "lian: select needs by chain (index)" },
  [ROW_SELECT_SCAN] = { "lian: select needs by text (scan)" },
  [ROW_STATS] = { "lian: the three statistics" },
  [ROW_ROLLUP_COUNTIES] = { "lian: roll-up province -> counties" },
  [ROW_MATCH] = { "lian: match all open needs (top 3)" },
  [ROW_CHECK] = { "lian: check (duplicates and more)" },
  [ROW_CSV] = { "lian: CSV import of the enterprises" },
  [ROW_FREE] = { "lian: free the registry" },
  [ROW_FREE_FLOOR] = { "floor: free as many plain GObjects" },
};

static char *python_path = "/usr/bin/python3";
static char *peer_script;

static LianRegistry *
load (const char *path)
{
  LianRegistry *registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  lian_registry_set_max_document_size (registry, 0);
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

static void
run_lian_load (const char *path,
               Result     *result)
{
  double t0 = bench_now ();
  LianRegistry *registry = load (path);

  result->values[0] = bench_now () - t0;
  /* What the loaded registry holds, the document's text given back. */
  malloc_trim (0);
  result->values[1] = current_rss_mb ();
  result->values[2] = lian_registry_get_n_records (registry);
  /* Freed as it was loaded: no record asked for (the free after every
   * operation, which asks for many, is ROW_FREE). */
  t0 = bench_now ();
  g_object_unref (registry);
  result->values[3] = bench_now () - t0;
}

static void
run_jsonglib_parse (const char *path,
                    Result     *result)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  double t0 = bench_now ();

  if (!json_parser_load_from_file (parser, path, &error))
    g_error ("%s: %s", path, error->message);
  result->values[0] = bench_now () - t0;
}

static void
run_python (const char *path,
            Result     *result)
{
  const char *argv[] = { python_path, peer_script, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *times;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !json_parser_load_from_data (parser, out, -1, &error))
    g_error ("python: %s", error ? error->message : "failed");
  times = json_node_get_object (json_parser_get_root (parser));
  result->values[0] = json_object_get_double_member (times, "load");
  result->values[1] = json_object_get_double_member (times, "stats");
}

static double
time_select (LianRegistry *registry,
             LianFilter   *filter)
{
  double t0 = bench_now ();
  g_autoptr(GListModel) result = lian_registry_select (registry, filter, NULL);

  return bench_now () - t0;
}

/* What the Python script computes: needs by status, enterprises by city,
 * the resolution rate; from the registry's counts, as a user of lian
 * would (bench-summary also times them through summaries). */
static double
time_stats (LianRegistry *registry)
{
  double t0 = bench_now ();
  g_auto(GStrv) cities = lian_registry_dup_regions_at (registry, "320000", LIAN_LEVEL_CITY);
  guint n_needs = lian_registry_count_needs (registry, NULL);
  guint by_status[LIAN_NEED_STATUS_CLOSED + 1];
  guint n = 0;
  double rate = 0;

  for (guint s = 0; s <= LIAN_NEED_STATUS_CLOSED; s++)
    by_status[s] = lian_registry_count_needs_by_status (registry, NULL, s);
  for (guint i = 0; cities[i]; i++)
    n += lian_registry_count_enterprises (registry, cities[i]);
  if (n_needs > by_status[LIAN_NEED_STATUS_CLOSED])
    rate = (double) by_status[LIAN_NEED_STATUS_RESOLVED] /
           (n_needs - by_status[LIAN_NEED_STATUS_CLOSED]);
  return n + rate > 0 ? bench_now () - t0 : 0;
}

static double
time_rollup_counties (LianRegistry *registry)
{
  double t0 = bench_now ();
  g_autoptr(GListModel) counties = lian_summary_rollup_regions (registry, NULL, "320000",
                                                                   LIAN_LEVEL_COUNTY, NULL);

  return bench_now () - t0;
}

static double
time_csv_import (LianRegistry *source)
{
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

/* What freeing @n objects of GObject's own costs, nothing of lian's in
 * them: the least a registry of @n records, one object each, takes to
 * free. */
static double
time_free_objects (guint n)
{
  GObject **objects = g_new (GObject *, n);
  double t0;

  for (guint i = 0; i < n; i++)
    objects[i] = g_object_new (G_TYPE_OBJECT, NULL);
  t0 = bench_now ();
  for (guint i = 0; i < n; i++)
    g_object_unref (objects[i]);
  t0 = bench_now () - t0;
  g_free (objects);
  return t0;
}

/* Each operation in turn, on one registry loaded for them all. */
static void
run_operations (const char *path,
                Result     *result)
{
  g_autoptr(LianRegistry) registry = load (path);
  g_autofree char *out = g_strconcat (path, ".saved", NULL);
  g_autoptr(LianFilter) by_chain = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(LianFilter) by_text = lian_filter_new (LIAN_RECORD_KIND_NEED);
  g_autoptr(GError) error = NULL;
  double *v = result->values, t0;
  guint n;

  t0 = bench_now ();
  if (!lian_registry_save_to_file (registry, out, NULL, &error))
    g_error ("%s", error->message);
  v[0] = bench_now () - t0;
  unlink (out);

  lian_filter_set_chain_id (by_chain, "chain-7");
  lian_filter_set_text (by_text, "贷款");
  v[1] = time_select (registry, by_chain);
  v[2] = time_select (registry, by_text);
  v[3] = time_stats (registry);
  v[4] = time_rollup_counties (registry);
  {
    g_autoptr(LianMatcher) matcher = lian_matcher_new (registry);
    g_autoptr(GListModel) matches = NULL;

    t0 = bench_now ();
    matches = lian_matcher_match_all (matcher, NULL, 3);
    v[5] = bench_now () - t0;
  }
  {
    g_autoptr(GListModel) problems = NULL;

    t0 = bench_now ();
    problems = lian_registry_check (registry, "2024-01-01", 90);
    v[6] = bench_now () - t0;
  }
  v[7] = time_csv_import (registry);
  n = lian_registry_get_n_records (registry);
  t0 = bench_now ();
  g_clear_object (&registry);
  v[8] = bench_now () - t0;
  v[9] = time_free_objects (n);
}

static const Task tasks[] = {
  { "lian load", ROW_LOAD, 4, run_lian_load },
  { "json-glib", ROW_JSON_GLIB, 1, run_jsonglib_parse },
  { "python", ROW_PYTHON, 2, run_python },
  { "lian operations", ROW_SAVE, N_ROWS - ROW_SAVE, run_operations },
};

/* Runs @task in a child; fills its rows for run @r with its values and
 * its peak memory. */
static void
measure (const Task *task,
         const char *path,
         int         r)
{
  Result result = { { 0, } };
  struct rusage usage;
  int fds[2], status;
  pid_t pid;

  if (pipe (fds) != 0)
    g_error ("pipe failed");
  pid = fork ();
  if (pid == 0)
    {
      task->run (path, &result);
      _exit (write (fds[1], &result, sizeof result) == sizeof result ? 0 : 1);
    }
  close (fds[1]);
  if (read (fds[0], &result, sizeof result) != sizeof result)
    g_error ("%s: the child failed", task->name);
  close (fds[0]);
  wait4 (pid, &status, 0, &usage);
  for (int i = 0; i < task->n_rows; i++)
    {
      rows[task->first_row + i].times[r] = result.values[i];
      rows[task->first_row + i].peaks[r] = usage.ru_maxrss * 1024 / 1e6;
    }
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
  double sorted[MAX_RUNS];

  memcpy (sorted, values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/* Writes the document of about @records records unless it is there. */
static void
make_document (const char *path,
               int         records)
{
  pid_t pid;
  int status;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  /* Made in a child, so that this process stays small for the children
   * that are measured. */
  pid = fork ();
  if (pid == 0)
    {
      /* Enterprises and needs make most of a register. */
      BenchShape shape = { MAX (records / 2000, 10), records * 45 / 100, MAX (records / 130, 10),
                           MAX (records / 100, 10), records * 45 / 100, 2023 };
      g_autoptr(LianRegistry) registry = bench_make_registry (&shape);
      g_autoptr(GError) error = NULL;

      g_printerr ("writing %s…\n", path);
      if (!lian_registry_save_to_file (registry, path, NULL, &error))
        g_error ("%s", error->message);
      _exit (0);
    }
  if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("could not write %s", path);
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
  double load, kept, loaded, load_peak, doc_mb, started = bench_now ();
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = CLAMP (runs, 1, MAX_RUNS);
  peer_script = g_build_filename (BENCH_SOURCE_DIR, "peer.py", NULL);
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/doc-%d.json", dir, records);
  make_document (path, records);
  g_stat (path, &st);
  doc_mb = st.st_size / 1e6;

  for (int r = 0; r < runs; r++)
    for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
      measure (&tasks[i], path, r);

  load = median (rows[ROW_LOAD].times, runs);
  kept = median (rows[ROW_KEPT].times, runs);
  loaded = median (rows[ROW_LOADED].times, runs);
  load_peak = median (rows[ROW_LOAD].peaks, runs);
  /* The document of "--records N" holds somewhat fewer records than N
   * (its chains, enterprises, organisations, items and needs). */
  g_print ("document: %s, %.1f MB, %.0f records; medians of %d runs\n\n", path, doc_mb, loaded,
           runs);
  g_print ("%-38s %10s %10s %14s\n", "operation", "time (s)", "peak (MB)", "peer / lian load");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "document_mb");
  json_builder_add_double_value (builder, doc_mb);
  json_builder_set_member_name (builder, "records");
  json_builder_add_int_value (builder, records);
  json_builder_set_member_name (builder, "records_loaded");
  json_builder_add_int_value (builder, (gint64) loaded);
  json_builder_set_member_name (builder, "runs");
  json_builder_add_int_value (builder, runs);
  json_builder_set_member_name (builder, "operations");
  json_builder_begin_array (builder);
  for (int i = 0; i < N_ROWS; i++)
    {
      double t = median (rows[i].times, runs), m = median (rows[i].peaks, runs);
      gboolean peer = i == ROW_JSON_GLIB || i == ROW_PYTHON;

      if (i == ROW_KEPT || i == ROW_LOADED)
        continue;
      if (peer)
        g_print ("%-38s %10.3f %10.0f %13.1fx\n", rows[i].name, t, m, t / load);
      else
        g_print ("%-38s %10.3f %10.0f\n", rows[i].name, t, m);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, rows[i].name);
      json_builder_set_member_name (builder, "seconds");
      json_builder_add_double_value (builder, t);
      json_builder_set_member_name (builder, "peak_mb");
      json_builder_add_double_value (builder, m);
      if (peer)
        {
          json_builder_set_member_name (builder, "peer_over_lian_load");
          json_builder_add_double_value (builder, t / load);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  g_print ("\nloaded registry: %.0f MB resident, %.0f bytes per record; load peak / registry: %.2f\n",
           kept, kept * 1e6 / MAX (loaded, 1), load_peak / MAX (kept, 1));
  g_print ("the whole comparison took %.0f s\n", bench_now () - started);
  json_builder_set_member_name (builder, "registry_mb");
  json_builder_add_double_value (builder, kept);
  json_builder_set_member_name (builder, "bytes_per_record");
  json_builder_add_double_value (builder, kept * 1e6 / MAX (loaded, 1));
  json_builder_set_member_name (builder, "load_peak_over_registry");
  json_builder_add_double_value (builder, load_peak / MAX (kept, 1));
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
