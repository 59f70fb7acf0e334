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
