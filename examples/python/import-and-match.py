#!/usr/bin/python3
# import-and-match.py: take in a needs list, propose services, report the gaps.
# Run: python3 import-and-match.py data/jiangsu-sample.json examples/data/new-needs.csv [2023-10-10]
# SPDX-License-Identifier: LGPL-2.1-or-later
import sys

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

if len(sys.argv) not in (3, 4):
    print(f'usage: {sys.argv[0]} DATA.json NEEDS.csv [YYYY-MM-DD]', file=sys.stderr)
    sys.exit(2)
as_of = sys.argv[3] if len(sys.argv) == 4 else None
if as_of and not Lian.date_is_valid(as_of):
    print(f'{as_of}: not a date YYYY-MM-DD', file=sys.stderr)
    sys.exit(2)

registry = Lian.Registry()
try:
    registry.load_from_file(sys.argv[1], None)
except GLib.Error as e:
    print(f'{sys.argv[1]}: {e.message}', file=sys.stderr)
    sys.exit(1)

# Partial mode: good rows go in, bad rows are reported (the default is
# all-or-nothing). UTF-8 (with or without a BOM) or GB18030 is detected;
# headers may be Chinese or English (see doc/csv-columns.md).
importer = Lian.CsvImporter.new(registry, Lian.RecordKind.NEED)
importer.props.partial = True
try:
    importer.import_file(sys.argv[2], None)
except GLib.Error as e:
    print(f'{sys.argv[2]}: {e.message}', file=sys.stderr)
    sys.exit(1)
print(f'import: {importer.get_n_imported()} imported, {importer.get_n_rejected()} rejected')
for row in importer.get_results():
    line = (f'  row {row.props.row}: {Lian.enum_to_nick(Lian.CsvOutcome, row.props.outcome)}'
            f' {row.props.record_id or "-"}')
    if row.props.message:  # why a row was rejected, and the column at fault
        column = f'{row.props.column}: ' if row.props.column else ''
        line += f' ({column}{row.props.message})'
    print(line)

# The 2 best services for each open need, by need id, best first, among
# those valid on the day given (None: today). Needs that nothing serves
# have no match: the gap report lists them.
matcher = Lian.Matcher.new(registry)
matcher.props.as_of = as_of
print('matches:')
last = None
for match in matcher.match_all(None, 2):
    if match.props.need_id != last:
        last = match.props.need_id
        print(f'  {last} {registry.lookup_need(last).props.title}')
    print(f'    {match.props.service_id} {match.props.score:.2f}: {"; ".join(match.props.reasons)}')

# The open needs no service can serve, by category and city.
print('gaps:')
for gap in matcher.find_gaps(None, Lian.Level.CITY):
    print(f'  {Lian.enum_to_nick(Lian.NeedCategory, gap.props.category)} in'
          f' {gap.props.region_name or "?"}: {", ".join(gap.props.need_ids)}')
