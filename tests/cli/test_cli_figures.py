# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian stats`, `lian dashboard` and `lian validate` on the figures: sums that
never overflow, scoping by where records lie, periods and CSV."""
import csv
import io
import json
import os
import tempfile
import unittest

from clitest import SAMPLE, lian, lian_zh


class HugeLoansTest(unittest.TestCase):
    """Two projects of 9.2 × 10^18 yuan each: their sum does not fit."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        with open(SAMPLE, encoding='utf-8') as f:
            document = json.load(f)
        for project in document['projects']:
            project['loans_yuan'] = 9_200_000_000_000_000_000
        cls.path = os.path.join(cls.tmp.name, 'huge.json')
        with open(cls.path, 'w', encoding='utf-8') as f:
            json.dump(document, f, ensure_ascii=False)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_stats_saturates_and_warns(self):
        result = lian('stats', self.path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('loans at least 9,223,372,036,854,775,807 yuan', result.stdout)
        self.assertNotIn('loans -', result.stdout)
        self.assertIn('warning: projects.loans_yuan: the sum', result.stderr)

    def test_json_and_rollups_say_saturated(self):
        result = lian('stats', self.path, '--json')
        data = json.loads(result.stdout)
        self.assertEqual(data['projects']['loans_yuan'], 2**63 - 1)
        self.assertEqual(data['saturated'], ['projects.loans_yuan'])
        cities = lian('stats', self.path, '--by', 'city')
        self.assertEqual(cities.returncode, 0, cities.stderr)
        self.assertNotIn(' -', cities.stdout)

    def test_dashboard_says_the_loans_are_a_lower_bound(self):
        result = lian_zh('dashboard', self.path, '--format', 'md')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('| 协调融资 | 92,233,720,368.5 亿元 | 合计超出可记范围，仅为下限 |\n', result.stdout)

    def test_validate_warns_of_implausible_amounts(self):
        result = lian('validate', self.path, '--today', '2023-10-10', '--all')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.count('[implausible-amount]'), 2)
        self.assertIn("$.projects[?(@.id=='proj-ic-eda')].loans_yuan: 9,200,000,000,000,000,000 yuan",
                      result.stdout)


class ScopeTest(unittest.TestCase):
    def test_wuxi_dashboard_shows_what_wuxi_leads(self):
        result = lian_zh('dashboard', SAMPLE, '--region', '320200', '--format', 'md')
        self.assertEqual(result.returncode, 0, result.stderr)
        md = result.stdout
        # ent-wx-chip leads chain-ic; proj-ic-eda works on its need-003.
        self.assertIn('| 产业链 | 1 | 重点 1 · 优势 0 · 卓越 0 |\n', md)
        self.assertIn('| 行动项目 | 1 | 实施中 1 · 已完成 0 |\n', md)
        self.assertIn('| 引进人才 | 12 人 | — |\n', md)

    def test_every_city_with_a_leader_has_its_chain(self):
        result = lian_zh('dashboard', SAMPLE, '--format', 'md')
        rows = {line.split(' | ')[0][2:]: line.split(' | ')[1]
                for line in result.stdout.splitlines() if line.startswith('| ') and '市 |' in line}
        # chain-ic: Wuxi; chain-nev: Suzhou (Zhangjiagang) and Changzhou;
        # chain-zj-optics: Zhenjiang.
        self.assertEqual(rows['无锡市'], '1')
        self.assertEqual(rows['常州市'], '1')
        self.assertEqual(rows['苏州市'], '1')
        self.assertEqual(rows['镇江市'], '1')

    def test_county_organisations_agree_with_coverage(self):
        # ent-wx-gas, alone in 锡山区, is in the alliance and the Wuxi
        # committee: both are counted there.
        result = lian('stats', SAMPLE, '--region', '320205', '--json')
        data = json.loads(result.stdout)
        self.assertEqual(data['enterprises']['work_coverage']['count'], 1)
        self.assertEqual(data['organizations']['total'], 2)

    def test_ic_chain_is_covered(self):
        result = lian('stats', SAMPLE, '--chain', 'chain-ic', '--json')
        data = json.loads(result.stdout)
        self.assertEqual(data['enterprises']['organization_coverage']['rate'], 1.0)
        self.assertEqual(data['enterprises']['own_organization'], 12)


class PeriodTest(unittest.TestCase):
    def test_by_month(self):
        result = lian('stats', SAMPLE, '--by', 'month')
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0].split(), ['period', 'needs', 'resolved', 'orgs', 'projects',
                                            'acts', 'loans'])
        rows = {line.split()[0]: line.split()[1:] for line in lines[1:]}
        self.assertEqual(len(rows), 17)
        self.assertEqual(rows['2023-09'][:2], ['3', '0'])
        self.assertEqual(rows['2023-06'][:2], ['1', '1'])

    def test_by_quarter_as_csv(self):
        result = lian('stats', SAMPLE, '--by', 'quarter', '--region', '320200', '--csv')
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout, newline='')))
        self.assertEqual(rows[0]['key'], '2022-Q2')
        self.assertEqual(rows[-1]['key'], '2023-Q4')
        by_key = {row['key']: row for row in rows}
        self.assertEqual(by_key['2023-Q2']['needs.total'], '2')
        self.assertEqual(by_key['2023-Q2']['needs.resolutions'], '1')
        self.assertEqual(by_key['2023-Q2']['scope'], '无锡市')

    def test_json_by_quarter(self):
        data = json.loads(lian('stats', SAMPLE, '--by', 'quarter', '--json').stdout)
        self.assertEqual(sum(q['needs']['total'] for q in data), 11)
        self.assertEqual(sum(q['needs']['resolutions'] for q in data), 3)


class CsvTest(unittest.TestCase):
    def test_summary_and_rollups_as_csv(self):
        one = lian('stats', SAMPLE, '--csv')
        self.assertEqual(one.returncode, 0, one.stderr)
        rows = list(csv.DictReader(io.StringIO(one.stdout, newline='')))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]['scope'], 'all')
        self.assertEqual(rows[0]['needs.total'], '11')
        cities = list(csv.DictReader(io.StringIO(lian('stats', SAMPLE, '--by', 'city',
                                                      '--csv').stdout, newline='')))
        self.assertEqual([row['label'] for row in cities],
                         ['南京市', '无锡市', '常州市', '苏州市', '南通市', '镇江市'])
        chains = list(csv.DictReader(io.StringIO(lian('stats', SAMPLE, '--by', 'chain',
                                                      '--csv').stdout, newline='')))
        self.assertEqual([row['key'] for row in chains], ['chain-ic', 'chain-nev', 'chain-zj-optics'])

    def test_usage(self):
        self.assertEqual(lian('stats', SAMPLE, '--csv', '--json').returncode, 2)
        self.assertEqual(lian('stats', SAMPLE, '--by', 'year').returncode, 2)


if __name__ == '__main__':
    unittest.main()
