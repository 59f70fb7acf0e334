# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianRegion from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402


class RegionTest(unittest.TestCase):
    def test_keyword_construction_and_properties(self):
        region = Lian.Region(id='320214', name='新吴区')
        self.assertEqual(region.props.id, '320214')
        self.assertEqual(region.get_code(), '320214')
        self.assertEqual(region.props.name, '新吴区')
        self.assertEqual(region.props.record_kind, Lian.RecordKind.REGION)
        self.assertEqual(region.props.level, Lian.Level.COUNTY)
        self.assertEqual(region.props.parent_code, '320200')
        self.assertTrue(region.validate())

    def test_level_and_parent_from_code(self):
        city = Lian.Region.new('320200', '无锡市')
        self.assertEqual(city.get_level(), Lian.Level.CITY)
        self.assertEqual(city.props.parent_code, '320000')
        self.assertEqual(Lian.adcode_dup_parent(city.get_code()), '320000')
        province = Lian.Region.new('320000', '江苏省')
        self.assertEqual(province.get_level(), Lian.Level.PROVINCE)
        self.assertIsNone(province.props.parent_code)

    def test_invalid_code_reads_as_county(self):
        region = Lian.Region.new('32021', '新吴区')
        self.assertEqual(region.props.level, Lian.Level.COUNTY)
        self.assertIsNone(region.props.parent_code)

    def test_level_is_read_only(self):
        region = Lian.Region.new('320200', '无锡市')
        with self.assertRaises(TypeError):
            region.props.level = Lian.Level.PROVINCE
        self.assertEqual(region.props.level, Lian.Level.CITY)

    def test_validate_raises_naming_field(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.Region.new('990000', '某省').validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_REGION))
        self.assertTrue(cm.exception.message.startswith('id: '))

        with self.assertRaises(GLib.Error) as cm:
            Lian.Region(id='320200').validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.MISSING))
        self.assertTrue(cm.exception.message.startswith('name: '))


if __name__ == '__main__':
    unittest.main()
