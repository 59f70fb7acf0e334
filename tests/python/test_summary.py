# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianSummary from Python, on the bundled Jiangsu sample.

Every figure below was counted by hand from data/jiangsu-sample.json.
"""
import csv
import io
import json
import math
import os
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import Gio, Lian  # noqa: E402

SAMPLE = os.path.join(os.environ.get('LIAN_SOURCE_DIR', '.'), 'data', 'jiangsu-sample.json')


def load():
    registry = Lian.Registry()
    registry.load_from_file(SAMPLE, None)
    return registry


class SummaryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.registry = load()

    def test_whole_sample(self):
        s = Lian.Summary.new(self.registry, None, None)
        self.assertEqual(s.props.scope_label, 'all')
        self.assertIsNone(s.props.as_of)
        # chain-ic key/province, chain-nev advantage/province,
        # chain-zj-optics unrated/city; three different clusters.
        self.assertEqual(s.get_n_chains(), 3)
        self.assertEqual(s.get_n_chains_by_tier(Lian.ChainTier.KEY), 1)
        self.assertEqual(s.get_n_chains_by_tier(Lian.ChainTier.EXCELLENT), 0)
        self.assertEqual(s.get_n_chains_by_level(Lian.Level.PROVINCE), 2)
        self.assertEqual(s.get_n_clusters(), 3)
        # Every enterprise but ent-dy-coating and ent-dy-ecommerce (2 party
        # members each) has 3 or more party members, enough for its own
        # organisation: 30. ent-dy-coating is in the branch: covered too.
        # ent-dy-ecommerce is in no organisation: neither covered nor
        # reached. So 31 of 32, by organisation and by work.
        self.assertEqual(s.get_n_enterprises(), 32)
        self.assertEqual(s.get_n_own_organization(), 30)
        self.assertEqual(s.get_n_organization_covered(), 31)
        self.assertAlmostEqual(s.get_organization_coverage(), 31 / 32)
        self.assertEqual(s.get_n_work_covered(), 31)
        self.assertAlmostEqual(s.get_work_coverage(), 31 / 32)
        self.assertEqual(s.get_n_organizations(), 7)
        self.assertEqual(s.get_n_organizations_by_level(Lian.Level.COUNTY), 3)
        self.assertEqual(s.get_n_organizations_by_kind_and_level(Lian.OrgKind.ALLIANCE,
                                                                 Lian.Level.PROVINCE), 1)
        self.assertEqual(s.get_n_services(), 9)
        self.assertEqual(s.get_n_services_by_kind(Lian.ServiceKind.POLICY), 4)

    def test_needs_of_sample(self):
        s = Lian.Summary.new(self.registry, None, None)
        # 11 needs: submitted 001 007 010, accepted 002 008, in-progress
        # 003 009, resolved 004 006 011, closed 005; bottleneck 003 006 009;
        # financing 001 007 008 011.
        self.assertEqual(s.get_n_needs(), 11)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.SUBMITTED), 3)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.RESOLVED), 3)
        self.assertEqual(s.get_n_needs_by_category(Lian.NeedCategory.FINANCING), 4)
        self.assertEqual(s.get_n_bottleneck_needs(), 3)
        # resolved 3 / (11 - 1 closed)
        self.assertAlmostEqual(s.get_resolution_rate(), 0.3)
        # need-004: 07-11 → 07-14, 3 days; need-011: 05-10 → 06-02, 23
        # days; need-006: 04-20 → 08-30, 132 days. Median 23; p90 at
        # rank 1.8: 23 + 0.8 × 109 = 110.2.
        self.assertEqual(s.get_n_timed_resolutions(), 3)
        self.assertAlmostEqual(s.get_median_days_to_resolve(), 23)
        self.assertAlmostEqual(s.get_p90_days_to_resolve(), 110.2)
        self.assertEqual(s.get_n_projects(), 2)
        self.assertEqual(s.get_loans_yuan(), 300000000)
        self.assertEqual(s.get_talents(), 37)
        self.assertEqual(s.get_problems_solved(), 1)
        self.assertEqual(s.get_n_activities(), 4)

    def test_scope_wuxi(self):
        wuxi = Lian.Filter(region='320200')
        s = Lian.Summary.new(self.registry, wuxi, None)
        self.assertEqual(s.props.scope_label, '无锡市')
        # chain-ic is provincial, but its leader ent-wx-chip lies in Wuxi.
        self.assertEqual(s.get_n_chains(), 1)
        self.assertEqual(s.get_n_chains_by_tier(Lian.ChainTier.KEY), 1)
        # ent-wx-chip, ent-wx-wafer, ent-wx-mask, ent-wx-design, ent-wx-gas,
        # ent-jy-pack, ent-jy-substrate: in no grassroots organisation, but
        # each with 14 or more party members: their own organisation.
        self.assertEqual(s.get_n_enterprises(), 7)
        self.assertEqual(s.get_n_organization_covered(), 7)
        self.assertEqual(s.get_n_own_organization(), 7)
        self.assertEqual(s.get_work_coverage(), 1.0)
        # The city's chain committee, and the provincial alliance (five of
        # its members lie in Wuxi); svc-wx-tech-loan; need-002 (accepted),
        # need-003 (in progress, bottleneck), need-007 (submitted), need-011
        # (resolved in 23 days); act-002; proj-ic-eda (owned by the
        # alliance, for need-003 of ent-wx-chip).
        self.assertEqual(s.get_n_organizations_by_kind(Lian.OrgKind.CHAIN_COMMITTEE), 1)
        self.assertEqual(s.get_n_organizations_by_kind(Lian.OrgKind.ALLIANCE), 1)
        self.assertEqual(s.get_n_services(), 1)
        self.assertEqual(s.get_n_needs(), 4)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.ACCEPTED), 1)
        self.assertEqual(s.get_n_bottleneck_needs(), 1)
        self.assertAlmostEqual(s.get_resolution_rate(), 0.25)
        self.assertEqual(s.get_median_days_to_resolve(), 23)
        self.assertEqual(s.get_n_projects(), 1)
        self.assertEqual(s.get_talents(), 12)
        self.assertEqual(s.get_n_activities_by_kind(Lian.ActivityKind.POLICY_DOCUMENT), 1)

    def test_scope_by_region_name_or_padded_code(self):
        wuxi = Lian.Summary.new(self.registry, Lian.Filter(region='320200'), None)
        for given in ('无锡市', '320200 '):
            other = Lian.Summary.new(self.registry, Lian.Filter(region=given), None)
            self.assertEqual(json.loads(other.to_json_string()), json.loads(wuxi.to_json_string()), given)
        self.assertGreater(wuxi.props.n_needs, 0)

    def test_as_of(self):
        # By 2023-04-01: need-005 only (submitted 03-15, closed 04-01);
        # organisations founded: the branch, the alliance, the Wuxi and
        # Changzhou committees, the joint committee (not the service team,
        # 05-08, nor the action branch, 04-15). The 30 enterprises with
        # their own organisation are covered whatever the day, and
        # ent-dy-coating through the branch: 31. No project started;
        # act-002 (03-20) held.
        s = Lian.Summary.new(self.registry, None, '2023-04-01')
        self.assertEqual(s.props.as_of, '2023-04-01')
        self.assertEqual(s.get_n_needs(), 1)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.CLOSED), 1)
        self.assertEqual(s.get_resolution_rate(), 0.0)
        self.assertEqual(s.get_n_organizations(), 5)
        self.assertEqual(s.get_n_organization_covered(), 31)
        self.assertEqual(s.get_n_work_covered(), 31)
        self.assertEqual(s.get_n_projects(), 0)
        self.assertEqual(s.get_n_activities(), 1)

    def test_as_of_status_of_the_day(self):
        # By 2023-07-12: need-003 (in progress since 07-03), need-004
        # (in progress 07-12, resolved only 07-14), need-005 (closed),
        # need-006 (in progress since 05-06, resolved only 08-30), need-011
        # (resolved 06-02, in 23 days).
        s = Lian.Summary.new(self.registry, None, '2023-07-12')
        self.assertEqual(s.get_n_needs(), 5)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.IN_PROGRESS), 3)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.CLOSED), 1)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.RESOLVED), 1)
        self.assertEqual(s.get_median_days_to_resolve(), 23)

    def test_rollup_regions(self):
        cities = Lian.Summary.rollup_regions(self.registry, None, '320000', Lian.Level.CITY, None)
        self.assertEqual([c.props.key for c in cities],
                         ['320100', '320200', '320400', '320500', '320600', '321100'])
        self.assertEqual([c.props.label for c in cities],
                         ['南京市', '无锡市', '常州市', '苏州市', '南通市', '镇江市'])
        self.assertEqual([c.get_n_enterprises() for c in cities], [3, 7, 5, 8, 1, 8])
        self.assertEqual([c.get_n_needs() for c in cities], [0, 4, 1, 3, 1, 2])
        # Zhenjiang: its own chain and the joint committee lie in the city.
        self.assertEqual(cities[5].get_n_chains(), 1)
        counties = Lian.Summary.rollup_regions(self.registry, None, '320500', Lian.Level.COUNTY, None)
        # Wuzhong (ent-sz-test), Changshu (ent-cs-parts), Zhangjiagang
        # (battery, material, electrolyte; need-005, need-006; the action
        # branch) and Kunshan (equip, motor, logis; need-001; the service
        # team).
        self.assertEqual([c.props.key for c in counties], ['320506', '320581', '320582', '320583'])
        self.assertEqual([c.props.label for c in counties], ['吴中区', '常熟市', '张家港市', '昆山市'])
        self.assertEqual([c.get_n_needs() for c in counties], [0, 0, 2, 1])
        self.assertEqual(counties[2].get_n_projects(), 1)
        self.assertEqual(counties[2].get_loans_yuan(), 300000000)

    def test_rollup_regions_at_county_level(self):
        counties = Lian.Summary.rollup_regions(self.registry, None, '320000',
                                                  Lian.Level.COUNTY, None)
        keys = [c.props.key for c in counties]
        # Suzhou's counties are among them, with the same figures as the
        # roll-up of Suzhou alone.
        suzhou = Lian.Summary.rollup_regions(self.registry, None, '320500', Lian.Level.COUNTY, None)
        at = keys.index('320506')
        self.assertEqual(keys[at:at + 4], ['320506', '320581', '320582', '320583'])
        self.assertEqual([c.get_n_needs() for c in counties][at:at + 4],
                         [c.get_n_needs() for c in suzhou])
        self.assertEqual(keys, sorted(keys))
        self.assertTrue(all(Lian.adcode_get_level(k) == Lian.Level.COUNTY for k in keys))
        cities = Lian.Summary.rollup_regions(self.registry, None, '320000',
                                                Lian.Level.CITY, None)
        self.assertEqual([c.props.key for c in cities],
                         ['320100', '320200', '320400', '320500', '320600', '321100'])

    def test_rollup_chains(self):
        chains = Lian.Summary.rollup_chains(self.registry, None, None)
        self.assertEqual([c.props.key for c in chains], ['chain-ic', 'chain-nev', 'chain-zj-optics'])
        self.assertEqual(chains[0].props.label, '集成电路产业链')
        ic, nev, optics = chains
        # chain-ic: 12 enterprises over its four segments; needs 001 002
        # 003 007 010 011; seven services (five name no chain, two chain-ic).
        # None is in a grassroots organisation, but each has its own
        # (ent-wx-chip has 410 party members; the fewest, ent-sz-test, 8).
        self.assertEqual(ic.get_n_enterprises(), 12)
        self.assertEqual(ic.get_organization_coverage(), 1.0)
        self.assertEqual(ic.props.n_own_organization, 12)
        self.assertEqual(ic.get_n_needs(), 6)
        self.assertEqual(ic.get_n_services(), 7)
        # chain-nev: 13 enterprises (ent-wx-wafer among them), each with 7
        # or more party members; needs 005 (closed) 006 (resolved) 008
        # (accepted).
        self.assertEqual(nev.get_n_enterprises(), 13)
        self.assertAlmostEqual(nev.get_organization_coverage(), 1.0)
        self.assertAlmostEqual(nev.get_work_coverage(), 1.0)
        self.assertEqual(nev.get_resolution_rate(), 0.5)
        self.assertEqual(nev.get_median_days_to_resolve(), 132)
        self.assertEqual(optics.get_n_needs(), 2)

    def test_to_json(self):
        s = Lian.Summary.new(self.registry, Lian.Filter(chain_id='chain-nev'), None)
        data = json.loads(s.to_json_string())
        self.assertEqual(data['scope'], '新能源汽车产业链')
        self.assertIsNone(data['as_of'])
        self.assertEqual(data['needs']['by_status'],
                         {'submitted': 0, 'accepted': 1, 'in-progress': 0, 'resolved': 1, 'closed': 1})
        self.assertEqual(data['needs']['days_to_resolve'], {'count': 1, 'median': 132, 'p90': 132})
        self.assertEqual(data['enterprises']['organization_coverage']['count'], 13)
        self.assertAlmostEqual(data['enterprises']['organization_coverage']['rate'], 1.0)
        self.assertEqual(data['enterprises']['own_organization'], 13)
        self.assertEqual(data['needs']['resolutions'], 1)
        self.assertEqual(data['saturated'], [])
        self.assertEqual(data['organizations']['by_kind_and_level']['action-branch']['county'], 1)
        self.assertEqual(data['projects']['loans_yuan'], 300000000)
        self.assertEqual(data['activities']['by_kind']['case'], 1)
        self.assertEqual(len(data['needs']['by_category']), 13)
        self.assertEqual(data['chains']['by_tier'],
                         {'unrated': 0, 'key': 0, 'advantage': 1, 'excellent': 0})

    def test_empty_rates_are_numbers(self):
        s = Lian.Summary.new(Lian.Registry(), None, None)
        self.assertFalse(math.isnan(s.get_resolution_rate()))
        self.assertEqual(s.get_resolution_rate(), 0.0)
        data = json.loads(s.to_json_string())
        self.assertIsNone(data['needs']['days_to_resolve']['median'])
        self.assertEqual(data['services']['by_kind']['carrier'], 0)

    def test_properties_read_only(self):
        s = Lian.Summary.new(self.registry, None, None)
        with self.assertRaises(TypeError):
            s.props.scope_label = 'x'
        with self.assertRaises(TypeError):
            s.props.n_needs = 3

    def test_coverage_of_an_enterprise(self):
        chip = self.registry.lookup_enterprise('ent-wx-chip')
        own = Lian.Coverage.WORK | Lian.Coverage.ORGANIZATION | Lian.Coverage.OWN_ORGANIZATION
        self.assertEqual(Lian.Summary.coverage_of(self.registry, chip, None), own)
        # ent-dy-coating: 2 party members, in the branch.
        coating = self.registry.lookup_enterprise('ent-dy-coating')
        self.assertEqual(Lian.Summary.coverage_of(self.registry, coating, None),
                         Lian.Coverage.WORK | Lian.Coverage.ORGANIZATION)
        self.assertEqual(Lian.Summary.coverage_of(self.registry, coating, '2022-12-31'),
                         Lian.Coverage.NONE)
        ecommerce = self.registry.lookup_enterprise('ent-dy-ecommerce')
        self.assertEqual(Lian.Summary.coverage_of(self.registry, ecommerce, None),
                         Lian.Coverage.NONE)

    def test_figures_are_properties(self):
        # As the guide writes it: a roll-up's figures read as properties.
        for county in Lian.Summary.rollup_regions(self.registry, None, '320000',
                                                     Lian.Level.COUNTY, None):
            self.assertEqual(county.props.n_needs, county.get_n_needs())
            self.assertEqual(county.props.n_enterprises, county.get_n_enterprises())
        s = Lian.Summary.new(self.registry, None, None)
        self.assertEqual(s.props.n_chains, 3)
        self.assertEqual(s.props.n_clusters, 3)
        self.assertEqual(s.props.n_organization_covered, 31)
        self.assertAlmostEqual(s.props.organization_coverage, 31 / 32)
        self.assertEqual(s.props.n_work_covered, 31)
        self.assertAlmostEqual(s.props.work_coverage, 31 / 32)
        self.assertEqual(s.props.n_organizations, 7)
        self.assertEqual(s.props.n_services, 9)
        self.assertEqual(s.props.n_needs, 11)
        self.assertEqual(s.props.n_bottleneck_needs, 3)
        self.assertEqual(s.props.n_resolutions, 3)
        self.assertAlmostEqual(s.props.resolution_rate, 0.3)
        self.assertEqual(s.props.n_timed_resolutions, 3)
        self.assertAlmostEqual(s.props.median_days_to_resolve, 23)
        self.assertAlmostEqual(s.props.p90_days_to_resolve, 110.2)
        self.assertEqual(s.props.n_projects, 2)
        self.assertEqual(s.props.loans_yuan, 300000000)
        self.assertEqual(s.props.talents, 37)
        self.assertEqual(s.props.problems_solved, 1)
        self.assertEqual(s.props.n_activities, 4)
        self.assertFalse(s.props.saturated)
        empty = Lian.Summary.new(Lian.Registry(), None, None)
        self.assertEqual(empty.props.median_days_to_resolve, -1)

    def test_rollup_by_month(self):
        months = Lian.Summary.rollup_periods(self.registry, None, Lian.Period.MONTH, None)
        keys = [m.props.key for m in months]
        # From the alliance founded 2022-06-18 to need-010 of 2023-10-10,
        # every month, the quiet ones included.
        self.assertEqual(keys[0], '2022-06')
        self.assertEqual(keys[-1], '2023-10')
        self.assertEqual(len(keys), 17)
        self.assertEqual(months[0].props.label, '2022-06')
        by_key = {m.props.key: m for m in months}
        # Submitted in September: need-001, need-002, need-008.
        self.assertEqual(by_key['2023-09'].props.n_needs, 3)
        self.assertEqual(by_key['2023-09'].props.n_resolutions, 0)
        # Resolved: need-011 on 06-02, need-004 on 07-14, need-006 on 08-30.
        self.assertEqual([by_key[k].props.n_resolutions for k in ('2023-06', '2023-07', '2023-08')],
                         [1, 1, 1])
        self.assertEqual(sum(m.props.n_needs for m in months), 11)
        self.assertEqual(sum(m.props.n_resolutions for m in months), 3)
        # proj-nev-solid started in May 2023 with its loans.
        self.assertEqual(by_key['2023-05'].props.loans_yuan, 300000000)
        # Undated kinds are in no period.
        self.assertEqual(sum(m.props.n_enterprises for m in months), 0)

    def test_rollup_by_quarter_with_scope_and_as_of(self):
        wuxi = Lian.Filter(region='320200')
        quarters = Lian.Summary.rollup_periods(self.registry, wuxi, Lian.Period.QUARTER,
                                               '2023-06-30')
        by_key = {q.props.key: q for q in quarters}
        self.assertEqual(quarters[0].props.scope_label, '无锡市')
        self.assertEqual(by_key['2023-Q2'].props.label, '2023 Q2')
        # Wuxi's needs submitted by 06-30: need-003 (06-20), need-011
        # (05-10, resolved 06-02). need-002 and need-007 came later.
        self.assertEqual(by_key['2023-Q2'].props.n_needs, 2)
        self.assertEqual(by_key['2023-Q2'].props.n_resolutions, 1)
        self.assertNotIn('2023-Q3', by_key)

    def test_csv(self):
        cities = Lian.Summary.rollup_regions(self.registry, None, '320000', Lian.Level.CITY, None)
        text = Lian.Summary.list_to_csv(cities)
        rows = list(csv.DictReader(io.StringIO(text, newline='')))
        self.assertEqual([r['key'] for r in rows],
                         ['320100', '320200', '320400', '320500', '320600', '321100'])
        self.assertEqual(rows[1]['label'], '无锡市')
        self.assertEqual(rows[1]['needs.total'], '4')
        self.assertEqual(rows[1]['chains.total'], '1')
        self.assertEqual(rows[3]['projects.loans_yuan'], '300000000')
        self.assertEqual(rows[0]['needs.days_to_resolve.median'], '')
        self.assertEqual(float(rows[5]['enterprises.organization_coverage.rate']), 7 / 8)
        self.assertTrue(text.endswith('\r\n'))
        one = Lian.Summary.new(self.registry, None, None).to_csv()
        header, row = one.splitlines()
        self.assertEqual(header, text.splitlines()[0])
        self.assertTrue(row.startswith(',,all,,3,3,'))
        empty = Lian.Summary.list_to_csv(Gio.ListStore.new(Lian.Summary))
        self.assertEqual(empty, header + '\r\n')

    def test_loans_never_overflow(self):
        registry = load()
        for project in registry.get_projects():
            project.props.loans_yuan = 9_200_000_000_000_000_000
        s = Lian.Summary.new(registry, None, None)
        self.assertEqual(s.props.loans_yuan, 2**63 - 1)
        self.assertTrue(s.is_saturated())
        problems = list(s.get_problems())
        self.assertEqual([(p.props.code, p.props.field) for p in problems],
                         [('sum-saturated', 'projects.loans_yuan')])
        self.assertEqual(json.loads(s.to_json_string())['saturated'], ['projects.loans_yuan'])
        self.assertFalse(Lian.Summary.new(load(), None, None).is_saturated())
        check = [p.props.code for p in registry.check('2023-10-10', 90)]
        self.assertEqual(check.count('implausible-amount'), 2)


class ChineseTest(unittest.TestCase):
    """What a summary covers, its periods and its problems read in Chinese
    under Lian.set_language('zh_CN'); keys and nicks do not change."""

    @classmethod
    def setUpClass(cls):
        cls.registry = load()

    def tearDown(self):
        Lian.set_language(None)

    def test_labels_in_chinese(self):
        Lian.set_language('zh_CN')
        s = Lian.Summary.new(self.registry, None, None)
        wuxi = Lian.Summary.new(self.registry, Lian.Filter(region='320200', since='2023-01-01'),
                                None)
        quarters = Lian.Summary.rollup_periods(self.registry, None, Lian.Period.QUARTER, None)
        self.assertEqual(s.props.scope_label, '全部')
        self.assertEqual(wuxi.props.scope_label, '无锡市、2023-01-01 起')
        by_key = {q.props.key: q for q in quarters}
        self.assertEqual(by_key['2023-Q2'].props.label, '2023年第2季度')
        self.assertIn('"needs"', s.to_json_string())
        Lian.set_language(None)
        wuxi = Lian.Summary.new(self.registry, Lian.Filter(region='320200', since='2023-01-01'),
                                None)
        self.assertEqual(wuxi.props.scope_label, '无锡市, since 2023-01-01')

    def test_saturated_sum_in_chinese(self):
        registry = load()
        for project in registry.get_projects():
            project.props.loans_yuan = 9_200_000_000_000_000_000
        s = Lian.Summary.new(registry, None, None)
        Lian.set_language('zh_CN')
        problem = s.get_problems()[0]
        self.assertEqual((problem.props.code, problem.props.field),
                         ('sum-saturated', 'projects.loans_yuan'))
        self.assertEqual(problem.props.message,
                         'projects.loans_yuan: 项目协调融资合计超过 92,233,720,368.5 亿元，'
                         '数字按此值记，仅为下限')
        Lian.set_language(None)
        self.assertEqual(s.get_problems()[0].props.message,
                         "projects.loans_yuan: the sum of the projects' loans is more than "
                         '9,223,372,036,854,775,807 yuan; the figure is held at that value')


if __name__ == '__main__':
    unittest.main()
