#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every message lian marks for translation is translated into zh_CN.

Extracts the messages of po/POTFILES.in with xgettext, as `lian-pot` does,
and fails on any that po/zh_CN.po lacks, leaves empty or marks fuzzy, and on
any translation msgfmt --check refuses (a format that does not match)."""
import glob
import os
import subprocess
import sys
import tempfile

source = os.environ['LIAN_SOURCE_DIR']
po_dir = os.path.join(source, 'po')
with open(os.path.join(po_dir, 'POTFILES.in'), encoding='utf-8') as f:
    files = [line.strip() for line in f if line.strip() and not line.startswith('#')]

sources = sorted(os.path.relpath(p, source) for pattern in ('lib/*/*.c', 'tools/*.c')
                 for p in glob.glob(os.path.join(source, pattern)))
unlisted = [p for p in sources if p not in files]
if unlisted:
    sys.exit('po/POTFILES.in lacks ' + ', '.join(unlisted))


def entries(path):
    """msgid (with context) -> (msgstr, fuzzy), from a .po or .pot file."""
    result = {}
    text = open(path, encoding='utf-8').read()
    for block in text.split('\n\n'):
        fuzzy = False
        fields = {}
        key = None
        for line in block.splitlines():
            if line.startswith('#,') and 'fuzzy' in line:
                fuzzy = True
            elif line.startswith('#'):
                continue
            elif line.startswith('"') and key:
                fields[key] += eval(line)
            else:
                name, _, rest = line.partition(' ')
                if name in ('msgctxt', 'msgid', 'msgid_plural', 'msgstr', 'msgstr[0]', 'msgstr[1]'):
                    key = name
                    fields[key] = eval(rest)
        if fields.get('msgid'):
            msgstr = fields.get('msgstr', fields.get('msgstr[0]', ''))
            result[(fields.get('msgctxt'), fields['msgid'])] = (msgstr, fuzzy)
    return result


with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'lian.pot')
    subprocess.run(['xgettext', '--from-code=UTF-8', '--keyword=_', '--keyword=N_',
                    '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
                    '--keyword=lian_gettext', '--add-comments=TRANSLATORS',
                    '-D', source, '-o', pot, *files], check=True)
    catalogues = [os.path.join(po_dir, 'zh_CN.po')]
    catalogues += sorted(glob.glob(os.path.join(po_dir, 'parts', 'zh_CN-*.po')))
    wanted = entries(pot)
    have = {}
    for catalogue in catalogues:
        subprocess.run(['msgfmt', '--check', '-o', os.devnull, catalogue], check=True)
        have = {**entries(catalogue), **have}

problems = []
for key in sorted(wanted, key=lambda k: k[1]):
    msgstr, fuzzy = have.get(key, ('', False))
    if key not in have:
        problems.append(f'missing: {key[1]!r}')
    elif not msgstr:
        problems.append(f'untranslated: {key[1]!r}')
    elif fuzzy:
        problems.append(f'fuzzy: {key[1]!r}')
for problem in problems:
    print(problem)
print(f'{len(wanted)} messages, {len(problems)} not translated into zh_CN')
sys.exit(1 if problems else 0)
