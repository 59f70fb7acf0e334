/* lian-queue-command.c: queue
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "lian-tool.h"

static const struct {
  LianQueueKind  kind;
  const char    *title;
} queues[] = {
  { LIAN_QUEUE_KIND_OVERDUE, N_("Overdue") },
  { LIAN_QUEUE_KIND_ESCALATED, N_("Overdue below, escalated") },
  { LIAN_QUEUE_KIND_DUE_SOON, N_("Due soon") },
  { LIAN_QUEUE_KIND_STALLED, N_("Stalled") },
  { LIAN_QUEUE_KIND_ASSIGNED, N_("Assigned") },
};

static char *
today (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) now = g_date_time_new_now (zone ? zone : g_time_zone_new_utc ());

  return lian_date_from_date_time (now);
}

static void
print_queue (LianRegistry *registry,
             const char   *title,
             GPtrArray    *queue)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  /* TRANSLATORS: a queue's title and how many needs it holds */
  g_print (_("%s: %u\n"), _(title), queue->len);
  if (queue->len == 0)
    return;
  g_ptr_array_add (rows, g_strdupv ((char *[]) { (char *) _("need"), (char *) _("deadline"),
                                                 (char *) _("assignee"), (char *) _("title"),
                                                 NULL }));
  for (guint i = 0; i < queue->len; i++)
    {
      LianNeed *need = queue->pdata[i];
      g_autofree char *deadline = lian_registry_dup_need_deadline (registry, need);
      const char *title_text = lian_need_get_title (need);

      g_ptr_array_add (rows, g_strdupv ((char *[]) {
        (char *) lian_record_get_id (LIAN_RECORD (need)), deadline ? deadline : (char *) "-",
        (char *) lian_need_get_assignee_id (need), (char *) (title_text ? title_text : ""),
        NULL }));
    }
  tool_print_table (rows, 4);
}

/* The organisation whose queue it is: --org, or the person's. */
static const char *
queue_org (LianRegistry *registry,
           const char   *org)
{
  LianActor *person = lian_registry_get_person (registry);

  if (org)
    return org;
  return person ? lian_actor_get_org_id (person) : NULL;
}

/* `lian queue FILE [--org ORG] [--on DAY] [--days N] [--digest md|html]` */
int
cmd_queue (int    argc,
           char **argv)
{
  g_autofree char *org = NULL, *on = NULL, *digest = NULL;
  int days = 7;
  const GOptionEntry entries[] = {
    { "org", 0, 0, G_OPTION_ARG_STRING, &org, N_("The organisation whose queue it is (default: that of the person of --as)"), "ORG" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The reference day, YYYY-MM-DD (default: today in China)"), "DAY" },
    { "days", 0, 0, G_OPTION_ARG_INT, &days, N_("Days ahead for due soon, and without a move for stalled (default 7)"), "N" },
    { "digest", 0, 0, G_OPTION_ARG_STRING, &digest, N_("Write the digest for a daily mail instead: md or html"), "FORMAT" },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  const char *whose;

  if (!tool_parse_options ("queue", "FILE", N_("Print an organisation's work queues: overdue, "
                           "escalated from below, due soon, stalled, assigned."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("queue", _("expected one FILE"));
  if (on && !lian_date_is_valid (on))
    return tool_usage_error ("queue", _("--on: \"%s\" is not a date YYYY-MM-DD"), on);
  if (days < 0)
    return tool_usage_error ("queue", _("--days must not be negative"));
  if (digest && !g_str_equal (digest, "md") && !g_str_equal (digest, "html"))
    return tool_usage_error ("queue", _("--digest must be md or html"));
  if (on == NULL)
    on = today ();

  registry = tool_load_visible (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  whose = queue_org (registry, org);
  if (whose == NULL)
    return tool_usage_error ("queue", _("--org is required unless --as names a person of an organisation"));
  if (digest)
    {
      g_autofree char *text = lian_registry_write_digest (registry, whose, on, days,
                                                          g_str_equal (digest, "html"), &error);
      if (text == NULL)
        {
          tool_print_error (argv[1], error);
          return EXIT_DATA;
        }
      g_print ("%s", text);
      return EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (queues); i++)
    {
      g_autoptr(GPtrArray) queue = lian_registry_dup_queue (registry, whose, queues[i].kind, on,
                                                            days, &error);
      if (queue == NULL)
        {
          tool_print_error (argv[1], error);
          return EXIT_DATA;
        }
      print_queue (registry, queues[i].title, queue);
    }
  return EXIT_OK;
}
