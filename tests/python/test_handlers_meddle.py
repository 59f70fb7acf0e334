# SPDX-License-Identifier: LGPL-2.1-or-later
"""Handlers that clear, add back or change records while an undo or a
clear tells of them: the signals, the lists and the saved document agree
with what the registry holds."""
import os
import subprocess
import sys
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, GObject, Lian  # noqa: E402


def firm(id='e1', name='甲'):
    return Lian.Enterprise.new(id, name, '91320214745555318W', '320214')


def need(id, enterprise_id='e1'):
    return Lian.Need(id=id, enterprise_id=enterprise_id, category=Lian.NeedCategory.FINANCING,
                     title='贷款', submitted='2023-03-01')


def chain(id):
    return Lian.Chain(id=id, name='链' + id, region='320200')


class HandlersMeddleTestCase(unittest.TestCase):
    def setUp(self):
        self.criticals = []

        def on_log(domain, level, message, data):
            if level & (GLib.LogLevelFlags.LEVEL_CRITICAL | GLib.LogLevelFlags.LEVEL_WARNING):
                self.criticals.append(message)
        self.log_handler = GLib.log_set_handler('Lian', GLib.LogLevelFlags.LEVEL_MASK, on_log,
                                                None)

    def tearDown(self):
        GLib.log_remove_handler('Lian', self.log_handler)
        self.assertEqual(self.criticals, [])

    def test_clear_while_an_undo_lists_leaves_nothing_behind(self):
        reg = Lian.Registry()
        reg.add_many([chain('c1'), firm()])
        chains = reg.get_chains()
        reg.begin_batch()
        reg.remove('c1', False)
        reg.remove('e1', False)
        seen = {}

        def on_chains(model, position, removed, added):
            if added and not seen:
                reg.clear()
                seen['n_records'] = reg.get_n_records()
                seen['e1'] = reg.lookup('e1')
                with self.assertRaises(GLib.Error):
                    reg.add(need('n1'))   # e1 went with the clear
        chains.connect('items-changed', on_chains)
        reg.abort_batch()
        self.assertEqual(seen, {'n_records': 0, 'e1': None})
        Lian.Registry().load_from_data(reg.save_to_data()[0], -1)

    def test_undo_ends_at_a_clear(self):
        reg = Lian.Registry()
        e1 = firm()
        reg.add_many([e1, need('n9')])
        reg.begin_batch()
        e1.props.name = '乙'
        reg.remove('n9', False)

        def on_added(registry, record):
            if record.props.id == 'n9' and reg.lookup('e1') is e1:
                registry.clear()
                registry.add(e1)
        reg.connect('record-added', on_added)
        reg.abort_batch()
        # The undo of the name, from before the clear, did not happen.
        self.assertIs(reg.lookup('e1'), e1)
        self.assertEqual(e1.props.name, '乙')
        Lian.Registry().load_from_data(reg.save_to_data()[0], -1)

    def test_clear_tells_of_records_a_removal_handler_adds_back(self):
        reg = Lian.Registry()
        chains = [chain('c%d' % i) for i in (1, 2, 3)]
        reg.add_many(chains)
        last = {}
        step = [0]

        def on_removed(registry, record):
            last[record.props.id] = 'removed'
            if step[0] == 0 and record.props.id == 'c1':
                step[0] = 1
                registry.add_many([chains[1], chains[2]])
            elif step[0] == 1 and record.props.id == 'c2':
                step[0] = 2
                registry.add(chain('c9'))

        def on_added(registry, record):
            last[record.props.id] = 'added'
            return True
        reg.connect('record-removed', on_removed)
        hook = GObject.add_emission_hook(Lian.Registry, 'record-added', on_added)
        try:
            reg.clear()
        finally:
            GObject.remove_emission_hook(Lian.Registry, 'record-added', hook)
        for id in ('c1', 'c2', 'c3', 'c9'):
            self.assertEqual(last.get(id) == 'added', reg.lookup(id) is not None, id)

    def test_undo_takes_a_record_a_handler_added_back(self):
        reg = Lian.Registry()
        n1 = need('n1')
        reg.add_many([firm(), n1])
        needs = reg.get_needs()
        reg.begin_batch()
        reg.remove('n1', False)
        reg.add(need('n2'))

        def on_needs(model, position, removed, added):
            if removed and not added and reg.lookup('n1') is None:
                reg.add(n1)
        needs.connect('items-changed', on_needs)
        reg.abort_batch()
        self.assertIs(reg.lookup('n1'), n1)
        self.assertIsNone(reg.lookup('n2'))
        self.assertEqual([record.props.id for record in needs], ['n1'])

    def test_changed_is_not_told_before_added(self):
        reg = Lian.Registry()
        e1 = firm()
        reg.add_many([chain('c1'), e1])
        chains = reg.get_chains()
        reg.begin_batch()
        reg.remove('c1', False)
        reg.remove('e1', False)
        stream = []
        reg.connect('record-added', lambda r, record: stream.append(('added', record.props.id)))
        reg.connect('record-changed', lambda r, record, p: stream.append(('changed', record.props.id)))

        def on_chains(model, position, removed, added):
            if added and not stream:
                e1.props.name = '乙'
        chains.connect('items-changed', on_chains)
        reg.abort_batch()
        self.assertNotIn(('changed', 'e1'), stream)
        self.assertIn(('added', 'e1'), stream)
        self.assertEqual(e1.props.name, '乙')


HOOK_FIRST = '''
import gi
gi.require_version('Lian', '1.0')
from gi.repository import Gio, GLib, GObject, Lian
state = {}
def hook(model, position, removed, added):
    reg, n1 = state.get('reg'), state.get('n1')
    if reg is not None and removed and reg.lookup('n1') is None and not state.get('done'):
        state['done'] = True
        n1.props.title = 'changed by the hook'
        reg.lookup('n2').props.enterprise_id = 'no-such-firm'   # refused: the removal fails
    return True
Gio.ListStore()
GObject.add_emission_hook(Gio.ListStore, 'items-changed', hook)
reg = Lian.Registry()
reg.add_many([Lian.Enterprise.new('e1', 'x', '91320214745555318W', '320214')] +
             [Lian.Need(id=i, enterprise_id='e1', title='t') for i in ('n1', 'n2')])
state.update(reg=reg, n1=reg.lookup('n1'))
needs = reg.get_needs()
try:
    reg.remove('n1', False)
except GLib.Error:
    pass
print(state.get('done', False), reg.lookup('n1') is state['n1'], state['n1'].props.title)
'''


class HookBeforeTheFirstRegistryTestCase(unittest.TestCase):
    def test_refused_removal_undoes_a_hook_added_before_any_registry(self):
        out = subprocess.run([sys.executable, '-c', HOOK_FIRST], capture_output=True, text=True,
                             env=os.environ, check=True).stdout.split()
        self.assertEqual(out, ['True', 'True', 't'])


if __name__ == '__main__':
    unittest.main()
