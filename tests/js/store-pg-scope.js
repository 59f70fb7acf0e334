// SPDX-License-Identifier: LGPL-2.1-or-later
// What a person's database role reads of a PostgreSQL store, from
// JavaScript: grant_reader(), then the server's own answer through psql.
// Run by tests/pg/with-cluster.sh, which sets LIAN_TEST_PG_URI.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import System from 'system';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const sourceDir = GLib.getenv('LIAN_SOURCE_DIR') ??
    GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', '..']);
const register = GLib.build_filenamev([sourceDir, 'tests', 'data', 'people', 'register.json']);

if (!GLib.getenv('LIAN_TEST_PG_URI')) {
    printerr('LIAN_TEST_PG_URI is not set: run through tests/pg/with-cluster.sh');
    System.exit(77);
}

const host = GLib.getenv('LIAN_TEST_PG_HOST');

function psql(uri, sql) {
    const proc = Gio.Subprocess.new(['psql', uri, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql],
        Gio.SubprocessFlags.STDOUT_PIPE | Gio.SubprocessFlags.STDERR_PIPE);
    const [, out, err] = proc.communicate_utf8(null, null);
    if (!proc.get_successful())
        throw new Error(err.trim());
    return out.trim();
}

// A new database holding the people register; its name and store.
function makeStore() {
    const name = `jsscope_${GLib.uuid_string_random().replace(/-/g, '').slice(0, 12)}`;
    psql(GLib.getenv('LIAN_TEST_PG_URI'), `CREATE DATABASE ${name}`);
    const reg = new Lian.Registry();
    reg.load_from_file(register, null);
    const store = Lian.Store.open(`postgresql:///${name}?host=${host}&user=lian`);
    store.save(reg);
    return [name, store];
}

test('a county clerk\'s role reads only the county', () => {
    const [name, store] = makeStore();
    assert(store.grant_reader('xs_clerk', 'p-xs-clerk'));
    const as = `postgresql:///${name}?host=${host}&user=xs_clerk`;
    assertEqual(psql(as, 'SELECT string_agg(id, \',\' ORDER BY id) FROM enterprises'), 'ent-xs-chip');
    assertEqual(psql(as, 'SELECT count(*) FROM needs'), '2');
    assertThrows(() => psql(as, 'SELECT count(*) FROM changes'));
    store.close();
});

test('a person the store does not hold is refused', () => {
    const [, store] = makeStore();
    assertThrows(() => store.grant_reader('nobody', 'p-nobody'),
        e => e.matches(Lian.registry_error_quark(), Lian.RegistryError.NOT_FOUND));
    store.close();
});

test('a city opens alone and counts the whole by SQL', () => {
    const name = `jsfig_${GLib.uuid_string_random().replace(/-/g, '').slice(0, 12)}`;
    psql(GLib.getenv('LIAN_TEST_PG_URI'), `CREATE DATABASE ${name}`);
    const sample = new Lian.Registry();
    sample.load_from_file(GLib.build_filenamev([sourceDir, 'data', 'jiangsu-sample.json']), null);
    const uri = `postgresql:///${name}?host=${host}&user=lian`;
    const store = Lian.Store.open(uri);
    store.save(sample);
    store.close();
    const wuxi = Lian.Registry.open(`${uri}&scope=320200`);
    assert(wuxi.count_enterprises(null) < sample.count_enterprises(null));
    assertEqual(wuxi.count_enterprises('320200'), sample.count_enterprises('320200'));
    const [, n] = wuxi.get_store().count_records(Lian.RecordKind.ENTERPRISE, null);
    assertEqual(n, sample.count_enterprises(null));
    const [, resolved] = wuxi.get_store().count_needs_by_status('320000', Lian.NeedStatus.RESOLVED);
    assertEqual(resolved, sample.count_needs_by_status('320000', Lian.NeedStatus.RESOLVED));
    const byCity = wuxi.get_store().count_by_region(Lian.RecordKind.ENTERPRISE, '320000',
        Lian.Level.CITY).deepUnpack();
    assertEqual(Number(byCity['320500']), sample.count_enterprises('320500'));
    wuxi.get_store().close();
});

test('a SQLite store cannot grant', () => {
    const dir = GLib.dir_make_tmp('lian-scope-XXXXXX');
    const store = Lian.Store.open(GLib.build_filenamev([dir, 'r.db']));
    assertThrows(() => store.grant_reader('r', 'p-xs-clerk'),
        e => e.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_SUPPORTED));
    store.close();
});

run();
