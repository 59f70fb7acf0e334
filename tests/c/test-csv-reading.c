/* test-csv-reading.c: LianCsvImporter and the bytes of a CSV file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * How the importer reads what Excel, WPS and people write: quoted cells,
 * line ends of every kind, byte-order marks, spaces of every width, and
 * GB18030 files long enough to be decoded in several blocks, with
 * characters and rows cut by the end of a block.
 */
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

/* The importer decodes GB18030 256 KiB at a time. */
#define BLOCK_SIZE (256 * 1024)

/* Row @i's name: two-byte and four-byte GB18030 characters (𠀀 is four). */
static char *
name_of (guint i)
{
  return g_strdup_printf ("无锡𠀀%u号·微电子“有限”集成电路设计制造封装测试研究院分公司𠀀𠀀", i);
}

/* @n_rows enterprises, the first cell of the first row padded by @pad
 * spaces (trimmed on import) so that the ends of the blocks fall
 * elsewhere; row @bad_row (if any) has a region code of the wrong form. */
static GString *
make_sheet (guint n_rows,
            guint pad,
            guint bad_row)
{
  GString *csv = g_string_new ("企业名称,统一社会信用代码,所在地区代码\r\n");

  for (guint i = 1; i <= n_rows; i++)
    {
      g_autofree char *name = name_of (i);
      g_autofree char *code = lian_test_uscc ("320214", i);

      if (i == 1)
        for (guint k = 0; k < pad; k++)
          g_string_append_c (csv, ' ');
      g_string_append_printf (csv, "%s,%s,%s\r\n", name, code, i == bad_row ? "3202" : "320214");
    }
  return csv;
}

static char *
to_gb18030 (GString *csv,
            gsize   *length)
{
  g_autoptr(GError) error = NULL;
  char *gb = g_convert (csv->str, csv->len, "GB18030", "UTF-8", NULL, length, &error);

  g_assert_no_error (error);
  return gb;
}

static void
test_gb18030_cut_by_blocks (void)
{
  /* Over 100 bytes a row: three blocks and more. */
  guint n_rows = 3 * BLOCK_SIZE / 100 + 100, bad_row = n_rows - 7;

  for (guint pad = 0; pad < 4; pad++)
    {
      g_autoptr(GString) csv = make_sheet (n_rows, pad, bad_row);
      g_autoptr(LianRegistry) registry = lian_registry_new ();
      g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry,
                                                                   LIAN_RECORD_KIND_ENTERPRISE);
      g_autoptr(LianCsvRowResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *gb = NULL;
      gsize length = 0;
      guint wrong = 0;

      gb = to_gb18030 (csv, &length);
      CU_ASSERT_TRUE_FATAL (length > 3 * BLOCK_SIZE);
      lian_csv_importer_set_partial (importer, TRUE);
      CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, gb, length, &error));
      CU_ASSERT_PTR_NULL (error);
      CU_ASSERT_EQUAL (lian_csv_importer_get_n_imported (importer), n_rows - 1);
      CU_ASSERT_EQUAL (lian_csv_importer_get_n_rejected (importer), 1);
      for (guint i = 1; i <= n_rows; i++)
        {
          g_autofree char *name = name_of (i);
          g_autofree char *code = lian_test_uscc ("320214", i);
          char id[24];
          LianRecord *record;

          g_snprintf (id, sizeof id, "ent-%s", code);
          record = lian_registry_lookup (registry, id);
          if (i != bad_row && (record == NULL || g_strcmp0 (lian_record_get_name (record), name)))
            wrong++;
        }
      CU_ASSERT_EQUAL (wrong, 0);
      /* The row numbers count on across the blocks: the header is row 1. */
      result = g_list_model_get_item (lian_csv_importer_get_results (importer), bad_row - 1);
      CU_ASSERT_PTR_NOT_NULL_FATAL (result);
      CU_ASSERT_EQUAL (lian_csv_row_result_get_row (result), bad_row + 1);
      CU_ASSERT_EQUAL (lian_csv_row_result_get_outcome (result), LIAN_CSV_OUTCOME_REJECTED);
    }
}

/* Bytes no GB18030 reads, in the third block: the line is the file's. */
static void
test_gb18030_bad_bytes_after_blocks (void)
{
  guint n_rows = 3 * BLOCK_SIZE / 100 + 100;
  g_autoptr(GString) csv = make_sheet (n_rows, 0, 0);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry,
                                                               LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autofree char *gb = NULL;
  gsize length = 0, at;
  guint line = 1;

  gb = to_gb18030 (csv, &length);
  /* A lead byte followed by a byte no character continues with, on the
   * line after the one the offset falls in. */
  at = 2 * BLOCK_SIZE + 1000;
  while (gb[at] != '\n')
    at++;
  gb[at + 1] = (char) 0x81;
  gb[at + 2] = (char) 0x7F;
  for (gsize i = 0; i <= at; i++)
    if (gb[i] == '\n')
      line++;
  lian_csv_importer_set_encoding (importer, "GB18030");
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, gb, length, &error));
  CU_ASSERT_TRUE (g_error_matches (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING));
  if (error)
    {
      g_autofree char *expected = g_strdup_printf ("line %u: the bytes are not GB18030 text", line);
      CU_ASSERT_STRING_EQUAL (error->message, expected);
    }
  CU_ASSERT_EQUAL (g_list_model_get_n_items (lian_csv_importer_get_results (importer)), 0);
  CU_ASSERT_EQUAL (lian_registry_get_n_records (registry), 0);

  /* A character cut by the end of the file. */
  g_clear_error (&error);
  gb[length - 2] = (char) 0xB0;
  CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, gb, length - 1, &error));
  CU_ASSERT_TRUE (g_error_matches (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING));
}

/* GB18030's own byte-order mark (84 31 95 33) is passed over. */
static void
test_gb18030_bom (void)
{
  static const char csv[] = "企业名称,统一社会信用代码,所在地区代码\n无锡华芯,91320214526018159X,320214\n";
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry,
                                                               LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autofree char *gb = NULL;
  g_autoptr(GString) bytes = g_string_new ("\x84\x31\x95\x33");
  gsize length = 0;

  gb = g_convert (csv, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_string_append_len (bytes, gb, length);
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, bytes->str, bytes->len, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL (lian_registry_lookup (registry, "ent-91320214526018159X"));
}

/* Quoted cells with quotes, commas and line breaks; CRLF, LF and CR line
 * ends; a UTF-8 byte-order mark; spaces of every width around cells;
 * full-width digits; a cell guarded as ="…". */
static void
test_cells_as_spreadsheets_write_them (void)
{
  static const char csv[] =
    "\xEF\xBB\xBF" "企业名称,统一社会信用代码,所在地区代码,从业人数,企业标签,备注\r\n"
    "\"无锡\"\"华芯\"\"微电子, 有限公司\",91320214526018159X,320214,\"1,200\","
    "\"专精特新、小巨人\",\"第一行\r\n第二行\"\r\n"
    "\xE3\x80\x80 无锡新材料 \xC2\xA0,=\"91320214MA1N2K3L4G\",\xEF\xBC\x93\xEF\xBC\x92\xEF\xBC\x90"
    "\xEF\xBC\x92\xEF\xBC\x91\xEF\xBC\x94, 35 ,\"\",\r"
    "\t江阴精密\t,91320281MA1P5Q6R7Y,320214,7,高新技术企业 ; 民营,x\n"
    "江阴重工,bad,320214,1,,\n";
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry,
                                                               LIAN_RECORD_KIND_ENTERPRISE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LianCsvRowResult) result = NULL;
  LianEnterprise *ent;
  JsonObject *extra;

  lian_csv_importer_set_partial (importer, TRUE);
  CU_ASSERT_TRUE (lian_csv_importer_import_data (importer, csv, -1, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (lian_csv_importer_get_n_imported (importer), 3);

  ent = lian_registry_lookup_enterprise (registry, "ent-91320214526018159X");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "无锡\"华芯\"微电子, 有限公司");
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 1200);
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent),
                   LIAN_ENTERPRISE_TAGS_SRDI | LIAN_ENTERPRISE_TAGS_LITTLE_GIANT);
  extra = lian_record_get_extra (LIAN_RECORD (ent));
  CU_ASSERT_PTR_NOT_NULL_FATAL (extra);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (extra, "备注"), "第一行\r\n第二行");

  ent = lian_registry_lookup_enterprise (registry, "ent-91320214MA1N2K3L4G");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "无锡新材料");
  CU_ASSERT_STRING_EQUAL (lian_enterprise_get_region (ent), "320214");
  CU_ASSERT_EQUAL (lian_enterprise_get_employees (ent), 35);
  CU_ASSERT_PTR_NULL (lian_record_get_extra (LIAN_RECORD (ent)));

  ent = lian_registry_lookup_enterprise (registry, "ent-91320281MA1P5Q6R7Y");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ent);
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (ent)), "江阴精密");
  CU_ASSERT_EQUAL (lian_enterprise_get_tags (ent),
                   LIAN_ENTERPRISE_TAGS_HIGH_TECH | LIAN_ENTERPRISE_TAGS_PRIVATE);

  /* Rows as the sheet numbers them: the two lines of row 2 are one row. */
  result = g_list_model_get_item (lian_csv_importer_get_results (importer), 3);
  CU_ASSERT_PTR_NOT_NULL_FATAL (result);
  CU_ASSERT_EQUAL (lian_csv_row_result_get_row (result), 5);
  CU_ASSERT_EQUAL (lian_csv_row_result_get_outcome (result), LIAN_CSV_OUTCOME_REJECTED);
  CU_ASSERT_STRING_EQUAL (lian_csv_row_result_get_column (result), "统一社会信用代码");
}

/* The importer checks UTF-8 sixteen bytes at a time where it is ASCII or
 * characters of three bytes: it takes what g_utf8_validate() takes, and
 * names the line of the first byte it does not. */
static void
test_utf8_checked_as_glib_does (void)
{
  static const char * const pieces[] = {
    "a", ",", "\n", "\xe4\xb8\xad", "\xe4\xb8\xad\xe5\x9b\xbd", "\xef\xbc\x8c",
    "\xe0\xa0\x80", "\xed\x9f\xbf", "\xee\x80\x80", "\xef\xbf\xbf", "\xc3\xa9",
    "\xf0\x9f\x98\x80",
    /* Not UTF-8: a surrogate, overlong forms, stray and cut bytes. */
    "\xed\xa0\x80", "\xe0\x80\x80", "\x80", "\xe4", "\xe4\xb8", "\xe4\xb8\x2c",
    "\xe4\xc0\x80", "\xff", "\xc0\x80",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (21);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianCsvImporter) importer = lian_csv_importer_new (registry,
                                                               LIAN_RECORD_KIND_ENTERPRISE);

  lian_csv_importer_set_encoding (importer, "UTF-8");
  for (guint trial = 0; trial < 2000; trial++)
    {
      g_autoptr(GString) csv = g_string_new ("企业名称\n");
      g_autoptr(GError) error = NULL;
      /* Mostly good characters, a bad piece now and then. */
      guint n = g_rand_int_range (rand, 1, 80), bad_every = g_rand_int_range (rand, 20, 400);
      const char *end;
      guint line = 1;

      for (guint i = 0; i < n; i++)
        {
          guint k = (guint) g_rand_int_range (rand, 0, 400) < bad_every
                    ? (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))
                    : (guint) g_rand_int_range (rand, 0, 12);
          g_string_append (csv, pieces[k]);
        }
      if (g_utf8_validate_len (csv->str, csv->len, &end))
        {
          lian_csv_importer_import_data (importer, csv->str, csv->len, &error);
          CU_ASSERT_FALSE (g_error_matches (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING));
          continue;
        }
      for (const char *p = csv->str; p < end; p++)
        line += *p == '\n';
      CU_ASSERT_FALSE (lian_csv_importer_import_data (importer, csv->str, csv->len, &error));
      CU_ASSERT_TRUE (g_error_matches (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING));
      if (error)
        {
          g_autofree char *expected = g_strdup_printf ("line %u: the bytes are not UTF-8 text", line);
          CU_ASSERT_STRING_EQUAL (error->message, expected);
        }
    }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/csv-import/gb18030-cut-by-blocks", test_gb18030_cut_by_blocks },
    { "/lian/csv-import/gb18030-bad-bytes-after-blocks", test_gb18030_bad_bytes_after_blocks },
    { "/lian/csv-import/gb18030-bom", test_gb18030_bom },
    { "/lian/csv-import/cells-as-spreadsheets-write-them", test_cells_as_spreadsheets_write_them },
    { "/lian/csv-import/utf8-checked-as-glib-does", test_utf8_checked_as_glib_does },
    { NULL, NULL },
  };
  return lian_test_run ("csv-reading", tests);
}
