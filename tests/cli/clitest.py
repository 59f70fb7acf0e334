# SPDX-License-Identifier: LGPL-2.1-or-later
"""What the CLI test modules share: where lian and its data are, how to run
it (in a given locale), and a test case working on a copy of the sample."""
import os
import shutil
import subprocess
import tempfile
import unittest

LIAN = os.environ['LIAN_TOOL']
SOURCE = os.environ['LIAN_SOURCE_DIR']
SAMPLE = os.path.join(SOURCE, 'data', 'jiangsu-sample.json')
BAD = os.path.join(SOURCE, 'tests', 'data', 'bad')
GOLDEN = os.path.join(SOURCE, 'tests', 'golden')


def lian(*args):
    """Runs lian in the tests' locale (C.UTF-8: English)."""
    return subprocess.run([LIAN, *args], capture_output=True, text=True)


def lian_in(locale, *args):
    """Runs lian under LC_ALL=@locale (zh_CN.UTF-8: Chinese; C or C.UTF-8: English)."""
    env = dict(os.environ, LC_ALL=locale, LANG=locale)
    env.pop('LANGUAGE', None)
    return subprocess.run([LIAN, *args], capture_output=True, text=True, env=env)


def lian_zh(*args):
    """Runs lian as under LANG=zh_CN.UTF-8."""
    return lian_in('zh_CN.UTF-8', *args)


class SampleCopyTest(unittest.TestCase):
    """A test with a folder of its own holding a copy of the sample, self.file."""

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.file = os.path.join(self.dir, 'data.json')
        shutil.copy(SAMPLE, self.file)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)
