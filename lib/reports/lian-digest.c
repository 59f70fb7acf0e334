/* lian-digest.c: an organisation's daily digest of its work queues
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-queue.h"
#include "lian-mask.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

typedef struct
{
  GString  *out;
  gboolean  html;
} Digest;

static void
put_text (Digest     *d,
          const char *text)
{
  if (d->html)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_string_append (d->out, escaped);
    }
  else
    g_string_append (d->out, text);
}

static void
put_heading (Digest     *d,
             int         level,
             const char *text)
{
  if (d->html)
    g_string_append_printf (d->out, "<h%d>", level);
  else
    g_string_append_printf (d->out, "%s ", level == 1 ? "#" : "##");
  put_text (d, text);
  g_string_append (d->out, d->html ? (level == 1 ? "</h1>\n" : "</h2>\n") : "\n\n");
}

/* A contact name shown as its first character and a star per other one. */
static char *
mask_name (const char *name)
{
  GString *masked = g_string_new (NULL);
  glong n = g_utf8_strlen (name, -1);

  if (n > 0)
    g_string_append_len (masked, name, g_utf8_next_char (name) - name);
  for (glong i = 1; i < n; i++)
    g_string_append_c (masked, '*');
  return g_string_free (masked, FALSE);
}

static char *
describe_need (LianRegistry *registry,
               LianNeed     *need)
{
  LianEnterprise *firm = lian_registry_lookup_enterprise (registry, lian_need_get_enterprise_id (need));
  g_autofree char *deadline = lian_registry_dup_need_deadline (registry, need);
  g_autofree char *name = NULL, *phone = NULL;
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "%s · %s", lian_record_get_id (LIAN_RECORD (need)),
                          lian_need_get_title (need) ? lian_need_get_title (need) : "");
  if (firm)
    {
      const char *contact = lian_enterprise_get_contact_name (firm);
      const char *tel = lian_enterprise_get_contact_phone (firm);

      g_string_append_printf (line, " · %s", lian_record_get_name (LIAN_RECORD (firm)));
      name = contact ? mask_name (contact) : NULL;
      phone = tel ? lian_mask_phone (tel) : NULL;
      if (name || phone)
        /* TRANSLATORS: an enterprise's contact, masked: 张* 138****0001 */
        g_string_append_printf (line, _(" · contact %s %s"), name ? name : "", phone ? phone : "");
    }
  if (deadline)
    /* TRANSLATORS: the day a need must be handled by */
    g_string_append_printf (line, _(" · deadline %s"), deadline);
  return g_string_free (line, FALSE);
}

static gboolean
put_queue (Digest        *d,
           LianRegistry  *registry,
           const char    *org_id,
           LianQueueKind  kind,
           const char    *on,
           guint          days,
           const char    *title,
           GError       **error)
{
  g_autoptr(GPtrArray) queue = lian_registry_dup_queue (registry, org_id, kind, on, days, error);
  g_autofree char *heading = NULL;

  if (queue == NULL)
    return FALSE;
  heading = g_strdup_printf ("%s (%u)", title, queue->len);
  put_heading (d, 2, heading);
  if (d->html && queue->len)
    g_string_append (d->out, "<ul>\n");
  for (guint i = 0; i < queue->len; i++)
    {
      g_autofree char *line = describe_need (registry, queue->pdata[i]);
      g_string_append (d->out, d->html ? "<li>" : "- ");
      put_text (d, line);
      g_string_append (d->out, d->html ? "</li>\n" : "\n");
    }
  if (d->html && queue->len)
    g_string_append (d->out, "</ul>\n");
  else if (!d->html && queue->len)
    g_string_append (d->out, "\n");
  return TRUE;
}

/**
 * lian_registry_write_digest:
 * @self: a registry
 * @org_id: the id of an organisation: the assignee the digest is for
 * @on: the reference day, `YYYY-MM-DD`
 * @days: how many days ahead "due soon" looks, and how many days without a
 *   move make a need stalled
 * @html: an HTML fragment if true, Markdown if false
 * @error: return location for a [error@Lian.DataError] or [error@Lian.RegistryError]
 *
 * Writes an organisation's digest of its work queues on the day @on, for a
 * daily mail: its overdue needs, those risen from the organisations below,
 * those due soon, those stalled and all assigned to it
 * ([method@Lian.Registry.dup_queue]). Contacts' names and phone numbers
 * are masked.
 *
 * Returns: (transfer full): the digest, or `NULL` with an error
 */
char *
lian_registry_write_digest (LianRegistry  *self,
                            const char    *org_id,
                            const char    *on,
                            guint          days,
                            gboolean       html,
                            GError       **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  Digest d = { out, html };
  LianPartyOrg *org;
  g_autofree char *title = NULL, *stand = NULL, *due = NULL, *stalled = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (org_id != NULL && on != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  org = lian_registry_lookup_organization (self, org_id);
  /* TRANSLATORS: the title of a digest: an organisation's name and id */
  title = g_strdup_printf (_("Work queue of %s (%s)"),
                           org && lian_record_get_name (LIAN_RECORD (org))
                           ? lian_record_get_name (LIAN_RECORD (org)) : org_id, org_id);
  put_heading (&d, 1, title);
  /* TRANSLATORS: the day a digest's data stands at (数据截至) */
  stand = g_strdup_printf (_("Data as of %s"), on);
  g_string_append (out, html ? "<p>" : "");
  put_text (&d, stand);
  g_string_append (out, html ? "</p>\n" : "\n\n");
  /* TRANSLATORS: %u is a number of days */
  due = g_strdup_printf (_("Due within %u days"), days);
  /* TRANSLATORS: %u is a number of days */
  stalled = g_strdup_printf (_("Stalled: no move for %u days"), days);
  if (!put_queue (&d, self, org_id, LIAN_QUEUE_KIND_OVERDUE, on, days, _("Overdue"), error) ||
      !put_queue (&d, self, org_id, LIAN_QUEUE_KIND_ESCALATED, on, days,
                  _("Overdue below, escalated"), error) ||
      !put_queue (&d, self, org_id, LIAN_QUEUE_KIND_DUE_SOON, on, days, due, error) ||
      !put_queue (&d, self, org_id, LIAN_QUEUE_KIND_STALLED, on, days, stalled, error) ||
      !put_queue (&d, self, org_id, LIAN_QUEUE_KIND_ASSIGNED, on, days, _("Assigned"), error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
