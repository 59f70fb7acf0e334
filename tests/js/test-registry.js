// SPDX-License-Identifier: LGPL-2.1-or-later
import GObject from 'gi://GObject';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

// gjs 1.74 cannot iterate a Gio.ListModel with for...of yet.
function items(list) {
    const result = [];
    for (let i = 0; i < list.get_n_items(); i++)
        result.push(list.get_item(i));
    return result;
}

const ids = list => (Array.isArray(list) ? list : items(list)).map(record => record.id);

// A small Jiangsu registry: Wuxi (320200) and Suzhou (320500).
function jiangsu() {
    const chain = new Lian.Chain({id: 'c1', name: '集成电路', region: '320200'});
    chain.add_leader('e-wx1');
    const wx1 = Lian.Enterprise.new('e-wx1', '无锡芯片', '91320214745555318W', '320214');
    wx1.add_chain_link('c1', '设计', Lian.ChainRole.LEADER);
    const wx2 = Lian.Enterprise.new('e-wx2', '无锡电池', '91110000600037341L', '320205');
    const sz = Lian.Enterprise.new('e-sz', '张家港封装', '913205056082348768', '320582');
    sz.add_chain_link('c1', '封测', Lian.ChainRole.SUPPORTING);
    const alliance = new Lian.PartyOrg({
        id: 'o-al', name: '集成电路产业链党建联盟', kind: Lian.OrgKind.ALLIANCE, region: '320200',
    });
    alliance.add_member('e-wx1');
    alliance.add_member('e-sz');
    const needs = [
        new Lian.Need({id: 'n1', enterprise_id: 'e-wx1', category: Lian.NeedCategory.FINANCING,
            title: '流动资金贷款', chain_id: 'c1', submitted: '2023-03-01'}),
        new Lian.Need({id: 'n2', enterprise_id: 'e-wx2', category: Lian.NeedCategory.TECHNOLOGY,
            title: '电池回收技术', submitted: '2023-05-10'}),
        new Lian.Need({id: 'n3', enterprise_id: 'e-sz', category: Lian.NeedCategory.LISTING,
            title: '上市辅导', chain_id: 'c1', submitted: '2023-07-01'}),
        new Lian.Need({id: 'n4', enterprise_id: 'e-wx1', category: Lian.NeedCategory.TALENT,
            title: 'IC设计人才', chain_id: 'c1', submitted: '2023-11-20'}),
    ];
    const reg = new Lian.Registry();
    reg.add_many([Lian.Region.new('320000', '江苏省'), chain, wx1, wx2, sz, alliance, ...needs]);
    return reg;
}

test('build, count, iterate and look up', () => {
    const reg = jiangsu();
    assertEqual(reg.get_n_records(), 10);
    const needs = reg.get_needs();
    assertEqual(needs.get_n_items(), 4);
    assertEqual(needs.get_item_type().name, 'LianNeed');
    assertEqual(items(needs).map(need => need.title),
        ['流动资金贷款', '电池回收技术', '上市辅导', 'IC设计人才']);
    assertEqual(ids(reg.get_enterprises()), ['e-wx1', 'e-wx2', 'e-sz']);
    assertEqual(reg.lookup('e-wx1').name, '无锡芯片');
    assert(reg.lookup('c1') instanceof Lian.Chain);
    assertEqual(reg.lookup('nobody'), null);
    assertEqual(reg.lookup_need('e-wx1'), null);
    assert(reg.lookup('n1').get_registry() === reg);
    assertEqual(ids(reg.dup_referrers('e-wx1')), ['c1', 'o-al', 'n1', 'n4']);
    assertEqual(reg.dup_region_name('320200'), '无锡市');
});

test('add fires items-changed on the list', () => {
    const reg = jiangsu();
    const needs = reg.get_needs();
    const changes = [], added = [];
    needs.connect('items-changed', (list, position, removed, n) => changes.push([position, removed, n]));
    reg.connect('record-added', (r, record) => added.push(record.id));
    const need = Lian.Need.new('n5', 'e-wx2', Lian.NeedCategory.LAND, '研发用地');
    reg.add(need);
    assertEqual(changes, [[4, 0, 1]]);
    assertEqual(added, ['n5']);
    assert(needs.get_item(4) === need);
});

test('a change fires record-changed and the indexes follow', () => {
    const reg = jiangsu();
    const seen = [];
    reg.connect('record-changed', (r, record, property) => seen.push([record.id, property]));
    const n2 = reg.lookup_need('n2');
    n2.transition(Lian.NeedStatus.ACCEPTED, 'o-al', null, null);
    assertEqual(seen[0], ['n2', 'status']);
    const accepted = new Lian.Filter({record_kind: Lian.RecordKind.NEED, status: Lian.NeedStatus.ACCEPTED});
    assertEqual(ids(reg.select(accepted)), ['n2']);
    n2.chain_id = 'c1';
    assertEqual(seen[seen.length - 1], ['n2', 'chain-id']);
    const onChain = new Lian.Filter({record_kind: Lian.RecordKind.NEED, chain_id: 'c1'});
    assertEqual(ids(reg.select(onChain)), ['n1', 'n2', 'n3', 'n4']);
});

test('select the needs of one city', () => {
    const reg = jiangsu();
    const wuxi = new Lian.Filter({record_kind: Lian.RecordKind.NEED, region: '320200'});
    assertEqual(ids(reg.select(wuxi)), ['n1', 'n2', 'n4']);
    const suzhou = new Lian.Filter({record_kind: Lian.RecordKind.NEED, region: '320500'});
    assertEqual(ids(reg.select(suzhou)), ['n3']);
    wuxi.since = '2023-05-01';
    assertEqual(ids(reg.select(wuxi)), ['n2', 'n4']);
    const onChain = new Lian.Filter({record_kind: Lian.RecordKind.NEED, chain_id: 'c1'});
    const [how, visited] = reg.explain_select(onChain);
    assertEqual(visited, 3);
    assert(how.startsWith('needs by chain: '), how);
});

test('a refused add throws and changes nothing', () => {
    const reg = jiangsu();
    const needs = reg.get_needs();
    const changes = [];
    needs.connect('items-changed', (...args) => changes.push(args.slice(1)));
    const orphan = Lian.Need.new('n9', 'e-gone', Lian.NeedCategory.LAND, '用地');
    let e = assertThrows(() => reg.add(orphan), err => err instanceof Lian.RegistryError);
    assertEqual(e.code, Lian.RegistryError.UNKNOWN_REFERENCE);
    assert(e.message.includes('need "n9": enterprise_id: '), e.message);
    e = assertThrows(() => reg.add(Lian.Need.new('n9', 'c1', Lian.NeedCategory.LAND, '用地')),
        err => err instanceof Lian.RegistryError);
    assertEqual(e.code, Lian.RegistryError.WRONG_KIND);
    e = assertThrows(() => reg.add_many([
        Lian.Need.new('n9', 'e-wx1', Lian.NeedCategory.LAND, '用地'),
        Lian.Need.new('n9', 'e-wx2', Lian.NeedCategory.TAX, '税务'),
    ]), err => err instanceof Lian.RegistryError);
    assertEqual(e.code, Lian.RegistryError.DUPLICATE_ID);
    e = assertThrows(() => reg.add(Lian.Enterprise.new('e-bad', '坏企业', '91320214745555318X', '320214')),
        err => err instanceof Lian.DataError);
    assert(e.message.startsWith('enterprise "e-bad": uscc: '), e.message);

    assertEqual(reg.get_n_records(), 10);
    assertEqual(needs.get_n_items(), 4);
    assertEqual(changes, []);
    assertEqual(reg.lookup('n9'), null);
    assertEqual(orphan.get_registry(), null);
});

test('a gjs subclass of Lian.Record is refused and nothing is added', () => {
    const Memo = GObject.registerClass({GTypeName: 'LianTestMemo'}, class Memo extends Lian.Record {});
    const reg = jiangsu();
    const [before] = reg.save_to_data();
    const memo = new Memo({id: 'memo-1', name: '备忘'});
    let e = assertThrows(() => reg.add(memo), err => err instanceof Lian.RegistryError);
    assertEqual(e.code, Lian.RegistryError.UNKNOWN_TYPE);
    assert(e.message.includes('"memo-1"') && e.message.includes('LianTestMemo'), e.message);
    e = assertThrows(() => reg.add_many([Lian.Region.new('320100', '南京市'), memo]),
        err => err instanceof Lian.RegistryError);
    assertEqual(e.code, Lian.RegistryError.UNKNOWN_TYPE);

    assertEqual(reg.get_n_records(), 10);
    assertEqual(reg.lookup('memo-1'), null);
    assertEqual(reg.lookup('320100'), null);
    assertEqual(memo.get_registry(), null);
    const [saved] = reg.save_to_data();
    assertEqual(saved, before);
    const back = new Lian.Registry();
    back.load_from_data(saved, -1);
    assertEqual(back.get_n_records(), 10);
});

test('every property holding ids is a declared reference', () => {
    const declared = {};
    for (let kind = 0; kind <= Lian.RecordKind.ACTIVITY; kind++) {
        const gtype = Lian.RecordKind.get_record_type(kind);
        const klass = Lian[GObject.type_name(gtype).replace(/^Lian/, '')];
        assertEqual(klass.$gtype, gtype);
        for (const pspec of GObject.Object.list_properties.call(klass)) {
            const holdsIds = pspec.name.endsWith('-id') || pspec.name.endsWith('-ids');
            const [isRef, target] = Lian.RecordKind.get_reference(kind, pspec.name);
            assertEqual(isRef, holdsIds, `${GObject.type_name(gtype)}:${pspec.name}`);
            if (isRef)
                declared[`${GObject.type_name(gtype)}:${pspec.name}`] = target;
        }
    }
    assertEqual(declared['LianNeed:enterprise-id'], Lian.RecordKind.ENTERPRISE);
    assertEqual(declared['LianActionProject:need-ids'], Lian.RecordKind.NEED);
    assertEqual(Object.keys(declared).length, 17);
});

test('remove with cascade reports what it touched', () => {
    const reg = jiangsu();
    let e = assertThrows(() => reg.remove('e-wx1', false), err => err instanceof Lian.RegistryError);
    assertEqual(e.code, Lian.RegistryError.STILL_REFERENCED);
    assertEqual(reg.get_n_records(), 10);
    e = assertThrows(() => reg.remove('e-none', true), err => err instanceof Lian.RegistryError);
    assertEqual(e.code, Lian.RegistryError.NOT_FOUND);

    const removed = [];
    reg.connect('record-removed', (r, record) => removed.push(record.id));
    const [ok, affected] = reg.remove('e-wx1', true);
    assert(ok);
    assertEqual(affected, ['e-wx1', 'n1', 'n4', 'c1', 'o-al']);
    assertEqual(removed.sort(), ['e-wx1', 'n1', 'n4']);
    assertEqual(ids(reg.get_needs()), ['n2', 'n3']);
    assert(!reg.lookup_chain('c1').is_leader('e-wx1'));
    assertEqual(reg.lookup_organization('o-al').member_ids, ['e-sz']);
});

test('clear empties everything', () => {
    const reg = jiangsu();
    const needs = reg.get_needs();
    const need = reg.lookup('n1');
    reg.clear();
    assertEqual(reg.get_n_records(), 0);
    assertEqual(needs.get_n_items(), 0);
    assertEqual(need.get_registry(), null);
});

test('counts by region and status, without lists', () => {
    const reg = jiangsu();
    assertEqual(reg.count_records(Lian.RecordKind.NEED), 4);
    assertEqual(reg.count_enterprises('320200'), 2);
    assertEqual(reg.count_needs('320500'), 1);
    assertEqual(reg.dup_regions_at('320000', Lian.Level.CITY), ['320200', '320500']);
    const before = reg.get_change_count();
    reg.move_need('n1', Lian.NeedStatus.ACCEPTED, null, null, null);
    assert(reg.get_change_count() > before);
    assertEqual(reg.count_needs_by_status('320200', Lian.NeedStatus.ACCEPTED), 1);
    assertEqual(reg.count_needs_by_status(null, Lian.NeedStatus.SUBMITTED), 3);
    reg.lookup_enterprise('e-wx1').region = '320582';
    assertEqual(reg.count_needs('320500'), 3);
});

test('foreach visits in order and notices changes', () => {
    const reg = jiangsu();
    const seen = [];
    assert(reg.foreach(Lian.RecordKind.NEED, need => {
        seen.push(need.id);
        return true;
    }));
    assertEqual(seen, ['n1', 'n2', 'n3', 'n4']);
    const changed = [];
    assertThrows(() => reg.foreach(Lian.RecordKind.NEED, need => {
        changed.push(need.id);
        need.title = `${need.title}（续）`;
        return true;
    }), e => e.matches(Lian.registry_error_quark(), Lian.RegistryError.CHANGED) &&
        e.message.includes('after 1 of 4'));
    assertEqual(changed, ['n1']);
});

// gjs refuses calls on an object disposed from JavaScript (a critical);
// what still holds the registry reaches it from C.
test('a disposed registry takes no records from what holds it', () => {
    const reg = jiangsu();
    const firm = reg.lookup_enterprise('e-wx1');
    const importer = Lian.CsvImporter.new(reg, Lian.RecordKind.ENTERPRISE);
    const needs = reg.get_needs();
    const changes = [];
    needs.connect('items-changed', (model, position, removed, added) =>
        changes.push([position, removed, added]));
    reg.run_dispose();

    // The lists someone holds are emptied, and say so.
    assertEqual(needs.get_n_items(), 0);
    assertEqual(JSON.stringify(changes), JSON.stringify([[0, 4, 0]]));

    assertEqual(firm.get_registry(), null);
    firm.employees = 99;
    assertEqual(firm.employees, 99);
    assertThrows(() => importer.import_data('编号,企业名称,统一社会信用代码,所在地区代码\n' +
        'e-nj,南京企业,91320214745555318W,320102\n', -1),
        e => e.matches(Lian.registry_error_quark(), Lian.RegistryError.DISPOSED));
    assertEqual(importer.get_n_imported(), 0);

    // A record it held is no other registry's either (gjs calls nothing
    // on the disposed registry itself).
    assertThrows(() => new Lian.Registry().update(firm, 'employees', 7),
        e => e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND));
    assertEqual(firm.employees, 99);
});

run();
