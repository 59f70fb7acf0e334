// SPDX-License-Identifier: LGPL-2.1-or-later
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

// 无锡物联网产业链: loans coordinated by the chain's alliance, talents brought in.
const WX_LOANS_YUAN = 1728000000;
const WX_TALENTS = 300;

function wuxiProject() {
    return Lian.ActionProject.new('prj-wx-iot-finance', '物联网产业链金融赋能行动',
        'org-wx-iot-alliance');
}

test('object construction and properties', () => {
    const prj = new Lian.ActionProject({
        id: 'prj-wx-iot-finance', name: '物联网产业链金融赋能行动',
        owner_id: 'org-wx-iot-alliance',
        need_ids: ['need-wx-0001', 'need-wx-0002'],
        service_ids: ['svc-wx-kechuang-loan'],
        status: Lian.ProjectStatus.ACTIVE,
        started: '2023-03-01', due: '2023-12-31',
        loans_yuan: WX_LOANS_YUAN, talents: WX_TALENTS, problems_solved: 42,
    });
    assertEqual(prj.record_kind, Lian.RecordKind.PROJECT);
    assertEqual(prj.owner_id, 'org-wx-iot-alliance');
    assertEqual(prj.need_ids, ['need-wx-0001', 'need-wx-0002']);
    assertEqual(prj.get_service_ids(), ['svc-wx-kechuang-loan']);
    assertEqual(prj.status, Lian.ProjectStatus.ACTIVE);
    assertEqual(prj.due, '2023-12-31');
    assertEqual(prj.finished, null);
    assertEqual(prj.talents, WX_TALENTS);
    assertEqual(prj.get_problems_solved(), 42);
    assert(prj.validate());
});

test('defaults', () => {
    const prj = wuxiProject();
    assertEqual(prj.status, Lian.ProjectStatus.PLANNED);
    assertEqual(prj.need_ids, []);
    assertEqual(prj.get_service_ids(), []);
    assertEqual(prj.loans_yuan, 0);
});

test('loans round-trip exactly', () => {
    const prj = wuxiProject();
    prj.loans_yuan = WX_LOANS_YUAN;
    assert(prj.loans_yuan === 1728000000, `${prj.loans_yuan}`);
    assert(prj.get_loans_yuan() === 1728000000, `${prj.get_loans_yuan()}`);
    prj.set_loans_yuan(WX_LOANS_YUAN + 1);
    assert(prj.loans_yuan === 1728000001, `${prj.loans_yuan}`);
});

test('lists keep order and refuse duplicates', () => {
    const prj = wuxiProject();
    const seen = [];
    prj.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    assert(prj.add_need('need-wx-0002'));
    assert(prj.add_need('need-wx-0001'));
    assert(!prj.add_need('need-wx-0002'));
    assertEqual(prj.need_ids, ['need-wx-0002', 'need-wx-0001']);
    assert(prj.has_need('need-wx-0001'));
    assert(prj.remove_need('need-wx-0002'));
    assert(!prj.remove_need('need-wx-0002'));
    assert(prj.add_service('svc-wx-kechuang-loan'));
    assert(!prj.add_service('svc-wx-kechuang-loan'));
    assert(prj.has_service('svc-wx-kechuang-loan'));
    assert(!prj.has_service('svc-wx-other'));
    assertEqual(seen, ['need-ids', 'need-ids', 'need-ids', 'service-ids']);
});

test('notify once per change', () => {
    const prj = wuxiProject();
    const seen = [];
    prj.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    prj.talents = WX_TALENTS;
    prj.talents = WX_TALENTS;
    prj.due = '2023-12-31';
    prj.due = '2023-12-31';
    assertEqual(seen, ['talents', 'due']);
});

test('finish closes with outcomes', () => {
    const prj = wuxiProject();
    prj.started = '2023-03-01';
    assert(prj.finish('2023-11-30', WX_LOANS_YUAN, WX_TALENTS, 42));
    assertEqual(prj.status, Lian.ProjectStatus.DONE);
    assertEqual(prj.finished, '2023-11-30');
    assert(prj.loans_yuan === WX_LOANS_YUAN);
    assertEqual(prj.talents, WX_TALENTS);
    assert(!prj.is_overdue('2030-01-01'));
    const e = assertThrows(() => prj.finish('2023-12-01', 0, 0, 0),
        err => err.matches(Lian.DataError, Lian.DataError.ILLEGAL_TRANSITION));
    assertEqual(e.message, 'status: the project is already done');
});

test('finish refused changes nothing', () => {
    const prj = wuxiProject();
    prj.started = '2023-03-01';
    let e = assertThrows(() => prj.finish('2023-02-28', 1, 1, 1),
        err => err.matches(Lian.DataError, Lian.DataError.INVALID_DATE));
    assert(e.message.startsWith('finished: '), e.message);
    e = assertThrows(() => prj.finish('2023-11-30', -1, 1, 1),
        err => err.matches(Lian.DataError, Lian.DataError.OUT_OF_RANGE));
    assert(e.message.startsWith('loans_yuan: '), e.message);
    assertEqual(prj.status, Lian.ProjectStatus.PLANNED);
    assertEqual(prj.finished, null);
    assertEqual(prj.loans_yuan, 0);
});

test('is overdue', () => {
    const prj = wuxiProject();
    assert(!prj.is_overdue('2024-01-01'));
    prj.due = '2023-12-31';
    assert(!prj.is_overdue('2023-12-31'));
    assert(prj.is_overdue('2024-01-01'));
});

test('validate throws naming the field', () => {
    const prj = wuxiProject();
    prj.owner_id = null;
    let e = assertThrows(() => prj.validate(),
        err => err.matches(Lian.DataError, Lian.DataError.MISSING));
    assert(e.message.startsWith('owner_id: '), e.message);
    prj.owner_id = 'org-wx-iot-alliance';
    prj.service_ids = ['svc-wx-kechuang-loan', 'svc wx'];
    e = assertThrows(() => prj.validate(),
        err => err.matches(Lian.DataError, Lian.DataError.INVALID_ID));
    assert(e.message.startsWith('service_ids[1]: '), e.message);
    prj.service_ids = [];
    prj.started = '2023-03-01';
    prj.due = '2023-02-01';
    e = assertThrows(() => prj.validate(), err => err instanceof Lian.DataError);
    assert(e.message.startsWith('due: '), e.message);
});

run();
