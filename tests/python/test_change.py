# SPDX-License-Identifier: LGPL-2.1-or-later
"""The registry's change path, revisions and journal, from Python."""
import os
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

SOURCE_DIR = os.environ.get('LIAN_SOURCE_DIR',
                            os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_DIR, 'data', 'jiangsu-sample.json')


class ChangeTest(unittest.TestCase):

    def setUp(self):
        self.reg = Lian.Registry(actor='analyst')
        self.reg.load_from_file(SAMPLE, None)
        self.need = self.reg.lookup_need('need-001')

    def test_setter_is_journaled(self):
        old = self.need.props.title
        self.assertEqual(self.need.props.revision, 1)
        self.need.props.title = '设备更新贷款'
        self.assertEqual(self.need.props.revision, 2)
        journal = self.reg.get_journal()
        self.assertEqual(len(journal), 1)
        change = journal[0]
        self.assertEqual(change.get_operation(), Lian.ChangeOperation.UPDATE)
        self.assertEqual(change.get_record(), self.need)
        self.assertEqual(change.get_record_kind(), Lian.RecordKind.NEED)
        self.assertEqual(change.get_actor(), 'analyst')
        self.assertEqual(change.get_fields(), ['title'])
        self.assertEqual(change.get_property_name(), 'title')
        self.assertEqual(change.get_before('title'), old)
        self.assertEqual(change.get_after('title'), '设备更新贷款')
        self.assertIsNone(change.get_before('due'))

    def test_update_raises_and_changes_nothing(self):
        with self.assertRaises(GLib.Error) as raised:
            self.reg.update(self.need, 'chain-id', 'ent-wx-chip')
        self.assertTrue(raised.exception.matches(Lian.registry_error_quark(),
                                                 Lian.RegistryError.WRONG_KIND))
        self.assertIn('chain_id', raised.exception.message)
        with self.assertRaises(GLib.Error):
            self.reg.update(self.need, 'no-such-property', 'x')
        self.assertEqual(len(self.reg.get_journal()), 0)
        self.assertEqual(self.need.props.revision, 1)
        self.reg.update(self.need, 'bottleneck', True)
        self.assertTrue(self.need.props.bottleneck)
        self.assertEqual(self.need.props.revision, 2)

    def test_journal_is_a_list_model_that_grows(self):
        seen = []
        journal = self.reg.get_journal()
        journal.connect('items-changed', lambda model, pos, removed, added: seen.append(pos))
        self.reg.move_need('need-001', Lian.NeedStatus.ACCEPTED, 'org-js-ic-alliance', None, None)
        self.reg.link_service('need-001', self.reg.get_services()[0].props.id)
        self.assertEqual(seen, [0, 1])
        self.assertIn('status', journal[0].get_fields())
        self.assertEqual([c.get_sequence() for c in journal], [1, 2])

    def test_journal_tells_additions_together(self):
        seen = []
        journal = self.reg.get_journal()
        journal.connect('items-changed',
                        lambda model, pos, removed, added: seen.append((pos, removed, added,
                                                                        len(model))))
        chains = [Lian.Chain(id=f'chain-new-{i}', name=f'新产业链{i}', region='320000')
                  for i in range(3)]
        self.reg.add_many(chains)
        self.assertEqual(seen, [(0, 0, 3, 3)])
        self.assertEqual([c.get_record().props.id for c in journal],
                         ['chain-new-0', 'chain-new-1', 'chain-new-2'])

    def test_batch_is_all_or_nothing(self):
        before = self.reg.save_to_data()[0]
        self.reg.begin_batch()
        self.need.props.title = '设备更新贷款'
        self.reg.lookup_enterprise('ent-wx-chip').props.employees = 1234
        self.need.props.enterprise_id = 'no-such-firm'      # refused: fails the batch
        with self.assertRaises(GLib.Error) as raised:
            self.reg.commit_batch()
        self.assertIn('no-such-firm', raised.exception.message)
        self.assertEqual(self.reg.save_to_data()[0], before)
        self.assertEqual(len(self.reg.get_journal()), 0)

        self.reg.begin_batch()
        self.need.props.title = '设备更新贷款'
        self.reg.lookup_enterprise('ent-wx-chip').props.employees = 1234
        self.assertEqual(len(self.reg.get_journal()), 0)
        self.reg.commit_batch()
        self.assertEqual([c.get_record_id() for c in self.reg.get_journal()],
                         ['need-001', 'ent-wx-chip'])

    def picture(self):
        wuxi = Lian.Filter(record_kind=Lian.RecordKind.ENTERPRISE, region='320200')
        needs = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320000')
        return ([e.props.id for e in self.reg.get_enterprises()],
                [n.props.id for n in self.reg.get_needs()],
                [e.props.id for e in self.reg.select(wuxi)],
                [n.props.id for n in self.reg.select(needs)],
                self.reg.save_to_data()[0])

    def test_undone_removal_keeps_its_place(self):
        for refused in (False, True):
            before = self.picture()
            firms = list(self.reg.get_enterprises())
            middle = firms[len(firms) // 2]
            self.reg.begin_batch()
            firms[0].props.employees = 4321
            self.reg.remove(middle.props.id, True)
            self.reg.add(Lian.Enterprise.new('ent-new', '新企业', '91320214745555318W', '320214'))
            self.assertNotEqual(self.picture(), before)
            if refused:
                self.reg.get_needs()[0].props.enterprise_id = 'no-such-firm'   # refused
                with self.assertRaises(GLib.Error):
                    self.reg.commit_batch()
            else:
                self.reg.abort_batch()
            self.assertEqual(self.picture(), before)
            self.assertIs(self.reg.lookup_enterprise(middle.props.id), middle)
            self.assertEqual(len(self.reg.get_journal()), 0)


if __name__ == '__main__':
    unittest.main()
