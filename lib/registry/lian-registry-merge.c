/* lian-registry-merge.c: two enterprises made one, and back
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A merge is one batch through the checked change path: the enterprise
 * kept takes the other's id as an alias (the batch's first change, which
 * is how an unmerge finds where the merge began in the journal), its
 * chain links and decisions; every reference any kind declares to an
 * enterprise (lian-record-kinds.c) moves from the other to it; the other
 * is removed (the batch's last change). An unmerge reads those changes
 * back from the journal and undoes them, as one batch too.
 */
#include "config.h"

#include "lian-chain-link-private.h"
#include "lian-registry-struct-private.h"
#include "lian-duplicates-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-change.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

static LianEnterprise *
find_enterprise (LianRegistry  *self,
                 const char    *id,
                 GError       **error)
{
  LianRecord *record = lian_registry_lookup (self, id);

  if (record && LIAN_IS_ENTERPRISE (record))
    return LIAN_ENTERPRISE (record);
  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
               _("no enterprise has the id \"%s\""), id);
  return NULL;
}

/* @ids with @gone taken out and @keep put in its place, unless there. */
static GStrv
replaced (const char * const *ids,
          const char         *gone,
          const char         *keep)
{
  GStrv out = NULL;

  for (guint i = 0; ids[i]; i++)
    lian_strv_add (&out, g_str_equal (ids[i], gone) ? keep : ids[i]);
  return out ? out : g_new0 (char *, 1);
}

static gboolean
update_strv (LianRegistry  *self,
             LianRecord    *record,
             const char    *property,
             GStrv          ids,
             GError       **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRV);
  g_value_take_boxed (&value, ids);
  return lian_registry_update (self, record, property, &value, error);
}

static gboolean
update_string (LianRegistry  *self,
               LianRecord    *record,
               const char    *property,
               const char    *text,
               GError       **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return lian_registry_update (self, record, property, &value, error);
}

/* Moves the references of @record to @gone over to @keep. */
static gboolean
move_references (LianRegistry       *self,
                 LianRecord         *record,
                 const LianKindDecl *decl,
                 const char         *keep,
                 const char         *gone,
                 GError            **error)
{
  for (guint r = 0; r < decl->n_refs; r++)
    {
      const LianRefDecl *ref = &decl->refs[r];

      if (ref->target != LIAN_RECORD_KIND_ENTERPRISE)
        continue;
      if (!(ref->flags & LIAN_REF_LIST))
        {
          gboolean self_ref = g_strcmp0 (lian_record_get_id (record), keep) == 0;

          if (g_strcmp0 (lian_record_get_ref_id (record, ref), gone) == 0 &&
              !update_string (self, record, ref->property, self_ref ? NULL : keep, error))
            return FALSE;
        }
      else if (g_strv_contains (lian_record_get_ref_ids (record, ref), gone))
        {
          if (ref->offset < 0)
            lian_record_unlink (record, ref, gone);
          else if (!update_strv (self, record, ref->property,
                                 replaced (lian_record_get_ref_ids (record, ref), gone, keep),
                                 error))
            return FALSE;
        }
    }
  return TRUE;
}

/* A decision that @record is not @gone holds for @keep, which is @gone. */
static gboolean
move_decision (LianRegistry  *self,
               LianRecord    *record,
               const char    *keep,
               const char    *gone,
               GError       **error)
{
  const char * const *apart;

  if (!LIAN_IS_ENTERPRISE (record) || g_strcmp0 (lian_record_get_id (record), keep) == 0)
    return TRUE;
  apart = lian_enterprise_get_not_duplicates (LIAN_ENTERPRISE (record));
  if (!g_strv_contains (apart, gone))
    return TRUE;
  return update_strv (self, record, "not-duplicates", replaced (apart, gone, keep), error);
}

/* Every record of every kind that may refer to an enterprise. */
static gboolean
move_all_references (LianRegistry  *self,
                     const char    *keep,
                     const char    *gone,
                     GError       **error)
{
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (k);
      gboolean refers = FALSE;
      g_autoptr(GPtrArray) records = NULL;

      for (guint r = 0; decl && r < decl->n_refs; r++)
        refers |= decl->refs[r].target == LIAN_RECORD_KIND_ENTERPRISE;
      if (!refers)
        continue;
      records = lian_registry_dup_array (self, k);
      for (guint i = 0; i < records->len; i++)
        if (!move_references (self, records->pdata[i], decl, keep, gone, error) ||
            !move_decision (self, records->pdata[i], keep, gone, error))
          return FALSE;
    }
  return TRUE;
}

/* What @keep takes from @gone: its id and aliases, its decisions, its
 * chain links on chains @keep is not on. */
static gboolean
take_over (LianRegistry    *self,
           LianEnterprise  *keep,
           LianEnterprise  *gone,
           GError         **error)
{
  const char *gone_id = lian_record_get_id (LIAN_RECORD (gone));
  const char *keep_id = lian_record_get_id (LIAN_RECORD (keep));
  GStrv aliases = g_strdupv ((char **) lian_enterprise_get_aliases (keep));
  GStrv apart = g_strdupv ((char **) lian_enterprise_get_not_duplicates (keep));
  const char * const *gone_aliases = lian_enterprise_get_aliases (gone);
  const char * const *gone_apart = lian_enterprise_get_not_duplicates (gone);
  guint n;
  LianChainLink * const *peeked = lian_enterprise_peek_chain_links (gone, &n);
  /* Its own: a handler of the changes below may change @gone. */
  g_autoptr(GPtrArray) links = g_ptr_array_new_full (n, (GDestroyNotify) lian_chain_link_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (links, lian_chain_link_ref (peeked[i]));

  lian_strv_add (&aliases, gone_id);
  for (guint i = 0; gone_aliases[i]; i++)
    lian_strv_add (&aliases, gone_aliases[i]);
  if (!update_strv (self, LIAN_RECORD (keep), "aliases", aliases, error))
    {
      g_strfreev (apart);
      return FALSE;
    }
  for (guint i = 0; gone_apart[i]; i++)
    if (!g_str_equal (gone_apart[i], keep_id))
      lian_strv_add (&apart, gone_apart[i]);
  lian_strv_remove (&apart, gone_id);
  if (!update_strv (self, LIAN_RECORD (keep), "not-duplicates",
                    apart ? apart : g_new0 (char *, 1), error))
    return FALSE;
  for (guint i = 0; i < links->len; i++)
    {
      LianChainLink *link = links->pdata[i];

      if (lian_enterprise_get_chain_link (keep, lian_chain_link_get_chain_id (link)) == NULL)
        lian_enterprise_add_chain_link (keep, lian_chain_link_get_chain_id (link),
                                        lian_chain_link_get_segment (link),
                                        lian_chain_link_get_role (link));
    }
  return TRUE;
}

/**
 * lian_registry_merge_enterprises:
 * @self: a registry
 * @keep_id: the id of the enterprise to keep
 * @gone_id: the id of the enterprise that is the same one, to merge into it
 * @error: return location for a #GError
 *
 * Makes two records of one enterprise one. The enterprise @keep_id stays;
 * every reference to @gone_id that any kind of record declares (a need's
 * enterprise, an organisation's members, a chain's leaders, headquarters)
 * moves to it; it takes the chain links of @gone_id on other chains, and
 * @gone_id (with the aliases it had) becomes one of its
 * [property@Lian.Enterprise:aliases], so that
 * [method@Lian.Registry.lookup_enterprise] and CSV imports still find it
 * by the old id. @gone_id is then removed.
 *
 * It is one batch through the registry's checked change path: each change
 * is in the journal (and a store's log), and either all of them are made
 * or none. [method@Lian.Registry.unmerge_enterprises] undoes it.
 *
 * Returns: true if merged; false with an error, the registry unchanged
 */
gboolean
lian_registry_merge_enterprises (LianRegistry  *self,
                                 const char    *keep_id,
                                 const char    *gone_id,
                                 GError       **error)
{
  LianEnterprise *keep, *gone;
  g_autoptr(LianEnterprise) gone_ref = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (keep_id != NULL && gone_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((keep = find_enterprise (self, keep_id, error)) == NULL ||
      (gone = find_enterprise (self, gone_id, error)) == NULL)
    return FALSE;
  if (keep == gone)
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                   _("\"%s\" cannot be merged into itself"), keep_id);
      return FALSE;
    }
  gone_ref = g_object_ref (gone);
  lian_registry_begin_batch (self);
  if (!take_over (self, keep, gone, &local) ||
      !move_all_references (self, keep_id, gone_id, &local) ||
      !lian_registry_remove (self, gone_id, FALSE, NULL, &local))
    {
      lian_registry_abort_batch (self);
      g_propagate_prefixed_error (error, g_steal_pointer (&local),
                                  _("merging \"%s\" into \"%s\": "), gone_id, keep_id);
      return FALSE;
    }
  return lian_registry_commit_batch (self, error);
}
