# SPDX-License-Identifier: LGPL-2.1-or-later
"""The `lian` command in the reader's language: under LANG=zh_CN.UTF-8 it
speaks Chinese, under LC_ALL=C English; statuses read from Chinese or English
labels or nicks; figures with 万/亿 or thousands separators; times in China
Standard Time; tables aligned by display width (a Chinese character takes two
columns).

The command's own words are asserted exactly; of the library's messages
(load errors, refused moves, check problems, match reasons) only that they
are in Chinese, since they are translated with the library."""
import json
import os
import re
import unicodedata
import unittest

from clitest import SAMPLE, BAD, SampleCopyTest, lian_in

CHINESE = 'zh_CN.UTF-8'
ENGLISH = 'C'
# C with UTF-8: English, but Chinese names and arguments pass as they are
# (under plain C GLib prints them as '?' and refuses them in arguments).
ENGLISH_UTF8 = 'C.UTF-8'
CJK = re.compile('[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]')


def width(text):
    """Columns a terminal gives @text: East Asian wide and full-width
    characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in text)


def cells(line):
    """The cells of a table line, as (text, first column, last column + 1) in
    display columns; cells are apart by two spaces or more."""
    found, column, i = [], 0, 0
    while i < len(line):
        if line[i] == ' ':
            column += 1
            i += 1
            continue
        start, j = column, i
        while j < len(line) and not (line[j] == ' ' and (j + 1 == len(line) or line[j + 1] == ' ')):
            j += 1
        text = line[i:j]
        column += width(text)
        found.append((text, start, column))
        i = j
    return found


class ChineseTest(unittest.TestCase):
    def test_stats_in_chinese(self):
        result = lian_in(CHINESE, 'stats', SAMPLE, '--as-of', '2023-10-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertTrue(lines[0].endswith('，数据截至 2023-10-10'), lines[0])
        text = result.stdout
        for words in ['产业链', '3 条，分属 3 个集群', '企业', '32 家；组织覆盖 31 家', '党组织',
                      '服务事项', '需求', '11 件；卡脖子 3 件；解决率 30.0%', '按状态', '按类别',
                      '解决天数', '中位数 23.0，90 分位数 110.2', '行动项目', '引进人才 37 人',
                      '活动', '按类型']:
            self.assertIn(words, text)
        # Enum values by their Chinese labels, loans in 亿元.
        self.assertIn('办理中 2', text)
        self.assertIn('融资 4', text)
        self.assertRegex(text, r'协调融资 3(\.0)? 亿元')
        self.assertNotIn('in-progress', text)
        self.assertNotIn('yuan', text)

    def test_stats_in_english(self):
        result = lian_in(ENGLISH, 'stats', SAMPLE, '--as-of', '2023-10-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.splitlines()[0].endswith(', as of 2023-10-10'))
        self.assertIn('  chains                 3 in 3 clusters\n', result.stdout)
        self.assertIn('loans 300,000,000 yuan', result.stdout)
        self.assertIsNone(CJK.search(result.stdout.replace('all', '')), result.stdout)

    def test_stats_json_and_csv_keep_plain_numbers(self):
        for locale in (CHINESE, ENGLISH):
            data = json.loads(lian_in(locale, 'stats', SAMPLE, '--json').stdout)
            self.assertEqual(data['projects']['loans_yuan'], 300000000)
            table = lian_in(locale, 'stats', SAMPLE, '--by', 'city', '--csv').stdout
            self.assertIn(',300000000', table)

    def test_validate(self):
        zh = lian_in(CHINESE, 'validate', SAMPLE, '--today', '2023-10-10', '--all')
        self.assertEqual(zh.returncode, 0, zh.stderr)
        lines = zh.stdout.splitlines()
        self.assertEqual(lines[-1], SAMPLE + '：94 条记录，2 个问题，0 个错误')
        self.assertTrue(lines[0].startswith("警告：$.needs[?(@.id=='need-003')].submitted："), lines[0])
        self.assertTrue(lines[1].startswith('提示：'), lines[1])
        # The check's own words, after the path, are the library's: Chinese.
        message = lines[0].split('submitted：', 1)[1]
        self.assertRegex(message, CJK)
        en = lian_in(ENGLISH, 'validate', SAMPLE, '--today', '2023-10-10', '--all')
        self.assertEqual(en.stdout.splitlines()[-1], SAMPLE + ': 94 records, 2 problems, 0 errors')
        self.assertTrue(en.stdout.startswith("warning: $.needs[?(@.id=='need-003')].submitted: open"))

    def test_match(self):
        zh = lian_in(CHINESE, 'match', SAMPLE, '--gaps', '--as-of', '2023-10-10')
        self.assertEqual(zh.returncode, 0, zh.stderr)
        self.assertEqual(zh.stdout, '人才         320200 无锡市：1 件需求没有可对接的服务（need-002）\n')
        en = lian_in(ENGLISH_UTF8, 'match', SAMPLE, '--gaps', '--as-of', '2023-10-10')
        self.assertEqual(en.stdout, 'talent       320200 无锡市: 1 needs no service serves (need-002)\n')
        zh = lian_in(CHINESE, 'match', SAMPLE, '--need', 'need-007', '--as-of', '2023-10-10')
        reasons = zh.stdout.splitlines()[2]
        self.assertNotIn('serves', reasons)
        en = lian_in(ENGLISH, 'match', SAMPLE, '--need', 'need-007', '--as-of', '2023-10-10')
        self.assertIn('serves financing', en.stdout)
        self.assertEqual(lian_in(CHINESE, 'match', SAMPLE, '--need', 'need-002', '--as-of', '2023-10-10').stdout,
                         'need-002：没有能对接它的服务事项\n')

    def test_refused_load(self):
        bad = os.path.join(BAD, 'chain-link-missing-chain.json')
        zh = lian_in(CHINESE, 'validate', bad)
        self.assertEqual(zh.returncode, 1)
        self.assertIn('$.enterprises[0].chain_links[0].chain', zh.stderr)
        self.assertRegex(zh.stderr.split('.chain', 1)[1], CJK)
        en = lian_in(ENGLISH, 'validate', bad)
        self.assertEqual(en.returncode, 1)
        self.assertIn('unknown chain "chain-zz"', en.stderr)
        self.assertIsNone(CJK.search(en.stderr), en.stderr)

    def test_usage_errors(self):
        zh = lian_in(CHINESE, 'stats')
        self.assertEqual(zh.returncode, 2)
        self.assertEqual(zh.stderr, 'lian stats：需要一个 FILE（文件）\n请试试“lian stats --help”。\n')
        en = lian_in(ENGLISH, 'stats')
        self.assertEqual(en.stderr, "lian stats: expected one FILE\nTry 'lian stats --help'.\n")
        zh = lian_in(CHINESE, 'stats', '--help')
        self.assertIn('只统计这条产业链', zh.stdout)
        zh = lian_in(CHINESE, '--help')
        self.assertIn('流转需求并保存', zh.stdout)
        self.assertIn('Move a need to another status and save', lian_in(ENGLISH, '--help').stdout)


class WorkTest(SampleCopyTest):
    def status(self, need_id):
        with open(self.file, encoding='utf-8') as f:
            return next(n for n in json.load(f)['needs'] if n['id'] == need_id)['status']

    def test_to_takes_a_chinese_or_english_label_or_a_nick(self):
        for to, need in [('办理中', 'need-002'), ('in-progress', 'need-008')]:
            result = lian_in(CHINESE, 'need', self.file, need, '--to', to, '--by', 'org-x',
                             '--at', '2023-10-20T07:30:00Z')
            self.assertEqual(result.returncode, 0, result.stderr)
            # Said in Chinese, the time in China Standard Time.
            self.assertEqual(result.stdout, f'{need}：办理中，2023-10-20 15:30\n')
            self.assertEqual(self.status(need), 'in-progress')
        result = lian_in(ENGLISH, 'need', self.file, 'need-003', '--to', 'resolved', '--by', 'org-x',
                         '--at', '2023-10-21')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith('need-003: resolved, 2023-10-21 '), result.stdout)
        result = lian_in(ENGLISH_UTF8, 'need', self.file, 'need-001', '--to', '已受理', '--by', 'org-x')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.status('need-001'), 'accepted')
        self.assertEqual(lian_in(CHINESE, 'need', self.file, 'need-007', '--to', '完成',
                                 '--by', 'x').returncode, 2)

    def test_to_takes_the_english_label_with_a_space(self):
        result = lian_in(ENGLISH, 'need', self.file, 'need-002', '--to', 'in progress', '--by', 'x')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.status('need-002'), 'in-progress')

    def test_refused_move(self):
        with open(self.file, 'rb') as f:
            before = f.read()
        zh = lian_in(CHINESE, 'need', self.file, 'need-004', '--to', '已提交', '--by', 'x')
        self.assertEqual(zh.returncode, 1)
        self.assertTrue(zh.stderr.startswith(self.file), zh.stderr)
        self.assertRegex(zh.stderr[len(self.file):], CJK)
        en = lian_in(ENGLISH, 'need', self.file, 'need-004', '--to', 'submitted', '--by', 'x')
        self.assertEqual(en.returncode, 1)
        self.assertIn('cannot move from resolved to submitted', en.stderr)
        with open(self.file, 'rb') as f:
            self.assertEqual(f.read(), before)

    def test_history_in_china_standard_time(self):
        moved = lian_in(ENGLISH_UTF8, 'need', self.file, 'need-001', '--to', 'accepted',
                        '--by', 'org-x', '--note', '受理', '--at', '2023-10-19T23:15:00-04:00')
        self.assertEqual(moved.stdout, 'need-001: accepted, 2023-10-20 11:15\n')
        zh = lian_in(CHINESE, 'need', self.file, 'need-001', '--history')
        self.assertEqual(zh.returncode, 0, zh.stderr)
        lines = zh.stdout.splitlines()
        self.assertEqual(lines[0], 'need-001  流动资金贷款  已受理')
        self.assertEqual(cells(lines[1])[0][0], '时间')
        self.assertEqual([c[0] for c in cells(lines[2])],
                         ['2023-10-20 11:15', '已受理', 'org-x', '受理'])
        en = lian_in(ENGLISH_UTF8, 'need', self.file, 'need-001', '--history')
        self.assertEqual([c[0] for c in cells(en.stdout.splitlines()[1])],
                         ['time', 'status', 'by', 'note'])
        self.assertEqual(lian_in(ENGLISH, 'need', self.file, 'need-002').returncode, 2)

    def test_export_status_takes_a_label(self):
        for status in ('办理中', 'in-progress', 'in progress'):
            result = lian_in(ENGLISH_UTF8, 'export', self.file, '--kind', 'needs', '--status', status,
                             '--english')
            self.assertEqual(result.returncode, 0, result.stderr)
            ids = sorted(re.findall(r'need-\d+', result.stdout))
            self.assertEqual(ids, ['need-003', 'need-009'], status)
        self.assertEqual(lian_in(ENGLISH, 'export', self.file, '--kind', 'needs',
                                 '--status', 'nope').returncode, 2)
        # The kind by its label too: 需求 (need).
        result = lian_in(CHINESE, 'export', self.file, '--kind', '需求', '--status', '办理中')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(sorted(re.findall(r'need-\d+', result.stdout)), ['need-003', 'need-009'])


class LanguageOptionTest(unittest.TestCase):
    def test_global_lang_overrides_the_locale(self):
        zh = lian_in(ENGLISH_UTF8, '--lang', 'zh_CN', 'stats', SAMPLE)
        self.assertEqual(zh.returncode, 0, zh.stderr)
        self.assertIn('需求', zh.stdout)
        en = lian_in(CHINESE, '--lang=en', 'stats', SAMPLE)
        self.assertEqual(en.returncode, 0, en.stderr)
        self.assertIn('resolution rate', en.stdout)
        bad = lian_in(ENGLISH, '--lang', 'fr', 'stats', SAMPLE)
        self.assertEqual(bad.returncode, 2)
        self.assertIn('--lang', bad.stderr)

    def test_reports_take_lang(self):
        for command, what in [('book', ['--chain', 'chain-ic']),
                              ('form', ['--enterprise', 'ent-wx-chip']), ('dashboard', [])]:
            for language in ('zh_CN', 'en'):
                result = lian_in(ENGLISH, command, SAMPLE, *what, '--format', 'md',
                                 '--lang', language)
                self.assertEqual(result.returncode, 0, (command, language, result.stderr))
            # The format by its nick or label too.
            result = lian_in(ENGLISH, command, SAMPLE, *what, '--format', 'Markdown')
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertTrue(result.stdout.startswith('# '), result.stdout[:40])
            result = lian_in(ENGLISH, command, SAMPLE, *what, '--lang', 'fr')
            self.assertEqual(result.returncode, 2, command)
            self.assertIn('lian %s: --lang' % command, result.stderr)


class TableWidthTest(unittest.TestCase):
    """Every table's columns line up on a terminal, Chinese names and all."""

    def assert_aligned(self, text, n_left, what):
        lines = text.splitlines()
        self.assertGreater(len(lines), 1, what)
        rows = [cells(line) for line in lines]
        n = len(rows[0])
        for row, line in zip(rows, lines):
            # Only a last cell may be empty (a move without a note).
            self.assertIn(len(row), (n, n - 1) if n_left == n else (n,), f'{what}: {line!r}')
        for c in range(n):
            edges = {row[c][1] if c < n_left else row[c][2] for row in rows if c < len(row)}
            self.assertEqual(len(edges), 1, f'{what}: column {c} ({rows[0][c][0]}) is ragged:\n{text}')

    def test_rollups_line_up_in_both_languages(self):
        for locale in (CHINESE, ENGLISH_UTF8):
            for by, n_left in [('city', 2), ('county', 2), ('chain', 2), ('month', 1),
                               ('quarter', 1)]:
                result = lian_in(locale, 'stats', SAMPLE, '--by', by)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assert_aligned(result.stdout, n_left, f'{locale} --by {by}')
        zh = lian_in(CHINESE, 'stats', SAMPLE, '--by', 'city').stdout.splitlines()
        self.assertEqual([c[0] for c in cells(zh[0])],
                         ['代码', '名称', '企业', '党组织', '需求', '解决率', '服务', '协调融资'])
        self.assertEqual(cells(zh[1])[1][0], '南京市')

    def test_figures_start_in_one_column(self):
        for locale in (CHINESE, ENGLISH_UTF8):
            lines = lian_in(locale, 'stats', SAMPLE).stdout.splitlines()[1:]
            # "  产业链                 3 条…": the heading, then the figures
            # from the 26th column on.
            self.assertEqual({cells(line)[1][1] for line in lines}, {25}, locale)

    def test_history_lines_up(self):
        for locale in (CHINESE, ENGLISH_UTF8):
            result = lian_in(locale, 'need', SAMPLE, 'need-004', '--history')
            self.assertEqual(result.returncode, 0, result.stderr)
            table = '\n'.join(result.stdout.splitlines()[1:])
            self.assert_aligned(table, 4, locale)


if __name__ == '__main__':
    unittest.main()
