# SPDX-License-Identifier: LGPL-2.1-or-later
"""Random handlers meddle with a registry while it tells of its changes.

Handlers of every record list's items-changed and of record-added and
record-removed add, remove, add back, clear, open, commit and abort
batches, change records and load documents, while the registry adds,
loads, undoes, clears and removes. After each of the registry's own
operations: every list is what its items-changed told (a mirror replays
them), every listed record is held and listed once, the lists count what
the registry holds, record-added and record-removed told of exactly the
records held, and nothing logged a critical. Seeds are fixed: a failure
names the seed to run again (SEED=n)."""
import json
import os
import random
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = json.load(open(os.path.join(HERE, '..', '..', 'data', 'jiangsu-sample.json')))
N_KINDS = int(Lian.RecordKind.PERSON) + 1
IDS = {record['id'] for name, member in SAMPLE.items()
       if isinstance(member, list) and name != 'regions' for record in member}
OPERATIONS = 40


def renamed(node, suffix):
    """The sample's ids (and every reference to them) with @suffix."""
    if isinstance(node, dict):
        return {key: renamed(value, suffix) for key, value in node.items()}
    if isinstance(node, list):
        return [renamed(value, suffix) for value in node]
    return node + suffix if isinstance(node, str) and node in IDS else node


class World:
    """A registry loaded with the sample, its lists, their mirrors and
    what record-added and record-removed told."""

    def __init__(self, rng):
        self.rng = rng
        self.copies = 0
        self.problems = []
        self.reg = Lian.Registry()
        self.reg.load_from_data(self.document(with_regions=True), -1)
        self.lists = [self.reg.get_records(Lian.RecordKind(k)) for k in range(N_KINDS)]
        self.mirrors = [list(model) for model in self.lists]
        self.told = {id(record) for model in self.lists for record in model}
        self.keep = [record for model in self.lists for record in model]
        self.pool = []          # records taken out, to add again
        self.depth = 0          # batches opened by handlers, not closed
        self.budget = 0         # how many more things handlers may do
        self.disposed = False
        for k, model in enumerate(self.lists):
            model.connect('items-changed', self.replay, k)
        for model in self.lists:
            model.connect('items-changed', lambda *args: self.meddle())
        self.reg.connect('record-added', self.on_added)
        self.reg.connect('record-removed', self.on_removed)

    def problem(self, what):
        self.problems.append(what)

    def document(self, with_regions=False):
        """The sample's records under new ids, as a document."""
        self.copies += 1
        doc = {}
        for name, member in SAMPLE.items():
            if name == 'regions':
                doc[name] = member if with_regions else []
            elif isinstance(member, list):
                doc[name] = renamed(member, '-c%d' % self.copies)
            else:
                doc[name] = member
        return json.dumps(doc, ensure_ascii=False)

    def free_records(self):
        """Records no registry holds, of every kind, referring to each other."""
        source = Lian.Registry()
        source.load_from_data(self.document(), -1)
        records = [record for k in range(N_KINDS) for record in source.get_records(Lian.RecordKind(k))]
        source.clear()
        return records

    def random_held(self):
        filled = [model for model in self.lists if len(model) > 0]
        if not filled:
            return None
        model = self.rng.choice(filled)
        return model[self.rng.randrange(len(model))]

    # What the signals told

    def replay(self, model, position, removed, added, k):
        mirror = self.mirrors[k]
        if position + removed > len(mirror):
            self.problem('list %d: items-changed(%d, %d, %d) past its %d items'
                         % (k, position, removed, added, len(mirror)))
            self.mirrors[k] = list(model)
            return
        mirror[position:position + removed] = [model[position + i] for i in range(added)]
        for record in mirror[position:position + added]:
            if record.get_registry() is None:
                self.problem('list %d told of %s, which is not held' % (k, record.props.id))

    def on_added(self, reg, record):
        if id(record) in self.told:
            self.problem('record-added twice for %s' % record.props.id)
        if record.get_registry() is not reg:
            self.problem('record-added of %s, which is not held' % record.props.id)
        self.told.add(id(record))
        self.keep.append(record)
        self.meddle()

    def on_removed(self, reg, record):
        if id(record) not in self.told:
            self.problem('record-removed for %s, never told of as added' % record.props.id)
        self.told.discard(id(record))
        self.keep.append(record)
        self.meddle()

    # What handlers do

    def meddle(self):
        if self.budget <= 0 or self.disposed:
            return
        self.budget -= 1
        try:
            getattr(self, 'do_' + self.rng.choice(
                ['add', 'add', 'remove', 'remove', 'readd', 'clear', 'begin', 'commit', 'abort',
                 'update', 'load', 'nothing', 'nothing', 'dispose']))()
        except GLib.Error:
            pass

    def do_add(self):
        self.pool = [record for record in self.pool if record.get_registry() is None]
        if self.pool and self.rng.random() < 0.5:
            records, self.pool = self.pool, []
        else:
            records = self.free_records()
            if self.rng.random() < 0.3:
                records = self.rng.sample(records, self.rng.randint(1, len(records)))
        try:
            self.reg.add_many(records)
        except GLib.Error:
            self.pool += records

    def do_remove(self, add_back=False):
        record = self.random_held()
        if record is None:
            return
        self.reg.remove(record.props.id, self.rng.random() < 0.5)
        if add_back and record.get_registry() is None:
            try:
                self.reg.add(record)
                return
            except GLib.Error:
                pass
        self.pool.append(record)

    def do_readd(self):
        self.do_remove(add_back=True)

    def do_clear(self):
        if self.rng.random() < 0.3:
            self.reg.clear()

    def do_begin(self):
        self.reg.begin_batch()
        self.depth += 1

    def do_commit(self):
        if self.depth > 0:
            self.depth -= 1
            self.reg.commit_batch()

    def do_abort(self):
        if self.depth > 0:
            self.depth -= 1
            self.reg.abort_batch()

    def do_update(self):
        record = self.random_held()
        if isinstance(record, Lian.Need):
            if self.rng.random() < 0.5:
                record.props.title = 'changed %d' % self.rng.randint(0, 99)
            else:
                record.props.chain_id = 'no-such-chain'   # refused, with a warning

    def do_load(self):
        self.reg.load_from_data(self.document(), -1)

    def do_nothing(self):
        pass

    def do_dispose(self):
        if self.rng.random() < 0.05:
            self.reg.run_dispose()
            self.disposed = True

    # The registry's own operations

    def top_add_many(self):
        records = self.free_records() + [r for r in self.pool if r.get_registry() is None]
        self.pool = []
        self.reg.add_many(records)

    def top_load(self):
        self.reg.load_from_data(self.document(), -1)

    def top_batch(self, undo):
        self.reg.begin_batch()
        for _ in range(self.rng.randint(1, 4)):
            record = self.random_held()
            if record is not None:
                try:
                    self.reg.remove(record.props.id, True)
                except GLib.Error:
                    pass
        try:
            self.reg.add_many(self.free_records())
        except GLib.Error:
            pass
        if undo:
            self.reg.abort_batch()
            return
        needs = list(self.reg.get_needs())
        if needs:
            needs[0].props.chain_id = 'no-such-chain'   # the commit is refused
        self.reg.commit_batch()

    def top_remove(self):
        record = self.random_held()
        if record is not None:
            self.reg.remove(record.props.id, self.rng.random() < 0.5)

    def step(self, i):
        operations = {
            'add_many': self.top_add_many,
            'load': self.top_load,
            'undo': lambda: self.top_batch(True),
            'refused commit': lambda: self.top_batch(False),
            'clear': self.reg.clear,
            'remove': self.top_remove,
        }
        name = self.rng.choice(sorted(operations))
        self.budget = self.rng.randint(1, 12)
        try:
            operations[name]()
        except GLib.Error:
            pass
        while self.depth > 0:
            self.depth -= 1
            try:
                self.reg.commit_batch()
            except GLib.Error:
                pass
        self.check('operation %d (%s)' % (i, name))

    def check(self, when):
        seen = set()
        for k, model in enumerate(self.lists):
            items = list(model)
            if items != self.mirrors[k]:
                self.problem('%s: list %d is not what items-changed told' % (when, k))
                self.mirrors[k] = items
            for record in items:
                if self.reg.lookup(record.props.id) is not record:
                    self.problem('%s: list %d lists %s, not held' % (when, k, record.props.id))
                if id(record) in seen:
                    self.problem('%s: %s listed twice' % (when, record.props.id))
                seen.add(id(record))
        if len(seen) != self.reg.get_n_records():
            self.problem('%s: the lists hold %d records, the registry %d'
                         % (when, len(seen), self.reg.get_n_records()))
        if not self.disposed and seen != self.told:
            self.problem('%s: record-added and record-removed told of %d held, the lists hold %d'
                         % (when, len(self.told), len(seen)))
            self.told = seen


class ListsFuzzTestCase(unittest.TestCase):
    def setUp(self):
        self.logged = []
        def on_log(domain, level, message, data):
            # A refused change warns: handlers make some on purpose.
            if level & (GLib.LogLevelFlags.LEVEL_CRITICAL | GLib.LogLevelFlags.LEVEL_ERROR):
                self.logged.append(message)
        self.handler = GLib.log_set_handler(
            'Lian', GLib.LogLevelFlags.LEVEL_MASK | GLib.LogLevelFlags.FLAG_FATAL
            | GLib.LogLevelFlags.FLAG_RECURSION, on_log, None)

    def tearDown(self):
        GLib.log_remove_handler('Lian', self.handler)

    def run_seed(self, seed):
        world = World(random.Random(seed))
        self.logged.clear()
        for i in range(OPERATIONS):
            if world.disposed:
                world.check('disposed')
                break
            world.step(i)
            self.assertEqual(world.problems + self.logged, [], 'seed %d' % seed)

    def test_seeds(self):
        seeds = [int(os.environ['SEED'])] if 'SEED' in os.environ else range(1, 41)
        for seed in seeds:
            with self.subTest(seed=seed):
                self.run_seed(seed)


if __name__ == '__main__':
    unittest.main()
