#!/usr/bin/python3
# chain-book.py: write the book of a chain (一链一册) as Markdown.
# Run: python3 chain-book.py data/jiangsu-sample.json chain-ic > chain-ic.md
# SPDX-License-Identifier: LGPL-2.1-or-later
import sys

import gi
gi.require_version('Lian', '1.0')
from gi.repository import GLib, Lian  # noqa: E402

if len(sys.argv) != 3:
    print(f'usage: {sys.argv[0]} FILE.json CHAIN-ID', file=sys.stderr)
    sys.exit(2)

registry = Lian.Registry()
try:
    registry.load_from_file(sys.argv[1], None)
    # Lian.ReportFormat.HTML gives a self-contained page with an SVG diagram of
    # the segments instead; phone numbers are masked unless
    # Lian.ReportFlags.SHOW_PERSONAL is given.
    book = Lian.report_chain_book(registry, sys.argv[2], Lian.ReportFormat.MARKDOWN,
                                  Lian.ReportFlags.NONE)
except GLib.Error as e:
    print(f'{sys.argv[1]}: {e.message}', file=sys.stderr)
    sys.exit(1)
sys.stdout.write(book)
