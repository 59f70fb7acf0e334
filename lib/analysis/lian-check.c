/* lian-check.c: data-quality checks over a registry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every check reads the registry and never changes it: no setter is called,
 * so no record notifies and the registry emits nothing. Checks that compare
 * records with each other (duplicates, leaders, cycles) hash or follow
 * links once: the cost grows with the number of records, not its square.
 */
#include "config.h"

#include <string.h>

#include "lian-check.h"
#include "lian-chain-link-private.h"
#include "lian-check-private.h"
#include "lian-problem-private.h"
#include "lian-registry-private.h"
#include "lian-shells-private.h"
#include "lian-cycles-private.h"
#include "lian-refs-private.h"
#include "lian-date.h"
#include "lian-date-private.h"
#include "lian-enum-types.h"
#include "lian-text-private.h"
#include "lian-i18n-private.h"
#include "lian-words-private.h"
#include "lian-format.h"


void
lian_check_report (LianCheck    *check,
                   LianSeverity  severity,
                   const char   *code,
                   LianRecord   *record,
                   const char   *field,
                   const char   *format,
                   ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (check->problems,
                   lian_problem_new_take (severity, code, lian_record_get_id (record),
                                          field, message));
}

static GPtrArray *
records_of (LianCheck          *check,
            LianRecordKind  kind)
{
  return lian_registry_get_array (check->registry, kind);
}

/* Enterprises: duplicates and segments */

static guint32
hash_bytes (const char *s,
            gsize       len)
{
  guint32 h = 2166136261u;   /* FNV-1a */

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * 16777619u;
  return h;
}

/*
 * A set of enterprises by a key, open addressing: each slot holds the key's
 * hash and 1 + the enterprise's position, 0 when empty. The keys are not
 * stored: a name is normalised again in the rare case hashes are equal.
 */
typedef struct
{
  guint32 hash;
  guint32 index;
} Slot;

typedef struct
{
  Slot  *slots;
  gsize  mask;
} KeySet;

static void
key_set_init (KeySet *set,
              guint   n)
{
  gsize size = 64;

  while (size < (gsize) n + n / 2)
    size <<= 1;
  set->slots = g_new0 (Slot, size);
  set->mask = size - 1;
}

/* Whether the enterprise at @a and the one at @b have the same key. */
typedef gboolean (*KeyEqualFunc) (LianEnterprise *a,
                                  LianEnterprise *b,
                                  gpointer        data);

/* The position of the enterprise filed under the key of the one at @index,
 * or -1 after filing @index there. */
static gint64
key_set_find_or_add (KeySet       *set,
                     LianCheck        *check,
                     GPtrArray    *enterprises,
                     guint32       hash,
                     KeyEqualFunc  equal,
                     gpointer      data,
                     guint         index)
{
  for (gsize i = hash & set->mask; ; i = (i + 1) & set->mask)
    {
      Slot *slot = &set->slots[i];

      if (slot->index == 0)
        {
          slot->hash = hash;
          slot->index = index + 1;
          return -1;
        }
      if (slot->hash == hash)
        {
          LianEnterprise *a = lian_check_borrow_at (check, enterprises, slot->index - 1,
                                         LIAN_RECORD_KIND_ENTERPRISE);
          LianEnterprise *b = lian_check_borrow_at (check, enterprises, index, LIAN_RECORD_KIND_ENTERPRISE);
          gboolean same = equal (a, b, data);

          lian_check_give_back (check, a);
          lian_check_give_back (check, b);
          if (same)
            return slot->index - 1;
        }
    }
}

static inline void
key_set_prefetch (KeySet  *set,
                  guint32  hash)
{
#if defined(__GNUC__)
  __builtin_prefetch (&set->slots[hash & set->mask]);
#endif
}

static gboolean
uscc_equal (LianEnterprise *a,
            LianEnterprise *b,
            gpointer        data)
{
  return g_strcmp0 (lian_enterprise_get_uscc (a), lian_enterprise_get_uscc (b)) == 0;
}

static gboolean
name_equal (LianEnterprise *a,
            LianEnterprise *b,
            gpointer        data)
{
  GString **scratch = data;

  lian_text_normalize_name (lian_record_get_name (LIAN_RECORD (a)), scratch[0]);
  lian_text_normalize_name (lian_record_get_name (LIAN_RECORD (b)), scratch[1]);
  return g_string_equal (scratch[0], scratch[1]);
}

static void
check_segments (LianCheck          *check,
                LianEnterprise *ent,
                GHashTable     *chains)
{
  guint n;
  LianChainLink * const *links = lian_enterprise_peek_chain_links (ent, &n);

  for (guint l = 0; l < n; l++)
    {
      LianChainLink *link = links[l];
      const char *segment = lian_chain_link_get_segment (link);
      const char *chain_id = lian_chain_link_get_chain_id (link);
      LianChain *chain;

      if (segment == NULL || segment[0] == '\0')
        continue;
      /* A missing chain is a dangling reference, reported as such. */
      chain = g_hash_table_lookup (chains, chain_id);
      if (chain == NULL || lian_chain_has_segment (chain, segment))
        continue;
      lian_check_report (check, LIAN_SEVERITY_WARNING, "unknown-segment", LIAN_RECORD (ent),
              "chain_links",
              /* TRANSLATORS: a chain's id, then the segment (上游, 封装) an
               * enterprise says it is in. */
              _("chain_links[%u].segment: chain \"%s\" has no segment \"%s\""),
              l, chain_id, segment);
    }
}

/* How many enterprises ahead the hash slots are fetched. */
#define AHEAD 16

/* No key to compare: an empty credit code or name. Hashes are made even,
 * so none is NO_KEY. */
#define NO_KEY G_MAXUINT32

/* Each enterprise on its own: the hashes of its credit code and of its
 * name's core (NO_KEY for none), and its segments. */
static void
hash_enterprises (LianCheck     *check,
                  GPtrArray *enterprises,
                  guint32   *uscc_hash,
                  guint32   *name_hash)
{
  GPtrArray *chain_list = records_of (check, LIAN_RECORD_KIND_CHAIN);
  g_autoptr(GHashTable) chains = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) key = g_string_sized_new (128);

  /* The chains' objects (a few): the table keeps them while it lives. */
  for (guint i = 0; i < chain_list->len; i++)
    {
      LianRecord *chain = lian_registry_record_at (check->registry, chain_list, i);

      g_hash_table_insert (chains, (gpointer) lian_record_get_id (chain), chain);
    }
  for (guint i = 0; i < enterprises->len; i++)
    {
      LianEnterprise *ent = lian_check_borrow_at (check, enterprises, i, LIAN_RECORD_KIND_ENTERPRISE);
      const char *uscc = lian_enterprise_get_uscc (ent);
      const char *name = lian_record_get_name (LIAN_RECORD (ent));

      uscc_hash[i] = uscc && uscc[0] ? hash_bytes (uscc, strlen (uscc)) & ~1u : NO_KEY;
      name_hash[i] = NO_KEY;
      if (name)
        {
          lian_text_normalize_name (name, key);
          if (key->len)
            name_hash[i] = hash_bytes (key->str, key->len) & ~1u;
        }
      check_segments (check, ent, chains);
      lian_check_give_back (check, ent);
    }
}

/* Enterprise @i against those before it: an error for a credit code one
 * of them has, a warning for the core of a name one of them has. */
static void
compare_enterprise (LianCheck     *check,
                    GPtrArray *enterprises,
                    guint      i,
                    guint32    uscc_hash,
                    guint32    name_hash,
                    KeySet    *by_uscc,
                    KeySet    *by_name,
                    GString  **scratch)
{
  gint64 first = -1, found = -1;
  LianEnterprise *ent;
  LianRecord *record, *other;

  if (uscc_hash != NO_KEY)
    first = key_set_find_or_add (by_uscc, check, enterprises, uscc_hash, uscc_equal, NULL, i);
  if (name_hash != NO_KEY)
    found = key_set_find_or_add (by_name, check, enterprises, name_hash, name_equal, scratch, i);
  if (first < 0 && found < 0)
    return;
  ent = lian_check_borrow_at (check, enterprises, i, LIAN_RECORD_KIND_ENTERPRISE);
  record = LIAN_RECORD (ent);
  if (first >= 0)
    {
      other = lian_check_borrow_at (check, enterprises, first, LIAN_RECORD_KIND_ENTERPRISE);
      lian_check_report (check, LIAN_SEVERITY_ERROR, "duplicate-uscc", record, "uscc",
              /* TRANSLATORS: a unified social credit code, then the id of
               * the enterprise added first with it. */
              _("uscc: %s is also the credit code of enterprise \"%s\""),
              lian_enterprise_get_uscc (ent), lian_record_get_id (other));
      lian_check_give_back (check, other);
    }
  /* The same pair under the same code is already an error; a pair a
   * person decided is two enterprises is not asked about again. */
  if (found >= 0 && found != first)
    {
      other = lian_check_borrow_at (check, enterprises, found, LIAN_RECORD_KIND_ENTERPRISE);
      if (!g_strv_contains (lian_enterprise_get_not_duplicates (ent), lian_record_get_id (other)))
        lian_check_report (check, LIAN_SEVERITY_WARNING, "duplicate-name", record, "name",
                /* TRANSLATORS: an enterprise's name, then the id and the
                 * name of another with the same name once spaces, brackets
                 * and suffixes (有限公司) are set aside. */
                _("name: \"%s\" is the name of enterprise \"%s\" (\"%s\") written "
                  "differently"),
                lian_record_get_name (record), lian_record_get_id (other),
                lian_record_get_name (other));
      lian_check_give_back (check, other);
    }
  lian_check_give_back (check, ent);
}

static void
check_enterprises (LianCheck *check)
{
  GPtrArray *enterprises = records_of (check, LIAN_RECORD_KIND_ENTERPRISE);
  GString *scratch[2] = { g_string_sized_new (128), g_string_sized_new (128) };
  guint n = enterprises->len;
  g_autofree guint32 *uscc_hash = g_new (guint32, n);
  g_autofree guint32 *name_hash = g_new (guint32, n);
  KeySet by_uscc, by_name;

  hash_enterprises (check, enterprises, uscc_hash, name_hash);
  /* Then against each other, fetching the slots a few enterprises ahead. */
  key_set_init (&by_uscc, n);
  key_set_init (&by_name, n);
  for (guint i = 0; i < n; i++)
    {
      if (i + AHEAD < n)
        {
          key_set_prefetch (&by_uscc, uscc_hash[i + AHEAD]);
          key_set_prefetch (&by_name, name_hash[i + AHEAD]);
        }
      compare_enterprise (check, enterprises, i, uscc_hash[i], name_hash[i],
                          &by_uscc, &by_name, scratch);
    }
  g_free (by_uscc.slots);
  g_free (by_name.slots);
  g_string_free (scratch[0], TRUE);
  g_string_free (scratch[1], TRUE);
}

/* Chains */

static gboolean
chain_has_leader (LianCheck     *check,
                  LianChain *chain)
{
  const char *id = lian_record_get_id (LIAN_RECORD (chain));
  LianBucketIter iter;
  LianEntry *entry;

  if (lian_chain_get_leader_ids (chain)[0] != NULL)
    return TRUE;
  /* An enterprise linked as the leader counts, even if the chain does not list it. */
  lian_bucket_iter_init (&iter, check->registry,
                         lian_registry_get_bucket (check->registry, LIAN_INDEX_ENTERPRISE_CHAIN, id));
  while ((entry = lian_bucket_iter_next (&iter)))
    {
      LianRecord *firm = lian_shells_borrow_entry (&check->shells, check->registry, entry);
      LianChainLink *link = lian_enterprise_get_chain_link (LIAN_ENTERPRISE (firm), id);
      gboolean leads = link && lian_chain_link_get_role (link) == LIAN_CHAIN_ROLE_LEADER;

      lian_check_give_back (check, firm);
      if (leads)
        return TRUE;
    }
  return FALSE;
}

static void
check_chains (LianCheck *check)
{
  GPtrArray *chains = records_of (check, LIAN_RECORD_KIND_CHAIN);

  for (guint i = 0; i < chains->len; i++)
    {
      LianChain *chain = lian_check_borrow_at (check, chains, i, LIAN_RECORD_KIND_CHAIN);

      if (!chain_has_leader (check, chain))
        lian_check_report (check, LIAN_SEVERITY_WARNING, "chain-without-leader", LIAN_RECORD (chain),
                "leader_ids", _("leader_ids: chain \"%s\" has no leader enterprise"),
                lian_record_get_id (LIAN_RECORD (chain)));
      lian_check_give_back (check, chain);
    }
}

/* Needs whose history contradicts them */

static void
check_histories (LianCheck *check)
{
  GPtrArray *needs = records_of (check, LIAN_RECORD_KIND_NEED);

  for (guint i = 0; i < needs->len; i++)
    {
      LianNeed *need = lian_check_borrow_at (check, needs, i, LIAN_RECORD_KIND_NEED);

      lian_check_need_history (need, check->problems);
      lian_check_give_back (check, need);
    }
}

/* Organisations */

static void
check_members (LianCheck *check)
{
  GPtrArray *orgs = records_of (check, LIAN_RECORD_KIND_ORGANIZATION);

  for (guint i = 0; i < orgs->len; i++)
    {
      LianPartyOrg *org = lian_check_borrow_at (check, orgs, i, LIAN_RECORD_KIND_ORGANIZATION);

      if (lian_party_org_get_member_ids (org)[0] == NULL)
        lian_check_report (check, LIAN_SEVERITY_INFO, "org-without-members", LIAN_RECORD (org),
                "member_ids", _("member_ids: organization \"%s\" has no member enterprises"),
                lian_record_get_id (LIAN_RECORD (org)));
      lian_check_give_back (check, org);
    }
}

/* Reports each cycle of parent ids among the records of @kind
 * (organisations, or enterprises and their headquarters) once, at its
 * smallest id; the registry finds which records lie on one, walking each
 * once. */
static void
check_cycles (LianCheck          *check,
              LianRecordKind  kind)
{
  GPtrArray *records = records_of (check, kind);
  g_autoptr(GPtrArray) entries = g_ptr_array_sized_new (records->len);
  g_autoptr(GHashTable) on_cycle = NULL;

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (entries, lian_registry_get_entry (check->registry,
                                                       lian_item_id (lian_registry_item_at (records, i))));
  on_cycle = lian_registry_find_cycles (check->registry, entries);
  for (guint i = 0; on_cycle && i < entries->len; i++)
    {
      LianEntry *entry = entries->pdata[i], *current = entry, *smallest = entry;
      const char *smallest_id = lian_entry_id (entry);
      g_autofree char *trail = NULL;

      if (!g_hash_table_remove (on_cycle, entry))
        continue;
      /* Once round, taking the cycle out of the set. */
      while ((current = lian_registry_get_parent_entry (check->registry, current)) != entry)
        {
          g_hash_table_remove (on_cycle, current);
          if (strcmp (lian_entry_id (current), smallest_id) < 0)
            {
              smallest = current;
              smallest_id = lian_entry_id (current);
            }
        }
      /* An organisation that is its own parent does not validate: that is
       * reported as an invalid record, not twice. */
      if (lian_registry_get_parent_entry (check->registry, entry) == entry)
        continue;
      /* From the smallest id round to it again, so it reads the same each time. */
      trail = lian_registry_dup_cycle_trail (check->registry, smallest);
      if (kind == LIAN_RECORD_KIND_ENTERPRISE)
        lian_check_report (check, LIAN_SEVERITY_ERROR, "headquarters-cycle", lian_entry_record (check->registry, smallest), "parent_id",
                /* TRANSLATORS: the ids of enterprises whose headquarters
                 * lead back to them (ent-2 → ent-3 → ent-2). */
                _("parent_id: enterprises are their own headquarters (%s)"), trail);
      else
        lian_check_report (check, LIAN_SEVERITY_ERROR, "org-cycle", lian_entry_record (check->registry, smallest), "parent_id",
                /* TRANSLATORS: the ids of organisations whose parents lead
                 * back to them (org-1 → org-2 → org-1). */
                _("parent_id: organizations are their own ancestors (%s)"), trail);
    }
}

/* References and fields */

/* A kind of record as a problem names it: its label in Chinese (企业),
 * else its noun (enterprise), or with its article (an enterprise). */
static const char *
kind_noun (LianRecordKind kind,
           gboolean       article)
{
  if (lian_language_is_chinese ())
    return lian_words_value (LIAN_TYPE_RECORD_KIND, kind);
  return article ? lian_record_kind_with_article (kind) : lian_record_kind_noun (kind);
}

static void
check_ref_cb (LianRecord    *record,
              const LianRef *ref,
              gpointer       data)
{
  LianCheck *check = data;
  LianEntry *entry = lian_registry_get_entry (check->registry, ref->target);
  g_autofree char *place = NULL;
  LianRecordKind kind;

  if (entry && (kind = entry->kind) == ref->kind)
    return;
  place = ref->is_list ? g_strdup_printf ("%s[%u]", ref->field, ref->index) : g_strdup (ref->field);
  if (entry == NULL)
    lian_check_report (check, LIAN_SEVERITY_ERROR, "dangling-reference", record, ref->field,
            /* TRANSLATORS: a field of a record (chain_id, member_ids[1]), the
             * kind of record it names (chain, enterprise), then the id no
             * record has. */
            _("%s: unknown %s \"%s\""), place, kind_noun (ref->kind, FALSE), ref->target);
  else
    lian_check_report (check, LIAN_SEVERITY_ERROR, "wrong-kind-reference", record, ref->field,
            /* TRANSLATORS: a field of a record (owner_id), the id it names,
             * the kind of record that id is (an enterprise), then the kind
             * the field names (an organization). */
            _("%s: \"%s\" is %s, not %s"), place, ref->target,
            kind_noun (kind, TRUE), kind_noun (ref->kind, TRUE));
}

/* The member a validation message starts with ("uscc: …"; a translation
 * may put a full-width colon after it, "uscc：…"), or NULL. */
static char *
message_field (const char *message)
{
  gsize n = 0;

  while (g_ascii_islower (message[n]) || g_ascii_isdigit (message[n]) || message[n] == '_')
    n++;
  if (n == 0 || (message[n] != ':' && message[n] != '[' && message[n] != '.' &&
                 !g_str_has_prefix (message + n, "：")))
    return NULL;
  return g_strndup (message, n);
}

static void
check_entry_cb (LianEntry *entry,
                gpointer   data)
{
  LianCheck *check = data;
  const LianKindDecl *decl = lian_record_kind_get_decl (entry->kind);
  g_autoptr(GError) error = NULL;

  /* Only a changed record has an object (a change makes it). */
  if (!entry->changed)
    return;
  lian_record_foreach_ref (lian_entry_record (check->registry, entry), check_ref_cb, check);
  if (!lian_record_validate_row (decl, entry->row, &error))
    {
      g_autofree char *field = message_field (error->message);
      lian_check_report (check, LIAN_SEVERITY_ERROR, "invalid-record", lian_entry_record (check->registry, entry), field,
              "%s", error->message);
    }
}

/* A record is valid, and its references sound, when it is added; only a
 * change made afterwards through a setter can spoil either. */
static void
check_records (LianCheck *check)
{
  lian_registry_foreach_entry (check->registry, check_entry_cb, check);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  return lian_problem_compare (*(LianProblem * const *) a, *(LianProblem * const *) b);
}

/**
 * lian_registry_check:
 * @self: a registry
 * @today: (nullable): the day to judge deadlines on, `YYYY-MM-DD`, or
 *   `NULL` for today in the local time zone
 * @max_open_days: how many days a need may stay open (from its
 *   [property@Lian.Need:submitted] day) before it is reported
 *
 * Looks through the registry for data that is wrong, late or worth a look,
 * and returns one [class@Lian.Problem] for each finding:
 *
 * - enterprises with the same credit code (`duplicate-uscc`, error), or the
 *   same name once spaces (full-width ones too), full-width letters and
 *   digits, case, the kind of brackets (（）, (), 【】, 〔〕, []) and the
 *   suffixes 股份有限公司, 有限责任公司, 有限公司, 集团 and 公司 are set
 *   aside (`duplicate-name`, warning; the CSV importer finds enterprises by
 *   name the same way); each is reported on
 *   the enterprise added later, naming the first
 * - chains without a leader: no leader id, and no enterprise linked to the
 *   chain as its leader (`chain-without-leader`, warning)
 * - enterprises on a chain in a segment the chain does not have
 *   (`unknown-segment`, warning)
 * - needs open more than @max_open_days days on @today
 *   (`need-open-too-long`, warning), and open needs past their due day
 *   (`need-overdue`, warning)
 * - projects past their due day that are neither done nor cancelled
 *   (`project-overdue`, warning)
 * - amounts of more than one trillion yuan (一万亿元), more than a need or
 *   a project can be about: a need's `amount_yuan`, a project's
 *   `loans_yuan` (`implausible-amount`, warning)
 * - organisations without member enterprises (`org-without-members`, info)
 * - references to an id no record has (`dangling-reference`, error) or to a
 *   record of the wrong kind (`wrong-kind-reference`, error), and records
 *   that no longer validate (`invalid-record`, error): a registry refuses
 *   all of these when records are added, but a setter called afterwards
 *   cannot refuse, so the records changed since they were added are looked
 *   at again
 * - cycles in the organisation tree (`org-cycle`, error) and among
 *   headquarters (`headquarters-cycle`, error: enterprises whose
 *   [property@Lian.Enterprise:parent-id]s lead back to them), reported once,
 *   at the record with the smallest id (a record that is its own parent is
 *   an invalid record); a registry refuses them when records are added, but
 *   a setter called afterwards cannot
 * - needs whose history contradicts itself or the need (errors): a move the
 *   status machine does not allow from the move before it (the first is
 *   not judged: a history may begin after moves nobody recorded)
 *   (`history-illegal-move`); a move dated before the one
 *   above it (`history-out-of-order`); a status other than the last move's
 *   (`status-contradicts-history`); a resolved day other than the day of
 *   the last move when it resolved the need, in that move's time zone, or
 *   a resolved day when the last move did not resolve it
 *   (`resolved-contradicts-history`). A need without a history is not
 *   looked at; one moved only through [method@Lian.Need.transition] has
 *   none of these
 *
 * Problems come errors first, then warnings, then information, each by
 * record id. Their messages are written in the language of lian's messages
 * ([func@Lian.set_language], or the locale), statuses named by their nick
 * in English (`submitted`) and by their label in Chinese (`已提交`); codes
 * and fields are the same in every language. A check changes nothing: no record notifies and the registry
 * emits no signal. Duplicates are found by hashing, so a check takes time in
 * proportion to the number of records.
 *
 * ```python
 * for problem in reg.check('2023-12-31', 90):
 *     print(problem.props.code, problem.props.record_id, problem.props.message)
 * ```
 *
 * Returns: (transfer full): a list of [class@Lian.Problem], empty for a
 *   registry without problems
 */
GListModel *
lian_registry_check (LianRegistry *self,
                     const char   *today,
                     guint         max_open_days)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *now = NULL;
  GListStore *store;
  LianVisit visit;
  LianCheck check;

  g_return_val_if_fail (LIAN_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (today == NULL || lian_date_is_valid (today), NULL);

  if (today == NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();
      today = now = lian_date_from_date_time (local);
    }
  check.registry = self;
  check.problems = problems;
  check.today = lian_date_to_day (today);
  check.today_text = today;
  check.max_open_days = max_open_days;
  check.shells = (LianShells) { { NULL, } };

  /* The checks read every record: those held as rows stay rows. */
  lian_registry_begin_visit (self, &visit);
  check_records (&check);
  check_cycles (&check, LIAN_RECORD_KIND_ORGANIZATION);
  check_cycles (&check, LIAN_RECORD_KIND_ENTERPRISE);
  check_histories (&check);
  check_enterprises (&check);
  check_chains (&check);
  lian_check_late (&check);
  lian_check_amounts (&check);
  check_members (&check);
  lian_shells_clear (&check.shells);
  lian_registry_end_visit (self, &visit);

  g_ptr_array_sort (problems, compare_problems);
  store = g_list_store_new (LIAN_TYPE_PROBLEM);
  g_list_store_splice (store, 0, 0, problems->pdata, problems->len);
  return G_LIST_MODEL (store);
}
