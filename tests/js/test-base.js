// SPDX-License-Identifier: LGPL-2.1-or-later
// Errors, enums, codes and dates as gjs sees them.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

test('uscc normalize', () => {
    assertEqual(Lian.uscc_normalize('9132 0214 7455 5531 8w'), '91320214745555318W');
    const e = assertThrows(() => Lian.uscc_normalize('91110000600037341N'),
        err => err instanceof Lian.DataError);
    assert(e.matches(Lian.DataError, Lian.DataError.INVALID_USCC));
    assert(e.message.includes("'L'"), e.message);
});

test('uscc complete', () => {
    assertEqual(Lian.uscc_complete('91320214745555318'), '91320214745555318W');
    assertEqual(Lian.uscc_complete('12120000401359081'), '121200004013590816');
    const e = assertThrows(() => Lian.uscc_complete('913202I4745555318'),
        err => err instanceof Lian.DataError);
    assert(e.matches(Lian.DataError, Lian.DataError.INVALID_USCC));
    assert(e.message.includes("'I'"), e.message);
});

test('region codes sit beside uscc at namespace level', () => {
    for (const name of ['is_valid', 'check', 'get_level', 'dup_parent', 'contains', 'get_name'])
        assertEqual(typeof Lian[`adcode_${name}`], 'function', name);
    assert(Lian.adcode_is_valid('320214'));
    assert(!Lian.adcode_is_valid('990000'));
    const e = assertThrows(() => Lian.adcode_check('990000'), err => err instanceof Lian.DataError);
    assert(e.matches(Lian.DataError, Lian.DataError.INVALID_REGION));
    // The names of before still work.
    assertEqual(Lian.Region.code_dup_parent('320214'), '320200');
});

test('region codes', () => {
    assertEqual(Lian.adcode_dup_parent('320214'), '320200');
    assertEqual(Lian.adcode_get_level('320200'), Lian.Level.CITY);
    assert(Lian.adcode_contains('320000', '320214'));
    assertEqual(Lian.adcode_get_name('320200'), '无锡市');
});

test('every enum nick round-trips', () => {
    const enums = [Lian.Level, Lian.ChainTier, Lian.ChainRole, Lian.EnterpriseSize,
        Lian.OrgKind, Lian.ServiceKind, Lian.NeedCategory, Lian.NeedStatus,
        Lian.ProjectStatus, Lian.ActivityKind, Lian.RecordKind];
    for (const e of enums) {
        const values = Object.values(e).filter(v => typeof v === 'number');
        assert(values.length > 1);
        for (const v of values) {
            const nick = Lian.enum_to_nick(e.$gtype, v);
            const [ok, back] = Lian.enum_from_nick(e.$gtype, nick);
            assert(ok);
            assertEqual(back, v);
        }
    }
    assertEqual(Lian.enum_to_nick(Lian.NeedStatus.$gtype, Lian.NeedStatus.IN_PROGRESS), 'in-progress');
});

test('unknown nick throws a data error', () => {
    const e = assertThrows(() => Lian.enum_from_nick(Lian.NeedStatus.$gtype, 'done'),
        err => err instanceof Lian.DataError);
    assertEqual(e.code, Lian.DataError.UNKNOWN_NICK);
    assert(e.message.includes('expected one of submitted'), e.message);
});

test('flags from and to nicks', () => {
    const [ok, v] = Lian.flags_from_nicks(Lian.EnterpriseTags.$gtype, ['srdi', 'listed']);
    assert(ok);
    assertEqual(v, Lian.EnterpriseTags.SRDI | Lian.EnterpriseTags.LISTED);
    assertEqual(Lian.flags_to_nicks(Lian.EnterpriseTags.$gtype, v), ['srdi', 'listed']);
});

test('each error domain is its own class', () => {
    assertThrows(() => Lian.date_check('2023-02-30'),
        e => e instanceof Lian.DataError && e.code === Lian.DataError.INVALID_DATE);
    assertThrows(() => Lian.Record.check_id('a b'),
        e => e instanceof Lian.DataError && e.code === Lian.DataError.INVALID_ID);
    assert(Lian.FormatError.SYNTAX !== undefined);
    assert(Lian.RegistryError.DUPLICATE_ID !== undefined);
    assert(Lian.format_error_quark() !== Lian.registry_error_quark());
});

test('dates and version', () => {
    assertEqual(Lian.date_days_between('2023-12-31', '2024-03-01'), 61);
    assert(!Lian.date_is_valid('2023-02-30'));
    assertEqual(Lian.get_version_string().split('.').length, 3);
    assert(GLib.MAJOR_VERSION >= 2);
});

run();
