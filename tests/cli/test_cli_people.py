# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian --as PERSON`: a register with people worked on as one of them;
`lian queue` and its digest on a fixed day."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from clitest import LIAN, SAMPLE, SOURCE, lian, lian_zh

PEOPLE = os.path.join(SOURCE, 'tests', 'data', 'people', 'register.json')
ON = '2026-12-01'


class PeopleCliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.file = os.path.join(self.dir, 'register.json')
        shutil.copy(PEOPLE, self.file)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def read(self):
        with open(self.file, encoding='utf-8') as f:
            return f.read()

    def test_a_register_with_people_needs_a_person(self):
        result = lian('stats', self.file)
        self.assertEqual(result.returncode, 1)
        self.assertIn('--as PERSON', result.stderr)
        result = lian('stats', self.file, '--as', 'nobody')
        self.assertEqual(result.returncode, 1)
        self.assertIn('no person has the id "nobody"', result.stderr)
        result = lian_zh('stats', self.file)
        self.assertIn('该名册有人员', result.stderr)

    def test_old_documents_work_as_before(self):
        result = lian('stats', SAMPLE)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_county_clerk_move_elsewhere_refused(self):
        before = self.read()
        result = lian('--as', 'p-xs-clerk', 'need', self.file, 'need-hs-1', '--to', 'in-progress')
        self.assertEqual(result.returncode, 1)
        self.assertIn('rule "', result.stderr)
        self.assertEqual(self.read(), before)
        result = lian_zh('need', self.file, 'need-hs-1', '--to', '办理中', '--as', 'p-xs-coord')
        self.assertEqual(result.returncode, 1)
        self.assertIn('规则“scope”', result.stderr)
        self.assertEqual(self.read(), before)

    def test_moves_are_signed_by_the_person(self):
        result = lian('need', self.file, 'need-xs-1', '--to', 'in-progress', '--as', 'p-xs-coord')
        self.assertEqual(result.returncode, 0, result.stderr)
        doc = json.loads(self.read())
        need = next(n for n in doc['needs'] if n['id'] == 'need-xs-1')
        self.assertEqual(need['history'][-1]['actor'], 'p-xs-coord')
        # --by names the person; free text is refused.
        result = lian('need', self.file, 'need-xs-1', '--to', 'resolved', '--by', '张三随便写')
        self.assertEqual(result.returncode, 1)
        result = lian('need', self.file, 'need-xs-1', '--to', 'resolved', '--by', 'p-wx-coord',
                      '--as', 'p-xs-coord')
        self.assertEqual(result.returncode, 2)
        result = lian('need', self.file, 'need-xs-1', '--to', 'resolved', '--by', 'p-xs-coord')
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_city_coordinator_assigns_in_its_counties(self):
        result = lian('need', self.file, 'need-xs-2', '--assignee', 'org-xs', '--as', 'p-wx-coord')
        self.assertEqual(result.returncode, 0, result.stderr)
        result = lian('need', self.file, 'need-ks-1', '--assignee', 'org-wx', '--as', 'p-wx-coord')
        self.assertEqual(result.returncode, 1)
        self.assertIn('need-ks-1', result.stderr)

    def test_export_and_dashboard_hold_the_county(self):
        result = lian('export', self.file, '--kind', 'enterprises', '--as', 'p-xs-clerk')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('锡山芯片', result.stdout)
        self.assertNotIn('惠山晶圆', result.stdout)
        self.assertNotIn('昆山电路板', result.stdout)
        result = lian('dashboard', self.file, '--format', 'md', '--as', 'p-xs-clerk')
        self.assertEqual(result.returncode, 0, result.stderr)
        text = result.stdout
        self.assertNotIn('昆山电路板', text)
        self.assertNotIn('惠山晶圆', text)
        result = lian('export', self.file, '--kind', 'enterprises', '--as', 'p-js-reviewer')
        self.assertIn('昆山电路板', result.stdout)

    def test_environment_names_the_person(self):
        env = dict(os.environ, LIAN_AS='p-wx-coord')
        result = subprocess.run([LIAN, 'export', self.file, '--kind', 'enterprises'],
                                capture_output=True, text=True, env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('惠山晶圆', result.stdout)
        self.assertNotIn('昆山电路板', result.stdout)

    def test_queue_of_the_person(self):
        result = lian('queue', self.file, '--as', 'p-xs-clerk', '--on', ON)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], 'Overdue: 1')
        self.assertIn('need-xs-1  2026-11-20  org-xs    EDA工具替代', lines)
        self.assertIn('Overdue below, escalated: 0', lines)

    def test_queue_escalates_to_the_city(self):
        result = lian('queue', self.file, '--as', 'p-admin', '--org', 'org-wx', '--on', ON)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('Overdue below, escalated: 1', result.stdout)
        result = lian('queue', self.file, '--as', 'p-admin', '--org', 'org-ks', '--on', ON,
                      '--days', '30')
        self.assertIn('Stalled: 1', result.stdout)
        result = lian_zh('queue', self.file, '--as', 'p-admin', '--org', 'org-wx', '--on', ON)
        self.assertIn('下级超期，已上提：1', result.stdout)

    def test_digest_masks_personal_data(self):
        for fmt, marker in (('md', '# Work queue of'), ('html', '<h1>Work queue of')):
            result = lian('queue', self.file, '--as', 'p-wx-coord', '--on', ON, '--digest', fmt)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn(marker, result.stdout)
            self.assertIn('138****0001', result.stdout)
            self.assertNotIn('13800000001', result.stdout)
            self.assertNotIn('张三', result.stdout)

    def test_queue_usage_errors(self):
        self.assertEqual(lian('queue', self.file, '--as', 'p-admin', '--on', 'yesterday').returncode, 2)
        self.assertEqual(lian('queue', self.file, '--as', 'p-admin', '--digest', 'pdf').returncode, 2)
        self.assertEqual(lian('queue', self.file, '--as', 'p-js-reviewer', '--org', 'org-none',
                              '--on', ON).returncode, 1)
        self.assertEqual(lian('queue', SAMPLE, '--on', ON).returncode, 2)

    def test_store_log_shows_the_person(self):
        db = os.path.join(self.dir, 'register.db')
        result = lian('convert', self.file, db, '--as', 'p-admin')
        self.assertEqual(result.returncode, 0, result.stderr)
        result = lian('need', db, 'need-xs-1', '--to', 'in-progress', '--as', 'p-xs-coord')
        self.assertEqual(result.returncode, 0, result.stderr)
        result = lian('need', db, 'need-ks-1', '--to', 'resolved', '--as', 'p-xs-coord')
        self.assertEqual(result.returncode, 1)
        result = lian('log', db, '--json', '--as', 'p-admin')
        self.assertEqual(result.returncode, 0, result.stderr)
        changes = json.loads(result.stdout)
        self.assertEqual([(c['actor'], c['record']) for c in changes], [('p-xs-coord', 'need-xs-1')])
        result = lian('history', db, 'need-xs-1', '--as', 'p-admin')
        self.assertIn('p-xs-coord', result.stdout)
        # Xishan's clerk reads no change of Huishan's records.
        result = lian('need', db, 'need-hs-1', '--assignee', 'org-wx', '--as', 'p-wx-coord')
        self.assertEqual(result.returncode, 0, result.stderr)
        result = lian('log', db, '--json', '--as', 'p-wx-coord')
        self.assertEqual([c['record'] for c in json.loads(result.stdout)], ['need-xs-1', 'need-hs-1'])
        result = lian('log', db, '--json', '--as', 'p-xs-clerk')
        self.assertEqual([c['record'] for c in json.loads(result.stdout)], ['need-xs-1'])

    def test_figures_of_higher_levels_are_readable(self):
        result = lian('stats', self.file, '--json', '--as', 'p-xs-clerk')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)['enterprises']['total'], 3)
        self.assertNotIn('ent-', result.stdout)
        result = lian('stats', self.file, '--by', 'county', '--as', 'p-xs-clerk')
        self.assertIn('昆山市', result.stdout)

    def test_import_into_another_county_refused(self):
        with open(SAMPLE, encoding='utf-8') as f:
            uscc = json.load(f)['enterprises'][5]['uscc']
        csv = os.path.join(self.dir, 'new.csv')
        for region, code in (('320583', 1), ('320205', 0)):
            with open(csv, 'w', encoding='utf-8') as f:
                f.write('编号,企业名称,统一社会信用代码,所在地区代码\n')
                f.write(f'ent-new-{region},新公司,{uscc},{region}\n')
            result = lian('import', csv, '--kind', 'enterprises', '--into', self.file,
                          '--as', 'p-xs-clerk')
            self.assertEqual(result.returncode, code, result.stderr)
            if code:
                self.assertIn('rule "scope"', result.stderr)
        doc = json.loads(self.read())
        ids = [e['id'] for e in doc['enterprises']]
        self.assertIn('ent-new-320205', ids)
        self.assertNotIn('ent-new-320583', ids)


if __name__ == '__main__':
    unittest.main()
