/* lian.c: the `lian` command, a thin layer over the library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "lian-tool.h"

static const LianCommand commands[] = {
  { "validate", N_("Load a document and report every problem in it"), cmd_validate },
  { "stats", N_("Print the figures of a scope, or a roll-up"), cmd_stats },
  { "match", N_("Match open needs to service items; the gap report"), cmd_match },
  { "need", N_("Move a need to another status and save"), cmd_need },
  { "book", N_("Write the book of a chain (一链一册)"), cmd_book },
  { "form", N_("Write the form of an enterprise (一企一表)"), cmd_form },
  { "dashboard", N_("Write the dashboard of a region"), cmd_dashboard },
  { "import", N_("Import enterprises, needs or services from CSV"), cmd_import },
  { "export", N_("Export records as CSV that Excel opens"), cmd_export },
  { "generate", N_("Write a synthetic document from a profile"), cmd_generate },
  { "convert", N_("Copy a register between a JSON document and a SQLite store"), cmd_convert },
  { "history", N_("Print every change of a record, field by field, with who and when"), cmd_history },
  { "log", N_("Print a store's log of changes, by time, actor or region"), cmd_log },
  { "posts", N_("Demand posts of leader enterprises: suppliers proposed, posts nobody serves"), cmd_posts },
  { "response", N_("Move a supplier's response to a post and save"), cmd_response },
  { "duplicates", N_("List enterprises that may be one; decide same or different"), cmd_duplicates },
  { "merge", N_("Merge two records of one enterprise, keeping every reference"), cmd_merge },
  { "queue", N_("Print an organisation's work queues, or its daily digest"), cmd_queue },
};

const char *
tool_gettext (const char *msgid)
{
  static gsize once = 0;
  static locale_t chinese = (locale_t) 0;
  locale_t before;
  const char *text;

  if (msgid == NULL || *msgid == '\0')
    return msgid;
  /* lian_get_language() binds lian's catalogues and says which language
   * lian speaks now: the locale's, or the one --lang chose. */
  if (!g_str_equal (lian_get_language (), "zh_CN"))
    return msgid;
  if (g_once_init_enter (&once))
    {
      chinese = newlocale (LC_MESSAGES_MASK, "zh_CN.UTF-8", (locale_t) 0);
      g_once_init_leave (&once, 1);
    }
  if (chinese == (locale_t) 0)
    return g_dgettext ("lian", msgid);
  before = uselocale (chinese);
  text = dgettext ("lian", msgid);
  uselocale (before);
  return text;
}

static const char *
translate_cb (const char *text,
              gpointer    data)
{
  return _(text);
}

void
tool_pad (GString    *line,
          const char *text,
          guint       width,
          gboolean    right)
{
  guint used = lian_text_display_width (text);
  guint fill = used < width ? width - used : 0;

  if (right)
    g_string_append_printf (line, "%*s", (int) fill, "");
  g_string_append (line, text);
  if (!right)
    g_string_append_printf (line, "%*s", (int) fill, "");
}

void
tool_print_table (GPtrArray *rows,
                  guint      n_left)
{
  g_autofree guint *widths = NULL;
  guint n_columns = 0;

  for (guint r = 0; r < rows->len; r++)
    n_columns = MAX (n_columns, g_strv_length (g_ptr_array_index (rows, r)));
  widths = g_new0 (guint, n_columns);
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      for (guint c = 0; cells[c]; c++)
        widths[c] = MAX (widths[c], lian_text_display_width (cells[c]));
    }
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; cells[c]; c++)
        {
          if (c)
            g_string_append (line, "  ");
          /* The last column is not padded on the right. */
          if (c < n_left && cells[c + 1] == NULL)
            g_string_append (line, cells[c]);
          else
            tool_pad (line, cells[c], widths[c], c >= n_left);
        }
      g_strchomp (line->str);
      g_print ("%s\n", line->str);
    }
}

const char *
tool_enum_label (GType type,
                 int   value)
{
  const char *label = lian_enum_get_label (type, value);

  if (label && *label)
    return label;
  if (type == LIAN_TYPE_CHAIN_TIER)
    /* TRANSLATORS: a chain without a tier (重点, 优势, 卓越) */
    return _("unrated");
  return lian_enum_to_nick (type, value);
}

gboolean
tool_enum_option (const char *name,
                  const char *option,
                  GType       type,
                  const char *text,
                  int        *value)
{
  g_autoptr(GError) error = NULL;

  if (lian_enum_from_label (type, text, value, &error))
    return TRUE;
  tool_usage_error (name, "%s: %s", option, error->message);
  return FALSE;
}

static void
print_help (FILE *out)
{
  fprintf (out, "%s", _("Usage: lian [--lang zh_CN|en] COMMAND [OPTION…] [ARGUMENT…]\n\n"
                        "Registers of industrial chains, enterprises, party organisations,\n"
                        "services and needs (产业链党建).\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(GString) line = g_string_new ("  ");
      tool_pad (line, commands[i].name, 10, FALSE);
      fprintf (out, "%s %s\n", line->str, _(commands[i].summary));
    }
  fprintf (out, "\n%s", _("Run 'lian COMMAND --help' for the options of a command.\n"
                          "--lang zh_CN or en chooses the language (default: the locale's).\n"
                          "--as PERSON (or LIAN_AS) works as a person of the register: their\n"
                          "scope and rights hold, and their id signs every change.\n"
                          "Exit status: 0 ok, 1 the data has problems, 2 usage error.\n"));
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
  /* TRANSLATORS: lian COMMAND: what is wrong with the command line */
  g_printerr (_("lian %s: %s\n"), name, message);
  g_printerr (_("Try 'lian %s --help'.\n"), name);
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

  g_option_context_set_translate_func (context, translate_cb, NULL, NULL);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_group_set_translate_func (g_option_context_get_main_group (context), translate_cb,
                                     NULL, NULL);
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
    /* TRANSLATORS: a file and what is wrong with it */
    g_printerr (_("%s: %s\n"), display, error->message);
}

/* Whether @path names a database store rather than a JSON document. */
gboolean
tool_is_store (const char *path)
{
  return g_str_has_prefix (path, "sqlite:") || g_str_has_prefix (path, "postgresql://") ||
         g_str_has_prefix (path, "postgres://") || g_str_has_suffix (path, ".db") ||
         g_str_has_suffix (path, ".sqlite") || g_str_has_suffix (path, ".sqlite3");
}

typedef struct
{
  Progress      progress;   /* first: the job is its progress */
  LianRegistry *registry;
} OpenJob;

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  OpenJob *job = data;

  job->registry = lian_registry_open_finish (result, &job->progress.error);
  job->progress.ok = job->registry != NULL;
  g_main_loop_quit (job->progress.loop);
}

/* A store is opened into a registry that keeps it: each change a
 * command makes is committed as it is made. */
static LianRegistry *
open_store (const char *uri)
{
  OpenJob job = { { NULL, }, NULL };

  progress_init (&job.progress, _("loading"));
  lian_registry_open_async (uri, NULL, open_done_cb, &job);
  if (!run_with_progress (&job.progress))
    {
      tool_print_error (uri, job.progress.error);
      g_error_free (job.progress.error);
      return NULL;
    }
  return job.registry;
}

/* What a document looked like when it was read: a save to it refuses to
 * overwrite a file another program wrote since, instead of losing that
 * program's change. */
typedef struct
{
  char   *path;
  dev_t   dev;
  ino_t   ino;
  goffset size;
  gint64  mtime_ns;
} ReadStamp;

static ReadStamp read_stamp;

static gboolean
stamp_file (const char *path,
            ReadStamp  *stamp)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return FALSE;
  stamp->dev = st.st_dev;
  stamp->ino = st.st_ino;
  stamp->size = st.st_size;
  stamp->mtime_ns = (gint64) st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
  return TRUE;
}

/* Tests only: blocks until a line can be read from the FIFO named by
 * LIAN_TEST_BEFORE_SAVE_FIFO, so that a test can change the file between
 * the read and the save. */
static void
wait_for_test (void)
{
  const char *fifo = g_getenv ("LIAN_TEST_BEFORE_SAVE_FIFO");
  FILE *f;
  char line[16];

  if (fifo == NULL || (f = fopen (fifo, "r")) == NULL)
    return;
  if (fgets (line, sizeof line, f) == NULL)
    line[0] = '\0';
  fclose (f);
}

/* Whether @path is still as it was read; if not, @error says so. */
static gboolean
unchanged_since_read (const char  *path,
                      GError     **error)
{
  ReadStamp now = { NULL, };

  if (read_stamp.path == NULL || !g_str_equal (read_stamp.path, path) ||
      !stamp_file (path, &now))
    return TRUE;
  if (now.dev == read_stamp.dev && now.ino == read_stamp.ino &&
      now.size == read_stamp.size && now.mtime_ns == read_stamp.mtime_ns)
    return TRUE;
  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
               _("the file changed after it was read (another program wrote it); nothing was "
                 "written, so that its change is not lost: run the command again"));
  return FALSE;
}

/* `lian --as PERSON …` (or $LIAN_AS): who the command works as. */
static char *person_id;
static char *person_by;   /* lian need --by, a person in a register with people */

void
tool_set_person_by (const char *id)
{
  g_free (person_by);
  person_by = g_strdup (id);
}

const char *
tool_person (void)
{
  return person_id;
}

/* A register with people is worked on as one of them: the person's scope
 * and rights hold, and every change is signed by them. */
static LianRegistry *
work_as_person (const char   *path,
                LianRegistry *registry)
{
  g_autoptr(GError) error = NULL;

  if (registry == NULL)
    return NULL;
  if (person_id == NULL && person_by && lian_registry_has_people (registry))
    person_id = g_strdup (person_by);
  if (person_id == NULL && lian_registry_has_people (registry))
    {
      g_printerr (_("%s: the register has people: say who you are with --as PERSON "
                    "(or LIAN_AS=PERSON)\n"), path);
      g_object_unref (registry);
      return NULL;
    }
  if (person_id && !lian_registry_act_as (registry, person_id, &error))
    {
      tool_print_error (path, error);
      g_object_unref (registry);
      return NULL;
    }
  return registry;
}

LianRegistry *
tool_load_visible (const char *path)
{
  g_autoptr(LianRegistry) registry = tool_load (path);
  g_autoptr(GError) error = NULL;
  LianActor *person;
  LianRegistry *visible;

  if (registry == NULL)
    return NULL;
  person = lian_registry_get_person (registry);
  if (person == NULL || lian_actor_is_unlimited (person))
    return g_steal_pointer (&registry);
  visible = lian_registry_dup_visible (registry, &error);
  if (visible == NULL)
    tool_print_error (path, error);
  /* The copy is read as the same person, where it holds them. */
  else if (lian_registry_lookup (visible, person_id) &&
           !lian_registry_act_as (visible, person_id, &error))
    g_clear_error (&error);
  return visible;
}

static LianRegistry *
load_registry (const char *path);

LianRegistry *
tool_load (const char *path)
{
  return work_as_person (path, load_registry (path));
}

static LianRegistry *
load_registry (const char *path)
{
  g_autoptr(LianRegistry) registry = NULL;
  ReadStamp stamp = { NULL, };
  Progress p;

  if (tool_is_store (path))
    return open_store (path);
  /* Taken before the read: a change while it reads is caught too. */
  g_clear_pointer (&read_stamp.path, g_free);
  stamp.path = stamp_file (path, &stamp) ? g_strdup (path) : NULL;
  registry = lian_registry_new ();
  progress_init (&p, _("loading"));
  lian_registry_load_from_file_async (registry, path, NULL, load_done_cb, &p);
  if (!run_with_progress (&p))
    {
      g_free (stamp.path);
      tool_print_error (path, p.error);
      g_error_free (p.error);
      return NULL;
    }
  read_stamp = stamp;
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
  LianStore *own = lian_registry_get_store (registry);
  g_autoptr(LianStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Progress p;

  /* The registry's own store already holds every accepted change. */
  if (own && g_str_equal (lian_store_get_uri (own), path))
    return TRUE;
  if (tool_is_store (path))
    {
      store = lian_store_open (path, &error);
      if (store == NULL || !lian_store_save (store, registry, &error))
        {
          tool_print_error (path, error);
          return FALSE;
        }
      return TRUE;
    }
  wait_for_test ();
  if (!unchanged_since_read (path, &error))
    {
      tool_print_error (path, error);
      return FALSE;
    }
  progress_init (&p, _("saving"));
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

  progress_init (&p, _("generating"));
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

/* `lian --lang zh_CN COMMAND …`: the language of everything lian prints. */
static int
take_language (int    *argc,
               char ***argv)
{
  g_autoptr(GError) error = NULL;
  const char *language;
  int used;

  if (*argc < 2 || !g_str_has_prefix ((*argv)[1], "--lang"))
    return EXIT_OK;
  if (g_str_has_prefix ((*argv)[1], "--lang="))
    language = (*argv)[1] + strlen ("--lang="), used = 1;
  else if (g_str_equal ((*argv)[1], "--lang") && *argc > 2)
    language = (*argv)[2], used = 2;
  else
    {
      g_printerr (_("lian: --lang takes zh_CN or en\n"));
      return EXIT_USAGE;
    }
  if (!lian_set_language (language, &error))
    {
      g_printerr ("lian: --lang: %s\n", error->message);
      return EXIT_USAGE;
    }
  (*argv)[used] = (*argv)[0];
  *argv += used;
  *argc -= used;
  return EXIT_OK;
}

/* `lian --as PERSON COMMAND …` or `lian COMMAND … --as PERSON`, or
 * $LIAN_AS: takes the option out of the command line, wherever it is
 * (before a "--"). */
static int
take_person (int    *argc,
             char ***argv)
{
  int out = 1;

  g_clear_pointer (&person_id, g_free);
  if (g_getenv ("LIAN_AS") && *g_getenv ("LIAN_AS"))
    person_id = g_strdup (g_getenv ("LIAN_AS"));
  for (int i = 1; i < *argc; i++)
    {
      const char *arg = (*argv)[i];

      if (g_str_equal (arg, "--"))
        {
          for (; i < *argc; i++)
            (*argv)[out++] = (*argv)[i];
          break;
        }
      if (g_str_has_prefix (arg, "--as="))
        {
          g_free (person_id);
          person_id = g_strdup (arg + strlen ("--as="));
          continue;
        }
      if (g_str_equal (arg, "--as"))
        {
          if (i + 1 >= *argc)
            {
              g_printerr (_("lian: --as takes the id of a person\n"));
              return EXIT_USAGE;
            }
          g_free (person_id);
          person_id = g_strdup ((*argv)[++i]);
          continue;
        }
      (*argv)[out++] = (*argv)[i];
    }
  *argc = out;
  (*argv)[out] = NULL;
  return EXIT_OK;
}

/* --lang LANGUAGE of book, form and dashboard. */
gboolean
tool_set_language (const char *name,
                   const char *language)
{
  g_autoptr(GError) error = NULL;

  if (language == NULL || lian_set_language (language, &error))
    return TRUE;
  tool_usage_error (name, "--lang: %s", error->message);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (take_language (&argc, &argv) != EXIT_OK || take_person (&argc, &argv) != EXIT_OK)
    return EXIT_USAGE;
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
  g_printerr (_("lian: unknown command '%s'\n"), argv[1]);
  print_help (stderr);
  return EXIT_USAGE;
}
