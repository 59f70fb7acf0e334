/* lian-party-org-private.h: what the sources of LianPartyOrg share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-party-org.h"
#include "lian-record-private.h"

G_BEGIN_DECLS

typedef struct
{
  /* Ordered and packed so that only the row's last two bytes pad: 80
   * bytes with the head, which with the object's 32 fill a 112-byte
   * slice. The enums are held in a byte each
   * (lian_record_class_declare() checks that every value fits). */
  LianRowHead head;
  char *region;
  char *parent_id;
  GStrv chain_ids;
  GStrv member_ids;
  char *brand;
  char *founded;
  guint party_members;
  guint8 kind;   /* a LianOrgKind */
  guint8 level;  /* a LianLevel */
} LianPartyOrgRow;

struct _LianPartyOrg
{
  LianRecordObject parent_instance;
  LianPartyOrgRow row;
};

/* The fields of @self, in its row. */
#define PARTY_ORG_ROW(self) (&(self)->row)

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
