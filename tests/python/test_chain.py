# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianChain from Python."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

IC_SEGMENTS = ['芯片设计', '晶圆制造', '封装测试']


class ChainTest(unittest.TestCase):
    def test_keyword_construction_and_properties(self):
        chain = Lian.Chain(id='chain-wx-ic', name='集成电路',
                           tier=Lian.ChainTier.EXCELLENT,
                           cluster='集成电路与新一代信息技术',
                           level=Lian.Level.CITY, region='320200',
                           segments=IC_SEGMENTS, leader_ids=['ent-wx-1'])
        self.assertEqual(chain.props.record_kind, Lian.RecordKind.CHAIN)
        self.assertEqual(chain.props.tier, Lian.ChainTier.EXCELLENT)
        self.assertEqual(chain.get_cluster(), '集成电路与新一代信息技术')
        self.assertEqual(chain.props.level, Lian.Level.CITY)
        self.assertEqual(chain.get_region(), '320200')
        self.assertEqual(chain.props.segments, IC_SEGMENTS)
        self.assertEqual(chain.get_segments(), IC_SEGMENTS)
        self.assertEqual(chain.get_leader_ids(), ['ent-wx-1'])
        chain.props.region = '320214'
        self.assertEqual(chain.get_region(), '320214')
        chain.set_tier(Lian.ChainTier.KEY)
        self.assertEqual(chain.props.tier, Lian.ChainTier.KEY)
        self.assertTrue(chain.validate())

    def test_defaults(self):
        chain = Lian.Chain.new('chain-1', '集成电路')
        self.assertEqual(chain.props.tier, Lian.ChainTier.UNRATED)
        self.assertEqual(chain.props.level, Lian.Level.PROVINCE)
        self.assertEqual(chain.get_segments(), [])
        self.assertEqual(chain.get_leader_ids(), [])

    def test_segments_and_leaders(self):
        chain = Lian.Chain.new('chain-1', '集成电路')
        seen = []
        chain.connect('notify', lambda obj, pspec: seen.append(pspec.name))
        for segment in IC_SEGMENTS:
            self.assertTrue(chain.add_segment(segment))
        self.assertFalse(chain.add_segment('晶圆制造'))
        self.assertEqual(chain.props.segments, IC_SEGMENTS)
        self.assertEqual(chain.get_segment_index('封装测试'), 2)
        self.assertEqual(chain.get_segment_index('终端应用'), -1)
        self.assertTrue(chain.remove_segment('晶圆制造'))
        self.assertFalse(chain.has_segment('晶圆制造'))
        self.assertEqual(chain.get_segments(), ['芯片设计', '封装测试'])
        self.assertTrue(chain.add_leader('ent-wx-1'))
        self.assertFalse(chain.add_leader('ent-wx-1'))
        self.assertTrue(chain.is_leader('ent-wx-1'))
        self.assertTrue(chain.remove_leader('ent-wx-1'))
        self.assertFalse(chain.is_leader('ent-wx-1'))
        self.assertEqual(seen, ['segments'] * 4 + ['leader-ids'] * 2)

    def test_validate_raises_naming_field(self):
        chain = Lian.Chain(id='chain-1', name='集成电路', region='320200',
                           segments=['芯片设计', '晶圆制造', '芯片设计'])
        with self.assertRaises(GLib.Error) as cm:
            chain.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_VALUE))
        self.assertEqual(cm.exception.message, 'segments[2]: "芯片设计" appears twice')

        chain.props.segments = IC_SEGMENTS
        chain.props.region = '32020'
        with self.assertRaises(GLib.Error) as cm:
            chain.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_REGION))
        self.assertTrue(cm.exception.message.startswith('region: '))

        chain.props.region = '320200'
        chain.add_leader('ent 1')
        with self.assertRaises(GLib.Error) as cm:
            chain.validate()
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(),
                                             Lian.DataError.INVALID_ID))
        self.assertTrue(cm.exception.message.startswith('leader_ids[0]: '))


if __name__ == '__main__':
    unittest.main()
