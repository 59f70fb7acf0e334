// follow-a-need.js: take a need from assignment to resolution, in an action project.
// Run: gjs -m follow-a-need.js data/jiangsu-sample.json
// SPDX-License-Identifier: LGPL-2.1-or-later
import System from 'system';
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';

const NEED = 'need-001';
const ORG = 'org-ks-service-team';

// Fixed times keep the output the same on every run; null means now.
const at = text => GLib.DateTime.new_from_iso8601(text, null);

if (ARGV.length !== 1) {
    printerr('usage: follow-a-need.js DATA.json');
    System.exit(2);
}

const registry = new Lian.Registry();
// A new project bundling the need; the registry adds it when it opens.
const project = Lian.ActionProject.new('proj-ks-equip-loan', '精测装备扩产融资', ORG);
project.add_need(NEED);
project.add_service('svc-js-srdi-loan');
project.status = Lian.ProjectStatus.ACTIVE;
project.started = '2023-09-15';

try {
    registry.load_from_file(ARGV[0], null);

    // Each step checks first: on an error, nothing has changed.
    registry.assign_need(NEED, ORG, '2023-09-30');
    registry.move_need(NEED, Lian.NeedStatus.ACCEPTED, ORG, '受理，对接专精特新贷',
        at('2023-09-13T09:00:00+08:00'));
    registry.move_need(NEED, Lian.NeedStatus.IN_PROGRESS, ORG, '合作银行上门尽调',
        at('2023-09-15T10:30:00+08:00'));
    registry.link_service(NEED, 'svc-js-srdi-loan');
    registry.open_project(project);
    registry.move_need(NEED, Lian.NeedStatus.RESOLVED, ORG, '2000万元贷款已放款',
        at('2023-09-28T16:00:00+08:00'));
    // Refused while a need of the project is not resolved.
    registry.close_resolved_project('proj-ks-equip-loan', '2023-09-28', 20000000, 0, 1);
} catch (e) {
    printerr(e.message);
    System.exit(1);
}
// Nothing is saved: registry.save_to_file() would keep the changes.

const nick = (type, value) => Lian.enum_to_nick(type.$gtype, value);
const need = registry.lookup_need(NEED);
print(`${NEED} ${need.title}: ${nick(Lian.NeedStatus, need.status)} on ${need.resolved}`);
print(`  assignee: ${need.assignee_id}, due ${need.due}`);
print(`  service: ${need.service_ids[0]}\n  project: ${need.project_id}`);
print('history:');
for (const event of need.get_history()) { // oldest first
    const when = event.get_at().format('%Y-%m-%dT%H:%M:%S%:z');
    print(`  ${when} ${nick(Lian.NeedStatus, event.get_status())}` +
        ` ${event.get_actor() ?? '-'}: ${event.get_note() ?? ''}`);
}
print(`${project.id} ${project.name}: ${nick(Lian.ProjectStatus, project.status)}` +
    ` on ${project.finished}`);
print(`  loans: ${project.loans_yuan} yuan\n  talents: ${project.talents}\n` +
    `  problems solved: ${project.problems_solved}`);
