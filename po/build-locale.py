#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Compiles po/LANG.po (with any po/parts/LANG-*.po beside it, while a change
is under way) into OUT/LANG/LC_MESSAGES/DOMAIN.mo."""
import glob
import os
import subprocess
import sys
import tempfile

out, domain, *pos = sys.argv[1:]
for po in pos:
    lang = os.path.splitext(os.path.basename(po))[0]
    folder = os.path.join(out, lang, 'LC_MESSAGES')
    os.makedirs(folder, exist_ok=True)
    parts = sorted(glob.glob(os.path.join(os.path.dirname(po), 'parts', lang + '-*.po')))
    with tempfile.TemporaryDirectory() as tmp:
        whole = po
        if parts:
            whole = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgcat', '--use-first', '-o', whole, po, *parts], check=True)
        subprocess.run(['msgfmt', '--check', '-o', os.path.join(folder, domain + '.mo'), whole],
                       check=True)
# The folder's time says when it was made, for ninja.
os.utime(out)
