// SPDX-License-Identifier: LGPL-2.1-or-later
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const LOAN = '科技贷款贴息';

test('object construction and properties', () => {
    const item = new Lian.ServiceItem({
        id: 'svc-loan', name: LOAN, kind: Lian.ServiceKind.RESOURCE,
        provider: '镇江市科技局', description: '贷款贴息',
        categories: Lian.NeedCategories.FINANCING | Lian.NeedCategories.TALENT,
        region: '321100', chain_ids: ['chain-ic'], keywords: ['贴息'],
        valid_from: '2023-01-01', valid_until: '2025-12-31',
    });
    assertEqual(item.record_kind, Lian.RecordKind.SERVICE);
    assertEqual(item.kind, Lian.ServiceKind.RESOURCE);
    assertEqual(item.get_provider(), '镇江市科技局');
    assertEqual(item.description, '贷款贴息');
    assertEqual(item.categories, Lian.NeedCategories.FINANCING | Lian.NeedCategories.TALENT);
    assertEqual(item.region, '321100');
    assertEqual(item.get_chain_ids(), ['chain-ic']);
    assertEqual(item.keywords, ['贴息']);
    assertEqual(item.valid_from, '2023-01-01');
    assertEqual(item.get_valid_until(), '2025-12-31');
    assert(item.serves_category(Lian.NeedCategory.TALENT));
    assert(!item.serves_category(Lian.NeedCategory.TAX));
    assert(item.is_valid_on('2024-06-01'));
    assert(!item.is_valid_on('2026-01-01'));
    assert(item.validate());
});

test('chain scope, keywords and notify', () => {
    const item = Lian.ServiceItem.new('svc-1', LOAN, Lian.ServiceKind.POLICY);
    const seen = [];
    item.connect('notify', (obj, pspec) => seen.push(pspec.get_name()));
    assert(item.applies_to_chain('chain-bio'));
    assert(item.add_chain('chain-ic'));
    assert(!item.add_chain('chain-ic'));
    assert(!item.applies_to_chain('chain-bio'));
    assert(item.applies_to_chain('chain-ic'));
    assert(item.add_keyword('贷款'));
    assert(!item.add_keyword('贷款'));
    assert(item.remove_keyword('贷款'));
    assertEqual(item.get_keywords(), []);
    item.provider = '镇江市科技局';
    item.provider = '镇江市科技局';
    assertEqual(seen, ['chain-ids', 'keywords', 'keywords', 'provider']);
});

test('validate throws naming the field', () => {
    const item = new Lian.ServiceItem({id: 'svc-1', name: LOAN});
    let e = assertThrows(() => item.validate(),
        err => err.matches(Lian.data_error_quark(), Lian.DataError.MISSING));
    assert(e.message.startsWith('categories: '), e.message);
    item.categories = Lian.NeedCategories.POLICY;
    item.valid_from = '2023-02-29';
    e = assertThrows(() => item.validate(),
        err => err.matches(Lian.data_error_quark(), Lian.DataError.INVALID_DATE));
    assert(e.message.startsWith('valid_from: '), e.message);
});

run();
