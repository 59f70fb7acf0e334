#!/usr/bin/python3
# Checks that the registry's struct is opaque outside lib/registry/: no
# other source includes lian-registry-struct-private.h, declares
# struct _LianRegistry or reads one of its fields through a LianRegistry
# pointer. The other layers use lian-registry-private.h and the query API.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys

root = os.environ.get('LIAN_SOURCE_DIR', os.path.join(os.path.dirname(__file__), '..'))
header = 'lian-registry-struct-private.h'
inside = os.path.join('lib', 'registry')

with open(os.path.join(root, inside, header), encoding='utf-8') as f:
    text = f.read()
body = re.search(r'struct _LianRegistry\s*\{(.*?)\};', text, re.S).group(1)
# The fields: the last word before a ';' or '[' of each declaration.
fields = set(re.findall(r'(\w+)\s*(?:\[[^]]*\])?\s*;', body)) - {'parent_instance'}
if not fields:
    print(f'{inside}/{header}: no fields found')
    sys.exit(1)

pointer = re.compile(r'\bLianRegistry\s*\*\s*(?:const\s+)?(\w+)')
include = re.compile(r'#\s*include\s+["<][^">]*' + re.escape(header) + r'[">]')
problems = []
for top in ('lib', 'tools', 'tests', 'bench', 'fuzz', 'examples'):
    for folder, _, names in os.walk(os.path.join(root, top)):
        rel_folder = os.path.relpath(folder, root)
        if rel_folder == inside or rel_folder.startswith(os.path.join('tests', 'data')):
            continue
        for name in sorted(names):
            if not name.endswith(('.c', '.h')):
                continue
            rel = os.path.join(rel_folder, name)
            with open(os.path.join(folder, name), encoding='utf-8', errors='replace') as f:
                source = f.read()
            # Names that hold a registry in this file: variables, arguments
            # and members declared as LianRegistry *.
            holders = set(pointer.findall(source))
            reads = re.compile(r'\b(?:%s)\s*->\s*(%s)\b' % ('|'.join(map(re.escape, holders)) or '(?!)',
                                                          '|'.join(sorted(fields))))
            for number, line in enumerate(source.splitlines(), 1):
                if include.search(line):
                    problems.append(f'{rel}:{number}: includes {header}')
                if re.search(r'struct\s+_LianRegistry\s*\{', line):
                    problems.append(f'{rel}:{number}: declares struct _LianRegistry')
                m = reads.search(line)
                if m:
                    problems.append(f'{rel}:{number}: reads the registry\'s field {m.group(1)}')

for p in problems:
    print(p)
print(f'{len(problems)} reads of the registry\'s insides outside {inside}')
sys.exit(1 if problems else 0)
