# SPDX-License-Identifier: LGPL-2.1-or-later
"""People, roles and scopes enforced; what a person reads; work queues."""
import os
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

SOURCE_DIR = os.environ.get('LIAN_SOURCE_DIR',
                            os.path.join(os.path.dirname(__file__), '..', '..'))
PEOPLE = os.path.join(SOURCE_DIR, 'tests', 'data', 'people', 'register.json')
ON = '2026-12-01'


def people():
    reg = Lian.Registry()
    reg.load_from_file(PEOPLE, None)
    return reg


def ids(records):
    return [r.get_id() for r in records]


class ActorTest(unittest.TestCase):

    def test_person_record(self):
        person = Lian.Actor.new('p-new', '新人', Lian.Roles.CLERK | Lian.Roles.REVIEWER)
        person.set_regions(['320205'])
        person.props.org_id = 'org-xs'
        self.assertTrue(person.has_role(Lian.Roles.REVIEWER))
        self.assertFalse(person.has_role(Lian.Roles.ADMINISTRATOR))
        self.assertEqual(person.get_record_kind(), Lian.RecordKind.PERSON)
        self.assertFalse(person.is_unlimited())
        reg = people()
        reg.add(person)
        self.assertIs(reg.lookup('p-new'), person)
        self.assertTrue(reg.has_people())

    def test_county_clerk_write_elsewhere_refused(self):
        reg = people()
        before = reg.save_to_data()[0]
        reg.act_as('p-xs-clerk')
        self.assertEqual(reg.props.actor, 'p-xs-clerk')
        self.assertEqual(reg.props.person.get_id(), 'p-xs-clerk')
        need = reg.lookup_need('need-hs-1')
        with self.assertRaises(GLib.Error) as cm:
            reg.update(need, 'title', '改掉别区的需求')
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.PERMISSION))
        self.assertIn('rule "scope"', cm.exception.message)
        firm = Lian.Enterprise.new('ent-ks-new', '昆山新企业', '91320581608159327W', '320583')
        with self.assertRaises(GLib.Error):
            reg.add(firm)
        with self.assertRaises(GLib.Error):
            reg.remove('ent-hs-wafer', True)
        self.assertEqual(len(reg.get_journal()), 0)
        self.assertEqual(reg.save_to_data()[0], before)
        reg.update(reg.lookup_need('need-xs-2'), 'title', '本区修改')
        self.assertEqual(reg.get_journal()[0].get_actor(), 'p-xs-clerk')

    def test_a_refused_move_raises_in_a_batch_too(self):
        """A need's own transition() says why the registry refused it, in a
        batch as outside one, and the batch's commit says it again."""
        reg = people()
        reg.act_as('p-xs-clerk')   # a clerk may not move needs (rule "routing")
        need = reg.lookup_need('need-xs-1')
        status = need.props.status
        with self.assertRaises(GLib.Error) as cm:
            need.transition(Lian.NeedStatus.CLOSED, None, '结案', None)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.PERMISSION))
        reg.begin_batch()
        with self.assertRaises(GLib.Error) as cm:
            need.transition(Lian.NeedStatus.CLOSED, None, '结案', None)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.PERMISSION))
        with self.assertRaises(GLib.Error):
            reg.commit_batch()
        self.assertEqual(need.props.status, status)
        self.assertEqual(len(reg.get_journal()), 0)

    def test_city_coordinator_assigns_in_its_counties(self):
        reg = people()
        reg.act_as('p-wx-coord')
        reg.assign_need('need-xs-2', 'org-xs', '2026-12-20')
        reg.move_need('need-hs-1', Lian.NeedStatus.IN_PROGRESS, None, None, None)
        self.assertEqual(reg.lookup_need('need-hs-1').get_history()[-1].get_actor(), 'p-wx-coord')
        with self.assertRaises(GLib.Error) as cm:
            reg.assign_need('need-ks-1', 'org-wx', None)
        self.assertEqual(cm.exception.code, Lian.RegistryError.PERMISSION)
        self.assertEqual(reg.lookup_need('need-ks-1').props.assignee_id, 'org-ks')

    def test_reads_by_scope(self):
        reg = people()
        reg.act_as('p-xs-clerk')
        county = reg.dup_visible()
        self.assertEqual(ids(county.get_enterprises()), ['ent-xs-chip'])
        csv = county.export_csv_to_data(Lian.Filter.new(Lian.RecordKind.ENTERPRISE),
                                        Lian.CsvExportFlags.NONE)
        self.assertNotIn('惠山晶圆', csv)
        self.assertNotIn('昆山电路板', csv)
        dashboard = Lian.report_dashboard(county, '320000', Lian.ReportFormat.MARKDOWN,
                                          Lian.ReportFlags.NONE)
        self.assertNotIn('昆山电路板', dashboard)
        reg.act_as('p-wx-coord')
        self.assertEqual(sorted(ids(reg.dup_visible().get_enterprises())),
                         ['ent-hs-wafer', 'ent-xs-chip'])
        reg.act_as('p-js-reviewer')
        self.assertEqual(len(reg.dup_visible().get_enterprises()), 3)

    def test_queues_and_escalation(self):
        reg = people()
        self.assertEqual(reg.get_service_level(Lian.NeedCategory.TECHNOLOGY), (True, 3, 30))
        self.assertEqual(reg.dup_need_deadline(reg.lookup_need('need-xs-2')), '2026-11-28')
        Q = Lian.QueueKind
        self.assertEqual(ids(reg.dup_queue('org-xs', Q.OVERDUE, ON, 0)), ['need-xs-1'])
        self.assertEqual(ids(reg.dup_queue('org-hs', Q.DUE_SOON, ON, 7)), ['need-hs-1'])
        self.assertEqual(ids(reg.dup_queue('org-ks', Q.STALLED, ON, 30)), ['need-ks-1'])
        self.assertEqual(ids(reg.dup_queue('org-wx', Q.ESCALATED, ON, 0)), ['need-xs-1'])
        self.assertEqual(ids(reg.dup_queue('org-js', Q.ESCALATED, ON, 0)), [])
        digest = reg.write_digest('org-wx', ON, 7, False)
        self.assertIn('need-xs-1', digest)
        self.assertIn('138****0001', digest)
        self.assertNotIn('13800000001', digest)


class ScopeTest(unittest.TestCase):

    def test_organisation_subtree_and_chains(self):
        reg = people()
        sub = Lian.Actor.new('p-wx-org', '无锡组织员', Lian.Roles.COORDINATOR)
        sub.set_scope_org_id('org-wx')
        self.assertEqual(sub.get_scope_org_id(), 'org-wx')
        reg.add(sub)
        self.assertTrue(reg.in_scope(sub, reg.lookup('org-xs')))
        self.assertTrue(reg.in_scope(sub, reg.lookup('org-wx')))
        self.assertFalse(reg.in_scope(sub, reg.lookup('org-ks')))
        self.assertTrue(reg.in_scope(sub, reg.lookup('need-xs-1')))   # assigned to org-xs
        self.assertFalse(reg.in_scope(sub, reg.lookup('need-ks-1')))
        on_chain = Lian.Actor.new('p-ic', '集成电路链长办', Lian.Roles.REVIEWER)
        on_chain.set_chain_ids(['chain-ic'])
        self.assertEqual(list(on_chain.get_chain_ids()), ['chain-ic'])
        reg.add(on_chain)
        self.assertTrue(reg.in_scope(on_chain, reg.lookup('ent-ks-board')))
        self.assertFalse(reg.in_scope(on_chain, reg.lookup('320205')))

    def test_person_property_and_may_read(self):
        reg = people()
        self.assertIsNone(reg.get_person())
        self.assertTrue(reg.may_read(reg.lookup('ent-ks-board')))
        reg.set_person(reg.lookup('p-xs-clerk'))
        self.assertEqual(reg.get_person().get_id(), 'p-xs-clerk')
        self.assertFalse(reg.may_read(reg.lookup('ent-ks-board')))
        self.assertTrue(reg.may_read(reg.lookup('chain-ic')))
        reg.props.person = None
        self.assertTrue(reg.may_read(reg.lookup('ent-ks-board')))
        # A person may not hand out more than they hold.
        admin = Lian.Actor.new('p-wx-admin', '无锡管理员', Lian.Roles.ADMINISTRATOR)
        admin.set_regions(['320200'])
        reg.add(admin)
        reg.set_person(admin)
        wide = Lian.Actor.new('p-wide', '越权', Lian.Roles.CLERK)
        wide.set_regions(['320000'])
        wide.props.org_id = 'org-wx'
        with self.assertRaises(GLib.Error) as cm:
            reg.add(wide)
        self.assertIn('rule "delegation"', cm.exception.message)
        narrow = Lian.Actor.new('p-narrow', '锡山新人', Lian.Roles.CLERK)
        narrow.set_regions(['320205'])
        narrow.props.org_id = 'org-xs'
        reg.add(narrow)

    def test_roles_and_queues_have_labels(self):
        try:
            Lian.set_language('zh_CN')
            self.assertEqual(Lian.enum_get_label(Lian.Roles.__gtype__, Lian.Roles.CLERK), '录入员')
            self.assertEqual(Lian.enum_get_label(Lian.QueueKind.__gtype__, Lian.QueueKind.ESCALATED),
                             '已上提')
            reg = people()
            reg.act_as('p-xs-clerk')
            with self.assertRaises(GLib.Error) as cm:
                reg.update(reg.lookup('chain-ic'), 'name', '改')
            self.assertIn('录入员', cm.exception.message)
            self.assertIn('规则“rights”', cm.exception.message)
        finally:
            Lian.set_language(None)
        self.assertEqual(Lian.enum_from_label(Lian.Roles.__gtype__, 'coordinator'),
                         (True, int(Lian.Roles.COORDINATOR)))


if __name__ == '__main__':
    unittest.main()
