/* lian-document.c: reading a lian document as a stream of tokens
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader walks the document with the pull tokenizer and hands each
 * record's members to the record builder as it meets them; only a
 * member's own value ever becomes a JsonNode, never the document.
 */
#include "config.h"

#include <string.h>

#include "lian-document-private.h"
#include "lian-json-pull-private.h"
#include "lian-record-json-private.h"
#include "lian-registry-json.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"

void
lian_document_free (LianDocument *doc)
{
  /* Records taken from the document otherwise than by lian_document_add()
   * outlive it: a registry that took one holds the arena of its texts,
   * even when the record has made its own copies since (its entry and
   * buckets may still point at the arena's), others make their own. */
  for (guint i = 0; !doc->added && i < doc->records->len; i++)
    {
      LianRecord *record = doc->records->pdata[i];

      if (LIAN_ITEM_IS_ROW (record) || G_OBJECT (record)->ref_count == 1)
        continue;
      if (lian_record_get_owner (record))
        lian_registry_keep_texts (lian_record_get_owner (record), doc->texts);
      else if (lian_record_borrows_texts (record))
        lian_record_own_texts (record);
    }
  g_ptr_array_unref (doc->records);
  g_clear_pointer (&doc->stock, g_ptr_array_unref);
  g_clear_pointer (&doc->texts, lian_text_arena_unref);
  g_clear_pointer (&doc->extra, json_object_unref);
  g_free (doc);
}

/* Reads the records of one kind: "[" already consumed. */
static gboolean
read_records (LianDocument    *doc,
              LianJsonPull    *pull,
              LianRecordKind   kind,
              const char      *member,
              GError         **error)
{
  g_autoptr(LianRecordBuilder) builder = lian_record_builder_new (kind, doc->texts);
  guint index = 0;

  /* Filled from records another thread makes ahead, if one does. */
  if (doc->stock == NULL)
    doc->stock = g_ptr_array_new_with_free_func (g_object_unref);
  lian_record_builder_take_from (builder, &doc->stock);
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  while (pull->token != LIAN_TOKEN_END_ARRAY)
    {
      g_auto(LianPlace) place = { NULL, member, index, TRUE, NULL };
      LianRecord *record;
      gboolean first = TRUE;

      if (index > 0)
        {
          if (pull->token != LIAN_TOKEN_COMMA)
            return lian_json_pull_error (pull, error, _("expected ',' or ']' after %s"),
                                         lian_place_path (&place));
          if (!lian_json_pull_next (pull, error))
            return FALSE;
        }
      if (pull->token != LIAN_TOKEN_BEGIN_OBJECT)
        {
          if (pull->token == LIAN_TOKEN_END)
            return lian_json_pull_error (pull, error, _("the document ends inside $.%s"), member);
          if (pull->token == LIAN_TOKEN_COMMA || pull->token == LIAN_TOKEN_COLON ||
              pull->token == LIAN_TOKEN_END_OBJECT || pull->token == LIAN_TOKEN_END_ARRAY)
            return lian_json_pull_error (pull, error, _("expected a record at %s"),
                                         lian_place_path (&place));
          g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                       _("%s: expected an object"), lian_place_path (&place));
          return FALSE;
        }

      lian_record_builder_reset (builder);
      if (!lian_json_pull_next (pull, error))
        return FALSE;
      while (pull->token != LIAN_TOKEN_END_OBJECT)
        {
          if (!first)
            {
              if (pull->token != LIAN_TOKEN_COMMA)
                return lian_json_pull_error (pull, error, _("expected ',' or '}' in %s"),
                                             lian_place_path (&place));
              if (!lian_json_pull_next (pull, error))
                return FALSE;
            }
          first = FALSE;
          if (pull->token != LIAN_TOKEN_STRING)
            return lian_json_pull_error (pull, error, _("expected a member name in %s"),
                                         lian_place_path (&place));
          if (!lian_record_builder_read (builder, &place, pull, error) ||
              !lian_json_pull_next (pull, error))
            return FALSE;
        }
      record = lian_record_builder_end (builder, &place, error);
      if (record == NULL)
        return FALSE;
      g_ptr_array_add (doc->records, record);
      if (doc->read_func)
        doc->read_func (doc, doc->read_data);
      else if (doc->make_rows)
        lian_document_give_row (doc);
      index++;
      if (!lian_json_pull_next (pull, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_header (JsonNode  *format,
              JsonNode  *version,
              GError   **error)
{
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (format), LIAN_DOCUMENT_FORMAT))
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   _("$.format: not a lian document (expected \"format\": \"%s\")"),
                   LIAN_DOCUMENT_FORMAT);
      return FALSE;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) < 1)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   _("$.version: expected a version number, such as %d"), LIAN_DOCUMENT_VERSION);
      return FALSE;
    }
  if (json_node_get_int (version) > LIAN_DOCUMENT_VERSION)
    {
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_UNSUPPORTED,
                   _("$.version: version %lld is newer than this lian reads (%d)"),
                   (long long) json_node_get_int (version), LIAN_DOCUMENT_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* Reads the document's first token: it must open an object. */
static gboolean
read_start (LianJsonPull  *pull,
            GError       **error)
{
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  if (pull->token == LIAN_TOKEN_END)
    {
      g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                           _("line 1, column 1: the document is empty"));
      return FALSE;
    }
  if (pull->token != LIAN_TOKEN_BEGIN_OBJECT)
    {
      g_autoptr(JsonNode) other = lian_json_pull_node (pull, NULL, error);
      if (other == NULL)
        return FALSE;
      g_set_error_literal (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                           _("$: expected an object"));
      return FALSE;
    }
  return lian_json_pull_next (pull, error);
}

/* Reads the value of the top-level member @name, the pull at its first
 * token: a collection of records, the header, or a member lian keeps
 * aside. */
static gboolean
read_member (LianDocument  *doc,
             LianJsonPull  *pull,
             const char    *name,
             JsonNode     **format,
             JsonNode     **version,
             GError       **error)
{
  int kind = lian_record_kind_from_member (name);
  g_auto(LianPlace) where = { NULL, name, 0, FALSE, NULL };
  JsonNode *value;

  if (kind >= 0 && pull->token == LIAN_TOKEN_BEGIN_ARRAY)
    /* The header comes first in a lian document; check it before
     * building anything. */
    return check_header (*format, *version, error) &&
           read_records (doc, pull, kind, name, error);

  value = lian_json_pull_node (pull, &where, error);
  if (value == NULL)
    return FALSE;
  if (kind >= 0 && !JSON_NODE_HOLDS_NULL (value))
    {
      json_node_unref (value);
      g_set_error (error, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_WRONG_TYPE,
                   _("$.%s: expected an array"), name);
      return FALSE;
    }
  if (kind >= 0)
    json_node_unref (value);
  else if (g_str_equal (name, "format"))
    *format = value;
  else if (g_str_equal (name, "version"))
    *version = value;
  else
    {
      if (doc->extra == NULL)
        doc->extra = json_object_new ();
      json_object_set_member (doc->extra, name, value);
    }
  return TRUE;
}

static gboolean
read_top (LianDocument  *doc,
          LianJsonPull  *pull,
          GError       **error)
{
  g_autoptr(JsonNode) format = NULL;
  g_autoptr(JsonNode) version = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean first = TRUE;

  if (!read_start (pull, error))
    return FALSE;
  while (pull->token != LIAN_TOKEN_END_OBJECT)
    {
      g_autofree char *name = NULL;

      if (!first)
        {
          if (pull->token != LIAN_TOKEN_COMMA)
            return lian_json_pull_error (pull, error, _("expected ',' or '}', not %s"),
                                         lian_json_pull_token_name (pull->token));
          if (!lian_json_pull_next (pull, error))
            return FALSE;
        }
      first = FALSE;
      if (pull->token != LIAN_TOKEN_STRING)
        return lian_json_pull_error (pull, error, _("expected a member name, not %s"),
                                     lian_json_pull_token_name (pull->token));
      /* A second "needs" is neither merged with the first nor put in its
       * place: the document is refused. */
      if (!g_hash_table_add (seen, g_strdup (pull->string->str)))
        return lian_json_pull_duplicate (pull, NULL, pull->string->str, error);
      name = g_strdup (pull->string->str);
      if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
          !lian_json_pull_next (pull, error) ||
          !read_member (doc, pull, name, &format, &version, error) ||
          !lian_json_pull_next (pull, error))
        return FALSE;
    }
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  if (pull->token != LIAN_TOKEN_END)
    return lian_json_pull_error (pull, error, _("text after the end of the document"));
  return check_header (format, version, error);
}

/* What the generic grammar expects of the current token. */
typedef enum {
  EXPECT_VALUE,
  EXPECT_FIRST,    /* an item or member name, or the close, of a container just opened */
  EXPECT_NAME,
  EXPECT_COLON,
  EXPECT_AFTER,    /* what follows a value: ',' or the close, or the end */
} Expect;

static gboolean
is_object (LianJsonPull *pull,
           guint         depth)
{
  return depth > 0 && depth <= 64 && ((pull->objects >> (depth - 1)) & 1);
}

/* What was expected of the current token, from the two before it; @depth
 * is the nesting before it. The tokens before were all well placed. */
static Expect
expect_before (LianJsonPull *pull,
               guint        *depth)
{
  LianToken t = pull->token;

  *depth = pull->depth;
  if (t == LIAN_TOKEN_BEGIN_OBJECT || t == LIAN_TOKEN_BEGIN_ARRAY)
    (*depth)--;
  else if (t == LIAN_TOKEN_END_OBJECT || t == LIAN_TOKEN_END_ARRAY)
    (*depth)++;
  switch (pull->prev)
    {
    case LIAN_TOKEN_END:   /* the first token */
    case LIAN_TOKEN_COLON:
      return EXPECT_VALUE;
    case LIAN_TOKEN_BEGIN_OBJECT:
    case LIAN_TOKEN_BEGIN_ARRAY:
      return EXPECT_FIRST;
    case LIAN_TOKEN_COMMA:
      return is_object (pull, *depth) ? EXPECT_NAME : EXPECT_VALUE;
    case LIAN_TOKEN_STRING:
      if (is_object (pull, *depth) &&
          (pull->prev2 == LIAN_TOKEN_BEGIN_OBJECT || pull->prev2 == LIAN_TOKEN_COMMA))
        return EXPECT_COLON;
      return EXPECT_AFTER;
    default:
      return EXPECT_AFTER;
    }
}

/* Checks the text from the current token on as well-formed JSON, building
 * nothing, as if it had been checked from the start: the first error is
 * the one a check of the whole text finds. */
static gboolean
check_rest (LianJsonPull  *pull,
            GError       **error)
{
  guint depth;
  Expect expect = expect_before (pull, &depth);

  for (;;)
    {
      LianToken t = pull->token, close;
      const char *found = lian_json_pull_token_name (t);

      close = is_object (pull, depth) ? LIAN_TOKEN_END_OBJECT : LIAN_TOKEN_END_ARRAY;
      switch (expect)
        {
        case EXPECT_VALUE:
          if (t < LIAN_TOKEN_STRING && t != LIAN_TOKEN_BEGIN_OBJECT && t != LIAN_TOKEN_BEGIN_ARRAY)
            return lian_json_pull_error (pull, error, _("expected a value, not %s"), found);
          if (t < LIAN_TOKEN_STRING)
            depth++;
          expect = t < LIAN_TOKEN_STRING ? EXPECT_FIRST : EXPECT_AFTER;
          break;
        case EXPECT_FIRST:
          if (t != close)
            {
              expect = is_object (pull, depth) ? EXPECT_NAME : EXPECT_VALUE;
              continue;
            }
          depth--;
          expect = EXPECT_AFTER;
          break;
        case EXPECT_NAME:
          if (t != LIAN_TOKEN_STRING)
            return lian_json_pull_error (pull, error, _("expected a member name, not %s"), found);
          expect = EXPECT_COLON;
          break;
        case EXPECT_COLON:
          if (t != LIAN_TOKEN_COLON)
            return lian_json_pull_error (pull, error, _("expected %s, not %s"), "':'", found);
          expect = EXPECT_VALUE;
          break;
        case EXPECT_AFTER:
          if (depth == 0)
            return t == LIAN_TOKEN_END ||
                   lian_json_pull_error (pull, error, _("text after the end of the document"));
          if (t == close)
            depth--;
          else if (t != LIAN_TOKEN_COMMA)
            return lian_json_pull_error (pull, error, _("expected ',' or '%c', not %s"),
                                         close == LIAN_TOKEN_END_OBJECT ? '}' : ']', found);
          else
            expect = is_object (pull, depth) ? EXPECT_NAME : EXPECT_VALUE;
          break;
        }
      if (!lian_json_pull_next (pull, error))
        return FALSE;
    }
}

/* Whether the whole text is well-formed JSON, building nothing. */
static gboolean
check_syntax (const char  *data,
              gsize        length,
              GError     **error)
{
  LianJsonPull pull;
  gboolean ok;

  lian_json_pull_init (&pull, data, length);
  ok = lian_json_pull_next (&pull, error) &&
       pull.token != LIAN_TOKEN_END &&
       check_rest (&pull, error);
  lian_json_pull_clear (&pull);
  return ok;
}

void
lian_document_give_row (LianDocument *doc)
{
  gpointer *last = &doc->records->pdata[doc->records->len - 1];
  LianRecord *record = *last;
  const LianKindDecl *decl = lian_record_get_kind_decl (record);
  LianRowHead *row;

  if (lian_record_get_extra (record))
    return;
  row = lian_text_arena_alloc (doc->texts, decl->row_size, MAX (G_ALIGNOF (guint64), G_ALIGNOF (gpointer)));
  lian_record_give_row (record, row);
  row->kind = lian_record_get_record_kind (record);
  *last = LIAN_ITEM_OF_ROW (row);
  if (doc->stock == NULL)
    doc->stock = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (doc->stock, record);
}

LianDocument *
lian_document_new (void)
{
  LianDocument *doc = g_new0 (LianDocument, 1);

  doc->records = g_ptr_array_new_with_free_func (lian_item_free);
  doc->texts = lian_text_arena_new ();
  return doc;
}

/* A bad value found while reading: if the text further on is not even
 * well-formed, that is the error to report, as a parser would. */
static gboolean
bad_value (const GError *local)
{
  return local->domain != LIAN_FORMAT_ERROR ||
         (local->code != LIAN_FORMAT_ERROR_SYNTAX && local->code != LIAN_FORMAT_ERROR_LIMIT &&
          local->code != LIAN_FORMAT_ERROR_ENCODING);
}

LianDocument *
lian_document_read (const char  *data,
                    gsize        length,
                    GError     **error)
{
  return lian_document_read_rows (data, length, FALSE, error);
}

LianDocument *
lian_document_read_rows (const char  *data,
                         gsize        length,
                         gboolean     rows,
                         GError     **error)
{
  g_autoptr(LianDocument) doc = lian_document_new ();
  g_autoptr(GError) local = NULL;
  LianJsonPull pull;
  gboolean ok;

  doc->make_rows = rows;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  lian_json_pull_init (&pull, data, length);
  ok = lian_json_pull_validate (&pull, &local) && read_top (doc, &pull, &local);
  lian_json_pull_clear (&pull);
  if (ok)
    return g_steal_pointer (&doc);
  if (bad_value (local))
    check_syntax (data, length, error);
  if (error && *error == NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

gboolean
lian_document_read_stream_into (LianDocument  *doc,
                                GInputStream  *stream,
                                guint64        limit,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GError) later = NULL;
  LianJsonPull pull;
  gboolean ok;

  lian_json_pull_init_stream (&pull, stream, limit, cancellable);
  ok = read_top (doc, &pull, &local);
  /* The text is not there to read again from its start: the check goes on
   * from where the reader stopped, unless a token itself was refused. */
  if (!ok && local && bad_value (local) && !pull.failed && !check_rest (&pull, &later))
    {
      g_clear_error (&local);
      local = g_steal_pointer (&later);
    }
  if (!lian_json_pull_finish (&pull, error))
    ok = FALSE;
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&local));
  lian_json_pull_clear (&pull);
  return ok;
}

LianDocument *
lian_document_read_stream (GInputStream  *stream,
                           guint64        limit,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(LianDocument) doc = lian_document_new ();

  /* Read for a registry (an asynchronous load): its records are rows. */
  doc->make_rows = TRUE;
  if (!lian_document_read_stream_into (doc, stream, limit, cancellable, error))
    return NULL;
  return g_steal_pointer (&doc);
}

/* Where record @i stood: a kind's records were read from its one array,
 * in its order, so its place is the number of that kind before it. Only
 * a message asks, once. */
static char *
where_cb (guint    i,
          gpointer data)
{
  LianDocument *doc = data;
  LianRecordKind kind = lian_item_kind (doc->records->pdata[i]);
  guint place = 0;

  for (guint j = 0; j < i; j++)
    place += lian_item_kind (doc->records->pdata[j]) == kind;
  return g_strdup_printf ("$.%s[%u]", lian_record_kind_to_member (kind), place);
}

gboolean
lian_document_add_loaded (LianDocument  *doc,
                          LianRegistry  *registry,
                          LianLoad      *load,
                          GError       **error)
{
  /* A load read in another thread began only on a registry still open;
   * a handler of record-added may have disposed of it since. */
  if (load ? !lian_registry_load_finish (load, doc->records, where_cb, doc, error)
           : !lian_registry_check_open (registry, error) ||
             !lian_registry_load_many_at (registry, doc->records, where_cb, doc, error))
    return FALSE;
  /* The records are the registry's now (a load's, with the references
   * the document held), even if a handler has disposed of it since: it
   * then let go of them, and of their texts. Its rows are its entries'. */
  doc->added = TRUE;
  for (guint i = 0; i < doc->records->len; i++)
    if (LIAN_ITEM_IS_ROW (doc->records->pdata[i]))
      doc->records->pdata[i] = NULL;
  if (!lian_registry_check_open (registry, error))
    return FALSE;
  lian_registry_keep_texts (registry, doc->texts);
  if (doc->extra)
    {
      JsonObject *extra = lian_registry_get_extra (registry);
      if (extra == NULL)
        lian_registry_set_extra (registry, doc->extra);
      else
        {
          g_autoptr(GList) names = json_object_get_members (doc->extra);
          for (GList *l = names; l; l = l->next)
            json_object_set_member (extra, l->data,
                                    json_node_copy (json_object_get_member (doc->extra, l->data)));
        }
    }
  return TRUE;
}

gboolean
lian_document_add (LianDocument  *doc,
                   LianRegistry  *registry,
                   GError       **error)
{
  return lian_document_add_loaded (doc, registry, NULL, error);
}
