/* lian-enums.c: nicks to values and back
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-enums.h"
#include "lian-error.h"
#include "lian-enums-private.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"

/* The class of a registered enum or flags type. Static types' classes
 * live as long as the process once made, so the first reference is kept
 * and later calls only peek. */
static gpointer
type_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass ? klass : g_type_class_ref (type);
}

/* "LianNeedStatus" -> "need status": the noun used in messages, in the
 * current language (需求状态) for the types with labels. */
char *
lian_type_noun (GType type)
{
  const char *name = g_type_name (type);
  const char *translated = lian_enum_labels_noun (type);
  GString *noun;

  if (translated)
    return g_strdup (translated);
  noun = g_string_new (NULL);
  if (g_str_has_prefix (name, "Lian"))
    name += 4;
  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isupper (*p) && p != name)
        g_string_append_c (noun, ' ');
      g_string_append_c (noun, g_ascii_tolower (*p));
    }
  return g_string_free (noun, FALSE);
}

static void
set_unknown_nick_error (GError     **error,
                        GType        type,
                        const char  *nick)
{
  g_autofree char *noun = lian_type_noun (type);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *quoted = lian_text_for_message (nick);

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (expected, "%s%s", i ? ", " : "",
                                klass->values[i].value_nick);
    }
  else
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
      gboolean first = TRUE;
      for (guint i = 0; i < klass->n_values; i++)
        {
          if (klass->values[i].value == 0)
            continue;
          g_string_append_printf (expected, "%s%s", first ? "" : ", ",
                                  klass->values[i].value_nick);
          first = FALSE;
        }
    }

  /* TRANSLATORS: unknown need status "done"; expected one of submitted, … */
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_UNKNOWN_NICK,
               _("unknown %s \"%s\"; expected one of %s"), noun, quoted, expected->str);
}

/**
 * lian_enum_from_nick:
 * @enum_type: a registered enumeration type, such as `LIAN_TYPE_NEED_STATUS`
 * @nick: the nick, as written in documents (`in-progress`)
 * @value: (out): where to store the value
 * @error: return location for a [error@Lian.DataError]
 *
 * Looks up the value of @enum_type whose nick is @nick.
 *
 * ```python
 * ok, value = Lian.enum_from_nick(Lian.NeedStatus, 'in-progress')
 * ```
 *
 * Returns: true if @nick names a value; false with
 *   `LIAN_DATA_ERROR_UNKNOWN_NICK` listing the nicks expected otherwise
 */
gboolean
lian_enum_from_nick (GType         enum_type,
                     const char   *nick,
                     int          *value,
                     GError      **error)
{
  GEnumClass *klass;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  klass = type_class (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    {
      set_unknown_nick_error (error, enum_type, nick);
      return FALSE;
    }
  if (value)
    *value = ev->value;
  return TRUE;
}

/**
 * lian_enum_to_nick:
 * @enum_type: a registered enumeration type
 * @value: a value of @enum_type
 *
 * Gives the nick of @value, as written in documents.
 *
 * Returns: (nullable): the nick, or `NULL` if @value is not a value of
 *   @enum_type
 */
const char *
lian_enum_to_nick (GType enum_type,
                   int   value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = type_class (enum_type);
  ev = g_enum_get_value (klass, value);
  /* Nicks are static strings owned by the type, which is never unloaded. */
  return ev ? ev->value_nick : NULL;
}

/**
 * lian_flags_from_nicks:
 * @flags_type: a registered flags type, such as `LIAN_TYPE_ENTERPRISE_TAGS`
 * @nicks: (array zero-terminated=1): the nicks of the flags to set
 * @value: (out): where to store the combined value
 * @error: return location for a [error@Lian.DataError]
 *
 * Combines the flags named by @nicks. An empty list gives 0.
 *
 * Returns: true if every nick names a flag; false with
 *   `LIAN_DATA_ERROR_UNKNOWN_NICK` naming the first that does not
 */
gboolean
lian_flags_from_nicks (GType               flags_type,
                       const char * const *nicks,
                       guint              *value,
                       GError            **error)
{
  GFlagsClass *klass;
  guint result = 0;

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), FALSE);
  g_return_val_if_fail (nicks != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  klass = type_class (flags_type);
  for (guint i = 0; nicks[i]; i++)
    {
      GFlagsValue *fv = g_flags_get_value_by_nick (klass, nicks[i]);
      if (fv == NULL || fv->value == 0)
        {
          set_unknown_nick_error (error, flags_type, nicks[i]);
          return FALSE;
        }
      result |= fv->value;
    }
  if (value)
    *value = result;
  return TRUE;
}

/**
 * lian_flags_to_nicks:
 * @flags_type: a registered flags type
 * @value: a combination of flags of @flags_type
 *
 * Lists the nicks of the flags set in @value, in the order the type declares
 * them. Bits that name no flag are left out.
 *
 * Returns: (transfer full) (array zero-terminated=1): the nicks
 */
GStrv
lian_flags_to_nicks (GType flags_type,
                     guint value)
{
  GFlagsClass *klass;
  GStrvBuilder *builder;
  GStrv result;

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), NULL);

  klass = type_class (flags_type);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < klass->n_values; i++)
    {
      guint v = klass->values[i].value;
      if (v != 0 && (value & v) == v)
        g_strv_builder_add (builder, klass->values[i].value_nick);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}
