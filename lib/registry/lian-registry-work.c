/* lian-registry-work.c: following needs and projects through a registry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each operation checks everything first, against the registry, and only
 * then changes records, through their setters: the registry re-indexes them
 * and emits record-changed as for any other change.
 */
#include "config.h"

#include "lian-registry-people.h"

#include "lian-registry-work.h"
#include "lian-response.h"
#include "lian-registry-private.h"
#include "lian-refs-private.h"
#include "lian-record-private.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-error.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-i18n-private.h"

/* How many needs an error names before it says "and N more". */
#define MAX_NAMED 10

/* The record @id, which the operation is about; it must be of @kind. */
static LianRecord *
find_subject (LianRegistry    *self,
              const char      *id,
              LianRecordKind   kind,
              GError         **error)
{
  LianEntry *entry = lian_registry_get_entry (self, id);
  LianRecordKind found;

  if (entry == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   /* TRANSLATORS: no need has the id "n1" */
                   _("no %s has the id \"%s\""), lian_record_kind_noun (kind), id);
      return NULL;
    }
  found = lian_record_get_record_kind (lian_entry_record (self, entry));
  if (found != kind)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                   _("\"%s\" is %s, not %s"), id, lian_record_kind_with_article (found),
                   lian_record_kind_with_article (kind));
      return NULL;
    }
  return lian_entry_record (self, entry);
}

/* Checks that @record may refer to @target in @field: it is there, of @kind. */
static gboolean
check_target (LianRegistry    *self,
              LianRecord      *record,
              const char      *field,
              const char      *target,
              LianRecordKind   kind,
              GError         **error)
{
  LianEntry *entry = lian_registry_get_entry (self, target);
  g_autofree char *who = lian_record_dup_description (record);
  LianRecordKind found;

  if (entry == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                   _("%s: %s: unknown %s \"%s\""), who, field,
                   lian_record_kind_noun (kind), target);
      return FALSE;
    }
  found = lian_record_get_record_kind (lian_entry_record (self, entry));
  if (found != kind)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                   _("%s: %s: \"%s\" is %s, not %s"), who, field, target,
                   lian_record_kind_with_article (found),
                   lian_record_kind_with_article (kind));
      return FALSE;
    }
  return TRUE;
}

static gboolean
project_is_open (LianActionProject *project)
{
  LianProjectStatus status = lian_action_project_get_status (project);

  return status == LIAN_PROJECT_STATUS_PLANNED || status == LIAN_PROJECT_STATUS_ACTIVE;
}

static void
prefix_error (GError     **error,
              LianRecord  *record)
{
  g_autofree char *who = NULL;

  if (error == NULL || *error == NULL)
    return;
  who = lian_record_dup_description (record);
  /* TRANSLATORS: a record (need "n1"), before what is wrong with it */
  g_prefix_error (error, _("%s: "), who);
}

/**
 * lian_registry_assign_need:
 * @self: a registry
 * @need_id: the id of a need in @self
 * @org_id: the id of the organisation that is to handle it
 * @due: (nullable): the day it must be handled by, `YYYY-MM-DD`, or `NULL`
 *   to keep the need's current [property@Lian.Need:due]
 * @error: return location for a [error@Lian.RegistryError] or
 *   [error@Lian.DataError]
 *
 * Hands an open need to an organisation (分级转办), with a deadline
 * (限时处置): sets [property@Lian.Need:assignee-id] and
 * [property@Lian.Need:due]. The registry re-indexes the need and emits
 * [signal@Lian.Registry::record-changed] for each property that changed.
 *
 * ```python
 * reg.assign_need('need-1', 'org-wx-alliance', '2023-08-31')
 * ```
 *
 * Returns: true if the need was assigned; false, the registry unchanged, with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND` if
 *   @need_id is not a need, `LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE` or
 *   `LIAN_REGISTRY_ERROR_WRONG_KIND` if @org_id is not an organisation,
 *   `LIAN_DATA_ERROR_INVALID_DATE` if @due is not a date or comes before
 *   the day the need was submitted, `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` if
 *   the need is resolved or closed (reopen it first)
 */
gboolean
lian_registry_assign_need (LianRegistry  *self,
                           const char    *need_id,
                           const char    *org_id,
                           const char    *due,
                           GError       **error)
{
  LianRecord *record;
  LianNeed *need;
  const char *submitted;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (need_id != NULL, FALSE);
  g_return_val_if_fail (org_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = find_subject (self, need_id, LIAN_RECORD_KIND_NEED, error);
  if (record == NULL)
    return FALSE;
  need = LIAN_NEED (record);
  if (!check_target (self, record, "assignee_id", org_id, LIAN_RECORD_KIND_ORGANIZATION, error))
    return FALSE;
  if (!lian_need_is_open (need))
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
                   _("need \"%s\": status: a %s need cannot be assigned; reopen it first"),
                   need_id, lian_enum_word (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need)));
      return FALSE;
    }
  submitted = lian_need_get_submitted (need);
  if (due && (!lian_date_check_field ("due", due, error) ||
              (lian_date_is_valid (submitted) &&
               !lian_check_dates_ordered ("submitted", submitted, "due", due, error))))
    {
      prefix_error (error, record);
      return FALSE;
    }

  /* One change of the need, checked as the registry checks any. */
  lian_registry_capture_begin (self, error);
  {
    LIAN_RECORD_CHANGE_SCOPE (need);
    lian_need_set_assignee_id (need, org_id);
    if (due)
      lian_need_set_due (need, due);
  }
  return lian_registry_capture_end (self);
}

/**
 * lian_registry_move_need:
 * @self: a registry
 * @need_id: the id of a need in @self
 * @status: the status to move it to
 * @actor_id: (nullable): who moves it: a person or an organisation; `NULL`
 *   for the person the registry works as ([method@Lian.Registry.set_person])
 * @note: (nullable): why, in words; required to reopen a need
 * @when: (nullable): when, or `NULL` for now in the local time zone
 * @error: return location for a [error@Lian.RegistryError] or
 *   [error@Lian.DataError]
 *
 * Moves a need of the registry with [method@Lian.Need.transition]; the move
 * is appended to its history, and the registry re-indexes it (by status)
 * and emits [signal@Lian.Registry::record-changed]. Resolving the last need
 * of a project does not close the project: see
 * [method@Lian.Registry.close_resolved_project].
 *
 * Returns: true if the need moved; false, the registry unchanged, with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND` if
 *   @need_id is not a need, or the error of [method@Lian.Need.transition]
 */
gboolean
lian_registry_move_need (LianRegistry    *self,
                         const char      *need_id,
                         LianNeedStatus   status,
                         const char      *actor_id,
                         const char      *note,
                         GDateTime       *when,
                         GError         **error)
{
  LianRecord *record;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (need_id != NULL, FALSE);
  g_return_val_if_fail ((guint) status <= LIAN_NEED_STATUS_CLOSED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = find_subject (self, need_id, LIAN_RECORD_KIND_NEED, error);
  if (record == NULL)
    return FALSE;
  /* Working as a person, the move is theirs unless it names who. */
  if (actor_id == NULL && lian_registry_get_person (self))
    actor_id = lian_record_get_id (LIAN_RECORD (lian_registry_get_person (self)));
  lian_registry_capture_begin (self, error);
  if (!lian_need_transition (LIAN_NEED (record), status, actor_id, note, when, error))
    {
      lian_registry_capture_end (self);
      prefix_error (error, record);
      return FALSE;
    }
  return lian_registry_capture_end (self);
}

/**
 * lian_registry_link_service:
 * @self: a registry
 * @need_id: the id of a need in @self
 * @service_id: the id of a service item in @self that answers it
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Records that a service item answers a need, by adding @service_id to the
 * need's [property@Lian.Need:service-ids]. Linking a service that is
 * already linked changes nothing and succeeds.
 *
 * Returns: true if the service is linked to the need; false, the registry
 *   unchanged, with `LIAN_REGISTRY_ERROR_NOT_FOUND` or
 *   `LIAN_REGISTRY_ERROR_WRONG_KIND` if @need_id is not a need, or
 *   `LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE` or
 *   `LIAN_REGISTRY_ERROR_WRONG_KIND` if @service_id is not a service item
 */
gboolean
lian_registry_link_service (LianRegistry  *self,
                            const char    *need_id,
                            const char    *service_id,
                            GError       **error)
{
  LianRecord *record;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (need_id != NULL, FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = find_subject (self, need_id, LIAN_RECORD_KIND_NEED, error);
  if (record == NULL ||
      !check_target (self, record, "service_ids", service_id, LIAN_RECORD_KIND_SERVICE, error))
    return FALSE;

  lian_registry_capture_begin (self, error);
  lian_need_add_service (LIAN_NEED (record), service_id);
  return lian_registry_capture_end (self);
}

/* The open project, other than @project_id, that already holds @need; or NULL. */
static LianActionProject *
other_open_project (LianRegistry *self,
                    LianNeed     *need,
                    const char   *project_id)
{
  const char *need_id = lian_record_get_id (LIAN_RECORD (need));
  const char *current = lian_need_get_project_id (need);
  LianEntry *entry = lian_registry_get_entry (self, current);
  g_autoptr(GPtrArray) referrers = NULL;

  if (entry && LIAN_IS_ACTION_PROJECT (lian_entry_record (self, entry)) &&
      g_strcmp0 (current, project_id) != 0 &&
      project_is_open (LIAN_ACTION_PROJECT (lian_entry_record (self, entry))))
    return LIAN_ACTION_PROJECT (lian_entry_record (self, entry));

  /* A project may list the need without the need naming it. */
  referrers = lian_index_dup_referrers (self, need_id);
  for (guint i = 0; i < referrers->len; i++)
    {
      LianEntry *referrer = g_ptr_array_index (referrers, i);
      LianActionProject *other;

      if (!LIAN_IS_ACTION_PROJECT (lian_entry_record (self, referrer)))
        continue;
      other = LIAN_ACTION_PROJECT (lian_entry_record (self, referrer));
      if (g_strcmp0 (lian_record_get_id (lian_entry_record (self, referrer)), project_id) != 0 &&
          project_is_open (other) && lian_action_project_has_need (other, need_id))
        return other;
    }
  return NULL;
}

/**
 * lian_registry_open_project:
 * @self: a registry
 * @project: a planned or active project that belongs to no registry yet
 * @error: return location for a [error@Lian.RegistryError] or
 *   [error@Lian.DataError]
 *
 * Adds a new action project and points each of its needs to it, by setting
 * their [property@Lian.Need:project-id]. Its owner must be an organisation
 * of the registry and its need and service ids must be there (as for
 * [method@Lian.Registry.add]); a need already in another open (planned or
 * active) project is refused.
 *
 * ```python
 * project = Lian.ActionProject.new('prj-1', '物联网金融赋能', 'org-wx-alliance')
 * project.add_need('need-1')
 * reg.open_project(project)
 * ```
 *
 * Returns: true if the project was added; false, the registry unchanged,
 *   with `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` if @project is done or
 *   cancelled, `LIAN_DATA_ERROR_INVALID_VALUE` if one of its needs is in
 *   another open project, or any error of [method@Lian.Registry.add]
 */
gboolean
lian_registry_open_project (LianRegistry       *self,
                            LianActionProject  *project,
                            GError            **error)
{
  const char *project_id;
  const char * const *need_ids;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_ACTION_PROJECT (project), FALSE);
  g_return_val_if_fail (lian_record_get_owner (LIAN_RECORD (project)) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  project_id = lian_record_get_id (LIAN_RECORD (project));
  if (!project_is_open (project))
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
                   _("project \"%s\": status: a project opens planned or active, not %s"),
                   project_id ? project_id : "",
                   lian_enum_word (LIAN_TYPE_PROJECT_STATUS,
                                      lian_action_project_get_status (project)));
      return FALSE;
    }

  need_ids = lian_action_project_get_need_ids (project);
  for (guint i = 0; need_ids[i]; i++)
    {
      LianEntry *entry = lian_registry_get_entry (self, need_ids[i]);
      LianActionProject *other;

      /* Unknown ids and wrong kinds are for lian_registry_add() to report. */
      if (entry == NULL || !LIAN_IS_NEED (lian_entry_record (self, entry)))
        continue;
      other = other_open_project (self, LIAN_NEED (lian_entry_record (self, entry)), project_id);
      if (other)
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("project \"%s\": need_ids[%u]: need \"%s\" is already in the open "
                         "project \"%s\""),
                       project_id ? project_id : "", i, need_ids[i],
                       lian_record_get_id (LIAN_RECORD (other)));
          return FALSE;
        }
    }

  if (!lian_registry_add (self, LIAN_RECORD (project), error))
    return FALSE;

  /* Nothing can fail from here on. */
  for (guint i = 0; need_ids[i]; i++)
    lian_need_set_project_id (lian_registry_lookup_need (self, need_ids[i]), project_id);
  return TRUE;
}

/**
 * lian_registry_close_project:
 * @self: a registry
 * @project_id: the id of a project in @self
 * @finished: the day it was done, `YYYY-MM-DD`
 * @loans_yuan: the loans it coordinated, in yuan
 * @talents: how many talents it brought in
 * @problems_solved: how many bottleneck problems it solved
 * @error: return location for a [error@Lian.RegistryError] or
 *   [error@Lian.DataError]
 *
 * Closes a project of the registry with its outcomes, with
 * [method@Lian.ActionProject.finish], whatever state its needs are in (see
 * [method@Lian.Registry.close_resolved_project] for the careful way). The
 * registry emits [signal@Lian.Registry::record-changed] for each property
 * that changed.
 *
 * Returns: true if the project was closed; false, the registry unchanged,
 *   with `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND`
 *   if @project_id is not a project, or the error of
 *   [method@Lian.ActionProject.finish]
 */
gboolean
lian_registry_close_project (LianRegistry  *self,
                             const char    *project_id,
                             const char    *finished,
                             gint64         loans_yuan,
                             guint          talents,
                             guint          problems_solved,
                             GError       **error)
{
  LianRecord *record;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (project_id != NULL, FALSE);
  g_return_val_if_fail (finished != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = find_subject (self, project_id, LIAN_RECORD_KIND_PROJECT, error);
  if (record == NULL)
    return FALSE;
  lian_registry_capture_begin (self, error);
  if (!lian_action_project_finish (LIAN_ACTION_PROJECT (record), finished, loans_yuan,
                                   talents, problems_solved, error))
    {
      lian_registry_capture_end (self);
      prefix_error (error, record);
      return FALSE;
    }
  return lian_registry_capture_end (self);
}

/* Appends to @text the needs of @project that are not resolved; counts them. */
static guint
list_unresolved (LianRegistry      *self,
                 LianActionProject *project,
                 GString           *text)
{
  const char * const *need_ids = lian_action_project_get_need_ids (project);
  guint n = 0;

  for (guint i = 0; need_ids[i]; i++)
    {
      LianNeed *need = lian_registry_lookup_need (self, need_ids[i]);
      const char *state;

      if (need && lian_need_get_status (need) == LIAN_NEED_STATUS_RESOLVED)
        continue;
      if (text && n < MAX_NAMED)
        {
          state = need ? lian_enum_word (LIAN_TYPE_NEED_STATUS, lian_need_get_status (need))
                       : _("missing");
          if (n)
            g_string_append (text, _(", "));
          /* TRANSLATORS: a need's id and its status: n1 (in-progress) */
          g_string_append_printf (text, _("%s (%s)"), need_ids[i], state);
        }
      n++;
    }
  if (text && n > MAX_NAMED)
    g_string_append_printf (text, _(" and %u more"), n - MAX_NAMED);
  return n;
}

/**
 * lian_registry_project_is_resolved:
 * @self: a registry
 * @project_id: the id of a project
 *
 * Whether every need of a project is resolved (a closed need, withdrawn
 * without a resolution, is not). A project without needs is resolved.
 *
 * Returns: true if @project_id is a project of @self whose needs are all
 *   resolved; false otherwise, also when there is no such project
 */
gboolean
lian_registry_project_is_resolved (LianRegistry *self,
                                   const char   *project_id)
{
  LianActionProject *project;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (project_id != NULL, FALSE);

  project = lian_registry_lookup_project (self, project_id);
  return project != NULL && list_unresolved (self, project, NULL) == 0;
}

/**
 * lian_registry_close_resolved_project:
 * @self: a registry
 * @project_id: the id of a project in @self
 * @finished: the day it was done, `YYYY-MM-DD`
 * @loans_yuan: the loans it coordinated, in yuan
 * @talents: how many talents it brought in
 * @problems_solved: how many bottleneck problems it solved
 * @error: return location for a [error@Lian.RegistryError] or
 *   [error@Lian.DataError]
 *
 * Closes a project with its outcomes, as
 * [method@Lian.Registry.close_project] does, but only when every one of its
 * needs is resolved ([method@Lian.Registry.project_is_resolved]). Resolving
 * needs never closes a project by itself: this is the explicit step.
 *
 * ```js
 * if (registry.project_is_resolved('prj-1'))
 *     registry.close_resolved_project('prj-1', '2023-11-30', 5000000, 3, 1);
 * ```
 *
 * Returns: true if the project was closed; false, the registry unchanged,
 *   with `LIAN_DATA_ERROR_ILLEGAL_TRANSITION` naming the needs that are not
 *   resolved, or an error of [method@Lian.Registry.close_project]
 */
gboolean
lian_registry_close_resolved_project (LianRegistry  *self,
                                      const char    *project_id,
                                      const char    *finished,
                                      gint64         loans_yuan,
                                      guint          talents,
                                      guint          problems_solved,
                                      GError       **error)
{
  LianRecord *record;
  g_autoptr(GString) open = g_string_new (NULL);
  guint n_open;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (project_id != NULL, FALSE);
  g_return_val_if_fail (finished != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = find_subject (self, project_id, LIAN_RECORD_KIND_PROJECT, error);
  if (record == NULL)
    return FALSE;
  /* A project already done or cancelled gets finish()'s own error. */
  if (project_is_open (LIAN_ACTION_PROJECT (record)))
    {
      n_open = list_unresolved (self, LIAN_ACTION_PROJECT (record), open);
      if (n_open > 0)
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_ILLEGAL_TRANSITION,
                       n_open == 1 ? _("project \"%s\": need_ids: %u need is not resolved: %s")
                                   : _("project \"%s\": need_ids: %u needs are not resolved: %s"),
                       project_id, n_open, open->str);
          return FALSE;
        }
    }
  return lian_registry_close_project (self, project_id, finished, loans_yuan, talents,
                                      problems_solved, error);
}

/**
 * lian_registry_move_response:
 * @self: a registry
 * @response_id: the id of a response in @self
 * @status: the status to move it to
 * @date: (nullable): the day of the move, `YYYY-MM-DD`, or `NULL` for today
 * @error: return location for a [error@Lian.RegistryError] or
 *   [error@Lian.DataError]
 *
 * Moves a response of the registry with [method@Lian.Response.transition],
 * as one checked change: the move is appended to its
 * [property@Lian.Response:moves], the registry re-indexes it (by status),
 * journals the change and emits [signal@Lian.Registry::record-changed].
 *
 * ```python
 * registry.move_response('resp-1', Lian.ResponseStatus.SHORTLISTED, '2024-03-12')
 * ```
 *
 * Returns: true if the response moved; false, the registry unchanged, with
 *   `LIAN_REGISTRY_ERROR_NOT_FOUND` or `LIAN_REGISTRY_ERROR_WRONG_KIND` if
 *   @response_id is not a response, or the error of
 *   [method@Lian.Response.transition]
 */
gboolean
lian_registry_move_response (LianRegistry        *self,
                             const char          *response_id,
                             LianResponseStatus   status,
                             const char          *date,
                             GError             **error)
{
  LianRecord *record;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (response_id != NULL, FALSE);
  g_return_val_if_fail ((guint) status <= LIAN_RESPONSE_STATUS_DECLINED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = find_subject (self, response_id, LIAN_RECORD_KIND_RESPONSE, error);
  if (record == NULL)
    return FALSE;
  lian_registry_capture_begin (self, error);
  if (!lian_response_transition (LIAN_RESPONSE (record), status, date, error))
    {
      lian_registry_capture_end (self);
      prefix_error (error, record);
      return FALSE;
    }
  return lian_registry_capture_end (self);
}
