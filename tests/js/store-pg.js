// SPDX-License-Identifier: LGPL-2.1-or-later
// The PostgreSQL store from JavaScript, against a real server: open a
// postgresql:// registry and see another process's change arrive. Run by
// tests/pg/with-cluster.sh, which sets LIAN_TEST_PG_URI.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import System from 'system';
import {test, assert, assertEqual, run} from './harness.js';

const sourceDir = GLib.getenv('LIAN_SOURCE_DIR') ??
    GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', '..']);
const sample = GLib.build_filenamev([sourceDir, 'data', 'jiangsu-sample.json']);
const script = import.meta.url.replace('file://', '');

// Run as the other process: one change, then the moment it was committed.
const commitTo = GLib.getenv('LIAN_TEST_PG_COMMIT_TO');
if (commitTo) {
    const reg = Lian.Registry.open(commitTo);
    reg.set_actor('other-process');
    reg.update(reg.lookup('ent-cs-parts'), 'employees', 6543);
    print(GLib.get_monotonic_time());
    System.exit(0);
}

if (!GLib.getenv('LIAN_TEST_PG_URI')) {
    printerr('LIAN_TEST_PG_URI is not set: run through tests/pg/with-cluster.sh');
    System.exit(77);
}

// A new database in the test cluster holding the sample; its URI.
function makeStore() {
    const name = `js_${GLib.uuid_string_random().replace(/-/g, '').slice(0, 12)}`;
    const psql = Gio.Subprocess.new(['psql', GLib.getenv('LIAN_TEST_PG_URI'), '-Xq', '-c',
        `CREATE DATABASE ${name}`], Gio.SubprocessFlags.NONE);
    psql.wait_check(null);
    const uri = `postgresql:///${name}?host=${GLib.getenv('LIAN_TEST_PG_HOST')}&user=lian`;
    const reg = new Lian.Registry();
    reg.load_from_file(sample, null);
    const store = Lian.Store.open(uri);
    store.save(reg);
    store.close();
    return uri;
}

test('a postgresql:// registry opens with the sample', () => {
    const uri = makeStore();
    const reg = Lian.Registry.open(uri);
    const original = new Lian.Registry();
    original.load_from_file(sample, null);
    assertEqual(reg.save_to_data()[0], original.save_to_data()[0]);
    assertEqual(reg.lookup('ent-cs-parts').revision, 1);
});

test("another process's change arrives within a second", () => {
    const uri = makeStore();
    const reg = Lian.Registry.open(uri);
    // Far longer than the test: only the server's notification wakes it.
    reg.get_store().set_refresh_interval(600000);
    const loop = new GLib.MainLoop(null, false);
    let arrived = 0;
    reg.connect('record-changed', () => {
        arrived = GLib.get_monotonic_time();
        loop.quit();
    });
    const launcher = new Gio.SubprocessLauncher({flags: Gio.SubprocessFlags.STDOUT_PIPE});
    launcher.setenv('LIAN_TEST_PG_COMMIT_TO', uri, true);
    const child = launcher.spawnv(['gjs', '-m', script]);
    const giveUp = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 20, () => {
        loop.quit();
        return GLib.SOURCE_REMOVE;
    });
    loop.run();
    GLib.source_remove(giveUp);
    const [, out] = child.communicate_utf8(null, null);
    assert(child.get_successful(), 'the other process failed');
    const committed = Number(out.trim());
    assertEqual(reg.lookup('ent-cs-parts').employees, 6543);
    assert(arrived > 0, 'the change never arrived');
    assert(arrived - committed < 1000000, `arrived ${(arrived - committed) / 1000} ms after the commit`);
    const changes = reg.get_store().list_changes('ent-cs-parts', null, 'other-process', null);
    assertEqual(changes.get_n_items(), 1);
});

run();
