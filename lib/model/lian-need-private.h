/* lian-need-private.h: what lian-need.c, lian-need-moves.c and lian-need-links.c share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-need.h"

G_BEGIN_DECLS

/* Pointers first, then the 8-byte amount, then the 4-byte fields in pairs:
 * no padding. The history, rare, is kept beside the need (see
 * lian_need_peek_history()). */
struct _LianNeed
{
  LianRecord parent_instance;

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
  gint64 amount_yuan;
  LianNeedCategory category;
  LianNeedStatus status;
  gint32 days_to_resolve;  /* from submitted and resolved, kept as they change */
  gboolean bottleneck;
};

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

/* The quark a need's history is kept under. */
extern GQuark lian_need_history_quark;

/* The history, or NULL until the first event: most needs have none. */
static inline GPtrArray *
lian_need_peek_history (LianNeed *self)
{
  return g_object_get_qdata (G_OBJECT (self), lian_need_history_quark);
}

/* The history, made at the first event or when asked for. */
static inline GPtrArray *
lian_need_ensure_history (LianNeed *self)
{
  GPtrArray *history = lian_need_peek_history (self);

  if (history == NULL)
    {
      history = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
      g_object_set_qdata_full (G_OBJECT (self), lian_need_history_quark, history,
                               (GDestroyNotify) g_ptr_array_unref);
    }
  return history;
}

G_END_DECLS
