// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const S = Lian.NeedStatus;
const STATUSES = [S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED];
const ALLOWED = new Set([
    [S.SUBMITTED, S.ACCEPTED], [S.SUBMITTED, S.CLOSED],
    [S.ACCEPTED, S.IN_PROGRESS], [S.ACCEPTED, S.RESOLVED], [S.ACCEPTED, S.CLOSED],
    [S.IN_PROGRESS, S.RESOLVED], [S.IN_PROGRESS, S.CLOSED],
    [S.RESOLVED, S.IN_PROGRESS], [S.CLOSED, S.IN_PROGRESS],
].map(([a, b]) => `${a}>${b}`));

function beijing(year, month, day, hour, minute) {
    return GLib.DateTime.new(GLib.TimeZone.new_offset(8 * 3600),
        year, month, day, hour, minute, 0);
}

function isDataError(e, code) {
    return e instanceof Lian.DataError && e.matches(Lian.DataError, code);
}

test('object construction and properties', () => {
    const need = new Lian.Need({
        id: 'n1', enterprise_id: 'e1', title: '流动资金贷款',
        category: Lian.NeedCategory.FINANCING, bottleneck: true,
        amount_yuan: 5000000, assignee_id: 'org-1', due: '2023-08-31',
        submitted: '2023-07-01', service_ids: ['svc-1'], project_id: 'proj-1',
    });
    assertEqual(need.record_kind, Lian.RecordKind.NEED);
    assertEqual(need.enterprise_id, 'e1');
    assertEqual(need.category, Lian.NeedCategory.FINANCING);
    assertEqual(need.status, S.SUBMITTED);
    assert(need.bottleneck);
    assertEqual(need.get_amount_yuan(), 5000000);
    assertEqual(need.get_service_ids(), ['svc-1']);
    assertEqual(need.n_events, 0);
    need.description = '扩产';
    assertEqual(need.get_description(), '扩产');
    assert(need.validate());

    const bare = new Lian.Need({id: 'n2'});
    assertEqual(bare.category, Lian.NeedCategory.OTHER);
    assertEqual(bare.get_service_ids(), []);
    assertEqual(bare.get_history().length, 0);
    assert(Lian.Need.find_property('status').flags & GObject.ParamFlags.CONSTRUCT_ONLY);
    assertEqual(new Lian.Need({id: 'n3', status: S.CLOSED}).status, S.CLOSED);
});

test('notify once per change', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: 't'});
    const seen = [];
    need.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    need.title = 't';
    need.amount_yuan = 10;
    need.amount_yuan = 10;
    need.set_chain_id('chain-1');
    need.set_chain_id('chain-1');
    assertEqual(seen, ['amount-yuan', 'chain-id']);
});

test('service links', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: 't'});
    assert(need.add_service('svc-b'));
    assert(need.add_service('svc-a'));
    assert(!need.add_service('svc-b'));
    assertEqual(need.service_ids, ['svc-b', 'svc-a']);
    assert(need.has_service('svc-a'));
    assert(need.remove_service('svc-b'));
    assert(!need.remove_service('svc-b'));
    assertEqual(need.get_service_ids(), ['svc-a']);
});

test('move table', () => {
    for (const a of STATUSES) {
        for (const b of STATUSES)
            assertEqual(Lian.Need.is_move_allowed(a, b), ALLOWED.has(`${a}>${b}`), `${a}>${b}`);
    }
});

test('whole life keeps a history of three events', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: '电池隔膜涂覆工艺',
        submitted: '2023-07-10'});
    const seen = [];
    need.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    assert(need.transition(S.ACCEPTED, 'org-alliance', '转办', beijing(2023, 7, 10, 9, 0)));
    assert(need.transition(S.IN_PROGRESS, 'org-committee', null, beijing(2023, 7, 11, 14, 0)));
    assert(need.transition(S.RESOLVED, 'org-committee', '攻关完成', beijing(2023, 7, 12, 1, 30)));
    assertEqual(seen, ['status', 'n-events', 'status', 'n-events',
        'status', 'resolved', 'n-events']);

    assertEqual(need.status, S.RESOLVED);
    assertEqual(need.resolved, '2023-07-12');
    assertEqual(need.get_days_to_resolve(), 2);
    assert(!need.is_open());
    const history = need.get_history();
    assertEqual(history.length, 3);
    assertEqual(need.n_events, 3);
    assertEqual(history.map(e => e.get_status()), [S.ACCEPTED, S.IN_PROGRESS, S.RESOLVED]);
    assertEqual(history.map(e => e.get_actor()), ['org-alliance', 'org-committee', 'org-committee']);
    assertEqual(history.map(e => e.get_note()), ['转办', null, '攻关完成']);
    assertEqual(history[2].get_at().get_utc_offset(), 8 * 3600 * 1000000);

    const e = assertThrows(() => need.transition(S.SUBMITTED, 'org-1', '重新提交', null),
        err => err instanceof Lian.DataError);
    assert(isDataError(e, Lian.DataError.ILLEGAL_TRANSITION), e.message);
    assertEqual(e.message, 'status: cannot move from resolved to submitted; allowed: in-progress');
    assertEqual(need.status, S.RESOLVED);
    assertEqual(need.get_history().length, 3);
});

test('every illegal move throws and changes nothing', () => {
    for (const a of STATUSES) {
        for (const b of STATUSES) {
            if (ALLOWED.has(`${a}>${b}`))
                continue;
            const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: 't', status: a});
            let notified = 0;
            need.connect('notify', () => notified++);
            const e = assertThrows(() => need.transition(b, null, 'note', null),
                err => err instanceof Lian.DataError);
            assert(isDataError(e, Lian.DataError.ILLEGAL_TRANSITION), e.message);
            assertEqual(need.status, a);
            assertEqual(need.n_events, 0);
            assertEqual(notified, 0);
        }
    }
});

test('reopening takes a note', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: 't',
        status: S.RESOLVED, submitted: '2023-07-01', resolved: '2023-07-12'});
    const e = assertThrows(() => need.transition(S.IN_PROGRESS, 'org-1', null, null),
        err => err instanceof Lian.DataError);
    assert(isDataError(e, Lian.DataError.MISSING), e.message);
    assertEqual(e.message, 'note: reopening a need takes a note');
    assertEqual(need.resolved, '2023-07-12');
    assert(need.transition(S.IN_PROGRESS, 'org-1', '贷款未到位', null));
    assertEqual(need.status, S.IN_PROGRESS);
    assertEqual(need.resolved, null);
    assertEqual(need.get_history()[0].get_note(), '贷款未到位');
});

test('resolved the day it was submitted takes 0 days', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: 't',
        status: S.ACCEPTED, submitted: '2023-07-12'});
    need.transition(S.RESOLVED, null, null, beijing(2023, 7, 12, 18, 0));
    assertEqual(need.get_days_to_resolve(), 0);
});

test('append_event restores a history', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: 't'});
    const event = Lian.NeedEvent.new(beijing(2023, 6, 1, 9, 0), S.CLOSED, 'org-1', '旧记录');
    need.append_event(event);
    assertEqual(need.status, S.SUBMITTED);
    assertEqual(need.n_events, 1);
    assertEqual(need.get_history()[0].get_note(), '旧记录');
    assertEqual(need.get_history()[0].get_actor(), 'org-1');
});

test('validate throws naming the field', () => {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: 't',
        submitted: '2023-07-10', resolved: '2023-07-09'});
    const e = assertThrows(() => need.validate(), err => err instanceof Lian.DataError);
    assert(e.message.startsWith('resolved: '), e.message);
    assert(isDataError(e, Lian.DataError.INVALID_DATE), e.message);
    need.resolved = null;
    need.add_service('svc 1');
    const e2 = assertThrows(() => need.validate(), err => err instanceof Lian.DataError);
    assert(e2.message.startsWith('service_ids[0]: '), e2.message);
});

run();
