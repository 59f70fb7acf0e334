/* test-load-pipe.c: a large document read in one thread while its records
 * are added in another gives exactly what the one-thread load gives
 *
 * A large document is read in a thread of its own on a machine with more
 * than one core; LIAN_LOAD_THREADS=1 keeps it in one, =2 makes sure of the
 * other thread, whatever the machine and the stream. Each test loads the
 * same text both ways and compares the registries, or the errors.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "lian-test.h"

/* 68 records a copy: past one hand-over of 4096 records. */
#define COPIES 70

/* A stream of a text that fails with G_IO_ERROR_FAILED at a byte. */
#define FAILING_TYPE_STREAM (failing_stream_get_type ())
G_DECLARE_FINAL_TYPE (FailingStream, failing_stream, FAILING, STREAM, GInputStream)

struct _FailingStream
{
  GInputStream parent_instance;
  const char  *text;
  gsize        length;
  gsize        at;
  gsize        fail_at;
  GThread     *reader;   /* the thread that read it last */
};

G_DEFINE_FINAL_TYPE (FailingStream, failing_stream, G_TYPE_INPUT_STREAM)

static gssize
failing_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  FailingStream *self = FAILING_STREAM (stream);

  self->reader = g_thread_self ();
  if (self->at >= self->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the disk went away");
      return -1;
    }
  count = MIN (count, MIN (self->length, self->fail_at) - self->at);
  memcpy (buffer, self->text + self->at, count);
  self->at += count;
  return count;
}

static void
failing_stream_class_init (FailingStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = failing_stream_read;
}

static void
failing_stream_init (FailingStream *self)
{
}

/* Where the streams of load() fail, if not 0, and what cancels them. */
static gsize fail_at;
static GCancellable *cancellable;

static char *
doc_text (JsonNode *doc)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, doc);
  return json_generator_to_data (generator, NULL);
}

static void
added_cb (LianRegistry *registry,
          LianRecord   *record,
          GString      *added)
{
  g_string_append_printf (added, "%s ", lian_record_get_id (record));
}

/* Loads @text into @registry from a stream, in one thread if @one; the
 * ids ::record-added told of go into @added. */
static gboolean
load (LianRegistry  *registry,
      const char    *text,
      gsize          length,
      gboolean       one,
      GString       *added,
      GError       **error)
{
  g_autoptr(GInputStream) in = NULL;
  gulong handler = g_signal_connect (registry, "record-added", G_CALLBACK (added_cb), added);
  gboolean ok;

  if (fail_at)
    {
      FailingStream *failing = g_object_new (FAILING_TYPE_STREAM, NULL);

      failing->text = text;
      failing->length = length;
      failing->fail_at = fail_at;
      in = G_INPUT_STREAM (failing);
    }
  else
    in = g_memory_input_stream_new_from_data (text, length, NULL);
  g_setenv ("LIAN_LOAD_THREADS", one ? "1" : "2", TRUE);
  ok = lian_registry_load_from_stream (registry, in, cancellable, error);
  g_unsetenv ("LIAN_LOAD_THREADS");
  g_signal_handler_disconnect (registry, handler);
  return ok;
}

/* What the registry holds and how its indexes answer. */
static char *
describe (LianRegistry *registry)
{
  static const char * const regions[] = { "320000", "320200", "320500", "321100", NULL };
  g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
  GString *text = g_string_new (saved);
  g_autoptr(GListModel) firms = lian_registry_get_enterprises (registry);

  for (guint k = 0; k <= LIAN_RECORD_KIND_PERSON; k++)
    g_string_append_printf (text, "\n%u", lian_registry_count_records (registry, k));
  for (guint r = 0; regions[r]; r++)
    {
      g_string_append_printf (text, "\n%s: %u %u", regions[r],
                              lian_registry_count_enterprises (registry, regions[r]),
                              lian_registry_count_needs (registry, regions[r]));
      for (guint s = LIAN_NEED_STATUS_SUBMITTED; s <= LIAN_NEED_STATUS_CLOSED; s++)
        g_string_append_printf (text, " %u",
                                lian_registry_count_needs_by_status (registry, regions[r], s));
    }
  for (guint i = 0; i < g_list_model_get_n_items (firms); i += 7)
    {
      g_autoptr(LianRecord) firm = g_list_model_get_item (firms, i);
      g_autoptr(GPtrArray) referrers =
        lian_registry_dup_referrers (registry, lian_record_get_id (firm));

      g_string_append_printf (text, "\n%s:", lian_record_get_id (firm));
      for (guint j = 0; j < referrers->len; j++)
        g_string_append_printf (text, " %s", lian_record_get_id (referrers->pdata[j]));
    }
  return g_string_free (text, FALSE);
}

static LianRegistry *
registry_before (gboolean with_sample)
{
  LianRegistry *registry = lian_registry_new ();
  g_autofree char *path = g_build_filename (g_getenv ("LIAN_SOURCE_DIR"), "data",
                                            "jiangsu-sample.json", NULL);

  lian_registry_set_max_document_size (registry, 0);
  if (with_sample)
    CU_ASSERT_TRUE_FATAL (lian_registry_load_from_file (registry, path, NULL, NULL));
  return registry;
}

/* Loads @text both ways into registries alike (empty, or holding the
 * sample) and asserts that they end the same: both loaded and equal, or
 * both refusing with the same error and unchanged. Returns the error. */
static GError *
load_both_ways (const char *text,
                gsize       length,
                gboolean    with_sample)
{
  g_autoptr(LianRegistry) piped = registry_before (with_sample);
  g_autoptr(LianRegistry) one = registry_before (with_sample);
  g_autofree char *before = describe (piped);
  g_autofree char *piped_end = NULL;
  g_autofree char *one_end = NULL;
  g_autoptr(GString) piped_added = g_string_new (NULL);
  g_autoptr(GString) one_added = g_string_new (NULL);
  GError *piped_error = NULL;
  g_autoptr(GError) one_error = NULL;
  gboolean piped_ok, one_ok;

  piped_ok = load (piped, text, length, FALSE, piped_added, &piped_error);
  one_ok = load (one, text, length, TRUE, one_added, &one_error);
  CU_ASSERT_EQUAL (piped_ok, one_ok);
  CU_ASSERT_STRING_EQUAL (piped_added->str, one_added->str);
  piped_end = describe (piped);
  one_end = describe (one);
  CU_ASSERT_STRING_EQUAL (piped_end, one_end);
  if (one_ok)
    return NULL;
  /* Refused: unchanged, nothing told, the very same error. */
  CU_ASSERT_STRING_EQUAL (piped_end, before);
  CU_ASSERT_STRING_EQUAL (piped_added->str, "");
  lian_test_assert_same_error (piped_error, one_error);
  return piped_error;
}

static void
test_same_registry (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = doc_text (doc);

  for (int with_sample = 0; with_sample < 2; with_sample++)
    CU_ASSERT_PTR_NULL (load_both_ways (text, strlen (text), with_sample));
}

/* From a file large enough to be read in another thread. */
static void
test_same_registry_from_file (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = doc_text (doc);
  g_autofree char *dir = lian_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "copies.json", NULL);
  g_autoptr(LianRegistry) piped = registry_before (TRUE);
  g_autoptr(LianRegistry) one = registry_before (TRUE);
  g_autofree char *piped_end = NULL;
  g_autofree char *one_end = NULL;

  CU_ASSERT_TRUE_FATAL (strlen (text) > 1024 * 1024);
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, text, -1, NULL));
  g_setenv ("LIAN_LOAD_THREADS", "2", TRUE);
  CU_ASSERT_TRUE (lian_registry_load_from_file (piped, path, NULL, NULL));
  g_setenv ("LIAN_LOAD_THREADS", "1", TRUE);
  CU_ASSERT_TRUE (lian_registry_load_from_file (one, path, NULL, NULL));
  g_unsetenv ("LIAN_LOAD_THREADS");
  piped_end = describe (piped);
  one_end = describe (one);
  CU_ASSERT_STRING_EQUAL (piped_end, one_end);
  lian_test_remove_dir (dir);
}

/* Records enough that the reader fills the empty records the calling
 * thread made ahead (32 enterprises a copy: more than three hand-overs of
 * them), then passes on to the next kind with some left. */
#define MANY_COPIES 400

static void
test_same_registry_many_hand_overs (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (MANY_COPIES);
  g_autofree char *text = doc_text (doc);
  g_autoptr(GError) error = NULL;
  gsize cut = strlen (text) * 9 / 10;

  CU_ASSERT_PTR_NULL (load_both_ways (text, strlen (text), FALSE));
  /* Cut short, with records made ahead not yet filled. */
  error = load_both_ways (text, cut, FALSE);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, LIAN_FORMAT_ERROR_SYNTAX);
}

typedef enum {
  BREAK_DUPLICATE,
  BREAK_DANGLING,
  BREAK_WRONG_KIND,
  BREAK_CYCLE,
} Break;

static JsonObject *
record_at (JsonNode   *doc,
           const char *member,
           guint       copy,
           guint       i)
{
  JsonArray *array = lian_test_doc_array (doc, member);
  guint per_copy = json_array_get_length (array) / COPIES;

  return json_array_get_object_element (array, copy * per_copy + i);
}

/* Breaks the records of copy @copy of @doc as @how says. */
static void
break_copy (JsonNode *doc,
            guint     copy,
            Break     how)
{
  JsonObject *org = NULL, *parent = NULL;

  switch (how)
    {
    case BREAK_DUPLICATE:
      json_object_set_string_member (record_at (doc, "enterprises", copy, 1), "id",
                                     json_object_get_string_member (record_at (doc, "enterprises",
                                                                               copy, 0), "id"));
      break;
    case BREAK_DANGLING:
      json_object_set_string_member (record_at (doc, "needs", copy, 0), "enterprise_id",
                                     "no-such-firm");
      break;
    case BREAK_WRONG_KIND:
      json_object_set_string_member (record_at (doc, "needs", copy, 0), "enterprise_id",
                                     json_object_get_string_member (record_at (doc, "chains",
                                                                               copy, 0), "id"));
      break;
    case BREAK_CYCLE:
      /* An organisation with a parent, and its parent made its child. */
      for (guint i = 0; org == NULL; i++)
        if (json_object_has_member (record_at (doc, "organizations", copy, i), "parent_id"))
          org = record_at (doc, "organizations", copy, i);
      for (guint i = 0; parent == NULL; i++)
        {
          JsonObject *other = record_at (doc, "organizations", copy, i);

          if (g_str_equal (json_object_get_string_member (other, "id"),
                           json_object_get_string_member (org, "parent_id")))
            parent = other;
        }
      json_object_set_string_member (parent, "parent_id",
                                     json_object_get_string_member (org, "id"));
      break;
    }
}

static void
test_same_errors (void)
{
  static const struct { Break how; GQuark (*domain) (void); int code; } breaks[] = {
    { BREAK_DUPLICATE, lian_registry_error_quark, LIAN_REGISTRY_ERROR_DUPLICATE_ID },
    { BREAK_DANGLING, lian_registry_error_quark, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE },
    { BREAK_WRONG_KIND, lian_registry_error_quark, LIAN_REGISTRY_ERROR_WRONG_KIND },
    { BREAK_CYCLE, lian_registry_error_quark, LIAN_REGISTRY_ERROR_CYCLE },
  };
  static const guint copies[] = { 0, COPIES / 2, COPIES - 1 };

  for (guint b = 0; b < G_N_ELEMENTS (breaks); b++)
    for (guint c = 0; c < G_N_ELEMENTS (copies); c++)
      {
        g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
        g_autofree char *text = NULL;
        g_autoptr(GError) error = NULL;

        break_copy (doc, copies[c], breaks[b].how);
        text = doc_text (doc);
        /* Into an empty registry, or one holding the sample, by turns. */
        error = load_both_ways (text, strlen (text), (b + c) % 2);
        CU_ASSERT_PTR_NOT_NULL_FATAL (error);
        CU_ASSERT_EQUAL (error->domain, breaks[b].domain ());
        CU_ASSERT_EQUAL (error->code, breaks[b].code);
      }
}

/* The first of several problems is the one the one-thread load names:
 * any record's own problem before an earlier record's references, and
 * the text's before any. */
static void
test_first_error_wins (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  char *end;

  break_copy (doc, 0, BREAK_DANGLING);
  break_copy (doc, 1, BREAK_CYCLE);
  break_copy (doc, COPIES - 1, BREAK_DUPLICATE);
  text = doc_text (doc);
  error = load_both_ways (text, strlen (text), TRUE);
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID);

  /* A syntax error at the very end beats them all. */
  end = strrchr (text, '}');
  *end = ']';
  error = load_both_ways (text, strlen (text), TRUE);
  LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
}

static void
test_same_read_errors (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = doc_text (doc);
  gsize length = strlen (text);
  const gsize at[] = { length / 50, length / 2, length - 300 };

  for (guint i = 0; i < G_N_ELEMENTS (at); i++)
    {
      g_autofree char *broken = g_strdup (text);
      char *id = g_strstr_len (broken + at[i], -1, "\"id\"");
      g_autoptr(GError) error = NULL;

      /* A stray character before a record's id. */
      CU_ASSERT_PTR_NOT_NULL_FATAL (id);
      *id = '@';
      error = load_both_ways (broken, length, i % 2);
      LIAN_ASSERT_ERROR (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX);
      /* The text cut short there (perhaps inside a character). */
      error = load_both_ways (text, at[i], TRUE);
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      CU_ASSERT_EQUAL (error->domain, LIAN_FORMAT_ERROR);
      g_clear_error (&error);
    }
}

/* Records that meet the registry's own: an id it holds already, and
 * references to its records, which are right only where it holds them. */
static void
test_same_against_registry (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* The sample's own enterprise and chain, without a copy's ending. */
  json_object_set_string_member (record_at (doc, "needs", COPIES / 2, 0), "enterprise_id",
                                 "ent-cs-parts");
  json_object_set_string_member (record_at (doc, "needs", COPIES - 1, 1), "chain_id",
                                 "chain-ic");
  text = doc_text (doc);
  CU_ASSERT_PTR_NULL (load_both_ways (text, strlen (text), TRUE));
  error = load_both_ways (text, strlen (text), FALSE);
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE);

  g_clear_pointer (&text, g_free);
  json_object_set_string_member (record_at (doc, "enterprises", COPIES - 1, 3), "id",
                                 "ent-cs-parts");
  text = doc_text (doc);
  error = load_both_ways (text, strlen (text), TRUE);
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID);
}

/* A stream that fails, early or late, or a load cancelled. */
static void
test_same_stream_errors (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = doc_text (doc);
  gsize length = strlen (text);
  g_autoptr(GError) error = NULL;

  fail_at = 100;
  error = load_both_ways (text, length, FALSE);
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  fail_at = length - 10;
  error = load_both_ways (text, length, TRUE);
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  fail_at = 0;

  cancellable = g_cancellable_new ();
  g_cancellable_cancel (cancellable);
  error = load_both_ways (text, length, TRUE);
  LIAN_ASSERT_ERROR (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&cancellable);
}

/* A stream the caller made may be bound to its thread (one written in
 * JavaScript is): it is read in the caller's thread, however large. */
static void
test_caller_stream_read_in_its_thread (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = doc_text (doc);
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  FailingStream *stream = g_object_new (FAILING_TYPE_STREAM, NULL);
  g_autoptr(GError) error = NULL;

  stream->text = text;
  stream->length = strlen (text);
  stream->fail_at = G_MAXSIZE;
  CU_ASSERT_TRUE_FATAL (stream->length > 1024 * 1024);
  CU_ASSERT_TRUE (lian_registry_load_from_stream (registry, G_INPUT_STREAM (stream), NULL, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_EQUAL (stream->reader, g_thread_self ());
  g_object_unref (stream);
}

/* What a handler does to the registry during a load, once. */
typedef struct
{
  LianRegistry *registry;
  gboolean      dispose;    /* else clear */
  guint         calls;
  LianRecord   *kept;       /* a record the handler keeps */
  char         *kept_id;
} Meddler;

static void
meddle (Meddler *meddler)
{
  if (meddler->calls++ > 0)
    return;
  if (meddler->kept)
    meddler->kept_id = g_strdup (lian_record_get_id (meddler->kept));
  if (meddler->dispose)
    g_object_run_dispose (G_OBJECT (meddler->registry));
  else
    lian_registry_clear (meddler->registry);
}

static void
list_meddle_cb (GListModel *list,
                guint       position,
                guint       removed,
                guint       added,
                Meddler    *meddler)
{
  meddle (meddler);
}

static void
added_meddle_cb (LianRegistry *registry,
                 LianRecord   *record,
                 Meddler      *meddler)
{
  if (meddler->kept == NULL)
    meddler->kept = g_object_ref (record);
  meddle (meddler);
}

/* A handler of a list, or of record-added, clears or disposes of the
 * registry as a large load in two threads tells of its records, whose
 * only references are then the registry's: nothing is read after it is
 * freed (valgrind in CI), and the registry is left empty. */
static void
test_handler_clears_or_disposes (void)
{
  g_autoptr(JsonNode) doc = lian_test_sample_copies (COPIES);
  g_autofree char *text = doc_text (doc);

  for (guint way = 0; way < 4; way++)
    {
      g_autoptr(LianRegistry) registry = registry_before (FALSE);
      g_autoptr(GListModel) chains = lian_registry_get_chains (registry);
      g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (text, -1, NULL);
      g_autoptr(GError) error = NULL;
      Meddler meddler = { registry, way % 2 == 1, 0, NULL, NULL };
      gboolean ok;

      if (way < 2)
        g_signal_connect (chains, "items-changed", G_CALLBACK (list_meddle_cb), &meddler);
      else
        g_signal_connect (registry, "record-added", G_CALLBACK (added_meddle_cb), &meddler);
      g_setenv ("LIAN_LOAD_THREADS", "2", TRUE);
      ok = lian_registry_load_from_stream (registry, in, NULL, &error);
      g_unsetenv ("LIAN_LOAD_THREADS");
      CU_ASSERT_EQUAL (meddler.calls > 0, TRUE);
      CU_ASSERT_EQUAL (ok, !meddler.dispose);
      CU_ASSERT_TRUE (meddler.dispose ? g_error_matches (error, LIAN_REGISTRY_ERROR,
                                                         LIAN_REGISTRY_ERROR_DISPOSED)
                                      : error == NULL);
      for (guint k = 0; k <= LIAN_RECORD_KIND_PERSON; k++)
        CU_ASSERT_EQUAL (lian_registry_count_records (registry, k), 0);
      CU_ASSERT_EQUAL (g_list_model_get_n_items (chains), 0);
      /* A record the handler kept reads as it did, its texts its own. */
      if (meddler.kept)
        CU_ASSERT_STRING_EQUAL (lian_record_get_id (meddler.kept), meddler.kept_id);
      g_clear_object (&meddler.kept);
      g_free (meddler.kept_id);
      g_signal_handlers_disconnect_by_data (chains, &meddler);
      g_signal_handlers_disconnect_by_data (registry, &meddler);
    }
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/load-pipe/same-registry", test_same_registry },
    { "/lian/load-pipe/same-registry-from-file", test_same_registry_from_file },
    { "/lian/load-pipe/same-registry-many-hand-overs", test_same_registry_many_hand_overs },
    { "/lian/load-pipe/same-errors", test_same_errors },
    { "/lian/load-pipe/first-error-wins", test_first_error_wins },
    { "/lian/load-pipe/same-against-registry", test_same_against_registry },
    { "/lian/load-pipe/same-read-errors", test_same_read_errors },
    { "/lian/load-pipe/same-stream-errors", test_same_stream_errors },
    { "/lian/load-pipe/caller-stream-read-in-its-thread", test_caller_stream_read_in_its_thread },
    { "/lian/load-pipe/handler-clears-or-disposes", test_handler_clears_or_disposes },
    { NULL, NULL },
  };
  return lian_test_run ("load-pipe", tests);
}
