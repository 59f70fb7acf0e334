/* test-error.c: the error domains
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
test_domains_are_distinct_and_named (void)
{
  CU_ASSERT_STRING_EQUAL (g_quark_to_string (LIAN_DATA_ERROR), "lian-data-error-quark");
  CU_ASSERT_STRING_EQUAL (g_quark_to_string (LIAN_FORMAT_ERROR), "lian-format-error-quark");
  CU_ASSERT_STRING_EQUAL (g_quark_to_string (LIAN_REGISTRY_ERROR), "lian-registry-error-quark");
  CU_ASSERT_NOT_EQUAL (LIAN_DATA_ERROR, LIAN_FORMAT_ERROR);
  CU_ASSERT_NOT_EQUAL (LIAN_FORMAT_ERROR, LIAN_REGISTRY_ERROR);
}

static void
test_codes_are_registered_enums (void)
{
  CU_ASSERT_TRUE (G_TYPE_IS_ENUM (LIAN_TYPE_DATA_ERROR));
  CU_ASSERT_TRUE (G_TYPE_IS_ENUM (LIAN_TYPE_FORMAT_ERROR));
  CU_ASSERT_TRUE (G_TYPE_IS_ENUM (LIAN_TYPE_REGISTRY_ERROR));
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_DATA_ERROR,
                                             LIAN_DATA_ERROR_ILLEGAL_TRANSITION),
                          "illegal-transition");
  CU_ASSERT_STRING_EQUAL (lian_enum_to_nick (LIAN_TYPE_REGISTRY_ERROR,
                                             LIAN_REGISTRY_ERROR_STILL_REFERENCED),
                          "still-referenced");
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/error/domains-are-distinct-and-named", test_domains_are_distinct_and_named },
    { "/lian/error/codes-are-registered-enums", test_codes_are_registered_enums },
    { NULL, NULL },
  };
  return lian_test_run ("error", tests);
}
