// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

test('object construction sets has-status', () => {
    const f = new Lian.Filter({
        record_kind: Lian.RecordKind.NEED, region: '320200',
        status: Lian.NeedStatus.RESOLVED, open_only: true,
        categories: Lian.NeedCategories.FINANCING, since: '2023-01-01',
    });
    assertEqual(f.record_kind, Lian.RecordKind.NEED);
    assertEqual(f.region, '320200');
    assertEqual(f.status, Lian.NeedStatus.RESOLVED);
    assert(f.has_status, 'has_status should be true');
    assert(f.open_only);
    assertEqual(f.categories, Lian.NeedCategories.FINANCING);
    assertEqual(f.get_since(), '2023-01-01');
    assertEqual(f.until, null);
});

test('new filter matches everything', () => {
    const f = Lian.Filter.new(Lian.RecordKind.ORGANIZATION);
    assertEqual(f.get_record_kind(), Lian.RecordKind.ORGANIZATION);
    assert(!f.has_status);
    assertEqual(f.region, null);
    assertEqual(f.chain_id, null);
    assertEqual(f.tags, 0);
    assertEqual(f.text, null);
    assertEqual(new Lian.Filter().record_kind, Lian.RecordKind.NEED);
});

test('set and read properties', () => {
    const f = new Lian.Filter();
    f.tags = Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.HIGH_TECH;
    f.set_text('园区');
    f.chain_id = 'chain-1';
    f.until = '2023-12-31';
    assertEqual(f.get_tags(), Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.HIGH_TECH);
    assertEqual(f.text, '园区');
    assertEqual(f.get_chain_id(), 'chain-1');
    assertEqual(f.get_until(), '2023-12-31');
    const pspec = GObject.Object.find_property.call(Lian.Filter, 'has-status');
    assert(!(pspec.flags & GObject.ParamFlags.WRITABLE), 'has-status is writable');
});

test('status and clear_status notify', () => {
    const f = new Lian.Filter();
    const seen = [];
    f.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    f.status = Lian.NeedStatus.SUBMITTED;
    assert(f.has_status);
    assertEqual(seen.sort(), ['has-status', 'status']);
    seen.length = 0;
    f.set_status(Lian.NeedStatus.SUBMITTED);
    f.set_status(Lian.NeedStatus.ACCEPTED);
    assertEqual(seen, ['status']);
    seen.length = 0;
    f.clear_status();
    f.clear_status();
    assertEqual(seen, ['has-status']);
    assert(!f.has_status);
    assertEqual(f.status, Lian.NeedStatus.ACCEPTED);
});

test('notify once per change', () => {
    const f = Lian.Filter.new(Lian.RecordKind.NEED);
    const seen = [];
    f.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    f.text = '贷款';
    f.text = '贷款';
    f.open_only = false;
    f.record_kind = Lian.RecordKind.NEED;
    f.record_kind = Lian.RecordKind.PROJECT;
    assertEqual(seen, ['text', 'record-kind']);
});

function smallRegistry() {
    const reg = new Lian.Registry();
    reg.add(new Lian.Chain({id: 'c1', name: '集成电路', region: '320000'}));
    reg.add(Lian.Enterprise.new('e1', 'e1', '91320214745555318W', '320214'));
    reg.add(Lian.Enterprise.new('e2', 'e2', '91110000600037341L', '320281'));
    reg.add(Lian.Enterprise.new('e3', 'e3', '913205056082348768', '320583'));
    const S = Lian.NeedStatus;
    for (const [id, firm, status, submitted, resolved, bottleneck] of [
        ['n1', 'e1', S.IN_PROGRESS, '2023-03-01', null, true],
        ['n2', 'e2', S.RESOLVED, '2023-02-01', '2023-02-11', true],
        ['n3', 'e3', S.SUBMITTED, '2023-06-20', null, false],
        ['n4', 'e1', S.RESOLVED, '2023-05-01', '2023-08-30', false],
    ]) {
        reg.add(new Lian.Need({id, enterprise_id: firm, title: id, chain_id: 'c1', status,
            submitted, resolved, bottleneck}));
    }
    return reg;
}

function ids(list) {
    const out = [];
    for (let i = 0; i < list.get_n_items(); i++)
        out.push(list.get_item(i).id);
    return out;
}

test('bottleneck, age and resolution criteria', () => {
    const reg = smallRegistry();
    assertEqual(ids(reg.select(new Lian.Filter({bottleneck_only: true}))), ['n1', 'n2']);
    const old = new Lian.Filter({open_longer_than: 100, as_of: '2023-07-01'});
    assertEqual(ids(reg.select(old)), ['n1']);
    old.as_of = '2023-02-10';
    old.open_longer_than = 5;
    assertEqual(ids(reg.select(old)), ['n2']);
    const summer = new Lian.Filter({resolved_since: '2023-06-01', resolved_until: '2023-08-31'});
    assertEqual(ids(reg.select(summer)), ['n4']);
});

test('region by name, or by a code with spaces', () => {
    const reg = smallRegistry();
    assertEqual(ids(reg.select(new Lian.Filter({region: '无锡市'}))), ['n1', 'n2', 'n4']);
    const spaced = new Lian.Filter({region: ' 320200 '});
    assertEqual(spaced.region, '320200');
    assertEqual(ids(reg.select(spaced)), ['n1', 'n2', 'n4']);
    assertEqual(reg.resolve_region('苏州市'), '320500');
});

test('a bad filter throws, in its domain', () => {
    const reg = smallRegistry();
    const D = Lian.DataError;
    for (const [props, domain, code, text] of [
        [{region: '无锡'}, Lian.DataError, D.INVALID_REGION, 'no region is named "无锡"'],
        [{region: '鼓楼区'}, Lian.DataError, D.INVALID_REGION, '320106 (in 南京市), 320302 (in 徐州市)'],
        [{since: '2023-13-01'}, Lian.DataError, D.INVALID_DATE, 'filter since: "2023-13-01"'],
        [{resolved_since: '2023-03-01', resolved_until: '2023-02-01'}, Lian.DataError,
            D.INVALID_VALUE, 'comes after resolved-until'],
        [{chain_id: 'c9'}, Lian.RegistryError, Lian.RegistryError.NOT_FOUND, 'no chain has the id "c9"'],
    ]) {
        const e = assertThrows(() => reg.select(new Lian.Filter(props)));
        assert(e instanceof domain, `${e} is not a ${domain}`);
        assert(e.matches(domain, code), `${e.message}: code ${e.code}, not ${code}`);
        assert(e.message.includes(text), e.message);
        assertThrows(() => reg.explain_select(new Lian.Filter(props)), x => x instanceof domain);
    }
    assert(new Lian.Filter({region: '无锡'}).check(), 'a name passes check()');
    assertThrows(() => new Lian.Filter({as_of: 'today'}).check(),
        e => e instanceof Lian.DataError && e.code === Lian.DataError.INVALID_DATE);
});

test('a negative amount is a critical from the setter', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: '贷款', amount_yuan: 5000000});
    GLib.test_expect_message('Lian', GLib.LogLevelFlags.LEVEL_CRITICAL, '*amount_yuan >= 0*');
    need.amount_yuan = -5;
    GLib.test_assert_expected_messages_internal('Lian', 'test-filter.js', 0, 'amount');
    assertEqual(need.amount_yuan, 5000000);
    const project = new Lian.ActionProject({id: 'p1', name: '攻关', loans_yuan: 100});
    GLib.test_expect_message('Lian', GLib.LogLevelFlags.LEVEL_CRITICAL, '*loans_yuan >= 0*');
    project.loans_yuan = -5;
    GLib.test_assert_expected_messages_internal('Lian', 'test-filter.js', 0, 'loans');
    assertEqual(project.loans_yuan, 100);
});

run();
