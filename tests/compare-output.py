#!/usr/bin/python3
# Runs a command and compares what it prints with a golden file.
# Usage: compare-output.py GOLDEN COMMAND [ARGS...]
# SPDX-License-Identifier: LGPL-2.1-or-later
import difflib
import subprocess
import sys

golden_path, command = sys.argv[1], sys.argv[2:]
result = subprocess.run(command, capture_output=True, text=True)
if result.returncode != 0:
    sys.stderr.write(result.stderr)
    print(f'{command[0]} exited {result.returncode}')
    sys.exit(1)
with open(golden_path, encoding='utf-8') as f:
    golden = f.read()
if result.stdout != golden:
    sys.stdout.writelines(difflib.unified_diff(golden.splitlines(True), result.stdout.splitlines(True),
                                               golden_path, 'output'))
    sys.exit(1)
print(f'{command[0]}: output matches {golden_path}')
