/* follow-a-need.c: take a need from assignment to resolution, in an action project
 *
 * Build:  cc follow-a-need.c $(pkg-config --cflags --libs lian-1.0) -o follow-a-need
 * Run:    ./follow-a-need data/jiangsu-sample.json
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <locale.h>
#include <lian/lian.h>

#define NEED "need-001"
#define ORG  "org-ks-service-team"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianActionProject) project = NULL;
  /* Fixed times keep the output the same on every run; NULL means now. */
  g_autoptr(GDateTime) accepted = g_date_time_new_from_iso8601 ("2023-09-13T09:00:00+08:00", NULL);
  g_autoptr(GDateTime) started = g_date_time_new_from_iso8601 ("2023-09-15T10:30:00+08:00", NULL);
  g_autoptr(GDateTime) resolved = g_date_time_new_from_iso8601 ("2023-09-28T16:00:00+08:00", NULL);
  g_autoptr(GError) error = NULL;
  LianNeed *need;
  GPtrArray *history;

  setlocale (LC_ALL, "");   /* g_print() writes in the locale's charset */
  if (argc != 2)
    return g_printerr ("usage: %s DATA.json\n", argv[0]), 2;
  if (!lian_registry_load_from_file (registry, argv[1], NULL, &error))
    return g_printerr ("%s: %s\n", argv[1], error->message), 1;

  /* A new project bundling the need; the registry adds it when it opens. */
  project = lian_action_project_new ("proj-ks-equip-loan", "精测装备扩产融资", ORG);
  lian_action_project_add_need (project, NEED);
  lian_action_project_add_service (project, "svc-js-srdi-loan");
  lian_action_project_set_status (project, LIAN_PROJECT_STATUS_ACTIVE);
  lian_action_project_set_started (project, "2023-09-15");

  /* Each step checks first: on an error, nothing has changed. */
  if (!lian_registry_assign_need (registry, NEED, ORG, "2023-09-30", &error) ||
      !lian_registry_move_need (registry, NEED, LIAN_NEED_STATUS_ACCEPTED, ORG,
                                "受理，对接专精特新贷", accepted, &error) ||
      !lian_registry_move_need (registry, NEED, LIAN_NEED_STATUS_IN_PROGRESS, ORG,
                                "合作银行上门尽调", started, &error) ||
      !lian_registry_link_service (registry, NEED, "svc-js-srdi-loan", &error) ||
      !lian_registry_open_project (registry, project, &error) ||
      !lian_registry_move_need (registry, NEED, LIAN_NEED_STATUS_RESOLVED, ORG,
                                "2000万元贷款已放款", resolved, &error) ||
      /* Refused while a need of the project is not resolved. */
      !lian_registry_close_resolved_project (registry, "proj-ks-equip-loan", "2023-09-28",
                                             20000000, 0, 1, &error))
    return g_printerr ("%s\n", error->message), 1;
  /* Nothing is saved: lian_registry_save_to_file() would keep the changes. */

  need = lian_registry_lookup_need (registry, NEED);
  g_print ("%s %s: %s on %s\n", NEED, lian_need_get_title (need),
           lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need)),
           lian_need_get_resolved (need));
  g_print ("  assignee: %s, due %s\n", lian_need_get_assignee_id (need), lian_need_get_due (need));
  g_print ("  service: %s\n  project: %s\n", lian_need_get_service_ids (need)[0],
           lian_need_get_project_id (need));
  g_print ("history:\n");
  history = lian_need_get_history (need);  /* the need's own array, oldest first */
  for (guint i = 0; i < history->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (history, i);
      g_autofree char *at = g_date_time_format (lian_need_event_get_at (event),
                                                "%Y-%m-%dT%H:%M:%S%:z");
      const char *actor = lian_need_event_get_actor (event);
      const char *note = lian_need_event_get_note (event);

      g_print ("  %s %s %s: %s\n", at,
               lian_enum_to_nick (LIAN_TYPE_NEED_STATUS, lian_need_event_get_status (event)),
               actor ? actor : "-", note ? note : "");
    }
  g_print ("%s %s: %s on %s\n", lian_record_get_id (LIAN_RECORD (project)),
           lian_record_get_name (LIAN_RECORD (project)),
           lian_enum_to_nick (LIAN_TYPE_PROJECT_STATUS, lian_action_project_get_status (project)),
           lian_action_project_get_finished (project));
  g_print ("  loans: %" G_GINT64_FORMAT " yuan\n  talents: %u\n  problems solved: %u\n",
           lian_action_project_get_loans_yuan (project), lian_action_project_get_talents (project),
           lian_action_project_get_problems_solved (project));
  return 0;
}
