/* test-chain.c
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

static const char * const ic_segments[] = { "芯片设计", "晶圆制造", "封装测试", NULL };

static LianChain *
new_ic_chain (void)
{
  LianChain *chain = lian_chain_new ("chain-wx-ic", "集成电路");

  lian_chain_set_region (chain, "320200");
  lian_chain_set_level (chain, LIAN_LEVEL_CITY);
  return chain;
}

static void
test_construct_with_properties (void)
{
  const char * const leaders[] = { "ent-wx-1", "ent-wx-2", NULL };
  g_autoptr(LianChain) chain = g_object_new (LIAN_TYPE_CHAIN,
                                             "id", "chain-wx-ic",
                                             "name", "集成电路",
                                             "tier", LIAN_CHAIN_TIER_EXCELLENT,
                                             "cluster", "集成电路与新一代信息技术",
                                             "level", LIAN_LEVEL_CITY,
                                             "region", "320200",
                                             "segments", ic_segments,
                                             "leader-ids", leaders,
                                             NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) segments = NULL;
  g_auto(GStrv) leader_ids = NULL;
  LianRecordKind kind;

  CU_ASSERT_STRING_EQUAL (lian_record_get_name (LIAN_RECORD (chain)), "集成电路");
  CU_ASSERT_EQUAL (lian_chain_get_tier (chain), LIAN_CHAIN_TIER_EXCELLENT);
  CU_ASSERT_STRING_EQUAL (lian_chain_get_cluster (chain), "集成电路与新一代信息技术");
  CU_ASSERT_EQUAL (lian_chain_get_level (chain), LIAN_LEVEL_CITY);
  CU_ASSERT_STRING_EQUAL (lian_chain_get_region (chain), "320200");
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_segments (chain), ic_segments));
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_leader_ids (chain), leaders));
  /* The chain keeps copies. */
  CU_ASSERT_PTR_NOT_EQUAL (lian_chain_get_segments (chain), ic_segments);

  g_object_get (chain,
                "segments", &segments,
                "leader-ids", &leader_ids,
                "record-kind", &kind,
                NULL);
  CU_ASSERT_TRUE (g_strv_equal ((const char * const *) segments, ic_segments));
  CU_ASSERT_TRUE (g_strv_equal ((const char * const *) leader_ids, leaders));
  CU_ASSERT_EQUAL (kind, LIAN_RECORD_KIND_CHAIN);
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (chain), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_defaults (void)
{
  g_autoptr(LianChain) chain = lian_chain_new ("chain-1", "集成电路");

  CU_ASSERT_STRING_EQUAL (lian_record_get_id (LIAN_RECORD (chain)), "chain-1");
  CU_ASSERT_EQUAL (lian_chain_get_tier (chain), LIAN_CHAIN_TIER_UNRATED);
  CU_ASSERT_EQUAL (lian_chain_get_level (chain), LIAN_LEVEL_PROVINCE);
  CU_ASSERT_PTR_NULL (lian_chain_get_cluster (chain));
  CU_ASSERT_PTR_NULL (lian_chain_get_region (chain));
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_chain_get_segments (chain));
  CU_ASSERT_PTR_NULL (lian_chain_get_segments (chain)[0]);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_chain_get_leader_ids (chain));
  CU_ASSERT_PTR_NULL (lian_chain_get_leader_ids (chain)[0]);
  CU_ASSERT_EQUAL (lian_chain_get_segment_index (chain, "芯片设计"), -1);
  CU_ASSERT_FALSE (lian_chain_has_segment (chain, "芯片设计"));
  CU_ASSERT_FALSE (lian_chain_is_leader (chain, "ent-1"));
}

static void
test_setters_notify_once_per_change (void)
{
  g_autoptr(LianChain) chain = lian_chain_new ("chain-1", "集成电路");
  const char * const empty[] = { NULL };
  const char * const leaders[] = { "ent-1", NULL };
  int count = 0;

  g_signal_connect (chain, "notify", G_CALLBACK (lian_test_count_notify_cb), &count);
  lian_chain_set_tier (chain, LIAN_CHAIN_TIER_UNRATED);
  lian_chain_set_level (chain, LIAN_LEVEL_PROVINCE);
  lian_chain_set_cluster (chain, NULL);
  lian_chain_set_region (chain, NULL);
  lian_chain_set_segments (chain, NULL);
  lian_chain_set_segments (chain, empty);
  lian_chain_set_leader_ids (chain, NULL);
  CU_ASSERT_EQUAL (count, 0);

  lian_chain_set_tier (chain, LIAN_CHAIN_TIER_KEY);
  CU_ASSERT_EQUAL (count, 1);
  lian_chain_set_cluster (chain, "集成电路与新一代信息技术");
  CU_ASSERT_EQUAL (count, 2);
  lian_chain_set_level (chain, LIAN_LEVEL_COUNTY);
  CU_ASSERT_EQUAL (count, 3);
  lian_chain_set_region (chain, "320214");
  CU_ASSERT_EQUAL (count, 4);
  lian_chain_set_segments (chain, ic_segments);
  CU_ASSERT_EQUAL (count, 5);
  lian_chain_set_leader_ids (chain, leaders);
  CU_ASSERT_EQUAL (count, 6);

  lian_chain_set_tier (chain, LIAN_CHAIN_TIER_KEY);
  lian_chain_set_cluster (chain, "集成电路与新一代信息技术");
  lian_chain_set_level (chain, LIAN_LEVEL_COUNTY);
  lian_chain_set_region (chain, "320214");
  lian_chain_set_segments (chain, ic_segments);
  lian_chain_set_leader_ids (chain, leaders);
  g_object_set (chain, "tier", LIAN_CHAIN_TIER_KEY, "region", "320214", NULL);
  CU_ASSERT_EQUAL (count, 6);

  g_object_set (chain, "tier", LIAN_CHAIN_TIER_ADVANTAGE, NULL);
  CU_ASSERT_EQUAL (count, 7);
  lian_chain_set_segments (chain, empty);
  CU_ASSERT_EQUAL (count, 8);
  CU_ASSERT_PTR_NULL (lian_chain_get_segments (chain)[0]);
}

static void
test_segments_keep_order (void)
{
  g_autoptr(LianChain) chain = lian_chain_new ("chain-1", "集成电路");
  const char * const after_remove[] = { "芯片设计", "封装测试", NULL };
  const char * const after_readd[] = { "芯片设计", "封装测试", "晶圆制造", NULL };
  int count = 0;

  g_signal_connect (chain, "notify::segments", G_CALLBACK (lian_test_count_notify_cb), &count);
  CU_ASSERT_TRUE (lian_chain_add_segment (chain, "芯片设计"));
  CU_ASSERT_TRUE (lian_chain_add_segment (chain, "晶圆制造"));
  CU_ASSERT_TRUE (lian_chain_add_segment (chain, "封装测试"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_segments (chain), ic_segments));

  CU_ASSERT_FALSE (lian_chain_add_segment (chain, "晶圆制造"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_segments (chain), ic_segments));

  CU_ASSERT_EQUAL (lian_chain_get_segment_index (chain, "芯片设计"), 0);
  CU_ASSERT_EQUAL (lian_chain_get_segment_index (chain, "晶圆制造"), 1);
  CU_ASSERT_EQUAL (lian_chain_get_segment_index (chain, "封装测试"), 2);
  CU_ASSERT_EQUAL (lian_chain_get_segment_index (chain, "终端应用"), -1);
  CU_ASSERT_TRUE (lian_chain_has_segment (chain, "晶圆制造"));
  CU_ASSERT_FALSE (lian_chain_has_segment (chain, "终端应用"));

  CU_ASSERT_TRUE (lian_chain_remove_segment (chain, "晶圆制造"));
  CU_ASSERT_EQUAL (count, 4);
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_segments (chain), after_remove));
  CU_ASSERT_EQUAL (lian_chain_get_segment_index (chain, "封装测试"), 1);
  CU_ASSERT_FALSE (lian_chain_has_segment (chain, "晶圆制造"));
  CU_ASSERT_FALSE (lian_chain_remove_segment (chain, "晶圆制造"));
  CU_ASSERT_EQUAL (count, 4);

  /* A segment added again goes downstream of the others. */
  CU_ASSERT_TRUE (lian_chain_add_segment (chain, "晶圆制造"));
  CU_ASSERT_EQUAL (count, 5);
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_segments (chain), after_readd));

  CU_ASSERT_TRUE (lian_chain_remove_segment (chain, "芯片设计"));
  CU_ASSERT_TRUE (lian_chain_remove_segment (chain, "封装测试"));
  CU_ASSERT_TRUE (lian_chain_remove_segment (chain, "晶圆制造"));
  CU_ASSERT_EQUAL (count, 8);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lian_chain_get_segments (chain));
  CU_ASSERT_PTR_NULL (lian_chain_get_segments (chain)[0]);
}

static void
test_leaders (void)
{
  g_autoptr(LianChain) chain = lian_chain_new ("chain-1", "集成电路");
  const char * const both[] = { "ent-wx-1", "ent-wx-2", NULL };
  const char * const second[] = { "ent-wx-2", NULL };
  int count = 0;

  g_signal_connect (chain, "notify::leader-ids", G_CALLBACK (lian_test_count_notify_cb), &count);
  CU_ASSERT_TRUE (lian_chain_add_leader (chain, "ent-wx-1"));
  CU_ASSERT_TRUE (lian_chain_add_leader (chain, "ent-wx-2"));
  CU_ASSERT_FALSE (lian_chain_add_leader (chain, "ent-wx-1"));
  CU_ASSERT_EQUAL (count, 2);
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_leader_ids (chain), both));
  CU_ASSERT_TRUE (lian_chain_is_leader (chain, "ent-wx-1"));
  CU_ASSERT_FALSE (lian_chain_is_leader (chain, "ent-wx-3"));

  CU_ASSERT_TRUE (lian_chain_remove_leader (chain, "ent-wx-1"));
  CU_ASSERT_FALSE (lian_chain_remove_leader (chain, "ent-wx-1"));
  CU_ASSERT_EQUAL (count, 3);
  CU_ASSERT_TRUE (g_strv_equal (lian_chain_get_leader_ids (chain), second));
  CU_ASSERT_FALSE (lian_chain_is_leader (chain, "ent-wx-1"));
  CU_ASSERT_TRUE (lian_chain_is_leader (chain, "ent-wx-2"));
}

static void
test_validate_names_bad_field (void)
{
  g_autoptr(LianChain) chain = new_ic_chain ();
  const char * const with_empty[] = { "芯片设计", "", "封装测试", NULL };
  const char * const with_duplicate[] = { "芯片设计", "晶圆制造", "芯片设计", "封装测试", NULL };
  const char * const bad_leaders[] = { "ent-wx-1", "无锡企业", NULL };
  g_autoptr(GError) error = NULL;

  lian_chain_set_segments (chain, ic_segments);
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (chain), &error));
  CU_ASSERT_PTR_NULL (error);

  /* Fields are checked in order: the name before the region. */
  lian_record_set_name (LIAN_RECORD (chain), NULL);
  lian_chain_set_region (chain, NULL);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (chain), &error));
  ASSERT_MESSAGE_STARTS (error, "name: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);

  lian_record_set_name (LIAN_RECORD (chain), "集成电路");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (chain), &error));
  ASSERT_MESSAGE_STARTS (error, "region: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING);

  lian_chain_set_region (chain, "990200");
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (chain), &error));
  ASSERT_MESSAGE_STARTS (error, "region: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);

  lian_chain_set_region (chain, "320214");
  lian_chain_set_segments (chain, with_empty);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (chain), &error));
  ASSERT_MESSAGE_STARTS (error, "segments[1]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);

  lian_chain_set_segments (chain, with_duplicate);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (chain), &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_STRING_EQUAL (error->message, "segments[2]: \"芯片设计\" appears twice");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE);

  lian_chain_set_segments (chain, ic_segments);
  lian_chain_set_leader_ids (chain, bad_leaders);
  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (chain), &error));
  ASSERT_MESSAGE_STARTS (error, "leader_ids[1]: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);

  CU_ASSERT_TRUE (lian_chain_remove_leader (chain, "无锡企业"));
  CU_ASSERT_TRUE (lian_record_validate (LIAN_RECORD (chain), &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_validate_checks_id_first (void)
{
  g_autoptr(LianChain) chain = lian_chain_new ("chain wx", NULL);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FALSE (lian_record_validate (LIAN_RECORD (chain), &error));
  ASSERT_MESSAGE_STARTS (error, "id: ");
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_ID);
}

static void
test_chains_are_finalized (void)
{
  LianChain *chain = new_ic_chain ();

  lian_chain_set_segments (chain, ic_segments);
  lian_chain_add_leader (chain, "ent-wx-1");
  g_object_add_weak_pointer (G_OBJECT (chain), (gpointer *) &chain);
  g_object_unref (chain);
  CU_ASSERT_PTR_NULL (chain);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/chain/construct-with-properties", test_construct_with_properties },
    { "/lian/chain/defaults", test_defaults },
    { "/lian/chain/setters-notify-once-per-change", test_setters_notify_once_per_change },
    { "/lian/chain/segments-keep-order", test_segments_keep_order },
    { "/lian/chain/leaders", test_leaders },
    { "/lian/chain/validate-names-bad-field", test_validate_names_bad_field },
    { "/lian/chain/validate-checks-id-first", test_validate_checks_id_first },
    { "/lian/chain/chains-are-finalized", test_chains_are_finalized },
    { NULL, NULL },
  };
  return lian_test_run ("chain", tests);
}
