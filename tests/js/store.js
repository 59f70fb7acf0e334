// SPDX-License-Identifier: LGPL-2.1-or-later
// Stores from JavaScript: open, conflict, refresh, the async open.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const sourceDir = GLib.getenv('LIAN_SOURCE_DIR') ??
    GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', '..']);
const sample = GLib.build_filenamev([sourceDir, 'data', 'jiangsu-sample.json']);

// A new SQLite store holding the sample, in a new folder.
function makeStore() {
    const dir = GLib.dir_make_tmp('lian-store-XXXXXX');
    const path = GLib.build_filenamev([dir, 'register.db']);
    const reg = new Lian.Registry();
    reg.load_from_file(sample, null);
    const store = Lian.Store.open(path);
    store.save(reg);
    store.close();
    return path;
}

test('open gives the sample with its store', () => {
    const path = makeStore();
    const reg = Lian.Registry.open(path);
    assertEqual(reg.lookup('ent-cs-parts').revision, 1);
    assertEqual(reg.get_store().get_uri(), path);
    const original = new Lian.Registry();
    original.load_from_file(sample, null);
    assertEqual(reg.save_to_data()[0], original.save_to_data()[0]);
});

test('a change based on an old revision is a conflict', () => {
    const path = makeStore();
    const a = Lian.Registry.open(path);
    const b = Lian.Registry.open(path);
    a.set_actor('alice');
    a.update(a.lookup('ent-cs-parts'), 'employees', 5);
    const e = b.lookup('ent-cs-parts');
    const err = assertThrows(() => b.update(e, 'employees', 6),
        x => x.matches(Lian.registry_error_quark(), Lian.RegistryError.CONFLICT));
    assert(err.message.includes('alice'), err.message);
    assert(e.employees !== 6);
});

test('a need moved from an old revision says conflict and stays', () => {
    const path = makeStore();
    const a = Lian.Registry.open(path);
    const b = Lian.Registry.open(path);
    a.lookup('need-001').transition(Lian.NeedStatus.ACCEPTED, 'org-1', null, null);
    const stale = b.lookup('need-001');
    assertThrows(() => stale.transition(Lian.NeedStatus.CLOSED, 'org-2', null, null),
        x => x.matches(Lian.registry_error_quark(), Lian.RegistryError.CONFLICT));
    assertEqual(stale.status, Lian.NeedStatus.SUBMITTED);
});

test('refresh brings in the other change with its signal', () => {
    const path = makeStore();
    const a = Lian.Registry.open(path);
    const b = Lian.Registry.open(path);
    const seen = [];
    b.connect('record-changed', (reg, rec, prop) => seen.push([rec.id, prop]));
    a.update(a.lookup('ent-cs-parts'), 'employees', 9);
    const [ok, n] = b.get_store().refresh();
    assert(ok);
    assertEqual(n, 1);
    assertEqual(seen, [['ent-cs-parts', 'employees']]);
    assertEqual(b.lookup('ent-cs-parts').employees, 9);
    b.update(b.lookup('ent-cs-parts'), 'employees', 10);
});

test('open_async gives a registry', () => {
    const path = makeStore();
    const loop = new GLib.MainLoop(null, false);
    let reg = null;
    Lian.Registry.open_async('sqlite:' + path, null, (src, res) => {
        reg = Lian.Registry.open_finish(res);
        loop.quit();
    });
    loop.run();
    assert(reg !== null);
    assertEqual(reg.get_enterprises().get_n_items() > 0, true);
});

test('the store refreshes by itself in a main loop', () => {
    const path = makeStore();
    const a = Lian.Registry.open(path);
    const b = Lian.Registry.open(path);
    b.get_store().set_refresh_interval(10);
    const loop = new GLib.MainLoop(null, false);
    b.connect('record-changed', () => loop.quit());
    a.update(a.lookup('ent-cs-parts'), 'employees', 34);
    const giveUp = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 10, () => {
        loop.quit();
        return GLib.SOURCE_REMOVE;
    });
    loop.run();
    GLib.source_remove(giveUp);
    assertEqual(b.lookup('ent-cs-parts').employees, 34);
    b.get_store().set_refresh_interval(0);
});

test('an unknown kind of store is refused', () => {
    assertThrows(() => Lian.Store.open('register.xlsx'),
        x => x.matches(Lian.format_error_quark(), Lian.FormatError.UNSUPPORTED));
});

test('list_changes gives a record field by field, filtered', () => {
    const path = makeStore();
    const reg = Lian.Registry.open(path);
    reg.set_actor('alice');
    reg.update(reg.lookup('ent-cz-bms'), 'employees', 4321);
    reg.set_actor('bob');
    reg.update(reg.lookup('ent-cs-parts'), 'employees', 12);
    const store = reg.get_store();
    const changes = store.list_changes('ent-cz-bms', null, null, null);
    assertEqual(changes.get_n_items(), 1);
    const change = changes.get_item(0);
    assertEqual(change.get_actor(), 'alice');
    assertEqual(change.get_revision(), 2);
    assertEqual(change.get_fields(), ['employees']);
    assertEqual(change.get_after('employees'), '4321');
    assertEqual(store.list_changes(null, '2000-01-01', 'bob', null).get_n_items(), 1);
    assertEqual(store.list_changes(null, null, null, '320400').get_item(0).get_record_id(),
        'ent-cz-bms');
    assertThrows(() => store.list_changes(null, 'soon', null, null),
        x => x.matches(Lian.data_error_quark(), Lian.DataError.INVALID_DATE));
});

test('a full disk refuses the change and keeps the store', () => {
    const path = makeStore();
    GLib.setenv('LIAN_TEST_SQLITE_SPARE_PAGES', '0', true);
    const reg = Lian.Registry.open(path);
    GLib.unsetenv('LIAN_TEST_SQLITE_SPARE_PAGES');
    const firm = reg.lookup('ent-cz-bms');
    const name = firm.name;
    const err = assertThrows(() => reg.update(firm, 'name', '很长的名字'.repeat(4000)),
        x => x.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NO_SPACE));
    assert(err.message.includes(path), err.message);
    assertEqual(firm.name, name);
    const again = Lian.Registry.open(path);
    assertEqual(again.lookup('ent-cz-bms').name, name);
    assertEqual(again.get_store().list_changes(null, null, null, null).get_n_items(), 0);
});

run();
