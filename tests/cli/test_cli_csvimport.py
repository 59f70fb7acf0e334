# SPDX-License-Identifier: LGPL-2.1-or-later
"""What a county clerk does with `lian`: needs sheets caught up, exports of one
county, needs handed on and moved on a given day."""
import csv
import io
import json
import os
import unittest

from clitest import SampleCopyTest, lian


class ClerkTest(SampleCopyTest):
    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def need(self, need_id):
        with open(self.file, encoding='utf-8') as f:
            return [n for n in json.load(f)['needs'] if n['id'] == need_id][0]

    def wuxi_needs(self, as_of):
        result = lian('stats', self.file, '--region', '320200', '--as-of', as_of, '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)['needs']['by_status']

    def test_status_caught_up_from_a_sheet_counts_on_its_date(self):
        sheet = self.write('needs.csv', '编号,企业编号,问题类别,需求标题,状态,解决日期\n'
                                        'need-002,ent-wx-wafer,人才,工艺工程师招聘,已解决,2023-10-20\n'
                                        'need-007,ent-wx-chip,融资,科技贷款,已解决,2023-11-02\n')
        result = lian('import', sheet, '--kind', 'needs', '--into', self.file)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('0 imported, 2 updated, 0 rejected', result.stdout)
        self.assertEqual(self.need('need-002')['history'][-1],
                         {'at': '2023-10-20T00:00:00+08:00', 'status': 'resolved',
                          'note': '据导入表格第2行补录'})
        self.assertEqual([e['status'] for e in self.need('need-007')['history']],
                         ['accepted', 'resolved'])
        self.assertEqual(self.wuxi_needs('2023-12-31')['resolved'], 3)
        self.assertEqual(self.wuxi_needs('2023-12-31')['accepted'], 0)
        self.assertEqual(self.wuxi_needs('2023-10-19')['accepted'], 1)

    def test_unknown_region_code_refused_with_row_and_column(self):
        sheet = self.write('ents.csv', '企业名称,统一社会信用代码,所在地区代码\n'
                                       '无锡新芯科技有限公司,91320214000000001N,329999\n')
        result = lian('import', sheet, '--kind', 'enterprises', '--into', self.file, '--partial')
        self.assertEqual(result.returncode, 1)
        self.assertIn('row 2, 所在地区代码: no region of 江苏省 has the code 329999', result.stderr)

    def test_near_duplicate_name_warned(self):
        sheet = self.write('ents.csv', '企业名称,统一社会信用代码,所在地区代码\n'
                                       '无锡华芯微电子,91320214000000001N,320214\n')
        result = lian('import', sheet, '--kind', 'enterprises', '--into', self.file)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('1 imported, 0 updated, 0 rejected', result.stdout)
        self.assertIn('row 2, 企业名称: warning: the name is like enterprise "ent-wx-chip"\'s', result.stderr)
        self.assertIn('duplicate-name', lian('validate', self.file).stdout)

    def test_export_one_county_with_its_region_column(self):
        result = lian('export', self.file, '--kind', 'needs', '--region', '320214')
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip('\ufeff'))))
        self.assertEqual(sorted(r['编号'] for r in rows), ['need-002', 'need-003', 'need-007'])
        self.assertEqual({r['所在地区代码'] for r in rows}, {'320214'})
        result = lian('export', self.file, '--kind', 'needs', '--region', '320214', '--open',
                      '--status', 'submitted')
        self.assertEqual([r['编号'] for r in csv.DictReader(io.StringIO(result.stdout.lstrip('\ufeff')))],
                         ['need-007'])
        self.assertEqual(lian('export', self.file, '--kind', 'needs', '--region', '32021').returncode, 2)
        self.assertEqual(lian('export', self.file, '--kind', 'enterprises', '--status',
                              'resolved').returncode, 2)

    def test_need_assigned_and_moved_on_a_day(self):
        result = lian('need', self.file, 'need-007', '--assignee', 'org-wx-ic-committee',
                      '--due', '2023-11-30')
        self.assertEqual(result.returncode, 0, result.stderr)
        need = self.need('need-007')
        self.assertEqual((need['assignee_id'], need['due']), ('org-wx-ic-committee', '2023-11-30'))
        self.assertNotIn('history', need)

        result = lian('need', self.file, 'need-007', '--to', 'accepted', '--by', 'org-wx-ic-committee',
                      '--at', '2023-10-09')
        self.assertEqual(result.returncode, 0, result.stderr)
        result = lian('need', self.file, 'need-007', '--to', 'resolved', '--by', 'org-wx-ic-committee',
                      '--at', '2023-10-20 15:30')
        self.assertEqual(result.returncode, 0, result.stderr)
        need = self.need('need-007')
        self.assertEqual([e['at'] for e in need['history']],
                         ['2023-10-09T00:00:00+08:00', '2023-10-20T15:30:00+08:00'])
        self.assertEqual(need['resolved'], '2023-10-20')

    def test_need_refuses_what_it_cannot_do(self):
        with open(self.file, 'rb') as f:
            before = f.read()
        result = lian('need', self.file, 'need-002', '--to', 'resolved', '--by', 'x', '--at', '2023-09-01')
        self.assertEqual(result.returncode, 2)
        self.assertIn("before the need's last move, on 2023-09-04", result.stderr)
        self.assertEqual(lian('need', self.file, 'need-002', '--assignee', 'chain-ic').returncode, 1)
        self.assertEqual(lian('need', self.file, 'need-004', '--assignee', 'org-wx-ic-committee').returncode, 1)
        self.assertEqual(lian('need', self.file, 'need-002', '--at', '2023-10-01').returncode, 2)
        self.assertEqual(lian('need', self.file, 'need-002').returncode, 2)
        self.assertEqual(lian('need', self.file, 'need-002', '--to', 'resolved', '--by', 'x',
                              '--at', 'yesterday').returncode, 2)
        with open(self.file, 'rb') as f:
            self.assertEqual(f.read(), before)


if __name__ == '__main__':
    unittest.main()
