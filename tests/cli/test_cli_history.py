# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian history` and `lian log`: a store's log of changes, in English and
in Chinese."""
import json
import os
import unittest

from clitest import SampleCopyTest, lian, lian_zh


def lian_as(actor, *args):
    os.environ['LIAN_ACTOR'] = actor
    try:
        return lian(*args)
    finally:
        del os.environ['LIAN_ACTOR']


class HistoryCliTest(SampleCopyTest):
    def setUp(self):
        super().setUp()
        self.db = self.path('register.db')
        result = lian('convert', self.file, self.db)
        self.assertEqual(result.returncode, 0, result.stderr)
        # need-001 is a need of an enterprise in Kunshan (320583), in Suzhou.
        for actor, args in (('clerk-7', ('--to', 'accepted', '--by', 'org-js')),
                            ('clerk-9', ('--to', 'in-progress', '--by', 'org-js'))):
            result = lian_as(actor, 'need', self.db, 'need-001', *args)
            self.assertEqual(result.returncode, 0, result.stderr)

    def test_history_prints_each_change_field_by_field(self):
        result = lian('history', self.db, 'need-001')
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], 'need-001')
        changes = [line for line in lines if not line.startswith(' ') and '  ' in line]
        self.assertEqual(len(changes), 2)
        self.assertIn('clerk-7  changed  (revision 2)', changes[0])
        self.assertIn('clerk-9  changed  (revision 3)', changes[1])
        self.assertRegex(changes[0], r'^\d{4}-\d\d-\d\d \d\d:\d\d  ')
        self.assertIn('    status: "submitted" → "accepted"', lines)
        self.assertIn('    status: "accepted" → "in-progress"', lines)

    def test_history_of_an_unknown_record_is_an_error(self):
        result = lian('history', self.db, 'no-such-record')
        self.assertEqual(result.returncode, 1)
        self.assertIn('no-such-record', result.stderr)
        self.assertEqual(lian('history', self.db).returncode, 2)

    def test_history_of_an_unchanged_record(self):
        result = lian('history', self.db, 'need-002')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('no change of it since it was written to the store', result.stdout)

    def test_history_of_a_document_says_it_keeps_none(self):
        result = lian('history', self.file, 'need-001')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('a JSON document keeps none', result.stdout)

    def test_log_filters_by_actor_since_and_region(self):
        everything = lian('log', self.db)
        self.assertEqual(everything.returncode, 0, everything.stderr)
        self.assertEqual(everything.stdout.count('changed need-001'), 2)
        by_nine = lian('log', self.db, '--actor', 'clerk-9')
        self.assertEqual(by_nine.stdout.count('changed need-001'), 1)
        self.assertIn('clerk-9', by_nine.stdout)
        self.assertNotIn('clerk-7', by_nine.stdout)
        self.assertEqual(lian('log', self.db, '--since', '2000-01-01').stdout, everything.stdout)
        self.assertEqual(lian('log', self.db, '--since', '2999-12-31T23:59').stdout,
                         'no changes\n')
        self.assertEqual(lian('log', self.db, '--region', '320500').stdout, everything.stdout)
        self.assertEqual(lian('log', self.db, '--region', '320200').stdout, 'no changes\n')

    def test_log_as_json(self):
        result = lian('log', self.db, '--json', '--actor', 'clerk-7')
        self.assertEqual(result.returncode, 0, result.stderr)
        changes = json.loads(result.stdout)
        self.assertEqual(len(changes), 1)
        change = changes[0]
        self.assertEqual((change['record'], change['kind'], change['operation'],
                          change['actor'], change['revision']),
                         ('need-001', 'need', 'update', 'clerk-7', 2))
        self.assertTrue(change['time'].endswith('+08:00'), change['time'])
        self.assertEqual(change['fields']['status'],
                         {'before': '"submitted"', 'after': '"accepted"'})

    def test_log_refuses_a_date_it_cannot_read(self):
        result = lian('log', self.db, '--since', 'yesterday')
        self.assertEqual(result.returncode, 1)
        self.assertIn('"yesterday" is not a date', result.stderr)

    def test_history_and_log_in_chinese(self):
        result = lian_zh('history', self.db, 'need-001')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('clerk-7  修改  （第 2 版）', result.stdout)
        self.assertIn('    status：“submitted” → “accepted”'.replace('“', '"').replace('”', '"'),
                      result.stdout)
        log = lian_zh('log', self.db, '--since', '2999-01-01')
        self.assertEqual(log.stdout, '没有变更\n')
        bad = lian_zh('log', self.db, '--since', 'yesterday')
        self.assertIn('“yesterday”不是日期', bad.stderr)
        missing = lian_zh('history', self.db, 'no-such-record')
        self.assertIn('没有 ID 为“no-such-record”的记录', missing.stderr)


if __name__ == '__main__':
    unittest.main()
