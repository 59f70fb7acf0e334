# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianSummary from Python, on the bundled Jiangsu sample.

Every figure below was counted by hand from data/jiangsu-sample.json.
"""
import json
import math
import os
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import Lian  # noqa: E402

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
        # Grassroots members: the branch (ent-dy-lens, ent-dy-frame,
        # ent-dy-coating), the joint committee (ent-dy-lens again,
        # ent-dy-resin, ent-jk-frame), the action branch (ent-zjg-battery,
        # ent-zjg-material, ent-zjg-electrolyte): 8 of 32. Any organisation:
        # also the alliance (7), the Wuxi committee (3 more: mask, design,
        # substrate) and the Changzhou committee (4): 22.
        self.assertEqual(s.get_n_enterprises(), 32)
        self.assertEqual(s.get_n_organization_covered(), 8)
        self.assertAlmostEqual(s.get_organization_coverage(), 0.25)
        self.assertEqual(s.get_n_work_covered(), 22)
        self.assertAlmostEqual(s.get_work_coverage(), 22 / 32)
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
        # No chain lies in Wuxi (two are provincial, one Zhenjiang's).
        self.assertEqual(s.get_n_chains(), 0)
        # ent-wx-chip, ent-wx-wafer, ent-wx-mask, ent-wx-design, ent-wx-gas,
        # ent-jy-pack, ent-jy-substrate: in no grassroots organisation, all
        # in the alliance or the city's committee.
        self.assertEqual(s.get_n_enterprises(), 7)
        self.assertEqual(s.get_n_organization_covered(), 0)
        self.assertEqual(s.get_work_coverage(), 1.0)
        # The city's chain committee; svc-wx-tech-loan; need-002 (accepted),
        # need-003 (in progress, bottleneck), need-007 (submitted), need-011
        # (resolved in 23 days); act-002; no project (their owners lie
        # elsewhere).
        self.assertEqual(s.get_n_organizations_by_kind(Lian.OrgKind.CHAIN_COMMITTEE), 1)
        self.assertEqual(s.get_n_services(), 1)
        self.assertEqual(s.get_n_needs(), 4)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.ACCEPTED), 1)
        self.assertEqual(s.get_n_bottleneck_needs(), 1)
        self.assertAlmostEqual(s.get_resolution_rate(), 0.25)
        self.assertEqual(s.get_median_days_to_resolve(), 23)
        self.assertEqual(s.get_n_projects(), 0)
        self.assertEqual(s.get_n_activities_by_kind(Lian.ActivityKind.POLICY_DOCUMENT), 1)

    def test_as_of(self):
        # By 2023-04-01: need-005 only (submitted 03-15, closed 04-01);
        # organisations founded: the branch, the alliance, the Wuxi and
        # Changzhou committees, the joint committee (not the service team,
        # 05-08, nor the action branch, 04-15); so grassroots members
        # ent-dy-lens, ent-dy-frame, ent-dy-coating, ent-dy-resin and
        # ent-jk-frame, and any: also the seven alliance members, three
        # more of the Wuxi committee and the four of Changzhou's: 19. No
        # project started; act-002 (03-20) held.
        s = Lian.Summary.new(self.registry, None, '2023-04-01')
        self.assertEqual(s.props.as_of, '2023-04-01')
        self.assertEqual(s.get_n_needs(), 1)
        self.assertEqual(s.get_n_needs_by_status(Lian.NeedStatus.CLOSED), 1)
        self.assertEqual(s.get_resolution_rate(), 0.0)
        self.assertEqual(s.get_n_organizations(), 5)
        self.assertEqual(s.get_n_organization_covered(), 5)
        self.assertEqual(s.get_n_work_covered(), 19)
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
        cities = Lian.Summary.rollup_regions(self.registry, None, '320000', None)
        self.assertEqual([c.props.key for c in cities],
                         ['320100', '320200', '320400', '320500', '320600', '321100'])
        self.assertEqual([c.props.label for c in cities],
                         ['南京市', '无锡市', '常州市', '苏州市', '南通市', '镇江市'])
        self.assertEqual([c.get_n_enterprises() for c in cities], [3, 7, 5, 8, 1, 8])
        self.assertEqual([c.get_n_needs() for c in cities], [0, 4, 1, 3, 1, 2])
        # Zhenjiang: its own chain and the joint committee lie in the city.
        self.assertEqual(cities[5].get_n_chains(), 1)
        counties = Lian.Summary.rollup_regions(self.registry, None, '320500', None)
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
        counties = Lian.Summary.rollup_regions_at(self.registry, None, '320000',
                                                  Lian.Level.COUNTY, None)
        keys = [c.props.key for c in counties]
        # Suzhou's counties are among them, with the same figures as the
        # roll-up of Suzhou alone.
        suzhou = Lian.Summary.rollup_regions(self.registry, None, '320500', None)
        at = keys.index('320506')
        self.assertEqual(keys[at:at + 4], ['320506', '320581', '320582', '320583'])
        self.assertEqual([c.get_n_needs() for c in counties][at:at + 4],
                         [c.get_n_needs() for c in suzhou])
        self.assertEqual(keys, sorted(keys))
        self.assertTrue(all(Lian.Region.code_get_level(k) == Lian.Level.COUNTY for k in keys))
        cities = Lian.Summary.rollup_regions_at(self.registry, None, '320000',
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
        self.assertEqual(ic.get_n_enterprises(), 12)
        self.assertEqual(ic.get_n_needs(), 6)
        self.assertEqual(ic.get_n_services(), 7)
        # chain-nev: 13 enterprises (ent-wx-wafer among them); grassroots
        # battery, material, electrolyte; any also wafer and Changzhou's
        # four; needs 005 (closed) 006 (resolved) 008 (accepted).
        self.assertEqual(nev.get_n_enterprises(), 13)
        self.assertAlmostEqual(nev.get_organization_coverage(), 3 / 13)
        self.assertAlmostEqual(nev.get_work_coverage(), 8 / 13)
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
        self.assertEqual(data['enterprises']['organization_coverage']['count'], 3)
        self.assertAlmostEqual(data['enterprises']['organization_coverage']['rate'], 3 / 13)
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


if __name__ == '__main__':
    unittest.main()
