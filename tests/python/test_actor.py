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


if __name__ == '__main__':
    unittest.main()
