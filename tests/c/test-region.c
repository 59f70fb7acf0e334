/* test-region.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

/* Asserts that @error is set and its message starts with @prefix. */
#define ASSERT_MESSAGE_STARTS(error, prefix)                            \
  do {                                                                  \
    LIAN_ASSERT_MESSAGE (error, prefix);                                \
    CU_ASSERT_TRUE (g_str_has_prefix ((error)->message, prefix));       \
  } while (0)

static void
test_construct_with_properties (void)
{
  g_autoptr(LianRegion) region = g_object_new (LIAN_TYPE_REGION,
                                               "id", "320214",
                                               "name", "新吴区",
                                               NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *name = NULL;
  LianLevel level;
  LianRecordKind kind;

  CU_ASSERT_STRING_EQUAL (lian_region_get_code (region), "320214");
  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (region)), "320214");
  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (region)), "新吴区");
  g_object_get (region,
                "level", &level,
                "parent-code", &parent,
                "name", &name,
                "record-kind", &kind,
                NULL);
  CU_ASSERT_EQUAL (level, LIAN_LEVEL_COUNTY);
  CU_ASSERT_STRING_EQUAL (parent, "320200");
  CU_ASSERT_STRING_EQUAL (name, "新吴区");
  CU_ASSERT_EQUAL (kind, LIAN_RECORD_KIND_REGION);
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (region), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_level_and_parent_from_code (void)
{
  g_autoptr(LianRegion) province = lian_region_new ("320000", "江苏省");
  g_autoptr(LianRegion) city = lian_region_new ("320200", "无锡市");
  g_autoptr(LianRegion) county = lian_region_new ("320214", "新吴区");
  g_autoptr(LianRegion) direct = lian_region_new ("419001", "济源市");
  g_autofree char *city_parent = NULL;
  g_autofree char *county_parent = NULL;
  g_autofree char *direct_parent = NULL;
  g_autofree char *province_parent = NULL;

  g_object_get (city, "parent-code", &city_parent, NULL);
  g_object_get (county, "parent-code", &county_parent, NULL);
  g_object_get (direct, "parent-code", &direct_parent, NULL);
  g_object_get (province, "parent-code", &province_parent, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autofree char *deprecated = lian_region_dup_parent_code (county);
    CU_ASSERT_STRING_EQUAL (deprecated, "320200");
  }
  G_GNUC_END_IGNORE_DEPRECATIONS

  CU_ASSERT_EQUAL (lian_region_get_level (province), LIAN_LEVEL_PROVINCE);
  CU_ASSERT_EQUAL (lian_region_get_level (city), LIAN_LEVEL_CITY);
  CU_ASSERT_EQUAL (lian_region_get_level (county), LIAN_LEVEL_COUNTY);
  CU_ASSERT_EQUAL (lian_region_get_level (direct), LIAN_LEVEL_COUNTY);
  CU_ASSERT_PTR_NULL (province_parent);
  CU_ASSERT_STRING_EQUAL (city_parent, "320000");
  CU_ASSERT_STRING_EQUAL (county_parent, "320200");
  CU_ASSERT_STRING_EQUAL (direct_parent, "410000");
}

static void
test_invalid_code_reads_as_county_without_parent (void)
{
  /* The tests run with fatal criticals: none of these may warn. */
  const char *bad[] = { "32021", "3202144", "32a214", "990000", "320014", "" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(LianRegion) region = lian_region_new (bad[i], "某地");
      g_autofree char *prop_parent = NULL;

      CU_ASSERT_EQUAL (lian_region_get_level (region), LIAN_LEVEL_COUNTY);
      g_object_get (region, "parent-code", &prop_parent, NULL);
      CU_ASSERT_PTR_NULL (prop_parent);
    }
}

static void
test_level_and_parent_are_read_only (void)
{
  GObjectClass *klass = g_type_class_ref (LIAN_TYPE_REGION);
  GParamSpec *level = g_object_class_find_property (klass, "level");
  GParamSpec *parent = g_object_class_find_property (klass, "parent-code");

  CU_ASSERT_PTR_NOT_NULL_FATAL (level);
  CU_ASSERT_PTR_NOT_NULL_FATAL (parent);
  CU_ASSERT_EQUAL (G_PARAM_SPEC_VALUE_TYPE (level), LIAN_TYPE_LEVEL);
  CU_ASSERT_EQUAL (G_PARAM_SPEC_VALUE_TYPE (parent), G_TYPE_STRING);
  CU_ASSERT_TRUE (level->flags & G_PARAM_READABLE);
  CU_ASSERT_FALSE (level->flags & G_PARAM_WRITABLE);
  CU_ASSERT_TRUE (parent->flags & G_PARAM_READABLE);
  CU_ASSERT_FALSE (parent->flags & G_PARAM_WRITABLE);
  g_type_class_unref (klass);
}

static void
test_name_notifies_once_per_change (void)
{
  g_autoptr(LianRegion) region = lian_region_new ("320200", "无锡市");
  int count = 0;

  g_signal_connect (region, "notify", G_CALLBACK (lian_test_count_notify_cb), &count);
  lian_record_set_name (LIAN_RECORD (region), "无锡市");
  CU_ASSERT_EQUAL (count, 0);
  lian_record_set_name (LIAN_RECORD (region), "无锡");
  CU_ASSERT_EQUAL (count, 1);
  g_object_set (region, "name", "无锡", NULL);
  CU_ASSERT_EQUAL (count, 1);
}

static void
test_validate_names_bad_field (void)
{
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(LianRegion) region = lian_region_new ("32021", "新吴区");
    CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (region), &error));
    ASSERT_MESSAGE_STARTS (error, "id: ");
    LIAN_ASSERT_MESSAGE (error, "6 digits");
    LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  }
  {
    g_autoptr(LianRegion) region = lian_region_new ("990000", "某省");
    CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (region), &error));
    ASSERT_MESSAGE_STARTS (error, "id: ");
    LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  }
  {
    /* A well-formed id that is no region code. */
    g_autoptr(LianRegion) region = lian_region_new ("wuxi", "无锡市");
    CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (region), &error));
    ASSERT_MESSAGE_STARTS (error, "id: ");
    LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
  }
  {
    /* The base class checks the id first. */
    g_autoptr(LianRegion) region = g_object_new (LIAN_TYPE_REGION, "name", "无锡市", NULL);
    CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (region), &error));
    ASSERT_MESSAGE_STARTS (error, "id: ");
    LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
  }
  {
    g_autoptr(LianRegion) region = lian_region_new ("320200", NULL);
    CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (region), &error));
    ASSERT_MESSAGE_STARTS (error, "name: ");
    LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
    lian_record_set_name (LIAN_RECORD (region), "");
    CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (region), &error));
    ASSERT_MESSAGE_STARTS (error, "name: ");
    LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);
    lian_record_set_name (LIAN_RECORD (region), "无锡市");
    CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (region), &error));
    CU_ASSERT_PTR_NULL (error);
  }
}

static void
test_regions_are_finalized (void)
{
  LianRegion *region = lian_region_new ("320214", "新吴区");

  g_object_add_weak_pointer (G_OBJECT (region), (gpointer *) &region);
  g_object_unref (region);
  CU_ASSERT_PTR_NULL (region);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/region/construct-with-properties", test_construct_with_properties },
    { "/lian/region/level-and-parent-from-code", test_level_and_parent_from_code },
    { "/lian/region/invalid-code-reads-as-county-without-parent", test_invalid_code_reads_as_county_without_parent },
    { "/lian/region/level-and-parent-are-read-only", test_level_and_parent_are_read_only },
    { "/lian/region/name-notifies-once-per-change", test_name_notifies_once_per_change },
    { "/lian/region/validate-names-bad-field", test_validate_names_bad_field },
    { "/lian/region/regions-are-finalized", test_regions_are_finalized },
    { NULL, NULL },
  };
  return lian_test_run ("region", tests);
}
