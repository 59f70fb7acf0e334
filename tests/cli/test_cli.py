# SPDX-License-Identifier: LGPL-2.1-or-later
"""The `lian` command as a user runs it: exit statuses, messages, output."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

LIAN = os.environ['LIAN_TOOL']
SOURCE = os.environ['LIAN_SOURCE_DIR']
SAMPLE = os.path.join(SOURCE, 'data', 'jiangsu-sample.json')
GOLDEN = os.path.join(SOURCE, 'tests', 'golden')
BAD = os.path.join(SOURCE, 'tests', 'data', 'bad')


def lian(*args):
    return subprocess.run([LIAN, *args], capture_output=True, text=True)


class UsageTest(unittest.TestCase):
    def test_help_and_usage_errors(self):
        self.assertEqual(lian().returncode, 2)
        self.assertEqual(lian('--help').returncode, 0)
        self.assertIn('validate', lian('--help').stdout)
        self.assertEqual(lian('frobnicate').returncode, 2)
        for command in ['validate', 'stats', 'match', 'need', 'book', 'form', 'dashboard', 'import',
                        'export', 'generate']:
            result = lian(command, '--help')
            self.assertEqual(result.returncode, 0, command)
            self.assertIn('Usage', result.stdout, command)
        result = lian('validate')
        self.assertEqual(result.returncode, 2)
        self.assertIn('lian validate', result.stderr)
        self.assertEqual(lian('match', SAMPLE, '--top', '0').returncode, 2)
        self.assertEqual(lian('validate', SAMPLE, '--bogus').returncode, 2)


class ValidateTest(unittest.TestCase):
    def test_sample_is_valid_and_matches_golden(self):
        result = lian('validate', SAMPLE, '--today', '2023-10-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(os.path.join(GOLDEN, 'cli-validate.txt'), encoding='utf-8') as f:
            self.assertEqual(result.stdout.replace(SAMPLE, 'SAMPLE'), f.read())

    def test_json_output(self):
        result = lian('validate', SAMPLE, '--today', '2023-10-10', '--json')
        report = json.loads(result.stdout)
        self.assertEqual(report['records'], 94)
        self.assertEqual([p['code'] for p in report['problems']],
                         ['need-open-too-long', 'org-without-members'])

    def test_every_bad_document_exits_1_with_a_place(self):
        names = sorted(n for n in os.listdir(BAD) if n.endswith('.json'))
        self.assertGreater(len(names), 40)
        for name in names:
            result = lian('validate', os.path.join(BAD, name))
            self.assertEqual(result.returncode, 1, name)
            self.assertTrue('$' in result.stderr or 'line ' in result.stderr, name + result.stderr)
            self.assertNotIn('CRITICAL', result.stderr, name)


class MatchTest(unittest.TestCase):
    def test_matches_match_golden(self):
        result = lian('match', SAMPLE, '--as-of', '2023-10-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(os.path.join(GOLDEN, 'cli-match.txt'), encoding='utf-8') as f:
            self.assertEqual(result.stdout, f.read())

    def test_one_need_as_json(self):
        result = lian('match', SAMPLE, '--need', 'need-007', '--top', '1', '--json',
                      '--as-of', '2023-10-10')
        matches = json.loads(result.stdout)
        self.assertEqual(list(matches), ['need-007'])
        self.assertEqual(matches['need-007'][0]['service'], 'svc-wx-tech-loan')
        self.assertIn('serves financing', matches['need-007'][0]['reasons'])
        self.assertEqual(lian('match', SAMPLE, '--need', 'nope').returncode, 1)

    def test_gaps(self):
        result = lian('match', SAMPLE, '--gaps', '--json', '--as-of', '2023-10-10')
        gaps = json.loads(result.stdout)
        self.assertEqual(gaps, [{'category': 'talent', 'region': '320200',
                                 'region_name': '无锡市', 'needs': ['need-002']}])


class StatsTest(unittest.TestCase):
    def test_sample_matches_golden(self):
        for args, golden in [([], 'cli-stats.txt'), (['--by', 'city'], 'cli-stats-by-city.txt')]:
            result = lian('stats', SAMPLE, *args)
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(os.path.join(GOLDEN, golden), encoding='utf-8') as f:
                self.assertEqual(result.stdout, f.read(), golden)

    def test_usage(self):
        self.assertEqual(lian('stats', SAMPLE, '--by', 'planet').returncode, 2)
        self.assertEqual(lian('stats', SAMPLE, '--region', '99').returncode, 2)
        self.assertEqual(lian('stats', SAMPLE, '--chain', 'nope').returncode, 1)

    def test_jiangsu_2023_profile_reproduces_the_published_figures(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'j.json')
            self.assertEqual(lian('generate', '--profile', 'jiangsu-2023', '-o', path).returncode, 0)

            def stats(*args):
                result = lian('stats', path, '--json', *args)
                self.assertEqual(result.returncode, 0, result.stderr)
                return json.loads(result.stdout)

            s = stats()
            self.assertEqual(s['enterprises']['total'], 28283)
            self.assertEqual(s['needs']['total'], 17469)
            self.assertEqual(s['chains']['clusters'], 16)
            self.assertEqual(s['chains']['by_tier'],
                             {'unrated': 0, 'key': 50, 'advantage': 30, 'excellent': 10})
            by = s['organizations']['by_kind_and_level']
            self.assertEqual(by['alliance']['city'] + by['chain-committee']['city'], 84)
            self.assertEqual(by['alliance']['county'] + by['chain-committee']['county'], 350)
            self.assertEqual(s['services']['total'], 4689)
            self.assertEqual(s['activities']['by_kind']['policy-document'], 302)
            self.assertEqual(s['activities']['by_kind']['meeting'], 782)
            self.assertEqual(s['activities']['by_kind']['case'], 90)
            self.assertEqual(stats('--as-of', '2022-12-31')['organizations']['total'], 52)
            zhenjiang = stats('--region', '321100')['organizations']['by_kind']
            self.assertEqual((zhenjiang['joint-committee'], zhenjiang['branch']), (8, 152))
            wuxi = stats('--region', '320200')
            self.assertEqual(wuxi['services']['total'], 499)
            self.assertEqual(wuxi['projects']['loans_yuan'], 17280000000)
            self.assertEqual(wuxi['projects']['talents'], 3000)
            zjg = stats('--region', '320582')
            self.assertEqual(zjg['organizations']['by_kind']['action-branch'], 100)
            self.assertEqual(zjg['projects']['problems_solved'], 300)
            tongzhou = stats('--region', '320612')
            self.assertEqual(tongzhou['organizations']['by_kind']['party-school'], 12)


class ReportTest(unittest.TestCase):
    def test_markdown_reports_match_golden(self):
        # In Chinese, as under LANG=zh_CN.UTF-8; the dashboard, made for no
        # day, stands at the day of SOURCE_DATE_EPOCH (2023-10-10).
        env = dict(os.environ, LC_ALL='zh_CN.UTF-8', SOURCE_DATE_EPOCH='1696896000')
        for args, golden in [
                (['book', SAMPLE, '--chain', 'chain-ic', '--format', 'md', '--as-of', '2023-10-10'],
                 'cli-book-chain-ic.md'),
                (['form', SAMPLE, '--enterprise', 'ent-wx-chip', '--format', 'md',
                  '--as-of', '2023-10-10'],
                 'cli-form-ent-wx-chip.md'),
                (['dashboard', SAMPLE, '--format', 'md'], 'cli-dashboard.md')]:
            result = subprocess.run([LIAN, *args], capture_output=True, text=True, env=env)
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(os.path.join(GOLDEN, golden), encoding='utf-8') as f:
                self.assertEqual(result.stdout, f.read(), golden)

    def test_html_files_and_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'd.html')
            self.assertEqual(lian('dashboard', SAMPLE, '--region', '320200', '-o', out).returncode, 0)
            with open(out, encoding='utf-8') as f:
                page = f.read()
            self.assertIn('<svg', page)
            self.assertNotIn('13812345678', page)
        self.assertEqual(lian('book', SAMPLE).returncode, 2)
        self.assertEqual(lian('book', SAMPLE, '--chain', 'nope').returncode, 1)
        self.assertEqual(lian('form', SAMPLE, '--enterprise', 'ent-wx-chip', '--format', 'pdf').returncode, 2)


class WorkTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.file = os.path.join(self.dir, 'data.json')
        shutil.copy(SAMPLE, self.file)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_need_moves_and_saves(self):
        result = lian('need', self.file, 'need-001', '--to', 'accepted', '--by', 'org-ks-service-team',
                      '--note', '受理')
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.file, encoding='utf-8') as f:
            need = [n for n in json.load(f)['needs'] if n['id'] == 'need-001'][0]
        self.assertEqual(need['status'], 'accepted')
        self.assertEqual(need['history'][-1]['note'], '受理')

    def test_illegal_move_exits_1_and_changes_nothing(self):
        with open(self.file, 'rb') as f:
            before = f.read()
        result = lian('need', self.file, 'need-004', '--to', 'submitted', '--by', 'x')
        self.assertEqual(result.returncode, 1)
        self.assertIn('cannot move from resolved to submitted', result.stderr)
        with open(self.file, 'rb') as f:
            self.assertEqual(f.read(), before)
        self.assertEqual(lian('need', self.file, 'need-001', '--to', 'done', '--by', 'x').returncode, 2)

    def test_export_then_import_updates_the_same_records(self):
        csv = os.path.join(self.dir, 'enterprises.csv')
        self.assertEqual(lian('export', self.file, '--kind', 'enterprises', '-o', csv,
                              '--show-personal').returncode, 0)
        with open(csv, 'rb') as f:
            self.assertTrue(f.read().startswith(b'\xef\xbb\xbf'))
        report = os.path.join(self.dir, 'report.csv')
        result = lian('import', csv, '--kind', 'enterprises', '--into', self.file, '--report', report)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('0 imported, 32 updated, 0 rejected', result.stdout)
        self.assertTrue(os.path.exists(report))
        with open(self.file, 'rb') as f, open(SAMPLE, 'rb') as g:
            self.assertEqual(f.read(), g.read())

    def test_generate_writes_the_profile(self):
        out = os.path.join(self.dir, 'j.json')
        self.assertEqual(lian('generate', '--profile', 'jiangsu-2023', '-o', out).returncode, 0)
        self.assertEqual(lian('validate', out).returncode, 0)
        self.assertEqual(lian('generate', '--profile', 'mars', '-o', out).returncode, 2)


if __name__ == '__main__':
    unittest.main()
