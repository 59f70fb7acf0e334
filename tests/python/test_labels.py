# SPDX-License-Identifier: LGPL-2.1-or-later
"""Enum labels, counts, amounts, times and widths in the reader's language."""
import os
import subprocess
import sys
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402


class LanguageCase(unittest.TestCase):
    def tearDown(self):
        Lian.set_language(None)


class LabelTest(LanguageCase):
    def test_label_in_each_language(self):
        self.assertEqual(Lian.enum_get_label(Lian.NeedStatus, Lian.NeedStatus.IN_PROGRESS),
                         'in progress')
        self.assertEqual(Lian.enum_get_label(Lian.EnterpriseTags, Lian.EnterpriseTags.SRDI), 'SRDI')
        self.assertEqual(Lian.enum_get_label(Lian.ChainTier, Lian.ChainTier.UNRATED), '')
        Lian.set_language('zh_CN')
        self.assertEqual(Lian.enum_get_label(Lian.NeedStatus, Lian.NeedStatus.IN_PROGRESS),
                         '办理中')
        self.assertEqual(Lian.enum_get_label(Lian.NeedCategories, Lian.NeedCategories.LAND), '用地')
        self.assertEqual(Lian.enum_get_label(Lian.OrgKind, Lian.OrgKind.SERVICE_TEAM), '先锋服务队')

    def test_from_label_reads_chinese_english_and_nicks(self):
        for language in ('en', 'zh_CN'):
            Lian.set_language(language)
            for text in ('办理中', '处理中', 'In progress', 'in-progress'):
                ok, value = Lian.enum_from_label(Lian.NeedStatus, text)
                self.assertTrue(ok)
                self.assertEqual(value, Lian.NeedStatus.IN_PROGRESS, text)
            ok, flag = Lian.enum_from_label(Lian.NeedCategories, '土地')
            self.assertEqual(flag, int(Lian.NeedCategories.LAND))

    def test_every_label_round_trips(self):
        for language in ('en', 'zh_CN'):
            Lian.set_language(language)
            for enum in (Lian.Level, Lian.ChainRole, Lian.OrgKind, Lian.ServiceKind,
                         Lian.NeedCategory, Lian.NeedStatus, Lian.ProjectStatus,
                         Lian.ActivityKind, Lian.RecordKind, Lian.Severity):
                for value in enum.__enum_values__.values():
                    label = Lian.enum_get_label(enum, int(value))
                    self.assertTrue(label, (enum, value))
                    self.assertEqual(Lian.enum_from_label(enum, label)[1], int(value))

    def test_unknown_label_lists_labels_in_the_language(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.enum_from_label(Lian.NeedStatus, 'done')
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_VALUE))
        self.assertEqual(cm.exception.message, 'need status "done": expected submitted, '
                         'accepted, in progress, resolved, closed')
        Lian.set_language('zh_CN')
        with self.assertRaises(GLib.Error) as cm:
            Lian.enum_from_label(Lian.NeedStatus, '完成')
        self.assertEqual(cm.exception.message,
                         '需求状态“完成”：应为 已提交、已受理、办理中、已解决、已关闭 之一')


class FormatTest(LanguageCase):
    def test_count(self):
        self.assertEqual(Lian.format_count(17280), '17,280')
        self.assertEqual(Lian.format_count(-1234567), '-1,234,567')

    def test_yuan(self):
        self.assertEqual(Lian.format_yuan(17280000000), '17,280,000,000 yuan')
        Lian.set_language('zh_CN')
        self.assertEqual(Lian.format_yuan(17280000000), '172.8 亿元')
        self.assertEqual(Lian.format_yuan(34560000), '3,456 万元')
        self.assertEqual(Lian.format_yuan(980), '980 元')
        self.assertEqual(Lian.format_yuan(-15000), '-1.5 万元')

    def test_time_in_china(self):
        when = GLib.DateTime.new_utc(2023, 9, 4, 2, 0, 0)
        self.assertEqual(Lian.format_time(when), '2023-09-04 10:00')

    def test_display_width(self):
        self.assertEqual(Lian.text_display_width('无锡市'), 6)
        self.assertEqual(Lian.text_display_width('IC 产业链'), 9)


def refused_move():
    need = Lian.Need(id='n1', enterprise_id='e1', title='流动资金贷款',
                     status=Lian.NeedStatus.RESOLVED, resolved='2023-07-12')
    try:
        need.transition(Lian.NeedStatus.SUBMITTED, 'org-1', None, None)
    except GLib.Error as e:
        return e
    raise AssertionError('the move was not refused')


def refused_value():
    try:
        Lian.uscc_normalize('91110000600037341N')
    except GLib.Error as e:
        return e
    raise AssertionError('the code was not refused')


class MessageTest(LanguageCase):
    def test_refused_move_and_value_in_chinese(self):
        Lian.set_language('zh_CN')
        e = refused_move()
        self.assertTrue(e.matches(Lian.data_error_quark(), Lian.DataError.ILLEGAL_TRANSITION))
        self.assertEqual(e.message, 'status：不能从已解决改为已提交；可改为：办理中')
        e = refused_value()
        self.assertTrue(e.matches(Lian.data_error_quark(), Lian.DataError.INVALID_USCC))
        self.assertEqual(e.message, '校验位应为“L”，而不是“N”')

    def test_refused_move_and_value_in_english(self):
        self.assertEqual(refused_move().message,
                         'status: cannot move from resolved to submitted; allowed: in-progress')
        self.assertEqual(refused_value().message, "check character is 'L', not 'N'")


class CsvRowMessageTest(LanguageCase):
    SOURCE = os.environ.get('LIAN_SOURCE_DIR', '.')
    CSV = os.path.join(SOURCE, 'tests', 'data', 'csv', 'enterprises-gb18030.csv')

    def test_rejected_row_names_its_column_in_chinese(self):
        Lian.set_language('zh_CN')
        registry = Lian.Registry()
        registry.load_from_file(os.path.join(self.SOURCE, 'data', 'jiangsu-sample.json'), None)
        importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
        importer.props.partial = True
        self.assertTrue(importer.import_file(self.CSV, None))
        rejected = [r for r in importer.get_results()
                    if r.props.outcome == Lian.CsvOutcome.REJECTED]
        self.assertEqual(len(rejected), 1)
        self.assertEqual(rejected[0].props.column, '统一社会信用代码')
        self.assertEqual(rejected[0].props.message, '校验位应为“U”，而不是“X”')

    def test_refusal_by_the_registry_names_its_column_in_chinese(self):
        csv = ('编号,企业名称,统一社会信用代码,所在地区代码,总部企业编号\n'
               'x1,甲公司,91321183993518190H,321183,x2\n'
               'x2,乙公司,9132021493786579EY,320214,x1\n')
        for language, message in (('en', 'enterprise "x2" would be its own headquarters '
                                         '(x2 → x1 → x2)'),
                                  ('zh_CN', '企业“x2”将成为自己的总部（x2 → x1 → x2）')):
            Lian.set_language(language)
            registry = Lian.Registry()
            registry.load_from_file(os.path.join(self.SOURCE, 'data', 'jiangsu-sample.json'), None)
            importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE)
            importer.props.partial = True
            importer.import_data(csv.encode())
            rejected = [r for r in importer.get_results()
                        if r.props.outcome == Lian.CsvOutcome.REJECTED]
            self.assertEqual([(r.props.row, r.props.column, r.props.message) for r in rejected],
                             [(3, '总部企业编号', message)])


class LocaleTest(unittest.TestCase):
    SCRIPT = '''
import locale
import gi
gi.require_version('Lian', '1.0')
from gi.repository import Lian
locale.setlocale(locale.LC_ALL, '')
print(Lian.get_language())
print(Lian.enum_get_label(Lian.NeedStatus, Lian.NeedStatus.RESOLVED))
print(Lian.format_yuan(17280000000))
need = Lian.Need(id='n1', enterprise_id='e1', title='t', status=Lian.NeedStatus.RESOLVED,
                 resolved='2023-07-12')
try:
    need.transition(Lian.NeedStatus.SUBMITTED, 'org-1', None, None)
except Exception as e:
    print(e.message)
try:
    Lian.uscc_normalize('91110000600037341N')
except Exception as e:
    print(e.message)
'''

    def run_in(self, lang):
        env = {k: v for k, v in os.environ.items() if not k.startswith('LC_') and k != 'LANGUAGE'}
        env['LANG'] = lang
        out = subprocess.run([sys.executable, '-c', self.SCRIPT], env=env, check=True,
                             capture_output=True, text=True).stdout
        return out.splitlines()

    def test_chinese_locale_gives_chinese(self):
        self.assertEqual(self.run_in('zh_CN.UTF-8'),
                         ['zh_CN', '已解决', '172.8 亿元', 'status：不能从已解决改为已提交；可改为：办理中',
                          '校验位应为“L”，而不是“N”'])

    def test_c_locale_gives_english(self):
        self.assertEqual(self.run_in('C.UTF-8'),
                         ['en', 'resolved', '17,280,000,000 yuan',
                          'status: cannot move from resolved to submitted; allowed: in-progress',
                          "check character is 'L', not 'N'"])


if __name__ == '__main__':
    unittest.main()
