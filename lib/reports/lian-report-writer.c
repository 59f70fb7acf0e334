/* lian-report-writer.c: the parts of a report, in HTML or in Markdown
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "lian-report-private.h"
#include "lian-enum-types.h"
#include "lian-enums-private.h"
#include "lian-mask.h"
#include "lian-date.h"

enum { PART_NONE, PART_BODY, PART_FOOT };

void
lian_report_init (LianReport       *r,
                  LianRegistry     *registry,
                  LianReportFormat  format,
                  LianReportFlags   flags)
{
  memset (r, 0, sizeof *r);
  r->registry = registry;
  r->format = format;
  r->flags = flags;
  r->out = g_string_sized_new (16384);
}

/* Escaping */

/* Markdown: the characters that could start markup are escaped with a
 * backslash; '<', '>' and '&' become entities, so that no HTML can appear
 * (and no '<' at all); line breaks become spaces, so a value stays in its
 * table cell or list item. */
static void
append_markdown (GString    *out,
                 const char *text)
{
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '*':
        {
          /* A masked number (138****5678) stays readable: a run of '*'
           * between digits is left as it is. */
          gsize run = strspn (p, "*");
          if (p > text && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[run]))
            {
              g_string_append_len (out, p, run);
              p += run - 1;
              break;
            }
          g_string_append_c (out, '\\');
          g_string_append_c (out, '*');
          break;
        }
      case '\\': case '`': case '_': case '[': case ']':
      case '|': case '~': case '#': case '!':
        g_string_append_c (out, '\\');
        g_string_append_c (out, *p);
        break;
      case '<':
        g_string_append (out, "&lt;");
        break;
      case '>':
        g_string_append (out, "&gt;");
        break;
      case '&':
        g_string_append (out, "&amp;");
        break;
      case '\n': case '\r': case '\t':
        g_string_append_c (out, ' ');
        break;
      default:
        g_string_append_c (out, *p);
      }
}

static void
append_text (LianReport *r,
             const char *text)
{
  if (text == NULL || text[0] == '\0')
    text = LIAN_REPORT_NONE;
  if (LIAN_REPORT_IS_HTML (r))
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_string_append (r->out, escaped);
    }
  else
    append_markdown (r->out, text);
}

/* The document */

void
lian_report_begin (LianReport *r,
                   const char *kind,
                   const char *title)
{
  if (LIAN_REPORT_IS_HTML (r))
    {
      g_autofree char *page_title = g_strdup_printf ("%s · %s", title, kind);
      lian_report_html_open (r, page_title);
      g_string_append (r->out, "<header>\n<p class=\"kind\">");
      append_text (r, kind);
      g_string_append (r->out, "</p>\n<h1>");
      append_text (r, title);
      g_string_append (r->out, "</h1>\n</header>\n");
    }
  else
    {
      g_string_append (r->out, "# ");
      append_text (r, title);
      g_string_append (r->out, "\n\n*");
      append_text (r, kind);
      g_string_append (r->out, "*\n");
    }
}

static void
close_section (LianReport *r)
{
  if (r->in_section && LIAN_REPORT_IS_HTML (r))
    g_string_append (r->out, "</section>\n");
  r->in_section = FALSE;
}

void
lian_report_section (LianReport *r,
                     const char *title)
{
  close_section (r);
  r->in_section = TRUE;
  if (LIAN_REPORT_IS_HTML (r))
    {
      g_string_append (r->out, "<section>\n<h2>");
      append_text (r, title);
      g_string_append (r->out, "</h2>\n");
    }
  else
    {
      g_string_append (r->out, "\n## ");
      append_text (r, title);
      g_string_append_c (r->out, '\n');
    }
}

void
lian_report_subsection (LianReport *r,
                        const char *title)
{
  if (LIAN_REPORT_IS_HTML (r))
    {
      g_string_append (r->out, "<h3>");
      append_text (r, title);
      g_string_append (r->out, "</h3>\n");
    }
  else
    {
      g_string_append (r->out, "\n### ");
      append_text (r, title);
      g_string_append_c (r->out, '\n');
    }
}

static void
paragraph (LianReport *r,
           const char *css_class,
           const char *text)
{
  if (LIAN_REPORT_IS_HTML (r))
    {
      g_string_append_printf (r->out, "<p class=\"%s\">", css_class);
      append_text (r, text);
      g_string_append (r->out, "</p>\n");
    }
  else
    {
      g_string_append_c (r->out, '\n');
      append_text (r, text);
      g_string_append_c (r->out, '\n');
    }
}

void
lian_report_paragraph (LianReport *r,
                       const char *text)
{
  paragraph (r, "text", text);
}

void
lian_report_note (LianReport *r,
                  const char *text)
{
  paragraph (r, "note", text);
}

char *
lian_report_finish (LianReport *r)
{
  const char *privacy = (r->flags & LIAN_REPORT_FLAGS_SHOW_PERSONAL)
                        ? "本报告含完整联系电话，请注意保护个人信息。"
                        : "联系电话已脱敏显示。";

  close_section (r);
  if (LIAN_REPORT_IS_HTML (r))
    {
      g_string_append (r->out, "<footer>由 lian " LIAN_VERSION_STRING " 生成。");
      append_text (r, privacy);
      g_string_append (r->out, "</footer>\n");
      lian_report_html_close (r);
    }
  else
    {
      g_string_append (r->out, "\n---\n\n由 lian " LIAN_VERSION_STRING " 生成。");
      append_text (r, privacy);
      g_string_append_c (r->out, '\n');
    }
  return g_string_free (g_steal_pointer (&r->out), FALSE);
}

/* Fields */

void
lian_report_fields_begin (LianReport *r)
{
  r->in_fields = TRUE;
  if (LIAN_REPORT_IS_HTML (r))
    g_string_append (r->out, "<dl class=\"fields\">\n");
  else
    g_string_append_c (r->out, '\n');
}

void
lian_report_field (LianReport *r,
                   const char *label,
                   const char *value)
{
  g_return_if_fail (r->in_fields);

  if (LIAN_REPORT_IS_HTML (r))
    {
      g_string_append (r->out, "<div><dt>");
      append_text (r, label);
      g_string_append (r->out, "</dt><dd>");
      append_text (r, value);
      g_string_append (r->out, "</dd></div>\n");
    }
  else
    {
      g_string_append (r->out, "- **");
      append_text (r, label);
      g_string_append (r->out, "**：");
      append_text (r, value);
      g_string_append_c (r->out, '\n');
    }
}

void
lian_report_fields_end (LianReport *r)
{
  r->in_fields = FALSE;
  if (LIAN_REPORT_IS_HTML (r))
    g_string_append (r->out, "</dl>\n");
}

/* Tables */

static void
cells (LianReport *r,
       const char *tag,
       va_list     args)
{
  if (LIAN_REPORT_IS_HTML (r))
    g_string_append (r->out, "<tr>");
  else
    g_string_append_c (r->out, '|');
  for (guint i = 0; i < r->n_columns; i++)
    {
      const char *text = va_arg (args, const char *);

      if (text && text[0] == '\0' && r->table_part == PART_FOOT)
        {
          /* A footer cell left blank on purpose. */
          g_string_append (r->out, LIAN_REPORT_IS_HTML (r) ? "<td></td>" : "  |");
          continue;
        }
      if (LIAN_REPORT_IS_HTML (r))
        {
          g_string_append_printf (r->out, "<%s%s>", tag,
                                  r->align[i] == 'r' ? " class=\"num\""
                                  : r->align[i] == 'n' ? " class=\"short\"" : "");
          append_text (r, text);
          g_string_append_printf (r->out, "</%s>", tag);
        }
      else
        {
          g_string_append_c (r->out, ' ');
          append_text (r, text);
          g_string_append (r->out, " |");
        }
    }
  g_string_append (r->out, LIAN_REPORT_IS_HTML (r) ? "</tr>\n" : "\n");
}

void
lian_report_table_begin (LianReport *r,
                         const char *align,
                         ...)
{
  va_list args;

  g_return_if_fail (r->n_columns == 0);

  r->n_columns = strlen (align);
  r->align = align;
  r->table_part = PART_NONE;
  if (LIAN_REPORT_IS_HTML (r))
    /* A table of figures, text only in its first column, need not span
     * the page. */
    g_string_append (r->out, strchr (align + 1, 'l') == NULL
                             ? "<div class=\"table\"><table class=\"narrow\">\n<thead>"
                             : "<div class=\"table\"><table>\n<thead>");
  else
    g_string_append_c (r->out, '\n');
  va_start (args, align);
  cells (r, "th", args);
  va_end (args);
  if (LIAN_REPORT_IS_HTML (r))
    g_string_append (r->out, "</thead>\n");
  else
    {
      g_string_append_c (r->out, '|');
      for (guint i = 0; i < r->n_columns; i++)
        g_string_append (r->out, align[i] == 'r' ? "---:|" : "---|");
      g_string_append_c (r->out, '\n');
    }
}

static void
enter_part (LianReport *r,
            guint       part)
{
  if (r->table_part == part || !LIAN_REPORT_IS_HTML (r))
    {
      r->table_part = part;
      return;
    }
  if (r->table_part == PART_BODY)
    g_string_append (r->out, "</tbody>\n");
  g_string_append (r->out, part == PART_BODY ? "<tbody>\n" : "<tfoot>\n");
  r->table_part = part;
}

void
lian_report_row (LianReport *r,
                 ...)
{
  va_list args;

  g_return_if_fail (r->n_columns > 0 && r->table_part != PART_FOOT);

  enter_part (r, PART_BODY);
  va_start (args, r);
  cells (r, "td", args);
  va_end (args);
}

void
lian_report_footer_row (LianReport *r,
                        ...)
{
  va_list args;

  g_return_if_fail (r->n_columns > 0);

  enter_part (r, PART_FOOT);
  va_start (args, r);
  cells (r, "td", args);
  va_end (args);
}

void
lian_report_table_end (LianReport *r)
{
  if (LIAN_REPORT_IS_HTML (r))
    {
      if (r->table_part == PART_BODY)
        g_string_append (r->out, "</tbody>\n");
      else if (r->table_part == PART_FOOT)
        g_string_append (r->out, "</tfoot>\n");
      g_string_append (r->out, "</table></div>\n");
    }
  r->n_columns = 0;
  r->align = NULL;
  r->table_part = PART_NONE;
}

/* Headline figures */

void
lian_report_tiles_begin (LianReport *r)
{
  if (LIAN_REPORT_IS_HTML (r))
    g_string_append (r->out, "<div class=\"tiles\">\n");
  else
    lian_report_table_begin (r, "lrl", "指标", "数值", "说明");
}

void
lian_report_tile (LianReport *r,
                  const char *label,
                  const char *value,
                  const char *detail)
{
  if (!LIAN_REPORT_IS_HTML (r))
    {
      lian_report_row (r, label, value, detail);
      return;
    }
  g_string_append (r->out, "<div class=\"tile\"><div class=\"tile-value\">");
  append_text (r, value);
  g_string_append (r->out, "</div><div class=\"tile-label\">");
  append_text (r, label);
  g_string_append (r->out, "</div>");
  if (detail && detail[0])
    {
      g_string_append (r->out, "<div class=\"tile-detail\">");
      append_text (r, detail);
      g_string_append (r->out, "</div>");
    }
  g_string_append (r->out, "</div>\n");
}

void
lian_report_tiles_end (LianReport *r)
{
  if (LIAN_REPORT_IS_HTML (r))
    g_string_append (r->out, "</div>\n");
  else
    lian_report_table_end (r);
}

/* Values */

char *
lian_report_phone (LianReport *r,
                   const char *phone)
{
  if (phone == NULL || phone[0] == '\0')
    return NULL;
  if (r->flags & LIAN_REPORT_FLAGS_SHOW_PERSONAL)
    return g_strdup (phone);
  return lian_mask_phone (phone);
}

char *
lian_report_region_name (LianReport *r,
                         const char *code)
{
  char *name;

  if (code == NULL || code[0] == '\0')
    return NULL;
  name = lian_registry_dup_region_name (r->registry, code);
  return name ? name : g_strdup (code);
}

char *
lian_report_count (guint n)
{
  return g_strdup_printf ("%u", n);
}

char *
lian_report_dup_as_of (const char *as_of)
{
  g_autoptr(GDateTime) now = NULL;

  if (as_of)
    return g_strdup (as_of);
  now = g_date_time_new_now_local ();
  return lian_date_from_date_time (now);
}

/* A number with at most @decimals decimals, trailing zeros dropped. */
static char *
trimmed (double value,
         int    decimals)
{
  char format[8];
  char *text = g_malloc (G_ASCII_DTOSTR_BUF_SIZE);

  /* Not printf: a decimal point whatever the locale. */
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (text, G_ASCII_DTOSTR_BUF_SIZE, format, value);

  if (strchr (text, '.'))
    {
      char *end = text + strlen (text) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return text;
}

char *
lian_report_percent (double rate)
{
  g_autofree char *number = trimmed (rate * 100.0, 1);

  return g_strdup_printf ("%s%%", number);
}

char *
lian_report_ratio (guint part,
                   guint whole)
{
  g_autofree char *rate = NULL;

  if (whole == 0)
    return g_strdup (LIAN_REPORT_NONE);
  rate = lian_report_percent ((double) part / whole);
  return g_strdup_printf ("%u / %u（%s）", part, whole, rate);
}

char *
lian_report_yuan (gint64 yuan)
{
  g_autofree char *number = NULL;

  if (yuan >= 100000000)
    {
      number = trimmed (yuan / 1e8, 2);
      return g_strdup_printf ("%s 亿元", number);
    }
  if (yuan >= 10000)
    {
      number = trimmed (yuan / 1e4, 2);
      return g_strdup_printf ("%s 万元", number);
    }
  return g_strdup_printf ("%" G_GINT64_FORMAT " 元", yuan);
}

char *
lian_report_days (double days)
{
  g_autofree char *number = NULL;

  if (days < 0 || isnan (days))
    return NULL;
  number = trimmed (days, 1);
  return g_strdup_printf ("%s 天", number);
}

char *
lian_report_date_time (GDateTime *when)
{
  return when ? g_date_time_format (when, "%Y-%m-%d %H:%M") : NULL;
}

static char *
join_flags (GType type,
            guint value)
{
  GString *text = g_string_new (NULL);

  for (guint bit = 0; bit < 32; bit++)
    if (value & (1u << bit))
      {
        const char *label = lian_enum_get_csv_label (type, (int) (1u << bit));
        if (label && label[0])
          g_string_append_printf (text, "%s%s", text->len ? "、" : "", label);
      }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

char *
lian_report_tags (LianEnterpriseTags tags)
{
  return join_flags (LIAN_TYPE_ENTERPRISE_TAGS, tags);
}

char *
lian_report_categories (LianNeedCategories categories)
{
  return join_flags (LIAN_TYPE_NEED_CATEGORIES, categories);
}

const char *
lian_report_label (GType type,
                   int   value)
{
  const char *label = lian_enum_get_csv_label (type, value);

  if (label && label[0])
    return label;
  if (type == LIAN_TYPE_CHAIN_TIER)
    return "未评级";
  if (type == LIAN_TYPE_ENTERPRISE_SIZE)
    return "未知";
  return lian_enum_to_nick (type, value);
}

const char *
lian_report_record_name (LianReport *r,
                         const char *id)
{
  LianRecord *record;
  const char *name;

  if (id == NULL)
    return NULL;
  record = lian_registry_lookup (r->registry, id);
  name = record ? lian_record_get_name (record) : NULL;
  return name && name[0] ? name : id;
}
