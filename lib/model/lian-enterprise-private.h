/* lian-enterprise-private.h: what lian-enterprise.c and lian-enterprise-links.c share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "lian-enterprise.h"
#include "lian-chain-link-private.h"
#include "lian-record-private.h"

G_BEGIN_DECLS

typedef struct
{
  /* Ordered so that nothing pads: 104 bytes with the head (a loaded
   * record's row in its arena), 136 with the object's 32. */
  LianRowHead head;
  char *uscc;
  char *region;
  char *contact_name;
  char *contact_phone;
  char *parent_id;
  LianChainLinks chain_links;
  GStrv aliases;
  GStrv not_duplicates;
  LianEnterpriseSize size;
  LianEnterpriseTags tags;
  guint employees;
  guint party_members;
} LianEnterpriseRow;

struct _LianEnterprise
{
  LianRecordObject parent_instance;
  LianEnterpriseRow row;
};

/* The fields of @self, in its row. */
#define ENTERPRISE_ROW(self) (&(self)->row)

enum {
  PROP_0,
  PROP_USCC,
  PROP_REGION,
  PROP_SIZE,
  PROP_TAGS,
  PROP_EMPLOYEES,
  PROP_PARTY_MEMBERS,
  PROP_CONTACT_NAME,
  PROP_CONTACT_PHONE,
  PROP_PARENT_ID,
  PROP_CHAIN_IDS,
  PROP_ALIASES,
  PROP_NOT_DUPLICATES,
  LIAN_ENTERPRISE_N_PROPS
};

/* Brings the array lian_enterprise_get_chain_links() made, if any, up to
 * date with the links. */
void lian_enterprise_sync_chain_links (LianEnterprise *self);

/* In an enterprise's bare row, as a loader fills it (no change, no
 * notification): adds @link (a reference of its own), or puts it in the
 * place of the link on its chain; whether the links changed. */
gboolean       lian_enterprise_row_add_link       (LianEnterpriseRow *row,
                                                   LianChainLink     *link);
/* The row's link to @chain_id, or NULL. */
LianChainLink *lian_enterprise_row_get_chain_link (LianEnterpriseRow *row,
                                                   const char        *chain_id);

extern GParamSpec *lian_enterprise_props[LIAN_ENTERPRISE_N_PROPS];

G_END_DECLS
