# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianServiceItem from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

LOAN = '科技贷款贴息'


class ServiceItemTest(unittest.TestCase):
    def test_keyword_construction_and_properties(self):
        cats = Lian.NeedCategories.FINANCING | Lian.NeedCategories.TECHNOLOGY
        item = Lian.ServiceItem(id='svc-loan', name=LOAN, kind=Lian.ServiceKind.POLICY,
                                provider='镇江市科技局', description='贷款贴息',
                                categories=cats, region='321100', chain_ids=['chain-ic'],
                                valid_from='2023-01-01', valid_until='2025-12-31',
                                keywords=['贷款', '贴息'])
        self.assertEqual(item.props.record_kind, Lian.RecordKind.SERVICE)
        self.assertEqual(item.props.kind, Lian.ServiceKind.POLICY)
        self.assertEqual(item.get_provider(), '镇江市科技局')
        self.assertEqual(item.props.description, '贷款贴息')
        self.assertEqual(item.props.categories, cats)
        self.assertEqual(item.get_region(), '321100')
        self.assertEqual(item.props.chain_ids, ['chain-ic'])
        self.assertEqual(item.get_valid_from(), '2023-01-01')
        self.assertEqual(item.props.valid_until, '2025-12-31')
        self.assertEqual(item.get_keywords(), ['贷款', '贴息'])
        self.assertTrue(item.serves_category(Lian.NeedCategory.TECHNOLOGY))
        self.assertFalse(item.serves_category(Lian.NeedCategory.LAND))
        item.props.kind = Lian.ServiceKind.CARRIER
        self.assertEqual(item.get_kind(), Lian.ServiceKind.CARRIER)
        self.assertTrue(item.validate())

    def test_notify_once_per_change(self):
        item = Lian.ServiceItem.new('svc-1', LOAN, Lian.ServiceKind.POLICY)
        seen = []
        item.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        item.props.categories = Lian.NeedCategories.TAX
        item.props.categories = Lian.NeedCategories.TAX
        item.set_valid_from('2023-01-01')
        item.set_valid_from('2023-01-01')
        self.assertEqual(seen, ['categories', 'valid-from'])

    def test_valid_on(self):
        item = Lian.ServiceItem.new('svc-1', LOAN, Lian.ServiceKind.POLICY)
        self.assertTrue(item.is_valid_on('2000-01-01'))
        item.props.valid_from = '2023-01-01'
        item.props.valid_until = '2023-12-31'
        self.assertFalse(item.is_valid_on('2022-12-31'))
        self.assertTrue(item.is_valid_on('2023-01-01'))
        self.assertTrue(item.is_valid_on('2023-12-31'))
        self.assertFalse(item.is_valid_on('2024-01-01'))

    def test_chain_scope_and_keywords(self):
        item = Lian.ServiceItem.new('svc-1', LOAN, Lian.ServiceKind.SERVICE)
        self.assertEqual(item.get_chain_ids(), [])
        self.assertTrue(item.applies_to_chain('chain-bio'))
        self.assertTrue(item.add_chain('chain-ic'))
        self.assertFalse(item.add_chain('chain-ic'))
        self.assertTrue(item.applies_to_chain('chain-ic'))
        self.assertFalse(item.applies_to_chain('chain-bio'))
        self.assertTrue(item.remove_chain('chain-ic'))
        self.assertTrue(item.applies_to_chain('chain-bio'))
        self.assertTrue(item.add_keyword('贷款'))
        self.assertTrue(item.add_keyword('贴息'))
        self.assertFalse(item.add_keyword('贷款'))
        self.assertTrue(item.remove_keyword('贷款'))
        self.assertFalse(item.remove_keyword('贷款'))
        self.assertEqual(item.props.keywords, ['贴息'])

    def test_validate_raises_naming_field(self):
        item = Lian.ServiceItem(id='svc-1', name=LOAN)
        with self.assertRaises(GLib.Error) as cm:
            item.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.MISSING))
        self.assertTrue(cm.exception.message.startswith('categories: '))
        item.props.categories = Lian.NeedCategories.FINANCING
        item.props.valid_from = '2024-01-01'
        item.props.valid_until = '2023-12-31'
        with self.assertRaises(GLib.Error) as cm:
            item.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_DATE))
        self.assertTrue(cm.exception.message.startswith('valid_until: '))
        item.props.valid_until = None
        item.props.keywords = ['贴息', '']
        with self.assertRaises(GLib.Error) as cm:
            item.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_VALUE))
        self.assertTrue(cm.exception.message.startswith('keywords[1]: '))


if __name__ == '__main__':
    unittest.main()
