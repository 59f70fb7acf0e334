/* lian-filter.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-filter-private.h"
#include "lian-enum-types.h"
#include "lian-strv-private.h"
#include "lian-record-private.h"

/**
 * LianFilter:
 *
 * Which records a selection wants: `lian_registry_select()` takes a filter
 * and returns the records of its [property@Lian.Filter:record-kind] that
 * meet every criterion set on it.
 *
 * Every criterion is optional: one left unset (`NULL`, `0`, false, or for
 * the status, [property@Lian.Filter:has-status] false) matches everything.
 * Criteria that do not apply to the kind selected are ignored.
 *
 * A setter takes any value of the right type; what it holds is checked
 * when the filter is used. A filter with a date that is not a real
 * `YYYY-MM-DD` one, a range that ends before it starts, a malformed region
 * code, a region name that names no region or several, or the id of a
 * chain the registry does not hold, is an error of
 * [method@Lian.Registry.select], never an empty selection.
 * [method@Lian.Filter.check] checks what can be checked without a registry.
 *
 * ```python
 * wanted = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='无锡市',
 *                      open_only=True, since='2023-01-01')
 * wanted.props.categories = Lian.NeedCategories.FINANCING
 * stuck = Lian.Filter(bottleneck_only=True, open_longer_than=90,
 *                     as_of='2023-12-31')
 * ```
 */

G_DEFINE_FINAL_TYPE (LianFilter, lian_filter, G_TYPE_OBJECT)

static GParamSpec *props[LIAN_FILTER_N_PROPS];

void
lian_filter_notify (LianFilter     *self,
                    LianFilterProp  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), props[prop]);
}

/* Whether @value holds only bits that @flags_type defines. */
static gboolean
flags_are_known (GType flags_type,
                 guint value)
{
  GFlagsClass *flags_class = g_type_class_peek (flags_type);

  return (value & ~flags_class->mask) == 0;
}

static void
lian_filter_finalize (GObject *object)
{
  LianFilter *self = LIAN_FILTER (object);

  g_free (self->region);
  g_free (self->chain_id);
  g_free (self->since);
  g_free (self->until);
  g_free (self->text);
  g_free (self->as_of);
  g_free (self->resolved_since);
  g_free (self->resolved_until);

  G_OBJECT_CLASS (lian_filter_parent_class)->finalize (object);
}

static void
lian_filter_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LianFilter *self = LIAN_FILTER (object);

  switch (prop_id)
    {
    case LIAN_FILTER_PROP_RECORD_KIND:
      g_value_set_enum (value, lian_filter_get_record_kind (self));
      break;
    case LIAN_FILTER_PROP_REGION:
      g_value_set_string (value, lian_filter_get_region (self));
      break;
    case LIAN_FILTER_PROP_CHAIN_ID:
      g_value_set_string (value, lian_filter_get_chain_id (self));
      break;
    case LIAN_FILTER_PROP_STATUS:
      g_value_set_enum (value, lian_filter_get_status (self));
      break;
    case LIAN_FILTER_PROP_HAS_STATUS:
      g_value_set_boolean (value, lian_filter_get_has_status (self));
      break;
    case LIAN_FILTER_PROP_OPEN_ONLY:
      g_value_set_boolean (value, lian_filter_get_open_only (self));
      break;
    case LIAN_FILTER_PROP_CATEGORIES:
      g_value_set_flags (value, lian_filter_get_categories (self));
      break;
    case LIAN_FILTER_PROP_TAGS:
      g_value_set_flags (value, lian_filter_get_tags (self));
      break;
    case LIAN_FILTER_PROP_SINCE:
      g_value_set_string (value, lian_filter_get_since (self));
      break;
    case LIAN_FILTER_PROP_UNTIL:
      g_value_set_string (value, lian_filter_get_until (self));
      break;
    case LIAN_FILTER_PROP_TEXT:
      g_value_set_string (value, lian_filter_get_text (self));
      break;
    case LIAN_FILTER_PROP_BOTTLENECK_ONLY:
      g_value_set_boolean (value, lian_filter_get_bottleneck_only (self));
      break;
    case LIAN_FILTER_PROP_OPEN_LONGER_THAN:
      g_value_set_uint (value, lian_filter_get_open_longer_than (self));
      break;
    case LIAN_FILTER_PROP_AS_OF:
      g_value_set_string (value, lian_filter_get_as_of (self));
      break;
    case LIAN_FILTER_PROP_RESOLVED_SINCE:
      g_value_set_string (value, lian_filter_get_resolved_since (self));
      break;
    case LIAN_FILTER_PROP_RESOLVED_UNTIL:
      g_value_set_string (value, lian_filter_get_resolved_until (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_filter_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LianFilter *self = LIAN_FILTER (object);

  switch (prop_id)
    {
    case LIAN_FILTER_PROP_RECORD_KIND:
      lian_filter_set_record_kind (self, g_value_get_enum (value));
      break;
    case LIAN_FILTER_PROP_REGION:
      lian_filter_set_region (self, g_value_get_string (value));
      break;
    case LIAN_FILTER_PROP_CHAIN_ID:
      lian_filter_set_chain_id (self, g_value_get_string (value));
      break;
    case LIAN_FILTER_PROP_STATUS:
      lian_filter_set_status (self, g_value_get_enum (value));
      break;
    case LIAN_FILTER_PROP_OPEN_ONLY:
      lian_filter_set_open_only (self, g_value_get_boolean (value));
      break;
    case LIAN_FILTER_PROP_CATEGORIES:
      lian_filter_set_categories (self, g_value_get_flags (value));
      break;
    case LIAN_FILTER_PROP_TAGS:
      lian_filter_set_tags (self, g_value_get_flags (value));
      break;
    case LIAN_FILTER_PROP_SINCE:
      lian_filter_set_since (self, g_value_get_string (value));
      break;
    case LIAN_FILTER_PROP_UNTIL:
      lian_filter_set_until (self, g_value_get_string (value));
      break;
    case LIAN_FILTER_PROP_TEXT:
      lian_filter_set_text (self, g_value_get_string (value));
      break;
    case LIAN_FILTER_PROP_BOTTLENECK_ONLY:
      lian_filter_set_bottleneck_only (self, g_value_get_boolean (value));
      break;
    case LIAN_FILTER_PROP_OPEN_LONGER_THAN:
      lian_filter_set_open_longer_than (self, g_value_get_uint (value));
      break;
    case LIAN_FILTER_PROP_AS_OF:
      lian_filter_set_as_of (self, g_value_get_string (value));
      break;
    case LIAN_FILTER_PROP_RESOLVED_SINCE:
      lian_filter_set_resolved_since (self, g_value_get_string (value));
      break;
    case LIAN_FILTER_PROP_RESOLVED_UNTIL:
      lian_filter_set_resolved_until (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_filter_class_init (LianFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lian_filter_finalize;
  object_class->get_property = lian_filter_get_property;
  object_class->set_property = lian_filter_set_property;

  /**
   * LianFilter:record-kind:
   *
   * The kind of record selected.
   */
  props[LIAN_FILTER_PROP_RECORD_KIND] =
    g_param_spec_enum ("record-kind", NULL, NULL, LIAN_TYPE_RECORD_KIND,
                       LIAN_RECORD_KIND_NEED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:region:
   *
   * A region: only records in it or in a region below it. For a need, the
   * region of its enterprise counts; for a service item, its scope; a
   * chain lies where its region says and where each of its leaders lies,
   * an organisation where its region says and where each of its members
   * lies, a project where its owner lies and where the enterprise of each
   * of its needs lies (see [method@Lian.Registry.select]). `NULL` matches
   * every region.
   *
   * Give its GB/T 2260 code (`320200`) or its exact name (`无锡市`), which
   * [method@Lian.Registry.select] resolves to the code through the
   * registry's [class@Lian.Region] records and lian's built-in table; a
   * name that two regions share (`鼓楼区`) is refused with an error that
   * lists their codes. White space around the value is dropped when it is
   * set, so `'320200 '` reads back as `320200`.
   */
  props[LIAN_FILTER_PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:chain-id:
   *
   * The id of a [class@Lian.Chain]: only records on that chain. `NULL`
   * matches every chain.
   */
  props[LIAN_FILTER_PROP_CHAIN_ID] =
    g_param_spec_string ("chain-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:status:
   *
   * Only needs with this status. The criterion is ignored while
   * [property@Lian.Filter:has-status] is false; setting this property, even
   * at construction and even to the value it already holds, makes
   * [property@Lian.Filter:has-status] true.
   */
  props[LIAN_FILTER_PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LIAN_TYPE_NEED_STATUS,
                       LIAN_NEED_STATUS_SUBMITTED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:has-status:
   *
   * Whether the [property@Lian.Filter:status] criterion is in force. Setting
   * the status makes it true; [method@Lian.Filter.clear_status] makes it
   * false.
   */
  props[LIAN_FILTER_PROP_HAS_STATUS] =
    g_param_spec_boolean ("has-status", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:open-only:
   *
   * Only what is still open: needs submitted, accepted or in progress, and
   * action projects not yet done or cancelled.
   */
  props[LIAN_FILTER_PROP_OPEN_ONLY] =
    g_param_spec_boolean ("open-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:categories:
   *
   * Need categories: only needs in one of them, only service items serving
   * one of them. `0` matches every category.
   */
  props[LIAN_FILTER_PROP_CATEGORIES] =
    g_param_spec_flags ("categories", NULL, NULL, LIAN_TYPE_NEED_CATEGORIES,
                        LIAN_NEED_CATEGORIES_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:tags:
   *
   * Enterprise tags: only enterprises carrying all of them. `0` matches
   * every enterprise.
   */
  props[LIAN_FILTER_PROP_TAGS] =
    g_param_spec_flags ("tags", NULL, NULL, LIAN_TYPE_ENTERPRISE_TAGS,
                        LIAN_ENTERPRISE_TAGS_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:since:
   *
   * The first day wanted, `YYYY-MM-DD`, inclusive. The record's own date
   * counts: when a need was submitted, the day of an activity, when a
   * project started, when an organisation was founded. `NULL` sets no
   * lower bound. The setter does not check the date:
   * [method@Lian.Filter.check] and [method@Lian.Registry.select] refuse a
   * filter whose date is not a real `YYYY-MM-DD` one, or whose since comes
   * after its until.
   */
  props[LIAN_FILTER_PROP_SINCE] =
    g_param_spec_string ("since", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:until:
   *
   * The last day wanted, `YYYY-MM-DD`, inclusive, compared with the same
   * date of the record as [property@Lian.Filter:since]. `NULL` sets no
   * upper bound. The setter does not check the date: see
   * [property@Lian.Filter:since].
   */
  props[LIAN_FILTER_PROP_UNTIL] =
    g_param_spec_string ("until", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * LianFilter:text:
   *
   * Text the record's name or title must contain. `NULL` matches every
   * record.
   */
  props[LIAN_FILTER_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  lian_filter_install_need_props (props);
  g_object_class_install_properties (object_class, LIAN_FILTER_N_PROPS, props);
}

static void
lian_filter_init (LianFilter *self)
{
  self->record_kind = LIAN_RECORD_KIND_NEED;
  self->status = LIAN_NEED_STATUS_SUBMITTED;
}

/**
 * lian_filter_new:
 * @kind: the kind of record to select
 *
 * Creates a filter that selects every record of @kind.
 *
 * Returns: (transfer full): a new filter
 */
LianFilter *
lian_filter_new (LianRecordKind kind)
{
  return g_object_new (LIAN_TYPE_FILTER, "record-kind", kind, NULL);
}

/**
 * lian_filter_get_record_kind:
 * @self: a filter
 *
 * Gets the kind of record selected.
 *
 * Returns: the kind
 */
LianRecordKind
lian_filter_get_record_kind (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), LIAN_RECORD_KIND_NEED);

  return self->record_kind;
}

/**
 * lian_filter_set_record_kind:
 * @self: a filter
 * @kind: the kind
 *
 * Sets the kind of record selected.
 */
void
lian_filter_set_record_kind (LianFilter     *self,
                             LianRecordKind  kind)
{
  g_return_if_fail (LIAN_IS_FILTER (self));
  g_return_if_fail ((guint) kind < LIAN_RECORD_N_KINDS);

  if (self->record_kind == kind)
    return;
  self->record_kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_RECORD_KIND]);
}

/**
 * lian_filter_get_region:
 * @self: a filter
 *
 * Gets the code of the region selected.
 *
 * Returns: (nullable): the code
 */
const char *
lian_filter_get_region (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->region;
}

/**
 * lian_filter_set_region:
 * @self: a filter
 * @region: (nullable): a region code or name, or `NULL` for any region
 *
 * Selects only records in @region or in a region below it. White space
 * around @region is dropped; a name is resolved to its code when the
 * filter is used (see [property@Lian.Filter:region]).
 */
void
lian_filter_set_region (LianFilter *self,
                        const char *region)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (LIAN_IS_FILTER (self));

  if (region)
    trimmed = g_strstrip (g_strdup (region));
  if (lian_str_set (&self->region, trimmed))
    g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_REGION]);
}

/**
 * lian_filter_get_chain_id:
 * @self: a filter
 *
 * Gets the id of the chain selected.
 *
 * Returns: (nullable): the id
 */
const char *
lian_filter_get_chain_id (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->chain_id;
}

/**
 * lian_filter_set_chain_id:
 * @self: a filter
 * @chain_id: (nullable): the id of a [class@Lian.Chain], or `NULL` for any chain
 *
 * Selects only records on one chain.
 */
void
lian_filter_set_chain_id (LianFilter *self,
                          const char *chain_id)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (lian_str_set (&self->chain_id, chain_id))
    g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_CHAIN_ID]);
}

/**
 * lian_filter_get_has_status:
 * @self: a filter
 *
 * Gets whether the status criterion is in force.
 *
 * Returns: true once a status was set and not cleared since
 */
gboolean
lian_filter_get_has_status (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), FALSE);

  return self->has_status;
}

/**
 * lian_filter_get_status:
 * @self: a filter
 *
 * Gets the status selected. It means nothing while
 * [method@Lian.Filter.get_has_status] returns false.
 *
 * Returns: the status
 */
LianNeedStatus
lian_filter_get_status (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), LIAN_NEED_STATUS_SUBMITTED);

  return self->status;
}

/**
 * lian_filter_set_status:
 * @self: a filter
 * @status: the status
 *
 * Selects only needs with @status, and puts the status criterion in force:
 * [property@Lian.Filter:has-status] becomes true. When the criterion was
 * not in force, both properties notify.
 */
void
lian_filter_set_status (LianFilter     *self,
                        LianNeedStatus  status)
{
  gboolean had_status;

  g_return_if_fail (LIAN_IS_FILTER (self));
  g_return_if_fail ((guint) status <= LIAN_NEED_STATUS_CLOSED);

  had_status = self->has_status;
  if (had_status && self->status == status)
    return;
  self->status = status;
  self->has_status = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_STATUS]);
  if (!had_status)
    g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_HAS_STATUS]);
}

/**
 * lian_filter_clear_status:
 * @self: a filter
 *
 * Takes the status criterion out of force: [property@Lian.Filter:has-status]
 * becomes false and needs of every status match again.
 * [property@Lian.Filter:status] keeps its value.
 */
void
lian_filter_clear_status (LianFilter *self)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (!self->has_status)
    return;
  self->has_status = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_HAS_STATUS]);
}

/**
 * lian_filter_get_open_only:
 * @self: a filter
 *
 * Gets whether only what is still open is selected.
 *
 * Returns: true if only open needs and unfinished projects match
 */
gboolean
lian_filter_get_open_only (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), FALSE);

  return self->open_only;
}

/**
 * lian_filter_set_open_only:
 * @self: a filter
 * @open_only: whether to select only what is still open
 *
 * Selects only open needs (submitted, accepted or in progress) and projects
 * not yet done or cancelled.
 */
void
lian_filter_set_open_only (LianFilter *self,
                           gboolean    open_only)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  open_only = !!open_only;
  if (self->open_only == open_only)
    return;
  self->open_only = open_only;
  g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_OPEN_ONLY]);
}

/**
 * lian_filter_get_categories:
 * @self: a filter
 *
 * Gets the need categories selected.
 *
 * Returns: the categories; `0` for any
 */
LianNeedCategories
lian_filter_get_categories (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), LIAN_NEED_CATEGORIES_NONE);

  return self->categories;
}

/**
 * lian_filter_set_categories:
 * @self: a filter
 * @categories: the categories, or `0` for any
 *
 * Selects only needs in one of @categories and service items serving one of
 * them.
 */
void
lian_filter_set_categories (LianFilter         *self,
                            LianNeedCategories  categories)
{
  g_return_if_fail (LIAN_IS_FILTER (self));
  g_return_if_fail (flags_are_known (LIAN_TYPE_NEED_CATEGORIES, categories));

  if (self->categories == categories)
    return;
  self->categories = categories;
  g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_CATEGORIES]);
}

/**
 * lian_filter_get_tags:
 * @self: a filter
 *
 * Gets the enterprise tags selected.
 *
 * Returns: the tags; `0` for any
 */
LianEnterpriseTags
lian_filter_get_tags (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), LIAN_ENTERPRISE_TAGS_NONE);

  return self->tags;
}

/**
 * lian_filter_set_tags:
 * @self: a filter
 * @tags: the tags, or `0` for any
 *
 * Selects only enterprises carrying all of @tags.
 */
void
lian_filter_set_tags (LianFilter         *self,
                      LianEnterpriseTags  tags)
{
  g_return_if_fail (LIAN_IS_FILTER (self));
  g_return_if_fail (flags_are_known (LIAN_TYPE_ENTERPRISE_TAGS, tags));

  if (self->tags == tags)
    return;
  self->tags = tags;
  g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_TAGS]);
}

/**
 * lian_filter_get_since:
 * @self: a filter
 *
 * Gets the first day selected.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_filter_get_since (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->since;
}

/**
 * lian_filter_set_since:
 * @self: a filter
 * @since: (nullable): the date, `YYYY-MM-DD`, or `NULL` for no lower bound
 *
 * Selects only records dated @since or later. The date is checked when the
 * filter is used: see [method@Lian.Filter.check].
 */
void
lian_filter_set_since (LianFilter *self,
                       const char *since)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (lian_str_set (&self->since, since))
    g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_SINCE]);
}

/**
 * lian_filter_get_until:
 * @self: a filter
 *
 * Gets the last day selected.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_filter_get_until (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->until;
}

/**
 * lian_filter_set_until:
 * @self: a filter
 * @until: (nullable): the date, `YYYY-MM-DD`, or `NULL` for no upper bound
 *
 * Selects only records dated @until or earlier. The date is checked when
 * the filter is used: see [method@Lian.Filter.check].
 */
void
lian_filter_set_until (LianFilter *self,
                       const char *until)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (lian_str_set (&self->until, until))
    g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_UNTIL]);
}

/**
 * lian_filter_get_text:
 * @self: a filter
 *
 * Gets the text the name or title must contain.
 *
 * Returns: (nullable): the text
 */
const char *
lian_filter_get_text (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->text;
}

/**
 * lian_filter_set_text:
 * @self: a filter
 * @text: (nullable): the text, or `NULL` for any
 *
 * Selects only records whose name or title contains @text.
 */
void
lian_filter_set_text (LianFilter *self,
                      const char *text)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (lian_str_set (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), props[LIAN_FILTER_PROP_TEXT]);
}
