/* lian-refs.c: the references each kind of record makes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Which members of a record name other records, of which kind, and what
 * removing the target does, as each kind declares it in its class
 * (LianKindDecl). An enterprise's parent-id is not a reference the
 * registry checks: its headquarters may be outside the registry (总部党建).
 */
#include "config.h"

#include "lian-refs-private.h"
#include "lian-record-private.h"
#include "lian-i18n-private.h"

void
lian_record_foreach_ref (LianRecord  *record,
                         LianRefFunc  func,
                         gpointer     data)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  for (guint r = 0; r < decl->n_refs; r++)
    {
      const LianRefDecl *d = &decl->refs[r];
      const char * const *ids;

      if (d->flags & LIAN_REF_OUTSIDE)
        continue;
      if (!(d->flags & LIAN_REF_LIST))
        {
          const char *target = lian_record_get_ref_id (record, d);
          LianRef ref = { d->member, 0, FALSE, target, d->target,
                          (d->flags & LIAN_REF_REQUIRED) != 0 };

          if (target && target[0])
            func (record, &ref, data);
          continue;
        }
      ids = lian_record_get_ref_ids (record, d);
      for (guint i = 0; ids[i]; i++)
        {
          LianRef ref = { d->member, i, TRUE, ids[i], d->target, FALSE };
          func (record, &ref, data);
        }
    }
}

const char *
lian_record_get_parent_id (LianRecord *record)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  for (guint r = 0; r < decl->n_refs; r++)
    if (decl->refs[r].flags & LIAN_REF_PARENT)
      return lian_record_get_ref_id (record, &decl->refs[r]);
  return NULL;
}

/* Drops one optional reference; required ones are never unlinked. */
void
lian_record_unlink_ref (LianRecord *record,
                        const char *field,
                        const char *target)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  for (guint r = 0; r < decl->n_refs; r++)
    {
      const LianRefDecl *d = &decl->refs[r];

      if (g_str_equal (d->member, field) && !(d->flags & (LIAN_REF_REQUIRED | LIAN_REF_OUTSIDE)))
        {
          lian_record_unlink (record, d, target);
          return;
        }
    }
}

const char *
lian_record_kind_noun (LianRecordKind kind)
{
  static const char * const nouns[] = {
    NC_("record noun", "region"), NC_("record noun", "chain"),
    NC_("record noun", "enterprise"), NC_("record noun", "organization"),
    NC_("record noun", "service"), NC_("record noun", "need"),
    NC_("record noun", "project"), NC_("record noun", "activity"),
    [LIAN_RECORD_KIND_POST] = NC_("record noun", "post"),
    [LIAN_RECORD_KIND_CAPABILITY] = NC_("record noun", "capability"),
    [LIAN_RECORD_KIND_RESPONSE] = NC_("record noun", "response"),
    [LIAN_RECORD_KIND_PERSON] = NC_("record noun", "person"),
  };

  return lian_pgettext (kind < G_N_ELEMENTS (nouns) ? nouns[kind] : NC_("record noun", "record"));
}

const char *
lian_record_kind_with_article (LianRecordKind kind)
{
  static const char * const nouns[] = {
    NC_("record noun", "a region"), NC_("record noun", "a chain"),
    NC_("record noun", "an enterprise"), NC_("record noun", "an organization"),
    NC_("record noun", "a service"), NC_("record noun", "a need"),
    NC_("record noun", "a project"), NC_("record noun", "an activity"),
    [LIAN_RECORD_KIND_POST] = NC_("record noun", "a post"),
    [LIAN_RECORD_KIND_CAPABILITY] = NC_("record noun", "a capability"),
    [LIAN_RECORD_KIND_RESPONSE] = NC_("record noun", "a response"),
    [LIAN_RECORD_KIND_PERSON] = NC_("record noun", "a person"),
  };

  return lian_pgettext (kind < G_N_ELEMENTS (nouns) ? nouns[kind]
                                                    : NC_("record noun", "a record"));
}

char *
lian_record_dup_description (LianRecord *record)
{
  const char *id = lian_record_get_id (record);

  /* TRANSLATORS: a kind of record and its id: need "n1" */
  return g_strdup_printf (_("%s \"%s\""),
                          lian_record_kind_noun (lian_record_get_record_kind (record)),
                          id ? id : "");
}

char *
lian_record_dup_message_prefix (LianRecord *record)
{
  g_autofree char *description = lian_record_dup_description (record);

  /* TRANSLATORS: between a record (need "n1") and one of its fields */
  return g_strconcat (description, _(": "), NULL);
}
