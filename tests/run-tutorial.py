#!/usr/bin/python3
# Runs the code blocks of a tutorial, in order, from the top of the source
# tree, as a reader would: the tutorial stays true.
# Usage: run-tutorial.py TUTORIAL.md python|js
# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import re
import subprocess
import sys
import tempfile

path, language = sys.argv[1], sys.argv[2]
fence = {'python': 'python', 'js': 'js'}[language]
with open(path, encoding='utf-8') as f:
    blocks = re.findall(r'^```' + fence + r'\n(.*?)^```$', f.read(), re.S | re.M)
if not blocks:
    sys.exit('no code blocks in ' + path)
os.chdir(os.environ['LIAN_SOURCE_DIR'])
suffix = '.py' if language == 'python' else '.js'
with tempfile.NamedTemporaryFile('w', suffix=suffix, delete=False, encoding='utf-8') as f:
    f.write('\n'.join(blocks))
    if language == 'js':
        f.write("\nimport System from 'system';\nSystem.exit(0);\n")
command = ['/usr/bin/python3', f.name] if language == 'python' else ['gjs', '-m', f.name]
result = subprocess.run(command, capture_output=True, text=True)
os.unlink(f.name)
sys.stdout.write(result.stdout)
sys.stderr.write(result.stderr)
if 'CRITICAL' in result.stderr or 'Traceback' in result.stderr:
    sys.exit(1)
sys.exit(result.returncode)
