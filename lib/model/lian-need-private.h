/* lian-need-private.h: what lian-need.c, lian-need-moves.c and lian-need-links.c share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-need.h"
#include "lian-record-private.h"

G_BEGIN_DECLS

/* What most needs leave empty, in a block of its own that a need's row
 * points at once one of them is set (LianKindDecl.more): on the heap,
 * the row's as its texts are (borrowed from an arena with the row's, or
 * owned), freed by the row's clear. */
typedef struct
{
  char *description;
  char *assignee_id;
  char *due;
  GStrv service_ids;
  char *project_id;
  GPtrArray *history;      /* NULL until the first event */
  gint64 amount_yuan;
} LianNeedMore;

typedef struct
{
  /* Ordered and packed so that only the row's last byte pads: 80 bytes
   * with the head, which with the object's 32 fill a 112-byte block. The
   * enums are held in a byte each (lian_record_class_declare() checks that
   * every value fits). */
  LianRowHead head;
  char *enterprise_id;
  char *chain_id;
  char *title;
  char *submitted;
  char *resolved;
  LianNeedMore *more;      /* NULL while all its fields are empty */
  gint32 days_to_resolve;  /* from submitted and resolved, kept as they change */
  guint8 category;         /* a LianNeedCategory */
  guint8 status;           /* a LianNeedStatus */
  guint8 bottleneck;       /* TRUE or FALSE */
} LianNeedRow;

struct _LianNeed
{
  LianRecordObject parent_instance;
  LianNeedRow row;
};

/* The fields of @self, in its row. */
#define NEED_ROW(self) (&(self)->row)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_CHAIN_ID,
  PROP_CATEGORY,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_BOTTLENECK,
  PROP_AMOUNT_YUAN,
  PROP_STATUS,
  PROP_ASSIGNEE_ID,
  PROP_DUE,
  PROP_SUBMITTED,
  PROP_RESOLVED,
  PROP_SERVICE_IDS,
  PROP_PROJECT_ID,
  PROP_N_EVENTS,
  LIAN_NEED_N_PROPS
};

extern GParamSpec *lian_need_props[LIAN_NEED_N_PROPS];

/* Counts the days to resolve again after a date changed; always true, to
 * go on with the change. */
gboolean lian_need_update_days (LianNeed *self);
/* The same in a need's row, once a loader has filled it
 * (LianKindDecl.filled). */
void     lian_need_filled      (gpointer    row);
/* What set_property cannot put back: the status and the history
 * (LianRecordCopyFunc). */
void     lian_need_copy_state  (LianRecord *dst,
                                LianRecord *src);

/* The side block of a need's row, NULL when it has none: every field in
 * it is then empty. */
static inline LianNeedMore *
lian_need_row_more (const LianNeedRow *row)
{
  return row->more;
}

/* The side block, made (all empty) if the row has none yet: what a
 * setter storing a value in it writes to. */
static inline LianNeedMore *
lian_need_row_ensure_more (LianNeedRow *row)
{
  if (row->more == NULL)
    row->more = g_new0 (LianNeedMore, 1);
  return row->more;
}

/* The field @field of the side block of @row, or its empty value (@empty)
 * when the row has none. */
#define NEED_MORE_GET(row, field, empty) \
  (lian_need_row_more (row) ? lian_need_row_more (row)->field : (empty))

/* Frees the side block of @row once every field in it is empty again (a
 * setter that cleared one calls it): the row is as small as a need's that
 * never had one. */
void     lian_need_row_trim_more (LianNeedRow *row);

/* The history, made at the first event or when asked for: most needs have
 * none. */
static inline GPtrArray *
lian_need_row_ensure_history (LianNeedRow *row)
{
  LianNeedMore *more = lian_need_row_ensure_more (row);

  if (more->history == NULL)
    more->history = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
  return more->history;
}

static inline GPtrArray *
lian_need_ensure_history (LianNeed *self)
{
  return lian_need_row_ensure_history (NEED_ROW (self));
}

/* The history of @self to read at once, made for no need that has none:
 * those share one empty array. Neither to keep nor to change; what
 * analyses, reports and exports read, so that reading every need does not
 * give each a side block. */
GPtrArray *lian_need_peek_history (LianNeed *self);

/* Appends @event (a reference of its own) to the history of a need's bare
 * row, as a loader fills it: no change, no notification. */
void     lian_need_row_append_event (LianNeedRow   *row,
                                     LianNeedEvent *event);

G_END_DECLS
