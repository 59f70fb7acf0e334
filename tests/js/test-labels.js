// SPDX-License-Identifier: LGPL-2.1-or-later
// Enum labels, counts, amounts, times and widths in the reader's language.
import GLib from 'gi://GLib';
import Lian from 'gi://Lian?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

function inLanguage(language, fn) {
    Lian.set_language(language);
    try {
        fn();
    } finally {
        Lian.set_language(null);
    }
}

test('labels in English and Chinese', () => {
    assertEqual(Lian.enum_get_label(Lian.NeedStatus.$gtype, Lian.NeedStatus.IN_PROGRESS), 'in progress');
    assertEqual(Lian.enum_get_label(Lian.ChainTier.$gtype, Lian.ChainTier.UNRATED), '');
    inLanguage('zh_CN', () => {
        assertEqual(Lian.enum_get_label(Lian.NeedStatus.$gtype, Lian.NeedStatus.IN_PROGRESS), '办理中');
        assertEqual(Lian.enum_get_label(Lian.EnterpriseTags.$gtype, Lian.EnterpriseTags.LITTLE_GIANT),
            '小巨人');
    });
});

test('labels read back from Chinese, English and nicks', () => {
    for (const language of ['en', 'zh_CN']) {
        inLanguage(language, () => {
            for (const text of ['办理中', '进行中', 'IN PROGRESS', 'in-progress']) {
                const [ok, value] = Lian.enum_from_label(Lian.NeedStatus.$gtype, text);
                assert(ok, text);
                assertEqual(value, Lian.NeedStatus.IN_PROGRESS, text);
            }
            const [, flag] = Lian.enum_from_label(Lian.NeedCategories.$gtype, '融资');
            assertEqual(flag, Lian.NeedCategories.FINANCING);
        });
    }
});

test('an unknown label lists the labels in the language', () => {
    let e = assertThrows(() => Lian.enum_from_label(Lian.NeedStatus.$gtype, 'done'),
        err => err instanceof Lian.DataError);
    assertEqual(e.code, Lian.DataError.INVALID_VALUE);
    assertEqual(e.message, 'need status "done": expected submitted, accepted, in progress, resolved, closed');
    inLanguage('zh_CN', () => {
        e = assertThrows(() => Lian.enum_from_label(Lian.NeedStatus.$gtype, '完成'));
        assertEqual(e.message, '需求状态“完成”：应为 已提交、已受理、办理中、已解决、已关闭 之一');
    });
});

test('counts, amounts, times and widths', () => {
    assertEqual(Lian.format_count(17280), '17,280');
    assertEqual(Lian.format_yuan(17280000000), '17,280,000,000 yuan');
    inLanguage('zh_CN', () => {
        assertEqual(Lian.format_yuan(17280000000), '172.8 亿元');
        assertEqual(Lian.format_yuan(34560000), '3,456 万元');
        assertEqual(Lian.format_yuan(980), '980 元');
    });
    assertEqual(Lian.format_time(GLib.DateTime.new_utc(2023, 9, 4, 2, 0, 0)), '2023-09-04 10:00');
    assertEqual(Lian.text_display_width('无锡市 IC'), 9);
});

function refusedMove() {
    const need = new Lian.Need({id: 'n1', enterprise_id: 'e1', title: '流动资金贷款',
        status: Lian.NeedStatus.RESOLVED, resolved: '2023-07-12'});
    return assertThrows(() => need.transition(Lian.NeedStatus.SUBMITTED, 'org-1', null, null),
        e => e instanceof Lian.DataError && e.code === Lian.DataError.ILLEGAL_TRANSITION);
}

function refusedValue() {
    return assertThrows(() => Lian.uscc_normalize('91110000600037341N'),
        e => e instanceof Lian.DataError && e.code === Lian.DataError.INVALID_USCC);
}

test('a refused move and a refused value in Chinese and in English', () => {
    inLanguage('zh_CN', () => {
        assertEqual(refusedMove().message, 'status：不能从已解决改为已提交；可改为：办理中');
        assertEqual(refusedValue().message, '校验位应为“L”，而不是“N”');
    });
    assertEqual(refusedMove().message, 'status: cannot move from resolved to submitted; allowed: in-progress');
    assertEqual(refusedValue().message, "check character is 'L', not 'N'");
});

run();
