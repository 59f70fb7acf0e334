#!/usr/bin/python3
# summary.py: load a lian document and print what it holds.
# Run: python3 summary.py data/jiangsu-sample.json
# SPDX-License-Identifier: LGPL-2.1-or-later
import sys

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

KINDS = ['regions', 'chains', 'enterprises', 'organizations',
         'services', 'needs', 'projects', 'activities']

if len(sys.argv) != 2:
    print(f'usage: {sys.argv[0]} FILE.json', file=sys.stderr)
    sys.exit(2)

registry = Lian.Registry()
try:
    # Loading is all-or-nothing; the error names the line or JSON path.
    registry.load_from_file(sys.argv[1], None)
except GLib.Error as e:
    print(f'{sys.argv[1]}: {e.message}', file=sys.stderr)
    sys.exit(1)

# One live list per kind of record: len() and iteration work on it.
for kind, name in enumerate(KINDS):
    print(f'{name}: {len(registry.get_records(kind))}')

# A filter selects records; status is an indexed field.
print('needs by status:')
for status in [Lian.NeedStatus.SUBMITTED, Lian.NeedStatus.ACCEPTED, Lian.NeedStatus.IN_PROGRESS,
               Lian.NeedStatus.RESOLVED, Lian.NeedStatus.CLOSED]:
    needs = registry.select(Lian.Filter(record_kind=Lian.RecordKind.NEED, status=status))
    print(f'  {Lian.enum_to_nick(Lian.NeedStatus, status)}: {len(needs)}')
