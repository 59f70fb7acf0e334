# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian match`, `book` and `form` judge validity on the --as-of day; the
jiangsu-2023 profile is plausible beyond its published figures."""
import json
import os
import re
import shutil
import tempfile
import unittest

from clitest import SAMPLE, lian, lian_zh


def services_section(book):
    return book.split('## 适用的服务资源')[1].split('\n## ')[0]


class AsOfTest(unittest.TestCase):
    def test_match_judges_validity_on_the_day_given(self):
        def offered(day):
            result = lian('match', SAMPLE, '--need', 'need-001', '--json', '--as-of', day)
            self.assertEqual(result.returncode, 0, result.stderr)
            return [m['service'] for m in json.loads(result.stdout).get('need-001', [])]

        # need-001 (Kunshan, financing) came on 2023-09-12 and is still open.
        self.assertEqual(offered('2023-09-12'), ['svc-js-srdi-loan'])
        self.assertEqual(offered('2025-12-31'), ['svc-js-srdi-loan'])
        # 专精特新贷 expired on 2025-12-31: nothing is left for it.
        self.assertEqual(offered('2026-01-01'), [])
        gaps = json.loads(lian('match', SAMPLE, '--gaps', '--json', '--as-of', '2026-01-01').stdout)
        self.assertIn('need-001', [n for g in gaps for n in g['needs']])

    def test_text_says_the_day(self):
        result = lian('match', SAMPLE, '--need', 'need-007', '--as-of', '2024-12-31')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('valid on 2024-12-31', result.stdout)
        self.assertNotIn('valid on 2023-10-08', result.stdout)

    def test_book_and_form_judge_on_the_day_given(self):
        then = lian_zh('book', SAMPLE, '--chain', 'chain-ic', '--format', 'md', '--as-of', '2023-10-10')
        later = lian_zh('book', SAMPLE, '--chain', 'chain-ic', '--format', 'md', '--as-of', '2026-01-01')
        self.assertEqual(then.returncode, 0, then.stderr)
        self.assertIn('专精特新贷', services_section(then.stdout))
        self.assertNotIn('工业用地弹性出让', services_section(then.stdout))
        self.assertNotIn('专精特新贷', services_section(later.stdout))
        form = lian_zh('form', SAMPLE, '--enterprise', 'ent-wx-chip', '--format', 'md',
                       '--as-of', '2026-01-01')
        self.assertEqual(form.returncode, 0, form.stderr)
        self.assertNotIn('专精特新贷', form.stdout)
        self.assertIn('按 2026-01-01 有效的服务资源匹配', form.stdout)

    def test_a_bad_day_is_a_usage_error(self):
        for args in (['match', SAMPLE], ['book', SAMPLE, '--chain', 'chain-ic'],
                     ['form', SAMPLE, '--enterprise', 'ent-wx-chip']):
            for day in ('2023-13-01', 'yesterday', '2023-9-1'):
                result = lian(*args, '--as-of', day)
                self.assertEqual(result.returncode, 2, (args, day))
                self.assertIn('--as-of', result.stderr)


class ProfileTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='lian-asof-')
        cls.path = os.path.join(cls.tmp, 'j.json')
        result = lian('generate', '--profile', 'jiangsu-2023', '-o', cls.path)
        assert result.returncode == 0, result.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def stats(self, *args):
        result = lian('stats', self.path, '--json', *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_chain_book_lists_the_services_that_apply_on_the_day(self):
        result = lian_zh('book', self.path, '--chain', 'chain-0000', '--format', 'md',
                         '--as-of', '2023-10-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = [line for line in services_section(result.stdout).splitlines()
                if line.startswith('| ') and not line.startswith('| 服务资源')]
        # Not the 4,689 items of the province: a few pages.
        self.assertGreater(len(rows), 10)
        self.assertLess(len(rows), 300)
        for row in rows:
            validity = row.split(' | ')[5]
            start, _, end = validity.partition(' 至 ')
            self.assertLessEqual(start, '2023-10-10', row)
            if re.fullmatch(r'\d{4}-\d\d-\d\d', end):
                self.assertGreaterEqual(end, '2023-10-10', row)
        self.assertLess(len(result.stdout.splitlines()), 2000)

    def test_every_city_has_its_share_and_most_enterprises_are_covered(self):
        cities = self.stats('--by', 'city')
        self.assertEqual(len(cities), 13)
        for city in cities:
            self.assertGreater(city['enterprises']['total'], 500, city['label'])
            self.assertGreater(city['needs']['total'], 300, city['label'])
            self.assertGreater(city['organizations']['total'], 20, city['label'])
            self.assertGreater(city['enterprises']['organization_coverage']['rate'], 0.8,
                               city['label'])
        whole = self.stats()
        self.assertGreater(whole['enterprises']['organization_coverage']['rate'], 0.85)

    def test_outcomes_roll_up_to_chains(self):
        chains = self.stats('--by', 'chain')
        self.assertEqual(sum(c['projects']['loans_yuan'] for c in chains), 17280000000)
        self.assertEqual(sum(c['projects']['talents'] for c in chains), 3000)
        self.assertEqual(sum(c['projects']['problems_solved'] for c in chains), 300)


if __name__ == '__main__':
    unittest.main()
