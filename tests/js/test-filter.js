// SPDX-License-Identifier: LGPL-2.1-or-later
import GObject from 'gi://GObject';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, run} from './harness.js';

test('object construction sets has-status', () => {
    const f = new Lian.Filter({
        record_kind: Lian.RecordKind.NEED, region: '320200',
        status: Lian.NeedStatus.RESOLVED, open_only: true,
        categories: Lian.NeedCategories.FINANCING, since: '2023-01-01',
    });
    assertEqual(f.record_kind, Lian.RecordKind.NEED);
    assertEqual(f.region, '320200');
    assertEqual(f.status, Lian.NeedStatus.RESOLVED);
    assert(f.has_status, 'has_status should be true');
    assert(f.open_only);
    assertEqual(f.categories, Lian.NeedCategories.FINANCING);
    assertEqual(f.get_since(), '2023-01-01');
    assertEqual(f.until, null);
});

test('new filter matches everything', () => {
    const f = Lian.Filter.new(Lian.RecordKind.ORGANIZATION);
    assertEqual(f.get_record_kind(), Lian.RecordKind.ORGANIZATION);
    assert(!f.has_status);
    assertEqual(f.region, null);
    assertEqual(f.chain_id, null);
    assertEqual(f.tags, 0);
    assertEqual(f.text, null);
    assertEqual(new Lian.Filter().record_kind, Lian.RecordKind.NEED);
});

test('set and read properties', () => {
    const f = new Lian.Filter();
    f.tags = Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.HIGH_TECH;
    f.set_text('园区');
    f.chain_id = 'chain-1';
    f.until = '2023-12-31';
    assertEqual(f.get_tags(), Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.HIGH_TECH);
    assertEqual(f.text, '园区');
    assertEqual(f.get_chain_id(), 'chain-1');
    assertEqual(f.get_until(), '2023-12-31');
    const pspec = GObject.Object.find_property.call(Lian.Filter, 'has-status');
    assert(!(pspec.flags & GObject.ParamFlags.WRITABLE), 'has-status is writable');
});

test('status and clear_status notify', () => {
    const f = new Lian.Filter();
    const seen = [];
    f.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    f.status = Lian.NeedStatus.SUBMITTED;
    assert(f.has_status);
    assertEqual(seen.sort(), ['has-status', 'status']);
    seen.length = 0;
    f.set_status(Lian.NeedStatus.SUBMITTED);
    f.set_status(Lian.NeedStatus.ACCEPTED);
    assertEqual(seen, ['status']);
    seen.length = 0;
    f.clear_status();
    f.clear_status();
    assertEqual(seen, ['has-status']);
    assert(!f.has_status);
    assertEqual(f.status, Lian.NeedStatus.ACCEPTED);
});

test('notify once per change', () => {
    const f = Lian.Filter.new(Lian.RecordKind.NEED);
    const seen = [];
    f.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    f.text = '贷款';
    f.text = '贷款';
    f.open_only = false;
    f.record_kind = Lian.RecordKind.NEED;
    f.record_kind = Lian.RecordKind.PROJECT;
    assertEqual(seen, ['text', 'record-kind']);
});

run();
