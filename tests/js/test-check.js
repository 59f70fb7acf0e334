// SPDX-License-Identifier: LGPL-2.1-or-later
// Registry checks and LianProblem from gjs.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const TODAY = '2023-08-01';
const MAX_OPEN = 90;
const SEV = Lian.Severity;
function uscc(n) {
    return Lian.uscc_complete(`91320214${String(n).padStart(9, '0')}`);
}

function enterprise(id, name, n) {
    return Lian.Enterprise.new(id, name, uscc(n), '320214');
}

// No problem on TODAY with MAX_OPEN.
function cleanRegistry() {
    const reg = new Lian.Registry();
    const chain = new Lian.Chain({id: 'chain-ic', name: '集成电路产业链', region: '320000',
        segments: ['材料', '芯片'], leader_ids: ['ent-1']});
    const e1 = enterprise('ent-1', '无锡芯片有限公司', 1);
    e1.add_chain_link('chain-ic', '芯片', Lian.ChainRole.LEADER);
    const e2 = enterprise('ent-2', '无锡材料有限公司', 2);
    e2.add_chain_link('chain-ic', '材料', Lian.ChainRole.SUPPORTING);
    const org = new Lian.PartyOrg({id: 'org-1', name: '联盟', kind: Lian.OrgKind.ALLIANCE,
        member_ids: ['ent-1', 'ent-2']});
    const need = new Lian.Need({id: 'need-1', enterprise_id: 'ent-1', title: '贷款',
        submitted: '2023-07-01', due: '2023-08-15'});
    const project = new Lian.ActionProject({id: 'prj-1', name: '行动', owner_id: 'org-1',
        need_ids: ['need-1'], due: '2023-12-31'});
    reg.add_many([chain, e1, e2, org, need, project]);
    return reg;
}

function summary(problems) {
    const out = [];
    for (let i = 0; i < problems.get_n_items(); i++) {
        const p = problems.get_item(i);
        out.push([p.severity, p.code, p.record_id, p.field]);
    }
    return out;
}

function oneProblem(reg, severity, code, recordId, field) {
    const problems = reg.check(TODAY, MAX_OPEN);
    assertEqual(summary(problems), [[severity, code, recordId, field]]);
    return problems.get_item(0).message;
}

test('a clean registry has no problem', () => {
    const problems = cleanRegistry().check(TODAY, MAX_OPEN);
    assertEqual(problems.get_n_items(), 0);
    assertEqual(problems.get_item_type().name, 'LianProblem');
});

test('duplicates by credit code and by name', () => {
    const reg = cleanRegistry();
    reg.add(Lian.Enterprise.new('ent-9', '另一家公司', uscc(1), '320214'));
    const message = oneProblem(reg, SEV.ERROR, 'duplicate-uscc', 'ent-9', 'uscc');
    assert(message.includes('"ent-1"'), message);

    const named = cleanRegistry();
    named.add(enterprise('ent-8', ' 无锡材料 集团', 8));
    oneProblem(named, SEV.WARNING, 'duplicate-name', 'ent-8', 'name');
});

test('chains, segments and organisations', () => {
    const reg = cleanRegistry();
    reg.add(new Lian.Chain({id: 'chain-bio', name: '生物医药', region: '320500'}));
    oneProblem(reg, SEV.WARNING, 'chain-without-leader', 'chain-bio', 'leader_ids');

    const seg = cleanRegistry();
    seg.lookup_enterprise('ent-2').add_chain_link('chain-ic', '整机', Lian.ChainRole.CORE);
    // The link to chain-ic is replaced by one in a segment the chain lacks.
    const message = oneProblem(seg, SEV.WARNING, 'unknown-segment', 'ent-2', 'chain_links');
    assert(message.includes('"整机"'), message);

    const orgs = cleanRegistry();
    orgs.add(new Lian.PartyOrg({id: 'org-9', name: '服务队', kind: Lian.OrgKind.SERVICE_TEAM}));
    oneProblem(orgs, SEV.INFO, 'org-without-members', 'org-9', 'member_ids');
});

test('late needs and projects', () => {
    const reg = cleanRegistry();
    reg.lookup_need('need-1').submitted = '2023-04-01';
    oneProblem(reg, SEV.WARNING, 'need-open-too-long', 'need-1', 'submitted');
    reg.lookup_need('need-1').submitted = '2023-07-01';
    reg.lookup_need('need-1').due = '2023-07-01';
    oneProblem(reg, SEV.WARNING, 'need-overdue', 'need-1', 'due');
    reg.lookup_need('need-1').due = null;
    reg.lookup_project('prj-1').due = '2023-07-01';
    oneProblem(reg, SEV.WARNING, 'project-overdue', 'prj-1', 'due');
});

// The registry refuses what would break it before the check could see it.
function refused(reg, record, property, value, text) {
    const revision = record.revision;
    let message = null;
    try {
        reg.update(record, property, value);
    } catch (e) {
        message = e.message;
    }
    assert(message !== null && message.includes(text), `${property}: ${message}`);
    assertEqual(record.revision, revision);
    assertEqual(reg.check(TODAY, MAX_OPEN).get_n_items(), 0);
}

test('references, validity and cycles are refused before the check', () => {
    const reg = cleanRegistry();
    refused(reg, reg.lookup_project('prj-1'), 'owner-id', 'need-1', 'is a need, not an organization');
    refused(reg, reg.lookup_need('need-1'), 'title', '', 'title');
    // A setter cannot throw: it logs a warning and changes nothing.
    reg.lookup_project('prj-1').add_service('svc-gone');
    assertEqual(reg.lookup_project('prj-1').has_service('svc-gone'), false);

    reg.add(new Lian.PartyOrg({id: 'org-2', name: '支部', kind: Lian.OrgKind.BRANCH,
        parent_id: 'org-1', member_ids: ['ent-1']}));
    refused(reg, reg.lookup_organization('org-1'), 'parent-id', 'org-2', 'org-1 → org-2 → org-1');
});

test('errors first; the check changes nothing', () => {
    const reg = cleanRegistry();
    reg.add(new Lian.PartyOrg({id: 'org-0', name: '服务队', kind: Lian.OrgKind.SERVICE_TEAM}));
    reg.add(enterprise('ent-0', '宜兴整机有限公司', 2));
    reg.lookup_project('prj-1').due = '2023-07-01';
    const said = [];
    reg.connect('record-changed', () => said.push('changed'));
    const before = reg.save_to_data();
    const problems = reg.check(TODAY, MAX_OPEN);
    assertEqual(summary(problems).map(p => p[0]), [SEV.ERROR, SEV.WARNING, SEV.INFO]);
    assertEqual(said, []);
    assertEqual(String(reg.save_to_data()), String(before));
});

test('problems are read-only', () => {
    const reg = cleanRegistry();
    reg.add(new Lian.PartyOrg({id: 'org-9', name: '服务队', kind: Lian.OrgKind.SERVICE_TEAM}));
    const problem = reg.check(TODAY, MAX_OPEN).get_item(0);
    assertEqual(problem.get_code(), 'org-without-members');
    assertEqual(problem.get_field(), 'member_ids');
    assertThrows(() => {
        problem.code = 'other';
    });
    assertEqual(problem.code, 'org-without-members');
});

test('a need whose history contradicts it is reported', () => {
    const reg = cleanRegistry();
    const tz = GLib.TimeZone.new_identifier('+08:00');
    const need = new Lian.Need({id: 'need-h', enterprise_id: 'ent-1', title: '技术攻关',
        submitted: '2023-07-01', status: Lian.NeedStatus.IN_PROGRESS});
    need.append_event(Lian.NeedEvent.new(GLib.DateTime.new(tz, 2023, 7, 2, 9, 0, 0),
        Lian.NeedStatus.ACCEPTED, null, null));
    reg.add(need);
    const message = oneProblem(reg, SEV.ERROR, 'status-contradicts-history', 'need-h', 'status');
    assert(message.includes('the need is in-progress, but its history ends in accepted'), message);
});

test('a cycle of headquarters is refused', () => {
    const reg = cleanRegistry();
    const a = enterprise('ent-a', '总部甲', 11);
    const b = enterprise('ent-b', '总部乙', 12);
    a.parent_id = 'ent-b';
    b.parent_id = 'ent-a';
    assertThrows(() => reg.add_many([a, b]));
    assertEqual(reg.lookup('ent-a'), null);
    b.parent_id = 'ent-elsewhere';
    reg.add_many([a, b]);
    assertEqual(reg.lookup('ent-a').parent_id, 'ent-b');
});

test('problems read in Chinese under set_language("zh_CN"), English after', () => {
    const reg = cleanRegistry();
    reg.lookup_need('need-1').due = '2023-07-01';
    const segs = cleanRegistry();
    segs.lookup_enterprise('ent-2').add_chain_link('chain-ic', '整机', Lian.ChainRole.CORE);
    let overdue, segment;
    Lian.set_language('zh_CN');
    try {
        overdue = oneProblem(reg, SEV.WARNING, 'need-overdue', 'need-1', 'due');
        segment = oneProblem(segs, SEV.WARNING, 'unknown-segment', 'ent-2', 'chain_links');
    } finally {
        Lian.set_language(null);
    }
    assertEqual(overdue, 'due: 已过期限 2023-07-01，需求仍为已提交');
    assertEqual(segment, 'chain_links[0].segment: 产业链“chain-ic”没有环节“整机”');
    assertEqual(oneProblem(reg, SEV.WARNING, 'need-overdue', 'need-1', 'due'),
        'due: 2023-07-01 has passed and the need is still submitted');
});

run();
