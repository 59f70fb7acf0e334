/* lian-registry-struct-private.h: the registry's fields, for lib/registry/
 * only
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Only the sources of lib/registry/ include this header (tests/check-layers.py
 * refuses it anywhere else): the other layers read the registry through the
 * functions of lian-registry-private.h and the public query API
 * (lian-registry-query.h), so that another store can stand behind them.
 */
#pragma once

#include "lian-registry-private.h"
#include "lian-journal-private.h"
#include "lian-actor.h"
#include "lian-pieces-private.h"

G_BEGIN_DECLS

struct _LianRegistry
{
  GObject parent_instance;

  LianEntries    *entries;                  /* id → LianEntry */
  LianRecordList *lists[LIAN_N_RECORD_KINDS];
  GHashTable     *indexes[LIAN_N_INDEXES];  /* key → LianBucket */
  LianPieces      pieces;                   /* where the buckets come from */
  struct _LianSlab *slab;                   /* where the entries of large batches come from */
  GPtrArray      *buckets;                  /* number → LianBucket, NULL where free */
  GArray         *free_buckets;             /* numbers free for another bucket */
  GArray         *bitmaps[LIAN_N_INDEXES];  /* the numbers of each index's buckets
                                             * that are bitmaps (lian-bucket.c) */
  struct _LianRecent *recent;               /* buckets filed under lately (lian-index.c) */
  GHashTable     *areas;                    /* region → it and its ancestors (GStrv) */
  GHashTable     *area_counts;              /* "<region>/<status>" → the buckets of its
                                             * counts in LIAN_INDEX_NEED_AREA_STATUS */
  GHashTable     *region_sums;              /* bucket number → LianRegionSums */
  GHashTable     *member_places;            /* bucket number of LIAN_INDEX_ORG_MEMBER →
                                             * where its enterprise lies (lian-region-sums.c) */
  JsonObject     *extra;
  GPtrArray      *texts;                    /* LianTextArena: its loaded records' texts */
  guint64         next_seq;
  guint64         stamp;                    /* +1 per record filed or unfiled */

  /* The change path */
  LianJournal    *journal;                  /* of LianChange */
  guint64         journal_seq;
  char           *actor;
  LianActor      *person;                   /* who the registry works as, or NULL */
  LianCommitFunc  committer;
  gpointer        committer_data;
  GDestroyNotify  committer_destroy;
  GError        **capture;                  /* where a refusal goes, or NULL to warn */
  gboolean        loading;                  /* records come from a store: no journal */
  struct _LianBatch *batch;                 /* the open batch, or NULL */
  gboolean        disposed;                 /* empty for good: takes no records */
  struct _LianTelling *telling;             /* the additions being told, innermost
                                             * first (lian-registry.c) */
  struct _LianClearing *clearing;           /* the removals being told (a clear's,
                                             * a record's while its list tells),
                                             * innermost first (lian-registry-remove.c) */
  struct _LianPutBack *putting_back;       /* undos listing what they put back */
  guint64         clears;                   /* +1 per clear begun: what a batch
                                             * holds from before is not undone */
  struct _LianVisit *visit;                 /* the visit under way, innermost */
  GArray         *lingering;                /* LianVisitMade: objects visits made that
                                             * others held when they ended, tried
                                             * again at the next end; or NULL */
  guint64         lingering_stamp;          /* the registry's when they were noted */
  guint64         clear_floor;              /* while a clear runs, the records
                                             * filed before it (seq below) go:
                                             * nothing may refer to them; else 0 */
};

G_END_DECLS
