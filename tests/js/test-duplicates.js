// SPDX-License-Identifier: LGPL-2.1-or-later
// Duplicates from gjs: the hand-made sheet's pairs, the warning before an
// add, merge and unmerge, a decision kept in a document, needs imported twice.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const SOURCE = GLib.getenv('LIAN_SOURCE_DIR') ?? '.';
const SAMPLE = GLib.build_filenamev([SOURCE, 'data', 'jiangsu-sample.json']);
const DATA = GLib.build_filenamev([SOURCE, 'tests', 'data', 'duplicates']);

function readLines(name) {
    const [, bytes] = GLib.file_get_contents(GLib.build_filenamev([DATA, name]));
    return new TextDecoder().decode(bytes).split('\n').slice(1).filter(l => l.length > 0);
}

function sheet() {
    const registry = new Lian.Registry();
    for (const line of readLines('enterprises.csv')) {
        const [id, name, uscc, region, contactName, contactPhone] = line.split(',');
        const ent = new Lian.Enterprise({id, name, uscc, region});
        if (contactName)
            ent.contact_name = contactName;
        if (contactPhone)
            ent.contact_phone = contactPhone;
        registry.add(ent);
    }
    return registry;
}

function sample() {
    const registry = new Lian.Registry();
    registry.load_from_file(SAMPLE, null);
    return registry;
}

const NICKS = {
    [Lian.DuplicateBand.CERTAIN]: 'certain',
    [Lian.DuplicateBand.LIKELY]: 'likely',
    [Lian.DuplicateBand.UNLIKELY]: 'unlikely',
};

function pairs(registry, band = Lian.DuplicateBand.UNLIKELY, kind = Lian.RecordKind.ENTERPRISE) {
    const found = registry.find_duplicates(kind, band);
    const out = [];
    for (let i = 0; i < found.get_n_items(); i++) {
        const p = found.get_item(i);
        out.push(`${p.get_first_id()},${p.get_second_id()},${NICKS[p.get_band()]}`);
    }
    return out.sort();
}

test('the sheet gives exactly the known pairs in their bands', () => {
    assertEqual(pairs(sheet()), readLines('expected.csv').sort());
    assertEqual(pairs(sheet(), Lian.DuplicateBand.LIKELY).length, 8);
});

test('each pair says why', () => {
    const first = sheet().find_duplicates(Lian.RecordKind.ENTERPRISE,
        Lian.DuplicateBand.CERTAIN).get_item(0);
    assert(first.get_reasons().includes('same credit code'));
    assert(first.get_score() >= 1);
    assertEqual(first.band, Lian.DuplicateBand.CERTAIN);
    assertEqual([first.first_id, first.second_id], ['e01', 'e02']);
    assertEqual(first.reasons, first.get_reasons());
});

test('a new enterprise is warned of before it is added', () => {
    const registry = sheet();
    const firm = new Lian.Enterprise({
        id: 'new', name: '卓胜微电子（无锡）', uscc: '913202141234567802', region: '320214',
    });
    const like = registry.find_duplicates_of(firm, Lian.DuplicateBand.LIKELY);
    assertEqual(like.get_n_items(), 2);
    assertEqual(like.get_item(0).get_second_id(), 'new');
});

test('a merge keeps every reference, an alias, and survives save and load', () => {
    const registry = sample();
    registry.merge_enterprises('ent-wx-wafer', 'ent-wx-chip');
    assertEqual(registry.lookup('ent-wx-chip'), null);
    assertEqual(registry.lookup_enterprise('ent-wx-chip').id, 'ent-wx-wafer');
    assertEqual(registry.lookup_need('need-007').enterprise_id, 'ent-wx-wafer');
    assertEqual(registry.dup_referrers('ent-wx-chip').length, 0);
    const [text] = registry.save_to_data();
    const again = new Lian.Registry();
    again.load_from_data(text, -1);
    assertEqual(again.lookup_enterprise('ent-wx-wafer').aliases, ['ent-wx-chip']);
    assertEqual(again.save_to_data()[0], text);
});

test('an unmerge puts the register back', () => {
    const registry = sample();
    const [before] = registry.save_to_data();
    registry.merge_enterprises('ent-wx-wafer', 'ent-wx-chip');
    registry.unmerge_enterprises('ent-wx-wafer', 'ent-wx-chip');
    assertEqual(registry.save_to_data()[0], before);
    assertThrows(() => registry.unmerge_enterprises('ent-wx-wafer', 'ent-wx-chip'),
        e => e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND));
});

test('a different decision survives reopening a document', () => {
    const dir = GLib.dir_make_tmp('lian-dups-XXXXXX');
    const path = GLib.build_filenamev([dir, 'register.json']);
    const store = Lian.Store.open(path);
    store.save(sheet());
    store.close();
    const opened = Lian.Registry.open(path);
    opened.decide_duplicate('e19', 'e20', false);
    opened.get_store().close();
    const reopened = Lian.Registry.open(path);
    assert(!pairs(reopened).includes('e19,e20,unlikely'));
    assertEqual(reopened.lookup_enterprise('e20').not_duplicates, ['e19']);
    reopened.get_store().close();
    GLib.unlink(path);
    GLib.rmdir(dir);
});

test('a needs sheet imported again adds nothing', () => {
    const registry = sample();
    const sheetText = d => '企业编号,所属产业链,问题类别,需求标题,需求描述,提交日期\n' +
        `ent-wx-chip,chain-ic,融资,设备融资租赁,${d},2023-10-12\n`;
    const importer = new Lian.CsvImporter({registry, record_kind: Lian.RecordKind.NEED});
    importer.import_data(sheetText('购置'), -1);
    const n = registry.count_records(Lian.RecordKind.NEED);
    const again = new Lian.CsvImporter({registry, record_kind: Lian.RecordKind.NEED});
    assertThrows(() => again.import_data(sheetText('购置检测设备'), -1));
    assertEqual(registry.count_records(Lian.RecordKind.NEED), n);
    again.allow_duplicates = true;
    again.import_data(sheetText('购置检测设备'), -1);
    assertEqual(registry.count_records(Lian.RecordKind.NEED), n + 1);
});

run();
