// SPDX-License-Identifier: LGPL-2.1-or-later
// The reports from gjs, on the bundled Jiangsu sample; every figure was
// counted by hand from data/jiangsu-sample.json.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const sample = GLib.build_filenamev([GLib.getenv('LIAN_SOURCE_DIR') ?? '.', 'data', 'jiangsu-sample.json']);
const load = () => {
    const registry = new Lian.Registry();
    registry.load_from_file(sample, null);
    return registry;
};
const registry = load();
const {HTML, MARKDOWN} = Lian.ReportFormat;
const {NONE, SHOW_PERSONAL} = Lian.ReportFlags;

test('mask phone', () => {
    assertEqual(Lian.mask_phone('13712346789'), '137****6789');
    assertEqual(Lian.mask_phone('1234567'), '*******');
});

test('chain book', () => {
    const html = Lian.report_chain_book(registry, 'chain-nev', HTML, NONE);
    assert(html.startsWith('<!DOCTYPE html>'), 'doctype');
    assert(html.includes('<h1>新能源汽车产业链</h1>'), 'title');
    assert(!html.includes('<script'), 'no script');
    // The battery segment holds the leader, in the action branch, and
    // ent-cz-battery, only in Changzhou's chain committee but with 310
    // party members: its own organisation.
    assert(html.includes('组织覆盖 2/2 · 100%'), 'battery coverage');
    assert(html.includes('张家港国泰锂电有限公司'), 'leader');
    const md = Lian.report_chain_book(registry, 'chain-nev', MARKDOWN, NONE);
    assert(!md.includes('<'), 'no < in Markdown');
    assert(md.includes('| 电驱电控 | 4 | 4 / 4（100%） | 4 / 4（100%） |\n'), 'segment row');
    assert(md.includes('| 用地 | 0 | 0 | 1 | 1 |\n'), 'closed land need');
});

test('enterprise form', () => {
    const masked = Lian.report_enterprise_form(registry, 'ent-wx-wafer', MARKDOWN, NONE);
    assert(masked.includes('- **联系电话**：137****6789\n'), 'masked');
    assert(masked.includes('| 新能源汽车产业链 | 电驱电控 | 配套 | 优势 |\n'), 'second chain');
    const shown = Lian.report_enterprise_form(registry, 'ent-wx-wafer', HTML, SHOW_PERSONAL);
    assert(shown.includes('<dd>13712346789</dd>'), 'shown');
});

test('dashboard', () => {
    const html = Lian.report_dashboard(registry, null, HTML, NONE);
    assertEqual(html.split('<svg ').length - 1, 3);
    const md = Lian.report_dashboard(registry, '321100', MARKDOWN, NONE);
    assert(!md.includes('<'), 'no < in Markdown');
    assert(md.includes('# 镇江市\n'), 'title');
    // Five in a grassroots organisation, two more with their own.
    assert(md.includes('| 组织覆盖率 | 87.5% | 7 / 8 家企业加入基层党组织或有自己的党组织 |\n'), 'coverage');
    assert(md.includes('| 丹阳市 |'), 'county row');
});

test('escaping', () => {
    const r = load();
    r.lookup('chain-ic').set_name('<img src=x onerror=alert(1)> & 芯');
    const html = Lian.report_chain_book(r, 'chain-ic', HTML, NONE);
    assert(html.includes('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; 芯</h1>'), 'escaped');
    assert(!html.includes('<img'), 'no img');
    const md = Lian.report_chain_book(r, 'chain-ic', MARKDOWN, NONE);
    assert(md.startsWith('# &lt;img src=x onerror=alert(1)&gt; &amp; 芯\n'), 'markdown');
});

test('unknown ids', () => {
    let e = assertThrows(() => Lian.report_chain_book(registry, 'chain-none', HTML, NONE));
    assert(e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND), `${e}`);
    e = assertThrows(() => Lian.report_enterprise_form(registry, 'nobody', MARKDOWN, NONE));
    assert(e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND), `${e}`);
    e = assertThrows(() => Lian.report_dashboard(registry, 'x', HTML, NONE));
    assert(e.matches(Lian.data_error_quark(), Lian.DataError.INVALID_REGION), `${e}`);
});

run();
