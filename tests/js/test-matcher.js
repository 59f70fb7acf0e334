// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const SAMPLE = GLib.build_filenamev([GLib.getenv('LIAN_SOURCE_DIR') ?? '.', 'data', 'jiangsu-sample.json']);

function loadSample() {
    const registry = new Lian.Registry();
    registry.load_from_file(SAMPLE, null);
    return registry;
}

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

function wuxiOrProvince(code) {
    return code === '320000' || (code !== null && Lian.adcode_contains('320200', code));
}

function checkWuxiFinancing(registry, matches) {
    for (const m of matches) {
        const item = registry.lookup_service(m.service_id);
        assert(item !== null, `no item ${m.service_id}`);
        assert(item.serves_category(Lian.NeedCategory.FINANCING), `${item.id} does not serve financing`);
        assert(wuxiOrProvince(item.region), `${item.id} is scoped to ${item.region}`);
        assertEqual(m.need_id, 'need-007');
        assert(m.reasons.length > 3, 'too few reasons');
        assertEqual(m.reasons[0], 'serves financing');
        assert(m.score >= 0.4 && m.score <= 1.0, `score ${m.score}`);
    }
}

test('top three matches of need-007 are Wuxi or province financing items', () => {
    const registry = loadSample();
    const matcher = Lian.Matcher.new(registry);
    matcher.as_of = '2023-10-08'; // the day need-007 came
    const matches = items(matcher.match_need('need-007', 3));
    assertEqual(matches.map(m => m.service_id), ['svc-wx-tech-loan', 'svc-js-srdi-loan']);
    checkWuxiFinancing(registry, matches);
    assertEqual(matches[0].get_reasons(), [
        'serves financing', 'scope 无锡市 contains 新吴区', 'same chain 集成电路产业链',
        'valid on 2023-10-08', 'shared words: 贷款, 贴息']);
    assert(matches[0].score > matches[1].score, 'not best first');
});

test('a Suzhou item is never proposed for the Wuxi need', () => {
    const registry = loadSample();
    registry.add(new Lian.ServiceItem({
        id: 'svc-sz-loan', name: '研发贷款贴息', kind: Lian.ServiceKind.POLICY,
        categories: Lian.NeedCategories.FINANCING, region: '320500',
    }));
    registry.add(new Lian.ServiceItem({
        id: 'svc-xw-loan', name: '新吴区研发贷款', kind: Lian.ServiceKind.POLICY,
        categories: Lian.NeedCategories.FINANCING, region: '320214',
    }));
    const matches = items(new Lian.Matcher({registry, as_of: '2023-10-08'}).match_need('need-007', 3));
    assertEqual(matches.length, 3);
    assert(!matches.some(m => m.service_id === 'svc-sz-loan'), 'Suzhou item proposed');
    assert(matches.some(m => m.service_id === 'svc-xw-loan'), 'county item missing');
    checkWuxiFinancing(registry, matches);
});

test('unknown need throws NOT_FOUND', () => {
    const matcher = Lian.Matcher.new(loadSample());
    const e = assertThrows(() => matcher.match_need('need-999', 3));
    assert(e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND), `${e}`);
});

test('match_all orders by need id, then rank, open needs only', () => {
    const matcher = new Lian.Matcher({registry: loadSample(), as_of: '2023-10-10'});
    const all = items(matcher.match_all(null, 3));
    const needs = all.map(m => m.need_id);
    assertEqual(needs, [...needs].sort());
    assert(!needs.includes('need-004'), 'a resolved need was matched');
    const wuxi = items(matcher.match_all(new Lian.Filter({region: '320200'}), 1));
    assertEqual(wuxi.map(m => [m.need_id, m.service_id]),
        [['need-003', 'svc-wx-tech-loan'], ['need-007', 'svc-wx-tech-loan']]);
});

test('gap report lists a land need when no land item is in scope', () => {
    const registry = loadSample();
    const need = Lian.Need.new('need-wx-land', 'ent-wx-wafer', Lian.NeedCategory.LAND, '新厂房用地');
    need.chain_id = 'chain-ic';
    need.submitted = '2023-11-01';
    registry.add(need);
    const matcher = new Lian.Matcher({registry, as_of: '2023-11-01'});
    const scope = new Lian.Filter({region: '320200'});
    const gaps = items(matcher.find_gaps(scope, Lian.Level.CITY));
    assertEqual(gaps.map(g => g.category), [Lian.NeedCategory.LAND, Lian.NeedCategory.TALENT]);
    assertEqual(gaps[0].region, '320200');
    assertEqual(gaps[0].region_name, '无锡市');
    assertEqual(gaps[0].need_ids, ['need-wx-land']);
    assertEqual(gaps[0].get_n_needs(), 1);

    registry.add(new Lian.ServiceItem({
        id: 'svc-wx-land', name: '工业用地', kind: Lian.ServiceKind.RESOURCE,
        categories: Lian.NeedCategories.LAND, region: '320200',
    }));
    assertEqual(items(matcher.find_gaps(scope, Lian.Level.CITY)).map(g => g.category),
        [Lian.NeedCategory.TALENT]);
});

test('as-of is a property; unset, it is today', () => {
    const matcher = Lian.Matcher.new(loadSample());
    assertEqual(matcher.as_of, null);
    const seen = [];
    matcher.connect('notify::as-of', () => seen.push(matcher.as_of));
    matcher.set_as_of('2024-03-01');
    matcher.as_of = '2024-03-01';
    matcher.as_of = null;
    assertEqual(seen, ['2024-03-01', null]);
    assertEqual(new Lian.Matcher({registry: new Lian.Registry(), as_of: '2023-01-02'}).get_as_of(),
        '2023-01-02');
});

test('a need is judged on the day given, not on the day it came', () => {
    const registry = loadSample();
    // A Kunshan financing policy that came after need-001 (2023-09-12).
    registry.add(new Lian.ServiceItem({
        id: 'svc-ks-loan', name: '昆山产业链贷款', kind: Lian.ServiceKind.POLICY,
        categories: Lian.NeedCategories.FINANCING, region: '320583', valid_from: '2024-01-01',
    }));
    const matcher = new Lian.Matcher({registry, as_of: '2023-09-12'});
    assertEqual(items(matcher.match_need('need-001', 0)).map(m => m.service_id), ['svc-js-srdi-loan']);
    // Still open in 2026: 专精特新贷 expired on 2025-12-31, the new policy applies.
    matcher.as_of = '2026-01-15';
    const later = items(matcher.match_need('need-001', 0));
    assertEqual(later.map(m => m.service_id), ['svc-ks-loan']);
    assert(later[0].reasons.includes('valid on 2026-01-15'), later[0].reasons.join('; '));
    const gaps = items(matcher.find_gaps(null, Lian.Level.CITY));
    assert(!gaps.some(g => g.need_ids.includes('need-001')), 'need-001 is a gap');
    matcher.as_of = null;
    assert(items(matcher.match_need('need-001', 0)).some(m => m.service_id === 'svc-ks-loan'),
        'today, the new policy is not proposed');
});

test('reasons and errors read in Chinese under set_language("zh_CN"), English after', () => {
    const matcher = new Lian.Matcher({registry: loadSample(), as_of: '2023-10-08'});
    Lian.set_language('zh_CN');
    let best, e;
    try {
        best = matcher.match_need('need-007', 1).get_item(0);
        e = assertThrows(() => matcher.match_need('need-999', 3));
    } finally {
        Lian.set_language(null);
    }
    assertEqual(best.reasons, [
        '服务融资需求', '适用范围无锡市包含新吴区', '同属集成电路产业链',
        '2023-10-08 在有效期内', '共同关键词：贷款、贴息']);
    assertEqual(e.message, '没有编号为“need-999”的需求');
    assertEqual(matcher.match_need('need-007', 1).get_item(0).reasons[0], 'serves financing');
});

run();
