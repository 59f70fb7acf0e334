# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianPartyOrg from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

ALLIANCE = '无锡市集成电路产业链党建联盟'


class PartyOrgTest(unittest.TestCase):
    def test_keyword_construction_and_properties(self):
        org = Lian.PartyOrg(id='org-wx-ic', name=ALLIANCE, kind=Lian.OrgKind.ALLIANCE,
                            level=Lian.Level.CITY, region='320200', parent_id='org-js',
                            chain_ids=['chain-ic'], member_ids=['ent-1', 'ent-2'],
                            party_members=1200, brand='芯联盟', founded='2021-06-30')
        self.assertEqual(org.props.id, 'org-wx-ic')
        self.assertEqual(org.props.name, ALLIANCE)
        self.assertEqual(org.props.record_kind, Lian.RecordKind.ORGANIZATION)
        self.assertEqual(org.props.kind, Lian.OrgKind.ALLIANCE)
        self.assertEqual(org.get_level(), Lian.Level.CITY)
        self.assertEqual(org.props.region, '320200')
        self.assertEqual(org.get_parent_id(), 'org-js')
        self.assertEqual(org.props.chain_ids, ['chain-ic'])
        self.assertEqual(org.get_member_ids(), ['ent-1', 'ent-2'])
        self.assertEqual(org.props.party_members, 1200)
        self.assertEqual(org.get_brand(), '芯联盟')
        self.assertEqual(org.props.founded, '2021-06-30')
        org.props.party_members = 1300
        self.assertEqual(org.get_party_members(), 1300)
        self.assertTrue(org.validate())

    def test_new_and_defaults(self):
        org = Lian.PartyOrg.new('org-1', ALLIANCE, Lian.OrgKind.BRANCH)
        self.assertEqual(org.props.kind, Lian.OrgKind.BRANCH)
        self.assertEqual(org.props.level, Lian.Level.PROVINCE)
        self.assertEqual(org.get_chain_ids(), [])
        self.assertEqual(org.props.member_ids, [])
        self.assertIsNone(org.props.parent_id)

    def test_lists(self):
        org = Lian.PartyOrg.new('org-1', ALLIANCE, Lian.OrgKind.ALLIANCE)
        seen = []
        org.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        self.assertTrue(org.add_chain('chain-ic'))
        self.assertTrue(org.add_chain('chain-ev'))
        self.assertFalse(org.add_chain('chain-ic'))
        self.assertEqual(org.get_chain_ids(), ['chain-ic', 'chain-ev'])
        self.assertTrue(org.serves_chain('chain-ev'))
        self.assertTrue(org.remove_chain('chain-ic'))
        self.assertFalse(org.remove_chain('chain-ic'))
        self.assertFalse(org.serves_chain('chain-ic'))
        self.assertTrue(org.add_member('ent-1'))
        self.assertFalse(org.add_member('ent-1'))
        self.assertTrue(org.has_member('ent-1'))
        self.assertTrue(org.remove_member('ent-1'))
        self.assertFalse(org.has_member('ent-1'))
        self.assertEqual(seen, ['chain-ids'] * 3 + ['member-ids'] * 2)
        org.props.member_ids = ['ent-2', 'ent-3']
        self.assertEqual(org.get_member_ids(), ['ent-2', 'ent-3'])

    def test_grassroots(self):
        org = Lian.PartyOrg.new('org-1', ALLIANCE, Lian.OrgKind.ALLIANCE)
        self.assertFalse(Lian.PartyOrg.kind_is_grassroots(org.props.kind))
        org.props.kind = Lian.OrgKind.ACTION_BRANCH
        self.assertTrue(Lian.PartyOrg.kind_is_grassroots(org.props.kind))
        self.assertTrue(Lian.PartyOrg.kind_is_grassroots(Lian.OrgKind.ENTERPRISE))
        self.assertFalse(Lian.PartyOrg.kind_is_grassroots(Lian.OrgKind.SERVICE_TEAM))

    def test_validate_raises_naming_field(self):
        org = Lian.PartyOrg(id='org-1', name=ALLIANCE, parent_id='org-1')
        with self.assertRaises(GLib.Error) as cm:
            org.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_VALUE))
        self.assertEqual(cm.exception.message,
                         'parent_id: an organisation cannot be its own parent')
        org.props.parent_id = None
        org.props.region = '3202'
        with self.assertRaises(GLib.Error) as cm:
            org.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_REGION))
        self.assertTrue(cm.exception.message.startswith('region: '))
        org.props.region = '320200'
        org.props.founded = '2021-13-01'
        with self.assertRaises(GLib.Error) as cm:
            org.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_DATE))
        self.assertTrue(cm.exception.message.startswith('founded: '))

    def test_validate_requires_name(self):
        org = Lian.PartyOrg(id='org-1')
        with self.assertRaises(GLib.Error) as cm:
            org.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.MISSING))
        self.assertTrue(cm.exception.message.startswith('name: '))


if __name__ == '__main__':
    unittest.main()
