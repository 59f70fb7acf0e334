# SPDX-License-Identifier: LGPL-2.1-or-later
"""`lian match --all`: every open need, printed need by need as it is matched."""
import json
import os
import subprocess
import unittest

LIAN = os.environ['LIAN_TOOL']
SOURCE = os.environ['LIAN_SOURCE_DIR']
SAMPLE = os.path.join(SOURCE, 'data', 'jiangsu-sample.json')


def lian(*args, lang=None):
    env = dict(os.environ)
    if lang:
        env.update(LC_ALL=lang, LANG=lang)
        env.pop('LANGUAGE', None)
    return subprocess.run([LIAN, *args], capture_output=True, text=True, env=env)


class MatchAllTest(unittest.TestCase):
    def test_all_is_the_default(self):
        plain = lian('match', SAMPLE, '--as-of', '2023-10-10')
        every = lian('match', SAMPLE, '--all', '--as-of', '2023-10-10')
        self.assertEqual(every.returncode, 0, every.stderr)
        self.assertEqual(every.stdout, plain.stdout)
        self.assertIn('need-007  ', every.stdout)

    def test_json_one_need_a_line(self):
        result = lian('match', SAMPLE, '--all', '--json', '--top', '2', '--as-of', '2023-10-10')
        self.assertEqual(result.returncode, 0, result.stderr)
        matches = json.loads(result.stdout)
        self.assertEqual(matches['need-007'][0]['service'], 'svc-wx-tech-loan')
        self.assertTrue(all(1 <= len(m) <= 2 for m in matches.values()))
        lines = result.stdout.splitlines()
        self.assertEqual((lines[0], lines[-1]), ('{', '}'))
        # Each need is written whole as soon as it is matched: one a line.
        self.assertEqual(len(lines), len(matches) + 2)
        self.assertEqual(sorted(matches), list(matches))
        for line, need in zip(lines[1:-1], matches):
            self.assertTrue(line.startswith(f'  "{need}": ['), line)

    def test_json_of_one_need_and_of_none(self):
        one = json.loads(lian('match', SAMPLE, '--need', 'need-007', '--top', '1', '--json',
                              '--as-of', '2023-10-10').stdout)
        self.assertEqual(list(one), ['need-007'])
        self.assertEqual(json.loads(lian('match', SAMPLE, '--need', 'need-001', '--json',
                                         '--as-of', '2030-01-01').stdout), {})

    def test_all_refuses_need_and_gaps(self):
        for extra in (['--need', 'need-007'], ['--gaps']):
            result = lian('match', SAMPLE, '--all', *extra)
            self.assertEqual(result.returncode, 2)
            self.assertIn('--all goes with neither --need nor --gaps', result.stderr)
        result = lian('match', SAMPLE, '--all', '--gaps', lang='zh_CN.UTF-8')
        self.assertIn('--all 不能与 --need 或 --gaps 同时使用', result.stderr)


if __name__ == '__main__':
    unittest.main()
