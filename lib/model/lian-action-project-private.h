/* lian-action-project-private.h: what the two sources of LianActionProject
 * share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-action-project.h"
#include "lian-record-private.h"

G_BEGIN_DECLS

typedef struct
{
  LianRowHead head;
  char *owner_id;
  GStrv need_ids;
  GStrv service_ids;
  LianProjectStatus status;
  char *started;
  char *due;
  char *finished;
  gint64 loans_yuan;
  guint talents;
  guint problems_solved;
} LianActionProjectRow;

struct _LianActionProject
{
  LianRecordObject parent_instance;
  LianActionProjectRow row;
};

/* The fields of @self, in its row. */
#define ACTION_PROJECT_ROW(self) (&(self)->row)

enum {
  PROP_0,
  PROP_OWNER_ID,
  PROP_NEED_IDS,
  PROP_SERVICE_IDS,
  PROP_STATUS,
  PROP_STARTED,
  PROP_DUE,
  PROP_FINISHED,
  PROP_LOANS_YUAN,
  PROP_TALENTS,
  PROP_PROBLEMS_SOLVED,
  LIAN_ACTION_PROJECT_N_PROPS
};

extern GParamSpec *lian_action_project_props[LIAN_ACTION_PROJECT_N_PROPS];

G_END_DECLS
