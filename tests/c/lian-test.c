/* lian-test.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdlib.h>
#include <CUnit/Basic.h>

#include "lian-test.h"

int
lian_test_run (const char     *suite_name,
               const LianTest *tests)
{
  CU_pSuite suite;
  unsigned failures;

  if (CU_initialize_registry () != CUE_SUCCESS)
    return 2;
  suite = CU_add_suite (suite_name, NULL, NULL);
  for (guint i = 0; tests[i].name; i++)
    CU_add_test (suite, tests[i].name, tests[i].func);

  CU_basic_set_mode (CU_BRM_VERBOSE);
  CU_basic_run_tests ();
  /* Read before cleanup: CU_cleanup_registry() resets the counters. */
  failures = CU_get_number_of_failures () + CU_get_number_of_tests_failed ();
  CU_cleanup_registry ();
  return failures == 0 ? 0 : 1;
}

char *
lian_test_data (const char *relative)
{
  const char *root = g_getenv ("LIAN_SOURCE_DIR");

  return g_build_filename (root ? root : ".", "tests", "data", relative, NULL);
}
