// chain-book.js: write the book of a chain (一链一册) as Markdown.
// Run: gjs -m chain-book.js data/jiangsu-sample.json chain-ic [2023-10-10] > chain-ic.md
// SPDX-License-Identifier: LGPL-2.1-or-later
import System from 'system';
import Lian from 'gi://Lian?version=1.0';

if (ARGV.length !== 2 && ARGV.length !== 3) {
    printerr('usage: chain-book.js FILE.json CHAIN-ID [YYYY-MM-DD]');
    System.exit(2);
}
const asOf = ARGV[2] ?? null;
if (asOf && !Lian.date_is_valid(asOf)) {
    printerr(`${asOf}: not a date YYYY-MM-DD`);
    System.exit(2);
}

// The book is written in the language of the locale (LANG=zh_CN.UTF-8:
// Chinese), or in the one Lian.set_language() chose.
const registry = new Lian.Registry();
let book;
try {
    registry.load_from_file(ARGV[0], null);
    // Lian.ReportFormat.HTML gives a self-contained page with an SVG diagram of
    // the segments instead; phone numbers are masked unless
    // Lian.ReportFlags.SHOW_PERSONAL is given. The services listed are those
    // valid on the day given (null: today).
    book = Lian.report_chain_book(registry, ARGV[1], asOf, Lian.ReportFormat.MARKDOWN,
        Lian.ReportFlags.NONE);
} catch (e) {
    printerr(`${ARGV[0]}: ${e.message}`);
    System.exit(1);
}
// print() adds a newline; the book already ends with one.
print(book.replace(/\n$/, ''));
