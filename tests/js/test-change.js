// SPDX-License-Identifier: LGPL-2.1-or-later
// The registry's change path, revisions and journal, from gjs.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const SAMPLE = GLib.build_filenamev([GLib.getenv('LIAN_SOURCE_DIR') ?? '.', 'data', 'jiangsu-sample.json']);

function sample() {
    const registry = new Lian.Registry();
    registry.load_from_file(SAMPLE, null);
    return registry;
}

test('a setter is checked, revisioned and journaled', () => {
    const reg = sample();
    reg.actor = 'clerk-wuxi';
    const need = reg.lookup_need('need-001');
    assertEqual(need.revision, 1);
    const old = need.title;
    need.title = '设备更新贷款';
    assertEqual(need.revision, 2);
    const journal = reg.get_journal();
    assertEqual(journal.get_n_items(), 1);
    const change = journal.get_item(0);
    assertEqual(change.get_operation(), Lian.ChangeOperation.UPDATE);
    assertEqual(change.get_record_id(), 'need-001');
    assertEqual(change.get_actor(), 'clerk-wuxi');
    assertEqual(change.get_fields(), ['title']);
    assertEqual(change.get_before('title'), old);
    assertEqual(change.get_after(null), '设备更新贷款');
    assertEqual(change.get_revision(), 2);
});

test('a refused setter changes nothing; update() throws why', () => {
    const reg = sample();
    const need = reg.lookup_need('need-001');
    const firm = need.enterprise_id;
    need.enterprise_id = 'no-such-firm';
    assertEqual(need.enterprise_id, firm);
    assertEqual(reg.get_journal().get_n_items(), 0);
    assertThrows(() => reg.update(need, 'enterprise-id', 'no-such-firm'),
        e => e instanceof Lian.RegistryError && e.code === Lian.RegistryError.UNKNOWN_REFERENCE &&
            e.message.includes('unknown enterprise "no-such-firm"'));
    reg.update(need, 'due', '2026-01-31');
    assertEqual(need.due, '2026-01-31');
    assertEqual(need.revision, 2);
});

test('additions, moves and removals are journaled in order', () => {
    const reg = sample();
    reg.add(new Lian.Need({id: 'need-new', enterprise_id: 'ent-wx-chip', title: '招工',
        category: Lian.NeedCategory.TALENT}));
    reg.move_need('need-new', Lian.NeedStatus.ACCEPTED, 'org-js-ic-alliance', null, null);
    reg.remove('need-new', false);
    const ops = [];
    const journal = reg.get_journal();
    for (let i = 0; i < journal.get_n_items(); i++)
        ops.push([journal.get_item(i).get_sequence(), journal.get_item(i).get_operation()]);
    assertEqual(ops, [[1, Lian.ChangeOperation.ADD], [2, Lian.ChangeOperation.UPDATE],
        [3, Lian.ChangeOperation.REMOVE]]);
    assert(journal.get_item(1).get_fields().includes('status'));
});

test('a batch stands or falls together', () => {
    const reg = sample();
    const before = String(reg.save_to_data());
    const need = reg.lookup_need('need-001');
    reg.begin_batch();
    need.title = '设备更新贷款';
    need.chain_id = 'no-such-chain';
    assertThrows(() => reg.commit_batch(), e => e.message.includes('no-such-chain'));
    assertEqual(String(reg.save_to_data()), before);
    reg.begin_batch();
    need.title = '设备更新贷款';
    reg.abort_batch();
    assertEqual(String(reg.save_to_data()), before);
    assertEqual(reg.get_journal().get_n_items(), 0);
});

run();
