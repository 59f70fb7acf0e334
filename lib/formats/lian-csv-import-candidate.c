/* lian-csv-import-candidate.c: the record a row of an import makes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The row's values on a new record (its chain links, a need's history and
 * enterprise, the columns lian does not know), and the checks the registry
 * would make of it: its references, and for a need its region and the
 * moves that take it to the row's status.
 */
#include "config.h"

#include <string.h>

#include "lian-csv-import-private.h"
#include "lian-registry-private.h"
#include "lian-record-private.h"
#include "lian-refs-private.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-error.h"
#include "lian-region-code.h"
#include "lian-i18n-private.h"
#include "lian-duplicate.h"
#include "lian-text-private.h"
#include "lian-strv-private.h"
#include "lian-chain-link-private.h"
#include "lian-record-members-private.h"

typedef struct
{
  LianCsvImport *import;
  GError        *error;
} RefCheck;

static void
check_ref_cb (LianRecord    *record,
              const LianRef *ref,
              gpointer       data)
{
  RefCheck *check = data;
  LianRecord *target;
  g_autofree char *field = NULL;

  if (check->error)
    return;
  /* The chain of a link the rows share was found when its cell was read,
   * and the registry has not changed since. */
  if (ref->kind == LIAN_RECORD_KIND_CHAIN && check->import->links_chains &&
      g_hash_table_contains (check->import->links_chains, ref->target))
    return;
  target = lian_registry_lookup (check->import->registry, ref->target);
  if (target && lian_record_get_record_kind (target) == ref->kind)
    return;
  field = g_str_equal (ref->field, "chain_links") ? g_strdup ("chain_links[].chain")
                                                  : g_strdup (ref->field);
  if (target == NULL)
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_UNKNOWN_REFERENCE,
                 _("%s: unknown %s \"%s\""), field, lian_record_kind_noun (ref->kind), ref->target);
  else
    g_set_error (&check->error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_WRONG_KIND,
                 _("%s: \"%s\" is %s, not %s"), field, ref->target,
                 lian_record_kind_with_article (lian_record_get_record_kind (target)),
                 lian_record_kind_with_article (ref->kind));
}

/* A link is immutable: the rows on the same chain, in the same segment
 * and role (a nick, or NULL for the default), share one, which the
 * import holds. */
typedef struct
{
  const char    *chain_id;
  const char    *segment;    /* or NULL */
  const char    *role_nick;  /* or NULL */
  LianChainLink *link;
} LinkKey;

static guint
link_key_hash (gconstpointer data)
{
  const LinkKey *key = data;

  guint h = lian_csv_hash (key->chain_id);

  h = h * 31 + (key->segment ? lian_csv_hash (key->segment) : 0);
  return h * 31 + (key->role_nick ? lian_csv_hash (key->role_nick) : 0);
}

static gboolean
link_key_equal (gconstpointer a,
                gconstpointer b)
{
  const LinkKey *x = a, *y = b;

  return g_str_equal (x->chain_id, y->chain_id) && g_strcmp0 (x->segment, y->segment) == 0 &&
         g_strcmp0 (x->role_nick, y->role_nick) == 0;
}

static void
link_key_free (gpointer data)
{
  LinkKey *key = data;

  lian_chain_link_unref (key->link);
  g_free ((char *) key->role_nick);
  g_free (key);
}

/* The links last found, in a slot for each by a few of their bytes. */
#define N_RECENT_LINKS 4096   /* 1 << 12 */

/* The first three bytes of @text, those there are. */
static inline guint
head_bytes (const char *text)
{
  guint h = 0;

  for (guint i = 0; i < 3 && text[i]; i++)
    h = h * 257 + (guchar) text[i];
  return h;
}

/* A link's slot among the recent ones: by the chain id's length and last
 * bytes (ids that differ by a number), the segment's and role's first
 * bytes. Any two keys may share one. */
static guint
recent_slot (const LinkKey *key)
{
  gsize n = strlen (key->chain_id);
  guint h = n ? head_bytes (key->chain_id + (n >= 3 ? n - 3 : 0)) * 31 + n : 0;

  h = h * 31 + (key->segment ? head_bytes (key->segment) : 1);
  h = h * 31 + (key->role_nick ? head_bytes (key->role_nick) : 1);
  return (h * 2654435769u) >> 20;   /* the top twelve bits, once mixed */
}

static LianChainLink *
shared_link (LianCsvImport *import,
             const char    *chain_id,
             const char    *segment,
             const char    *role_nick)
{
  LinkKey probe = { chain_id, segment, role_nick, NULL }, *key;
  int role = LIAN_CHAIN_ROLE_SUPPORTING;
  guint slot = recent_slot (&probe);

  if (import->links == NULL)
    {
      import->links = g_hash_table_new_full (link_key_hash, link_key_equal, link_key_free, NULL);
      import->links_chains = g_hash_table_new (NULL, NULL);
      import->recent_links = g_new0 (gpointer, N_RECENT_LINKS);
    }
  /* Most rows are on a link an earlier row was. */
  if ((key = import->recent_links[slot]) && link_key_equal (key, &probe))
    return key->link;
  key = g_hash_table_lookup (import->links, &probe);
  if (key)
    {
      import->recent_links[slot] = key;
      return key->link;
    }
  if (role_nick)
    lian_enum_from_nick (LIAN_TYPE_CHAIN_ROLE, role_nick, &role, NULL);
  key = g_new (LinkKey, 1);
  key->link = lian_chain_link_new (chain_id, segment, role);
  /* The link's own texts are the key's. */
  key->chain_id = lian_chain_link_get_chain_id (key->link);
  key->segment = lian_chain_link_get_segment (key->link);
  key->role_nick = g_strdup (role_nick);
  g_hash_table_add (import->links, key);
  g_hash_table_add (import->links_chains, (gpointer) key->chain_id);
  import->recent_links[slot] = key;
  return key->link;
}

/* The enterprise's chain links, from the chain, segment and role columns. */
static gboolean
add_links (LianCsvImport   *import,
           LianEnterprise  *ent,
           int             *bad_column,
           GError         **error)
{
  int jc = import->by_type[LIAN_CSV_CELL_LINK_CHAIN];
  int js = import->by_type[LIAN_CSV_CELL_LINK_SEGMENT];
  int jr = import->by_type[LIAN_CSV_CELL_LINK_ROLE];
  const char * const *chains = jc >= 0 && G_VALUE_TYPE (&import->values[jc])
                               ? lian_csv_import_held (import, jc)->strings : NULL;
  const char * const *roles = jr >= 0 && G_VALUE_TYPE (&import->values[jr])
                              ? lian_csv_import_held (import, jr)->strings : NULL;
  guint n = chains ? g_strv_length ((GStrv) chains) : 0;
  char *one[2] = { (char *) lian_csv_import_cell (import, js), NULL };
  g_auto(GStrv) split = NULL;
  char **segments = NULL;

  /* One chain's segment is the cell as it is. */
  if (js >= 0 && one[0][0])
    segments = n == 1 ? one : (split = lian_csv_split_list (one[0], TRUE));
  if (n == 0 && (segments || roles))
    {
      *bad_column = segments ? js : jr;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   "%s", segments ? _("a segment without a chain") : _("a role without a chain"));
      return FALSE;
    }
  if (segments && g_strv_length (segments) != n)
    {
      *bad_column = js;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%u segments for %u chains; give one for each chain, in the same order"),
                   g_strv_length (segments), n);
      return FALSE;
    }
  if (roles && g_strv_length ((GStrv) roles) != n)
    {
      *bad_column = jr;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("%u roles for %u chains; give one for each chain, in the same order"),
                   g_strv_length ((GStrv) roles), n);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      if (lian_enterprise_get_chain_link (ent, chains[i]))
        {
          *bad_column = jc;
          g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                       _("chain \"%s\" appears twice"), chains[i]);
          return FALSE;
        }
      lian_enterprise_add_link (ent, shared_link (import, chains[i],
                                                  segments && segments[i][0] ? segments[i] : NULL,
                                                  roles ? roles[i] : NULL));
    }
  return TRUE;
}

/* Unknown columns, kept as string members. */
static void
add_extra (LianCsvImport *import,
           LianRecord    *record)
{
  g_autoptr(JsonObject) extra = NULL;

  /* Known once the columns' targets are (column_targets()). */
  if (!import->any_unknown)
    return;
  for (guint j = 0; j < import->n_columns; j++)
    {
      if (import->map[j] != -1 || lian_csv_import_cell (import, j)[0] == '\0')
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_string_member (extra, import->headers[j], lian_csv_import_cell (import, j));
    }
  if (extra)
    lian_record_set_extra (record, extra);
}

/* The property a file column sets, and how. */
typedef struct _LianCsvTarget
{
  GParamSpec   *pspec;        /* NULL for a column that sets none */
  GObjectClass *direct;       /* the class whose set_property takes a value of
                               * the property's type; NULL: the long way */
  const LianMemberSlot *slot; /* the field the kind declares for it, or NULL */
  gboolean      any_value;    /* any value of its type is valid, as it is */
  gboolean      fills;        /* set_row_values() sets it: a property, not
                               * the id's or the status's */
  gboolean      phone;        /* a telephone's: a masked one is left out */
} LianCsvTarget;

/* Whether @pspec is a string property that takes any string as it is:
 * one g_param_value_is_valid() need not be asked about. */
static gboolean
takes_any_string (GParamSpec *pspec)
{
  GParamSpecString *string;

  if (G_PARAM_SPEC_TYPE (pspec) != G_TYPE_PARAM_STRING)
    return FALSE;
  string = G_PARAM_SPEC_STRING (pspec);
  return string->cset_first == NULL && string->cset_nth == NULL &&
         !string->null_fold_if_empty && !string->ensure_non_null;
}

/* Whether @pspec takes any value of its type a cell is read into, as it
 * is: any string, any list, either boolean, any whole number a cell can
 * hold; an enum's or flags' cell holds only values of the type, read
 * from their labels. */
static gboolean
takes_any_value (GParamSpec *pspec)
{
  if (G_IS_PARAM_SPEC_UINT (pspec))
    return G_PARAM_SPEC_UINT (pspec)->minimum == 0 &&
           G_PARAM_SPEC_UINT (pspec)->maximum == G_MAXUINT;
  if (G_IS_PARAM_SPEC_INT64 (pspec))
    return G_PARAM_SPEC_INT64 (pspec)->minimum <= 0 &&
           G_PARAM_SPEC_INT64 (pspec)->maximum == G_MAXINT64;
  return takes_any_string (pspec) || G_IS_PARAM_SPEC_BOOLEAN (pspec) ||
         G_IS_PARAM_SPEC_ENUM (pspec) || G_IS_PARAM_SPEC_FLAGS (pspec) ||
         G_PARAM_SPEC_TYPE (pspec) == G_TYPE_PARAM_BOXED;
}

static void
target_init (LianCsvTarget         *target,
             const LianMemberTable *members,
             GParamSpec            *pspec)
{
  target->pspec = pspec;
  if ((pspec->flags & G_PARAM_WRITABLE) && !G_IS_PARAM_SPEC_OVERRIDE (pspec))
    target->direct = g_type_class_peek (pspec->owner_type);
  target->any_value = takes_any_value (pspec);
  for (guint i = 0; members->fields[i]; i++)
    if (members->pspecs[i] == pspec && members->slots[i].style != LIAN_SLOT_NONE)
      target->slot = &members->slots[i];
}

/* The property of each file column, found once per import; after them,
 * the record's id. */
static LianCsvTarget *
make_column_targets (LianCsvImport *import)
{
  const LianMemberTable *members = lian_member_table (import->kind);
  LianCsvTarget *targets = g_new0 (LianCsvTarget, import->n_columns + 1);

  target_init (&targets[import->n_columns], members, import->id_pspec);
  import->any_unknown = FALSE;
  for (guint j = 0; j < import->n_columns; j++)
    {
      import->any_unknown |= import->map[j] == -1;
      if (import->map[j] < 0 || import->table[import->map[j]].property == NULL)
        continue;
      target_init (&targets[j], members,
                   g_object_class_find_property (import->klass,
                                                 import->table[import->map[j]].property));
      targets[j].fills = (int) j != import->id_column && (int) j != import->status_column;
      targets[j].phone = import->table[import->map[j]].type == LIAN_CSV_CELL_PHONE;
    }
  return import->targets = targets;
}

static inline LianCsvTarget *
column_targets (LianCsvImport *import)
{
  return G_LIKELY (import->targets) ? import->targets : make_column_targets (import);
}

/* Whether @value is one the property of @target takes as it is. */
static gboolean
takes_value (const LianCsvTarget *target,
             const GValue        *value)
{
  return G_VALUE_TYPE (value) == G_PARAM_SPEC_VALUE_TYPE (target->pspec) &&
         (target->any_value || g_param_value_is_valid (target->pspec, value));
}

/* Puts @value, which holds @held, straight into the field the kind
 * declares for the property of @target, as its setter stores it (the
 * kind's filled() does the rest once the row is on the record), its texts
 * into @arena if the record borrows them from there (else NULL). FALSE if
 * there is no such field, or the value is not one the property takes as
 * it is. */
static gboolean
fill_field (LianTextArena       *arena,
            LianRecord          *record,
            const LianCsvTarget *target,
            const GValue        *value,
            const LianCsvHeld   *held)
{
  LianSlotStyle style;

  if (target->slot == NULL || !takes_value (target, value))
    return FALSE;
  /* The value's type is the property's, which the field's style follows:
   * a text, a list or a number. */
  style = target->slot->style;
  lian_member_slot_fill (target->slot, record, arena,
                         style == LIAN_SLOT_OWN || style == LIAN_SLOT_SHARED ? held->string : NULL,
                         style == LIAN_SLOT_LIST ? held->strings : NULL,
                         style >= LIAN_SLOT_ENUM ? held->number : 0);
  return TRUE;
}

/* What g_object_set_property() does for a new object no one watches yet,
 * without finding the property by its name again for every row: the
 * class's set_property, which forwards to the setter, with a valid value
 * of the property's type. A construct-only property is set so only on a
 * record just made, as construction would. FALSE if the value is not one
 * the property takes as it is. */
static gboolean
set_directly (LianRecord          *record,
              const LianCsvTarget *target,
              const GValue        *value)
{
  GParamSpec *pspec = target->pspec;

  if (target->direct == NULL || !takes_value (target, value))
    return FALSE;
  target->direct->set_property ((GObject *) record, pspec->param_id, value, pspec);
  return TRUE;
}

/* Into the property's field, else through set_directly(). */
static gboolean
set_value (LianTextArena       *arena,
           LianRecord          *record,
           const LianCsvTarget *target,
           const GValue        *value,
           const LianCsvHeld   *held)
{
  return fill_field (arena, record, target, value, held) || set_directly (record, target, value);
}

/* Anything set_directly() does not take goes the long way. */
static void
set_row_property (LianRecord          *record,
                  const LianCsvTarget *target,
                  const GValue        *value)
{
  if ((target->pspec->flags & G_PARAM_CONSTRUCT_ONLY) || !set_directly (record, target, value))
    g_object_set_property (G_OBJECT (record), target->pspec->name, value);
}

/* The new records borrow their texts from the import's arena: the
 * registry that took them holds it, and one someone else holds that the
 * registry did not take gets its own copies. */
void
lian_csv_import_hand_over_texts (LianCsvImport *import)
{
  gpointer kept_by = NULL;

  for (guint i = 0; i < import->pending->len; i++)
    {
      LianCsvPending *pending = &g_array_index (import->pending, LianCsvPending, i);
      LianRecord *record = pending->record;
      gpointer owner;

      /* A row the registry took is no longer here; one it did not goes. */
      if (pending->update || record == NULL || LIAN_ITEM_IS_ROW (record) ||
          !lian_record_borrows_texts (record))
        continue;
      owner = lian_record_get_owner (record);
      if (owner && owner != kept_by)
        lian_registry_keep_texts (kept_by = owner, import->texts);
      else if (owner == NULL && G_OBJECT (record)->ref_count > 1)
        lian_record_own_texts (record);
    }
}

/* A new record with @id and the row's status, if it has one: the
 * properties set at construction. It is quiet until the row's values are
 * on it: no one holds it yet. Made the short way, it borrows its texts
 * from the import's arena. */
static LianRecord *
new_record (LianCsvImport *import,
            const char    *id)
{
  LianCsvTarget *targets = column_targets (import);
  const GValue *status = NULL;
  const LianCsvHeld id_held = { id, NULL, 0, TRUE }, *status_held = NULL;
  GValue value;
  LianRecord *record;

  if (import->status_column >= 0 && G_VALUE_TYPE (&import->values[import->status_column]))
    {
      status = &import->values[import->status_column];
      status_held = lian_csv_import_held (import, import->status_column);
    }
  /* The object an earlier row's record gave its row from, fresh again. */
  record = import->shell ? g_steal_pointer (&import->shell)
                         : LIAN_RECORD (g_object_new (G_OBJECT_CLASS_TYPE (import->klass), NULL));
  lian_record_set_quiet (record, TRUE);
  lian_record_borrow_texts (record);
  lian_csv_import_blank (import, &value, LIAN_CSV_BLANK_STRING);
  g_value_set_static_string (&value, id);
  lian_texts_fill_into (import->texts);
  if (set_value (import->texts, record, &targets[import->n_columns], &value, &id_held) &&
      (status == NULL || set_value (import->texts, record, &targets[import->status_column],
                                    status, status_held)))
    return record;
  /* The long way, for a value the property does not take as it is; such
   * a record owns its texts. */
  lian_texts_fill_into (NULL);
  g_object_unref (record);
  {
    const char *names[2] = { "id", "status" };
    GValue values[2] = { value, status ? *status : (GValue) G_VALUE_INIT };

    record = LIAN_RECORD (g_object_new_with_properties (G_OBJECT_CLASS_TYPE (import->klass),
                                                        status ? 2 : 1, names, values));
  }
  lian_record_set_quiet (record, TRUE);
  return record;
}

/* The row's other values on @record. */
static void
set_row_values (LianCsvImport *import,
                LianRecord    *record,
                gboolean      *phone_masked)
{
  LianCsvTarget *targets = column_targets (import);
  /* The import's arena, unless new_record() made @record the long way. */
  LianTextArena *arena = lian_record_borrows_texts (record) ? import->texts : NULL;

  for (guint j = 0; j < import->n_columns; j++)
    {
      if (!targets[j].fills || G_VALUE_TYPE (&import->values[j]) == G_TYPE_INVALID)
        continue;
      if (targets[j].phone && strchr (lian_csv_import_value (import, j), '*'))
        {
          *phone_masked = TRUE;
          continue;
        }
      if (!fill_field (arena, record, &targets[j], &import->values[j],
                       lian_csv_import_held (import, j)))
        set_row_property (record, &targets[j], &import->values[j]);
    }
  lian_member_table_filled (lian_member_table (import->kind), record);
}

/* The need's enterprise, as the row names it. */
static const char *
enterprise_id_of_row (LianCsvImport *import)
{
  for (guint j = 0; j < import->n_columns; j++)
    if (import->map[j] >= 0)
      {
        LianCsvCellType type = import->table[import->map[j]].type;
        if ((g_strcmp0 (import->table[import->map[j]].property, "enterprise-id") == 0 ||
             type == LIAN_CSV_CELL_ENTERPRISE_USCC || type == LIAN_CSV_CELL_ENTERPRISE_NAME) &&
            lian_csv_import_value (import, j))
          return lian_csv_import_value (import, j);
      }
  return NULL;
}

/* The candidate record: the row's values on a new record. */
LianRecord *
lian_csv_import_candidate (LianCsvImport  *import,
                           const char     *id,
                           gboolean       *phone_masked,
                           int            *bad_column,
                           GError        **error)
{
  /* new_record() fills the record's texts into the arena if it borrows them. */
  LianTextArena *before = lian_texts_fill_into (NULL);
  LianRecord *record = new_record (import, id);
  const char *enterprise_id;

  set_row_values (import, record, phone_masked);
  if (import->kind == LIAN_RECORD_KIND_ENTERPRISE &&
      !add_links (import, LIAN_ENTERPRISE (record), bad_column, error))
    {
      lian_texts_fill_into (before);
      g_object_unref (record);
      return NULL;
    }
  if (import->kind == LIAN_RECORD_KIND_NEED)
    {
      int jh = import->by_type[LIAN_CSV_CELL_HISTORY];
      GPtrArray *events = jh >= 0 && G_IS_VALUE (&import->values[jh])
                          ? g_value_get_boxed (&import->values[jh]) : NULL;
      for (guint i = 0; events && i < events->len; i++)
        lian_need_append_event (LIAN_NEED (record), g_ptr_array_index (events, i));
    }
  if (import->kind == LIAN_RECORD_KIND_NEED && (enterprise_id = enterprise_id_of_row (import)))
    lian_need_set_enterprise_id (LIAN_NEED (record), enterprise_id);
  add_extra (import, record);
  lian_texts_fill_into (before);
  lian_record_set_quiet (record, FALSE);
  return record;
}

/* A need's enterprise: by id, else by credit code, else by name. */
gboolean
lian_csv_import_need_enterprise (LianCsvImport  *import,
                    int            *bad_column,
                    GError        **error)
{
  int ji = -1, ju = import->by_type[LIAN_CSV_CELL_ENTERPRISE_USCC];
  int jn = import->by_type[LIAN_CSV_CELL_ENTERPRISE_NAME];
  const char *by_id, *by_code;

  for (guint j = 0; j < import->n_columns; j++)
    if (import->map[j] >= 0 && g_strcmp0 (import->table[import->map[j]].property, "enterprise-id") == 0)
      ji = j;
  by_id = lian_csv_import_value (import, ji);
  by_code = lian_csv_import_value (import, ju);
  if (by_id && by_code && !g_str_equal (by_id, by_code))
    {
      *bad_column = ju;
      g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_VALUE,
                   _("the code is enterprise \"%s\"'s, not \"%s\"'s"), by_code, by_id);
      return FALSE;
    }
  if (by_id == NULL && by_code == NULL && jn >= 0 && lian_csv_import_cell (import, jn)[0])
    {
      if (!lian_csv_parse_cell (import, &import->table[import->map[jn]], G_TYPE_INVALID,
                                lian_csv_import_cell (import, jn), &import->values[jn], error))
        {
          *bad_column = jn;
          return FALSE;
        }
      by_id = lian_csv_import_value (import, jn);
    }
  if (by_id == NULL && by_code == NULL)
    {
      *bad_column = ji >= 0 ? ji : ju >= 0 ? ju : jn;
      g_set_error_literal (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_MISSING,
                           _("a value is required"));
      return FALSE;
    }
  return TRUE;
}

/* A need's 所在地区代码: its enterprise's region, or a region above it. */
static gboolean
check_need_region (LianCsvImport  *import,
                   LianNeed       *candidate,
                   GError        **error)
{
  const char *code = lian_csv_import_value (import, import->by_type[LIAN_CSV_CELL_ENTERPRISE_REGION]);
  LianEnterprise *ent;
  const char *region;
  g_autofree char *name = NULL, *region_name = NULL;

  if (code == NULL)
    return TRUE;
  ent = lian_registry_lookup_enterprise (import->registry, lian_need_get_enterprise_id (candidate));
  region = ent ? lian_enterprise_get_region (ent) : NULL;
  if (region == NULL || !lian_adcode_is_valid (region) ||
      lian_adcode_contains (code, region))
    return TRUE;
  name = lian_registry_dup_region_name (import->registry, code);
  region_name = lian_registry_dup_region_name (import->registry, region);
  g_set_error (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION,
               _("enterprise \"%s\" is in %s%s%s%s, not in %s%s%s%s; a need's region is its "
               "enterprise's"), lian_record_get_id (LIAN_RECORD (ent)),
               region, region_name ? " (" : "", region_name ? region_name : "",
               region_name ? ")" : "", code, name ? " (" : "", name ? name : "", name ? ")" : "");
  return FALSE;
}

/* A new need that is one an earlier row of the file makes. */
static gboolean
check_need_seen (LianCsvImport  *import,
                 LianNeed       *candidate,
                 guint           line,
                 GError        **error)
{
  g_autofree char *title = lian_text_dup_normalized_name (lian_need_get_title (candidate));
  char *key = g_strdup_printf ("%s\x1f%d\x1f%s\x1f%s", lian_need_get_enterprise_id (candidate),
                               lian_need_get_category (candidate), title,
                               lian_need_get_submitted (candidate) ? lian_need_get_submitted (candidate) : "");
  gpointer row;

  if (import->needs_seen == NULL)
    import->needs_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if ((row = g_hash_table_lookup (import->needs_seen, key)))
    {
      g_free (key);
      g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
                   _("the same need as row %u (same enterprise, category, title and day of "
                     "submission); allow duplicates to import both"), GPOINTER_TO_UINT (row));
      return FALSE;
    }
  g_hash_table_insert (import->needs_seen, key, GUINT_TO_POINTER (line));
  return TRUE;
}

/* A new need that is one the registry has: the same enterprise, category,
 * title and day of submission (a sheet imported twice). */
static gboolean
check_need_on_record (LianCsvImport  *import,
                      LianNeed       *candidate,
                      GError        **error)
{
  g_autoptr(GListModel) same = lian_registry_find_duplicates_of (import->registry,
                                                                 LIAN_RECORD (candidate),
                                                                 LIAN_DUPLICATE_BAND_CERTAIN);
  g_autoptr(LianDuplicate) first = g_list_model_get_item (same, 0);

  if (first == NULL)
    return TRUE;
  g_set_error (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_DUPLICATE_ID,
               /* TRANSLATORS: the id of a need already in the register */
               _("the same need as \"%s\" (same enterprise, category, title and day of "
                 "submission); allow duplicates to import it again"),
               lian_duplicate_get_first_id (first));
  return FALSE;
}

static gboolean
check_need_new (LianCsvImport  *import,
                LianNeed       *candidate,
                guint           line,
                GError        **error)
{
  return check_need_seen (import, candidate, line, error) &&
         check_need_on_record (import, candidate, error);
}

/* What only a need row checks: its region, and for an update, the moves
 * that take it to the row's status. */
gboolean
lian_csv_import_check_need (LianCsvImport  *import,
                LianNeed       *existing,
                LianNeed       *candidate,
                guint           line,
                GPtrArray     **moves,
                int            *bad_column,
                GError        **error)
{
  if (!check_need_region (import, candidate, error))
    {
      *bad_column = import->by_type[LIAN_CSV_CELL_ENTERPRISE_REGION];
      return FALSE;
    }
  if (existing == NULL && !import->allow_duplicates &&
      !check_need_new (import, candidate, line, error))
    return FALSE;
  if (existing == NULL || import->status_column < 0 ||
      !G_IS_VALUE (&import->values[import->status_column]))
    return TRUE;
  *moves = lian_csv_plan_moves (import, existing, candidate, line, bad_column, error);
  return *moves != NULL;
}

/* Whether every reference a record of @decl makes in the registry is to
 * the chain of one of its links: an enterprise's (its headquarters may be
 * outside the registry, and is not checked). */
static gboolean
refers_only_by_links (const LianKindDecl *decl)
{
  for (guint r = 0; r < decl->n_refs; r++)
    {
      const LianRefDecl *d = &decl->refs[r];

      if (!(d->flags & LIAN_REF_OUTSIDE) &&
          (decl->kind != LIAN_RECORD_KIND_ENTERPRISE || d->offset >= 0 ||
           d->target != LIAN_RECORD_KIND_CHAIN))
        return FALSE;
    }
  return TRUE;
}

/* Whether the records @candidate refers to are in the registry, and of
 * the kind it expects. */
gboolean
lian_csv_import_check_refs (LianCsvImport  *import,
                            LianRecord     *candidate,
                            GError        **error)
{
  RefCheck check = { import, NULL };

  /* An enterprise's links are made only from the chains its chain cell
   * named, each found in the registry when the cell was read
   * (lian_csv_resolve()): nothing is left to look up. */
  if (refers_only_by_links (lian_record_get_kind_decl (candidate)))
    return TRUE;
  lian_record_foreach_ref (candidate, check_ref_cb, &check);
  if (check.error == NULL)
    return TRUE;
  g_propagate_error (error, check.error);
  return FALSE;
}
