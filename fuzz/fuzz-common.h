/* fuzz-common.h: what the fuzz targets share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each target is one .c defining LLVMFuzzerTestOneInput(). Linked with
 * libFuzzer it is a fuzzer; linked with replay-main.c it is a plain
 * program that runs a corpus. A target checks its properties with
 * FUZZ_CHECK(), which aborts with a message: a crash for either engine.
 */
#pragma once

#include <stddef.h>
#include <lian/lian.h>

G_BEGIN_DECLS

int   LLVMFuzzerTestOneInput (const guint8 *data,
                              size_t        size);

/* Makes criticals and warnings fatal (a misuse the library reports is a
 * bug found) and sets what GLib needs to be checked; call first, every
 * time (only the first call does anything). */
void  fuzz_init              (void);

G_NORETURN void fuzz_fail    (const char *where,
                              const char *condition,
                              const char *format,
                              ...) G_GNUC_PRINTF (3, 4);

/* FUZZ_CHECK (cond, "format", ...): aborts, saying why, unless @cond. */
#define FUZZ_CHECK(cond, ...)                                           \
  do {                                                                  \
    if (G_UNLIKELY (!(cond)))                                           \
      fuzz_fail (G_STRLOC, #cond, __VA_ARGS__);                         \
  } while (0)

/* The bytes of an input, taken a little at a time; past the end, every
 * take gives zeros. */
typedef struct
{
  const guint8 *p;
  size_t        left;
} FuzzInput;

guint8   fuzz_take_byte   (FuzzInput  *in);
guint16  fuzz_take_u16    (FuzzInput  *in);
gboolean fuzz_at_end      (FuzzInput  *in);
/* Up to @max bytes (the count is the next byte), made valid UTF-8. */
char    *fuzz_take_text   (FuzzInput  *in,
                           guint       max);

/* A registry holding @document, which must load. */
LianRegistry *fuzz_registry_new_with (const char *document);

/* Counts the registry's record-added, -removed and -changed signals. */
typedef struct
{
  guint added;
  guint removed;
  guint changed;
} FuzzSignals;

void  fuzz_signals_connect    (LianRegistry *registry,
                               FuzzSignals  *signals);
void  fuzz_signals_disconnect (LianRegistry *registry,
                               FuzzSignals  *signals);

/* Checks a GError a failed call gave: set, in one of lian's domains (or
 * @also, if not 0), with a message that is valid UTF-8. */
void  fuzz_check_error        (const GError *error,
                               GQuark        also);

/* Checks that @saved loads into a fresh registry, with @n_records records,
 * and saves again to the very same text. */
void  fuzz_check_round_trip   (const char   *saved,
                               guint         n_records);

G_END_DECLS
