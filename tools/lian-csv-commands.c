/* lian-csv-commands.c: import, export
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "lian-tool.h"

#define EXPORT_KINDS _("enterprises, needs, services, chains, organizations, projects, " \
                       "activities or regions")

static gboolean
parse_kind (const char     *text,
            LianRecordKind *kind)
{
  static const struct { const char *name; LianRecordKind kind; } kinds[] = {
    { "enterprises", LIAN_RECORD_KIND_ENTERPRISE }, { "needs", LIAN_RECORD_KIND_NEED },
    { "services", LIAN_RECORD_KIND_SERVICE }, { "chains", LIAN_RECORD_KIND_CHAIN },
    { "organizations", LIAN_RECORD_KIND_ORGANIZATION }, { "projects", LIAN_RECORD_KIND_PROJECT },
    { "activities", LIAN_RECORD_KIND_ACTIVITY }, { "regions", LIAN_RECORD_KIND_REGION },
    { "posts", LIAN_RECORD_KIND_POST }, { "capabilities", LIAN_RECORD_KIND_CAPABILITY },
    { "responses", LIAN_RECORD_KIND_RESPONSE },
  };

  int value;

  for (guint i = 0; text && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (text, kinds[i].name))
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  /* Or the kind's label, in Chinese or English: 企业, enterprise. */
  if (text && lian_enum_from_label (LIAN_TYPE_RECORD_KIND, text, &value, NULL))
    {
      *kind = value;
      return TRUE;
    }
  return FALSE;
}

/* The rejected rows on standard error: the first MAX_ROWS_SHOWN, then how
 * many more. */
#define MAX_ROWS_SHOWN 20

static void
print_rows (LianCsvImporter *importer,
            const char      *path,
            const char      *report)
{
  GListModel *results = lian_csv_importer_get_results (importer);
  guint shown = 0, n_rejected = lian_csv_importer_get_n_rejected (importer);

  for (guint i = 0; i < g_list_model_get_n_items (results) && shown < MAX_ROWS_SHOWN; i++)
    {
      g_autoptr(LianCsvRowResult) row = g_list_model_get_item (results, i);
      const char *column = lian_csv_row_result_get_column (row);
      LianCsvOutcome outcome = lian_csv_row_result_get_outcome (row);
      const char *message = lian_csv_row_result_get_message (row);
      g_autofree char *where = NULL;

      /* A row taken with a message (a masked number, a name like another's) is a warning. */
      if (outcome == LIAN_CSV_OUTCOME_SKIPPED || (outcome != LIAN_CSV_OUTCOME_REJECTED && !message))
        continue;
      where = column ? g_strdup_printf (_("row %u, %s"), lian_csv_row_result_get_row (row), column)
                     : g_strdup_printf (_("row %u"), lian_csv_row_result_get_row (row));
      if (outcome == LIAN_CSV_OUTCOME_REJECTED)
        /* TRANSLATORS: a CSV file, a row and what is wrong with it */
        g_printerr (_("%s: %s: %s\n"), path, where, message);
      else
        g_printerr (_("%s: %s: warning: %s\n"), path, where, message);
      shown += outcome == LIAN_CSV_OUTCOME_REJECTED;
    }
  if (n_rejected > shown)
    {
      if (report)
        g_printerr (_("%s: … and %u more rejected rows, all in %s\n"), path, n_rejected - shown,
                    report);
      else
        g_printerr (_("%s: … and %u more rejected rows (--report writes them all)\n"), path,
                    n_rejected - shown);
    }
}

static int
check_import_options (const char     *kind_name,
                      LianRecordKind *kind,
                      const char     *into,
                      const char     *encoding)
{
  if (kind_name == NULL)
    return tool_usage_error ("import", _("--kind is required: enterprises, needs or services"));
  if (!parse_kind (kind_name, kind) ||
      (*kind != LIAN_RECORD_KIND_ENTERPRISE && *kind != LIAN_RECORD_KIND_NEED &&
       *kind != LIAN_RECORD_KIND_SERVICE))
    return tool_usage_error ("import", _("--kind: \"%s\" cannot be imported; use enterprises, needs "
                             "or services"), kind_name);
  if (into == NULL)
    return tool_usage_error ("import", _("--into is required"));
  if (encoding && g_ascii_strcasecmp (encoding, "UTF-8") != 0 &&
      g_ascii_strcasecmp (encoding, "GB18030") != 0)
    return tool_usage_error ("import", _("--encoding must be UTF-8 or GB18030"));
  return EXIT_OK;
}

/* "FILE: 3 imported, 1 updated, 0 rejected", or what a dry run of @into
 * would have done. */
static void
print_import_totals (LianCsvImporter *importer,
                     const char      *path,
                     const char      *dry_run_into)
{
  guint imported = lian_csv_importer_get_n_imported (importer);
  guint updated = lian_csv_importer_get_n_updated (importer);
  guint rejected = lian_csv_importer_get_n_rejected (importer);

  if (dry_run_into)
    g_print (_("%s: %u would be imported, %u would be updated, %u rejected (dry run: %s left as "
               "it was)\n"), path, imported, updated, rejected, dry_run_into);
  else
    g_print (_("%s: %u imported, %u updated, %u rejected\n"), path, imported, updated, rejected);
}

int
cmd_import (int    argc,
            char **argv)
{
  g_autofree char *kind_name = NULL, *into = NULL, *encoding = NULL, *report = NULL;
  gboolean partial = FALSE, dry_run = FALSE, allow_duplicates = FALSE;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name, N_("enterprises, needs or services"), "KIND" },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &into, N_("The lian document to add to (made if missing)"), "DATA.json" },
    { "partial", 0, 0, G_OPTION_ARG_NONE, &partial, N_("Take the good rows and report the bad ones"), NULL },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding, N_("UTF-8 or GB18030 (default: detect)"), "E" },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &report, N_("Write every row's result as CSV"), "REPORT.csv" },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Check every row and report, but leave DATA.json as it is"), NULL },
    { "allow-duplicates", 0, 0, G_OPTION_ARG_NONE, &allow_duplicates, N_("Import a need the document already has (same enterprise, category, title and day) again"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianCsvImporter) importer = NULL;
  g_autoptr(GError) import_error = NULL, report_error = NULL;
  LianRecordKind kind = LIAN_RECORD_KIND_ENTERPRISE;
  const char *path;
  int status;
  gboolean ok;

  if (!tool_parse_options ("import", "FILE.csv",
                           N_("Import enterprises, needs or service items from a CSV file (Excel, WPS; "
                           "UTF-8 or GB18030) into a lian document. All or nothing unless --partial; "
                           "every problem is listed either way."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("import", _("expected one FILE.csv"));
  if ((status = check_import_options (kind_name, &kind, into, encoding)) != EXIT_OK)
    return status;
  path = argv[1];

  if (g_file_test (into, G_FILE_TEST_EXISTS) || tool_is_store (into))
    registry = tool_load (into);
  else
    registry = lian_registry_new ();
  if (registry == NULL)
    return EXIT_DATA;
  /* A store commits what the import adds as it adds it: a dry run leaves
   * it first. */
  if (dry_run && lian_registry_get_store (registry))
    lian_store_close (lian_registry_get_store (registry));

  importer = lian_csv_importer_new (registry, kind);
  lian_csv_importer_set_partial (importer, partial);
  lian_csv_importer_set_encoding (importer, encoding);
  lian_csv_importer_set_allow_duplicates (importer, allow_duplicates);
  ok = lian_csv_importer_import_file (importer, path, NULL, &import_error);
  if (!ok && g_list_model_get_n_items (lian_csv_importer_get_results (importer)) == 0)
    {
      /* The file as a whole: unreadable, no header, a limit. No rows, no report. */
      tool_print_error (path, import_error);
      return EXIT_DATA;
    }
  if (report && !lian_csv_importer_write_report (importer, report, &report_error))
    {
      tool_print_error (report, report_error);
      return EXIT_DATA;
    }
  print_rows (importer, path, report);
  if (!ok && lian_csv_importer_get_n_rejected (importer) > 0)
    {
      g_printerr (_("%s: %u of %u rows rejected, so none was imported (all or nothing; --partial "
                    "takes the good rows)\n"), path, lian_csv_importer_get_n_rejected (importer),
                  g_list_model_get_n_items (lian_csv_importer_get_results (importer)));
      return EXIT_DATA;
    }
  if (!ok)
    {
      tool_print_error (path, import_error);
      return EXIT_DATA;
    }
  if (!dry_run && !tool_save (registry, into))
    return EXIT_DATA;
  print_import_totals (importer, path, dry_run ? into : NULL);
  return lian_csv_importer_get_n_rejected (importer) ? EXIT_DATA : EXIT_OK;
}

int
cmd_export (int    argc,
            char **argv)
{
  g_autofree char *kind_name = NULL, *output = NULL, *region = NULL, *chain = NULL;
  g_autofree char *status_name = NULL;
  gboolean english = FALSE, show_personal = FALSE, open_only = FALSE;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name, N_("enterprises, needs, services, chains, organizations, projects, activities or regions"), "KIND" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The CSV file to write (default: standard output)"), "OUT.csv" },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("Only records in this region or below it (a need: its enterprise's)"), "CODE" },
    { "chain", 0, 0, G_OPTION_ARG_STRING, &chain, N_("Only records on this chain"), "ID" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_name, N_("Only needs in this status, by its label or nick: submitted, accepted, in progress, resolved, closed (办理中…)"), "STATUS" },
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only, N_("Only open needs (submitted, accepted or in progress)"), NULL },
    { "english", 0, 0, G_OPTION_ARG_NONE, &english, N_("English headers and values"), NULL },
    { "show-personal", 0, 0, G_OPTION_ARG_NONE, &show_personal, N_("Do not mask phone numbers"), NULL },
    { NULL }
  };
  g_autoptr(LianRegistry) registry = NULL;
  g_autoptr(LianFilter) filter = NULL;
  g_autoptr(GError) error = NULL;
  LianCsvExportFlags flags = 0;
  LianRecordKind kind;
  int status = 0;

  if (!tool_parse_options ("export", "DATA.json",
                           N_("Export records as CSV that Excel opens: UTF-8 with a BOM, CRLF, Chinese "
                           "headers unless --english, phone numbers masked unless --show-personal "
                           "(in the columns lian does not know too). --region, --chain, --status "
                           "and --open select which."),
                           entries, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return tool_usage_error ("export", _("expected one DATA.json"));
  if (kind_name == NULL)
    return tool_usage_error ("export", _("--kind is required: %s"), EXPORT_KINDS);
  if (!parse_kind (kind_name, &kind))
    return tool_usage_error ("export", _("--kind: unknown kind \"%s\"; use %s"), kind_name, EXPORT_KINDS);
  if (region && !lian_adcode_check (region, &error))
    return tool_usage_error ("export", "--region: %s", error->message);
  if ((status_name || open_only) && kind != LIAN_RECORD_KIND_NEED)
    return tool_usage_error ("export", _("--status and --open select needs: use them with --kind needs"));
  if (status_name && !tool_enum_option ("export", "--status", LIAN_TYPE_NEED_STATUS, status_name,
                                        &status))
    return EXIT_USAGE;

  registry = tool_load_visible (argv[1]);
  if (registry == NULL)
    return EXIT_DATA;
  filter = lian_filter_new (kind);
  lian_filter_set_region (filter, region);
  lian_filter_set_chain_id (filter, chain);
  lian_filter_set_open_only (filter, open_only);
  if (status_name)
    lian_filter_set_status (filter, status);
  if (english)
    flags |= LIAN_CSV_EXPORT_FLAGS_ENGLISH_HEADERS;
  if (show_personal)
    flags |= LIAN_CSV_EXPORT_FLAGS_SHOW_PERSONAL;
  if (output)
    {
      if (!lian_registry_export_csv_to_file (registry, filter, flags, output, &error))
        {
          tool_print_error (output, error);
          return EXIT_DATA;
        }
    }
  else
    {
      gsize length;
      g_autofree char *data = lian_registry_export_csv_to_data (registry, filter, flags, &length);
      fwrite (data, 1, length, stdout);
    }
  return EXIT_OK;
}
