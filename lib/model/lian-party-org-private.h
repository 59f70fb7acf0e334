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

  /* Ordered and packed so that nothing pads: 54 bytes past the parent's,
   * which with the record's private data fill a 112-byte slice. The enums
   * are held in a byte each (lian_record_class_declare() checks that every
   * value fits). */
  char *region;
  char *parent_id;
  GStrv chain_ids;
  GStrv member_ids;
  char *brand;
  char *founded;
  guint party_members;
  guint8 kind;   /* a LianOrgKind */
  guint8 level;  /* a LianLevel */
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
