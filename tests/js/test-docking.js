// SPDX-License-Identifier: LGPL-2.1-or-later
// Demand posts, capabilities, responses, supplier matching and the code
// tables from gjs, against tests/data/docking.json (known answers).
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const DOCKING = GLib.build_filenamev([GLib.getenv('LIAN_SOURCE_DIR') ?? '.', 'tests', 'data', 'docking.json']);

function load() {
    const registry = new Lian.Registry();
    registry.load_from_file(DOCKING, null);
    return registry;
}

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

test('a post validates its industry code', () => {
    const post = new Lian.DemandPost({
        id: 'post-9', enterprise_id: 'ent-1', chain_id: 'chain-1', product: '压铸件',
        industry_code: '3670', quantity: 500, published: '2024-03-01', delivery_until: '2024-05-31',
    });
    assertEqual(post.record_kind, Lian.RecordKind.POST);
    assert(post.validate());
    post.industry_code = '98';
    assertThrows(() => post.validate(), e => e.message.includes('industry code "98"'));
});

test('a capability counts its capacity over days', () => {
    const cap = Lian.Capability.new('cap-9', 'ent-1');
    cap.capacity = 3000;
    assertEqual(cap.get_capacity_for_days(45), 4500);
    cap.products = ['压铸件'];
    assertEqual(cap.get_products(), ['压铸件']);
});

test('a response moves through the registry with a dated history', () => {
    const registry = load();
    registry.move_response('resp-3', Lian.ResponseStatus.DECLINED, '2024-04-09');
    const resp = registry.lookup('resp-3');
    assertEqual(resp.get_moves(), ['2024-04-03 submitted', '2024-04-09 declined']);
    assertEqual(resp.get_status_date(Lian.ResponseStatus.DECLINED), '2024-04-09');
    assertThrows(() => registry.move_response('resp-3', Lian.ResponseStatus.AWARDED, null),
        e => e.message.includes('cannot move from declined to awarded'));
    assertEqual(registry.get_journal().get_n_items(), 1);
});

test('post-1 matches three suppliers, post-2 is a gap', () => {
    const matcher = Lian.Matcher.new(load());
    const matches = items(matcher.match_post('post-1', 0));
    assertEqual(matches.map(m => m.get_enterprise_id()), ['ent-parts-wx', 'ent-parts-sh', 'ent-metal-sz']);
    assertEqual(matches.map(m => m.get_score()), [90, 50, 25]);
    assertEqual(matches[2].get_reasons()[0], 'industry division 36');
    assertEqual(items(matcher.find_post_gaps()).map(p => p.id), ['post-2']);
});

test('code tables know the whole country and GB/T 4754-2017', () => {
    const [ok, name, level, parent] = Lian.adcode_lookup('440300');
    assertEqual([ok, name, level, parent], [true, '深圳市', Lian.Level.CITY, '440000']);
    assert(Lian.adcode_is_valid('310000'));
    assertThrows(() => Lian.adcode_check('329999'), e => e.message.includes('"329999"'));
    assertThrows(() => Lian.adcode_check('990000'), e => e.message.includes('"990000"'));
    const [found, division, dlevel, section] = Lian.industry_code_lookup('33');
    assertEqual([found, division, dlevel, section], [true, '金属制品业', Lian.IndustryLevel.DIVISION, 'C']);
    assertEqual(Lian.industry_code_lookup('3973').slice(1), ['集成电路制造', Lian.IndustryLevel.CLASS, '397']);
});

test('a summary counts posts, responses and awards', () => {
    const summary = Lian.Summary.new(load(), null, '2024-12-31');
    assertEqual([summary.get_n_posts(), summary.get_n_responses(), summary.get_n_awards()], [4, 3, 1]);
    assertEqual(summary.get_awarded_yuan(), 1200000);
    assertEqual(summary.get_award_share_same_province(), 1);
});

run();
