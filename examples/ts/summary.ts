// summary.ts: load a lian document and print what it holds; the JavaScript
// summary (examples/js/summary.js) with types from bindings/typescript.
// Check: (cd bindings/typescript && npm ci && npm run generate && npm run check)
// Run:   compile to JavaScript (tsc, esbuild, …), then gjs -m summary.js FILE
// SPDX-License-Identifier: LGPL-2.1-or-later
import System from 'system';
import Lian from 'gi://Lian?version=1.0';

const KINDS: readonly string[] = ['regions', 'chains', 'enterprises', 'organizations',
    'services', 'needs', 'projects', 'activities'];

if (ARGV.length !== 1) {
    printerr('usage: summary.js FILE.json');
    System.exit(2);
}

const registry: Lian.Registry = new Lian.Registry();
try {
    // Loading is all-or-nothing; the error names the line or JSON path.
    registry.load_from_file(ARGV[0], null);
} catch (e) {
    printerr(`${ARGV[0]}: ${(e as Error).message}`);
    System.exit(1);
}

// One live list per kind of record.
KINDS.forEach((name, kind) => print(`${name}: ${registry.get_records(kind as Lian.RecordKind).get_n_items()}`));

// A filter selects records; status is an indexed field.
print('needs by status:');
const statuses: Lian.NeedStatus[] = [Lian.NeedStatus.SUBMITTED, Lian.NeedStatus.ACCEPTED,
    Lian.NeedStatus.IN_PROGRESS, Lian.NeedStatus.RESOLVED, Lian.NeedStatus.CLOSED];
for (const status of statuses) {
    const filter = new Lian.Filter({record_kind: Lian.RecordKind.NEED, status});
    const needs = registry.select(filter);
    print(`  ${Lian.enum_to_nick(Lian.NeedStatus.$gtype, status)}: ${needs.get_n_items()}`);
}

