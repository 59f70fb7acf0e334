/* lian-record-json-write.c: one record as its JSON members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The members are written in the order of the kind's table
 * (lian-record-json.c), leaving out what is unset; the members lian does
 * not know, kept on the record, come after the rest.
 */
#include "config.h"

#include "lian-chain-link-private.h"
#include "lian-record-json-private.h"
#include "lian-registry.h"
#include "lian-enum-types.h"
#include "lian-date-private.h"
#include "lian-record-private.h"
#include "lian-record-members-private.h"

static void
write_chain_links (LianEnterprise *enterprise,
                   LianJsonWriter *w)
{
  guint n;
  LianChainLink * const *links = lian_enterprise_peek_chain_links (enterprise, &n);

  if (n == 0)
    return;
  lian_json_writer_member (w, "chain_links");
  lian_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      LianChainLink *link = links[i];
      lian_json_writer_element (w);
      lian_json_writer_begin_object (w);
      lian_json_writer_member (w, "chain");
      lian_json_writer_string (w, lian_chain_link_get_chain_id (link));
      if (lian_chain_link_get_segment (link))
        {
          lian_json_writer_member (w, "segment");
          lian_json_writer_string (w, lian_chain_link_get_segment (link));
        }
      lian_json_writer_member (w, "role");
      lian_json_writer_string (w, lian_enum_to_nick (LIAN_TYPE_CHAIN_ROLE,
                                                     lian_chain_link_get_role (link)));
      lian_json_writer_end_object (w);
    }
  lian_json_writer_end_array (w);
}

static void
write_history (LianNeed       *need,
               LianJsonWriter *w)
{
  GPtrArray *events;

  if (lian_need_get_n_events (need) == 0)
    return;
  events = lian_need_get_history (need);
  lian_json_writer_member (w, "history");
  lian_json_writer_begin_array (w);
  for (guint i = 0; i < events->len; i++)
    {
      LianNeedEvent *event = g_ptr_array_index (events, i);
      GDateTime *when = lian_need_event_get_at (event);
      g_autofree char *at = lian_date_time_to_iso8601 (when);
      lian_json_writer_element (w);
      lian_json_writer_begin_object (w);
      lian_json_writer_member (w, "at");
      lian_json_writer_string (w, at);
      lian_json_writer_member (w, "status");
      lian_json_writer_string (w, lian_enum_to_nick (LIAN_TYPE_NEED_STATUS,
                                                     lian_need_event_get_status (event)));
      if (lian_need_event_get_actor (event))
        {
          lian_json_writer_member (w, "actor");
          lian_json_writer_string (w, lian_need_event_get_actor (event));
        }
      if (lian_need_event_get_note (event))
        {
          lian_json_writer_member (w, "note");
          lian_json_writer_string (w, lian_need_event_get_note (event));
        }
      lian_json_writer_end_object (w);
    }
  lian_json_writer_end_array (w);
}

/* Writes one property member, leaving out what is unset: NULL or empty
 * strings and lists, false, 0, and no flags. Enums are always written. */
static void
write_property (LianRecord     *record,
                const char     *name,
                GParamSpec     *pspec,
                LianJsonWriter *w)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (&value, type);
  /* Straight to the class that owns the property: get_property only
   * forwards to the getters. */
  G_OBJECT_CLASS (g_type_class_peek (pspec->owner_type))->get_property (G_OBJECT (record),
                                                                         pspec->param_id,
                                                                         &value, pspec);
  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (&value);
      if (s == NULL || s[0] == '\0')
        return;
      lian_json_writer_member (w, name);
      lian_json_writer_string (w, s);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!g_value_get_boolean (&value))
        return;
      lian_json_writer_member (w, name);
      lian_json_writer_boolean (w, TRUE);
    }
  else if (type == G_TYPE_UINT || type == G_TYPE_INT64)
    {
      gint64 n = type == G_TYPE_UINT ? g_value_get_uint (&value) : g_value_get_int64 (&value);
      if (n == 0)
        return;
      lian_json_writer_member (w, name);
      lian_json_writer_int (w, n);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      lian_json_writer_member (w, name);
      lian_json_writer_string (w, lian_enum_to_nick (type, g_value_get_enum (&value)));
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_auto(GStrv) nicks = lian_flags_to_nicks (type, g_value_get_flags (&value));
      lian_json_writer_strv_member (w, name, (const char * const *) nicks);
    }
  else if (type == G_TYPE_STRV)
    lian_json_writer_strv_member (w, name, g_value_get_boxed (&value));
}

/* The same, read straight from the field the kind declares behind it:
 * no GValue, no copy. */
static void
write_slot (LianRecord           *record,
            const char           *name,
            GParamSpec           *pspec,
            const LianMemberSlot *slot,
            LianJsonWriter       *w)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  const char *s = NULL;
  const char * const *strings = NULL;
  gint64 n = 0;

  lian_member_slot_get (slot, record, &s, &strings, &n);
  switch (slot->style)
    {
    case LIAN_SLOT_LIST:
      lian_json_writer_strv_member (w, name, strings);
      return;
    case LIAN_SLOT_ENUM:
      lian_json_writer_member (w, name);
      lian_json_writer_string (w, lian_enum_to_nick (type, (int) n));
      return;
    case LIAN_SLOT_FLAGS:
      {
        g_auto(GStrv) nicks = lian_flags_to_nicks (type, (guint) n);
        lian_json_writer_strv_member (w, name, (const char * const *) nicks);
        return;
      }
    default:
      break;
    }
  if (s ? s[0] == '\0' : n == 0)
    return;
  lian_json_writer_member (w, name);
  if (s)
    lian_json_writer_string (w, s);
  else if (slot->style == LIAN_SLOT_BOOLEAN)
    lian_json_writer_boolean (w, TRUE);
  else
    lian_json_writer_int (w, n);
}

void
lian_record_write_json (LianRecord     *record,
                        LianJsonWriter *w)
{
  LianRecordKind kind = lian_record_get_record_kind (record);
  const LianMemberTable *table = lian_member_table (kind);
  const char * const *fields = table->fields;
  JsonObject *extra = lian_record_get_extra (record);

  /* Only a kind lian knows has the fields its table reads. */
  g_return_if_fail (LIAN_RECORD_GET_CLASS (record)->kind_decl != NULL);
  lian_json_writer_begin_object (w);
  for (guint i = 0; fields[i]; i++)
    {
      if (table->pspecs[i] == NULL && g_str_equal (fields[i], "chain_links"))
        write_chain_links (LIAN_ENTERPRISE (record), w);
      else if (table->pspecs[i] == NULL)
        write_history (LIAN_NEED (record), w);
      else if (table->slots[i].style != LIAN_SLOT_NONE)
        write_slot (record, fields[i], table->pspecs[i], &table->slots[i], w);
      else
        write_property (record, fields[i], table->pspecs[i], w);
    }
  if (extra)
    {
      g_autoptr(GList) members = json_object_get_members (extra);
      for (GList *l = members; l; l = l->next)
        if (!lian_record_kind_has_member (kind, l->data))
          {
            lian_json_writer_member (w, l->data);
            lian_json_writer_node (w, json_object_get_member (extra, l->data));
          }
    }
  lian_json_writer_end_object (w);
}
