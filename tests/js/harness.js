// SPDX-License-Identifier: LGPL-2.1-or-later
// A tiny test harness for gjs: test(), the assertions, and run() that
// exits non-zero when any test failed (gjs itself exits 0 on a rejection).
import System from 'system';

const tests = [];

export function test(name, fn) {
    tests.push({name, fn});
}

export function assert(cond, message = 'assertion failed') {
    if (!cond)
        throw new Error(message);
}

export function assertEqual(actual, expected, message = '') {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new Error(`${message} expected ${e}, got ${a}`);
}

export function assertThrows(fn, check = () => true, message = 'expected an exception') {
    let caught = null;
    try {
        fn();
    } catch (e) {
        caught = e;
    }
    if (caught === null)
        throw new Error(message);
    if (!check(caught))
        throw new Error(`unexpected exception: ${caught}`);
    return caught;
}

export function run() {
    let failures = 0;
    for (const {name, fn} of tests) {
        try {
            fn();
            print(`ok - ${name}`);
        } catch (e) {
            failures++;
            print(`not ok - ${name}: ${e.message}\n${e.stack ?? ''}`);
        }
    }
    print(`${tests.length - failures} passed, ${failures} failed`);
    System.exit(failures ? 1 : 0);
}
