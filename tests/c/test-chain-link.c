/* test-chain-link.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

static void
test_new_and_getters (void)
{
  g_autoptr(LianChainLink) link = lian_chain_link_new ("chain-ic", "封装测试", LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) bare = lian_chain_link_new ("chain-bio", NULL, LIAN_CHAIN_ROLE_SERVICE);

  CU_ASSERT_PTR_NOT_NULL_FATAL (link);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_chain_id (link), "chain-ic");
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "封装测试");
  CU_ASSERT_EQUAL (lian_chain_link_get_role (link), LIAN_CHAIN_ROLE_CORE);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_chain_id (bare), "chain-bio");
  CU_ASSERT_PTR_NULL (lian_chain_link_get_segment (bare));
  CU_ASSERT_EQUAL (lian_chain_link_get_role (bare), LIAN_CHAIN_ROLE_SERVICE);
}

static void
test_strings_are_copied (void)
{
  char chain_id[] = "chain-ic";
  char segment[] = "design";
  g_autoptr(LianChainLink) link = lian_chain_link_new (chain_id, segment, LIAN_CHAIN_ROLE_LEADER);

  chain_id[0] = 'X';
  segment[0] = 'X';
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_chain_id (link), "chain-ic");
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_segment (link), "design");
}

static void
test_ref_and_boxed_copy_share (void)
{
  LianChainLink *link = lian_chain_link_new ("chain-ic", NULL, LIAN_CHAIN_ROLE_LEADER);
  LianChainLink *copy;
  GValue value = G_VALUE_INIT;

  CU_ASSERT_TRUE (G_TYPE_IS_BOXED (LIAN_TYPE_CHAIN_LINK));
  CU_ASSERT_STRING_EQUAL (g_type_name (LIAN_TYPE_CHAIN_LINK), "LianChainLink");
  CU_ASSERT_PTR_EQUAL (lian_chain_link_ref (link), link);
  lian_chain_link_unref (link);

  copy = g_boxed_copy (LIAN_TYPE_CHAIN_LINK, link);
  CU_ASSERT_PTR_EQUAL (copy, link);
  g_boxed_free (LIAN_TYPE_CHAIN_LINK, copy);

  g_value_init (&value, LIAN_TYPE_CHAIN_LINK);
  g_value_take_boxed (&value, link);
  CU_ASSERT_PTR_EQUAL (g_value_get_boxed (&value), link);
  CU_ASSERT_STRING_EQUAL (lian_chain_link_get_chain_id (g_value_get_boxed (&value)), "chain-ic");
  g_value_unset (&value);  /* drops the last reference */
}

static void
test_equal (void)
{
  g_autoptr(LianChainLink) a = lian_chain_link_new ("chain-ic", "design", LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) same = lian_chain_link_new ("chain-ic", "design", LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) other_chain = lian_chain_link_new ("chain-bio", "design", LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) other_segment = lian_chain_link_new ("chain-ic", "testing", LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) no_segment = lian_chain_link_new ("chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) no_segment2 = lian_chain_link_new ("chain-ic", NULL, LIAN_CHAIN_ROLE_CORE);
  g_autoptr(LianChainLink) other_role = lian_chain_link_new ("chain-ic", "design", LIAN_CHAIN_ROLE_LEADER);

  CU_ASSERT_TRUE (lian_chain_link_equal (a, a));
  CU_ASSERT_TRUE (lian_chain_link_equal (a, same));
  CU_ASSERT_TRUE (lian_chain_link_equal (same, a));
  CU_ASSERT_TRUE (lian_chain_link_equal (no_segment, no_segment2));
  CU_ASSERT_FALSE (lian_chain_link_equal (a, other_chain));
  CU_ASSERT_FALSE (lian_chain_link_equal (a, other_segment));
  CU_ASSERT_FALSE (lian_chain_link_equal (a, no_segment));
  CU_ASSERT_FALSE (lian_chain_link_equal (no_segment, a));
  CU_ASSERT_FALSE (lian_chain_link_equal (a, other_role));
  CU_ASSERT_FALSE (lian_chain_link_equal (a, NULL));
  CU_ASSERT_FALSE (lian_chain_link_equal (NULL, a));
  CU_ASSERT_TRUE (lian_chain_link_equal (NULL, NULL));
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/chain-link/new-and-getters", test_new_and_getters },
    { "/lian/chain-link/strings-are-copied", test_strings_are_copied },
    { "/lian/chain-link/ref-and-boxed-copy-share", test_ref_and_boxed_copy_share },
    { "/lian/chain-link/equal", test_equal },
    { NULL, NULL },
  };
  return lian_test_run ("chain-link", tests);
}
