# SPDX-License-Identifier: LGPL-2.1-or-later
"""Stores from Python: open, conflict, refresh, and many processes on one
SQLite file (run as `test_store.py --worker STORE NAME SEED N` it is one
of those processes)."""
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import Gio, GLib, Lian  # noqa: E402

SOURCE_DIR = os.environ.get('LIAN_SOURCE_DIR',
                            os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_DIR, 'data', 'jiangsu-sample.json')
# The records every process edits: few, so that they overlap.
SHARED = ['ent-cs-parts', 'ent-cz-anode', 'ent-cz-battery', 'ent-cz-bms']


def make_store(path):
    sample = Lian.Registry()
    sample.load_from_file(SAMPLE, None)
    store = Lian.Store.open(path)
    store.save(sample)
    store.close()


def worker(path, name, seed, n, own=False):
    """Makes @n random edits (with @own, all to the record of its own
    number); prints one JSON line per outcome."""
    rng = random.Random(seed)
    registry = Lian.Registry.open(path)
    registry.set_actor(name)
    store = registry.get_store()
    for i in range(n):
        rid = SHARED[seed] if own else rng.choice(SHARED)
        value = rng.randrange(1, 1_000_000)
        record = registry.lookup(rid)
        if value == record.props.employees:
            value += 1   # an edit that changes nothing is no change
        try:
            registry.update(record, 'employees', value)
            print(json.dumps({'ok': True, 'id': rid, 'value': value}))
        except GLib.Error as e:
            print(json.dumps({'ok': False, 'id': rid, 'value': value,
                              'conflict': e.matches(Lian.registry_error_quark(),
                                                    Lian.RegistryError.CONFLICT),
                              'message': e.message}))
            store.refresh()
        if rng.random() < 0.3:
            store.refresh()


def committer(path, seed):
    """Commits random edits until it is killed; prints each one committed."""
    rng = random.Random(seed)
    registry = Lian.Registry.open(path)
    registry.set_actor(f'killed-{seed}')
    print('open', flush=True)
    while True:
        rid = rng.choice(SHARED)
        record = registry.lookup(rid)
        value = record.props.employees + 1
        registry.update(record, 'employees', value)
        print(json.dumps({'id': rid, 'value': value}), flush=True)


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, 'register.db')
        make_store(self.path)

    def tearDown(self):
        self.dir.cleanup()

    def test_history_of_a_record_field_by_field(self):
        registry = Lian.Registry.open(self.path)
        registry.set_actor('alice')
        firm = registry.lookup('ent-cz-bms')
        before = firm.props.employees
        registry.update(firm, 'employees', before + 7)
        registry.set_actor('bob')
        registry.update(firm, 'name', 'Changzhou BMS')
        registry.update(registry.lookup('ent-cs-parts'), 'employees', 3)
        store = registry.get_store()
        changes = list(store.list_changes('ent-cz-bms', None, None, None))
        self.assertEqual([c.get_actor() for c in changes], ['alice', 'bob'])
        self.assertEqual([c.get_revision() for c in changes], [2, 3])
        self.assertLess(changes[0].get_sequence(), changes[1].get_sequence())
        self.assertIs(changes[0].get_record(), firm)
        self.assertEqual(changes[0].get_operation(), Lian.ChangeOperation.UPDATE)
        self.assertEqual(list(changes[0].get_fields()), ['employees'])
        # Values are the members' JSON text, as the table keeps them.
        self.assertEqual(changes[0].get_before('employees'), str(before))
        self.assertEqual(changes[0].get_after('employees'), str(before + 7))
        self.assertEqual(json.loads(changes[1].get_after('name')), 'Changzhou BMS')
        # Another process reads the same log.
        other = Lian.Registry.open(self.path)
        self.assertEqual(len(other.get_store().list_changes('ent-cz-bms', None, None, None)), 2)

    def test_log_filters_by_actor_time_and_region(self):
        registry = Lian.Registry.open(self.path)
        registry.set_actor('alice')
        registry.update(registry.lookup('ent-cz-bms'), 'employees', 11)
        registry.set_actor('bob')
        registry.update(registry.lookup('ent-cs-parts'), 'employees', 12)
        store = registry.get_store()
        self.assertEqual(len(store.list_changes(None, None, None, None)), 2)
        bob = store.list_changes(None, None, 'bob', None)
        self.assertEqual([c.get_record_id() for c in bob], ['ent-cs-parts'])
        self.assertEqual(len(store.list_changes(None, '2000-01-01', None, None)), 2)
        self.assertEqual(len(store.list_changes(None, '2999-01-01T08:00', None, None)), 0)
        region = registry.lookup('ent-cz-bms').props.region
        in_region = store.list_changes(None, None, None, region[:4] + '00')
        self.assertIn('ent-cz-bms', [c.get_record_id() for c in in_region])
        self.assertNotIn('ent-cs-parts', [c.get_record_id() for c in in_region])
        with self.assertRaises(GLib.Error) as cm:
            store.list_changes(None, 'last tuesday', None, None)
        self.assertIn('last tuesday', cm.exception.message)

    def test_log_keeps_a_removed_record(self):
        registry = Lian.Registry.open(self.path)
        rid = 'ent-cs-parts'
        registry.update(registry.lookup(rid), 'employees', 21)
        registry.remove(rid, True)
        store = registry.get_store()
        changes = list(store.list_changes(rid, None, None, None))
        self.assertEqual([c.get_operation() for c in changes],
                         [Lian.ChangeOperation.UPDATE, Lian.ChangeOperation.REMOVE])
        removal = changes[1]
        self.assertEqual(removal.get_record().props.id, rid)
        self.assertEqual(removal.get_after('employees'), None)
        self.assertEqual(removal.get_before('employees'), '21')

    def test_document_store_lists_the_journal(self):
        path = os.path.join(self.dir.name, 'register.json')
        with open(SAMPLE, 'rb') as f, open(path, 'wb') as out:
            out.write(f.read())
        registry = Lian.Registry.open(path)
        registry.set_actor('carol')
        registry.update(registry.lookup('ent-cz-bms'), 'employees', 13)
        store = registry.get_store()
        changes = store.list_changes('ent-cz-bms', None, 'carol', None)
        self.assertEqual(len(changes), 1)
        self.assertEqual(changes[0].get_after('employees'), 13)
        self.assertEqual(len(store.list_changes(None, None, 'nobody', None)), 0)
        # Nothing is kept on disk: a new session starts with no history.
        fresh = Lian.Registry.open(path)
        self.assertEqual(len(fresh.get_store().list_changes(None, None, None, None)), 0)

    def test_full_disk_refuses_the_change_and_keeps_the_store(self):
        registry = Lian.Registry.open(self.path)
        registry.update(registry.lookup('ent-cs-parts'), 'employees', 31)
        os.environ['LIAN_TEST_SQLITE_SPARE_PAGES'] = '0'
        try:
            full = Lian.Registry.open(self.path)
        finally:
            del os.environ['LIAN_TEST_SQLITE_SPARE_PAGES']
        firm = full.lookup('ent-cz-bms')
        name = firm.props.name
        with self.assertRaises(GLib.Error) as cm:
            full.update(firm, 'name', '很长的名字' * 4000)
        self.assertTrue(cm.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NO_SPACE))
        self.assertIn(self.path, cm.exception.message)
        self.assertIn('full', cm.exception.message)
        self.assertEqual(firm.props.name, name)
        self.assertEqual(firm.props.revision, 1)
        self.assertEqual(len(full.get_journal()), 0)
        # The file opens afterwards with every earlier change, and no other.
        again = Lian.Registry.open(self.path)
        self.assertEqual(again.lookup('ent-cz-bms').props.name, name)
        self.assertEqual(again.lookup('ent-cs-parts').props.employees, 31)
        log = again.get_store().list_changes(None, None, None, None)
        self.assertEqual([c.get_record_id() for c in log], ['ent-cs-parts'])
        db = sqlite3.connect(self.path)
        self.assertEqual(db.execute('PRAGMA integrity_check').fetchone()[0], 'ok')
        db.close()

    def test_open_gives_the_sample_with_its_store(self):
        registry = Lian.Registry.open(self.path)
        sample = Lian.Registry()
        sample.load_from_file(SAMPLE, None)
        self.assertEqual(registry.save_to_data()[0], sample.save_to_data()[0])
        self.assertEqual(registry.get_store().get_uri(), self.path)
        self.assertIs(registry.get_store().get_registry(), registry)

    def test_every_text_of_a_document_comes_back(self):
        """Control characters (U+001F among them), extra members of the
        document and of records, nested values: a store gives back what
        was saved into it."""
        canonical = os.path.join(SOURCE_DIR, 'tests', 'data', 'good', 'canonical.json')
        doc = Lian.Registry()
        doc.load_from_file(canonical, None)
        firm = doc.get_enterprises()[0]
        firm.props.contact_name = 'a\x1fb\x01c'
        path = os.path.join(self.dir.name, 'canonical.db')
        store = Lian.Store.open(path)
        store.save(doc)
        store.close()
        again = Lian.Registry.open(path)
        self.assertEqual(json.loads(again.save_to_data()[0]), json.loads(doc.save_to_data()[0]))

    def test_conflict_names_the_record_and_who(self):
        a = Lian.Registry.open(self.path)
        b = Lian.Registry.open('sqlite:' + self.path)
        a.set_actor('alice')
        a.update(a.lookup('ent-cs-parts'), 'employees', 5)
        e = b.lookup('ent-cs-parts')
        with self.assertRaises(GLib.Error) as cm:
            b.update(e, 'employees', 6)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.CONFLICT))
        self.assertIn('ent-cs-parts', cm.exception.message)
        self.assertIn('alice', cm.exception.message)
        self.assertNotEqual(e.props.employees, 6)

    def test_a_stale_move_raises_the_conflict_and_changes_nothing(self):
        """A need's own transition() reports the registry's refusal, as
        registry.move_need() does, rather than warning and saying yes."""
        a = Lian.Registry.open(self.path)
        b = Lian.Registry.open(self.path)
        a.lookup('need-001').transition(Lian.NeedStatus.ACCEPTED, 'org-1', None, None)
        stale = b.lookup('need-001')
        events = stale.props.n_events
        with self.assertRaises(GLib.Error) as cm:
            stale.transition(Lian.NeedStatus.CLOSED, 'org-2', None, None)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.CONFLICT))
        self.assertEqual(stale.props.status, Lian.NeedStatus.SUBMITTED)
        self.assertEqual(stale.props.n_events, events)
        self.assertEqual(len(b.get_journal()), 0)

    def test_refresh_emits_the_usual_signals(self):
        a = Lian.Registry.open(self.path)
        b = Lian.Registry.open(self.path)
        seen = []
        b.connect('record-changed', lambda reg, rec, prop: seen.append((rec.props.id, prop)))
        a.update(a.lookup('ent-cs-parts'), 'employees', 9)
        ok, n = b.get_store().refresh()
        self.assertTrue(ok)
        self.assertEqual(n, 1)
        self.assertEqual(seen, [('ent-cs-parts', 'employees')])
        self.assertEqual(b.lookup('ent-cs-parts').props.employees, 9)
        self.assertEqual(b.lookup('ent-cs-parts').props.revision,
                         a.lookup('ent-cs-parts').props.revision)
        # The change is a's: journaled there, not in b's journal under b's actor.
        self.assertEqual(len(a.get_journal()), 1)
        self.assertEqual(len(b.get_journal()), 0)

    def test_a_removal_refused_by_a_conflict_leaves_everything(self):
        """A removal that drops references is one change: when another process
        changed a record it unlinks, none of it happens, here or in the store."""
        a = Lian.Registry.open(self.path)
        b = Lian.Registry.open(self.path)
        b.update(b.lookup('org-dy-lens-branch'), 'name', '镜头党支部')
        before = a.save_to_data()[0]
        with self.assertRaises(GLib.Error) as raised:
            a.remove('ent-dy-coating', True)
        self.assertTrue(raised.exception.matches(Lian.registry_error_quark(),
                                                 Lian.RegistryError.CONFLICT))
        self.assertEqual(a.save_to_data()[0], before)
        self.assertEqual(len(a.get_journal()), 0)
        self.assertIn('ent-dy-coating', a.lookup('org-dy-lens-branch').props.member_ids)
        c = Lian.Registry.open(self.path)
        self.assertIsNotNone(c.lookup('ent-dy-coating'))
        self.assertIn('ent-dy-coating', c.lookup('org-dy-lens-branch').props.member_ids)

    def test_an_undone_readd_keeps_the_store_revision(self):
        """A record removed and added again in a batch, the batch aborted:
        its revision is the store's still, and its next change is taken."""
        a = Lian.Registry.open(self.path)
        firm = a.lookup('ent-dy-coating')
        revision = firm.props.revision
        a.begin_batch()
        a.remove('ent-dy-coating', True)
        a.add(firm)
        a.abort_batch()
        self.assertEqual(firm.props.revision, revision)
        a.update(firm, 'name', '新名')
        self.assertEqual(firm.props.revision, revision + 1)
        b = Lian.Registry.open(self.path)
        self.assertEqual(b.lookup('ent-dy-coating').props.name, '新名')
        self.assertEqual(b.lookup('ent-dy-coating').props.revision, revision + 1)

    def test_refresh_by_itself_in_a_main_loop(self):
        a = Lian.Registry.open(self.path)
        b = Lian.Registry.open(self.path)
        b.get_store().set_refresh_interval(10)
        loop = GLib.MainLoop()
        b.connect('record-changed', lambda *args: loop.quit())
        a.update(a.lookup('ent-cs-parts'), 'employees', 33)
        give_up = GLib.timeout_add_seconds(10, loop.quit)
        loop.run()
        GLib.source_remove(give_up)
        self.assertEqual(b.lookup('ent-cs-parts').props.employees, 33)

    def test_kill_9_leaves_exactly_the_committed_changes(self):
        rng = random.Random(9)
        for round_ in range(20):
            p = subprocess.Popen([sys.executable, '-B', __file__, '--commits', self.path,
                                  str(round_)], stdout=subprocess.PIPE, text=True)
            self.assertEqual(p.stdout.readline().strip(), 'open')
            # Some commits, then SIGKILL at a moment no one chose.
            lines = [p.stdout.readline() for _ in range(rng.randrange(1, 40))]
            p.kill()
            lines += p.stdout.read().splitlines()
            p.wait()
            printed = [line for line in lines if line.startswith('{')]
            db = sqlite3.connect(self.path)
            logged = db.execute('SELECT count(*) FROM changes WHERE actor = ?',
                                (f'killed-{round_}',)).fetchone()[0]
            db.close()
            # What it said it committed is there; at most the one it had
            # not said yet is more.
            self.assertIn(logged - len(printed), (0, 1))
        registry = Lian.Registry.open(self.path)
        db = sqlite3.connect(self.path)
        for rid in SHARED:
            n, = db.execute('SELECT count(*) FROM changes WHERE record = ?', (rid,)).fetchone()
            self.assertEqual(registry.lookup(rid).props.revision, 1 + n)
            last = db.execute('SELECT fields_after FROM changes WHERE record = ? '
                              'ORDER BY sequence DESC LIMIT 1', (rid,)).fetchone()
            if last:
                self.assertEqual(registry.lookup(rid).props.employees,
                                 json.loads(last[0])['employees'])
        self.assertEqual(db.execute('PRAGMA integrity_check').fetchone()[0], 'ok')
        db.close()

    def run_workers(self, path, n_edits, *extra):
        procs = [subprocess.Popen([sys.executable, '-B', __file__, '--worker', path,
                                   f'worker-{i}', str(i), str(n_edits), *extra],
                                  stdout=subprocess.PIPE, text=True)
                 for i in range(4)]
        outcomes = {}
        for i, p in enumerate(procs):
            out, _ = p.communicate(timeout=300)
            self.assertEqual(p.returncode, 0)
            outcomes[f'worker-{i}'] = [json.loads(line) for line in out.splitlines()]
        return outcomes

    def test_document_store_keeps_additions_and_removals(self):
        # Each accepted change is in the file at once: an addition too.
        path = os.path.join(self.dir.name, 'register.json')
        sample = Lian.Registry()
        sample.load_from_file(SAMPLE, None)
        sample.save_to_file(path, None)
        registry = Lian.Registry.open(path)
        firm = registry.get_records(Lian.RecordKind.ENTERPRISE).get_item(0)
        registry.add(Lian.Need(id='need-added-to-a-document', enterprise_id=firm.props.id,
                               title='贷款'))
        self.assertIsNotNone(Lian.Registry.open(path).lookup('need-added-to-a-document'))
        registry.remove('need-added-to-a-document', False)
        self.assertIsNone(Lian.Registry.open(path).lookup('need-added-to-a-document'))

    def test_document_store_reports_conflicts_and_loses_nothing(self):
        # Each process edits its own record of one JSON document: the file
        # is one unit, so they conflict, and no accepted edit may be lost.
        path = os.path.join(self.dir.name, 'register.json')
        sample = Lian.Registry()
        sample.load_from_file(SAMPLE, None)
        sample.save_to_file(path, None)
        outcomes = self.run_workers(path, 25, '--own')
        final = Lian.Registry.open(path)
        n_accepted = 0
        for i, (actor, lines) in enumerate(outcomes.items()):
            for line in lines:
                if not line['ok']:
                    self.assertTrue(line['conflict'], line['message'])
            accepted = [line for line in lines if line['ok']]
            n_accepted += len(accepted)
            # A busy machine may starve one process; what it got in stays.
            expected = accepted[-1]['value'] if accepted else sample.lookup(SHARED[i]).props.employees
            self.assertEqual(final.lookup(SHARED[i]).props.employees, expected, actor)
        self.assertGreater(n_accepted, 0)

    def test_four_processes_lose_no_change(self):
        n_edits = int(os.environ.get('LIAN_STORE_EDITS', '250'))
        outcomes = self.run_workers(self.path, n_edits)

        db = sqlite3.connect(self.path)
        accepted = 0
        for actor, lines in outcomes.items():
            self.assertEqual(len(lines), n_edits)
            for line in lines:
                if not line['ok']:
                    # Every refusal is a conflict, never anything else.
                    self.assertTrue(line['conflict'], line['message'])
                    continue
                accepted += 1
                rows = db.execute('SELECT count(*) FROM changes WHERE actor = ? AND record = ? '
                                  'AND fields_after = ?',
                                  (actor, line['id'],
                                   json.dumps({'employees': line['value']},
                                              separators=(',', ':')))).fetchone()[0]
                self.assertGreaterEqual(rows, 1, line)
        # Nothing in the log that no process had accepted, nothing missing.
        self.assertEqual(db.execute('SELECT count(*) FROM changes').fetchone()[0], accepted)
        self.assertGreater(accepted, 0)
        # The store holds each record's last change, at the revision the
        # number of its changes gives.
        for rid in SHARED:
            last = db.execute('SELECT fields_after FROM changes WHERE record = ? '
                              'ORDER BY sequence DESC LIMIT 1', (rid,)).fetchone()
            n = db.execute('SELECT count(*) FROM changes WHERE record = ?', (rid,)).fetchone()[0]
            value, revision = db.execute('SELECT e.employees, r.revision FROM enterprises e '
                                         'JOIN records r ON r.id = e.id WHERE e.id = ?',
                                         (rid,)).fetchone()
            self.assertEqual(revision, 1 + n)
            if last:
                self.assertEqual(value, json.loads(last[0])['employees'])
        db.close()
        final = Lian.Registry.open(self.path)
        self.assertEqual(final.lookup(SHARED[0]).props.revision,
                         1 + sum(1 for lines in outcomes.values() for line in lines
                                 if line['ok'] and line['id'] == SHARED[0]))


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--commits':
        committer(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == '--worker':
        worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]),
               own='--own' in sys.argv[6:])
    else:
        unittest.main()
