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



SAMPLE = os.path.join(HERE, '..', '..', 'data', 'jiangsu-sample.json')


def firm(id, name, region, serial):
    """A new enterprise with a credit code whose check character is right."""
    return Lian.Enterprise.new(id, name, Lian.uscc_complete(f'91{region}{serial:09d}'), region)


class OpenAScopeTest(unittest.TestCase):
    """?scope= opens one region of a larger store, with what it refers to."""

    def setUp(self):
        host = os.environ['LIAN_TEST_PG_HOST']
        db = 'part_' + uuid.uuid4().hex[:12]
        psql(os.environ['LIAN_TEST_PG_URI'], f'CREATE DATABASE {db}')
        self.uri = f'postgresql:///{db}?host={host}&user=lian'
        sample = Lian.Registry()
        sample.load_from_file(SAMPLE, None)
        store = Lian.Store.open(self.uri)
        store.save(sample)
        store.close()
        self.whole = Lian.Registry.open(self.uri)

    def ids(self, registry, kind, region=None):
        found = registry.select(Lian.Filter(record_kind=kind, region=region))
        return sorted(r.props.id for r in found)

    def test_a_city_opens_with_what_it_refers_to(self):
        wuxi = Lian.Registry.open(self.uri + '&scope=320200')
        self.assertEqual(wuxi.get_store().get_uri(), self.uri + '&scope=320200')
        for kind in (Lian.RecordKind.ENTERPRISE, Lian.RecordKind.NEED,
                     Lian.RecordKind.ORGANIZATION, Lian.RecordKind.PROJECT):
            self.assertEqual(self.ids(wuxi, kind, '320200'), self.ids(self.whole, kind, '320200'))
        # Held beyond the city only what its records refer to: a member of
        # its committee from Jiangyin (320281 lies in Wuxi too), chains,
        # services, regions; no need of another city.
        self.assertLess(wuxi.count_records(Lian.RecordKind.ENTERPRISE),
                        self.whole.count_records(Lian.RecordKind.ENTERPRISE))
        self.assertEqual(self.ids(wuxi, Lian.RecordKind.NEED),
                         self.ids(self.whole, Lian.RecordKind.NEED, '320200'))
        for kind in (Lian.RecordKind.CHAIN, Lian.RecordKind.SERVICE, Lian.RecordKind.REGION):
            self.assertEqual(wuxi.count_records(kind), self.whole.count_records(kind))

    def test_changes_go_both_ways(self):
        wuxi = Lian.Registry.open(self.uri + '&scope=320200')
        wuxi.update(wuxi.lookup('ent-wx-chip'), 'employees', 4321)
        self.whole.get_store().refresh()
        self.assertEqual(self.whole.lookup('ent-wx-chip').props.employees, 4321)
        # New records of the city come in with what they refer to; those
        # of another city do not.
        self.whole.begin_batch()
        far = firm('ent-sz-new', '苏州新企', '320505', 740)
        near = firm('ent-wx-new', '无锡新企', '320214', 837)
        self.whole.add(far)
        self.whole.add(near)
        need = Lian.Need.new('need-wx-new', 'ent-wx-new', Lian.NeedCategory.TALENT, '招聘')
        need.props.submitted = '2024-03-01'
        self.whole.add(need)
        org = Lian.PartyOrg.new('org-wx-new', '无锡新联盟', Lian.OrgKind.ALLIANCE)
        org.props.region = '320200'
        org.props.member_ids = ['ent-wx-new', 'ent-sz-new']
        self.whole.add(org)
        self.whole.add(firm('ent-sz-other', '苏州他企', '320505', 557))
        self.whole.commit_batch()
        ok, n = wuxi.get_store().refresh()
        self.assertTrue(ok)
        self.assertIsNotNone(wuxi.lookup('ent-wx-new'))
        self.assertIsNotNone(wuxi.lookup('need-wx-new'))
        self.assertIsNotNone(wuxi.lookup('org-wx-new'))
        self.assertIsNotNone(wuxi.lookup('ent-sz-new'))    # a member of a held alliance
        self.assertIsNone(wuxi.lookup('ent-sz-other'))
        # And a change of a record it does not hold passes it by.
        self.whole.update(self.whole.lookup('ent-cs-parts'), 'employees', 1)
        ok, n = wuxi.get_store().refresh()
        self.assertEqual(n, 0)
        self.assertIsNone(wuxi.lookup('ent-cs-parts'))

    def test_a_scope_that_is_no_region_is_refused(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.Registry.open(self.uri + '&scope=99')
        self.assertIn('99', cm.exception.message)


class FiguresOfTheWholeTest(unittest.TestCase):
    """A registry holding part of the store asks the store for the figures
    of the whole, and they are those of the whole held in memory."""

    REGIONS = [None, '320000', '320200', '320214', '320500', '320581', '321100']

    def setUp(self):
        host = os.environ['LIAN_TEST_PG_HOST']
        db = 'figures_' + uuid.uuid4().hex[:12]
        psql(os.environ['LIAN_TEST_PG_URI'], f'CREATE DATABASE {db}')
        self.uri = f'postgresql:///{db}?host={host}&user=lian'
        self.whole = Lian.Registry()
        self.whole.load_from_file(SAMPLE, None)
        store = Lian.Store.open(self.uri)
        store.save(self.whole)
        store.close()
        self.wuxi = Lian.Registry.open(self.uri + '&scope=320200')
        self.part = self.wuxi.get_store()

    def test_counts_by_sql_are_the_counts_in_memory(self):
        for region in self.REGIONS:
            ok, n = self.part.count_records(Lian.RecordKind.ENTERPRISE, region)
            self.assertEqual(n, self.whole.count_enterprises(region), region)
            ok, n = self.part.count_records(Lian.RecordKind.NEED, region)
            self.assertEqual(n, self.whole.count_needs(region), region)
            for status in Lian.NeedStatus.__enum_values__.values():
                ok, n = self.part.count_needs_by_status(region, status)
                self.assertEqual(n, self.whole.count_needs_by_status(region, status),
                                 (region, status))
            if region:
                summary = Lian.Summary.new(self.whole, Lian.Filter(region=region), '2024-06-30')
                ok, n = self.part.count_records(Lian.RecordKind.ENTERPRISE, region)
                self.assertEqual(n, summary.get_n_enterprises(), region)
                ok, n = self.part.count_records(Lian.RecordKind.NEED, region)
                self.assertEqual(n, summary.get_n_needs(), region)

    def test_a_roll_up_by_sql_is_the_roll_up_in_memory(self):
        path = os.path.join(GLib.get_tmp_dir(), f'figures-{uuid.uuid4().hex[:8]}.db')
        try:
            store = Lian.Store.open(path)
            store.save(self.whole)
            store.close()
            held = Lian.Registry.open(path)
            memory = held.get_store()
            for kind in (Lian.RecordKind.ENTERPRISE, Lian.RecordKind.NEED,
                         Lian.RecordKind.ORGANIZATION, Lian.RecordKind.PROJECT):
                for region, level in ((None, Lian.Level.PROVINCE), ('320000', Lian.Level.CITY),
                                      ('320000', Lian.Level.COUNTY), ('320200', Lian.Level.COUNTY)):
                    by_sql = self.part.count_by_region(kind, region, level).unpack()
                    in_memory = memory.count_by_region(kind, region, level).unpack()
                    self.assertEqual(by_sql, in_memory, (kind, region, level))
                    if kind in (Lian.RecordKind.ENTERPRISE, Lian.RecordKind.NEED):
                        self.assertTrue(by_sql, (kind, region, level))
            by_city = self.part.count_by_region(Lian.RecordKind.ENTERPRISE, '320000', Lian.Level.CITY)
            self.assertEqual(by_city.unpack()['320200'], self.whole.count_enterprises('320200'))
        finally:
            if os.path.exists(path):
                os.unlink(path)

if __name__ == '__main__':
    unittest.main()
