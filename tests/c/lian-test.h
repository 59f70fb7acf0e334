/* lian-test.h: the little each CUnit program shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <CUnit/CUnit.h>
#include <lian/lian.h>

typedef struct
{
  const char *name;
  CU_TestFunc func;
} LianTest;

/* Runs @tests as the suite @suite; returns the process exit status. */
int   lian_test_run      (const char     *suite,
                          const LianTest *tests);

/* A path below tests/data/ in the source tree. */
char *lian_test_data     (const char     *relative);

/* The contents of a file that must be readable (a fatal failure otherwise). */
char *lian_test_read_file    (const char *path,
                              gsize      *length);
/* A new empty folder in the temporary folder; lian_test_remove_dir() removes
 * it and the files in it. */
char *lian_test_make_dir     (void);
void  lian_test_remove_dir   (const char *dir);
guint lian_test_count_files  (const char *dir);

/* Asserts that @a and @b are both set and the very same error. */
void  lian_test_assert_same_error (const GError *a,
                                   const GError *b);

/* Waiting in a main loop for an async call: pass lian_test_wait_cb and the
 * LianTestWait as its callback and data, run wait.loop, then finish with
 * wait.result. */
typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} LianTestWait;

void  lian_test_wait_init    (LianTestWait *wait);
void  lian_test_wait_cb      (GObject      *source,
                              GAsyncResult *result,
                              gpointer      data);
void  lian_test_wait_clear   (LianTestWait *wait);

/* Asserts that @error is set in @domain with @code, then clears it. */
#define LIAN_ASSERT_ERROR(error, domain_, code_)                        \
  do {                                                                 \
    CU_ASSERT_PTR_NOT_NULL_FATAL (error);                              \
    CU_ASSERT_EQUAL ((error)->domain, domain_);                         \
    CU_ASSERT_EQUAL ((error)->code, code_);                            \
    g_clear_error (&(error));                                          \
  } while (0)

/* Asserts that @error is set and its message contains @text. */
#define LIAN_ASSERT_MESSAGE(error, text)                                \
  do {                                                                  \
    CU_ASSERT_PTR_NOT_NULL_FATAL (error);                               \
    if (strstr ((error)->message, (text)) == NULL)                      \
      g_printerr ("message \"%s\" lacks \"%s\"\n", (error)->message, (text)); \
    CU_ASSERT_PTR_NOT_NULL (strstr ((error)->message, (text)));         \
  } while (0)

/* Asserts that @error is set and its message starts with @prefix. */
#define LIAN_ASSERT_MESSAGE_STARTS(error, prefix)                         \
  do {                                                                  \
    CU_ASSERT_PTR_NOT_NULL_FATAL (error);                               \
    if (!g_str_has_prefix ((error)->message, (prefix)))                 \
      g_printerr ("message \"%s\" does not start with \"%s\"\n",       \
                  (error)->message, (prefix));                          \
    CU_ASSERT_TRUE (g_str_has_prefix ((error)->message, (prefix)));     \
  } while (0)

/* A "notify" handler that counts into the int @count points to. */
void  lian_test_count_notify_cb (GObject    *object,
                                 GParamSpec *pspec,
                                 int        *count);

/* The sample document (data/jiangsu-sample.json) without its regions and
 * with its other records @copies times over, copy c's ids and every
 * reference to them ending in "-c": a large document whose every record
 * is right, which loads into a registry empty or holding the sample. */
JsonNode *lian_test_sample_copies (guint copies);
/* The records of @member in @doc, as an array. */
JsonArray *lian_test_doc_array    (JsonNode   *doc,
                                   const char *member);
