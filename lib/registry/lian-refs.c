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

const char *
lian_record_get_parent_id (LianRecord *record)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  return lian_row_get_parent_id (decl, lian_record_row (record, decl));
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

char *
lian_record_dup_description (LianRecord *record)
{
  /* Only the head and the kind count: a record of a subclass lian does
   * not know has no row, but a head. */
  LianRowHead head = { .id = (char *) lian_record_get_id (record) };

  return lian_row_dup_description (lian_record_kind_get_decl (lian_record_get_record_kind (record)),
                                   &head);
}

char *
lian_record_dup_message_prefix (LianRecord *record)
{
  g_autofree char *description = lian_record_dup_description (record);

  /* TRANSLATORS: between a record (need "n1") and one of its fields */
  return g_strconcat (description, _(": "), NULL);
}
