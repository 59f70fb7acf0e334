/* lian-csv-results-private.h: the row results of an import, as a list model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An import of 200,000 rows has 200,000 results: they are kept as small
 * structs, and a LianCsvRowResult is made only when one is asked for.
 */
#pragma once

#include <gio/gio.h>

#include "lian-csv-row-result.h"
#include "lian-text-arena-private.h"

G_BEGIN_DECLS

/* The largest column an entry names; a larger one is named as none. */
#define LIAN_CSV_RESULT_MAX_COLUMN ((1 << 23) - 1)

typedef struct
{
  guint       row;
  int         column : 24;  /* index into the headers, or -1 */
  guint       outcome : 8;  /* LianCsvOutcome */
  const char *record_id;    /* in the set's chunk or texts, or NULL */
  const char *message;      /* in the set's chunk, or NULL */
} LianCsvResultEntry;

typedef struct
{
  GArray        *entries;  /* LianCsvResultEntry */
  GStringChunk  *chunk;
  LianTextArena *texts;    /* the arena of the new records' ids, or NULL */
  GStrv          headers;  /* as written in the file */
  guint          counts[LIAN_CSV_OUTCOME_SKIPPED + 1];
} LianCsvResultSet;

LianCsvResultSet   *lian_csv_result_set_new     (void);
void                lian_csv_result_set_free    (LianCsvResultSet  *set);
/* Adds a row's result. @record_id lies in @texts, which the set holds
 * from then on (a set holds one), or with @texts NULL the set keeps a
 * copy of it. */
LianCsvResultEntry *lian_csv_result_set_add     (LianCsvResultSet  *set,
                                                 LianTextArena     *texts,
                                                 guint              row,
                                                 LianCsvOutcome     outcome,
                                                 const char        *record_id,
                                                 int                column,
                                                 const char        *message);
void                lian_csv_result_set_change  (LianCsvResultSet  *set,
                                                 guint              index,
                                                 LianCsvOutcome     outcome,
                                                 const char        *message);
const char         *lian_csv_result_set_column  (LianCsvResultSet  *set,
                                                 const LianCsvResultEntry *entry);
/* The report of lian_csv_importer_dup_report(). */
char               *lian_csv_result_set_dup_report (LianCsvResultSet *set);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LianCsvResultSet, lian_csv_result_set_free)

#define LIAN_TYPE_CSV_RESULTS (lian_csv_results_get_type ())

G_DECLARE_FINAL_TYPE (LianCsvResults, lian_csv_results, LIAN, CSV_RESULTS, GObject)

LianCsvResults     *lian_csv_results_new        (void);
/* Takes @set and tells the list's users, in one items-changed. */
void                lian_csv_results_replace    (LianCsvResults    *self,
                                                 LianCsvResultSet  *set);
LianCsvResultSet   *lian_csv_results_peek       (LianCsvResults    *self);

G_END_DECLS
