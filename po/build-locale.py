#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Compiles po/LANG.po files into OUT/LANG/LC_MESSAGES/DOMAIN.mo."""
import os
import subprocess
import sys

out, domain, *pos = sys.argv[1:]
for po in pos:
    lang = os.path.splitext(os.path.basename(po))[0]
    folder = os.path.join(out, lang, 'LC_MESSAGES')
    os.makedirs(folder, exist_ok=True)
    subprocess.run(['msgfmt', '--check', '-o', os.path.join(folder, domain + '.mo'), po], check=True)
# The folder's time says when it was made, for ninja.
os.utime(out)
