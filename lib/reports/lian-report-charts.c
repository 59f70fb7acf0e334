/* lian-report-charts.c: the pictures of a report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * In HTML, charts and diagrams are inline SVG drawn with explicit
 * coordinates and colours, so they look the same in any browser and in
 * print. In Markdown a chain diagram is a line of text, and a bar chart
 * writes nothing.
 */
#include "config.h"

#include <string.h>

#include "lian-report-private.h"
#include "lian-report-colors-private.h"
#include "lian-i18n-private.h"

/* SVG helpers */

/* A coordinate with one decimal and a '.' whatever the locale. */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gsize len;

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", value);
  len = strlen (buffer);
  if (len > 2 && g_str_has_suffix (buffer, ".0"))
    buffer[len - 2] = '\0';
  if (g_str_equal (buffer, "-0"))
    strcpy (buffer, "0");
  g_string_append (out, buffer);
}

/* Appends @format, where each "%v" takes a double (only a double) written
 * by append_number() and each "%s" a string written as it is (markup the
 * caller made). */
static void
svg (LianReport *r,
     const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  for (const char *p = format; *p; p++)
    {
      if (p[0] == '%' && p[1] == 'v')
        append_number (r->out, va_arg (args, double)), p++;
      else if (p[0] == '%' && p[1] == 's')
        g_string_append (r->out, va_arg (args, const char *)), p++;
      else
        g_string_append_c (r->out, *p);
    }
  va_end (args);
}

/* The width @text takes at @size pixels, roughly: a CJK character is an em,
 * anything else a little more than half of one. */
static double
text_width (const char *text,
            double      size)
{
  double em = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      em += (c >= 0x1100 && (g_unichar_iswide (c) || g_unichar_iswide_cjk (c))) ? 1.0 : 0.6;
    }
  return em * size;
}

/* A <text> element; squeezed to @max_width if it would be wider. */
static void
svg_text (LianReport *r,
          double      x,
          double      y,
          const char *anchor,
          double      size,
          const char *style,
          const char *text,
          double      max_width)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  svg (r, "<text x=\"%v\" y=\"%v\" text-anchor=\"%s\" font-size=\"%v\" %s",
       x, y, anchor, size, style);
  if (max_width > 0 && text_width (text, size) > max_width)
    svg (r, " textLength=\"%v\" lengthAdjust=\"spacingAndGlyphs\"", max_width);
  svg (r, ">%s</text>\n", escaped);
}

static void
svg_open (LianReport *r,
          const char *title,
          double      width,
          double      height)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  svg (r, "<figure>\n<figcaption>%s</figcaption>\n", escaped);
  svg (r, "<svg viewBox=\"0 0 %v %v\" width=\"%v\" height=\"%v\" role=\"img\" "
       "aria-label=\"%s\">\n", width, height, width, height, escaped);
}

static void
svg_close (LianReport *r)
{
  g_string_append (r->out, "</svg>\n</figure>\n");
}

/* Bar charts */

#define CHART_WIDTH 720.0
#define ROW_HEIGHT  28.0
#define BAR_HEIGHT  16.0
#define FONT        13.0

static char *
bar_text (const LianReportChart *chart,
          double                 value)
{
  if (chart->percent)
    return lian_report_percent (value);
  /* A count, written as the tables write it. */
  return lian_report_count ((guint) MIN (MAX (value, 0), G_MAXUINT));
}

void
lian_report_bar_chart (LianReport            *r,
                       const LianReportChart *chart,
                       const LianReportBar   *bars,
                       guint                  n_bars)
{
  guint n_series = 1;
  double label_width = 48, max = chart->percent ? 1.0 : 0, top, height, bar_area;

  if (!LIAN_REPORT_IS_HTML (r) || n_bars == 0)
    return;

  while (n_series < LIAN_REPORT_MAX_SERIES && chart->series[n_series])
    n_series++;
  for (guint i = 0; i < n_bars; i++)
    {
      double total = 0;

      label_width = MAX (label_width, text_width (bars[i].label, FONT));
      for (guint s = 0; s < n_series; s++)
        total += MAX (bars[i].values[s], 0);
      if (!chart->percent)
        max = MAX (max, total);
    }
  label_width = MIN (label_width, 220) + 12;
  if (max <= 0)
    max = 1;
  bar_area = CHART_WIDTH - label_width - 64;
  top = n_series > 1 ? 30 : 6;
  height = top + n_bars * ROW_HEIGHT + 6;

  svg_open (r, chart->title, CHART_WIDTH, height);
  if (n_series > 1)
    {
      double x = label_width;
      for (guint s = 0; s < n_series; s++)
        {
          svg (r, "<rect x=\"%v\" y=\"6\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%s\"/>\n",
               x, chart->colors[s]);
          svg_text (r, x + 18, 16.5, "start", 12, "fill=\"" MUTED "\"", chart->series[s], 0);
          x += 30 + text_width (chart->series[s], 12);
        }
    }
  for (guint i = 0; i < n_bars; i++)
    {
      double y = top + i * ROW_HEIGHT, x = label_width, total = 0;
      double bar_y = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      g_autofree char *total_text = NULL;

      svg_text (r, label_width - 8, y + ROW_HEIGHT / 2 + 4.5, "end", FONT,
                "fill=\"" INK "\"", bars[i].label, label_width - 12);
      if (chart->percent)
        svg (r, "<rect x=\"%v\" y=\"%v\" width=\"%v\" height=\"%v\" rx=\"3\" fill=\"" TRACK "\"/>\n",
             x, bar_y, bar_area, BAR_HEIGHT);
      for (guint s = 0; s < n_series; s++)
        {
          double value = MAX (bars[i].values[s], 0);
          double w = MIN (value / max, 1.0) * bar_area;

          total += value;
          if (w <= 0)
            continue;
          svg (r, "<rect x=\"%v\" y=\"%v\" width=\"%v\" height=\"%v\" rx=\"3\" fill=\"%s\"/>\n",
               x, bar_y, w, BAR_HEIGHT, chart->colors[s]);
          if (n_series > 1 && w >= 22)
            {
              g_autofree char *text = bar_text (chart, value);
              svg_text (r, x + w / 2, bar_y + 12, "middle", 11, "fill=\"#fff\"", text, 0);
            }
          x += w;
        }
      total_text = bar_text (chart, total);
      svg_text (r, x + 6, y + ROW_HEIGHT / 2 + 4.5, "start", FONT,
                "fill=\"" MUTED "\"", total_text, 0);
    }
  svg (r, "<line x1=\"%v\" y1=\"%v\" x2=\"%v\" y2=\"%v\" stroke=\"" LINE "\"/>\n",
       label_width, top, label_width, top + n_bars * ROW_HEIGHT);
  svg_close (r);
}

/* The chain diagram */

#define DIAGRAM_WIDTH 920.0
#define BOX_HEIGHT    108.0
#define BOX_GAP       40.0
#define ROW_GAP       48.0
#define HEAD          30.0
#define MAX_COLUMNS   5

static void
arrow_right (LianReport *r,
             double      x1,
             double      x2,
             double      y)
{
  svg (r, "<line x1=\"%v\" y1=\"%v\" x2=\"%v\" y2=\"%v\" stroke=\"#8a93a0\" stroke-width=\"2\"/>\n",
       x1, y, x2 - 7, y);
  svg (r, "<polygon points=\"%v,%v %v,%v %v,%v\" fill=\"#8a93a0\"/>\n",
       x2, y, x2 - 9, y - 5, x2 - 9, y + 5);
}

static void
segment_box (LianReport              *r,
             const LianReportSegment *segment,
             double                   x,
             double                   y,
             double                   w)
{
  double inner = w - 28, name_room = segment->has_leader ? w - 2 * 46 : w - 16;
  g_autofree char *count = NULL, *coverage = NULL, *n = NULL, *n_covered = NULL;

  svg (r, "<rect x=\"%v\" y=\"%v\" width=\"%v\" height=\"%v\" rx=\"8\" fill=\"%s\" "
       "stroke=\"%s\" stroke-width=\"1.5\"/>\n",
       x, y, w, BOX_HEIGHT, segment->has_leader ? ACCENT_BG : "#f8f9fa",
       segment->has_leader ? ACCENT : LINE);
  if (segment->has_leader)
    {
      /* TRANSLATORS: a short badge on the segment that holds the chain's
       * leader enterprise (链主). */
      const char *badge = _("Leader");
      double badge_width = MAX (36, text_width (badge, 11) + 14);

      svg (r, "<rect x=\"%v\" y=\"%v\" width=\"%v\" height=\"18\" rx=\"9\" fill=\"" ACCENT "\"/>\n",
           x + w - 6 - badge_width, y + 8, badge_width);
      svg_text (r, x + w - 6 - badge_width / 2, y + 21, "middle", 11, "fill=\"#fff\"", badge, 0);
      name_room = w - 2 * (badge_width + 10);
    }
  svg_text (r, x + w / 2, y + 27, "middle", 15, "font-weight=\"700\" fill=\"" INK "\"",
            segment->name, MAX (name_room, 24));
  svg (r, "<line x1=\"%v\" y1=\"%v\" x2=\"%v\" y2=\"%v\" stroke=\"%s\"/>\n",
       x + 10, y + 38, x + w - 10, y + 38, segment->has_leader ? "#f0c4c1" : TRACK);

  n = lian_report_count (segment->n_enterprises);
  n_covered = lian_report_count (segment->n_covered);
  if (segment->n_enterprises == 1)
    count = g_strdup (_("1 enterprise"));
  else if (segment->n_enterprises)
    /* TRANSLATORS: how many enterprises a segment of a chain holds. */
    count = g_strdup_printf (_("%s enterprises"), n);
  else
    count = g_strdup (_("No enterprises yet"));
  svg_text (r, x + w / 2, y + 60, "middle", 14, "fill=\"" INK "\"", count, inner);

  svg (r, "<rect x=\"%v\" y=\"%v\" width=\"%v\" height=\"8\" rx=\"4\" fill=\"#e3e6ea\"/>\n",
       x + 14, y + 70, inner);
  if (segment->n_enterprises && segment->n_covered)
    svg (r, "<rect x=\"%v\" y=\"%v\" width=\"%v\" height=\"8\" rx=\"4\" fill=\"" ACCENT "\"/>\n",
         x + 14, y + 70, inner * segment->n_covered / segment->n_enterprises);
  if (segment->n_enterprises)
    {
      g_autofree char *rate = lian_report_percent ((double) segment->n_covered /
                                                   segment->n_enterprises);
      /* TRANSLATORS: in a box of the chain diagram: how many of the
       * segment's enterprises are covered by an organisation, of how many,
       * and the rate: "Organisation coverage 2/3 · 66.7%". */
      coverage = g_strdup_printf (_("Organisation coverage %s/%s · %s"), n_covered, n, rate);
    }
  else
    coverage = g_strdup_printf (_("Organisation coverage %s"), LIAN_REPORT_NONE);
  svg_text (r, x + w / 2, y + 96, "middle", 12, "fill=\"" MUTED "\"", coverage, inner);
}

static void
diagram_markdown (LianReport              *r,
                  const LianReportSegment *segments,
                  guint                    n_segments)
{
  GString *line = g_string_new (_("Upstream"));

  for (guint i = 0; i < n_segments; i++)
    g_string_append_printf (line, " → %s", segments[i].name);
  g_string_append (line, " → ");
  g_string_append (line, _("Downstream"));
  lian_report_paragraph (r, line->str);
  g_string_free (line, TRUE);
}

void
lian_report_chain_diagram (LianReport              *r,
                           const char              *title,
                           const LianReportSegment *segments,
                           guint                    n_segments)
{
  guint columns, rows;
  double box_width, x0, x1, x2, height, y_arrow = 14;
  const char *up, *down;

  if (n_segments == 0)
    return;
  if (!LIAN_REPORT_IS_HTML (r))
    {
      diagram_markdown (r, segments, n_segments);
      return;
    }

  columns = MIN (n_segments, MAX_COLUMNS);
  rows = (n_segments + columns - 1) / columns;
  box_width = MIN ((DIAGRAM_WIDTH - (columns - 1) * BOX_GAP) / columns, 210);
  x0 = (DIAGRAM_WIDTH - (columns * box_width + (columns - 1) * BOX_GAP)) / 2;
  height = HEAD + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP + 4;

  svg_open (r, title, DIAGRAM_WIDTH, height);
  /* Which way the chain runs. */
  up = _("Upstream");
  down = _("Downstream");
  x1 = x0 + text_width (up, 12) + 10;
  x2 = x0 + columns * box_width + (columns - 1) * BOX_GAP - text_width (down, 12) - 10;
  svg_text (r, x0, y_arrow + 4, "start", 12, "fill=\"" MUTED "\"", up, 0);
  svg_text (r, x0 + columns * box_width + (columns - 1) * BOX_GAP, y_arrow + 4, "end", 12,
            "fill=\"" MUTED "\"", down, 0);
  svg (r, "<line x1=\"%v\" y1=\"%v\" x2=\"%v\" y2=\"%v\" stroke=\"" LINE "\" "
       "stroke-dasharray=\"4 4\"/>\n",
       x1, y_arrow, x2 - 10, y_arrow);
  svg (r, "<polygon points=\"%v,%v %v,%v %v,%v\" fill=\"" LINE "\"/>\n",
       x2, y_arrow, x2 - 8, y_arrow - 4, x2 - 8, y_arrow + 4);

  for (guint i = 0; i < n_segments; i++)
    {
      guint row = i / columns, column = i % columns;
      double x = x0 + column * (box_width + BOX_GAP);
      double y = HEAD + row * (BOX_HEIGHT + ROW_GAP);

      segment_box (r, &segments[i], x, y, box_width);
      if (i + 1 == n_segments)
        continue;
      if (column + 1 < columns)
        arrow_right (r, x + box_width + 3, x + box_width + BOX_GAP - 3, y + BOX_HEIGHT / 2);
      else
        {
          /* To the first box of the next row: down, back left, down. */
          double cx = x + box_width / 2, nx = x0 + box_width / 2;
          double bottom = y + BOX_HEIGHT, next = y + BOX_HEIGHT + ROW_GAP;

          svg (r, "<polyline points=\"%v,%v %v,%v %v,%v %v,%v\" fill=\"none\" "
               "stroke=\"#8a93a0\" stroke-width=\"2\"/>\n",
               cx, bottom + 3, cx, bottom + ROW_GAP / 2, nx, bottom + ROW_GAP / 2, nx, next - 9);
          svg (r, "<polygon points=\"%v,%v %v,%v %v,%v\" fill=\"#8a93a0\"/>\n",
               nx, next - 2, nx - 5, next - 11, nx + 5, next - 11);
        }
    }
  svg_close (r);
}
