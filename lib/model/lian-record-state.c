/* lian-record-state.c: a record's state copied aside and put back
 *
 * A held record's change is checked after it is made; a refused change is
 * undone by putting back the state the record had when the change opened.
 * The state is what the record's writable and construct properties hold,
 * its extra members, and what its kind keeps besides (a copy function of
 * the kind's class).
 *
 * A record's row may also leave its object, bitwise, and come back into a
 * new one: a fresh record's row is what the object keeps meanwhile.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "lian-record-private.h"
#include "lian-enterprise-private.h"

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

/* The rows of fresh records, one per kind: what g_object_new() gives. */
static gsize fresh_rows[LIAN_RECORD_N_KINDS];

static gpointer
make_fresh_row (LianRecordKind kind)
{
  const LianKindDecl *decl = lian_record_kind_get_decl (kind);
  g_autoptr(LianRecord) record = g_object_new (lian_record_kind_get_gtype (kind), NULL);
  gpointer row = g_memdup2 (lian_record_row (record, decl), decl->row_size);
  g_autofree gpointer cleared = g_memdup2 (row, decl->row_size);

  /* It owns nothing: clearing it changes nothing (no pointer is set). */
  lian_row_clear (decl, cleared);
  g_assert (memcmp (cleared, row, decl->row_size) == 0);
  return row;
}

gconstpointer
lian_record_kind_fresh_row (LianRecordKind kind)
{
  g_assert ((guint) kind < LIAN_RECORD_N_KINDS);

  if (g_once_init_enter (&fresh_rows[kind]))
    g_once_init_leave (&fresh_rows[kind], (gsize) make_fresh_row (kind));
  return (gconstpointer) fresh_rows[kind];
}

LianRecord *
lian_record_new_from_row (LianRecordKind kind,
                          gpointer       row)
{
  const LianKindDecl *decl = lian_record_kind_get_decl (kind);
  LianRecord *record = g_object_new (lian_record_kind_get_gtype (kind), NULL);
  LianRowHead *head = lian_record_row (record, decl);

  memcpy (head, row, decl->row_size);
  /* As a loader leaves a record: telling its changes, none open. */
  head->quiet = head->restoring = head->reporting = head->changing = FALSE;
  memcpy (row, lian_record_kind_fresh_row (kind), decl->row_size);
  return record;
}

void
lian_record_give_row (LianRecord *self,
                      gpointer    row)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (self);
  gpointer own = lian_record_row (self, decl);

  g_return_if_fail (!((LianRowHead *) own)->changing);

  memcpy (row, own, decl->row_size);
  memcpy (own, lian_record_kind_fresh_row (decl->kind), decl->row_size);
  /* An enterprise's array of links (made when asked for) follows its row. */
  if (LIAN_IS_ENTERPRISE (self))
    lian_enterprise_sync_chain_links (LIAN_ENTERPRISE (self));
}

void
lian_record_lend_row (LianRecord    *shell,
                      gconstpointer  row)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (shell);

  memcpy (lian_record_row (shell, decl), row, decl->row_size);
  if (LIAN_IS_ENTERPRISE (shell))
    lian_enterprise_sync_chain_links (LIAN_ENTERPRISE (shell));
}

void
lian_record_unlend_row (LianRecord *shell)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (shell);

  memcpy (lian_record_row (shell, decl), lian_record_kind_fresh_row (decl->kind), decl->row_size);
  if (LIAN_IS_ENTERPRISE (shell))
    lian_enterprise_sync_chain_links (LIAN_ENTERPRISE (shell));
}

/* Items a loader hands on (lian-record-private.h) */

LianRecord *
lian_item_make_record (gpointer *item)
{
  if (LIAN_ITEM_IS_ROW (*item))
    {
      LianRowHead *row = LIAN_ITEM_ROW (*item);

      *item = lian_record_new_from_row (row->kind, row);
    }
  return *item;
}

void
lian_item_free (gpointer item)
{
  if (item == NULL)
    return;
  if (LIAN_ITEM_IS_ROW (item))
    {
      LianRowHead *row = LIAN_ITEM_ROW (item);

      lian_row_clear (lian_record_kind_get_decl (row->kind), row);
    }
  else
    g_object_unref (item);
}
