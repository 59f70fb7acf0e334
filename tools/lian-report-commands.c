/* lian-report-commands.c: book, form, dashboard
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "lian-tool.h"

typedef char *(*ReportFunc) (LianRegistry     *registry,
                             const char       *what,
                             const char       *as_of,
                             LianReportFormat  format,
                             LianReportFlags   flags,
                             GError          **error);

/* The dashboard judges no validity: it takes no day. */
static char *
dashboard (LianRegistry     *registry,
           const char       *region,
           const char       *as_of,
           LianReportFormat  format,
           LianReportFlags   flags,
           GError          **error)
{
  return lian_report_dashboard (registry, region, format, flags, error);
}

/* Renders a report to @output, or to standard output. */
static int
write_report (const char *name,
              const char *file,
              ReportFunc  render,
              const char *what,
              const char *as_of,
              const char *format_name,
              gboolean    show_personal,
              const char *output,
              const char *language)
{
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int format = LIAN_REPORT_FORMAT_HTML;

  /* md, or the format's nick or label: html, markdown, HTML, Markdown. */
  if (g_strcmp0 (format_name, "md") == 0)
    format = LIAN_REPORT_FORMAT_MARKDOWN;
  else if (format_name && !lian_enum_from_label (LIAN_TYPE_REPORT_FORMAT, format_name, &format, NULL))
    return tool_usage_error (name, _("--format must be html or md"));
  if (!tool_set_language (name, language))
    return EXIT_USAGE;
  if (as_of && !lian_date_is_valid (as_of))
    return tool_usage_error (name, _("--as-of: \"%s\" is not a date YYYY-MM-DD"), as_of);

  registry = tool_load_visible (file);
  if (registry == NULL)
    return EXIT_DATA;
  text = render (registry, what, as_of, format,
                 show_personal ? LIAN_REPORT_FLAGS_SHOW_PERSONAL : LIAN_REPORT_FLAGS_NONE, &error);
  if (text == NULL)
    {
      tool_print_error (file, error);
      return EXIT_DATA;
    }
  if (output == NULL)
    {
      fputs (text, stdout);
      return EXIT_OK;
    }
  if (!lian_file_set_contents (output, text, -1, NULL, &error))
    {
      tool_print_error (output, error);
      return EXIT_DATA;
    }
  return EXIT_OK;
}

int
cmd_book (int    argc,
          char **argv)
{
  g_autofree char *chain = NULL, *output = NULL, *format = NULL, *as_of = NULL;
  g_autofree char *language = NULL;
  gboolean show_personal = FALSE;
  const GOptionEntry entries[] = {
    { "chain", 0, 0, G_OPTION_ARG_STRING, &chain, N_("The chain"), "ID" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("List the services valid on this day (default: today)"), "YYYY-MM-DD" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (default: standard output)"), "OUT" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("html (default) or md"), "FORMAT" },
    { "show-personal", 0, 0, G_OPTION_ARG_NONE, &show_personal, N_("Do not mask phone numbers"), NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("The language of the report: zh_CN or en (default: the locale's)"), "LANG" },
    { NULL }
  };

  if (!tool_parse_options ("book", "FILE",
                           N_("Write the book of a chain (一链一册): its segments drawn upstream to "
                           "downstream with enterprises and coverage, leaders, organisations, needs, "
                           "services and projects."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("book", _("expected one FILE"));
  if (chain == NULL)
    return tool_usage_error ("book", _("--chain is required"));
  return write_report ("book", argv[1], lian_report_chain_book, chain, as_of, format, show_personal, output, language);
}

int
cmd_form (int    argc,
          char **argv)
{
  g_autofree char *enterprise = NULL, *output = NULL, *format = NULL, *as_of = NULL;
  g_autofree char *language = NULL;
  gboolean show_personal = FALSE;
  const GOptionEntry entries[] = {
    { "enterprise", 0, 0, G_OPTION_ARG_STRING, &enterprise, N_("The enterprise"), "ID" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Match the services valid on this day (default: today)"), "YYYY-MM-DD" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (default: standard output)"), "OUT" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("html (default) or md"), "FORMAT" },
    { "show-personal", 0, 0, G_OPTION_ARG_NONE, &show_personal, N_("Do not mask phone numbers"), NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("The language of the report: zh_CN or en (default: the locale's)"), "LANG" },
    { NULL }
  };

  if (!tool_parse_options ("form", "FILE",
                           N_("Write the form of an enterprise (一企一表): who it is, its chains, "
                           "organisations, needs with their history and the services that match."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("form", _("expected one FILE"));
  if (enterprise == NULL)
    return tool_usage_error ("form", _("--enterprise is required"));
  return write_report ("form", argv[1], lian_report_enterprise_form, enterprise, as_of, format,
                       show_personal, output, language);
}

int
cmd_dashboard (int    argc,
               char **argv)
{
  g_autofree char *region = NULL, *output = NULL, *format = NULL;
  g_autofree char *language = NULL;
  gboolean show_personal = FALSE;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("The region (default: everything)"), "CODE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (default: standard output)"), "OUT.html" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("html (default) or md"), "FORMAT" },
    { "show-personal", 0, 0, G_OPTION_ARG_NONE, &show_personal, N_("Do not mask phone numbers"), NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("The language of the report: zh_CN or en (default: the locale's)"), "LANG" },
    { NULL }
  };

  if (!tool_parse_options ("dashboard", "FILE",
                           N_("Write the dashboard of a region: its figures with bar charts and the "
                           "roll-up one level down."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("dashboard", _("expected one FILE"));
  if (region && !lian_adcode_is_valid (region))
    return tool_usage_error ("dashboard", _("--region: \"%s\" is not a region code"), region);
  return write_report ("dashboard", argv[1], dashboard, region, NULL, format, show_personal,
                       output, language);
}
