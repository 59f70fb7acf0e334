#!/usr/bin/python3
# Checks that every public function returning something its caller owns
# carries G_GNUC_WARN_UNUSED_RESULT, so that a C compiler warns when the
# result is dropped and leaked (CONTRIBUTING.md, "Classes").
#
# A return is owned when its documentation says "Returns: (transfer full)"
# or, without an annotation, when it is a non-const string or string
# array.  A `_ref` function hands back the pointer it was given and needs
# no attribute, as g_object_ref() has none.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import glob
import os
import re
import sys

root = os.environ.get('LIAN_SOURCE_DIR', os.path.join(os.path.dirname(__file__), '..'))

documented = {}
for path in glob.glob(os.path.join(root, 'lib', '*', '*.c')):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for m in re.finditer(r'/\*\*\n \* (lian_\w+):(.*?)\*/', text, re.S):
        returns = re.search(r'Returns:\s*((?:\([^)]*\)\s*)*)', m.group(2))
        documented[m.group(1)] = returns.group(1) if returns else ''

problems = []
for path in sorted(glob.glob(os.path.join(root, 'include', 'lian', '*.h'))):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for m in re.finditer(r'LIAN_AVAILABLE_IN_ALL\s+([^;(]*?)\b(lian_\w+)\s*\([^;]*?\)\s*([^;]*);',
                         text, re.S):
        rtype, name, after = m.group(1).strip(), m.group(2), m.group(3)
        annotations = documented.get(name, '')
        if 'transfer full' in annotations:
            owned = True
        elif annotations:
            owned = False
        else:
            owned = re.fullmatch(r'(char|gchar)\s*\*+|GStrv', rtype) is not None
        if owned and not name.endswith('_ref') and 'G_GNUC_WARN_UNUSED_RESULT' not in after:
            problems.append(f'{os.path.relpath(path, root)}: {name} returns an owned value '
                            'without G_GNUC_WARN_UNUSED_RESULT')

for p in problems:
    print(p)
print(f'{len(problems)} owned returns without G_GNUC_WARN_UNUSED_RESULT')
sys.exit(1 if problems else 0)
