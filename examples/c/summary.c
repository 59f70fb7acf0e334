/* summary.c: load a lian document and print what it holds
 *
 * Build:  cc summary.c $(pkg-config --cflags --libs lian-1.0) -o summary
 * Run:    ./summary data/jiangsu-sample.json
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <lian/lian.h>

int
main (int   argc,
      char *argv[])
{
  static const char *kinds[] = {
    "regions", "chains", "enterprises", "organizations",
    "services", "needs", "projects", "activities",
  };
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GEnumClass) statuses = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s FILE.json\n", argv[0]);
      return 2;
    }

  /* Loading is all-or-nothing; the error names the line or JSON path. */
  if (!lian_registry_load_from_file (registry, argv[1], NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  /* One live list per kind of record. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) records = lian_registry_get_records (registry, k);
      g_print ("%s: %u\n", kinds[k], g_list_model_get_n_items (records));
    }

  /* A filter selects records; status is an indexed field. */
  g_print ("needs by status:\n");
  statuses = g_type_class_ref (LIAN_TYPE_NEED_STATUS);
  for (guint i = 0; i < statuses->n_values; i++)
    {
      g_autoptr(LianFilter) filter = lian_filter_new (LIAN_RECORD_KIND_NEED);
      g_autoptr(GListModel) needs = NULL;

      lian_filter_set_status (filter, statuses->values[i].value);
      /* A filter that cannot mean anything (a bad date, a region no one
       * has) is an error, never an empty list. */
      needs = lian_registry_select (registry, filter, &error);
      if (needs == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("  %s: %u\n", statuses->values[i].value_nick, g_list_model_get_n_items (needs));
    }
  return 0;
}
