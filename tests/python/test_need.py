# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianNeed and LianNeedEvent from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, GObject, Lian  # noqa: E402

S = Lian.NeedStatus
ALLOWED = {
    (S.SUBMITTED, S.ACCEPTED), (S.SUBMITTED, S.CLOSED),
    (S.ACCEPTED, S.IN_PROGRESS), (S.ACCEPTED, S.RESOLVED), (S.ACCEPTED, S.CLOSED),
    (S.IN_PROGRESS, S.RESOLVED), (S.IN_PROGRESS, S.CLOSED),
    (S.RESOLVED, S.IN_PROGRESS), (S.CLOSED, S.IN_PROGRESS),
}
STATUSES = [S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED]


def beijing(year, month, day, hour, minute):
    return GLib.DateTime.new(GLib.TimeZone.new_offset(8 * 3600),
                             year, month, day, hour, minute, 0)


def is_data_error(e, code):
    return e.matches(Lian.data_error_quark(), code)


class NeedEventTest(unittest.TestCase):
    def test_new_and_getters(self):
        at = beijing(2023, 7, 11, 9, 30)
        event = Lian.NeedEvent.new(at, S.ACCEPTED, 'org-1', '转办')
        self.assertEqual(event.get_status(), S.ACCEPTED)
        self.assertEqual(event.get_actor(), 'org-1')
        self.assertEqual(event.get_note(), '转办')
        self.assertTrue(event.get_at().equal(at))
        self.assertEqual(event.get_at().get_utc_offset(), 8 * 3600 * 1000000)
        bare = Lian.NeedEvent.new(at, S.CLOSED, None, None)
        self.assertIsNone(bare.get_actor())
        self.assertIsNone(bare.get_note())


class NeedTest(unittest.TestCase):
    def new_need(self, **kw):
        args = dict(id='n1', enterprise_id='e1', title='流动资金贷款')
        args.update(kw)
        return Lian.Need(**args)

    def test_keyword_construction_and_properties(self):
        need = self.new_need(name='贷款需求', chain_id='chain-1',
                             category=Lian.NeedCategory.FINANCING,
                             description='扩产', bottleneck=True,
                             amount_yuan=5000000000, assignee_id='org-1',
                             due='2023-08-31', submitted='2023-07-01',
                             service_ids=['svc-1', 'svc-2'], project_id='proj-1')
        self.assertEqual(need.props.record_kind, Lian.RecordKind.NEED)
        self.assertEqual(need.props.enterprise_id, 'e1')
        self.assertEqual(need.props.category, Lian.NeedCategory.FINANCING)
        self.assertTrue(need.props.bottleneck)
        self.assertEqual(need.get_amount_yuan(), 5000000000)
        self.assertEqual(need.props.status, S.SUBMITTED)
        self.assertEqual(need.get_assignee_id(), 'org-1')
        self.assertEqual(need.props.due, '2023-08-31')
        self.assertEqual(need.get_service_ids(), ['svc-1', 'svc-2'])
        self.assertEqual(need.props.service_ids, ['svc-1', 'svc-2'])
        self.assertEqual(need.props.project_id, 'proj-1')
        self.assertEqual(need.props.n_events, 0)
        self.assertEqual(need.get_history(), [])
        need.props.title = '贷款'
        self.assertEqual(need.get_title(), '贷款')
        need.set_amount_yuan(1)
        self.assertEqual(need.props.amount_yuan, 1)
        self.assertTrue(need.validate())

    def test_defaults(self):
        need = Lian.Need(id='n1')
        self.assertEqual(need.props.category, Lian.NeedCategory.OTHER)
        self.assertEqual(need.get_status(), S.SUBMITTED)
        self.assertEqual(need.get_service_ids(), [])
        self.assertTrue(need.is_open())
        self.assertEqual(need.get_days_to_resolve(), -1)
        made = Lian.Need.new('n2', 'e1', Lian.NeedCategory.LAND, '用地')
        self.assertEqual(made.props.category, Lian.NeedCategory.LAND)

    def test_status_only_at_construction(self):
        need = self.new_need(status=S.CLOSED)
        self.assertEqual(need.props.status, S.CLOSED)
        self.assertFalse(need.is_open())
        pspec = Lian.Need.find_property('status')
        self.assertTrue(pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY)
        self.assertFalse(Lian.Need.find_property('n-events').flags & GObject.ParamFlags.WRITABLE)

    def test_notify_once_per_change(self):
        need = self.new_need()
        seen = []
        need.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        need.props.title = '流动资金贷款'
        need.props.bottleneck = False
        need.props.chain_id = 'chain-1'
        need.props.chain_id = 'chain-1'
        need.set_due('2023-09-01')
        need.set_due('2023-09-01')
        self.assertEqual(seen, ['chain-id', 'due'])

    def test_service_links(self):
        need = self.new_need()
        seen = []
        need.connect('notify::service-ids', lambda obj, pspec: seen.append(pspec.name))
        self.assertTrue(need.add_service('svc-b'))
        self.assertTrue(need.add_service('svc-a'))
        self.assertFalse(need.add_service('svc-b'))
        self.assertEqual(need.get_service_ids(), ['svc-b', 'svc-a'])
        self.assertTrue(need.has_service('svc-a'))
        self.assertTrue(need.remove_service('svc-b'))
        self.assertFalse(need.remove_service('svc-b'))
        self.assertEqual(need.props.service_ids, ['svc-a'])
        self.assertEqual(len(seen), 3)

    def test_move_table(self):
        for a in STATUSES:
            for b in STATUSES:
                self.assertEqual(Lian.Need.is_move_allowed(a, b), (a, b) in ALLOWED,
                                 f'{a} -> {b}')

    def test_whole_life(self):
        need = self.new_need(submitted='2023-07-10')
        seen = []
        need.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        need.transition(S.ACCEPTED, 'org-alliance', '转办', beijing(2023, 7, 10, 9, 0))
        need.transition(S.IN_PROGRESS, 'org-committee', None, beijing(2023, 7, 11, 14, 0))
        need.transition(S.RESOLVED, 'org-committee', '已放款', beijing(2023, 7, 12, 1, 30))
        self.assertEqual(seen, ['status', 'n-events', 'status', 'n-events',
                                'status', 'resolved', 'n-events'])
        self.assertEqual(need.props.status, S.RESOLVED)
        # 01:30 on the 12th in Beijing is the 11th in UTC.
        self.assertEqual(need.props.resolved, '2023-07-12')
        self.assertEqual(need.get_days_to_resolve(), 2)
        self.assertFalse(need.is_open())
        history = need.get_history()
        self.assertEqual(len(history), 3)
        self.assertEqual(need.props.n_events, 3)
        self.assertEqual([e.get_status() for e in history],
                         [S.ACCEPTED, S.IN_PROGRESS, S.RESOLVED])
        self.assertEqual([e.get_actor() for e in history],
                         ['org-alliance', 'org-committee', 'org-committee'])
        self.assertEqual([e.get_note() for e in history], ['转办', None, '已放款'])
        self.assertEqual(history[2].get_at().get_hour(), 1)
        self.assertEqual(history[2].get_at().get_utc_offset(), 8 * 3600 * 1000000)

    def test_resolved_to_submitted_raises(self):
        need = self.new_need(status=S.RESOLVED, resolved='2023-07-12')
        with self.assertRaises(GLib.Error) as cm:
            need.transition(S.SUBMITTED, 'org-1', '重新提交', None)
        self.assertTrue(is_data_error(cm.exception, Lian.DataError.ILLEGAL_TRANSITION))
        self.assertEqual(cm.exception.message,
                         'status: cannot move from resolved to submitted; allowed: in-progress')
        self.assertEqual(need.props.status, S.RESOLVED)
        self.assertEqual(need.props.resolved, '2023-07-12')
        self.assertEqual(need.get_history(), [])

    def test_every_illegal_move_changes_nothing(self):
        for a in STATUSES:
            for b in STATUSES:
                if (a, b) in ALLOWED:
                    continue
                need = self.new_need(status=a)
                seen = []
                need.connect('notify', lambda obj, pspec: seen.append(pspec.name))
                with self.assertRaises(GLib.Error) as cm:
                    need.transition(b, 'org-1', 'note', None)
                self.assertTrue(is_data_error(cm.exception, Lian.DataError.ILLEGAL_TRANSITION))
                self.assertTrue(cm.exception.message.startswith('status: '))
                self.assertEqual(need.props.status, a)
                self.assertEqual(need.props.n_events, 0)
                self.assertEqual(seen, [])

    def test_reopen_takes_a_note(self):
        need = self.new_need(status=S.RESOLVED, submitted='2023-07-01', resolved='2023-07-12')
        for note in (None, ''):
            with self.assertRaises(GLib.Error) as cm:
                need.transition(S.IN_PROGRESS, 'org-1', note, None)
            self.assertTrue(is_data_error(cm.exception, Lian.DataError.MISSING))
            self.assertTrue(cm.exception.message.startswith('note: '))
        self.assertEqual(need.props.status, S.RESOLVED)
        self.assertEqual(need.props.resolved, '2023-07-12')
        need.transition(S.IN_PROGRESS, 'org-1', '贷款未到位', None)
        self.assertEqual(need.props.status, S.IN_PROGRESS)
        self.assertIsNone(need.props.resolved)
        self.assertEqual(need.get_history()[0].get_note(), '贷款未到位')

    def test_resolved_the_day_it_was_submitted(self):
        need = self.new_need(status=S.ACCEPTED, submitted='2023-07-12')
        need.transition(S.RESOLVED, None, None, beijing(2023, 7, 12, 18, 0))
        self.assertEqual(need.get_days_to_resolve(), 0)

    def test_append_event(self):
        need = self.new_need()
        seen = []
        need.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        need.append_event(Lian.NeedEvent.new(beijing(2023, 6, 1, 9, 0), S.CLOSED, None, '旧'))
        self.assertEqual(seen, ['n-events'])
        self.assertEqual(need.props.status, S.SUBMITTED)
        self.assertEqual(need.get_history()[0].get_note(), '旧')

    def test_validate_raises_naming_field(self):
        cases = [
            (dict(enterprise_id=None), 'enterprise_id: ', Lian.DataError.MISSING),
            (dict(title=None), 'title: ', Lian.DataError.MISSING),
            (dict(assignee_id='org 1'), 'assignee_id: ', Lian.DataError.INVALID_ID),
            (dict(due='2023-02-30'), 'due: ', Lian.DataError.INVALID_DATE),
            (dict(submitted='2023-07-10', resolved='2023-07-09'), 'resolved: ',
             Lian.DataError.INVALID_DATE),
            (dict(service_ids=['svc-1', '']), 'service_ids[1]: ', Lian.DataError.INVALID_ID),
            (dict(project_id='p/1'), 'project_id: ', Lian.DataError.INVALID_ID),
        ]
        for kw, prefix, code in cases:
            need = self.new_need(**kw)
            with self.assertRaises(GLib.Error) as cm:
                need.validate()
            self.assertTrue(is_data_error(cm.exception, code), (kw, cm.exception.message))
            self.assertTrue(cm.exception.message.startswith(prefix), cm.exception.message)


if __name__ == '__main__':
    unittest.main()
