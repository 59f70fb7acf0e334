# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianFilter from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, GObject, Lian  # noqa: E402


class FilterTest(unittest.TestCase):
    def test_keyword_construction_sets_has_status(self):
        f = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320200',
                        status=Lian.NeedStatus.RESOLVED)
        self.assertEqual(f.props.record_kind, Lian.RecordKind.NEED)
        self.assertEqual(f.props.region, '320200')
        self.assertEqual(f.props.status, Lian.NeedStatus.RESOLVED)
        self.assertTrue(f.props.has_status)
        self.assertTrue(f.get_has_status())

    def test_new_matches_everything(self):
        f = Lian.Filter.new(Lian.RecordKind.ENTERPRISE)
        self.assertEqual(f.get_record_kind(), Lian.RecordKind.ENTERPRISE)
        self.assertIsNone(f.get_region())
        self.assertIsNone(f.props.chain_id)
        self.assertFalse(f.props.has_status)
        self.assertFalse(f.props.open_only)
        self.assertEqual(f.props.categories, 0)
        self.assertEqual(f.props.tags, 0)
        self.assertIsNone(f.props.since)
        self.assertIsNone(f.props.until)
        self.assertIsNone(f.props.text)
        self.assertEqual(Lian.Filter().props.record_kind, Lian.RecordKind.NEED)

    def test_read_and_set_properties(self):
        f = Lian.Filter()
        f.props.chain_id = 'chain-1'
        f.props.open_only = True
        f.props.categories = Lian.NeedCategories.FINANCING | Lian.NeedCategories.LAND
        f.set_tags(Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LITTLE_GIANT)
        f.set_since('2023-01-01')
        f.props.until = '2023-12-31'
        f.props.text = '贷款'
        self.assertEqual(f.get_chain_id(), 'chain-1')
        self.assertTrue(f.get_open_only())
        self.assertEqual(f.get_categories(),
                         Lian.NeedCategories.FINANCING | Lian.NeedCategories.LAND)
        self.assertEqual(f.props.tags,
                         Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LITTLE_GIANT)
        self.assertEqual(f.props.since, '2023-01-01')
        self.assertEqual(f.get_until(), '2023-12-31')
        self.assertEqual(f.get_text(), '贷款')
        f.props.text = None
        self.assertIsNone(f.get_text())

    def test_has_status_is_read_only(self):
        f = Lian.Filter()
        pspec = f.find_property('has-status')
        self.assertFalse(pspec.flags & GObject.ParamFlags.WRITABLE)
        with self.assertRaises(TypeError):
            f.props.has_status = True

    def test_status_and_clear_status_notify(self):
        f = Lian.Filter()
        seen = []
        f.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        f.props.status = Lian.NeedStatus.SUBMITTED
        self.assertTrue(f.props.has_status)
        self.assertEqual(sorted(seen), ['has-status', 'status'])
        seen.clear()
        f.set_status(Lian.NeedStatus.SUBMITTED)
        self.assertEqual(seen, [])
        f.set_status(Lian.NeedStatus.CLOSED)
        self.assertEqual(seen, ['status'])
        seen.clear()
        f.clear_status()
        f.clear_status()
        self.assertEqual(seen, ['has-status'])
        self.assertFalse(f.props.has_status)
        self.assertEqual(f.props.status, Lian.NeedStatus.CLOSED)

    def test_notify_once_per_change(self):
        f = Lian.Filter.new(Lian.RecordKind.SERVICE)
        seen = []
        f.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        f.props.region = '320200'
        f.props.region = '320200'
        f.set_record_kind(Lian.RecordKind.SERVICE)
        f.set_open_only(False)
        f.props.tags = Lian.EnterpriseTags.LISTED
        f.props.tags = Lian.EnterpriseTags.LISTED
        self.assertEqual(seen, ['region', 'tags'])


def small_registry():
    """Two firms in Wuxi (新吴区, 江阴市), one in Suzhou; needs with dates."""
    reg = Lian.Registry()
    reg.add(Lian.Chain(id='c1', name='集成电路', region='320000'))
    for firm_id, uscc, region in [('e1', '91320214745555318W', '320214'),
                                  ('e2', '91110000600037341L', '320281'),
                                  ('e3', '913205056082348768', '320583')]:
        reg.add(Lian.Enterprise.new(firm_id, firm_id, uscc, region))
    needs = [
        # id, firm, status, submitted, resolved, bottleneck
        ('n1', 'e1', Lian.NeedStatus.IN_PROGRESS, '2023-03-01', None, True),
        ('n2', 'e2', Lian.NeedStatus.RESOLVED, '2023-02-01', '2023-02-11', True),
        ('n3', 'e3', Lian.NeedStatus.SUBMITTED, '2023-06-20', None, False),
        ('n4', 'e1', Lian.NeedStatus.RESOLVED, '2023-05-01', '2023-08-30', False),
    ]
    for need_id, firm, status, submitted, resolved, bottleneck in needs:
        reg.add(Lian.Need(id=need_id, enterprise_id=firm, title=need_id, chain_id='c1',
                          status=status, submitted=submitted, resolved=resolved,
                          bottleneck=bottleneck))
    return reg


def ids(records):
    return [r.props.id for r in records]


class FilterCriteriaTest(unittest.TestCase):
    def setUp(self):
        self.reg = small_registry()

    def test_bottleneck_age_and_resolution(self):
        self.assertEqual(ids(self.reg.select(Lian.Filter(bottleneck_only=True))), ['n1', 'n2'])
        old = Lian.Filter(open_longer_than=100, as_of='2023-07-01')
        self.assertEqual(ids(self.reg.select(old)), ['n1'])
        old.props.as_of = '2023-02-10'
        old.props.open_longer_than = 5
        self.assertEqual(ids(self.reg.select(old)), ['n2'])
        summer = Lian.Filter(resolved_since='2023-06-01', resolved_until='2023-08-31')
        self.assertEqual(ids(self.reg.select(summer)), ['n4'])

    def test_region_by_name_or_code_with_spaces(self):
        by_code = ids(self.reg.select(Lian.Filter(region='320200')))
        self.assertEqual(by_code, ['n1', 'n2', 'n4'])
        self.assertEqual(ids(self.reg.select(Lian.Filter(region='无锡市'))), by_code)
        spaced = Lian.Filter(region='320200 ')
        self.assertEqual(spaced.props.region, '320200')
        self.assertEqual(ids(self.reg.select(spaced)), by_code)
        self.assertEqual(self.reg.resolve_region(' 苏州市 '), '320500')

    def test_bad_filter_raises(self):
        cases = [
            (dict(region='无锡'), Lian.data_error_quark(), Lian.DataError.INVALID_REGION,
             'no region is named "无锡"'),
            (dict(region='鼓楼区'), Lian.data_error_quark(), Lian.DataError.INVALID_REGION,
             '320106 (in 南京市), 320302 (in 徐州市)'),
            (dict(region='32020'), Lian.data_error_quark(), Lian.DataError.INVALID_REGION,
             'does not have 6 digits'),
            (dict(since='2023-13-01'), Lian.data_error_quark(), Lian.DataError.INVALID_DATE,
             'filter since: "2023-13-01" is not a date'),
            (dict(as_of='2023-02-30'), Lian.data_error_quark(), Lian.DataError.INVALID_DATE,
             'filter as-of'),
            (dict(since='2023-02-01', until='2023-01-01'), Lian.data_error_quark(),
             Lian.DataError.INVALID_VALUE, 'comes after until'),
            (dict(chain_id='c9'), Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND,
             'no chain has the id "c9"'),
        ]
        for props, domain, code, text in cases:
            with self.subTest(props=props):
                with self.assertRaises(GLib.Error) as caught:
                    self.reg.select(Lian.Filter(**props))
                self.assertTrue(caught.exception.matches(domain, code), caught.exception)
                self.assertIn(text, caught.exception.message)
                with self.assertRaises(GLib.Error):
                    self.reg.explain_select(Lian.Filter(**props))

    def test_error_domain_strings(self):
        with self.assertRaises(GLib.Error) as caught:
            self.reg.select(Lian.Filter(since='2023-13-01'))
        self.assertEqual(caught.exception.domain, 'lian-data-error-quark')
        self.assertEqual(caught.exception.code, int(Lian.DataError.INVALID_DATE))
        # The domain enums are not exception classes: catch GLib.Error.
        self.assertFalse(issubclass(Lian.DataError, BaseException))

    def test_check_without_registry(self):
        self.assertTrue(Lian.Filter(region='无锡市').check())
        with self.assertRaises(GLib.Error) as caught:
            Lian.Filter(until='2023/12/31').check()
        self.assertTrue(caught.exception.matches(Lian.data_error_quark(),
                                                 Lian.DataError.INVALID_DATE))


class NegativeAmountTest(unittest.TestCase):
    """A negative amount is a programming error: a critical from the setter
    (fatal under G_DEBUG=fatal-criticals unless expected), not GObject's
    range warning, and the value stays."""

    def expect_critical(self, pattern, action):
        GLib.test_expect_message('Lian', GLib.LogLevelFlags.LEVEL_CRITICAL, pattern)
        action()
        GLib.test_assert_expected_messages_internal('Lian', __file__, 0, 'expect_critical')

    def test_need_amount(self):
        need = Lian.Need(id='n1', enterprise_id='e1', title='贷款', amount_yuan=5000000)
        self.expect_critical('*amount_yuan >= 0*',
                             lambda: setattr(need.props, 'amount_yuan', -5))
        self.assertEqual(need.props.amount_yuan, 5000000)
        self.expect_critical('*amount_yuan >= 0*', lambda: need.set_amount_yuan(-1))
        self.assertEqual(need.get_amount_yuan(), 5000000)

    def test_project_loans(self):
        project = Lian.ActionProject(id='p1', name='攻关', loans_yuan=100)
        self.expect_critical('*loans_yuan >= 0*',
                             lambda: setattr(project.props, 'loans_yuan', -5))
        self.assertEqual(project.props.loans_yuan, 100)


if __name__ == '__main__':
    unittest.main()
