// SPDX-License-Identifier: LGPL-2.1-or-later
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const USCC_WX = '91320214745555318W';
const USCC_SZ = '913205056082348768';

function makeEnterprise() {
    return Lian.Enterprise.new('ent-wx', '无锡华润微电子有限公司', USCC_WX, '320214');
}

test('chain link new, getters and equal', () => {
    const link = Lian.ChainLink.new('chain-ic', '封装测试', Lian.ChainRole.LEADER);
    assertEqual(link.get_chain_id(), 'chain-ic');
    assertEqual(link.get_segment(), '封装测试');
    assertEqual(link.get_role(), Lian.ChainRole.LEADER);
    const bare = Lian.ChainLink.new('chain-ic', null, Lian.ChainRole.LEADER);
    assertEqual(bare.get_segment(), null);
    assert(!link.equal(bare));
    assert(link.equal(Lian.ChainLink.new('chain-ic', '封装测试', Lian.ChainRole.LEADER)));
});

test('object construction and properties', () => {
    const ent = new Lian.Enterprise({
        id: 'ent-sz', name: '苏州某某科技有限公司', uscc: USCC_SZ, region: '320505',
        size: Lian.EnterpriseSize.LARGE, employees: 2000, party_members: 150,
        contact_name: '王经理', contact_phone: '0512-66668888', parent_id: 'ent-hq-sh',
    });
    assertEqual(ent.id, 'ent-sz');
    assertEqual(ent.record_kind, Lian.RecordKind.ENTERPRISE);
    assertEqual(ent.uscc, USCC_SZ);
    assertEqual(ent.get_region(), '320505');
    assertEqual(ent.size, Lian.EnterpriseSize.LARGE);
    assertEqual(ent.get_employees(), 2000);
    assertEqual(ent.party_members, 150);
    assertEqual(ent.contact_name, '王经理');
    assertEqual(ent.get_contact_phone(), '0512-66668888');
    assertEqual(ent.parent_id, 'ent-hq-sh');
    assertEqual(ent.tags, Lian.EnterpriseTags.NONE);
    assertEqual(ent.chain_ids, []);
    ent.employees = 2001;
    assertEqual(ent.get_employees(), 2001);
    assert(ent.validate());
});

test('tags are flags', () => {
    const ent = makeEnterprise();
    ent.tags = Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LITTLE_GIANT;
    assertEqual(ent.get_tags(), Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LITTLE_GIANT);
    assert(ent.tags & Lian.EnterpriseTags.LITTLE_GIANT);
    assert(!(ent.tags & Lian.EnterpriseTags.LISTED));
    assert(ent.has_tag(Lian.EnterpriseTags.SRDI));
    assert(ent.has_tag(Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LITTLE_GIANT));
    assert(!ent.has_tag(Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LISTED));
    ent.set_tags(Lian.EnterpriseTags.FOREIGN_FUNDED);
    assert(!ent.has_tag(Lian.EnterpriseTags.SRDI));
    assertEqual(ent.tags, 1 << 6);
});

test('notify once per change', () => {
    const ent = makeEnterprise();
    const seen = [];
    ent.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    ent.party_members = 12;
    ent.party_members = 12;
    ent.set_region('320214');
    ent.set_parent_id('ent-hq');
    ent.set_parent_id('ent-hq');
    assertEqual(seen, ['party-members', 'parent-id']);
});

test('chain links as an array', () => {
    const ent = makeEnterprise();
    const seen = [];
    ent.connect('notify::chain-ids', (obj, pspec) => seen.push(pspec.get_name()));
    ent.add_chain_link('chain-ic', '封装测试', Lian.ChainRole.LEADER);
    ent.add_chain_link('chain-auto', null, Lian.ChainRole.SUPPORTING);
    const links = ent.get_chain_links();
    assert(Array.isArray(links), 'get_chain_links() gives an Array');
    assertEqual(links.length, 2);
    assertEqual(links.map(l => l.get_chain_id()), ['chain-ic', 'chain-auto']);
    assertEqual(links[0].get_segment(), '封装测试');
    assertEqual(links[1].get_role(), Lian.ChainRole.SUPPORTING);
    assertEqual(ent.chain_ids, ['chain-ic', 'chain-auto']);
    assertEqual(ent.get_chain_ids(), ['chain-ic', 'chain-auto']);

    ent.add_chain_link('chain-ic', '设计', Lian.ChainRole.CORE);
    ent.add_chain_link('chain-ic', '设计', Lian.ChainRole.CORE);
    assertEqual(seen.length, 3);
    assertEqual(ent.get_chain_ids(), ['chain-ic', 'chain-auto']);
    assertEqual(ent.get_chain_link('chain-ic').get_segment(), '设计');
    assertEqual(links[0].get_segment(), '封装测试');

    assert(ent.remove_chain_link('chain-ic'));
    assert(!ent.remove_chain_link('chain-ic'));
    assertEqual(ent.get_chain_link('chain-ic'), null);
    assertEqual(ent.chain_ids, ['chain-auto']);
    assertEqual(seen.length, 4);
});

test('validate throws naming the field', () => {
    const ent = makeEnterprise();
    const isData = code => err => err instanceof Lian.DataError && err.code === code;

    ent.uscc = '91320214745555318X';
    let e = assertThrows(() => ent.validate(), isData(Lian.DataError.INVALID_USCC));
    assertEqual(e.message, "uscc: check character is 'W', not 'X'");
    ent.uscc = '9132 0214 7455 5531 8W';
    e = assertThrows(() => ent.validate(), isData(Lian.DataError.INVALID_USCC));
    assert(e.message.startsWith('uscc: '), e.message);
    assertEqual(ent.uscc, '9132 0214 7455 5531 8W');
    ent.uscc = USCC_WX;

    ent.region = null;
    e = assertThrows(() => ent.validate(), isData(Lian.DataError.MISSING));
    assert(e.message.startsWith('region: '), e.message);
    ent.region = '320214';

    ent.parent_id = 'ent-wx';
    e = assertThrows(() => ent.validate(), isData(Lian.DataError.INVALID_VALUE));
    assert(e.message.startsWith('parent_id: '), e.message);
    ent.parent_id = null;

    ent.add_chain_link('chain-ic', null, Lian.ChainRole.CORE);
    ent.add_chain_link('chain/bio', null, Lian.ChainRole.CORE);
    e = assertThrows(() => ent.validate(), isData(Lian.DataError.INVALID_ID));
    assert(e.message.startsWith('chain_links[1].chain: '), e.message);
    ent.remove_chain_link('chain/bio');
    assert(ent.validate());
});

run();
