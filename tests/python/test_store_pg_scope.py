# SPDX-License-Identifier: LGPL-2.1-or-later
"""What a person's database role reads of a PostgreSQL store, straight
from the server (psql, as a BI tool would): the person's scope, enforced
by row-level security. Run by tests/pg/with-cluster.sh, which sets
LIAN_TEST_PG_URI and LIAN_TEST_PG_HOST."""
import os
import subprocess
import unittest
import uuid

import gi
gi.require_version('Lian', '1.0')
from gi.repository import Gio, GLib, Lian  # noqa: E402

HERE = os.path.abspath(os.path.dirname(__file__))
REGISTER = os.path.join(HERE, '..', 'data', 'people', 'register.json')


def psql(uri, sql):
    done = subprocess.run(['psql', uri, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip())
    return done.stdout.strip()


class ScopeOnTheServerTest(unittest.TestCase):
    def setUp(self):
        self.host = os.environ['LIAN_TEST_PG_HOST']
        self.db = 'scope_' + uuid.uuid4().hex[:12]
        psql(os.environ['LIAN_TEST_PG_URI'], f'CREATE DATABASE {self.db}')
        self.uri = f'postgresql:///{self.db}?host={self.host}&user=lian'
        register = Lian.Registry()
        register.load_from_file(REGISTER, None)
        store = Lian.Store.open(self.uri)
        store.save(register)
        self.store = store

    def tearDown(self):
        self.store.close()

    def read_as(self, role, sql):
        return psql(f'postgresql:///{self.db}?host={self.host}&user={role}', sql)

    def ids(self, role, table):
        text = self.read_as(role, f'SELECT id FROM {table} ORDER BY id')
        return text.split('\n') if text else []

    def test_a_county_clerk_reads_only_the_county(self):
        self.assertTrue(self.store.grant_reader('xishan_clerk', 'p-xs-clerk'))
        self.assertEqual(self.ids('xishan_clerk', 'enterprises'), ['ent-xs-chip'])
        self.assertEqual(self.ids('xishan_clerk', 'needs'), ['need-xs-1', 'need-xs-2'])
        self.assertEqual(self.ids('xishan_clerk', 'organizations'), ['org-xs'])
        self.assertEqual(self.ids('xishan_clerk', 'people'), ['p-xs-clerk', 'p-xs-coord'])
        # The common reference: every region and chain, but a chain's
        # leaders only where they lie in scope.
        self.assertEqual(len(self.ids('xishan_clerk', 'regions')), 6)
        self.assertEqual(self.ids('xishan_clerk', 'chains'), ['chain-ic'])
        self.assertEqual(self.read_as('xishan_clerk', 'SELECT value FROM chains_leader_ids'),
                         'ent-xs-chip')
        # Nothing of the log, and no writing.
        with self.assertRaises(RuntimeError) as cm:
            self.read_as('xishan_clerk', 'SELECT count(*) FROM changes')
        self.assertIn('permission denied', str(cm.exception))
        with self.assertRaises(RuntimeError):
            self.read_as('xishan_clerk', "UPDATE enterprises SET name = 'x'")

    def test_a_city_reads_its_counties_and_the_province_all(self):
        self.store.grant_reader('wuxi', 'p-wx-coord')
        self.store.grant_reader('province', 'p-js-reviewer')
        self.assertEqual(self.ids('wuxi', 'enterprises'), ['ent-hs-wafer', 'ent-xs-chip'])
        self.assertEqual(self.ids('wuxi', 'needs'),
                         ['need-hs-1', 'need-xs-1', 'need-xs-2'])
        self.assertEqual(self.ids('province', 'enterprises'),
                         ['ent-hs-wafer', 'ent-ks-board', 'ent-xs-chip'])
        self.assertEqual(len(self.ids('province', 'needs')), 4)

    def test_lian_itself_reads_everything(self):
        self.store.grant_reader('xishan_clerk', 'p-xs-clerk')
        again = Lian.Registry.open(self.uri)
        self.assertEqual(again.count_records(Lian.RecordKind.ENTERPRISE), 3)

    def test_an_unknown_person_is_refused(self):
        with self.assertRaises(GLib.Error) as cm:
            self.store.grant_reader('nobody', 'p-nobody')
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.NOT_FOUND))
        self.assertIn('p-nobody', cm.exception.message)

    def test_a_file_store_cannot_grant(self):
        path = os.path.join(GLib.get_tmp_dir(), f'{self.db}.db')
        try:
            store = Lian.Store.open(path)
            with self.assertRaises(GLib.Error) as cm:
                store.grant_reader('r', 'p-xs-clerk')
            self.assertTrue(cm.exception.matches(Gio.io_error_quark(),
                                                 Gio.IOErrorEnum.NOT_SUPPORTED))
            store.close()
        finally:
            if os.path.exists(path):
                os.unlink(path)


if __name__ == '__main__':
    unittest.main()
