#!/usr/bin/python3
# chain-book.py: write the book of a chain (一链一册) as Markdown.
# Run: python3 chain-book.py data/jiangsu-sample.json chain-ic [2023-10-10] > chain-ic.md
# SPDX-License-Identifier: LGPL-2.1-or-later
import locale
import sys

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

if len(sys.argv) not in (3, 4):
    print(f'usage: {sys.argv[0]} FILE.json CHAIN-ID [YYYY-MM-DD]', file=sys.stderr)
    sys.exit(2)
as_of = sys.argv[3] if len(sys.argv) == 4 else None
if as_of and not Lian.date_is_valid(as_of):
    print(f'{as_of}: not a date YYYY-MM-DD', file=sys.stderr)
    sys.exit(2)

# The book is written in the language of the locale (LANG=zh_CN.UTF-8:
# Chinese), or in the one Lian.set_language() chose.
locale.setlocale(locale.LC_ALL, '')
registry = Lian.Registry()
try:
    registry.load_from_file(sys.argv[1], None)
    # Lian.ReportFormat.HTML gives a self-contained page with an SVG diagram of
    # the segments instead; phone numbers are masked unless
    # Lian.ReportFlags.SHOW_PERSONAL is given. The services listed are those
    # valid on the day given (None: today).
    book = Lian.report_chain_book(registry, sys.argv[2], as_of, Lian.ReportFormat.MARKDOWN,
                                  Lian.ReportFlags.NONE)
except GLib.Error as e:
    print(f'{sys.argv[1]}: {e.message}', file=sys.stderr)
    sys.exit(1)
sys.stdout.write(book)
