// SPDX-License-Identifier: LGPL-2.1-or-later
// People, roles and scopes enforced; what a person reads; work queues, from gjs.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const PEOPLE = GLib.build_filenamev([GLib.getenv('LIAN_SOURCE_DIR') ?? '.', 'tests', 'data',
    'people', 'register.json']);
const ON = '2026-12-01';

function people() {
    const registry = new Lian.Registry();
    registry.load_from_file(PEOPLE, null);
    return registry;
}

const ids = records => {
    const out = [];
    if (records.get_n_items) {
        for (let i = 0; i < records.get_n_items(); i++)
            out.push(records.get_item(i).get_id());
    } else {
        for (const r of records)
            out.push(r.get_id());
    }
    return out;
};

test('a person is a record with roles and a scope', () => {
    const person = Lian.Actor.new('p-new', '新人', Lian.Roles.COORDINATOR);
    person.set_regions(['320205']);
    assert(person.has_role(Lian.Roles.COORDINATOR));
    assertEqual(person.get_record_kind(), Lian.RecordKind.PERSON);
    const reg = people();
    reg.add(person);
    assert(reg.has_people());
});

test("a county clerk's write to another county is refused, nothing applied", () => {
    const reg = people();
    const [before] = reg.save_to_data();
    reg.act_as('p-xs-clerk');
    assertEqual(reg.actor, 'p-xs-clerk');
    const need = reg.lookup_need('need-hs-1');
    assertThrows(() => reg.update(need, 'title', '改掉别区的需求'),
        e => e.matches(Lian.registry_error_quark(), Lian.RegistryError.PERMISSION) &&
             e.message.includes('rule "scope"'));
    assertThrows(() => reg.assign_need('need-xs-2', 'org-xs', null),
        e => e.message.includes('rule "routing"'));
    assertEqual(reg.get_journal().get_n_items(), 0);
    assertEqual(reg.save_to_data()[0], before);
});

test('a city coordinator assigns in its counties and not elsewhere', () => {
    const reg = people();
    reg.act_as('p-wx-coord');
    reg.assign_need('need-xs-2', 'org-xs', '2026-12-20');
    assertEqual(reg.lookup_need('need-xs-2').assignee_id, 'org-xs');
    assertThrows(() => reg.assign_need('need-ks-1', 'org-wx', null),
        e => e.code === Lian.RegistryError.PERMISSION);
    assertEqual(reg.lookup_need('need-ks-1').assignee_id, 'org-ks');
});

test('a county reads its county, the province all', () => {
    const reg = people();
    reg.act_as('p-xs-clerk');
    const county = reg.dup_visible();
    assertEqual(ids(county.get_enterprises()), ['ent-xs-chip']);
    const dashboard = Lian.report_dashboard(county, '320000', Lian.ReportFormat.MARKDOWN,
        Lian.ReportFlags.NONE);
    assert(!dashboard.includes('昆山电路板'));
    reg.act_as('p-js-reviewer');
    assertEqual(reg.dup_visible().get_enterprises().get_n_items(), 3);
});

test('queues and escalation on a fixed day', () => {
    const reg = people();
    assertEqual(ids(reg.dup_queue('org-xs', Lian.QueueKind.OVERDUE, ON, 0)), ['need-xs-1']);
    assertEqual(ids(reg.dup_queue('org-wx', Lian.QueueKind.ESCALATED, ON, 0)), ['need-xs-1']);
    assertEqual(ids(reg.dup_queue('org-hs', Lian.QueueKind.DUE_SOON, ON, 7)), ['need-hs-1']);
    assertEqual(ids(reg.dup_queue('org-ks', Lian.QueueKind.STALLED, ON, 30)), ['need-ks-1']);
    const html = reg.write_digest('org-xs', ON, 7, true);
    assert(html.includes('<h2>Overdue (1)</h2>'));
    assert(!html.includes('13800000001'));
});

test('scopes by organisation subtree and by chain; the person property', () => {
    const reg = people();
    const sub = Lian.Actor.new('p-wx-org', '无锡组织员', Lian.Roles.COORDINATOR);
    sub.set_scope_org_id('org-wx');
    assertEqual(sub.get_scope_org_id(), 'org-wx');
    assert(!sub.is_unlimited());
    reg.add(sub);
    assert(reg.in_scope(sub, reg.lookup('org-hs')));
    assert(!reg.in_scope(sub, reg.lookup('org-ks')));
    const onChain = Lian.Actor.new('p-ic', '链长办', Lian.Roles.REVIEWER);
    onChain.set_chain_ids(['chain-ic']);
    assertEqual(onChain.get_chain_ids(), ['chain-ic']);
    assertEqual(reg.get_person(), null);
    reg.person = reg.lookup('p-xs-clerk');
    assertEqual(reg.get_person().get_id(), 'p-xs-clerk');
    assert(!reg.may_read(reg.lookup('ent-ks-board')));
    assert(reg.may_read(reg.lookup('ent-xs-chip')));
    reg.set_person(null);
    assert(reg.may_read(reg.lookup('ent-ks-board')));
    assertThrows(() => reg.act_as('nobody'), e => e.code === Lian.RegistryError.NOT_FOUND);
});

test('service levels and deadlines', () => {
    const reg = people();
    assertEqual(reg.get_service_level(Lian.NeedCategory.FINANCING), [true, 3, 20]);
    assertEqual(reg.get_service_level(Lian.NeedCategory.LAND), [false, 0, 0]);
    assertEqual(reg.dup_need_deadline(reg.lookup_need('need-xs-2')), '2026-11-28');
    assertEqual(reg.dup_need_deadline(reg.lookup_need('need-xs-1')), '2026-11-20');
});

run();
