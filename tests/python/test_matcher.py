# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianMatcher, LianMatch and LianGap from Python, on the bundled sample."""
import os
import subprocess
import sys
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

SAMPLE = os.path.join(os.environ.get('LIAN_SOURCE_DIR', '.'), 'data', 'jiangsu-sample.json')


def load_sample():
    registry = Lian.Registry()
    registry.load_from_file(SAMPLE, None)
    return registry


def wuxi_or_province(code):
    # None (applies everywhere) is neither.
    return code in ('320000', '320200') or (
        code is not None and Lian.adcode_contains('320200', code))


class MatchNeedTest(unittest.TestCase):
    def setUp(self):
        self.registry = load_sample()
        self.matcher = Lian.Matcher.new(self.registry)
        self.matcher.props.as_of = '2023-10-08'   # the day need-007 came

    def check_wuxi_financing(self, matches):
        for match in matches:
            item = self.registry.lookup_service(match.props.service_id)
            self.assertIsNotNone(item)
            self.assertTrue(item.serves_category(Lian.NeedCategory.FINANCING), item.props.id)
            self.assertTrue(wuxi_or_province(item.props.region), item.props.id)
            self.assertEqual(match.props.need_id, 'need-007')
            self.assertGreater(len(match.props.reasons), 3)
            self.assertEqual(match.props.reasons[0], 'serves financing')
            self.assertTrue(0.4 <= match.props.score <= 1.0)

    def test_top_three_for_need_007_are_wuxi_or_province_financing(self):
        matches = self.matcher.match_need('need-007', 3)
        self.assertEqual(matches.get_item_type(), Lian.Match.__gtype__)
        # The sample has two such items: Wuxi's 科技贷款贴息 (same chain,
        # shares 贷款 and 贴息) before the province's 专精特新贷.
        self.assertEqual([m.props.service_id for m in matches],
                         ['svc-wx-tech-loan', 'svc-js-srdi-loan'])
        self.check_wuxi_financing(matches)
        best = matches[0]
        self.assertEqual(best.get_reasons(), [
            'serves financing', 'scope 无锡市 contains 新吴区', 'same chain 集成电路产业链',
            'valid on 2023-10-08', 'shared words: 贷款, 贴息'])
        self.assertGreater(best.get_score(), matches[1].get_score())

    def test_top_three_with_more_items(self):
        county = Lian.ServiceItem(id='svc-xw-loan', name='新吴区研发贷款', kind=Lian.ServiceKind.POLICY,
                                  categories=Lian.NeedCategories.FINANCING, region='320214')
        suzhou = Lian.ServiceItem(id='svc-sz-loan', name='研发贷款贴息', kind=Lian.ServiceKind.POLICY,
                                  categories=Lian.NeedCategories.FINANCING, region='320500')
        self.registry.add(county)
        self.registry.add(suzhou)
        matches = self.matcher.match_need('need-007', 3)
        self.assertEqual(len(matches), 3)
        ids = [m.props.service_id for m in matches]
        self.assertNotIn('svc-sz-loan', ids)
        self.assertIn('svc-xw-loan', ids)
        self.check_wuxi_financing(matches)
        scores = [m.props.score for m in matches]
        self.assertEqual(scores, sorted(scores, reverse=True))

    def test_unknown_need_raises_not_found(self):
        with self.assertRaises(GLib.Error) as caught:
            self.matcher.match_need('need-999', 3)
        self.assertTrue(caught.exception.matches(Lian.registry_error_quark(),
                                                 Lian.RegistryError.NOT_FOUND))
        self.assertIn('need-999', caught.exception.message)

    def test_match_all_orders_by_need_then_rank(self):
        matches = self.matcher.match_all(None, 3)
        pairs = [(m.props.need_id, m.props.service_id) for m in matches]
        # Open needs only: need-004 (resolved) and need-005 (closed) have none.
        self.assertEqual([n for n, _ in pairs], sorted(n for n, _ in pairs))
        self.assertNotIn('need-004', [n for n, _ in pairs])
        self.assertEqual([s for n, s in pairs if n == 'need-007'],
                         ['svc-wx-tech-loan', 'svc-js-srdi-loan'])
        wuxi = Lian.Filter(region='320200')
        in_wuxi = self.matcher.match_all(wuxi, 1)
        self.assertEqual([(m.props.need_id, m.props.service_id) for m in in_wuxi],
                         [('need-003', 'svc-wx-tech-loan'), ('need-007', 'svc-wx-tech-loan')])


class AsOfTest(unittest.TestCase):
    def test_property(self):
        matcher = Lian.Matcher.new(load_sample())
        self.assertIsNone(matcher.props.as_of)
        self.assertIsNone(matcher.get_as_of())
        seen = []
        matcher.connect('notify::as-of', lambda *_: seen.append(matcher.props.as_of))
        matcher.set_as_of('2024-03-01')
        matcher.props.as_of = '2024-03-01'
        matcher.props.as_of = None
        self.assertEqual(seen, ['2024-03-01', None])
        self.assertEqual(Lian.Matcher(registry=Lian.Registry(), as_of='2023-01-02').get_as_of(),
                         '2023-01-02')

    def test_kunshan_need_is_judged_on_the_day_given_not_the_day_it_came(self):
        registry = load_sample()
        # A Kunshan financing policy that came after need-001 (2023-09-12).
        registry.add(Lian.ServiceItem(id='svc-ks-loan', name='昆山产业链贷款',
                                      kind=Lian.ServiceKind.POLICY,
                                      categories=Lian.NeedCategories.FINANCING, region='320583',
                                      valid_from='2024-01-01'))
        matcher = Lian.Matcher(registry=registry, as_of='2023-09-12')
        self.assertEqual([m.props.service_id for m in matcher.match_need('need-001', 0)],
                         ['svc-js-srdi-loan'])
        # Still open in 2026: 专精特新贷 expired on 2025-12-31, the new policy applies.
        matcher.props.as_of = '2026-01-15'
        matches = matcher.match_need('need-001', 0)
        self.assertEqual([m.props.service_id for m in matches], ['svc-ks-loan'])
        self.assertIn('valid on 2026-01-15', matches[0].props.reasons)
        # Unset, it is today: the new policy, open-ended, applies.
        matcher.props.as_of = None
        self.assertIn('svc-ks-loan', [m.props.service_id for m in matcher.match_need('need-001', 0)])

    def test_gaps_follow_the_day(self):
        matcher = Lian.Matcher(registry=load_sample(), as_of='2023-10-10')
        self.assertEqual([g.props.need_ids for g in matcher.find_gaps(None, Lian.Level.CITY)],
                         [['need-002']])
        # On 2026-01-15 专精特新贷 and 科技贷款贴息 have expired: Kunshan's
        # financing need has nothing left.
        matcher.props.as_of = '2026-01-15'
        gaps = {(Lian.enum_to_nick(Lian.NeedCategory, g.props.category), g.props.region_name):
                g.props.need_ids for g in matcher.find_gaps(None, Lian.Level.CITY)}
        self.assertEqual(gaps[('financing', '苏州市')], ['need-001'])


class GapTest(unittest.TestCase):
    def test_land_need_without_land_item_is_a_gap(self):
        registry = load_sample()
        # An open land need in Wuxi; the sample's only land item is
        # Zhenjiang's, and it expired at the end of 2022.
        need = Lian.Need.new('need-wx-land', 'ent-wx-wafer', Lian.NeedCategory.LAND, '新厂房用地')
        need.props.chain_id = 'chain-ic'
        need.props.submitted = '2023-11-01'
        registry.add(need)
        matcher = Lian.Matcher(registry=registry, as_of='2023-11-01')
        self.assertIs(matcher.props.registry, registry)
        self.assertEqual(len(matcher.match_need('need-wx-land', 3)), 0)

        scope = Lian.Filter(region='320200')
        gaps = matcher.find_gaps(scope, Lian.Level.CITY)
        self.assertEqual(gaps.get_item_type(), Lian.Gap.__gtype__)
        land = [g for g in gaps if g.props.category == Lian.NeedCategory.LAND]
        self.assertEqual(len(land), 1)
        self.assertEqual(land[0].props.region, '320200')
        self.assertEqual(land[0].props.region_name, '无锡市')
        self.assertEqual(land[0].props.need_ids, ['need-wx-land'])
        self.assertEqual(land[0].get_n_needs(), 1)
        # Ordered by category: land before talent (need-002).
        self.assertEqual([g.props.category for g in gaps],
                         [Lian.NeedCategory.LAND, Lian.NeedCategory.TALENT])

        # A Wuxi land item closes the gap.
        registry.add(Lian.ServiceItem(id='svc-wx-land', name='工业用地', kind=Lian.ServiceKind.RESOURCE,
                                      categories=Lian.NeedCategories.LAND, region='320200'))
        after = matcher.find_gaps(scope, Lian.Level.CITY)
        self.assertEqual([g.props.category for g in after], [Lian.NeedCategory.TALENT])
        self.assertEqual([m.props.service_id for m in matcher.match_need('need-wx-land', 3)],
                         ['svc-wx-land'])

    def test_results_are_read_only(self):
        registry = load_sample()
        match = Lian.Matcher(registry=registry, as_of='2023-10-08').match_need('need-007', 1)[0]
        with self.assertRaises(TypeError):
            match.props.score = 1.0


class ChineseTest(unittest.TestCase):
    """The reasons and errors in Chinese under Lian.set_language('zh_CN'),
    in English again after."""

    def setUp(self):
        self.matcher = Lian.Matcher.new(load_sample())
        self.matcher.props.as_of = '2023-10-08'
        Lian.set_language('zh_CN')

    def tearDown(self):
        Lian.set_language(None)

    def test_reasons_in_chinese(self):
        best = self.matcher.match_need('need-007', 1)[0]
        self.assertEqual(best.props.reasons, [
            '服务融资需求', '适用范围无锡市包含新吴区', '同属集成电路产业链',
            '2023-10-08 在有效期内', '共同关键词：贷款、贴息'])
        Lian.set_language(None)
        best = self.matcher.match_need('need-007', 1)[0]
        self.assertEqual(best.props.reasons[0], 'serves financing')

    def test_locale_chooses(self):
        """Without set_language, a program under LC_ALL=zh_CN.UTF-8 that
        takes its locale reads Chinese; under C.UTF-8, English."""
        script = ('import locale, sys, gi\n'
                  'gi.require_version("Lian", "1.0")\n'
                  'from gi.repository import Lian\n'
                  'locale.setlocale(locale.LC_ALL, "")\n'
                  'registry = Lian.Registry()\n'
                  'registry.load_from_file(sys.argv[1], None)\n'
                  'matcher = Lian.Matcher(registry=registry, as_of="2023-10-08")\n'
                  'print(matcher.match_need("need-007", 1)[0].props.reasons[0])\n')
        said = {}
        for lang in ('zh_CN.UTF-8', 'C.UTF-8'):
            env = dict(os.environ, LC_ALL=lang, LANG=lang)
            env.pop('LANGUAGE', None)
            run = subprocess.run([sys.executable, '-c', script, SAMPLE], env=env,
                                 capture_output=True, text=True, check=True)
            said[lang] = run.stdout.strip()
        self.assertEqual(said, {'zh_CN.UTF-8': '服务融资需求', 'C.UTF-8': 'serves financing'})

    def test_unknown_need_in_chinese(self):
        with self.assertRaises(GLib.Error) as caught:
            self.matcher.match_need('need-999', 3)
        self.assertEqual(caught.exception.message, '没有编号为“need-999”的需求')


if __name__ == '__main__':
    unittest.main()
