/* test-uscc.c: Unified Social Credit Codes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static const char *good[] = {
  "91320214745555318W",
  "913205056082348768",
  "91110000600037341L",
  "121200004013590816",
  NULL,
};

static void
test_valid_codes_pass (void)
{
  for (guint i = 0; good[i]; i++)
    CU_ASSERT_TRUE (lian_uscc_is_valid (good[i]));
}

static void
test_invalid_codes_fail (void)
{
  CU_ASSERT_FALSE (lian_uscc_is_valid ("91110000600037341N"));
  CU_ASSERT_FALSE (lian_uscc_is_valid ("9111000060003IOZSV"));
  CU_ASSERT_FALSE (lian_uscc_is_valid ("12345"));
  CU_ASSERT_FALSE (lian_uscc_is_valid (""));
  CU_ASSERT_FALSE (lian_uscc_is_valid (NULL));
  /* is_valid does not normalise */
  CU_ASSERT_FALSE (lian_uscc_is_valid ("91320214745555318w"));
  /* positions 3-8 are digits */
  CU_ASSERT_FALSE (lian_uscc_is_valid ("91A20214745555318W"));
}

static void
test_normalize_strips_and_uppercases (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = lian_uscc_normalize ("9132 0214 7455 5531 8w", &error);
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (a, "91320214745555318W");
  b = lian_uscc_normalize ("9111-0000-6000-3734-1l", &error);
  CU_ASSERT_STRING_EQUAL (b, "91110000600037341L");
  /* full-width digits and an ideographic space */
  c = lian_uscc_normalize ("９１３２０５０５６０８２３４８７６８\u3000", &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_STRING_EQUAL (c, "913205056082348768");
}

static void
test_normalize_names_expected_check_character (void)
{
  g_autoptr(GError) error = NULL;
  char *code = lian_uscc_normalize ("91110000600037341N", &error);

  CU_ASSERT_PTR_NULL (code);
  LIAN_ASSERT_MESSAGE (error, "'L'");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);
}

static void
test_normalize_reports_length_and_symbols (void)
{
  g_autoptr(GError) error = NULL;

  CU_ASSERT_PTR_NULL (lian_uscc_normalize ("12345", &error));
  LIAN_ASSERT_MESSAGE (error, "18 characters, not 5");
  g_clear_error (&error);

  CU_ASSERT_PTR_NULL (lian_uscc_normalize ("9111000060003IOZSV", &error));
  LIAN_ASSERT_MESSAGE (error, "'I'");
  g_clear_error (&error);

  CU_ASSERT_PTR_NULL (lian_uscc_normalize ("91320214745555318中", &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);

  CU_ASSERT_PTR_NULL (lian_uscc_normalize ("\xff\xfe", &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);

  CU_ASSERT_PTR_NULL (lian_uscc_normalize ("", &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);
}

/* Refused codes are explained in the reader's language. */
static void
test_refused_code_in_chinese (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  CU_ASSERT_TRUE_FATAL (lian_set_language ("zh_CN", NULL));
  code = lian_uscc_normalize ("91110000600037341N", &error);
  CU_ASSERT_PTR_NULL (code);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "校验位应为“L”，而不是“N”");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);
  g_clear_pointer (&code, g_free);
  code = lian_uscc_normalize ("9111000060003734", &error);
  LIAN_ASSERT_MESSAGE (error, "统一社会信用代码应有 18 位，而不是 16 位");
  g_clear_error (&error);

  lian_set_language (NULL, NULL);
  g_clear_pointer (&code, g_free);
  code = lian_uscc_normalize ("91110000600037341N", &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "check character is 'L', not 'N'");
}

/* The check character of a code's first 17 symbols: every valid code
 * comes back whole; a base of another length or with a symbol outside the
 * set is refused, saying why. */
static void
test_complete_appends_check_character (void)
{
  static const char * const valid[] = {
    "91320214745555318W", "913205056082348768", "91110000600037341L", "121200004013590816",
  };
  GError *error = NULL;
  char *code;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *base = g_strndup (valid[i], 17);

      code = lian_uscc_complete (base, &error);
      CU_ASSERT_PTR_NULL (error);
      CU_ASSERT_STRING_EQUAL (code, valid[i]);
      CU_ASSERT_TRUE (lian_uscc_is_valid (code));
      g_free (code);
    }
  code = lian_uscc_complete ("9132021474555531", &error);
  CU_ASSERT_PTR_NULL (code);
  LIAN_ASSERT_MESSAGE (error,
                       "a credit code without its check character has 17 characters, not 16");
  g_clear_error (&error);
  code = lian_uscc_complete ("913202I4745555318", &error);
  CU_ASSERT_PTR_NULL (code);
  LIAN_ASSERT_MESSAGE (error, "character 7 'I' is not one of 0-9A-HJ-NPQRTUWXY");
  g_clear_error (&error);
  code = lian_uscc_complete ("91320A14745555318", &error);
  CU_ASSERT_PTR_NULL (code);
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC);
  g_clear_error (&error);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/uscc/valid-codes-pass", test_valid_codes_pass },
    { "/lian/uscc/invalid-codes-fail", test_invalid_codes_fail },
    { "/lian/uscc/normalize-strips-and-uppercases", test_normalize_strips_and_uppercases },
    { "/lian/uscc/normalize-names-expected-check-character", test_normalize_names_expected_check_character },
    { "/lian/uscc/normalize-reports-length-and-symbols", test_normalize_reports_length_and_symbols },
    { "/lian/uscc/refused-code-in-chinese", test_refused_code_in_chinese },
    { "/lian/uscc/complete-appends-check-character", test_complete_appends_check_character },
    { NULL, NULL },
  };
  return lian_test_run ("uscc", tests);
}
