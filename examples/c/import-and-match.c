/* import-and-match.c: take in a needs list, propose services, report the gaps
 *
 * Build:  cc import-and-match.c $(pkg-config --cflags --libs lian-1.0) -o import-and-match
 * Run:    ./import-and-match data/jiangsu-sample.json examples/data/new-needs.csv [2023-10-10]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <locale.h>
#include <lian/lian.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = NULL;
  g_autoptr(LianMatcher) matcher = NULL;
  g_autoptr(GListModel) matches = NULL, gaps = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *results;      /* the importer's own list: not to unref */
  const char *last = "";

  setlocale (LC_ALL, "");   /* g_print() writes in the locale's charset */
  if (argc != 3 && argc != 4)
    return g_printerr ("usage: %s DATA.json NEEDS.csv [YYYY-MM-DD]\n", argv[0]), 2;
  if (argc == 4 && !lian_date_is_valid (argv[3]))
    return g_printerr ("%s: not a date YYYY-MM-DD\n", argv[3]), 2;
  if (!lian_registry_load_from_file (registry, argv[1], NULL, &error))
    return g_printerr ("%s: %s\n", argv[1], error->message), 1;

  /* Partial mode: good rows go in, bad rows are reported (the default is
   * all-or-nothing). UTF-8 (with or without a BOM) or GB18030 is detected;
   * headers may be Chinese or English (see doc/csv-columns.md). */
  importer = lian_csv_importer_new (registry, LIAN_RECORD_KIND_NEED);
  lian_csv_importer_set_partial (importer, TRUE);
  if (!lian_csv_importer_import_file (importer, argv[2], NULL, &error))
    return g_printerr ("%s: %s\n", argv[2], error->message), 1;
  g_print ("import: %u imported, %u rejected\n", lian_csv_importer_get_n_imported (importer),
           lian_csv_importer_get_n_rejected (importer));
  results = lian_csv_importer_get_results (importer);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(LianCsvRowResult) row = g_list_model_get_item (results, i);
      const char *id = lian_csv_row_result_get_record_id (row);
      const char *column = lian_csv_row_result_get_column (row);
      const char *message = lian_csv_row_result_get_message (row);

      g_print ("  row %u: %s %s", lian_csv_row_result_get_row (row),
               lian_enum_to_nick (LIAN_TYPE_CSV_OUTCOME, lian_csv_row_result_get_outcome (row)),
               id ? id : "-");
      if (message)  /* why a row was rejected, and the column at fault */
        g_print (" (%s%s%s)", column ? column : "", column ? ": " : "", message);
      g_print ("\n");
    }

  /* The 2 best services for each open need, by need id, best first, among
   * those valid on the day given (NULL: today). Needs that nothing serves
   * have no match: the gap report lists them. */
  matcher = lian_matcher_new (registry);
  lian_matcher_set_as_of (matcher, argc == 4 ? argv[3] : NULL);
  matches = lian_matcher_match_all (matcher, NULL, 2);
  g_print ("matches:\n");
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(LianMatch) match = g_list_model_get_item (matches, i);
      const char *need_id = lian_match_get_need_id (match);  /* lives as long as @matches */
      g_autofree char *reasons = g_strjoinv ("; ", (GStrv) lian_match_get_reasons (match));

      if (!g_str_equal (need_id, last))
        g_print ("  %s %s\n", need_id,
                 lian_need_get_title (lian_registry_lookup_need (registry, need_id)));
      last = need_id;
      g_print ("    %s %.2f: %s\n", lian_match_get_service_id (match),
               lian_match_get_score (match), reasons);
    }

  /* The open needs no service can serve, by category and city. */
  gaps = lian_matcher_find_gaps (matcher, NULL, LIAN_LEVEL_CITY);
  g_print ("gaps:\n");
  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr(LianGap) gap = g_list_model_get_item (gaps, i);
      g_autofree char *ids = g_strjoinv (", ", (GStrv) lian_gap_get_need_ids (gap));
      const char *city = lian_gap_get_region_name (gap);

      g_print ("  %s in %s: %s\n",
               lian_enum_to_nick (LIAN_TYPE_NEED_CATEGORY, lian_gap_get_category (gap)),
               city ? city : "?", ids);
    }
  return 0;
}
