/* lian-report-private.h: writing a report, in HTML or in Markdown
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A report is written through a LianReport: every function takes plain
 * text (user data included) and escapes it for the format, so the reports
 * themselves never write markup. HTML gets inline CSS and SVG; Markdown
 * gets tables and lists and no HTML at all (no '<' anywhere).
 */
#pragma once

#include "lian-report.h"

G_BEGIN_DECLS

typedef struct
{
  LianRegistry     *registry;
  LianReportFormat  format;
  LianReportFlags   flags;
  GString          *out;
  guint             n_columns;     /* of the table being written, or 0 */
  const char       *align;         /* its columns: 'l' or 'r' each */
  guint             table_part;    /* in HTML: none yet, tbody or tfoot */
  gboolean          in_section;
  gboolean          in_fields;
} LianReport;

#define LIAN_REPORT_IS_HTML(r) ((r)->format == LIAN_REPORT_FORMAT_HTML)

/* The text used for a value that is not known or not set. */
#define LIAN_REPORT_NONE "—"

/* lian-report-writer.c: the document */

void         lian_report_init         (LianReport       *r,
                                       LianRegistry     *registry,
                                       LianReportFormat  format,
                                       LianReportFlags   flags);
/* Closes the page (with a footer saying whether phones were masked) and
 * returns the text. */
char        *lian_report_finish       (LianReport       *r);

/* The title of the page: @kind (Chain book) above @title, and below it
 * the day the data stands at, @as_of (YYYY-MM-DD). */
void         lian_report_begin        (LianReport       *r,
                                       const char       *kind,
                                       const char       *title,
                                       const char       *as_of);
void         lian_report_section      (LianReport       *r,
                                       const char       *title);
void         lian_report_subsection   (LianReport       *r,
                                       const char       *title);
void         lian_report_paragraph    (LianReport       *r,
                                       const char       *text);
/* A muted line: "nothing here", a remark under a table. */
void         lian_report_note         (LianReport       *r,
                                       const char       *text);

/* Label–value pairs; a NULL or empty value is written as LIAN_REPORT_NONE. */
void         lian_report_fields_begin (LianReport       *r);
void         lian_report_field        (LianReport       *r,
                                       const char       *label,
                                       const char       *value);
void         lian_report_fields_end   (LianReport       *r);

/* A table of strlen (@align) columns ('l' left, 'r' a number, right, 'n'
 * short text kept on one line: a date, a status), then as many header
 * strings. Each row gives one string per column, NULL for
 * LIAN_REPORT_NONE; a footer row is set apart (totals). */
void         lian_report_table_begin  (LianReport       *r,
                                       const char       *align,
                                       ...);
void         lian_report_row          (LianReport       *r,
                                       ...);
void         lian_report_footer_row   (LianReport       *r,
                                       ...);
void         lian_report_table_end    (LianReport       *r);

/* Headline figures: big value, label, and a detail line (nullable). */
void         lian_report_tiles_begin  (LianReport       *r);
void         lian_report_tile         (LianReport       *r,
                                       const char       *label,
                                       const char       *value,
                                       const char       *detail);
void         lian_report_tiles_end    (LianReport       *r);

/* Text helpers; each returns a new string. */
/* The phone number as the flags allow: masked unless SHOW_PERSONAL. */
char        *lian_report_phone        (LianReport       *r,
                                       const char       *phone);
/* The region's name, or its code if lian knows no name; NULL for NULL. */
char        *lian_report_region_name  (LianReport       *r,
                                       const char       *code);
/* A count with thousands separators: 17,280 (lian_format_count()). */
char        *lian_report_count        (guint             n);
char        *lian_report_percent      (double            rate);
/* @part of @whole with its rate: "2 / 3 (66.7%)"; LIAN_REPORT_NONE when
 * @whole is 0. */
char        *lian_report_ratio        (guint             part,
                                       guint             whole);
/* An amount of money: in 元, 万元 or 亿元 for a Chinese reader
 * (lian_format_yuan()). */
char        *lian_report_yuan         (gint64            yuan);
/* Days (with one decimal if needed), or NULL when @days is negative. */
char        *lian_report_days         (double            days);
/* A date-time as YYYY-MM-DD HH:MM in China's time zone (lian_format_time()). */
char        *lian_report_date_time    (GDateTime        *when);
/* The labels of the tags, joined by ", " (、); NULL for none. */
char        *lian_report_tags         (LianEnterpriseTags tags);
char        *lian_report_categories   (LianNeedCategories categories);

/* @as_of, or today in the local time zone if NULL (the day of
 * $SOURCE_DATE_EPOCH if set), `YYYY-MM-DD`. */
char        *lian_report_dup_as_of    (const char       *as_of);

/* The label of an enum value in the reader's language ("unrated" for an
 * unrated tier). */
const char  *lian_report_label        (GType             type,
                                       int               value);
/* The name of the record @id, or @id when it has none or is not there;
 * NULL for NULL. */
const char  *lian_report_record_name  (LianReport       *r,
                                       const char       *id);

/* lian-report-page.c: the HTML page around the report (used by the
 * writer alone) */

void         lian_report_html_open    (LianReport       *r,
                                       const char       *title);
void         lian_report_html_close   (LianReport       *r);

/* lian-report-charts.c: the pictures, drawn with the writer's helpers (the
 * writer does not use them) */

#define LIAN_REPORT_MAX_SERIES 3

typedef struct
{
  const char *label;
  double      values[LIAN_REPORT_MAX_SERIES];   /* one per series; stacked */
} LianReportBar;

typedef struct
{
  const char *title;       /* for screen readers, and the caption */
  /* The legend: the names of the series, NULL after the last; all NULL
   * for a chart of one series, without a legend. */
  const char *series[LIAN_REPORT_MAX_SERIES];
  const char *colors[LIAN_REPORT_MAX_SERIES];
  gboolean    percent;     /* values are rates from 0 to 1 */
} LianReportChart;

void         lian_report_bar_chart    (LianReport            *r,
                                       const LianReportChart *chart,
                                       const LianReportBar   *bars,
                                       guint                  n_bars);

typedef struct
{
  const char *name;
  guint       n_enterprises;
  guint       n_covered;
  gboolean    has_leader;
} LianReportSegment;

void         lian_report_chain_diagram (LianReport              *r,
                                        const char              *title,
                                        const LianReportSegment *segments,
                                        guint                    n_segments);

/* The section on demand posts and their outcomes (同享同行), written only
 * when the scope, a chain or a region or the whole, holds posts. */
void         lian_report_write_docking (LianReport      *r,
                                        const char      *chain_id,
                                        const char      *region);

G_END_DECLS
