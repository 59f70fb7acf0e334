# SPDX-License-Identifier: LGPL-2.1-or-later
"""Assigning, moving and linking needs, opening and closing projects, from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

S = Lian.NeedStatus


def uscc(region, n):
    """A credit code with the right check character."""
    return Lian.uscc_complete(f'91{region}{n:09d}')


def beijing(month, day):
    return GLib.DateTime.new(GLib.TimeZone.new_offset(8 * 3600), 2023, month, day, 10, 0, 0)


def make_registry():
    reg = Lian.Registry()
    chain = Lian.Chain(id='chain-ic', name='集成电路产业链', region='320000',
                       segments=['材料', '芯片', '整机'])
    e1 = Lian.Enterprise.new('ent-1', '无锡芯片有限公司', uscc('320214', 1), '320214')
    e1.add_chain_link('chain-ic', '芯片', Lian.ChainRole.LEADER)
    e2 = Lian.Enterprise.new('ent-2', '昆山整机有限公司', uscc('320583', 2), '320583')
    alliance = Lian.PartyOrg(id='org-1', name='集成电路产业链党建联盟',
                             kind=Lian.OrgKind.ALLIANCE, member_ids=['ent-1', 'ent-2'])
    branch = Lian.PartyOrg(id='org-2', name='芯片党支部', kind=Lian.OrgKind.BRANCH,
                           parent_id='org-1', member_ids=['ent-1'])
    svc = Lian.ServiceItem(id='svc-1', name='科技贷', kind=Lian.ServiceKind.POLICY,
                           categories=Lian.NeedCategories.FINANCING)
    needs = [Lian.Need(id=f'need-{i}', enterprise_id='ent-1' if i == 1 else 'ent-2',
                       category=Lian.NeedCategory.FINANCING, title='流动资金贷款',
                       submitted=f'2023-07-0{i}') for i in (1, 2, 3)]
    reg.add_many([chain, e1, e2, alliance, branch, svc] + needs)
    return reg


def is_error(e, quark, code):
    return e.matches(quark, code)


class Watch:
    """Records what a registry says, as 'changed:need-1:due' and so on."""
    def __init__(self, reg):
        self.log = []
        reg.connect('record-changed',
                    lambda r, rec, prop: self.log.append(f'changed:{rec.props.id}:{prop}'))
        reg.connect('record-added', lambda r, rec: self.log.append(f'added:{rec.props.id}'))
        reg.connect('record-removed', lambda r, rec: self.log.append(f'removed:{rec.props.id}'))


class RegistryWorkTest(unittest.TestCase):
    def setUp(self):
        self.reg = make_registry()
        self.watch = Watch(self.reg)

    def assertRefused(self, call, quark, code, text=None):
        with self.assertRaises(GLib.Error) as ctx:
            call()
        self.assertTrue(is_error(ctx.exception, quark, code), ctx.exception.message)
        if text:
            self.assertIn(text, ctx.exception.message)

    def test_assign(self):
        self.assertTrue(self.reg.assign_need('need-1', 'org-1', '2023-08-31'))
        need = self.reg.lookup_need('need-1')
        self.assertEqual(need.props.assignee_id, 'org-1')
        self.assertEqual(need.props.due, '2023-08-31')
        self.assertEqual(self.watch.log, ['changed:need-1:assignee-id', 'changed:need-1:due'])
        self.reg.assign_need('need-1', 'org-2', None)
        self.assertEqual(need.props.assignee_id, 'org-2')
        self.assertEqual(need.props.due, '2023-08-31')

    def test_assign_refused(self):
        reg_err, data_err = Lian.registry_error_quark(), Lian.data_error_quark()
        self.assertRefused(lambda: self.reg.assign_need('need-9', 'org-1', None),
                           reg_err, Lian.RegistryError.NOT_FOUND)
        self.assertRefused(lambda: self.reg.assign_need('need-1', 'ent-1', None),
                           reg_err, Lian.RegistryError.WRONG_KIND,
                           'assignee_id: "ent-1" is an enterprise, not an organization')
        self.assertRefused(lambda: self.reg.assign_need('need-1', 'org-9', None),
                           reg_err, Lian.RegistryError.UNKNOWN_REFERENCE)
        self.assertRefused(lambda: self.reg.assign_need('need-1', 'org-1', '2023-13-01'),
                           data_err, Lian.DataError.INVALID_DATE, 'due: ')
        self.assertRefused(lambda: self.reg.assign_need('need-1', 'org-1', '2023-06-01'),
                           data_err, Lian.DataError.INVALID_DATE, 'comes before submitted')
        need = self.reg.lookup_need('need-1')
        self.assertIsNone(need.props.assignee_id)
        self.assertIsNone(need.props.due)
        self.assertEqual(self.watch.log, [])

    def test_move(self):
        self.reg.move_need('need-1', S.ACCEPTED, 'org-1', '受理', beijing(7, 3))
        need = self.reg.lookup_need('need-1')
        self.assertEqual(need.props.status, S.ACCEPTED)
        self.assertEqual(need.props.n_events, 1)
        self.assertEqual(self.watch.log, ['changed:need-1:status', 'changed:need-1:n-events'])
        accepted = self.reg.select(Lian.Filter(record_kind=Lian.RecordKind.NEED, status=S.ACCEPTED))
        self.assertEqual([n.props.id for n in accepted], ['need-1'])
        self.assertRefused(lambda: self.reg.move_need('need-1', S.SUBMITTED, None, None, None),
                           Lian.data_error_quark(), Lian.DataError.ILLEGAL_TRANSITION,
                           'need "need-1": status: cannot move from accepted to submitted')
        self.assertEqual(need.props.n_events, 1)

    def test_link_service(self):
        self.assertTrue(self.reg.link_service('need-2', 'svc-1'))
        self.assertTrue(self.reg.link_service('need-2', 'svc-1'))
        self.assertEqual(self.reg.lookup_need('need-2').get_service_ids(), ['svc-1'])
        self.assertEqual(self.watch.log, ['changed:need-2:service-ids'])
        self.assertRefused(lambda: self.reg.link_service('need-2', 'org-1'),
                           Lian.registry_error_quark(), Lian.RegistryError.WRONG_KIND)

    def test_open_project(self):
        prj = Lian.ActionProject(id='prj-1', name='金融赋能行动', owner_id='org-1',
                                 need_ids=['need-1', 'need-2'], started='2023-07-15')
        self.assertTrue(self.reg.open_project(prj))
        self.assertEqual(self.watch.log, ['added:prj-1', 'changed:need-1:project-id',
                                          'changed:need-2:project-id'])
        self.assertEqual(self.reg.lookup_need('need-2').props.project_id, 'prj-1')
        other = Lian.ActionProject(id='prj-2', name='第二个项目', owner_id='org-2',
                                   need_ids=['need-3', 'need-2'])
        n = self.reg.get_n_records()
        self.assertRefused(lambda: self.reg.open_project(other),
                           Lian.data_error_quark(), Lian.DataError.INVALID_VALUE,
                           'need_ids[1]: need "need-2" is already in the open project "prj-1"')
        self.assertEqual(self.reg.get_n_records(), n)
        self.assertIsNone(self.reg.lookup_need('need-3').props.project_id)
        wrong_owner = Lian.ActionProject(id='prj-3', name='x', owner_id='ent-1')
        self.assertRefused(lambda: self.reg.open_project(wrong_owner),
                           Lian.registry_error_quark(), Lian.RegistryError.WRONG_KIND)

    def test_close_resolved_project(self):
        prj = Lian.ActionProject(id='prj-1', name='金融赋能行动', owner_id='org-1',
                                 need_ids=['need-1'], started='2023-07-15')
        self.reg.open_project(prj)
        self.assertFalse(self.reg.project_is_resolved('prj-1'))
        self.assertRefused(
            lambda: self.reg.close_resolved_project('prj-1', '2023-09-30', 1, 1, 1),
            Lian.data_error_quark(), Lian.DataError.ILLEGAL_TRANSITION,
            '1 need is not resolved: need-1 (submitted)')
        self.reg.move_need('need-1', S.ACCEPTED, 'org-1', None, beijing(7, 20))
        self.reg.move_need('need-1', S.RESOLVED, 'org-1', None, beijing(8, 20))
        self.assertTrue(self.reg.project_is_resolved('prj-1'))
        self.assertEqual(prj.props.status, Lian.ProjectStatus.PLANNED)
        self.assertTrue(self.reg.close_resolved_project('prj-1', '2023-09-30',
                                                        12_000_000_000, 3, 2))
        self.assertEqual(prj.props.status, Lian.ProjectStatus.DONE)
        self.assertEqual(prj.props.loans_yuan, 12_000_000_000)
        self.assertRefused(lambda: self.reg.close_project('prj-1', '2023-10-30', 0, 0, 0),
                           Lian.data_error_quark(), Lian.DataError.ILLEGAL_TRANSITION,
                           'already done')

    def test_scenario(self):
        """What a new user does, start to end, then prints the need's history."""
        reg = self.reg
        reg.assign_need('need-1', 'org-2', '2023-09-30')
        reg.move_need('need-1', S.ACCEPTED, 'org-2', '支部受理', beijing(7, 2))
        reg.link_service('need-1', 'svc-1')
        project = Lian.ActionProject.new('prj-1', '金融赋能行动', 'org-1')
        project.add_need('need-1')
        project.add_service('svc-1')
        project.props.started = '2023-07-15'
        reg.open_project(project)
        reg.move_need('need-1', S.IN_PROGRESS, 'org-2', '对接银行', beijing(7, 20))
        reg.move_need('need-1', S.RESOLVED, 'org-2', '贷款到位', beijing(9, 12))
        reg.close_resolved_project('prj-1', '2023-09-30', 5_000_000, 0, 1)

        need = reg.lookup_need('need-1')
        lines = [f'{e.get_at().format_iso8601()} '
                 f'{Lian.enum_to_nick(Lian.NeedStatus, e.get_status())} '
                 f'{e.get_actor()} {e.get_note()}' for e in need.get_history()]
        print('\n' + '\n'.join(lines))
        self.assertEqual(lines, [
            '2023-07-02T10:00:00+08 accepted org-2 支部受理',
            '2023-07-20T10:00:00+08 in-progress org-2 对接银行',
            '2023-09-12T10:00:00+08 resolved org-2 贷款到位',
        ])
        self.assertEqual(need.props.project_id, 'prj-1')
        self.assertEqual(need.get_days_to_resolve(), 73)
        self.assertEqual(project.props.status, Lian.ProjectStatus.DONE)
        self.assertEqual(len(reg.check('2023-09-30', 90)), 0)


if __name__ == '__main__':
    unittest.main()
