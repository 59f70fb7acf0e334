/* lian-enterprise.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-enterprise-private.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-uscc.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-i18n-private.h"

/**
 * LianEnterprise:
 *
 * An enterprise on one or more industrial chains: its Unified Social Credit
 * Code, the region it is registered in, its size and tags, its workforce and
 * party members, whom to call, and the group headquarters it belongs to
 * (总部党建), which may be in another province.
 *
 * Its places on chains are [struct@Lian.ChainLink]s, kept in the order they
 * were added, at most one per chain.
 *
 * ```python
 * ent = Lian.Enterprise(id='ent-1', name='无锡华润微电子', uscc='91320214745555318W',
 *                       region='320214', size=Lian.EnterpriseSize.LARGE,
 *                       tags=Lian.EnterpriseTags.HIGH_TECH | Lian.EnterpriseTags.LISTED)
 * ent.add_chain_link('chain-ic', '封装测试', Lian.ChainRole.LEADER)
 * print(ent.props.chain_ids)      # ['chain-ic']
 * ```
 */

G_DEFINE_FINAL_TYPE (LianEnterprise, lian_enterprise, LIAN_TYPE_RECORD)

/* With no private data, an enterprise fills a 144-byte slice. */
G_STATIC_ASSERT (sizeof (LianEnterprise) <= 144);

GParamSpec *lian_enterprise_props[LIAN_ENTERPRISE_N_PROPS];
#define props lian_enterprise_props

/* The code must be valid exactly as stored: a code that is only valid once
 * normalised is reported with the form it should have. */
static gboolean
check_uscc (const char  *uscc,
            GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *normal = NULL;

  if (!lian_check_required ("uscc", uscc, error))
    return FALSE;
  if (lian_uscc_is_valid (uscc))
    return TRUE;
  normal = lian_uscc_normalize (uscc, &local);
  if (normal == NULL)
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                 _("uscc: %s"), local->message);
  else
    g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_USCC,
                 _("uscc: \"%s\" must be written \"%s\""), uscc, normal);
  return FALSE;
}

static gboolean
check_parent_id (const char  *id,
                 const char  *parent_id,
                 GError     **error)
{
  if (!lian_check_id_field ("parent_id", parent_id, FALSE, error))
    return FALSE;
  if (parent_id == NULL || g_strcmp0 (parent_id, id) != 0)
    return TRUE;
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
               _("parent_id: \"%s\" is the enterprise itself"), parent_id);
  return FALSE;
}

/* The row's fields; its code is not checked again if it is @checked_uscc,
 * a code lian_uscc_is_valid() took. */
static gboolean
validate_fields (const LianEnterpriseRow  *row,
                 const char               *checked_uscc,
                 GError                  **error)
{
  return lian_check_required ("name", row->head.name, error) &&
         ((checked_uscc && g_strcmp0 (row->uscc, checked_uscc) == 0) ||
          check_uscc (row->uscc, error)) &&
         lian_check_region_field ("region", row->region, TRUE, error) &&
         check_parent_id (row->head.id, row->parent_id, error) &&
         lian_chain_links_check (&row->chain_links, "chain_links", error) &&
         lian_check_id_list ("aliases", lian_strv_get (row->aliases), error) &&
         lian_check_id_list ("not_duplicates", lian_strv_get (row->not_duplicates), error);
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  return validate_fields (data, NULL, error);
}

gboolean
lian_enterprise_validate_row_checked (gconstpointer   row,
                                      const char     *checked_uscc,
                                      GError        **error)
{
  return validate_fields (row, checked_uscc, error);
}

/* What set_property cannot put back: the chain links. */
static void
lian_enterprise_copy_state (LianRecord *dst,
                            LianRecord *src)
{
  LianEnterprise *to = LIAN_ENTERPRISE (dst);
  LianChainLinks *to_links = &ENTERPRISE_ROW (to)->chain_links;
  guint n;
  LianChainLink * const *links =
    lian_chain_links_peek (&ENTERPRISE_ROW (LIAN_ENTERPRISE (src))->chain_links, &n);

  lian_chain_links_clear (to_links);
  for (guint i = 0; i < n; i++)
    lian_chain_links_add (to_links, lian_chain_link_get_chain_id (links[i]),
                          lian_chain_link_get_segment (links[i]),
                          lian_chain_link_get_role (links[i]));
  lian_enterprise_sync_chain_links (to);
}

/* What an enterprise's row owns besides its texts: its links
 * (LianKindDecl.clear). */
static void
clear_row (gpointer row)
{
  lian_chain_links_clear (&((LianEnterpriseRow *) row)->chain_links);
}

static void
lian_enterprise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LianEnterprise *self = LIAN_ENTERPRISE (object);

  switch (prop_id)
    {
    case PROP_USCC:
      g_value_set_string (value, lian_enterprise_get_uscc (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, lian_enterprise_get_region (self));
      break;
    case PROP_SIZE:
      g_value_set_enum (value, lian_enterprise_get_size (self));
      break;
    case PROP_TAGS:
      g_value_set_flags (value, lian_enterprise_get_tags (self));
      break;
    case PROP_EMPLOYEES:
      g_value_set_uint (value, lian_enterprise_get_employees (self));
      break;
    case PROP_PARTY_MEMBERS:
      g_value_set_uint (value, lian_enterprise_get_party_members (self));
      break;
    case PROP_CONTACT_NAME:
      g_value_set_string (value, lian_enterprise_get_contact_name (self));
      break;
    case PROP_CONTACT_PHONE:
      g_value_set_string (value, lian_enterprise_get_contact_phone (self));
      break;
    case PROP_PARENT_ID:
      g_value_set_string (value, lian_enterprise_get_parent_id (self));
      break;
    case PROP_CHAIN_IDS:
      g_value_set_boxed (value, lian_enterprise_get_chain_ids (self));
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, lian_enterprise_get_aliases (self));
      break;
    case PROP_NOT_DUPLICATES:
      g_value_set_boxed (value, lian_enterprise_get_not_duplicates (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_enterprise_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LianEnterprise *self = LIAN_ENTERPRISE (object);

  switch (prop_id)
    {
    case PROP_USCC:
      lian_enterprise_set_uscc (self, g_value_get_string (value));
      break;
    case PROP_REGION:
      lian_enterprise_set_region (self, g_value_get_string (value));
      break;
    case PROP_SIZE:
      lian_enterprise_set_size (self, g_value_get_enum (value));
      break;
    case PROP_TAGS:
      lian_enterprise_set_tags (self, g_value_get_flags (value));
      break;
    case PROP_EMPLOYEES:
      lian_enterprise_set_employees (self, g_value_get_uint (value));
      break;
    case PROP_PARTY_MEMBERS:
      lian_enterprise_set_party_members (self, g_value_get_uint (value));
      break;
    case PROP_CONTACT_NAME:
      lian_enterprise_set_contact_name (self, g_value_get_string (value));
      break;
    case PROP_CONTACT_PHONE:
      lian_enterprise_set_contact_phone (self, g_value_get_string (value));
      break;
    case PROP_PARENT_ID:
      lian_enterprise_set_parent_id (self, g_value_get_string (value));
      break;
    case PROP_ALIASES:
      lian_enterprise_set_aliases (self, g_value_get_boxed (value));
      break;
    case PROP_NOT_DUPLICATES:
      lian_enterprise_set_not_duplicates (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry. */
static const char * const *
get_chain_ids (gpointer           row,
               const LianRefDecl *ref)
{
  return lian_chain_links_get_ids (&((LianEnterpriseRow *) row)->chain_links);
}

static void
unlink_chain (LianRecord        *self,
              const LianRefDecl *ref,
              const char        *target)
{
  lian_enterprise_remove_chain_link (LIAN_ENTERPRISE (self), target);
}

/* Its chains are those of its links; its headquarters may be outside the
 * registry (总部党建). */
static const LianRefDecl refs[] = {
  { "chain-ids", "chain_links", LIAN_RECORD_KIND_CHAIN, LIAN_REF_LIST, -1 },
  LIAN_REF_DECL (LianEnterpriseRow, parent_id, "parent-id", "parent_id", ENTERPRISE,
                 LIAN_REF_PARENT | LIAN_REF_OUTSIDE),
};

static const LianKeyDecl keys[] = {
  { "enterprise-chain", "chain-ids", LIAN_KEY_IDS, -1, NULL },
  LIAN_KEY_DECL ("enterprise-region", LianEnterpriseRow, region, "region", REGION, NULL),
  LIAN_KEY_DECL ("parent", LianEnterpriseRow, parent_id, "parent-id", ID, NULL),
  LIAN_KEY_DECL ("enterprise-alias", LianEnterpriseRow, aliases, "aliases", IDS, NULL),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "uscc", "region", "size", "tags", "employees", "party_members",
  "contact_name", "contact_phone", "parent_id", "chain_links", "aliases",
  "not_duplicates", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianEnterpriseRow, uscc, OWN),
  LIAN_TEXT_DECL (LianEnterpriseRow, region, SHARED),
  LIAN_TEXT_DECL (LianEnterpriseRow, contact_name, OWN),
  LIAN_TEXT_DECL (LianEnterpriseRow, contact_phone, OWN),
  LIAN_TEXT_DECL (LianEnterpriseRow, parent_id, OWN),
  LIAN_TEXT_DECL (LianEnterpriseRow, aliases, LIST),
  LIAN_TEXT_DECL (LianEnterpriseRow, not_duplicates, LIST),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianEnterpriseRow, size, ENUM),
  LIAN_FIELD_DECL (LianEnterpriseRow, tags, FLAGS),
  LIAN_FIELD_DECL (LianEnterpriseRow, employees, UINT),
  LIAN_FIELD_DECL (LianEnterpriseRow, party_members, UINT),
};

static const LianKindDecl kind_decl = {
  "enterprises", members,
  refs, G_N_ELEMENTS (refs),
  .keys = keys, .n_keys = G_N_ELEMENTS (keys),
  .region = "region", .region_offset = G_STRUCT_OFFSET (LianEnterpriseRow, region),
  .get_ids = get_chain_ids, .unlink = unlink_chain,
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianEnterprise, row),
  .row_size = G_SIZEOF_MEMBER (LianEnterprise, row), .kind = LIAN_RECORD_KIND_ENTERPRISE,
  .validate = validate_row, .clear = clear_row,
};

static void
lian_enterprise_class_init (LianEnterpriseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_enterprise_get_property;
  object_class->set_property = lian_enterprise_set_property;

  record_class->kind = LIAN_RECORD_KIND_ENTERPRISE;
  lian_record_class_set_copy_func (klass, lian_enterprise_copy_state);

  /**
   * LianEnterprise:uscc:
   *
   * The enterprise's Unified Social Credit Code (统一社会信用代码), 18
   * characters. Required. It is kept as given; [method@Lian.Record.validate]
   * wants it exactly valid, so normalise typed codes with
   * [func@Lian.uscc_normalize] first.
   */
  props[PROP_USCC] =
    g_param_spec_string ("uscc", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:region:
   *
   * The code of the region the enterprise is registered in (GB/T 2260, such
   * as `320214`). Required.
   */
  props[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:size:
   *
   * The enterprise's size class.
   */
  props[PROP_SIZE] =
    g_param_spec_enum ("size", NULL, NULL, LIAN_TYPE_ENTERPRISE_SIZE,
                       LIAN_ENTERPRISE_SIZE_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:tags:
   *
   * The tags the enterprise carries: specialised and innovative, high-tech,
   * listed, state-owned and so on.
   */
  props[PROP_TAGS] =
    g_param_spec_flags ("tags", NULL, NULL, LIAN_TYPE_ENTERPRISE_TAGS,
                        LIAN_ENTERPRISE_TAGS_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:employees:
   *
   * How many people the enterprise employs.
   */
  props[PROP_EMPLOYEES] =
    g_param_spec_uint ("employees", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:party-members:
   *
   * How many party members work in the enterprise.
   */
  props[PROP_PARTY_MEMBERS] =
    g_param_spec_uint ("party-members", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:contact-name:
   *
   * The name of the person to contact at the enterprise.
   */
  props[PROP_CONTACT_NAME] =
    g_param_spec_string ("contact-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:contact-phone:
   *
   * The contact's telephone number, as written.
   */
  props[PROP_CONTACT_PHONE] =
    g_param_spec_string ("contact-phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:parent-id:
   *
   * The id of the enterprise's group headquarters, another
   * [class@Lian.Enterprise], possibly in another province (总部党建); `NULL`
   * if it has none. It may not be the enterprise's own id, and a registry
   * refuses headquarters whose own headquarters lead back to it.
   */
  props[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:chain-ids:
   *
   * The ids of the chains the enterprise is on, in the order of its
   * [struct@Lian.ChainLink]s. It changes, and is notified, with every change
   * to the links.
   */
  props[PROP_CHAIN_IDS] =
    g_param_spec_boxed ("chain-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:aliases:
   *
   * The ids of enterprises merged into this one
   * ([method@Lian.Registry.merge_enterprises]): they still find it in
   * [method@Lian.Registry.lookup_enterprise] and in CSV imports.
   */
  props[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianEnterprise:not-duplicates:
   *
   * The ids of enterprises a person decided are not the same enterprise
   * as this one, though they look alike ([method@Lian.Registry.decide_duplicate]):
   * [method@Lian.Registry.find_duplicates] no longer offers the pair.
   */
  props[PROP_NOT_DUPLICATES] =
    g_param_spec_boxed ("not-duplicates", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, LIAN_ENTERPRISE_N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_enterprise_init (LianEnterprise *self)
{
  lian_chain_links_init (&ENTERPRISE_ROW (self)->chain_links);
}

/**
 * lian_enterprise_new:
 * @id: the enterprise's id
 * @name: the enterprise's registered name
 * @uscc: its Unified Social Credit Code
 * @region: the code of the region it is registered in
 *
 * Creates an enterprise.
 *
 * Returns: (transfer full): a new enterprise
 */
LianEnterprise *
lian_enterprise_new (const char *id,
                     const char *name,
                     const char *uscc,
                     const char *region)
{
  return g_object_new (LIAN_TYPE_ENTERPRISE,
                       "id", id, "name", name, "uscc", uscc, "region", region,
                       NULL);
}

/**
 * lian_enterprise_get_uscc:
 * @self: an enterprise
 *
 * Gets the enterprise's Unified Social Credit Code.
 *
 * Returns: (nullable): the code, as stored
 */
const char *
lian_enterprise_get_uscc (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return ENTERPRISE_ROW (self)->uscc;
}

/**
 * lian_enterprise_set_uscc:
 * @self: an enterprise
 * @uscc: (nullable): the code
 *
 * Sets the enterprise's Unified Social Credit Code. It is stored as given;
 * [method@Lian.Record.validate] checks it.
 */
void
lian_enterprise_set_uscc (LianEnterprise *self,
                          const char     *uscc)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (lian_str_set (&ENTERPRISE_ROW (self)->uscc, uscc))
    lian_record_changed (LIAN_RECORD (self), props[PROP_USCC]);
}

/**
 * lian_enterprise_get_region:
 * @self: an enterprise
 *
 * Gets the code of the region the enterprise is registered in.
 *
 * Returns: (nullable): the region code
 */
const char *
lian_enterprise_get_region (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return ENTERPRISE_ROW (self)->region;
}

/**
 * lian_enterprise_set_region:
 * @self: an enterprise
 * @region: (nullable): a region code (GB/T 2260)
 *
 * Sets the region the enterprise is registered in.
 * [method@Lian.Record.validate] checks the code.
 */
void
lian_enterprise_set_region (LianEnterprise *self,
                            const char     *region)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (lian_str_set_shared (&ENTERPRISE_ROW (self)->region, region))
    lian_record_changed (LIAN_RECORD (self), props[PROP_REGION]);
}

/**
 * lian_enterprise_get_size:
 * @self: an enterprise
 *
 * Gets the enterprise's size class.
 *
 * Returns: the size
 */
LianEnterpriseSize
lian_enterprise_get_size (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), LIAN_ENTERPRISE_SIZE_UNKNOWN);

  return ENTERPRISE_ROW (self)->size;
}

/**
 * lian_enterprise_set_size:
 * @self: an enterprise
 * @size: the size
 *
 * Sets the enterprise's size class.
 */
void
lian_enterprise_set_size (LianEnterprise     *self,
                          LianEnterpriseSize  size)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (ENTERPRISE_ROW (self)->size == size)
    return;
  ENTERPRISE_ROW (self)->size = size;
  lian_record_changed (LIAN_RECORD (self), props[PROP_SIZE]);
}

/**
 * lian_enterprise_get_tags:
 * @self: an enterprise
 *
 * Gets the tags the enterprise carries.
 *
 * Returns: the tags
 */
LianEnterpriseTags
lian_enterprise_get_tags (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), LIAN_ENTERPRISE_TAGS_NONE);

  return ENTERPRISE_ROW (self)->tags;
}

/**
 * lian_enterprise_set_tags:
 * @self: an enterprise
 * @tags: the tags
 *
 * Sets the tags the enterprise carries, replacing those it had.
 */
void
lian_enterprise_set_tags (LianEnterprise     *self,
                          LianEnterpriseTags  tags)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (ENTERPRISE_ROW (self)->tags == tags)
    return;
  ENTERPRISE_ROW (self)->tags = tags;
  lian_record_changed (LIAN_RECORD (self), props[PROP_TAGS]);
}

/**
 * lian_enterprise_has_tag:
 * @self: an enterprise
 * @tag: one tag, or several
 *
 * Whether the enterprise carries @tag; when @tag holds several tags, whether
 * it carries all of them. Every enterprise carries
 * `LIAN_ENTERPRISE_TAGS_NONE`.
 *
 * Returns: true if every tag in @tag is set
 */
gboolean
lian_enterprise_has_tag (LianEnterprise     *self,
                         LianEnterpriseTags  tag)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), FALSE);

  return (ENTERPRISE_ROW (self)->tags & tag) == tag;
}

/**
 * lian_enterprise_get_employees:
 * @self: an enterprise
 *
 * Gets how many people the enterprise employs.
 *
 * Returns: the number of employees
 */
guint
lian_enterprise_get_employees (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), 0);

  return ENTERPRISE_ROW (self)->employees;
}

/**
 * lian_enterprise_set_employees:
 * @self: an enterprise
 * @employees: the number of employees
 *
 * Sets how many people the enterprise employs.
 */
void
lian_enterprise_set_employees (LianEnterprise *self,
                               guint           employees)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (ENTERPRISE_ROW (self)->employees == employees)
    return;
  ENTERPRISE_ROW (self)->employees = employees;
  lian_record_changed (LIAN_RECORD (self), props[PROP_EMPLOYEES]);
}

/**
 * lian_enterprise_get_party_members:
 * @self: an enterprise
 *
 * Gets how many party members work in the enterprise.
 *
 * Returns: the number of party members
 */
guint
lian_enterprise_get_party_members (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), 0);

  return ENTERPRISE_ROW (self)->party_members;
}

/**
 * lian_enterprise_set_party_members:
 * @self: an enterprise
 * @party_members: the number of party members
 *
 * Sets how many party members work in the enterprise.
 */
void
lian_enterprise_set_party_members (LianEnterprise *self,
                                   guint           party_members)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (ENTERPRISE_ROW (self)->party_members == party_members)
    return;
  ENTERPRISE_ROW (self)->party_members = party_members;
  lian_record_changed (LIAN_RECORD (self), props[PROP_PARTY_MEMBERS]);
}

/**
 * lian_enterprise_get_contact_name:
 * @self: an enterprise
 *
 * Gets the name of the person to contact.
 *
 * Returns: (nullable): the name
 */
const char *
lian_enterprise_get_contact_name (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return ENTERPRISE_ROW (self)->contact_name;
}

/**
 * lian_enterprise_set_contact_name:
 * @self: an enterprise
 * @contact_name: (nullable): the name
 *
 * Sets the name of the person to contact.
 */
void
lian_enterprise_set_contact_name (LianEnterprise *self,
                                  const char     *contact_name)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (lian_str_set (&ENTERPRISE_ROW (self)->contact_name, contact_name))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CONTACT_NAME]);
}

/**
 * lian_enterprise_get_contact_phone:
 * @self: an enterprise
 *
 * Gets the contact's telephone number.
 *
 * Returns: (nullable): the number, as written
 */
const char *
lian_enterprise_get_contact_phone (LianEnterprise *self)
{
  g_return_val_if_fail (LIAN_IS_ENTERPRISE (self), NULL);

  return ENTERPRISE_ROW (self)->contact_phone;
}

/**
 * lian_enterprise_set_contact_phone:
 * @self: an enterprise
 * @contact_phone: (nullable): the number
 *
 * Sets the contact's telephone number.
 */
void
lian_enterprise_set_contact_phone (LianEnterprise *self,
                                   const char     *contact_phone)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ENTERPRISE (self));

  if (lian_str_set (&ENTERPRISE_ROW (self)->contact_phone, contact_phone))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CONTACT_PHONE]);
}
