// import-and-match.js: take in a needs list, propose services, report the gaps.
// Run: gjs -m import-and-match.js data/jiangsu-sample.json examples/data/new-needs.csv [2023-10-10]
// SPDX-License-Identifier: LGPL-2.1-or-later
import System from 'system';
import Lian from 'gi://Lian?version=1.0';

if (ARGV.length !== 2 && ARGV.length !== 3) {
    printerr('usage: import-and-match.js DATA.json NEEDS.csv [YYYY-MM-DD]');
    System.exit(2);
}
const asOf = ARGV[2] ?? null;
if (asOf && !Lian.date_is_valid(asOf)) {
    printerr(`${asOf}: not a date YYYY-MM-DD`);
    System.exit(2);
}

// gjs 1.76 iterates a GListModel with for…of; before, ask for each item.
function* items(list) {
    for (let i = 0; i < list.get_n_items(); i++)
        yield list.get_item(i);
}

// x.toFixed(2) as C's %.2f: a half exact in binary (0.625) goes to even, not up.
function fixed2(x) {
    const hundredths = x * 100;
    if (Number.isInteger(x * 8) && !Number.isInteger(hundredths))
        return (2 * Math.round(hundredths / 2) / 100).toFixed(2);
    return x.toFixed(2);
}

const registry = new Lian.Registry();
try {
    registry.load_from_file(ARGV[0], null);
} catch (e) {
    printerr(`${ARGV[0]}: ${e.message}`);
    System.exit(1);
}

// Partial mode: good rows go in, bad rows are reported (the default is
// all-or-nothing). UTF-8 (with or without a BOM) or GB18030 is detected;
// headers may be Chinese or English (see doc/csv-columns.md).
const importer = Lian.CsvImporter.new(registry, Lian.RecordKind.NEED);
importer.partial = true;
try {
    importer.import_file(ARGV[1], null);
} catch (e) {
    printerr(`${ARGV[1]}: ${e.message}`);
    System.exit(1);
}
print(`import: ${importer.get_n_imported()} imported, ${importer.get_n_rejected()} rejected`);
for (const row of items(importer.get_results())) {
    let line = `  row ${row.row}: ${Lian.enum_to_nick(Lian.CsvOutcome.$gtype, row.outcome)}` +
        ` ${row.record_id ?? '-'}`;
    if (row.message) // why a row was rejected, and the column at fault
        line += ` (${row.column ? `${row.column}: ` : ''}${row.message})`;
    print(line);
}

// The 2 best services for each open need, by need id, best first, among
// those valid on the day given (null: today). Needs that nothing serves
// have no match: the gap report lists them.
const matcher = Lian.Matcher.new(registry);
matcher.as_of = asOf;
print('matches:');
let last = null;
for (const match of items(matcher.match_all(null, 2))) {
    if (match.need_id !== last) {
        last = match.need_id;
        print(`  ${last} ${registry.lookup_need(last).title}`);
    }
    print(`    ${match.service_id} ${fixed2(match.score)}: ${match.reasons.join('; ')}`);
}

// The open needs no service can serve, by category and city.
print('gaps:');
for (const gap of items(matcher.find_gaps(null, Lian.Level.CITY))) {
    print(`  ${Lian.enum_to_nick(Lian.NeedCategory.$gtype, gap.category)} in` +
        ` ${gap.region_name ?? '?'}: ${gap.need_ids.join(', ')}`);
}
