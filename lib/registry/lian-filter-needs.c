/* lian-filter-needs.c: the criteria of a filter that apply to needs only
 * (bottleneck, age, resolution date), and the check of a whole filter
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-filter-private.h"
#include "lian-error.h"
#include "lian-region-code.h"
#include "lian-date-private.h"
#include "lian-strv-private.h"
#include "lian-i18n-private.h"

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

void
lian_filter_install_need_props (GParamSpec **props)
{
  /**
   * LianFilter:bottleneck-only:
   *
   * Only needs marked as bottleneck (卡脖子) problems: see
   * [property@Lian.Need:bottleneck].
   */
  props[LIAN_FILTER_PROP_BOTTLENECK_ONLY] =
    g_param_spec_boolean ("bottleneck-only", NULL, NULL, FALSE, RW_FLAGS);

  /**
   * LianFilter:open-longer-than:
   *
   * Only needs open for more than this many days on the day of
   * [property@Lian.Filter:as-of] (today when it is `NULL`): submitted more
   * than that many days before, and not yet resolved or closed on that
   * day. `0` sets no such criterion.
   */
  props[LIAN_FILTER_PROP_OPEN_LONGER_THAN] =
    g_param_spec_uint ("open-longer-than", NULL, NULL, 0, G_MAXUINT, 0, RW_FLAGS);

  /**
   * LianFilter:as-of:
   *
   * The day, `YYYY-MM-DD`, on which [property@Lian.Filter:open-longer-than]
   * counts the days a need has been open, and on which its status is read
   * from its history. `NULL` means today, with the status the need has now.
   */
  props[LIAN_FILTER_PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL, RW_FLAGS);

  /**
   * LianFilter:resolved-since:
   *
   * Only needs resolved on this day, `YYYY-MM-DD`, or later, by their
   * [property@Lian.Need:resolved] date; a need without one does not match.
   * `NULL` sets no lower bound.
   */
  props[LIAN_FILTER_PROP_RESOLVED_SINCE] =
    g_param_spec_string ("resolved-since", NULL, NULL, NULL, RW_FLAGS);

  /**
   * LianFilter:resolved-until:
   *
   * Only needs resolved on this day, `YYYY-MM-DD`, or earlier, as for
   * [property@Lian.Filter:resolved-since]. `NULL` sets no upper bound.
   */
  props[LIAN_FILTER_PROP_RESOLVED_UNTIL] =
    g_param_spec_string ("resolved-until", NULL, NULL, NULL, RW_FLAGS);
}

/**
 * lian_filter_get_bottleneck_only:
 * @self: a filter
 *
 * Gets whether only bottleneck needs are selected.
 *
 * Returns: true if only needs marked as bottleneck problems match
 */
gboolean
lian_filter_get_bottleneck_only (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), FALSE);

  return self->bottleneck_only;
}

/**
 * lian_filter_set_bottleneck_only:
 * @self: a filter
 * @bottleneck_only: whether to select only bottleneck needs
 *
 * Selects only needs marked as bottleneck (卡脖子) problems.
 */
void
lian_filter_set_bottleneck_only (LianFilter *self,
                                 gboolean    bottleneck_only)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  bottleneck_only = !!bottleneck_only;
  if (self->bottleneck_only == bottleneck_only)
    return;
  self->bottleneck_only = bottleneck_only;
  lian_filter_notify (self, LIAN_FILTER_PROP_BOTTLENECK_ONLY);
}

/**
 * lian_filter_get_open_longer_than:
 * @self: a filter
 *
 * Gets the number of days a need must have been open to be selected.
 *
 * Returns: the days; `0` for no such criterion
 */
guint
lian_filter_get_open_longer_than (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), 0);

  return self->open_longer_than;
}

/**
 * lian_filter_set_open_longer_than:
 * @self: a filter
 * @days: the days, or `0` for no such criterion
 *
 * Selects only needs open for more than @days days on the day of
 * [property@Lian.Filter:as-of].
 */
void
lian_filter_set_open_longer_than (LianFilter *self,
                                  guint       days)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (self->open_longer_than == days)
    return;
  self->open_longer_than = days;
  lian_filter_notify (self, LIAN_FILTER_PROP_OPEN_LONGER_THAN);
}

/**
 * lian_filter_get_as_of:
 * @self: a filter
 *
 * Gets the day on which the age of needs is counted.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`, or `NULL` for today
 */
const char *
lian_filter_get_as_of (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->as_of;
}

/**
 * lian_filter_set_as_of:
 * @self: a filter
 * @as_of: (nullable): the date, `YYYY-MM-DD`, or `NULL` for today
 *
 * Sets the day on which [property@Lian.Filter:open-longer-than] counts.
 * The date is checked when the filter is used: see
 * [method@Lian.Filter.check].
 */
void
lian_filter_set_as_of (LianFilter *self,
                       const char *as_of)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (lian_str_set (&self->as_of, as_of))
    lian_filter_notify (self, LIAN_FILTER_PROP_AS_OF);
}

/**
 * lian_filter_get_resolved_since:
 * @self: a filter
 *
 * Gets the first day of resolution selected.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_filter_get_resolved_since (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->resolved_since;
}

/**
 * lian_filter_set_resolved_since:
 * @self: a filter
 * @since: (nullable): the date, `YYYY-MM-DD`, or `NULL` for no lower bound
 *
 * Selects only needs resolved on @since or later. The date is checked when
 * the filter is used: see [method@Lian.Filter.check].
 */
void
lian_filter_set_resolved_since (LianFilter *self,
                                const char *since)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (lian_str_set (&self->resolved_since, since))
    lian_filter_notify (self, LIAN_FILTER_PROP_RESOLVED_SINCE);
}

/**
 * lian_filter_get_resolved_until:
 * @self: a filter
 *
 * Gets the last day of resolution selected.
 *
 * Returns: (nullable): the date, `YYYY-MM-DD`
 */
const char *
lian_filter_get_resolved_until (LianFilter *self)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), NULL);

  return self->resolved_until;
}

/**
 * lian_filter_set_resolved_until:
 * @self: a filter
 * @until: (nullable): the date, `YYYY-MM-DD`, or `NULL` for no upper bound
 *
 * Selects only needs resolved on @until or earlier. The date is checked
 * when the filter is used: see [method@Lian.Filter.check].
 */
void
lian_filter_set_resolved_until (LianFilter *self,
                                const char *until)
{
  g_return_if_fail (LIAN_IS_FILTER (self));

  if (lian_str_set (&self->resolved_until, until))
    lian_filter_notify (self, LIAN_FILTER_PROP_RESOLVED_UNTIL);
}

/* Checks that @first and @last, either of them NULL, are dates and make a
 * range that does not end before it starts. */
static gboolean
check_range (const char  *first_name,
             const char  *first,
             const char  *last_name,
             const char  *last,
             GError     **error)
{
  /* TRANSLATORS: a criterion of a filter, by its name: filter submitted-after */
  g_autofree char *first_field = g_strdup_printf (_("filter %s"), first_name);
  g_autofree char *last_field = g_strdup_printf (_("filter %s"), last_name);

  if (first && !lian_date_check_field (first_field, first, error))
    return FALSE;
  if (last && !lian_date_check_field (last_field, last, error))
    return FALSE;
  if (first && last && strcmp (first, last) > 0)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("filter %s %s comes after %s %s: the range holds no day"),
                   first_name, first, last_name, last);
      return FALSE;
    }
  return TRUE;
}

/* A region that is all digits is meant as a code, and must be one. */
static gboolean
check_region (const char  *region,
              GError     **error)
{
  g_autoptr(GError) local = NULL;
  gboolean digits = region[0] != '\0';

  if (region[0] == '\0')
    {
      g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
                           _("filter region is empty: give a code such as 320200, a name "
                             "such as 无锡市, or no region at all"));
      return FALSE;
    }
  for (const char *p = region; *p && digits; p++)
    digits = g_ascii_isdigit (*p);
  if (!digits || lian_adcode_check (region, &local))
    return TRUE;
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
               _("filter region: %s"), local->message);
  return FALSE;
}

/**
 * lian_filter_check:
 * @self: a filter
 * @error: return location for a [error@Lian.DataError]
 *
 * Checks what can be checked of @self without a registry: that its dates
 * ([property@Lian.Filter:since], [property@Lian.Filter:until],
 * [property@Lian.Filter:as-of] and the resolution range) are real
 * `YYYY-MM-DD` dates, that neither range ends before it starts, and that a
 * region given by digits is a valid GB/T 2260 code. A region given by
 * name is resolved, and a chain id looked up, by
 * [method@Lian.Registry.select], which calls this first.
 *
 * ```python
 * try:
 *     Lian.Filter(since='2023-13-01').check()
 * except GLib.Error as e:
 *     assert e.matches(Lian.data_error_quark(), Lian.DataError.INVALID_DATE)
 * ```
 *
 * Returns: true if @self is fit to use; false with
 *   `LIAN_DATA_ERROR_INVALID_DATE`, `LIAN_DATA_ERROR_INVALID_VALUE` (a range
 *   that ends before it starts) or `LIAN_DATA_ERROR_INVALID_REGION`
 *   otherwise
 */
gboolean
lian_filter_check (LianFilter  *self,
                   GError     **error)
{
  g_return_val_if_fail (LIAN_IS_FILTER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->region && !check_region (self->region, error))
    return FALSE;
  if (!check_range ("since", self->since, "until", self->until, error) ||
      !check_range ("resolved-since", self->resolved_since,
                    "resolved-until", self->resolved_until, error))
    return FALSE;
  return self->as_of == NULL || lian_date_check_field (_("filter as-of"), self->as_of, error);
}
