/* lian-json-pull.c: lian's own streaming JSON reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A tokenizer that hands out one token at a time, so that a document's
 * records can be built as they are read, without a tree of the whole
 * document (json-glib's parser needs about 13 times the file's size).
 * A stream is read a window at a time: a token that runs past the window's
 * end is read on once the window has been refilled.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lian-json-pull-private.h"
#include "lian-json-window-private.h"
#include "lian-registry-json.h"
#include "lian-error.h"
#include "lian-i18n-private.h"
#include "lian-record-private.h"

/* A record holds no text a document could not load back. */
G_STATIC_ASSERT (LIAN_JSON_MAX_STRING_LENGTH == LIAN_RECORD_MAX_TEXT_LENGTH);
/* One bit of LianJsonPull.objects a level. */
G_STATIC_ASSERT (LIAN_JSON_MAX_DEPTH <= 64);

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
lian_json_pull_init_stream (LianJsonPull *pull,
                            GInputStream *stream,
                            guint64       limit,
                            GCancellable *cancellable)
{
  const char *size = g_getenv ("LIAN_TEST_READ_WINDOW");
  LianJsonWindow *window;

  lian_json_pull_init (pull, "", 0);
  window = lian_json_window_new (stream, limit, cancellable,
                                 size ? g_ascii_strtoull (size, NULL, 10) : 0);
  pull->window = window;
  lian_json_window_read (window, 3);
  pull->data = pull->p = pull->line_start = window->buf;
  pull->end = window->buf + window->checked;
  if (window->checked >= 3 && memcmp (window->buf, "\xEF\xBB\xBF", 3) == 0)
    pull->data = pull->p = pull->line_start = window->buf + 3;
}

void
lian_json_pull_clear (LianJsonPull *pull)
{
  if (pull->string)
    g_string_free (pull->string, TRUE);
  pull->string = NULL;
  g_clear_pointer (&pull->window, lian_json_window_free);
}

static int
column_of (LianJsonPull *pull,
           const char   *at)
{
  const char *valid_end = NULL;

  /* Columns count characters; the line is valid UTF-8 up to @at. */
  if (!g_utf8_validate_len (pull->line_start, at - pull->line_start, &valid_end))
    return (int) (pull->line_column + (at - pull->line_start)) + 1;
  return (int) (pull->line_column + g_utf8_strlen (pull->line_start, at - pull->line_start)) + 1;
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
  if (pull->token == LIAN_TOKEN_END && pull->token_start == pull->end &&
      pull->dropped + (pull->end - pull->data) > 0)
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

  pull->failed = TRUE;
  va_start (args, format);
  error_at (pull, at, domain, code, error, format, args);
  va_end (args);
  return FALSE;
}

gboolean
lian_json_pull_validate (LianJsonPull  *pull,
                         GError       **error)
{
  const char *valid_end = lian_json_utf8_invalid (pull->data, pull->end);

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

/* The characters of a line's text, valid UTF-8. */
static guint
count_chars (const char *s,
             const char *end)
{
  guint n = 0;

  for (; s < end; s++)
    n += ((guchar) *s & 0xC0) != 0x80;
  return n;
}

/* Moves the window on, keeping the text from @keep: @n bytes from pull->p
 * on, if the document holds that many more. */
static gboolean
refill (LianJsonPull *pull,
        const char   *keep,
        gsize         n)
{
  LianJsonWindow *window = pull->window;
  gsize at, token_at;
  gboolean ok;

  if (window == NULL)
    return FALSE;
  g_assert (keep <= pull->p && pull->line_start <= keep);
  /* The line's first characters leave the window: count them. */
  pull->line_column += count_chars (pull->line_start, keep);
  pull->dropped += keep - pull->data;
  at = pull->p - keep;
  token_at = pull->token_start >= keep ? (gsize) (pull->token_start - keep) : 0;
  lian_json_window_drop (window, keep - window->buf);
  ok = lian_json_window_read (window, at + n);
  pull->data = pull->line_start = window->buf;
  pull->p = window->buf + at;
  pull->token_start = window->buf + token_at;
  pull->end = window->buf + window->checked;
  return ok;
}

/* Whether @n bytes from pull->p on are there, reading on if the window
 * holds fewer; keeps the current token. */
static inline gboolean
more (LianJsonPull *pull,
      gsize         n)
{
  return (gsize) (pull->end - pull->p) >= n || refill (pull, pull->token_start, n);
}

gboolean
lian_json_pull_finish (LianJsonPull  *pull,
                       GError       **error)
{
  LianJsonWindow *window = pull->window;
  g_autoptr(GError) encoding = NULL;

  if (window == NULL)
    return TRUE;
  /* Counts the lines on to the first byte that is not UTF-8, if any. */
  do
    for (const char *q = pull->p; (q = memchr (q, '\n', pull->end - q)) != NULL; )
      {
        pull->line++;
        pull->line_column = 0;
        pull->line_start = ++q;
      }
  while ((pull->p = pull->end, refill (pull, pull->p, 1)));
  if (window->bad)
    fail (pull, pull->end, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_ENCODING, &encoding,
          _("the document is not UTF-8 text"));
  /* A stream that fails, or passes the limit, is refused for that first. */
  lian_json_window_drain (window);
  if (window->error)
    {
      g_propagate_error (error, g_steal_pointer (&window->error));
      return FALSE;
    }
  if (encoding)
    {
      g_propagate_error (error, g_steal_pointer (&encoding));
      return FALSE;
    }
  return TRUE;
}

/* The index of the first byte of @w (a word read from memory, bytes in
 * their order) that is not 0; @w is not 0. */
static inline guint
first_nonzero (guint64 w)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined(__GNUC__)
  return __builtin_ctzll (w) / 8;
#else
  guint i = 0;
  guchar bytes[8];

  memcpy (bytes, &w, 8);
  while (bytes[i] == 0)
    i++;
  return i;
#endif
}

/* Skips the spaces from @q on, eight at a time where it can. */
static inline const char *
space_run (const char *q,
           const char *end)
{
  while (end - q >= 8)
    {
      guint64 w;
      memcpy (&w, q, 8);
      /* A byte that is not a space is not 0 once XORed with one. */
      w ^= ONES * ' ';
      if (w != 0)
        return q + first_nonzero (w);
      q += 8;
    }
  while (q < end && *q == ' ')
    q++;
  return q;
}

static void
skip_space (LianJsonPull *pull)
{
  const char *p = pull->p, *end = pull->end;

again:
  while (p < end)
    {
      char c = *p;
      if (c == ' ')
        p = space_run (p + 1, end);   /* indentation */
      else if (c == '\n')
        {
          pull->line++;
          pull->line_start = ++p;
          pull->line_column = 0;
        }
      else if (c == '\t' || c == '\r')
        p++;
      else
        break;
    }
  pull->p = p;
  if (p == end && refill (pull, p, 1))
    {
      p = pull->p;
      end = pull->end;
      goto again;
    }
}

/* Skips the bytes of a string that need no care: not '"', '\\' or a
 * control character; eight at a time where it can. In each of the three
 * masks the first byte flagged is the first that is one (a borrow only
 * runs on from a byte that is). */
static inline const char *
plain_run (const char *q,
           const char *end)
{
#ifdef __SSE2__
  /* Sixteen at a time where every x86-64 processor can. */
  const __m128i quote = _mm_set1_epi8 ('"'), backslash = _mm_set1_epi8 ('\\');
  const __m128i control = _mm_set1_epi8 (0x1F);

  while (end - q >= 16)
    {
      __m128i w = _mm_loadu_si128 ((const __m128i *) q);
      __m128i stop = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (w, quote),
                                                 _mm_cmpeq_epi8 (w, backslash)),
                                   _mm_cmpeq_epi8 (_mm_max_epu8 (w, control), control));
      int mask = _mm_movemask_epi8 (stop);

      if (mask)
        return q + __builtin_ctz (mask);
      q += 16;
    }
#endif
  while (end - q >= 8)
    {
      guint64 w, mask;
      memcpy (&w, q, 8);
      mask = has_zero (w ^ (ONES * '"')) | has_zero (w ^ (ONES * '\\')) |
             ((w - ONES * 0x20) & ~w & HIGHS);
      if (mask)
        return q + first_nonzero (mask);
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

/* Reads the escape at pull->p into the string, leaving pull->p on its
 * last character. */
static gboolean
read_escape (LianJsonPull  *pull,
             GError       **error)
{
  GString *out = pull->string;
  int u, lo;

  switch (pull->p[1])
    {
    case '"': g_string_append_c (out, '"'); return TRUE;
    case '\\': g_string_append_c (out, '\\'); return TRUE;
    case '/': g_string_append_c (out, '/'); return TRUE;
    case 'b': g_string_append_c (out, '\b'); return TRUE;
    case 'f': g_string_append_c (out, '\f'); return TRUE;
    case 'n': g_string_append_c (out, '\n'); return TRUE;
    case 'r': g_string_append_c (out, '\r'); return TRUE;
    case 't': g_string_append_c (out, '\t'); return TRUE;
    case 'u':
      break;
    default:
      return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                   _("\\%c is not a JSON escape"), g_ascii_isgraph (pull->p[1]) ? pull->p[1] : '?');
    }
  u = more (pull, 6) ? hex4 (pull->p + 2) : -1;
  if (u < 0)
    return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                 _("\\u needs 4 hex digits"));
  if (u >= 0xD800 && u <= 0xDBFF)
    {
      lo = more (pull, 12) && pull->p[6] == '\\' && pull->p[7] == 'u' ? hex4 (pull->p + 8) : -1;
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
  return TRUE;
}

static gboolean
read_string (LianJsonPull  *pull,
             GError       **error)
{
  GString *out = pull->string;

  pull->p++;   /* the opening quote */
  out->len = 0;
  out->str[0] = '\0';
  for (;;)
    {
      const char *run = pull->p, *q;
      gsize len = out->len;

      q = plain_run (run, pull->end);
      pull->p = q;
      /* Sets the length and the terminating NUL, growing as needed. */
      if (len + (q - run) < out->allocated_len)
        {
          out->len = len + (q - run);
          out->str[out->len] = '\0';
        }
      else
        g_string_set_size (out, len + (q - run));
      memcpy (out->str + len, run, q - run);
      if (out->len > LIAN_JSON_MAX_STRING_LENGTH)
        return fail (pull, pull->token_start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_LIMIT, error,
                     _("a string longer than %d bytes"), LIAN_JSON_MAX_STRING_LENGTH);
      if (q == pull->end)
        {
          /* The window ends, perhaps not the string. */
          if (!more (pull, 1))
            return fail (pull, pull->token_start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX,
                         error, _("the document ends inside this string"));
          continue;
        }
      if (*pull->p == '"')
        {
          pull->p++;
          return TRUE;
        }
      if ((guchar) *pull->p < 0x20)
        return fail (pull, pull->p, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                     _("a control character inside a string"));

      /* An escape */
      if (!more (pull, 2))
        return fail (pull, pull->token_start, LIAN_FORMAT_ERROR, LIAN_FORMAT_ERROR_SYNTAX, error,
                     _("the document ends inside this string"));
      if (!read_escape (pull, error))
        return FALSE;
      pull->p += 2;
    }
}

/* Brings into the window the whole run of characters a number could hold
 * that starts at pull->p, and the character after it. */
static void
number_in_window (LianJsonPull *pull)
{
  for (;;)
    {
      const char *q = pull->p;

      while (q < pull->end && (g_ascii_isdigit (*q) || *q == '-' || *q == '+' || *q == '.' ||
                               *q == 'e' || *q == 'E'))
        q++;
      if (q < pull->end || !more (pull, q - pull->p + 1))
        return;
    }
}

static gboolean
read_number (LianJsonPull  *pull,
             GError       **error)
{
  const char *start;
  gboolean integer = TRUE;
  char buf[64];
  gsize len;

  number_in_window (pull);
  start = pull->p;
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

  if (!more (pull, n) || memcmp (pull->p, word, n) != 0)
    return unexpected (pull, error);
  pull->p += n;
  pull->token = token;
  return TRUE;
}

gboolean
lian_json_pull_next (LianJsonPull  *pull,
                     GError       **error)
{
  pull->prev2 = pull->prev;
  pull->prev = pull->token;
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
      if (*pull->p == '{')
        pull->objects |= G_GUINT64_CONSTANT (1) << (pull->depth - 1);
      else
        pull->objects &= ~(G_GUINT64_CONSTANT (1) << (pull->depth - 1));
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
  /* The ':' after a member's name, as a document writes it. */
  if (token == LIAN_TOKEN_COLON && pull->p < pull->end && *pull->p == ':')
    {
      pull->prev2 = pull->prev;
      pull->prev = pull->token;
      pull->token_start = pull->p++;
      pull->token = LIAN_TOKEN_COLON;
      return TRUE;
    }
  if (!lian_json_pull_next (pull, error))
    return FALSE;
  if (pull->token == token)
    return TRUE;
  return lian_json_pull_error (pull, error, _("expected %s, not %s"), what, lian_json_pull_token_name (pull->token));
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
