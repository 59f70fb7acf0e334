/* lian-dup-names.c: the keys enterprises are compared by for duplicates
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * People write one enterprise's name many ways: 华润微电子（无锡）有限公司,
 * 华润微电子(无锡), 无锡华润微电子有限公司. The core of a name is what is
 * left once lian_text_normalize_name() has folded widths, brackets, spaces
 * and company forms, and the region it begins with, or holds in brackets,
 * is set aside; the regions are those of GB/T 2260 lian knows, with and
 * without 省/市/区/县.
 */
#include "config.h"

#include <string.h>

#include "lian-duplicates-private.h"
#include "lian-region-code.h"
#include "lian-region-code-private.h"
#include "lian-text-private.h"

static GHashTable *region_names;   /* name → itself, static for the process */
static guint longest_region;       /* bytes */

static void
add_region_name (const char *name)
{
  static const char * const forms[] = { "省", "市", "区", "县" };
  gsize len = strlen (name);

  g_hash_table_add (region_names, g_strdup (name));
  longest_region = MAX (longest_region, len);
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      gsize flen = strlen (forms[i]);

      /* 无锡市 → 无锡, but 滨湖区 stays whole: one character is no name. */
      if (len >= flen + 6 && g_str_has_suffix (name, forms[i]))
        g_hash_table_add (region_names, g_strndup (name, len - flen));
    }
}

static GHashTable *
get_region_names (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      const char * const *codes = lian_region_code_list_builtin ();

      region_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; codes[i]; i++)
        add_region_name (lian_adcode_get_name (codes[i]));
      g_once_init_leave (&once, 1);
    }
  return region_names;
}

/* The length in bytes of the longest region name @text begins with, 0 if
 * none; at least two characters must follow it. */
static gsize
region_prefix (const char *text,
               gsize       len)
{
  GHashTable *names = get_region_names ();
  char buf[64];
  gsize best = 0;
  const char *p = text;

  while (*p && (gsize) (p - text) < MIN (len, sizeof buf - 1))
    {
      gsize n;

      p = g_utf8_next_char (p);
      n = p - text;
      if (n >= sizeof buf || n > longest_region)
        break;
      memcpy (buf, text, n);
      buf[n] = '\0';
      if (g_hash_table_contains (names, buf) && g_utf8_strlen (text + n, len - n) >= 2)
        best = n;
    }
  return best;
}

/* Takes out of @s each "(…)" that holds a region name, then the other
 * brackets (their text stays). */
static void
drop_bracketed_regions (GString *s)
{
  GHashTable *names = get_region_names ();
  gsize i = 0;

  while (i < s->len)
    {
      char *close;

      if (s->str[i] != '(' || (close = strchr (s->str + i + 1, ')')) == NULL)
        {
          i++;
          continue;
        }
      {
        g_autofree char *inside = g_strndup (s->str + i + 1, close - (s->str + i + 1));
        if (g_hash_table_contains (names, inside))
          g_string_erase (s, i, close - (s->str + i) + 1);
        else
          i++;
      }
    }
  for (i = 0; i < s->len; )
    if (s->str[i] == '(' || s->str[i] == ')')
      g_string_erase (s, i, 1);
    else
      i++;
}

void
lian_dup_name_core (const char *name,
                    GString    *out)
{
  g_autoptr(GString) work = g_string_sized_new (64);
  gsize cut;

  lian_text_normalize_name (name, out);
  if (out->len == 0 || !g_utf8_validate (out->str, out->len, NULL))
    return;
  g_string_assign (work, out->str);
  drop_bracketed_regions (work);
  while ((cut = region_prefix (work->str, work->len)) > 0)
    g_string_erase (work, 0, cut);
  /* Once the region is gone the company form may be last again:
   * 华芯(无锡)有限公司 → 华芯有限公司 → 华芯. */
  {
    g_autofree char *again = g_strndup (work->str, work->len);
    lian_text_normalize_name (again, work);
  }
  if (g_utf8_strlen (work->str, work->len) >= 2)
    g_string_assign (out, work->str);
}

void
lian_dup_phone_key (const char *phone,
                    GString    *out)
{
  const char *digits;

  g_string_truncate (out, 0);
  for (const char *p = phone ? phone : ""; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);
  digits = out->str;
  if (out->len == 13 && g_str_has_prefix (digits, "86"))
    g_string_erase (out, 0, 2);
  while (out->len > 0 && out->str[0] == '0')
    g_string_erase (out, 0, 1);
  if (out->len < 7)
    g_string_truncate (out, 0);
}
