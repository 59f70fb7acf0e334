#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Many editors, one PostgreSQL server: N client processes each commit M
edits (an enterprise's employees) through lian's PostgreSQL store, as fast
as they can. Prints changes per second, p50 and p99 commit latency,
conflicts, and lost changes counted against the `changes` table.

    meson devenv -C build /usr/bin/python3 $PWD/bench/bench-pg.py [--clients 16] [--edits 500]
                                                              [--uri postgresql://…] [--json OUT]

Without --uri it starts a throwaway cluster (tests/pg/cluster.sh) on a Unix
socket and stops it at the end. Each editor refreshes before each edit (as
a window woken by the server's notification does), so a conflict is a real
race between two editors of one record."""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
SAMPLE = os.path.join(SOURCE, 'data', 'jiangsu-sample.json')
CLUSTER = os.path.join(SOURCE, 'tests', 'pg', 'cluster.sh')


def editor(uri, name, seed, n, start_at):
    import random
    import gi
    gi.require_version('Lian', '1.0')
    from gi.repository import GLib, Lian
    rng = random.Random(seed)
    registry = Lian.Registry.open(uri)
    registry.set_actor(name)
    store = registry.get_store()
    ids = [e.props.id for e in registry.get_enterprises()]
    accepted, latencies, conflicts, errors = [], [], 0, []
    while time.time() < start_at:
        time.sleep(0.001)
    for i in range(n):
        store.refresh()
        rid = rng.choice(ids)
        record = registry.lookup(rid)
        value = record.props.employees + 1 + rng.randrange(1000)
        t0 = time.perf_counter()
        try:
            registry.update(record, 'employees', value)
            latencies.append(time.perf_counter() - t0)
            accepted.append([rid, value])
        except GLib.Error as e:
            if e.matches(Lian.registry_error_quark(), Lian.RegistryError.CONFLICT):
                conflicts += 1
            else:
                errors.append(e.message)
    print(json.dumps({'accepted': accepted, 'latencies': latencies, 'conflicts': conflicts,
                      'errors': errors, 'end': time.time()}))


def psql(uri, sql):
    return subprocess.run(['psql', uri, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--clients', type=int, default=16)
    ap.add_argument('--edits', type=int, default=500)
    ap.add_argument('--uri')
    ap.add_argument('--json')
    args = ap.parse_args()

    import gi
    gi.require_version('Lian', '1.0')
    from gi.repository import Lian

    cluster = None
    base = args.uri
    if base is None:
        cluster = tempfile.mkdtemp(prefix='lian-bench-pg.')
        base = subprocess.run(['bash', CLUSTER, 'start', cluster], check=True,
                              capture_output=True, text=True).stdout.strip()
    try:
        name = 'bench_' + uuid.uuid4().hex[:10]
        psql(base, f'CREATE DATABASE {name}')
        uri = base.replace('///lian?', f'///{name}?') if cluster else base
        sample = Lian.Registry()
        sample.load_from_file(SAMPLE, None)
        store = Lian.Store.open(uri)
        store.save(sample)
        store.close()

        start_at = time.time() + 2.0 + args.clients * 0.2
        procs = [subprocess.Popen([sys.executable, '-B', __file__, '--editor', uri, f'editor-{i}',
                                   str(i), str(args.edits), str(start_at)],
                                  stdout=subprocess.PIPE, text=True)
                 for i in range(args.clients)]
        results = []
        for p in procs:
            out, _ = p.communicate()
            if p.returncode != 0:
                sys.exit('an editor failed')
            results.append(json.loads(out))
        end = max(r['end'] for r in results)
        accepted = sum(len(r['accepted']) for r in results)
        latencies = [x for r in results for x in r['latencies']]
        conflicts = sum(r['conflicts'] for r in results)
        errors = [e for r in results for e in r['errors']]

        logged = json.loads(psql(uri, "SELECT coalesce(json_agg(json_build_array(actor, record, "
                                      "fields_after)), '[]') FROM changes"))
        in_log = {}
        for actor, record, after in logged:
            key = (actor, record, json.loads(after)['employees'])
            in_log[key] = in_log.get(key, 0) + 1
        lost = 0
        for i, r in enumerate(results):
            for rid, value in r['accepted']:
                key = (f'editor-{i}', rid, value)
                if in_log.get(key, 0) > 0:
                    in_log[key] -= 1
                else:
                    lost += 1
        extra = sum(in_log.values())
        figures = {
            'clients': args.clients, 'edits_each': args.edits,
            'committed': accepted, 'seconds': round(end - start_at, 2),
            'changes_per_second': round(accepted / (end - start_at), 1),
            'p50_ms': round(1000 * statistics.median(latencies), 2),
            'p99_ms': round(1000 * percentile(latencies, 99), 2),
            'conflicts': conflicts, 'errors': len(errors),
            'lost': lost, 'logged_but_not_accepted': extra,
        }
        print(json.dumps(figures, indent=2))
        if args.json:
            with open(args.json, 'w') as f:
                json.dump(figures, f, indent=2)
        if errors:
            print('first error:', errors[0], file=sys.stderr)
        return 1 if lost or extra or errors else 0
    finally:
        if cluster:
            subprocess.run(['bash', CLUSTER, 'stop', cluster], check=False)


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--editor':
        editor(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]))
    else:
        sys.exit(main())
