# SPDX-License-Identifier: LGPL-2.1-or-later
"""The PostgreSQL store from Python, against a real server: the
concurrency test of the SQLite store with 16 processes, and one process
seeing another's change arrive through the server's notification. Run by
tests/pg/with-cluster.sh, which sets LIAN_TEST_PG_URI."""
import json
import os
import subprocess
import sys
import time
import unittest
import uuid

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_store import SHARED, make_store  # noqa: E402

HERE = os.path.abspath(os.path.dirname(__file__))
SQLITE_TEST = os.path.join(HERE, 'test_store.py')


def new_database():
    """A new database holding the sample; returns its URI."""
    name = 'py_' + uuid.uuid4().hex[:12]
    psql(os.environ['LIAN_TEST_PG_URI'], f'CREATE DATABASE {name}')
    uri = f"postgresql:///{name}?host={os.environ['LIAN_TEST_PG_HOST']}&user=lian"
    make_store(uri)
    return uri


def psql(uri, sql):
    out = subprocess.run(['psql', uri, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql],
                         check=True, capture_output=True, text=True).stdout
    return out.strip()


def rows(uri, sql):
    """The rows of @sql as dicts."""
    text = psql(uri, f'SELECT coalesce(json_agg(q), \'[]\') FROM ({sql}) q')
    return json.loads(text)


def watcher(uri):
    """Prints 'open', then the time (monotonic) a change by another
    process arrives, without ever being asked to refresh."""
    registry = Lian.Registry.open(uri)
    store = registry.get_store()
    store.set_refresh_interval(600000)   # only the notification can wake it
    loop = GLib.MainLoop()

    def changed(reg, record, prop):
        print(json.dumps({'at': time.monotonic(), 'id': record.props.id,
                          'employees': record.props.employees}), flush=True)
        loop.quit()
    registry.connect('record-changed', changed)
    print('open', flush=True)
    GLib.timeout_add_seconds(20, loop.quit)
    loop.run()


class PgStoreTest(unittest.TestCase):
    def setUp(self):
        self.uri = new_database()

    def test_open_conflict_and_refresh(self):
        a = Lian.Registry.open(self.uri)
        b = Lian.Registry.open(self.uri.replace('postgresql://', 'postgres://'))
        a.set_actor('alice')
        a.update(a.lookup('ent-cs-parts'), 'employees', 5)
        with self.assertRaises(GLib.Error) as cm:
            b.update(b.lookup('ent-cs-parts'), 'employees', 6)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.CONFLICT))
        self.assertIn('ent-cs-parts: changed by alice', cm.exception.message)
        ok, n = b.get_store().refresh()
        self.assertEqual(n, 1)
        self.assertEqual(b.lookup('ent-cs-parts').props.employees, 5)
        changes = b.get_store().list_changes('ent-cs-parts', None, 'alice', None)
        self.assertEqual([c.get_after('employees') for c in changes], ['5'])

    def test_a_merge_and_a_decision_survive_reopening(self):
        """What a merge keeps (the alias) and a decision that two
        enterprises are different are members without columns of their own:
        the store keeps them all the same."""
        a = Lian.Registry.open(self.uri)
        a.merge_enterprises('ent-wx-wafer', 'ent-wx-chip')
        a.decide_duplicate('ent-cs-parts', 'ent-cz-anode', False)
        again = Lian.Registry.open(self.uri)
        self.assertIsNone(again.lookup('ent-wx-chip'))
        self.assertEqual(list(again.lookup_enterprise('ent-wx-wafer').props.aliases),
                         ['ent-wx-chip'])
        self.assertEqual(again.lookup_enterprise('ent-wx-chip').props.id, 'ent-wx-wafer')
        self.assertIn('ent-cz-anode',
                      again.lookup_enterprise('ent-cs-parts').props.not_duplicates)
        self.assertEqual(again.save_to_data()[0], a.save_to_data()[0])

    def test_every_kind_round_trips(self):
        """Demand posts, capabilities, responses and people are kept as the
        document has them."""
        name = 'kinds_' + uuid.uuid4().hex[:12]
        psql(os.environ['LIAN_TEST_PG_URI'], f'CREATE DATABASE {name}')
        uri = f"postgresql:///{name}?host={os.environ['LIAN_TEST_PG_HOST']}&user=lian"
        for path in ('docking.json', os.path.join('people', 'register.json')):
            original = Lian.Registry()
            original.load_from_file(os.path.join(HERE, '..', 'data', path), None)
            store = Lian.Store.open(uri)
            store.save(original)
            store.close()
            again = Lian.Registry.open(uri)
            self.assertEqual(again.save_to_data()[0], original.save_to_data()[0], path)
            again.get_store().close()

    def test_the_lian_command_takes_a_postgresql_uri(self):
        tool = os.environ['LIAN_TOOL']
        name = 'cli_' + uuid.uuid4().hex[:12]
        psql(os.environ['LIAN_TEST_PG_URI'], f'CREATE DATABASE {name}')
        uri = f"postgresql:///{name}?host={os.environ['LIAN_TEST_PG_HOST']}&user=lian"
        env = dict(os.environ, LC_ALL='C.UTF-8')
        sample = os.path.join(os.environ['LIAN_SOURCE_DIR'], 'data', 'jiangsu-sample.json')
        subprocess.run([tool, 'convert', sample, uri], check=True, env=env)
        from_store = subprocess.run([tool, 'stats', uri, '--json'], check=True, env=env,
                                    capture_output=True, text=True).stdout
        from_file = subprocess.run([tool, 'stats', sample, '--json'], check=True, env=env,
                                   capture_output=True, text=True).stdout
        self.assertEqual(json.loads(from_store), json.loads(from_file))

    def test_another_process_change_arrives_within_a_second(self):
        p = subprocess.Popen([sys.executable, '-B', __file__, '--watch', self.uri],
                             stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(p.stdout.readline().strip(), 'open')
            registry = Lian.Registry.open(self.uri)
            registry.update(registry.lookup('ent-cz-bms'), 'employees', 4321)
            committed = time.monotonic()
            line = json.loads(p.stdout.readline())
        finally:
            p.kill()
            p.wait()
        self.assertEqual((line['id'], line['employees']), ('ent-cz-bms', 4321))
        self.assertLess(line['at'] - committed, 1.0)

    def test_sixteen_processes_lose_no_change(self):
        n_edits = int(os.environ.get('LIAN_STORE_PG_EDITS', '40'))
        procs = [subprocess.Popen([sys.executable, '-B', SQLITE_TEST, '--worker', self.uri,
                                   f'worker-{i}', str(i), str(n_edits)],
                                  stdout=subprocess.PIPE, text=True)
                 for i in range(16)]
        outcomes = {}
        for i, p in enumerate(procs):
            out, _ = p.communicate(timeout=600)
            self.assertEqual(p.returncode, 0)
            outcomes[f'worker-{i}'] = [json.loads(line) for line in out.splitlines()]

        logged = rows(self.uri, 'SELECT sequence, actor, record, revision, fields_after '
                                'FROM changes ORDER BY sequence')
        index = {}
        for row in logged:
            index.setdefault((row['actor'], row['record'], row['fields_after']), 0)
            index[(row['actor'], row['record'], row['fields_after'])] += 1
        accepted = 0
        conflicts = 0
        for actor, lines in outcomes.items():
            self.assertEqual(len(lines), n_edits)
            for line in lines:
                if not line['ok']:
                    # Every refusal is a conflict, never anything else.
                    self.assertTrue(line['conflict'], line['message'])
                    conflicts += 1
                    continue
                accepted += 1
                after = json.dumps({'employees': line['value']}, separators=(',', ':'))
                self.assertGreaterEqual(index.get((actor, line['id'], after), 0), 1, line)
        # Nothing in the log that no process accepted, nothing missing.
        self.assertEqual(len(logged), accepted)
        self.assertGreater(accepted, 0)
        self.assertGreater(conflicts, 0)
        # Each record's revisions follow one another, with no gap.
        for rid in SHARED:
            revisions = [row['revision'] for row in logged if row['record'] == rid]
            self.assertEqual(revisions, list(range(2, 2 + len(revisions))))
        final = Lian.Registry.open(self.uri)
        for rid in SHARED:
            mine = [row for row in logged if row['record'] == rid]
            self.assertEqual(final.lookup(rid).props.revision, 1 + len(mine))
            if mine:
                self.assertEqual(final.lookup(rid).props.employees,
                                 json.loads(mine[-1]['fields_after'])['employees'])


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--watch':
        watcher(sys.argv[2])
    elif 'LIAN_TEST_PG_URI' not in os.environ:
        print('LIAN_TEST_PG_URI is not set: run through tests/pg/with-cluster.sh', file=sys.stderr)
        sys.exit(77)
    else:
        unittest.main()
