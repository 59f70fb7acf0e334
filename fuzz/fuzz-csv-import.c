/* fuzz-csv-import.c: any bytes, imported as a CSV file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The first byte chooses how: bits 0-1 the kind (enterprises, needs,
 * services, enterprises), bit 2 a partial import (else all-or-nothing),
 * bits 3-4 the encoding (detected, UTF-8, GB18030, detected), bit 5
 * updates on. The rest is the file, imported into a registry holding a
 * trimmed Jiangsu sample (fuzz/fixture.json), which the rows may refer to.
 *
 * Checked: every row of data has a result and the counts add up; a failed
 * all-or-nothing import leaves the registry exactly as it was; an
 * all-or-nothing import that succeeds rejected no row; records are added
 * only for imported rows; whatever the import did, the registry saves to a
 * document that loads again; the report is UTF-8 text.
 */
#include <string.h>

#include "fuzz-common.h"
#include "fuzz-fixture.h"

static LianRegistry *registry;
static char *registry_saved;
static guint registry_n_records;

static const LianRecordKind kinds[4] = {
  LIAN_RECORD_KIND_ENTERPRISE, LIAN_RECORD_KIND_NEED, LIAN_RECORD_KIND_SERVICE,
  LIAN_RECORD_KIND_ENTERPRISE,
};
static const char * const encodings[4] = { NULL, "UTF-8", "GB18030", NULL };

static void
check_results (LianCsvImporter *importer)
{
  GListModel *results = lian_csv_importer_get_results (importer);
  guint n = g_list_model_get_n_items (results);
  guint counted = lian_csv_importer_get_n_imported (importer) +
                  lian_csv_importer_get_n_updated (importer) +
                  lian_csv_importer_get_n_rejected (importer) +
                  lian_csv_importer_get_n_skipped (importer);
  guint last_row = 0;

  FUZZ_CHECK (counted == n, "%u results, counted %u", n, counted);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LianCsvRowResult) result = g_list_model_get_item (results, i);
      const char *message = lian_csv_row_result_get_message (result);
      guint row = lian_csv_row_result_get_row (result);

      FUZZ_CHECK (row > last_row, "result %u is for row %u, after row %u", i, row, last_row);
      last_row = row;
      FUZZ_CHECK (message == NULL || g_utf8_validate (message, -1, NULL),
                  "row %u: a message that is not UTF-8", row);
      FUZZ_CHECK (lian_csv_row_result_get_outcome (result) != LIAN_CSV_OUTCOME_REJECTED ||
                  (message && message[0]), "row %u: rejected without a reason", row);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(LianCsvImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  FuzzSignals signals;
  gboolean partial, imported;
  guint8 how;

  fuzz_init ();
  if (size < 1)
    return 0;
  how = data[0];
  partial = (how & 0x04) != 0;
  if (registry == NULL)
    {
      registry = fuzz_registry_new_with (fuzz_fixture);
      registry_saved = lian_registry_save_to_data (registry, NULL);
      registry_n_records = lian_registry_get_n_records (registry);
    }

  importer = lian_csv_importer_new (registry, kinds[how & 0x03]);
  lian_csv_importer_set_partial (importer, partial);
  lian_csv_importer_set_encoding (importer, encodings[(how >> 3) & 0x03]);
  lian_csv_importer_set_update (importer, (how & 0x20) != 0);

  fuzz_signals_connect (registry, &signals);
  imported = lian_csv_importer_import_data (importer, (const char *) data + 1, size - 1, &error);
  fuzz_signals_disconnect (registry, &signals);

  if (imported)
    FUZZ_CHECK (error == NULL, "imported, with an error");
  else
    fuzz_check_error (error, 0);
  check_results (importer);
  report = lian_csv_importer_dup_report (importer);
  FUZZ_CHECK (report && g_utf8_validate (report, -1, NULL), "a report that is not UTF-8");

  FUZZ_CHECK (signals.removed == 0, "an import removed records");
  FUZZ_CHECK (lian_registry_get_n_records (registry) == registry_n_records + signals.added,
              "%u records after %u added to %u", lian_registry_get_n_records (registry),
              signals.added, registry_n_records);
  FUZZ_CHECK (signals.added == (imported || partial ? lian_csv_importer_get_n_imported (importer) : 0),
              "%u records added for %u rows imported", signals.added,
              lian_csv_importer_get_n_imported (importer));
  if (!partial && imported)
    FUZZ_CHECK (lian_csv_importer_get_n_rejected (importer) == 0,
                "an all-or-nothing import succeeded with rejected rows");

  if (signals.added == 0 && signals.changed == 0)
    {
      g_autofree char *after = lian_registry_save_to_data (registry, NULL);

      FUZZ_CHECK (g_str_equal (after, registry_saved),
                  "the registry changed without a signal:\n%s", after);
      return 0;
    }
  FUZZ_CHECK (partial || imported,
              "a failed all-or-nothing import (%s) changed the registry",
              error ? error->message : "");
  {
    g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
    fuzz_check_round_trip (saved, lian_registry_get_n_records (registry));
  }
  /* The next input starts from the fixture again. */
  g_clear_object (&importer);
  g_clear_object (&registry);
  g_clear_pointer (&registry_saved, g_free);
  return 0;
}
