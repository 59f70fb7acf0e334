# SPDX-License-Identifier: LGPL-2.1-or-later
"""Duplicates from Python: the likeness pass on a hand-made sheet, the
review queue, merging two enterprises and undoing it, decisions kept in a
JSON document and a SQLite store."""
import csv
import os
import tempfile
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

SOURCE_DIR = os.environ.get('LIAN_SOURCE_DIR',
                            os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_DIR, 'data', 'jiangsu-sample.json')
SHEET = os.path.join(SOURCE_DIR, 'tests', 'data', 'duplicates', 'enterprises.csv')
EXPECTED = os.path.join(SOURCE_DIR, 'tests', 'data', 'duplicates', 'expected.csv')


def sheet_registry():
    registry = Lian.Registry()
    with open(SHEET, encoding='utf-8') as f:
        for row in csv.DictReader(f):
            ent = Lian.Enterprise(id=row['id'], name=row['name'], uscc=row['uscc'],
                                  region=row['region'])
            if row['contact_name']:
                ent.props.contact_name = row['contact_name']
            if row['contact_phone']:
                ent.props.contact_phone = row['contact_phone']
            registry.add(ent)
    return registry


def pairs(registry, band=Lian.DuplicateBand.UNLIKELY, kind=Lian.RecordKind.ENTERPRISE):
    return {(p.get_first_id(), p.get_second_id()): p.get_band().value_nick
            for p in registry.find_duplicates(kind, band)}


def sample():
    registry = Lian.Registry()
    registry.load_from_file(SAMPLE, None)
    return registry


class LikenessTest(unittest.TestCase):
    def test_sheet_gives_exactly_the_known_pairs_in_their_bands(self):
        with open(EXPECTED, encoding='utf-8') as f:
            expected = {(r['first'], r['second']): r['band'] for r in csv.DictReader(f)}
        self.assertEqual(len(expected), 10)
        self.assertEqual(pairs(sheet_registry()), expected)

    def test_each_pair_says_why(self):
        found = sheet_registry().find_duplicates(Lian.RecordKind.ENTERPRISE,
                                                 Lian.DuplicateBand.CERTAIN)
        self.assertEqual(len(found), 2)
        self.assertIn('same credit code', found[0].get_reasons())
        self.assertGreaterEqual(found[0].get_score(), 1.0)
        self.assertEqual(found[0].props.band, Lian.DuplicateBand.CERTAIN)
        self.assertEqual(found[0].props.kind, Lian.RecordKind.ENTERPRISE)
        self.assertEqual((found[0].props.first_id, found[0].props.second_id), ('e01', 'e02'))
        self.assertEqual(list(found[0].props.reasons), list(found[0].get_reasons()))

    def test_reasons_in_chinese(self):
        Lian.set_language('zh_CN')
        try:
            found = sheet_registry().find_duplicates(Lian.RecordKind.ENTERPRISE,
                                                     Lian.DuplicateBand.CERTAIN)
            self.assertIn('统一社会信用代码相同', found[0].get_reasons())
        finally:
            Lian.set_language(None)

    def test_likely_band_leaves_out_the_unlikely(self):
        found = pairs(sheet_registry(), Lian.DuplicateBand.LIKELY)
        self.assertEqual(len(found), 8)
        self.assertNotIn(('e17', 'e18'), found)

    def test_other_kinds_are_refused(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.Registry().find_duplicates(Lian.RecordKind.CHAIN, Lian.DuplicateBand.LIKELY)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.WRONG_KIND))

    def test_a_new_enterprise_is_warned_of_before_it_is_added(self):
        registry = sheet_registry()
        firm = Lian.Enterprise(id='new', name='华润微电子(无锡)', uscc='91320214MA1XYZ0000',
                               region='320214')
        found = registry.find_duplicates_of(firm, Lian.DuplicateBand.LIKELY)
        self.assertEqual({p.get_first_id() for p in found}, {'e05', 'e06'})
        self.assertEqual({p.get_second_id() for p in found}, {'new'})

    def test_needs_entered_twice(self):
        registry = sample()
        need = registry.lookup_need('need-003')
        again = Lian.Need(id='need-003b', enterprise_id=need.props.enterprise_id,
                          chain_id=need.props.chain_id, category=need.props.category,
                          title=need.props.title, submitted=need.props.submitted)
        registry.add(again)
        found = pairs(registry, kind=Lian.RecordKind.NEED)
        self.assertEqual(found, {('need-003', 'need-003b'): 'certain'})


class MergeTest(unittest.TestCase):
    def test_merge_moves_every_reference_and_keeps_an_alias(self):
        registry = sample()
        registry.lookup_enterprise('ent-wx-gas').props.parent_id = 'ent-wx-chip'
        n = len(registry.get_journal())
        registry.merge_enterprises('ent-wx-wafer', 'ent-wx-chip')
        self.assertIsNone(registry.lookup('ent-wx-chip'))
        self.assertEqual(registry.lookup_enterprise('ent-wx-chip').props.id, 'ent-wx-wafer')
        self.assertEqual(registry.lookup_need('need-003').props.enterprise_id, 'ent-wx-wafer')
        self.assertEqual(registry.lookup_need('need-007').props.enterprise_id, 'ent-wx-wafer')
        self.assertIn('ent-wx-wafer', registry.lookup_chain('chain-ic').props.leader_ids)
        members = registry.lookup_organization('org-wx-ic-committee').props.member_ids
        self.assertEqual(members.count('ent-wx-wafer'), 1)
        self.assertNotIn('ent-wx-chip', members)
        self.assertEqual(registry.lookup_enterprise('ent-wx-gas').props.parent_id, 'ent-wx-wafer')
        self.assertEqual(registry.dup_referrers('ent-wx-chip'), [])
        self.assertGreater(len(registry.get_journal()), n)
        self.assertEqual(len(registry.check('2024-01-01', 0)), len(sample().check('2024-01-01', 0)))
        again = Lian.Registry()
        again.load_from_data(registry.save_to_data()[0], -1)
        self.assertEqual(list(again.lookup_enterprise('ent-wx-wafer').props.aliases),
                         ['ent-wx-chip'])
        self.assertEqual(again.lookup_enterprise('ent-wx-chip').props.id, 'ent-wx-wafer')
        self.assertEqual(again.save_to_data()[0], registry.save_to_data()[0])

    def test_unmerge_puts_everything_back(self):
        registry = sample()
        before = registry.save_to_data()[0]
        registry.merge_enterprises('ent-wx-wafer', 'ent-wx-chip')
        registry.unmerge_enterprises('ent-wx-wafer', 'ent-wx-chip')
        self.assertEqual(registry.save_to_data()[0], before)
        with self.assertRaises(GLib.Error) as cm:
            registry.unmerge_enterprises('ent-wx-wafer', 'ent-wx-chip')
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.NOT_FOUND))

    def test_merge_of_an_unknown_enterprise_changes_nothing(self):
        registry = sample()
        before = registry.save_to_data()[0]
        with self.assertRaises(GLib.Error):
            registry.merge_enterprises('ent-wx-wafer', 'no-such')
        with self.assertRaises(GLib.Error):
            registry.merge_enterprises('ent-wx-wafer', 'ent-wx-wafer')
        self.assertEqual(registry.save_to_data()[0], before)


class DecisionTest(unittest.TestCase):
    def decide_and_reopen(self, path):
        registry = sheet_registry()
        store = Lian.Store.open(path)
        store.save(registry)
        store.close()
        registry = Lian.Registry.open(path)
        self.assertIn(('e17', 'e18'), pairs(registry))
        registry.decide_duplicate('e17', 'e18', False)
        registry.get_store().close()
        return Lian.Registry.open(path)

    def test_different_survives_reopening_a_document(self):
        with tempfile.TemporaryDirectory() as tmp:
            reopened = self.decide_and_reopen(os.path.join(tmp, 'reg.json'))
            self.assertNotIn(('e17', 'e18'), pairs(reopened))
            self.assertEqual(len(pairs(reopened)), 9)

    @unittest.skipUnless(hasattr(Lian, 'Store'), 'no stores')
    def test_different_survives_reopening_a_sqlite_store(self):
        with tempfile.TemporaryDirectory() as tmp:
            reopened = self.decide_and_reopen(os.path.join(tmp, 'reg.db'))
            self.assertNotIn(('e17', 'e18'), pairs(reopened))
            self.assertEqual(list(reopened.lookup_enterprise('e18').props.not_duplicates),
                             ['e17'])

    def test_a_decision_follows_a_merge(self):
        registry = sheet_registry()
        registry.decide_duplicate('e17', 'e18', False)
        registry.merge_enterprises('e05', 'e18')
        self.assertEqual(list(registry.lookup_enterprise('e17').props.not_duplicates), ['e05'])
        self.assertEqual(list(registry.lookup_enterprise('e05').props.not_duplicates), ['e17'])
        registry.unmerge_enterprises('e05', 'e18')
        self.assertEqual(list(registry.lookup_enterprise('e17').props.not_duplicates), ['e18'])
        self.assertEqual(list(registry.lookup_enterprise('e05').props.not_duplicates), [])

    def test_validate_no_longer_warns_of_a_pair_decided_apart(self):
        registry = sheet_registry()

        def warned():
            return [p.get_record_id() for p in registry.check('2024-01-01', 0)
                    if p.get_code() == 'duplicate-name']
        self.assertIn('e10', warned())
        registry.decide_duplicate('e09', 'e10', False)
        self.assertNotIn('e10', warned())

    def test_same_merges(self):
        registry = sheet_registry()
        registry.decide_duplicate('e05', 'e06', True)
        self.assertIsNone(registry.lookup('e06'))
        self.assertNotIn(('e05', 'e06'), pairs(registry))


NEEDS = ('企业编号,所属产业链,问题类别,需求标题,需求描述,提交日期\n'
         '{firm},chain-ic,融资,设备融资租赁,{text},2023-10-12\n')


class ImportTest(unittest.TestCase):
    def import_needs(self, registry, text, allow=False, firm='ent-wx-chip'):
        importer = Lian.CsvImporter(registry=registry, record_kind=Lian.RecordKind.NEED,
                                    allow_duplicates=allow)
        try:
            importer.import_data(NEEDS.format(firm=firm, text=text).encode())
        except GLib.Error:
            pass
        return importer

    def test_a_needs_sheet_imported_again_adds_nothing(self):
        registry = sample()
        self.assertEqual(self.import_needs(registry, '购置').get_n_imported(), 1)
        n = registry.count_records(Lian.RecordKind.NEED)
        again = self.import_needs(registry, '购置检测设备')
        self.assertEqual(again.get_n_imported(), 0)
        self.assertIn('the same need as', again.get_results()[0].props.message)
        self.assertEqual(registry.count_records(Lian.RecordKind.NEED), n)
        self.assertEqual(self.import_needs(registry, '购置检测设备', True).get_n_imported(), 1)

    def test_a_merged_id_still_names_the_enterprise(self):
        registry = sample()
        registry.merge_enterprises('ent-wx-wafer', 'ent-wx-chip')
        self.assertEqual(self.import_needs(registry, '购置').get_n_imported(), 1)
        added = [n for n in registry.get_needs() if n.props.title == '设备融资租赁']
        self.assertEqual(added[0].props.enterprise_id, 'ent-wx-wafer')

    def test_an_unknown_name_gets_did_you_mean(self):
        importer = self.import_needs(sample(), '购置', firm='华芯微电子（无锡）')
        self.assertIn('did you mean 无锡华芯微电子有限公司 (ent-wx-chip)?',
                      importer.get_results()[0].props.message)

    def test_an_enterprise_like_one_on_record_is_imported_with_a_warning(self):
        registry = sample()
        importer = Lian.CsvImporter(registry=registry, record_kind=Lian.RecordKind.ENTERPRISE)
        importer.import_data('企业名称,统一社会信用代码,所在地区代码\n'
                             '华芯微电子(无锡)有限公司,913202141234567802,320214\n'.encode())
        self.assertEqual(importer.get_n_imported(), 1)
        self.assertIn('likely the same enterprise as "ent-wx-chip"',
                      importer.get_results()[0].props.message)


if __name__ == '__main__':
    unittest.main()
