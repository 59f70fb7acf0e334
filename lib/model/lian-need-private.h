/* lian-need-private.h: what lian-need.c, lian-need-moves.c and lian-need-links.c share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-need.h"
#include "lian-record-private.h"

G_BEGIN_DECLS

typedef struct
{
  /* Ordered and packed so that only the row's last byte pads: 128 bytes
   * with the head, which with the object's 32 fill a 160-byte slice. The
   * enums are held in a byte each (lian_record_class_declare() checks that
   * every value fits). */
  LianRowHead head;
  char *enterprise_id;
  char *chain_id;
  char *title;
  char *description;
  char *assignee_id;
  char *due;
  char *submitted;
  char *resolved;
  GStrv service_ids;
  char *project_id;
  GPtrArray *history;      /* NULL until the first event */
  gint64 amount_yuan;
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

/* The history, made at the first event or when asked for: most needs have
 * none. */
static inline GPtrArray *
lian_need_row_ensure_history (LianNeedRow *row)
{
  if (row->history == NULL)
    row->history = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
  return row->history;
}

static inline GPtrArray *
lian_need_ensure_history (LianNeed *self)
{
  return lian_need_row_ensure_history (NEED_ROW (self));
}

/* Appends @event (a reference of its own) to the history of a need's bare
 * row, as a loader fills it: no change, no notification. */
void     lian_need_row_append_event (LianNeedRow   *row,
                                     LianNeedEvent *event);

G_END_DECLS
