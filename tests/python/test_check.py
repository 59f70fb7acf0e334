# SPDX-License-Identifier: LGPL-2.1-or-later
"""Registry checks and LianProblem from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

TODAY = '2023-08-01'
MAX_OPEN = 90
SEV = Lian.Severity


def uscc(n, region='320214'):
    return Lian.uscc_complete(f'91{region}{n:09d}')


def enterprise(id_, name, n):
    return Lian.Enterprise.new(id_, name, uscc(n), '320214')


def clean_registry():
    """No problem on TODAY with MAX_OPEN."""
    reg = Lian.Registry()
    chain = Lian.Chain(id='chain-ic', name='集成电路产业链', region='320000',
                       segments=['材料', '芯片', '整机'], leader_ids=['ent-1'])
    e1 = enterprise('ent-1', '无锡芯片有限公司', 1)
    e1.add_chain_link('chain-ic', '芯片', Lian.ChainRole.LEADER)
    e2 = enterprise('ent-2', '无锡整机有限公司', 2)
    e2.add_chain_link('chain-ic', '整机', Lian.ChainRole.CORE)
    org = Lian.PartyOrg(id='org-1', name='联盟', kind=Lian.OrgKind.ALLIANCE,
                        member_ids=['ent-1', 'ent-2'])
    need = Lian.Need(id='need-1', enterprise_id='ent-1', title='贷款',
                     submitted='2023-07-01', due='2023-08-01')
    project = Lian.ActionProject(id='prj-1', name='行动', owner_id='org-1',
                                 need_ids=['need-1'], due='2023-12-31')
    reg.add_many([chain, e1, e2, org, need, project])
    return reg


def summary(problems):
    return [(p.props.severity, p.props.code, p.props.record_id, p.props.field)
            for p in problems]


class CheckTest(unittest.TestCase):
    def setUp(self):
        self.reg = clean_registry()

    def assertOneProblem(self, severity, code, record_id, field):
        problems = self.reg.check(TODAY, MAX_OPEN)
        self.assertEqual(summary(problems), [(severity, code, record_id, field)])
        return problems[0].props.message

    def test_clean(self):
        problems = self.reg.check(TODAY, MAX_OPEN)
        self.assertEqual(len(problems), 0)
        self.assertEqual(problems.get_item_type().name, 'LianProblem')

    def test_duplicate_uscc(self):
        self.reg.add(Lian.Enterprise.new('ent-9', '别的公司', uscc(2), '320214'))
        message = self.assertOneProblem(SEV.ERROR, 'duplicate-uscc', 'ent-9', 'uscc')
        self.assertIn('"ent-2"', message)

    def test_duplicate_name(self):
        self.reg.add(enterprise('ent-9', '无锡　芯片 股份有限公司', 9))
        self.reg.add(enterprise('ent-8', 'ＡＢＣ集团有限公司', 8))
        self.reg.add(enterprise('ent-7', 'abc', 7))
        problems = self.reg.check(TODAY, MAX_OPEN)
        self.assertEqual(summary(problems), [
            (SEV.WARNING, 'duplicate-name', 'ent-7', 'name'),
            (SEV.WARNING, 'duplicate-name', 'ent-9', 'name'),
        ])
        self.assertIn('"ent-8"', problems[0].props.message)
        self.assertIn('"ent-1"', problems[1].props.message)

    def test_chain_without_leader(self):
        self.reg.add(Lian.Chain(id='chain-bio', name='生物医药', region='320500'))
        self.assertOneProblem(SEV.WARNING, 'chain-without-leader', 'chain-bio', 'leader_ids')

    def test_unknown_segment(self):
        e = enterprise('ent-9', '封装公司甲', 9)
        e.add_chain_link('chain-ic', '封装', Lian.ChainRole.SUPPORTING)
        self.reg.add(e)
        message = self.assertOneProblem(SEV.WARNING, 'unknown-segment', 'ent-9', 'chain_links')
        self.assertIn('封装', message)

    def test_needs_and_projects_late(self):
        self.reg.add(Lian.Need(id='need-9', enterprise_id='ent-2', title='用地',
                               submitted='2023-05-02'))
        self.assertOneProblem(SEV.WARNING, 'need-open-too-long', 'need-9', 'submitted')
        self.assertEqual(len(self.reg.check(TODAY, 91)), 0)
        self.reg.lookup_need('need-9').transition(Lian.NeedStatus.CLOSED, None, None, None)
        self.reg.lookup_need('need-1').props.due = '2023-07-31'
        self.assertOneProblem(SEV.WARNING, 'need-overdue', 'need-1', 'due')
        self.reg.lookup_need('need-1').props.due = None
        self.reg.lookup_project('prj-1').props.due = '2023-07-31'
        self.assertOneProblem(SEV.WARNING, 'project-overdue', 'prj-1', 'due')

    def test_org_without_members(self):
        self.reg.add(Lian.PartyOrg(id='org-9', name='流动党校', kind=Lian.OrgKind.PARTY_SCHOOL))
        self.assertOneProblem(SEV.INFO, 'org-without-members', 'org-9', 'member_ids')

    def assertRefused(self, record, prop, value, domain, code, text):
        """The registry refuses the change before the check could see it."""
        revision = record.props.revision
        with self.assertRaises(GLib.Error) as raised:
            self.reg.update(record, prop, value)
        self.assertTrue(raised.exception.matches(domain, code), raised.exception.message)
        self.assertIn(text, raised.exception.message)
        self.assertEqual(record.props.revision, revision)
        self.assertEqual(len(self.reg.check(TODAY, MAX_OPEN)), 0)

    def test_references_are_refused_before_the_check(self):
        need = self.reg.lookup_need('need-1')
        self.assertRefused(need, 'chain-id', 'chain-gone', Lian.registry_error_quark(),
                           Lian.RegistryError.UNKNOWN_REFERENCE, 'chain_id: unknown chain')
        self.assertRefused(need, 'chain-id', 'ent-2', Lian.registry_error_quark(),
                           Lian.RegistryError.WRONG_KIND, 'is an enterprise, not a chain')
        # A setter cannot raise: it logs a warning and changes nothing.
        need.props.chain_id = 'chain-gone'
        self.assertNotEqual(need.props.chain_id, 'chain-gone')

    def test_invalid_record(self):
        self.assertRefused(self.reg.lookup_enterprise('ent-2'), 'region', '999999',
                           Lian.data_error_quark(), Lian.DataError.INVALID_REGION, 'region')

    def test_org_cycle(self):
        a = Lian.PartyOrg(id='org-a', name='甲', kind=Lian.OrgKind.BRANCH, member_ids=['ent-1'])
        b = Lian.PartyOrg(id='org-b', name='乙', kind=Lian.OrgKind.BRANCH, member_ids=['ent-1'],
                          parent_id='org-a')
        self.reg.add_many([a, b])
        self.assertRefused(a, 'parent-id', 'org-b', Lian.registry_error_quark(),
                           Lian.RegistryError.CYCLE, 'org-a → org-b → org-a')

    def test_order_and_nothing_changes(self):
        self.reg.add(Lian.PartyOrg(id='org-0', name='流动党校', kind=Lian.OrgKind.PARTY_SCHOOL))
        self.reg.add(enterprise('ent-0', '宜兴整机有限公司', 2))
        self.reg.lookup_project('prj-1').props.due = '2023-07-31'
        said = []
        self.reg.connect('record-changed', lambda *args: said.append(args))
        self.reg.connect('record-added', lambda *args: said.append(args))
        before = self.reg.save_to_data()
        problems = self.reg.check(TODAY, MAX_OPEN)
        self.assertEqual([p.props.severity for p in problems], [SEV.ERROR, SEV.WARNING, SEV.INFO])
        self.assertEqual(said, [])
        self.assertEqual(self.reg.save_to_data(), before)

    def test_problem_is_read_only(self):
        self.reg.add(Lian.PartyOrg(id='org-9', name='流动党校', kind=Lian.OrgKind.PARTY_SCHOOL))
        problem = self.reg.check(TODAY, MAX_OPEN)[0]
        self.assertEqual(problem.get_code(), 'org-without-members')
        self.assertEqual(problem.get_record_id(), 'org-9')
        self.assertEqual(problem.get_severity(), SEV.INFO)
        with self.assertRaises(TypeError):
            problem.props.code = 'other'
        self.assertEqual(Lian.enum_to_nick(Lian.Severity, SEV.ERROR), 'error')

    def test_need_history_contradictions(self):
        tz = GLib.TimeZone.new_identifier('+08:00')
        need = Lian.Need(id='need-h', enterprise_id='ent-1', title='技术攻关',
                         submitted='2023-07-01', status=Lian.NeedStatus.RESOLVED,
                         resolved='2023-07-12')
        for day, status in [(5, Lian.NeedStatus.ACCEPTED), (3, Lian.NeedStatus.RESOLVED)]:
            at = GLib.DateTime.new(tz, 2023, 7, day, 9, 0, 0)
            need.append_event(Lian.NeedEvent.new(at, status, None, None))
        self.reg.add(need)
        problems = self.reg.check(TODAY, MAX_OPEN)
        self.assertEqual(summary(problems), [
            (SEV.ERROR, 'history-out-of-order', 'need-h', 'history'),
            (SEV.ERROR, 'resolved-contradicts-history', 'need-h', 'resolved')])
        self.assertIn('resolved: 2023-07-12, but the history resolved the need on 2023-07-03',
                      problems[1].props.message)

    def test_headquarters_cycle_is_refused(self):
        a = enterprise('ent-a', '总部甲', 11)
        b = enterprise('ent-b', '总部乙', 12)
        a.props.parent_id = 'ent-b'
        b.props.parent_id = 'ent-a'
        with self.assertRaises(GLib.Error) as raised:
            self.reg.add_many([a, b])
        self.assertTrue(raised.exception.matches(Lian.registry_error_quark(),
                                                 Lian.RegistryError.CYCLE))
        self.assertIn('(ent-a → ent-b → ent-a)', raised.exception.message)
        self.assertIsNone(self.reg.lookup('ent-a'))

    def test_today_defaults_to_now(self):
        self.assertGreater(len(self.reg.check(None, MAX_OPEN)), 0)


class ChineseTest(unittest.TestCase):
    """Problems read in Chinese under Lian.set_language('zh_CN'); codes and
    fields stay as they are, and English comes back after."""

    def setUp(self):
        self.reg = clean_registry()
        Lian.set_language('zh_CN')

    def tearDown(self):
        Lian.set_language(None)

    def message(self, code):
        problems = self.reg.check(TODAY, MAX_OPEN)
        self.assertEqual([p.props.code for p in problems], [code])
        return problems[0].props.message

    def test_problems_in_chinese(self):
        self.reg.add(Lian.Need(id='need-9', enterprise_id='ent-2', title='用地',
                               submitted='2023-05-02'))
        self.assertEqual(self.message('need-open-too-long'),
                         'submitted: 已 91 天未办结（2023-05-02 提交），超过 90 天')
        self.reg.lookup_need('need-9').transition(Lian.NeedStatus.CLOSED, None, None, None)
        self.reg.lookup_project('prj-1').props.due = '2023-07-31'
        self.assertEqual(self.message('project-overdue'), 'due: 已过期限 2023-07-31，项目仍为计划中')
        Lian.set_language(None)
        self.assertEqual(self.message('project-overdue'),
                         'due: 2023-07-31 has passed and the project is still planned')

    def test_chain_without_leader_in_chinese(self):
        self.reg.add(Lian.Chain(id='chain-bio', name='生物医药产业链', region='320500'))
        self.assertEqual(self.message('chain-without-leader'),
                         'leader_ids: 产业链“chain-bio”没有链主企业')


if __name__ == '__main__':
    unittest.main()
