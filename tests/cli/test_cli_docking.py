# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian posts` and `lian response`: demand posts, suppliers proposed, posts
nobody serves, responses moved (tests/data/docking.json has the answers)."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

LIAN = os.environ['LIAN_TOOL']
SOURCE = os.environ['LIAN_SOURCE_DIR']
DOCKING = os.path.join(SOURCE, 'tests', 'data', 'docking.json')


def lian(*args, lang=None):
    env = dict(os.environ)
    if lang:
        env.update(LC_ALL=lang, LANG=lang)
        env.pop('LANGUAGE', None)
    return subprocess.run([LIAN, *args], capture_output=True, text=True, env=env)


class PostsTest(unittest.TestCase):
    def test_list(self):
        result = lian('posts', DOCKING)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), 5)
        self.assertTrue(lines[2].startswith('post-2  ent-leader  碳化硅功率芯片  3972'), lines[2])

    def test_match_in_english_and_chinese(self):
        result = lian('posts', DOCKING, '--match', 'post-1')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([line.split()[0] for line in result.stdout.splitlines()],
                         ['ent-parts-wx', 'ent-parts-sh', 'ent-metal-sz'])
        self.assertIn('on the same chain, upstream: 零部件 before 整车制造', result.stdout)
        chinese = lian('posts', DOCKING, '--match', 'post-1', '--top', '1', lang='zh_CN.UTF-8')
        self.assertIn('同链上游：零部件 在 整车制造 之前；同行业小类 3670', chinese.stdout)

    def test_match_json(self):
        matches = json.loads(lian('posts', DOCKING, '--match', 'post-1', '--json').stdout)
        self.assertEqual([(m['enterprise_id'], m['score']) for m in matches],
                         [('ent-parts-wx', 90), ('ent-parts-sh', 50), ('ent-metal-sz', 25)])
        self.assertEqual(matches[0]['capability_id'], 'cap-parts-wx')

    def test_gaps(self):
        result = lian('posts', DOCKING, '--gaps')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('post-2  ent-leader  碳化硅功率芯片', result.stdout)
        self.assertNotIn('post-4', result.stdout)
        self.assertEqual(json.loads(lian('posts', DOCKING, '--gaps', '--json').stdout), ['post-2'])

    def test_unknown_post_and_bad_options(self):
        result = lian('posts', DOCKING, '--match', 'post-9')
        self.assertEqual(result.returncode, 1)
        self.assertIn('no post has the id "post-9"', result.stderr)
        result = lian('posts', DOCKING, '--match', 'post-1', '--gaps')
        self.assertEqual(result.returncode, 2)
        chinese = lian('posts', DOCKING, '--match', 'post-9', lang='zh_CN.UTF-8')
        self.assertIn('没有编号为“post-9”的需求发布', chinese.stderr)


class ResponseTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.path = os.path.join(self.dir, 'docking.json')
        shutil.copy(DOCKING, self.path)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_move_and_save(self):
        result = lian('response', self.path, 'resp-3', '--to', 'shortlisted', '--date', '2024-04-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.splitlines(), ['2024-04-03 submitted', '2024-04-10 shortlisted'])
        with open(self.path, encoding='utf-8') as f:
            saved = {r['id']: r for r in json.load(f)['responses']}
        self.assertEqual(saved['resp-3']['status'], 'shortlisted')

    def test_chinese_label_and_refused_move(self):
        result = lian('response', self.path, 'resp-3', '--to', '未中选', '--date', '2024-04-10',
                      lang='zh_CN.UTF-8')
        self.assertEqual(result.returncode, 0, result.stderr)
        before = open(self.path, encoding='utf-8').read()
        result = lian('response', self.path, 'resp-3', '--to', 'awarded', '--date', '2024-04-11')
        self.assertEqual(result.returncode, 1)
        self.assertIn('response "resp-3": status: cannot move from declined to awarded', result.stderr)
        self.assertEqual(open(self.path, encoding='utf-8').read(), before)
        result = lian('response', self.path, 'resp-3', '--to', 'awarded', lang='zh_CN.UTF-8')
        self.assertIn('不能从未中选改为中选', result.stderr)


if __name__ == '__main__':
    unittest.main()
