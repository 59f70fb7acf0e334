/* lian-record-members.c: each kind's members in a document, looked up once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What the reader and the writer ask about a kind's members: its
 * collection, its members in order, the property behind each. Made once,
 * from the kinds' declarations (LianKindDecl.members).
 */
#include "config.h"

#include <pthread.h>
#include <string.h>

#include "lian-record-members-private.h"
#include "lian-record-json-private.h"
#include "lian-enum-types.h"
#include "lian-enums.h"
#include "lian-strv-private.h"

static LianMemberTable tables[LIAN_RECORD_N_KINDS];

G_STATIC_ASSERT (LIAN_SLOT_OWN + LIAN_TEXT_LIST == LIAN_SLOT_LIST);
G_STATIC_ASSERT (LIAN_SLOT_ENUM + LIAN_FIELD_BOOLEAN == LIAN_SLOT_BOOLEAN);

/* The slot of @member of @table, which a kind declares only for its
 * members. */
static LianMemberSlot *
add_slot (LianMemberTable    *table,
          const char         *member,
          LianSlotStyle       style,
          gssize              offset,
          gsize               size,
          const LianKindDecl *decl)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (table->index, member));

  g_assert (position > 0);
  table->slots[position - 1].style = style;
  table->slots[position - 1].offset = offset;
  table->slots[position - 1].size = size;
  table->slots[position - 1].decl = decl;
  return &table->slots[position - 1];
}

static void
add_slots (LianMemberTable    *table,
           const LianKindDecl *decl)
{
  guint n_base;
  const LianTextDecl *base = lian_record_get_base_texts (&n_base);

  for (guint i = 0; i < n_base; i++)
    add_slot (table, base[i].member, LIAN_SLOT_OWN + base[i].style, base[i].offset,
              sizeof (char *), decl);
  for (guint i = 0; i < decl->n_texts; i++)
    {
      /* A shared text is always shared: only OWN and LIST repeat. */
      g_assert (!decl->texts[i].repeats || decl->texts[i].style != LIAN_TEXT_SHARED);
      add_slot (table, decl->texts[i].member, LIAN_SLOT_OWN + decl->texts[i].style,
                decl->texts[i].offset, sizeof (char *), decl)->repeats = decl->texts[i].repeats;
    }
  for (guint i = 0; i < decl->n_fields; i++)
    add_slot (table, decl->fields[i].member, LIAN_SLOT_ENUM + decl->fields[i].style,
              decl->fields[i].offset, decl->fields[i].size, decl);
  table->decl = decl;
}

static void
init_member_tables (void)
{
  GEnumClass *chain_roles = g_type_class_ref (LIAN_TYPE_CHAIN_ROLE);
  GEnumClass *need_statuses = g_type_class_ref (LIAN_TYPE_NEED_STATUS);

  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    {
      const LianKindDecl *decl = lian_record_kind_get_decl (k);
      GObjectClass *klass = g_type_class_ref (lian_record_kind_get_gtype (k));
      guint n = g_strv_length ((char **) decl->members);

      g_assert (n <= 64);   /* a bit of LianRecordBuilder.seen each */
      tables[k].member = decl->collection;
      tables[k].fields = decl->members;
      tables[k].type = lian_record_kind_get_gtype (k);
      tables[k].index = g_hash_table_new (g_str_hash, g_str_equal);
      tables[k].pspecs = g_new0 (GParamSpec *, n);
      tables[k].lengths = g_new0 (guint, n);
      tables[k].slots = g_new0 (LianMemberSlot, n);
      tables[k].chain_roles = chain_roles;
      tables[k].need_statuses = need_statuses;
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *prop = g_strdup (decl->members[i]);
          g_strdelimit (prop, "_", '-');
          tables[k].pspecs[i] = g_object_class_find_property (klass, prop);
          tables[k].lengths[i] = strlen (decl->members[i]);
          g_hash_table_insert (tables[k].index, (gpointer) decl->members[i],
                               GUINT_TO_POINTER (i + 1));
        }
      add_slots (&tables[k], decl);
      /* Every property a document names goes straight into its field. */
      for (guint i = 0; i < n; i++)
        g_assert (tables[k].pspecs[i] == NULL || tables[k].slots[i].style != LIAN_SLOT_NONE);
      /* Classes are never unloaded; the table keeps its pspecs. */
    }
}

const LianMemberTable *
lian_member_table (LianRecordKind kind)
{
  static pthread_once_t once = PTHREAD_ONCE_INIT;

  /* Documents may be read in several threads at once. */
  pthread_once (&once, init_member_tables);
  return &tables[kind];
}

int
lian_record_kind_from_member (const char *member)
{
  for (guint k = 0; k < LIAN_RECORD_N_KINDS; k++)
    if (g_str_equal (lian_member_table (k)->member, member))
      return k;
  return -1;
}

const char *
lian_record_kind_to_member (LianRecordKind kind)
{
  return lian_member_table (kind)->member;
}

gboolean
lian_record_kind_has_member (LianRecordKind  kind,
                             const char     *member)
{
  return g_hash_table_contains (lian_member_table (kind)->index, member);
}

const char * const *
lian_record_kind_members (LianRecordKind kind)
{
  return lian_member_table (kind)->fields;
}

GParamSpec *
lian_record_kind_member_pspec (LianRecordKind kind,
                               guint          position)
{
  return lian_member_table (kind)->pspecs[position];
}

int
lian_member_table_position_after (const LianMemberTable *table,
                                  int                    last,
                                  const char            *name,
                                  gsize                  length)
{
  for (int i = last + 1; table->fields[i]; i++)
    if (table->lengths[i] == length && memcmp (table->fields[i], name, length) == 0)
      return i;
  return GPOINTER_TO_INT (g_hash_table_lookup (table->index, name)) - 1;
}

/* The field of @slot in @record: NULL when it lies in a side block the
 * row does not have (it is empty), unless @ensure makes the block. */
static inline gpointer
slot_field (const LianMemberSlot *slot,
            LianRecord           *record,
            gboolean              ensure)
{
  gpointer row = lian_record_row (record, slot->decl);

  return ensure ? lian_row_field_ensure (slot->decl, row, slot->offset)
                : lian_row_field (slot->decl, row, slot->offset);
}

/* Stores the value in @field, the field of @slot. */
static inline void
fill_field (const LianMemberSlot *slot,
            gpointer              field,
            LianTextArena        *arena,
            const char           *string,
            const char * const   *strings,
            gint64                number)
{
  switch (slot->style)
    {
    case LIAN_SLOT_OWN:
      if (slot->repeats)
        lian_str_set_repeated_with (arena, field, string);
      else
        lian_str_set_with (arena, field, string);
      break;
    case LIAN_SLOT_SHARED:
      lian_str_set_shared_with (arena, field, string);
      break;
    case LIAN_SLOT_LIST:
      if (slot->repeats)
        lian_strv_set_repeated_with (arena, field, strings);
      else
        lian_strv_set_with (arena, field, strings);
      break;
    case LIAN_SLOT_ENUM:
    case LIAN_SLOT_FLAGS:
    case LIAN_SLOT_UINT:
    case LIAN_SLOT_INT64:
      lian_field_set_number (field, slot->size, number);
      break;
    case LIAN_SLOT_BOOLEAN:
      lian_field_set_number (field, slot->size, number != 0);
      break;
    case LIAN_SLOT_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* The same for a field in a side block: an empty value leaves the block
 * unmade (absent, the field reads empty). Apart, so that filling a field
 * of the row stays short. */
static G_NO_INLINE void
fill_side_field (const LianMemberSlot *slot,
                 LianRecord           *record,
                 LianTextArena        *arena,
                 const char           *string,
                 const char * const   *strings,
                 gint64                number)
{
  gboolean empty = slot->style == LIAN_SLOT_LIST ? strings == NULL || strings[0] == NULL
                 : slot->style <= LIAN_SLOT_SHARED ? string == NULL
                 : number == 0;
  gpointer field = slot_field (slot, record, !empty);

  if (field)
    fill_field (slot, field, arena, string, strings, number);
}

void
lian_member_slot_fill (const LianMemberSlot *slot,
                       LianRecord           *record,
                       LianTextArena        *arena,
                       const char           *string,
                       const char * const   *strings,
                       gint64                number)
{
  if (G_UNLIKELY (slot->offset & LIAN_ROW_IN_MORE))
    fill_side_field (slot, record, arena, string, strings, number);
  else
    fill_field (slot, G_STRUCT_MEMBER_P (lian_record_row (record, slot->decl), slot->offset),
                arena, string, strings, number);
}

void
lian_member_slot_get (const LianMemberSlot  *slot,
                      LianRecord            *record,
                      const char           **string,
                      const char * const   **strings,
                      gint64                *number)
{
  gpointer field = slot_field (slot, record, FALSE);

  if (field == NULL)
    {
      *string = NULL;
      *strings = NULL;
      *number = 0;
      return;
    }

  switch (slot->style)
    {
    case LIAN_SLOT_OWN:
    case LIAN_SLOT_SHARED:
      *string = *(const char **) field;
      break;
    case LIAN_SLOT_LIST:
      *strings = *(const char * const **) field;
      break;
    case LIAN_SLOT_ENUM:
    case LIAN_SLOT_BOOLEAN:
      *number = lian_field_get_number (field, slot->size, TRUE);
      break;
    case LIAN_SLOT_FLAGS:
    case LIAN_SLOT_UINT:
    case LIAN_SLOT_INT64:
      *number = lian_field_get_number (field, slot->size, FALSE);
      break;
    case LIAN_SLOT_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* The nick of @v (a GEnumValue or GFlagsValue, alike to here) is @nick:
 * first bytes are compared before strings. */
#define NICK_IS(v, nick) ((v).value_nick[0] == (nick)[0] && strcmp ((v).value_nick, (nick)) == 0)

gboolean
lian_member_enum_from_nick (GEnumClass  *klass,
                            const char  *nick,
                            int         *value,
                            GError     **error)
{
  for (guint i = 0; i < klass->n_values; i++)
    if (NICK_IS (klass->values[i], nick))
      return (*value = klass->values[i].value), TRUE;
  return lian_enum_from_nick (G_TYPE_FROM_CLASS (klass), nick, value, error);
}

gboolean
lian_member_flags_from_nicks (GFlagsClass         *klass,
                              const char * const  *nicks,
                              guint               *value,
                              GError             **error)
{
  guint result = 0;

  for (guint n = 0; nicks[n]; n++)
    {
      guint i = 0;

      while (i < klass->n_values && !(klass->values[i].value != 0 && NICK_IS (klass->values[i], nicks[n])))
        i++;
      if (i == klass->n_values)
        return lian_flags_from_nicks (G_TYPE_FROM_CLASS (klass), nicks, value, error);
      result |= klass->values[i].value;
    }
  *value = result;
  return TRUE;
}
