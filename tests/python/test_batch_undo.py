# SPDX-License-Identifier: LGPL-2.1-or-later
"""Batches undone, removals cascading, registries disposed: the registry
is left as it was, whatever handlers do meanwhile."""
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, GObject, Lian  # noqa: E402


def firm(id='e1', name='甲', uscc='91320214745555318W', region='320214'):
    return Lian.Enterprise.new(id, name, uscc, region)


def need(id='n1', enterprise_id='e1'):
    return Lian.Need(id=id, enterprise_id=enterprise_id, category=Lian.NeedCategory.FINANCING,
                     title='贷款', submitted='2023-03-01')


def ids(records):
    return [record.props.id for record in records]


def picture(reg):
    """Every kind's list in its order, and the document."""
    lists = [ids(reg.get_records(Lian.RecordKind(k)))
             for k in range(int(Lian.RecordKind.RESPONSE) + 1)]
    return lists, reg.save_to_data()[0]


class CascadeTest(unittest.TestCase):
    def test_handler_removes_a_doomed_record(self):
        # Unlinking o1's member changes o1; its handler removes n1, which
        # the cascade was about to remove too.
        reg = Lian.Registry()
        org = Lian.PartyOrg(id='o1', name='支部', kind=Lian.OrgKind.BRANCH, region='320200')
        org.add_member('e1')
        reg.add_many([firm(), org, need()])

        def on_changed(registry, record, prop):
            if record.props.id == 'o1' and registry.lookup('n1') is not None:
                registry.remove('n1', False)

        reg.connect('record-changed', on_changed)
        self.assertTrue(reg.remove('e1', True))
        self.assertIsNone(reg.lookup('e1'))
        self.assertIsNone(reg.lookup('n1'))
        self.assertEqual(ids(reg.get_organizations()), ['o1'])
        journal = [(change.get_operation(), change.get_record_id())
                   for change in reg.get_journal()]
        self.assertEqual(journal.count((Lian.ChangeOperation.REMOVE, 'n1')), 1)
        self.assertEqual(journal.count((Lian.ChangeOperation.REMOVE, 'e1')), 1)

    def test_undone_cascade_puts_back_records_that_refer_to_each_other(self):
        # A response of e1 to e1's own post, added before the post: the
        # cascade takes both, and the undo puts both back.
        reg = Lian.Registry()
        post = Lian.DemandPost.new('p1', 'e1', 'c1', '芯片')
        post.props.quantity = 5
        post.props.published = '2024-01-02'
        post.props.delivery_until = '2024-06-01'
        reg.add_many([Lian.Chain(id='c1', name='链', region='320200'), firm(),
                      Lian.Response.new('r1', 'p1', 'e1'), post])
        before = picture(reg)
        reg.begin_batch()
        self.assertTrue(reg.remove('e1', True))
        self.assertIsNone(reg.lookup('r1'))
        reg.abort_batch()
        self.assertEqual(picture(reg), before)

    def test_removed_record_changed_while_out_comes_back_as_it_was(self):
        reg = Lian.Registry()
        n1 = need()
        reg.add_many([firm(), n1])
        before = picture(reg)
        reg.begin_batch()
        reg.remove('n1', False)
        n1.props.title = '改了'
        reg.abort_batch()
        self.assertEqual(n1.props.title, '贷款')
        self.assertEqual(picture(reg), before)
        # A change that would break its reference: it comes back all the same.
        reg.begin_batch()
        reg.remove('n1', False)
        n1.props.enterprise_id = 'ghost'
        reg.abort_batch()
        self.assertIs(reg.lookup('n1'), n1)
        self.assertEqual(n1.props.enterprise_id, 'e1')
        self.assertEqual(picture(reg), before)

    def test_undone_removals_tell_the_lists_what_changed(self):
        # Records put back go into each list together: a copy kept up to
        # date by items-changed alone ends as the list, and each
        # record-added finds its record in its list.
        reg = Lian.Registry()
        firms = [firm('e%d' % i, '企业%d' % i, '91320214745555318W', '320214')
                 for i in range(12)]
        reg.add_many(firms + [need('n%d' % i, 'e%d' % (i % 12)) for i in range(30)])
        lists = {'needs': reg.get_needs(), 'firms': reg.get_enterprises()}
        copies = {name: list(model) for name, model in lists.items()}

        def follow(name):
            def changed(model, position, removed, added):
                copies[name][position:position + removed] = \
                    [model[i] for i in range(position, position + added)]
            return changed

        for name, model in lists.items():
            model.connect('items-changed', follow(name))
        told = []
        reg.connect('record-added', lambda registry, record:
                    told.append(record in list(registry.get_records(record.get_record_kind()))))
        before = picture(reg)
        reg.begin_batch()
        for i in (3, 0, 11, 7):
            reg.remove('e%d' % i, True)
        reg.remove('n5', False)
        reg.lookup('n6').props.title = '改了'
        reg.remove('n6', False)
        reg.abort_batch()
        self.assertEqual(picture(reg), before)
        for name, model in lists.items():
            self.assertEqual(copies[name], list(model))
        self.assertEqual(len(told), 4 + 10 + 2)
        self.assertTrue(all(told))


class ReaddTest(unittest.TestCase):
    def test_undone_readd_keeps_the_revision(self):
        # Removed, then the same object added again; the batch undone.
        for changes in (0, 2):
            reg = Lian.Registry()
            chain = Lian.Chain(id='c1', name='链', region='320200')
            reg.add_many([chain, Lian.Chain(id='c2', name='链2', region='320200')])
            for i in range(changes):
                chain.props.name = '链%d' % i
            revision = chain.props.revision
            before = picture(reg)
            reg.begin_batch()
            reg.remove('c1', False)
            reg.add(chain)
            reg.abort_batch()
            self.assertEqual(chain.props.revision, revision)
            self.assertIs(chain.get_registry(), reg)
            self.assertEqual(picture(reg), before)
            chain.props.name = '新名'
            self.assertEqual(chain.props.revision, revision + 1)


def small():
    reg = Lian.Registry()
    reg.add_many([firm(), firm('e2', '乙', '91110000600037341L', '320205'), need()])
    return reg


class DisposeTest(unittest.TestCase):
    """Disposed (run_dispose()) from a handler or with a batch open: no
    crash, no critical, and a DISPOSED error where a change was asked."""

    def assertDisposed(self, call):
        with self.assertRaises(GLib.Error) as raised:
            call()
        self.assertTrue(raised.exception.matches(Lian.registry_error_quark(),
                                                 Lian.RegistryError.DISPOSED))

    def test_batch_open_at_dispose(self):
        reg = small()
        reg.begin_batch()
        reg.lookup_enterprise('e2').props.employees = 5
        reg.run_dispose()
        self.assertDisposed(reg.commit_batch)
        reg = small()
        reg.begin_batch()
        reg.run_dispose()
        reg.abort_batch()
        self.assertEqual(reg.get_n_records(), 0)

    def test_disposed_by_a_removal_handler(self):
        reg = small()
        reg.connect('record-removed', lambda registry, record: registry.run_dispose())
        self.assertDisposed(lambda: reg.remove('e1', True))
        self.assertEqual(reg.get_n_records(), 0)

    def test_disposed_while_a_batch_is_undone(self):
        # An update undone after a removal, whose record-added disposes.
        reg = small()
        e2 = reg.lookup_enterprise('e2')
        reg.begin_batch()
        e2.props.employees = 7
        reg.remove('n1', False)
        reg.connect('record-added', lambda registry, record: registry.run_dispose())
        reg.abort_batch()
        self.assertEqual(reg.get_n_records(), 0)
        self.assertIsNone(e2.get_registry())
        # A cascade's records put back one by one.
        reg = small()
        reg.begin_batch()
        reg.remove('e1', True)
        reg.connect('record-added', lambda registry, record: registry.run_dispose())
        reg.abort_batch()
        self.assertEqual(reg.get_n_records(), 0)
        self.assertEqual(len(reg.get_needs()), 0)

    def test_lists_held_are_emptied(self):
        reg = small()
        needs = reg.get_needs()
        kept = needs[0]
        changes = []
        needs.connect('items-changed', lambda model, *change: changes.append(change))
        reg.run_dispose()
        self.assertEqual(len(needs), 0)
        self.assertEqual(changes, [(0, 1, 0)])
        self.assertIs(reg.get_needs(), needs)
        self.assertEqual(kept.props.title, '贷款')


class HookTest(unittest.TestCase):
    def test_refused_removal_undoes_what_an_emission_hook_changed(self):
        reg = small()
        reg.add(need('n2', 'e2'))
        n1 = reg.lookup('n1')

        def hook(registry, record):
            if record is n1:
                n1.props.title = '钩子改的'
                registry.lookup('n2').props.enterprise_id = 'no-such-firm'   # refused
            return True
        hook_id = GObject.add_emission_hook(Lian.Registry, 'record-removed', hook)
        try:
            with self.assertRaises(GLib.Error):
                reg.remove('n1', False)
        finally:
            GObject.remove_emission_hook(Lian.Registry, 'record-removed', hook_id)
        self.assertIs(reg.lookup('n1'), n1)
        self.assertEqual(n1.props.title, '贷款')
        self.assertEqual(reg.lookup('n2').props.enterprise_id, 'e2')


class ClearTest(unittest.TestCase):
    """A clear in a batch, a batch undone in a clear, a clear in an undo:
    no critical, and the lists and the signals agree with the registry."""

    def follow(self, reg):
        told = {}
        for record in reg.get_enterprises():
            told[record.props.id] = 'added'
        for record in reg.get_needs():
            told[record.props.id] = 'added'
        reg.connect('record-added', lambda r, record: told.__setitem__(record.props.id, 'added'))
        reg.connect('record-removed',
                    lambda r, record: told.__setitem__(record.props.id, 'removed'))
        return told

    def assertToldAsHeld(self, reg, told):
        for id, last in told.items():
            self.assertEqual(last == 'added', reg.lookup(id) is not None, id)

    def test_batch_aborted_by_a_handler_while_a_clear_runs(self):
        reg = small()
        told = self.follow(reg)
        reg.begin_batch()
        reg.remove('e2', False)     # before the clear: forgotten by it

        def on_removed(registry, record):
            if record.props.id == 'e1':
                registry.begin_batch()
                registry.remove('n1', False)   # not cleared yet; e1 is
                registry.abort_batch()
                registry.abort_batch()         # n1 cannot come back: it stays out
        reg.connect('record-removed', on_removed)
        reg.clear()
        self.assertEqual(reg.get_n_records(), 0)
        self.assertEqual(len(reg.get_needs()), 0)
        self.assertToldAsHeld(reg, told)

    def test_clear_by_a_handler_ends_an_undo(self):
        reg = small()
        e2 = reg.lookup_enterprise('e2')
        told = self.follow(reg)
        reg.begin_batch()
        reg.remove('n1', False)
        e2.props.employees = 7
        reg.remove('e1', False)
        cleared = []

        def on_added(registry, record):
            if not cleared:
                cleared.append(record.props.id)
                registry.clear()
        reg.connect('record-added', on_added)
        reg.abort_batch()           # e1 back, told of: the clear ends the undo
        self.assertEqual(cleared, ['e1'])
        self.assertEqual(reg.get_n_records(), 0)
        self.assertEqual(len(reg.get_enterprises()), 0)
        self.assertToldAsHeld(reg, told)

    def test_record_added_in_a_clear_refers_to_no_record_it_takes(self):
        reg = small()
        chain = Lian.Chain(id='c1', name='链', region='320200')
        chain.add_leader('e1')
        reg.add(chain)
        errors = []

        def on_removed(registry, record):
            if record is chain:     # the enterprises go after the chains
                try:
                    registry.add(chain)
                except GLib.Error as e:
                    errors.append(e)
        reg.connect('record-removed', on_removed)
        reg.clear()
        self.assertEqual(len(errors), 1)
        self.assertTrue(errors[0].matches(Lian.registry_error_quark(),
                                          Lian.RegistryError.UNKNOWN_REFERENCE))
        self.assertEqual(reg.get_n_records(), 0)


if __name__ == '__main__':
    unittest.main()
