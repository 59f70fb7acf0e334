#!/usr/bin/python3
# Runs examples/gtk/needs-board.js under Xvfb on the sample and checks what
# the window shows: the rows and titles of the column view, the city filter,
# a status move through the Move button and its history, a refused move in
# the info bar, saving, and a screenshot that is not blank, taken in Chinese
# (LANG=zh_CN.UTF-8: the board's words, statuses and categories in Chinese),
# and, on a SQLite store, another process's change appearing by itself.
# Exits 77 (skipped) when gjs, Xvfb (xvfb-run, xauth) or GTK 4's typelib is
# missing. Run by meson in the suite 'gtk'.
# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

SKIP = 77
SOURCE = os.environ.get('LIAN_SOURCE_DIR',
                        os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BOARD = os.path.join(SOURCE, 'examples', 'gtk', 'needs-board.js')
SAMPLE = os.path.join(SOURCE, 'data', 'jiangsu-sample.json')


def skip_unless_runnable():
    """Skip when something the board needs is not installed; then run this
    file again under one Xvfb server for every case."""
    for program in ('gjs', 'xvfb-run', 'xauth'):
        if shutil.which(program) is None:
            print(f'SKIP: {program} not found (Debian: gjs, xvfb, xauth)')
            sys.exit(SKIP)
    import gi
    try:
        gi.require_version('Gtk', '4.0')
        gi.require_version('GdkPixbuf', '2.0')
    except ValueError as e:
        print(f'SKIP: {e} (Debian: gir1.2-gtk-4.0)')
        sys.exit(SKIP)
    os.environ['LIAN_UNDER_XVFB'] = '1'
    os.execvp('xvfb-run', ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24',
                           sys.executable, '-B', os.path.abspath(__file__), *sys.argv[1:]])


CHINESE = 'zh_CN.UTF-8'


def board(*args, quit_ms=300, locale=None):
    """Runs the board on the sample, in @locale (default: the tests' own,
    English); returns its output as {key: [values]}."""
    command = ['gjs', '-m', BOARD, *args]
    if '--screenshot' not in args:
        command += ['--quit-after-ms', str(quit_ms)]
    env = dict(os.environ, GTK_A11Y='none', NO_AT_BRIDGE='1')
    if locale:
        env.update(LC_ALL=locale, LANG=locale)
        env.pop('LANGUAGE', None)
    result = subprocess.run(command, capture_output=True, text=True, timeout=90, env=env)
    if result.returncode != 0:
        raise AssertionError(f'{command} exited {result.returncode}:\n{result.stderr}')
    shown = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(': ')
        shown.setdefault(key, []).append(value)
    return shown


def city_of(region):
    """The city of a GB/T 2260 code, computed here without lian."""
    if region.endswith('0000'):
        return None
    return region[:4] + '00'


class NeedsBoardTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SAMPLE, encoding='utf-8') as f:
            cls.doc = json.load(f)
        cls.region_of = {e['id']: e['region'] for e in cls.doc['enterprises']}
        cls.tmp = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def titles(self, city=None, status=None):
        return [n['title'] for n in self.doc['needs']
                if (city is None or city_of(self.region_of[n['enterprise_id']]) == city)
                and (status is None or n['status'] == status)]

    def test_shows_every_need_and_renders(self):
        png = os.path.join(self.tmp.name, 'board.png')
        shown = board(SAMPLE, '--screenshot', png, '--quit-after-ms', '1000', locale=CHINESE)
        self.assertEqual(len(self.doc['needs']), 11)
        self.assertEqual(shown['rows'], ['11'])
        self.assertEqual(shown['title'], self.titles())
        self.assertEqual(shown['detail'], ['need-001  流动资金贷款'])   # first row selected
        self.assertNotIn('error', shown)
        # In Chinese: the window, the column headings, the count, the pane.
        self.assertEqual(shown['window'], ['需求看板 — jiangsu-sample.json'])
        self.assertEqual(shown['columns'], ['编号 | 标题 | 企业 | 城市 | 类别 | 状态 | 提交日期'])
        self.assertEqual(shown['count'], ['11 / 11 件需求'])
        self.assertEqual(shown['history'], ['尚无流转 |  |  | '])
        # The first row: its category and status by their Chinese labels.
        self.assertEqual(shown['cell'][0:2], ['need-001', '流动资金贷款'])
        self.assertEqual(shown['cell'][4:6], ['融资', '已提交'])
        self.assert_not_blank(png)

    def test_english_under_an_english_locale(self):
        shown = board(SAMPLE, '--quit-after-ms', '300', locale='C.UTF-8')
        self.assertEqual(shown['window'], ['Needs board — jiangsu-sample.json'])
        self.assertEqual(shown['columns'], ['Id | Title | Enterprise | City | Category | Status | Submitted'])
        self.assertEqual(shown['count'], ['11 of 11 needs'])

    def test_move_in_chinese_shows_labels_and_china_time(self):
        shown = board(SAMPLE, '--move', 'need-002=办理中', '--actor', 'org-x', '--note', '办理',
                      locale=CHINESE)
        self.assertNotIn('error', shown)
        self.assertEqual(shown['moved'], ['need-002 accepted -> in-progress'])
        # 2023-09-04T10:00:00+08:00, then now: both in China Standard Time.
        self.assertEqual(shown['history'][0], '2023-09-04 10:00 | 已受理 | org-wx-ic-committee | 转市委人才办')
        self.assertRegex(shown['history'][-1], r'^\d{4}-\d\d-\d\d \d\d:\d\d \| 办理中 \| org-x \| 办理$')

    def assert_not_blank(self, png):
        import gi
        gi.require_version('GdkPixbuf', '2.0')
        from gi.repository import GdkPixbuf
        self.assertTrue(os.path.getsize(png) > 0, png)
        pixbuf = GdkPixbuf.Pixbuf.new_from_file(png)
        width, height = pixbuf.get_width(), pixbuf.get_height()
        self.assertGreaterEqual(width, 800)
        self.assertGreaterEqual(height, 500)
        pixels = pixbuf.get_pixels()
        stride, channels = pixbuf.get_rowstride(), pixbuf.get_n_channels()
        lum, colours = [], set()
        for y in range(0, height, 3):
            for x in range(0, width, 3):
                i = y * stride + x * channels
                r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
                lum.append((299 * r + 587 * g + 114 * b) // 1000)
                colours.add((r, g, b))
        mean = sum(lum) / len(lum)
        variance = sum((v - mean) ** 2 for v in lum) / len(lum)
        # A blank or single-colour window has a variance near 0 and a few
        # colours; text, a selected row and buttons give hundreds.
        self.assertGreater(variance, 100, f'{png}: luminance variance {variance:.1f}')
        self.assertGreater(len(colours), 50, f'{png}: {len(colours)} colours')

    def test_city_filter(self):
        shown = board(SAMPLE, '--city', '320200')
        wuxi = self.titles(city='320200')
        self.assertEqual(len(wuxi), 4)
        self.assertEqual(shown['rows'], ['4'])
        self.assertEqual(shown['title'], wuxi)

    def test_status_filter(self):
        shown = board(SAMPLE, '--status', 'submitted')
        self.assertEqual(shown['title'], self.titles(status='submitted'))
        shown = board(SAMPLE, '--city', '320500', '--status', 'resolved')
        self.assertEqual(shown['title'], self.titles(city='320500', status='resolved'))

    def test_move_and_save(self):
        saved = os.path.join(self.tmp.name, 'moved.json')
        shown = board(SAMPLE, '--move', 'need-001=accepted', '--actor', 'org-js-ic-alliance',
                      '--note', '受理', '--save-as', saved)
        self.assertNotIn('error', shown)
        self.assertEqual(shown['moved'], ['need-001 submitted -> accepted'])
        self.assertEqual(shown['detail'], ['need-001  流动资金贷款'])
        self.assertEqual(len(shown['history']), 1)
        self.assertTrue(shown['history'][0].endswith('| accepted | org-js-ic-alliance | 受理'),
                        shown['history'])
        self.assertEqual(shown['saved'], [saved])
        with open(saved, encoding='utf-8') as f:
            need = next(n for n in json.load(f)['needs'] if n['id'] == 'need-001')
        self.assertEqual(need['status'], 'accepted')
        self.assertEqual([(e['status'], e['actor'], e['note']) for e in need['history']],
                         [('accepted', 'org-js-ic-alliance', '受理')])

    def test_move_leaves_a_status_filter(self):
        # Reopening a resolved need moves it out of a "resolved" view.
        shown = board(SAMPLE, '--status', 'resolved', '--move', 'need-004=in-progress',
                      '--note', '复发')
        self.assertEqual(shown['moved'], ['need-004 resolved -> in-progress'])
        self.assertEqual(shown['title'], ['固态电池电解质攻关', '基板设备融资租赁'])

    def test_refused_move_shows_the_error(self):
        # Reopening takes a note: the registry refuses, the info bar says why.
        shown = board(SAMPLE, '--move', 'need-005=in-progress', '--actor', 'x')
        self.assertNotIn('moved', shown)
        self.assertEqual(shown['error'], ['need "need-005": note: reopening a need takes a note'])
        self.assertEqual(len(shown['history']), 1)
        self.assertIn('| closed |', shown['history'][0])
        # A move the status machine does not offer is not in the dropdown.
        shown = board(SAMPLE, '--move', 'need-001=resolved')
        self.assertEqual(shown['error'], ['need-001: cannot move from submitted to resolved'])

    def test_sees_another_process_change(self):
        """On a SQLite store, a title another process commits shows up on the
        board without reopening it."""
        import gi
        gi.require_version('Lian', '1.0')
        from gi.repository import GLib, Lian
        path = os.path.join(self.tmp.name, 'shared.db')
        sample = Lian.Registry()
        sample.load_from_file(SAMPLE, None)
        try:
            store = Lian.Store.open(path)
        except GLib.Error as e:
            self.skipTest(f'no SQLite store in this build: {e.message}')
        store.save(sample)
        store.close()

        env = dict(os.environ, GTK_A11Y='none', NO_AT_BRIDGE='1')
        command = ['gjs', '-m', BOARD, path, '--quit-after-ms', '5000']
        shown_board = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       text=True, env=env)
        other = Lian.Registry.open(path)
        other.props.actor = 'clerk-in-another-process'
        need = other.lookup_need('need-001')
        titles = []
        # Keep changing it while the board runs: some change comes after it
        # has opened the store, however long it takes to start.
        while shown_board.poll() is None and len(titles) < 40:
            titles.append(f'流动资金贷款（第{len(titles) + 1}次修改）')
            other.update(need, 'title', titles[-1])
            time.sleep(0.2)
        out, err = shown_board.communicate(timeout=90)
        self.assertEqual(shown_board.returncode, 0, err)
        shown = {}
        for line in out.splitlines():
            key, _, value = line.partition(': ')
            shown.setdefault(key, []).append(value)
        self.assertIn('need-001 title', shown.get('changed', []))
        # The row shows one of the titles written (the store keeps its own order).
        self.assertTrue(set(shown['title']) & set(titles), shown['title'])
        self.assertNotIn('error', shown)

    def test_bad_file(self):
        shown = board(os.path.join(self.tmp.name, 'missing.json'))
        self.assertEqual(len(shown['error']), 1)
        self.assertIn('missing.json', shown['error'][0])
        self.assertNotIn('rows', shown)


if __name__ == '__main__':
    if 'LIAN_UNDER_XVFB' not in os.environ:
        skip_unless_runnable()
    unittest.main(verbosity=2)
