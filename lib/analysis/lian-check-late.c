/* lian-check-late.c: needs and projects that are late, amounts no need or
 * project can be about, for lian_registry_check()
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-check-private.h"
#include "lian-action-project.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-enum-types.h"
#include "lian-i18n-private.h"
#include "lian-words-private.h"
#include "lian-format.h"

/* Needs and projects that are late */

/* @need, if open for too long or past its due day. */
static void
check_late_need (LianCheck    *check,
                 LianNeed *need)
{
  gint32 submitted, due;

  if (!lian_need_is_open (need))
    return;
  submitted = lian_date_to_day (lian_need_get_submitted (need));
  if (submitted != LIAN_DAY_INVALID &&
      (gint64) check->today - submitted > (gint64) check->max_open_days)
    {
      g_autofree char *days = lian_format_count ((gint64) check->today - submitted);
      g_autofree char *most = lian_format_count (check->max_open_days);
      lian_check_report (check, LIAN_SEVERITY_WARNING, "need-open-too-long", LIAN_RECORD (need),
              "submitted",
              /* TRANSLATORS: how many days a need has been open (1,234),
               * the day it was submitted, and the most days a need may
               * stay open. */
              _("submitted: open for %s days since %s, more than %s"),
              days, lian_need_get_submitted (need), most);
    }
  due = lian_date_to_day (lian_need_get_due (need));
  if (due != LIAN_DAY_INVALID && due < check->today)
    lian_check_report (check, LIAN_SEVERITY_WARNING, "need-overdue", LIAN_RECORD (need), "due",
            /* TRANSLATORS: the need's due day, then its status (in
             * English its name, submitted; in your language its label,
             * 已提交). */
            _("due: %s has passed and the need is still %s"), lian_need_get_due (need),
            lian_words_value (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need)));
}

/* @project, if past its due day and not done. */
static void
check_late_project (LianCheck             *check,
                    LianActionProject *project)
{
  if (lian_action_project_is_overdue (project, check->today_text))
    lian_check_report (check, LIAN_SEVERITY_WARNING, "project-overdue", LIAN_RECORD (project), "due",
            /* TRANSLATORS: the project's due day, then its status (in
             * English its name, active; in your language its label,
             * 实施中). */
            _("due: %s has passed and the project is still %s"),
            lian_action_project_get_due (project),
            lian_words_value (LIAN_TYPE_PROJECT_STATUS,
                              lian_action_project_get_status (project)));
}

void
lian_check_late (LianCheck *check)
{
  GPtrArray *needs = lian_registry_get_array (check->registry, LIAN_RECORD_KIND_NEED);
  GPtrArray *projects = lian_registry_get_array (check->registry, LIAN_RECORD_KIND_PROJECT);

  for (guint i = 0; i < needs->len; i++)
    {
      LianNeed *need = lian_check_borrow_at (check, needs, i, LIAN_RECORD_KIND_NEED);

      check_late_need (check, need);
      lian_check_give_back (check, need);
    }
  for (guint i = 0; i < projects->len; i++)
    {
      LianActionProject *project = lian_check_borrow_at (check, projects, i, LIAN_RECORD_KIND_PROJECT);

      check_late_project (check, project);
      lian_check_give_back (check, project);
    }
}

/* Amounts */

/* One trillion yuan (一万亿元): more than any one need or project of a
 * chain can be about; a larger amount is a slip of the keyboard or of a
 * unit (fen for yuan). */
#define IMPLAUSIBLE_YUAN G_GINT64_CONSTANT (1000000000000)

void
lian_check_amounts (LianCheck *check)
{
  GPtrArray *needs = lian_registry_get_array (check->registry, LIAN_RECORD_KIND_NEED);
  GPtrArray *projects = lian_registry_get_array (check->registry, LIAN_RECORD_KIND_PROJECT);

  for (guint i = 0; i < needs->len; i++)
    {
      LianNeed *need = lian_check_borrow_at (check, needs, i, LIAN_RECORD_KIND_NEED);
      gint64 amount = lian_need_get_amount_yuan (need);

      if (amount > IMPLAUSIBLE_YUAN)
        {
          g_autofree char *text = lian_format_yuan (amount), *most = lian_format_yuan (IMPLAUSIBLE_YUAN);
          lian_check_report (check, LIAN_SEVERITY_WARNING, "implausible-amount", LIAN_RECORD (need),
                  "amount_yuan",
                  /* TRANSLATORS: two amounts of money (17,280,000,000 yuan;
                   * 172.8 亿元), the need's and the most a need can be about. */
                  _("amount_yuan: %s is more than %s, more than one need can be about"),
                  text, most);
        }
      lian_check_give_back (check, need);
    }
  for (guint i = 0; i < projects->len; i++)
    {
      LianActionProject *project = lian_check_borrow_at (check, projects, i, LIAN_RECORD_KIND_PROJECT);
      gint64 loans = lian_action_project_get_loans_yuan (project);

      if (loans > IMPLAUSIBLE_YUAN)
        {
          g_autofree char *text = lian_format_yuan (loans), *most = lian_format_yuan (IMPLAUSIBLE_YUAN);
          lian_check_report (check, LIAN_SEVERITY_WARNING, "implausible-amount", LIAN_RECORD (project),
                  "loans_yuan",
                  /* TRANSLATORS: two amounts of money, the project's loans and
                   * the most a project can coordinate. */
                  _("loans_yuan: %s is more than %s, more than one project can coordinate"),
                  text, most);
        }
      lian_check_give_back (check, project);
    }
}
