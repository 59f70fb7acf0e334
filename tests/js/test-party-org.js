// SPDX-License-Identifier: LGPL-2.1-or-later
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const ALLIANCE = '无锡市集成电路产业链党建联盟';

test('object construction and properties', () => {
    const org = new Lian.PartyOrg({
        id: 'org-wx-ic', name: ALLIANCE, kind: Lian.OrgKind.ALLIANCE,
        level: Lian.Level.CITY, region: '320200', parent_id: 'org-js',
        chain_ids: ['chain-ic'], member_ids: ['ent-1'], party_members: 1200,
        brand: '芯联盟', founded: '2021-06-30',
    });
    assertEqual(org.id, 'org-wx-ic');
    assertEqual(org.record_kind, Lian.RecordKind.ORGANIZATION);
    assertEqual(org.kind, Lian.OrgKind.ALLIANCE);
    assertEqual(org.get_level(), Lian.Level.CITY);
    assertEqual(org.region, '320200');
    assertEqual(org.get_parent_id(), 'org-js');
    assertEqual(org.chain_ids, ['chain-ic']);
    assertEqual(org.get_member_ids(), ['ent-1']);
    assertEqual(org.party_members, 1200);
    assertEqual(org.brand, '芯联盟');
    assertEqual(org.get_founded(), '2021-06-30');
    org.level = Lian.Level.COUNTY;
    assertEqual(org.get_level(), Lian.Level.COUNTY);
    assert(org.validate());
});

test('lists refuse duplicates, keep order and notify', () => {
    const org = Lian.PartyOrg.new('org-1', ALLIANCE, Lian.OrgKind.ALLIANCE);
    const seen = [];
    org.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    assert(org.add_member('ent-2'));
    assert(org.add_member('ent-1'));
    assert(!org.add_member('ent-2'));
    assertEqual(org.get_member_ids(), ['ent-2', 'ent-1']);
    assert(org.has_member('ent-1'));
    assert(org.remove_member('ent-2'));
    assert(!org.has_member('ent-2'));
    assert(org.add_chain('chain-ic'));
    assert(org.serves_chain('chain-ic'));
    assert(!org.remove_chain('chain-ev'));
    assertEqual(seen, ['member-ids', 'member-ids', 'member-ids', 'chain-ids']);
});

test('grassroots kinds', () => {
    const org = Lian.PartyOrg.new('org-1', ALLIANCE, Lian.OrgKind.JOINT_COMMITTEE);
    assert(Lian.PartyOrg.kind_is_grassroots(org.kind));
    org.kind = Lian.OrgKind.PARTY_SCHOOL;
    assert(!Lian.PartyOrg.kind_is_grassroots(org.kind));
    assert(Lian.PartyOrg.kind_is_grassroots(Lian.OrgKind.BRANCH));
    assert(!Lian.PartyOrg.kind_is_grassroots(Lian.OrgKind.CHAIN_COMMITTEE));
});

test('validate throws naming the field', () => {
    const org = new Lian.PartyOrg({id: 'org-1', name: ALLIANCE, parent_id: 'org-1'});
    let e = assertThrows(() => org.validate(),
        err => err.matches(Lian.data_error_quark(), Lian.DataError.INVALID_VALUE));
    assertEqual(e.message, 'parent_id: an organisation cannot be its own parent');
    org.parent_id = null;
    org.chain_ids = ['chain-ic', 'chain ev'];
    e = assertThrows(() => org.validate(),
        err => err.matches(Lian.data_error_quark(), Lian.DataError.INVALID_ID));
    assert(e.message.startsWith('chain_ids[1]: '), e.message);
});

run();
