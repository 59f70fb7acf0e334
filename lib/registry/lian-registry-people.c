/* lian-registry-people.c: a registry working as a person: who may change
 * what, and what they may read
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The checks run in the change path (lian-registry-change.c, the additions
 * and removals of lian-registry.c) after the registry's own checks and
 * before a store takes the change: a refused change is undone like any
 * other. doc/people.md has the table of roles and rights.
 */
#include "config.h"

#include "lian-registry-people-private.h"
#include "lian-registry-struct-private.h"
#include "lian-refs-private.h"
#include "lian-record-private.h"
#include "lian-party-org.h"
#include "lian-region-code.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-i18n-private.h"

/**
 * lian_registry_set_person:
 * @self: a registry
 * @person: (nullable): a person @self holds, or `NULL` to work as no one
 *
 * Makes the registry work as @person: from now on every change is signed
 * with the person's id ([property@Lian.Registry:actor]) and checked against
 * their roles and scope. A change they may not make is refused with
 * `LIAN_REGISTRY_ERROR_PERMISSION`, naming the rule, and nothing of it is
 * applied: [method@Lian.Registry.update] and the work functions return the
 * error, a setter logs it and puts the record back. With no person (the
 * default) nothing is enforced, as for a register without people.
 */
void
lian_registry_set_person (LianRegistry *self,
                          LianActor    *person)
{
  g_return_if_fail (LIAN_IS_REGISTRY (self));
  g_return_if_fail (person == NULL || LIAN_IS_ACTOR (person));
  g_return_if_fail (person == NULL || lian_record_get_owner (LIAN_RECORD (person)) == self);

  if (self->person == person)
    return;
  g_set_object (&self->person, person);
  if (person && g_strcmp0 (self->actor, lian_record_get_id (LIAN_RECORD (person))) != 0)
    {
      g_free (self->actor);
      self->actor = g_strdup (lian_record_get_id (LIAN_RECORD (person)));
      g_object_notify (G_OBJECT (self), "actor");
    }
  g_object_notify (G_OBJECT (self), "person");
}

/**
 * lian_registry_get_person:
 * @self: a registry
 *
 * Gets the person the registry works as.
 *
 * Returns: (nullable) (transfer none): the person, or `NULL`
 */
LianActor *
lian_registry_get_person (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);

  return self->person;
}

/**
 * lian_registry_act_as:
 * @self: a registry
 * @person_id: the id of a person @self holds
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Makes the registry work as the person with the id @person_id; see
 * [method@Lian.Registry.set_person].
 *
 * Returns: true if it does; false with `LIAN_REGISTRY_ERROR_NOT_FOUND` if
 *   @self holds no person with that id
 */
gboolean
lian_registry_act_as (LianRegistry  *self,
                      const char    *person_id,
                      GError       **error)
{
  LianRecord *record;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (person_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = lian_registry_lookup (self, person_id);
  if (record == NULL || !LIAN_IS_ACTOR (record))
    {
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND,
                   _("no person has the id \"%s\""), person_id);
      return FALSE;
    }
  lian_registry_set_person (self, LIAN_ACTOR (record));
  return TRUE;
}

/**
 * lian_registry_has_people:
 * @self: a registry
 *
 * Whether the registry holds any person: a register without people is
 * worked on by anyone, as before lian knew people.
 *
 * Returns: true if it holds a person
 */
gboolean
lian_registry_has_people (LianRegistry *self)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);

  return lian_registry_get_array (self, LIAN_RECORD_KIND_PERSON)->len > 0;
}

gboolean
lian_registry_actor_may_change (LianRegistry *self,
                                const char   *actor)
{
  if (self->person == NULL ||
      g_strcmp0 (actor, lian_record_get_id (LIAN_RECORD (self->person))) == 0)
    return TRUE;
  g_warning (_("the registry works as person \"%s\": its changes are signed by them, "
               "not by \"%s\""),
             lian_record_get_id (LIAN_RECORD (self->person)), actor ? actor : "");
  return FALSE;
}

/* Scopes */

static gboolean
in_org_subtree (LianRegistry *self,
                const char   *org_id,
                const char   *root)
{
  for (guint depth = 0; org_id && depth < 64; depth++)
    {
      LianEntry *entry = lian_registry_get_entry (self, org_id);

      if (entry == NULL || entry->kind != LIAN_RECORD_KIND_ORGANIZATION)
        return FALSE;
      if (g_str_equal (org_id, root))
        return TRUE;
      org_id = lian_party_org_get_parent_id (LIAN_PARTY_ORG (lian_entry_record (self, entry)));
    }
  return FALSE;
}

/* Whether @record is the organisation subtree of @root, or refers to an
 * organisation in it (an activity's, a need's assignee, a person's). */
static gboolean
in_org_scope (LianRegistry *self,
              LianRecord   *record,
              const char   *root)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  if (lian_record_get_record_kind (record) == LIAN_RECORD_KIND_ORGANIZATION)
    return in_org_subtree (self, lian_record_get_id (record), root);
  for (guint r = 0; r < decl->n_refs; r++)
    if (decl->refs[r].target == LIAN_RECORD_KIND_ORGANIZATION &&
        !(decl->refs[r].flags & LIAN_REF_LIST) &&
        in_org_subtree (self, lian_record_get_ref_id (record, &decl->refs[r]), root))
      return TRUE;
  return FALSE;
}

/**
 * lian_registry_in_scope:
 * @self: a registry
 * @person: a person
 * @record: a record @self holds, or a copy of one
 *
 * Whether @record is in the scope of @person: it lies in one of their
 * regions (as [method@Lian.Registry.select] places records in a region), it
 * is or refers to an organisation of their organisation subtree, or it is
 * on one of their chains. Everything is in the scope of a person that
 * nothing limits ([method@Lian.Actor.is_unlimited]).
 *
 * Returns: true if @record is in the scope
 */
gboolean
lian_registry_in_scope (LianRegistry *self,
                        LianActor    *person,
                        LianRecord   *record)
{
  const char * const *regions, * const *chains;
  const char *root;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_ACTOR (person), FALSE);
  g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);

  if (lian_actor_is_unlimited (person))
    return TRUE;
  regions = lian_actor_get_regions (person);
  for (guint i = 0; regions[i]; i++)
    if (lian_registry_lies_in (self, record, regions[i]))
      return TRUE;
  root = lian_actor_get_scope_org_id (person);
  if (root && in_org_scope (self, record, root))
    return TRUE;
  chains = lian_actor_get_chain_ids (person);
  if (lian_record_get_record_kind (record) != LIAN_RECORD_KIND_REGION)
    for (guint i = 0; chains[i]; i++)
      if (lian_registry_on_chain (self, record, chains[i]))
        return TRUE;
  return FALSE;
}

/* Kinds anyone may read: the regions, the chains and the service items are
 * the province's common reference, holding no one's personal data. */
static gboolean
is_common (LianRecordKind kind)
{
  return kind == LIAN_RECORD_KIND_REGION || kind == LIAN_RECORD_KIND_CHAIN ||
         kind == LIAN_RECORD_KIND_SERVICE;
}

/**
 * lian_registry_may_read:
 * @self: a registry
 * @record: a record @self holds
 *
 * Whether the person the registry works as may read @record: any record
 * when it works as no one; else the regions, chains and service items, and
 * the records of the person's scope ([method@Lian.Registry.in_scope]).
 *
 * Returns: true if @record may be read
 */
gboolean
lian_registry_may_read (LianRegistry *self,
                        LianRecord   *record)
{
  g_return_val_if_fail (LIAN_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (LIAN_IS_RECORD (record), FALSE);

  return self->person == NULL || is_common (lian_record_get_record_kind (record)) ||
         lian_registry_in_scope (self, self->person, record);
}

/* Rights */

/* The roles that give the right to @op on a record of @kind. */
static LianRoles
roles_for (LianRecordKind      kind,
           LianChangeOperation op)
{
  LianRoles roles = LIAN_ROLES_ADMINISTRATOR;

  switch (kind)
    {
    case LIAN_RECORD_KIND_ENTERPRISE:
      roles |= LIAN_ROLES_CLERK;
      break;
    case LIAN_RECORD_KIND_NEED:
      roles |= LIAN_ROLES_CLERK;
      if (op != LIAN_CHANGE_OPERATION_REMOVE)
        roles |= LIAN_ROLES_COORDINATOR;
      break;
    case LIAN_RECORD_KIND_PROJECT:
    case LIAN_RECORD_KIND_ACTIVITY:
      roles |= LIAN_ROLES_COORDINATOR;
      break;
    case LIAN_RECORD_KIND_SERVICE:
      roles |= LIAN_ROLES_DEPARTMENT;
      break;
    default:
      break;
    }
  return roles;
}

/* The person's roles, by their labels in the current language. */
static char *
dup_roles_text (LianActor *person)
{
  g_autoptr(GString) text = g_string_new (NULL);
  LianRoles roles = lian_actor_get_roles (person);

  for (guint bit = 0; bit < 32; bit++)
    if (roles & (1u << bit))
      {
        const char *label = lian_enum_get_label (LIAN_TYPE_ROLES, 1u << bit);
        /* TRANSLATORS: between the roles of a person */
        g_string_append_printf (text, "%s%s", text->len ? _(", ") : "", label);
      }
  if (text->len == 0)
    g_string_append (text, C_("roles", "none"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_scope_text (LianActor *person)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const *regions = lian_actor_get_regions (person);
  const char * const *chains = lian_actor_get_chain_ids (person);
  const char *root = lian_actor_get_scope_org_id (person);

  for (guint i = 0; regions[i]; i++)
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", regions[i]);
  if (root)
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", root);
  for (guint i = 0; chains[i]; i++)
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", chains[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
refuse_role (LianRegistry         *self,
             LianRecord           *record,
             LianChangeOperation   op,
             GError              **error)
{
  LianActor *person = self->person;
  g_autofree char *who = lian_record_dup_description (record);
  g_autofree char *roles = dup_roles_text (person);
  const char *pid = lian_record_get_id (LIAN_RECORD (person));
  const char *kind = lian_record_kind_with_article (lian_record_get_record_kind (record));

  if (op == LIAN_CHANGE_OPERATION_ADD)
    /* TRANSLATORS: a record, a person's id, a kind of record (a need), their roles */
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION,
                 _("%s: person \"%s\" may not add %s: none of their roles (%s) gives the right "
                   "(rule \"rights\")"), who, pid, kind, roles);
  else if (op == LIAN_CHANGE_OPERATION_UPDATE)
    /* TRANSLATORS: a record, a person's id, a kind of record (a need), their roles */
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION,
                 _("%s: person \"%s\" may not change %s: none of their roles (%s) gives the "
                   "right (rule \"rights\")"), who, pid, kind, roles);
  else
    /* TRANSLATORS: a record, a person's id, a kind of record (a need), their roles */
    g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION,
                 _("%s: person \"%s\" may not remove %s: none of their roles (%s) gives the "
                   "right (rule \"rights\")"), who, pid, kind, roles);
  return FALSE;
}

static gboolean
refuse_scope (LianRegistry  *self,
              LianRecord    *record,
              GError       **error)
{
  g_autofree char *who = lian_record_dup_description (record);
  g_autofree char *scope = dup_scope_text (self->person);

  /* TRANSLATORS: a record, a person's id, the regions, organisation and
   * chains of their scope */
  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION,
               _("%s: person \"%s\" may not change a record outside their scope (%s) "
                 "(rule \"scope\")"),
               who, lian_record_get_id (LIAN_RECORD (self->person)), scope);
  return FALSE;
}

/* A person record's scope must lie within the administrator's: no one
 * hands out more than they hold. */
static gboolean
check_delegation (LianRegistry  *self,
                  LianRecord    *record,
                  GError       **error)
{
  LianActor *admin = self->person;
  const char * const *given, * const *held;
  g_autofree char *who = NULL;

  if (!LIAN_IS_ACTOR (record) || lian_actor_is_unlimited (admin))
    return TRUE;
  given = lian_actor_get_regions (LIAN_ACTOR (record));
  held = lian_actor_get_regions (admin);
  for (guint i = 0; given[i]; i++)
    {
      gboolean within = FALSE;

      for (guint j = 0; held[j] && !within; j++)
        within = lian_adcode_contains (held[j], given[i]);
      if (!within)
        break;
      if (given[i + 1] == NULL)
        return TRUE;
    }
  who = lian_record_dup_description (record);
  /* TRANSLATORS: a person record, the administrator's id */
  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION,
               _("%s: person \"%s\" may not give a scope beyond their own regions "
                 "(rule \"delegation\")"), who, lian_record_get_id (LIAN_RECORD (admin)));
  return FALSE;
}

static gboolean
check_one (LianRegistry         *self,
           LianRecord           *record,
           LianChangeOperation   op,
           GError              **error)
{
  LianRecordKind kind = lian_record_get_record_kind (record);

  if (!lian_actor_has_role (self->person, roles_for (kind, op)))
    return refuse_role (self, record, op, error);
  if (!lian_registry_in_scope (self, self->person, record))
    return refuse_scope (self, record, error);
  if (op != LIAN_CHANGE_OPERATION_REMOVE && kind == LIAN_RECORD_KIND_PERSON)
    return check_delegation (self, record, error);
  return TRUE;
}

gboolean
lian_registry_check_additions (LianRegistry  *self,
                               GPtrArray     *entries,
                               GError       **error)
{
  if (self->person == NULL || self->loading)
    return TRUE;
  for (guint i = 0; i < entries->len; i++)
    if (!check_one (self, lian_entry_record (self, (LianEntry *) entries->pdata[i]),
                    LIAN_CHANGE_OPERATION_ADD, error))
      return FALSE;
  return TRUE;
}

gboolean
lian_registry_check_removals (LianRegistry  *self,
                              GPtrArray     *entries,
                              GError       **error)
{
  if (self->person == NULL || self->loading)
    return TRUE;
  for (guint i = 0; i < entries->len; i++)
    if (!check_one (self, lian_entry_record (self, (LianEntry *) entries->pdata[i]),
                    LIAN_CHANGE_OPERATION_REMOVE, error))
      return FALSE;
  return TRUE;
}

/* The fields of a need that route it: assigning and moving it. */
static gboolean
routes (LianRecord  *record,
        GParamSpec **pspecs,
        guint        n_pspecs)
{
  static const char * const routing[] = { "assignee-id", "status", "n-events", "resolved", NULL };

  if (lian_record_get_record_kind (record) != LIAN_RECORD_KIND_NEED)
    return FALSE;
  for (guint i = 0; i < n_pspecs; i++)
    if (pspecs[i] && g_strv_contains (routing, pspecs[i]->name))
      return TRUE;
  return FALSE;
}

gboolean
lian_registry_check_update (LianRegistry  *self,
                            LianRecord    *record,
                            LianRecord    *before,
                            GParamSpec   **pspecs,
                            guint          n_pspecs,
                            GError       **error)
{
  const LianRoles routers = LIAN_ROLES_COORDINATOR | LIAN_ROLES_ADMINISTRATOR;

  if (self->person == NULL || self->loading)
    return TRUE;
  if (!check_one (self, record, LIAN_CHANGE_OPERATION_UPDATE, error))
    return FALSE;
  if (before && !lian_registry_in_scope (self, self->person, before))
    return refuse_scope (self, record, error);
  if (routes (record, pspecs, n_pspecs) && !lian_actor_has_role (self->person, routers))
    {
      g_autofree char *who = lian_record_dup_description (record);
      /* TRANSLATORS: a need, a person's id */
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_PERMISSION,
                   _("%s: person \"%s\" may not assign or move a need: that is a "
                     "coordinator's right (rule \"routing\")"),
                   who, lian_record_get_id (LIAN_RECORD (self->person)));
      return FALSE;
    }
  return TRUE;
}

/* What a person may read */

typedef struct
{
  GHashTable *visible;   /* id → record */
  gboolean    dropped;
} Prune;

static void
required_cb (LianRecord    *record,
             const LianRef *ref,
             gpointer       data)
{
  Prune *prune = data;

  if (ref->required && !g_hash_table_contains (prune->visible, ref->target))
    prune->dropped = TRUE;
}

typedef struct
{
  GHashTable *visible;
  GPtrArray  *hidden;    /* field, target, field, target … */
} Hidden;

static void
collect_hidden_cb (LianRecord    *record,
                   const LianRef *ref,
                   gpointer       data)
{
  Hidden *h = data;

  if (!g_hash_table_contains (h->visible, ref->target))
    {
      g_ptr_array_add (h->hidden, g_strdup (ref->field));
      g_ptr_array_add (h->hidden, g_strdup (ref->target));
    }
}

/* The visible records' ids; a record that cannot be without a hidden one
 * (a need of a hidden enterprise) is hidden too. */
static GHashTable *
collect_visible (LianRegistry *self)
{
  GHashTable *visible = g_hash_table_new (g_str_hash, g_str_equal);
  Prune prune = { visible, TRUE };

  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      GPtrArray *records = lian_registry_get_array (self, k);
      for (guint i = 0; i < records->len; i++)
        {
          LianRecord *record = lian_registry_record_at (self, records, i);

          if (lian_registry_may_read (self, record))
            g_hash_table_insert (visible, (gpointer) lian_record_get_id (record), record);
        }
    }
  while (prune.dropped)
    {
      GHashTableIter iter;
      gpointer record;

      prune.dropped = FALSE;
      g_hash_table_iter_init (&iter, visible);
      while (g_hash_table_iter_next (&iter, NULL, &record))
        {
          gboolean before = prune.dropped;
          prune.dropped = FALSE;
          lian_record_foreach_ref (record, required_cb, &prune);
          if (prune.dropped)
            g_hash_table_iter_remove (&iter);
          prune.dropped |= before;
        }
    }
  return visible;
}

/* A copy of @record without its references to hidden records. */
static LianRecord *
dup_pruned (LianRecord *record,
            GHashTable *visible)
{
  LianRecord *copy = lian_record_dup_state (record);
  g_autoptr(GPtrArray) hidden = g_ptr_array_new_with_free_func (g_free);
  Hidden h = { visible, hidden };

  lian_record_set_revision (copy, lian_record_get_revision (record));
  lian_record_foreach_ref (copy, collect_hidden_cb, &h);
  for (guint i = 0; i + 1 < hidden->len; i += 2)
    lian_record_unlink_ref (copy, hidden->pdata[i], hidden->pdata[i + 1]);
  return copy;
}

/**
 * lian_registry_dup_visible:
 * @self: a registry
 * @error: return location for a [error@Lian.RegistryError]
 *
 * Makes a new registry holding copies of the records the person @self
 * works as may read ([method@Lian.Registry.may_read]): what a county's
 * clerk may select, export and report on. A record that cannot be without
 * a hidden one (a need of another county's enterprise) is left out, and
 * references to hidden records (a chain's leaders in other counties, an
 * organisation's parent in the city) are dropped from the copies. Records
 * keep their revisions; the copy has no store and no journal entries, and
 * works as no one. Working as no one, @self is copied whole.
 *
 * ```python
 * registry.act_as('p-wx-clerk')
 * county = registry.dup_visible()
 * Lian.Report.new('dashboard').render(county)   # the county alone
 * ```
 *
 * Returns: (transfer full): a new registry, or `NULL` with an error
 */
LianRegistry *
lian_registry_dup_visible (LianRegistry  *self,
                           GError       **error)
{
  g_autoptr(LianRegistry) copy = NULL;
  g_autoptr(GHashTable) visible = NULL;
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  visible = collect_visible (self);
  records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < LIAN_N_RECORD_KINDS; k++)
    {
      GPtrArray *all = lian_registry_get_array (self, k);
      for (guint i = 0; i < all->len; i++)
        {
          LianRecord *record = lian_registry_record_at (self, all, i);

          if (g_hash_table_contains (visible, lian_record_get_id (record)))
            g_ptr_array_add (records, dup_pruned (record, visible));
        }
    }
  copy = lian_registry_new ();
  if (!lian_registry_load_many_at (copy, records, NULL, NULL, error))
    return NULL;
  if (self->extra)
    lian_registry_set_extra (copy, self->extra);
  return g_steal_pointer (&copy);
}
