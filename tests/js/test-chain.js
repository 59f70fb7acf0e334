// SPDX-License-Identifier: LGPL-2.1-or-later
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const IC_SEGMENTS = ['芯片设计', '晶圆制造', '封装测试'];

test('region construction and derived properties', () => {
    const region = new Lian.Region({id: '320214', name: '新吴区'});
    assertEqual(region.get_code(), '320214');
    assertEqual(region.name, '新吴区');
    assertEqual(region.record_kind, Lian.RecordKind.REGION);
    assertEqual(region.level, Lian.Level.COUNTY);
    assertEqual(region.parent_code, '320200');
    const city = Lian.Region.new('320200', '无锡市');
    assertEqual(city.get_level(), Lian.Level.CITY);
    assertEqual(city.parent_code, '320000');
    assertEqual(Lian.adcode_dup_parent(city.get_code()), '320000');
    assertEqual(Lian.Region.new('320000', '江苏省').parent_code, null);
    assert(region.validate());
});

test('region validate throws naming the field', () => {
    const bad = Lian.Region.new('32021', '新吴区');
    assertEqual(bad.level, Lian.Level.COUNTY);
    let e = assertThrows(() => bad.validate(),
        err => err.matches(Lian.DataError, Lian.DataError.INVALID_REGION));
    assert(e.message.startsWith('id: '), e.message);
    e = assertThrows(() => new Lian.Region({id: '320200'}).validate(),
        err => err.matches(Lian.DataError, Lian.DataError.MISSING));
    assert(e.message.startsWith('name: '), e.message);
});

test('chain construction and properties', () => {
    const chain = new Lian.Chain({
        id: 'chain-wx-ic', name: '集成电路', tier: Lian.ChainTier.EXCELLENT,
        cluster: '集成电路与新一代信息技术', level: Lian.Level.CITY,
        region: '320200', segments: IC_SEGMENTS, leader_ids: ['ent-wx-1'],
    });
    assertEqual(chain.record_kind, Lian.RecordKind.CHAIN);
    assertEqual(chain.tier, Lian.ChainTier.EXCELLENT);
    assertEqual(chain.get_cluster(), '集成电路与新一代信息技术');
    assertEqual(chain.level, Lian.Level.CITY);
    assertEqual(chain.segments, IC_SEGMENTS);
    assertEqual(chain.get_segments(), IC_SEGMENTS);
    assertEqual(chain.leader_ids, ['ent-wx-1']);
    chain.region = '320214';
    assertEqual(chain.get_region(), '320214');
    assert(chain.validate());

    const plain = Lian.Chain.new('chain-1', '集成电路');
    assertEqual(plain.tier, Lian.ChainTier.UNRATED);
    assertEqual(plain.level, Lian.Level.PROVINCE);
    assertEqual(plain.get_segments(), []);
});

test('chain segments and leaders notify once per change', () => {
    const chain = Lian.Chain.new('chain-1', '集成电路');
    const seen = [];
    chain.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    for (const s of IC_SEGMENTS)
        assert(chain.add_segment(s));
    assert(!chain.add_segment('芯片设计'));
    assertEqual(chain.get_segment_index('晶圆制造'), 1);
    assertEqual(chain.get_segment_index('终端应用'), -1);
    assert(chain.remove_segment('晶圆制造'));
    assert(!chain.has_segment('晶圆制造'));
    assertEqual(chain.segments, ['芯片设计', '封装测试']);
    assert(chain.add_leader('ent-wx-1'));
    assert(!chain.add_leader('ent-wx-1'));
    assert(chain.is_leader('ent-wx-1'));
    assert(chain.remove_leader('ent-wx-1'));
    assert(!chain.is_leader('ent-wx-1'));
    chain.tier = Lian.ChainTier.KEY;
    chain.tier = Lian.ChainTier.KEY;
    assertEqual(seen, ['segments', 'segments', 'segments', 'segments',
        'leader-ids', 'leader-ids', 'tier']);
});

test('chain validate throws naming the field', () => {
    const chain = new Lian.Chain({
        id: 'chain-1', name: '集成电路', region: '320200',
        segments: ['芯片设计', '晶圆制造', '芯片设计'],
    });
    let e = assertThrows(() => chain.validate(),
        err => err.matches(Lian.DataError, Lian.DataError.INVALID_VALUE));
    assertEqual(e.message, 'segments[2]: "芯片设计" appears twice');
    chain.segments = IC_SEGMENTS;
    chain.region = null;
    e = assertThrows(() => chain.validate(),
        err => err.matches(Lian.DataError, Lian.DataError.MISSING));
    assert(e.message.startsWith('region: '), e.message);
});

run();
