/* lian-data-commands.c: validate, generate, need
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lian-tool.h"

/* What one unit of --scale of jiangsu-2023 makes, as measured: records,
 * bytes of JSON, bytes of memory while generating and saving. */
#define RECORDS_PER_SCALE 52900.0
#define BYTES_PER_SCALE 20.8e6
#define MEMORY_PER_SCALE 67e6
#define GENERATE_WARN_SCALE 10
#define GENERATE_MAX_SCALE 1000

static void
warn_scale (int scale)
{
  long pages = sysconf (_SC_PHYS_PAGES), page_size = sysconf (_SC_PAGESIZE);
  double memory = scale * MEMORY_PER_SCALE;

  g_printerr (_("lian generate: --scale %d makes about %.1f million records, a document of about "
                "%.1f GB, and needs about %.1f GB of memory"), scale,
              scale * RECORDS_PER_SCALE / 1e6, scale * BYTES_PER_SCALE / 1e9, memory / 1e9);
  if (pages > 0 && page_size > 0)
    g_printerr (memory > (double) pages * page_size ? _(", more than there is (this machine has %.1f GB)")
                                                    : _(" (this machine has %.1f GB)"),
                (double) pages * page_size / 1e9);
  g_printerr ("\n");
}

int
cmd_generate (int    argc,
              char **argv)
{
  g_autofree char *profile = NULL;
  g_autofree char *output = NULL;
  int scale = 1, seed = 2023;
  const GOptionEntry entries[] = {
    { "profile", 'p', 0, G_OPTION_ARG_STRING, &profile, N_("The profile (jiangsu-2023)"), "NAME" },
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale, N_("Multiply every count by K (default 1, at most 1000)"), "K" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("The seed of everything not published (default 2023)"), "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;

  if (!tool_parse_options ("generate", NULL,
                           N_("Write a synthetic lian document whose figures are a profile's."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 1)
    return tool_usage_error ("generate", _("unexpected argument '%s'"), argv[1]);
  if (profile == NULL || output == NULL)
    return tool_usage_error ("generate", _("--profile and -o are required"));
  if (scale < 1 || scale > GENERATE_MAX_SCALE)
    return tool_usage_error ("generate", _("--scale must be between 1 and %d (%d makes about "
                             "%.0f million records)"), GENERATE_MAX_SCALE, GENERATE_MAX_SCALE,
                             GENERATE_MAX_SCALE * RECORDS_PER_SCALE / 1e6);
  if (scale > GENERATE_WARN_SCALE)
    warn_scale (scale);

  registry = tool_generate (profile, scale, (guint32) seed, &error);
  if (registry == NULL)
    {
      if (g_error_matches (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE))
        return tool_usage_error ("generate", "%s", error->message);
      g_printerr ("lian generate: %s\n", error->message);
      return EXIT_DATA;
    }
  return tool_save (registry, output) ? EXIT_OK : EXIT_DATA;
}

/* The time a move given --at happened: an ISO 8601 time (China Standard
 * Time without a zone), or a day, taken as its start in China Standard Time
 * but not before the need's last event that day. NULL with a message. */
static GDateTime *
parse_when (const char  *text,
            LianNeed    *need,
            char       **message)
{
  g_autoptr(GTimeZone) china = g_time_zone_new_identifier ("+08:00");
  g_autoptr(GDateTime) when = NULL;
  /* 2023-10-20 15:30: GLib wants the seconds. */
  g_autofree char *iso = strlen (text) == 16 && text[13] == ':' ? g_strconcat (text, ":00", NULL)
                                                                : g_strdup (text);
  GPtrArray *history = lian_need_get_history (need);
  GDateTime *last = NULL;
  int y, m, d;

  if (strlen (iso) > 10 && iso[10] == ' ')
    iso[10] = 'T';
  if (lian_date_is_valid (iso) && sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) == 3)
    when = g_date_time_new (china, y, m, d, 0, 0, 0);
  else
    when = g_date_time_new_from_iso8601 (iso, china);
  if (when == NULL)
    {
      *message = g_strdup_printf (_("--at: \"%s\" is neither a day (2023-10-20) nor a time "
                                    "(2023-10-20T15:00:00+08:00)"), text);
      return NULL;
    }
  for (guint i = 0; i < history->len; i++)
    {
      GDateTime *at = lian_need_event_get_at (g_ptr_array_index (history, i));
      if (last == NULL || g_date_time_compare (at, last) > 0)
        last = at;
    }
  if (last && g_date_time_compare (when, last) < 0)
    {
      g_autofree char *day = lian_date_from_date_time (when);
      g_autofree char *last_day = lian_date_from_date_time (last);
      if (!lian_date_is_valid (iso) || strcmp (day, last_day) < 0)
        {
          g_autofree char *last_time = lian_format_time (last);
          *message = g_strdup_printf (_("--at: %s comes before the need's last move, on %s"),
                                      text, last_time);
          return NULL;
        }
      g_clear_pointer (&when, g_date_time_unref);
      when = g_date_time_ref (last);
    }
  return g_steal_pointer (&when);
}

typedef struct
{
  const char *to, *actor, *note, *assignee, *due, *at;
} NeedChange;

/* Assigns and moves the need, the assignment first while it is open. */
static gboolean
change_need (LianRegistry  *registry,
             LianNeed      *need,
             NeedChange    *change,
             int            status,
             GDateTime     *when,
             GError       **error)
{
  const char *id = lian_record_get_id (LIAN_RECORD (need));
  gboolean assign_first = lian_need_is_open (need);

  if (change->assignee && assign_first &&
      !lian_registry_assign_need (registry, id, change->assignee, change->due, error))
    return FALSE;
  if (change->to && !lian_registry_move_need (registry, id, status, change->actor, change->note,
                                              when, error))
    return FALSE;
  if (change->assignee && !assign_first &&
      !lian_registry_assign_need (registry, id, change->assignee, change->due, error))
    return FALSE;
  return TRUE;
}

/* "need-001: in progress, 2023-10-20 15:30": the need's new status and its
 * last move, in China Standard Time. */
static void
print_move (LianNeed *need)
{
  GPtrArray *history = lian_need_get_history (need);
  LianNeedEvent *last = history->len ? g_ptr_array_index (history, history->len - 1) : NULL;
  const char *label = tool_enum_label (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need));
  g_autofree char *time = last ? lian_format_time (lian_need_event_get_at (last)) : NULL;

  if (time)
    /* TRANSLATORS: a need, its new status and when it moved */
    g_print (_("%s: %s, %s\n"), lian_record_get_id (LIAN_RECORD (need)), label, time);
  else
    g_print ("%s: %s\n", lian_record_get_id (LIAN_RECORD (need)), label);
}

/* `lian need FILE ID --history`: the need and its moves, times in China
 * Standard Time. */
static void
print_history (LianNeed *need)
{
  GPtrArray *history = lian_need_get_history (need);
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_print ("%s  %s  %s\n", lian_record_get_id (LIAN_RECORD (need)), lian_need_get_title (need),
           tool_enum_label (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need)));
  if (history->len == 0)
    {
      g_print ("%s\n", _("no moves yet"));
      return;
    }
  /* TRANSLATORS: the headings of a need's history */
  g_ptr_array_add (table, g_strdupv ((char *[]) { (char *) _("time"), (char *) _("status"),
                                                  (char *) _("by"), (char *) _("note"), NULL }));
  for (guint i = 0; i < history->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (history, i);
      g_autofree char *time = lian_format_time (lian_need_event_get_at (event));
      const char *actor = lian_need_event_get_actor (event), *note = lian_need_event_get_note (event);

      g_ptr_array_add (table, g_strdupv ((char *[]) {
        time, (char *) tool_enum_label (LIAN_TYPE_NEED_STATUS, lian_need_event_get_status (event)),
        (char *) (actor ? actor : ""), (char *) (note ? note : ""), NULL }));
    }
  tool_print_table (table, 4);
}

/* What is wrong with the options of `lian need`, or NULL. */
static const char *
need_options_conflict (const NeedChange *o,
                       gboolean          show_history)
{
  if (o->to == NULL && o->assignee == NULL && !show_history)
    return _("--to (with --by), --assignee or --history is required");
  if (o->to && o->actor == NULL && tool_person () == NULL)
    return _("--to needs --by: who moves the need");
  if (o->to == NULL && (o->actor || o->at || o->note))
    return _("--by, --at and --note go with --to");
  if (o->due && o->assignee == NULL)
    return _("--due goes with --assignee");
  return NULL;
}

int
cmd_need (int    argc,
          char **argv)
{
  g_autofree char *to = NULL, *actor = NULL, *note = NULL, *assignee = NULL, *due = NULL;
  g_autofree char *at = NULL, *message = NULL;
  const char *conflict;
  gboolean show_history = FALSE;
  const GOptionEntry entries[] = {
    { "history", 0, 0, G_OPTION_ARG_NONE, &show_history, N_("Print the need's moves, times in China Standard Time"), NULL },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The new status, by its label or nick: accepted, in progress, resolved, closed (办理中…)"), "STATUS" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &actor, N_("Who moves it (an organisation id; in a register with people, the person of --as)"), "ACTOR" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note for the history"), "TEXT" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When the move happened: a day or an ISO 8601 time (default: now)"), "WHEN" },
    { "assignee", 0, 0, G_OPTION_ARG_STRING, &assignee, N_("Hand the need to this organisation (分级转办)"), "ORG" },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("With --assignee: the day it must be handled by"), "DATE" },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = NULL;
  NeedChange change;
  LianNeed *need;
  int status = 0;

  if (!tool_parse_options ("need", "FILE ID", N_("Move a need to another status, or hand it to an "
                           "organisation, and save the file; or print its history."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 3)
    return tool_usage_error ("need", _("expected FILE and a need ID"));
  conflict = need_options_conflict (&(NeedChange) { to, actor, note, assignee, due, at },
                                    show_history);
  if (conflict)
    return tool_usage_error ("need", "%s", conflict);
  if (to && !tool_enum_option ("need", "--to", LIAN_TYPE_NEED_STATUS, to, &status))
    return EXIT_USAGE;

  /* In a register with people, --by names the person who moves it. */
  if (actor && tool_person () == NULL)
    tool_set_person_by (actor);
  registry = tool_load (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  if (lian_registry_get_person (registry))
    {
      const char *pid = lian_record_get_id (LIAN_RECORD (lian_registry_get_person (registry)));
      if (actor && !g_str_equal (actor, pid))
        return tool_usage_error ("need", _("--by: working as person \"%s\", the move is signed "
                                           "by them, not by \"%s\""), pid, actor);
      g_free (actor);
      actor = g_strdup (pid);
    }
  need = lian_registry_lookup_need (registry, argv[2]);
  if (need == NULL)
    {
      g_printerr (_("%s: no need has the id \"%s\"\n"), argv[1], argv[2]);
      return EXIT_DATA;
    }
  if (to == NULL && assignee == NULL)
    {
      print_history (need);
      return EXIT_OK;
    }
  if (at && (when = parse_when (at, need, &message)) == NULL)
    return tool_usage_error ("need", "%s", message);
  change = (NeedChange) { to, actor, note, assignee, due, at };
  if (!change_need (registry, need, &change, status, when, &error))
    {
      g_printerr (_("%s: %s\n"), argv[1], error->message);
      return EXIT_DATA;
    }
  if (!tool_save (registry, argv[1]))
    return EXIT_DATA;
  if (to)
    print_move (need);
  if (assignee)
    g_print (_("%s: assigned to %s\n"), argv[2], assignee);
  if (show_history)
    print_history (need);
  return EXIT_OK;
}
