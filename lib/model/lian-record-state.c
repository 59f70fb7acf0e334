/* lian-record-state.c: a record's state copied aside and put back
 *
 * A held record's change is checked after it is made; a refused change is
 * undone by putting back the state the record had when the change opened.
 * The state is what the record's writable and construct properties hold,
 * its extra members, and what its kind keeps besides (a copy function of
 * the kind's class).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-record-private.h"

static GQuark
copy_func_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("lian-record-copy-func");
  return quark;
}

void
lian_record_class_set_copy_func (gpointer           klass,
                                 LianRecordCopyFunc func)
{
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), copy_func_quark (), func);
}

static void
copy_kind_state (LianRecord *dst,
                 LianRecord *src)
{
  for (GType type = G_OBJECT_TYPE (src); type != LIAN_TYPE_RECORD; type = g_type_parent (type))
    {
      LianRecordCopyFunc func = g_type_get_qdata (type, copy_func_quark ());
      if (func)
        {
          func (dst, src);
          return;
        }
    }
}

/* The properties that carry state: readable, and writable at construction
 * or later. */
static gboolean
is_state (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_READABLE) &&
         (pspec->flags & (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY));
}

LianRecord *
lian_record_dup_state (LianRecord *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  LianRecord *copy;
  guint n_pspecs, n = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  names = g_new0 (const char *, n_pspecs);
  values = g_new0 (GValue, n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    if (is_state (pspecs[i]))
      {
        names[n] = pspecs[i]->name;
        g_value_init (&values[n], pspecs[i]->value_type);
        g_object_get_property (G_OBJECT (self), pspecs[i]->name, &values[n]);
        n++;
      }
  copy = LIAN_RECORD (g_object_new_with_properties (G_OBJECT_TYPE (self), n, names, values));
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);

  lian_record_set_quiet (copy, TRUE);
  lian_record_set_extra (copy, lian_record_get_extra (self));
  copy_kind_state (copy, self);
  lian_record_set_quiet (copy, FALSE);
  return copy;
}

void
lian_record_restore_state (LianRecord *self,
                           LianRecord *state)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (state));

  lian_record_set_restoring (self, TRUE);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    if (is_state (pspecs[i]) && !(pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
      {
        g_auto(GValue) value = G_VALUE_INIT;
        g_value_init (&value, pspecs[i]->value_type);
        g_object_get_property (G_OBJECT (state), pspecs[i]->name, &value);
        g_object_set_property (G_OBJECT (self), pspecs[i]->name, &value);
      }
  lian_record_set_extra (self, lian_record_get_extra (state));
  copy_kind_state (self, state);
  lian_record_set_restoring (self, FALSE);
}
