/* lian-json-pull.c: lian's own streaming JSON reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A tokenizer that hands out one token at a time, so that a document's
 * records can be built as they are read, without a tree of the whole
 * document (json-glib's parser needs about 13 times the file's size).
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lian-json-pull-private.h"
#include "lian-registry-json.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"

/* A record holds no text a document could not load back. */
G_STATIC_ASSERT (LIAN_JSON_MAX_STRING_LENGTH == LIAN_RECORD_MAX_TEXT_LENGTH);

void
lian_json_pull_init (LianJsonPull *pull,
                     const char   *data,
                     gsize         length)
{
  memset (pull, 0, sizeof *pull);
  pull->data = pull->p = pull->line_start = data;
  pull->end = data + length;
  pull->line = 1;
  pull->string = g_string_sized_new (256);
}

void
lian_json_pull_clear (LianJsonPull *pull)
{
  if (pull->string)
    g_string_free (pull->string, TRUE);
  pull->string = NULL;
}

static int
column_of (LianJsonPull *pull,
           const char   *at)
{
  const char *valid_end = NULL;

  /* Columns count characters; the line is valid UTF-8 up to @at. */
  if (!g_utf8_validate_len (pull->line_start, at - pull->line_start, &valid_end))
    return (int) (at - pull->line_start) + 1;
  return (int) g_utf8_strlen (pull->line_start, at - pull->line_start) + 1;
}

static gboolean
error_at (LianJsonPull  *pull,
          const char    *at,
          GQuark         domain,
          int            code,
          GError       **error,
          const char    *format,
          va_list        args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (error, domain, code, "line %u, column %d: %s", pull->line,
               column_of (pull, at), message);
  return FALSE;
}

gboolean
lian_json_pull_error (LianJsonPull  *pull,
                      GError       **error,
                      const char    *format,
                      ...)
{
  va_list args;

  /* Whatever was expected, the real trouble is that the text stopped. */
  if (pull->token == LIAN_TOKEN_END && pull->token_start == pull->end && pull->end > pull->data)
    format = _("the document ends before it is complete");
  va_start (args, format);
  error_at (pull, pull->token_start ? pull->token_start : pull->p, LIAN_FORMAT_ERROR,
            LIAN_FORMAT_ERROR_SYNTAX, error, format, args);
  va_end (args);
  return FALSE;
}

/* Places */

const char *
lian_place_path (LianPlace *place)
{
  if (place == NULL)
    return "$";
  if (place->text == NULL)
    {
      const char *parent = lian_place_path (place->parent);
      if (place->member == NULL)
        place->text = g_strdup_printf ("%s[%u]", parent, place->index);
      else if (place->indexed)
        place->text = g_strdup_printf ("%s.%s[%u]", parent, place->member, place->index);
      else
        place->text = g_strdup_printf ("%s.%s", parent, place->member);
    }
  return place->text;
}

void
lian_place_clear (LianPlace *place)
{
  g_clear_pointer (&place->text, g_free);
}

static gboolean
fail (LianJsonPull  *pull,
      const char    *at,
      GQuark         domain,
      int            code,
      GError       **error,
      const char    *format,
      ...)
{
  va_list args;

  va_start (args, format);
  error_at (pull, at, domain, code, error, format, args);
  va_end (args);
  return FALSE;
}

/* Where the first byte that is not part of valid UTF-8 (or is NUL) lies,
 * as g_utf8_validate_len() would find it; @end if there is none. Runs of
 * ASCII, most of a document, are checked eight bytes at a time. */
static const char *
utf8_invalid (const char *s,
              const char *end)
{
  const guchar *p = (const guchar *) s, *e = (const guchar *) end;

  while (p < e)
    {
      guint c = *p, need;
      guint32 cp, min;

      if (c >= 0x01 && c < 0x80)
        {
          p++;
          /* Eight ASCII bytes, none NUL, at a time. */
          while (e - p >= 8)
            {
              guint64 w;
              memcpy (&w, p, 8);
              if ((w & 0x8080808080808080ull) ||
                  ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
                break;
              p += 8;
            }
          continue;
        }
      if (c >= 0xC2 && c <= 0xDF)
        need = 1, cp = c & 0x1F, min = 0x80;
      else if (c >= 0xE0 && c <= 0xEF)
        need = 2, cp = c & 0x0F, min = 0x800;
      else if (c >= 0xF0 && c <= 0xF4)
        need = 3, cp = c & 0x07, min = 0x10000;
      else
        return (const char *) p;
      if ((gsize) (e - p) <= need)
        return (const char *) p;
      for (guint i = 1; i <= need; i++)
        {
          if ((p[i] & 0xC0) != 0x80)
            return (const char *) p;
          cp = (cp << 6) | (p[i] & 0x3F);
        }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return (const char *) p;
      p += need + 1;
    }
  return end;
}

gboolean
lian_json_pull_validate (LianJsonPull  *pull,
                         GError       **error)
{
  const char *valid_end = utf8_invalid (pull->data, pull->end);

  if (valid_end == pull->end)
    return TRUE;
  /* Count the lines up to the bad byte for the message. */
  for (const char *q = pull->data; q < valid_end; q++)
    if (*q == '\n')
      {
        pull->line++;
        pull->line_start = q + 1;
      }
  return fail (pull, valid_end, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING, error,
               _("the document is not UTF-8 text"));
}

#define ONES  0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Whether a byte of @w is zero. */
static inline guint64
has_zero (guint64 w)
{
  return (w - ONES) & ~w & HIGHS;
}

static void
skip_space (LianJsonPull *pull)
{
  const char *p = pull->p, *end = pull->end;

  while (p < end)
    {
      char c = *p;
      if (c == ' ')
        {
          /* Indentation, eight spaces at a time. */
          guint64 w;
          p++;
          while (end - p >= 8 && (memcpy (&w, p, 8), w == ONES * ' '))
            p += 8;
        }
      else if (c == '\n')
        {
          pull->line++;
          pull->line_start = ++p;
        }
      else if (c == '\t' || c == '\r')
        p++;
      else
        break;
    }
  pull->p = p;
}

/* Skips the bytes of a string that need no care: not '"', '\\' or a
 * control character; eight at a time where it can. */
static inline const char *
plain_run (const char *q,
           const char *end)
{
  while (end - q >= 8)
    {
      guint64 w;
      memcpy (&w, q, 8);
      if (has_zero (w ^ (ONES * '"')) || has_zero (w ^ (ONES * '\\')) ||
          ((w - ONES * 0x20) & ~w & HIGHS))
        break;
      q += 8;
    }
  while (q < end && *q != '"' && *q != '\\' && (guchar) *q >= 0x20)
    q++;
  return q;
}

static int
hex4 (const char *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

static gboolean
read_string (LianJsonPull  *pull,
             GError       **error)
{
  const char *start = pull->p++;   /* the opening quote */
  GString *out = pull->string;

  g_string_truncate (out, 0);
  for (;;)
    {
      const char *run = pull->p, *q = run, *end = pull->end;
      gsize len = out->len;

      q = plain_run (q, end);
      pull->p = q;
      /* Sets the length and the terminating NUL, growing as needed. */
      g_string_set_size (out, len + (q - run));
      memcpy (out->str + len, run, q - run);
      if (out->len > LIAN_JSON_MAX_STRING_LENGTH)
        return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT, error,
                     _("a string longer than %d bytes"), LIAN_JSON_MAX_STRING_LENGTH);
      if (pull->p >= pull->end)
        return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                     _("the document ends inside this string"));
      if (*pull->p == '"')
        {
          pull->p++;
          return TRUE;
        }
      if ((guchar) *pull->p < 0x20)
        return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                     _("a control character inside a string"));

      /* An escape */
      if (pull->end - pull->p < 2)
        return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                     _("the document ends inside this string"));
      switch (pull->p[1])
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            int u = pull->end - pull->p >= 6 ? hex4 (pull->p + 2) : -1;
            if (u < 0)
              return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                           _("\\u needs 4 hex digits"));
            if (u >= 0xD800 && u <= 0xDBFF)
              {
                int lo = pull->end - pull->p >= 12 && pull->p[6] == '\\' && pull->p[7] == 'u'
                         ? hex4 (pull->p + 8) : -1;
                if (lo < 0xDC00 || lo > 0xDFFF)
                  return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING, error,
                               _("\\u%04X is half of a surrogate pair"), (guint) u);
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                pull->p += 6;
              }
            else if (u >= 0xDC00 && u <= 0xDFFF)
              return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING, error,
                           _("\\u%04X is half of a surrogate pair"), (guint) u);
            if (u == 0)
              return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING, error,
                           _("\\u0000 cannot be held in a string"));
            g_string_append_unichar (out, u);
            pull->p += 4;
          }
          break;
        default:
          return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                       _("\\%c is not a JSON escape"), g_ascii_isgraph (pull->p[1]) ? pull->p[1] : '?');
        }
      pull->p += 2;
    }
}

static gboolean
read_number (LianJsonPull  *pull,
             GError       **error)
{
  const char *start = pull->p;
  gboolean integer = TRUE;
  char buf[64];
  gsize len;

  if (*pull->p == '-')
    pull->p++;
  if (pull->p >= pull->end || !g_ascii_isdigit (*pull->p))
    return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error, _("a malformed number"));
  if (*pull->p == '0' && pull->p + 1 < pull->end && g_ascii_isdigit (pull->p[1]))
    return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error, _("a number with a leading zero"));
  while (pull->p < pull->end && g_ascii_isdigit (*pull->p))
    pull->p++;
  if (pull->p < pull->end && *pull->p == '.')
    {
      integer = FALSE;
      pull->p++;
      if (pull->p >= pull->end || !g_ascii_isdigit (*pull->p))
        return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error, _("a malformed number"));
      while (pull->p < pull->end && g_ascii_isdigit (*pull->p))
        pull->p++;
    }
  if (pull->p < pull->end && (*pull->p == 'e' || *pull->p == 'E'))
    {
      integer = FALSE;
      pull->p++;
      if (pull->p < pull->end && (*pull->p == '+' || *pull->p == '-'))
        pull->p++;
      if (pull->p >= pull->end || !g_ascii_isdigit (*pull->p))
        return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error, _("a malformed number"));
      while (pull->p < pull->end && g_ascii_isdigit (*pull->p))
        pull->p++;
    }

  len = pull->p - start;
  if (len >= sizeof buf)
    {
      if (integer)
        return fail (pull, start, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE, error,
                     _("%.40s does not fit in a 64-bit integer"), start);
      return fail (pull, start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT, error, _("a number longer than 63 characters"));
    }
  memcpy (buf, start, len);
  buf[len] = '\0';
  if (integer)
    {
      char *endptr;
      errno = 0;
      pull->int_value = g_ascii_strtoll (buf, &endptr, 10);
      if (errno == ERANGE)
        return fail (pull, start, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE, error, _("%s does not fit in a 64-bit integer"), buf);
      pull->token = LIAN_TOKEN_INT;
    }
  else
    {
      pull->double_value = g_ascii_strtod (buf, NULL);
      if (!isfinite (pull->double_value))
        return fail (pull, start, LIAN_DATA_ERROR, LIAN_DATA_ERROR_OUT_OF_RANGE, error,
                     _("%s does not fit in a double"), buf);
      pull->token = LIAN_TOKEN_DOUBLE;
    }
  return TRUE;
}

/* The character at pull->p, named: a byte-order mark inside the document
 * (two files joined), or the character and its code point. */
static gboolean
unexpected (LianJsonPull  *pull,
            GError       **error)
{
  gunichar c = g_utf8_get_char_validated (pull->p, pull->end - pull->p);
  char utf8[8] = { 0 };

  if (c == 0xFEFF)
    return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                 _("a byte-order mark (U+FEFF) inside the document, as when two files are "
                 "joined into one"));
  if (c < 0x80 || c == (gunichar) -1 || c == (gunichar) -2)
    return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                 _("unexpected character '%c'"), g_ascii_isgraph (*pull->p) ? *pull->p : '?');
  g_unichar_to_utf8 (c, utf8);
  return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
               _("unexpected character '%s' (U+%04X)"), g_unichar_isprint (c) ? utf8 : "?", c);
}

static gboolean
read_literal (LianJsonPull  *pull,
              const char    *word,
              LianToken      token,
              GError       **error)
{
  gsize n = strlen (word);

  if ((gsize) (pull->end - pull->p) < n || memcmp (pull->p, word, n) != 0)
    return unexpected (pull, error);
  pull->p += n;
  pull->token = token;
  return TRUE;
}

gboolean
lian_json_pull_next (LianJsonPull  *pull,
                     GError       **error)
{
  skip_space (pull);
  pull->token_start = pull->p;
  if (pull->p >= pull->end)
    {
      pull->token = LIAN_TOKEN_END;
      return TRUE;
    }
  switch (*pull->p)
    {
    case '{':
    case '[':
      if (++pull->depth > LIAN_JSON_MAX_DEPTH)
        return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT, error,
                     _("nesting deeper than %d levels"), LIAN_JSON_MAX_DEPTH);
      pull->token = *pull->p == '{' ? LIAN_TOKEN_BEGIN_OBJECT : LIAN_TOKEN_BEGIN_ARRAY;
      pull->p++;
      return TRUE;
    case '}':
    case ']':
      pull->depth--;
      pull->token = *pull->p == '}' ? LIAN_TOKEN_END_OBJECT : LIAN_TOKEN_END_ARRAY;
      pull->p++;
      return TRUE;
    case ':':
      pull->token = LIAN_TOKEN_COLON;
      pull->p++;
      return TRUE;
    case ',':
      pull->token = LIAN_TOKEN_COMMA;
      pull->p++;
      return TRUE;
    case '"':
      pull->token = LIAN_TOKEN_STRING;
      return read_string (pull, error);
    case 't':
      return read_literal (pull, "true", LIAN_TOKEN_TRUE, error);
    case 'f':
      return read_literal (pull, "false", LIAN_TOKEN_FALSE, error);
    case 'n':
      return read_literal (pull, "null", LIAN_TOKEN_NULL, error);
    default:
      if (*pull->p == '-' || g_ascii_isdigit (*pull->p))
        return read_number (pull, error);
      return unexpected (pull, error);
    }
}

gboolean
lian_json_pull_duplicate (LianJsonPull  *pull,
                          LianPlace     *object,
                          const char    *name,
                          GError       **error)
{
  g_auto(LianPlace) member = { object, name, 0, FALSE, NULL };

  /* JSON leaves it open which of the two counts; lian keeps neither. */
  return fail (pull, pull->token_start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
               _("%s: duplicate member (a name may appear only once in an object)"),
               lian_place_path (&member));
}

const char *
lian_json_pull_token_name (LianToken token)
{
  static const char * const names[] = {
    N_("the end of the document"), "'{'", "'}'", "'['", "']'", "':'", "','", N_("a string"),
    N_("a number"), N_("a number"), "true", "false", "null",
  };
  return names[token][0] == '\'' || token >= LIAN_TOKEN_TRUE ? names[token] : _(names[token]);
}

gboolean
lian_json_pull_expect (LianJsonPull  *pull,
                       LianToken      token,
                       const char    *what,
                       GError       **error)
{
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  if (pull->token == token)
    return TRUE;
  return lian_json_pull_error (pull, error, _("expected %s, not %s"), what, lian_json_pull_token_name (pull->token));
}

/* A scalar token as a value node, or NULL if the token is not a value. */
static JsonNode *
scalar_node (LianJsonPull *pull)
{
  JsonNode *node;

  switch (pull->token)
    {
    case LIAN_TOKEN_STRING:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, pull->string->str);
      return node;
    case LIAN_TOKEN_INT:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, pull->int_value);
      return node;
    case LIAN_TOKEN_DOUBLE:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_double (node, pull->double_value);
      return node;
    case LIAN_TOKEN_TRUE:
    case LIAN_TOKEN_FALSE:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, pull->token == LIAN_TOKEN_TRUE);
      return node;
    case LIAN_TOKEN_NULL:
      return json_node_new (JSON_NODE_NULL);
    default:
      return NULL;
    }
}

gboolean
lian_json_pull_next_item (LianJsonPull  *pull,
                          gboolean       object,
                          GError       **error)
{
  const char *found = lian_json_pull_token_name (pull->token);

  if (pull->token == LIAN_TOKEN_COMMA)
    return lian_json_pull_next (pull, error);
  if (object)
    return lian_json_pull_error (pull, error, _("expected ',' or '}', not %s"), found);
  return lian_json_pull_error (pull, error, _("expected ',' or ']', not %s"), found);
}

/* The array that starts at the current '['; the current token is then
 * its ']'. */
static JsonNode *
array_node (LianJsonPull  *pull,
            LianPlace     *place,
            GError       **error)
{
  g_autoptr(JsonArray) array = json_array_new ();
  JsonNode *node;

  if (!lian_json_pull_next (pull, error))
    return NULL;
  while (pull->token != LIAN_TOKEN_END_ARRAY)
    {
      g_auto(LianPlace) where = { place, NULL, json_array_get_length (array), TRUE, NULL };
      JsonNode *item;

      if (json_array_get_length (array) > 0 &&
          !lian_json_pull_next_item (pull, FALSE, error))
        return NULL;
      item = lian_json_pull_node (pull, &where, error);
      if (item == NULL)
        return NULL;
      json_array_add_element (array, item);
      if (!lian_json_pull_next (pull, error))
        return NULL;
    }
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_set_array (node, array);
  return node;
}

/* The object that starts at the current '{'; the current token is then
 * its '}'. A member named twice is refused. */
static JsonNode *
object_node (LianJsonPull  *pull,
             LianPlace     *place,
             GError       **error)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node;

  if (!lian_json_pull_next (pull, error))
    return NULL;
  while (pull->token != LIAN_TOKEN_END_OBJECT)
    {
      g_autofree char *name = NULL;
      g_auto(LianPlace) where = { place, NULL, 0, FALSE, NULL };
      JsonNode *value;

      if (json_object_get_size (object) > 0 &&
          !lian_json_pull_next_item (pull, TRUE, error))
        return NULL;
      if (pull->token != LIAN_TOKEN_STRING)
        return lian_json_pull_error (pull, error, _("expected a member name, not %s"),
                                     lian_json_pull_token_name (pull->token)), NULL;
      if (json_object_has_member (object, pull->string->str))
        return lian_json_pull_duplicate (pull, place, pull->string->str, error), NULL;
      name = g_strdup (pull->string->str);
      where.member = name;
      if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
          !lian_json_pull_next (pull, error))
        return NULL;
      value = lian_json_pull_node (pull, &where, error);
      if (value == NULL)
        return NULL;
      json_object_set_member (object, name, value);
      if (!lian_json_pull_next (pull, error))
        return NULL;
    }
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

JsonNode *
lian_json_pull_node (LianJsonPull  *pull,
                     LianPlace     *place,
                     GError       **error)
{
  JsonNode *node;

  if (pull->token == LIAN_TOKEN_BEGIN_ARRAY)
    return array_node (pull, place, error);
  if (pull->token == LIAN_TOKEN_BEGIN_OBJECT)
    return object_node (pull, place, error);
  node = scalar_node (pull);
  if (node == NULL)
    lian_json_pull_error (pull, error, _("expected a value, not %s"),
                          lian_json_pull_token_name (pull->token));
  return node;
}

gboolean
lian_json_pull_skip (LianJsonPull  *pull,
                     GError       **error)
{
  gboolean object;
  guint n = 0;

  if (pull->token != LIAN_TOKEN_BEGIN_ARRAY && pull->token != LIAN_TOKEN_BEGIN_OBJECT)
    {
      if (pull->token >= LIAN_TOKEN_STRING)
        return TRUE;
      return lian_json_pull_error (pull, error, _("expected a value, not %s"), lian_json_pull_token_name (pull->token));
    }
  object = pull->token == LIAN_TOKEN_BEGIN_OBJECT;
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  while (pull->token != (object ? LIAN_TOKEN_END_OBJECT : LIAN_TOKEN_END_ARRAY))
    {
      if (n++ > 0)
        {
          if (pull->token != LIAN_TOKEN_COMMA)
            return lian_json_pull_error (pull, error, _("expected ',' or '%c', not %s"),
                                         object ? '}' : ']', lian_json_pull_token_name (pull->token));
          if (!lian_json_pull_next (pull, error))
            return FALSE;
        }
      if (object)
        {
          if (pull->token != LIAN_TOKEN_STRING)
            return lian_json_pull_error (pull, error, _("expected a member name, not %s"),
                                         lian_json_pull_token_name (pull->token));
          if (!lian_json_pull_expect (pull, LIAN_TOKEN_COLON, "':'", error) ||
              !lian_json_pull_next (pull, error))
            return FALSE;
        }
      if (!lian_json_pull_skip (pull, error) || !lian_json_pull_next (pull, error))
        return FALSE;
    }
  return TRUE;
}
