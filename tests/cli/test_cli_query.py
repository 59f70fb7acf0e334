# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian stats --by county`: one roll-up of a province straight by its counties."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

LIAN = os.environ['LIAN_TOOL']
SOURCE = os.environ['LIAN_SOURCE_DIR']
SAMPLE = os.path.join(SOURCE, 'data', 'jiangsu-sample.json')


def lian(*args):
    return subprocess.run([LIAN, *args], capture_output=True, text=True)


def firm(id_, uscc, region):
    return {'id': id_, 'name': id_ + '公司', 'uscc': uscc, 'region': region}


def need(id_, enterprise):
    return {'id': id_, 'enterprise_id': enterprise, 'category': 'financing', 'title': '贷款',
            'status': 'submitted', 'submitted': '2023-09-12'}


class StatsByCountyTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_province_by_county_lists_every_county(self):
        # Hubei: a county of Wuhan, and Xiantao (429004), a county-level
        # city the province governs directly, with no city above it.
        doc = {'format': 'lian', 'version': 1,
               'regions': [{'id': '420000', 'name': '湖北省'}, {'id': '420100', 'name': '武汉市'},
                           {'id': '420102', 'name': '江岸区'}, {'id': '429004', 'name': '仙桃市'}],
               'enterprises': [firm('e1', '91320214745555318W', '420102'),
                               firm('e2', '91110000600037341L', '429004')],
               'needs': [need('n1', 'e1'), need('n2', 'e2'), need('n3', 'e2')]}
        path = os.path.join(self.dir, 'hubei.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False)
        result = lian('stats', path, '--by', 'county', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = json.loads(result.stdout)
        self.assertEqual([row['key'] for row in rows], ['420102', '429004'])
        self.assertEqual([row['needs']['total'] for row in rows], [1, 2])

    def test_sample_by_county_is_each_city_by_county(self):
        by_county = json.loads(lian('stats', SAMPLE, '--by', 'county', '--json').stdout)
        cities = json.loads(lian('stats', SAMPLE, '--by', 'city', '--json').stdout)
        expected = []
        for city in cities:
            rows = json.loads(lian('stats', SAMPLE, '--region', city['key'], '--by', 'county',
                                   '--json').stdout)
            expected += [row['key'] for row in rows]
        self.assertGreater(len(expected), 5)
        self.assertEqual([row['key'] for row in by_county], expected)


if __name__ == '__main__':
    unittest.main()
