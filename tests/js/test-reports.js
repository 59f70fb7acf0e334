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
const AS_OF = '2023-10-10'; // the day services are judged valid on
const EPOCH = '1696896000'; // 2023-10-10 00:00 UTC: the day of an undated report

// Most tests read the reports in Chinese, as their readers do.
Lian.set_language('zh_CN');

test('mask phone', () => {
    assertEqual(Lian.mask_phone('13712346789'), '137****6789');
    assertEqual(Lian.mask_phone('1234567'), '*******');
});

test('mask phone numbers', () => {
    assertEqual(Lian.mask_phone_numbers('联系方式：139 1234 5678'), '联系方式：139******5678');
    assertEqual(Lian.mask_phone_numbers('金额 20000000 元'), '金额 20000000 元');
});

test('chain book', () => {
    const html = Lian.report_chain_book(registry, 'chain-nev', AS_OF, HTML, NONE);
    assert(html.startsWith('<!DOCTYPE html>'), 'doctype');
    assert(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">'), 'lang');
    assert(html.includes('<h1>新能源汽车产业链</h1>\n<p class="as-of">数据截至 2023-10-10</p>'), 'title');
    assert(!html.includes('<script'), 'no script');
    // The battery segment holds the leader, in the action branch, and
    // ent-cz-battery, only in Changzhou's chain committee but with 310
    // party members: its own organisation.
    assert(html.includes('组织覆盖 2/2 · 100%'), 'battery coverage');
    assert(html.includes('张家港国泰锂电有限公司'), 'leader');
    const md = Lian.report_chain_book(registry, 'chain-nev', AS_OF, MARKDOWN, NONE);
    assert(!md.includes('<'), 'no < in Markdown');
    assert(md.includes('| 电驱电控 | 4 | 4 / 4（100%） | 4 / 4（100%） |\n'), 'segment row');
    assert(md.includes('| 用地 | 0 | 0 | 1 | 1 |\n'), 'closed land need');
});

test('chain book and form judge services on the day given', () => {
    const section = md => md.split('## 适用的服务资源')[1].split('\n## ')[0];
    const then = section(Lian.report_chain_book(registry, 'chain-ic', AS_OF, MARKDOWN, NONE));
    assert(then.includes('| 专精特新贷 |'), 'valid loan missing');
    assert(!then.includes('工业用地弹性出让'), 'expired item listed');
    const later = section(Lian.report_chain_book(registry, 'chain-ic', '2026-01-15', MARKDOWN, NONE));
    assert(!later.includes('专精特新贷'), 'expired loan listed');
    assert(later.includes('于 2026-01-15 有效'), 'day not said');
    const form = Lian.report_enterprise_form(registry, 'ent-wx-chip', '2026-01-15', MARKDOWN, NONE);
    assert(!form.includes('专精特新贷'), 'expired loan matched');
    const today = GLib.DateTime.new_now_local().format('%Y-%m-%d');
    assert(Lian.report_chain_book(registry, 'chain-ic', null, MARKDOWN, NONE).includes(`于 ${today} 有效`),
        'null is not today');
});

test('enterprise form', () => {
    const masked = Lian.report_enterprise_form(registry, 'ent-wx-wafer', AS_OF, MARKDOWN, NONE);
    assert(masked.includes('- **联系电话**：137****6789\n'), 'masked');
    assert(masked.includes('| 新能源汽车产业链 | 电驱电控 | 配套 | 优势 |\n'), 'second chain');
    const shown = Lian.report_enterprise_form(registry, 'ent-wx-wafer', AS_OF, HTML, SHOW_PERSONAL);
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
    const html = Lian.report_chain_book(r, 'chain-ic', AS_OF, HTML, NONE);
    assert(html.includes('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; 芯</h1>'), 'escaped');
    assert(!html.includes('<img'), 'no img');
    const md = Lian.report_chain_book(r, 'chain-ic', AS_OF, MARKDOWN, NONE);
    assert(md.startsWith('# &lt;img src=x onerror=alert(1)&gt; &amp; 芯\n'), 'markdown');
});

test('unknown ids', () => {
    let e = assertThrows(() => Lian.report_chain_book(registry, 'chain-none', AS_OF, HTML, NONE));
    assert(e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND), `${e}`);
    e = assertThrows(() => Lian.report_enterprise_form(registry, 'nobody', AS_OF, MARKDOWN, NONE));
    assert(e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND), `${e}`);
    e = assertThrows(() => Lian.report_dashboard(registry, 'x', HTML, NONE));
    assert(e.matches(Lian.data_error_quark(), Lian.DataError.INVALID_REGION), `${e}`);
});

test('dashboard stands at the day of SOURCE_DATE_EPOCH', () => {
    GLib.setenv('SOURCE_DATE_EPOCH', EPOCH, true);
    let md;
    try {
        md = Lian.report_dashboard(registry, '321100', MARKDOWN, NONE);
    } finally {
        GLib.unsetenv('SOURCE_DATE_EPOCH');
    }
    assert(md.includes('# 镇江市\n\n*产业链党建数据看板*\n\n数据截至 2023-10-10\n'), 'as of');
});

test('in English', () => {
    Lian.set_language('en');
    try {
        const md = Lian.report_chain_book(registry, 'chain-nev', AS_OF, MARKDOWN, NONE);
        assert(md.includes('\n*Chain book*\n\nData as of 2023-10-10\n\n## Overview\n'), 'head');
        assert(md.includes('| 电驱电控 | 4 | 4 / 4 (100%) | 4 / 4 (100%) |\n'), 'segment row');
        assert(!md.includes('一链一册'), 'Chinese kind');
        const html = Lian.report_enterprise_form(registry, 'ent-wx-wafer', AS_OF, HTML, SHOW_PERSONAL);
        assert(html.startsWith('<!DOCTYPE html>\n<html lang="en">'), 'lang');
        assert(html.includes('<dt>Contact phone</dt><dd>13712346789</dd>'), 'phone');
        const form = Lian.report_enterprise_form(registry, 'ent-wx-chip', AS_OF, MARKDOWN, NONE);
        assert(form.includes('- **Employees**: 2,300\n'), 'count');
        assert(form.includes('| 50,000,000 yuan |\n'), 'amount');
        const dash = Lian.report_dashboard(registry, '321100', MARKDOWN, NONE);
        assert(dash.includes('| Organisation coverage rate | 87.5% | 7 / 8 enterprises in a grassroots organisation or with their own |\n'),
            'coverage');
    } finally {
        Lian.set_language('zh_CN');
    }
});

test('the locale chooses when no language is set', () => {
    // The tests run under LC_ALL=C.UTF-8, which gjs has taken as the locale.
    Lian.set_language(null);
    try {
        const md = Lian.report_dashboard(registry, '321100', MARKDOWN, NONE);
        assert(md.includes('## Headline figures\n'), 'English under C.UTF-8');
    } finally {
        Lian.set_language('zh_CN');
    }
});

run();
