# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianActivity from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402


class ActivityTest(unittest.TestCase):
    def test_keyword_construction_and_properties(self):
        act = Lian.Activity(id='act-1', name='推进会', kind=Lian.ActivityKind.CASE,
                            org_id='org-1', chain_id='chain-1', date='2023-05-18',
                            participants=30)
        self.assertEqual(act.props.id, 'act-1')
        self.assertEqual(act.props.kind, Lian.ActivityKind.CASE)
        self.assertEqual(act.props.record_kind, Lian.RecordKind.ACTIVITY)
        self.assertEqual(act.get_participants(), 30)
        act.props.participants = 31
        self.assertEqual(act.get_participants(), 31)
        act.set_date('2023-05-19')
        self.assertEqual(act.props.date, '2023-05-19')
        self.assertTrue(act.validate())

    def test_notify_once_per_change(self):
        act = Lian.Activity.new('act-1', Lian.ActivityKind.MEETING, '2023-05-18')
        seen = []
        act.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        act.props.participants = 5
        act.props.participants = 5
        act.set_kind(Lian.ActivityKind.MEETING)
        self.assertEqual(seen, ['participants'])

    def test_validate_raises_naming_field(self):
        act = Lian.Activity(id='act-1', date='2023-02-30')
        with self.assertRaises(GLib.Error) as cm:
            act.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_DATE))
        self.assertTrue(cm.exception.message.startswith('date: '))


if __name__ == '__main__':
    unittest.main()
