# SPDX-License-Identifier: LGPL-2.1-or-later
"""What `lian` does to the path it writes: a device, a FIFO, a link, a mode."""
import os
import stat
import subprocess
import threading
import unittest

from clitest import LIAN, SAMPLE, SampleCopyTest, lian


class SaveTest(SampleCopyTest):
    def writes(self, out):
        """Every command that writes a file, writing to @out."""
        csv = os.path.join(self.dir, 'needs.csv')
        self.assertEqual(lian('export', SAMPLE, '--kind', 'needs', '-o', csv).returncode, 0)
        return [
            ['export', SAMPLE, '--kind', 'needs', '-o', out],
            ['form', SAMPLE, '--enterprise', 'ent-wx-chip', '-o', out],
            ['book', SAMPLE, '--chain', 'chain-ic', '--format', 'md', '-o', out],
            ['import', csv, '--kind', 'needs', '--into', self.file, '--report', out],
        ]

    def test_dev_null_stays_a_device(self):
        before = os.stat('/dev/null')
        if not stat.S_ISCHR(before.st_mode) or not os.access('/dev/null', os.W_OK):
            self.skipTest('/dev/null is not a character device this process may write')
        for args in self.writes('/dev/null'):
            result = lian(*args)
            self.assertEqual(result.returncode, 0, f'{args}: {result.stderr}')
            after = os.stat('/dev/null')
            self.assertTrue(stat.S_ISCHR(after.st_mode), args)
            self.assertEqual((after.st_rdev, after.st_ino), (before.st_rdev, before.st_ino), args)

    def test_fifo_gets_the_export(self):
        fifo = os.path.join(self.dir, 'needs.fifo')
        os.mkfifo(fifo)
        got = []

        def read():
            with open(fifo, 'rb') as f:
                got.append(f.read())

        reader = threading.Thread(target=read)
        reader.start()
        result = lian('export', SAMPLE, '--kind', 'needs', '-o', fifo)
        reader.join(timeout=30)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(stat.S_ISFIFO(os.lstat(fifo).st_mode))
        expected = subprocess.run([LIAN, 'export', SAMPLE, '--kind', 'needs'], capture_output=True)
        self.assertEqual(got[0], expected.stdout)

    def test_need_through_a_link_writes_the_register(self):
        os.chmod(self.file, 0o600)
        link = os.path.join(self.dir, 'link.json')
        os.symlink('data.json', link)
        result = lian('need', link, 'need-001', '--to', 'accepted', '--by', 'org-ks-service-team')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(os.readlink(link), 'data.json')
        with open(self.file, encoding='utf-8') as f:
            self.assertIn('"status": "accepted"', f.read())
        self.assertEqual(stat.S_IMODE(os.stat(self.file).st_mode), 0o600)
        self.assertEqual(sorted(os.listdir(self.dir)), ['data.json', 'link.json'])

    def test_private_files_stay_private(self):
        out = os.path.join(self.dir, 'out')
        for args in self.writes(out):
            with open(out, 'w', encoding='utf-8') as f:
                f.write('old')
            os.chmod(out, 0o600)
            os.chmod(self.file, 0o600)
            result = lian(*args)
            self.assertEqual(result.returncode, 0, f'{args}: {result.stderr}')
            self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600, args)
            self.assertEqual(stat.S_IMODE(os.stat(self.file).st_mode), 0o600, args)
        self.assertEqual(sorted(os.listdir(self.dir)), ['data.json', 'needs.csv', 'out'])

    def test_a_folder_is_refused_with_a_message(self):
        result = lian('export', SAMPLE, '--kind', 'needs', '-o', self.dir)
        self.assertEqual(result.returncode, 1)
        self.assertIn('a folder, not a file', result.stderr)
        self.assertTrue(os.path.isdir(self.dir))


if __name__ == '__main__':
    unittest.main()
