# SPDX-License-Identifier: LGPL-2.1-or-later
"""The reports from Python, on the bundled Jiangsu sample.

Every figure below was counted by hand from data/jiangsu-sample.json.
"""
import html.parser
import locale
import os
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

SAMPLE = os.path.join(os.environ.get('LIAN_SOURCE_DIR', '.'), 'data', 'jiangsu-sample.json')
HTML = Lian.ReportFormat.HTML
MARKDOWN = Lian.ReportFormat.MARKDOWN
MASKED = Lian.ReportFlags.NONE
PERSONAL = Lian.ReportFlags.SHOW_PERSONAL
AS_OF = '2023-10-10'  # the day services are judged valid on
EPOCH = '1696896000'  # 2023-10-10 00:00 UTC: the day of an undated report
VOID = {'meta', 'br', 'hr', 'img', 'input', 'link', 'col', 'wbr'}


def load():
    registry = Lian.Registry()
    registry.load_from_file(SAMPLE, None)
    return registry


class Page(html.parser.HTMLParser):
    """Checks that tags nest and close, and collects the text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.text, self.errors = [], {}, [], []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for name, value in attrs:
            if name in ('src', 'href') or name.startswith('on'):
                self.errors.append(f'{tag} has {name}={value}')
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f'</{tag}> closes {self.stack[-1:]}')
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(text):
    page = Page()
    page.feed(text)
    page.close()
    return page


class ReportsTest(unittest.TestCase):
    """In Chinese, as their readers read them."""

    @classmethod
    def setUpClass(cls):
        cls.registry = load()
        Lian.set_language('zh_CN')

    @classmethod
    def tearDownClass(cls):
        Lian.set_language(None)

    def check_page(self, text):
        page = parse(text)
        self.assertEqual(page.errors, [])
        self.assertEqual(page.stack, [])
        self.assertNotIn('script', page.tags)
        self.assertNotIn('link', page.tags)
        self.assertNotIn('img', page.tags)
        self.assertFalse('://' in text, 'a link to somewhere')
        return page

    def test_mask_phone(self):
        self.assertEqual(Lian.mask_phone('13812345678'), '138****5678')
        self.assertEqual(Lian.mask_phone('123'), '***')
        self.assertEqual(Lian.mask_phone(''), '')

    def test_mask_phone_numbers(self):
        self.assertEqual(Lian.mask_phone_numbers('王经理 13812345678，0510-85212345'),
                         '王经理 138****5678，051******2345')
        self.assertEqual(Lian.mask_phone_numbers('91320214474555530F 2023-10-20'),
                         '91320214474555530F 2023-10-20')

    def test_enums(self):
        self.assertEqual(Lian.enum_to_nick(Lian.ReportFormat, HTML), 'html')
        self.assertEqual(Lian.enum_to_nick(Lian.ReportFormat, MARKDOWN), 'markdown')
        self.assertEqual(Lian.flags_to_nicks(Lian.ReportFlags, PERSONAL), ['show-personal'])

    def test_chain_book(self):
        text = Lian.report_chain_book(self.registry, 'chain-ic', AS_OF, HTML, MASKED)
        page = self.check_page(text)
        self.assertTrue(text.startswith('<!DOCTYPE html>\n<html lang="zh-CN">'))
        self.assertEqual(page.tags['h1'], 1)
        self.assertEqual(page.tags['svg'], 2)
        words = ''.join(page.text)
        for fact in ('集成电路产业链', '重点', '江苏省', '无锡华芯微电子有限公司', '138****5678',
                     '组织覆盖 3/3 · 100%', 'EDA工具联合攻关', '集成电路公共测试平台'):
            self.assertIn(fact, words)
        self.assertNotIn('13812345678', text)

        md = Lian.report_chain_book(self.registry, 'chain-zj-optics', AS_OF, MARKDOWN, MASKED)
        self.assertNotIn('<', md)
        # ent-jr-logis has its own organisation (9 party members);
        # ent-dy-ecommerce (2) is in none.
        self.assertIn('| 眼镜成品 | 4 | 3 / 4（75%） | 3 / 4（75%） |\n', md)
        self.assertIn('| 物流 | 0 | 1 | 0 | 1 |\n', md)

    def test_chain_book_lists_the_services_valid_on_the_day(self):
        services = Lian.report_chain_book(self.registry, 'chain-ic', AS_OF, MARKDOWN, MASKED)
        services = services.split('## 适用的服务资源')[1].split('\n## ')[0]
        self.assertIn('| 专精特新贷 |', services)
        self.assertNotIn('工业用地弹性出让', services)   # expired on 2022-12-31
        self.assertNotIn('人才公寓', services)           # Suzhou's; no open need there
        later = Lian.report_chain_book(self.registry, 'chain-ic', '2026-01-15', MARKDOWN, MASKED)
        later = later.split('## 适用的服务资源')[1].split('\n## ')[0]
        self.assertNotIn('专精特新贷', later)            # expired on 2025-12-31
        self.assertIn('于 2026-01-15 有效', later)
        form = Lian.report_enterprise_form(self.registry, 'ent-wx-chip', '2026-01-15', MARKDOWN,
                                           MASKED)
        self.assertNotIn('专精特新贷', form)
        today = GLib.DateTime.new_now_local().format('%Y-%m-%d')
        self.assertIn(f'于 {today} 有效',
                      Lian.report_chain_book(self.registry, 'chain-ic', None, MARKDOWN, MASKED))

    def test_enterprise_form(self):
        text = Lian.report_enterprise_form(self.registry, 'ent-wx-chip', AS_OF, HTML, PERSONAL)
        words = ''.join(self.check_page(text).text)
        for fact in ('91320214474555530F', '新吴区', '高新技术企业、上市', '13812345678',
                     '组建攻关组', '科技贷款贴息'):
            self.assertIn(fact, words)
        md = Lian.report_enterprise_form(self.registry, 'ent-wx-chip', AS_OF, MARKDOWN, MASKED)
        self.assertNotIn('<', md)
        self.assertIn('- **联系电话**：138****5678\n', md)
        self.assertIn('*一企一表*\n\n数据截至 2023-10-10\n', md)
        self.assertIn('- **从业人员**：2,300\n', md)
        self.assertIn('| 5,000 万元 |\n', md)

    def test_dashboard(self):
        text = Lian.report_dashboard(self.registry, None, HTML, MASKED)
        page = self.check_page(text)
        self.assertEqual(page.tags['svg'], 3)
        md = Lian.report_dashboard(self.registry, '320500', MARKDOWN, MASKED)
        self.assertNotIn('<', md)
        self.assertIn('# 苏州市\n', md)
        # Every Suzhou enterprise has 3 or more party members: its own
        # organisation.
        self.assertIn('| 组织覆盖率 | 100% | 8 / 8 家企业加入基层党组织或有自己的党组织 |\n', md)
        self.assertIn('| 党组织 | 3 | 其中基层党组织 1 · 自有党组织企业 8 |\n', md)
        self.assertIn('| 协调融资 | 3 亿元 | — |\n', md)
        self.assertIn('| 张家港市 |', md)
        self.assertIn('| 昆山市 |', md)

    def test_dashboard_stands_at_today(self):
        today = GLib.DateTime.new_now_local().format('%Y-%m-%d')
        md = Lian.report_dashboard(self.registry, '320500', MARKDOWN, MASKED)
        self.assertIn(f'# 苏州市\n\n*产业链党建数据看板*\n\n数据截至 {today}\n', md)
        GLib.setenv('SOURCE_DATE_EPOCH', EPOCH, True)
        try:
            md = Lian.report_dashboard(self.registry, '320500', MARKDOWN, MASKED)
        finally:
            GLib.unsetenv('SOURCE_DATE_EPOCH')
        self.assertIn('\n数据截至 2023-10-10\n', md)

    def test_escaping(self):
        registry = load()
        registry.lookup('ent-dy-lens').set_name('<script>alert(1)</script> & 明光')
        text = Lian.report_chain_book(registry, 'chain-zj-optics', AS_OF, HTML, MASKED)
        page = self.check_page(text)
        self.assertIn('<script>alert(1)</script> & 明光', ''.join(page.text))
        self.assertIn('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 明光', text)
        md = Lian.report_chain_book(registry, 'chain-zj-optics', AS_OF, MARKDOWN, MASKED)
        self.assertNotIn('<', md)
        self.assertIn('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 明光', md)

    def test_errors(self):
        with self.assertRaises(GLib.Error) as caught:
            Lian.report_chain_book(self.registry, 'chain-none', AS_OF, HTML, MASKED)
        self.assertTrue(caught.exception.matches(Lian.registry_error_quark(),
                                                 Lian.RegistryError.NOT_FOUND))
        with self.assertRaises(GLib.Error) as caught:
            Lian.report_enterprise_form(self.registry, 'ent-none', AS_OF, MARKDOWN, MASKED)
        self.assertTrue(caught.exception.matches(Lian.registry_error_quark(),
                                                 Lian.RegistryError.NOT_FOUND))
        with self.assertRaises(GLib.Error) as caught:
            Lian.report_dashboard(self.registry, '99', HTML, MASKED)
        self.assertTrue(caught.exception.matches(Lian.data_error_quark(),
                                                 Lian.DataError.INVALID_REGION))


class EnglishTest(unittest.TestCase):
    """The same reports in English, by Lian.set_language() or the locale."""

    @classmethod
    def setUpClass(cls):
        cls.registry = load()

    def tearDown(self):
        Lian.set_language(None)

    def test_chain_book_in_english(self):
        Lian.set_language('en')
        md = Lian.report_chain_book(self.registry, 'chain-zj-optics', AS_OF, MARKDOWN, MASKED)
        self.assertIn('\n*Chain book*\n\nData as of 2023-10-10\n\n## Overview\n', md)
        self.assertIn('| 眼镜成品 | 4 | 3 / 4 (75%) | 3 / 4 (75%) |\n', md)
        self.assertIn('| Category | Open | Resolved | Closed | Total |\n', md)
        self.assertNotIn('一链一册', md)
        self.assertNotIn('数据截至', md)
        html = Lian.report_chain_book(self.registry, 'chain-zj-optics', AS_OF, HTML, MASKED)
        self.assertTrue(html.startswith('<!DOCTYPE html>\n<html lang="en">'))
        self.assertIn('<p class="as-of">Data as of 2023-10-10</p>', html)
        self.assertIn('Generated by lian', html)

    def test_form_and_dashboard_in_english(self):
        Lian.set_language('en')
        form = Lian.report_enterprise_form(self.registry, 'ent-wx-chip', AS_OF, MARKDOWN, MASKED)
        self.assertIn('- **Contact phone**: 138****5678\n', form)
        self.assertIn('- **Employees**: 2,300\n', form)
        self.assertIn('| 50,000,000 yuan |\n', form)
        self.assertIn('| 2023-06-21 09:30 | accepted |', form)
        self.assertIn('## Services matched to open needs\n', form)
        self.assertNotIn('基本信息', form)
        md = Lian.report_dashboard(self.registry, '320500', MARKDOWN, MASKED)
        self.assertIn('| Organisation coverage rate | 100% | 8 / 8 enterprises in a grassroots '
                      'organisation or with their own |\n', md)
        self.assertIn('## By county, county-level city and district\n', md)

    def test_the_locale_chooses(self):
        before = locale.setlocale(locale.LC_ALL)
        try:
            locale.setlocale(locale.LC_ALL, 'zh_CN.UTF-8')
            chinese = Lian.report_dashboard(self.registry, None, MARKDOWN, MASKED)
            locale.setlocale(locale.LC_ALL, 'C.UTF-8')
            english = Lian.report_dashboard(self.registry, None, MARKDOWN, MASKED)
        finally:
            locale.setlocale(locale.LC_ALL, before)
        self.assertIn('## 主要指标\n', chinese)
        self.assertIn('## Headline figures\n', english)


if __name__ == '__main__':
    unittest.main()
