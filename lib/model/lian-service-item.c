/* lian-service-item.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-service-item-private.h"
#include "lian-date.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-i18n-private.h"

/**
 * LianServiceItem:
 *
 * An item on a department's resources list (资源清单): a policy, a resource,
 * a project, a carrier such as a park or a platform, or a service, offered
 * to the enterprises of a chain.
 *
 * An item serves some [flags@Lian.NeedCategories]; its scope is a region
 * (the region and everything below it), a set of chains (none means any
 * chain) and a period between two optional dates.
 *
 * ```js
 * const loan = new Lian.ServiceItem({
 *     id: 'svc-loan', name: '科技贷款贴息', kind: Lian.ServiceKind.POLICY,
 *     provider: '镇江市科技局', region: '321100',
 *     categories: Lian.NeedCategories.FINANCING,
 *     valid_from: '2023-01-01', valid_until: '2025-12-31',
 * });
 * loan.is_valid_on('2024-03-01');    // true
 * ```
 */

G_DEFINE_FINAL_TYPE (LianServiceItem, lian_service_item, LIAN_TYPE_RECORD)

GParamSpec *lian_service_item_props[LIAN_SERVICE_ITEM_N_PROPS];
#define props lian_service_item_props

static gboolean
check_categories (LianNeedCategories   categories,
                  GError             **error)
{
  if (categories != LIAN_NEED_CATEGORIES_NONE)
    return TRUE;
  g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                       _("categories: an item serves at least one need category"));
  return FALSE;
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianServiceItemRow *row = data;

  return lian_check_required ("name", row->head.name, error) &&
         check_categories (row->categories, error) &&
         lian_check_region_field ("region", row->region, FALSE, error) &&
         lian_check_id_list ("chain_ids", lian_strv_get (row->chain_ids), error) &&
         lian_check_date_field ("valid_from", row->valid_from, FALSE, error) &&
         lian_check_date_field ("valid_until", row->valid_until, FALSE, error) &&
         lian_check_dates_ordered ("valid_from", row->valid_from,
                                   "valid_until", row->valid_until, error) &&
         lian_check_string_list ("keywords", lian_strv_get (row->keywords), error);
}

static void
lian_service_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LianServiceItem *self = LIAN_SERVICE_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, lian_service_item_get_kind (self));
      break;
    case PROP_PROVIDER:
      g_value_set_string (value, lian_service_item_get_provider (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, lian_service_item_get_description (self));
      break;
    case PROP_CATEGORIES:
      g_value_set_flags (value, lian_service_item_get_categories (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, lian_service_item_get_region (self));
      break;
    case PROP_CHAIN_IDS:
      g_value_set_boxed (value, lian_service_item_get_chain_ids (self));
      break;
    case PROP_VALID_FROM:
      g_value_set_string (value, lian_service_item_get_valid_from (self));
      break;
    case PROP_VALID_UNTIL:
      g_value_set_string (value, lian_service_item_get_valid_until (self));
      break;
    case PROP_KEYWORDS:
      g_value_set_boxed (value, lian_service_item_get_keywords (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_service_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LianServiceItem *self = LIAN_SERVICE_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      lian_service_item_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PROVIDER:
      lian_service_item_set_provider (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      lian_service_item_set_description (self, g_value_get_string (value));
      break;
    case PROP_CATEGORIES:
      lian_service_item_set_categories (self, g_value_get_flags (value));
      break;
    case PROP_REGION:
      lian_service_item_set_region (self, g_value_get_string (value));
      break;
    case PROP_CHAIN_IDS:
      lian_service_item_set_chain_ids (self, g_value_get_boxed (value));
      break;
    case PROP_VALID_FROM:
      lian_service_item_set_valid_from (self, g_value_get_string (value));
      break;
    case PROP_VALID_UNTIL:
      lian_service_item_set_valid_until (self, g_value_get_string (value));
      break;
    case PROP_KEYWORDS:
      lian_service_item_set_keywords (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianServiceItemRow, chain_ids, "chain-ids", "chain_ids", CHAIN,
                 LIAN_REF_LIST | LIAN_REF_EMPTY_IS_ANY),
};

/* Its region is its scope; it is filed under each category it serves,
 * alone and with its scope. */
static const LianKeyDecl keys[] = {
  LIAN_KEY_DECL ("service-region", LianServiceItemRow, region, "region", SCOPE, NULL),
  LIAN_KEY_DECL ("service-category", LianServiceItemRow, categories, "categories", FLAG_NICKS,
                 lian_need_category_get_type),
  LIAN_KEY_DECL ("service-category-scope", LianServiceItemRow, categories, "categories",
                 FLAG_NICKS_IN_SCOPE, lian_need_category_get_type),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "kind", "provider", "description", "categories", "region", "chain_ids",
  "valid_from", "valid_until", "keywords", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianServiceItemRow, provider, OWN),
  LIAN_TEXT_DECL (LianServiceItemRow, description, OWN),
  LIAN_TEXT_DECL (LianServiceItemRow, region, SHARED),
  LIAN_TEXT_DECL (LianServiceItemRow, chain_ids, LIST),
  LIAN_TEXT_DECL (LianServiceItemRow, valid_from, SHARED),
  LIAN_TEXT_DECL (LianServiceItemRow, valid_until, SHARED),
  LIAN_TEXT_DECL_REPEATED (LianServiceItemRow, keywords, LIST),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianServiceItemRow, kind, ENUM),
  LIAN_FIELD_DECL (LianServiceItemRow, categories, FLAGS),
};

static const LianKindDecl kind_decl = {
  "services", members,
  refs, G_N_ELEMENTS (refs),
  .keys = keys, .n_keys = G_N_ELEMENTS (keys),
  .region = "region", .region_offset = G_STRUCT_OFFSET (LianServiceItemRow, region),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianServiceItem, row),
  .row_size = G_SIZEOF_MEMBER (LianServiceItem, row), .kind = LIAN_RECORD_KIND_SERVICE,
  .validate = validate_row,
};

static void
lian_service_item_class_init (LianServiceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_service_item_get_property;
  object_class->set_property = lian_service_item_set_property;

  record_class->kind = LIAN_RECORD_KIND_SERVICE;

  /**
   * LianServiceItem:kind:
   *
   * What kind of item it is.
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LIAN_TYPE_SERVICE_KIND,
                       LIAN_SERVICE_KIND_POLICY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:provider:
   *
   * The department that offers it (镇江市科技局), if known.
   */
  props[PROP_PROVIDER] =
    g_param_spec_string ("provider", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:description:
   *
   * What it offers, in a few sentences, if given.
   */
  props[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:categories:
   *
   * The kinds of need it serves. At least one is required.
   */
  props[PROP_CATEGORIES] =
    g_param_spec_flags ("categories", NULL, NULL, LIAN_TYPE_NEED_CATEGORIES,
                        LIAN_NEED_CATEGORIES_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:region:
   *
   * The 6-digit code of the region it covers: that region and every region
   * below it. Unset means no limit.
   */
  props[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:chain-ids:
   *
   * The ids of the [class@Lian.Chain]s it is limited to, in the order they
   * were added; empty means any chain. Never `NULL` when read.
   */
  props[PROP_CHAIN_IDS] =
    g_param_spec_boxed ("chain-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:valid-from:
   *
   * The first day it can be used, `YYYY-MM-DD`; unset means since always.
   */
  props[PROP_VALID_FROM] =
    g_param_spec_string ("valid-from", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:valid-until:
   *
   * The last day it can be used, `YYYY-MM-DD`; unset means with no end.
   */
  props[PROP_VALID_UNTIL] =
    g_param_spec_string ("valid-until", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianServiceItem:keywords:
   *
   * Words to find it by, in the order they were added. Never `NULL` when
   * read.
   */
  props[PROP_KEYWORDS] =
    g_param_spec_boxed ("keywords", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, LIAN_SERVICE_ITEM_N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_service_item_init (LianServiceItem *self)
{
  SERVICE_ITEM_ROW (self)->kind = LIAN_SERVICE_KIND_POLICY;
}

/**
 * lian_service_item_new:
 * @id: the item's id
 * @name: its name (科技贷款贴息)
 * @kind: what kind of item it is
 *
 * Creates an item of a resources list. It serves no category yet.
 *
 * Returns: (transfer full): a new item
 */
LianServiceItem *
lian_service_item_new (const char      *id,
                       const char      *name,
                       LianServiceKind  kind)
{
  return g_object_new (LIAN_TYPE_SERVICE_ITEM, "id", id, "name", name, "kind", kind, NULL);
}

/**
 * lian_service_item_get_kind:
 * @self: an item
 *
 * Gets what kind of item it is.
 *
 * Returns: the kind
 */
LianServiceKind
lian_service_item_get_kind (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), LIAN_SERVICE_KIND_POLICY);

  return SERVICE_ITEM_ROW (self)->kind;
}

/**
 * lian_service_item_set_kind:
 * @self: an item
 * @kind: the kind
 *
 * Sets what kind of item it is.
 */
void
lian_service_item_set_kind (LianServiceItem *self,
                            LianServiceKind  kind)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (SERVICE_ITEM_ROW (self)->kind == kind)
    return;
  SERVICE_ITEM_ROW (self)->kind = kind;
  lian_record_changed (LIAN_RECORD (self), props[PROP_KIND]);
}

/**
 * lian_service_item_get_provider:
 * @self: an item
 *
 * Gets the department that offers it.
 *
 * Returns: (nullable): the provider
 */
const char *
lian_service_item_get_provider (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), NULL);

  return SERVICE_ITEM_ROW (self)->provider;
}

/**
 * lian_service_item_set_provider:
 * @self: an item
 * @provider: (nullable): the department
 *
 * Sets the department that offers it.
 */
void
lian_service_item_set_provider (LianServiceItem *self,
                                const char      *provider)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (lian_str_set (&SERVICE_ITEM_ROW (self)->provider, provider))
    lian_record_changed (LIAN_RECORD (self), props[PROP_PROVIDER]);
}

/**
 * lian_service_item_get_description:
 * @self: an item
 *
 * Gets what it offers.
 *
 * Returns: (nullable): the description
 */
const char *
lian_service_item_get_description (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), NULL);

  return SERVICE_ITEM_ROW (self)->description;
}

/**
 * lian_service_item_set_description:
 * @self: an item
 * @description: (nullable): the description
 *
 * Sets what it offers.
 */
void
lian_service_item_set_description (LianServiceItem *self,
                                   const char      *description)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (lian_str_set (&SERVICE_ITEM_ROW (self)->description, description))
    lian_record_changed (LIAN_RECORD (self), props[PROP_DESCRIPTION]);
}

/**
 * lian_service_item_get_categories:
 * @self: an item
 *
 * Gets the kinds of need it serves.
 *
 * Returns: the categories
 */
LianNeedCategories
lian_service_item_get_categories (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), LIAN_NEED_CATEGORIES_NONE);

  return SERVICE_ITEM_ROW (self)->categories;
}

/**
 * lian_service_item_set_categories:
 * @self: an item
 * @categories: the categories
 *
 * Sets the kinds of need it serves. [method@Lian.Record.validate] requires
 * at least one.
 */
void
lian_service_item_set_categories (LianServiceItem    *self,
                                  LianNeedCategories  categories)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (SERVICE_ITEM_ROW (self)->categories == categories)
    return;
  SERVICE_ITEM_ROW (self)->categories = categories;
  lian_record_changed (LIAN_RECORD (self), props[PROP_CATEGORIES]);
}

/**
 * lian_service_item_serves_category:
 * @self: an item
 * @category: a category of need
 *
 * Whether it serves needs of @category, that is whether its categories hold
 * the flag `1 << category`.
 *
 * Returns: true if it serves @category
 */
gboolean
lian_service_item_serves_category (LianServiceItem  *self,
                                   LianNeedCategory  category)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), FALSE);
  g_return_val_if_fail ((guint) category <= LIAN_NEED_CATEGORY_OTHER, FALSE);

  return (SERVICE_ITEM_ROW (self)->categories & (1u << category)) != 0;
}

/**
 * lian_service_item_get_keywords:
 * @self: an item
 *
 * Gets the words to find it by.
 *
 * Returns: (transfer none) (array zero-terminated=1): the keywords, possibly
 *   empty
 */
const char * const *
lian_service_item_get_keywords (LianServiceItem *self)
{
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), NULL);

  return lian_strv_get (SERVICE_ITEM_ROW (self)->keywords);
}

/**
 * lian_service_item_set_keywords:
 * @self: an item
 * @keywords: (nullable) (array zero-terminated=1): the keywords
 *
 * Replaces the words to find it by.
 */
void
lian_service_item_set_keywords (LianServiceItem    *self,
                                const char * const *keywords)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_SERVICE_ITEM (self));

  if (lian_strv_set (&SERVICE_ITEM_ROW (self)->keywords, keywords))
    lian_record_changed (LIAN_RECORD (self), props[PROP_KEYWORDS]);
}

/**
 * lian_service_item_add_keyword:
 * @self: an item
 * @keyword: a word to find it by
 *
 * Adds a keyword at the end of the list.
 *
 * Returns: true if it was added; false if it was already there
 */
gboolean
lian_service_item_add_keyword (LianServiceItem *self,
                               const char      *keyword)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), FALSE);
  g_return_val_if_fail (keyword != NULL, FALSE);

  if (!lian_strv_add (&SERVICE_ITEM_ROW (self)->keywords, keyword))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_KEYWORDS]);
  return TRUE;
}

/**
 * lian_service_item_remove_keyword:
 * @self: an item
 * @keyword: a keyword
 *
 * Removes a keyword, keeping the order of the others.
 *
 * Returns: true if it was removed; false if it was not there
 */
gboolean
lian_service_item_remove_keyword (LianServiceItem *self,
                                  const char      *keyword)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_val_if_fail (LIAN_IS_SERVICE_ITEM (self), FALSE);
  g_return_val_if_fail (keyword != NULL, FALSE);

  if (!lian_strv_remove (&SERVICE_ITEM_ROW (self)->keywords, keyword))
    return FALSE;
  lian_record_changed (LIAN_RECORD (self), props[PROP_KEYWORDS]);
  return TRUE;
}
