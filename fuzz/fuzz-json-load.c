/* fuzz-json-load.c: any bytes, loaded as a lian document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is loaded with lian_registry_load_from_data() into a registry
 * that already holds a few records (ids "pre-…", region 110000, which a
 * document may refer to or collide with). A refused document must leave
 * the registry exactly as it was: the same records, the same saved text,
 * no signal. An accepted one must save to a document that loads again into
 * a fresh registry and saves to the same text.
 *
 * The input is also read from a stream through a window of a few bytes
 * ($LIAN_TEST_READ_WINDOW, from the input's size): into a fresh registry it
 * loads as its text does from memory, the same records or the same error.
 */
#include "fuzz-common.h"

static const char fixture[] =
  "{\"format\": \"lian\", \"version\": 1,\n"
  " \"regions\": [{\"id\": \"110000\", \"name\": \"北京市\"}],\n"
  " \"chains\": [{\"id\": \"pre-chain\", \"name\": \"京津冀集成电路产业链\", \"region\": \"110000\"}],\n"
  " \"enterprises\": [{\"id\": \"pre-ent\", \"name\": \"北京芯片\", \"uscc\": \"91110000600037341L\",\n"
  "   \"region\": \"110000\", \"chain_links\": [{\"chain\": \"pre-chain\", \"role\": \"core\"}]}],\n"
  " \"organizations\": [{\"id\": \"pre-org\", \"name\": \"北京联合党委\", \"kind\": \"joint-committee\",\n"
  "   \"member_ids\": [\"pre-ent\"]}],\n"
  " \"needs\": [{\"id\": \"pre-need\", \"enterprise_id\": \"pre-ent\", \"category\": \"talent\",\n"
  "   \"title\": \"招工\", \"status\": \"submitted\"}],\n"
  " \"extra\": {\"kept\": true}}\n";

/* The fixture registry, kept from one input to the next while no input
 * changes it, and what it saves to. */
static LianRegistry *registry;
static char *registry_saved;
static guint registry_n_records;

/* What a load into a fresh registry gave: the saved registry, or the error. */
static char *
load_fresh (const guint8 *data,
            size_t        size,
            gboolean      windowed)
{
  g_autoptr(LianRegistry) fresh = lian_registry_new ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = windowed ? lian_registry_load_from_stream (fresh, stream, NULL, &error)
                : lian_registry_load_from_data (fresh, (const char *) data, size, &error);
  if (ok)
    return lian_registry_save_to_data (fresh, NULL);
  return g_strdup_printf ("%s %d %s", g_quark_to_string (error->domain), error->code,
                          error->message);
}

static void
check_windowed (const guint8 *data,
                size_t        size)
{
  g_autofree char *window = g_strdup_printf ("%u", (guint) (1 + size % 7));
  g_autofree char *from_data = load_fresh (data, size, FALSE);
  g_autofree char *from_stream = NULL;

  g_setenv ("LIAN_TEST_READ_WINDOW", window, TRUE);
  from_stream = load_fresh (data, size, TRUE);
  g_unsetenv ("LIAN_TEST_READ_WINDOW");
  FUZZ_CHECK (g_str_equal (from_data, from_stream),
              "read through a window of %s bytes: %s, from memory: %s", window, from_stream,
              from_data);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  FuzzSignals signals;
  gboolean loaded;

  fuzz_init ();
  if (registry == NULL)
    {
      registry = fuzz_registry_new_with (fixture);
      registry_saved = lian_registry_save_to_data (registry, NULL);
      registry_n_records = lian_registry_get_n_records (registry);
    }
  check_windowed (data, size);

  fuzz_signals_connect (registry, &signals);
  loaded = lian_registry_load_from_data (registry, (const char *) data, size, &error);
  fuzz_signals_disconnect (registry, &signals);

  if (!loaded)
    {
      g_autofree char *after = NULL;

      fuzz_check_error (error, 0);
      after = lian_registry_save_to_data (registry, NULL);
      FUZZ_CHECK (lian_registry_get_n_records (registry) == registry_n_records,
                  "a refused document (%s) changed the number of records", error->message);
      FUZZ_CHECK (signals.added == 0 && signals.removed == 0 && signals.changed == 0,
                  "a refused document (%s) emitted signals", error->message);
      FUZZ_CHECK (g_str_equal (after, registry_saved),
                  "a refused document (%s) changed the registry:\n%s", error->message, after);
      return 0;
    }

  FUZZ_CHECK (error == NULL, "loaded, with an error");
  FUZZ_CHECK (lian_registry_get_n_records (registry) == registry_n_records + signals.added,
              "%u records after %u added to %u", lian_registry_get_n_records (registry),
              signals.added, registry_n_records);
  FUZZ_CHECK (signals.removed == 0 && signals.changed == 0, "a load removed or changed records");
  {
    g_autofree char *saved = lian_registry_save_to_data (registry, NULL);
    fuzz_check_round_trip (saved, lian_registry_get_n_records (registry));
  }
  /* The next input starts from the fixture again. */
  g_clear_object (&registry);
  g_clear_pointer (&registry_saved, g_free);
  return 0;
}
