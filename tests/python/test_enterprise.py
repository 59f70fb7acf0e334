# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianEnterprise and LianChainLink from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

USCC_WX = '91320214745555318W'
USCC_SZ = '913205056082348768'


def make_enterprise():
    return Lian.Enterprise.new('ent-wx', '无锡华润微电子有限公司', USCC_WX, '320214')


class ChainLinkTest(unittest.TestCase):
    def test_new_and_getters(self):
        link = Lian.ChainLink.new('chain-ic', '封装测试', Lian.ChainRole.LEADER)
        self.assertEqual(link.get_chain_id(), 'chain-ic')
        self.assertEqual(link.get_segment(), '封装测试')
        self.assertEqual(link.get_role(), Lian.ChainRole.LEADER)
        bare = Lian.ChainLink.new('chain-bio', None, Lian.ChainRole.SERVICE)
        self.assertIsNone(bare.get_segment())

    def test_equal(self):
        a = Lian.ChainLink.new('chain-ic', None, Lian.ChainRole.CORE)
        self.assertTrue(a.equal(Lian.ChainLink.new('chain-ic', None, Lian.ChainRole.CORE)))
        self.assertFalse(a.equal(Lian.ChainLink.new('chain-ic', None, Lian.ChainRole.LEADER)))
        self.assertFalse(a.equal(Lian.ChainLink.new('chain-ic', 'design', Lian.ChainRole.CORE)))
        self.assertFalse(a.equal(None))


class EnterpriseTest(unittest.TestCase):
    def test_keyword_construction_and_properties(self):
        ent = Lian.Enterprise(id='ent-sz', name='苏州某某科技有限公司', uscc=USCC_SZ,
                              region='320505', size=Lian.EnterpriseSize.SMALL,
                              tags=Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.PRIVATE,
                              employees=120, party_members=9, contact_name='王经理',
                              contact_phone='0512-66668888', parent_id='ent-hq-sh')
        self.assertEqual(ent.props.id, 'ent-sz')
        self.assertEqual(ent.props.record_kind, Lian.RecordKind.ENTERPRISE)
        self.assertEqual(ent.props.uscc, USCC_SZ)
        self.assertEqual(ent.get_region(), '320505')
        self.assertEqual(ent.props.size, Lian.EnterpriseSize.SMALL)
        self.assertEqual(ent.props.employees, 120)
        self.assertEqual(ent.get_party_members(), 9)
        self.assertEqual(ent.props.contact_name, '王经理')
        self.assertEqual(ent.get_contact_phone(), '0512-66668888')
        self.assertEqual(ent.props.parent_id, 'ent-hq-sh')
        self.assertEqual(ent.props.chain_ids, [])
        ent.props.party_members = 10
        self.assertEqual(ent.get_party_members(), 10)
        ent.set_size(Lian.EnterpriseSize.MEDIUM)
        self.assertEqual(ent.props.size, Lian.EnterpriseSize.MEDIUM)
        self.assertTrue(ent.validate())

    def test_defaults(self):
        ent = make_enterprise()
        self.assertEqual(ent.props.name, '无锡华润微电子有限公司')
        self.assertEqual(ent.props.size, Lian.EnterpriseSize.UNKNOWN)
        self.assertEqual(ent.props.tags, Lian.EnterpriseTags.NONE)
        self.assertIsNone(ent.props.parent_id)
        self.assertEqual(ent.get_chain_links(), [])
        self.assertEqual(ent.get_chain_ids(), [])

    def test_tags_are_flags(self):
        ent = make_enterprise()
        ent.props.tags = Lian.EnterpriseTags.HIGH_TECH | Lian.EnterpriseTags.LISTED
        tags = ent.get_tags()
        self.assertIsInstance(tags, Lian.EnterpriseTags)
        self.assertTrue(tags & Lian.EnterpriseTags.LISTED)
        self.assertFalse(tags & Lian.EnterpriseTags.SRDI)
        self.assertTrue(ent.has_tag(Lian.EnterpriseTags.HIGH_TECH))
        self.assertTrue(ent.has_tag(Lian.EnterpriseTags.HIGH_TECH | Lian.EnterpriseTags.LISTED))
        self.assertFalse(ent.has_tag(Lian.EnterpriseTags.HIGH_TECH | Lian.EnterpriseTags.SRDI))
        ent.set_tags(tags | Lian.EnterpriseTags.SRDI)
        self.assertTrue(ent.has_tag(Lian.EnterpriseTags.SRDI))
        self.assertEqual(int(ent.props.tags), (1 << 0) | (1 << 2) | (1 << 3))

    def test_notify_once_per_change(self):
        ent = make_enterprise()
        seen = []
        ent.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        ent.props.employees = 500
        ent.props.employees = 500
        ent.set_tags(Lian.EnterpriseTags.STATE_OWNED)
        ent.set_tags(Lian.EnterpriseTags.STATE_OWNED)
        ent.set_uscc(USCC_WX)
        self.assertEqual(seen, ['employees', 'tags'])

    def test_chain_links_as_a_list(self):
        ent = make_enterprise()
        seen = []
        ent.connect('notify::chain-ids', lambda obj, pspec: seen.append(pspec.name))
        ent.add_chain_link('chain-ic', '封装测试', Lian.ChainRole.LEADER)
        ent.add_chain_link('chain-auto', None, Lian.ChainRole.SUPPORTING)
        ent.add_chain_link('chain-bio', None, Lian.ChainRole.SERVICE)
        links = ent.get_chain_links()
        self.assertIsInstance(links, list)
        self.assertEqual(len(links), 3)
        self.assertEqual([link.get_chain_id() for link in links],
                         ['chain-ic', 'chain-auto', 'chain-bio'])
        self.assertEqual(links[0].get_segment(), '封装测试')
        self.assertEqual(links[1].get_role(), Lian.ChainRole.SUPPORTING)
        self.assertEqual(ent.props.chain_ids, ['chain-ic', 'chain-auto', 'chain-bio'])
        self.assertEqual(ent.get_chain_ids(), ['chain-ic', 'chain-auto', 'chain-bio'])
        self.assertEqual(len(seen), 3)

        # Replaced in place; the same link again changes nothing.
        ent.add_chain_link('chain-auto', '电池', Lian.ChainRole.CORE)
        ent.add_chain_link('chain-auto', '电池', Lian.ChainRole.CORE)
        self.assertEqual(len(seen), 4)
        self.assertEqual(ent.get_chain_ids(), ['chain-ic', 'chain-auto', 'chain-bio'])
        link = ent.get_chain_link('chain-auto')
        self.assertEqual((link.get_segment(), link.get_role()), ('电池', Lian.ChainRole.CORE))
        # A link taken earlier still says what it said.
        self.assertEqual(links[1].get_role(), Lian.ChainRole.SUPPORTING)

        self.assertTrue(ent.remove_chain_link('chain-ic'))
        self.assertFalse(ent.remove_chain_link('chain-ic'))
        self.assertIsNone(ent.get_chain_link('chain-ic'))
        self.assertEqual(ent.props.chain_ids, ['chain-auto', 'chain-bio'])
        self.assertEqual(len(seen), 5)

    def assertDataError(self, ent, code, prefix):
        with self.assertRaises(GLib.Error) as cm:
            ent.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(), code),
                        cm.exception.message)
        self.assertTrue(cm.exception.message.startswith(prefix), cm.exception.message)
        return cm.exception

    def test_validate_raises_naming_field(self):
        ent = make_enterprise()
        ent.set_uscc('91320214745555318X')
        err = self.assertDataError(ent, Lian.DataError.INVALID_USCC, 'uscc: ')
        self.assertEqual(err.message, "uscc: check character is 'W', not 'X'")
        ent.set_uscc('91320214745555318w')
        self.assertDataError(ent, Lian.DataError.INVALID_USCC, 'uscc: ')
        self.assertEqual(ent.props.uscc, '91320214745555318w')
        ent.set_uscc(USCC_WX)

        ent.props.name = None
        self.assertDataError(ent, Lian.DataError.MISSING, 'name: ')
        ent.props.name = '无锡华润微电子有限公司'
        ent.props.region = '990000'
        self.assertDataError(ent, Lian.DataError.INVALID_REGION, 'region: ')
        ent.props.region = '320214'
        ent.props.parent_id = 'ent-wx'
        self.assertDataError(ent, Lian.DataError.INVALID_VALUE, 'parent_id: ')
        ent.props.parent_id = None
        ent.add_chain_link('chain-ic', None, Lian.ChainRole.CORE)
        ent.add_chain_link('chain bio', None, Lian.ChainRole.CORE)
        self.assertDataError(ent, Lian.DataError.INVALID_ID, 'chain_links[1].chain: ')
        ent.remove_chain_link('chain bio')
        ent.add_chain_link('chain-ic', '', Lian.ChainRole.CORE)
        self.assertDataError(ent, Lian.DataError.INVALID_VALUE, 'chain_links[0].segment: ')
        ent.add_chain_link('chain-ic', 'design', Lian.ChainRole.CORE)
        self.assertTrue(ent.validate())


if __name__ == '__main__':
    unittest.main()
