# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianFilter from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GObject, Lian  # noqa: E402


class FilterTest(unittest.TestCase):
    def test_keyword_construction_sets_has_status(self):
        f = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320200',
                        status=Lian.NeedStatus.RESOLVED)
        self.assertEqual(f.props.record_kind, Lian.RecordKind.NEED)
        self.assertEqual(f.props.region, '320200')
        self.assertEqual(f.props.status, Lian.NeedStatus.RESOLVED)
        self.assertTrue(f.props.has_status)
        self.assertTrue(f.get_has_status())

    def test_new_matches_everything(self):
        f = Lian.Filter.new(Lian.RecordKind.ENTERPRISE)
        self.assertEqual(f.get_record_kind(), Lian.RecordKind.ENTERPRISE)
        self.assertIsNone(f.get_region())
        self.assertIsNone(f.props.chain_id)
        self.assertFalse(f.props.has_status)
        self.assertFalse(f.props.open_only)
        self.assertEqual(f.props.categories, 0)
        self.assertEqual(f.props.tags, 0)
        self.assertIsNone(f.props.since)
        self.assertIsNone(f.props.until)
        self.assertIsNone(f.props.text)
        self.assertEqual(Lian.Filter().props.record_kind, Lian.RecordKind.NEED)

    def test_read_and_set_properties(self):
        f = Lian.Filter()
        f.props.chain_id = 'chain-1'
        f.props.open_only = True
        f.props.categories = Lian.NeedCategories.FINANCING | Lian.NeedCategories.LAND
        f.set_tags(Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LITTLE_GIANT)
        f.set_since('2023-01-01')
        f.props.until = '2023-12-31'
        f.props.text = '贷款'
        self.assertEqual(f.get_chain_id(), 'chain-1')
        self.assertTrue(f.get_open_only())
        self.assertEqual(f.get_categories(),
                         Lian.NeedCategories.FINANCING | Lian.NeedCategories.LAND)
        self.assertEqual(f.props.tags,
                         Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LITTLE_GIANT)
        self.assertEqual(f.props.since, '2023-01-01')
        self.assertEqual(f.get_until(), '2023-12-31')
        self.assertEqual(f.get_text(), '贷款')
        f.props.text = None
        self.assertIsNone(f.get_text())

    def test_has_status_is_read_only(self):
        f = Lian.Filter()
        pspec = f.find_property('has-status')
        self.assertFalse(pspec.flags & GObject.ParamFlags.WRITABLE)
        with self.assertRaises(TypeError):
            f.props.has_status = True

    def test_status_and_clear_status_notify(self):
        f = Lian.Filter()
        seen = []
        f.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        f.props.status = Lian.NeedStatus.SUBMITTED
        self.assertTrue(f.props.has_status)
        self.assertEqual(sorted(seen), ['has-status', 'status'])
        seen.clear()
        f.set_status(Lian.NeedStatus.SUBMITTED)
        self.assertEqual(seen, [])
        f.set_status(Lian.NeedStatus.CLOSED)
        self.assertEqual(seen, ['status'])
        seen.clear()
        f.clear_status()
        f.clear_status()
        self.assertEqual(seen, ['has-status'])
        self.assertFalse(f.props.has_status)
        self.assertEqual(f.props.status, Lian.NeedStatus.CLOSED)

    def test_notify_once_per_change(self):
        f = Lian.Filter.new(Lian.RecordKind.SERVICE)
        seen = []
        f.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        f.props.region = '320200'
        f.props.region = '320200'
        f.set_record_kind(Lian.RecordKind.SERVICE)
        f.set_open_only(False)
        f.props.tags = Lian.EnterpriseTags.LISTED
        f.props.tags = Lian.EnterpriseTags.LISTED
        self.assertEqual(seen, ['region', 'tags'])


if __name__ == '__main__':
    unittest.main()
