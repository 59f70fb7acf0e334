# SPDX-License-Identifier: LGPL-2.1-or-later
"""Errors, enums, codes and dates as Python sees them."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402


class UsccTest(unittest.TestCase):
    def test_normalize_strips_spaces_and_lower_case(self):
        self.assertEqual(Lian.uscc_normalize('9132 0214 7455 5531 8w'),
                         '91320214745555318W')

    def test_normalize_names_expected_check_character(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.uscc_normalize('91110000600037341N')
        err = cm.exception
        self.assertEqual(err.domain, GLib.quark_to_string(Lian.data_error_quark()))
        self.assertTrue(err.matches(Lian.data_error_quark(), Lian.DataError.INVALID_USCC))
        self.assertIn("'L'", err.message)

    def test_complete_appends_check_character(self):
        self.assertEqual(Lian.uscc_complete('91320214745555318'), '91320214745555318W')
        self.assertEqual(Lian.uscc_complete('12120000401359081'), '121200004013590816')
        with self.assertRaises(GLib.Error) as cm:
            Lian.uscc_complete('9132021474555531')
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_USCC))
        self.assertIn('17', cm.exception.message)

    def test_vectors(self):
        for code in ['91320214745555318W', '913205056082348768',
                     '91110000600037341L', '121200004013590816']:
            self.assertTrue(Lian.uscc_is_valid(code), code)
        for code in ['91110000600037341N', '9111000060003IOZSV', '12345']:
            self.assertFalse(Lian.uscc_is_valid(code), code)


class RegionCodeTest(unittest.TestCase):
    def test_levels_parents_and_names(self):
        self.assertEqual(Lian.adcode_get_level('320214'), Lian.Level.COUNTY)
        self.assertEqual(Lian.adcode_dup_parent('320214'), '320200')
        self.assertEqual(Lian.adcode_dup_parent('320200'), '320000')
        self.assertIsNone(Lian.adcode_dup_parent('320000'))
        self.assertTrue(Lian.adcode_contains('320000', '320582'))
        self.assertFalse(Lian.adcode_contains('320200', '320582'))
        self.assertEqual(Lian.adcode_get_name('321100'), '镇江市')

    def test_check_raises(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.adcode_check('990000')
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_REGION))

    def test_beside_uscc_at_namespace_level(self):
        # As Lian.uscc_*, not as static methods of Lian.Region.
        for name in ['is_valid', 'check', 'get_level', 'dup_parent', 'contains', 'get_name']:
            self.assertTrue(callable(getattr(Lian, 'adcode_' + name)), name)
        self.assertTrue(Lian.adcode_is_valid('320214'))
        self.assertFalse(Lian.adcode_is_valid('990000'))

    def test_old_names_still_work(self):
        self.assertEqual(Lian.Region.code_get_level('320214'), Lian.Level.COUNTY)
        self.assertEqual(Lian.Region.code_dup_parent('320214'), '320200')
        self.assertTrue(Lian.Region.code_is_valid('320214'))


class EnumTest(unittest.TestCase):
    ENUMS = [Lian.Level, Lian.ChainTier, Lian.ChainRole, Lian.EnterpriseSize,
             Lian.OrgKind, Lian.ServiceKind, Lian.NeedCategory, Lian.NeedStatus,
             Lian.ProjectStatus, Lian.ActivityKind, Lian.RecordKind]

    def test_every_nick_round_trips(self):
        for enum in self.ENUMS:
            for value in enum.__enum_values__.values():
                nick = Lian.enum_to_nick(enum, int(value))
                self.assertIsNotNone(nick)
                ok, back = Lian.enum_from_nick(enum, nick)
                self.assertTrue(ok)
                self.assertEqual(back, int(value))

    def test_document_strings(self):
        self.assertEqual(Lian.enum_to_nick(Lian.NeedStatus, Lian.NeedStatus.IN_PROGRESS),
                         'in-progress')
        self.assertEqual(Lian.enum_to_nick(Lian.OrgKind, Lian.OrgKind.CHAIN_COMMITTEE),
                         'chain-committee')

    def test_unknown_nick_raises_with_expected_list(self):
        with self.assertRaises(GLib.Error) as cm:
            Lian.enum_from_nick(Lian.NeedStatus, 'done')
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.UNKNOWN_NICK))
        self.assertIn('expected one of submitted, accepted', cm.exception.message)

    def test_flags(self):
        ok, tags = Lian.flags_from_nicks(Lian.EnterpriseTags, ['srdi', 'listed'])
        self.assertTrue(ok)
        self.assertEqual(tags, int(Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LISTED))
        self.assertEqual(Lian.flags_to_nicks(Lian.EnterpriseTags, tags), ['srdi', 'listed'])
        with self.assertRaises(GLib.Error):
            Lian.flags_from_nicks(Lian.NeedCategories, ['financing', 'nope'])


class ErrorDomainTest(unittest.TestCase):
    def test_each_domain_and_code(self):
        cases = [
            (lambda: Lian.uscc_normalize('12345'), Lian.data_error_quark(),
             Lian.DataError.INVALID_USCC),
            (lambda: Lian.date_check('2023-02-30'), Lian.data_error_quark(),
             Lian.DataError.INVALID_DATE),
            (lambda: Lian.Record.check_id('a b'), Lian.data_error_quark(),
             Lian.DataError.INVALID_ID),
        ]
        for call, domain, code in cases:
            with self.assertRaises(GLib.Error) as cm:
                call()
            self.assertTrue(cm.exception.matches(domain, code), cm.exception.message)
        self.assertNotEqual(Lian.format_error_quark(), Lian.registry_error_quark())


class DateAndVersionTest(unittest.TestCase):
    def test_dates(self):
        self.assertTrue(Lian.date_is_valid('2024-02-29'))
        self.assertFalse(Lian.date_is_valid('2023-02-29'))
        self.assertEqual(Lian.date_days_between('2023-07-11', '2023-07-14'), 3)

    def test_version(self):
        self.assertEqual(Lian.get_version_string(),
                         '%d.%d.%d' % (Lian.get_major_version(), Lian.get_minor_version(),
                                       Lian.get_micro_version()))


if __name__ == '__main__':
    unittest.main()
