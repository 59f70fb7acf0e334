#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes the bad documents too big to commit.

Usage: make-large-bad.py OUTPUT
OUTPUT gets a lian document whose one region name is a 1 MiB string
(lian refuses strings over 64 KiB; see tests/data/bad/EXPECTED).
"""
import sys

name = 'x' * (1024 * 1024)
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    out.write('{\n  "format": "lian",\n  "version": 1,\n  "regions": [\n')
    out.write('    {"id": "320000", "name": "%s"}\n' % name)
    out.write('  ]\n}\n')
