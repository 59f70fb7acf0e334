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
'''

    def run_in(self, lang):
        env = {k: v for k, v in os.environ.items() if not k.startswith('LC_') and k != 'LANGUAGE'}
        env['LANG'] = lang
        out = subprocess.run([sys.executable, '-c', self.SCRIPT], env=env, check=True,
                             capture_output=True, text=True).stdout
        return out.splitlines()

    def test_chinese_locale_gives_chinese(self):
        self.assertEqual(self.run_in('zh_CN.UTF-8'), ['zh_CN', '已解决', '172.8 亿元'])

    def test_c_locale_gives_english(self):
        self.assertEqual(self.run_in('C.UTF-8'), ['en', 'resolved', '17,280,000,000 yuan'])


if __name__ == '__main__':
    unittest.main()
