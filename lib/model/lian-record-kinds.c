/* lian-record-kinds.c: what each kind of record declares about itself
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each kind declares in its class_init, once, what it refers to, where it
 * lies and which date counts (a LianKindDecl). The registry, its selections
 * and its checks read the declarations; none of them asks which kind a
 * record is. Adding a kind touches its own files and the table below.
 */
#include "config.h"

#include <string.h>

#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-region.h"
#include "lian-chain.h"
#include "lian-enterprise.h"
#include "lian-party-org.h"
#include "lian-service-item.h"
#include "lian-need.h"
#include "lian-action-project.h"
#include "lian-activity.h"
#include "lian-demand-post.h"
#include "lian-capability.h"
#include "lian-response.h"
#include "lian-actor.h"
#include "lian-region-code.h"
#include "lian-enums.h"
#include "lian-i18n-private.h"

/* The one table of lian's kinds of record, in the order of LianRecordKind. */
static GType (* const kind_types[]) (void) = {
  [LIAN_RECORD_KIND_REGION] = lian_region_get_type,
  [LIAN_RECORD_KIND_CHAIN] = lian_chain_get_type,
  [LIAN_RECORD_KIND_ENTERPRISE] = lian_enterprise_get_type,
  [LIAN_RECORD_KIND_ORGANIZATION] = lian_party_org_get_type,
  [LIAN_RECORD_KIND_SERVICE] = lian_service_item_get_type,
  [LIAN_RECORD_KIND_NEED] = lian_need_get_type,
  [LIAN_RECORD_KIND_PROJECT] = lian_action_project_get_type,
  [LIAN_RECORD_KIND_ACTIVITY] = lian_activity_get_type,
  [LIAN_RECORD_KIND_POST] = lian_demand_post_get_type,
  [LIAN_RECORD_KIND_CAPABILITY] = lian_capability_get_type,
  [LIAN_RECORD_KIND_RESPONSE] = lian_response_get_type,
  [LIAN_RECORD_KIND_PERSON] = lian_actor_get_type,
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_types) == LIAN_RECORD_N_KINDS);

/* Checks a declaration against the class's properties: a mistake here is
 * the library's, found the first time the class is made. */
static void
check_declared (GObjectClass *klass,
                const char   *property,
                GType         value_type)
{
  GParamSpec *pspec = g_object_class_find_property (klass, property);

  g_assert (pspec != NULL);
  g_assert (G_PARAM_SPEC_VALUE_TYPE (pspec) == value_type);
}

/* Each writable text property of the kind's own has its field among the
 * kind's texts: one left out would leak, or outlive an arena. */
static void
check_texts (GObjectClass       *klass,
             const LianKindDecl *decl)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs, n = 0;

  pspecs = g_object_class_list_properties (klass, &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    if (pspecs[i]->owner_type == G_TYPE_FROM_CLASS (klass) &&
        (pspecs[i]->flags & G_PARAM_WRITABLE) &&
        (pspecs[i]->value_type == G_TYPE_STRING || pspecs[i]->value_type == G_TYPE_STRV))
      n++;
  g_assert (n == decl->n_texts);
}

/* The property of @member, of the class's own, which a loader may fill
 * through its field: a value of @value_type, or of a type derived from it. */
static void
check_member (GObjectClass *klass,
              const char   *member,
              GType         value_type)
{
  g_autofree char *property = g_strdelimit (g_strdup (member), "_", '-');
  GParamSpec *pspec = g_object_class_find_property (klass, property);

  g_assert (pspec != NULL && pspec->owner_type == G_TYPE_FROM_CLASS (klass));
  g_assert (G_PARAM_SPEC_VALUE_TYPE (pspec) == value_type ||
            G_TYPE_FUNDAMENTAL (G_PARAM_SPEC_VALUE_TYPE (pspec)) == value_type);
}

/* Whether a field of @size bytes holds every value of the enum or flags
 * @type: an int or a guint holds any; a guint8 or a guint16 only values
 * from 0 below 2^(8 × @size). With @bits, the values of the enum are bit
 * numbers of flags (LIAN_KEY_FLAG_NICKS): each must be a bit of the field. */
static gboolean
holds_every_value (GType    type,
                   gsize    size,
                   gboolean bits)
{
  g_autoptr(GTypeClass) klass = NULL;
  guint64 limit;

  if (size != 1 && size != 2 && size != 4)
    return FALSE;
  klass = g_type_class_ref (type);
  limit = bits ? 8 * size : G_GUINT64_CONSTANT (1) << (8 * size);
  if (G_IS_FLAGS_CLASS (klass))
    return size == 4 || ((GFlagsClass *) klass)->mask < limit;
  if (size == 4 && !bits)
    return TRUE;
  for (guint i = 0; i < ((GEnumClass *) klass)->n_values; i++)
    {
      int value = ((GEnumClass *) klass)->values[i].value;

      if (value < 0 || (guint64) value >= limit)
        return FALSE;
    }
  return TRUE;
}

static void
check_fields (GObjectClass       *klass,
              const LianKindDecl *decl)
{
  static const struct { GType type; gsize size; } styles[] = {
    [LIAN_FIELD_ENUM] = { G_TYPE_ENUM, sizeof (int) },
    [LIAN_FIELD_FLAGS] = { G_TYPE_FLAGS, sizeof (guint) },
    [LIAN_FIELD_UINT] = { G_TYPE_UINT, sizeof (guint) },
    [LIAN_FIELD_INT64] = { G_TYPE_INT64, sizeof (gint64) },
    [LIAN_FIELD_BOOLEAN] = { G_TYPE_BOOLEAN, sizeof (gboolean) },
  };

  for (guint i = 0; i < decl->n_texts; i++)
    check_member (klass, decl->texts[i].member,
                  decl->texts[i].style == LIAN_TEXT_LIST ? G_TYPE_STRV : G_TYPE_STRING);
  for (guint i = 0; i < decl->n_fields; i++)
    {
      const LianFieldDecl *field = &decl->fields[i];
      g_autofree char *property = g_strdelimit (g_strdup (field->member), "_", '-');
      GParamSpec *pspec;

      check_member (klass, field->member, styles[field->style].type);
      pspec = g_object_class_find_property (klass, property);
      if (field->style == LIAN_FIELD_ENUM || field->style == LIAN_FIELD_FLAGS)
        g_assert (holds_every_value (G_PARAM_SPEC_VALUE_TYPE (pspec), field->size, FALSE));
      else if (field->style == LIAN_FIELD_BOOLEAN)
        g_assert (field->size == sizeof (gboolean) || field->size == 1);
      else
        g_assert (field->size == styles[field->style].size);
    }
}

/* A declared field at @offset lies in the row, or in the kind's side
 * block (LIAN_ROW_IN_MORE), which the kind then has. */
static void
check_offset (const LianKindDecl *decl,
              gssize              offset)
{
  if (offset < 0)
    return;
  if (offset & LIAN_ROW_IN_MORE)
    g_assert ((gsize) (offset & ~LIAN_ROW_IN_MORE) < decl->more_size);
  else
    g_assert ((gsize) offset < decl->row_size);
}

/* A value in a side block reads 0 while the block is absent: the
 * property's default must be that. */
static void
check_zero_default (GObjectClass *klass,
                    const char   *member)
{
  g_autofree char *property = g_strdelimit (g_strdup (member), "_", '-');
  GParamSpec *pspec = g_object_class_find_property (klass, property);
  g_auto(GValue) zero = G_VALUE_INIT;

  g_value_init (&zero, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_assert (g_param_values_cmp (pspec, g_param_spec_get_default_value (pspec), &zero) == 0);
}

/* Every declared field lies in the row or in its side block. */
static void
check_offsets (GObjectClass       *klass,
               const LianKindDecl *decl)
{
  if (decl->more_size > 0)
    g_assert (decl->more >= (gssize) sizeof (LianRowHead) &&
              decl->more + sizeof (gpointer) <= decl->row_size);
  for (guint i = 0; i < decl->n_refs; i++)
    check_offset (decl, decl->refs[i].offset);
  for (guint i = 0; i < decl->n_keys; i++)
    check_offset (decl, decl->keys[i].offset);
  for (guint i = 0; i < decl->n_texts; i++)
    {
      check_offset (decl, decl->texts[i].offset);
      if (decl->texts[i].offset & LIAN_ROW_IN_MORE)
        check_zero_default (klass, decl->texts[i].member);
    }
  for (guint i = 0; i < decl->n_fields; i++)
    {
      check_offset (decl, decl->fields[i].offset);
      if (decl->fields[i].offset & LIAN_ROW_IN_MORE)
        check_zero_default (klass, decl->fields[i].member);
    }
  if (decl->region)
    check_offset (decl, decl->region_offset);
  if (decl->date)
    check_offset (decl, decl->date_offset);
}

void
lian_record_class_declare (LianRecordClass    *klass,
                           const LianKindDecl *decl)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GTypeQuery query;

  for (guint i = 0; i < decl->n_refs; i++)
    {
      const LianRefDecl *ref = &decl->refs[i];

      check_declared (object_class, ref->property,
                      (ref->flags & LIAN_REF_LIST) ? G_TYPE_STRV : G_TYPE_STRING);
      g_assert (ref->offset >= 0 || decl->get_ids != NULL);
    }
  for (guint i = 0; i < decl->n_keys; i++)
    {
      const LianKeyDecl *key = &decl->keys[i];
      GParamSpec *pspec = g_object_class_find_property (object_class, key->property);

      g_assert (pspec != NULL);
      g_assert (key->offset >= 0 || (key->style == LIAN_KEY_IDS && decl->get_ids != NULL));
      g_assert (key->enum_type == NULL || G_TYPE_IS_ENUM (key->enum_type ()));
      if (key->style == LIAN_KEY_NICK)
        g_assert (holds_every_value (key->enum_type (), key->size, FALSE));
      else if (key->style == LIAN_KEY_FLAG_NICKS || key->style == LIAN_KEY_FLAG_NICKS_IN_SCOPE)
        g_assert (holds_every_value (key->enum_type (), key->size, TRUE));
    }
  if (decl->region)
    check_declared (object_class, decl->region, G_TYPE_STRING);
  if (decl->date)
    check_declared (object_class, decl->date, G_TYPE_STRING);
  check_texts (object_class, decl);
  check_fields (object_class, decl);
  /* Every row lies where the base finds its head. */
  g_assert (decl->row == LIAN_RECORD_ROW_OFFSET);
  g_assert (decl->row_size >= sizeof (LianRowHead));
  check_offsets (object_class, decl);
  g_type_query (G_TYPE_FROM_CLASS (klass), &query);
  g_assert (decl->row + decl->row_size <= query.instance_size);
  g_assert (decl->kind == klass->kind);
  klass->kind_decl = decl;
}

/* Frees the kind's texts in @row and clears their fields. */
static void
free_row_texts (const LianKindDecl *decl,
                gpointer            row)
{
  for (guint i = 0; i < decl->n_texts; i++)
    {
      gpointer field = lian_row_field (decl, row, decl->texts[i].offset);

      if (field == NULL)
        continue;   /* in a side block the row does not have */
      switch (decl->texts[i].style)
        {
        case LIAN_TEXT_OWN:
          g_free (*(char **) field);
          break;
        case LIAN_TEXT_SHARED:
          lian_str_free_shared (*(char **) field);
          break;
        case LIAN_TEXT_LIST:
          g_strfreev (*(GStrv *) field);
          break;
        }
      *(gpointer *) field = NULL;
    }
}

void
lian_row_clear (const LianKindDecl *decl,
                gpointer            row)
{
  LianRowHead *head = row;

  /* A borrowed row's texts are its arena's: it holds none of them, and
   * they are left as they are (a record's finalize frees the row next). */
  if (!head->borrowed)
    {
      g_clear_pointer (&head->id, g_free);
      g_clear_pointer (&head->name, g_free);
      free_row_texts (decl, row);
    }
  if (decl->clear)
    decl->clear (row);
}

void
lian_record_own_kind_texts (LianRecord *self)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (self);
  gpointer row = lian_record_row (self, decl);

  for (guint i = 0; i < decl->n_texts; i++)
    {
      gpointer field = lian_row_field (decl, row, decl->texts[i].offset);

      if (field == NULL)
        continue;
      switch (decl->texts[i].style)
        {
        case LIAN_TEXT_OWN:
          *(char **) field = g_strdup (*(char **) field);
          break;
        case LIAN_TEXT_SHARED:
          *(char **) field = lian_str_new_shared (*(char **) field);
          break;
        case LIAN_TEXT_LIST:
          *(GStrv *) field = g_strdupv (*(GStrv *) field);
          break;
        }
    }
}

static const LianKindDecl no_decl = { NULL, };

const LianKindDecl *
lian_record_get_kind_decl (LianRecord *self)
{
  const LianKindDecl *decl = LIAN_RECORD_GET_CLASS (self)->kind_decl;

  return decl ? decl : &no_decl;
}

GType
lian_record_kind_get_gtype (LianRecordKind kind)
{
  return (guint) kind < G_N_ELEMENTS (kind_types) ? kind_types[kind] () : G_TYPE_INVALID;
}

const LianKindDecl *lian_kind_decls[LIAN_RECORD_N_KINDS];

const LianKindDecl *
lian_record_kind_find_decl (LianRecordKind kind)
{
  GType type = lian_record_kind_get_gtype (kind);
  LianRecordClass *klass;

  if (type == G_TYPE_INVALID)
    return NULL;
  /* Classes of lian's kinds are static: the reference is never dropped. */
  klass = g_type_class_peek (type);
  if (klass == NULL)
    klass = g_type_class_ref (type);
  /* Remembered for the next calls (lian_record_kind_get_decl()): the
   * registry asks several times for every record it files. Any thread
   * that finds them finds the same. */
  g_atomic_pointer_set (&lian_kind_decls[kind], klass->kind_decl);
  return klass->kind_decl;
}

/* The declarations of @self's kind, which has some: they gave the
 * reference or the key being read. */
static inline const LianKindDecl *
declared_kind (LianRecord *self)
{
  return LIAN_RECORD_GET_CLASS (self)->kind_decl;
}

const char *
lian_record_get_ref_id (LianRecord        *self,
                        const LianRefDecl *ref)
{
  gpointer row = lian_record_row (self, declared_kind (self));

  g_assert (!(ref->flags & LIAN_REF_LIST));
  return lian_row_text (declared_kind (self), row, ref->offset);
}

const char * const *
lian_record_get_ref_ids (LianRecord        *self,
                         const LianRefDecl *ref)
{
  const LianKindDecl *decl = declared_kind (self);

  g_assert (ref->flags & LIAN_REF_LIST);
  if (ref->offset < 0)
    return decl->get_ids (lian_record_row (self, decl), ref);
  return lian_strv_get ((GStrv) lian_row_strv (decl, lian_record_row (self, decl), ref->offset));
}

const char *
lian_row_get_own_region (const LianKindDecl *decl,
                         gconstpointer       row)
{
  if (decl->region == NULL)
    return NULL;
  if (decl->region_offset < 0)
    return ((const LianRowHead *) row)->id;
  return lian_row_text (decl, row, decl->region_offset);
}

const char *
lian_record_get_own_region (LianRecord *self)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (self);

  /* A kind lian does not know (no row) declares no region. */
  return lian_row_get_own_region (decl, lian_record_row (self, decl));
}

const char *
lian_record_get_kind_date (LianRecord *self)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (self);

  if (decl->date == NULL)
    return NULL;
  return lian_row_text (decl, lian_record_row (self, decl), decl->date_offset);
}

/* The number in the declared integer field at @offset of @row, 0 when it
 * is absent. */
static inline gint64
row_number (const LianKindDecl *decl,
            gconstpointer       row,
            gssize              offset,
            gsize               size,
            gboolean            is_signed)
{
  gconstpointer field = lian_row_field (decl, row, offset);

  return field ? lian_field_get_number (field, size, is_signed) : 0;
}

static void
foreach_flag_nick (const LianKindDecl *decl,
                   gconstpointer       row,
                   const LianKeyDecl  *key,
                   const char         *scope,
                   LianKeyFunc         func,
                   gpointer            data)
{
  guint flags = row_number (decl, row, key->offset, key->size, FALSE);
  g_autoptr(GEnumClass) values = g_type_class_ref (key->enum_type ());

  for (guint i = 0; i < values->n_values; i++)
    {
      const GEnumValue *value = &values->values[i];
      g_autofree char *scoped = NULL;

      if (value->value < 0 || value->value >= 32 || !(flags & (1u << value->value)))
        continue;
      if (scope == NULL)
        {
          func (value->value_nick, data);
          continue;
        }
      scoped = g_strconcat (value->value_nick, "/", scope, NULL);
      func (scoped, data);
    }
}

static void
foreach_region (const char  *code,
                LianKeyFunc  func,
                gpointer     data)
{
  g_autofree char *current = NULL;

  if (!lian_adcode_is_valid (code))
    return;
  func (code, data);
  current = lian_adcode_dup_parent (code);
  while (current)
    {
      char *parent = lian_adcode_dup_parent (current);
      func (current, data);
      g_free (current);
      current = parent;
    }
}

void
lian_row_foreach_key (const LianKindDecl *decl,
                      gconstpointer       row,
                      const LianKeyDecl  *key,
                      LianKeyFunc         func,
                      gpointer            data)
{
  const char *value = NULL;
  const char *scope;

  switch (key->style)
    {
    case LIAN_KEY_ID:
      value = lian_row_text (decl, row, key->offset);
      if (value && value[0])
        func (value, data);
      break;
    case LIAN_KEY_IDS:
      {
        const char * const *ids = key->offset < 0
          ? decl->get_ids ((gpointer) row, NULL)
          : lian_strv_get ((GStrv) lian_row_strv (decl, row, key->offset));
        for (guint i = 0; ids[i]; i++)
          func (ids[i], data);
      }
      break;
    case LIAN_KEY_NICK:
      func (lian_enum_to_nick (key->enum_type (),
                               row_number (decl, row, key->offset, key->size, TRUE)),
            data);
      break;
    case LIAN_KEY_REGION:
      foreach_region (lian_row_text (decl, row, key->offset), func, data);
      break;
    case LIAN_KEY_SCOPE:
      value = lian_row_text (decl, row, key->offset);
      func (value ? value : "", data);
      break;
    case LIAN_KEY_FLAG_NICKS:
      foreach_flag_nick (decl, row, key, NULL, func, data);
      break;
    case LIAN_KEY_FLAG_NICKS_IN_SCOPE:
      scope = lian_row_get_own_region (decl, row);
      foreach_flag_nick (decl, row, key, scope ? scope : "", func, data);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The references in @row, of @record if it has one: the one body of
 * lian_row_foreach_ref() and lian_record_foreach_ref(). */
static inline void
foreach_ref (const LianKindDecl *decl,
             gconstpointer       row,
             LianRecord         *record,
             LianRefFunc         func,
             gpointer            data)
{
  for (guint r = 0; r < decl->n_refs; r++)
    {
      const LianRefDecl *d = &decl->refs[r];
      const char * const *ids;

      if (d->flags & LIAN_REF_OUTSIDE)
        continue;
      if (!(d->flags & LIAN_REF_LIST))
        {
          const char *target = lian_row_text (decl, row, d->offset);
          LianRef ref = { d->member, 0, FALSE, target, d->target,
                          (d->flags & LIAN_REF_REQUIRED) != 0 };

          if (target && target[0])
            func (record, &ref, data);
          continue;
        }
      ids = d->offset < 0 ? decl->get_ids ((gpointer) row, d)
                          : lian_strv_get ((GStrv) lian_row_strv (decl, row, d->offset));
      for (guint i = 0; ids[i]; i++)
        {
          LianRef ref = { d->member, i, TRUE, ids[i], d->target, FALSE };
          func (record, &ref, data);
        }
    }
}

void
lian_row_foreach_ref (const LianKindDecl *decl,
                      gconstpointer       row,
                      LianRefFunc         func,
                      gpointer            data)
{
  foreach_ref (decl, row, NULL, func, data);
}

void
lian_record_foreach_ref (LianRecord  *record,
                         LianRefFunc  func,
                         gpointer     data)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (record);

  foreach_ref (decl, lian_record_row (record, decl), record, func, data);
}

const char *
lian_row_get_parent_id (const LianKindDecl *decl,
                        gconstpointer       row)
{
  for (guint r = 0; r < decl->n_refs; r++)
    if (decl->refs[r].flags & LIAN_REF_PARENT)
      return lian_row_text (decl, row, decl->refs[r].offset);
  return NULL;
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
lian_row_dup_description (const LianKindDecl *decl,
                          gconstpointer       row)
{
  const char *id = ((const LianRowHead *) row)->id;

  /* TRANSLATORS: a kind of record and its id: need "n1" */
  return g_strdup_printf (_("%s \"%s\""), lian_record_kind_noun (decl->kind), id ? id : "");
}

void
lian_record_unlink (LianRecord        *self,
                    const LianRefDecl *ref,
                    const char        *target)
{
  const LianKindDecl *decl = lian_record_get_kind_decl (self);
  g_auto(GStrv) ids = NULL;

  if (!(ref->flags & LIAN_REF_LIST))
    {
      g_object_set (self, ref->property, NULL, NULL);
      return;
    }
  if (ref->offset < 0)
    {
      decl->unlink (self, ref, target);
      return;
    }
  ids = g_strdupv ((char **) lian_record_get_ref_ids (self, ref));
  if (lian_strv_remove (&ids, target))
    g_object_set (self, ref->property, ids, NULL);
}

/**
 * lian_record_kind_get_record_type:
 * @kind: a kind of record
 *
 * Gets the type of the records of @kind: [class@Lian.Need] for
 * `LIAN_RECORD_KIND_NEED`.
 *
 * Returns: the type
 */
GType
lian_record_kind_get_record_type (LianRecordKind kind)
{
  g_return_val_if_fail ((guint) kind < LIAN_RECORD_N_KINDS, G_TYPE_INVALID);

  return lian_record_kind_get_gtype (kind);
}

/**
 * lian_record_kind_get_reference:
 * @kind: a kind of record
 * @property: the name of a property of records of @kind
 * @target: (out) (optional): the kind of record @property refers to
 *
 * Whether @property of the records of @kind holds the id, or the ids, of
 * other records: the references a registry checks and follows. An
 * enterprise's [property@Lian.Enterprise:parent-id] counts, although its
 * headquarters may be outside the registry.
 *
 * ```python
 * Lian.RecordKind.get_reference(Lian.RecordKind.NEED, 'enterprise-id')
 * # (True, target=<enum LIAN_RECORD_KIND_ENTERPRISE ...>)
 * ```
 *
 * Returns: true if @property is a reference
 */
gboolean
lian_record_kind_get_reference (LianRecordKind  kind,
                                const char     *property,
                                LianRecordKind *target)
{
  const LianKindDecl *decl;

  g_return_val_if_fail ((guint) kind < LIAN_RECORD_N_KINDS, FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  decl = lian_record_kind_get_decl (kind);
  for (guint i = 0; decl && i < decl->n_refs; i++)
    if (g_str_equal (decl->refs[i].property, property))
      {
        if (target)
          *target = decl->refs[i].target;
        return TRUE;
      }
  return FALSE;
}
