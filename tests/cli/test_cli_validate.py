# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian validate` as a report: problems grouped by code with a count and the
first three of each, errors first, a closing line; --all lists them all,
--region and --code choose which, --json adds the groups beside the list."""
import copy
import json
import os
import re
import shutil
import tempfile
import unittest

from clitest import SAMPLE, lian_in

TODAY = '2023-10-10'
CHINESE = 'zh_CN.UTF-8'
ENGLISH = 'C.UTF-8'


def lian(*args, locale=ENGLISH):
    return lian_in(locale, *args)


def write_problem_document(path):
    """The sample with five enterprises sharing the credit code of
    ent-cs-parts (常熟, 320581: five errors) and six more needs of
    ent-ks-equip (昆山, 320583) open since early 2023 (seven warnings with
    need-003), beside the sample's org-without-members note."""
    with open(SAMPLE, encoding='utf-8') as f:
        document = json.load(f)
    first = next(e for e in document['enterprises'] if e['id'] == 'ent-cs-parts')
    for i in range(5):
        twin = copy.deepcopy(first)
        twin['id'], twin['name'] = f'ent-dup-{i}', f'重复企业{i}号'
        document['enterprises'].append(twin)
    need = next(n for n in document['needs'] if n['id'] == 'need-001')
    for i in range(6):
        old = copy.deepcopy(need)
        old['id'], old['submitted'] = f'need-old-{i}', f'2023-0{i + 1}-01'
        document['needs'].append(old)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(document, f, ensure_ascii=False)


class ValidateReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
        cls.doc = os.path.join(cls.dir, 'problems.json')
        write_problem_document(cls.doc)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def validate(self, *args, locale=ENGLISH):
        return lian('validate', self.doc, '--today', TODAY, *args, locale=locale)

    def test_grouped_errors_first_with_counts_and_three_examples(self):
        result = self.validate()
        self.assertEqual(result.returncode, 1, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], 'error [duplicate-uscc]: 5 problems')
        self.assertEqual(lines[1], "  $.enterprises[?(@.id=='ent-dup-0')].uscc: 91320581608159327W "
                                   'is also the credit code of enterprise "ent-cs-parts"')
        self.assertEqual(lines[4], '  … and 2 more (--all lists them)')
        self.assertEqual(lines[5], 'warning [need-open-too-long]: 7 problems')
        self.assertEqual(lines[9], '  … and 4 more (--all lists them)')
        self.assertEqual(lines[10], 'info [org-without-members]: 1 problems')
        self.assertTrue(lines[11].startswith("  $.organizations[?(@.id=='org-ks-service-team')]"))
        self.assertEqual(lines[12], self.doc + ': 105 records, 13 problems, 5 errors')
        self.assertEqual(len(lines), 13)

    def test_all_lists_every_problem_as_before(self):
        result = self.validate('--all')
        self.assertEqual(result.returncode, 1)
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), 14)
        self.assertEqual(sum(line.startswith('error: ') for line in lines), 5)
        self.assertEqual(sum(line.endswith('[need-open-too-long]') for line in lines), 7)
        self.assertIn("warning: $.needs[?(@.id=='need-old-0')].submitted: open for 282 days since "
                      '2023-01-01, more than 90 [need-open-too-long]', lines)
        self.assertEqual(lines[-1], self.doc + ': 105 records, 13 problems, 5 errors')

    def test_region_by_code_and_by_name(self):
        # 常熟 holds the duplicates; 昆山 the old needs and the lone organisation.
        for region in ['320581', '常熟市']:
            result = self.validate('--region', region)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertEqual(result.stdout.splitlines()[0], 'error [duplicate-uscc]: 5 problems')
            self.assertTrue(result.stdout.endswith('105 records, 5 problems, 5 errors\n'))
        result = self.validate('--region', '昆山市')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn('duplicate-uscc', result.stdout)
        # need-003 lies elsewhere.
        self.assertIn('warning [need-open-too-long]: 6 problems', result.stdout)
        self.assertNotIn('need-003', result.stdout)
        # The province holds everything.
        self.assertIn('13 problems, 5 errors', self.validate('--region', '320000').stdout)
        result = self.validate('--region', '火星市')
        self.assertEqual(result.returncode, 2)
        self.assertIn('--region', result.stderr)

    def test_code_repeatable_and_comma_separated(self):
        result = self.validate('--code', 'need-open-too-long')
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout.splitlines()[0], 'warning [need-open-too-long]: 7 problems')
        self.assertTrue(result.stdout.endswith('105 records, 7 problems, 0 errors\n'))
        for args in [('--code', 'duplicate-uscc', '--code', 'org-without-members'),
                     ('--code', 'duplicate-uscc,org-without-members')]:
            result = self.validate(*args)
            self.assertEqual(result.returncode, 1)
            groups = re.findall(r'^\w+ \[([a-z-]+)\]', result.stdout, re.M)
            self.assertEqual(groups, ['duplicate-uscc', 'org-without-members'])
        result = self.validate('--code', 'duplicate-uscc', '--region', '昆山市')
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout, self.doc + ': 105 records, 0 problems, 0 errors\n')

    def test_json_keeps_the_list_and_adds_groups(self):
        report = json.loads(self.validate('--json').stdout)
        self.assertEqual(report['records'], 105)
        self.assertEqual(len(report['problems']), 13)
        self.assertEqual(set(report['problems'][0]), {'severity', 'code', 'path', 'message'})
        self.assertEqual([(g['code'], g['severity'], g['count']) for g in report['groups']],
                         [('duplicate-uscc', 'error', 5), ('need-open-too-long', 'warning', 7),
                          ('org-without-members', 'info', 1)])
        examples = report['groups'][0]['examples']
        self.assertEqual([e['path'] for e in examples],
                         [f"$.enterprises[?(@.id=='ent-dup-{i}')].uscc" for i in range(3)])
        self.assertEqual(len(report['groups'][2]['examples']), 1)
        filtered = json.loads(self.validate('--json', '--code', 'need-open-too-long',
                                            '--region', '320583').stdout)
        self.assertEqual(len(filtered['problems']), 6)
        self.assertEqual([g['code'] for g in filtered['groups']], ['need-open-too-long'])

    def test_chinese(self):
        result = self.validate(locale=CHINESE)
        self.assertEqual(result.returncode, 1, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], '错误 [duplicate-uscc]：5 个问题')
        self.assertTrue(lines[1].startswith("  $.enterprises[?(@.id=='ent-dup-0')].uscc："), lines[1])
        self.assertEqual(lines[4], '  ……另有 2 个（--all 可全部列出）')
        self.assertEqual(lines[5], '警告 [need-open-too-long]：7 个问题')
        self.assertEqual(lines[-1], self.doc + '：105 条记录，13 个问题，5 个错误')
        self.assertIn('逐条列出全部问题', lian('validate', '--help', locale=CHINESE).stdout)


class GeneratedProvinceTest(unittest.TestCase):
    """The generated province reads in a dozen lines, not thousands."""

    def test_generated_profile_is_summed_up(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, 'j.json')
            result = lian('generate', '--profile', 'jiangsu-2023', '--seed', '7', '-o', path)
            self.assertEqual(result.returncode, 0, result.stderr)
            grouped = lian('validate', path, '--today', '2024-06-30')
            every = lian('validate', path, '--today', '2024-06-30', '--all')
        self.assertEqual(grouped.returncode, every.returncode)
        self.assertEqual(grouped.stdout.splitlines()[-1], every.stdout.splitlines()[-1])
        problems = len(every.stdout.splitlines()) - 1
        self.assertGreater(problems, 1000)
        headers = re.findall(r'^(\w+) \[[a-z-]+\]: ([\d,]+) problems$', grouped.stdout, re.M)
        self.assertGreater(len(headers), 0)
        self.assertEqual(sum(int(count.replace(',', '')) for _, count in headers), problems)
        self.assertLess(len(grouped.stdout.splitlines()), 5 * len(headers) + 2)


if __name__ == '__main__':
    unittest.main()
