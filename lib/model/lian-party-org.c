/* lian-party-org.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-party-org-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-i18n-private.h"

/**
 * LianPartyOrg:
 *
 * A party organisation built along industrial chains: an alliance, a chain
 * or joint committee, a branch, an action branch, a service team, a party
 * school or an enterprise's own organisation ([enum@Lian.OrgKind]).
 *
 * Organisations form a tree through [property@Lian.PartyOrg:parent-id], serve
 * chains and have member enterprises, all held as ids; a registry resolves
 * them and refuses a cycle in the tree.
 *
 * ```python
 * alliance = Lian.PartyOrg(id='org-wx-ic', name='无锡市集成电路产业链党建联盟',
 *                          level=Lian.Level.CITY, region='320200')
 * alliance.add_chain('chain-ic')
 * alliance.add_member('ent-1')
 * alliance.validate()
 * ```
 */

G_DEFINE_FINAL_TYPE (LianPartyOrg, lian_party_org, LIAN_TYPE_RECORD)

/* With no private data, an organisation fills a 112-byte slice. */
G_STATIC_ASSERT (sizeof (LianPartyOrg) <= 112);

GParamSpec *lian_party_org_props[LIAN_PARTY_ORG_N_PROPS];
#define props lian_party_org_props

static gboolean
check_parent_id (const LianPartyOrgRow  *row,
                 GError                **error)
{
  const char *parent_id = row->parent_id;

  if (!lian_check_id_field ("parent_id", parent_id, FALSE, error))
    return FALSE;
  if (parent_id == NULL || g_strcmp0 (parent_id, row->head.id) != 0)
    return TRUE;
  g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("parent_id: an organisation cannot be its own parent"));
  return FALSE;
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianPartyOrgRow *row = data;

  return lian_check_required ("name", row->head.name, error) &&
         lian_check_region_field ("region", row->region, FALSE, error) &&
         check_parent_id (row, error) &&
         lian_check_id_list ("chain_ids", lian_strv_get (row->chain_ids), error) &&
         lian_check_id_list ("member_ids", lian_strv_get (row->member_ids), error) &&
         lian_check_date_field ("founded", row->founded, FALSE, error);
}

static void
lian_party_org_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LianPartyOrg *self = LIAN_PARTY_ORG (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, lian_party_org_get_kind (self));
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, lian_party_org_get_level (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, lian_party_org_get_region (self));
      break;
    case PROP_PARENT_ID:
      g_value_set_string (value, lian_party_org_get_parent_id (self));
      break;
    case PROP_CHAIN_IDS:
      g_value_set_boxed (value, lian_party_org_get_chain_ids (self));
      break;
    case PROP_MEMBER_IDS:
      g_value_set_boxed (value, lian_party_org_get_member_ids (self));
      break;
    case PROP_PARTY_MEMBERS:
      g_value_set_uint (value, lian_party_org_get_party_members (self));
      break;
    case PROP_BRAND:
      g_value_set_string (value, lian_party_org_get_brand (self));
      break;
    case PROP_FOUNDED:
      g_value_set_string (value, lian_party_org_get_founded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_party_org_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LianPartyOrg *self = LIAN_PARTY_ORG (object);

  switch (prop_id)
    {
    case PROP_KIND:
      lian_party_org_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_LEVEL:
      lian_party_org_set_level (self, g_value_get_enum (value));
      break;
    case PROP_REGION:
      lian_party_org_set_region (self, g_value_get_string (value));
      break;
    case PROP_PARENT_ID:
      lian_party_org_set_parent_id (self, g_value_get_string (value));
      break;
    case PROP_CHAIN_IDS:
      lian_party_org_set_chain_ids (self, g_value_get_boxed (value));
      break;
    case PROP_MEMBER_IDS:
      lian_party_org_set_member_ids (self, g_value_get_boxed (value));
      break;
    case PROP_PARTY_MEMBERS:
      lian_party_org_set_party_members (self, g_value_get_uint (value));
      break;
    case PROP_BRAND:
      lian_party_org_set_brand (self, g_value_get_string (value));
      break;
    case PROP_FOUNDED:
      lian_party_org_set_founded (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianPartyOrgRow, parent_id, "parent-id", "parent_id", ORGANIZATION,
                 LIAN_REF_PARENT),
  LIAN_REF_DECL (LianPartyOrgRow, chain_ids, "chain-ids", "chain_ids", CHAIN, LIAN_REF_LIST),
  LIAN_REF_DECL (LianPartyOrgRow, member_ids, "member-ids", "member_ids", ENTERPRISE,
                 LIAN_REF_LIST | LIAN_REF_SPANS),
};

static const LianKeyDecl keys[] = {
  LIAN_KEY_DECL ("parent", LianPartyOrgRow, parent_id, "parent-id", ID, NULL),
  LIAN_KEY_DECL ("org-chain", LianPartyOrgRow, chain_ids, "chain-ids", IDS, NULL),
  LIAN_KEY_DECL ("org-member", LianPartyOrgRow, member_ids, "member-ids", IDS, NULL),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "kind", "level", "region", "parent_id", "chain_ids", "member_ids",
  "party_members", "brand", "founded", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianPartyOrgRow, region, SHARED),
  LIAN_TEXT_DECL (LianPartyOrgRow, parent_id, OWN),
  LIAN_TEXT_DECL_REPEATED (LianPartyOrgRow, chain_ids, LIST),
  LIAN_TEXT_DECL (LianPartyOrgRow, member_ids, LIST),
  LIAN_TEXT_DECL (LianPartyOrgRow, brand, OWN),
  LIAN_TEXT_DECL (LianPartyOrgRow, founded, SHARED),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianPartyOrgRow, kind, ENUM),
  LIAN_FIELD_DECL (LianPartyOrgRow, level, ENUM),
  LIAN_FIELD_DECL (LianPartyOrgRow, party_members, UINT),
};

static const LianKindDecl kind_decl = {
  "organizations", members,
  refs, G_N_ELEMENTS (refs),
  .keys = keys, .n_keys = G_N_ELEMENTS (keys),
  .region = "region", .region_offset = G_STRUCT_OFFSET (LianPartyOrgRow, region),
  .date = "founded", .date_offset = G_STRUCT_OFFSET (LianPartyOrgRow, founded),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianPartyOrg, row),
  .row_size = G_SIZEOF_MEMBER (LianPartyOrg, row), .kind = LIAN_RECORD_KIND_ORGANIZATION,
  .validate = validate_row,
};

static void
lian_party_org_class_init (LianPartyOrgClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_party_org_get_property;
  object_class->set_property = lian_party_org_set_property;

  record_class->kind = LIAN_RECORD_KIND_ORGANIZATION;

  /**
   * LianPartyOrg:kind:
   *
   * What kind of organisation it is.
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LIAN_TYPE_ORG_KIND,
                       LIAN_ORG_KIND_ALLIANCE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:level:
   *
   * The administrative level it works at: province, city or county.
   */
  props[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, LIAN_TYPE_LEVEL,
                       LIAN_LEVEL_PROVINCE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:region:
   *
   * The 6-digit code of the region it belongs to (`320200`), if any.
   */
  props[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:parent-id:
   *
   * The id of the organisation above it in the tree, if any. An
   * organisation cannot be its own parent.
   */
  props[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:chain-ids:
   *
   * The ids of the [class@Lian.Chain]s it serves, in the order they were
   * added. Never `NULL` when read.
   */
  props[PROP_CHAIN_IDS] =
    g_param_spec_boxed ("chain-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:member-ids:
   *
   * The ids of its member [class@Lian.Enterprise]s, in the order they were
   * added. Never `NULL` when read.
   */
  props[PROP_MEMBER_IDS] =
    g_param_spec_boxed ("member-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:party-members:
   *
   * How many party members it has.
   */
  props[PROP_PARTY_MEMBERS] =
    g_param_spec_uint ("party-members", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:brand:
   *
   * The name of its party-building brand (一联盟一品牌), if any.
   */
  props[PROP_BRAND] =
    g_param_spec_string ("brand", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianPartyOrg:founded:
   *
   * The day it was founded, `YYYY-MM-DD`, if known.
   */
  props[PROP_FOUNDED] =
    g_param_spec_string ("founded", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, LIAN_PARTY_ORG_N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_party_org_init (LianPartyOrg *self)
{
  PARTY_ORG_ROW (self)->kind = LIAN_ORG_KIND_ALLIANCE;
  PARTY_ORG_ROW (self)->level = LIAN_LEVEL_PROVINCE;
}

/**
 * lian_party_org_new:
 * @id: the organisation's id
 * @name: its name (无锡市集成电路产业链党建联盟)
 * @kind: what kind of organisation it is
 *
 * Creates a party organisation.
 *
 * Returns: (transfer full): a new organisation
 */
LianPartyOrg *
lian_party_org_new (const char  *id,
                    const char  *name,
                    LianOrgKind  kind)
{
  return g_object_new (LIAN_TYPE_PARTY_ORG, "id", id, "name", name, "kind", kind, NULL);
}

/**
 * lian_party_org_get_kind:
 * @self: an organisation
 *
 * Gets what kind of organisation it is.
 *
 * Returns: the kind
 */
LianOrgKind
lian_party_org_get_kind (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), LIAN_ORG_KIND_ALLIANCE);

  return PARTY_ORG_ROW (self)->kind;
}

/**
 * lian_party_org_set_kind:
 * @self: an organisation
 * @kind: the kind
 *
 * Sets what kind of organisation it is.
 */
void
lian_party_org_set_kind (LianPartyOrg *self,
                         LianOrgKind   kind)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));
  g_return_if_fail ((guint) kind <= LIAN_ORG_KIND_ENTERPRISE);

  if (PARTY_ORG_ROW (self)->kind == kind)
    return;
  PARTY_ORG_ROW (self)->kind = kind;
  lian_record_changed (LIAN_RECORD (self), props[PROP_KIND]);
}

/**
 * lian_party_org_get_level:
 * @self: an organisation
 *
 * Gets the administrative level it works at.
 *
 * Returns: the level
 */
LianLevel
lian_party_org_get_level (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), LIAN_LEVEL_PROVINCE);

  return PARTY_ORG_ROW (self)->level;
}

/**
 * lian_party_org_set_level:
 * @self: an organisation
 * @level: the level
 *
 * Sets the administrative level it works at.
 */
void
lian_party_org_set_level (LianPartyOrg *self,
                          LianLevel     level)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));
  g_return_if_fail ((guint) level <= LIAN_LEVEL_COUNTY);

  if (PARTY_ORG_ROW (self)->level == level)
    return;
  PARTY_ORG_ROW (self)->level = level;
  lian_record_changed (LIAN_RECORD (self), props[PROP_LEVEL]);
}

/**
 * lian_party_org_get_region:
 * @self: an organisation
 *
 * Gets the code of the region it belongs to.
 *
 * Returns: (nullable): the 6-digit region code
 */
const char *
lian_party_org_get_region (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), NULL);

  return PARTY_ORG_ROW (self)->region;
}

/**
 * lian_party_org_set_region:
 * @self: an organisation
 * @region: (nullable): a 6-digit region code
 *
 * Sets the region it belongs to. [method@Lian.Record.validate] checks the
 * code.
 */
void
lian_party_org_set_region (LianPartyOrg *self,
                           const char   *region)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));

  if (lian_str_set_shared (&PARTY_ORG_ROW (self)->region, region))
    lian_record_changed (LIAN_RECORD (self), props[PROP_REGION]);
}

/**
 * lian_party_org_get_parent_id:
 * @self: an organisation
 *
 * Gets the id of the organisation above it.
 *
 * Returns: (nullable): the id
 */
const char *
lian_party_org_get_parent_id (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), NULL);

  return PARTY_ORG_ROW (self)->parent_id;
}

/**
 * lian_party_org_set_parent_id:
 * @self: an organisation
 * @parent_id: (nullable): the id of another [class@Lian.PartyOrg]
 *
 * Sets the organisation above it in the tree, or makes it a root.
 */
void
lian_party_org_set_parent_id (LianPartyOrg *self,
                              const char   *parent_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));

  if (lian_str_set (&PARTY_ORG_ROW (self)->parent_id, parent_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PARENT_ID]);
}

/**
 * lian_party_org_get_party_members:
 * @self: an organisation
 *
 * Gets how many party members it has.
 *
 * Returns: the number of party members
 */
guint
lian_party_org_get_party_members (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), 0);

  return PARTY_ORG_ROW (self)->party_members;
}

/**
 * lian_party_org_set_party_members:
 * @self: an organisation
 * @party_members: the number of party members
 *
 * Sets how many party members it has.
 */
void
lian_party_org_set_party_members (LianPartyOrg *self,
                                  guint         party_members)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));

  if (PARTY_ORG_ROW (self)->party_members == party_members)
    return;
  PARTY_ORG_ROW (self)->party_members = party_members;
  lian_record_changed (LIAN_RECORD (self), props[PROP_PARTY_MEMBERS]);
}

/**
 * lian_party_org_get_brand:
 * @self: an organisation
 *
 * Gets the name of its party-building brand.
 *
 * Returns: (nullable): the brand
 */
const char *
lian_party_org_get_brand (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), NULL);

  return PARTY_ORG_ROW (self)->brand;
}

/**
 * lian_party_org_set_brand:
 * @self: an organisation
 * @brand: (nullable): the brand
 *
 * Sets the name of its party-building brand (一联盟一品牌).
 */
void
lian_party_org_set_brand (LianPartyOrg *self,
                          const char   *brand)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));

  if (lian_str_set (&PARTY_ORG_ROW (self)->brand, brand))
    lian_record_changed (LIAN_RECORD (self), props[PROP_BRAND]);
}

/**
 * lian_party_org_get_founded:
 * @self: an organisation
 *
 * Gets the day it was founded.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_party_org_get_founded (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), NULL);

  return PARTY_ORG_ROW (self)->founded;
}

/**
 * lian_party_org_set_founded:
 * @self: an organisation
 * @founded: (nullable): the date, `YYYY-MM-DD`
 *
 * Sets the day it was founded. [method@Lian.Record.validate] checks it.
 */
void
lian_party_org_set_founded (LianPartyOrg *self,
                            const char   *founded)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_PARTY_ORG (self));

  if (lian_str_set_shared (&PARTY_ORG_ROW (self)->founded, founded))
    lian_record_changed (LIAN_RECORD (self), props[PROP_FOUNDED]);
}

/**
 * lian_party_org_kind_is_grassroots:
 * @kind: a kind of organisation
 *
 * Whether organisations of @kind are grassroots organisations (基层党组织):
 * a branch, a joint committee, an enterprise's own party organisation, or an
 * action branch. Alliances, chain committees, service teams and party
 * schools are not.
 *
 * An enterprise that is a member of a grassroots organisation counts as
 * covered by the party's organisation (组织覆盖); membership of an alliance
 * alone does not.
 *
 * Whether an organisation is one is a question about its kind:
 *
 * ```python
 * Lian.PartyOrg.kind_is_grassroots(org.props.kind)
 * ```
 *
 * Returns: true if @kind is a grassroots kind
 */
gboolean
lian_party_org_kind_is_grassroots (LianOrgKind kind)
{
  return kind == LIAN_ORG_KIND_JOINT_COMMITTEE || kind == LIAN_ORG_KIND_BRANCH ||
         kind == LIAN_ORG_KIND_ACTION_BRANCH || kind == LIAN_ORG_KIND_ENTERPRISE;
}

/**
 * lian_party_org_is_grassroots:
 * @self: an organisation
 *
 * Whether it is a grassroots organisation: whether its kind is, as
 * [func@Lian.PartyOrg.kind_is_grassroots] says.
 *
 * Returns: true if its kind is a grassroots kind
 *
 * Deprecated: 0.2: Use [func@Lian.PartyOrg.kind_is_grassroots] on the
 *   organisation's kind.
 */
gboolean
lian_party_org_is_grassroots (LianPartyOrg *self)
{
  g_return_val_if_fail (LIAN_IS_PARTY_ORG (self), FALSE);

  return lian_party_org_kind_is_grassroots (PARTY_ORG_ROW (self)->kind);
}
