# SPDX-License-Identifier: LGPL-2.1-or-later
"""The jiangsu-2023 profile from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402


class GeneratorTest(unittest.TestCase):
    def test_profile_counts(self):
        reg = Lian.Registry()
        self.assertIn('jiangsu-2023', Lian.Registry.list_profiles())
        reg.generate('jiangsu-2023', 1, 42)
        self.assertEqual(len(reg.get_enterprises()), 28283)
        self.assertEqual(len(reg.get_needs()), 17469)
        wuxi = Lian.Filter(record_kind=Lian.RecordKind.SERVICE, region='320200')
        self.assertEqual(len(reg.select(wuxi)), 499)

    def test_unknown_profile(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.Registry().generate('nowhere', 1, 1)
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_VALUE))


if __name__ == '__main__':
    unittest.main()
