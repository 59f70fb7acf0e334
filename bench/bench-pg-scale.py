#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A register too large for one editor's memory, on one PostgreSQL server:
saves the document of bench-compare (bench/out/doc-N.json) into a new
database, then times, each in a fresh process:

- opening the whole store, and opening one city of it (?scope=);
- loading a JSON document of exactly the records the city's registry holds
  (the same registry, saved), which opening the city should not be slower
  than;
- the roll-ups of the whole store by SQL (lian_store_count_by_region()),
  by province, city and county, of enterprises and of needs.

    meson devenv -C build /usr/bin/python3 $PWD/bench/bench-pg-scale.py [--records 2000000]
                                                [--scope 320500] [--uri postgresql://…]

Without --uri it starts a throwaway cluster (tests/pg/cluster.sh) and stops
it at the end; with --uri the store there is used as it is if it holds
records (saving millions of records takes minutes)."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
CLUSTER = os.path.join(SOURCE, 'tests', 'pg', 'cluster.sh')

STEP = r'''
import gi, json, sys, time
gi.require_version('Lian', '1.0')
from gi.repository import Lian
what, uri, path = sys.argv[1], sys.argv[2], sys.argv[3]
t = time.monotonic()
out = {}
if what == 'save':
    r = Lian.Registry()
    r.load_from_file(path, None)
    t = time.monotonic()
    s = Lian.Store.open(uri)
    s.save(r)
    s.close()
elif what == 'open':
    r = Lian.Registry.open(uri)
    out['records'] = len(r.get_records(Lian.RecordKind.ENTERPRISE)) + len(r.get_records(Lian.RecordKind.NEED))
    if path:
        r.save_to_file(path, None)
elif what == 'load':
    r = Lian.Registry()
    r.load_from_file(path, None)
elif what == 'rollup':
    r = Lian.Registry.open(uri)
    s = r.get_store()
    t = time.monotonic()
    for kind in (Lian.RecordKind.ENTERPRISE, Lian.RecordKind.NEED):
        for level in (Lian.Level.PROVINCE, Lian.Level.CITY, Lian.Level.COUNTY):
            s.count_by_region(kind, None, level)
out['seconds'] = time.monotonic() - t
print(json.dumps(out), flush=True)
'''


def step(what, uri, path=''):
    done = subprocess.run([sys.executable, '-c', STEP, what, uri, path],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f'{what}: {done.stderr.strip()}')
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--records', type=int, default=2000000)
    parser.add_argument('--scope', default='320500')
    parser.add_argument('--uri')
    args = parser.parse_args()
    doc = os.path.join(HERE, 'out', f'doc-{args.records}.json')
    if not os.path.exists(doc):
        sys.exit(f'{doc} is missing: run build/bench/bench-compare --records {args.records} --runs 1 first')
    cluster = None
    uri = args.uri
    if uri is None:
        cluster = tempfile.mkdtemp(prefix='lian-pg-scale-')
        uri = subprocess.run(['bash', CLUSTER, 'start', cluster], check=True,
                             capture_output=True, text=True).stdout.strip()
    try:
        saved = step('save', uri, doc)
        print(f'save the document to the store: {saved["seconds"]:.1f} s', flush=True)
        whole = step('open', uri)
        print(f'open the whole store: {whole["seconds"]:.2f} s', flush=True)
        part_json = os.path.join(tempfile.gettempdir(), f'lian-scope-{os.getpid()}.json')
        sep = '&' if '?' in uri else '?'
        part = step('open', f'{uri}{sep}scope={args.scope}', part_json)
        loaded = step('load', uri, part_json)
        os.unlink(part_json)
        print(f'open {args.scope} by scope: {part["seconds"]:.2f} s '
              f'({part["records"]} enterprises and needs of {whole["records"]}); '
              f'load the same records as a JSON document: {loaded["seconds"]:.2f} s', flush=True)
        rollup = step('rollup', f'{uri}{sep}scope={args.scope}')
        print(f'roll-ups of the whole store by SQL (enterprises and needs, by province, city '
              f'and county: 6 statements): {rollup["seconds"]:.2f} s', flush=True)
    finally:
        if cluster:
            subprocess.run(['bash', CLUSTER, 'stop', cluster], check=False)


if __name__ == '__main__':
    main()
