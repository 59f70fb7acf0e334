#!/usr/bin/python3
# follow-a-need.py: take a need from assignment to resolution, in an action project.
# Run: python3 follow-a-need.py data/jiangsu-sample.json
# SPDX-License-Identifier: LGPL-2.1-or-later
import sys

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

NEED = 'need-001'
ORG = 'org-ks-service-team'


def at(text):
    # Fixed times keep the output the same on every run; None means now.
    return GLib.DateTime.new_from_iso8601(text, None)


if len(sys.argv) != 2:
    print(f'usage: {sys.argv[0]} DATA.json', file=sys.stderr)
    sys.exit(2)

registry = Lian.Registry()
# A new project bundling the need; the registry adds it when it opens.
project = Lian.ActionProject.new('proj-ks-equip-loan', '精测装备扩产融资', ORG)
project.add_need(NEED)
project.add_service('svc-js-srdi-loan')
project.props.status = Lian.ProjectStatus.ACTIVE
project.props.started = '2023-09-15'

try:
    registry.load_from_file(sys.argv[1], None)

    # Each step checks first: on an error, nothing has changed.
    registry.assign_need(NEED, ORG, '2023-09-30')
    registry.move_need(NEED, Lian.NeedStatus.ACCEPTED, ORG, '受理，对接专精特新贷',
                       at('2023-09-13T09:00:00+08:00'))
    registry.move_need(NEED, Lian.NeedStatus.IN_PROGRESS, ORG, '合作银行上门尽调',
                       at('2023-09-15T10:30:00+08:00'))
    registry.link_service(NEED, 'svc-js-srdi-loan')
    registry.open_project(project)
    registry.move_need(NEED, Lian.NeedStatus.RESOLVED, ORG, '2000万元贷款已放款',
                       at('2023-09-28T16:00:00+08:00'))
    # Refused while a need of the project is not resolved.
    registry.close_resolved_project('proj-ks-equip-loan', '2023-09-28', 20000000, 0, 1)
except GLib.Error as e:
    print(e.message, file=sys.stderr)
    sys.exit(1)
# Nothing is saved: registry.save_to_file() would keep the changes.

need = registry.lookup_need(NEED)
print(f'{NEED} {need.props.title}: {Lian.enum_to_nick(Lian.NeedStatus, need.props.status)}'
      f' on {need.props.resolved}')
print(f'  assignee: {need.props.assignee_id}, due {need.props.due}')
print(f'  service: {need.props.service_ids[0]}\n  project: {need.props.project_id}')
print('history:')
for event in need.get_history():  # oldest first
    at_text = event.get_at().format('%Y-%m-%dT%H:%M:%S%:z')
    print(f'  {at_text} {Lian.enum_to_nick(Lian.NeedStatus, event.get_status())}'
          f' {event.get_actor() or "-"}: {event.get_note() or ""}')
print(f'{project.props.id} {project.props.name}:'
      f' {Lian.enum_to_nick(Lian.ProjectStatus, project.props.status)} on {project.props.finished}')
print(f'  loans: {project.props.loans_yuan} yuan\n  talents: {project.props.talents}\n'
      f'  problems solved: {project.props.problems_solved}')
