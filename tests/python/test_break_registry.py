# SPDX-License-Identifier: LGPL-2.1-or-later
"""Trying to break a loaded registry through every setter and work function.

Whatever is tried — dangling and wrong-kind references, cycles, duplicate
ids, invalid values — the registry refuses what would break it, and the
document it saves afterwards loads back equal.
"""
import os
import random
import unittest

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, GObject, Lian  # noqa: E402

SOURCE_DIR = os.environ.get('LIAN_SOURCE_DIR',
                            os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_DIR, 'data', 'jiangsu-sample.json')

KINDS = [Lian.RecordKind.CHAIN, Lian.RecordKind.ENTERPRISE, Lian.RecordKind.ORGANIZATION,
         Lian.RecordKind.SERVICE, Lian.RecordKind.NEED, Lian.RecordKind.PROJECT,
         Lian.RecordKind.ACTIVITY]

BAD_TEXT = ['', '   ', 'x' * 5000, '=cmd|\' /C calc\'!A0', '2023-02-30', '999999',
            '91320214474555530X', 'no such id', '../../etc/passwd', '\u202e',
            'x' * 70000, '链' * 30000]


class Refusals:
    """Counts the warnings with which setters refuse changes."""

    def __init__(self):
        self.messages = []
        self.handler = GLib.log_set_handler('Lian', GLib.LogLevelFlags.LEVEL_WARNING,
                                            self.log, None)

    def log(self, domain, level, message, data):
        self.messages.append(message)

    def close(self):
        GLib.log_remove_handler('Lian', self.handler)


def values_for(pspec, ids, own_id):
    """Hostile (and a few harmless) values for one property."""
    name = pspec.name
    vtype = pspec.value_type
    if vtype == GObject.TYPE_STRING:
        values = list(BAD_TEXT) + [None, own_id]
        if name.endswith('-id'):
            values += [ids[kind] for kind in ids]
        return values
    if vtype == GObject.TYPE_STRV:
        picks = [ids[kind] for kind in ids]
        return [[], ['gone'], picks, [own_id, own_id], picks[:1] * 2, [''], BAD_TEXT[:3]]
    if vtype in (GObject.TYPE_INT64, GObject.TYPE_INT):
        # Negative amounts are a caller's mistake (a critical), not data.
        return [0, 2**31 - 1, 2**62]
    if vtype in (GObject.TYPE_UINT, GObject.TYPE_UINT64):
        return [0, 1, 2**32 - 1]
    if vtype == GObject.TYPE_DOUBLE:
        return [-1.0, float('inf'), float('nan'), 0.5]
    if vtype == GObject.TYPE_BOOLEAN:
        return [True, False]
    if GObject.type_is_a(vtype, GObject.TYPE_FLAGS):
        return [0, 1, 0x1000, 0x1FFF]
    if GObject.type_is_a(vtype, GObject.TYPE_ENUM):
        return [0, 1, 2, 3]
    return []


class BreakRegistryTest(unittest.TestCase):

    def setUp(self):
        self.reg = Lian.Registry()
        self.reg.load_from_file(SAMPLE, None)
        self.refusals = Refusals()
        self.ids = {kind: self.reg.get_records(kind)[0].props.id for kind in KINDS}
        self.ids[Lian.RecordKind.REGION] = '320200'

    def tearDown(self):
        self.refusals.close()

    def assertStillWhole(self):
        """No error-level problem; the saved document loads back equal."""
        errors = [p for p in self.reg.check('2024-06-30', 90)
                  if p.props.severity == Lian.Severity.ERROR
                  and not p.props.code.startswith('history-')
                  and not p.props.code.startswith('duplicate-')]
        self.assertEqual([(p.props.code, p.props.record_id, p.props.message) for p in errors], [])
        saved = self.reg.save_to_data()[0]
        again = Lian.Registry()
        again.load_from_data(saved, -1)
        self.assertEqual(again.save_to_data()[0], saved)
        self.assertEqual(again.get_n_records(), self.reg.get_n_records())

    def test_every_setter(self):
        """Every writable property of one record of each kind, every hostile value."""
        tried = 0
        for kind in KINDS:
            for record in list(self.reg.get_records(kind))[:3]:
                for pspec in record.list_properties():
                    if not (pspec.flags & GObject.ParamFlags.WRITABLE) or \
                            (pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY):
                        continue
                    for value in values_for(pspec, self.ids, record.props.id):
                        revision = record.props.revision
                        try:
                            record.set_property(pspec.name, value)
                        except (TypeError, OverflowError, ValueError):
                            continue
                        tried += 1
                        self.assertGreaterEqual(record.props.revision, revision)
        self.assertGreater(tried, 300)
        self.assertGreater(len(self.refusals.messages), 50)
        self.assertStillWhole()

    def test_update_says_why(self):
        """The same hostile values through update(): an error each, nothing applied."""
        refused = 0
        for kind in KINDS:
            record = self.reg.get_records(kind)[0]
            for pspec in record.list_properties():
                if pspec.value_type != GObject.TYPE_STRING or \
                        not (pspec.flags & GObject.ParamFlags.WRITABLE) or \
                        (pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY):
                    continue
                for value in values_for(pspec, self.ids, record.props.id):
                    if value is None:
                        continue
                    before = self.reg.save_to_data()[0]
                    journal = len(self.reg.get_journal())
                    try:
                        self.reg.update(record, pspec.name, value)
                    except GLib.Error as e:
                        refused += 1
                        self.assertTrue(e.message)
                        self.assertEqual(self.reg.save_to_data()[0], before)
                        self.assertEqual(len(self.reg.get_journal()), journal)
        self.assertGreater(refused, 30)
        self.assertStillWhole()

    def test_lists_and_work_functions(self):
        """List mutators and the registry's work, with missing and wrong-kind ids."""
        reg, ids = self.reg, self.ids
        wrong = list(ids.values()) + ['gone', '']
        for chain in reg.get_chains():
            for target in wrong:
                chain.add_leader(target)
                chain.add_segment(target)
        for firm in list(reg.get_enterprises())[:5]:
            for target in wrong:
                firm.add_chain_link(target, '芯片', Lian.ChainRole.CORE) \
                    if target else None
                firm.props.parent_id = target or None
        for org in reg.get_organizations():
            for target in wrong:
                if target:
                    org.add_member(target)
                    org.add_chain(target)
        for item in reg.get_services():
            for target in wrong:
                if target:
                    item.add_chain(target)
        for need in list(reg.get_needs())[:10]:
            for target in wrong:
                if target:
                    need.add_service(target)
                    for call in (lambda: reg.link_service(need.props.id, target),
                                 lambda: reg.assign_need(need.props.id, target, None),
                                 lambda: reg.assign_need(need.props.id, ids[Lian.RecordKind.ORGANIZATION],
                                                         '1999-01-01')):
                        try:
                            call()
                        except GLib.Error:
                            pass
            for status in Lian.NeedStatus.__enum_values__.values():
                try:
                    reg.move_need(need.props.id, status, 'tester', 'note', None)
                except GLib.Error:
                    pass
        for project in reg.get_projects():
            for target in wrong:
                if target:
                    project.add_need(target)
                    project.add_service(target)
            try:
                reg.close_project(project.props.id, '1900-01-01', -5, 1, 1)
            except GLib.Error:
                pass
        self.assertGreater(len(self.refusals.messages), 50)
        self.assertStillWhole()

    def test_cycles_and_duplicate_ids(self):
        reg = self.reg
        orgs = list(reg.get_organizations())
        for a in orgs:
            for b in orgs:
                a.props.parent_id = b.props.id
        firms = list(reg.get_enterprises())[:6]
        for a in firms:
            for b in firms:
                a.props.parent_id = b.props.id
        for kind in KINDS:
            existing = reg.get_records(kind)[0]
            twin = Lian.Enterprise.new(existing.props.id, '重复', '91320214474555530F', '320214')
            with self.assertRaises(GLib.Error):
                reg.add(twin)
        self.assertStillWhole()

    def test_texts_longer_than_a_document_holds(self):
        """A text a document could not load back is refused on a held record and on add()."""
        reg = self.reg
        firm = reg.get_enterprises()[0]
        name = firm.props.name
        with self.assertRaises(GLib.Error) as caught:
            reg.update(firm, 'name', '链' * 30000)
        self.assertIn('90000', caught.exception.message)
        firm.props.contact_name = 'x' * 65537
        self.assertEqual(firm.props.name, name)
        self.assertNotEqual(firm.props.contact_name, 'x' * 65537)
        firm.props.contact_name = 'x' * 65536
        self.assertEqual(len(firm.props.contact_name), 65536)
        new = Lian.Enterprise.new('ent-long-text', '长文本', '91320581608159327W', '320583')
        new.props.contact_name = 'y' * 70000
        with self.assertRaises(GLib.Error) as caught:
            reg.add(new)
        self.assertIn('contact', caught.exception.message)
        self.assertIsNone(reg.lookup('ent-long-text'))
        self.assertStillWhole()

    def test_random_sequences(self):
        """Random setters and work in random order, a few hundred of them."""
        rng = random.Random(20261203)
        records = [r for kind in KINDS for r in self.reg.get_records(kind)]
        pool = list(self.ids.values()) + [r.props.id for r in records[:40]] + ['gone']
        for _ in range(600):
            record = rng.choice(records)
            if self.reg.lookup(record.props.id) is not record:
                continue
            pspecs = [p for p in record.list_properties()
                      if p.flags & GObject.ParamFlags.WRITABLE
                      and not p.flags & GObject.ParamFlags.CONSTRUCT_ONLY]
            pspec = rng.choice(pspecs)
            values = values_for(pspec, {k: rng.choice(pool) for k in self.ids}, record.props.id)
            if not values:
                continue
            try:
                record.set_property(pspec.name, rng.choice(values))
            except (TypeError, OverflowError, ValueError):
                pass
            if rng.random() < 0.05:
                try:
                    self.reg.remove(rng.choice(pool), rng.random() < 0.5)
                except GLib.Error:
                    pass
        self.assertStillWhole()


if __name__ == '__main__':
    unittest.main()
