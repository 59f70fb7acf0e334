# SPDX-License-Identifier: LGPL-2.1-or-later
"""Demand posts, capabilities, responses, supplier matching and the code
tables from Python, against tests/data/docking.json (known answers)."""
import locale
import os
import sqlite3
import tempfile
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

DOCKING = os.path.join(os.environ.get('LIAN_SOURCE_DIR', '.'), 'tests', 'data', 'docking.json')


def load():
    registry = Lian.Registry.new()
    registry.load_from_file(DOCKING, None)
    return registry


class DockingTest(unittest.TestCase):
    def tearDown(self):
        Lian.set_language(None)

    def test_post_properties_and_validation(self):
        post = Lian.DemandPost(id='post-9', enterprise_id='ent-1', chain_id='chain-1',
                               product='压铸件', industry_code='3670', quantity=500, unit='件',
                               published='2024-03-01', delivery_until='2024-05-31',
                               visibility=Lian.PostVisibility.EVERYONE)
        self.assertEqual(post.props.record_kind, Lian.RecordKind.POST)
        self.assertEqual(post.get_status(), Lian.PostStatus.OPEN)
        self.assertTrue(post.validate())
        post.props.industry_code = '9999'
        with self.assertRaises(GLib.Error) as cm:
            post.validate()
        self.assertIn('industry_code: industry code "9999"', cm.exception.message)

    def test_capability_lists(self):
        cap = Lian.Capability.new('cap-9', 'ent-1')
        cap.props.certifications = ['ISO 9001']
        cap.props.regions = ['310000']
        cap.props.capacity = 700
        cap.props.period = Lian.CapacityPeriod.WEEK
        self.assertEqual(cap.get_certifications(), ['ISO 9001'])
        self.assertEqual(cap.get_capacity_for_days(14), 1400)
        self.assertTrue(cap.validate())

    def test_move_response_through_the_registry(self):
        registry = load()
        registry.move_response('resp-3', Lian.ResponseStatus.SHORTLISTED, '2024-04-10')
        resp = registry.lookup('resp-3')
        self.assertEqual(resp.get_moves(), ['2024-04-03 submitted', '2024-04-10 shortlisted'])
        self.assertEqual(len(registry.get_journal()), 1)
        with self.assertRaises(GLib.Error) as cm:
            registry.move_response('resp-3', Lian.ResponseStatus.DRAFT, '2024-04-11')
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.ILLEGAL_TRANSITION))
        self.assertEqual(resp.get_status(), Lian.ResponseStatus.SHORTLISTED)
        self.assertEqual(len(registry.get_journal()), 1)

    def test_match_post_known_answers(self):
        matcher = Lian.Matcher.new(load())
        matches = list(matcher.match_post('post-1', 0))
        self.assertEqual([m.get_enterprise_id() for m in matches],
                         ['ent-parts-wx', 'ent-parts-sh', 'ent-metal-sz'])
        self.assertEqual([m.get_score() for m in matches], [90, 50, 25])
        self.assertEqual(matches[1].get_reasons(),
                         ['industry class 3670', 'can make 73333 件 in the window (20000 wanted)',
                          'serves 江苏省'])
        self.assertEqual([p.get_id() for p in matcher.find_post_gaps()], ['post-2'])

    def test_match_reasons_in_chinese(self):
        Lian.set_language('zh_CN')
        matcher = Lian.Matcher.new(load())
        best = matcher.match_post('post-1', 1)[0]
        self.assertEqual(best.get_reasons()[0], '同链上游：零部件 在 整车制造 之前')

    def test_code_tables(self):
        ok, name, level, parent = Lian.industry_code_lookup('36')
        self.assertTrue(ok)
        self.assertEqual((name, level, parent), ('汽车制造业', Lian.IndustryLevel.DIVISION, 'C'))
        self.assertEqual(Lian.industry_code_lookup('3392')[1:], ('有色金属铸造', Lian.IndustryLevel.CLASS, '339'))
        self.assertFalse(Lian.industry_code_lookup('3672')[0])
        ok, name, level, parent = Lian.adcode_lookup('310115')
        self.assertEqual((ok, name, level, parent), (True, '浦东新区', Lian.Level.COUNTY, '310100'))
        self.assertTrue(Lian.adcode_is_valid('440300'))
        for code in ('329999', '990000'):
            with self.assertRaises(GLib.Error) as cm:
                Lian.adcode_check(code)
            self.assertIn(f'"{code}"', cm.exception.message)
        self.assertEqual(Lian.adcodes_get_edition(), '2023')
        self.assertEqual(Lian.industry_codes_get_edition(), 'GB/T 4754-2017')


    def test_summary_outcomes(self):
        summary = Lian.Summary.new(load(), None, '2024-12-31')
        self.assertEqual((summary.get_n_posts(), summary.get_n_responses(), summary.get_n_awards()),
                         (4, 3, 1))
        self.assertEqual(summary.get_awarded_yuan(), 1200000)
        self.assertEqual(summary.get_award_share_same_chain(), 1.0)
        self.assertEqual(summary.get_award_share_same_province(), 1.0)

    @unittest.skipUnless(hasattr(Lian.Store, 'open'), 'no SQLite store')
    def test_sqlite_store_keeps_the_new_kinds(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'docking.sqlite')
            store = Lian.Store.open(path)
            store.save(load())
            store.close()
            registry = Lian.Registry.open(path)
            registry.move_response('resp-3', Lian.ResponseStatus.SHORTLISTED, '2024-04-10')
            registry.get_store().close()
            db = sqlite3.connect(path)
            self.assertEqual(db.execute("SELECT quantity, unit, status FROM posts WHERE id = 'post-1'")
                             .fetchone(), (20000, '件', 'awarded'))
            self.assertEqual([r[0] for r in db.execute(
                "SELECT value FROM responses_moves WHERE record_id = 'resp-3' ORDER BY position")],
                ['2024-04-03 submitted', '2024-04-10 shortlisted'])
            self.assertEqual(db.execute("SELECT count(*) FROM capabilities").fetchone(), (6,))
            db.close()
            again = Lian.Registry.open(path)
            self.assertEqual(again.lookup('resp-3').get_status(), Lian.ResponseStatus.SHORTLISTED)
            self.assertEqual(again.lookup('cap-parts-sh').get_regions(), ['320000', '310000'])
            again.get_store().close()


if __name__ == '__main__':
    locale.setlocale(locale.LC_ALL, '')
    unittest.main()
