/* bench-data.h: synthetic registries for benchmarks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <lian/lian.h>

typedef struct
{
  guint n_chains;
  guint n_enterprises;
  guint n_organizations;
  guint n_services;
  guint n_needs;
  guint32 seed;
} BenchShape;

/* A deterministic registry of the given shape, over Jiangsu's 13 cities and
 * their counties: every record valid, references resolved. */
LianRegistry *bench_make_registry (const BenchShape *shape);

/* Seconds since an arbitrary start, monotonic. */
double        bench_now           (void);

/* A valid credit code of an enterprise of @region (six digits), unique by @n. */
char         *bench_uscc          (const char       *region,
                                   guint             n) G_GNUC_WARN_UNUSED_RESULT;

/* Peak resident memory of this process so far, in bytes. */
gsize         bench_peak_rss      (void);
