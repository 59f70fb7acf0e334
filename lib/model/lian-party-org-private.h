/* lian-party-org-private.h: what the sources of LianPartyOrg share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-party-org.h"

G_BEGIN_DECLS

struct _LianPartyOrg
{
  LianRecord parent_instance;

  LianOrgKind kind;
  LianLevel level;
  char *region;
  char *parent_id;
  GStrv chain_ids;
  GStrv member_ids;
  guint party_members;
  char *brand;
  char *founded;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_LEVEL,
  PROP_REGION,
  PROP_PARENT_ID,
  PROP_CHAIN_IDS,
  PROP_MEMBER_IDS,
  PROP_PARTY_MEMBERS,
  PROP_BRAND,
  PROP_FOUNDED,
  LIAN_PARTY_ORG_N_PROPS
};

extern GParamSpec *lian_party_org_props[LIAN_PARTY_ORG_N_PROPS];

G_END_DECLS
