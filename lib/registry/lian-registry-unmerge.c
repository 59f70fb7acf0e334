/* lian-registry-unmerge.c: a merge undone from the journal; decisions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-registry-struct-private.h"
#include "lian-duplicates-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-change.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-refs-private.h"

static gboolean
strv_value_has (const GValue *value,
                const char   *id)
{
  const char * const *ids;

  if (value == NULL || !G_VALUE_HOLDS (value, G_TYPE_STRV))
    return FALSE;
  ids = g_value_get_boxed (value);
  return ids && g_strv_contains (ids, id);
}

/* Whether @change is the first of the merge of @gone into @keep: @keep
 * taking @gone as an alias. */
static gboolean
is_merge_start (LianChange *change,
                const char *keep,
                const char *gone)
{
  return lian_change_get_operation (change) == LIAN_CHANGE_OPERATION_UPDATE &&
         g_strcmp0 (lian_change_get_record_id (change), keep) == 0 &&
         strv_value_has (lian_change_get_after (change, "aliases"), gone) &&
         !strv_value_has (lian_change_get_before (change, "aliases"), gone);
}

/* The changes of the last merge of @gone into @keep, in the order they
 * were made (LianChange, the removal last); NULL if the journal has none. */
static GPtrArray *
find_merge (LianRegistry *self,
            const char   *keep,
            const char   *gone)
{
  GListModel *journal = lian_registry_get_journal (self);
  guint n = g_list_model_get_n_items (journal);

  for (guint r = n; r-- > 0; )
    {
      g_autoptr(LianChange) removal = g_list_model_get_item (journal, r);

      /* Added again since (an unmerge): no merge to undo. */
      if (lian_change_get_operation (removal) == LIAN_CHANGE_OPERATION_ADD &&
          g_strcmp0 (lian_change_get_record_id (removal), gone) == 0)
        return NULL;
      if (lian_change_get_operation (removal) != LIAN_CHANGE_OPERATION_REMOVE ||
          g_strcmp0 (lian_change_get_record_id (removal), gone) != 0)
        continue;
      for (guint s = r; s-- > 0; )
        {
          g_autoptr(LianChange) change = g_list_model_get_item (journal, s);
          GPtrArray *changes;

          if (!is_merge_start (change, keep, gone))
            continue;
          changes = g_ptr_array_new_with_free_func (g_object_unref);
          for (guint i = s; i <= r; i++)
            g_ptr_array_add (changes, g_list_model_get_item (journal, i));
          return changes;
        }
      return NULL;
    }
  return NULL;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_TYPE (a) != G_VALUE_TYPE (b))
    return FALSE;
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS (a, G_TYPE_STRV))
    {
      const char * const *x = g_value_get_boxed (a), * const *y = g_value_get_boxed (b);
      return g_strv_equal (lian_strv_get ((GStrv) x), lian_strv_get ((GStrv) y));
    }
  return g_param_values_cmp (NULL, a, b) == 0;
}

/* Takes off @keep the chain links the merge gave it. */
static void
drop_added_links (LianEnterprise *keep,
                  LianChange     *change)
{
  const GValue *before = lian_change_get_before (change, "chain-ids");
  const GValue *after = lian_change_get_after (change, "chain-ids");
  const char * const *had = before ? g_value_get_boxed (before) : NULL;
  const char * const *has = after ? g_value_get_boxed (after) : NULL;

  for (guint i = 0; has && has[i]; i++)
    if (had == NULL || !g_strv_contains (had, has[i]))
      lian_enterprise_remove_chain_link (keep, has[i]);
}

/* Puts back the fields @change changed, unless they changed since. */
static gboolean
undo_update (LianRegistry  *self,
             LianChange    *change,
             GError       **error)
{
  const char * const *fields = lian_change_get_fields (change);
  LianRecord *record = lian_registry_lookup (self, lian_change_get_record_id (change));

  if (record == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
                   _("\"%s\" was removed after the merge"), lian_change_get_record_id (change));
      return FALSE;
    }
  for (guint i = 0; fields && fields[i]; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), fields[i]);
      g_auto(GValue) now = G_VALUE_INIT;

      if (g_str_equal (fields[i], "chain-ids") && LIAN_IS_ENTERPRISE (record))
        {
          drop_added_links (LIAN_ENTERPRISE (record), change);
          continue;
        }
      if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE))
        continue;
      g_value_init (&now, pspec->value_type);
      g_object_get_property (G_OBJECT (record), fields[i], &now);
      if (!values_equal (&now, lian_change_get_after (change, fields[i])))
        {
          g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_CONFLICT,
                       _("%s \"%s\": %s changed after the merge"),
                       lian_record_kind_noun (lian_record_get_record_kind (record)),
                       lian_record_get_id (record), fields[i]);
          return FALSE;
        }
      if (!lian_registry_update (self, record, fields[i],
                                 lian_change_get_before (change, fields[i]), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
undo_merge (LianRegistry  *self,
            GPtrArray     *changes,
            GError       **error)
{
  LianChange *removal = changes->pdata[changes->len - 1];
  g_autoptr(LianRecord) back = lian_record_dup_state (lian_change_get_record (removal));

  lian_record_set_quiet (back, FALSE);
  if (!lian_registry_add (self, back, error))
    return FALSE;
  for (guint i = changes->len - 1; i-- > 0; )
    {
      LianChange *change = changes->pdata[i];

      if (lian_change_get_operation (change) == LIAN_CHANGE_OPERATION_UPDATE &&
          !undo_update (self, change, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lian_registry_unmerge_enterprises:
 * @self: a registry
 * @keep_id: the id of the enterprise that was kept
 * @gone_id: the id of the enterprise merged into it
 * @error: return location for a #GError
 *
 * Undoes the last [method@Lian.Registry.merge_enterprises] of @gone_id
 * into @keep_id, from the registry's journal: @gone_id comes back as it
 * was, every reference the merge moved points to it again, and @keep_id
 * loses the alias and the chain links it took. It is one batch; a field
 * the merge changed that has changed again since is a conflict, and
 * nothing is undone.
 *
 * The journal is the registry's own: a merge made before the register was
 * last opened is undone by hand (its changes are in the store's log,
 * [method@Lian.Store.list_changes]).
 *
 * Returns: true if undone; false with `LIAN_REGISTRY_ERROR_NOT_FOUND` when
 *   the journal holds no such merge, or another error, the registry
 *   unchanged
 */
gboolean
lian_registry_unmerge_enterprises (LianRegistry  *self,
                                   const char    *keep_id,
                                   const char    *gone_id,
                                   GError       **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (keep_id != NULL && gone_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  changes = find_merge (self, keep_id, gone_id);
  if (changes == NULL)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("the journal holds no merge of \"%s\" into \"%s\""), gone_id, keep_id);
      return FALSE;
    }
  lian_registry_begin_batch (self);
  if (!undo_merge (self, changes, &local))
    {
      lian_registry_abort_batch (self);
      g_propagate_prefixed_error (error, g_steal_pointer (&local),
                                  _("undoing the merge of \"%s\" into \"%s\": "),
                                  gone_id, keep_id);
      return FALSE;
    }
  return lian_registry_commit_batch (self, error);
}

/**
 * lian_registry_decide_duplicate:
 * @self: a registry
 * @first_id: the id of an enterprise
 * @second_id: the id of another enterprise
 * @same: whether a person decided they are one enterprise
 * @error: return location for a #GError
 *
 * Records a person's decision on a pair [method@Lian.Registry.find_duplicates]
 * offered. Two that are the same are merged, @first_id kept
 * ([method@Lian.Registry.merge_enterprises]). Two that are different each
 * list the other in [property@Lian.Enterprise:not-duplicates], one batch
 * through the checked change path: the decision is saved with them, in a
 * document or a store, and the pair is not offered again.
 *
 * Returns: true if recorded; false with an error, the registry unchanged
 */
gboolean
lian_registry_decide_duplicate (LianRegistry  *self,
                                const char    *first_id,
                                const char    *second_id,
                                gboolean       same,
                                GError       **error)
{
  LianRecord *ra, *rb;
  LianEnterprise *a, *b;
  GStrv apart;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (first_id != NULL && second_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (same)
    return lian_registry_merge_enterprises (self, first_id, second_id, error);
  ra = lian_registry_lookup (self, first_id);
  rb = lian_registry_lookup (self, second_id);
  if (ra == NULL || rb == NULL || !LIAN_IS_ENTERPRISE (ra) || !LIAN_IS_ENTERPRISE (rb) || ra == rb)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("\"%s\" and \"%s\" are not two enterprises of the registry"),
                   first_id, second_id);
      return FALSE;
    }
  a = LIAN_ENTERPRISE (ra);
  b = LIAN_ENTERPRISE (rb);
  lian_registry_begin_batch (self);
  apart = g_strdupv ((char **) lian_enterprise_get_not_duplicates (a));
  lian_strv_add (&apart, second_id);
  lian_enterprise_set_not_duplicates (a, (const char * const *) apart);
  g_strfreev (apart);
  apart = g_strdupv ((char **) lian_enterprise_get_not_duplicates (b));
  lian_strv_add (&apart, first_id);
  lian_enterprise_set_not_duplicates (b, (const char * const *) apart);
  g_strfreev (apart);
  return lian_registry_commit_batch (self, error);
}
