/* bench-parsers.c: JSON readers side by side on one document
 *
 * Usage: bench-parsers [--runs K] DOCUMENT.json
 *
 * Times, each in a child process of its own so that its peak memory can be
 * read, what each candidate for lian's loader does with the same text
 * already in memory: lian's pull tokenizer handing out every token, yajl's
 * SAX parser with no callbacks, jansson's and json-glib's trees, and, for
 * reference, lian's whole load (tokens, records and the registry). yajl
 * and jansson are measured when their -dev packages were there at build
 * time. doc/loading.md gives the figures and the choice made from them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-data.h"
#include "lian-json-pull-private.h"

#ifdef HAVE_YAJL
#include <yajl/yajl_parse.h>
#endif
#ifdef HAVE_JANSSON
int bench_jansson_load (const char *text, size_t length);   /* bench-parsers-jansson.c */
#endif

static char  *text;
static gsize  text_length;
static guint  n_records;   /* members "id" in the text: one per record */

static gboolean
run_lian_tokens (void)
{
  LianJsonPull pull;
  gboolean ok;

  lian_json_pull_init (&pull, text, text_length);
  ok = lian_json_pull_validate (&pull, NULL);
  while (ok && lian_json_pull_next (&pull, NULL) && pull.token != LIAN_TOKEN_END)
    ;
  ok = ok && pull.token == LIAN_TOKEN_END;
  lian_json_pull_clear (&pull);
  return ok;
}

static gboolean
run_lian_load (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();

  lian_registry_set_max_document_size (registry, 0);
  return lian_registry_load_from_data (registry, text, text_length, NULL);
}

static gboolean
run_jsonglib (void)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  return json_parser_load_from_data (parser, text, text_length, NULL);
}

#ifdef HAVE_YAJL
static gboolean
run_yajl (void)
{
  static const yajl_callbacks none = { NULL, };
  yajl_handle handle = yajl_alloc (&none, NULL, NULL);
  gboolean ok = yajl_parse (handle, (const unsigned char *) text, text_length) == yajl_status_ok &&
                yajl_complete_parse (handle) == yajl_status_ok;

  yajl_free (handle);
  return ok;
}
#endif

#ifdef HAVE_JANSSON
static gboolean
run_jansson (void)
{
  return bench_jansson_load (text, text_length);
}
#endif

/* The floor of any loader that makes lian's records: as many needs as the
 * document has records, each with eight fields set, and a table of ids;
 * no text read at all. */
static gboolean
run_objects_only (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < n_records; i++)
    {
      char id[32], firm[32];
      LianNeed *need;

      g_snprintf (id, sizeof id, "need-%u", i);
      g_snprintf (firm, sizeof firm, "ent-%u", i / 2);
      need = lian_need_new (id, firm, LIAN_NEED_CATEGORY_FINANCING, "人才招聘需求");
      lian_need_set_chain_id (need, "chain-3");
      lian_need_set_submitted (need, "2023-05-20");
      lian_need_set_description (need, "江苏测试有限公司");
      lian_need_set_amount_yuan (need, 1000000);
      g_hash_table_insert (ids, (gpointer) lian_record_get_id (LIAN_RECORD (need)), need);
    }
  return g_hash_table_size (ids) == n_records;
}

typedef struct
{
  const char *name;
  gboolean  (*run) (void);
} Candidate;

static const Candidate candidates[] = {
  { "lian pull tokenizer (every token)", run_lian_tokens },
#ifdef HAVE_YAJL
  { "yajl 2.1 SAX (no callbacks)", run_yajl },
#endif
#ifdef HAVE_JANSSON
  { "jansson 2.14 tree", run_jansson },
#endif
  { "json-glib 1.6 tree", run_jsonglib },
  { "lian load (records + registry)", run_lian_load },
  { "floor: the records' objects alone", run_objects_only },
};

/* Runs @c in a child: its time in seconds, its peak memory in @mb. */
static double
measure (const Candidate *c,
         double          *mb)
{
  int fds[2], status;
  double t = -1;
  struct rusage usage;
  pid_t pid;

  if (pipe (fds) != 0)
    g_error ("pipe failed");
  pid = fork ();
  if (pid == 0)
    {
      double t0 = bench_now (), value;
      if (!c->run ())
        _exit (1);
      value = bench_now () - t0;
      _exit (write (fds[1], &value, sizeof value) == sizeof value ? 0 : 1);
    }
  close (fds[1]);
  if (read (fds[0], &t, sizeof t) != sizeof t)
    t = -1;
  close (fds[0]);
  wait4 (pid, &status, 0, &usage);
  *mb = usage.ru_maxrss * 1024 / 1e6;
  return t;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 3;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each (default 3)", "K" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DOCUMENT.json");
  g_autoptr(GError) error = NULL;
  double base;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : "Usage: bench-parsers [--runs K] DOCUMENT.json");
      return 2;
    }
  runs = CLAMP (runs, 1, 16);
  if (!g_file_get_contents (argv[1], &text, &text_length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  base = bench_peak_rss () / 1e6;
  for (const char *p = text; (p = strstr (p, "\"id\":")) != NULL; p++)
    n_records++;

  g_print ("document: %s, %.1f MB, %u records, already in memory (%.0f MB); medians of %d runs\n\n",
           argv[1], text_length / 1e6, n_records, base, runs);
  g_print ("%-36s %10s %10s %12s\n", "reader", "time (s)", "MB/s", "peak (MB)");
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      double times[16], peaks[16];

      for (int r = 0; r < runs; r++)
        times[r] = measure (&candidates[i], &peaks[r]);
      qsort (times, runs, sizeof (double), compare_doubles);
      qsort (peaks, runs, sizeof (double), compare_doubles);
      if (times[0] < 0)
        g_print ("%-36s %10s\n", candidates[i].name, "failed");
      else
        g_print ("%-36s %10.3f %10.0f %12.0f\n", candidates[i].name, times[runs / 2],
                 text_length / 1e6 / times[runs / 2], peaks[runs / 2]);
    }
  return 0;
}
