/* lian-record-json.c: one record from its JSON members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A record's members are its properties in snake_case, in the fixed order
 * its kind declares (LianKindDecl.members); enum values are nicks, flags arrays of nicks. Two
 * members are lists of small objects: an enterprise's `chain_links`
 * (`{"chain", "segment", "role"}`) and a need's `history`
 * (`{"at", "status", "actor", "note"}`). Members lian does not know are
 * kept on the record (lian_record_get_extra()) and written after the rest
 * (lian-record-json-write.c).
 */
#include "config.h"


#include <string.h>

#include "lian-record-json-private.h"
#include "lian-record-members-private.h"
#include "lian-json-pull-private.h"
#include "lian-registry.h"
#include "lian-enum-types.h"
#include "lian-error.h"
#include "lian-date-private.h"
#include "lian-record-private.h"
#include "lian-strv-private.h"
#include "lian-chain-link-private.h"
#include "lian-i18n-private.h"
#include "lian-text-private.h"

/* Building */

/* The most members an element of a list of small objects has. */
#define SMALL_MAX 4

/* What a member's value must be: one for each type of property value. */
typedef enum {
  CHECK_STRING,
  CHECK_ENUM,
  CHECK_STRV,
  CHECK_FLAGS,
  CHECK_BOOLEAN,
  CHECK_UINT,
  CHECK_INT64,
} Check;

static Check check_of (GParamSpec *pspec);

/* The record is made when its first member is met, and each member is
 * put in its field as it is read: every member a kind has a property for
 * has a field declared (LianMemberSlot: no GValue, no change to open or
 * tell), and the kind's filled() runs at the end. */
struct _LianRecordBuilder
{
  LianRecordKind kind;
  const LianMemberTable *table;  /* the kind's */
  GObjectClass  *klass;
  LianRecord    *record;
  LianTextArena *arena;        /* of the records' texts, or NULL */
  int            last;         /* the position of the last member read */
  guint64        seen;         /* the positions of the members read */
  GPtrArray     *links;        /* LianChainLink */
  GHashTable    *shared_links; /* the hash of a chain, segment and role → the
                                * last LianChainLink made of such a hash */
  GString       *small[SMALL_MAX];  /* the members of a small object being read */
  GPtrArray     *events;       /* LianNeedEvent */
  JsonObject    *extra;
  /* The items of a member's array of strings, kept for the next one: */
  GString       *item_text;    /* each item and its NUL, one after the other */
  GArray        *item_starts;  /* gsize: where each begins in item_text */
  GPtrArray     *items;        /* the items, and NULL */
  guint8         checks[64];   /* the Check of each member with a property */
  GPtrArray    **stock;        /* empty records made ahead, or NULL */
};

LianRecordBuilder *
lian_record_builder_new (LianRecordKind  kind,
                         LianTextArena  *arena)
{
  LianRecordBuilder *b = g_new0 (LianRecordBuilder, 1);

  b->kind = kind;
  b->table = lian_member_table (kind);
  b->arena = arena ? lian_text_arena_ref (arena) : NULL;
  b->klass = g_type_class_ref (b->table->type);
  for (guint i = 0; b->table->fields[i]; i++)
    if (b->table->pspecs[i])
      b->checks[i] = check_of (b->table->pspecs[i]);
  return b;
}

/* Makes @b ready for the next record of its kind. */
void
lian_record_builder_reset (LianRecordBuilder *b)
{
  g_clear_object (&b->record);
  b->last = -1;
  b->seen = 0;
  /* The arrays serve the next record. */
  if (b->links)
    g_ptr_array_set_size (b->links, 0);
  if (b->events)
    g_ptr_array_set_size (b->events, 0);
  g_clear_pointer (&b->extra, json_object_unref);
}

void
lian_record_builder_take_from (LianRecordBuilder  *b,
                               GPtrArray         **stock)
{
  b->stock = stock;
}

void
lian_record_builder_free (LianRecordBuilder *b)
{
  lian_record_builder_reset (b);
  g_clear_pointer (&b->links, g_ptr_array_unref);
  g_clear_pointer (&b->events, g_ptr_array_unref);
  g_clear_pointer (&b->shared_links, g_hash_table_unref);
  if (b->item_text)
    g_string_free (b->item_text, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (b->small); i++)
    if (b->small[i])
      g_string_free (b->small[i], TRUE);
  g_clear_pointer (&b->item_starts, g_array_unref);
  g_clear_pointer (&b->items, g_ptr_array_unref);
  g_clear_pointer (&b->arena, lian_text_arena_unref);
  g_type_class_unref (b->klass);
  g_free (b);
}

static gboolean
wrong_type (GError     **error,
            LianPlace   *place,
            const char  *name,
            const char  *expected)
{
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
               _("%s.%s: expected %s"), lian_place_path (place), name, expected);
  return FALSE;
}

static gboolean
nick_error (GError     **error,
            GError      *local,
            LianPlace   *place,
            const char  *name)
{
  g_set_error (error, local->domain, local->code, "%s.%s: %s", lian_place_path (place), name,
               local->message);
  g_error_free (local);
  return FALSE;
}

/* A member's value, whether it came from a JsonNode or straight from the
 * tokenizer. */
typedef enum {
  VALUE_NULL,
  VALUE_STRING,
  VALUE_INT,
  VALUE_DOUBLE,
  VALUE_BOOLEAN,
  VALUE_STRINGS,   /* an array of strings */
  VALUE_OTHER,     /* any other array, or an object */
} ValueKind;

typedef struct
{
  ValueKind   kind;
  const char *string;
  gint64      integer;
  gboolean    boolean;
  GStrv       strings;   /* borrowed */
} Value;

/* Reads the array of strings that begins at the tokenizer's current token
 * into @b's items, which @v borrows. An array that is not all strings is
 * left half read, and @v is VALUE_OTHER. */
static gboolean
strings_from_pull (LianRecordBuilder  *b,
                   Value              *v,
                   LianJsonPull       *pull,
                   GError            **error)
{
  guint n = 0;

  if (b->items == NULL)
    {
      b->item_text = g_string_new (NULL);
      b->item_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
      b->items = g_ptr_array_new ();
    }
  g_string_truncate (b->item_text, 0);
  g_array_set_size (b->item_starts, 0);
  v->kind = VALUE_OTHER;
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  while (pull->token != LIAN_TOKEN_END_ARRAY)
    {
      gsize start = b->item_text->len;

      if (n++ > 0 && !lian_json_pull_next_item (pull, FALSE, error))
        return FALSE;
      if (pull->token != LIAN_TOKEN_STRING)
        return TRUE;
      g_array_append_val (b->item_starts, start);
      lian_text_append (b->item_text, pull->string->str, pull->string->len + 1);
      if (!lian_json_pull_next (pull, error))
        return FALSE;
    }
  /* The text has its final place: the items point into it. */
  g_ptr_array_set_size (b->items, 0);
  for (guint i = 0; i < b->item_starts->len; i++)
    g_ptr_array_add (b->items, b->item_text->str + g_array_index (b->item_starts, gsize, i));
  g_ptr_array_add (b->items, NULL);
  v->strings = (GStrv) b->items->pdata;
  v->kind = VALUE_STRINGS;
  return TRUE;
}

/* Reads the value at the tokenizer's current token. An array that is not
 * all strings is left half read: the caller fails on VALUE_OTHER. */
static gboolean
value_from_pull (LianRecordBuilder  *b,
                 Value              *v,
                 LianJsonPull       *pull,
                 GError            **error)
{
  switch (pull->token)
    {
    case LIAN_TOKEN_NULL:
      v->kind = VALUE_NULL;
      return TRUE;
    case LIAN_TOKEN_STRING:
      v->kind = VALUE_STRING;
      v->string = pull->string->str;
      return TRUE;
    case LIAN_TOKEN_INT:
      v->kind = VALUE_INT;
      v->integer = pull->int_value;
      return TRUE;
    case LIAN_TOKEN_DOUBLE:
      v->kind = VALUE_DOUBLE;
      return TRUE;
    case LIAN_TOKEN_TRUE:
    case LIAN_TOKEN_FALSE:
      v->kind = VALUE_BOOLEAN;
      v->boolean = pull->token == LIAN_TOKEN_TRUE;
      return TRUE;
    case LIAN_TOKEN_BEGIN_ARRAY:
      return strings_from_pull (b, v, pull, error);
    default:
      v->kind = VALUE_OTHER;
      return TRUE;
    }
}

/* What a member's value must be, from the type of its property's values. */
static Check
check_of (GParamSpec *pspec)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (G_PARAM_SPEC_TYPE (pspec) == G_TYPE_PARAM_ENUM)
    return CHECK_ENUM;
  if (G_PARAM_SPEC_TYPE (pspec) == G_TYPE_PARAM_FLAGS)
    return CHECK_FLAGS;
  if (type == G_TYPE_STRING)
    return CHECK_STRING;
  if (type == G_TYPE_STRV)
    return CHECK_STRV;
  if (type == G_TYPE_BOOLEAN)
    return CHECK_BOOLEAN;
  if (type == G_TYPE_UINT)
    return CHECK_UINT;
  g_assert (type == G_TYPE_INT64);
  return CHECK_INT64;
}

/* Checks @v against what @pspec's member must be (@check); an enum's
 * nick, or the nicks of flags, become their value in @v->integer. */
static gboolean
check_value (GParamSpec  *pspec,
             Check        check,
             Value       *v,
             LianPlace   *place,
             const char  *name,
             GError     **error)
{
  GError *local = NULL;
  int e;
  guint f;

  if ((check == CHECK_STRING || check == CHECK_ENUM) && v->kind != VALUE_STRING)
    return wrong_type (error, place, name, _("a string"));
  if ((check == CHECK_STRV || check == CHECK_FLAGS) && v->kind != VALUE_STRINGS)
    return wrong_type (error, place, name, _("an array of strings"));
  switch (check)
    {
    case CHECK_STRING:
    case CHECK_STRV:
      return TRUE;
    case CHECK_ENUM:
      if (!lian_member_enum_from_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class, v->string, &e, &local))
        return nick_error (error, local, place, name);
      v->integer = e;
      return TRUE;
    case CHECK_FLAGS:
      if (!lian_member_flags_from_nicks (G_PARAM_SPEC_FLAGS (pspec)->flags_class,
                                         (const char * const *) v->strings, &f, &local))
        return nick_error (error, local, place, name);
      v->integer = f;
      return TRUE;
    case CHECK_BOOLEAN:
      if (v->kind != VALUE_BOOLEAN)
        return wrong_type (error, place, name, _("true or false"));
      return TRUE;
    case CHECK_UINT:
    case CHECK_INT64:
    default:
      if (v->kind != VALUE_INT)
        return wrong_type (error, place, name, _("a whole number"));
      if (v->integer < 0 || v->integer > (check == CHECK_UINT ? G_MAXUINT : G_MAXINT64))
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE,
                       v->integer < 0 ? _("%s.%s: %lld is negative") : _("%s.%s: %lld is too large"),
                       lian_place_path (place), name, (long long) v->integer);
          return FALSE;
        }
      return TRUE;
    }
}

/* The two list members made of small objects: an enterprise's
 * chain_links and a need's history. Each element is read, from a node or
 * from the tokens, into an array of its members' strings, then added. */

typedef struct
{
  const char  *member;
  const char  *names[SMALL_MAX + 1];
  gboolean   (*add) (LianRecordBuilder  *b,
                     const char * const *m,
                     LianPlace          *where,
                     GError            **error);
} SmallList;

/* A link is immutable: the enterprises of a document that are on the same
 * chain, in the same segment and role, share one. */
static LianChainLink *
share_link (LianRecordBuilder *b,
            const char        *chain_id,
            const char        *segment,
            int                role)
{
  /* Two links whose hashes are the same are rare: the later is shared. */
  guint hash = (g_str_hash (chain_id) * 31 + (segment ? g_str_hash (segment) : 0)) * 31 + role;
  LianChainLink *link;

  if (b->shared_links == NULL)
    b->shared_links = g_hash_table_new_full (NULL, NULL, NULL,
                                             (GDestroyNotify) lian_chain_link_unref);
  link = g_hash_table_lookup (b->shared_links, GUINT_TO_POINTER (hash));
  if (link && (int) lian_chain_link_get_role (link) == role &&
      g_str_equal (lian_chain_link_get_chain_id (link), chain_id) &&
      g_strcmp0 (lian_chain_link_get_segment (link), segment) == 0)
    return lian_chain_link_ref (link);
  link = lian_chain_link_new (chain_id, segment, role);
  g_hash_table_replace (b->shared_links, GUINT_TO_POINTER (hash), lian_chain_link_ref (link));
  return link;
}

static gboolean
add_chain_link (LianRecordBuilder  *b,
                const char * const *m,
                LianPlace          *where,
                GError            **error)
{
  int role = LIAN_CHAIN_ROLE_SUPPORTING;
  GError *local = NULL;

  if (m[0] == NULL)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
                   _("%s.chain: a chain id is required"), lian_place_path (where));
      return FALSE;
    }
  if (m[2] && !lian_member_enum_from_nick (b->table->chain_roles, m[2], &role, &local))
    return nick_error (error, local, where, "role");
  if (b->links == NULL)
    b->links = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_chain_link_unref);
  g_ptr_array_add (b->links, share_link (b, m[0], m[1], role));
  return TRUE;
}

static gboolean
add_event (LianRecordBuilder  *b,
           const char * const *m,
           LianPlace          *where,
           GError            **error)
{
  g_autoptr(GDateTime) at = NULL;
  GError *local = NULL;
  int status;

  if (m[0] == NULL || m[1] == NULL)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_MISSING,
                   _("%s.%s: a value is required"), lian_place_path (where), m[0] ? "status" : "at");
      return FALSE;
    }
  at = g_date_time_new_from_iso8601 (m[0], NULL);
  if (at == NULL)
    {
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_DATE,
                   _("%s.at: \"%s\" is not an ISO 8601 time with a zone"), lian_place_path (where),
                   m[0]);
      return FALSE;
    }
  if (!lian_member_enum_from_nick (b->table->need_statuses, m[1], &status, &local))
    return nick_error (error, local, where, "status");
  if (b->events == NULL)
    b->events = g_ptr_array_new_with_free_func ((GDestroyNotify) lian_need_event_unref);
  g_ptr_array_add (b->events, lian_need_event_new (at, status, m[2], m[3]));
  return TRUE;
}

static const SmallList small_lists[] = {
  { "chain_links", { "chain", "segment", "role", NULL }, add_chain_link },
  { "history", { "at", "status", "actor", "note", NULL }, add_event },
};

static const SmallList *
small_list (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_lists); i++)
    if (g_str_equal (small_lists[i].member, member))
      return &small_lists[i];
  return NULL;
}

/* The position of @name, of @length bytes, among @list's names, or -1. */
static int
small_index (const SmallList *list,
             const char      *name,
             gsize            length)
{
  for (int i = 0; list->names[i]; i++)
    if (list->names[i][0] == name[0] && strncmp (list->names[i], name, length) == 0 &&
        list->names[i][length] == '\0')
      return i;
  return -1;
}

/* The same; an unknown one is an error. */
static int
small_position (const SmallList  *list,
                const char       *name,
                LianPlace        *where,
                GError          **error)
{
  int i = small_index (list, name, strlen (name));

  if (i >= 0)
    return i;
  g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
               _("%s.%s: unknown member"), lian_place_path (where), name);
  return -1;
}

/* Reads the members of one element of @list into @m, which borrows them
 * from @b's buffers; the current token is the element's '{', and then its
 * '}'. */
static gboolean
read_small_object (LianRecordBuilder  *b,
                   const SmallList    *list,
                   LianJsonPull       *pull,
                   LianPlace          *where,
                   const char        **m,
                   GError            **error)
{
  guint seen = 0;
  gboolean first = TRUE;

  if (!lian_json_pull_next (pull, error))
    return FALSE;
  for (; pull->token != LIAN_TOKEN_END_OBJECT; first = FALSE)
    {
      g_autofree char *unknown = NULL;
      const char *name;
      int k;

      if (!first && !lian_json_pull_next_item (pull, TRUE, error))
        return FALSE;
      if (pull->token != LIAN_TOKEN_STRING)
        return lian_json_pull_error (pull, error, _("expected a member name, not %s"),
                                     lian_json_pull_token_name (pull->token));
      k = small_index (list, pull->string->str, pull->string->len);
      if (k >= 0 && (seen & (1u << k)) != 0)
        return lian_json_pull_duplicate (pull, where, pull->string->str, error);
      if (k >= 0)
        seen |= 1u << k;
      /* A name the list knows is its own; another is kept for the error. */
      name = k >= 0 ? list->names[k] : (unknown = g_strdup (pull->string->str));
      if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
          !lian_json_pull_next (pull, error) ||
          (k < 0 && small_position (list, name, where, error) < 0))
        return FALSE;
      if (pull->token == LIAN_TOKEN_STRING)
        {
          if (b->small[k] == NULL)
            b->small[k] = g_string_new (NULL);
          g_string_truncate (b->small[k], 0);
          lian_text_append (b->small[k], pull->string->str, pull->string->len);
          m[k] = b->small[k]->str;
        }
      else if (pull->token == LIAN_TOKEN_NULL)
        m[k] = NULL;
      else
        return wrong_type (error, where, name, _("a string"));
      if (!lian_json_pull_next (pull, error))
        return FALSE;
    }
  return TRUE;
}

/* Reads one list from the tokens; the current token opens the array. */
static gboolean
read_small_list_pull (LianRecordBuilder  *b,
                      const SmallList    *list,
                      LianJsonPull       *pull,
                      LianPlace          *place,
                      GError            **error)
{
  guint index = 0;

  if (pull->token != LIAN_TOKEN_BEGIN_ARRAY)
    return wrong_type (error, place, list->member, _("an array"));
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  while (pull->token != LIAN_TOKEN_END_ARRAY)
    {
      g_auto(LianPlace) where = { place, list->member, index, TRUE, NULL };
      const char *m[SMALL_MAX] = { NULL, };

      if (index++ > 0 && !lian_json_pull_next_item (pull, FALSE, error))
        return FALSE;
      if (pull->token != LIAN_TOKEN_BEGIN_OBJECT)
        {
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                       _("%s: expected an object"), lian_place_path (&where));
          return FALSE;
        }
      if (!read_small_object (b, list, pull, &where, m, error) ||
          !list->add (b, m, &where, error) ||
          !lian_json_pull_next (pull, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
store_property (LianRecordBuilder  *b,
                LianPlace          *place,
                int                 position,
                const char         *name,
                Value              *v,
                GError            **error)
{
  GParamSpec *pspec = b->table->pspecs[position];
  const LianMemberSlot *slot = &b->table->slots[position];

  /* lian_member_table() gives every property of a kind its slot. */
  g_assert (pspec != NULL && slot->style != LIAN_SLOT_NONE);
  if (!check_value (pspec, b->checks[position], v, place, name, error))
    return FALSE;
  lian_member_slot_fill (slot, b->record, b->arena, v->string,
                         (const char * const *) v->strings,
                         v->kind == VALUE_BOOLEAN ? v->boolean : v->integer);
  return TRUE;
}

/* Makes the record, at its first member. */
static void
ensure_record (LianRecordBuilder *b)
{
  GPtrArray *stock = b->stock ? *b->stock : NULL;

  if (b->record)
    return;
  if (stock && stock->len > 0 && G_OBJECT_TYPE (stock->pdata[stock->len - 1]) == b->table->type)
    b->record = g_ptr_array_steal_index_fast (stock, stock->len - 1);
  else
    b->record = g_object_new (b->table->type, NULL);
  lian_record_set_quiet (b->record, TRUE);
  if (b->arena)
    lian_record_borrow_texts (b->record);
}

/* Reads one member: the current token is its name. The members of a
 * record's own properties never become a JsonNode; the others are kept
 * as they are. The record's texts go to the builder's arena. */
gboolean
lian_record_builder_read (LianRecordBuilder  *b,
                          LianPlace          *place,
                          LianJsonPull       *pull,
                          GError            **error)
{
  int position = lian_member_table_position_after (b->table, b->last, pull->string->str, pull->string->len);
  Value v = { VALUE_NULL, };
  g_autofree char *unknown = NULL;
  const char *name;

  if (position >= 0 ? (b->seen & (G_GUINT64_CONSTANT (1) << position)) != 0
                    : b->extra != NULL && json_object_has_member (b->extra, pull->string->str))
    return lian_json_pull_duplicate (pull, place, pull->string->str, error);
  if (position >= 0)
    {
      name = b->table->fields[position];
      b->seen |= G_GUINT64_CONSTANT (1) << position;
    }
  else
    name = unknown = g_strdup (pull->string->str);
  if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
      !lian_json_pull_next (pull, error))
    return FALSE;

  ensure_record (b);
  if (position < 0)
    {
      g_auto(LianPlace) where = { place, name, 0, FALSE, NULL };
      JsonNode *node = lian_json_pull_node (pull, &where, error);
      if (node == NULL)
        return FALSE;
      if (b->extra == NULL)
        b->extra = json_object_new ();
      json_object_set_member (b->extra, name, node);
      return TRUE;
    }
  b->last = position;
  /* Only the two lists of small objects have no property. */
  if (b->table->pspecs[position] == NULL)
    return pull->token == LIAN_TOKEN_NULL ||
           read_small_list_pull (b, small_list (name), pull, place, error);
  if (!value_from_pull (b, &v, pull, error))
    return FALSE;
  if (v.kind == VALUE_NULL)
    return TRUE;
  return store_property (b, place, position, name, &v, error);
}

/* Marks the member at @position read, making the record if it is the
 * first; one read before (from a store's extra members) is refused. */
static gboolean
begin_member (LianRecordBuilder  *b,
              LianPlace          *place,
              guint               position,
              GError            **error)
{
  g_auto(LianPlace) member = { place, b->table->fields[position], 0, FALSE, NULL };

  if (b->seen & (G_GUINT64_CONSTANT (1) << position))
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                   _("%s: duplicate member (a name may appear only once in an object)"),
                   lian_place_path (&member));
      return FALSE;
    }
  b->seen |= G_GUINT64_CONSTANT (1) << position;
  b->last = position;
  ensure_record (b);
  return TRUE;
}

/* For a store that reads typed columns: the member at @position, from a
 * value of the JSON type lian_record_builder_read() would have met. */
gboolean
lian_record_builder_set (LianRecordBuilder  *b,
                         LianPlace          *place,
                         guint               position,
                         const GValue       *value,
                         GError            **error)
{
  const char *name = b->table->fields[position];
  Value v = { VALUE_OTHER, };
  GType type = G_VALUE_TYPE (value);

  if (!begin_member (b, place, position, error))
    return FALSE;
  if (type == G_TYPE_STRING)
    v.kind = VALUE_STRING, v.string = g_value_get_string (value);
  else if (type == G_TYPE_INT64)
    v.kind = VALUE_INT, v.integer = g_value_get_int64 (value);
  else if (type == G_TYPE_DOUBLE)
    v.kind = VALUE_DOUBLE;
  else if (type == G_TYPE_BOOLEAN)
    v.kind = VALUE_BOOLEAN, v.boolean = g_value_get_boolean (value);
  else if (type == G_TYPE_STRV)
    v.kind = VALUE_STRINGS, v.strings = g_value_get_boxed (value);
  return store_property (b, place, position, name, &v, error);
}

/* The same for one element of a list of small objects (chain_links,
 * history): @values[i], or NULL, is its member @names[i]. */
gboolean
lian_record_builder_add_item (LianRecordBuilder   *b,
                              LianPlace           *place,
                              guint                position,
                              guint                index,
                              const char * const  *names,
                              const char * const  *values,
                              GError             **error)
{
  const SmallList *list = small_list (b->table->fields[position]);
  g_auto(LianPlace) where = { place, list->member, index, TRUE, NULL };
  const char *m[SMALL_MAX] = { NULL, };
  gboolean ok = TRUE;

  if (index == 0 && !begin_member (b, place, position, error))
    return FALSE;
  for (guint i = 0; ok && names[i]; i++)
    {
      int k = small_position (list, names[i], &where, error);
      if (k < 0)
        ok = FALSE;
      else if (values[i])
        m[k] = values[i];
    }
  if (ok)
    {
      LianTextArena *before = lian_texts_fill_into (b->arena);
      ok = list->add (b, m, &where, error);
      lian_texts_fill_into (before);
    }
  return ok;
}

static LianRecord *
builder_end (LianRecordBuilder  *b,
             LianPlace          *place,
             GError            **error)
{
  g_autoptr(LianRecord) record = NULL;

  ensure_record (b);
  record = g_steal_pointer (&b->record);

  lian_member_table_filled (b->table, record);
  for (guint i = 0; b->links && i < b->links->len; i++)
    {
      LianChainLink *link = g_ptr_array_index (b->links, i);
      if (lian_enterprise_get_chain_link (LIAN_ENTERPRISE (record),
                                          lian_chain_link_get_chain_id (link)))
        {
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("%s.chain_links[%u].chain: \"%s\" appears twice"), lian_place_path (place), i,
                       lian_chain_link_get_chain_id (link));
          return NULL;
        }
      lian_enterprise_add_link (LIAN_ENTERPRISE (record), link);
    }
  for (guint i = 0; b->events && i < b->events->len; i++)
    lian_need_append_event (LIAN_NEED (record), g_ptr_array_index (b->events, i));
  if (b->extra)
    lian_record_set_extra (record, b->extra);
  lian_record_set_quiet (record, FALSE);
  return g_steal_pointer (&record);
}

LianRecord *
lian_record_builder_end (LianRecordBuilder  *b,
                         LianPlace          *place,
                         GError            **error)
{
  LianTextArena *before = lian_texts_fill_into (b->arena);
  LianRecord *record = builder_end (b, place, error);

  lian_texts_fill_into (before);
  return record;
}
