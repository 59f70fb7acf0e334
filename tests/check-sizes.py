#!/usr/bin/python3
# Lists the functions over 80 lines and the files over 800 lines in lib/
# and tools/: past those sizes a function or a file is usually doing two
# jobs (CONTRIBUTING.md, "Code style").
#
# For now this is a report: it prints what it finds and passes, so that
# the suites stay green while long functions are being split.  To make it
# strict, run it with --strict (or set LIAN_SIZES_STRICT=1 in the test's
# environment in tests/meson.build): it then fails whenever anything is
# over a limit.  There is deliberately no allow-list: once strict, the
# way to pass is to split the function or the file.
#
# A function is found the way lian's style writes one (CONTRIBUTING.md,
# .clang-format): its name starts a line and is followed by "(", its
# body opens with a "{" alone at the start of a line and closes with a
# "}" at the start of a line.  Its length counts from the line with the
# name to the closing brace.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import sys

MAX_FUNCTION_LINES = 80
MAX_FILE_LINES = 800

root = os.environ.get('LIAN_SOURCE_DIR', os.path.join(os.path.dirname(__file__), '..'))
strict = '--strict' in sys.argv[1:] or os.environ.get('LIAN_SIZES_STRICT') == '1'


def scan(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    found = []
    name, start, body = None, None, False
    for number, line in enumerate(lines, 1):
        if body:
            if line.startswith('}'):
                found.append((name, start, number - start + 1))
                name, start, body = None, None, False
            continue
        if line.rstrip() == '{' and name is not None:
            body = True
            continue
        if not line or line[0] in ' \t#/*}':
            if line.startswith('}'):
                name = None
            continue
        # A line at the start of a line: the name of a function (its
        # return type is on the line above), or anything else, which
        # ends the search for a body (a prototype, a type, a macro call).
        m = re.search(r'([A-Za-z_]\w*)\s*\(', line)
        if m and not line.rstrip().endswith(';') and '=' not in line.split('(')[0]:
            name, start = m.group(1), number
        else:
            name = None
    return len(lines), found


def sources():
    for folder in ('lib', 'tools'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith('.c'):
                    yield os.path.join(dirpath, name)


long_functions = []
long_files = []
for path in sources():
    rel = os.path.relpath(path, root)
    count, found = scan(path)
    if count > MAX_FILE_LINES:
        long_files.append((count, rel))
    for name, start, length in found:
        if length > MAX_FUNCTION_LINES:
            long_functions.append((length, f'{rel}:{start}', name))

print(f'Functions over {MAX_FUNCTION_LINES} lines:')
for length, where, name in sorted(long_functions, reverse=True):
    print(f'  {length:4d}  {name} ({where})')
print(f'Files over {MAX_FILE_LINES} lines:')
for count, rel in sorted(long_files, reverse=True):
    print(f'  {count:4d}  {rel}')
print(f'{len(long_functions)} long functions, {len(long_files)} long files'
      + ('' if strict else ' (a report: run with --strict to fail on them)'))
sys.exit(1 if strict and (long_functions or long_files) else 0)
