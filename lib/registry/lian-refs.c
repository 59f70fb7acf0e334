/* lian-refs.c: the references each kind of record makes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One table of truth for the registry: which members of a record name
 * other records, of which kind, and what removing the target does. An
 * enterprise's parent-id is not a reference: its headquarters may be
 * outside the registry (总部党建).
 */
#include "config.h"

#include "lian-refs-private.h"
#include "lian-region.h"
#include "lian-chain.h"
#include "lian-enterprise.h"
#include "lian-party-org.h"
#include "lian-service-item.h"
#include "lian-need.h"
#include "lian-action-project.h"
#include "lian-activity.h"
#include "lian-i18n-private.h"

static void
one (LianRecord     *record,
     const char     *field,
     const char     *target,
     LianRecordKind  kind,
     gboolean        required,
     LianRefFunc     func,
     gpointer        data)
{
  LianRef ref = { field, 0, FALSE, target, kind, required };

  if (target && target[0])
    func (record, &ref, data);
}

static void
list (LianRecord          *record,
      const char          *field,
      const char * const  *targets,
      LianRecordKind       kind,
      LianRefFunc          func,
      gpointer             data)
{
  for (guint i = 0; targets && targets[i]; i++)
    {
      LianRef ref = { field, i, TRUE, targets[i], kind, FALSE };
      func (record, &ref, data);
    }
}

void
lian_record_foreach_ref (LianRecord  *record,
                         LianRefFunc  func,
                         gpointer     data)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_CHAIN:
      list (record, "leader_ids", lian_chain_get_leader_ids (LIAN_CHAIN (record)),
            LIAN_RECORD_KIND_ENTERPRISE, func, data);
      break;

    case LIAN_RECORD_KIND_ENTERPRISE:
      list (record, "chain_links", lian_enterprise_get_chain_ids (LIAN_ENTERPRISE (record)),
            LIAN_RECORD_KIND_CHAIN, func, data);
      break;

    case LIAN_RECORD_KIND_ORGANIZATION:
      {
        LianPartyOrg *org = LIAN_PARTY_ORG (record);
        one (record, "parent_id", lian_party_org_get_parent_id (org),
             LIAN_RECORD_KIND_ORGANIZATION, FALSE, func, data);
        list (record, "chain_ids", lian_party_org_get_chain_ids (org),
              LIAN_RECORD_KIND_CHAIN, func, data);
        list (record, "member_ids", lian_party_org_get_member_ids (org),
              LIAN_RECORD_KIND_ENTERPRISE, func, data);
      }
      break;

    case LIAN_RECORD_KIND_SERVICE:
      list (record, "chain_ids", lian_service_item_get_chain_ids (LIAN_SERVICE_ITEM (record)),
            LIAN_RECORD_KIND_CHAIN, func, data);
      break;

    case LIAN_RECORD_KIND_NEED:
      {
        LianNeed *need = LIAN_NEED (record);
        one (record, "enterprise_id", lian_need_get_enterprise_id (need),
             LIAN_RECORD_KIND_ENTERPRISE, TRUE, func, data);
        one (record, "chain_id", lian_need_get_chain_id (need),
             LIAN_RECORD_KIND_CHAIN, FALSE, func, data);
        one (record, "assignee_id", lian_need_get_assignee_id (need),
             LIAN_RECORD_KIND_ORGANIZATION, FALSE, func, data);
        list (record, "service_ids", lian_need_get_service_ids (need),
              LIAN_RECORD_KIND_SERVICE, func, data);
        one (record, "project_id", lian_need_get_project_id (need),
             LIAN_RECORD_KIND_PROJECT, FALSE, func, data);
      }
      break;

    case LIAN_RECORD_KIND_PROJECT:
      {
        LianActionProject *project = LIAN_ACTION_PROJECT (record);
        one (record, "owner_id", lian_action_project_get_owner_id (project),
             LIAN_RECORD_KIND_ORGANIZATION, TRUE, func, data);
        list (record, "need_ids", lian_action_project_get_need_ids (project),
              LIAN_RECORD_KIND_NEED, func, data);
        list (record, "service_ids", lian_action_project_get_service_ids (project),
              LIAN_RECORD_KIND_SERVICE, func, data);
      }
      break;

    case LIAN_RECORD_KIND_ACTIVITY:
      {
        LianActivity *activity = LIAN_ACTIVITY (record);
        one (record, "org_id", lian_activity_get_org_id (activity),
             LIAN_RECORD_KIND_ORGANIZATION, FALSE, func, data);
        one (record, "chain_id", lian_activity_get_chain_id (activity),
             LIAN_RECORD_KIND_CHAIN, FALSE, func, data);
      }
      break;

    case LIAN_RECORD_KIND_REGION:
    default:
      break;
    }
}

const char *
lian_record_get_parent_id (LianRecord *record)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_ORGANIZATION:
      return lian_party_org_get_parent_id (LIAN_PARTY_ORG (record));
    case LIAN_RECORD_KIND_ENTERPRISE:
      return lian_enterprise_get_parent_id (LIAN_ENTERPRISE (record));
    default:
      return NULL;
    }
}

/* Drops one optional reference; required ones are never unlinked. */
void
lian_record_unlink_ref (LianRecord *record,
                        const char *field,
                        const char *target)
{
  switch (lian_record_get_record_kind (record))
    {
    case LIAN_RECORD_KIND_CHAIN:
      lian_chain_remove_leader (LIAN_CHAIN (record), target);
      break;
    case LIAN_RECORD_KIND_ENTERPRISE:
      lian_enterprise_remove_chain_link (LIAN_ENTERPRISE (record), target);
      break;
    case LIAN_RECORD_KIND_ORGANIZATION:
      if (g_str_equal (field, "parent_id"))
        lian_party_org_set_parent_id (LIAN_PARTY_ORG (record), NULL);
      else if (g_str_equal (field, "chain_ids"))
        lian_party_org_remove_chain (LIAN_PARTY_ORG (record), target);
      else
        lian_party_org_remove_member (LIAN_PARTY_ORG (record), target);
      break;
    case LIAN_RECORD_KIND_SERVICE:
      lian_service_item_remove_chain (LIAN_SERVICE_ITEM (record), target);
      break;
    case LIAN_RECORD_KIND_NEED:
      if (g_str_equal (field, "chain_id"))
        lian_need_set_chain_id (LIAN_NEED (record), NULL);
      else if (g_str_equal (field, "assignee_id"))
        lian_need_set_assignee_id (LIAN_NEED (record), NULL);
      else if (g_str_equal (field, "service_ids"))
        lian_need_remove_service (LIAN_NEED (record), target);
      else if (g_str_equal (field, "project_id"))
        lian_need_set_project_id (LIAN_NEED (record), NULL);
      break;
    case LIAN_RECORD_KIND_PROJECT:
      if (g_str_equal (field, "need_ids"))
        lian_action_project_remove_need (LIAN_ACTION_PROJECT (record), target);
      else if (g_str_equal (field, "service_ids"))
        lian_action_project_remove_service (LIAN_ACTION_PROJECT (record), target);
      break;
    case LIAN_RECORD_KIND_ACTIVITY:
      if (g_str_equal (field, "org_id"))
        lian_activity_set_org_id (LIAN_ACTIVITY (record), NULL);
      else
        lian_activity_set_chain_id (LIAN_ACTIVITY (record), NULL);
      break;
    case LIAN_RECORD_KIND_REGION:
    default:
      break;
    }
}

const char *
lian_record_kind_noun (LianRecordKind kind)
{
  static const char * const nouns[] = {
    NC_("record noun", "region"), NC_("record noun", "chain"),
    NC_("record noun", "enterprise"), NC_("record noun", "organization"),
    NC_("record noun", "service"), NC_("record noun", "need"),
    NC_("record noun", "project"), NC_("record noun", "activity"),
  };

  return lian_pgettext (kind < G_N_ELEMENTS (nouns) ? nouns[kind] : NC_("record noun", "record"));
}

const char *
lian_record_kind_with_article (LianRecordKind kind)
{
  static const char * const nouns[] = {
    NC_("record noun", "a region"), NC_("record noun", "a chain"),
    NC_("record noun", "an enterprise"), NC_("record noun", "an organization"),
    NC_("record noun", "a service"), NC_("record noun", "a need"),
    NC_("record noun", "a project"), NC_("record noun", "an activity"),
  };

  return lian_pgettext (kind < G_N_ELEMENTS (nouns) ? nouns[kind]
                                                    : NC_("record noun", "a record"));
}

char *
lian_record_dup_description (LianRecord *record)
{
  const char *id = lian_record_get_id (record);

  /* TRANSLATORS: a kind of record and its id: need "n1" */
  return g_strdup_printf (_("%s \"%s\""),
                          lian_record_kind_noun (lian_record_get_record_kind (record)),
                          id ? id : "");
}

char *
lian_record_dup_message_prefix (LianRecord *record)
{
  g_autofree char *description = lian_record_dup_description (record);

  /* TRANSLATORS: between a record (need "n1") and one of its fields */
  return g_strconcat (description, _(": "), NULL);
}
