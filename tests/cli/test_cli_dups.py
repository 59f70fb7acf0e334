# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian duplicates`, `lian duplicates … decide`, `lian merge` and the
duplicate checks of `lian import`, in English and in Chinese."""
import csv
import json
import os
import shutil
import tempfile
import unittest

from clitest import SOURCE, SampleCopyTest, lian, lian_zh

SHEET = os.path.join(SOURCE, 'tests', 'data', 'duplicates', 'enterprises.csv')
EXPECTED = os.path.join(SOURCE, 'tests', 'data', 'duplicates', 'expected.csv')


def sheet_document(path):
    """Writes the hand-made sheet of 40 enterprises as a lian document."""
    with open(SHEET, encoding='utf-8') as f:
        rows = [{k: v for k, v in row.items() if v} for row in csv.DictReader(f)]
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'format': 'lian', 'version': 1, 'enterprises': rows}, f, ensure_ascii=False)


class DuplicatesCliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.file = os.path.join(self.dir, 'sheet.json')
        sheet_document(self.file)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def pairs(self, *args):
        result = lian('duplicates', self.file, '--json', *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return {(p['first'], p['second']): p['band'] for p in json.loads(result.stdout)}

    def test_json_lists_exactly_the_known_pairs(self):
        with open(EXPECTED, encoding='utf-8') as f:
            expected = {(r['first'], r['second']): r['band'] for r in csv.DictReader(f)}
        self.assertEqual(self.pairs('--band', 'unlikely'), expected)
        self.assertEqual(len(self.pairs()), 8)
        self.assertEqual(len(self.pairs('--band', 'certain')), 2)

    def test_text_gives_each_pair_with_its_reasons(self):
        result = lian('duplicates', self.file)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertTrue(lines[0].startswith('certain  e01 无锡华芯微电子有限公司  ~  e02 '), lines[0])
        self.assertIn('same credit code', lines[1])
        self.assertEqual(lines[-1], 'pairs to review: 8')

    def test_chinese(self):
        result = lian_zh('duplicates', self.file, '--band', '确定')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('确定  e01', result.stdout)
        self.assertIn('统一社会信用代码相同', result.stdout)
        self.assertIn('待核对：2 对', result.stdout)

    def test_different_is_kept_and_not_asked_again(self):
        result = lian('duplicates', self.file, 'decide', 'e05', 'e06', 'different')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn(('e05', 'e06'), self.pairs())
        with open(self.file, encoding='utf-8') as f:
            doc = json.load(f)
        e06 = [e for e in doc['enterprises'] if e['id'] == 'e06'][0]
        self.assertEqual(e06['not_duplicates'], ['e05'])

    def test_same_merges(self):
        result = lian('duplicates', self.file, 'decide', 'e07', 'e08', 'same')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, 'e08 merged into e07\n')
        self.assertNotIn(('e07', 'e08'), self.pairs())

    def test_bad_decision_and_band_are_usage_errors(self):
        self.assertEqual(lian('duplicates', self.file, 'decide', 'e05', 'e06', 'maybe').returncode, 2)
        self.assertEqual(lian('duplicates', self.file, '--band', 'sure').returncode, 2)


class MergeCliTest(SampleCopyTest):
    def test_merge_keeps_every_reference_and_the_alias(self):
        result = lian('merge', self.file, 'ent-wx-wafer', 'ent-wx-chip')
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.file, encoding='utf-8') as f:
            doc = json.load(f)
        wafer = [e for e in doc['enterprises'] if e['id'] == 'ent-wx-wafer'][0]
        self.assertEqual(wafer['aliases'], ['ent-wx-chip'])
        self.assertNotIn('ent-wx-chip', json.dumps(
            [r for k in ('chains', 'organizations', 'needs') for r in doc[k]]))
        self.assertEqual(lian('validate', self.file).returncode, 0)
        # The old id still names the enterprise in an import.
        sheet = self.path('needs.csv')
        with open(sheet, 'w', encoding='utf-8') as f:
            f.write('企业编号,所属产业链,问题类别,需求标题,提交日期\n'
                    'ent-wx-chip,chain-ic,融资,设备融资租赁,2023-10-12\n')
        result = lian('import', '--kind', 'needs', '--into', self.file, sheet)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.file, encoding='utf-8') as f:
            doc = json.load(f)
        added = [n for n in doc['needs'] if n['title'] == '设备融资租赁']
        self.assertEqual(added[0]['enterprise_id'], 'ent-wx-wafer')

    def test_merge_of_an_unknown_id_fails(self):
        result = lian('merge', self.file, 'ent-wx-wafer', 'no-such')
        self.assertEqual(result.returncode, 1)
        self.assertIn('no enterprise has the id "no-such"', result.stderr)


class ImportCliTest(SampleCopyTest):
    def write(self, name, text):
        with open(self.path(name), 'w', encoding='utf-8') as f:
            f.write(text)
        return self.path(name)

    def test_reimporting_a_needs_sheet_adds_nothing(self):
        header = '企业编号,所属产业链,问题类别,需求标题,需求描述,提交日期\n'
        first = self.write('a.csv', header + 'ent-wx-chip,chain-ic,融资,设备融资租赁,购置,2023-10-12\n')
        fixed = self.write('b.csv', header + 'ent-wx-chip,chain-ic,融资,设备融资租赁,购置检测设备,2023-10-12\n')
        self.assertEqual(lian('import', '--kind', 'needs', '--into', self.file, first).returncode, 0)
        with open(self.file, encoding='utf-8') as f:
            n = len(json.load(f)['needs'])
        result = lian('import', '--kind', 'needs', '--into', self.file, fixed)
        self.assertEqual(result.returncode, 1)
        self.assertIn('the same need as', result.stderr)
        with open(self.file, encoding='utf-8') as f:
            self.assertEqual(len(json.load(f)['needs']), n)
        result = lian('import', '--kind', 'needs', '--into', self.file, '--allow-duplicates', fixed)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.file, encoding='utf-8') as f:
            self.assertEqual(len(json.load(f)['needs']), n + 1)

    def test_the_same_need_twice_in_a_sheet_is_refused(self):
        sheet = self.write('d.csv', '企业编号,所属产业链,问题类别,需求标题,提交日期\n'
                                    'ent-wx-chip,chain-ic,融资,甲,2023-10-12\n'
                                    'ent-wx-chip,chain-ic,融资,甲,2023-10-12\n')
        result = lian('import', '--kind', 'needs', '--into', self.file, sheet)
        self.assertEqual(result.returncode, 1)
        self.assertIn('row 3: the same need as row 2', result.stderr)
        result = lian_zh('import', '--kind', 'needs', '--into', self.file, sheet)
        self.assertIn('与第 2 行的需求相同', result.stderr)
        result = lian('import', '--kind', 'needs', '--into', self.file, '--allow-duplicates', sheet)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_an_enterprise_like_one_on_record_is_warned_of(self):
        sheet = self.write('e.csv', '企业名称,统一社会信用代码,所在地区代码\n'
                                    '华芯微电子（无锡）有限公司,913202141234567802,320214\n')
        result = lian('import', '--kind', 'enterprises', '--into', self.file, '--dry-run', sheet)
        self.assertIn('ent-wx-chip', result.stdout + result.stderr)

    def test_an_unknown_name_gets_did_you_mean(self):
        sheet = self.write('n.csv', '企业编号,所属产业链,问题类别,需求标题,提交日期\n'
                                    '华芯微电子（无锡）,chain-ic,融资,新需求,2023-10-12\n')
        result = lian('import', '--kind', 'needs', '--into', self.file, sheet)
        self.assertEqual(result.returncode, 1)
        self.assertIn('did you mean 无锡华芯微电子有限公司 (ent-wx-chip)?', result.stderr)


if __name__ == '__main__':
    unittest.main()
