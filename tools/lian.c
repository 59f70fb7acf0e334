/* lian.c: the `lian` command, a thin layer over the library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lian-tool.h"

static const LianCommand commands[] = {
  { "validate", "Load a document and report every problem in it", cmd_validate },
  { "stats", "Print the figures of a scope, or a roll-up", cmd_stats },
  { "match", "Match open needs to service items; the gap report", cmd_match },
  { "need", "Move a need to another status and save", cmd_need },
  { "book", "Write the book of a chain (一链一册)", cmd_book },
  { "form", "Write the form of an enterprise (一企一表)", cmd_form },
  { "dashboard", "Write the dashboard of a region", cmd_dashboard },
  { "import", "Import enterprises, needs or services from CSV", cmd_import },
  { "export", "Export records as CSV that Excel opens", cmd_export },
  { "generate", "Write a synthetic document from a profile", cmd_generate },
};

static void
print_help (FILE *out)
{
  fprintf (out, "Usage: lian COMMAND [OPTION…] [ARGUMENT…]\n\n"
                "Registers of industrial chains, enterprises, party organisations,\n"
                "services and needs (产业链党建).\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nRun 'lian COMMAND --help' for the options of a command.\n"
                "Exit status: 0 ok, 1 the data has problems, 2 usage error.\n");
}

int
tool_usage_error (const char *name,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("lian %s: %s\nTry 'lian %s --help'.\n", name, message, name);
  return EXIT_USAGE;
}

gboolean
tool_parse_options (const char          *name,
                    const char          *parameters,
                    const char          *summary,
                    const GOptionEntry  *entries,
                    int                 *argc,
                    char              ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_strict_posix (context, FALSE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      tool_usage_error (name, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* A progress line on a terminal while a long job runs in a worker. */
typedef struct
{
  GMainLoop  *loop;
  GError     *error;
  gboolean    ok;
  double      started;
  const char *what;
  guint       ticks;
} Progress;

static gboolean
progress_tick_cb (gpointer data)
{
  Progress *p = data;
  static const char bar[] = "▏▎▍▌▋▊▉█";

  g_printerr ("\r%s %.*s %.1f s", p->what, 3, bar + 3 * (p->ticks++ % 8),
              (g_get_monotonic_time () / 1e6) - p->started);
  return G_SOURCE_CONTINUE;
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Progress *p = data;

  p->ok = lian_registry_load_from_file_finish (LIAN_REGISTRY (source), result, &p->error);
  g_main_loop_quit (p->loop);
}

/* Runs the main loop until @p's job quits it, with a progress line on a
 * terminal; quiet otherwise. */
static gboolean
run_with_progress (Progress *p)
{
  guint tick = 0;

  if (isatty (STDERR_FILENO))
    tick = g_timeout_add (100, progress_tick_cb, p);
  g_main_loop_run (p->loop);
  if (tick)
    {
      g_source_remove (tick);
      g_printerr ("\r\033[K");
    }
  g_main_loop_unref (p->loop);
  return p->ok;
}

static void
progress_init (Progress   *p,
               const char *what)
{
  *p = (Progress) { g_main_loop_new (NULL, FALSE), NULL, FALSE, g_get_monotonic_time () / 1e6,
                    what, 0 };
}

void
tool_print_error (const char   *path,
                  const GError *error)
{
  g_autofree char *display = g_filename_display_name (path);

  if (strstr (error->message, display) || strstr (error->message, path))
    g_printerr ("%s\n", error->message);
  else
    g_printerr ("%s: %s\n", display, error->message);
}

LianRegistry *
tool_load (const char *path)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  Progress p;

  progress_init (&p, "loading");
  lian_registry_load_from_file_async (registry, path, NULL, load_done_cb, &p);
  if (!run_with_progress (&p))
    {
      tool_print_error (path, p.error);
      g_error_free (p.error);
      return NULL;
    }
  return g_steal_pointer (&registry);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Progress *p = data;

  p->ok = lian_registry_save_to_file_finish (LIAN_REGISTRY (source), result, &p->error);
  g_main_loop_quit (p->loop);
}

gboolean
tool_save (LianRegistry *registry,
           const char   *path)
{
  Progress p;

  progress_init (&p, "saving");
  lian_registry_save_to_file_async (registry, path, NULL, save_done_cb, &p);
  if (!run_with_progress (&p))
    {
      tool_print_error (path, p.error);
      g_error_free (p.error);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  Progress    *progress;
  const char  *profile;
  guint        scale;
  guint32      seed;
  LianRegistry *registry;
} Generate;

static gboolean
generate_done_cb (gpointer data)
{
  g_main_loop_quit (((Generate *) data)->progress->loop);
  return G_SOURCE_REMOVE;
}

/* In a worker: the registry is made there and handed back when done. */
static gpointer
generate_thread (gpointer data)
{
  Generate *job = data;

  job->registry = lian_registry_new ();
  job->progress->ok = lian_registry_generate (job->registry, job->profile, job->scale, job->seed,
                                              &job->progress->error);
  g_idle_add (generate_done_cb, job);
  return NULL;
}

LianRegistry *
tool_generate (const char  *profile,
               guint        scale,
               guint32      seed,
               GError     **error)
{
  Progress p;
  Generate job = { &p, profile, scale, seed, NULL };
  GThread *thread;

  progress_init (&p, "generating");
  thread = g_thread_new ("generate", generate_thread, &job);
  run_with_progress (&p);
  g_thread_join (thread);
  if (!p.ok)
    {
      g_propagate_error (error, p.error);
      g_clear_object (&job.registry);
    }
  return job.registry;
}

void
tool_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_help (argc < 2 ? stderr : stdout);
      return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("lian %s\n", lian_get_version_string ());
      return EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("lian %s", commands[i].name);
        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }
  g_printerr ("lian: unknown command '%s'\n", argv[1]);
  print_help (stderr);
  return EXIT_USAGE;
}
