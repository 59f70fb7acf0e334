/* lian-actor.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "lian-actor.h"
#include "lian-enum-types.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"

/**
 * LianActor:
 *
 * A person who works on the register: a county's clerk, a city's
 * coordinator, a department, a reviewer, an administrator. People are
 * records of the kind `LIAN_RECORD_KIND_PERSON`, kept in the store with the
 * rest (the member `people` of a document, the table `people` of a SQLite
 * store), so that every store holds them the same way.
 *
 * What a person may do is given by their [property@Lian.Actor:roles]; where
 * they may do it by their scope: [property@Lian.Actor:regions] (region codes:
 * a county, a city, the province), [property@Lian.Actor:scope-org-id] (an
 * organisation and the organisations below it) and
 * [property@Lian.Actor:chain-ids]. A record is in the scope when it lies in
 * one of the regions, or belongs to the organisation subtree, or is on one
 * of the chains; a person with none of the three is unlimited (the
 * province). A registry works as a person with
 * [method@Lian.Registry.set_person].
 *
 * ```python
 * clerk = Lian.Actor.new('p-wx-clerk', '王芳', Lian.Roles.CLERK)
 * clerk.set_regions(['320205'])
 * registry.add(clerk)
 * registry.set_person(clerk)
 * ```
 */

typedef struct
{
  LianRowHead head;
  char *org_id;
  LianRoles roles;
  GStrv regions;
  char *scope_org_id;
  GStrv chain_ids;
} LianActorRow;

struct _LianActor
{
  LianRecordObject parent_instance;
  LianActorRow row;
};

/* The fields of @self, in its row. */
#define ACTOR_ROW(self) (&(self)->row)

G_DEFINE_FINAL_TYPE (LianActor, lian_actor, LIAN_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ORG_ID,
  PROP_ROLES,
  PROP_REGIONS,
  PROP_SCOPE_ORG_ID,
  PROP_CHAIN_IDS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
check_regions (const char * const  *regions,
               GError             **error)
{
  for (guint i = 0; regions[i]; i++)
    {
      g_autofree char *field = g_strdup_printf ("regions[%u]", i);

      if (!lian_check_region_field (field, regions[i], TRUE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_row (gconstpointer   data,
              GError       **error)
{
  const LianActorRow *row = data;

  return lian_check_id_field ("org_id", row->org_id, FALSE, error) &&
         check_regions (lian_strv_get (row->regions), error) &&
         lian_check_id_field ("scope_org_id", row->scope_org_id, FALSE, error) &&
         lian_check_id_list ("chain_ids", lian_strv_get (row->chain_ids), error);
}

static void
lian_actor_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LianActor *self = LIAN_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ORG_ID:
      g_value_set_string (value, lian_actor_get_org_id (self));
      break;
    case PROP_ROLES:
      g_value_set_flags (value, lian_actor_get_roles (self));
      break;
    case PROP_REGIONS:
      g_value_set_boxed (value, lian_actor_get_regions (self));
      break;
    case PROP_SCOPE_ORG_ID:
      g_value_set_string (value, lian_actor_get_scope_org_id (self));
      break;
    case PROP_CHAIN_IDS:
      g_value_set_boxed (value, lian_actor_get_chain_ids (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lian_actor_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LianActor *self = LIAN_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ORG_ID:
      lian_actor_set_org_id (self, g_value_get_string (value));
      break;
    case PROP_ROLES:
      lian_actor_set_roles (self, g_value_get_flags (value));
      break;
    case PROP_REGIONS:
      lian_actor_set_regions (self, g_value_get_boxed (value));
      break;
    case PROP_SCOPE_ORG_ID:
      lian_actor_set_scope_org_id (self, g_value_get_string (value));
      break;
    case PROP_CHAIN_IDS:
      lian_actor_set_chain_ids (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the kind means to a registry: a person lies where their
 * organisation does. */
static const LianRefDecl refs[] = {
  LIAN_REF_DECL (LianActorRow, org_id, "org-id", "org_id", ORGANIZATION, LIAN_REF_LOCATES),
  LIAN_REF_DECL (LianActorRow, scope_org_id, "scope-org-id", "scope_org_id", ORGANIZATION, 0),
  LIAN_REF_DECL (LianActorRow, chain_ids, "chain-ids", "chain_ids", CHAIN, LIAN_REF_LIST),
};

/* Its members in a document, in this order. */
static const char * const members[] = {
  "id", "name", "org_id", "roles", "regions", "scope_org_id", "chain_ids", NULL
};

static const LianTextDecl texts[] = {
  LIAN_TEXT_DECL (LianActorRow, org_id, OWN),
  LIAN_TEXT_DECL (LianActorRow, regions, LIST),
  LIAN_TEXT_DECL (LianActorRow, scope_org_id, OWN),
  LIAN_TEXT_DECL (LianActorRow, chain_ids, LIST),
};

static const LianFieldDecl fields[] = {
  LIAN_FIELD_DECL (LianActorRow, roles, FLAGS),
};

static const LianKindDecl kind_decl = {
  "people", members,
  refs, G_N_ELEMENTS (refs),
  .texts = texts, .n_texts = G_N_ELEMENTS (texts),
  .fields = fields, .n_fields = G_N_ELEMENTS (fields),
  .row = G_STRUCT_OFFSET (LianActor, row),
  .row_size = G_SIZEOF_MEMBER (LianActor, row), .kind = LIAN_RECORD_KIND_PERSON,
  .validate = validate_row,
};

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
strv_pspec (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);
}

static void
lian_actor_class_init (LianActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  LianRecordClass *record_class = LIAN_RECORD_CLASS (klass);

  object_class->get_property = lian_actor_get_property;
  object_class->set_property = lian_actor_set_property;

  record_class->kind = LIAN_RECORD_KIND_PERSON;

  /**
   * LianActor:org-id:
   *
   * The id of the [class@Lian.PartyOrg] the person works for, if any: a
   * need assigned to it is in the person's queue.
   */
  props[PROP_ORG_ID] = string_pspec ("org-id");

  /**
   * LianActor:roles:
   *
   * What the person may do.
   */
  props[PROP_ROLES] =
    g_param_spec_flags ("roles", NULL, NULL, LIAN_TYPE_ROLES, LIAN_ROLES_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);

  /**
   * LianActor:regions:
   *
   * The region codes of the scope: a county's records, or a city's and
   * those of its counties.
   */
  props[PROP_REGIONS] = strv_pspec ("regions");

  /**
   * LianActor:scope-org-id:
   *
   * The id of the [class@Lian.PartyOrg] whose subtree is in the scope, if
   * any: it and every organisation below it, and their activities.
   */
  props[PROP_SCOPE_ORG_ID] = string_pspec ("scope-org-id");

  /**
   * LianActor:chain-ids:
   *
   * The ids of the [class@Lian.Chain]s in the scope: the records on them.
   */
  props[PROP_CHAIN_IDS] = strv_pspec ("chain-ids");

  g_object_class_install_properties (object_class, N_PROPS, props);
  lian_record_class_declare (record_class, &kind_decl);
}

static void
lian_actor_init (LianActor *self)
{
}

/**
 * lian_actor_new:
 * @id: the person's id
 * @name: (nullable): the person's name
 * @roles: what the person may do
 *
 * Creates a person, with no scope (unlimited) until one is set.
 *
 * Returns: (transfer full): a new person
 */
LianActor *
lian_actor_new (const char *id,
                const char *name,
                LianRoles   roles)
{
  return g_object_new (LIAN_TYPE_ACTOR, "id", id, "name", name, "roles", roles, NULL);
}

/**
 * lian_actor_get_org_id:
 * @self: a person
 *
 * Gets the id of the organisation the person works for.
 *
 * Returns: (nullable): the organisation's id
 */
const char *
lian_actor_get_org_id (LianActor *self)
{
  g_return_val_if_fail (LIAN_IS_ACTOR (self), NULL);

  return ACTOR_ROW (self)->org_id;
}

/**
 * lian_actor_set_org_id:
 * @self: a person
 * @org_id: (nullable): the id of a [class@Lian.PartyOrg]
 *
 * Sets the organisation the person works for.
 */
void
lian_actor_set_org_id (LianActor  *self,
                       const char *org_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTOR (self));

  if (lian_str_set (&ACTOR_ROW (self)->org_id, org_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_ORG_ID]);
}

/**
 * lian_actor_get_roles:
 * @self: a person
 *
 * Gets what the person may do.
 *
 * Returns: the roles
 */
LianRoles
lian_actor_get_roles (LianActor *self)
{
  g_return_val_if_fail (LIAN_IS_ACTOR (self), LIAN_ROLES_NONE);

  return ACTOR_ROW (self)->roles;
}

/**
 * lian_actor_set_roles:
 * @self: a person
 * @roles: what the person may do
 *
 * Sets the person's roles.
 */
void
lian_actor_set_roles (LianActor *self,
                      LianRoles  roles)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTOR (self));

  if (ACTOR_ROW (self)->roles == roles)
    return;
  ACTOR_ROW (self)->roles = roles;
  lian_record_changed (LIAN_RECORD (self), props[PROP_ROLES]);
}

/**
 * lian_actor_has_role:
 * @self: a person
 * @role: one role, or several
 *
 * Whether the person has one of the roles of @role.
 *
 * Returns: true if they have one
 */
gboolean
lian_actor_has_role (LianActor *self,
                     LianRoles  role)
{
  g_return_val_if_fail (LIAN_IS_ACTOR (self), FALSE);

  return (ACTOR_ROW (self)->roles & role) != 0;
}

/**
 * lian_actor_get_regions:
 * @self: a person
 *
 * Gets the region codes of the person's scope.
 *
 * Returns: (transfer none) (array zero-terminated=1): the codes, perhaps none
 */
const char * const *
lian_actor_get_regions (LianActor *self)
{
  g_return_val_if_fail (LIAN_IS_ACTOR (self), NULL);

  return lian_strv_get (ACTOR_ROW (self)->regions);
}

/**
 * lian_actor_set_regions:
 * @self: a person
 * @regions: (nullable) (array zero-terminated=1): region codes
 *
 * Sets the region codes of the person's scope.
 */
void
lian_actor_set_regions (LianActor          *self,
                        const char * const *regions)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTOR (self));

  if (lian_strv_set (&ACTOR_ROW (self)->regions, regions))
    lian_record_changed (LIAN_RECORD (self), props[PROP_REGIONS]);
}

/**
 * lian_actor_get_scope_org_id:
 * @self: a person
 *
 * Gets the organisation whose subtree is in the person's scope.
 *
 * Returns: (nullable): the organisation's id
 */
const char *
lian_actor_get_scope_org_id (LianActor *self)
{
  g_return_val_if_fail (LIAN_IS_ACTOR (self), NULL);

  return ACTOR_ROW (self)->scope_org_id;
}

/**
 * lian_actor_set_scope_org_id:
 * @self: a person
 * @org_id: (nullable): the id of a [class@Lian.PartyOrg]
 *
 * Sets the organisation whose subtree is in the person's scope.
 */
void
lian_actor_set_scope_org_id (LianActor  *self,
                             const char *org_id)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTOR (self));

  if (lian_str_set (&ACTOR_ROW (self)->scope_org_id, org_id))
    lian_record_changed (LIAN_RECORD (self), props[PROP_SCOPE_ORG_ID]);
}

/**
 * lian_actor_get_chain_ids:
 * @self: a person
 *
 * Gets the chains in the person's scope.
 *
 * Returns: (transfer none) (array zero-terminated=1): the chain ids
 */
const char * const *
lian_actor_get_chain_ids (LianActor *self)
{
  g_return_val_if_fail (LIAN_IS_ACTOR (self), NULL);

  return lian_strv_get (ACTOR_ROW (self)->chain_ids);
}

/**
 * lian_actor_set_chain_ids:
 * @self: a person
 * @chain_ids: (nullable) (array zero-terminated=1): ids of [class@Lian.Chain]s
 *
 * Sets the chains in the person's scope.
 */
void
lian_actor_set_chain_ids (LianActor          *self,
                          const char * const *chain_ids)
{
  LIAN_RECORD_CHANGE_SCOPE (self);
  g_return_if_fail (LIAN_IS_ACTOR (self));

  if (lian_strv_set (&ACTOR_ROW (self)->chain_ids, chain_ids))
    lian_record_changed (LIAN_RECORD (self), props[PROP_CHAIN_IDS]);
}

/**
 * lian_actor_is_unlimited:
 * @self: a person
 *
 * Whether the person's scope is the whole register: no regions, no
 * organisation subtree and no chains limit it.
 *
 * Returns: true if nothing limits the scope
 */
gboolean
lian_actor_is_unlimited (LianActor *self)
{
  g_return_val_if_fail (LIAN_IS_ACTOR (self), FALSE);

  return lian_strv_get (ACTOR_ROW (self)->regions)[0] == NULL &&
         ACTOR_ROW (self)->scope_org_id == NULL &&
         lian_strv_get (ACTOR_ROW (self)->chain_ids)[0] == NULL;
}
