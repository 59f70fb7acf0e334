/* lian-report-page.c: the HTML page around a report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The page is self-contained: a UTF-8 meta, inline CSS, inline SVG, and a
 * Content-Security-Policy that forbids everything else (no script, font,
 * image or connection could load even if some text slipped through
 * unescaped). The style sheet is the one place that knows how the parts
 * lian-report-writer.c writes (fields, tables, tiles) and the pictures of
 * lian-report-charts.c look.
 */
#include "config.h"

#include "lian-report-private.h"
#include "lian-report-colors-private.h"
#include "lian-i18n-private.h"

static const char page_css[] =
  ":root{color-scheme:light}\n"
  "*{box-sizing:border-box}\n"
  "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
  "body{margin:0;background:#f4f5f7;color:" INK ";"
  "font:15px/1.6 system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Hiragino Sans GB\","
  "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\","
  "\"Helvetica Neue\",Arial,sans-serif}\n"
  "main{max-width:1000px;margin:0 auto;padding:32px 40px 40px;background:#fff;min-height:100vh}\n"
  "header{border-bottom:3px solid " ACCENT ";padding-bottom:12px}\n"
  ".kind{margin:0;color:" ACCENT ";font-weight:600;letter-spacing:.2em;font-size:13px}\n"
  "h1{margin:4px 0 0;font-size:28px;line-height:1.3}\n"
  ".as-of{margin:4px 0 0;color:" MUTED ";font-size:13px}\n"
  "h2{font-size:19px;line-height:1.4;margin:32px 0 12px;padding-left:10px;"
  "border-left:4px solid " ACCENT "}\n"
  "h3{font-size:16px;margin:20px 0 8px}\n"
  "p{margin:8px 0}\n"
  ".note{color:#6b7380;font-size:13px}\n"
  ".fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));"
  "gap:0 28px;margin:0 0 12px}\n"
  ".fields div{display:flex;gap:12px;border-bottom:1px solid " TRACK ";padding:5px 0}\n"
  ".fields dt{color:" MUTED ";flex:0 0 8em}\n"
  ".fields dd{margin:0;font-weight:500;overflow-wrap:anywhere}\n"
  ".table{overflow-x:auto}\n"
  "table{border-collapse:collapse;width:100%;font-size:14px;margin:4px 0 8px}\n"
  "th,td{padding:6px 10px;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}\n"
  "th{background:#f6f7f9;color:#3d4450;font-weight:600;white-space:nowrap}\n"
  "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
  "td.short{white-space:nowrap}\n"
  "table.narrow{width:auto;min-width:45%}\n"
  "tbody tr:nth-child(even){background:#fafbfc}\n"
  "tfoot td{font-weight:600;border-top:2px solid " LINE "}\n"
  ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}\n"
  ".tile{border:1px solid #e3e6ea;border-radius:8px;padding:12px 14px;background:#fcfcfd}\n"
  ".tile-value{font-size:24px;font-weight:700;color:" ACCENT ";line-height:1.25;"
  "font-variant-numeric:tabular-nums}\n"
  ".tile-label{font-size:14px;margin-top:4px}\n"
  ".tile-detail{font-size:12px;color:#6b7380}\n"
  "figure{margin:8px 0 16px}\n"
  "figcaption{font-size:13px;color:" MUTED ";margin-bottom:6px}\n"
  "svg{display:block;max-width:100%;height:auto;font-family:inherit}\n"
  "footer{margin-top:40px;padding-top:12px;border-top:1px solid #e3e6ea;color:#6b7380;"
  "font-size:12px}\n"
  "@page{size:A4;margin:14mm}\n"
  "@media print{body{background:#fff;font-size:11pt}"
  "main{max-width:none;padding:0;min-height:0}"
  "h2,h3{break-after:avoid}tr,.tile,figure{break-inside:avoid}"
  "tbody tr:nth-child(even){background:none}}\n";

void
lian_report_html_open (LianReport *r,
                       const char *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  g_string_append_printf (r->out,
                          "<!DOCTYPE html>\n"
                          "<html lang=\"%s\">\n"
                          "<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" "
                          "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"lian %s\">\n"
                          "<title>%s</title>\n"
                          "<style>\n%s</style>\n"
                          "</head>\n"
                          "<body>\n<main>\n",
                          lian_language_is_chinese () ? "zh-CN" : "en",
                          LIAN_VERSION_STRING, escaped, page_css);
}

void
lian_report_html_close (LianReport *r)
{
  g_string_append (r->out, "</main>\n</body>\n</html>\n");
}
