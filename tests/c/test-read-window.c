/* test-read-window.c: documents read from files and streams a window at a time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A file or a stream is read through a window refilled as the reader moves
 * on; $LIAN_TEST_READ_WINDOW makes that window a few bytes, so that every
 * token, character and error falls across its edges somewhere. Each
 * document must load as lian_registry_load_from_data() loads its text:
 * the same records (saved to the same bytes), or the same error.
 */
#include <string.h>

#include "lian-test.h"

/* Tokens of every kind, a byte-order mark, characters of one to four
 * bytes, escapes and a surrogate pair, numbers, literals and nesting. */
static const char base[] =
  "\xEF\xBB\xBF{\"format\": \"lian\", \"version\": 1,\n"
  " \"regions\": [{\"id\": \"320000\", \"name\": \"江苏省\"}],\n"
  " \"chains\": [{\"id\": \"c1\", \"name\": \"链\\u00e9\\ud83d\\ude00\\n\\\"😀\\\"\",\n"
  "   \"tier\": \"key\", \"region\": \"320000\", \"segments\": [\"原材料\", \"整机\"]}],\n"
  " \"extra\": {\"n\": -12.5e3, \"i\": 9007199254740993, \"t\": true, \"f\": false,\n"
  "   \"z\": null, \"a\": [[], {}, [1, {\"k\": \"v\"}]]}}\n";

static void
set_window (gsize size)
{
  g_autofree char *text = g_strdup_printf ("%" G_GSIZE_FORMAT, size);

  g_setenv ("LIAN_TEST_READ_WINDOW", text, TRUE);
}

/* What a load gave: the saved registry, or the error. */
static char *
outcome (LianRegistry *registry,
         gboolean      ok,
         GError       *error)
{
  if (ok)
    return lian_registry_save_to_data (registry, NULL);
  g_assert (error != NULL);
  return g_strdup_printf ("%s %d %s", g_quark_to_string (error->domain), error->code,
                          error->message);
}

static char *
load_data (const char *text,
           gsize       length)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok = lian_registry_load_from_data (registry, text, length, &error);

  return outcome (registry, ok, error);
}

static char *
load_stream (const char *text,
             gsize       length)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, length, NULL);
  gboolean ok = lian_registry_load_from_stream (registry, stream, NULL, &error);

  return outcome (registry, ok, error);
}

static char *
load_file (const char *path)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok = lian_registry_load_from_file (registry, path, NULL, &error);

  return outcome (registry, ok, error);
}

static gboolean
same (const char *name,
      gsize       window,
      const char *how,
      const char *expected,
      const char *got)
{
  if (g_str_equal (expected, got))
    return TRUE;
  g_printerr ("%s, window %" G_GSIZE_FORMAT ", %s:\n  data: %.300s\n  read: %.300s\n", name,
              window, how, expected, got);
  return FALSE;
}

/* Loads @text through windows of each size in @windows (0 ends them),
 * from a stream and, if @path holds the text, from a file (through the
 * windows of 5 bytes or more: a read of a byte is a system call). */
static gboolean
compare (const char  *name,
         const char  *text,
         gsize        length,
         const char  *path,
         const gsize *windows)
{
  g_autofree char *expected = load_data (text, length);
  gboolean ok = TRUE;

  for (guint i = 0; windows[i]; i++)
    {
      g_autofree char *streamed = NULL;

      set_window (windows[i]);
      streamed = load_stream (text, length);
      ok = same (name, windows[i], "stream", expected, streamed) && ok;
      if (path && windows[i] >= 5)
        {
          g_autofree char *read = load_file (path);
          ok = same (name, windows[i], "file", expected, read) && ok;
        }
    }
  g_unsetenv ("LIAN_TEST_READ_WINDOW");
  return ok;
}

static void
test_base_loads (void)
{
  static const gsize windows[] = { 1, 2, 3, 4, 5, 6, 7, 11, 16, 0 };
  g_autofree char *saved = load_data (base, strlen (base));

  /* The document itself is good. */
  CU_ASSERT_PTR_NOT_NULL (strstr (saved, "\"format\""));
  CU_ASSERT_TRUE (compare ("base", base, strlen (base), NULL, windows));
}

/* Each document of a folder below tests/data/, and the sample. */
static void
compare_folder (const char *folder)
{
  static const gsize windows[] = { 1, 2, 5, 4096, 0 };
  g_autofree char *dir = lian_test_data (folder);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      text = lian_test_read_file (path, &length);
      if (!compare (name, text, length, path, windows))
        CU_FAIL ("a document read through a window loads otherwise than from memory");
      n++;
    }
  CU_ASSERT_TRUE (n > 0);
}

static void
test_good_documents (void)
{
  static const gsize windows[] = { 1, 3, 7, 4096, 0 };
  g_autofree char *sample = g_build_filename (g_getenv ("LIAN_SOURCE_DIR"), "data",
                                              "jiangsu-sample.json", NULL);
  g_autofree char *text = NULL;
  gsize length;

  compare_folder ("good");
  text = lian_test_read_file (sample, &length);
  CU_ASSERT_TRUE (compare ("jiangsu-sample.json", text, length, sample, windows));
}

static void
test_bad_documents (void)
{
  compare_folder ("bad");
}

/* @text with each byte from @from on in turn replaced by each of @bytes,
 * then cut short there: errors at every place, against every window edge
 * (a window of one byte, or of two to four, from the place and the byte). */
static void
compare_mutations (const char *name,
                   const char *text,
                   gsize       from)
{
  static const char bytes[] = "\xff\"}\\x\n";
  gsize length = strlen (text);
  g_autofree char *copy = g_strdup (text);
  guint failed = 0;

  for (gsize i = from; i < length && failed < 5; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s at %" G_GSIZE_FORMAT, name, i);

      for (guint b = 0; b < sizeof bytes; b++)
        {
          gsize windows[] = { 1 + (i + b) % 4, 0 };

          /* The last time round, the text cut short at i. */
          copy[i] = b < sizeof bytes - 1 ? bytes[b] : text[i];
          failed += !compare (where, copy, b < sizeof bytes - 1 ? length : i, NULL, windows);
        }
      copy[i] = text[i];
    }
  CU_ASSERT_EQUAL (failed, 0);
}

static void
test_errors_everywhere (void)
{
  compare_mutations ("base", base, 0);
}

/* A bad value first: the syntax of the rest is still checked from where
 * the reader stopped, and a syntax error further on is what is reported. */
static void
test_errors_after_a_bad_value (void)
{
  g_autofree char *bad_tier = NULL;
  char *at;

  bad_tier = g_strdup (base);
  at = strstr (bad_tier, "\"key\"");
  memcpy (at, "\"kez\"", 5);
  compare_mutations ("bad tier", bad_tier, at - bad_tier);
}

static void
test_long_tokens (void)
{
  static const gsize windows[] = { 1, 2, 16, 0 };
  g_autoptr(GString) text = g_string_new ("{\"format\": \"lian\", \"version\": 1, \"extra\": \"");

  /* A string of the longest length a document may hold, then one more. */
  for (guint i = 0; i < LIAN_JSON_MAX_STRING_LENGTH / 3; i++)
    g_string_append (text, "链");
  g_string_append (text, "a\"}");
  CU_ASSERT_TRUE (compare ("longest string", text->str, text->len, NULL, windows));
  g_string_insert (text, text->len - 2, "b");
  CU_ASSERT_TRUE (compare ("string too long", text->str, text->len, NULL, windows));

  /* Numbers longer than any window. */
  g_string_assign (text, "{\"format\": \"lian\", \"version\": 00000000000000000000000000000001}");
  CU_ASSERT_TRUE (compare ("leading zeros", text->str, text->len, NULL, windows));
  g_string_assign (text, "{\"format\": \"lian\", \"version\": 1, \"x\": 1");
  for (guint i = 0; i < 100; i++)
    g_string_append_c (text, '0');
  g_string_append (text, "}");
  CU_ASSERT_TRUE (compare ("long integer", text->str, text->len, NULL, windows));
  g_string_insert (text, text->len - 50, ".");
  CU_ASSERT_TRUE (compare ("long double", text->str, text->len, NULL, windows));
}

static void
test_characters_across_edges (void)
{
  static const gsize windows[] = { 1, 2, 3, 4, 5, 0 };
  static const char * const texts[] = {
    /* Whole characters of two, three and four bytes */
    "{\"format\": \"lian\", \"version\": 1, \"é\": \"江😀\"}",
    /* Cut short at the end */
    "{\"format\": \"lian\", \"version\": 1, \"x\": \"\xe6\xb1",
    "{\"format\": \"lian\", \"version\": 1}\xf0\x9f\x98",
    /* Not UTF-8 after a syntax error: the encoding is what is refused */
    "{\"format\" \"lian\",\n \"version\": 1, \"x\": \"\xe6\x41\x41\"}",
    /* A surrogate encoded in UTF-8, an overlong form, a NUL */
    "{\"x\": \"\xed\xa0\x80\"}",
    "{\"x\": \"\xc0\xaf\"}",
    "{\"x\": \"a\0b\"}",
    /* Byte-order marks: one, one alone, two, one cut short */
    "\xEF\xBB\xBF{\"format\": \"lian\", \"version\": 1}",
    "\xEF\xBB\xBF",
    "\xEF\xBB\xBF\xEF\xBB\xBF{}",
    "\xEF\xBB",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      gsize length = i == 6 ? 12 : strlen (texts[i]);
      CU_ASSERT_TRUE (compare (texts[i], texts[i], length, NULL, windows));
    }
}

/* The limit is checked as the stream is read, before anything else. */
static void
test_limit_through_window (void)
{
  static const char text[] = "{\"format\": \"lian\", \"version\": x}";
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  for (gsize window = 1; window < 8; window++)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);

      set_window (window);
      lian_registry_set_max_document_size (registry, sizeof text - 2);
      CU_ASSERT_FALSE (lian_registry_load_from_stream (registry, stream, NULL, &error));
      LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT);
    }
  g_unsetenv ("LIAN_TEST_READ_WINDOW");
}

static void
test_async_through_window (void)
{
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "base.json", NULL);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = load_data (base, strlen (base));
  g_autofree char *got = NULL;
  LianTestWait wait;

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, base, -1, NULL));
  set_window (3);
  lian_test_wait_init (&wait);
  lian_registry_load_from_file_async (registry, path, NULL, lian_test_wait_cb, &wait);
  g_main_loop_run (wait.loop);
  CU_ASSERT_TRUE (lian_registry_load_from_file_finish (registry, wait.result, &error));
  lian_test_wait_clear (&wait);
  g_unsetenv ("LIAN_TEST_READ_WINDOW");
  got = outcome (registry, error == NULL, error);
  CU_ASSERT_STRING_EQUAL (got, expected);
  lian_test_remove_dir (dir);
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/read-window/base", test_base_loads },
    { "/lian/read-window/good", test_good_documents },
    { "/lian/read-window/bad", test_bad_documents },
    { "/lian/read-window/errors-everywhere", test_errors_everywhere },
    { "/lian/read-window/errors-after-a-bad-value", test_errors_after_a_bad_value },
    { "/lian/read-window/long-tokens", test_long_tokens },
    { "/lian/read-window/characters", test_characters_across_edges },
    { "/lian/read-window/limit", test_limit_through_window },
    { "/lian/read-window/async", test_async_through_window },
    { NULL, NULL },
  };
  return lian_test_run ("read-window", tests);
}
