# SPDX-License-Identifier: LGPL-2.1-or-later
"""A JSON document the lian command read and another program wrote since is
not overwritten: the command refuses to save, and the other change stays."""
import errno
import os
import subprocess
import time
import unittest

from clitest import LIAN, SampleCopyTest


class HonestDocumentTest(SampleCopyTest):

    def run_while_another_writes(self, other_text, *args, locale='C.UTF-8'):
        """Runs lian ARGS on self.file; between its read and its save, writes
        @other_text to the file as another program would."""
        fifo = self.path('before-save')
        os.mkfifo(fifo)
        env = dict(os.environ, LIAN_TEST_BEFORE_SAVE_FIFO=fifo, LC_ALL=locale, LANG=locale)
        env.pop('LANGUAGE', None)
        process = subprocess.Popen([LIAN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, env=env)
        # Once lian waits before its save (it has the FIFO open for reading),
        # write as another program would, then let it go on.
        while process.poll() is None:
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as e:
                if e.errno != errno.ENXIO:
                    raise
                time.sleep(0.01)
                continue
            if other_text is not None:
                with open(self.file, 'a', encoding='utf-8') as doc:
                    doc.write(other_text)
            os.write(fd, b'go\n')
            os.close(fd)
            break
        out, err = process.communicate(timeout=60)
        return process.returncode, out, err

    def test_a_file_changed_since_read_is_not_overwritten(self):
        code, out, err = self.run_while_another_writes(
            '\n', 'need', self.file, 'need-001', '--to', 'accepted', '--by', 'org-ks-service-team')
        self.assertNotEqual(code, 0)
        self.assertIn('changed after it was read', err)
        self.assertIn('data.json', err)
        with open(self.file, encoding='utf-8') as f:
            text = f.read()
        # The other program's change is there; the refused move is not.
        self.assertTrue(text.endswith('\n\n'))
        self.assertNotIn('"accepted"', text[text.index('"need-001"'):text.index('"need-002"')])

    def test_in_chinese(self):
        code, out, err = self.run_while_another_writes(
            '\n', 'need', self.file, 'need-001', '--to', 'accepted', '--by', 'org-ks-service-team',
            locale='zh_CN.UTF-8')
        self.assertNotEqual(code, 0)
        self.assertIn('读取之后', err)

    def test_an_unchanged_file_is_saved(self):
        code, out, err = self.run_while_another_writes(
            None, 'need', self.file, 'need-001', '--to', 'accepted', '--by', 'org-ks-service-team')
        self.assertEqual(code, 0, err)
        with open(self.file, encoding='utf-8') as f:
            text = f.read()
        self.assertIn('"accepted"', text[text.index('"need-001"'):text.index('"need-002"')])


if __name__ == '__main__':
    unittest.main()
