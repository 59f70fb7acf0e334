# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian -o /dev/stdout` and its kin write through the shell's redirection."""
import os
import shutil
import subprocess
import tempfile
import unittest

from clitest import LIAN, SAMPLE


class DescriptorTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.all = os.path.join(self.dir, 'all.csv')
        self.export = subprocess.run([LIAN, 'export', SAMPLE, '--kind', 'needs'],
                                     capture_output=True, check=True).stdout

    def tearDown(self):
        shutil.rmtree(self.dir)

    def shell(self, command):
        return subprocess.run(['/bin/sh', '-c', command], cwd=self.dir, capture_output=True,
                              text=True, env={**os.environ, 'LIAN': LIAN, 'SAMPLE': SAMPLE})

    def test_appending_to_stdout_keeps_what_came_before(self):
        for out in ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']:
            with self.subTest(out=out):
                result = self.shell('echo EARLIER > all.csv; '
                                    f'"$LIAN" export "$SAMPLE" --kind needs -o {out} >> all.csv')
                self.assertEqual(result.returncode, 0, result.stderr)
                with open(self.all, 'rb') as f:
                    self.assertEqual(f.read(), b'EARLIER\n' + self.export)

    def test_stdout_redirected_to_a_file_stays_that_file(self):
        with open(self.all, 'w') as f:
            f.write('OLD\n')
        before = os.stat(self.all)
        result = self.shell('{ echo FIRST; "$LIAN" export "$SAMPLE" --kind needs -o /dev/stdout; '
                            'echo LAST; } > all.csv')
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.all, 'rb') as f:
            self.assertEqual(f.read(), b'FIRST\n' + self.export + b'LAST\n')
        self.assertEqual(os.stat(self.all).st_ino, before.st_ino)


if __name__ == '__main__':
    unittest.main()
