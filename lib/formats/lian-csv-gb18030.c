/* lian-csv-gb18030.c: decoding GB18030 text through a table of its two-byte characters
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A Chinese spreadsheet saved as CSV is ASCII and two-byte characters,
 * which iconv decodes through UCS-4 at a few dozen instructions each.
 * Here the UTF-8 of every two-byte character is looked up in a table
 * made once from iconv's own conversion, so the text is the same as
 * iconv's; a four-byte character, and bytes the table does not have (a
 * code iconv refuses, a character cut by the end of the bytes), go to
 * iconv, which converts them or says what is wrong with them.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "lian-csv-private.h"

/* Lead bytes 0x81-0xFE; second bytes 0x40-0xFE but 0x7F. */
#define FIRST_LEAD   0x81
#define N_LEADS      126
#define FIRST_TRAIL  0x40
#define N_TRAILS     191   /* 0x40-0xFE, with 0x7F, which is no second byte */

/* A two-byte character's UTF-8, of 1 to 3 bytes; 0 bytes for one the
 * table does not have. */
typedef struct
{
  guint8 n;
  guint8 utf8[3];
} Pair;

static Pair *pairs;

static gboolean
is_trail (guint t)
{
  return t >= FIRST_TRAIL && t <= 0xFE && t != 0x7F;
}

/* The length of the UTF-8 character starting with @c. */
static guint
utf8_length (guchar c)
{
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Converts @n bytes of @in into @out, which has room for 8 bytes a byte;
 * the length written, or -1 if iconv does not take them all. */
static gssize
convert_bytes (GIConv      conv,
               const char *in,
               gsize       n,
               char       *out)
{
  char *ip = (char *) in, *op = out;
  gsize in_left = n, out_left = n * 8;

  g_iconv (conv, NULL, NULL, NULL, NULL);
  if (g_iconv (conv, &ip, &in_left, &op, &out_left) == (gsize) -1 || in_left != 0)
    return -1;
  return op - out;
}

/* @out, @n bytes, into @pair if it is one character of 1 to 3 bytes. */
static void
take_one (Pair       *pair,
          const char *out,
          gssize      n)
{
  if (n > 0 && n <= 3 && utf8_length (out[0]) == (guint) n)
    {
      pair->n = (guint8) n;
      memcpy (pair->utf8, out, n);
    }
}

/* The pairs of lead byte @lead: all of them in one conversion, or, if
 * iconv refuses one or the output is not one short character each, each
 * apart. */
static void
fill_lead (GIConv  conv,
           guint   lead,
           Pair   *row)
{
  char in[N_TRAILS * 2], out[N_TRAILS * 2 * 8];
  gsize n = 0;
  gssize written;
  guint t, k = 0;

  for (t = FIRST_TRAIL; t <= 0xFE; t++)
    if (is_trail (t))
      {
        in[n++] = (char) lead;
        in[n++] = (char) t;
      }
  written = convert_bytes (conv, in, n, out);
  if (written > 0)
    {
      const char *p = out, *end = out + written;
      for (t = FIRST_TRAIL; t <= 0xFE && p < end; t++)
        if (is_trail (t))
          {
            guint len = utf8_length (*p);
            take_one (&row[t - FIRST_TRAIL], p, MIN (len, (gsize) (end - p)));
            p += len;
            k++;
          }
      if (k == N_TRAILS - 1 && p == end)
        return;
      memset (row, 0, N_TRAILS * sizeof (Pair));
    }
  for (t = FIRST_TRAIL; t <= 0xFE; t++)
    if (is_trail (t))
      {
        char one[2] = { (char) lead, (char) t };
        take_one (&row[t - FIRST_TRAIL], out, convert_bytes (conv, one, 2, out));
      }
}

/* The table, made once. NULL if iconv has no GB18030. */
static const Pair *
get_pairs (void)
{
  static gsize made = 0;

  if (g_once_init_enter (&made))
    {
      GIConv conv = g_iconv_open ("UTF-8", "GB18030");

      if (conv != (GIConv) -1)
        {
          pairs = g_new0 (Pair, N_LEADS * N_TRAILS);
          for (guint lead = 0; lead < N_LEADS; lead++)
            fill_lead (conv, FIRST_LEAD + lead, pairs + lead * N_TRAILS);
          g_iconv_close (conv);
        }
      g_once_init_leave (&made, 1);
    }
  return pairs;
}

gboolean
lian_csv_gb18030_available (void)
{
  return get_pairs () != NULL;
}

/* One character at *in through @conv, as g_iconv() would convert it. */
static gsize
through_iconv (GIConv   conv,
               char   **in,
               gsize   *in_left,
               char   **out,
               gsize   *out_left)
{
  char *start = *in;
  gsize n = MIN (*in_left, 4), left = n;
  gsize result = g_iconv (conv, in, &left, out, out_left);
  int saved = errno;

  *in_left -= *in - start;
  /* Something converted: what stopped it is met again from there. */
  if (*in > start || result != (gsize) -1)
    return 0;
  /* A character cut by the end of the bytes, or one iconv refuses. */
  errno = saved == EINVAL && n < 4 && n == *in_left ? EINVAL : saved == E2BIG ? E2BIG : EILSEQ;
  return (gsize) -1;
}

/* Copies the run of ASCII at *p (before @end) to *o; FALSE if it does
 * not all fit before @o_end (what fits is copied). */
static inline gboolean
copy_ascii (const guchar **p,
            const guchar  *end,
            char         **o,
            char          *o_end)
{
  const guchar *run = *p, *q = run;
  gsize n, room = o_end - *o;
  guint64 w;

  /* Eight bytes at a time while none has its high bit. */
  while (end - q >= 8 && (memcpy (&w, q, 8), (w & G_GUINT64_CONSTANT (0x8080808080808080)) == 0))
    q += 8;
  while (q < end && *q < 0x80)
    q++;
  n = MIN ((gsize) (q - run), room);
  memcpy (*o, run, n);
  *o += n;
  *p = run + n;
  return n == (gsize) (q - run);
}

gsize
lian_csv_gb18030_decode (GIConv   conv,
                         char   **in,
                         gsize   *in_left,
                         char   **out,
                         gsize   *out_left)
{
  const Pair *table = get_pairs ();
  const guchar *p = (const guchar *) *in, *end = p + *in_left;
  char *o = *out, *o_end = o + *out_left;

  while (p < end)
    {
      guint c = p[0];
      const Pair *pair;

      /* A run of ASCII, copied as it is. */
      if (c < 0x80)
        {
          if (!copy_ascii (&p, end, &o, o_end))
            break;
          continue;
        }
      if (c >= FIRST_LEAD && c <= 0xFE && p + 1 < end && is_trail (p[1]) &&
          (pair = &table[(c - FIRST_LEAD) * N_TRAILS + (p[1] - FIRST_TRAIL)])->n &&
          o_end - o >= 3)
        {
          memcpy (o, pair->utf8, 3);
          o += pair->n;
          p += 2;
          continue;
        }
      /* A four-byte character, or what the table does not have. */
      {
        char *ip = (char *) p;
        gsize left = end - p, room = o_end - o;

        if (through_iconv (conv, &ip, &left, &o, &room) == (gsize) -1)
          {
            *in_left = end - p;
            *in = (char *) p;
            *out_left = o_end - o;
            *out = o;
            return (gsize) -1;
          }
        p = (const guchar *) ip;
      }
    }
  if (p < end)
    errno = E2BIG;
  *in_left = end - p;
  *in = (char *) p;
  *out_left = o_end - o;
  *out = o;
  return p < end ? (gsize) -1 : 0;
}
