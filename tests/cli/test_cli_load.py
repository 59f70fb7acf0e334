# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian validate` on documents whose size or shape once made loading slow,
and on documents that contradict themselves."""
import json
import os
import shutil
import tempfile
import unittest

from clitest import SAMPLE, BAD, lian

HISTORY_CODES = {'history-illegal-move', 'history-out-of-order', 'status-contradicts-history',
                 'resolved-contradicts-history'}


def uscc(n):
    """A credit code of Wuxi's 320214 with its check character."""
    symbols = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    code = '91320214%09d' % n
    total = sum(symbols.index(c) * w for c, w in zip(code, weights))
    return code + symbols[(31 - total % 31) % 31]


def document(**records):
    return {'format': 'lian', 'version': 1, **records}


def enterprise(id_, n, **members):
    return {'id': id_, 'name': '企业%d' % n, 'uscc': uscc(n), 'region': '320214', **members}


def need(id_, status, history, **members):
    return {'id': id_, 'enterprise_id': 'ent-1', 'category': 'financing', 'title': '流动资金贷款',
            'submitted': '2023-07-01', 'status': status,
            'history': [{'at': at, 'status': s} for at, s in history], **members}


class LoadTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.dir)

    def write(self, name, doc):
        path = os.path.join(self.dir, name)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False)
        return path

    def validate(self, path):
        result = lian('validate', path, '--today', '2023-08-01', '--json')
        self.assertNotIn('CRITICAL', result.stderr)
        return result

    def test_deep_tree_and_many_links_load(self):
        # Once minutes each: every organisation's parents were followed to
        # the root, every link was looked for from the first.
        n = 100000
        orgs = [{'id': 'org-%d' % i, 'name': '支部', 'kind': 'branch', 'member_ids': ['ent-0'],
                 **({'parent_id': 'org-%d' % (i - 1)} if i else {})} for i in range(n)]
        chains = [{'id': 'chain-%d' % i, 'name': '产业链', 'region': '320000'} for i in range(n)]
        firms = [enterprise('ent-%d' % i, i, **({'parent_id': 'ent-%d' % (i - 1)} if i else {}))
                 for i in range(n)]
        firms[0]['chain_links'] = [{'chain': 'chain-%d' % i, 'role': 'leader'} for i in range(n)]
        path = self.write('deep.json', document(chains=chains, enterprises=firms,
                                                organizations=orgs))
        result = self.validate(path)
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        self.assertEqual(report['records'], 3 * n)
        self.assertEqual(report['problems'], [])

    def test_headquarters_cycle_is_refused_with_its_path(self):
        path = self.write('hq.json', document(enterprises=[
            enterprise('ent-1', 1, parent_id='ent-2'), enterprise('ent-2', 2, parent_id='ent-3'),
            enterprise('ent-3', 3, parent_id='ent-2')]))
        result = self.validate(path)
        self.assertEqual(result.returncode, 1)
        self.assertIn('$.enterprises[1].parent_id: enterprise "ent-2" would be its own '
                      'headquarters (ent-2 → ent-3 → ent-2)', result.stderr)
        result = self.validate(os.path.join(BAD, 'headquarters-cycle.json'))
        self.assertEqual(result.returncode, 1)
        self.assertIn('$.enterprises[0].parent_id', result.stderr)

    def test_history_contradictions_are_reported(self):
        path = self.write('needs.json', document(enterprises=[enterprise('ent-1', 1)], needs=[
            need('need-status', 'resolved', [('2023-07-02T09:00:00+08:00', 'accepted')]),
            need('need-illegal', 'accepted', [('2023-07-02T09:00:00+08:00', 'accepted'),
                                              ('2023-07-03T09:00:00+08:00', 'submitted'),
                                              ('2023-07-04T09:00:00+08:00', 'accepted')]),
            need('need-backwards', 'in-progress', [('2023-07-05T09:00:00+08:00', 'accepted'),
                                                   ('2023-07-02T09:00:00+08:00', 'in-progress')]),
            need('need-resolved', 'resolved', [('2023-07-02T09:00:00+08:00', 'accepted'),
                                               ('2023-07-10T09:00:00+08:00', 'resolved')],
                 resolved='2023-07-12'),
            need('need-good', 'resolved', [('2023-07-02T09:00:00+08:00', 'accepted'),
                                           ('2023-07-10T09:00:00+08:00', 'resolved')],
                 resolved='2023-07-10'),
        ]))
        result = self.validate(path)
        # The document loads: the problems are the checks' to report.
        self.assertEqual(result.returncode, 1, result.stderr)
        problems = {(p['code'], p['path']) for p in json.loads(result.stdout)['problems']}
        self.assertEqual(problems, {
            ('status-contradicts-history', "$.needs[?(@.id=='need-status')].status"),
            ('history-illegal-move', "$.needs[?(@.id=='need-illegal')].history"),
            ('history-out-of-order', "$.needs[?(@.id=='need-backwards')].history"),
            ('resolved-contradicts-history', "$.needs[?(@.id=='need-resolved')].resolved"),
        })

    def test_documents_lian_writes_agree_with_their_histories(self):
        work = os.path.join(self.dir, 'sample.json')
        shutil.copy(SAMPLE, work)
        for to in ['accepted', 'in-progress', 'resolved']:
            result = lian('need', work, 'need-001', '--to', to, '--by', 'org-ks-service-team')
            self.assertEqual(result.returncode, 0, result.stderr)
        generated = os.path.join(self.dir, 'generated.json')
        self.assertEqual(lian('generate', '--profile', 'jiangsu-2023', '-o', generated).returncode, 0)
        for path in [work, generated]:
            result = lian('validate', path, '--json')
            self.assertEqual(result.returncode, 0, result.stderr)
            codes = {p['code'] for p in json.loads(result.stdout)['problems']}
            self.assertFalse(codes & HISTORY_CODES, path)


if __name__ == '__main__':
    unittest.main()
