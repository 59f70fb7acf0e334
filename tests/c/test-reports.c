/* test-reports.c: the chain book, the enterprise form, the dashboard, and
 * lian_mask_phone()
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every figure below was counted by hand from data/jiangsu-sample.json.
 */
#include <locale.h>
#include <string.h>

#include "lian-test.h"
#include "lian-test-records.h"

#define HTML LIAN_REPORT_FORMAT_HTML
#define MARKDOWN LIAN_REPORT_FORMAT_MARKDOWN
#define MASKED LIAN_REPORT_FLAGS_NONE
#define PERSONAL LIAN_REPORT_FLAGS_SHOW_PERSONAL
/* The day services are judged valid on: the sample's figures are of October 2023. */
#define AS_OF "2023-10-10"

/* Helpers */

#define ASSERT_HAS(text, needle)                                               \
  do {                                                                         \
    if (strstr ((text), (needle)) == NULL)                                     \
      g_printerr ("\n%s:%d: lacks \"%s\"\n", __FILE__, __LINE__, (needle));   \
    CU_ASSERT_PTR_NOT_NULL (strstr ((text), (needle)));                        \
  } while (0)

#define ASSERT_HAS_NOT(text, needle)                                           \
  do {                                                                         \
    if (strstr ((text), (needle)) != NULL)                                     \
      g_printerr ("\n%s:%d: has \"%s\"\n", __FILE__, __LINE__, (needle));      \
    CU_ASSERT_PTR_NULL (strstr ((text), (needle)));                            \
  } while (0)

/* @a appears, and before @b. */
static gboolean
comes_before (const char *text,
              const char *a,
              const char *b)
{
  const char *x = strstr (text, a), *y = strstr (text, b);

  return x && y && x < y;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* What every HTML report must be: one self-contained, well-formed page. */
static void
assert_html_page (const char *html)
{
  /* The page says its language. */
  CU_ASSERT_TRUE (g_str_has_prefix (html, g_str_equal (lian_get_language (), "zh_CN")
                                          ? "<!DOCTYPE html>\n<html lang=\"zh-CN\">"
                                          : "<!DOCTYPE html>\n<html lang=\"en\">"));
  CU_ASSERT_TRUE (g_str_has_suffix (html, "</html>\n"));
  CU_ASSERT_TRUE (g_utf8_validate (html, -1, NULL));
  ASSERT_HAS (html, "<meta charset=\"utf-8\">");
  ASSERT_HAS (html, "Content-Security-Policy");
  ASSERT_HAS (html, "<style>");
  ASSERT_HAS (html, "Noto Sans CJK SC");
  ASSERT_HAS (html, "Microsoft YaHei");
  /* Nothing from outside, nothing that runs. */
  ASSERT_HAS_NOT (html, "<script");
  ASSERT_HAS_NOT (html, "<link");
  ASSERT_HAS_NOT (html, "http:");
  ASSERT_HAS_NOT (html, "https:");
  ASSERT_HAS_NOT (html, "src=");
  ASSERT_HAS_NOT (html, "href=");
  ASSERT_HAS_NOT (html, "url(");
  ASSERT_HAS_NOT (html, "@import");
  ASSERT_HAS_NOT (html, "@font-face");
  CU_ASSERT_EQUAL (count (html, "<section>"), count (html, "</section>"));
  CU_ASSERT_EQUAL (count (html, "<table"), count (html, "</table>"));
  CU_ASSERT_EQUAL (count (html, "<tr>"), count (html, "</tr>"));
  CU_ASSERT_EQUAL (count (html, "<svg "), count (html, "</svg>"));
}

/* Each inline SVG is well-formed XML. */
static guint
assert_svg_well_formed (const char *html)
{
  static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
  guint n = 0;

  for (const char *start = strstr (html, "<svg "); start; start = strstr (start + 1, "<svg "))
    {
      const char *end = strstr (start, "</svg>");
      g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
      g_autoptr(GError) error = NULL;

      CU_ASSERT_PTR_NOT_NULL_FATAL (end);
      end += strlen ("</svg>");
      if (!g_markup_parse_context_parse (context, start, end - start, &error) ||
          !g_markup_parse_context_end_parse (context, &error))
        {
          g_printerr ("\nbad SVG: %s\n", error->message);
          CU_FAIL ("an SVG is not well-formed");
        }
      n++;
    }
  return n;
}

/* What every Markdown report must be: no HTML at all. */
static void
assert_markdown (const char *md)
{
  CU_ASSERT_TRUE (g_str_has_prefix (md, "# "));
  CU_ASSERT_TRUE (g_utf8_validate (md, -1, NULL));
  CU_ASSERT_PTR_NULL (strchr (md, '<'));
  ASSERT_HAS_NOT (md, "<svg");
}

static char *
chain_book (LianRegistry     *registry,
            const char       *id,
            LianReportFormat  format,
            LianReportFlags   flags)
{
  g_autoptr(GError) error = NULL;
  char *text = lian_report_chain_book (registry, id, AS_OF, format, flags, &error);

  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (text);
  return text;
}

static char *
enterprise_form (LianRegistry     *registry,
                 const char       *id,
                 LianReportFormat  format,
                 LianReportFlags   flags)
{
  g_autoptr(GError) error = NULL;
  char *text = lian_report_enterprise_form (registry, id, AS_OF, format, flags, &error);

  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (text);
  return text;
}

static char *
dashboard (LianRegistry     *registry,
           const char       *region,
           LianReportFormat  format)
{
  g_autoptr(GError) error = NULL;
  char *text = lian_report_dashboard (registry, region, format, MASKED, &error);

  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (text);
  return text;
}

/* The tests */

static void
test_mask_phone (void)
{
  static const char *cases[][2] = {
    { "13812345678", "138****5678" },
    { "1381234567", "138***4567" },
    { "12345678", "123*5678" },
    { "1234567", "*******" },
    { "", "" },
    { "+86 13812345678", "+86********5678" },
    { "0510-88886666", "051******6666" },
    { "电话13812345678", "电话1******5678" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = lian_mask_phone (cases[i][0]);
      if (g_strcmp0 (masked, cases[i][1]) != 0)
        g_printerr ("\n\"%s\" masked as \"%s\"\n", cases[i][0], masked);
      CU_ASSERT_STRING_EQUAL (masked, cases[i][1]);
    }
}

static void
test_mask_phone_numbers (void)
{
  static const char *cases[][2] = {
    { "13812345678", "138****5678" },
    { "王经理 13812345678，李 139-1234-5678", "王经理 138****5678，李 139******5678" },
    { "电话：0510-85212345 或 (0510) 8521 2345", "电话：051******2345 或 (051********2345" },
    { "+86 13812345678", "+86********5678" },
    { "１３８１２３４５６７８", "１３８****５６７８" },
    { "13812345678 13912345678", "138****5678 139****5678" },
    /* Letters before a number do not keep it from being one. */
    { "Tel13812345678", "Tel138****5678" },
    { "TEL:0510-85212345", "TEL:051******2345" },
    /* Not phone numbers: a credit code, an amount, a date, too many digits. */
    { "91320214474555530F", "91320214474555530F" },
    { "金额 20000000 元", "金额 20000000 元" },
    { "2023-10-20", "2023-10-20" },
    { "138123456789", "138123456789" },
    { "13812345678A", "13812345678A" },
    { "913812345678", "913812345678" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = lian_mask_phone_numbers (cases[i][0]);
      if (g_strcmp0 (masked, cases[i][1]) != 0)
        g_printerr ("\n\"%s\" masked as \"%s\"\n", cases[i][0], masked);
      CU_ASSERT_STRING_EQUAL (masked, cases[i][1]);
    }
}

static void
test_chain_book_html (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *html = chain_book (registry, "chain-ic", HTML, MASKED);

  assert_html_page (html);
  /* The diagram and the needs chart. */
  CU_ASSERT_EQUAL (assert_svg_well_formed (html), 2);
  ASSERT_HAS (html, "<title>集成电路产业链 · 一链一册</title>");
  ASSERT_HAS (html, "<h1>集成电路产业链</h1>");

  /* Overview: tier, cluster, level, region. */
  ASSERT_HAS (html, "<dt>等级</dt><dd>重点</dd>");
  ASSERT_HAS (html, "<dt>产业集群</dt><dd>集成电路</dd>");
  ASSERT_HAS (html, "<dt>层级</dt><dd>省级</dd>");
  ASSERT_HAS (html, "<dt>所属地区</dt><dd>江苏省</dd>");
  /* Twelve enterprises (3, 2, 4 and 3 by segment); none in a grassroots
   * organisation, but each with 8 or more party members: its own
   * organisation covers it (ent-wx-chip has 410). */
  ASSERT_HAS (html, "<dt>链上企业</dt><dd>12</dd>");
  ASSERT_HAS (html, "<dt>组织覆盖</dt><dd>12 / 12（100%）</dd>");
  ASSERT_HAS (html, "<dt>工作覆盖</dt><dd>12 / 12（100%）</dd>");

  /* The segments, upstream to downstream, in the diagram and the table. */
  {
    const char *svg = strstr (html, "<svg ");
    CU_ASSERT_PTR_NOT_NULL_FATAL (svg);
    CU_ASSERT_TRUE (comes_before (svg, "芯片设计", "晶圆制造"));
    CU_ASSERT_TRUE (comes_before (svg, "晶圆制造", "封装测试"));
    CU_ASSERT_TRUE (comes_before (svg, "封装测试", "装备材料"));
    CU_ASSERT_EQUAL (count (svg, "3 家企业"), 2);
    CU_ASSERT_EQUAL (count (svg, "2 家企业"), 1);
    CU_ASSERT_EQUAL (count (svg, "4 家企业"), 1);
    CU_ASSERT_EQUAL (count (svg, "组织覆盖 3/3 · 100%"), 2);
    CU_ASSERT_EQUAL (count (svg, "组织覆盖 4/4 · 100%"), 1);
    /* Three arrows between four boxes, and the leader's segment marked. */
    CU_ASSERT_TRUE (comes_before (svg, ">链主<", "晶圆制造"));
  }
  ASSERT_HAS (html, "<tr><td>芯片设计</td><td class=\"num\">3</td>"
                    "<td class=\"num\">3 / 3（100%）</td><td class=\"num\">3 / 3（100%）</td></tr>");
  ASSERT_HAS (html, "<tr><td>封装测试</td><td class=\"num\">4</td>"
                    "<td class=\"num\">4 / 4（100%）</td><td class=\"num\">4 / 4（100%）</td></tr>");

  /* The leader, with the phone masked. */
  ASSERT_HAS (html, "<td>无锡华芯微电子有限公司</td><td class=\"short\">芯片设计</td>");
  ASSERT_HAS (html, "138****5678");
  ASSERT_HAS_NOT (html, "13812345678");

  /* Organisations serving the chain. */
  ASSERT_HAS (html, "江苏省集成电路产业链党建联盟");
  ASSERT_HAS (html, "昆山产业链先锋服务队");
  ASSERT_HAS (html, "无锡市集成电路产业链党委");
  ASSERT_HAS_NOT (html, "镜片加工环节党支部");

  /* Needs by category: financing 2 open (001, 007) and 1 resolved (011),
   * technology 1 (003), talent 1 (002), logistics 1 (010). */
  ASSERT_HAS (html, "<tr><td>融资</td><td class=\"num\">2</td><td class=\"num\">1</td>"
                    "<td class=\"num\">0</td><td class=\"num\">3</td></tr>");
  ASSERT_HAS (html, "<tr><td>技术</td><td class=\"num\">1</td>");
  ASSERT_HAS (html, "<tr><td>人才</td><td class=\"num\">1</td>");
  ASSERT_HAS (html, "<tr><td>物流</td><td class=\"num\">1</td>");
  ASSERT_HAS (html, "<tfoot>\n<tr><td>合计</td><td class=\"num\">5</td>");
  ASSERT_HAS (html, "aria-label=\"各类需求：未解决、已解决与已关闭\"");
  ASSERT_HAS (html, "流动资金贷款");
  ASSERT_HAS (html, "研发贷款贴息");

  /* Services: those naming chain-ic, and those naming no chain. */
  ASSERT_HAS (html, "集成电路公共测试平台");
  ASSERT_HAS (html, "科技贷款贴息");
  ASSERT_HAS (html, "专精特新贷");

  /* Projects bundling the chain's needs, and their outcomes. */
  ASSERT_HAS (html, "EDA工具联合攻关");
  ASSERT_HAS_NOT (html, "固态电池中试项目");
  ASSERT_HAS (html, "<td class=\"num\">12</td>");
}

static void
test_chain_book_markdown (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *md = chain_book (registry, "chain-ic", MARKDOWN, MASKED);
  g_autofree char *optics = chain_book (registry, "chain-zj-optics", MARKDOWN, MASKED);
  g_autofree char *nev = chain_book (registry, "chain-nev", MARKDOWN, MASKED);

  assert_markdown (md);
  ASSERT_HAS (md, "# 集成电路产业链\n\n*一链一册*\n");
  ASSERT_HAS (md, "- **等级**：重点\n");
  ASSERT_HAS (md, "- **所属地区**：江苏省\n");
  ASSERT_HAS (md, "上游 → 芯片设计 → 晶圆制造 → 封装测试 → 装备材料 → 下游");
  ASSERT_HAS (md, "| 环节 | 企业 | 组织覆盖 | 工作覆盖 |\n|---|---:|---:|---:|\n");
  ASSERT_HAS (md, "| 芯片设计 | 3 | 3 / 3（100%） | 3 / 3（100%） |\n");
  ASSERT_HAS (md, "| 装备材料 | 3 | 3 / 3（100%） | 3 / 3（100%） |\n");
  ASSERT_HAS (md, "| 无锡华芯微电子有限公司 | 芯片设计 | 新吴区 | 大型 | 王经理 | 138****5678 |\n");
  ASSERT_HAS (md, "| 融资 | 2 | 1 | 0 | 3 |\n");
  ASSERT_HAS (md, "| 合计 | 5 | 1 | 0 | 6 |\n");
  ASSERT_HAS (md, "| 合计 |  |  |  |  |  | 0 元 | 12 | 0 |\n");
  ASSERT_HAS_NOT (md, "13812345678");

  /* Zhenjiang optics: materials: ent-dy-resin (joint committee),
   * ent-dt-glass (in none, but 8 party members: its own); lens making: the
   * leader and ent-dy-coating, both in the branch; frames: ent-dy-frame
   * (branch), ent-jk-frame (joint committee), ent-jr-logis (its own, 9
   * party members), ent-dy-ecommerce (2 party members, in none). */
  assert_markdown (optics);
  ASSERT_HAS (optics, "| 镜片材料 | 2 | 2 / 2（100%） | 2 / 2（100%） |\n");
  ASSERT_HAS (optics, "| 镜片加工 | 2 | 2 / 2（100%） | 2 / 2（100%） |\n");
  ASSERT_HAS (optics, "| 眼镜成品 | 4 | 3 / 4（75%） | 3 / 4（75%） |\n");
  ASSERT_HAS (optics, "- **等级**：未评级\n");
  ASSERT_HAS (optics, "| 技术 | 1 | 0 | 0 | 1 |\n");
  ASSERT_HAS (optics, "| 物流 | 0 | 1 | 0 | 1 |\n");
  ASSERT_HAS (optics, "高折射率树脂单体国产化");
  ASSERT_HAS_NOT (optics, "没有未解决的需求。");

  /* New energy vehicles: a closed land need and a resolved one, the done
   * project and its outcomes (3 亿元 loans, 25 talents, 1 problem). */
  assert_markdown (nev);
  ASSERT_HAS (nev, "| 用地 | 0 | 0 | 1 | 1 |\n");
  ASSERT_HAS (nev, "| 技术 | 0 | 1 | 0 | 1 |\n");
  ASSERT_HAS (nev, "| 固态电池中试项目 | 动力电池攻关行动支部 | 已完成 | 1 | 2023-05-06 | 2023-08-30 "
                   "| 3 亿元 | 25 | 1 |\n");
  ASSERT_HAS (nev, "| 电驱电控 | 4 | 4 / 4（100%） | 4 / 4（100%） |\n");
}

static void
test_show_personal (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *html = chain_book (registry, "chain-ic", HTML, PERSONAL);
  g_autofree char *md = enterprise_form (registry, "ent-wx-chip", MARKDOWN, PERSONAL);
  g_autofree char *masked = enterprise_form (registry, "ent-wx-chip", MARKDOWN, MASKED);

  ASSERT_HAS (html, "13812345678");
  ASSERT_HAS_NOT (html, "138****5678");
  ASSERT_HAS (md, "- **联系电话**：13812345678\n");
  ASSERT_HAS (masked, "- **联系电话**：138****5678\n");
  ASSERT_HAS (masked, "联系电话已脱敏显示");
}

static void
test_escaping (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  const char *evil = "<script>alert('x')</script> & \"华芯\"";
  g_autofree char *html = NULL, *md = NULL, *form = NULL, *form_md = NULL;
  g_autofree char *dash = NULL;

  lian_record_set_name (LIAN_RECORD (lian_registry_lookup_enterprise (registry, "ent-wx-chip")), evil);
  lian_record_set_name (LIAN_RECORD (lian_registry_lookup_chain (registry, "chain-ic")),
                        "芯片 <b>&amp;</b> | *链* _x_ [y](z) `c` #1");
  lian_chain_set_segments (lian_registry_lookup_chain (registry, "chain-ic"),
                           (const char *[]) { "芯片设计", "晶圆<制造>", "封装测试", "装备材料", NULL });
  lian_need_set_title (lian_registry_lookup_need (registry, "need-001"), "贷款</td><td>");

  html = chain_book (registry, "chain-ic", HTML, MASKED);
  assert_html_page (html);
  CU_ASSERT_EQUAL (assert_svg_well_formed (html), 2);
  ASSERT_HAS (html, "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;华芯&quot;");
  ASSERT_HAS (html, "<h1>芯片 &lt;b&gt;&amp;amp;&lt;/b&gt; | *链* _x_ [y](z) `c` #1</h1>");
  ASSERT_HAS (html, ">晶圆&lt;制造&gt;</text>");
  ASSERT_HAS (html, "贷款&lt;/td&gt;&lt;td&gt;");
  ASSERT_HAS_NOT (html, "<b>");

  md = chain_book (registry, "chain-ic", MARKDOWN, MASKED);
  assert_markdown (md);
  ASSERT_HAS (md, "# 芯片 &lt;b&gt;&amp;amp;&lt;/b&gt; \\| \\*链\\* \\_x\\_ \\[y\\](z) \\`c\\` \\#1\n");
  ASSERT_HAS (md, "&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"华芯\"");
  /* ent-wx-wafer's and ent-wx-mask's segment is no longer one of the chain's. */
  ASSERT_HAS (md, "| 晶圆&lt;制造&gt; | 0 |");
  ASSERT_HAS (md, "| 未标明环节 | 2 |");
  ASSERT_HAS (md, "| 贷款&lt;/td&gt;&lt;td&gt; |");

  form = enterprise_form (registry, "ent-wx-chip", HTML, MASKED);
  assert_html_page (form);
  ASSERT_HAS (form, "<h1>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;华芯&quot;</h1>");
  ASSERT_HAS (form, "<title>&lt;script&gt;");
  form_md = enterprise_form (registry, "ent-wx-chip", MARKDOWN, MASKED);
  assert_markdown (form_md);

  dash = dashboard (registry, NULL, HTML);
  assert_html_page (dash);
}

static void
test_enterprise_form (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *html = enterprise_form (registry, "ent-wx-chip", HTML, MASKED);
  g_autofree char *md = enterprise_form (registry, "ent-wx-chip", MARKDOWN, MASKED);
  g_autofree char *wafer = enterprise_form (registry, "ent-wx-wafer", MARKDOWN, MASKED);
  g_autofree char *frame = enterprise_form (registry, "ent-dy-frame", MARKDOWN, MASKED);

  assert_html_page (html);
  CU_ASSERT_EQUAL (assert_svg_well_formed (html), 0);
  ASSERT_HAS (html, "<title>无锡华芯微电子有限公司 · 一企一表</title>");
  ASSERT_HAS (html, "<dt>统一社会信用代码</dt><dd>91320214474555530F</dd>");
  ASSERT_HAS (html, "<dt>联系电话</dt><dd>138****5678</dd>");

  assert_markdown (md);
  /* Identity. */
  ASSERT_HAS (md, "- **统一社会信用代码**：91320214474555530F\n");
  ASSERT_HAS (md, "- **所在地区**：新吴区\n");
  ASSERT_HAS (md, "- **企业规模**：大型\n");
  ASSERT_HAS (md, "- **企业标签**：高新技术企业、上市\n");
  ASSERT_HAS (md, "- **联系电话**：138****5678\n");
  /* Chains, organisations (the alliance and the committee: no grassroots
   * one, but 410 party members: its own organisation). */
  ASSERT_HAS (md, "| 集成电路产业链 | 芯片设计 | 链主 | 重点 |\n");
  ASSERT_HAS (md, "- **组织覆盖**：是（有自己的党组织）\n");
  ASSERT_HAS (md, "- **工作覆盖**：是\n");
  ASSERT_HAS (md, "| 江苏省集成电路产业链党建联盟 | 党建联盟 | 省级 | 江苏省 | 否 |\n");
  ASSERT_HAS (md, "| 无锡市集成电路产业链党委 | 产业链党委 | 市级 | 无锡市 | 否 |\n");
  /* Needs, with the history of need-003. */
  ASSERT_HAS (md, "| EDA工具国产化替代（卡脖子） | 集成电路产业链 | 技术 | 办理中 | 2023-06-20 |");
  ASSERT_HAS (md, "| 研发贷款贴息 | 集成电路产业链 | 融资 | 已提交 | 2023-10-08 | — | — | 5,000 万元 |\n");
  ASSERT_HAS (md, "### 办理记录：EDA工具国产化替代\n");
  ASSERT_HAS (md, "| 2023-07-03 14:00 | 办理中 | 江苏省集成电路产业链党建联盟 | 组建攻关组 |\n");
  /* Matches for the two open needs, the best first, at most three. */
  ASSERT_HAS (md, "### 研发贷款贴息（融资）\n");
  CU_ASSERT_TRUE (comes_before (strstr (md, "### 研发贷款贴息（融资）"), "| 科技贷款贴息 | 政策 | 无锡市科学技术局 | 75% |",
                                "| 专精特新贷 | 政策 |"));
  ASSERT_HAS (md, "### EDA工具国产化替代（技术）\n");

  /* Two chains; a need with no service to match. */
  ASSERT_HAS (wafer, "| 集成电路产业链 | 晶圆制造 | 核心 | 重点 |\n| 新能源汽车产业链 | 电驱电控 | 配套 | 优势 |\n");
  ASSERT_HAS (wafer, "没有可匹配的服务资源");
  /* In a branch: covered; a resolved need has no matches part. */
  ASSERT_HAS (frame, "- **组织覆盖**：是（已加入基层党组织）\n");
  ASSERT_HAS (frame, "| 镜片加工环节党支部 | 党支部 | 县级 | 丹阳市 | 是 |\n");
  ASSERT_HAS (frame, "已解决");
  ASSERT_HAS (frame, "没有未解决的需求。");
}

static void
test_dashboard_all (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *html = dashboard (registry, NULL, HTML);
  g_autofree char *md = dashboard (registry, NULL, MARKDOWN);
  const char *rollup;

  assert_html_page (html);
  /* Needs by category, by status, coverage by city. */
  CU_ASSERT_EQUAL (assert_svg_well_formed (html), 3);
  ASSERT_HAS (html, "<h1>全部地区</h1>");
  ASSERT_HAS (html, "<div class=\"tile-value\">96.9%</div><div class=\"tile-label\">组织覆盖率</div>");
  ASSERT_HAS (html, "aria-label=\"各市组织覆盖率\"");

  assert_markdown (md);
  ASSERT_HAS (md, "| 链上企业 | 32 | — |\n");
  /* Every enterprise but ent-dy-ecommerce (2 party members, in no
   * organisation) is covered: 30 have their own organisation (3 or more
   * party members), ent-dy-coating (2) is in a branch. */
  ASSERT_HAS (md, "| 组织覆盖率 | 96.9% | 31 / 32 家企业加入基层党组织或有自己的党组织 |\n");
  ASSERT_HAS (md, "| 工作覆盖率 | 96.9% | 31 / 32 家企业有党的工作 |\n");
  ASSERT_HAS (md, "| 党组织 | 7 | 其中基层党组织 3 · 自有党组织企业 30 |\n");
  ASSERT_HAS (md, "| 企业需求 | 11 | 未解决 7 · 卡脖子 3 |\n");
  ASSERT_HAS (md, "| 需求解决率 | 30% |");
  /* Resolved in 3, 23 and 132 days. */
  ASSERT_HAS (md, "| 解决用时中位数 | 23 天 | 90% 在 110.2 天内解决（3 项计时） |\n");
  ASSERT_HAS (md, "| 协调融资 | 3 亿元 | — |\n");
  ASSERT_HAS (md, "| 引进人才 | 37 人 | — |\n");
  ASSERT_HAS (md, "| 攻克卡脖子难题 | 1 项 | — |\n");
  ASSERT_HAS (md, "| 融资 | 4 |\n| 用地 | 1 |\n| 技术 | 3 |\n| 人才 | 1 |\n| 物流 | 2 |\n");
  ASSERT_HAS (md, "| 已提交 | 3 |\n| 已受理 | 2 |\n| 办理中 | 2 |\n| 已解决 | 3 |\n| 已关闭 | 1 |\n");
  rollup = strstr (md, "## 各市汇总");
  CU_ASSERT_PTR_NOT_NULL_FATAL (rollup);
  /* A chain counts where its leaders lie (chain-ic: Wuxi; chain-nev:
   * Suzhou and Changzhou), an organisation where its members do (the
   * provincial alliance in Nanjing, Wuxi, Suzhou, Nantong), a project
   * where its needs' enterprises do (proj-ic-eda: Wuxi). */
  ASSERT_HAS (rollup, "| 南京市 | 0 | 3 | 100% | 100% | 1 | 3 | 0 | 0 | 0% | 0 | 0 元 |\n");
  ASSERT_HAS (rollup, "| 无锡市 | 1 | 7 | 100% | 100% | 2 | 7 | 4 | 1 | 25% | 1 | 0 元 |\n");
  ASSERT_HAS (rollup, "| 常州市 | 1 | 5 | 100% | 100% | 1 | 5 | 1 | 0 | 0% | 0 | 0 元 |\n");
  ASSERT_HAS (rollup, "| 苏州市 | 1 | 8 | 100% | 100% | 3 | 8 | 3 | 1 | 50% | 1 | 3 亿元 |\n");
  ASSERT_HAS (rollup, "| 南通市 | 0 | 1 | 100% | 100% | 1 | 1 | 1 | 0 | 0% | 0 | 0 元 |\n");
  ASSERT_HAS (rollup, "| 镇江市 | 1 | 8 | 87.5% | 87.5% | 2 | 6 | 2 | 1 | 50% | 0 | 0 元 |\n");
  ASSERT_HAS (rollup, "| 合计（含本级） | 3 | 32 | 96.9% | 96.9% | 7 | 30 | 11 | 3 | 30% | 2 | 3 亿元 |\n");
}

static void
test_dashboard_regions (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *province = dashboard (registry, "320000", MARKDOWN);
  g_autofree char *all = dashboard (registry, NULL, MARKDOWN);
  g_autofree char *wuxi = dashboard (registry, "320200", MARKDOWN);
  g_autofree char *wuxi_html = dashboard (registry, "320200", HTML);
  g_autofree char *kunshan = dashboard (registry, "320583", HTML);
  g_autofree char *xishan = dashboard (registry, "320205", MARKDOWN);
  g_autoptr(GError) error = NULL;

  /* The province is the whole sample, but for its title. */
  CU_ASSERT_STRING_EQUAL (strstr (province, "## 主要指标"), strstr (all, "## 主要指标"));
  ASSERT_HAS (province, "# 江苏省\n");

  /* Wuxi: 7 enterprises, its counties. ent-wx-chip (新吴区) leads the IC
   * chain, and proj-ic-eda works on its need-003: both are Wuxi's. */
  assert_markdown (wuxi);
  ASSERT_HAS (wuxi, "# 无锡市\n");
  ASSERT_HAS (wuxi, "| 产业链 | 1 | 重点 1 · 优势 0 · 卓越 0 |\n");
  ASSERT_HAS (wuxi, "| 链上企业 | 7 | — |\n");
  ASSERT_HAS (wuxi, "| 行动项目 | 1 | 实施中 1 · 已完成 0 |\n");
  ASSERT_HAS (wuxi, "## 各县（市、区）汇总\n");
  /* The organisations that cover a county's enterprises are its own. */
  ASSERT_HAS (wuxi, "| 锡山区 | 0 | 1 | 100% | 100% | 2 | 1 |");
  ASSERT_HAS (wuxi, "| 滨湖区 | 0 | 1 | 100% | 100% | 1 | 1 |");
  ASSERT_HAS (wuxi, "| 新吴区 | 1 | 3 | 100% | 100% | 2 | 3 | 3 | 0 | 0% | 1 | 0 元 |");
  ASSERT_HAS (wuxi, "| 江阴市 | 0 | 2 | 100% | 100% | 2 | 2 |");
  assert_html_page (wuxi_html);
  CU_ASSERT_EQUAL (assert_svg_well_formed (wuxi_html), 3);

  /* A county has nothing below it: no roll-up part, no coverage chart. */
  assert_html_page (kunshan);
  ASSERT_HAS (kunshan, "<h1>昆山市</h1>");
  /* A county's coverage and organisations agree: ent-wx-gas is covered by
   * the Wuxi chain committee and the provincial alliance, both counted. */
  ASSERT_HAS (xishan, "| 工作覆盖率 | 100% | 1 / 1 家企业有党的工作 |\n");
  ASSERT_HAS (xishan, "| 党组织 | 2 | 其中基层党组织 0 · 自有党组织企业 1 |\n");
  ASSERT_HAS_NOT (kunshan, "汇总</h2>");
  CU_ASSERT_EQUAL (assert_svg_well_formed (kunshan), 2);

  CU_ASSERT_PTR_NULL (lian_report_dashboard (registry, "12345", HTML, MASKED, &error));
  LIAN_ASSERT_ERROR (error, LIAN_DATA_ERROR, LIAN_DATA_ERROR_INVALID_REGION);
}

static void
test_unknown_ids (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autoptr(GError) error = NULL;

  CU_ASSERT_PTR_NULL (lian_report_chain_book (registry, "chain-none", AS_OF, HTML, MASKED, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  /* An id of another kind is not a chain either. */
  CU_ASSERT_PTR_NULL (lian_report_chain_book (registry, "ent-wx-chip", AS_OF, MARKDOWN, MASKED, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_PTR_NULL (lian_report_enterprise_form (registry, "ent-none", AS_OF, MARKDOWN, MASKED, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
  CU_ASSERT_PTR_NULL (lian_report_enterprise_form (registry, "chain-ic", AS_OF, HTML, MASKED, &error));
  LIAN_ASSERT_ERROR (error, LIAN_REGISTRY_ERROR, LIAN_REGISTRY_ERROR_NOT_FOUND);
}

static void
test_bare_records (void)
{
  g_autoptr(LianRegistry) registry = lian_registry_new ();
  g_autoptr(LianChain) chain = lian_test_chain ("c-bare", LIAN_CHAIN_TIER_UNRATED,
                                                LIAN_LEVEL_COUNTY, "320214", NULL);
  g_autoptr(LianChain) long_chain = lian_test_chain ("c-long", LIAN_CHAIN_TIER_KEY,
                                                     LIAN_LEVEL_CITY, "320200", "集成电路");
  g_autoptr(LianEnterprise) ent = lian_test_firm ("e-bare", "320214", NULL, NULL);
  const char *segments[] = { "一", "二", "三", "四", "五", "六", "七", NULL };
  g_autofree char *html = NULL, *md = NULL, *form = NULL, *form_md = NULL;
  g_autofree char *dash = NULL, *dash_md = NULL, *long_html = NULL;

  lian_chain_set_segments (long_chain, segments);
  lian_test_add (registry, g_object_ref (chain));
  lian_test_add (registry, g_object_ref (long_chain));
  lian_test_add (registry, g_object_ref (ent));

  html = chain_book (registry, "c-bare", HTML, MASKED);
  assert_html_page (html);
  CU_ASSERT_EQUAL (assert_svg_well_formed (html), 0);
  ASSERT_HAS (html, "本链未登记环节。");
  ASSERT_HAS (html, "本链未登记链主企业。");
  ASSERT_HAS (html, "本链尚无需求。");
  md = chain_book (registry, "c-bare", MARKDOWN, MASKED);
  assert_markdown (md);

  /* Seven segments: two rows, the second reached by a bent arrow. */
  long_html = chain_book (registry, "c-long", HTML, MASKED);
  CU_ASSERT_EQUAL (assert_svg_well_formed (long_html), 1);
  CU_ASSERT_EQUAL (count (long_html, "<polyline"), 1);
  CU_ASSERT_EQUAL (count (long_html, "暂无企业"), 7);

  form = enterprise_form (registry, "e-bare", HTML, MASKED);
  assert_html_page (form);
  ASSERT_HAS (form, "<dt>联系电话</dt><dd>—</dd>");
  ASSERT_HAS (form, "未登记所在产业链。");
  ASSERT_HAS (form, "尚未加入任何党组织。");
  ASSERT_HAS (form, "尚未提出需求。");
  form_md = enterprise_form (registry, "e-bare", MARKDOWN, MASKED);
  assert_markdown (form_md);

  dash = dashboard (registry, NULL, HTML);
  assert_html_page (dash);
  /* No needs, no need charts; Wuxi's coverage. */
  CU_ASSERT_EQUAL (assert_svg_well_formed (dash), 1);
  ASSERT_HAS (dash, "尚无需求。");
  dash_md = dashboard (registry, NULL, MARKDOWN);
  assert_markdown (dash_md);
  ASSERT_HAS (dash_md, "| 解决用时中位数 | — | 尚无计时的解决 |\n");
}

static void
test_same_text_twice (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *a = chain_book (registry, "chain-nev", HTML, MASKED);
  g_autofree char *b = chain_book (registry, "chain-nev", HTML, MASKED);
  g_autofree char *c = dashboard (registry, "320500", HTML);
  g_autofree char *d = dashboard (registry, "320500", HTML);

  CU_ASSERT_STRING_EQUAL (a, b);
  CU_ASSERT_STRING_EQUAL (c, d);
}

/* The part of @text from the heading @section to the next heading of its
 * level. */
static char *
section_of (const char *text,
            const char *section)
{
  const char *start = strstr (text, section), *end;

  CU_ASSERT_PTR_NOT_NULL_FATAL (start);
  end = strstr (start + strlen (section), "\n## ");
  return end ? g_strndup (start, end - start) : g_strdup (start);
}

static void
test_chain_book_services_apply_on_the_day (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *md = chain_book (registry, "chain-ic", MARKDOWN, MASKED);
  g_autofree char *services = section_of (md, "## 适用的服务资源");
  g_autofree char *later_md = NULL, *later = NULL;

  /* Valid on the day, of the category of an open need of the chain, scoped
   * to a region holding its enterprise: 专精特新贷 serves need-001 (昆山)
   * and need-007 (新吴区). */
  ASSERT_HAS (services, "| 专精特新贷 | 政策 | 江苏省工业和信息化厅 | 融资 | 江苏省 | 2023-01-01 至 2025-12-31 | 2 |\n");
  ASSERT_HAS (services, "| 科技贷款贴息 |");
  ASSERT_HAS (services, "| 重点产业链物流保通保畅 |");
  ASSERT_HAS (services, "| 集成电路公共测试平台 |");
  /* Expired (until 2022-12-31), and of no open need's category anyway. */
  ASSERT_HAS_NOT (services, "工业用地弹性出让");
  /* Talent, but Suzhou's; the chain's talent need is in Wuxi. */
  ASSERT_HAS_NOT (services, "人才公寓");
  /* Nanjing's: no enterprise of the chain with an open need is there. */
  ASSERT_HAS_NOT (services, "专利快速预审");
  /* Changzhou's, for another chain. */
  ASSERT_HAS_NOT (services, "新能源产业投资基金");
  ASSERT_HAS (services, "于 2023-10-10 有效");

  /* The same open needs in 2026: both loans have expired. */
  later_md = lian_report_chain_book (registry, "chain-ic", "2026-01-15", MARKDOWN, MASKED, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (later_md);
  later = section_of (later_md, "## 适用的服务资源");
  ASSERT_HAS_NOT (later, "专精特新贷");
  ASSERT_HAS_NOT (later, "科技贷款贴息");
  ASSERT_HAS (later, "| 集成电路公共测试平台 |");
  ASSERT_HAS (later, "于 2026-01-15 有效");
}

/* Today, as the library reads the clock. */
static char *
today_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return lian_date_from_date_time (now);
}

/* Whether @text holds @format filled with @before or @after: the day
 * before the call and the day after it (two days across midnight). */
static gboolean
has_day (const char *text,
         const char *format,
         const char *before,
         const char *after)
{
  g_autofree char *one = g_strdup_printf (format, before);
  g_autofree char *other = g_strdup_printf (format, after);

  return strstr (text, one) != NULL || strstr (text, other) != NULL;
}

static void
test_reports_default_to_today (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *before = today_now ();
  g_autofree char *book = lian_report_chain_book (registry, "chain-ic", NULL, MARKDOWN, MASKED, NULL);
  g_autofree char *form = lian_report_enterprise_form (registry, "ent-wx-chip", NULL, MARKDOWN,
                                                       MASKED, NULL);
  g_autofree char *after = today_now ();
  g_autofree char *english_form = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (book);
  CU_ASSERT_PTR_NOT_NULL_FATAL (form);
  CU_ASSERT_TRUE (has_day (book, "于 %s 有效", before, after));
  CU_ASSERT_TRUE (has_day (book, "数据截至 %s\n", before, after));
  CU_ASSERT_TRUE (has_day (form, "按 %s 有效的服务资源匹配", before, after));
  CU_ASSERT_TRUE (has_day (form, "数据截至 %s\n", before, after));

  /* The matcher judged on the same day (its reasons, read in English). */
  CU_ASSERT_TRUE (lian_set_language ("en", NULL));
  english_form = lian_report_enterprise_form (registry, "ent-wx-chip", NULL, MARKDOWN, MASKED, NULL);
  CU_ASSERT_TRUE (lian_set_language ("zh_CN", NULL));
  CU_ASSERT_PTR_NOT_NULL_FATAL (english_form);
  CU_ASSERT_TRUE (has_day (english_form, "valid on %s", before, after));
  ASSERT_HAS_NOT (english_form, "valid on 2023-");
}

static void
test_enterprise_form_matches_on_the_day (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *md = NULL, *matches = NULL;

  /* In English, as the matcher's reasons are asserted. */
  CU_ASSERT_TRUE (lian_set_language ("en", NULL));
  md = lian_report_enterprise_form (registry, "ent-wx-chip", "2026-01-15", MARKDOWN, MASKED, NULL);
  CU_ASSERT_TRUE (lian_set_language ("zh_CN", NULL));
  CU_ASSERT_PTR_NOT_NULL_FATAL (md);
  matches = section_of (md, "## Services matched to open needs");
  /* 研发贷款贴息 (2023-10-08) is still open; its two loans have expired. */
  ASSERT_HAS_NOT (matches, "专精特新贷");
  ASSERT_HAS_NOT (matches, "科技贷款贴息");
  ASSERT_HAS (matches, "valid on 2026-01-15");
  ASSERT_HAS (matches, "Matched with the service items valid on 2026-01-15.");
}

/* Every report says the day its data stands at: the day it was made for,
 * or today (the dashboard, made for no day). */
static void
test_data_as_of (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *book_md = chain_book (registry, "chain-ic", MARKDOWN, MASKED);
  g_autofree char *book_html = chain_book (registry, "chain-ic", HTML, MASKED);
  g_autofree char *form_md = enterprise_form (registry, "ent-wx-chip", MARKDOWN, MASKED);
  g_autofree char *form_html = enterprise_form (registry, "ent-wx-chip", HTML, MASKED);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = lian_date_from_date_time (now);
  g_autofree char *stands_at = g_strdup_printf ("\n数据截至 %s\n", today);
  g_autofree char *dash_today = dashboard (registry, NULL, MARKDOWN);
  g_autofree char *dash_md = NULL, *dash_html = NULL;

  ASSERT_HAS (book_md, "# 集成电路产业链\n\n*一链一册*\n\n数据截至 2023-10-10\n\n## 概况\n");
  ASSERT_HAS (book_html, "<h1>集成电路产业链</h1>\n<p class=\"as-of\">数据截至 2023-10-10</p>\n</header>");
  ASSERT_HAS (form_md, "*一企一表*\n\n数据截至 2023-10-10\n");
  ASSERT_HAS (form_html, "<p class=\"as-of\">数据截至 2023-10-10</p>");
  ASSERT_HAS (dash_today, stands_at);

  /* A document made again from the same data, as reproducible builds make
   * them: the day of SOURCE_DATE_EPOCH (2023-10-10 00:00 UTC). */
  g_setenv ("SOURCE_DATE_EPOCH", "1696896000", TRUE);
  dash_md = dashboard (registry, "320200", MARKDOWN);
  dash_html = dashboard (registry, "320200", HTML);
  g_unsetenv ("SOURCE_DATE_EPOCH");
  ASSERT_HAS (dash_md, "# 无锡市\n\n*产业链党建数据看板*\n\n数据截至 2023-10-10\n");
  ASSERT_HAS (dash_html, "<p class=\"as-of\">数据截至 2023-10-10</p>");
}

/* In English: the same reports, every label and sentence in English. */
static void
test_english (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *book_md = NULL, *book_html = NULL, *form_md = NULL, *dash_md = NULL;
  g_autofree char *dash_html = NULL;

  CU_ASSERT_TRUE_FATAL (lian_set_language ("en", NULL));
  book_md = chain_book (registry, "chain-ic", MARKDOWN, MASKED);
  book_html = chain_book (registry, "chain-ic", HTML, MASKED);
  form_md = enterprise_form (registry, "ent-wx-chip", MARKDOWN, MASKED);
  g_setenv ("SOURCE_DATE_EPOCH", "1696896000", TRUE);
  dash_md = dashboard (registry, NULL, MARKDOWN);
  dash_html = dashboard (registry, NULL, HTML);
  g_unsetenv ("SOURCE_DATE_EPOCH");

  assert_markdown (book_md);
  ASSERT_HAS (book_md, "# 集成电路产业链\n\n*Chain book*\n\nData as of 2023-10-10\n\n## Overview\n");
  ASSERT_HAS (book_md, "- **Enterprises on the chain**: 12\n");
  ASSERT_HAS (book_md, "- **Organisation coverage**: 12 / 12 (100%)\n");
  ASSERT_HAS (book_md, "\nUpstream → 芯片设计 → 晶圆制造 → 封装测试 → 装备材料 → Downstream\n");
  ASSERT_HAS (book_md, "| Segment | Enterprises | Organisation coverage | Work coverage |\n");
  ASSERT_HAS (book_md, "| 专精特新贷 |");
  ASSERT_HAS (book_md, " | 2023-01-01 to 2025-12-31 | 2 |\n");
  ASSERT_HAS (book_md, "Generated by lian " LIAN_VERSION_STRING ". Phone numbers are masked.\n");
  assert_html_page (book_html);
  CU_ASSERT_EQUAL (assert_svg_well_formed (book_html), 2);
  ASSERT_HAS (book_html, "<p class=\"kind\">Chain book</p>");
  ASSERT_HAS (book_html, ">Leader</text>");
  ASSERT_HAS (book_html, ">Organisation coverage 3/3 · 100%</text>");

  assert_markdown (form_md);
  ASSERT_HAS (form_md, "*Enterprise form*\n\nData as of 2023-10-10\n\n## Identity\n");
  ASSERT_HAS (form_md, "- **Contact phone**: 138****5678\n");
  ASSERT_HAS (form_md, "- **Organisation coverage**: Yes (its own organisation)\n");
  ASSERT_HAS (form_md, "| EDA工具国产化替代 (bottleneck) |");
  ASSERT_HAS (form_md, "### History: EDA工具国产化替代\n");
  ASSERT_HAS (form_md, "Matched with the service items valid on 2023-10-10.\n");

  assert_markdown (dash_md);
  ASSERT_HAS (dash_md, "# All regions\n\n*Industrial-chain party-building dashboard*\n\n"
                       "Data as of 2023-10-10\n");
  ASSERT_HAS (dash_md, "| Figure | Value | Detail |\n");
  ASSERT_HAS (dash_md, "| Organisation coverage rate | 96.9% | 31 / 32 enterprises in a grassroots "
                       "organisation or with their own |\n");
  ASSERT_HAS (dash_md, "| Median days to resolve | 23 days | 90% within 110.2 days (3 timed) |\n");
  ASSERT_HAS (dash_md, "| Bottleneck problems solved | 1 problem | — |\n");
  ASSERT_HAS (dash_md, "## By city\n");
  assert_html_page (dash_html);
  ASSERT_HAS (dash_html, "aria-label=\"Organisation coverage by city\"");
  /* Not a word of the Chinese labels. */
  ASSERT_HAS_NOT (book_md, "一链一册");
  ASSERT_HAS_NOT (book_md, "数据截至");
  ASSERT_HAS_NOT (book_md, "**：");
  ASSERT_HAS_NOT (form_md, "基本信息");
  ASSERT_HAS_NOT (dash_md, "主要指标");
  ASSERT_HAS_NOT (dash_html, "各市");
  CU_ASSERT_TRUE (lian_set_language ("zh_CN", NULL));
}

/* Counts and amounts with thousands separators (and 万, 亿 in Chinese),
 * times in China's time zone whatever their offset. */
static void
test_numbers_and_times (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  LianNeed *need = lian_registry_lookup_need (registry, "need-003");
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 ("2023-07-10T02:00:00Z", NULL);
  g_autoptr(LianNeedEvent) event = lian_need_event_new (at, LIAN_NEED_STATUS_IN_PROGRESS, NULL,
                                                        "UTC");
  g_autofree char *chinese = NULL, *english = NULL, *book = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (need);
  lian_need_append_event (need, event);
  chinese = enterprise_form (registry, "ent-wx-chip", MARKDOWN, MASKED);
  book = chain_book (registry, "chain-ic", MARKDOWN, MASKED);
  CU_ASSERT_TRUE_FATAL (lian_set_language ("en", NULL));
  english = enterprise_form (registry, "ent-wx-chip", MARKDOWN, MASKED);
  CU_ASSERT_TRUE (lian_set_language ("zh_CN", NULL));

  ASSERT_HAS (chinese, "- **从业人员**：2,300\n");
  ASSERT_HAS (chinese, "| 5,000 万元 |\n");
  ASSERT_HAS (chinese, "| 2023-07-10 10:00 | 办理中 | — | UTC |\n");
  ASSERT_HAS (book, "| 芯联党建 | 7 | 1,859 |\n");
  ASSERT_HAS (english, "- **Employees**: 2,300\n");
  ASSERT_HAS (english, "| 50,000,000 yuan |\n");
  ASSERT_HAS (english, "| 2023-07-10 10:00 | in progress | — | UTC |\n");
}

/* With no language set, the locale chooses. */
static void
test_language_follows_the_locale (void)
{
  g_autoptr(LianRegistry) registry = lian_test_sample_registry ();
  g_autofree char *before = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *english = NULL, *chinese = NULL;

  CU_ASSERT_TRUE (lian_set_language (NULL, NULL));
  CU_ASSERT_PTR_NOT_NULL_FATAL (setlocale (LC_ALL, "C.UTF-8"));
  english = chain_book (registry, "chain-zj-optics", HTML, MASKED);
  CU_ASSERT_PTR_NOT_NULL_FATAL (setlocale (LC_ALL, "zh_CN.UTF-8"));
  chinese = chain_book (registry, "chain-zj-optics", HTML, MASKED);
  setlocale (LC_ALL, before);
  CU_ASSERT_TRUE (lian_set_language ("zh_CN", NULL));

  CU_ASSERT_TRUE (g_str_has_prefix (english, "<!DOCTYPE html>\n<html lang=\"en\">"));
  ASSERT_HAS (english, "<h2>Overview</h2>");
  CU_ASSERT_TRUE (g_str_has_prefix (chinese, "<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
  ASSERT_HAS (chinese, "<h2>概况</h2>");
}

int
main (void)
{
  static const LianTest tests[] = {
    { "/lian/reports/mask-phone", test_mask_phone },
    { "/lian/reports/mask-phone-numbers", test_mask_phone_numbers },
    { "/lian/reports/chain-book-html", test_chain_book_html },
    { "/lian/reports/chain-book-markdown", test_chain_book_markdown },
    { "/lian/reports/show-personal", test_show_personal },
    { "/lian/reports/escaping", test_escaping },
    { "/lian/reports/enterprise-form", test_enterprise_form },
    { "/lian/reports/dashboard-all", test_dashboard_all },
    { "/lian/reports/dashboard-regions", test_dashboard_regions },
    { "/lian/reports/unknown-ids", test_unknown_ids },
    { "/lian/reports/bare-records", test_bare_records },
    { "/lian/reports/same-text-twice", test_same_text_twice },
    { "/lian/reports/chain-book-services-apply-on-the-day", test_chain_book_services_apply_on_the_day },
    { "/lian/reports/reports-default-to-today", test_reports_default_to_today },
    { "/lian/reports/enterprise-form-matches-on-the-day", test_enterprise_form_matches_on_the_day },
    { "/lian/reports/data-as-of", test_data_as_of },
    { "/lian/reports/english", test_english },
    { "/lian/reports/language-follows-the-locale", test_language_follows_the_locale },
    { "/lian/reports/numbers-and-times", test_numbers_and_times },
    { NULL, NULL },
  };

  /* Most tests read the reports in Chinese, as their readers do. */
  if (!lian_set_language ("zh_CN", NULL))
    return 1;
  return lian_test_run ("reports", tests);
}
