// SPDX-License-Identifier: LGPL-2.1-or-later
// Loading and saving lian's JSON document from JavaScript.
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

Gio._promisify(Lian.Registry.prototype, 'load_from_file_async', 'load_from_file_finish');

const sourceDir = GLib.getenv('LIAN_SOURCE_DIR') ??
    GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', '..']);
const dataDir = GLib.build_filenamev([sourceDir, 'tests', 'data']);
const canonical = GLib.build_filenamev([dataDir, 'good', 'canonical.json']);

const document = JSON.stringify({
    format: 'lian',
    version: 1,
    enterprises: [
        {id: 'ent-a', name: '无锡芯片', uscc: '91320214MA1X00001T', region: '320214'},
    ],
    needs: [
        {id: 'need-1', enterprise_id: 'ent-a', category: 'financing', title: '流动资金贷款'},
        {id: 'need-2', enterprise_id: 'ent-a', category: 'talent', title: '招工', status: 'accepted'},
    ],
});

// save_to_data() gives [text, length].
function save(reg) {
    const [text] = reg.save_to_data();
    return text;
}

function readText(path) {
    const [, bytes] = GLib.file_get_contents(path);
    return new TextDecoder().decode(bytes);
}

// Runs a main loop until @promise settles; returns its value or throws.
function runUntil(promise) {
    const loop = new GLib.MainLoop(null, false);
    let value, error, settled = false;
    promise.then(v => {
        value = v;
    }, e => {
        error = e;
    }).finally(() => {
        settled = true;
        loop.quit();
    });
    if (!settled)
        loop.run();
    if (error)
        throw error;
    return value;
}

test('load from a string', () => {
    const reg = new Lian.Registry();
    assert(reg.load_from_data(document, -1));
    const needs = reg.get_needs();
    assertEqual(needs.get_n_items(), 2);
    const titles = [];
    for (let i = 0; i < needs.get_n_items(); i++)
        titles.push(needs.get_item(i).title);
    assertEqual(titles.sort(), ['招工', '流动资金贷款'].sort());
    assertEqual(reg.lookup_need('need-2').status, Lian.NeedStatus.ACCEPTED);
    assertEqual(reg.lookup('ent-a').name, '无锡芯片');
    assertEqual(reg.lookup('need-3'), null);
});

test('load from a file', () => {
    const reg = new Lian.Registry();
    assert(reg.load_from_file(canonical, null));
    assertEqual(reg.get_needs().get_n_items(), 2);
    const ent = reg.lookup_enterprise('ent-a');
    assertEqual(ent.employees, 1200);
    assertEqual(ent.get_chain_ids(), ['chain-ic', 'chain-nev']);
    assertEqual(ent.get_extra().get_string_member('x_crm'), 'C-0001');
});

test('a bad document throws and changes nothing', () => {
    const reg = new Lian.Registry();
    reg.load_from_data(document, -1);
    const before = save(reg);
    let added = 0;
    reg.connect('record-added', () => added++);
    const bad = GLib.build_filenamev([dataDir, 'bad', 'unknown-status.json']);
    let e = assertThrows(() => reg.load_from_file(bad, null),
        err => err instanceof Lian.DataError);
    assert(e.matches(Lian.DataError, Lian.DataError.UNKNOWN_NICK), e.message);
    assert(e.message.includes('$.needs[0].status'), e.message);
    e = assertThrows(() => reg.load_from_data('{"format": "lian", "version": 1', -1),
        err => err instanceof Lian.FormatError);
    assertEqual(e.code, Lian.FormatError.SYNTAX);
    e = assertThrows(() => reg.load_from_file(GLib.build_filenamev([dataDir, 'bad', 'newer-version.json']), null),
        err => err instanceof Lian.FormatError);
    assertEqual(e.code, Lian.FormatError.UNSUPPORTED);
    assertEqual(reg.get_n_records(), 3);
    assertEqual(save(reg), before);
    assertEqual(added, 0);
});

test('save to data round trip', () => {
    const text = readText(canonical);
    const reg = new Lian.Registry();
    reg.load_from_data(text, -1);
    assertEqual(save(reg), text);
    const again = new Lian.Registry();
    again.load_from_data(save(reg), -1);
    assertEqual(save(again), text);
});

test('async load with a promise', () => {
    const reg = new Lian.Registry();
    const ok = runUntil(reg.load_from_file_async(canonical, null));
    assert(ok);
    assertEqual(reg.get_needs().get_n_items(), 2);
    assert(reg.lookup_project('proj-1') !== null);
});

test('async load of a bad document rejects', () => {
    const reg = new Lian.Registry();
    const bad = GLib.build_filenamev([dataDir, 'bad', 'need-missing-enterprise.json']);
    const e = assertThrows(() => runUntil(reg.load_from_file_async(bad, null)),
        err => err instanceof Lian.RegistryError);
    assert(e.message.includes('$.needs[0].enterprise_id'), e.message);
    assertEqual(reg.get_n_records(), 0);
});

test('async load with a callback and a cancelled cancellable', () => {
    const reg = new Lian.Registry();
    const cancellable = new Gio.Cancellable();
    cancellable.cancel();
    const loop = new GLib.MainLoop(null, false);
    let error = null;
    // The promisified method still takes a callback.
    reg.load_from_file_async(canonical, cancellable, (obj, result) => {
        try {
            reg.load_from_file_finish(result);
        } catch (e) {
            error = e;
        }
        loop.quit();
    });
    loop.run();
    assert(error !== null && error.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED), `${error}`);
    assertEqual(reg.get_n_records(), 0);
});

test('a save through a link writes the file it leads to and keeps its mode', () => {
    const reg = new Lian.Registry();
    reg.load_from_data(document, -1);
    const dir = GLib.dir_make_tmp('lian-js-XXXXXX');
    const real = GLib.build_filenamev([dir, 'real.json']);
    const link = GLib.build_filenamev([dir, 'link.json']);
    GLib.file_set_contents(real, 'old');
    Gio.File.new_for_path(real).set_attribute_uint32('unix::mode', 0o600,
        Gio.FileQueryInfoFlags.NONE, null);
    Gio.File.new_for_path(link).make_symbolic_link('real.json', null);
    reg.save_to_file(link, null);
    assertEqual(readText(real), save(reg));
    Lian.file_set_contents(link, new TextEncoder().encode('报告\n'), null);
    assertEqual(readText(real), '报告\n');
    const info = Gio.File.new_for_path(link).query_info('standard::is-symlink',
        Gio.FileQueryInfoFlags.NOFOLLOW_SYMLINKS, null);
    assert(info.get_is_symlink(), 'the link is still a link');
    const mode = Gio.File.new_for_path(real).query_info('unix::mode', 0, null)
        .get_attribute_uint32('unix::mode');
    assertEqual(mode & 0o777, 0o600);
    GLib.unlink(link);
    GLib.unlink(real);
    GLib.rmdir(dir);
});

test('a refused load says why in the language set', () => {
    const bad = '{"format": "lian", "version": 1, "needs": [{"status": 3}]}';
    try {
        for (const [language, message] of [[null, '$.needs[0].status: expected a string'],
            ['zh_CN', '$.needs[0].status: 应为字符串']]) {
            Lian.set_language(language);
            assertThrows(() => new Lian.Registry().load_from_data(bad, -1), e => e.message === message);
        }
        const done = '{"format": "lian", "version": 1, "needs": [{"status": "done"}]}';
        for (const [language, start] of [[null, '$.needs[0].status: unknown need status "done"; '],
            ['zh_CN', '$.needs[0].status: 未知的需求状态“done”；']]) {
            Lian.set_language(language);
            assertThrows(() => new Lian.Registry().load_from_data(done, -1), e => e.message.startsWith(start));
        }
    } finally {
        Lian.set_language(null);
    }
});

test('file_set_contents refuses a folder', () => {
    const dir = GLib.dir_make_tmp('lian-js-XXXXXX');
    assertThrows(() => Lian.file_set_contents(dir, new Uint8Array([120]), null),
        e => e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.IS_DIRECTORY));
    GLib.rmdir(dir);
});

run();
