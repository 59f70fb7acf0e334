// SPDX-License-Identifier: LGPL-2.1-or-later
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

test('object construction and properties', () => {
    const act = new Lian.Activity({
        id: 'act-1', name: '推进会', kind: Lian.ActivityKind.TRAINING,
        org_id: 'org-1', date: '2023-05-18', participants: 25,
    });
    assertEqual(act.id, 'act-1');
    assertEqual(act.kind, Lian.ActivityKind.TRAINING);
    assertEqual(act.record_kind, Lian.RecordKind.ACTIVITY);
    assertEqual(act.get_participants(), 25);
    act.participants = 26;
    assertEqual(act.get_participants(), 26);
    assert(act.validate());
});

test('notify once per change', () => {
    const act = Lian.Activity.new('act-1', Lian.ActivityKind.MEETING, '2023-05-18');
    const seen = [];
    act.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    act.chain_id = 'chain-1';
    act.chain_id = 'chain-1';
    assertEqual(seen, ['chain-id']);
});

test('validate throws naming the field', () => {
    const act = new Lian.Activity({id: 'act-1', date: '2023-13-01'});
    const e = assertThrows(() => act.validate(), err => err instanceof Lian.DataError);
    assert(e.message.startsWith('date: '), e.message);
});

run();
