#!/usr/bin/python3
# Checks that no source in lib/ includes a header of a higher layer, and
# that every source sits in a layer folder.
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys

root = os.environ.get('LIAN_SOURCE_DIR', os.path.join(os.path.dirname(__file__), '..'))
lib = os.path.join(root, 'lib')
# What each layer may include, itself included.
allowed = {
    'base': {'base'},
    'model': {'base', 'model'},
    'registry': {'base', 'model', 'registry'},
    'formats': {'base', 'model', 'registry', 'formats'},
    'stores': {'base', 'model', 'registry', 'formats', 'stores'},
    'analysis': {'base', 'model', 'registry', 'analysis'},
    'reports': {'base', 'model', 'registry', 'analysis', 'reports'},
}

# The layer of each header: a private one by its folder, a public one by
# the folder of the sources that implement it.
layer_of = {}
for layer in allowed:
    for name in os.listdir(os.path.join(lib, layer)):
        if name.endswith('.h'):
            layer_of[name] = layer
        elif name.endswith('.c'):
            layer_of.setdefault(name[:-2] + '.h', layer)
layer_of.update({'lian-enum-types.h': 'base', 'lian-version.h': 'base', 'lian-resources.h': 'base',
                 'lian-error.h': 'base', 'lian-enums.h': 'base', 'lian.h': 'reports'})
for name in os.listdir(os.path.join(root, 'include', 'lian')):
    if name.endswith('.h') and name not in layer_of:
        # A public header declaring functions implemented in several files
        # (lian-registry-json.h, lian-registry-work.h, lian-check.h, …).
        stem = name[:-2]
        hits = [l for l in allowed for c in os.listdir(os.path.join(lib, l)) if c.startswith(stem)]
        layer_of[name] = hits[0] if hits else 'base'

problems = []
for folder in os.listdir(lib):
    path = os.path.join(lib, folder)
    if not os.path.isdir(path):
        continue
    if folder not in allowed:
        problems.append(f'lib/{folder}: not a layer')
        continue
    for name in sorted(os.listdir(path)):
        if not name.endswith(('.c', '.h')):
            continue
        with open(os.path.join(path, name), encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                m = re.match(r'#include\s+["<](?:lian/)?([a-z0-9-]+\.h)[">]', line)
                if not m or not m.group(1).startswith('lian'):
                    continue
                other = layer_of.get(m.group(1))
                if other is None:
                    problems.append(f'lib/{folder}/{name}:{number}: unknown header {m.group(1)}')
                elif other not in allowed[folder]:
                    problems.append(f'lib/{folder}/{name}:{number}: the {folder} layer includes '
                                    f'{m.group(1)} of the {other} layer')
for name in sorted(os.listdir(lib)):
    if name.endswith(('.c', '.h')):
        problems.append(f'lib/{name}: outside a layer folder')

for p in problems:
    print(p)
print(f'{len(problems)} layering problems')
sys.exit(1 if problems else 0)
