# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianActionProject from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

# 无锡物联网产业链: loans coordinated by the chain's alliance, talents brought in.
WX_LOANS_YUAN = 1_728_000_000
WX_TALENTS = 300


def wuxi_project():
    return Lian.ActionProject.new('prj-wx-iot-finance', '物联网产业链金融赋能行动',
                                  'org-wx-iot-alliance')


class ActionProjectTest(unittest.TestCase):
    def test_keyword_construction_and_properties(self):
        prj = Lian.ActionProject(id='prj-wx-iot-finance', name='物联网产业链金融赋能行动',
                                 owner_id='org-wx-iot-alliance',
                                 need_ids=['need-wx-0001', 'need-wx-0002'],
                                 service_ids=['svc-wx-kechuang-loan'],
                                 status=Lian.ProjectStatus.ACTIVE,
                                 started='2023-03-01', due='2023-12-31',
                                 loans_yuan=WX_LOANS_YUAN, talents=WX_TALENTS,
                                 problems_solved=42)
        self.assertEqual(prj.props.record_kind, Lian.RecordKind.PROJECT)
        self.assertEqual(prj.props.owner_id, 'org-wx-iot-alliance')
        self.assertEqual(prj.props.need_ids, ['need-wx-0001', 'need-wx-0002'])
        self.assertEqual(prj.get_service_ids(), ['svc-wx-kechuang-loan'])
        self.assertEqual(prj.props.status, Lian.ProjectStatus.ACTIVE)
        self.assertEqual(prj.get_started(), '2023-03-01')
        self.assertEqual(prj.props.due, '2023-12-31')
        self.assertIsNone(prj.props.finished)
        self.assertEqual(prj.props.talents, WX_TALENTS)
        self.assertEqual(prj.get_problems_solved(), 42)
        self.assertTrue(prj.validate())

    def test_defaults(self):
        prj = wuxi_project()
        self.assertEqual(prj.props.status, Lian.ProjectStatus.PLANNED)
        self.assertEqual(prj.get_need_ids(), [])
        self.assertEqual(prj.props.service_ids, [])
        self.assertEqual(prj.props.loans_yuan, 0)

    def test_loans_round_trip_exactly(self):
        prj = wuxi_project()
        prj.props.loans_yuan = WX_LOANS_YUAN
        self.assertEqual(prj.props.loans_yuan, WX_LOANS_YUAN)
        self.assertIsInstance(prj.props.loans_yuan, int)
        self.assertEqual(prj.get_loans_yuan(), 1728000000)
        # Past a double's 53 bits and past 32 bits: still exact.
        prj.set_loans_yuan(2**53 + 1)
        self.assertEqual(prj.props.loans_yuan, 9007199254740993)

    def test_lists(self):
        prj = wuxi_project()
        seen = []
        prj.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        self.assertTrue(prj.add_need('need-wx-0002'))
        self.assertTrue(prj.add_need('need-wx-0001'))
        self.assertFalse(prj.add_need('need-wx-0002'))
        self.assertEqual(prj.props.need_ids, ['need-wx-0002', 'need-wx-0001'])
        self.assertTrue(prj.has_need('need-wx-0001'))
        self.assertTrue(prj.remove_need('need-wx-0002'))
        self.assertFalse(prj.remove_need('need-wx-0002'))
        self.assertFalse(prj.has_need('need-wx-0002'))
        self.assertTrue(prj.add_service('svc-wx-kechuang-loan'))
        self.assertFalse(prj.add_service('svc-wx-kechuang-loan'))
        self.assertTrue(prj.has_service('svc-wx-kechuang-loan'))
        self.assertTrue(prj.remove_service('svc-wx-kechuang-loan'))
        self.assertEqual(prj.get_service_ids(), [])
        self.assertEqual(seen, ['need-ids'] * 3 + ['service-ids'] * 2)

    def test_notify_once_per_change(self):
        prj = wuxi_project()
        seen = []
        prj.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        prj.props.talents = WX_TALENTS
        prj.props.talents = WX_TALENTS
        prj.set_status(Lian.ProjectStatus.PLANNED)
        prj.props.loans_yuan = WX_LOANS_YUAN
        prj.props.loans_yuan = WX_LOANS_YUAN
        self.assertEqual(seen, ['talents', 'loans-yuan'])

    def test_finish(self):
        prj = wuxi_project()
        prj.props.started = '2023-03-01'
        prj.props.status = Lian.ProjectStatus.ACTIVE
        seen = []
        prj.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        self.assertTrue(prj.finish('2023-11-30', WX_LOANS_YUAN, WX_TALENTS, 42))
        self.assertEqual(sorted(seen), ['finished', 'loans-yuan', 'problems-solved',
                                        'status', 'talents'])
        self.assertEqual(prj.props.status, Lian.ProjectStatus.DONE)
        self.assertEqual(prj.props.finished, '2023-11-30')
        self.assertEqual(prj.props.loans_yuan, WX_LOANS_YUAN)
        self.assertEqual(prj.props.talents, WX_TALENTS)
        with self.assertRaises(GLib.Error) as cm:
            prj.finish('2023-12-01', 0, 0, 0)
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.ILLEGAL_TRANSITION))
        self.assertEqual(cm.exception.message, 'status: the project is already done')

    def test_finish_refused_changes_nothing(self):
        prj = wuxi_project()
        prj.props.started = '2023-03-01'
        for args, code, prefix in [
            (('2023-02-30', 1, 1, 1), Lian.DataError.INVALID_DATE, 'finished: '),
            (('2023-02-28', 1, 1, 1), Lian.DataError.INVALID_DATE, 'finished: '),
            (('2023-11-30', -1, 1, 1), Lian.DataError.OUT_OF_RANGE, 'loans_yuan: '),
        ]:
            with self.assertRaises(GLib.Error) as cm:
                prj.finish(*args)
            self.assertTrue(cm.exception.matches(Lian.data_error_quark(), code))
            self.assertTrue(cm.exception.message.startswith(prefix), cm.exception.message)
        self.assertEqual(prj.props.status, Lian.ProjectStatus.PLANNED)
        self.assertIsNone(prj.props.finished)
        self.assertEqual(prj.props.loans_yuan, 0)

    def test_is_overdue(self):
        prj = wuxi_project()
        self.assertFalse(prj.is_overdue('2024-01-01'))
        prj.props.due = '2023-12-31'
        self.assertFalse(prj.is_overdue('2023-12-31'))
        self.assertTrue(prj.is_overdue('2024-01-01'))
        prj.props.status = Lian.ProjectStatus.CANCELLED
        self.assertFalse(prj.is_overdue('2024-01-01'))

    def test_validate_raises_naming_field(self):
        cases = [
            ({'name': None}, Lian.DataError.MISSING, 'name: '),
            ({'owner_id': None}, Lian.DataError.MISSING, 'owner_id: '),
            ({'need_ids': ['need-wx-0001', 'need wx']}, Lian.DataError.INVALID_ID, 'need_ids[1]: '),
            ({'service_ids': ['svc/1']}, Lian.DataError.INVALID_ID, 'service_ids[0]: '),
            ({'started': '2023-13-01'}, Lian.DataError.INVALID_DATE, 'started: '),
            ({'started': '2023-03-01', 'due': '2023-01-01'}, Lian.DataError.INVALID_DATE, 'due: '),
            ({'started': '2023-03-01', 'finished': '2023-02-01'},
             Lian.DataError.INVALID_DATE, 'finished: '),
        ]
        for changes, code, prefix in cases:
            prj = wuxi_project()
            for key, value in changes.items():
                prj.set_property(key.replace('_', '-'), value)
            with self.assertRaises(GLib.Error) as cm:
                prj.validate()
            self.assertTrue(cm.exception.matches(Lian.data_error_quark(), code), prefix)
            self.assertTrue(cm.exception.message.startswith(prefix), cm.exception.message)


if __name__ == '__main__':
    unittest.main()
