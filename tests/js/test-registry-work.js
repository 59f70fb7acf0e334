// SPDX-License-Identifier: LGPL-2.1-or-later
// Assigning, moving and linking needs, opening and closing projects, from gjs.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const S = Lian.NeedStatus;
function uscc(region, n) {
    return Lian.uscc_complete(`91${region}${String(n).padStart(9, '0')}`);
}

function beijing(month, day) {
    return GLib.DateTime.new(GLib.TimeZone.new_offset(8 * 3600), 2023, month, day, 10, 0, 0);
}

function makeRegistry() {
    const reg = new Lian.Registry();
    const chain = new Lian.Chain({id: 'chain-ic', name: '集成电路产业链', region: '320000',
        segments: ['材料', '芯片', '整机']});
    const e1 = Lian.Enterprise.new('ent-1', '无锡芯片有限公司', uscc('320214', 1), '320214');
    e1.add_chain_link('chain-ic', '芯片', Lian.ChainRole.LEADER);
    const e2 = Lian.Enterprise.new('ent-2', '昆山整机有限公司', uscc('320583', 2), '320583');
    const alliance = new Lian.PartyOrg({id: 'org-1', name: '党建联盟', kind: Lian.OrgKind.ALLIANCE,
        member_ids: ['ent-1', 'ent-2']});
    const branch = new Lian.PartyOrg({id: 'org-2', name: '芯片党支部', kind: Lian.OrgKind.BRANCH,
        parent_id: 'org-1', member_ids: ['ent-1']});
    const svc = new Lian.ServiceItem({id: 'svc-1', name: '科技贷', kind: Lian.ServiceKind.POLICY,
        categories: Lian.NeedCategories.FINANCING});
    const needs = [1, 2, 3].map(i => new Lian.Need({id: `need-${i}`,
        enterprise_id: i === 1 ? 'ent-1' : 'ent-2', title: '流动资金贷款',
        category: Lian.NeedCategory.FINANCING, submitted: `2023-07-0${i}`}));
    reg.add_many([chain, e1, e2, alliance, branch, svc, ...needs]);
    return reg;
}

function watch(reg) {
    const log = [];
    reg.connect('record-changed', (r, rec, prop) => log.push(`changed:${rec.id}:${prop}`));
    reg.connect('record-added', (r, rec) => log.push(`added:${rec.id}`));
    return log;
}

function refused(fn, domain, code, text = null) {
    const e = assertThrows(fn, err => err instanceof domain);
    assert(e.matches(domain, code), e.message);
    if (text !== null)
        assert(e.message.includes(text), `"${e.message}" lacks "${text}"`);
}

test('assign sets assignee and due, keeps due when none is given', () => {
    const reg = makeRegistry();
    const log = watch(reg);
    assert(reg.assign_need('need-1', 'org-1', '2023-08-31'));
    const need = reg.lookup_need('need-1');
    assertEqual([need.assignee_id, need.due], ['org-1', '2023-08-31']);
    reg.assign_need('need-1', 'org-2', null);
    assertEqual([need.assignee_id, need.due], ['org-2', '2023-08-31']);
    assertEqual(log, ['changed:need-1:assignee-id', 'changed:need-1:due',
        'changed:need-1:assignee-id']);
});

test('assign refuses and changes nothing', () => {
    const reg = makeRegistry();
    const log = watch(reg);
    refused(() => reg.assign_need('need-9', 'org-1', null),
        Lian.RegistryError, Lian.RegistryError.NOT_FOUND);
    refused(() => reg.assign_need('need-1', 'svc-1', null),
        Lian.RegistryError, Lian.RegistryError.WRONG_KIND, 'is a service, not an organization');
    refused(() => reg.assign_need('need-1', 'org-1', '31.08.2023'),
        Lian.DataError, Lian.DataError.INVALID_DATE, 'due: ');
    assertEqual(reg.lookup_need('need-1').assignee_id, null);
    assertEqual(log, []);
});

test('move re-indexes and refuses illegal moves', () => {
    const reg = makeRegistry();
    assert(reg.move_need('need-2', S.ACCEPTED, 'org-1', '受理', beijing(7, 3)));
    const accepted = reg.select(new Lian.Filter({record_kind: Lian.RecordKind.NEED, status: S.ACCEPTED}));
    assertEqual(accepted.get_n_items(), 1);
    assertEqual(accepted.get_item(0).id, 'need-2');
    refused(() => reg.move_need('need-2', S.SUBMITTED, null, null, null),
        Lian.DataError, Lian.DataError.ILLEGAL_TRANSITION, 'need "need-2": status: ');
    assertEqual(reg.lookup_need('need-2').n_events, 1);
});

test('link service is checked and idempotent', () => {
    const reg = makeRegistry();
    assert(reg.link_service('need-3', 'svc-1'));
    assert(reg.link_service('need-3', 'svc-1'));
    assertEqual(reg.lookup_need('need-3').get_service_ids(), ['svc-1']);
    refused(() => reg.link_service('need-3', 'svc-9'),
        Lian.RegistryError, Lian.RegistryError.UNKNOWN_REFERENCE);
});

test('open project points needs to it; a need in another open project is refused', () => {
    const reg = makeRegistry();
    const log = watch(reg);
    const prj = new Lian.ActionProject({id: 'prj-1', name: '行动', owner_id: 'org-1',
        need_ids: ['need-1']});
    assert(reg.open_project(prj));
    assertEqual(log, ['added:prj-1', 'changed:need-1:project-id']);
    const other = new Lian.ActionProject({id: 'prj-2', name: '行动二', owner_id: 'org-2',
        need_ids: ['need-1']});
    refused(() => reg.open_project(other), Lian.DataError, Lian.DataError.INVALID_VALUE,
        'already in the open project "prj-1"');
    assertEqual(reg.lookup_project('prj-2'), null);
});

test('close resolved project only when every need is resolved', () => {
    const reg = makeRegistry();
    const prj = new Lian.ActionProject({id: 'prj-1', name: '行动', owner_id: 'org-1',
        need_ids: ['need-1', 'need-2'], started: '2023-07-10'});
    reg.open_project(prj);
    reg.move_need('need-1', S.ACCEPTED, 'org-1', null, beijing(7, 11));
    reg.move_need('need-1', S.RESOLVED, 'org-1', null, beijing(7, 12));
    assert(!reg.project_is_resolved('prj-1'));
    refused(() => reg.close_resolved_project('prj-1', '2023-09-30', 0, 0, 0),
        Lian.DataError, Lian.DataError.ILLEGAL_TRANSITION, 'need-2 (submitted)');
    assertEqual(prj.status, Lian.ProjectStatus.PLANNED);
    reg.move_need('need-2', S.ACCEPTED, 'org-1', null, beijing(7, 11));
    reg.move_need('need-2', S.RESOLVED, 'org-1', null, beijing(7, 13));
    assert(reg.project_is_resolved('prj-1'));
    assertEqual(prj.status, Lian.ProjectStatus.PLANNED);
    assert(reg.close_resolved_project('prj-1', '2023-09-30', 2000000, 1, 1));
    assertEqual([prj.status, prj.finished, prj.get_loans_yuan()],
        [Lian.ProjectStatus.DONE, '2023-09-30', 2000000]);
});

test('scenario: a need from report to a closed project', () => {
    const reg = makeRegistry();
    reg.assign_need('need-1', 'org-2', '2023-09-30');
    reg.move_need('need-1', S.ACCEPTED, 'org-2', '支部受理', beijing(7, 2));
    reg.link_service('need-1', 'svc-1');
    const project = Lian.ActionProject.new('prj-1', '金融赋能行动', 'org-1');
    project.add_need('need-1');
    project.add_service('svc-1');
    project.started = '2023-07-15';
    reg.open_project(project);
    reg.move_need('need-1', S.IN_PROGRESS, 'org-2', '对接银行', beijing(7, 20));
    reg.move_need('need-1', S.RESOLVED, 'org-2', '贷款到位', beijing(9, 12));
    reg.close_resolved_project('prj-1', '2023-09-30', 5000000, 0, 1);

    const need = reg.lookup_need('need-1');
    const lines = need.get_history().map(e => [e.get_at().format_iso8601(),
        Lian.enum_to_nick(Lian.NeedStatus.$gtype, e.get_status()),
        e.get_actor(), e.get_note()].join(' '));
    print(lines.join('\n'));
    assertEqual(lines, [
        '2023-07-02T10:00:00+08 accepted org-2 支部受理',
        '2023-07-20T10:00:00+08 in-progress org-2 对接银行',
        '2023-09-12T10:00:00+08 resolved org-2 贷款到位',
    ]);
    assertEqual(need.project_id, 'prj-1');
    assertEqual(project.status, Lian.ProjectStatus.DONE);
    assertEqual(reg.check('2023-09-30', 90).get_n_items(), 0);
});

run();
