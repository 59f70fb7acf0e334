# SPDX-License-Identifier: LGPL-2.1-or-later
"""LianRegistry from Python, as a new user would use it."""
import gc
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, GObject, Lian  # noqa: E402


def jiangsu():
    """A small Jiangsu registry: Wuxi (320200) and Suzhou (320500)."""
    chain = Lian.Chain(id='c1', name='集成电路', region='320200')
    chain.add_leader('e-wx1')
    wx1 = Lian.Enterprise.new('e-wx1', '无锡芯片', '91320214745555318W', '320214')
    wx1.add_chain_link('c1', '设计', Lian.ChainRole.LEADER)
    wx2 = Lian.Enterprise.new('e-wx2', '无锡电池', '91110000600037341L', '320205')
    sz = Lian.Enterprise.new('e-sz', '张家港封装', '913205056082348768', '320582')
    sz.add_chain_link('c1', '封测', Lian.ChainRole.SUPPORTING)
    alliance = Lian.PartyOrg(id='o-al', name='集成电路产业链党建联盟',
                             kind=Lian.OrgKind.ALLIANCE, region='320200')
    alliance.add_member('e-wx1')
    alliance.add_member('e-sz')
    needs = [
        Lian.Need(id='n1', enterprise_id='e-wx1', category=Lian.NeedCategory.FINANCING,
                  title='流动资金贷款', chain_id='c1', submitted='2023-03-01'),
        Lian.Need(id='n2', enterprise_id='e-wx2', category=Lian.NeedCategory.TECHNOLOGY,
                  title='电池回收技术', submitted='2023-05-10'),
        Lian.Need(id='n3', enterprise_id='e-sz', category=Lian.NeedCategory.LISTING,
                  title='上市辅导', chain_id='c1', submitted='2023-07-01'),
        Lian.Need(id='n4', enterprise_id='e-wx1', category=Lian.NeedCategory.TALENT,
                  title='IC设计人才', chain_id='c1', submitted='2023-11-20'),
    ]
    reg = Lian.Registry()
    reg.add_many([Lian.Region.new('320000', '江苏省'), chain, wx1, wx2, sz, alliance] + needs)
    return reg


def ids(records):
    return [record.props.id for record in records]


class RegistryTest(unittest.TestCase):
    def test_build_count_iterate_lookup(self):
        reg = jiangsu()
        self.assertEqual(reg.get_n_records(), 10)
        needs = reg.get_needs()
        self.assertEqual(len(needs), 4)
        self.assertEqual(needs.get_item_type().name, 'LianNeed')
        self.assertEqual([need.props.title for need in needs],
                         ['流动资金贷款', '电池回收技术', '上市辅导', 'IC设计人才'])
        self.assertEqual(needs[2].props.id, 'n3')
        self.assertEqual(ids(reg.get_enterprises()), ['e-wx1', 'e-wx2', 'e-sz'])
        self.assertEqual(len(reg.get_projects()), 0)

        self.assertEqual(reg.lookup('e-wx1').props.name, '无锡芯片')
        self.assertIsInstance(reg.lookup('c1'), Lian.Chain)
        self.assertIsNone(reg.lookup('nobody'))
        self.assertIsNotNone(reg.lookup_need('n1'))
        self.assertIsNone(reg.lookup_need('e-wx1'))
        self.assertIs(reg.lookup('n1').get_registry(), reg)
        self.assertEqual(ids(reg.dup_referrers('e-wx1')), ['c1', 'o-al', 'n1', 'n4'])
        self.assertEqual(reg.dup_region_name('320000'), '江苏省')
        self.assertEqual(reg.dup_region_name('320200'), '无锡市')

    def test_add_fires_items_changed(self):
        reg = jiangsu()
        needs = reg.get_needs()
        changes, added = [], []
        needs.connect('items-changed', lambda model, pos, removed, n: changes.append((pos, removed, n)))
        reg.connect('record-added', lambda r, record: added.append(record.props.id))
        need = Lian.Need.new('n5', 'e-wx2', Lian.NeedCategory.LAND, '研发用地')
        reg.add(need)
        self.assertEqual(changes, [(4, 0, 1)])
        self.assertEqual(added, ['n5'])
        self.assertEqual(len(needs), 5)
        self.assertIs(needs[4], need)
        self.assertIs(need.get_registry(), reg)

    def test_mirror_of_items_changed(self):
        """A copy kept by replaying items-changed stays equal to each list."""
        reg = jiangsu()
        lists = [reg.get_records(kind) for kind in (Lian.RecordKind.ENTERPRISE,
                                                    Lian.RecordKind.ORGANIZATION,
                                                    Lian.RecordKind.NEED)]
        mirrors = [list(model) for model in lists]

        def replay(model, pos, removed, added, mirror):
            mirror[pos:pos + removed] = [model[pos + i] for i in range(added)]
            self.assertEqual(len(mirror), len(model))

        for model, mirror in zip(lists, mirrors):
            model.connect('items-changed', replay, mirror)

        def check():
            for model, mirror in zip(lists, mirrors):
                self.assertEqual([id(r) for r in mirror], [id(r) for r in model])

        reg.remove('n2', False)
        check()
        reg.begin_batch()
        reg.remove('n3', False)
        reg.remove('e-wx1', True)
        check()
        reg.abort_batch()
        check()
        self.assertEqual(len(lists[2]), 3)
        reg.remove('e-wx1', True)
        check()
        reg.clear()
        check()
        self.assertEqual([len(model) for model in lists], [0, 0, 0])

    def test_change_fires_record_changed_and_reindexes(self):
        reg = jiangsu()
        seen = []
        reg.connect('record-changed', lambda r, record, prop: seen.append((record.props.id, prop)))
        n2 = reg.lookup_need('n2')
        n2.transition(Lian.NeedStatus.ACCEPTED, 'o-al', None, None)
        self.assertEqual(seen[0], ('n2', 'status'))
        accepted = Lian.Filter(record_kind=Lian.RecordKind.NEED, status=Lian.NeedStatus.ACCEPTED)
        self.assertEqual(ids(reg.select(accepted)), ['n2'])
        n2.props.chain_id = 'c1'
        self.assertEqual(seen[-1], ('n2', 'chain-id'))
        on_chain = Lian.Filter(record_kind=Lian.RecordKind.NEED, chain_id='c1')
        self.assertEqual(ids(reg.select(on_chain)), ['n1', 'n2', 'n3', 'n4'])

    def test_select_needs_of_one_city(self):
        reg = jiangsu()
        wuxi = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320200')
        selected = reg.select(wuxi)
        self.assertEqual(ids(selected), ['n1', 'n2', 'n4'])
        suzhou = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320500')
        self.assertEqual([need.props.title for need in reg.select(suzhou)], ['上市辅导'])
        wuxi.props.categories = Lian.NeedCategories.FINANCING | Lian.NeedCategories.TALENT
        self.assertEqual(ids(reg.select(wuxi)), ['n1', 'n4'])
        wuxi.props.text = 'ic'
        self.assertEqual(ids(reg.select(wuxi)), ['n4'])
        firms_on_chain = Lian.Filter(record_kind=Lian.RecordKind.ENTERPRISE, chain_id='c1')
        self.assertEqual(ids(reg.select(firms_on_chain)), ['e-wx1', 'e-sz'])

        on_chain = Lian.Filter(record_kind=Lian.RecordKind.NEED, chain_id='c1')
        how, visited = reg.explain_select(on_chain)
        self.assertEqual(visited, 3)
        self.assertTrue(how.startswith('needs by chain: '), how)

    def test_list_handler_removes_a_record_the_same_addition_brings(self):
        """A handler of the enterprises' list removes a need added with
        them: the needs' list never shows it."""
        reg = Lian.Registry()
        reg.add_many([Lian.Region.new('320000', '江苏省')])
        firms, needs = reg.get_enterprises(), reg.get_needs()
        mirror, added = [], []

        def replay(model, pos, removed, n):
            mirror[pos:pos + removed] = [model[pos + i] for i in range(n)]

        def meddle(model, pos, removed, n):
            if reg.lookup('n1') is not None:
                reg.remove('n1', True)

        needs.connect('items-changed', replay)
        firms.connect('items-changed', meddle)
        reg.connect('record-added', lambda r, record: added.append(record.props.id))
        reg.add_many([Lian.Enterprise.new('e-1', '无锡芯片', '91320214745555318W', '320214'),
                      Lian.Need.new('n1', 'e-1', Lian.NeedCategory.LAND, '研发用地'),
                      Lian.Need.new('n2', 'e-1', Lian.NeedCategory.TAX, '税收')])
        self.assertIsNone(reg.lookup('n1'))
        self.assertEqual(ids(needs), ['n2'])
        self.assertEqual(ids(mirror), ['n2'])
        self.assertEqual(added, ['e-1', 'n2'])

    def test_list_read_during_an_addition_shows_what_it_told(self):
        """A view set on the needs' list in a handler of the enterprises'
        list, during an addition of both, reads the list and then follows
        it: it counts each need once, and a need removed before the list
        told of it is never shown, nor told of as added or removed."""
        reg = Lian.Registry()
        reg.add_many([Lian.Region.new('320000', '江苏省')])
        firms, needs = reg.get_enterprises(), reg.get_needs()
        view, seen, events = [], [], []

        def replay(model, pos, removed, n):
            view[pos:pos + removed] = [model[pos + i] for i in range(n)]
            seen.extend(model[pos + i].props.id for i in range(n))

        def show_needs(model, pos, removed, n):
            if reg.lookup('n1') is not None:
                view.extend(needs)
                needs.connect('items-changed', replay)
                reg.remove('n1', True)

        firms.connect('items-changed', show_needs)
        reg.connect('record-added', lambda r, record: events.append('+' + record.props.id))
        reg.connect('record-removed', lambda r, record: events.append('-' + record.props.id))
        reg.add_many([Lian.Enterprise.new('e-1', '无锡芯片', '91320214745555318W', '320214'),
                      Lian.Need.new('n1', 'e-1', Lian.NeedCategory.LAND, '研发用地'),
                      Lian.Need.new('n2', 'e-1', Lian.NeedCategory.TAX, '税收')])
        self.assertEqual(ids(needs), ['n2'])
        self.assertEqual(ids(view), ['n2'])
        self.assertEqual(seen, ['n2'])
        self.assertEqual(events, ['+e-1', '+n2'])

    def test_signals_of_an_addition_balance_whatever_a_list_handler_does(self):
        """A handler of the chains' list, during an addition, removes a
        chain (with what refers to it) in a batch it then aborts, and
        changes a need: record-added tells of each record once, after any
        record-changed, and the stream balances the registry's count."""
        text, _ = jiangsu().save_to_data()
        for load in (False, True):
            reg = Lian.Registry()
            events, done = [], []
            reg.connect('record-added', lambda r, rec: events.append(('+', rec.props.id)))
            reg.connect('record-removed', lambda r, rec: events.append(('-', rec.props.id)))
            reg.connect('record-changed', lambda r, rec, p: events.append(('~', rec.props.id)))

            def meddle(model, pos, removed, n):
                if n == 0 or done:
                    return
                done.append(True)
                reg.begin_batch()
                reg.remove(model[pos].props.id, True)
                reg.abort_batch()
                need = reg.lookup('n1')
                need.props.title = '改过的标题'

            reg.get_chains().connect('items-changed', meddle)
            if load:
                reg.load_from_data(text, -1)
            else:
                source = Lian.Registry()
                source.load_from_data(text, -1)
                records = [r for k in range(int(Lian.RecordKind.PERSON) + 1)
                           for r in source.get_records(Lian.RecordKind(k))]
                source.clear()
                reg.add_many(records)
            added = [i for op, i in events if op == '+']
            self.assertEqual(len(added), len(set(added)))
            self.assertEqual(len(added) - sum(op == '-' for op, i in events),
                             reg.get_n_records())
            # Changed before it was told of: told of as it is now.
            self.assertEqual(reg.lookup('n1').props.title, '改过的标题')
            self.assertNotIn(('~', 'n1'), events[:events.index(('+', 'n1'))])

    def test_refused_add_raises_and_changes_nothing(self):
        reg = jiangsu()
        needs = reg.get_needs()
        changes = []
        needs.connect('items-changed', lambda *args: changes.append(args[1:]))
        orphan = Lian.Need.new('n9', 'e-gone', Lian.NeedCategory.LAND, '用地')
        with self.assertRaises(GLib.Error) as cm:
            reg.add(orphan)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.UNKNOWN_REFERENCE))
        self.assertIn('need "n9": enterprise_id: ', cm.exception.message)

        wrong = Lian.Need.new('n9', 'c1', Lian.NeedCategory.LAND, '用地')
        with self.assertRaises(GLib.Error) as cm:
            reg.add(wrong)
        self.assertEqual(cm.exception.code, Lian.RegistryError.WRONG_KIND)

        twice = [Lian.Need.new('n9', 'e-wx1', Lian.NeedCategory.LAND, '用地'),
                 Lian.Need.new('n9', 'e-wx2', Lian.NeedCategory.TAX, '税务')]
        with self.assertRaises(GLib.Error) as cm:
            reg.add_many(twice)
        self.assertEqual(cm.exception.code, Lian.RegistryError.DUPLICATE_ID)

        bad = Lian.Enterprise.new('e-bad', '坏企业', '91320214745555318X', '320214')
        with self.assertRaises(GLib.Error) as cm:
            reg.add(bad)
        self.assertTrue(cm.exception.matches(Lian.data_error_quark(), Lian.DataError.INVALID_USCC))
        self.assertTrue(cm.exception.message.startswith('enterprise "e-bad": uscc: '))

        self.assertEqual(reg.get_n_records(), 10)
        self.assertEqual(len(needs), 4)
        self.assertEqual(changes, [])
        self.assertIsNone(reg.lookup('n9'))
        self.assertIsNone(orphan.get_registry())

    def test_add_refuses_a_python_subclass_of_record(self):
        class Memo(Lian.Record):
            """A kind of record lian does not know."""

        reg = jiangsu()
        before = reg.save_to_data()[0]
        memo = Memo(id='memo-1', name='备忘')
        with self.assertRaises(GLib.Error) as cm:
            reg.add(memo)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.UNKNOWN_TYPE))
        self.assertIn('"memo-1"', cm.exception.message)
        self.assertIn('Memo', cm.exception.message)
        with self.assertRaises(GLib.Error) as cm:
            reg.add_many([Lian.Region.new('320100', '南京市'), memo])
        self.assertEqual(cm.exception.code, Lian.RegistryError.UNKNOWN_TYPE)

        self.assertEqual(reg.get_n_records(), 10)
        self.assertIsNone(reg.lookup('memo-1'))
        self.assertIsNone(reg.lookup('320100'))
        self.assertIsNone(memo.get_registry())
        saved = reg.save_to_data()[0]
        self.assertEqual(saved, before)
        back = Lian.Registry()
        back.load_from_data(saved, -1)
        self.assertEqual(back.get_n_records(), 10)

    def test_remove_with_cascade(self):
        reg = jiangsu()
        with self.assertRaises(GLib.Error) as cm:
            reg.remove('e-wx1', False)
        self.assertEqual(cm.exception.code, Lian.RegistryError.STILL_REFERENCED)
        self.assertEqual(reg.get_n_records(), 10)
        with self.assertRaises(GLib.Error) as cm:
            reg.remove('e-none', True)
        self.assertEqual(cm.exception.code, Lian.RegistryError.NOT_FOUND)

        removed = []
        reg.connect('record-removed', lambda r, record: removed.append(record.props.id))
        ok, affected = reg.remove('e-wx1', True)
        self.assertTrue(ok)
        self.assertEqual(affected, ['e-wx1', 'n1', 'n4', 'c1', 'o-al'])
        self.assertEqual(sorted(removed), ['e-wx1', 'n1', 'n4'])
        self.assertEqual(ids(reg.get_needs()), ['n2', 'n3'])
        self.assertFalse(reg.lookup_chain('c1').is_leader('e-wx1'))
        self.assertEqual(list(reg.lookup_organization('o-al').props.member_ids), ['e-sz'])

    def test_clear_and_lifetime(self):
        reg = jiangsu()
        needs = reg.get_needs()
        need = reg.lookup('n1')
        reg.clear()
        self.assertEqual(reg.get_n_records(), 0)
        self.assertEqual(len(needs), 0)
        self.assertIsNone(need.get_registry())

        finalized = []
        reg = jiangsu()
        reg.weak_ref(lambda: finalized.append('registry'))
        reg.lookup('c1').weak_ref(lambda: finalized.append('chain'))
        del reg
        gc.collect()
        self.assertEqual(sorted(finalized), ['chain', 'registry'])


    def test_clear_tells_of_a_record_added_back_as_removed_first(self):
        reg = Lian.Registry()
        chains = [Lian.Chain(id='c%d' % i, name='链%d' % i, region='320200') for i in range(3)]
        reg.add_many(chains)
        told = []
        reg.connect('record-added', lambda r, record: told.append(('added', record.props.id)))

        def on_removed(registry, record):
            told.append(('removed', record.props.id))
            if record is chains[0]:
                registry.add(chains[2])   # taken by the clear, not told of yet
        reg.connect('record-removed', on_removed)
        reg.clear()
        self.assertEqual(told, [('removed', 'c0'), ('removed', 'c2'), ('added', 'c2'),
                                ('removed', 'c1')])
        self.assertEqual(ids(reg.get_chains()), ['c2'])
        self.assertIs(reg.lookup('c2'), chains[2])


    def test_removal_tells_of_a_record_its_list_handler_adds_back_as_removed_first(self):
        reg = Lian.Registry()
        chain = Lian.Chain(id='c0', name='链', region='320200')
        reg.add(chain)
        told = []
        reg.connect('record-added', lambda r, record: told.append(('added', record.props.id)))
        reg.connect('record-removed', lambda r, record: told.append(('removed', record.props.id)))

        def on_items_changed(model, position, removed, added):
            if removed:
                reg.add(chain)
        chains = reg.get_chains()
        chains.connect('items-changed', on_items_changed)
        reg.remove('c0', False)
        self.assertEqual(told, [('removed', 'c0'), ('added', 'c0')])
        self.assertEqual(ids(chains), ['c0'])
        self.assertIs(reg.lookup('c0'), chain)


class QueryTest(unittest.TestCase):
    """Counting by index key and visiting, without lists."""

    def test_counts_by_region_and_status(self):
        reg = jiangsu()
        self.assertEqual(reg.count_records(Lian.RecordKind.NEED), 4)
        self.assertEqual(reg.count_enterprises(None), 3)
        self.assertEqual(reg.count_enterprises('320200'), 2)
        self.assertEqual(reg.count_needs('320200'), 3)
        self.assertEqual(reg.count_needs('320500'), 1)
        self.assertEqual(reg.dup_regions_at('320000', Lian.Level.CITY), ['320200', '320500'])
        counts = {city: reg.count_enterprises(city)
                  for city in reg.dup_regions_at(None, Lian.Level.CITY)}
        self.assertEqual(counts, {'320200': 2, '320500': 1})

        before = reg.get_change_count()
        reg.move_need('n1', Lian.NeedStatus.ACCEPTED, None, None, None)
        self.assertGreater(reg.get_change_count(), before)
        self.assertEqual(reg.count_needs_by_status('320200', Lian.NeedStatus.ACCEPTED), 1)
        self.assertEqual(reg.count_needs_by_status('320200', Lian.NeedStatus.SUBMITTED), 2)
        self.assertEqual(reg.count_needs_by_status(None, Lian.NeedStatus.SUBMITTED), 3)

        # An enterprise that moves takes its needs with it.
        reg.lookup_enterprise('e-wx1').props.region = '320582'
        self.assertEqual(reg.count_needs('320500'), 3)
        self.assertEqual(reg.count_needs_by_status('320582', Lian.NeedStatus.ACCEPTED), 1)

    def test_foreach_notices_changes(self):
        reg = jiangsu()
        seen = []

        def visit(record):
            seen.append(record.props.id)
            return True
        self.assertTrue(reg.foreach(Lian.RecordKind.NEED, visit))
        self.assertEqual(seen, ['n1', 'n2', 'n3', 'n4'])

        seen.clear()

        def change(record):
            seen.append(record.props.id)
            record.props.title = record.props.title + '（续）'
            return True
        with self.assertRaises(GLib.Error) as cm:
            reg.foreach(Lian.RecordKind.NEED, change)
        self.assertTrue(cm.exception.matches(Lian.registry_error_quark(),
                                             Lian.RegistryError.CHANGED))
        self.assertIn('after 1 of 4', cm.exception.message)
        self.assertEqual(seen, ['n1'])


class KindsTest(unittest.TestCase):
    def test_every_property_holding_ids_is_a_declared_reference(self):
        kinds = [Lian.RecordKind(k) for k in range(Lian.RecordKind.ACTIVITY + 1)]
        declared = {}
        for kind in kinds:
            gtype = Lian.RecordKind.get_record_type(kind)
            self.assertTrue(gtype.is_a(Lian.Record))
            for pspec in GObject.list_properties(gtype):
                holds_ids = pspec.name.endswith('-id') or pspec.name.endswith('-ids')
                is_ref, target = Lian.RecordKind.get_reference(kind, pspec.name)
                self.assertEqual(is_ref, holds_ids, f'{gtype.name}:{pspec.name}')
                if is_ref:
                    declared[(gtype.name, pspec.name)] = target
        self.assertEqual(declared[('LianNeed', 'enterprise-id')], Lian.RecordKind.ENTERPRISE)
        self.assertEqual(declared[('LianActionProject', 'need-ids')], Lian.RecordKind.NEED)
        self.assertEqual(len(declared), 17)


class DisposedRegistryTest(unittest.TestCase):
    """run_dispose() leaves a registry empty and closed to records."""

    def test_disposed_registry_is_empty_and_closed(self):
        reg = jiangsu()
        saved = reg.save_to_data()[0]
        firm = reg.lookup_enterprise('e-wx1')
        reg.run_dispose()

        # Its records go on on their own.
        self.assertIsNone(firm.get_registry())
        firm.props.employees = 99
        self.assertEqual(firm.props.employees, 99)

        self.assertIsNone(reg.lookup('n1'))
        self.assertIsNone(reg.lookup_enterprise('e-wx1'))
        self.assertEqual(len(reg.get_needs()), 0)
        self.assertEqual(reg.get_n_records(), 0)
        self.assertEqual(reg.count_enterprises('320000'), 0)
        self.assertEqual(reg.count_needs_by_status('320000', Lian.NeedStatus.SUBMITTED), 0)
        wuxi = Lian.Filter(record_kind=Lian.RecordKind.NEED, region='320200')
        self.assertEqual(len(reg.select(wuxi)), 0)
        self.assertNotIn('n1', reg.save_to_data()[0])

        for change in (lambda: reg.add(Lian.Region.new('320100', '南京市')),
                       lambda: reg.remove('n1', True),
                       lambda: reg.load_from_data(saved, -1)):
            with self.assertRaises(GLib.Error) as raised:
                change()
            self.assertTrue(raised.exception.matches(Lian.registry_error_quark(),
                                                     Lian.RegistryError.DISPOSED))
        reg.begin_batch()
        reg.commit_batch()
        self.assertEqual(reg.get_n_records(), 0)

    def test_update_of_a_record_the_registry_no_longer_holds(self):
        reg = jiangsu()
        need = reg.lookup_need('n1')
        title = need.props.title
        reg.run_dispose()
        for registry in (reg, Lian.Registry()):
            with self.assertRaises(GLib.Error) as raised:
                registry.update(need, 'title', '新标题')
            self.assertTrue(raised.exception.matches(Lian.registry_error_quark(),
                                                     Lian.RegistryError.NOT_FOUND))
            self.assertIn('n1', raised.exception.message)
        self.assertEqual(need.props.title, title)


if __name__ == '__main__':
    unittest.main()
