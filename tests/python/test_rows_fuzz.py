# SPDX-License-Identifier: LGPL-2.1-or-later
"""Random work on a loaded registry whose records are rows.

A loaded registry keeps its records as rows and makes each record's
object when it is asked for. Random lookups, removals, batches committed
and aborted, merges, saves, clears and list items, on a registry whose
lists are held but read only at the end (their slots name entries until
then); then every list holds each record once, the same object a lookup
finds; and the records kept, read after the registry went (freed, or
disposed while held), still have their id and name. Seeds are fixed: a
failure names the seed to run again."""
import gc
import json
import os
import random
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = json.load(open(os.path.join(HERE, '..', '..', 'data', 'jiangsu-sample.json')))
DOCUMENT = json.dumps(SAMPLE)
N_KINDS = int(Lian.RecordKind.PERSON) + 1
IDS = [record['id'] for name, member in SAMPLE.items()
       if isinstance(member, list) and name != 'regions' for record in member]
FIRMS = [record['id'] for record in SAMPLE['enterprises']]
EMPTY = json.dumps({'format': 'lian', 'version': 1, 'needs': []})
SEEDS = 40
STEPS = 12


def check_lists(case, registry, lists):
    for listed in lists:
        ids = [record.props.id for record in listed]
        case.assertEqual(len(ids), listed.get_n_items())
        case.assertEqual(len(set(ids)), len(ids))
        for record in listed:
            case.assertIs(registry.lookup(record.props.id), record)
    case.assertEqual(sum(listed.get_n_items() for listed in lists),
                     registry.get_n_records())


def step(rng, registry, lists, kept):
    op = rng.randrange(9)
    some_id = rng.choice(IDS)
    if op == 0:
        record = registry.lookup(some_id)
        if record is not None:
            kept.append(record)
    elif op == 1:
        registry.remove(some_id, rng.random() < 0.7)
    elif op in (2, 8):
        registry.begin_batch()
        try:
            registry.remove(some_id, True)
        except GLib.Error:
            pass
        if op == 2:
            registry.abort_batch()
        else:
            registry.commit_batch()
    elif op == 3:
        registry.begin_batch()
        registry.load_from_data(EMPTY, -1)
        registry.abort_batch()
    elif op == 4:
        registry.merge_enterprises(*rng.sample(FIRMS, 2))
    elif op == 5:
        registry.save_to_data()
    elif op == 6 and rng.random() < 0.2:
        registry.clear()
    elif op == 7:
        listed = lists[rng.randrange(N_KINDS)]
        if listed.get_n_items():
            kept.append(listed.get_item(rng.randrange(listed.get_n_items())))


class RowsFuzzTest(unittest.TestCase):
    def run_seed(self, seed):
        rng = random.Random(seed)
        registry = Lian.Registry()
        registry.load_from_data(DOCUMENT, -1)
        lists = [registry.get_records(Lian.RecordKind(k)) for k in range(N_KINDS)]
        kept = []
        for _ in range(STEPS):
            try:
                step(rng, registry, lists, kept)
            except GLib.Error:
                pass
        if seed % 2 == 0:
            check_lists(self, registry, lists)
        else:
            lists = None
        names = [(record.props.id, record.props.name) for record in kept]
        mode = rng.randrange(3)
        if mode == 1:
            registry.run_dispose()
        elif mode == 2:
            lists = None
        del registry
        gc.collect()
        # What the registry freed is used again before the kept records are read.
        junk = [('x%d' % i) * 40 for i in range(5000)]
        for (record_id, name), record in zip(names, kept):
            self.assertEqual((record.props.id, record.props.name), (record_id, name))
        del junk

    def test_seeds(self):
        for seed in range(SEEDS):
            with self.subTest(seed=seed):
                self.run_seed(seed)


if __name__ == '__main__':
    unittest.main()
