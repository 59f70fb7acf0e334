/* fuzz-common.c: what the fuzz targets share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

void
fuzz_init (void)
{
  static gboolean done = FALSE;

  if (done)
    return;
  done = TRUE;
  /* Before GLib allocates anything with it: every block its own malloc,
   * so that AddressSanitizer sees each one. */
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  /* Messages are quieter without a locale's translations. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

void
fuzz_fail (const char *where,
           const char *condition,
           const char *format,
           ...)
{
  va_list args;

  fprintf (stderr, "%s: check failed: %s\n  ", where, condition);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fprintf (stderr, "\n");
  fflush (stderr);
  abort ();
}

guint8
fuzz_take_byte (FuzzInput *in)
{
  if (in->left == 0)
    return 0;
  in->left--;
  return *in->p++;
}

guint16
fuzz_take_u16 (FuzzInput *in)
{
  guint16 hi = fuzz_take_byte (in);

  return (guint16) (hi << 8 | fuzz_take_byte (in));
}

gboolean
fuzz_at_end (FuzzInput *in)
{
  return in->left == 0;
}

char *
fuzz_take_text (FuzzInput *in,
                guint      max)
{
  guint n = max ? fuzz_take_byte (in) % (max + 1) : 0;
  g_autofree char *raw = NULL;

  if (n > in->left)
    n = (guint) in->left;
  raw = g_strndup ((const char *) in->p, n);   /* stops at a NUL */
  in->p += n;
  in->left -= n;
  return g_utf8_make_valid (raw, -1);
}

LianRegistry *
fuzz_registry_new_with (const char *document)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(GError) error = NULL;

  if (!lian_registry_load_from_data (registry, document, -1, &error))
    fuzz_fail (G_STRLOC, "the fixture loads", "%s", error->message);
  return g_steal_pointer (&registry);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

void
fuzz_signals_connect (LianRegistry *registry,
                      FuzzSignals  *signals)
{
  memset (signals, 0, sizeof *signals);
  g_signal_connect_swapped (registry, "record-added", G_CALLBACK (count_cb), &signals->added);
  g_signal_connect_swapped (registry, "record-removed", G_CALLBACK (count_cb), &signals->removed);
  g_signal_connect_swapped (registry, "record-changed", G_CALLBACK (count_cb), &signals->changed);
}

void
fuzz_signals_disconnect (LianRegistry *registry,
                         FuzzSignals  *signals)
{
  g_signal_handlers_disconnect_by_data (registry, &signals->added);
  g_signal_handlers_disconnect_by_data (registry, &signals->removed);
  g_signal_handlers_disconnect_by_data (registry, &signals->changed);
}

void
fuzz_check_error (const GError *error,
                  GQuark        also)
{
  FUZZ_CHECK (error != NULL, "a call failed without an error");
  FUZZ_CHECK (error->domain == LIAN_DATA_ERROR || error->domain == LIAN_FORMAT_ERROR ||
              error->domain == LIAN_REGISTRY_ERROR || (also && error->domain == also),
              "an error in domain %s: %s", g_quark_to_string (error->domain), error->message);
  FUZZ_CHECK (error->message != NULL && error->message[0] != '\0', "an error without a message");
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL),
              "an error message that is not UTF-8: %s", error->message);
}

void
fuzz_check_round_trip (const char *saved,
                       guint       n_records)
{
  g_autoptr(LianRegistry) fresh = lian_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;

  FUZZ_CHECK (lian_registry_load_from_data (fresh, saved, -1, &error),
              "a saved registry does not load again: %s\n%s", error->message, saved);
  FUZZ_CHECK (lian_registry_get_n_records (fresh) == n_records,
              "%u records saved, %u loaded", n_records, lian_registry_get_n_records (fresh));
  again = lian_registry_save_to_data (fresh, NULL);
  FUZZ_CHECK (g_str_equal (saved, again), "saving a loaded document changes it:\n%s\n---\n%s",
              saved, again);
}
