// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const source = GLib.getenv('LIAN_SOURCE_DIR') ?? '.';
const sample = GLib.build_filenamev([source, 'data', 'jiangsu-sample.json']);
const csvDir = GLib.build_filenamev([source, 'tests', 'data', 'csv']);

function sampleRegistry() {
    const registry = new Lian.Registry();
    registry.load_from_file(sample, null);
    return registry;
}

function results(importer) {
    const list = importer.get_results();
    const out = [];
    for (let i = 0; i < list.get_n_items(); i++)
        out.push(list.get_item(i));
    return out;
}

test('GB18030 file with one bad code, partial', () => {
    const registry = sampleRegistry();
    const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE);
    importer.partial = true;
    assert(importer.import_file(GLib.build_filenamev([csvDir, 'enterprises-gb18030.csv']), null));

    const all = results(importer);
    const rejected = all.filter(r => r.outcome === Lian.CsvOutcome.REJECTED);
    assertEqual(rejected.length, 1);
    assertEqual(rejected[0].row, 4);
    assertEqual(rejected[0].column, '统一社会信用代码');
    assertEqual(rejected[0].message, "check character is 'U', not 'X'");
    assertEqual(all.filter(r => r.outcome === Lian.CsvOutcome.IMPORTED).map(r => r.row), [2, 3, 5]);
    assertEqual(importer.get_n_imported(), 3);
    assertEqual(registry.get_enterprises().get_n_items(), 35);
    assertEqual(registry.lookup_enterprise('ent-91321183993518190H').name, '句容绿能新材料有限公司');
});

test('all or nothing throws and leaves the registry alone', () => {
    const registry = sampleRegistry();
    const [before] = registry.save_to_data();
    const importer = new Lian.CsvImporter({registry, record_kind: Lian.RecordKind.ENTERPRISE});
    const e = assertThrows(() => importer.import_file(GLib.build_filenamev([csvDir, 'enterprises-gb18030.csv']), null),
        err => err.matches(Lian.data_error_quark(), Lian.DataError.INVALID_USCC));
    assert(e.message.startsWith('1 of 4 rows rejected; first: row 4, 统一社会信用代码'), e.message);
    assertEqual(importer.get_n_skipped(), 3);
    assertEqual(registry.save_to_data()[0], before);
});

test('import bytes and write a report', () => {
    const registry = sampleRegistry();
    const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.SERVICE);
    importer.partial = true;
    const bytes = new TextEncoder().encode('编号,名称,类型,服务类别\nsvc-x,贴息,政策,融资、技术\nsvc-y,补贴,奖励,人才\n');
    assert(importer.import_data(bytes));
    assertEqual(registry.lookup_service('svc-x').categories,
        Lian.NeedCategories.FINANCING | Lian.NeedCategories.TECHNOLOGY);
    const [, bad] = results(importer);
    assertEqual([bad.row, bad.record_id, bad.column], [3, 'svc-y', '类型']);
    assert(importer.dup_report().includes('3,已拒绝,svc-y,类型,'));
});

test('export masks phones and imports back', () => {
    const registry = sampleRegistry();
    const filter = new Lian.Filter({record_kind: Lian.RecordKind.ENTERPRISE, region: '321181'});
    const [text] = registry.export_csv_to_data(filter, Lian.CsvExportFlags.NONE);
    assert(text.startsWith('\ufeff编号,企业名称'));
    assert(text.includes('136****4566'));
    const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE);
    assert(importer.import_data(new TextEncoder().encode(text)));
    assertEqual(importer.get_n_updated(), 5);
    assertEqual(registry.lookup_enterprise('ent-dy-frame').contact_phone, '13612354566');
});

test('a refused file says what every good row would have done', () => {
    const registry = sampleRegistry();
    const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.NEED);
    const bytes = new TextEncoder().encode('编号,企业编号,问题类别,需求标题,需求描述\n' +
        'n-1,ent-wx-chip,融资,甲,"第一行\n第二行"\nn-2,ent-none,融资,乙,\n');
    assertThrows(() => importer.import_data(bytes), err => err.message.startsWith('1 of 2 rows rejected'));
    const [good, bad] = results(importer);
    assertEqual([good.row, good.outcome, good.message],
        [2, Lian.CsvOutcome.SKIPPED, 'would be imported, but the file was refused']);
    assertEqual([bad.row, bad.outcome], [3, Lian.CsvOutcome.REJECTED]);
});

test('a rejected row says why in the language set', () => {
    const bytes = new TextEncoder().encode('编号,企业名称,问题类别,需求标题\n' +
        'need-x,无锡华芯微电子有限公司,技术,测试,多余\n');
    const cases = [
        [null, 'the row has 5 cells; the header has 4', '1 of 1 rows rejected; first: row 2: '],
        ['zh_CN', '该行有 5 个单元格；表头有 4 列', '1 行被拒绝（共 1 行）；第一处：第 2 行：'],
    ];
    try {
        for (const [language, row, first] of cases) {
            Lian.set_language(language);
            const importer = Lian.CsvImporter.new(sampleRegistry(), Lian.RecordKind.NEED);
            assertThrows(() => importer.import_data(bytes), err => err.message === first + row);
            assertEqual(results(importer)[0].message, row);
        }
    } finally {
        Lian.set_language(null);
    }
});

test('labels are read in English too', () => {
    const registry = sampleRegistry();
    const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.ENTERPRISE);
    assert(importer.import_data(new TextEncoder().encode(
        '企业名称,统一社会信用代码,所在地区代码,企业标签,所属产业链,链上角色\n' +
        '甲公司,91320214526018159X,320214,"high-tech enterprise、Little Giant",chain-ic,chain leader\n')));
    const ent = registry.lookup('ent-91320214526018159X');
    assertEqual(ent.tags, Lian.EnterpriseTags.HIGH_TECH | Lian.EnterpriseTags.LITTLE_GIANT);
    assertEqual(ent.get_chain_links().map(link => link.get_role()), [Lian.ChainRole.LEADER]);
});

test('a formula title is guarded on export and read back', () => {
    const registry = sampleRegistry();
    const title = '=HYPERLINK("http://evil","x")';
    registry.lookup_need('need-001').title = title;
    const [text] = registry.export_csv_to_data(new Lian.Filter({record_kind: Lian.RecordKind.NEED}),
        Lian.CsvExportFlags.NONE);
    assert(text.includes(',"=""=HYPERLINK(""""http://evil"""",""""x"""")""",'));
    const target = sampleRegistry();
    assert(Lian.CsvImporter.new(target, Lian.RecordKind.NEED).import_data(new TextEncoder().encode(text)));
    assertEqual(target.lookup_need('need-001').title, title);
});

test('a status caught up from a needs sheet keeps its date', () => {
    const registry = sampleRegistry();
    const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.NEED);
    assert(importer.import_data(new TextEncoder().encode(
        '编号,企业编号,问题类别,需求标题,状态,解决日期\nneed-002,ent-wx-wafer,人才,工艺工程师招聘,已解决,2023-10-20\n')));
    const need = registry.lookup_need('need-002');
    assertEqual(need.status, Lian.NeedStatus.RESOLVED);
    const last = need.get_history()[1];
    assertEqual(last.get_at().format_iso8601(), '2023-10-20T00:00:00+08');
    assertEqual(last.get_note(), '据导入表格第2行补录');
    const wuxi = new Lian.Filter({record_kind: Lian.RecordKind.NEED, region: '320200'});
    const summary = Lian.Summary.new(registry, wuxi, '2023-12-31');
    assertEqual(summary.get_n_needs_by_status(Lian.NeedStatus.RESOLVED), 2);
});

test('phones in columns lian does not know are masked on export', () => {
    const registry = sampleRegistry();
    const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.NEED);
    assert(importer.import_data(new TextEncoder().encode(
        '编号,企业编号,问题类别,需求标题,手机\nneed-004,ent-dy-frame,物流,出口订单物流受阻,13812345678\n')));
    const filter = new Lian.Filter({record_kind: Lian.RecordKind.NEED, region: '321181'});
    const [text] = registry.export_csv_to_data(filter, Lian.CsvExportFlags.NONE);
    assert(text.includes(',138****5678\r\n'), text);
    assert(!text.includes('13812345678'));
});

run();
